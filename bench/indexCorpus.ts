/**
 * Child process of the benchmark: builds the corpus index of a folder cold, as the server
 * does (read, parse, recognise citations, index) through the same loader, and prints
 * {docs, citations, ms, maxRssBytes}.
 */
import * as path from 'path';
import { CorpusIndex } from '../server/src/service/corpus/corpusIndex';
import { CorpusLoader } from '../server/src/workspace/corpusLoader';
import { nodeWorkspace } from '../server/src/workspace/nodeWorkspace';

async function main(): Promise<void> {
  const start = performance.now();
  const index = new CorpusIndex();
  await new CorpusLoader({ workspace: nodeWorkspace, corpus: index, warn: () => undefined }).load(
    [path.resolve(process.argv[2])],
    [],
  );
  const ms = performance.now() - start;
  process.stdout.write(
    JSON.stringify({
      docs: index.size.documents,
      citations: index.size.citations,
      ms,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

void main();
