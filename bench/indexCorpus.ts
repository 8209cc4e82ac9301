/**
 * Child process of the benchmark: builds the corpus index of a folder cold, as the server
 * does (read, parse, recognise citations, index), and prints {docs, citations, ms, maxRssBytes}.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { listCorpusFiles, readCorpusFile } from '../server/src/protocol/corpusFiles';
import { CorpusIndex } from '../server/src/service';

const dir = process.argv[2];
const start = performance.now();
const index = new CorpusIndex();
for (const file of listCorpusFiles([dir], () => undefined)) {
  const text = readCorpusFile(file, () => undefined);
  if (text !== undefined) index.set(pathToFileURL(path.resolve(file)).toString(), text);
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ docs: index.size.documents, citations: index.size.citations, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
