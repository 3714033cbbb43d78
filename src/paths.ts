// Where the package's own data lives (ontology, lexicons, example), from src/ or from the compiled dist/ alike.

import { fileURLToPath } from 'node:url';

/** The package root: one level above this module's folder (src/ or dist/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path inside the package. */
export function packagePath(...parts: string[]): string {
  return fileURLToPath(new URL(parts.join('/'), new URL('..', import.meta.url)));
}

export const CQ_DIR = packagePath('ontology', 'cq');
export const LEXICON_DIR = packagePath('lexicons');
export const EXAMPLE_ARTICLE = packagePath('examples', 'aleppo-2024-12-02.txt');
