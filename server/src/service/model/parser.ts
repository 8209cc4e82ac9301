import type { Span } from '../types';
import type {
  DraftDocument, FootnoteMarker, HeadingLevel, Opening, Paragraph, ParagraphKind, ParagraphNumber, StructureNode,
} from './document';
import { matchOperativeOpening, matchPreambularOpening } from './lexicon';
import { LineIndex } from './lineIndex';
import { MONTH_PATTERN } from './months';
import { parseSubparagraphs } from './subparagraphs';
import { buildStructure } from './structure';

/** A run of non-blank lines, or a part of one split off at a numbered line or a footnote. */
interface Block {
  /** Offsets of each line's visible text. */
  readonly lines: readonly Span[];
  readonly span: Span;
}

/** "1. ", "12) ", "5 bis. ": the number of an operative paragraph. */
const PARAGRAPH_NUMBER = /^(\d{1,5})(?:[ \u00a0]+(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?[ \u00a0]*([.)])(?=[ \t\u00a0]+\S|$)/;
const FOOTNOTE_TEXT = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])[ \t\u00a0]/;
const SUBPARAGRAPH_LINE = /^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|(?:[a-z]{1,2}|[ivxlc]{1,6})[.)])[ \t\u00a0]+\S/;
const RESOLUTION_TITLE = /^(?:A\/RES\/)?((?:ES-|S-)?\d{1,3}\/\d{1,4})\.[ \t\u00a0]+\S/;
const CLOSING = /^(?:\d{1,4}(?:st|nd|rd|th)[ \t\u00a0]+(?:plenary[ \t\u00a0]+)?meeting\b|Adopted (?:by|at)\b)/i;
const SESSION_HEADER = /^(?:[\p{L}-]+[ \t\u00a0]+(?:special[ \t\u00a0]+|emergency[ \t\u00a0]+special[ \t\u00a0]+)?session\b|Agenda item\b|Item[ \t\u00a0]+\d)/iu;
const DATE = new RegExp(`\\b(?:\\d{1,2}(?:[ \\t\\u00a0]*[-–][ \\t\\u00a0]*\\d{1,2})?[ \\t\\u00a0]+(?:${MONTH_PATTERN})[ \\t\\u00a0]+\\d{4}|(?:${MONTH_PATTERN})[ \\t\\u00a0]+\\d{1,2},[ \\t\\u00a0]+\\d{4})\\b`, 'i');
const ENACTING = /^\*?The[ \t\u00a0]+(?:[\p{L}'’-]+[ \t\u00a0]+){0,12}?(?:Assembly|Council|Conference|Meeting|Summit|Committee|Commission|Board|Ministers|Parties)\b/u;
/** "Annex", "Annex II", "APPENDIX": what follows the resolution's end is not its operative part. */
const ANNEX_HEADING = /^(?:annex(?:es)?|appendix|attachment|enclosure)(?![\p{L}])/iu;
/** "2 Condemns": a paragraph number that lost its period, read only where the sequence expects it. */
const BARE_NUMBER = /^(\d{1,3})[ \t\u00a0]+(?=[*_]?\p{Lu})/u;
/** The words after a number start in lower case: "1. for the north;", an item of a list, not a paragraph. */
const LOWER_CASE_WORDS = /^[*_]?\p{Ll}/u;
/** A list item or a clause ends open: the paragraph goes on. */
const ENDS_LIST_ITEM = /(?:[;:,]|[;,][ \t\u00a0]+(?:and|or))["'”’)*_]*$/;
/** "A.", "B", "IV": a section's letter or numeral alone on its line, a heading of its own. */
const SECTION_LABEL = /^(?:[A-Z]|[IVXLC]{1,6})\.?$/;
/** "3.1 ", "3.1.2 ": decimal numbering; "3.1.1" goes inside "3.1". */
const DECIMAL_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)[ \t\u00a0]/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Starts a drafter's note line: kept in the file, left out of the draft's structure and checks. */
export const NOTE_PREFIX = '//';
/** Words a sentence cannot end on: a block ending on one runs on into the next. */
const RUNS_ON = /\b(?:a|an|the|of|in|on|at|to|for|by|with|from|and|or|between|into|under|its|their|his|her|that|which|as)$/i;

/** Ends with sentence punctuation, perhaps followed by closing quotes, brackets or emphasis. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && '"\'”’)]*'.includes(text[i])) i--;
  return i >= 0 && '.;:!?,'.includes(text[i]);
}

function superscriptNumber(digits: string): number {
  let n = 0;
  for (const d of digits) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(d);
  return n;
}

/** White space, the byte-order mark and the zero-width space, which drafts pasted from the web carry. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680;
}

/** Splits the text into lines, then into blocks of non-blank lines. */
function readBlocks(text: string, lineIndex: LineIndex): Block[] {
  const blocks: Block[] = [];
  let current: Span[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push({ lines: current, span: { start: current[0].start, end: current[current.length - 1].end } });
    current = [];
  };
  for (let line = 0; line < lineIndex.lineCount; line++) {
    const start = lineIndex.lineStart(line);
    const end = lineIndex.lineEnd(line);
    const content = text.slice(start, end);
    if (content.includes('\f')) {
      flush();
      continue;
    }
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    // A blank line, or a drafter's note ("// agreed language: …"), which is not part of the text.
    if (first === last || text.startsWith(NOTE_PREFIX, first)) {
      flush();
      continue;
    }
    const span = { start: first, end: last };
    const visible = text.slice(span.start, span.end);
    if (current.length > 0 && startsNewBlock(visible, text.slice(current[current.length - 1].start, current[current.length - 1].end))) flush();
    current.push(span);
  }
  flush();
  return blocks;
}

/**
 * Inside a run of lines, a numbered line, a sub-paragraph marker or a footnote text starts
 * a new block when the line before it ended a clause: the Gaza communiqué numbers
 * consecutive lines with no blank line between them.
 */
function startsNewBlock(line: string, previousLine: string): boolean {
  if (FOOTNOTE_TEXT.test(line)) return true;
  if (!/[.;:!?,]["'”’)*]*$/.test(previousLine) && !/\b(?:and|or)$/.test(previousLine)) return false;
  const numbered = PARAGRAPH_NUMBER.exec(line);
  if (numbered && numbered[1].length <= 3) return true;
  return SUBPARAGRAPH_LINE.test(line);
}

/** The formula's own punctuation, past closing emphasis: "*The Security Council,*". */
function endsFormula(text: string): boolean {
  return /[,;:][*_]*$/.test(text);
}

function stripEmphasis(text: string): string {
  return text.replace(/[*_]/g, '');
}

function readNumber(text: string, start: number): ParagraphNumber | undefined {
  const m = PARAGRAPH_NUMBER.exec(text);
  if (!m) return undefined;
  return { value: Number(m[1]), suffix: m[2], marker: m[3] as '.' | ')', span: { start, end: start + m[0].length } };
}

/**
 * Reads the opening phrase at `offset`, within `*emphasis*` or not.
 * `*Also welcomes*` and "Also welcomes" give the same phrase.
 */
function readOpening(text: string, offset: number, end: number, match: typeof matchPreambularOpening): Opening | undefined {
  let start = offset;
  while (start < end && /[ \t\u00a0]/.test(text[start])) start++;
  const limit = Math.min(end, start + 200);
  const head = text.slice(start, limit);
  const italic = /^[*_]/.test(head);
  if (italic) {
    const close = head.indexOf(head[0], 1);
    if (close > 1) {
      const inner = head.slice(1, close);
      const m = match(inner);
      if (m) return { phrase: collapse(inner), span: { start, end: start + close + 1 }, italic: true, known: m.known };
    }
  }
  const plain = italic ? head.slice(1) : head;
  const m = match(plain);
  if (!m) return undefined;
  const phraseEnd = start + (italic ? 1 : 0) + m.length;
  return { phrase: collapse(stripEmphasis(plain.slice(0, m.length))), span: { start, end: phraseEnd }, italic: false, known: m.known };
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function footnoteMarkersIn(text: string, pieces: readonly Span[], bracketNumbers: ReadonlySet<number>): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  const pattern = bracketNumbers.size > 0 ? /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[(\d{1,3})\]/g : /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const number = m[1] !== undefined ? Number(m[1]) : superscriptNumber(m[0]);
      if (m[1] !== undefined && !bracketNumbers.has(number)) continue;
      markers.push({ number, span: { start: piece.start + m.index, end: piece.start + m.index + m[0].length } });
    }
  }
  return markers;
}

function isAllCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 3 && lower <= upper * 0.05;
}

/** ALL CAPS → 1; a short line without final punctuation → 2; a line ending in ":" → 3. */
function headingLevel(text: string, lineCount: number): HeadingLevel | undefined {
  // "(a) “Judicial sale” means:" opens a list item, whatever its length and ending.
  if (text.length > 300 || lineCount > 3 || SUBPARAGRAPH_LINE.test(text)) return undefined;
  if (SECTION_LABEL.test(text)) return 2;
  if (/[.;,]["'”’)]*$/.test(text)) return undefined;
  if (isAllCaps(text)) return 1;
  if (lineCount === 1 && text.endsWith(':') && text.length <= 200) return 3;
  // A subheading may wrap onto a second line; running text is longer than this.
  if (lineCount <= 2 && text.length <= 40 * (lineCount + 1) && /^[\p{Lu}\d]/u.test(text) && !text.endsWith(':')) {
    const words = text.split(/\s+/).length;
    if (words <= 8 * lineCount + 2) return 2;
  }
  return undefined;
}

function isDateline(text: string, lineCount: number): boolean {
  if (lineCount > 2 || text.length > 90) return false;
  const m = DATE.exec(text);
  if (!m) return false;
  return text.replace(m[0], '').replace(/[()\s,.\-–]/g, '').length <= 40;
}

/** Whether a block can still belong to the title block at the top of the document. */
function looksLikeHeaderLine(text: string, lines: number): boolean {
  if (RESOLUTION_TITLE.test(text)) return true;
  if (PARAGRAPH_NUMBER.test(text) || matchPreambularOpening(stripEmphasis(text))) return false;
  if (ENACTING.test(text) && endsFormula(text)) return false;
  if (lines > 4 || text.length > 400) return false;
  return !/[.;]$/.test(text) || /^\[.*\]$/s.test(text) || isDateline(text, lines);
}

interface Draft {
  kind: ParagraphKind;
  pieces: Span[];
  headingLevel?: HeadingLevel;
  number?: ParagraphNumber;
  footnoteNumber?: number;
  resolutionNumber?: string;
}

export interface ParseOptions {
  /**
   * Whether to read each paragraph's opening phrase, sub-paragraphs and footnote markers.
   * The corpus index needs only the paragraphs, the title and the closing line.
   */
  readonly details?: boolean;
}

/** Parses a draft. Total: any text gives a document, and the parse never throws. */
export function parseDraft(text: string, options: ParseOptions = {}): DraftDocument {
  const lines = new LineIndex(text);
  const blocks = readBlocks(text, lines);
  const drafts: Draft[] = [];
  const blockText = (b: Block): string => text.slice(b.span.start, b.span.end);

  // The title block: leading blocks that read as header lines.
  let index = 0;
  const header: Draft[] = [];
  while (index < blocks.length && looksLikeHeaderLine(blockText(blocks[index]), blocks[index].lines.length)) {
    const b = blocks[index];
    const t = blockText(b);
    const resolution = RESOLUTION_TITLE.exec(t);
    const kind: ParagraphKind = resolution ? 'title'
      : SESSION_HEADER.test(t) ? 'sessionHeader'
      : /^\[.*\]$/s.test(t) ? 'documentSymbolLine'
      : isDateline(t, b.lines.length) ? 'dateline'
      : 'subtitle';
    header.push({ kind, pieces: [b.span], resolutionNumber: resolution?.[1] });
    index++;
  }
  if (!header.some((h) => h.kind === 'title')) {
    const first = header.find((h) => h.kind === 'subtitle');
    if (first) first.kind = 'title';
  }
  drafts.push(...header);

  let seenEnacting = false;
  let seenPreamble = false;
  let seenOperative = false;
  /** After the closing line: a new enacting formula opens the next part ("B"); nothing else is operative. */
  let ended = false;
  /** Inside an annex: its numbered paragraphs are its own, not the resolution's operative part. */
  let inAnnex = false;
  /** The number of the last operative paragraph, for a number that lost its period. */
  let lastOperativeNumber = 0;
  /**
   * The last operative paragraph ended with ":" ("shall be as follows:", "the following amendment:"):
   * until its successor, numbers out of its sequence are the items or the quoted text it introduces.
   */
  let introducing: Draft | undefined;
  /** The last paragraph of running text, which a following block may continue. */
  let lastBody: Draft | undefined;

  for (; index < blocks.length; index++) {
    const b = blocks[index];
    const t = blockText(b);
    const firstLine = text.slice(b.lines[0].start, b.lines[0].end);

    const footnote = FOOTNOTE_TEXT.exec(firstLine);
    if (footnote) {
      const number = footnote[1].startsWith('[') ? Number(footnote[1].slice(1, -1)) : superscriptNumber(footnote[1]);
      drafts.push({ kind: 'footnote', pieces: [b.span], footnoteNumber: number });
      continue; // a footnote may sit inside a paragraph that runs on after it
    }

    const written = readNumber(firstLine, b.lines[0].start);
    // "1. for the north;" after "i. a list:": a numbered item inside the paragraph's list.
    if (lastBody && written && listGoesOn(text, lastBody) && LOWER_CASE_WORDS.test(firstLine.slice(written.span.end - b.lines[0].start).trimStart())) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // The introduced list is numbered: once "(a) …" lines follow instead, the paragraph is an ordinary one.
    const listIntroduced = introducing?.pieces.slice(1).every((piece) => /\d/.test(text[piece.start]));
    if (written && introducing && listIntroduced && !written.suffix && written.value !== lastOperativeNumber + 1) {
      if (lastBody === introducing) introducing.pieces.push(b.span);
      else drafts.push({ kind: 'narrative', pieces: [b.span], number: written });
      continue;
    }
    const inResolution = seenEnacting && !ended && !inAnnex;
    const number = written ?? (inResolution ? bareNumber(firstLine, b.lines[0].start, lastOperativeNumber + 1) : undefined);
    const afterNumberText = stripEmphasis(t.slice(number ? number.span.end - b.span.start : 0).trimStart());
    // A block opened by a known opening is a paragraph of its own, even after a clause left open ("; and").
    const opensParagraph = /^\p{Lu}/u.test(afterNumberText) && (matchPreambularOpening(afterNumberText)?.known || matchOperativeOpening(afterNumberText)?.known);
    if (lastBody && !number && !opensParagraph && continues(text, lastBody, t)) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "3.1.1 …" after "3.1 …": an item of the decimal paragraph.
    const decimal = DECIMAL_NUMBER.exec(firstLine);
    const lastDecimal = lastBody && DECIMAL_NUMBER.exec(text.slice(lastBody.pieces[0].start, lastBody.pieces[0].end));
    if (lastBody && decimal && lastDecimal && decimal[1].startsWith(`${lastDecimal[1]}.`)) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "and underlining …" after a preambular paragraph's list (a), (b): the paragraph goes on.
    if (lastBody && !number && LOWER_CASE_WORDS.test(t) && listGoesOn(text, lastBody)) {
      lastBody.pieces.push(b.span);
      continue;
    }
    if (lastBody && !number && SUBPARAGRAPH_LINE.test(firstLine)) {
      lastBody.pieces.push(b.span);
      continue;
    }

    // The opening phrase is within the first words; the rest of a long paragraph need not be scanned.
    const afterNumber = t.slice(number ? number.span.end - b.span.start : 0, (number ? number.span.end - b.span.start : 0) + 300);
    const plain = stripEmphasis(afterNumber.trimStart());
    let draft: Draft;
    const previous = drafts[drafts.length - 1];
    const preambularOpening = matchPreambularOpening(plain);
    // A participle alone ("Housing programme"), with no punctuation, is a heading, not a preambular paragraph.
    const headingNotPreamble = preambularOpening !== undefined && !preambularOpening.known && !endsSentence(t) && headingLevel(t, b.lines.length) !== undefined;
    // After the operative part, a heading followed by "Recalling …," opens a section with a preamble of its own.
    const sectionPreamble = seenOperative && (previous?.kind === 'heading' || previous?.kind === 'preambular') && /[,;]["'”’)*_]*$/.test(t);
    if (inAnnex || ended) {
      // The resolution is over: an annex, or the next part, which opens with its enacting formula.
      const formula = !inAnnex && !number && ENACTING.test(t) && endsFormula(t) && t.length <= 800;
      if (formula) {
        ended = false;
        seenPreamble = false;
        seenOperative = false;
        lastOperativeNumber = 0;
      }
      const level = formula || number ? undefined : headingLevel(t, b.lines.length);
      if (level && ANNEX_HEADING.test(t)) inAnnex = true;
      draft = formula ? { kind: 'enactingFormula', pieces: [b.span] }
        : CLOSING.test(t) && t.length <= 200 ? { kind: 'closing', pieces: [b.span] }
        : level ? { kind: 'heading', pieces: [b.span], headingLevel: level }
        : { kind: 'narrative', pieces: [b.span], number };
    } else if (number) {
      const preambularNumbered = !seenOperative && !matchOperativeOpening(plain) && preambularOpening !== undefined;
      draft = { kind: preambularNumbered ? 'preambular' : 'operative', pieces: [b.span], number };
    } else if (!seenPreamble && ENACTING.test(t) && endsFormula(t)
      && (seenEnacting ? seenOperative && previous?.kind === 'heading' : t.length <= (seenOperative ? 120 : 800))) {
      // After an operative paragraph only a short formula counts: a misplaced "The General Assembly,".
      // Once there is a formula, another one after a heading opens a part of its own ("B").
      draft = { kind: 'enactingFormula', pieces: [b.span] };
      if (seenEnacting) {
        seenOperative = false;
        lastOperativeNumber = 0;
      }
      seenEnacting = true;
    } else if (CLOSING.test(t) && t.length <= 200) {
      draft = { kind: 'closing', pieces: [b.span] };
      ended = seenOperative;
    } else if (seenOperative && ANNEX_HEADING.test(t) && headingLevel(t, b.lines.length) !== undefined) {
      draft = { kind: 'heading', pieces: [b.span], headingLevel: headingLevel(t, b.lines.length) };
      inAnnex = true;
    } else if ((!seenOperative || sectionPreamble) && preambularOpening && !headingNotPreamble && (seenEnacting || /[,;]$/.test(t))) {
      draft = { kind: 'preambular', pieces: [b.span] };
    } else if ((seenPreamble || seenOperative) && seenEnacting && matchOperativeOpening(plain) && /[.;:]["'”’)]*$/.test(t)
      && !/^\p{L}+:/u.test(plain)) {
      // "Abbreviations: GS (OL), …" under a table is not an operative paragraph.
      draft = { kind: 'operative', pieces: [b.span] };
    } else {
      const level = headingLevel(t, b.lines.length);
      if (level === 1 && previous?.kind === 'heading' && previous.headingLevel === 1 && RUNS_ON.test(text.slice(previous.pieces[0].start, previous.pieces[previous.pieces.length - 1].end))) {
        previous.pieces.push(b.span); // a capitalised heading wrapped over a blank line
        continue;
      }
      draft = level ? { kind: 'heading', pieces: [b.span], headingLevel: level } : { kind: 'narrative', pieces: [b.span] };
    }
    if (draft.kind === 'preambular') seenPreamble = true;
    if (draft.kind === 'operative') {
      seenOperative = true;
      if (draft.number && !draft.number.suffix) lastOperativeNumber = draft.number.value;
      introducing = draft.number && /:[*_]*$/.test(t) ? draft : undefined;
    }
    drafts.push(draft);
    lastBody = draft.kind === 'preambular' || draft.kind === 'operative' || draft.kind === 'narrative' ? draft : undefined;
  }

  return freezeDocument(text, lines, drafts, header.length, options.details ?? true);
}

/** A number with no period where the sequence expects it, before a capital: "2 Condemns". */
function bareNumber(line: string, start: number, expected: number): ParagraphNumber | undefined {
  const m = BARE_NUMBER.exec(line);
  if (!m || Number(m[1]) !== expected || !matchOperativeOpening(stripEmphasis(line.slice(m[0].length)))) return undefined;
  return { value: expected, marker: '', span: { start, end: start + m[1].length } };
}

/** The paragraph's last piece ends a list item or an open clause: "(b) the second plan;", "i. a list:". */
function listGoesOn(text: string, last: Draft): boolean {
  const lastPiece = last.pieces[last.pieces.length - 1];
  const ending = text.slice(Math.max(lastPiece.start, lastPiece.end - 20), lastPiece.end);
  return ENDS_LIST_ITEM.test(ending) && (last.pieces.length > 1 || SUBPARAGRAPH_LINE.test(text.slice(lastPiece.start, lastPiece.end)) || /:[*_]*$/.test(ending));
}

/**
 * A block continues the last paragraph when that paragraph did not end a sentence and the
 * block starts mid-sentence: in lower case, with a bracket, or after a word no sentence ends on.
 */
function continues(text: string, last: Draft, blockText: string): boolean {
  const lastPiece = last.pieces[last.pieces.length - 1];
  const lastText = text.slice(Math.max(lastPiece.start, lastPiece.end - 200), lastPiece.end);
  if (endsSentence(lastText)) return false;
  return /^[\p{Ll}(]/u.test(blockText) || RUNS_ON.test(lastText);
}

function freezeDocument(text: string, lines: LineIndex, drafts: readonly Draft[], headerCount: number, details: boolean): DraftDocument {
  const bracketNumbers = new Set(drafts.filter((d) => d.kind === 'footnote' && text[d.pieces[0].start] === '[').map((d) => d.footnoteNumber!));
  // Most drafts have no footnotes: one scan of the text spares one per paragraph.
  const mayHaveMarkers = details && (bracketNumbers.size > 0 || /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text));
  const paragraphs: Paragraph[] = drafts.map((d) => {
    const span = { start: d.pieces[0].start, end: d.pieces[d.pieces.length - 1].end };
    const openingFrom = d.number ? d.number.span.end : span.start;
    const firstPieceEnd = d.pieces[0].end;
    const opening = !details ? undefined : d.kind === 'preambular' ? readOpening(text, openingFrom, firstPieceEnd, matchPreambularOpening)
      : d.kind === 'operative' ? readOpening(text, openingFrom, firstPieceEnd, matchOperativeOpening)
      : undefined;
    const body = details && (d.kind === 'preambular' || d.kind === 'operative' || d.kind === 'narrative');
    return Object.freeze({
      kind: d.kind,
      span,
      pieces: Object.freeze([...d.pieces]),
      headingLevel: d.headingLevel,
      number: d.number,
      opening,
      subparagraphs: body ? parseSubparagraphs(text, d.pieces, span.end, d.number !== undefined) : [],
      footnoteMarkers: d.kind === 'footnote' || d.kind === 'title' || !mayHaveMarkers ? [] : footnoteMarkersIn(text, d.pieces, bracketNumbers),
      footnoteNumber: d.footnoteNumber,
      resolutionNumber: d.resolutionNumber,
    });
  });
  const header = paragraphs.slice(0, headerCount);
  const structure: readonly StructureNode[] = buildStructure(paragraphs.slice(headerCount));
  return Object.freeze({
    text,
    lines,
    paragraphs: Object.freeze(paragraphs),
    header: Object.freeze(header),
    title: header.find((p) => p.kind === 'title'),
    enactingFormula: paragraphs.find((p) => p.kind === 'enactingFormula'),
    preambular: Object.freeze(paragraphs.filter((p) => p.kind === 'preambular')),
    operative: Object.freeze(paragraphs.filter((p) => p.kind === 'operative')),
    footnotes: Object.freeze(paragraphs.filter((p) => p.kind === 'footnote')),
    closing: paragraphs.find((p) => p.kind === 'closing'),
    structure,
  });
}
