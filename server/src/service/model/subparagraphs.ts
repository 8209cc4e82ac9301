import type { Span } from '../types';
import { ARABIC } from '../languages/ar';
import type { Subparagraph, SubparagraphDegree } from './document';

/** A sub-paragraph marker found in the text, before nesting. */
interface Marker {
  readonly label: string;
  readonly style: Subparagraph['style'];
  readonly markerSpan: Span;
  readonly inline: boolean;
  /** At the start of a line after one that ends with a colon ("the following areas:"). */
  readonly afterColon?: boolean;
  /** At the start of a line after one that ends no clause (no ";" nor ":"): maybe a sentence's words. */
  readonly midSentence?: boolean;
}

/** What the lines before say of a line's start. */
interface LineContext {
  /** A label at the line's start may be a sub-paragraph's. */
  readonly lineMarker: boolean;
  readonly afterColon: boolean;
  readonly midSentence: boolean;
  /** Labels of the sentence's own enumeration on the line before ("including (i) the cessation …, (ii) the"). */
  readonly sentenceLabels: ReadonlySet<string>;
  /** Labels written after a word inside the lines since the last item at a line's start ("… in (a) preventing"). */
  readonly proseLabels: ReadonlySet<string>;
  /** A list written inside the sentence opened on a line before, with no item at a line's start since. */
  readonly inlineListOpen: boolean;
  /** The label of the last item at a line's start, "a" of "(a) assist …;", with no list inside a line since. */
  readonly lineItem?: string;
}

/** Arabic sub-paragraphs are lettered (أ), (ب), (ج) … in the order of languages/ar.ts; "(هـ)", "(ﻫ)" are "(ه)". */
const ARABIC_LETTERS = ARABIC.letters ?? [];

/**
 * The Cyrillic letters Russian texts type for the Latin labels they look like ("а)", "(с)", "е)" among "b)", "d)"):
 * labels as written, read as the Latin letter.
 */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x' };

function latinLabel(label: string): string {
  return CYRILLIC_LOOKALIKES[label] ?? label;
}

/**
 * "(a) ", "(iv) ", "(أ) " at a line start, or alone on its line; "a) " (French style); "a. " (third and fourth
 * degree); "1. " inside those; "(1) " or "1. " in a list a colon opens (Council benchmarks, agendas); "‘1’ " (or,
 * as Arabic texts often type it, "’1‘ "), the Arabic counterpart of "(i)".
 */
const LINE_MARKER =
  /^[ \t\u00a0]*(?:\(([a-z]{1,2}|[асеорх]|[ivxlc]{1,6}|[\u0621-\u064a\ufee9-\ufeec]ـ?|\d{1,2})\)|([a-z]{1,2}|[асеорх]|[ivxlc]{1,6}|\d{1,2})([.)])|(\d{1,2}(?:\.\d{1,2}){2,})|[‘’](\d{1,2})[’‘])(?=[ \t\u00a0]+\S|[ \t\u00a0]*$)/;
/**
 * "(b) " inside a running line. It must follow a space, a colon or a semicolon; that is checked
 * by hand, since a look-behind makes the engine try every position of long lines.
 */
const INLINE_MARKER = /\(([a-z]{1,2}|[асеорх]|[ivxlc]{1,6})\)(?=[ \t\u00a0]+\S)/y;
const BEFORE_INLINE_MARKER = /[\s:;,]/;
/**
 * A list written inside a line opens after a colon: "to: (a) act; (b) report". Elsewhere a label
 * in brackets is a reference ("paragraph 2 (a)", "134 (e) of the Outcome") or a sentence's own
 * enumeration ("to (i) share data and (ii) train staff"), not a sub-paragraph.
 */
const OPENS_INLINE_LIST = /:[ \t\u00a0]*$/;
/** Where an item's next label follows inside the line: after its ";", perhaps with "and" or "or". */
const ITEM_THEN_NEXT = /;[ \t\u00a0]+(?:(?:and|or)[ \t\u00a0]+)?$/;

/** Whether `next` is the label after `label` in a series: "b" after "a", "iii" after "ii", "ii" or "j" after "i". */
function labelAfter(label: string, next: string): boolean {
  const letter = letterOrdinal(latinLabel(label));
  const roman = romanValue(latinLabel(label));
  return (
    (letter !== undefined && letterLabel(letter + 1) === next) || (roman !== undefined && toRoman(roman + 1) === next)
  );
}
/**
 * A line wrapped inside a reference ("… paragraph 8" / "(c) of resolution 1333 (2000)", "… target" / "(d) of the
 * Sendai Framework"): ending on a number after a word (not a table's figures) or a word that takes a label, with no
 * punctuation, the line before a label leaves the label in the sentence. A sub-paragraph's line before ends a clause
 * (";", ":", ", and").
 */
/** A line ends a clause: ";", ":", "; and", perhaps with a quote or a footnote marker after it. */
const ENDS_ITEM = /[;:](?:[ \t\u00a0]+(?:and|or))?[^\s;:]{0,4}[ \t\u00a0]*$/;
/**
 * A line ends on a word no sentence ends on, after a word ("… described in" / "(a) or (b) above"), or on a range
 * or a pair of labels ("(a) to" / "(c) of resolution 1844 (2008)", "(d) and" / "(e) below").
 */
const ENDS_ON_RUNNING_WORD =
  /(?:[^\s,;:.][ \t\u00a0]+(?:of|in|on|at|for|by|with|from|the|a|an|between|into|under|including|as)|[)\d][ \t\u00a0]+(?:and|or|to))$/;
/** "(a) or (b) above", "(d) and (e)", "11.2.5 and 11.2.6 of the Code": a label the sentence names. */
const NAMED_LABEL = /^[ \t\u00a0]+(?:(?:and|or|to)[ \t\u00a0]+\(?(?:[a-z]{1,4}\)|\d)|above\b|below\b)/;
/**
 * The word before "(i)" of a sentence's own enumeration ("including (i) the cessation"): a plain word, not a
 * reference's noun, nor the "to" or "and" of a range or a pair of references ("2 (a) and (b)").
 */
/** A word, then the label: "… in (a) preventing", a sentence's own enumeration, not a reference's "2 (a) and (b)". */
const PROSE_BEFORE_LABEL =
  /(?:^|\s)(?!(?:sub-?)?paragraphs?\b|targets?\b|goals?\b|to\b|and\b|or\b|through\b|of\b|see\b)\p{Ll}+[ \t\u00a0]$/u;
const ENUMERATING_WORD =
  /(?:^|\s)(?!(?:sub-?)?paragraphs?\b|targets?\b|goals?\b|to\b|and\b|or\b|through\b|in\b|of\b|see\b)\p{Ll}+[ \t\u00a0]$/u;
const ENDS_ON_REFERENCE =
  /(?:\p{L}[ \u00a0]\d{1,4}|\b(?:sub-?)?(?:paragraphs?|targets?|goals?|articles?|rules?|sections?|principles?|items?|indicators?))[ \t\u00a0]*$/iu;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(label: string): number | undefined {
  if (!/^[ivxlc]+$/.test(label)) return undefined;
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const value = ROMAN_VALUES[label[i]];
    const next = ROMAN_VALUES[label[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === label ? total : undefined;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** (a) = 1 … (z) = 26, (aa) = 27: the Editorial Manual doubles the letter after z. */
export function letterOrdinal(label: string): number | undefined {
  if (/^[a-z]$/.test(label)) return label.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(label)) return 26 + label.charCodeAt(0) - 96;
  // "(هـ)" drawn out, "(ﻫ)" in a presentation form: both are ه.
  const arabic = ARABIC_LETTERS.indexOf(label.replace('ـ', '').replace(/[\ufee9-\ufeec]/u, 'ه'));
  return arabic >= 0 ? arabic + 1 : undefined;
}

/** The `ordinal`th letter: Latin, or Arabic (past its letters, the number) where `arabic`. */
export function letterLabel(ordinal: number, arabic = false): string {
  if (arabic) return ARABIC_LETTERS[ordinal - 1] ?? String(ordinal);
  const letter = String.fromCharCode(96 + ((ordinal - 1) % 26) + 1);
  return ordinal > 26 ? letter + letter : letter;
}

const ARABIC_LABEL = /^[\u0621-\u064a\ufee9-\ufeec]/u;

/** The `ordinal`th label of `like`'s series, in its script and numerals: (c), (iii), (ج), ‘3’, 3. */
export function subparagraphLabel(like: Pick<Subparagraph, 'degree' | 'style' | 'label'>, ordinal: number): string {
  if (like.degree === 5 || like.style === '‘’') return String(ordinal);
  if (like.degree === 2 || like.degree === 4) return toRoman(ordinal);
  return letterLabel(ordinal, ARABIC_LABEL.test(like.label));
}

/** A marker as written in its style: "(a)", "a)", "a.", "‘1’". */
export function writtenMarker(style: Subparagraph['style'], label: string): string {
  if (style === '()') return `(${label})`;
  return style === '‘’' ? `‘${label}’` : `${label}${style}`;
}

/**
 * Finds the markers in one line of text (at `lineStart` in the document); adds to `sentenceLabels` the labels
 * of the sentence's own enumeration, which are no markers.
 */
function markersInLine(
  line: string,
  lineStart: number,
  context: LineContext,
  sentenceLabels: string[],
  proseLabels: string[],
): Marker[] {
  const found: Marker[] = [];
  let atStart = context.lineMarker ? LINE_MARKER.exec(line) : null;
  if (atStart && NAMED_LABEL.test(line.slice(atStart[0].length))) atStart = null;
  const label = atStart ? (atStart[1] ?? atStart[2] ?? atStart[4] ?? atStart[5]) : undefined;
  if (atStart && label !== undefined && !continuesSentence(label, context)) {
    const written = atStart[3] as ')' | '.' | undefined;
    const style: Subparagraph['style'] =
      atStart[1] !== undefined ? '()' : atStart[5] !== undefined ? '‘’' : (written ?? '.');
    const offset = atStart[0].length - atStart[0].trimStart().length;
    found.push({
      label,
      style,
      markerSpan: { start: lineStart + offset, end: lineStart + atStart[0].length },
      inline: false,
      afterColon: context.afterColon,
      midSentence: context.midSentence,
    });
  }
  // A hard wrap leaves the list the sentence opened open: "management, in particular: (i) …;" / "(ii) …".
  let listOpen = context.inlineListOpen && found.length === 0;
  // Tried only where a bracket opens: indexOf finds those far faster than a pattern scanning every character.
  for (let at = line.indexOf('(', atStart ? atStart[0].length : 0); at >= 0; at = line.indexOf('(', at + 1)) {
    INLINE_MARKER.lastIndex = at;
    const m = INLINE_MARKER.exec(line);
    if (!m || m.index === 0 || !BEFORE_INLINE_MARKER.test(line[m.index - 1])) continue;
    // Only the few characters before the marker are looked at: the scan stays linear.
    const before = line.slice(Math.max(0, m.index - 8), m.index);
    // "(a) assist host countries …" / "strategies; (b) help …" on a line after it, which only a hard wrap writes:
    // the item of a line's start goes on inside a line. "(a) To report; (b) to consult;" on one line may be either.
    const item = found.length === 0 ? context.lineItem : undefined;
    // So does "(a) continued monitoring …;" / "and (b) continued dialogue …", the "and" a wrap put first.
    const headOfLine = !context.midSentence && /^(?:and|or)[ \t\u00a0]+$/.test(line.slice(0, m.index));
    const goesOn = item !== undefined && labelAfter(item, m[1]) && (ITEM_THEN_NEXT.test(before) || headOfLine);
    if (!listOpen && !goesOn && !OPENS_INLINE_LIST.test(before.slice(-4))) {
      if (ENUMERATING_WORD.test(line.slice(Math.max(0, m.index - 24), m.index))) sentenceLabels.push(m[1]);
      if (PROSE_BEFORE_LABEL.test(line.slice(Math.max(0, m.index - 24), m.index))) proseLabels.push(m[1]);
      continue;
    }
    listOpen = true;
    found.push({
      label: m[1],
      style: '()',
      markerSpan: { start: lineStart + m.index, end: lineStart + m.index + m[0].length },
      inline: true,
    });
  }
  return found;
}

/** "(ii)" at a line's start after "… including (i) the cessation of attacks," on the line before. */
function continuesSentence(label: string, context: LineContext): boolean {
  if (context.sentenceLabels.size === 0 && context.proseLabels.size === 0) return false;
  const letter = letterOrdinal(latinLabel(label));
  const roman = romanValue(latinLabel(label));
  const had = (before: string): boolean => context.sentenceLabels.has(before) || context.proseLabels.has(before);
  return (
    (letter !== undefined && letter > 1 && had(letterLabel(letter - 1))) ||
    (roman !== undefined && roman > 1 && had(toRoman(roman - 1)))
  );
}

interface Item {
  readonly marker: Marker;
  readonly degree: SubparagraphDegree;
  readonly ordinal: number;
  /** Nesting depth: the order in which the paragraph first uses the item's degree. */
  readonly rank: number;
}

/**
 * Decides the degree and ordinal of each marker. A letter that is also a Roman numeral
 * ("i", "v", "x") is read as the letter when it continues the letters before it.
 * Items nest in the order the paragraph introduces their degrees: (a) then (i) in the Editorial
 * Manual's order, but also (i) then (a), as Council mandates write "(i) Protection of civilians: (a) …".
 */
function classify(markers: readonly Marker[]): Item[] {
  const lastOrdinal: Record<number, number> = {};
  /** Never started afresh: Council mandates letter (a)–(f) under (i), then (g)–(k) under (ii). */
  const lastEver: Record<number, number> = {};
  const rankOf = new Map<SubparagraphDegree, number>();
  const out: Item[] = [];
  /** The paragraph's first item is a "1." after a colon. */
  let colonList = false;
  for (const [index, marker] of markers.entries()) {
    const letterDegree: SubparagraphDegree = marker.style === '.' ? 3 : 1;
    const romanDegree: SubparagraphDegree = marker.style === '.' ? 4 : 2;
    const asLetter = letterOrdinal(latinLabel(marker.label));
    const asRoman = romanValue(latinLabel(marker.label));
    let degree: SubparagraphDegree;
    let ordinal: number;
    if (marker.style === '‘’') {
      degree = 2;
      ordinal = Number(marker.label);
    } else if (/^\d/.test(marker.label)) {
      // "1." or "(1)" is an item only inside a list already open, or opening one after a colon: alone, it is
      // a paragraph's number. "3.1.1" is an item of the decimal paragraph "3.1" wherever it stands.
      const decimal = marker.label.includes('.');
      const opensList = marker.afterColon === true && marker.label === '1';
      if ((!decimal && out.length === 0 && !opensList) || marker.style === ')') continue;
      if (!decimal && out.length === 0) colonList = true;
      degree = 5;
      ordinal = Number(marker.label.slice(marker.label.lastIndexOf('.') + 1));
    } else if (asLetter !== undefined && asRoman !== undefined) {
      const continuesLetters = [lastOrdinal[letterDegree] ?? 0, lastEver[letterDegree]].some((n) => n + 1 === asLetter);
      const continuesRomans = (lastOrdinal[romanDegree] ?? 0) + 1 === asRoman;
      // "(h) Disarmament" then "(i) To support …", "(ii) To support …": the "(ii)" after it makes "(i)" a numeral.
      const next = markers[index + 1];
      const opensRomans = marker.label === 'i' && next?.style === marker.style && latinLabel(next.label) === 'ii';
      const readAsRoman = (!continuesLetters || opensRomans) && (continuesRomans || marker.label === 'i');
      degree = readAsRoman ? romanDegree : letterDegree;
      ordinal = readAsRoman ? asRoman : asLetter;
    } else if (asRoman !== undefined) {
      degree = romanDegree;
      ordinal = asRoman;
    } else if (asLetter !== undefined) {
      degree = letterDegree;
      ordinal = asLetter;
    } else {
      continue;
    }
    // "… the Sustainable Development Goals," / "(c) the facilitation of …": a list opens on its first label.
    if (marker.midSentence && ordinal !== 1 && lastEver[degree] === undefined) continue;
    lastOrdinal[degree] = ordinal;
    lastEver[degree] = ordinal;
    if (!rankOf.has(degree)) rankOf.set(degree, rankOf.size + 1);
    const rank = rankOf.get(degree)!;
    // A new item starts the lists nested below it afresh.
    for (const [d, r] of rankOf) if (r > rank) delete lastOrdinal[d];
    out.push({ marker, degree, ordinal, rank });
  }
  // "(1)" items, and "1." items a colon opened, are a list only if they run 1, 2, 3 … through the paragraph:
  // else they are an annex's own numbering, and the paragraph says less rather than something wrong.
  const numbered = (item: Item): boolean =>
    item.degree === 5 && (item.marker.style === '()' || (colonList && !item.marker.label.includes('.')));
  if (out.filter(numbered).some((item, i) => item.ordinal !== i + 1)) return out.filter((i) => !numbered(i));
  return out;
}

/**
 * "conditions: (i) the Council’s information," / "(ii) the agreement of …": a label that a hard wrap put at a line's
 * start goes on the list written inside the sentence before it, as in the unwrapped text, not a list of its own; so
 * does "(a) assist …;" at a line's start where "…; (b) help …" goes on inside a line.
 */
function inlineListsGoOn(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 1; i < out.length; i++) {
    const [before, item] = [out[i - 1], out[i]];
    const continues = before.degree === item.degree && before.ordinal + 1 === item.ordinal;
    if (before.marker.inline && !item.marker.inline && continues && item.marker.style === '()')
      out[i] = { ...item, marker: { ...item.marker, inline: true } };
    else if (!before.marker.inline && item.marker.inline && continues && before.marker.style === '()')
      out[i - 1] = { ...before, marker: { ...before.marker, inline: true } };
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * The sub-paragraphs of a paragraph made of `pieces` (`numbered`: opening on its number), nested by degree:
 * (i) inside (a), a. inside (i), or in the order the paragraph introduces its degrees.
 */
export function parseSubparagraphs(
  text: string,
  pieces: readonly Span[],
  paragraphEnd: number,
  numbered: boolean,
): Subparagraph[] {
  const markers: Marker[] = [];
  let previous: string | undefined;
  let sentenceLabels: ReadonlySet<string> = new Set();
  let proseLabels = new Set<string>();
  for (const piece of pieces) {
    let lineStart = piece.start;
    let inlineListOpen = false;
    let lineItem: string | undefined;
    const body = text.slice(piece.start, piece.end);
    // Splitting on one character is many times faster than on a pattern, and most drafts have no CR.
    for (const line of body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n')) {
      const tail = previous?.slice(-40) ?? '';
      const context: LineContext = {
        // A numbered paragraph's first line is its number and opening; an unnumbered one may open on "(a)".
        lineMarker:
          (lineStart !== pieces[0].start || !numbered) &&
          !ENDS_ON_REFERENCE.test(tail) &&
          !ENDS_ON_RUNNING_WORD.test(tail),
        afterColon: /:[ \t\u00a0]*$/.test(tail),
        midSentence: previous !== undefined && !ENDS_ITEM.test(tail),
        sentenceLabels,
        proseLabels,
        inlineListOpen,
        lineItem,
      };
      const labels: string[] = [];
      const prose: string[] = [];
      const found = markersInLine(line, lineStart, context, labels, prose);
      // A hard wrap put "(b) preventing …" at a line's start, its "(a)" lines above: the sentence's list goes on.
      if (found.some((marker) => !marker.inline)) proseLabels = new Set(prose);
      else for (const label of prose) proseLabels.add(label);
      if (found.length > 0) inlineListOpen = found[found.length - 1].inline;
      for (const marker of found) lineItem = !marker.inline && marker.style === '()' ? marker.label : undefined;
      markers.push(...found);
      sentenceLabels = new Set(labels);
      previous = line;
      lineStart +=
        line.length + (text[lineStart + line.length] === '\r' && text[lineStart + line.length + 1] === '\n' ? 2 : 1);
    }
  }
  const items = inlineListsGoOn(classify(markers));
  interface Building extends Item {
    children: Subparagraph[];
    end: number;
  }
  const built: Building[] = items.map((item, i) => {
    let end = paragraphEnd;
    for (let j = i + 1; j < items.length; j++) {
      if (items[j].rank <= item.rank) {
        end = items[j].marker.markerSpan.start;
        break;
      }
    }
    return { ...item, children: [], end: trimEnd(text, item.marker.markerSpan.start, end) };
  });
  const roots: Subparagraph[] = [];
  const stack: Building[] = [];
  const freeze = (b: Building): Subparagraph => ({
    label: b.marker.label,
    ordinal: b.ordinal,
    degree: b.degree,
    style: b.marker.style,
    markerSpan: b.marker.markerSpan,
    span: { start: b.marker.markerSpan.start, end: b.end },
    inline: b.marker.inline,
    children: b.children,
  });
  const close = (): void => {
    const done = stack.pop()!;
    const frozen = freeze(done);
    if (stack.length > 0) stack[stack.length - 1].children.push(frozen);
    else roots.push(frozen);
  };
  for (const b of built) {
    while (stack.length > 0 && stack[stack.length - 1].rank >= b.rank) close();
    stack.push(b);
  }
  while (stack.length > 0) close();
  return roots;
}
