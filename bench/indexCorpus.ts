/**
 * Child process of the benchmark: builds the corpus index of a folder cold, as the server
 * does (read, parse, recognise citations, index, post the agreed-language passages) through the
 * same loader, and prints {docs, citations, ms, cpuMs, mainThreadMs, maxRssBytes, rssSeries, symbols, mostCited}:
 * `mainThreadMs` the time its main thread was busy (the rest of `cpuMs` is the indexer threads');
 * `symbols` every cited symbol with its citation count, most cited first; `mostCited` the time of
 * the 50 most-cited symbols' full lookup (linear in their citations) beside their summary (what a hover reads).
 */
import * as path from 'path';
import { CorpusIndex } from '../server/src/service/corpus/corpusIndex';
import { CorpusLoader } from '../server/src/workspace/corpusLoader';
import { IndexWorkers } from '../server/src/workspace/indexWorkers';
import { nodeWorkspace } from '../server/src/workspace/nodeWorkspace';

const MOST_CITED = 50;

function medianTime(symbols: readonly string[], run: (symbol: string) => void): { p50: number; max: number } {
  const times = symbols.map((symbol) => {
    const start = performance.now();
    for (let i = 0; i < 5; i++) run(symbol);
    return (performance.now() - start) / 5;
  });
  times.sort((a, b) => a - b);
  return { p50: times[times.length >> 1], max: times[times.length - 1] };
}

async function main(): Promise<void> {
  const rssSeries: number[] = [];
  const sampler = setInterval(() => rssSeries.push(Math.round(process.memoryUsage.rss() / 1e6)), 250);
  const start = performance.now();
  const busyBefore = performance.eventLoopUtilization();
  const index = new CorpusIndex();
  // Indexed as the server indexes, in its worker threads.
  const loader = new CorpusLoader({
    workspace: nodeWorkspace,
    corpus: index,
    warn: () => undefined,
    indexer: IndexWorkers.start(),
  });
  await loader.load([path.resolve(process.argv[2])], []);
  await loader.postPassages();
  const ms = performance.now() - start;
  const mainThreadMs = performance.eventLoopUtilization(busyBefore).active;
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  clearInterval(sampler);
  const counts = new Map<string, number>();
  for (const doc of index.allDocuments())
    doc.citations.symbols.forEach((symbol, i) => {
      if (!doc.citations.isSelf(i)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    });
  const symbols = [...counts].sort((a, b) => b[1] - a[1]);
  const top = symbols.slice(0, MOST_CITED).map(([s]) => s);
  const mostCited = {
    lookupMs: medianTime(top, (s) => index.lookup(s)),
    summaryMs: medianTime(top, (s) => index.summary(s, 5)),
  };
  process.stdout.write(
    JSON.stringify({
      docs: index.size.documents,
      citations: index.size.citations,
      ms,
      cpuMs,
      mainThreadMs,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      rssSeries,
      symbols,
      mostCited,
    }),
  );
}

void main();
