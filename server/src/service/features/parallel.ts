import { citationsOf } from '../citations/citationsOf';
import type { Citation } from '../citations/recognise';
import type { DraftDocument, Paragraph, Subparagraph } from '../model/document';
import { LANGUAGES, LanguageCode } from '../languages';
import { LANGUAGE_NAMES } from '../languages/names';
import type { Span } from '../types';

/**
 * Two language versions of one text, aligned paragraph by paragraph: the preamble, the operative
 * part with its sub-paragraphs, the annex and the footnotes. Wording cannot be compared across
 * languages, so paragraphs are paired by what a translation keeps: their place, their number or
 * letter, their share of the part's length, and the symbols, dates and footnote references they
 * carry. Where the versions do not correspond, a finding names the paragraph in each of them.
 */

export type ParallelPart = 'preamble' | 'operative' | 'annex' | 'footnotes';

export type ParallelFindingKind = 'unmatched' | 'numbering' | 'subparagraph' | 'citation' | 'date';

/** A paragraph (or sub-paragraph) of one version, as a finding names it. */
export interface ParallelPlace {
  /** "operative paragraph 7", "sub-paragraph (b) of operative paragraph 3", "footnote 4". */
  readonly name: string;
  readonly span: Span;
}

export interface ParallelFinding {
  readonly kind: ParallelFindingKind;
  /** "operative paragraph 7 of the English has no counterpart in the French". */
  readonly message: string;
  /** Where it is in the first version, and in the second; one of them absent for a paragraph without counterpart. */
  readonly a?: ParallelPlace;
  readonly b?: ParallelPlace;
}

export interface ParallelComparison {
  /** How the versions are called in the messages: "the English", "the French". */
  readonly names: { readonly a: string; readonly b: string };
  /** Paragraphs paired, over every part. */
  readonly paired: number;
  readonly findings: readonly ParallelFinding[];
}

/** A date by value: day and month, and the year when it is written. */
interface DateValue {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

/** What a paragraph carries across a translation. */
interface Unit {
  readonly paragraph: Paragraph;
  readonly subparagraph?: Subparagraph;
  readonly name: string;
  readonly span: Span;
  /** The number, letter ordinal or footnote number that orders it; undefined for an unnumbered paragraph. */
  readonly order?: number;
  /** The label as written ("7", "5 bis", "b", "ب"). */
  readonly label?: string;
  /** Its length in characters. */
  readonly length: number;
  readonly symbols: ReadonlySet<string>;
  readonly dates: readonly DateValue[];
  readonly notes: ReadonlySet<number>;
  readonly children: readonly Unit[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const datePatterns = new Map<LanguageCode, RegExp[]>();

/**
 * Dates as each language writes them: "4 December 2006", "December 4, 2006", "1er janvier 2006",
 * "4 de diciembre de 2006", "4 декабря 2006 года", "4 كانون الأول/ديسمبر 2006", "2006年12月4日".
 */
function patternsOf(language: LanguageCode): RegExp[] {
  const cached = datePatterns.get(language);
  if (cached) return cached;
  const months = LANGUAGES[language].months;
  const names = months.map((m) => escape(m).replace(/\//g, '\\s*/\\s*').replace(/ /g, '\\s+')).join('|');
  const patterns =
    language === 'zh'
      ? [/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/gu]
      : [
          new RegExp(
            `(?<![\\p{N}])(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?(${names})(?![\\p{L}])` +
              `(?:,?\\s+(?:de\\s+)?(\\d{4})(?!\\d))?`,
            'giu',
          ),
          ...(language === 'en'
            ? [new RegExp(`(?<![\\p{L}])(${names})\\s+(\\d{1,2}),\\s+(\\d{4})(?!\\d)`, 'giu')]
            : []),
        ];
  datePatterns.set(language, patterns);
  return patterns;
}

function monthOf(language: LanguageCode, written: string): number {
  const flat = (s: string): string => s.toLowerCase().replace(/\s+/g, '');
  return LANGUAGES[language].months.findIndex((m) => flat(m) === flat(written)) + 1;
}

/** Every date `text` writes in `language`, in text order. */
export function datesIn(text: string, language: LanguageCode): DateValue[] {
  const found: { at: number; date: DateValue }[] = [];
  patternsOf(language).forEach((pattern, i) => {
    for (const m of text.matchAll(pattern)) {
      const [day, month, year] =
        language === 'zh' ? [m[3], String(Number(m[2])), m[1]] : i === 0 ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
      const value = language === 'zh' ? Number(month) : monthOf(language, month);
      if (value === 0) continue;
      found.push({ at: m.index, date: { day: Number(day), month: value, year: year ? Number(year) : undefined } });
    }
  });
  return found.sort((x, y) => x.at - y.at).map((f) => f.date);
}

/**
 * A range is written with its month once, and each language puts it by another day: "9 to 13 May
 * 2011", "2011年5月9日至13日". A day stands in the other text, and a date of its month and year too.
 */
function inRange(date: DateValue, others: readonly DateValue[], otherText: string): boolean {
  const sameMonth = others.some((e) => e.month === date.month && (!e.year || !date.year || e.year === date.year));
  return sameMonth && new RegExp(`(?<!\\d)${date.day}(?!\\d)`).test(otherText);
}

function agree(x: DateValue, y: DateValue): boolean {
  return x.day === y.day && x.month === y.month && (x.year === undefined || y.year === undefined || x.year === y.year);
}

function formatted(date: DateValue): string {
  return `${date.day} ${LANGUAGES.en.months[date.month - 1]}${date.year ? ` ${date.year}` : ''}`;
}

/**
 * What a translation writes of a symbol, whatever its words around it: "A/RES/61/49" as "61/49",
 * "E/RES/1980/67" as "1980/67", "A/69/53/Add.1/Corr.1" as "A/69/53/Add.1" and "Corr.1" ("et Corr.1"),
 * "NPT/CONF.1995/32 (Part I)" without its part, which each language names in its own words.
 */
function writtenParts(symbol: string): string[] {
  // A part's letter is written in the language's own alphabet ("74/232 ألف"): the number alone is looked for.
  const bare = symbol
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^(?:[A-Z]+\/)*RES\//, '')
    .replace(/ [A-Z]$/, '');
  const [head, ...suffixes] = bare.split(/\/(?=(?:Add|Corr|Rev)\.)/);
  return [head, ...suffixes];
}

/** Hyphens of every kind as "-", no-break spaces as spaces: "A/ES‑10/273" is "A/ES-10/273". */
function plain(text: string): string {
  return text.replace(/[\u2010\u2011\u2012\u2013]/g, '-').replace(/[\u00a0\u202f]/g, ' ');
}

/** Every part of the symbol stands in the text on its own, not inside a longer number or symbol. */
function writes(text: string, symbol: string): boolean {
  const written = plain(text);
  return writtenParts(symbol).every((part) =>
    new RegExp(`(?<![\\w/.-])${escape(part).replace(/ /g, '[ ]?')}(?![\\w/])`, 'u').test(written),
  );
}

/** What every comparison of two versions shares: their names and how much longer the first writes. */
interface Context {
  readonly names: ParallelComparison['names'];
  readonly ratio: number;
}

interface Version {
  readonly doc: DraftDocument;
  readonly language: LanguageCode;
  readonly citations: readonly Citation[];
}

function textOf(doc: DraftDocument, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

function inSpan(span: Span, at: number): boolean {
  return span.start <= at && at < span.end;
}

function unitOf(
  v: Version,
  paragraph: Paragraph,
  name: string,
  order: number | undefined,
  label: string | undefined,
  subparagraph?: Subparagraph,
): Unit {
  const span = subparagraph?.span ?? paragraph.span;
  const text = subparagraph ? textOf(v.doc, span) : paragraph.pieces.map((p) => textOf(v.doc, p)).join(' ');
  const symbols = new Set(
    v.citations.filter((c) => !c.self && inSpan(span, c.span.start) && inOwn(paragraph, c)).map((c) => c.symbol),
  );
  const notes = new Set(paragraph.footnoteMarkers.filter((m) => inSpan(span, m.span.start)).map((m) => m.number));
  const children = (subparagraph?.children ?? (subparagraph ? [] : paragraph.subparagraphs)).map((s) =>
    unitOf(v, paragraph, `sub-paragraph (${s.label}) of ${name}`, s.ordinal, s.label, s),
  );
  return {
    paragraph,
    subparagraph,
    name,
    span,
    order,
    label,
    length: span.end - span.start,
    symbols,
    dates: datesIn(text, v.language),
    notes,
    children,
  };
}

/** A citation lies in one of the paragraph's pieces (not in a footnote between them). */
function inOwn(paragraph: Paragraph, c: Citation): boolean {
  return paragraph.pieces.some((p) => inSpan(p, c.span.start));
}

/** The longest a closing line is: "33e séance plénière 10 novembre 2022", "2022年11月10日 第33次全体会议". */
const CLOSING_LENGTH = 80;

/**
 * The closing line ("47th plenary meeting 7 December 2022"), the end of the resolution proper: the
 * parser's, or a short line with a date after the enacting formula that the parser took for a heading or text.
 */
function closingOf(v: Version): Paragraph | undefined {
  const doc = v.doc;
  if (doc.closing) return doc.closing;
  const from = doc.enactingFormula?.span.end ?? 0;
  return doc.paragraphs.find((p) => {
    if ((p.kind !== 'heading' && p.kind !== 'narrative') || p.span.start < from) return false;
    const text = textOf(doc, p.span);
    if (text.length > CLOSING_LENGTH || datesIn(text, v.language).length === 0) return false;
    // The meeting's number beside the date: "87e séance plénière", "الجلسة العامة 47", "第47次全体会议";
    // a heading "for the period from 1 July 2021 to 30 June 2022" has only its dates' numbers.
    const undated = patternsOf(v.language).reduce((rest, pattern) => rest.replace(pattern, ' '), text);
    return /\d/.test(undated);
  });
}

/**
 * The parts of a version. What follows the closing line is the annex, whatever the parser made of its
 * paragraphs (a convention's preamble and articles read as preambular and operative ones in one
 * language and as text in another).
 */
function partsOf(v: Version): Record<ParallelPart, readonly Paragraph[]> {
  const doc = v.doc;
  const closing = closingOf(v);
  const end = closing?.span.start ?? Infinity;
  const inBody = (p: Paragraph): boolean => p.span.start < end;
  return {
    preamble: doc.preambular.filter(inBody),
    operative: doc.operative.filter(inBody),
    annex: closing
      ? doc.paragraphs.filter((p) => p.span.start > end && p.kind !== 'footnote' && p.kind !== 'closing')
      : [],
    footnotes: doc.footnotes,
  };
}

function unitsOf(v: Version, part: ParallelPart, paragraphs: readonly Paragraph[]): Unit[] {
  return paragraphs.map((p, i) => {
    const number = p.number ? `${p.number.value}${p.number.suffix ? ` ${p.number.suffix}` : ''}` : undefined;
    const name =
      part === 'preamble'
        ? `preambular paragraph ${i + 1}`
        : part === 'operative'
          ? `operative paragraph ${number ?? `${i + 1} (unnumbered)`}`
          : part === 'footnotes'
            ? `footnote ${p.footnoteNumber ?? i + 1}`
            : `${p.kind === 'heading' ? 'heading' : 'paragraph'} ${i + 1} of the annex${number ? ` (${number})` : ''}`;
    const order = part === 'footnotes' ? p.footnoteNumber : p.number?.suffix ? undefined : p.number?.value;
    return unitOf(v, p, name, order, part === 'footnotes' ? p.footnoteNumber?.toString() : number);
  });
}

/**
 * How alike two units are, from 0 to 1, by what survives translation. `ratio` is how much longer
 * the first language writes a paragraph than the second (French a sixth longer than English,
 * Chinese a third as long).
 */
function likeness(x: Unit, y: Unit, ratio: number): number {
  const lengths = Math.min(x.length, y.length * ratio) / Math.max(x.length, y.length * ratio, 1e-9);
  const anchors = x.symbols.size + x.notes.size + x.dates.length;
  const others = y.symbols.size + y.notes.size + y.dates.length;
  let shared = 0;
  for (const s of x.symbols) if (y.symbols.has(s)) shared += 2;
  for (const n of x.notes) if (y.notes.has(n)) shared += 2;
  for (const d of x.dates) if (y.dates.some((e) => agree(d, e))) shared += 2;
  const anchored = anchors + others > 0 ? shared / (anchors + others) : lengths;
  const ordered = x.order !== undefined && y.order !== undefined ? (x.order === y.order ? 1 : 0) : 0.5;
  const lettered = x.children.length === y.children.length ? 1 : 0;
  return 0.35 * lengths + 0.3 * anchored + 0.25 * ordered + 0.1 * lettered;
}

/** Below this likeness two units are better left unpaired than paired. */
const PAIRABLE = 0.4;

/**
 * The pairing in order that is likest overall (Needleman–Wunsch, a pair scoring its likeness above
 * PAIRABLE, a unit left alone nothing). Quadratic in the part's length; parts are at most a few hundred.
 */
function align<T>(xs: readonly T[], ys: readonly T[], like: (x: T, y: T) => number): [T | undefined, T | undefined][] {
  const n = xs.length;
  const m = ys.length;
  const score: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      score[i][j] = Math.max(score[i + 1][j], score[i][j + 1], score[i + 1][j + 1] + like(xs[i], ys[j]) - PAIRABLE);
    }
  }
  const pairs: [T | undefined, T | undefined][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && score[i][j] === score[i + 1][j + 1] + like(xs[i], ys[j]) - PAIRABLE) {
      pairs.push([xs[i++], ys[j++]]);
    } else if (i < n && (j === m || score[i][j] === score[i + 1][j])) pairs.push([xs[i++], undefined]);
    else pairs.push([undefined, ys[j++]]);
  }
  return pairs;
}

function place(u: Unit): ParallelPlace {
  return { name: u.name, span: u.span };
}

/** What a translator checks of one pair: its number or letter, its sub-paragraphs, its citations and dates. */
function comparePair(a: Version, b: Version, x: Unit, y: Unit, context: Context): ParallelFinding[] {
  const { names } = context;
  const findings: ParallelFinding[] = [];
  const both = { a: place(x), b: place(y) };
  // Letters are each script's own ("(b)", "(ب)"): sub-paragraphs compare by place in their sequence.
  const differ = x.subparagraph ? x.order !== y.order : x.label !== y.label;
  if (differ) {
    const what = x.subparagraph ? `lettered (${y.label})` : y.label ? `numbered ${y.label}` : 'not numbered';
    findings.push({ kind: 'numbering', message: `${x.name} of ${names.a} is ${what} in ${names.b}`, ...both });
  }
  findings.push(...compareUnits(a, b, x.children, y.children, context, 'subparagraph'));
  if (x.subparagraph) return findings;
  // A paragraph's span holds its sub-paragraphs: its symbols and dates are theirs too.
  for (const [from, to, toV, nameFrom, nameTo] of [
    [x, y, b, names.a, names.b],
    [y, x, a, names.b, names.a],
  ] as const) {
    const other = paragraphWords(toV, to);
    for (const symbol of from.symbols) {
      if (to.symbols.has(symbol) || writes(other, symbol)) continue;
      const message = `${from.name} of ${nameFrom} cites ${symbol}, ${to.name} of ${nameTo} does not`;
      findings.push({ kind: 'citation', message, ...both });
    }
    for (const d of from.dates) {
      if (to.dates.some((e) => agree(d, e)) || inRange(d, to.dates, other)) continue;
      const message = `${from.name} of ${nameFrom} gives the date ${formatted(d)}, ${to.name} of ${nameTo} does not`;
      findings.push({ kind: 'date', message, ...both });
    }
  }
  return findings;
}

function paragraphWords(v: Version, u: Unit): string {
  return u.paragraph.pieces.map((p) => textOf(v.doc, p)).join(' ');
}

function compareUnits(
  a: Version,
  b: Version,
  xs: readonly Unit[],
  ys: readonly Unit[],
  context: Context,
  kind: 'unmatched' | 'subparagraph',
): ParallelFinding[] {
  const { names, ratio } = context;
  const findings: ParallelFinding[] = [];
  for (const [x, y] of align(xs, ys, (x, y) => likeness(x, y, ratio))) {
    if (x && y) findings.push(...comparePair(a, b, x, y, context));
    else if (x)
      findings.push({ kind, message: `${x.name} of ${names.a} has no counterpart in ${names.b}`, a: place(x) });
    else if (y)
      findings.push({ kind, message: `${y.name} of ${names.b} has no counterpart in ${names.a}`, b: place(y) });
  }
  return findings;
}

const PARTS: readonly ParallelPart[] = ['preamble', 'operative', 'annex', 'footnotes'];

/**
 * Aligns version B with version A part by part and reports where they do not correspond. The
 * versions are called by their languages ("the English", "the French"), or "the first version" and
 * "the second version" when both are in one language.
 */
export function compareParallel(a: DraftDocument, b: DraftDocument): ParallelComparison {
  const va: Version = { doc: a, language: a.language ?? 'en', citations: citationsOf(a) };
  const vb: Version = { doc: b, language: b.language ?? 'en', citations: citationsOf(b) };
  const names =
    va.language === vb.language
      ? { a: 'the first version', b: 'the second version' }
      : { a: `the ${LANGUAGE_NAMES[va.language]}`, b: `the ${LANGUAGE_NAMES[vb.language]}` };
  const [pa, pb] = [partsOf(va), partsOf(vb)];
  const units = PARTS.map((part) => [unitsOf(va, part, pa[part]), unitsOf(vb, part, pb[part])] as const);
  // First the whole texts' lengths tell how much longer one language writes; then, more robustly
  // (a paragraph left out weighs in the totals), the median of the paragraphs so paired.
  const total = (us: readonly Unit[]): number => us.reduce((n, u) => n + u.length, 0);
  const overall = total(units.flatMap(([xs]) => xs)) / Math.max(1, total(units.flatMap(([, ys]) => ys)));
  const ratios = units
    .flatMap(([xs, ys]) => align(xs, ys, (x, y) => likeness(x, y, overall)))
    .flatMap(([x, y]) => (x && y ? [x.length / Math.max(1, y.length)] : []))
    .sort((p, q) => p - q);
  const context: Context = { names, ratio: ratios.length ? ratios[ratios.length >> 1] : overall || 1 };
  const findings: ParallelFinding[] = [];
  let paired = 0;
  for (const [xs, ys] of units) {
    paired += Math.min(xs.length, ys.length);
    findings.push(...compareUnits(va, vb, xs, ys, context, 'unmatched'));
  }
  return { names, paired, findings };
}

/** The findings as lines of text, one each; "No finding: …" when the versions correspond. */
export function parallelText(comparison: ParallelComparison): string {
  if (comparison.findings.length === 0)
    return `No finding: ${comparison.names.a} and ${comparison.names.b} correspond paragraph by paragraph.\n`;
  return comparison.findings.map((f) => `${f.message[0].toUpperCase()}${f.message.slice(1)}.\n`).join('');
}
