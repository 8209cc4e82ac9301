import { formatDate } from '../citations/dates';
import { Catalogue, EMPTY_CATALOGUE } from '../corpus/catalogue';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { DraftDocument, Paragraph } from '../model/document';
import { LANGUAGES } from '../languages';
import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from '../model/lexicon';
import { letterLabel, toRoman } from '../model/subparagraphs';
import type { Span } from '../types';
import { catalogueCompletions } from './catalogueCompletion';
import { oneLine } from './displayText';
import { isoDateText } from './hover';

export interface CompletionEntry {
  readonly label: string;
  readonly detail?: string;
  readonly insertText: string;
  /** The text the entry replaces: what the drafter has typed of it. */
  readonly span: Span;
  /** Lower sorts first. */
  readonly rank: number;
}

/** "Welcomes" → "Also welcomes". */
function alsoForm(verb: string): string {
  return `Also ${verb.charAt(0).toLowerCase()}${verb.slice(1)}`;
}

function usedOpenings(paragraphs: readonly Paragraph[]): Set<string | undefined> {
  return new Set(paragraphs.map((p) => p.opening?.phrase));
}

function paragraphsBefore(doc: DraftDocument, offset: number, kind: Paragraph['kind']): Paragraph[] {
  return doc.paragraphs.filter((p) => p.kind === kind && p.span.end <= offset);
}

/** A resolution cited in a list, as a part between commas holds it: "60/1 of 4 December 2006", "180 (ii)". */
const LISTED_RESOLUTION = /([\d/() IVXL-]*)(?:of [^,]+)?$/iy;
/** The number being typed at the end of a list's last part, after its separator. */
const NUMBER_TYPED = /^\s*(?:and\s+)?(\d{1,4}(?:\/\d{0,4})?)$/;

/**
 * Whether `part` from `from` on, after white space, is a resolution of a list. Its number and date
 * may start with the last of that white space if it is a space: "resolutions  of 4 May" is one.
 */
function listedAt(part: string, from: number): boolean {
  let start = from;
  while (start < part.length && /\s/.test(part[start])) start++;
  LISTED_RESOLUTION.lastIndex = start;
  const m = LISTED_RESOLUTION.exec(part);
  return m !== null && (m[1].length > 0 || (start > from && part[start - 1] === ' '));
}

/**
 * The digits of a resolution number typed at the end of `before` (a line up to the cursor), after
 * "resolution" or a list of resolutions ("resolutions 60/1 of 4 December 2006, 61/2 and 62/"); ''
 * right after "resolution ", undefined elsewhere. The line is read once, from its end, part by part
 * between commas: one pattern over the whole list backtracks exponentially on ordinary lists.
 */
export function resolutionNumberTyped(before: string): string | undefined {
  const parts = before.split(',');
  const last = parts[parts.length - 1];
  const ownKeyword = /\bresolutions?\s+(\d{1,4}(?:\/\d{0,4})?)?$/i.exec(last);
  if (ownKeyword) return ownKeyword[1] ?? '';
  const typed = NUMBER_TYPED.exec(last)?.[1];
  if (typed === undefined) return undefined;
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i];
    for (const keyword of part.matchAll(/\bresolutions?\s/gi)) {
      if (listedAt(part, keyword.index + keyword[0].length)) return typed;
    }
    const and = /^\s*and\s/.exec(part);
    if (i === 0 || !listedAt(part, and ? and[0].length : 0)) return undefined;
  }
  return undefined;
}

/**
 * The start of a paragraph being typed: indentation, perhaps a number ("3. "), then the words of
 * its opening so far. Each part is read in turn: a pattern whose parts overlap (spaces)
 * backtracks quadratically on a long line.
 */
function paragraphStart(before: string): { numbered: boolean; typed: string } | undefined {
  const indent = /^\s*/.exec(before)![0].length;
  // "3. ", or in Arabic "3 - ".
  const number = /^\d+(?:\.|\s?-)\s*/.exec(before.slice(indent));
  const typed = before.slice(indent + (number?.[0].length ?? 0));
  return /^\*?[\p{L}\p{M} -]*$/u.test(typed) ? { numbered: Boolean(number), typed } : undefined;
}

/**
 * The openings the draft's language offers, and those to offer first once `used` have been: in
 * English "Also welcomes" after "Welcomes", "Recalling also" after "Recalling"; in the other
 * languages the lexicon's own longer forms of a used opening ("Rappelant également", "Prie en outre").
 */
function openings(
  doc: DraftDocument,
  part: 'preambular' | 'operative',
  used: ReadonlySet<string | undefined>,
): { p: string; rank: number }[] {
  const language = doc.language ?? 'en';
  if (language === 'en') {
    if (part === 'operative') {
      return [
        ...OPERATIVE_PHRASES.map((p) => ({ p, rank: 10 })),
        ...[...used]
          .filter((v): v is string => Boolean(v) && OPERATIVE_PHRASES.includes(v!))
          .map((v) => ({ p: alsoForm(v), rank: 0 })),
      ];
    }
    const phrases = PREAMBULAR_PHRASES.map((p) => ({ p, rank: 10 }));
    for (const p of used) {
      if (p && PREAMBULAR_PHRASES.includes(p))
        phrases.push({ p: `${p} ${used.has(`${p} also`) ? 'further' : 'also'}`, rank: 0 });
    }
    return phrases;
  }
  const usedPhrases = [...used].filter((u): u is string => Boolean(u));
  return LANGUAGES[language][part].map((p) => ({
    p,
    rank: !used.has(p) && usedPhrases.some((u) => p.startsWith(`${u} `)) ? 0 : 10,
  }));
}

/** Completion at `offset`: opening phrases, the next paragraph number, sub-paragraph markers, cited resolutions. */
export function getCompletions(
  doc: DraftDocument,
  offset: number,
  corpus: CorpusIndex,
  catalogue: Catalogue = EMPTY_CATALOGUE,
): CompletionEntry[] {
  const line = doc.lines.lineOf(offset);
  const lineStart = doc.lines.lineStart(line);
  const before = doc.text.slice(lineStart, offset);
  // `after`: characters after the cursor the entry replaces too, such as the ")" or "*" an editor closed by itself.
  const replace = (length: number, after = 0): Span => ({ start: offset - length, end: offset + after });
  const closed = (open: string, close: string, typed: string): number =>
    typed.startsWith(open) && doc.text.charAt(offset) === close ? 1 : 0;

  // After "resolution 61/": the corpus's resolutions matching the digits typed.
  const typedNumber = resolutionNumberTyped(before);
  if (typedNumber !== undefined) {
    const typed = typedNumber;
    const council = /Security Council\s+resolutions?\s+(?:[\d,and][\d, and]*)?$/i.test(before);
    const entries: CompletionEntry[] = [];
    const listed = new Set<string>();
    // What the corpus cites or holds, then what its records name: a session's data_extract, the parts of a
    // document of lettered resolutions ("77/256 A" and "77/256 B" of A/RES/77/256 A-B).
    for (const symbols of [corpus.symbols(), corpus.metadata.symbols()]) {
      for (const symbol of symbols) {
        const short = council
          ? /^S\/RES\/(\d+)$/.exec(symbol)?.[1]
          : /^A\/RES\/((?:ES-)?\d+\/\d+(?: [A-Z])?|\d+ \([IVXL]+\))$/.exec(symbol)?.[1];
        if (!short || !short.startsWith(typed) || listed.has(short)) continue;
        listed.add(short);
        const summary = corpus.summary(symbol, 0);
        const cited = summary.dates.find((d) => d.year);
        // The records only where the corpus's own title or date is missing: merging them costs.
        const record = summary.definition?.title && cited ? undefined : corpus.metadata.about(symbol)?.record;
        const date = cited ? formatDate(cited) : record?.adopted && isoDateText(record.adopted);
        const citing = summary.citingDocuments;
        entries.push({
          label: short,
          detail: [
            // A resolution the corpus only cites: its title from its records or the catalogue.
            oneLine(summary.definition?.title ?? record?.title ?? catalogue.about(symbol)?.record.title ?? '') ||
              undefined,
            date,
            `cited in ${citing} document${citing === 1 ? '' : 's'}`,
          ]
            .filter(Boolean)
            .join(' — '),
          insertText: date && !council ? `${short} of ${date}` : short,
          span: replace(typed.length),
          rank: -citing,
        });
      }
    }
    return [...entries, ...catalogueCompletions(catalogue, typed, council, replace(typed.length), listed)];
  }

  // "(" at the start of a line: the next sub-paragraph marker of the paragraph above.
  const marker = /^\s*\(([a-z]{0,2}|[ivx]{0,4})$/.exec(before);
  if (marker) {
    const paragraph = [...doc.paragraphs]
      .reverse()
      .find((p) => p.span.start < lineStart && (p.kind === 'operative' || p.kind === 'preambular'));
    const subs = paragraph?.subparagraphs ?? [];
    const last = subs[subs.length - 1];
    const nextLetter = `(${letterLabel(subs.length + 1)})`;
    const typedMarker = marker[0].trimStart();
    const span = replace(typedMarker.length, closed('(', ')', typedMarker));
    const entries = [
      {
        label: nextLetter,
        detail: 'next sub-paragraph',
        insertText: `${nextLetter} `,
        span,
        rank: 0,
      },
    ];
    const nextNumeral = `(${toRoman((last?.children.length ?? 0) + 1)})`;
    if (last)
      entries.push({
        label: nextNumeral,
        detail: `next sub-paragraph of (${last.label})`,
        insertText: `${nextNumeral} `,
        span,
        rank: 1,
      });
    return entries;
  }

  // The start of a paragraph: opening phrases, and in the operative part the next number.
  const start = paragraphStart(before);
  const previousLine = line > 0 ? doc.text.slice(doc.lines.lineStart(line - 1), doc.lines.lineEnd(line - 1)) : '';
  if (!start || (previousLine.trim() !== '' && !start.numbered)) return [];
  const typed = start.typed;
  const closingStar = closed('*', '*', typed);
  // The space after the phrase, unless one follows already (an opening rewritten in a paragraph): never two.
  const space = /[ \t\u00a0]/.test(doc.text.charAt(offset + closingStar)) ? '' : ' ';
  const operativeAbove = paragraphsBefore(doc, lineStart, 'operative');
  const inOperative =
    start.numbered ||
    operativeAbove.length > 0 ||
    (doc.enactingFormula !== undefined &&
      paragraphsBefore(doc, lineStart, 'preambular').length === 0 &&
      doc.preambular.length > 0 &&
      doc.preambular[0].span.start < lineStart);
  const entries: CompletionEntry[] = [];
  if (inOperative) {
    const italic = operativeAbove.filter((p) => p.opening?.italic).length * 2 > operativeAbove.length;
    // A loop, not Math.max(...): a draft may hold more paragraphs than a call takes arguments.
    const next = operativeAbove.reduce((most, p) => Math.max(most, p.number?.value ?? 0), 0) + 1;
    const marker = LANGUAGES[doc.language ?? 'en'].numberMarker;
    const prefix = start.numbered ? '' : `${next}${marker} `;
    const verbs = new Set(operativeAbove.map((p) => p.opening?.phrase.split(' ')[0]));
    const phrases = openings(
      doc,
      'operative',
      doc.language && doc.language !== 'en' ? usedOpenings(operativeAbove) : verbs,
    );
    for (const { p, rank } of phrases) {
      const shown = italic ? `*${p}*` : p;
      if (!shown.toLowerCase().startsWith(typed.toLowerCase())) continue;
      entries.push({
        label: `${prefix}${p}`,
        detail: rank === 0 ? 'a second use of the same opening' : 'operative phrase',
        insertText: `${prefix}${shown}${space}`,
        span: replace(typed.length, closingStar),
        rank,
      });
    }
  } else {
    const phrases = openings(doc, 'preambular', usedOpenings(paragraphsBefore(doc, lineStart, 'preambular')));
    for (const { p, rank } of phrases) {
      if (!p.toLowerCase().startsWith(typed.replace(/^\*/, '').toLowerCase())) continue;
      entries.push({
        label: p,
        detail: rank === 0 ? 'a second use of the same opening' : 'preambular phrase',
        insertText: `${p}${space}`,
        span: replace(typed.length, closingStar),
        rank,
      });
    }
  }
  return entries;
}
