// Test helper: an AnnotatedDocument from text with bracketed entity mentions, so extractor tests need no recognizer.
// The real sentence and time stages run over the unbracketed text; mentions and entities come from the brackets.

import { createDocument, sentenceAt, type AnnotatedDocument, type EntityClass, type Mention } from '../../src/annotate/document.js';
import { sentenceStage } from '../../src/annotate/sentences/splitSentences.js';
import { timeStage } from '../../src/annotate/time/timeStage.js';
import { parseArticle, type ArticleMeta } from '../../src/read/article.js';
import { slug } from '../../src/rdf/iris.js';

const CLOSE = /^\|([A-Za-z]+)(?:=([a-z0-9-]+))?\]/;
/**
 * Builds a document from marked-up text. `[Hezbollah|ArmedGroup]` is a name mention of the entity keyed by the slug
 * of its text ("hezbollah"); `[the group|ArmedGroup=hezbollah]` points a mention at a given key. A mention whose text
 * starts in lower case ("the group", "he") is a description that cannot name its entity. The entity's label is its
 * first name mention. Brackets nest: `[[Bashar al-Assad|Person]'s regime|Government]` gives two mentions, the outer one
 * first. `meta` sets article fields such as `published` (relative times resolve against it) or `outlet`.
 *
 * annotatedDoc('[Iran|Country]-backed [Hezbollah|ArmedGroup] fighters attacked [Haifa|City].', { published: '2024-05-06' })
 */
export function annotatedDoc(marked: string, meta: ArticleMeta = {}): AnnotatedDocument {
  let text = '';
  const open: number[] = [];
  const found: { start: number; end: number; surface: string; cls: EntityClass; key: string | undefined }[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    const close = c === '|' && open.length > 0 ? CLOSE.exec(marked.slice(i)) : null;
    if (c === '[') open.push(text.length);
    else if (close) {
      const start = open.pop()!;
      found.push({ start, end: text.length, surface: text.slice(start), cls: close[1] as EntityClass, key: close[2] });
      i += close[0].length - 1;
    } else text += c;
  }
  if (open.length > 0 || /[\[\]]/.test(text)) throw new Error(`test/support/annotatedDoc: unbalanced or malformed bracket in ${JSON.stringify(marked)}`);
  found.sort((a, b) => a.start - b.start || b.end - a.end);

  // parseArticle trims leading blank lines; the marked text is expected to start with prose so offsets hold.
  const doc = createDocument(parseArticle(text, 'test.txt', meta));
  if (doc.text !== text) throw new Error('test/support/annotatedDoc: text must not start or end with whitespace');
  sentenceStage.run(doc);
  timeStage.run(doc);

  for (const f of found) {
    const description = /^[a-z]/.test(f.surface);
    const key = f.key ?? slug(f.surface);
    const mention: Mention = {
      id: doc.mentions.length,
      start: f.start,
      end: f.end,
      text: f.surface,
      sentence: sentenceAt(doc, f.start)?.index ?? -1,
      cls: f.cls,
      form: description ? 'description' : 'name',
      rule: 'test:bracket',
      entity: key,
      nameable: !description,
    };
    doc.mentions.push(mention);
    const entity = doc.entities.get(key);
    if (entity) {
      entity.mentions.push(mention.id);
      if (!description && !entity.names.includes(f.surface)) {
        if (entity.names.length === 0) entity.label = f.surface;
        entity.names.push(f.surface);
      }
    } else {
      doc.entities.set(key, { key, label: description ? key : f.surface, names: description ? [] : [f.surface], cls: f.cls, mentions: [mention.id] });
    }
  }
  return doc;
}
