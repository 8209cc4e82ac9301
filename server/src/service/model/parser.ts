import type { Span } from '../types';
import type {
  DraftDocument,
  FootnoteMarker,
  HeadingLevel,
  Opening,
  Paragraph,
  ParagraphKind,
  ParagraphNumber,
  StructureNode,
} from './document';
import {
  CLAUSE_MARKS,
  detectLanguage,
  isForeignClosing,
  isForeignDateAlone,
  isForeignFormula,
  LanguageCode,
  openingMatcher,
} from '../languages';
import {
  matchOperativeOpening,
  matchPreambularOpening,
  openingsCapitalised,
  foreignSectionLabel,
  foreignRunsOn,
  ownPreambularMark,
  useForeignOpenings,
} from './lexicon';
import { LineIndex } from './lineIndex';
import { MONTH_PATTERN } from './months';
import { fillMarkerGaps } from './markerGaps';
import { isFootnoteRule, isMastheadLine, isPageFurniture } from './printLayout';
import { parseSubparagraphs } from './subparagraphs';
import { buildStructure } from './structure';
import type { FullParse } from './corpusParse';
import { earlierDetails, editedSpan } from './earlierParse';

/** A run of non-blank lines, or a part of one split off at a numbered line or a footnote. */
interface Block {
  /** Offsets of each line's visible text. */
  readonly lines: readonly Span[];
  readonly span: Span;
  /** Page furniture: a running header, a page or job number, a line of the masthead. */
  readonly furniture?: boolean;
  /** For the text of a footnote: its number. */
  readonly footnote?: number;
}

/**
 * "1. ", "12) ", "5 bis. ", "1\. " (escaped in Markdown), "1.Decides", "46.决定", "6.\u200e " (a left-to-right mark
 * after the period, which copies out of bidirectional layouts carry): the number of an operative paragraph.
 * Arabic texts write "1 - ", "10- ", "6 – " (an en dash), "\u200f20 -\u200f " (right-to-left marks)
 * and "١ - " (Arabic-Indic digits).
 */
const PARAGRAPH_NUMBER =
  /^[\u200e\u200f]?(\d{1,5}|[\u0660-\u0669]{1,5})(?:[ \u00a0]+(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?[ \u00a0]*\\?([.)]|[-\u2013](?=[\u200e\u200f]?(?:[ \t\u00a0]|$|[\r\n])))[\u200e\u200f]?(?=[ \t\u00a0]+\S|[ \t\u00a0]*(?:$|[\r\n])|[A-Z*_\u4e00-\u9fff])/;
/**
 * "¹ ", "[1] ", "[^1]: " (Markdown), "_[1] " (in emphasis): the start of a footnote's text; or "¹" alone on its line,
 * its text on the next, where a Chinese or Japanese text without spaces was wrapped at the marker's one space.
 */
const FOOTNOTE_TEXT = /^[*_]{0,2}([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\[\^\d{1,3}\]:)(?:[ \t\u00a0]|$)/;
/** "1  See document A/99/5.": a plain number, then two spaces or a tab, or any space below a footnote rule. */
const PLAIN_FOOTNOTE_TEXT = /^(\d{1,3})(?:[ \u00a0]{2,}|\t|([ \u00a0]))(?=\S)/;
/** A further column of figures after two spaces or a tab: "Disarmament  13 245 000". */
const TABLE_COLUMN = /\S(?:[ \u00a0]{2,}|\t)[(\d]/;
/** "(a) ", "a) ", "(أ) ", and "а) " with the Cyrillic letter Russian texts type for the Latin one. */
const SUBPARAGRAPH_LINE =
  /^(?:\((?:[a-z]{1,2}|[асеорх]|[ivxlc]{1,6}|[\u0621-\u064a\ufee9-\ufeec]ـ?)\)|(?:[a-z]{1,2}|[асеорх]|[ivxlc]{1,6})[.)])(?:[ \t\u00a0]+\S|$)/;
/** The first item of a list: "(a) …", "(i) …", "a) …", "i. …". */
const FIRST_ITEM_LINE = /^(?:\([ai]\)|[ai][.)])[ \t\u00a0]+\S/;
/** A task in the infinitive, the form of a mandate's items in English: "To carry out …". */
const INFINITIVE_OPENING = /^To \p{Ll}/u;
/** Three asterisks alone, Markdown's escaped ones too: "* * *", "\\* \\* \\*". */
const SECTION_BREAK = /^(?:\\?\*[ \t\u00a0]*){3}$/;
const RESOLUTION_TITLE = /^(?:A\/RES\/)?((?:ES-|S-)?\d{1,3}\/\d{1,4})\.[ \t\u00a0]+\S/;
/** The number a running header leaves out of the title, its period too where a copy lost it ("76/141 العنف …"). */
const RUNNING_TITLE_PREFIX = /^(?:A\/RES\/)?(?:ES-|S-)?\d{1,3}\/\d{1,4}\.?[ \t\u00a0]+/;
/** "64th plenary meeting", "52nd (resumed) plenary meeting", "Adopted by …": the line that closes the text. */
const CLOSING =
  /^(?:\d{1,4}(?:st|nd|rd|th)[ \t\u00a0]+(?:\(resumed\)[ \t\u00a0]+)?(?:plenary[ \t\u00a0]+)?meeting\b|Adopted (?:by|at)\b)/i;
/** The meeting line after the last paragraph, in English or another UN language. */
function isClosing(text: string): boolean {
  return CLOSING.test(text) || isForeignClosing(text);
}
const SESSION_HEADER =
  /^(?:[\p{L}-]+[ \t\u00a0]+(?:special[ \t\u00a0]+|emergency[ \t\u00a0]+special[ \t\u00a0]+)?session\b|Agenda item\b|Item[ \t\u00a0]+\d)/iu;
const DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:[ \\t\\u00a0]*[-–][ \\t\\u00a0]*\\d{1,2})?[ \\t\\u00a0]+(?:${MONTH_PATTERN})[ \\t\\u00a0]+\\d{4}|(?:${MONTH_PATTERN})[ \\t\\u00a0]+\\d{1,2},[ \\t\\u00a0]+\\d{4})\\b`,
  'i',
);
/** "31 March 2020" alone: a date closing the text, where no meeting adopted it (a silence procedure). */
const DATE_ALONE = new RegExp(
  `^(?:\\d{1,2}[ \\t\\u00a0]+(?:${MONTH_PATTERN})[ \\t\\u00a0]+\\d{4}|(?:${MONTH_PATTERN})[ \\t\\u00a0]+\\d{1,2},[ \\t\\u00a0]+\\d{4})$`,
  'i',
);
/**
 * "The General Assembly", "The Council of Foreign Ministers of …", "La Réunion des ministres",
 * "L'Assemblée générale".
 */
const ENACTING =
  /^[*_]?(?:(?:The|Le|La)[ \t\u00a0]+|L['’])(?:[\p{L}'’-]+[ \t\u00a0]+){0,12}?(?:Assembly|Council|Conference|Meeting|Summit|Committee|Commission|Board|Ministers|Parties|Assemblée|Conseil|Conférence|Réunion|Comité|Sommet|Ministres)(?![\p{L}])/u;
/** The same in the capitals of typewritten archives: "THE GENERAL ASSEMBLY,". */
const ENACTING_CAPITALS = new RegExp(ENACTING.source, 'iu');
/** After the formula: its punctuation, perhaps with an editor's note ("The General Assembly, [text omitted]"). */
const FORMULA_END = /[,;:][*_]*(?:[ \t\u00a0]*\[[^\]\n]{1,80}\])?$/;
/** An ALL-CAPS heading on the formula's line: "DISARMAMENT The General Assembly,". */
const CAPITALS_BEFORE_FORMULA = /^(?:\p{Lu}[\p{Lu}'’-]+[ \t\u00a0]+){1,8}(?=(?:The|Le|La)[ \t\u00a0]|L['’])/u;
/** Paragraph 1 on the formula's line: "The Conference 1) Welcomes". */
const FIRST_NUMBER_AFTER_FORMULA = /[ \t\u00a0]1[.)][ \t\u00a0]+[\p{Lu}*_]/u;
/** The capitals at the start of a paragraph of a typewritten archive: "RECALLING", "CALLS UPON". */
const LEADING_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{Lu}'’-]+)*(?![\p{L}])/u;
/** "Annex", "Annex II", "APPENDIX": what follows the resolution's end is not its operative part. */
// Also as Markdown writes it: "## Annex III", "**Annex**".
const ANNEX_HEADING = /^(?:#{1,6}[ \t]+|\*{1,2}|_{1,2})?(?:annex(?:es)?|appendix|attachment|enclosure)(?![\p{L}])/iu;
/**
 * "Annex A: Joint Comprehensive Plan of Action (JCPOA), Vienna, 14 July 2015", "Annex: UNAMID benchmarks …": an
 * annex's label, if it has one, then its title.
 */
const LABELLED_ANNEX = /^(?:[Aa]nnex|ANNEX)(?:[ \t]+(?:[A-Z]|[IVXLC]+|\d{1,2}))?(?::|[ \t]+[–—-])[ \t]+\S.{0,200}$/su;
/**
 * "2 Condemns", "41 приветствует": a paragraph number that lost its period, read only where the sequence expects it
 * and a known operative opening follows (in a capital where the language writes openings so).
 */
const BARE_NUMBER = /^(\d{1,3})[ \t\u00a0]+(?=[*_]?\p{L})/u;
/** The words after a number start in lower case: "1. for the north;", an item of a list, not a paragraph. */
const LOWER_CASE_WORDS = /^[*_]?\p{Ll}/u;
/** A list item or a clause ends open: the paragraph goes on. */
const ENDS_LIST_ITEM = /(?:[;:,]|[;,][ \t\u00a0]+(?:and|or))["'”’)*_]*$/;
/** "A.", "B", "IV": a section's letter or numeral alone on its line, a heading of its own. */
const SECTION_LABEL = /^(?:[A-Z]|[IVXLC]{1,6})\.?$/;
/** "I Second performance report …", "A Base/floor salary scale": a section's label, then its title's capital. */
const LABELLED_SECTION = /^(?:[A-Z]|[IVXLC]{1,6})\.?[ \t\u00a0]+\p{Lu}/u;
/** The same with a Roman numeral: "III Conditions of service …", "## II Estimates …", not the article "A". */
const ROMAN_LABELLED_SECTION = /^(?:#{1,6}[ \t]+)?[IVXLC]{1,6}\.?[ \t\u00a0]+\p{Lu}/u;
/** "Section 2", "Section 29A", "Part II", "Chapter IV": a budget's or a report's section label in words. */
const SECTION_WORD_LABEL = /^(?:Section|Part|Chapter)[ \t\u00a0]+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6})$/;
/** "• To prevent …", "– All States shall …": an item of a list inside a paragraph. */
/** A line led by a short label and a colon: "Panel 1: …", "Round table 2: …", "Thursday, 2 June: from 10 a.m. …". */
const LABELLED_LINE = /^\p{Lu}[\p{L}\d ,]{0,30}:[ \t\u00a0]+\S/u;
const BULLETED = /^[•·▪–—-][ \t\u00a0]/;
/** "*", "* * *": an ornament between two parts of the text, a block of its own. */
const ORNAMENT = /^\*(?:[ \t\u00a0]*\*){0,5}$/;
/** A section's label alone: "II", "B", "Section 2", or in the draft's language "二", "ثانيا". */
function isSectionLabel(text: string): boolean {
  if (SECTION_LABEL.test(text) || SECTION_WORD_LABEL.test(text)) return true;
  const label = foreignSectionLabel()?.exec(text);
  return label !== null && label !== undefined && label[0].length === text.length;
}

/** A section's label in words and its title on one line, no final punctuation: "ثانيا استخدام موارد المؤتمرات". */
function isLabelledSectionTitle(text: string, lineCount: number): boolean {
  const label = foreignSectionLabel()?.exec(text);
  return Boolean(label) && lineCount === 1 && text.length <= 120 && !/[.;:,،؛，；。：]["'”’)]*$/u.test(text);
}
/** "3.1 ", "3.1.2 ": decimal numbering; "3.1.1" goes inside "3.1". */
const DECIMAL_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)[ \t\u00a0]/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Starts a drafter's note line: kept in the file, left out of the draft's structure and checks. */
export const NOTE_PREFIX = '//';
/** Words a sentence cannot end on: a block ending on one runs on into the next. */
const RUNS_ON =
  /\b(?:a|an|the|of|in|on|at|to|for|by|with|from|and|or|between|into|under|its|their|his|her|that|which|as)$/i;
const runsOn = (text: string): boolean => RUNS_ON.test(text) || foreignRunsOn(text);

/** Punctuation, then quotes, emphasis and a footnote marker: a clause's end; with Arabic's and Chinese's marks too. */
const clauseEnd = (marks: string): RegExp =>
  new RegExp(`[.;:!?,${marks}]["'”’)*_]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\\[\\^?\\d{1,3}\\])?$`, 'u');
const LATIN_CLAUSE_END = clauseEnd('');
const CLAUSE_END = clauseEnd(CLAUSE_MARKS);

/**
 * Whether the text runs its paragraphs together, no blank line between them (pasted): only then do Arabic's and
 * Chinese's own marks end a clause and a line of a script without case read as a heading, since a hard-wrapped
 * line, blank lines apart, ends at a "，" and is as short as a heading as often as a paragraph is. Set by
 * `readBlocks` for the length of the parse (synchronous: no other parse interleaves).
 */
let runTogether = false;
/**
 * The width the text's paragraphs were wrapped at, in columns, where they were: read from the lines that a wrap
 * ended (all of a block's lines but its last), for the length of the parse; set by `readBlocks`, measured on first
 * use (only some page breaks ask it).
 */
let wrapWidth: () => number | undefined = () => undefined;
/** A running header that repeats the title block, page furniture to what looks past it; set for the parse. */
let repeatsHeader: (block: Block) => boolean = () => false;

const INVISIBLE_END = /[\u200b-\u200f\u2060\ufeff]+$/u;

/**
 * Ends a clause: with punctuation, perhaps followed by quotes, emphasis and a footnote marker,
 * which a PDF copy glues to the word ("Goals.12", "report,¹", "Convention,[^1]").
 */
function endsClause(line: string): boolean {
  // A mark of direction or a zero-width space after the comma, which copies from the web carry, ends nothing.
  const tail = line.slice(-32).replace(INVISIBLE_END, '').slice(-24);
  return (
    (runTogether ? CLAUSE_END : LATIN_CLAUSE_END).test(tail) ||
    /\p{L}[.;:,]["'”’)]*\d{1,3}$/u.test(tail) ||
    // "conducted in 2014 and 2018;5": a year, its punctuation and the footnote's digits.
    /(?<!\d)(?:19|20)\d\d[.;:,]\d{1,2}$/.test(tail)
  );
}

function superscriptNumber(digits: string): number {
  let n = 0;
  for (const d of digits) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(d);
  return n;
}

/** White space, the byte-order mark and the zero-width space, which drafts pasted from the web carry. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x200b ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

/**
 * "CALLS UPON all States" read as "Calls upon all States" when that is how the lexicon knows
 * the opening: typewritten archives write openings in capitals. Same length, so offsets hold.
 */
function lexiconCase(text: string, match: typeof matchPreambularOpening): string {
  const capitals = LEADING_CAPITALS.exec(text.slice(0, 120));
  if (!capitals) return text;
  const lower = capitals[0].slice(1).toLowerCase();
  if (lower.length !== capitals[0].length - 1) return text;
  const cased = capitals[0][0] + lower + text.slice(capitals[0].length);
  return match(cased)?.known ? cased : text;
}

/** Text as the lexicon reads it: without emphasis markers, capitals of a known opening in sentence case. */
function openingText(text: string): string {
  const plain = stripEmphasis(text);
  const preambular = lexiconCase(plain, matchPreambularOpening);
  return preambular !== plain ? preambular : lexiconCase(plain, matchOperativeOpening);
}

/** A known opening phrase, a paragraph number or the enacting formula: the start of a paragraph. */
function startsParagraph(line: string): boolean {
  const numbered = PARAGRAPH_NUMBER.exec(line);
  if (numbered) return numbered[1].length <= 3;
  const head = openingText(line.slice(0, 80));
  return Boolean(matchPreambularOpening(head)?.known || matchOperativeOpening(head)?.known) || isEnactingFormula(line);
}

/** "The General Assembly,", "THE GENERAL ASSEMBLY,", "La Réunion des ministres,", or the organ's name alone. */
function isEnactingFormula(text: string): boolean {
  const formula = ENACTING.exec(text) ?? (/^[*_]?(?:THE|LE|LA|L['’])/.test(text) ? ENACTING_CAPITALS.exec(text) : null);
  if (!formula) return isForeignFormula(text);
  // "L’Assemblée générale" unpunctuated: the French formula runs on past the word "Assemblée" the pattern stops at.
  return FORMULA_END.test(text.slice(-100)) || /^[*_]*$/.test(text.slice(formula[0].length)) || isForeignFormula(text);
}

/** A line short enough, and unpunctuated, to be a heading standing on its own. */
function isHeadingLine(line: string): boolean {
  // "1. приветствует …, и" is a paragraph's first line, however short, and ends on a word of no heading.
  if (columns(line) > 80 || runsOn(line) || numberedOpening(line)) return false;
  const level = headingLevel(line, 1);
  return level === 1 || level === 2;
}

/** "7 December 2022", "7 décembre 2022", "2022年12月7日": a short line with a year, in any language. */
function isShortDate(line: string): boolean {
  return line.length <= 40 && /(?:^|\D)(?:19|20)\d\d(?:\D|$)/.test(line);
}

/** "Annex", "Annex A", "ANNEX II" as a heading line: its letter is no article ("a") that runs on. */
function isAnnexLine(line: string): boolean {
  const level = line.length <= 80 ? headingLevel(line, 1) : undefined;
  return level === 1 || level === 2;
}

/**
 * A line too long for `isHeadingLine`, or of too many words, that may still be a heading where it stands alone
 * between paragraphs: "Budget performance report for the period from 1 July 2018 to 30 June 2019". Only where
 * what stands before it ends a clause and what follows starts a paragraph is it read as one.
 */
function mayBeLongHeading(text: string): boolean {
  return (
    text.length <= 200 &&
    startsAsHeading(text) &&
    !endsClause(text) &&
    !runsOn(text) &&
    !SUBPARAGRAPH_LINE.test(text) &&
    !PARAGRAPH_NUMBER.test(text) &&
    !startsParagraph(text)
  );
}

/**
 * A line of the title block or the closing, which stands alone even with no blank line around
 * it: "Seventy-eighth session", "Resolution adopted by …", "[on the report of …]", "78/137. …",
 * the enacting formula, "45th plenary meeting".
 */
function isTitleBlockItem(line: string): boolean {
  if (line.length > 160) return false;
  if (RESOLUTION_TITLE.test(line)) return true;
  if (/^Resolution (?:adopted by\b|\d{1,4} \(\d{4}\)$)|^\[[^\]]*\]$/.test(line)) return true;
  if (line.length <= 40 && /^\p{Lu}/u.test(line) && SESSION_HEADER.test(line) && !/[.,;]$/.test(line)) return true;
  return (line.length <= 120 && isClosing(line)) || (line.length <= 120 && isEnactingFormula(line));
}

/**
 * A paragraph number, then an opening the lexicon knows: "3. Calls upon", which no wrapped line starts with; in
 * lower case where the language's openings are ("3. просит").
 */
function numberedOpening(line: string): boolean {
  const numbered = PARAGRAPH_NUMBER.exec(line);
  if (!numbered || numbered[1].length > 3) return false;
  const head = openingText(line.slice(numbered[0].length, numbered[0].length + 80).trimStart());
  const cased = /^\p{Lu}/u.test(head) || !openingsCapitalised();
  return cased && Boolean(matchOperativeOpening(head)?.known || matchPreambularOpening(head)?.known);
}

/** The words after a number start in lower case: "2) implementation of …", a sentence's enumeration. */
function enumeration(line: string): boolean {
  const numbered = PARAGRAPH_NUMBER.exec(line);
  return numbered !== null && LOWER_CASE_WORDS.test(line.slice(numbered[0].length).trimStart());
}

/** "1." or "1\." alone on its line: the paragraph's words are on the next line. */
function isLoneNumber(line: string): boolean {
  const m = PARAGRAPH_NUMBER.exec(line);
  return m !== null && m[0].length === line.length;
}

/**
 * The visible lines of the text, trimmed, with `undefined` for what separates blocks: a blank
 * line, a drafter's note, a page break (form feed). A line that holds two blocks is cut in two:
 * a heading before the enacting formula, or paragraph 1 after it.
 */
function readRows(text: string, lineIndex: LineIndex): (Span | undefined)[] {
  const rows: (Span | undefined)[] = [];
  const push = (from: number, to: number): void => {
    let first = from;
    while (first < to && isSpace(text.charCodeAt(first))) first++;
    let last = to;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    // A blank line, or a drafter's note ("// agreed language: …"), which is not part of the text.
    if (first === last || text.startsWith(NOTE_PREFIX, first)) {
      rows.push(undefined);
      return;
    }
    const cut = formulaCut(text.slice(first, last));
    if (cut === undefined) {
      rows.push({ start: first, end: last });
      return;
    }
    push(first, first + cut);
    rows.push(undefined);
    push(first + cut, last);
  };
  // The next form feed, looked up again only once passed: one scan of the text in all.
  let feed = text.indexOf('\f');
  for (let line = 0; line < lineIndex.lineCount; line++) {
    const end = lineIndex.lineEnd(line);
    let from = lineIndex.lineStart(line);
    for (; feed >= 0 && feed < end; feed = text.indexOf('\f', feed + 1)) {
      push(from, feed);
      from = feed + 1;
    }
    push(from, end);
  }
  return rows;
}

/** Where a line holding a heading and the enacting formula, or the formula and paragraph 1, is cut. */
function formulaCut(line: string): number | undefined {
  if (line.length < 12 || !/^[*_]?(?:The|Le|La|L['’]|\p{Lu}\p{Lu})/u.test(line)) return undefined;
  const heading = CAPITALS_BEFORE_FORMULA.exec(line);
  if (heading && isEnactingFormula(line.slice(heading[0].length).slice(0, 300))) return heading[0].length;
  const formula = ENACTING.exec(line);
  if (!formula) return undefined;
  const after = line.slice(formula[0].length, formula[0].length + 160);
  const number = FIRST_NUMBER_AFTER_FORMULA.exec(after);
  // Only the rest of the formula ("of Foreign Ministers,") may stand between: no sentence.
  if (!number || /[.;!?\d]/.test(after.slice(0, number.index))) return undefined;
  return formula[0].length + number.index + 1;
}

/**
 * The number of the footnote whose text starts this line, if it does. A plain number and one
 * space starts one only below a footnote rule and in sequence: "19 (A/59/19/Rev.1), part one"
 * may be the second line of footnote 1, and so may "3 and corrigenda (E/2005/23 …)" after "Supplement No."
 * (`noteLine`: the last line of the footnote being read, if one is).
 */
function footnoteStart(
  line: string,
  belowRule: boolean,
  lastNote: number | undefined,
  noteLine: string | undefined,
  textFollows: boolean,
): number | undefined {
  const marked = FOOTNOTE_TEXT.exec(line);
  if (marked) return /^[[]/.test(marked[1]) ? Number(marked[1].replace(/[^\d]/g, '')) : superscriptNumber(marked[1]);
  // "2" alone below the rule, the next in sequence, its text on the next line: a Chinese note wrapped at its spaces.
  if (belowRule && textFollows && /^\d{1,3}$/.test(line) && Number(line) === (lastNote ?? 0) + 1) return Number(line);
  const plain = PLAIN_FOOTNOTE_TEXT.exec(line);
  if (!plain) return undefined;
  const inSequence = lastNote === undefined || Number(plain[1]) === lastNote + 1;
  if (plain[2] !== undefined) {
    if (!(belowRule && inSequence) || /^\p{Ll}/u.test(line.slice(plain[0].length))) return undefined;
    if (noteLine !== undefined && NUMBER_TAKING_END.test(noteLine.slice(-12))) return undefined;
  }
  // "3  Political affairs  773 224 100": a table's row, its columns set apart by spaces, is no footnote.
  if (TABLE_COLUMN.test(line.slice(plain[0].length))) return undefined;
  // "2  Condemns", a paragraph that lost its period, is not a footnote; below the rule, the next note in sequence
  // may well open on such a word ("6  Reaffirming its resolution 46/182 …").
  if (belowRule && inSequence) return Number(plain[1]);
  const words = openingText(line.slice(plain[0].length, plain[0].length + 80));
  return matchOperativeOpening(words)?.known || matchPreambularOpening(words)?.known ? undefined : Number(plain[1]);
}

/** A footnote's line that ends where a number follows: "Supplement No.", "vol.", "paras.", "resolution". */
const NUMBER_TAKING_END = /\b(?:No|Nos|paras?|vol|chap|sect|pp?|art|annex|resolutions?|decisions?)\.?$/;

/**
 * Groups the rows into blocks. Page furniture and each footnote's text are blocks of their own;
 * the rule above a page's footnotes is dropped, and below it a plain number starts a footnote.
 */
function readBlocks(text: string, lineIndex: LineIndex): Block[] {
  const rows = readRows(text, lineIndex);
  runTogether = !blankLinesApart(rows);
  const phraseCues = openingsCapitalised() || runTogether;
  const blocks: Block[] = [];
  let current: Span[] = [];
  let footnote: number | undefined;
  /** Below a footnote rule, until a block that is not a footnote's text. */
  let belowRule = false;
  let lastNote: number | undefined;
  const lineText = (span: Span): string => text.slice(span.start, span.end);
  const flush = (): void => {
    if (current.length === 0) return;
    blocks.push({ lines: current, span: { start: current[0].start, end: current[current.length - 1].end }, footnote });
    current = [];
    footnote = undefined;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      // "1." alone, then a blank line: the paragraph's words are still to come.
      if (!(current.length === 1 && isLoneNumber(lineText(current[0])))) flush();
      continue;
    }
    const visible = lineText(row);
    if (isFootnoteRule(visible)) {
      flush();
      belowRule = true;
      continue;
    }
    if (isPageFurniture(visible)) {
      flush();
      blocks.push({ lines: [row], span: row, furniture: true });
      continue;
    }
    const lastLine = current.length > 0 ? lineText(current[current.length - 1]) : undefined;
    const noteLine = footnote !== undefined ? lastLine : undefined;
    // "10  Least developed countries, …" under a row of figures, or over the rest of its row ("developing States
    // 6 609 300"): a table's row, wrapped, is no footnote of plain digits.
    const nextRow = rows[r + 1];
    const inTable =
      !belowRule &&
      footnote === undefined &&
      PLAIN_FOOTNOTE_TEXT.test(visible) &&
      ((lastLine !== undefined && TABLE_CELLS.test(lastLine)) ||
        (nextRow !== undefined && TABLE_ROW.test(lineText(nextRow))));
    const note = inTable ? undefined : footnoteStart(visible, belowRule, lastNote, noteLine, nextRow !== undefined);
    if (note !== undefined) {
      flush();
      footnote = note;
      lastNote = note;
      current.push(row);
      continue;
    }
    if (current.length === 0) belowRule = false;
    const next = rows[r + 1];
    const previous = current[current.length - 1];
    const beforePrevious = current.length > 1 ? lineText(current[current.length - 2]) : undefined;
    const context = { linesSoFar: current.length, nextLine: next && lineText(next), beforePrevious, phraseCues };
    // "… документ WHA68/2015/REC/1, приложение" / "3.": a note's line that a wrap left with its last number alone.
    const noteGoesOn = footnote !== undefined && isLoneNumber(visible);
    if (previous && !noteGoesOn && startsNewBlock(visible, lineText(previous), context)) flush();
    current.push(row);
  }
  flush();
  let measured: { width: number | undefined } | undefined;
  wrapWidth = () => (measured ??= { width: widthOf(text, blocks) }).width;
  return blocks;
}

/** The longest of the wrapped lines but the longest tenth (a table's rows, a link): the width of the text's wrap. */
function widthOf(text: string, blocks: readonly Block[]): number | undefined {
  const wrapped: number[] = [];
  for (const b of blocks) {
    if (b.furniture || b.footnote !== undefined) continue;
    for (let l = 0; l + 1 < b.lines.length; l++) wrapped.push(columns(text.slice(b.lines[l].start, b.lines[l].end)));
  }
  if (wrapped.length < 10) return undefined;
  wrapped.sort((a, b) => a - b);
  return wrapped[Math.floor(wrapped.length * 0.9)];
}

/** A line of cells set apart by a tab or two spaces; a row whose last cell is an amount, "(180 400)" if negative. */
const TABLE_CELLS = /\S(?:\t| {2,})\S/;
const TABLE_ROW = /\S(?:\t| {2,})(?:\d[\d ,.]*|\(\d[\d ,.]*\))$/;

/**
 * Whether the text sets its paragraphs apart with blank lines: at least one blank line in twelve. A hard-wrapped
 * text's lines then run on to the next blank line, however a wrapped line happens to begin.
 */
function blankLinesApart(rows: readonly (Span | undefined)[]): boolean {
  let last = rows.length - 1;
  while (last >= 0 && !rows[last]) last--;
  let blank = 0;
  let lines = 0;
  // A blank line after a line of text, and before the last: those at the text's end set nothing apart.
  for (let r = 0; r <= last; r++) {
    if (rows[r]) lines++;
    else if (r > 0 && rows[r - 1]) blank++;
  }
  return blank >= 2 && blank * 12 >= lines;
}

/** Where a line stands in its run of lines, and whether an opening phrase at its start may begin a paragraph. */
interface LineContext {
  readonly linesSoFar: number;
  readonly nextLine: string | undefined;
  readonly beforePrevious: string | undefined;
  /**
   * False where openings are in lower case (Russian, Arabic, Chinese) and the text's paragraphs are set apart by
   * blank lines: a wrapped line begins with "вновь подтверждает" mid-sentence as often as a paragraph does.
   */
  readonly phraseCues: boolean;
}

/**
 * Inside a run of lines, a new block starts at a numbered line, a sub-paragraph marker or a
 * known opening phrase when the line before it ended a clause (the Gaza communiqué numbers
 * consecutive lines with no blank line between them; a text pasted out of a PDF has no blank
 * lines at all), and at a heading standing between two paragraphs.
 */
function startsNewBlock(
  line: string,
  previousLine: string,
  { linesSoFar, nextLine, beforePrevious, phraseCues }: LineContext,
): boolean {
  if (linesSoFar === 1 && isLoneNumber(previousLine)) return false;
  // "1. General income  30 197 000" under "Income section  Amount": a row of a table, not a paragraph.
  if (TABLE_ROW.test(line) && TABLE_CELLS.test(previousLine)) return false;
  if (isTitleBlockItem(line) || ORNAMENT.test(line) || ORNAMENT.test(previousLine)) return true;
  // "I", "A" or "Section 2" alone: a section's label, its title on the next line; "Annex" alone, its text after it.
  // So with its title, pasted with no blank line: "Annex: UNAMID benchmarks …" / "Benchmark 1: …".
  if (
    linesSoFar === 1 &&
    (SECTION_LABEL.test(previousLine) ||
      SECTION_WORD_LABEL.test(previousLine) ||
      (ANNEX_HEADING.test(previousLine) && isAnnexLine(previousLine)) ||
      (LABELLED_ANNEX.test(previousLine) && /^\p{Lu}/u.test(line) && !runsOn(previousLine)))
  )
    return true;
  // Pasted with no blank lines: "The General Assembly", then "Adopts …", its first paragraph.
  if (linesSoFar === 1 && previousLine.length <= 120 && isEnactingFormula(previousLine)) return true;
  // "A" or "Section 2" after the title of "Part I", which ends no clause: the next section's label, its title or
  // first paragraph after it; not "I." after "vol.", which a wrap cut.
  if (
    (SECTION_WORD_LABEL.test(line) ||
      (SECTION_LABEL.test(line) && !NUMBERED_ABBREVIATION.test(previousLine.slice(-8)))) &&
    !runsOn(previousLine) &&
    /^[\p{Lu}\d]/u.test(nextLine ?? '')
  )
    return true;
  // A paragraph on one line longer than any wrapping ends where it ends a clause: the text has a paragraph a line.
  // Not where it opens a list ("… as follows:"), nor at a table's row or a dashed or bulleted item.
  if (
    linesSoFar === 1 &&
    previousLine.length > 120 &&
    endsClause(previousLine) &&
    !/:["'”’)]*[⁰¹²³⁴⁵⁶⁷⁸⁹\d]*$/.test(previousLine) &&
    !TABLE_CELLS.test(line) &&
    !BULLETED.test(line)
  )
    return true;
  // "… in accordance with their obligations under international law" / "Noting the importance of …": a paragraph a
  // line, its comma lost, then a known opening, which no wrapped line's words start with.
  if (linesSoFar === 1 && previousLine.length > 120 && phraseCues && !runsOn(previousLine)) {
    const opening = openingText(line.slice(0, 80));
    if (/^\p{Lu}/u.test(opening) && matchPreambularOpening(opening)?.known) return true;
  }
  const annexHeading = ANNEX_HEADING.test(line) && (isAnnexLine(line) || LABELLED_ANNEX.test(line));
  // "25 June 2021" / "Annex", pasted with no blank line: the closing's date ends no clause.
  if (annexHeading && DATE_ALONE.test(previousLine)) return true;
  // The closing is its meeting line and perhaps its date: an annex or its title may follow with no blank line.
  if (linesSoFar === 1 && previousLine.length <= 60 && isClosing(previousLine)) return !isShortDate(line);
  if (linesSoFar === 2 && isShortDate(previousLine) && isClosing(beforePrevious ?? '')) return true;
  // "… of this resolution," / "2) implementation of HRDDP, and 3) …": a wrap put the sentence's enumeration first.
  if (openingsCapitalised() && /,["'”’)]*$/.test(previousLine) && enumeration(line)) return false;
  const previousEnds = endsClause(previousLine);
  if (previousEnds || /\b(?:and|or)$/.test(previousLine)) {
    const numbered = PARAGRAPH_NUMBER.exec(line);
    if (numbered && numbered[1].length <= 3) return true;
    if (SUBPARAGRAPH_LINE.test(line)) return true;
    // "Annex" alone after the text's last sentence: the annex starts, whatever follows it.
    if (previousEnds && annexHeading) return true;
  } else if (numberedOpening(line)) {
    // "1. Calls upon …" after a paragraph that lost its final punctuation: a number, then a known opening.
    return true;
  }
  if (previousEnds && ((phraseCues && startsParagraph(line)) || DATE_ALONE.test(line))) return true;
  // After a preambular paragraph's "," or ";", a participle opens the next one ("Honouring the …"), not a
  // title's word ("Strengthening International Cooperation").
  // Where blank lines set the paragraphs apart, only a known one: "… Development, Production," / "Stockpiling and Use
  // of Chemical Weapons …" is a wrapped title's next word.
  const participle = (): ReturnType<typeof matchPreambularOpening> =>
    matchPreambularOpening(openingText(line.slice(0, 80)));
  if (
    phraseCues &&
    /[,;]["'”’)*_]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$/.test(previousLine.slice(-8)) &&
    line.length >= 60 &&
    /^\S+[ \t\u00a0]+\p{Ll}/u.test(line) &&
    (runTogether ? participle() : participle()?.known)
  )
    return true;
  // A heading glued to the paragraph after it, or standing between two paragraphs.
  if (linesSoFar === 1 && startsParagraph(line) && (isHeadingLine(previousLine) || mayBeLongHeading(previousLine)))
    return true;
  // Pasted with no blank lines: a section's label and title, its title again, then "1." ("E Mobility
  // incentive" / "Mobility incentive" / "1. Notes …"). The heading's lines stand after a clause's end.
  const headingAbove =
    isHeadingLine(previousLine) &&
    (beforePrevious === undefined ||
      endsClause(beforePrevious) ||
      isHeadingLine(beforePrevious) ||
      mayBeLongHeading(beforePrevious));
  if (headingAbove && PARAGRAPH_NUMBER.test(line)) return true;
  // Pasted with no blank lines: "Disarmament, demobilization …", the title of a list's next items, then "(d) To …".
  if (runTogether && linesSoFar === 1 && SUBPARAGRAPH_LINE.test(line) && mayBeLongHeading(previousLine)) return true;
  // "I Conditions of service …" / "A. Base/floor salary scale": a subsection's label and title under a section's.
  const labels = linesSoFar === 1 && LABELLED_SECTION.test(previousLine) && LABELLED_SECTION.test(line);
  if (labels && mayBeLongHeading(previousLine) && mayBeLongHeading(line)) return true;
  if (!previousEnds || nextLine === undefined) return false;
  if (isHeadingLine(line)) return startsParagraph(nextLine) || (isHeadingLine(nextLine) && !startsParagraph(line));
  // "Reports:" between two numbered paragraphs: a heading of the operative part.
  if (line.length <= 100 && /^\p{Lu}/u.test(line) && line.endsWith(':') && PARAGRAPH_NUMBER.test(nextLine)) return true;
  // "I Second performance report on the budget …" after the formula, then "Having considered …" or "A. Base/floor
  // salary scale": a section's label and title on one line, before the section's first paragraph or subsection.
  const labelled = LABELLED_SECTION.test(line) && (startsParagraph(nextLine) || LABELLED_SECTION.test(nextLine));
  // "(“Supporting the political process”)", "== II ==": a heading in brackets or rules before a numbered paragraph.
  if (/^[(“"=]/.test(line) && line.length <= 200 && !endsClause(line) && numberedOpening(nextLine)) return true;
  // "Adopts the following declaration:" / "Political declaration of the high-level meeting …" / "Preamble": a title
  // longer than any wrapped line, so the short line after it ("May 2008;") is no wrapped sentence's end.
  const beforeParagraph =
    PARAGRAPH_NUMBER.test(nextLine) ||
    startsParagraph(nextLine) ||
    isSectionLabel(nextLine) ||
    (line.length > 100 && isHeadingLine(nextLine));
  return (labelled || beforeParagraph) && mayBeLongHeading(line);
}

function stripEmphasis(text: string): string {
  return text.replace(/[*_]/g, '');
}

function readNumber(text: string, start: number): ParagraphNumber | undefined {
  const m = PARAGRAPH_NUMBER.exec(text);
  if (!m) return undefined;
  const digitsStart = start + m[0].indexOf(m[1]);
  return {
    value: Number(m[1].replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))),
    suffix: m[2],
    // The en dash is the hyphen's typographic form: one marker for the numbering checks.
    marker: (m[3] === '\u2013' ? '-' : m[3]) as '.' | ')' | '-',
    span: { start, end: start + m[0].length },
    digits: { start: digitsStart, end: digitsStart + m[1].length },
  };
}

/**
 * Reads the opening phrase at `offset`, within `*emphasis*` or not.
 * `*Also welcomes*` and "Also welcomes" give the same phrase.
 */
function readOpening(
  text: string,
  offset: number,
  end: number,
  match: typeof matchPreambularOpening,
): Opening | undefined {
  let start = offset;
  // Over a line break too: "1." may stand alone on its line.
  while (start < end && /\s/.test(text[start])) start++;
  const limit = Math.min(end, start + 200);
  const head = text.slice(start, limit);
  const italic = /^[*_]/.test(head);
  if (italic) {
    const close = head.indexOf(head[0], 1);
    if (close > 1) {
      const inner = head.slice(1, close);
      const m = match(lexiconCase(inner, match));
      if (m) return { phrase: collapse(inner), span: { start, end: start + close + 1 }, italic: true, known: m.known };
    }
  }
  const plain = italic ? head.slice(1) : head;
  const m = match(lexiconCase(plain, match));
  if (!m) return undefined;
  const phraseEnd = start + (italic ? 1 : 0) + m.length;
  return {
    phrase: collapse(stripEmphasis(plain.slice(0, m.length))),
    span: { start, end: phraseEnd },
    italic: false,
    known: m.known,
  };
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Footnote markers: superscript digits; "[1]" where footnote 1 has a text; the Markdown "[^1]";
 * and the digits a PDF copy glues to a word, after its punctuation ("Secretary-General,2",
 * "Goals.12") or, where that footnote has a text, straight after it ("the Convention3").
 */
const MARKER =
  /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[(\^)?(\d{1,3})\]|[1-9](?<=(?:[\p{L}”’")\]]([.,;:]?)|\d([,;]))[1-9])\d{0,2}(?![\p{L}\p{N}/)]|[.,:]\p{N})/gu;
const MONTH_AFTER = new RegExp(`^[ \\t\\u00a0]+(?:${MONTH_PATTERN})\\b`, 'i');
/** "Add.1", "Rev.2", "vol.3", "L.5": a number that belongs to the word before it. */
const NUMBERED_ABBREVIATION =
  /(?:^|[\s(.])(?:\p{L}|Add|Rev|Corr|Amend|Suppl|Mod|Nos?|[Vv]ol|[Pp]aras?|pp?|[Aa]rt|Part|[Cc]hap|Ch|[Ss]ect|Ser|Sess)\.$/u;

/**
 * Digits a PDF copy glues to a year or to a symbol after a comma: "of 12 August 19492", "2014,130/4"
 * (footnote 1, then resolution 30/4). Read only as the footnote the sequence expects next, which has a text.
 * Both forms start with a digit and the pattern with no lookbehind, so the engine skips to digits (70 times
 * faster on 2 MB); that the year starts a number is checked by WORD_BEFORE.
 */
const SEQUENCE_GLUED = /(?:19|20)\d\d(\d{1,3})(?![\p{L}\p{N}/]|[.,:]\p{N})|\d[,;](\d{2,5})\/\d/gu;
const WORD_BEFORE = /[\p{L}\p{N}]$/u;

/** The footnotes referred to so far, across the paragraphs: the one expected next follows the highest. */
interface MarkerSequence {
  highest: number;
}

function footnoteMarkersIn(
  text: string,
  pieces: readonly Span[],
  bracketNumbers: ReadonlySet<number>,
  texts: ReadonlySet<number>,
  sequence: MarkerSequence,
): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    const found: FootnoteMarker[] = [];
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(body); m; m = MARKER.exec(body)) {
      const glued = m[3] !== undefined || m[4] !== undefined;
      const number = m[2] !== undefined ? Number(m[2]) : glued ? Number(m[0]) : superscriptNumber(m[0]);
      if (m[2] !== undefined && m[1] === undefined && !bracketNumbers.has(number)) continue;
      if (glued && !gluedMarker(body, m.index, m[3] ?? m[4], m[4] !== undefined, m[0], texts.has(number))) continue;
      found.push({ number, span: { start: piece.start + m.index, end: piece.start + m.index + m[0].length } });
    }
    const candidates: FootnoteMarker[] = [];
    if (texts.size > 0) {
      SEQUENCE_GLUED.lastIndex = 0;
      for (let m = SEQUENCE_GLUED.exec(body); m; m = SEQUENCE_GLUED.exec(body)) {
        if (m[1] !== undefined && WORD_BEFORE.test(body.slice(Math.max(0, m.index - 2), m.index))) {
          SEQUENCE_GLUED.lastIndex = m.index + 1; // inside a longer number or a word: look on from the next digit
          continue;
        }
        // The year's last digits, or the symbol's number after its digit and comma.
        const at = piece.start + m.index + (m[1] !== undefined ? m[0].length - m[1].length : 2);
        const digits = m[1] ?? m[2];
        candidates.push({ number: Number(digits), span: { start: at, end: at + digits.length } });
      }
    }
    // In the order of the text, a candidate counts where its leading digits are the footnote expected next.
    let c = 0;
    for (const marker of found) {
      for (; c < candidates.length && candidates[c].span.start < marker.span.start; c++)
        takeExpected(text, candidates[c], texts, sequence, markers);
      markers.push(marker);
      sequence.highest = Math.max(sequence.highest, marker.number);
    }
    for (; c < candidates.length; c++) takeExpected(text, candidates[c], texts, sequence, markers);
  }
  return markers;
}

/** Takes a candidate of SEQUENCE_GLUED whose leading digits are the footnote expected next, which has a text. */
function takeExpected(
  text: string,
  candidate: FootnoteMarker,
  texts: ReadonlySet<number>,
  sequence: MarkerSequence,
  markers: FootnoteMarker[],
): void {
  const next = sequence.highest + 1;
  const expected = String(next);
  const digits = text.slice(candidate.span.start, candidate.span.end);
  if (!texts.has(next) || !digits.startsWith(expected)) return;
  // After a year, the digits are all the marker; before a symbol's "/", the rest stays its session number.
  const beforeSlash = text.startsWith('/', candidate.span.end);
  if (beforeSlash ? digits.length === expected.length : digits.length !== expected.length) return;
  markers.push({ number: next, span: { start: candidate.span.start, end: candidate.span.start + expected.length } });
  sequence.highest = next;
}

/** Whether digits glued to the word before them are a footnote marker rather than part of a name or symbol. */
function gluedMarker(
  body: string,
  at: number,
  punctuation: string,
  afterDigit: boolean,
  digits: string,
  hasText: boolean,
): boolean {
  // "(S/PRST/2015/10),17 August 2015": a date after a comma that lost its space.
  if (punctuation !== '' && !hasText && MONTH_AFTER.test(body.slice(at + digits.length, at + digits.length + 12)))
    return false;
  const token = body.slice(Math.max(0, at - 30), at);
  const word = token.slice(token.search(/\S*$/));
  // After a symbol or a year ("resolution 70/1,1", "2015–2030,5"), or a number where that footnote
  // has a text ("Agenda 21,2": English writes no "21,2"); never "30,000" nor a decimal "1,5".
  // Three digits only there, where English writes no thousands ("2004,123", "5/14,118"), and to a note's text.
  if (afterDigit && /\/|\d{4}[,;]$/.test(word)) return digits.length <= 2 || hasText;
  if (afterDigit) return digits.length <= 2 && hasText && /\d{2}[,;]$/.test(word);
  // After a closing bracket or quote: "(Pelindaba)10", "Countries”10", "(2005),22".
  if (/[)”’"\]]$/.test(word.slice(0, word.length - punctuation.length))) return hasText || punctuation !== '';
  if (word.includes('/') || /\d/.test(word)) return false; // "A/RES/ES-10", "H1N1"
  // "第三.47段" (chapter III, paragraph 47): Chinese ends a sentence with "。", and "." after a character is a number's.
  if (punctuation === '.' && /\p{Script=Han}\.$/u.test(word)) return false;
  // "paragraph III.35", "MSC.448(99)" (in Chinese "的MSC.489(103)", no space before the name): a chapter's numeral
  // or a body's capitals, then its number.
  if (punctuation === '.' && /(?:^|[^\p{L}]|\p{Script=Han})\p{Lu}+\.$/u.test(word))
    return hasText && !/(?:^|[^\p{L}])[IVXLC]+\.$/u.test(word) && !/^\(/.test(body.slice(at + digits.length));
  if (punctuation === '') return hasText && /\p{Ll}{2}$/u.test(word); // "the Convention3", not "G20" or "CO2"
  return !(punctuation === '.' && NUMBERED_ABBREVIATION.test(token));
}

/** Capitals with at most one lower-case letter in twenty; stops as soon as the rest of the text cannot make it so. */
function isAllCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) {
      lower++;
      if (lower > (upper + text.length - i) * 0.05) return false;
    } else if (code > 127) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (ch.length === 2) i++;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper >= 3 && lower <= upper * 0.05;
}

/** Full-width (Chinese, Japanese, Korean) characters and punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/**
 * The columns a line takes, a full-width character two: a Chinese line of 40 characters is as long as an
 * English one of 80, and holds as many words as the English holds in 150 or more.
 */
function columns(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/** A paragraph's end, Arabic's "،" and Chinese's "，" too, which no heading has. */
const HEADING_PUNCTUATED = new RegExp(`[.;,${CLAUSE_MARKS}]["'”’)]*$`, 'u');
/** A capital or a digit; in a text run together, a letter of a script without case too (Arabic, Chinese). */
const HEADING_START = /^[\p{Lu}\d]/u;
const UNCASED_HEADING_START = /^[\p{Lu}\p{Lo}\d]/u;
const startsAsHeading = (text: string): boolean => (runTogether ? UNCASED_HEADING_START : HEADING_START).test(text);

/** ALL CAPS → 1; a short line without final punctuation → 2; a line ending in ":" → 3. */
function headingLevel(text: string, lineCount: number): HeadingLevel | undefined {
  // "(a) “Judicial sale” means:" opens a list item, whatever its length and ending.
  if (text.length > 300 || lineCount > 3 || SUBPARAGRAPH_LINE.test(text)) return undefined;
  // "* * *" between the parts of a resolution: a section break, which a preamble of its own may follow.
  if (isSectionLabel(text) || isLabelledSectionTitle(text, lineCount) || SECTION_BREAK.test(text)) return 2;
  // A Markdown heading says its level: "# I", "## Sanctions Committee", "### …".
  const markdown = lineCount === 1 ? /^(#{1,6})[ \t]+\S/.exec(text) : null;
  if (markdown) return Math.min(markdown[1].length, 3) as HeadingLevel;
  if (HEADING_PUNCTUATED.test(text)) return undefined;
  if (isAllCaps(text)) return 1;
  if (lineCount === 1 && text.endsWith(':') && text.length <= 200) return 3;
  // A subheading may wrap onto a second line; running text is longer than this.
  if (lineCount <= 2 && columns(text) <= 40 * (lineCount + 1) && startsAsHeading(text) && !text.endsWith(':')) {
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
  // "Strengthening of security and cooperation …", an agenda item's title, opens no preambular
  // paragraph: no comma ends it.
  if (PARAGRAPH_NUMBER.test(text) || isEnactingFormula(text)) return false;
  if (matchPreambularOpening(openingText(text)) && (/[,;]["'”’)*_]*$/.test(text) || lines > 2)) return false;
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
  /** The draft's language, when a setting forces it; else it is found from the text. */
  readonly language?: LanguageCode;
  /** The parse of the draft's earlier version: the paragraphs an edit left alone keep their details. */
  readonly earlier?: FullParse;
}

/** Parses a draft. Total: any text gives a document, and the parse never throws. */
export function parseDraft(text: string, options: ParseOptions = {}): DraftDocument {
  const language = options.language ?? detectLanguage(text);
  // Each language's openings for the length of the parse (synchronous: no other parse interleaves).
  useForeignOpenings(language === 'en' ? undefined : openingMatcher(language));
  try {
    // Another language reads other openings: nothing of the earlier parse holds.
    const earlier = options.earlier?.language === language ? options.earlier : undefined;
    return parseText(text, { ...options, language, earlier });
  } finally {
    useForeignOpenings(undefined);
  }
}

function parseText(text: string, options: ParseOptions): DraftDocument {
  const lines = new LineIndex(text);
  const blocks = readBlocks(text, lines);
  const drafts: Draft[] = [];
  const blockText = (b: Block): string => text.slice(b.span.start, b.span.end);

  // The title block: leading blocks that read as header lines.
  let index = 0;
  const header: Draft[] = [];
  const masthead = (b: Block): boolean =>
    b.furniture === true || (b.lines.length === 1 && isMastheadLine(blockText(b)));
  const inHeader = (b: Block): boolean => masthead(b) || looksLikeHeaderLine(blockText(b), b.lines.length);
  // "Agenda item 74 (b)", then the item's title, however long it runs and whatever word opens it ("Strengthening …").
  const agendaTitle = (b: Block): boolean => {
    const last = header[header.length - 1];
    const t = blockText(b);
    return (
      last?.kind === 'sessionHeader' &&
      /^Agenda item\b/i.test(text.slice(last.pieces[0].start, last.pieces[0].end)) &&
      t.length <= 1000 &&
      !PARAGRAPH_NUMBER.test(t) &&
      !isEnactingFormula(t) &&
      !/[.;,]$/.test(t)
    );
  };
  while (index < blocks.length && (inHeader(blocks[index]) || agendaTitle(blocks[index]))) {
    const b = blocks[index];
    const t = blockText(b);
    // "78/10. Title", then "A": part A of the resolution, with its own heading, starts.
    if (SECTION_LABEL.test(t) && header.some((h) => h.resolutionNumber !== undefined)) break;
    const resolution = RESOLUTION_TITLE.exec(t);
    const kind: ParagraphKind = resolution
      ? 'title'
      : SESSION_HEADER.test(t)
        ? 'sessionHeader'
        : masthead(b) || /^\[.*\]$/s.test(t)
          ? 'documentSymbolLine'
          : isDateline(t, b.lines.length)
            ? 'dateline'
            : 'subtitle';
    header.push({ kind, pieces: [b.span], resolutionNumber: resolution?.[1] });
    index++;
  }
  if (!header.some((h) => h.kind === 'title')) {
    const first = header.find((h) => h.kind === 'subtitle');
    if (first) first.kind = 'title';
  }
  for (const h of header) drafts.push(h); // a spread of a huge title block overflows the stack
  /**
   * What a running header repeats at the top of each page: the title's words (without its number),
   * a line of the title block ("Adopted by the Security Council at its 8700th meeting, on …").
   */
  // Not the masthead's names nor a bare date, which the text may well hold again; the numbered title however short
  // ("74/104. - مسألة غوام"): no paragraph is its words alone. A line's length is in columns, a Chinese character two
  // ("安全理事会2020年6月3日通过").
  const repeated = new Set(
    header
      .filter(
        (h) =>
          h.kind !== 'documentSymbolLine' &&
          (columns(text.slice(h.pieces[0].start, h.pieces[0].end)) >= 25 || h.kind === 'title'),
      )
      .map((h) => collapse(text.slice(h.pieces[0].start, h.pieces[0].end).replace(RUNNING_TITLE_PREFIX, ''))),
  );
  const longestRepeated = Math.max(0, ...[...repeated].map((r) => r.length));
  repeatsHeader = (b) => {
    if (b.lines.length > 4 || b.span.end - b.span.start > longestRepeated + 20) return false;
    return repeated.has(collapse(blockText(b)));
  };

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
  /** Its items' marker where it is not its own: "1)" … under "3." (S/RES/2609 (2021)), so "4)" is an item too. */
  let itemMarker: ParagraphNumber['marker'] | undefined;
  /** A heading since the last operative paragraph: a section that may have a preamble of its own. */
  let sectionOpened = false;
  /** The last paragraph of running text, which a following block may continue. */
  let lastBody: Draft | undefined;
  /** Page furniture or footnotes since the last block of text: the page turned. */
  let pageTurned = false;

  for (; index < blocks.length; index++) {
    const b = blocks[index];
    const t = blockText(b);
    const firstLine = text.slice(b.lines[0].start, b.lines[0].end);

    // Page furniture is no part of the text: a paragraph may run on after it.
    if (b.furniture || repeatsHeader(b)) {
      pageTurned = true;
      continue;
    }
    if (b.footnote !== undefined) {
      drafts.push({ kind: 'footnote', pieces: [b.span], footnoteNumber: b.footnote });
      pageTurned = true;
      continue; // a footnote may sit inside a paragraph that runs on after it
    }
    if (lastBody && isRunningTitle(text, lastBody, b, blocks[index + 1])) {
      pageTurned = true;
      continue;
    }
    const turned = pageTurned;
    pageTurned = false;

    const written = readNumber(firstLine, b.lines[0].start);
    // "1. for the north;" after "i. a list:": a numbered item inside the paragraph's list.
    const wordsAfterNumber = written ? firstLine.slice(written.span.end - b.lines[0].start).trimStart() : '';
    if (
      lastBody &&
      written &&
      listGoesOn(text, lastBody) &&
      LOWER_CASE_WORDS.test(wordsAfterNumber) &&
      openingsCapitalised()
    ) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "… pursuant to paragraph 2 of this resolution," / a page break / "2) implementation of HRDDP, and 3) …": an
    // enumeration of the sentence, its number out of the paragraphs' sequence.
    if (
      lastBody &&
      written &&
      turned &&
      written.value !== lastOperativeNumber + 1 &&
      /,["'”’)]*$/.test(lastWords(text, lastBody)) &&
      LOWER_CASE_WORDS.test(wordsAfterNumber)
    ) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // The introduced list is numbered: once "(a) …" lines follow instead, the paragraph is an ordinary one.
    const listIntroduced = introducing?.pieces.slice(1).every((piece) => /\d/.test(text[piece.start]));
    if (
      written &&
      introducing &&
      listIntroduced &&
      !written.suffix &&
      (written.value !== lastOperativeNumber + 1 || written.marker === itemMarker)
    ) {
      if (written.marker !== introducing.number?.marker) itemMarker = written.marker;
      if (lastBody === introducing) introducing.pieces.push(b.span);
      else drafts.push({ kind: 'narrative', pieces: [b.span], number: written });
      continue;
    }
    const inResolution = seenEnacting && !ended && !inAnnex;
    const number =
      written ?? (inResolution ? bareNumber(firstLine, b.lines[0].start, lastOperativeNumber + 1) : undefined);
    // The opening phrase is within the first words; the rest of a long paragraph need not be scanned.
    const wordsFrom = number ? number.span.end - b.span.start : 0;
    const plain = openingText(t.slice(wordsFrom, wordsFrom + 300).trimStart());
    // A block opened by a known opening is a paragraph of its own, even after a clause left open ("; and").
    // Where openings are in lower case (Russian, Arabic), the opening's grammar stands for the capital: a participle.
    // The participle only after a clause's end, though: "… участие женщин насущно" / "необходимы для построения …"
    // (a page break) is one sentence.
    const opensParagraph = (): boolean => {
      const preambular = matchPreambularOpening(plain);
      if (openingsCapitalised())
        return /^\p{Lu}/u.test(plain) && Boolean(preambular?.known || matchOperativeOpening(plain)?.known);
      if (preambular?.known || matchOperativeOpening(plain)?.known) return true;
      if (!lastBody) return preambular !== undefined;
      // Over a page break, an unknown participle opens a paragraph only where the last line had room for it: the
      // page's first words ("включая …", "состоявшейся …") did not fit on a full line, and went on the next page.
      const room = !turned || roomOnLastLine(text, lastBody, t) !== false;
      return preambular !== undefined && endsClause(lastWords(text, lastBody)) && room;
    };
    // "13." alone at a page's foot, a text without spaces wrapped after it: its words open the next page.
    const loneNumber = lastBody?.pieces.length === 1 && isLoneNumber(lastWords(text, lastBody));
    if (lastBody && !number && turned && (loneNumber || runsOnOverPageWithoutCase(text, lastBody, b))) {
      lastBody.pieces.push(b.span);
      continue;
    }
    if (
      lastBody &&
      !number &&
      (continues(text, lastBody, t) || (turned && runsOnOverPage(text, lastBody, b))) &&
      !opensParagraph()
    ) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "(f) Humanitarian assistance", an item's title, then its unmarked text: the paragraph goes on.
    if (lastBody && !number && !opensParagraph() && endsOnItemTitle(text, lastBody)) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "3.1.1 …" after "3.1 …": an item of the decimal paragraph.
    const decimal = DECIMAL_NUMBER.exec(firstLine);
    const lastStart = lastBody?.pieces[0].start ?? 0;
    const lastDecimal = decimal && lastBody && DECIMAL_NUMBER.exec(text.slice(lastStart, lastStart + 20));
    if (lastBody && decimal && lastDecimal && decimal[1].startsWith(`${lastDecimal[1]}.`)) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "and underlining …" after a preambular paragraph's list (a), (b): the paragraph goes on; where openings are in
    // lower case, not at one ("f) …," then "и подчеркивая …," or "определяя, что …", S/RES/2568 (2021)).
    if (
      lastBody &&
      !number &&
      LOWER_CASE_WORDS.test(t) &&
      listGoesOn(text, lastBody) &&
      (openingsCapitalised() || !opensParagraph())
    ) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "(1) Patrols: …" after "the measures listed below:" and a page break: the list goes on; so does an indent
    // "– To protect …" among an operative paragraph's items ("(a) Protection of civilians", S/RES/2000 (2011)).
    if (
      lastBody &&
      !number &&
      (SUBPARAGRAPH_LINE.test(firstLine) ||
        (turned && colonItem(text, lastBody, firstLine)) ||
        (lastBody.kind === 'operative' && BULLETED.test(firstLine) && indentsGoOn(text, lastBody)))
    ) {
      lastBody.pieces.push(b.span);
      continue;
    }
    // "Asset Freeze" between "1. Decides that all States shall:" (or "(a) …;") and "(b) …": the title of the next
    // items of the paragraph's list, inside the paragraph, not a heading of the text (S/RES/1528 (2004), 2161 (2014));
    // hard-wrapped, a title of up to 120 characters takes two lines.
    if (
      lastBody?.kind === 'operative' &&
      !number &&
      b.lines.length <= 2 &&
      t.length <= 120 &&
      !endsClause(t) &&
      listGoesOn(text, lastBody) &&
      SUBPARAGRAPH_LINE.test(nextLine(text, blocks, index)?.line ?? '')
    ) {
      lastBody.pieces.push(b.span);
      continue;
    }

    // "(b) The panels will address the following themes:" then "Panel 1: …;" and "Panel 2: …": lines of the item,
    // each labelled, not paragraphs of their own (A/RES/77/274, 75/326 "Thursday, 2 June: from 9.30 a.m. …").
    if (lastBody?.kind === 'operative' && !number && LABELLED_LINE.test(firstLine) && !opensParagraph()) {
      const lastPiece = lastBody.pieces[lastBody.pieces.length - 1];
      const piece = text.slice(lastPiece.start, lastPiece.end);
      if (endsWithColon(lastWords(text, lastBody)) || (lastBody.pieces.length > 1 && LABELLED_LINE.test(piece))) {
        lastBody.pieces.push(b.span);
        continue;
      }
    }

    let draft: Draft;
    const previous = drafts[drafts.length - 1];
    const preambularOpening = matchPreambularOpening(plain);
    // A participle alone ("Housing programme"), with no punctuation, is a heading, not a preambular paragraph.
    const headingNotPreamble =
      preambularOpening !== undefined &&
      !preambularOpening.known &&
      !endsClause(t) &&
      headingLevel(t, b.lines.length) !== undefined;
    // After the operative part, a heading followed by "Recalling …," opens a section with a preamble of its own.
    // Its title may run past a heading's length: "III" then "Request for a subvention to the …".
    // Cut by a page break, its first block ends mid-sentence: a known opening then says what it is.
    // Where the language has a mark of its own ("，"), the paragraph's end says it: "注意到…；" is operative.
    const sectionPreamble =
      seenOperative &&
      sectionOpened &&
      (ownPreambularMark()
        ? endsWithOwnPreambularMark(t)
        : endsOpen(t) || (preambularOpening?.known === true && !endsClause(t)));
    if (inAnnex || ended) {
      // The resolution is over: an annex, or the next part, which opens with its enacting formula.
      const formula = !inAnnex && !number && isEnactingFormula(t) && t.length <= 800;
      if (formula) {
        ended = false;
        seenPreamble = false;
        seenOperative = false;
        lastOperativeNumber = 0;
      }
      const level = formula || number ? undefined : headingLevel(t, b.lines.length);
      if (level && ANNEX_HEADING.test(t)) inAnnex = true;
      draft = formula
        ? { kind: 'enactingFormula', pieces: [b.span] }
        : isClosing(t) && t.length <= 200
          ? { kind: 'closing', pieces: [b.span] }
          : level
            ? { kind: 'heading', pieces: [b.span], headingLevel: level }
            : { kind: 'narrative', pieces: [b.span], number };
    } else if (number) {
      const preambularNumbered = !seenOperative && !matchOperativeOpening(plain) && preambularOpening !== undefined;
      draft = { kind: preambularNumbered ? 'preambular' : 'operative', pieces: [b.span], number };
    } else if (
      !seenPreamble &&
      isEnactingFormula(t) &&
      (seenEnacting ? seenOperative && previous?.kind === 'heading' : t.length <= (seenOperative ? 120 : 800))
    ) {
      // After an operative paragraph only a short formula counts: a misplaced "The General Assembly,".
      // Once there is a formula, another one after a heading opens a part of its own ("B").
      draft = { kind: 'enactingFormula', pieces: [b.span] };
      if (seenEnacting) {
        seenOperative = false;
        lastOperativeNumber = 0;
      }
      seenEnacting = true;
    } else if ((isClosing(t) && t.length <= 200) || (seenOperative && (DATE_ALONE.test(t) || isForeignDateAlone(t)))) {
      draft = { kind: 'closing', pieces: [b.span] };
      ended = seenOperative;
    } else if (
      seenOperative &&
      ANNEX_HEADING.test(t) &&
      (headingLevel(t, b.lines.length) !== undefined || (b.lines.length <= 2 && LABELLED_ANNEX.test(t)))
    ) {
      draft = { kind: 'heading', pieces: [b.span], headingLevel: headingLevel(t, b.lines.length) ?? 2 };
      inAnnex = true;
    } else if (
      (!seenOperative || sectionPreamble) &&
      preambularOpening &&
      !headingNotPreamble &&
      (seenEnacting || /[,;]$/.test(t))
    ) {
      draft = { kind: 'preambular', pieces: [b.span] };
    } else if (seenPreamble && !seenOperative && endsWithOwnPreambularMark(t)) {
      // "呼应秘书长，…，" among preambular paragraphs: an opening the lexicon lacks, but the end of no other paragraph.
      draft = { kind: 'preambular', pieces: [b.span] };
    } else if (
      seenEnacting &&
      !seenOperative &&
      endsWithTail(t, COMMA_END) &&
      matchOperativeOpening(plain)?.known &&
      !nextOpensUnnumberedOperative(text, blocks, index)
    ) {
      // "Recalls that UNDOF’s deployment …," in a Council preamble: a verb of the operative part, but the comma
      // of a preambular paragraph, and no operative paragraph yet.
      draft = { kind: 'preambular', pieces: [b.span] };
    } else if (
      (seenPreamble || seenOperative || previous?.kind === 'enactingFormula') &&
      seenEnacting &&
      matchOperativeOpening(plain) &&
      (endsWithTail(t, OPERATIVE_END) ||
        (endsWithTail(t, COMMA_END) && nextOpensUnnumberedOperative(text, blocks, index)) ||
        // Cut at a page's foot, a known verb says what it is; not in a section, whose preamble may open "Recalls …,".
        (matchOperativeOpening(plain)?.known === true && !sectionOpened && cutByPageBreak(text, blocks, index))) &&
      (!/^\p{L}+:/u.test(plain) || matchOperativeOpening(plain)?.known)
    ) {
      // "Abbreviations: GS (OL), …" under a table is not an operative paragraph; "Decides:" over its items is.
      draft = { kind: 'operative', pieces: [b.span] };
    } else if (
      seenOperative &&
      endsWithColon(t) &&
      INFINITIVE_OPENING.test(plain) &&
      FIRST_ITEM_LINE.test(nextLine(text, blocks, index)?.line ?? '') &&
      !(lastBody && awaitsItsList(text, lastBody))
    ) {
      // "To carry out, within its capabilities, the following tasks …:" over "(i) …" in the operative part: an
      // unnumbered paragraph that introduces its items, not a heading; "The Commission shall establish:" in a
      // quoted article, or a title ("Rule of law:"), may be either, and stays as it was read.
      draft = { kind: 'operative', pieces: [b.span] };
    } else {
      // "III" then "Request for a subvention to the …": the section's title, however long, is its heading.
      const previousText = previous ? text.slice(previous.pieces[0].start, previous.pieces[0].end) : '';
      const titleOfSection =
        previous?.kind === 'heading' && isSectionLabel(previousText) && t.length <= 300 && !endsClause(t);
      // "III Conditions of service …: members of the International Court of Justice …" on one line, then
      // "Recalling …": a section's numeral and its title, however long, after the part before it.
      const labelledTitle =
        seenEnacting &&
        (seenOperative || previous?.kind === 'enactingFormula') &&
        ROMAN_LABELLED_SECTION.test(t) &&
        t.length <= 400 &&
        !endsClause(t) &&
        nextStartsParagraph(text, blocks, index);
      const level =
        titleOfSection ||
        labelledTitle ||
        (b.lines.length <= 3 && seenEnacting && mayBeLongHeading(t) && nextStartsParagraph(text, blocks, index))
          ? 2
          : headingLevel(t, b.lines.length);
      if (
        level === 1 &&
        previous?.kind === 'heading' &&
        previous.headingLevel === 1 &&
        runsOn(text.slice(previous.pieces[0].start, previous.pieces[previous.pieces.length - 1].end))
      ) {
        previous.pieces.push(b.span); // a capitalised heading wrapped over a blank line
        continue;
      }
      draft = level
        ? { kind: 'heading', pieces: [b.span], headingLevel: level }
        : { kind: 'narrative', pieces: [b.span] };
    }
    if (draft.kind === 'preambular') seenPreamble = true;
    if (draft.kind === 'heading' && seenOperative) sectionOpened = true;
    if (draft.kind === 'operative') sectionOpened = false;
    if (draft.kind === 'operative') {
      seenOperative = true;
      if (draft.number && !draft.number.suffix) lastOperativeNumber = draft.number.value;
      introducing = draft.number && endsWithColon(t) ? draft : undefined;
      itemMarker = undefined;
    }
    drafts.push(draft);
    lastBody =
      draft.kind === 'preambular' || draft.kind === 'operative' || draft.kind === 'narrative' ? draft : undefined;
  }

  repeatsHeader = () => false;
  return freezeDocument(text, lines, drafts, header.length, options);
}

/** The next block of text (past page furniture and footnotes) starts a paragraph or a section: its number or title. */
function nextStartsParagraph(text: string, blocks: readonly Block[], index: number): boolean {
  const next = nextLine(text, blocks, index);
  return next !== undefined && (startsParagraph(next.line) || isSectionLabel(next.line) || isHeadingLine(next.line));
}

/** The block ends mid-sentence at a page's foot: footnotes or furniture follow, the sentence goes on after them. */
function cutByPageBreak(text: string, blocks: readonly Block[], index: number): boolean {
  const next = blocks[index + 1];
  const block = blocks[index];
  if (!next || endsClause(text.slice(block.span.start, block.span.end))) return false;
  return next.furniture === true || next.footnote !== undefined || repeatsHeader(next);
}

/** The first line of the next block of text, past page furniture and footnotes, and where it starts. */
function nextLine(text: string, blocks: readonly Block[], index: number): { line: string; start: number } | undefined {
  let next = index + 1;
  const furniture = (b: Block): boolean => b.furniture === true || b.footnote !== undefined || repeatsHeader(b);
  while (next < blocks.length && furniture(blocks[next])) next++;
  if (next >= blocks.length) return undefined;
  const { start, end } = blocks[next].lines[0];
  return { line: text.slice(start, end), start };
}

/**
 * The next block of text opens an operative paragraph with no number: "Decides to extend …," then "Decides to
 * remain seized of the matter." (S/RES/1585 (2005)), the comma a slip in an operative part of unnumbered paragraphs.
 */
function nextOpensUnnumberedOperative(text: string, blocks: readonly Block[], index: number): boolean {
  const next = nextLine(text, blocks, index);
  if (!next || readNumber(next.line, next.start)) return false;
  const plain = openingText(next.line.slice(0, 300).trimStart());
  return /^\p{Lu}/u.test(plain) && matchOperativeOpening(plain)?.known === true;
}

/** A number with no period where the sequence expects it, before a capital: "2 Condemns". */
function bareNumber(line: string, start: number, expected: number): ParagraphNumber | undefined {
  const m = BARE_NUMBER.exec(line);
  if (!m || Number(m[1]) !== expected) return undefined;
  const words = stripEmphasis(line.slice(m[0].length));
  const opening = matchOperativeOpening(words);
  if (!opening || (openingsCapitalised() ? !/^\p{Lu}/u.test(words) : !opening.known)) return undefined;
  const digits = { start, end: start + m[1].length };
  return { value: expected, marker: '', span: digits, digits };
}

/** "(1) …" after a paragraph that ends with a colon: an item of the list it opens. */
function colonItem(text: string, last: Draft, line: string): boolean {
  return /^\(\d{1,2}\)[ \t\u00a0]/.test(line) && endsWithColon(lastWords(text, last));
}

/** The paragraph's last piece is an item's title alone: "(f) Humanitarian assistance", with no punctuation. */
function endsOnItemTitle(text: string, last: Draft): boolean {
  const lastPiece = last.pieces[last.pieces.length - 1];
  const piece = text.slice(lastPiece.start, lastPiece.end);
  // Its length without Markdown's emphasis: "(k) *Redeployment of State administration …*".
  const title = stripEmphasis(piece);
  // "(i) Disarmament, demobilization, storage of weapons and reintegration of former combatants …" runs long.
  return last.pieces.length > 1 && title.length <= 200 && SUBPARAGRAPH_LINE.test(piece) && !endsClause(title);
}

/**
 * Ends with one of `marks`, past quotes, emphasis and a footnote marker ("Goals,¹", print's "report,2"): the two
 * patterns of a paragraph's end, built once.
 */
function tailPattern(marks: string): readonly [RegExp, RegExp] {
  return [
    new RegExp(`[${marks}]["'”’)*_]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\\[\\^?\\d{1,3}\\])?$`),
    // "2019,2": a year, its punctuation and the footnote's digits, as endsClause reads them.
    new RegExp(`(?:\\p{L}|(?<!\\d)(?:19|20)\\d\\d)[${marks}]["'”’)]*\\d{1,3}$`, 'u'),
  ];
}
const OPEN_END = tailPattern(',;');
const COMMA_END = tailPattern(',');
/** An operative paragraph's end: ".", ";" or ":", never a preambular paragraph's ",". */
const OPERATIVE_END = tailPattern('.;:');

function endsWithTail(text: string, [marked, glued]: readonly [RegExp, RegExp]): boolean {
  const tail = text.slice(-12);
  return marked.test(tail) || glued.test(tail);
}

const OWN_PREAMBULAR_ENDS = new Map<string, readonly [RegExp, RegExp]>();

/** Ends with the language's own mark of a preambular paragraph's end ("،", "，"), where it has one. */
function endsWithOwnPreambularMark(text: string): boolean {
  const mark = ownPreambularMark();
  if (!mark) return false;
  let pattern = OWN_PREAMBULAR_ENDS.get(mark);
  if (!pattern) OWN_PREAMBULAR_ENDS.set(mark, (pattern = tailPattern(mark)));
  return endsWithTail(text, pattern);
}

/** Ends with "," or ";": a clause left open. */
function endsOpen(text: string): boolean {
  return endsWithTail(text, OPEN_END);
}

/** Ends with ":", past closing emphasis; read from the end, since a pattern would try every colon of the block. */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === '*' || text[i] === '_')) i--;
  return text[i] === ':';
}

/**
 * Whether the text may hold footnote markers: superscript digits, "[^1]", or a digit glued after a word's
 * punctuation ("Goals.12"). The last is looked for where punctuation meets a digit, which prose seldom has:
 * one pattern starting on any letter would try every position of the text.
 */
function mayHaveFootnoteMarkers(text: string): boolean {
  // indexOf scans many times faster than a pattern: a pass per character is still cheaper than one regex pass.
  if (text.includes('[^') || [...SUPERSCRIPT_DIGITS].some((digit) => text.includes(digit))) return true;
  for (const punctuation of '.,;:') {
    for (let at = text.indexOf(punctuation); at >= 0; at = text.indexOf(punctuation, at + 1)) {
      const next = text.charCodeAt(at + 1);
      // Two code units before: a letter outside the basic plane is a surrogate pair.
      if (next >= 48 && next <= 57 && /[\p{L}”’")\]]$/u.test(text.slice(Math.max(0, at - 2), at))) return true;
    }
  }
  return false;
}

/** The paragraph's last piece ends a list item or an open clause: "(b) the second plan;", "i. a list:". */
function listGoesOn(text: string, last: Draft): boolean {
  const lastPiece = last.pieces[last.pieces.length - 1];
  const ending = text.slice(Math.max(lastPiece.start, lastPiece.end - 20), lastPiece.end);
  if (!ENDS_LIST_ITEM.test(ending)) return false;
  // A piece that only carried the sentence over a page break is no item: "… рекомендации," then "определяя, …" is the
  // next paragraph, not the rest of a list.
  const item = (piece: Span): boolean => SUBPARAGRAPH_LINE.test(text.slice(piece.start, piece.end));
  return last.pieces.some(item) || /:[*_]*$/.test(ending);
}

/** The paragraph's list goes on, or its last piece is an indent, whatever its end: "– to the two parties" / "– …". */
function indentsGoOn(text: string, last: Draft): boolean {
  const lastPiece = last.pieces[last.pieces.length - 1];
  return (
    listGoesOn(text, last) || (last.pieces.length > 1 && BULLETED.test(text.slice(lastPiece.start, lastPiece.end)))
  );
}

/**
 * A block continues the last paragraph when that paragraph did not end a sentence and the
 * block starts mid-sentence: in lower case, with a bracket, or after a word no sentence ends on.
 */
function continues(text: string, last: Draft, blockText: string): boolean {
  const lastText = lastWords(text, last);
  // After a comma, a semicolon or a colon, a block in lower case is the rest of the sentence.
  if (endsClause(lastText)) return !/[.!?]["'”’)*_]*$/.test(lastText) && /^\p{Ll}/u.test(blockText);
  return /^[\p{Ll}(]/u.test(blockText) || runsOn(lastText);
}

/**
 * After a page's footnotes or furniture, a paragraph left without its final punctuation runs on
 * into the next page's first block, in capitals or not ("… the United Nations" / "High
 * Commissioner for Refugees;"), unless that block starts a paragraph of its own; after a comma,
 * only running text that opens no paragraph ("… Action to Prevent," / "Combat and Eradicate …").
 */
function runsOnOverPage(text: string, last: Draft, block: Block): boolean {
  const firstLine = text.slice(block.lines[0].start, block.lines[0].end);
  if (startsParagraph(firstLine) || SUBPARAGRAPH_LINE.test(firstLine) || isTitleBlockItem(firstLine)) return false;
  const lastText = lastWords(text, last);
  if (!endsClause(lastText)) return true;
  const words = openingText(firstLine.slice(0, 80));
  // A capitalised participle the lexicon does not know is a name's word: "… the Development, Production," /
  // "Stockpiling and Use of Chemical Weapons …", "… Conference on Palestine:" / "Reconstructing Gaza, held …".
  // So is a word of a verb's form ("States") that did not fit on the last line: "… and coastal States," /
  // "States of the nationality of victims, …".
  const operative = matchOperativeOpening(words);
  return (
    /[,:]["'”’)]*$/.test(lastText) &&
    headingLevel(text.slice(block.span.start, block.span.end), block.lines.length) === undefined &&
    !matchPreambularOpening(words)?.known &&
    !(operative && (operative.known || roomOnLastLine(text, last, firstLine) !== false))
  );
}

/**
 * Arabic and Chinese have no capitals to tell a sentence's rest from a paragraph's opening, and Russian's openings
 * are in lower case: their verbs open paragraphs and go on sentences alike ("يتطلع", "подтверждает"). After a page
 * break, a paragraph whose last words end with none of the language's marks ("… وإذ", "… вновь") runs on into the
 * next page's first block, and so does a numbered operative paragraph left at a preambular paragraph's end ("… в
 * Гвинее-Бисау," / "призывает …"), unless that block is numbered.
 */
function runsOnOverPageWithoutCase(text: string, last: Draft, block: Block): boolean {
  if (openingsCapitalised()) return false;
  const firstLine = text.slice(block.lines[0].start, block.lines[0].end);
  const numbered = PARAGRAPH_NUMBER.test(firstLine) || SUBPARAGRAPH_LINE.test(firstLine);
  if (numbered || isTitleBlockItem(firstLine)) return false;
  const lastText = lastWords(text, last);
  const preambularEnd = ownPreambularMark() ? endsWithOwnPreambularMark(lastText) : endsWithTail(lastText, COMMA_END);
  const openOperative = last.kind === 'operative' && last.number !== undefined && preambularEnd;
  // "… Объединенных Наций15," on a full line / "Конвенции о привилегиях …": the sentence goes on, unless a known
  // opening starts the page.
  const words = openingText(firstLine.slice(0, 80));
  const known = matchPreambularOpening(words)?.known || matchOperativeOpening(words)?.known;
  const fullLine = preambularEnd && !known && roomOnLastLine(text, last, firstLine) === false;
  // "表示赞赏地注意到秘书长的报告，5": the mark ends the clause, the note's digits glued after it.
  return openOperative || fullLine || !CLAUSE_END.test(lastText.slice(-24).replace(GLUED_NOTE, ''));
}

/** A footnote's digits a print copy glues after a clause's mark: "报告，5", "report,2". */
const GLUED_NOTE = new RegExp(`(?<=[.;:!?,${CLAUSE_MARKS}]["'”’)]*)\\d{1,3}$`, 'u');

/**
 * Whether the paragraph's last line had room for the first word of `next`: the line ends the paragraph, as a line
 * of running text ends only where the next word does not fit. The width is the text's wrap, or the paragraph's
 * longest line; undefined where the text was not wrapped, or not at that line (a Chinese paragraph on one line).
 */
function roomOnLastLine(text: string, paragraph: Draft, next: string): boolean | undefined {
  const lines = paragraph.pieces.flatMap((p) => text.slice(p.start, p.end).split('\n')).map((l) => columns(l.trim()));
  const width = Math.max(wrapWidth() ?? 0, ...lines.slice(0, -1));
  const last = lines[lines.length - 1];
  if (width === 0 || last > width) return undefined;
  const word = /^\S+/.exec(next)?.[0] ?? '';
  return last + 1 + columns(word) <= width;
}

/** The paragraph ends with ":" and no item follows it yet: "3. Decides that UNMIL shall have the following mandate:" */
function awaitsItsList(text: string, paragraph: Draft): boolean {
  const lastPiece = paragraph.pieces[paragraph.pieces.length - 1];
  return endsWithColon(lastWords(text, paragraph).trimEnd()) && !SUBPARAGRAPH_LINE.test(text.slice(lastPiece.start));
}

function lastWords(text: string, paragraph: Draft): string {
  const lastPiece = paragraph.pieces[paragraph.pieces.length - 1];
  return text.slice(Math.max(lastPiece.start, lastPiece.end - 200), lastPiece.end);
}

/**
 * A short unpunctuated line between the halves of a sentence cut by a page break, itself
 * followed by the sentence's rest, is the running header of the next page (the title).
 */
function isRunningTitle(text: string, last: Draft, block: Block, next: Block | undefined): boolean {
  if (block.lines.length > 1 || !next || next.furniture || next.footnote !== undefined) return false;
  const lastText = lastWords(text, last);
  if (!runsOn(lastText) || endsClause(lastText)) return false;
  const line = text.slice(block.span.start, block.span.end);
  const nextLine = text.slice(next.lines[0].start, next.lines[0].end);
  return (
    isHeadingLine(line) && /^\p{Lu}/u.test(nextLine) && !startsParagraph(nextLine) && !SUBPARAGRAPH_LINE.test(nextLine)
  );
}

function freezeDocument(
  text: string,
  lines: LineIndex,
  drafts: readonly Draft[],
  headerCount: number,
  { details = true, earlier, language }: ParseOptions,
): DraftDocument {
  // Where the text differs from the earlier version's: what lies outside is as that parse read it.
  const edit = details && earlier ? editedSpan(earlier.text, text) : undefined;
  const keptDetails = earlierDetails(edit && earlier, edit, text.length);
  const footnotes = drafts.filter((d) => d.kind === 'footnote');
  const texts = new Set(footnotes.map((d) => d.footnoteNumber!));
  const labelled = footnotes.filter((d) => /^[*_]{0,2}\[\d/.test(text.slice(d.pieces[0].start, d.pieces[0].start + 4)));
  const bracketNumbers = new Set(labelled.map((d) => d.footnoteNumber!));
  // Most drafts have no footnotes: one scan of the text spares one per paragraph.
  const mayHaveMarkers = details && (texts.size > 0 || mayHaveMarkersSince(earlier, edit, text));
  // Part B of a resolution may go on from part A's footnotes: the sequence starts at its lowest text.
  let lowest = texts.size > 0 ? Infinity : 1;
  for (const n of texts) lowest = Math.min(lowest, n);
  const sequence: MarkerSequence = { highest: lowest - 1 };
  const markers = drafts.map((d) =>
    d.kind === 'footnote' || d.kind === 'title' || !mayHaveMarkers
      ? []
      : footnoteMarkersIn(text, d.pieces, bracketNumbers, texts, sequence),
  );
  if (mayHaveMarkers && texts.size > 0)
    fillMarkerGaps(
      text,
      drafts.map((d) => (d.kind === 'footnote' || d.kind === 'title' ? [] : d.pieces)),
      markers,
      texts,
    );
  const paragraphs: Paragraph[] = drafts.map((d, i) => {
    const span = { start: d.pieces[0].start, end: d.pieces[d.pieces.length - 1].end };
    const openingFrom = d.number ? d.number.span.end : span.start;
    const firstPieceEnd = d.pieces[0].end;
    const kept = keptDetails(d.kind, d.pieces, d.number);
    const opening = kept
      ? kept.opening
      : !details
        ? undefined
        : d.kind === 'preambular'
          ? readOpening(text, openingFrom, firstPieceEnd, matchPreambularOpening)
          : d.kind === 'operative'
            ? readOpening(text, openingFrom, firstPieceEnd, matchOperativeOpening)
            : undefined;
    const body = details && (d.kind === 'preambular' || d.kind === 'operative' || d.kind === 'narrative');
    const subparagraphs =
      kept?.subparagraphs ?? (body ? parseSubparagraphs(text, d.pieces, span.end, d.number !== undefined) : []);
    return Object.freeze({
      kind: d.kind,
      span,
      pieces: Object.freeze([...d.pieces]),
      headingLevel: d.headingLevel,
      number: d.number,
      opening,
      subparagraphs,
      footnoteMarkers: markers[i],
      footnoteNumber: d.footnoteNumber,
      resolutionNumber: d.resolutionNumber,
    });
  });
  const header = paragraphs.slice(0, headerCount);
  const structure: readonly StructureNode[] = buildStructure(paragraphs.slice(headerCount));
  const doc: DraftDocument = Object.freeze({
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
    language,
  });
  if (details && texts.size === 0) markersPossible.set(doc, mayHaveMarkers);
  return doc;
}

/** Whether a parse's text may hold footnote markers, where it has no footnote's text (the next version's hint). */
const markersPossible = new WeakMap<DraftDocument, boolean>();

/**
 * `mayHaveFootnoteMarkers` of the text; where the earlier version's text had none, only around the edit, which
 * alone can hold a new one: each form is at most four characters long (two letters, a punctuation and a digit).
 */
function mayHaveMarkersSince(earlier: DraftDocument | undefined, edit: Span | undefined, text: string): boolean {
  if (!earlier || !edit || markersPossible.get(earlier) !== false) return mayHaveFootnoteMarkers(text);
  return mayHaveFootnoteMarkers(text.slice(Math.max(0, edit.start - 4), edit.end + 3));
}
