/**
 * The UN's repositories as the corpus, as the server loads `communique.corpus.paths`: one process loads a
 * folder through CorpusLoader with a cache folder and prints {docs, citations, wallMs, cpuMs, maxRssMB,
 * cacheMB, hover}. Run it twice: the first run is the cold start (no cache; it writes one), the second the
 * warm start. `hover`: CPU time of hovers on the first citation of 400 documents spread over the corpus,
 * their texts read from the files as the server reads them.
 *
 *   tsc -p . && node out/bench/unCorpus.js CORPUS_DIR CACHE_DIR
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createLanguageService } from '../server/src/service';
import { CorpusIndex } from '../server/src/service/corpus/corpusIndex';
import { parseDraft } from '../server/src/service/model/parser';
import { CorpusLoader } from '../server/src/workspace/corpusLoader';
import { CorpusTexts } from '../server/src/workspace/corpusTexts';
import { nodeWorkspace } from '../server/src/workspace/nodeWorkspace';

const HOVERS = 400;

const cpuMs = (since?: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function main(): Promise<void> {
  const [dir, cache] = process.argv.slice(2).map((a) => path.resolve(a));
  fs.mkdirSync(cache, { recursive: true });
  const warnings: string[] = [];
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const corpus = new CorpusIndex();
  const loader = new CorpusLoader({ workspace: nodeWorkspace, corpus, warn: (m) => warnings.push(m) });
  loader.useCacheIn(cache);
  await loader.load([dir], []);
  loader.saveCache();
  const wallMs = performance.now() - start;
  const loadCpuMs = cpuMs(startCpu);
  const cacheMB = fs.readdirSync(cache).reduce((n, f) => n + fs.statSync(path.join(cache, f)).size, 0) / 1e6;

  const texts = new CorpusTexts(
    nodeWorkspace,
    () => undefined,
    (m) => warnings.push(m),
    (uri) => corpus.fingerprint(uri),
  );
  const service = createLanguageService({ corpus, readText: (uri) => texts.read(uri), link: (uri) => uri });
  const documents = [...corpus.allDocuments()].filter((d) => d.citations.symbols.length > 0);
  const step = Math.max(1, Math.floor(documents.length / HOVERS));
  const times: number[] = [];
  let withMetadata = 0;
  for (let i = 0; i < documents.length && times.length < HOVERS; i += step) {
    const { uri, citations } = documents[i];
    const text = texts.read(uri);
    if (text === undefined) continue;
    const cited = citations.citation(0, uri);
    const draft = { uri, doc: parseDraft(text) };
    const before = process.cpuUsage();
    const hover = service.hover(draft, cited.span.start + 1);
    times.push(cpuMs(before));
    if (hover && /Adopted /.test(hover.markdown)) withMetadata++;
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `${JSON.stringify({
      corpus: pathToFileURL(dir).toString(),
      docs: corpus.size.documents,
      citations: corpus.size.citations,
      wallMs: Math.round(wallMs),
      cpuMs: Math.round(loadCpuMs),
      maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
      cacheMB: Number(cacheMB.toFixed(1)),
      warnings: warnings.length,
      hover: {
        count: times.length,
        withMetadata,
        p50: Number(percentile(times, 0.5).toFixed(1)),
        p99: Number(percentile(times, 0.99).toFixed(1)),
      },
    })}\n`,
  );
}

void main();
