/**
 * Fits the corpus generator's parameters to the real development corpus and writes them to
 * bench/corpusModel.json (committed; the texts are not): document and paragraph lengths as
 * quantiles, the paragraph openings, a Zipf vocabulary (the most frequent words with their counts,
 * the exponent of the tail), citation density and forms, how often cited texts are cited, and how
 * much wording is reused between documents.
 *
 *   npm run corpus:fit            (reads /tmp/unxml-dev, or UNXML_DEV)
 *   npm run corpus:fit -- --check [N] (fits a generated corpus of N documents, default the same number, and prints both)
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDraft, type DraftDocument, type Paragraph } from '../server/src/service';
import { citationsOf } from '../server/src/service/citations/citationsOf';
import type { Citation } from '../server/src/service/citations/recognise';
import { generateCorpus } from './corpusGen';
import { realCorpusFolder } from './realCorpus';

export const MODEL_FILE = path.resolve(__dirname, '..', '..', 'bench', 'corpusModel.json');

/** Citation forms the generator writes; the real citations are counted by these. */
export const CITATION_FORMS = ['ga', 'gaDated', 'gaOld', 'sc', 'document', 'prst', 'hrc', 'other'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

export interface CorpusModel {
  readonly source: { readonly documents: number; readonly megabytes: number; readonly fitted: string };
  /** QUANTILES + 1 quantiles (0 ‰, 1 ‰, … 1 000 ‰) of each, sampled by their inverse. */
  readonly preambularPerDocument: readonly number[];
  readonly operativePerDocument: readonly number[];
  readonly wordsPerParagraph: readonly number[];
  /** Most frequent paragraph openings ("Recalling also"), with counts, for each part. */
  readonly preambularOpenings: readonly [string, number][];
  readonly operativeOpenings: readonly [string, number][];
  /** Commas per word of paragraph text. */
  readonly commaRate: number;
  readonly vocabulary: {
    /** The most frequent words, as written, with their counts. */
    readonly words: readonly [string, number][];
    readonly distinctWords: number;
    readonly totalWords: number;
    /** Zipf exponent fitted on ranks 100 to the last word kept. */
    readonly zipfExponent: number;
  };
  readonly citations: {
    readonly perParagraph: number;
    /** Share of the paragraphs citing anything. */
    readonly citingParagraphShare: number;
    readonly forms: readonly [CitationForm, number][];
    /** Zipf exponent of how often each cited symbol is cited (rank by frequency). */
    readonly symbolZipfExponent: number;
    readonly distinctSymbols: number;
  };
  readonly reuse: {
    /** Share of the paragraphs whose wording (after the opening) is in another document word for word. */
    readonly repeatedParagraphShare: number;
    /** Distinct three-word runs over all of them: how repetitive the wording is. */
    readonly distinctShingleShare: number;
    /** Of the three-word runs of paragraphs not repeated whole, the share an earlier document has. */
    readonly seenShingleShare: number;
  };
}

const QUANTILES = 1000;
const KEPT_WORDS = 3000;
const OPENINGS = 60;

export function quantiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return Array.from({ length: QUANTILES + 1 }, (_, q) => sorted[Math.round((q / QUANTILES) * (sorted.length - 1))]);
}

/** Least-squares slope of log(count) on log(rank), negated: the Zipf exponent over ranks [from, to). */
export function zipfExponent(counts: readonly number[], from: number, to: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let r = from; r < Math.min(to, counts.length); r++) {
    xs.push(Math.log(r + 1));
    ys.push(Math.log(counts[r]));
  }
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return -num / den;
}

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function formOf(c: Citation): CitationForm {
  if (/^A\/RES\/\d+ \(/.test(c.symbol)) return 'gaOld';
  if (/^A\/RES\//.test(c.symbol)) return c.citedDate ? 'gaDated' : 'ga';
  if (/^S\/RES\//.test(c.symbol)) return 'sc';
  if (/^S\/PRST\//.test(c.symbol)) return 'prst';
  if (/HRC\//.test(c.symbol)) return 'hrc';
  if (/^[AS]\//.test(c.symbol)) return 'document';
  return 'other';
}

/** The opening as the model keeps it: its first word, and the adverb after it ("Recalling also"). */
export function openingOf(words: readonly string[]): string {
  return /^(also|further|furthermore|again|with|in|that)$/.test(words[1] ?? '') ? `${words[0]} ${words[1]}` : words[0];
}

const isPassage = (p: Paragraph): boolean => p.kind === 'preambular' || p.kind === 'operative';

function paragraphWords(doc: DraftDocument, p: Paragraph): { words: string[]; commas: number } {
  const from = p.number ? p.number.span.end : p.span.start;
  const text = doc.text.slice(from, p.span.end);
  return { words: text.match(WORD) ?? [], commas: text.split(',').length - 1 };
}

function count<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const top = <K>(map: Map<K, number>, n: number): [K, number][] => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/** Distinct three-word runs over all runs of `paragraphs` (word lists), and the share repeated across documents. */
export function reuseOf(paragraphs: readonly { doc: number; words: readonly string[] }[]): CorpusModel['reuse'] {
  const bodyOf = (words: readonly string[]): string => words.slice(2).join(' ').toLowerCase();
  const bodies = new Map<string, Set<number>>();
  for (const { doc, words } of paragraphs) {
    const body = bodyOf(words);
    if (body.length < 40) continue;
    let docs = bodies.get(body);
    if (!docs) bodies.set(body, (docs = new Set()));
    docs.add(doc);
  }
  /** Each three-word run with the last document it was seen in. */
  const shingles = new Map<string, number>();
  let runs = 0;
  let repeated = 0;
  let freshRuns = 0;
  let seenRuns = 0;
  for (const { doc, words } of paragraphs) {
    const isRepeated = (bodies.get(bodyOf(words))?.size ?? 0) > 1;
    if (isRepeated) repeated++;
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i + 3 <= lower.length; i++, runs++) {
      const shingle = `${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`;
      const seenIn = shingles.get(shingle);
      if (!isRepeated) {
        freshRuns++;
        if (seenIn !== undefined && seenIn !== doc) seenRuns++;
      }
      shingles.set(shingle, doc);
    }
  }
  return {
    repeatedParagraphShare: repeated / paragraphs.length,
    distinctShingleShare: shingles.size / runs,
    seenShingleShare: seenRuns / freshRuns,
  };
}

export function fit(dir: string): CorpusModel {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.resolution'));
  const preambular: number[] = [];
  const operative: number[] = [];
  const lengths: number[] = [];
  const openings = { preambular: new Map<string, number>(), operative: new Map<string, number>() };
  const words = new Map<string, number>();
  const forms = new Map<CitationForm, number>();
  const symbols = new Map<string, number>();
  const paragraphs: { doc: number; words: string[] }[] = [];
  let commas = 0;
  let citing = 0;
  let citations = 0;
  let bytes = 0;
  names.forEach((name, docIndex) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    bytes += Buffer.byteLength(text);
    const doc = parseDraft(text);
    preambular.push(doc.preambular.length);
    operative.push(doc.operative.length);
    const cited = citationsOf(doc).filter((c) => !c.self);
    let next = 0;
    for (const p of doc.paragraphs.filter(isPassage)) {
      const body = paragraphWords(doc, p);
      if (body.words.length === 0) continue;
      lengths.push(body.words.length);
      commas += body.commas;
      paragraphs.push({ doc: docIndex, words: body.words });
      count(openings[p.kind as 'preambular' | 'operative'], openingOf(body.words));
      for (const w of body.words) count(words, w);
      while (next < cited.length && cited[next].span.start < p.span.start) next++;
      let here = 0;
      for (; next < cited.length && cited[next].span.start < p.span.end; next++, here++) {
        count(forms, formOf(cited[next]));
        count(symbols, cited[next].symbol);
      }
      citations += here;
      if (here > 0) citing++;
    }
  });
  const byFrequency = [...words.values()].sort((a, b) => b - a);
  const totalWords = byFrequency.reduce((a, b) => a + b, 0);
  const symbolCounts = [...symbols.values()].sort((a, b) => b - a);
  return {
    source: { documents: names.length, megabytes: Math.round(bytes / 1e5) / 10, fitted: new Date().toISOString() },
    preambularPerDocument: quantiles(preambular),
    operativePerDocument: quantiles(operative),
    wordsPerParagraph: quantiles(lengths),
    preambularOpenings: top(openings.preambular, OPENINGS),
    operativeOpenings: top(openings.operative, OPENINGS),
    commaRate: commas / totalWords,
    vocabulary: {
      words: top(words, KEPT_WORDS),
      distinctWords: words.size,
      totalWords,
      zipfExponent: zipfExponent(byFrequency, 100, KEPT_WORDS),
    },
    citations: {
      perParagraph: citations / lengths.length,
      citingParagraphShare: citing / lengths.length,
      forms: top(forms, CITATION_FORMS.length),
      symbolZipfExponent: zipfExponent(symbolCounts, 0, Math.min(2000, symbolCounts.length)),
      distinctSymbols: symbols.size,
    },
    reuse: reuseOf(paragraphs),
  };
}

/** The figures the generator is fitted to, one line. */
function summary(model: CorpusModel): string {
  const { vocabulary, citations, reuse } = model;
  const median = (q: readonly number[]): number => q[q.length >> 1];
  return (
    `${model.source.documents} documents, ${model.source.megabytes} MB; median ${median(model.preambularPerDocument)} preambular, ` +
    `${median(model.operativePerDocument)} operative paragraphs, ${median(model.wordsPerParagraph)} words a paragraph; ` +
    `${vocabulary.distinctWords} distinct words, Zipf ${vocabulary.zipfExponent.toFixed(2)}; ` +
    `${citations.perParagraph.toFixed(2)} citations a paragraph (${(100 * citations.citingParagraphShare).toFixed(1)} % citing), ` +
    `${citations.distinctSymbols} symbols, Zipf ${citations.symbolZipfExponent.toFixed(2)}; ` +
    `${(100 * reuse.repeatedParagraphShare).toFixed(1)} % paragraphs repeated, ` +
    `${(100 * reuse.distinctShingleShare).toFixed(1)} % distinct three-word runs, ` +
    `${(100 * reuse.seenShingleShare).toFixed(1)} % of fresh paragraphs' runs seen before`
  );
}

function main(argv: readonly string[]): void {
  const results = path.resolve(__dirname, '..', '..', 'bench', 'results');
  const dir = realCorpusFolder(results);
  if (!dir) {
    process.stderr.write('corpus:fit: the development set is not at /tmp/unxml-dev (bench/accuracy/fetchDevSet.sh)\n');
    process.exitCode = 2;
    return;
  }
  const model = fit(dir);
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
  process.stdout.write(`real:      ${summary(model)} → ${path.relative(process.cwd(), MODEL_FILE)}\n`);
  if (!argv.includes('--check')) return;
  const generated = path.join(results, 'corpus-fit-check');
  fs.rmSync(generated, { recursive: true, force: true });
  fs.mkdirSync(generated, { recursive: true });
  const size = Number(argv[argv.indexOf('--check') + 1]) || model.source.documents;
  for (const doc of generateCorpus(size, 1)) fs.writeFileSync(path.join(generated, doc.name), doc.text);
  process.stdout.write(`generated: ${summary(fit(generated))}\n`);
  fs.rmSync(generated, { recursive: true, force: true });
}

if (require.main === module) main(process.argv.slice(2));
