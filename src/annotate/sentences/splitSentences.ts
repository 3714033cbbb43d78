// Sentence and token boundaries. Each line of the article is a block (headlines, captions and datelines are
// lines of their own); parse-english splits each block into sentences and words with character offsets.

import { ParseEnglish } from 'parse-english';
import type { AnnotatedDocument, Sentence, Token } from '../document.js';
import type { Stage } from '../stage.js';

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = new ParseEnglish();

function offsets(node: NlcstNode): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

/** Splits the document text into blocks, sentences and word tokens. */
export function splitSentences(doc: AnnotatedDocument): void {
  const text = doc.text;
  let block = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const tree = parser.parse(line) as NlcstNode;
      for (const para of tree.children ?? []) {
        for (const sent of para.children ?? []) {
          if (sent.type !== 'SentenceNode') continue;
          const off = offsets(sent);
          if (!off) continue;
          const index = doc.sentences.length;
          const sentence: Sentence = { index, block, start: lineStart + off[0], end: lineStart + off[1] };
          doc.sentences.push(sentence);
          for (const word of sent.children ?? []) {
            if (word.type !== 'WordNode') continue;
            const w = offsets(word);
            if (!w) continue;
            const token: Token = { start: lineStart + w[0], end: lineStart + w[1], text: line.slice(w[0], w[1]), sentence: index };
            doc.tokens.push(token);
          }
        }
      }
      block++;
    }
    lineStart = lineEnd + 1;
  }
}

export const sentenceStage: Stage = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run: splitSentences,
};
