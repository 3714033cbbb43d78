// Acts a sentence only asks for, hopes for or threatens, told with an infinitive ("urged the EU and the US to impose
// sanctions on X"): the asking verb may stand many words before the act, beyond the short negation window.

/** Verbs and phrases of asking, wishing, planning or threatening that govern a following "to" + act. */
const WISH =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|appeal(?:s|ed|ing)? to|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|threaten(?:s|ed|ing)?|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing)|consider(?:s|ed|ing)?|prepar(?:ed|ing) to|ready to|seek(?:s|ing)?|sought|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed)?|would|could|should|may|might|will)\b/;

/**
 * Whether the act at `at` is an infinitive ("to impose", "to be designated") governed, within the clause and up to
 * twelve words back, by a verb of asking, wishing, planning, refusing or a modal: then the act did not happen.
 */
export function demandedAct(masked: string, at: number): boolean {
  const before = masked.slice(0, at);
  if (!/\bto (?:be )?$/.test(before)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return WISH.test(clause.trim().split(/\s+/).slice(-13).join(' '));
}
