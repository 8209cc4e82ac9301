/**
 * `npm run bench`: measures, side by side in one run on the same generated files, what the
 * performance targets are about, prints a table and writes JSON to bench/results/.
 * Not a test: the figures depend on the machine. BENCH_SIZES=1000,5000 runs fewer sizes.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../test/support/lspClient';
import { cpuMs } from '../test/support/processTimes';
import { PARSE_COUNT_REQUEST, ParseCount } from '../server/src/protocol/shared';
import { parseDraft } from '../server/src/service';
import { citationsOf } from '../server/src/service/citations/citationsOf';
import { getDiagnostics } from '../server/src/service/features/diagnostics';
import { getDocumentSymbols } from '../server/src/service/features/documentSymbols';
import { CorpusIndex } from '../server/src/service/corpus/corpusIndex';
import { generateCorpus, generateLargeDraft, random } from './corpusGen';
import { realCorpusFolder } from './realCorpus';
import { percentile, rssMb, startServer } from './serverProcess';

const root = path.resolve(__dirname, '..', '..');
const results = path.join(root, 'bench', 'results');
/** `--scale` (npm run bench:scale): the generated corpora only, at a large mission's sizes, one cold index each. */
const scale = process.argv.includes('--scale');
const sizes = (process.env.BENCH_SIZES ?? (scale ? '25000,100000,1000000' : '1000,5000,25000'))
  .split(',')
  .filter(Boolean)
  .map(Number);

function ripgrepAvailable(): boolean {
  if (spawnSync('rg', ['--version']).status === 0) return true;
  if (process.getuid?.() === 0) spawnSync('apt-get', ['install', '-y', '-q', 'ripgrep'], { stdio: 'ignore' });
  return spawnSync('rg', ['--version']).status === 0;
}

/** Wall time of `rg` over the corpus: the best of three, as the index's own runs are. */
function ripgrep(pattern: string, dir: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const run = spawnSync('rg', ['-c', pattern, dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    // 0: found, 1: not found; anything else (a bad pattern) would time an error message.
    if (run.status !== 0 && run.status !== 1) throw new Error(`rg ${pattern} failed: ${run.stderr}`);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Every citation-shaped token: a UN symbol (A/RES/74/1, S/PRST/2019/1, A/74/123, HRC/RES/7/1),
 * a session/number pair (74/1, ES-10/19), a number with a Roman session or a year (194 (III), 2334 (2016)):
 * what the index recognises, so that ripgrep does comparable work.
 */
const CITATION_SHAPED = String.raw`\b(?:[A-Z]{1,8}/)+[A-Za-z0-9.()/-]*[0-9][A-Za-z0-9.]*|\b(?:ES-)?[0-9]{1,3}/[0-9]{1,4}\b|\b[0-9]{1,4} \((?:[IVXL]+|[0-9]{4})\)`;

/** Wall time of `rg --count-matches` (every match counted, not lines), best of three, and the matches. */
function ripgrepMatches(pattern: string, dir: string): { ms: number; cpuMs: number; matches: number } {
  let best = Infinity;
  let bestCpu = Infinity;
  let matches = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const startCpu = cpuMs('self', true);
    const run = spawnSync('rg', ['--count-matches', '--no-filename', pattern, dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (run.status !== 0 && run.status !== 1) throw new Error(`rg ${pattern} failed: ${run.stderr}`);
    best = Math.min(best, performance.now() - start);
    bestCpu = Math.min(bestCpu, cpuMs('self', true) - startCpu);
    matches = run.stdout.split('\n').reduce((sum, line) => sum + (Number(line) || 0), 0);
  }
  return { ms: best, cpuMs: bestCpu, matches };
}

function corpusFolder(size: number): string {
  const dir = path.join(results, `corpus-${size}`);
  const marker = path.join(dir, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const doc of generateCorpus(size, 1)) fs.writeFileSync(path.join(dir, doc.name), doc.text);
    fs.writeFileSync(marker, '');
  }
  return dir;
}

function folderBytes(dir: string): number {
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

interface CorpusRow {
  label: string;
  docs: number;
  citations: number;
  mb: number;
  indexMs: number;
  docsPerSecond: number;
  peakRssMb: number;
  /** CPU time of the cold index (the whole process, from its start) and of ripgrep (every thread). */
  indexCpuMs: number;
  /** How long the index's main thread was busy (a server's: what holds up requests); the rest is the indexer threads. */
  indexMainThreadMs: number;
  ripgrepMs: number | null;
  ripgrepCpuMs: number | null;
  ratio: number | null;
  /** The narrow pattern of earlier runs, for comparison. */
  narrowRipgrepMs: number | null;
  ripgrepMatches: number | null;
  indexRssSeries: number[];
  mostCited: { lookupMs: { p50: number; max: number }; summaryMs: { p50: number; max: number } };
  symbols: [string, number][];
  hover?: HoverRow;
}
interface HoverRow {
  p50: number;
  p99: number;
  /** The 50 most-cited symbols, each hovered 20 times. */
  topP50: number;
  topP99: number;
  /** Hovers whose citation the recogniser read as the symbol drawn. */
  hovered: number;
  serverPeakRssMb: number;
  serverRssSeries: number[];
  ripgrepSearchMs: number | null;
  serverRssMb: number;
  /** The index cache's files, as the cold start wrote them. */
  cacheMb: number;
  coldStartMs: number;
  coldStartCpuMs: number;
  warmStartMs: number;
  warmStartCpuMs: number;
  /** The warm start again in a process of its own, from the same cache (bench/warmStart.ts): where it goes. */
  warmInProcess: WarmStart;
  agreedP50: number;
  agreedP99: number;
  agreedFound: number;
}

interface WarmStart {
  ms: number;
  cpuMs: number;
  processCpuMs: number;
  phases: Record<string, { ms: number; cpuMs: number }>;
}

/**
 * A start from an index cache of `dir` alone (the server's holds the seeds too), in a process of its own,
 * timed by phase to fully ready; a first process writes the cache.
 */
function warmStartInProcess(dir: string): WarmStart {
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-bench-warm-'));
  const start = (): string =>
    execFileSync(process.execPath, [path.join(__dirname, 'warmStart.js'), dir, storage], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  start();
  const out = start();
  fs.rmSync(storage, { recursive: true, force: true });
  const warm = JSON.parse(out) as WarmStart & { warnings: string[] };
  if (warm.warnings.length > 0) throw new Error(`warm start: ${warm.warnings.join('; ')}`);
  return warm;
}

function measureCorpus(label: string, dir: string, withRipgrep: boolean): CorpusRow {
  let best:
    | (Omit<
        CorpusRow,
        | 'label'
        | 'mb'
        | 'docsPerSecond'
        | 'ripgrepMs'
        | 'ripgrepCpuMs'
        | 'indexCpuMs'
        | 'indexMainThreadMs'
        | 'ratio'
        | 'narrowRipgrepMs'
        | 'ripgrepMatches'
        | 'indexMs'
        | 'peakRssMb'
        | 'indexRssSeries'
      > & {
        ms: number;
        cpuMs: number;
        mainThreadMs: number;
        maxRssBytes: number;
        rssSeries: number[];
      })
    | undefined;
  for (let i = 0; i < (scale ? 1 : 2); i++) {
    const run = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, 'indexCorpus.js'), dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }),
    );
    if (!best || run.ms < best.ms) best = run;
  }
  const rg = withRipgrep ? ripgrepMatches(CITATION_SHAPED, dir) : null;
  return {
    label,
    docs: best!.docs,
    citations: best!.citations,
    mb: folderBytes(dir) / 1e6,
    indexMs: best!.ms,
    docsPerSecond: best!.docs / (best!.ms / 1000),
    peakRssMb: best!.maxRssBytes / 1e6,
    indexRssSeries: best!.rssSeries,
    indexCpuMs: best!.cpuMs,
    indexMainThreadMs: best!.mainThreadMs,
    ripgrepMs: rg?.ms ?? null,
    ripgrepCpuMs: rg?.cpuMs ?? null,
    ripgrepMatches: rg?.matches ?? null,
    narrowRipgrepMs: withRipgrep ? ripgrep('resolutions? [0-9]+/[0-9]+', dir) : null,
    ratio: rg ? best!.ms / rg.ms : null,
    mostCited: best!.mostCited,
    symbols: best!.symbols,
  };
}

/** Keystrokes typed into the large draft: the first version is 1, the last KEYSTROKES + 1. */
const KEYSTROKES = 120;

/** Keystrokes in the large draft over JSON-RPC: each an incremental change, then the outline. */
async function measureKeystrokes(): Promise<Record<string, number>> {
  const file = path.join(results, 'large-draft.communique');
  const text = generateLargeDraft(500, 1);
  fs.writeFileSync(file, text);
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = pathToFileURL(file).toString();
    client.open(uri, text);
    const textDocument = { uri };
    await client.request('textDocument/documentSymbol', { textDocument });
    const symbolTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await client.request('textDocument/documentSymbol', { textDocument });
      symbolTimes.push(performance.now() - start);
    }
    const keystrokeTimes: number[] = [];
    const parsesBefore = (await client.request<ParseCount>(PARSE_COUNT_REQUEST, null)).parses;
    const line = text.slice(0, text.length / 2).split('\n').length - 1;
    // Typing cadence: 120-200 ms between keys, a pause of 600 ms every eighth key, so the
    // diagnostics (150 ms) and re-indexing (300 ms) timers fire between keystrokes as they do in an editor.
    const rand = random(3);
    for (let i = 0; i < KEYSTROKES; i++) {
      await new Promise((resolve) => setTimeout(resolve, i % 8 === 7 ? 600 : 120 + 80 * rand()));
      const start = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: 'x' }],
      });
      await client.request('textDocument/documentSymbol', { textDocument });
      keystrokeTimes.push(performance.now() - start);
    }
    // The last version's diagnostics and its re-indexing into the corpus come later, on their timers: they share its parse.
    await client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.version === KEYSTROKES + 1,
      10000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const parses = (await client.request<ParseCount>(PARSE_COUNT_REQUEST, null)).parses - parsesBefore;
    const reanalysis = measureReanalysis(text);
    return {
      reanalysisP50: reanalysis.p50,
      reanalysisP95: reanalysis.p95,
      reindexP50: reanalysis.reindexP50,
      reindexP95: reanalysis.reindexP95,
      draftMb: Buffer.byteLength(text) / 1e6,
      documentSymbolP50: percentile(symbolTimes, 50),
      documentSymbolP95: percentile(symbolTimes, 95),
      keystrokeP50: percentile(keystrokeTimes, 50),
      keystrokeP95: percentile(keystrokeTimes, 95),
      keystrokeVersions: KEYSTROKES,
      keystrokeParses: parses,
    };
  } finally {
    await client.shutdown();
  }
}

/**
 * In process: one character typed into the large draft, then the whole re-analysis (parse, every
 * check, outline); and apart, the draft's corpus entry re-indexed from that parse and made
 * searchable (what the server does once typing pauses for 300 ms, not at each key).
 */
function measureReanalysis(text: string): { p50: number; p95: number; reindexP50: number; reindexP95: number } {
  const times: number[] = [];
  const reindexTimes: number[] = [];
  const corpus = new CorpusIndex();
  const middle = Math.floor(text.length / 2);
  for (let i = 0; i < 60; i++) {
    const changed = text.slice(0, middle) + String.fromCharCode(97 + (i % 26)) + text.slice(middle);
    const start = performance.now();
    const doc = parseDraft(changed);
    getDiagnostics(doc);
    getDocumentSymbols(doc);
    const reindexStart = performance.now();
    corpus.setParsed('untitled:large-draft.communique', doc);
    corpus.passages.post();
    // The first runs warm the JIT up.
    if (i < 10) continue;
    times.push(reindexStart - start);
    reindexTimes.push(performance.now() - reindexStart);
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    reindexP50: percentile(reindexTimes, 50),
    reindexP95: percentile(reindexTimes, 95),
  };
}

const collapseSpaces = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Share of the query's three-word runs that `other` has too: the finder's own measure, computed apart from it. */
function shingleSimilarity(query: string, other: string): number {
  const shingles = (text: string): Set<string> => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`));
  };
  const q = shingles(query);
  const o = shingles(other);
  return q.size === 0 ? 0 : [...q].filter((s) => o.has(s)).length / q.size;
}

/**
 * "Find agreed language" on 200 paragraphs taken from corpus documents, one word changed in each,
 * over JSON-RPC: the time per query, and how often the first match is at least as close as the paragraph the query came from.
 */
async function measureAgreedLanguage(
  client: LspClient,
  dir: string,
  names: readonly string[],
): Promise<{ p50: number; p99: number; found: number }> {
  const picked = names.filter((_, i) => i % Math.max(1, Math.floor(names.length / 200)) === 0).slice(0, 200);
  const paragraphs = picked.map((name) => {
    const doc = parseDraft(fs.readFileSync(path.join(dir, name), 'utf8'));
    const p = doc.operative[doc.operative.length - 1] ?? doc.preambular[0];
    const original = collapseSpaces(doc.text.slice(p.number ? p.number.span.end : p.span.start, p.span.end));
    return { name, original, text: original.replace(/\b(\w{7,})\b/, 'changed') };
  });
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    // A draft a query: a corpus paragraph's own line breaks or sub-items cannot shift the others.
    const uri = `untitled:agreed-language-bench-${i}.communique`;
    client.open(uri, `The General Assembly,\n\n1. ${paragraphs[i].text}\n`);
    const start = performance.now();
    const result = await client.request('communique/agreedLanguage', {
      textDocument: { uri },
      position: { line: 2, character: 5 },
    });
    times.push(performance.now() - start);
    // The generated corpus repeats wording across documents: found means the first match is at least as close as the paragraph the query was made from.
    const first = result?.matches[0];
    if (first && first.similarity >= shingleSimilarity(paragraphs[i].text, paragraphs[i].original) - 0.01) found++;
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), found: found / paragraphs.length };
}

/** How a symbol is written in the hover draft: as a drafter cites it. */
function written(symbol: string): string {
  const ga = /^A\/RES\/(.+)$/.exec(symbol);
  if (ga) return `resolution ${ga[1]}`;
  const sc = /^S\/RES\/(\d+)$/.exec(symbol);
  return sc ? `Security Council resolution ${sc[1]}` : symbol;
}

/**
 * A draft citing each symbol on a line of its own, and where the recogniser reads each one (dropped where it
 * reads another).
 */
function hoverDraft(symbols: readonly string[]): { text: string; at: { line: number; character: number }[] } {
  const text = `The General Assembly,\n\n${symbols.map((s) => `Recalling ${written(s)},`).join('\n\n')}\n`;
  const doc = parseDraft(text);
  const at = citationsOf(doc)
    .filter((c) => {
      const line = doc.lines.rangeOf(c.span).start.line;
      return line >= 2 && symbols[(line - 2) / 2] === c.symbol;
    })
    .map((c) => doc.lines.rangeOf(c.span).start);
  return { text, at };
}

async function timeHovers(client: LspClient, name: string, symbols: readonly string[], repeat: number) {
  const { text, at } = hoverDraft(symbols);
  const uri = `untitled:${name}.communique`;
  client.open(uri, text);
  const times: number[] = [];
  for (let r = 0; r < repeat; r++)
    for (const position of at) {
      const start = performance.now();
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
      times.push(performance.now() - start);
      if (!hover) throw new Error(`no hover at ${JSON.stringify(position)} in ${name}`);
    }
  return { times, hovered: at.length };
}

/**
 * Hovers over JSON-RPC on 1 000 citations drawn in proportion to how often the corpus cites each
 * symbol, and apart on the 50 most-cited; beside ripgrep searching the corpus for drawn symbols;
 * the agreed-language finder on the same server; the server's RSS sampled throughout; then a second
 * start from the index cache. Both starts are timed to fully ready.
 */
async function measureHover(dir: string, withRipgrep: boolean, symbols: [string, number][]): Promise<HoverRow> {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.resolution'));
  const rand = random(7);
  const cumulative: number[] = [];
  symbols.reduce((sum, [, n]) => (cumulative.push(sum + n), sum + n), 0);
  const total = cumulative[cumulative.length - 1] ?? 0;
  const drawn = Array.from({ length: 1000 }, () => {
    const target = rand() * total;
    return symbols[
      Math.min(
        symbols.length - 1,
        cumulative.findIndex((c) => c > target),
      )
    ][0];
  });
  const top = symbols.slice(0, 50).map(([s]) => s);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-bench-storage-'));
  const documents = names.length;
  const { client, startMs: coldStartMs, startCpuMs: coldStartCpuMs, rss } = await startServer(dir, storage, documents);
  try {
    const weighted = await timeHovers(client, 'hover-weighted', drawn, 1);
    const mostCited = await timeHovers(client, 'hover-most-cited', top, 20);
    const searches = withRipgrep
      ? drawn.slice(0, 20).map((c) => ripgrep(`\\b${written(c).split(' ').pop()!.replace(/[.()]/g, '\\$&')}\\b`, dir))
      : [];
    const serverRssMb = rssMb(client.pid!);
    const agreed = await measureAgreedLanguage(client, dir, names);
    const memory = rss.stop();
    await client.shutdown();
    const cacheMb = folderBytes(storage) / 1e6;
    const warm = await startServer(dir, storage, documents);
    warm.rss.stop();
    await warm.client.shutdown();
    const warmInProcess = warmStartInProcess(dir);
    return {
      p50: percentile(weighted.times, 50),
      p99: percentile(weighted.times, 99),
      topP50: percentile(mostCited.times, 50),
      topP99: percentile(mostCited.times, 99),
      hovered: weighted.hovered,
      ripgrepSearchMs: searches.length ? percentile(searches, 50) : null,
      serverRssMb,
      cacheMb,
      serverPeakRssMb: memory.peakMb,
      serverRssSeries: memory.series,
      coldStartMs,
      coldStartCpuMs,
      warmStartMs: warm.startMs,
      warmStartCpuMs: warm.startCpuMs,
      warmInProcess,
      agreedP50: agreed.p50,
      agreedP99: agreed.p99,
      agreedFound: agreed.found,
    };
  } finally {
    await client.shutdown().catch(() => undefined);
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

/** 100 000 tiny drafts (one citation each): what a folder of scanned slips or split files looks like. */
function tinyCorpusFolder(count: number): string {
  const dir = path.join(results, `tiny-slips-${count}`);
  const marker = path.join(dir, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < count; i++) {
      const sub = path.join(dir, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
      // Each slip differs: identical files count once in the corpus.
      fs.writeFileSync(
        path.join(sub, `slip-${i}.communique`),
        `The General Assembly,\n\nRecalling its resolution ${40 + (i % 30)}/${1 + (i % 200)},\n\n1. Takes note of communication ${i};\n`,
      );
    }
    fs.writeFileSync(marker, '');
  }
  return dir;
}

/** The server loading the tiny-file corpus: time until loaded, RSS, and a hover answered while it loads. */
async function measureTinyFiles(
  count: number,
): Promise<{ loadMs: number; rssMb: number; documents: number; hoverDuringLoadMs: number }> {
  const dir = tinyCorpusFolder(count);
  const client = new LspClient();
  client.configuration = { corpus: { paths: [dir] } };
  try {
    const start = performance.now();
    await client.initialize();
    const uri = 'untitled:tiny-bench.communique';
    client.open(uri, 'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n');
    const hoverStart = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 27 } });
    const hoverDuringLoadMs = performance.now() - hoverStart;
    const status = await client.waitForNotification(
      'communique/corpusStatus',
      (s: any) => !s.loading && s.documents >= count,
      900000,
    );
    return {
      loadMs: performance.now() - start,
      rssMb: rssMb(client.pid!),
      documents: status.documents,
      hoverDuringLoadMs,
    };
  } finally {
    await client.shutdown();
  }
}

/** How long memory is watched after the last burst: V8 gives memory back after some seconds of quiet. */
const SETTLE_MS = 20000;

/**
 * Soak: bursts of 1 000 one-character edits in a second on a 100-paragraph draft, for
 * SOAK_SECONDS (default 60), then SETTLE_MS of quiet: how many analyses were published, whether the
 * outline still answers, and the server's RSS during the bursts and as it settles, against its baseline.
 */
async function measureSoak(): Promise<{
  seconds: number;
  edits: number;
  publications: number;
  baselineMb: number;
  peakMb: number;
  afterMb: number;
  series: number[];
  settling: number[];
}> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  const text = generateLargeDraft(100, 2);
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = 'untitled:soak.communique';
    client.open(uri, text);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const baselineMb = rssMb(client.pid!);
    const publishedBefore = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length;
    let version = 1;
    let peakMb = baselineMb;
    let bursts = 0;
    const series: number[] = [];
    const line = text.slice(0, text.length / 2).split('\n').length - 1;
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const burstStart = performance.now();
      for (let i = 0; i < 1000; i++) {
        client.notify('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [
            { range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: i % 2 ? 'x' : ' ' },
          ],
        });
        if (i % 100 === 99)
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, burstStart + (i + 1) - performance.now())));
      }
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const rss = rssMb(client.pid!);
      peakMb = Math.max(peakMb, rss);
      // One figure every ten bursts: memory that grew with time would show as a rising series.
      if (++bursts % 10 === 0) series.push(Math.round(rss));
    }
    const settling: number[] = [];
    for (let waited = 0; waited < SETTLE_MS; waited += 5000) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      settling.push(Math.round(rssMb(client.pid!)));
    }
    const publications =
      client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length - publishedBefore;
    return {
      seconds,
      edits: version - 1,
      publications,
      baselineMb,
      peakMb,
      afterMb: settling[settling.length - 1],
      series,
      settling,
    };
  } finally {
    await client.shutdown();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(results, { recursive: true });
  const withRipgrep = ripgrepAvailable();
  if (!withRipgrep)
    console.log(
      'ripgrep (rg) is not installed and could not be installed: install it with `apt-get install -y ripgrep` for the side-by-side ratios.',
    );
  const corpus: CorpusRow[] = [];
  const folders: [string, () => string | undefined][] = sizes.map((size) => [
    `generated ${size}`,
    () => corpusFolder(size),
  ]);
  // The real development set, rendered to text, when it is on this machine (BENCH_REAL=0 leaves it out).
  if (process.env.BENCH_REAL !== '0' && !scale) folders.push(['UN dev set', () => realCorpusFolder(results)]);
  for (const [label, folder] of folders) {
    const genStart = performance.now();
    const dir = folder();
    if (!dir) continue;
    console.log(`corpus ${label} ready in ${((performance.now() - genStart) / 1000).toFixed(1)} s`);
    const row = measureCorpus(label, dir, withRipgrep);
    row.hover = await measureHover(dir, withRipgrep, row.symbols);
    corpus.push(row);
  }
  console.log(
    '\nCold index build to ready (read, parse, recognise citations, index, agreed-language postings built; one process, best of 2) beside ripgrep counting every citation-shaped token (best of 3; "rg narrow": the pattern of earlier runs)',
  );
  console.table(
    corpus.map((r, i) => ({
      corpus: r.label,
      documents: r.docs,
      citations: r.citations,
      'rg matches': r.ripgrepMatches ?? '—',
      'rg narrow ms': r.narrowRipgrepMs?.toFixed(0) ?? '—',
      'MB on disk': r.mb.toFixed(1),
      'index ms': r.indexMs.toFixed(0),
      'docs/s': r.docsPerSecond.toFixed(0),
      'peak RSS MB': r.peakRssMb.toFixed(0),
      'index CPU ms': r.indexCpuMs.toFixed(0),
      'main thread busy ms': r.indexMainThreadMs.toFixed(0),
      'rg ms (CPU)': r.ripgrepMs ? `${r.ripgrepMs.toFixed(0)} (${r.ripgrepCpuMs!.toFixed(0)})` : '—',
      'index / rg (CPU)': r.ratio ? `${r.ratio.toFixed(1)} (${(r.indexCpuMs / r.ripgrepCpuMs!).toFixed(1)})` : '—',
      'growth (time)':
        i === 0
          ? '—'
          : `${(r.indexMs / corpus[i - 1].indexMs).toFixed(1)}× for ${(r.docs / corpus[i - 1].docs).toFixed(1)}× docs`,
    })),
  );
  console.log(
    '\nHover over JSON-RPC to dist/server.js on 1 000 citations drawn in proportion to how often each symbol is cited, and apart on the 50 most-cited (20 times each), beside one ripgrep search for a drawn symbol (median of 20); RSS sampled every 100 ms from start to the end of the agreed-language queries',
  );
  console.table(
    corpus.map((r, i) => ({
      documents: r.docs,
      'hover p50 ms': r.hover!.p50.toFixed(2),
      'hover p99 ms': r.hover!.p99.toFixed(2),
      '50 most-cited p50 / p99 ms': `${r.hover!.topP50.toFixed(2)} / ${r.hover!.topP99.toFixed(2)}`,
      'in process, 50 most-cited: lookup / summary ms': `${r.mostCited.lookupMs.p50.toFixed(3)} / ${r.mostCited.summaryMs.p50.toFixed(3)}`,
      'server peak RSS MB': r.hover!.serverPeakRssMb.toFixed(0),
      'rg search ms': r.hover!.ripgrepSearchMs?.toFixed(1) ?? '—',
      'rg / hover p99': r.hover!.ripgrepSearchMs ? (r.hover!.ripgrepSearchMs / r.hover!.p99).toFixed(0) : '—',
      'server RSS MB': r.hover!.serverRssMb.toFixed(0),
      'RSS / size on disk': (r.hover!.serverRssMb / r.mb).toFixed(1),
      'growth (p99)': i === 0 ? '—' : `${(r.hover!.p99 / corpus[i - 1].hover!.p99).toFixed(1)}×`,
    })),
  );
  console.log(
    '\nServer start-up to fully ready (JSON-RPC, `communique.corpus.paths`: corpus loaded, cache written, agreed-language postings built and a first query answered): cold, then from the index cache; "Find agreed language" on 200 corpus paragraphs with one word changed',
  );
  console.table(
    corpus.map((r) => ({
      documents: r.docs,
      'cold start ms (CPU)': `${r.hover!.coldStartMs.toFixed(0)} (${r.hover!.coldStartCpuMs.toFixed(0)})`,
      'warm start ms (CPU)': `${r.hover!.warmStartMs.toFixed(0)} (${r.hover!.warmStartCpuMs.toFixed(0)})`,
      'cold / warm': (r.hover!.coldStartMs / r.hover!.warmStartMs).toFixed(1),
      'cache MB': r.hover!.cacheMb.toFixed(1),
      'agreed p50 ms': r.hover!.agreedP50.toFixed(1),
      'agreed p99 ms': r.hover!.agreedP99.toFixed(1),
      'first ≥ original': `${(100 * r.hover!.agreedFound).toFixed(0)}%`,
    })),
  );
  console.log(
    '\nWarm start in a process of its own from the same cache (bench/warmStart.ts), by phase, ms wall (CPU): to fully ready, the first agreed-language query answered',
  );
  console.table(
    corpus.map((r) => ({
      documents: r.docs,
      ...Object.fromEntries(
        Object.entries(r.hover!.warmInProcess.phases).map(([phase, t]) => [
          phase,
          `${t.ms.toFixed(0)} (${t.cpuMs.toFixed(0)})`,
        ]),
      ),
      'process total': `${r.hover!.warmInProcess.processCpuMs.toFixed(0)} CPU`,
    })),
  );
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: os.totalmem() / 2 ** 30,
    node: process.version,
  };
  const rows = corpus.map(({ symbols, ...row }) => ({ ...row, mostCitedSymbols: symbols.slice(0, 50) }));
  if (scale) {
    writeReport('scale', { date: new Date().toISOString(), machine, corpus: rows });
    return;
  }
  const keystrokes = await measureKeystrokes();
  console.log(
    `\nLarge draft (${keystrokes.draftMb.toFixed(1)} MB, 500 operative paragraphs) over JSON-RPC to dist/server.js`,
  );
  console.log(
    `Parses on the keystroke path: ${keystrokes.keystrokeParses} for ${keystrokes.keystrokeVersions} versions ` +
      `(${(keystrokes.keystrokeParses / keystrokes.keystrokeVersions).toFixed(2)} per version; outline, diagnostics and corpus share it)`,
  );
  console.table({
    'documentSymbol, same version (ms)': {
      p50: keystrokes.documentSymbolP50.toFixed(1),
      p95: keystrokes.documentSymbolP95.toFixed(1),
    },
    'one keystroke → new outline, at typing cadence (ms)': {
      p50: keystrokes.keystrokeP50.toFixed(1),
      p95: keystrokes.keystrokeP95.toFixed(1),
    },
    'in process: parse + all checks + outline (ms)': {
      p50: keystrokes.reanalysisP50.toFixed(1),
      p95: keystrokes.reanalysisP95.toFixed(1),
    },
    'in process: corpus entry re-indexed, after 300 ms idle (ms)': {
      p50: keystrokes.reindexP50.toFixed(1),
      p95: keystrokes.reindexP95.toFixed(1),
    },
  });
  const tinyCount = Number(process.env.BENCH_TINY_FILES ?? 100000);
  const tiny = await measureTinyFiles(tinyCount);
  console.log(
    `\n${tinyCount} tiny files: loaded (${tiny.documents} documents) in ${(tiny.loadMs / 1000).toFixed(1)} s, server RSS ${tiny.rssMb.toFixed(0)} MB, a hover during the load answered in ${tiny.hoverDuringLoadMs.toFixed(1)} ms`,
  );
  const soak = await measureSoak();
  console.log(
    `Soak: ${soak.edits} edits in ${soak.seconds} s (bursts of 1 000 a second) gave ${soak.publications} diagnostics publications; server RSS ${soak.baselineMb.toFixed(0)} MB before, ${soak.peakMb.toFixed(0)} MB at peak; every 10 bursts: ${soak.series.join(', ')} MB; every 5 s after the last burst: ${soak.settling.join(', ')} MB (${(soak.afterMb / soak.baselineMb).toFixed(2)}× baseline after ${SETTLE_MS / 1000} s)`,
  );
  writeReport('bench', { date: new Date().toISOString(), machine, corpus: rows, keystrokes, tiny, soak });
}

function writeReport(name: string, report: { date: string } & Record<string, unknown>): void {
  const out = path.join(results, `${name}-${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(`\nwritten to ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
