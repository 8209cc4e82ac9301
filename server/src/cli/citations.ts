import * as path from 'path';
import { pathToFileURL } from 'url';
import { citedSymbol, CorpusIndex, formatDate, parseDraft, recogniseCitations } from '../service';
import { Command, parseArgs, UsageError } from './command';
import { readDraftFile } from './readDraftFile';
import { listCorpusFiles, readCorpusFile } from '../protocol/corpusFiles';

/** `citations [--json] [--corpus DIR…] FILE…`: each citation with its symbol, range and date as cited. */
export const citations: Command = (args) => {
  const { flags, options, rest: files } = parseArgs(args, ['--json'], ['--corpus']);
  if (files.length === 0) throw new UsageError('no file given');
  const corpus = new CorpusIndex();
  for (const file of listCorpusFiles(options.get('--corpus') ?? [], (m) => process.stderr.write(`communique: ${m}\n`))) {
    const text = readCorpusFile(file, (m) => process.stderr.write(`communique: ${m}\n`));
    if (text !== undefined) corpus.set(pathToFileURL(file).toString(), text);
  }
  const rows = files.flatMap((file) => {
    const doc = parseDraft(readDraftFile(file));
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
      process.stdout.write(`${where}: ${r.cited}${r.self ? ' (this document)' : ''}  "${r.text}"${r.citedDate ? `  of ${r.citedDate}` : ''}\n`);
    }
  }
  return 0;
};
