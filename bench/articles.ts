// The benchmarks' input: the `.txt` articles of some folders, read and parsed once before any timing starts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../src/read/article.js';

/** The dev and tune articles, the default corpus of the whole-pipeline benchmarks. */
export const DEFAULT_FOLDERS: readonly string[] = ['../shared/corpus/dev', 'corpus/tune'];

/** Every `NAME.txt` article of the folders, each folder in name order. */
export function readArticles(folders: readonly string[]): Article[] {
  return folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => parseArticle(readFileSync(join(dir, n), 'utf8'), n)),
  );
}
