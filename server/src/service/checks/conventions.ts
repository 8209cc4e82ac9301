import type { DraftDocument, Paragraph } from '../model/document';
import { LANGUAGES } from '../languages';
import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from '../model/lexicon';
import type { Span } from '../types';
import { CHECK_CODES, Finding } from './diagnostic';
import { operativeRuns } from './numbering';

export type DraftingStyle = 'un' | 'oic';
/**
 * The punctuation of the genre, as the checks detect it: a drafting style, or the African Union's
 * (";" after preambular and operative paragraphs, the formula repeated before the operative part with
 * ":"), or a declaration's or communiqué's, whose every paragraph ends with ".".
 */
export type PunctuationStyle = DraftingStyle | 'au' | 'declaration';

const STYLE_NAMES: Record<PunctuationStyle, string> = {
  un: 'UN resolution style',
  oic: 'OIC communiqué style',
  au: 'African Union style',
  declaration: 'a declaration',
};

/** "Recalling also" → { base: "recalling", marker: "also" }; "Also welcomes" → { base: "welcomes", marker: "also" }. */
function sequenceOf(phrase: string):
  | {
      base: string;
      marker: 'also' | 'further';
      markerSpan: (opening: Span, text: string) => { span: Span; newText: string };
    }
  | undefined {
  const words = phrase.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length >= 2 && (lower[0] === 'also' || lower[0] === 'further')) {
    return {
      base: lower[1],
      marker: lower[0] as 'also' | 'further',
      // "Also welcomes" → "Welcomes": delete the adverb and capitalise the verb.
      markerSpan: (opening, text) => {
        const start = text[opening.start] === '*' || text[opening.start] === '_' ? opening.start + 1 : opening.start;
        const verbAt = text.slice(start, opening.end).search(/\s\S/) + start + 1;
        return { span: { start, end: verbAt + 1 }, newText: text[verbAt].toUpperCase() };
      },
    };
  }
  const last = lower[lower.length - 1];
  if (lower.length >= 2 && (last === 'also' || last === 'further')) {
    return {
      base: lower[0],
      marker: last,
      // "Recalling also" → "Recalling": delete the space and the adverb.
      markerSpan: (opening, text) => {
        const slice = text.slice(opening.start, opening.end);
        const at = slice.search(new RegExp(`\\s+${last}\\b`, 'i'));
        const adverbEnd = slice.toLowerCase().indexOf(last, at) + last.length;
        return { span: { start: opening.start + at, end: opening.start + adverbEnd }, newText: '' };
      },
    };
  }
  return undefined;
}

/** "…, and requests", "and recognizing": a verb used inside a paragraph, which "Further requests" may repeat. */
const JOINED_VERB = /\b(?:and|also|further)\s+(\p{Ll}+)/gu;

/** "Recalling also", "*Also welcomes*" need an earlier paragraph opened by, or using, the same verb. */
export function checkAlsoFurther(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  for (const part of [doc.preambular, doc.operative]) {
    const seen: string[] = [];
    // The verbs joined by "and" in the part before a paragraph, read once and only as far as asked: linear.
    const joinedVerbs = new Set<string>();
    let scanned = part[0]?.span.start ?? 0;
    const usedBefore = (word: string, until: number): boolean => {
      if (scanned < until) {
        for (const m of doc.text.slice(scanned, until).matchAll(JOINED_VERB)) joinedVerbs.add(m[1]);
        scanned = until;
      }
      return joinedVerbs.has(word);
    };
    for (const p of part) {
      if (!p.opening) continue;
      const sequence = sequenceOf(p.opening.phrase);
      const first = p.opening.phrase.split(' ')[0].toLowerCase();
      if (sequence) {
        // "Further requests" may follow a "…, and requests …" inside an earlier paragraph.
        if (!seen.includes(sequence.base) && !usedBefore(sequence.base, p.span.start)) {
          const base = sequence.base.charAt(0).toUpperCase() + sequence.base.slice(1);
          const edit = sequence.markerSpan(p.opening.span, doc.text);
          findings.push({
            code: CHECK_CODES.sequenceAlso,
            // After other paragraphs, adopted texts use "also" and "further" for "in addition" to them ("Recalling
            // also" after "Reaffirming", the Council's "Further decides"): a note. Opening its part, a warning.
            asNote: p !== part[0],
            span: p.opening.span,
            message: `"${p.opening.phrase}" with no earlier paragraph opening "${base}": "${sequence.marker}" marks a second use of the same opening.`,
            fix: { title: `Write "${base}" without "${sequence.marker}"`, ...edit },
          });
        }
        seen.push(sequence.base);
      } else {
        seen.push(first);
      }
    }
  }
  return findings;
}

const SKIPPED_AT_END = /[⁰¹²³⁴⁵⁶⁷⁸⁹"”’'*_)\]\u200b-\u200f\u2060\ufeff]/;

/** "…Board of Auditors;1–17": footnote numbers glued after the punctuation, the superscript lost. */
const GLUED_REFERENCE = /[.;,:](\d{1,3}(?:[–-]\d{1,3})?)$/;

/** The last visible character of a paragraph, past footnote markers, quotes and emphasis. */
export function finalPunctuation(doc: DraftDocument, p: Paragraph): { at: number; char: string } {
  // "Recalling its communiqués; and": the clause's punctuation stands before the conjunction.
  const tail = doc.text.slice(Math.max(p.span.start, p.span.end - 6), p.span.end);
  const conjunction = /[;,][ \t\u00a0]+(?:and|or)$/.exec(tail);
  let i = conjunction ? p.span.end - conjunction[0].length : p.span.end - 1;
  // Footnote markers, quotes, brackets, emphasis and the invisible direction marks of text copied from PDF.
  for (;;) {
    const marker = p.footnoteMarkers.find((m) => m.span.end === i + 1 && m.span.start > p.span.start);
    const glued = marker ? undefined : GLUED_REFERENCE.exec(doc.text.slice(Math.max(p.span.start, i - 12), i + 1));
    if (marker) i = marker.span.start - 1;
    else if (glued) i -= glued[0].length - 1;
    else if (i > p.span.start && SKIPPED_AT_END.test(doc.text[i])) i--;
    else break;
  }
  return { at: i, char: doc.text[i] };
}

/** UN style when the enacting formula names a UN organ with a comma; OIC when it ends with a semicolon; else the majority. */
export function detectStyle(doc: DraftDocument): DraftingStyle {
  const formula = doc.enactingFormula && doc.text.slice(doc.enactingFormula.span.start, doc.enactingFormula.span.end);
  // In the draft's own marks: "安全理事会，" is a UN formula, "；" an OIC preamble's end.
  const [comma, semicolon] = inLanguage(doc, [',', ';']);
  if (formula && (formula.endsWith(',') || formula.endsWith(comma))) return 'un';
  if (formula && (formula.endsWith(';') || formula.endsWith(semicolon))) return 'oic';
  const endings = doc.preambular.map((p) => finalPunctuation(doc, p).char);
  return endings.filter((c) => c === semicolon).length > endings.filter((c) => c === comma).length ? 'oic' : 'un';
}

/**
 * The genre of the draft: its drafting style, unless its own paragraphs say otherwise. Operative
 * paragraphs that mostly end with "." make a declaration or a communiqué; a formula with a comma
 * and preambular paragraphs that mostly end with ";" make an African Union text.
 */
export function detectPunctuationStyle(doc: DraftDocument): PunctuationStyle {
  const style = detectStyle(doc);
  const count = (paragraphs: readonly Paragraph[], char: string): number => {
    const own = inLanguage(doc, [char])[0];
    return paragraphs.filter((p) => finalPunctuation(doc, p).char === own).length;
  };
  const operative = doc.operative.slice(0, -1);
  if (style === 'un' && operative.length > 0 && count(operative, '.') * 3 >= operative.length * 2) return 'declaration';
  if (style === 'un' && doc.enactingFormula && count(doc.preambular, ';') * 2 > doc.preambular.length) return 'au';
  return style;
}

/** The endings a paragraph may have in `style`, the first being the one a fix writes. */
function acceptedEndings(style: PunctuationStyle, kind: 'preambular' | 'operative', last: boolean): readonly string[] {
  if (style === 'au') return kind === 'preambular' ? (last ? [';', ':'] : [';']) : last ? ['.', ';'] : [';'];
  if (style === 'declaration') return kind === 'preambular' ? [',', ';'] : ['.'];
  return [expectedEnding(style, kind, last)];
}

/** UN: preambular ",", operative ";" and the last "."; OIC: preambular ";", operative ".". */
export function expectedEnding(style: DraftingStyle, kind: 'preambular' | 'operative', last: boolean): string {
  if (kind === 'preambular') return style === 'un' ? ',' : ';';
  return style === 'oic' || last ? '.' : ';';
}

/**
 * The edit that ends `p` with `expected`, or undefined when it does already (or ends with a
 * colon introducing its sub-paragraphs): the punctuation replaced, or added after the last character.
 */
export function endingEdit(
  doc: DraftDocument,
  p: Paragraph,
  expected: string,
): { span: Span; found?: string } | undefined {
  const { at, char } = finalPunctuation(doc, p);
  if (char === expected || (char === ':' && p.subparagraphs.length > 0)) return undefined;
  return /[.;,:،؛，；。：]/.test(char)
    ? { span: { start: at, end: at + 1 }, found: char }
    : { span: { start: at + 1, end: at + 1 } };
}

/** The draft's language's own marks for ",", ";" and ".": "،" and "؛" in Arabic; "，", "；" and "。" in Chinese. */
function inLanguage(doc: DraftDocument, endings: readonly string[]): readonly string[] {
  const language = doc.language && doc.language !== 'en' ? LANGUAGES[doc.language].punctuation : undefined;
  if (!language) return endings;
  const own: Record<string, string> = { ',': language.preambular, ';': language.operative, '.': language.last };
  return endings.map((e) => own[e] ?? e);
}

/** "B", "Annex", "Annex II": the heading of the next part of a resolution, or of its annex. */
const PART_HEADING = /^(?:[A-Z]|(?:annex|appendix)(?![\p{L}]).*)$/isu;
/** A question ends with its own mark ("…from this status?"), which no ";" can follow; so does an exclamation. */
const QUESTION = /^[?!？！؟]$/;
/** A line of a list marked by a dash or a bullet. */
const LIST_ITEM = /^[ \t]*[-–—•▪◦·]\s/;

/**
 * Paragraph ends in the draft's style; a colon may introduce sub-paragraphs, or what follows the
 * paragraph: a table, a list, a quoted text ("the following amendment:").
 */
export function checkPunctuation(doc: DraftDocument, style: PunctuationStyle): Finding[] {
  const findings: Finding[] = [];
  const position = new Map(doc.paragraphs.map((p, i) => [p, i]));
  /** The next block of text, past footnotes. */
  const after = (p: Paragraph): Paragraph | undefined => {
    for (let i = position.get(p)! + 1; i < doc.paragraphs.length; i++)
      if (doc.paragraphs[i].kind !== 'footnote') return doc.paragraphs[i];
    return undefined;
  };
  /** A colon introduces sub-paragraphs, a table, a quoted text, or paragraphs it numbers from 1 ("Resolves that:"). */
  const introducesWhatFollows = (p: Paragraph, next: Paragraph | undefined): boolean =>
    p.pieces.length > 1 ||
    (next !== undefined && next.kind !== 'preambular' && next.kind !== 'operative') ||
    (next?.kind === 'operative' && next.number?.value === 1 && !next.number.suffix);
  /** Part A ends before "B", the next part's formula or preamble, or an annex: it ends as a last paragraph does. */
  const endsPart = (next: Paragraph | undefined): boolean =>
    next !== undefined &&
    (next.kind === 'enactingFormula' ||
      next.kind === 'preambular' ||
      (next.kind === 'heading' && PART_HEADING.test(doc.text.slice(next.span.start, next.span.end))));
  /** `runEnd`: the end of a list or a section that the draft goes on after, where "." may also stand. */
  const check = (p: Paragraph, kind: 'preambular' | 'operative', last: boolean, what: string, runEnd = false): void => {
    const next = after(p);
    const ended = runEnd || (kind === 'operative' && !last && endsPart(next));
    const accepted = inLanguage(
      doc,
      ended ? [...acceptedEndings(style, kind, false), '.'] : acceptedEndings(style, kind, last),
    );
    const { at, char } = finalPunctuation(doc, p);
    if (accepted.includes(char) || QUESTION.test(char)) return;
    // The colon before the operative part ("Acting under Chapter VII of the Charter of the United Nations:").
    const colon = char === ':' || char === '：';
    if (colon && (introducesWhatFollows(p, next) || (kind === 'preambular' && last))) return;
    // "– Ms. Andrésia Vaz (Senegal)": the items of a list of names carry no punctuation.
    if (!/[.;,:،؛，；。：]/.test(char) && LIST_ITEM.test(doc.text.slice(doc.text.lastIndexOf('\n', at) + 1, at + 1)))
      return;
    const expected = accepted[0];
    const edit = endingEdit(doc, p, expected);
    if (!edit) return;
    findings.push({
      code: CHECK_CODES.punctuation,
      span: edit.span,
      message:
        `${what} ends with ${edit.found ? `"${edit.found}"` : 'no punctuation'}; ` +
        `in ${STYLE_NAMES[style]} it ends with "${expected}".`,
      fix: { title: `End the paragraph with "${expected}"`, span: edit.span, newText: expected },
    });
  };
  doc.preambular.forEach((p, i) => check(p, 'preambular', i === doc.preambular.length - 1, 'A preambular paragraph'));
  const runs = operativeRuns(doc);
  runs.forEach((run, r) => {
    run.forEach((p, i) => {
      const last = i === run.length - 1 && r === runs.length - 1;
      const what = last ? 'The last operative paragraph' : 'An operative paragraph';
      check(p, 'operative', last, what, i === run.length - 1 && !last);
    });
  });
  return findings;
}

/** Where most operative verbs are italicised, the ones that are not are reported. */
export function checkEmphasis(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  for (const part of [doc.preambular, doc.operative]) {
    const opened = part.filter((p) => p.opening);
    const italic = opened.filter((p) => p.opening!.italic);
    if (italic.length < 2 || italic.length * 2 <= opened.length) continue;
    for (const p of opened.filter((q) => !q.opening!.italic)) {
      const o = p.opening!;
      findings.push({
        code: CHECK_CODES.emphasis,
        span: o.span,
        message: `"${o.phrase}" is not in italics, unlike the other opening phrases of this draft.`,
        related: [{ span: italic[0].opening!.span, message: `"${italic[0].opening!.phrase}" is in italics` }],
        fix: {
          title: `Italicise "${o.phrase}"`,
          span: o.span,
          newText: `*${doc.text.slice(o.span.start, o.span.end)}*`,
        },
      });
    }
  }
  return findings;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** An opening is compared on this many characters at most: no lexicon phrase is half as long. */
const MAX_COMPARED = 80;
/** Distinct unknown openings given the nearest known phrases: beyond them the hint says less, in bounded time. */
const MAX_SUGGESTED = 300;

/** The `count` known phrases nearest `phrase` by edit distance, nearest first, with their distances. */
export function nearestPhrases(
  phrase: string,
  lexicon: readonly string[],
  count = 3,
): { phrase: string; distance: number }[] {
  const lower = phrase.toLowerCase().slice(0, MAX_COMPARED);
  return [...lexicon]
    .map((p) => ({ phrase: p, distance: editDistance(lower, p.toLowerCase()) }))
    .sort((x, y) => x.distance - y.distance)
    .slice(0, count);
}

/**
 * A slip of the keyboard rather than a phrase the lexicon lacks: one or two letters off a known phrase of at least
 * six letters, and the draft names its body (a known style), so the phrase is meant to be that body's.
 */
function misspelt(doc: DraftDocument, phrase: string, nearest: { distance: number } | undefined): boolean {
  return (
    doc.enactingFormula !== undefined && nearest !== undefined && nearest.distance <= (phrase.length >= 10 ? 2 : 1)
  );
}

/**
 * An opening phrase not in the lexicon (a hint), or one a letter or two off a known phrase in a draft of a known
 * style (a warning): either way the nearest known phrases are the quick fixes.
 */
export function checkOpenings(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  // A draft repeats its unknown openings: each is compared with the lexicon once.
  const nearest = new Map<string, { phrase: string; distance: number }[]>();
  const check = (p: Paragraph, lexicon: readonly string[], what: string): void => {
    const phrase = p.opening?.phrase.replace(/^(also|further)\s+|\s+(also|further)$/i, '');
    if (p.opening?.known || !phrase) return;
    const key = `${what} ${phrase}`;
    if (!nearest.has(key) && nearest.size < MAX_SUGGESTED) nearest.set(key, nearestPhrases(phrase, lexicon));
    const known = nearest.get(key) ?? [];
    const o = p.opening!;
    // The phrase replaced as written: its "also" or "further", and its italics, stay.
    const written = known.map((k) => o.phrase.replace(phrase, k.phrase));
    const slip = misspelt(doc, phrase, known[0]);
    findings.push({
      code: slip ? CHECK_CODES.openingMisspelt : CHECK_CODES.openingUnknown,
      span: o.span,
      message: slip
        ? `"${o.phrase}" is not a known ${what} opening: "${written[0]}" is.`
        : `"${o.phrase}" is not a known ${what} opening` +
          `${known.length > 0 ? `; nearest known: ${known.map((k) => `"${k.phrase}"`).join(', ')}` : ''}.`,
      choices: written.map((w) => ({ title: `Change to "${w}"`, span: o.span, newText: o.italic ? `*${w}*` : w })),
    });
  };
  doc.preambular.forEach((p) => check(p, PREAMBULAR_PHRASES, 'preambular'));
  doc.operative.forEach((p) => check(p, OPERATIVE_PHRASES, 'operative'));
  return findings;
}
