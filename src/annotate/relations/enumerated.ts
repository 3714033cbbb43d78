// The names an enumeration of designees or targets opens its items with, appositives and relative clauses left out.

const ITEM_SEPARATOR = /,? (?:and|as well as|along with) |, /;
const ITEM_OPENING = /^(?:the |its (?:[a-z]+ ){0,2}|their (?:[a-z]+ ){0,2})?(⟦\d+⟧)(?! [A-Z]|'s)(?: \(⟦\d+⟧\))?/;

/**
 * The slots that open the items of an enumeration in masked text, joined as a list: "A, the country's flag carrier,
 * and B, which flew ..., as well as C and its subsidiary D" gives A, B, C and D. A slot followed by a capitalized
 * word is a name cut short ("⟦Iran⟧ Air"), not an item. Undefined when no item opens on a name.
 */
export function enumerated(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const items = text.split(ITEM_SEPARATOR).flatMap((segment) => ITEM_OPENING.exec(segment.trim())?.[1] ?? []);
  return items.length > 0 ? items.join(', ') : undefined;
}
