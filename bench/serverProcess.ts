/**
 * The language server as a bench drives it: spawned over stdio (dist/server.js), started on a corpus and waited
 * for until fully ready, its memory read from /proc (its CPU time: test/support/processTimes.ts).
 */
import * as fs from 'fs';
import { LspClient } from '../test/support/lspClient';
import { cpuMs } from '../test/support/processTimes';

/** The value below which `p` per cent of `values` fall. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** RSS of a process, from /proc. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** RSS of a process every 100 ms while it runs: the peak and a series, one figure a second. */
export function sampleRss(pid: number): { stop(): { peakMb: number; series: number[] } } {
  const samples: number[] = [];
  const timer = setInterval(() => {
    try {
      samples.push(rssMb(pid));
    } catch {
      // the process has exited
    }
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return {
        peakMb: Math.max(0, ...samples),
        series: samples.filter((_, i) => i % 10 === 0).map(Math.round),
      };
    },
  };
}

/**
 * A server indexing `dir` (the `communique.corpus.paths` setting) with its cache in `storage`;
 * resolves once it is fully ready: the corpus loaded, the cache written, and the agreed-language
 * postings built (the first query answered, which posts what is left).
 */
export async function startServer(
  dir: string,
  storage: string,
  documents: number,
): Promise<{ client: LspClient; startMs: number; startCpuMs: number; rss: ReturnType<typeof sampleRss> }> {
  const client = new LspClient();
  client.configuration = { corpus: { paths: [dir] } };
  const start = performance.now();
  await client.initialize({ storagePath: storage });
  const rss = sampleRss(client.pid!);
  await client.waitForNotification(
    'communique/corpusStatus',
    (s: any) => !s.loading && s.documents >= documents,
    1800000,
  );
  const uri = 'untitled:ready.communique';
  client.open(uri, 'The General Assembly,\n\n1. Calls upon all States to cooperate fully;\n');
  await client.request('communique/agreedLanguage', { textDocument: { uri }, position: { line: 2, character: 5 } });
  return { client, startMs: performance.now() - start, startCpuMs: cpuMs(client.pid!), rss };
}
