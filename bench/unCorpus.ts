/**
 * The UN's repositories as the corpus, in the real server over JSON-RPC, as an editor starts it with
 * `communique.corpus.paths` set to CORPUS_DIR and its storage folder at CACHE_DIR. Prints one JSON line:
 * - start to fully ready (the corpus loaded, the cache written, the agreed-language postings built), wall and the
 *   server's CPU time (every thread, from /proc: on a shared machine the figure to compare);
 * - the server's RSS, one figure a second from the start to the end of the hovers, its peak, and at ready;
 * - the cache's size, the status bar's counts (`communique/corpusStatus` at the end of the load), the warnings
 *   logged;
 * - hovers on every citation of every seed, opened as drafts, ROUNDS times each, and on every 10th General
 *   Assembly resolution of the shipped catalogue (a draft citing them): wall time p50/p99, the server's CPU time
 *   per hover, and how many show the UN's records ("Adopted …"), the corpus's language versions, the catalogue.
 * The first run on an empty CACHE_DIR is the cold start; run it again for the warm start.
 *
 *   npm run build && tsc -p . && node out/bench/unCorpus.js CORPUS_DIR CACHE_DIR
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as zlib from 'zlib';
import { CATALOGUE_PATH } from '../scripts/catalogue';
import { parseDraft } from '../server/src/service';
import { parseCatalogue } from '../server/src/service/corpus/catalogue';
import { citationsOf } from '../server/src/service/citations/citationsOf';
import { LspClient } from '../test/support/lspClient';
import { seedsDir } from '../test/support/seeds';
import { cpuMs } from '../test/support/processTimes';
import { percentile, rssMb, startServer } from './serverProcess';

const ROUNDS = 5;

/** An offset as an LSP position (UTF-16 characters, as JavaScript strings count them). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Hover times, and what the first round of hovers showed. */
function hoverSet() {
  return { times: [] as number[], shown: { metadata: 0, languages: 0, sixLanguages: 0, catalogue: 0 } };
}

/** Opens `text` as a draft and hovers on each of its citations `rounds` times. */
async function hoverEach(
  client: LspClient,
  uri: string,
  text: string,
  rounds: number,
  into: ReturnType<typeof hoverSet>,
): Promise<void> {
  client.open(uri, text);
  const citations = citationsOf(parseDraft(text));
  for (let round = 0; round < rounds; round++) {
    for (const citation of citations) {
      const position = positionAt(text, citation.span.start + 1);
      const start = performance.now();
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
      into.times.push(performance.now() - start);
      if (round > 0) continue;
      const markdown: string = hover?.contents.value ?? '';
      if (/\nAdopted /.test(markdown)) into.shown.metadata++;
      const languages = /Language versions in the corpus: ([^\n]*)\./.exec(markdown)?.[1].split(', ');
      if (languages) into.shown.languages++;
      if (languages && languages.length >= 6) into.shown.sixLanguages++;
      if (/From the catalogue/.test(markdown)) into.shown.catalogue++;
    }
  }
}

function summary({ times, shown }: ReturnType<typeof hoverSet>, rounds: number, cpuMsEach: number) {
  return {
    citations: times.length / rounds,
    wallP50: Number(percentile(times, 50).toFixed(1)),
    wallP99: Number(percentile(times, 99).toFixed(1)),
    cpuMsEach: Number(cpuMsEach.toFixed(1)),
    ...shown,
  };
}

/** A draft citing every 10th General Assembly resolution of the shipped catalogue, one a paragraph. */
function catalogueDraft(): string {
  const catalogue = parseCatalogue(zlib.gunzipSync(fs.readFileSync(CATALOGUE_PATH)).toString('utf8'));
  const symbols = catalogue.symbols().filter((s, i) => i % 10 === 0 && /^A\/RES\/[\w-]+\/\d+( [A-Z])?$/.test(s));
  return `The General Assembly,\n\n${symbols.map((s) => `Recalling its resolution ${s.slice(6)},`).join('\n\n')}\n`;
}

function folderMB(dir: string): number {
  return fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1e6;
}

async function main(): Promise<void> {
  const [dir, cache] = process.argv.slice(2).map((a) => path.resolve(a));
  fs.mkdirSync(cache, { recursive: true });
  const cold = fs.readdirSync(cache).length === 0;
  const { client, startMs, startCpuMs, rss } = await startServer(dir, cache, 0);
  const pid = client.pid!;
  // The status at the end of the load: the drafts opened since join the corpus too.
  const status = client.notifications.find((n) => n.method === 'communique/corpusStatus' && !n.params.loading)!.params;
  const readyRssMB = rssMb(pid);

  const seeds = fs.readdirSync(seedsDir).filter((f) => f !== 'README.md');
  const seedHovers = hoverSet();
  let cpuBefore = cpuMs(pid);
  for (const seed of seeds) {
    const file = path.join(seedsDir, seed);
    await hoverEach(client, pathToFileURL(file).toString(), fs.readFileSync(file, 'utf8'), ROUNDS, seedHovers);
  }
  const seedCpuMs = (cpuMs(pid) - cpuBefore) / seedHovers.times.length;
  const catalogueHovers = hoverSet();
  cpuBefore = cpuMs(pid);
  await hoverEach(client, 'untitled:catalogue-resolutions.communique', catalogueDraft(), 1, catalogueHovers);
  const catalogueCpuMs = (cpuMs(pid) - cpuBefore) / catalogueHovers.times.length;
  const memory = rss.stop();
  // Warnings by what they say of the file ("Corpus file F is binary; skipped." → "is binary; skipped."), how many each.
  const warnings: Record<string, number> = {};
  for (const n of client.notifications) {
    if (n.method !== 'window/logMessage' || n.params.type > 2) continue;
    const said = String(n.params.message).replace(/^Corpus file .*?\.(?:xml|json|pdf|docx|html?|txt)\b\s*/i, '');
    warnings[said] = (warnings[said] ?? 0) + 1;
  }
  await client.shutdown();
  process.stdout.write(
    `${JSON.stringify({
      corpus: dir,
      start: cold ? 'cold' : 'warm',
      documents: status.documents,
      citations: status.citations,
      wallMs: Math.round(startMs),
      cpuMs: Math.round(startCpuMs),
      rssMB: { atReady: Math.round(readyRssMB), peak: Math.round(memory.peakMb), perSecond: memory.series },
      cacheMB: Number(folderMB(cache).toFixed(1)),
      warnings,
      hover: {
        seeds: seeds.length,
        ...summary(seedHovers, ROUNDS, seedCpuMs),
        catalogueResolutions: summary(catalogueHovers, 1, catalogueCpuMs),
      },
    })}\n`,
  );
}

void main();
