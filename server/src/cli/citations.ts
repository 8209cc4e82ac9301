import * as path from 'path';
import { citedSymbol, recogniseCitations } from '../service/citations/recognise';
import { CorpusIndex } from '../service/corpus/corpusIndex';
import { formatDate } from '../service/citations/dates';
import { parseDraft } from '../service/model/parser';
import { Command, parseArgs, UsageError } from './command';
import { readDraftFiles } from './readDraftFile';
import { CorpusLoader } from '../workspace/corpusLoader';
import { IndexWorkers } from '../workspace/indexWorkers';
import { nodeWorkspace } from '../workspace/nodeWorkspace';

/**
 * `citations [--json] [--corpus PATH…] [--cache DIR] FILE…`: each citation with its symbol, range and date as cited.
 * The corpus paths are folders, files or globs (relative ones in the working directory); with `--cache` the corpus
 * index is kept in DIR between runs, as the server keeps it. A file that cannot be read is named on stderr and the
 * others are read; the exit status is then 2.
 */
export const citations: Command = async (args) => {
  const { flags, options, rest: files } = parseArgs(args, ['--json'], ['--corpus', '--cache']);
  if (files.length === 0) throw new UsageError('no file given');
  const corpus = new CorpusIndex();
  const loader = new CorpusLoader({
    workspace: nodeWorkspace,
    corpus,
    warn: (m) => process.stderr.write(`communique: ${m}\n`),
    indexer: IndexWorkers.start(),
  });
  loader.useCacheIn(options.get('--cache')?.at(-1));
  await loader.load(options.get('--corpus') ?? [], [process.cwd()]);
  const { drafts, skipped } = readDraftFiles(files);
  const rows = drafts.flatMap(({ file, text }) => {
    const doc = parseDraft(text);
    return recogniseCitations(doc).map((c) => {
      const entry = corpus.lookup(c.symbol);
      const citedBy = new Set(entry.citations.map((x) => x.uri)).size;
      return {
        file,
        symbol: c.symbol,
        cited: citedSymbol(c),
        text: doc.text.slice(c.span.start, c.span.end),
        range: doc.lines.rangeOf(c.span),
        citedDate: c.citedDate ? formatDate(c.citedDate) : undefined,
        self: c.self ?? false,
        corpus: { definedIn: entry.definitions.map((d) => d.uri), citedBy },
      };
    });
  });
  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    for (const r of rows) {
      const where = `${path.relative(process.cwd(), r.file) || r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}`;
      process.stdout.write(
        `${where}: ${r.cited}${r.self ? ' (this document)' : ''}  "${r.text}"${r.citedDate ? `  of ${r.citedDate}` : ''}\n`,
      );
    }
  }
  return skipped ? 2 : 0;
};
