// `newskg build`: articles in, one RDF graph out (stdout or a file written atomically).

import { parseArgs } from 'node:util';
import { buildGraph } from '../../buildGraph.js';
import { ArticleError, normalizeDate, readArticleFile, type Article } from '../../read/article.js';
import { FORMATS, formatFromPath, serialize, type OutputFormat } from '../../write/serialize.js';
import { UsageError, type Command } from '../command.js';
import { writeFileAtomic } from '../writeAtomic.js';

const USAGE = `newskg build <inputs...> [-o FILE] [--format turtle|trig|nquads|jsonld] [--published YYYY-MM-DD]

Reads plain-text articles (optional front matter between --- lines: published, title, url, outlet),
extracts actors, relations, events and statements, and writes one RDF graph.

  -o, --output FILE     write to FILE (atomically) instead of stdout
  -f, --format FORMAT   turtle (default, or from the -o extension), trig, nquads, jsonld
  --published DATE      publication date for articles whose front matter has none (YYYY-MM-DD)
  -q, --quiet           no summary on stderr

Exit codes: 0 built; 1 some input failed (the others are still built); 2 usage error.`;

/** Parses the options shared by commands that build articles. */
export function parseBuildOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      published: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { values, positionals };
}

/** Checks a --format value (or guesses it from the output path). */
export function resolveFormat(format: string | undefined, output: string | undefined): OutputFormat {
  if (format === undefined) return (output && formatFromPath(output)) || 'turtle';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; formats: ${FORMATS.join(', ')}`);
  }
  return format as OutputFormat;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build a knowledge graph from articles',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseBuildOptions(args);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (!positionals.length) throw new UsageError('no input articles given');
    const format = resolveFormat(values.format, values.output);
    let published: string | undefined;
    if (values.published !== undefined) {
      published = normalizeDate(values.published);
      if (!published) throw new UsageError(`--published "${values.published}" is not a valid YYYY-MM-DD date`);
    }
    const articles: Article[] = [];
    let failed = 0;
    for (const path of positionals) {
      try {
        const article = await readArticleFile(path);
        if (!article.published && published) article.published = published;
        articles.push(article);
      } catch (err) {
        if (!(err instanceof ArticleError)) throw err;
        io.err(`newskg: ${err.message}\n`);
        failed++;
      }
    }
    if (!articles.length) return 1;
    const graph = buildGraph(articles);
    const text = await serialize(graph.quads, format);
    if (values.output) await writeFileAtomic(values.output, text);
    else io.out(text);
    if (!values.quiet && values.output) {
      io.err(`newskg: built ${articles.length} article(s) into ${values.output} (${graph.quads.length} triples)${failed ? `, ${failed} failed` : ''}\n`);
    }
    return failed ? 1 : 0;
  },
};
