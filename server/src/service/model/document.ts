import type { Span } from '../types';
import type { LanguageCode } from '../languages/types';
import type { LineIndex } from './lineIndex';

/** What a paragraph-level block of a draft is. */
export type ParagraphKind =
  | 'title' // the document's title; for a resolution, "63/114. Cooperation between …"
  | 'subtitle' // further lines of the title block ("Resolution adopted by the General Assembly")
  | 'sessionHeader' // "Sixty-third session Agenda item 114"
  | 'documentSymbolLine' // "[without reference to a Main Committee (A/63/L.44 and Add.1)]"
  | 'dateline' // "(3 JANUARY 2009)", "Geneva, 8-10 July 2008"
  | 'enactingFormula' // "The General Assembly,"
  | 'heading'
  | 'preambular'
  | 'operative'
  | 'narrative' // running text of a report
  | 'footnote' // a footnote's text: "¹ See A/60/633-S/2005/826, annex III."
  | 'closing'; // "64th plenary meeting 5 December 2008"

/** 1 = ALL CAPS heading, 2 = short title-case heading, 3 = a line ending in ":" that heads a block. */
export type HeadingLevel = 1 | 2 | 3;

export interface ParagraphNumber {
  readonly value: number;
  /** "bis", "ter", "quater" … for alternative versions of a paragraph in negotiation. */
  readonly suffix?: string;
  /** "." in "1." or ")" in "1)"; empty when the number lost its period ("2 Condemns"). */
  readonly marker: '.' | ')' | '-' | '';
  /** The whole number token, "5 bis." included. */
  readonly span: Span;
  /** Its digits as written: "009" in "009.", which renumbering replaces whole. */
  readonly digits: Span;
}

export interface Opening {
  /** The phrase as written, without emphasis markers and with spaces collapsed. */
  readonly phrase: string;
  readonly span: Span;
  /** Written in `*emphasis*`. */
  readonly italic: boolean;
  /** Found in the lexicon (rather than only looking like a participle or a verb). */
  readonly known: boolean;
}

/** First degree (a), second (i), third a., fourth i. (UN Editorial Manual); 5 = 1., 2. inside those. */
export type SubparagraphDegree = 1 | 2 | 3 | 4 | 5;

export interface Subparagraph {
  /** The letter or numeral: "a", "ii", "2". */
  readonly label: string;
  /** Position in its sequence: (a) = 1, (c) = 3, (iv) = 4. */
  readonly ordinal: number;
  readonly degree: SubparagraphDegree;
  /** How the marker is written: "(a)", "a)", "a." or, Arabic's second degree, "‘1’". */
  readonly style: '()' | ')' | '.' | '‘’';
  readonly markerSpan: Span;
  /** From the marker to the end of the sub-paragraph's text. */
  readonly span: Span;
  /** Written inside a running line rather than starting a line of its own. */
  readonly inline: boolean;
  readonly children: readonly Subparagraph[];
}

export interface FootnoteMarker {
  readonly number: number;
  readonly span: Span;
}

export interface Paragraph {
  readonly kind: ParagraphKind;
  /** From the first to the last visible character, across every piece. */
  readonly span: Span;
  /** The blocks the paragraph is made of: more than one when it runs on over a page break or a footnote. */
  readonly pieces: readonly Span[];
  readonly headingLevel?: HeadingLevel;
  readonly number?: ParagraphNumber;
  readonly opening?: Opening;
  readonly subparagraphs: readonly Subparagraph[];
  readonly footnoteMarkers: readonly FootnoteMarker[];
  /** For a footnote text: its number. */
  readonly footnoteNumber?: number;
  /** For a resolution's own title line: its number, "63/114". */
  readonly resolutionNumber?: string;
}

/** The nesting of the document: headings hold what follows them, parts hold their paragraphs. */
export type StructureNode = SectionNode | PartNode | ParagraphNode;

export interface SectionNode {
  readonly type: 'section';
  readonly heading: Paragraph;
  readonly span: Span;
  readonly children: readonly StructureNode[];
}

export interface PartNode {
  readonly type: 'preamble' | 'operativePart';
  readonly span: Span;
  readonly children: readonly StructureNode[];
}

export interface ParagraphNode {
  readonly type: 'paragraph';
  readonly paragraph: Paragraph;
  readonly span: Span;
}

/** An immutable, parsed draft. Every feature reads this; none re-parses text. */
export interface DraftDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** Every paragraph-level block in document order. */
  readonly paragraphs: readonly Paragraph[];
  /** The title block: title, subtitles, session header, symbol line, dateline. */
  readonly header: readonly Paragraph[];
  readonly title?: Paragraph;
  readonly enactingFormula?: Paragraph;
  readonly preambular: readonly Paragraph[];
  readonly operative: readonly Paragraph[];
  readonly footnotes: readonly Paragraph[];
  readonly closing?: Paragraph;
  /** Everything after the header, nested by headings and parts. */
  readonly structure: readonly StructureNode[];
  /** The language it is written in: found from its text, or as a setting forces it. */
  readonly language?: LanguageCode;
}

/** Where the paragraph's own words start: after its number ("4.", "5 bis."), if it has one. */
export function wordsStart(paragraph: Paragraph): number {
  return paragraph.number ? paragraph.number.span.end : paragraph.span.start;
}

/** The paragraph's text as written, pieces joined by a single space. */
export function paragraphText(doc: DraftDocument, paragraph: Paragraph): string {
  return paragraph.pieces.map((piece) => doc.text.slice(piece.start, piece.end)).join(' ');
}
