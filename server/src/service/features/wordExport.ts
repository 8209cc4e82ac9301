/**
 * Export of a draft to a Word file (.docx) in the layout of a UN resolution: the masthead with the
 * organ and the symbol, the session header, the title with its number hanging, the enacting formula,
 * preambular paragraphs with their openings in italics, operative paragraphs and sub-paragraphs with
 * their numbers hanging, the closing line, and the draft's footnotes as real Word footnotes.
 * The `docx` library writes the file; every word of the draft is kept, drafter's notes are not part of it.
 */
import {
  AlignmentType, BorderStyle, Document, FootnoteReferenceRun, IParagraphOptions, Packer, Paragraph as WordParagraph, ParagraphChild,
  TabStopType, TextRun,
} from 'docx';
import { DraftDocument, FootnoteMarker, Paragraph, Subparagraph, wordsStart } from '../model/document';
import { emphasisSpans } from '../model/emphasis';
import type { Span } from '../types';

/** How a block of the draft is laid out in Word. */
export type BlockRole =
  | 'masthead' | 'sessionHeader' | 'subtitle' | 'symbolLine' | 'title' | 'dateline' | 'enactingFormula'
  | 'heading' | 'preambular' | 'operative' | 'subparagraph' | 'narrative' | 'closing';

/** A stretch of a block's words with one formatting, or a footnote's reference. */
export type Inline =
  | { readonly type: 'text'; readonly text: string; readonly italic: boolean; readonly bold?: boolean; readonly superscript?: boolean }
  | { readonly type: 'note'; readonly number: number }
  | { readonly type: 'break' };

/** One Word paragraph: its role, the number or marker that hangs before its words, and the words. */
export interface WordBlock {
  readonly role: BlockRole;
  /** "5.", "(a)", "63/114.": written before a tab, in the hanging indent. */
  readonly label?: string;
  /** For a sub-paragraph: its degree, 1 for (a), 2 for (i) … */
  readonly depth?: number;
  readonly inlines: readonly Inline[];
}

/** The draft as Word paragraphs and footnote texts, in the order they are written. */
export interface WordLayout {
  readonly blocks: readonly WordBlock[];
  /** Footnote texts by number, without their leading marker. */
  readonly footnotes: ReadonlyMap<number, readonly Inline[]>;
}

const FONT = 'Times New Roman';
/** Sizes in half-points: UN documents are set in 10-point type, footnotes in 9-point, the title in 13-point. */
const BODY_SIZE = 20;
const NOTE_SIZE = 18;
const TITLE_SIZE = 26;
/** The UN's indent step, 1.27 cm in twentieths of a point; the text block is indented by one step. */
const STEP = 720;

const ORGANS: readonly { pattern: RegExp; name: string; symbol: (number: string) => string }[] = [
  { pattern: /\bGeneral Assembly\b/, name: 'General Assembly', symbol: (n) => `A/RES/${n}` },
  { pattern: /\bSecurity Council\b/, name: 'Security Council', symbol: (n) => `S/RES/${n}` },
];

/** The Word file of a draft, as the bytes of a .docx. */
export async function toWord(doc: DraftDocument): Promise<Uint8Array> {
  return packWord(wordLayout(doc));
}

/** Writes a layout (of one draft, or of a draft against its base with tracked changes) as a .docx. */
export async function packWord(layout: WordLayout, runsOf: (inline: Inline, size: number) => ParagraphChild = plainRun): Promise<Uint8Array> {
  const footnotes: Record<string, { children: WordParagraph[] }> = {};
  for (const [number, inlines] of layout.footnotes) {
    // Word sets the note's number itself, at the start of its text: a space parts them.
    const text = [{ type: 'text', text: ' ', italic: false } as const, ...inlines];
    footnotes[String(number)] = { children: [new WordParagraph({ children: text.map((i) => runsOf(i, NOTE_SIZE)) })] };
  }
  const document = new Document({
    creator: 'Communiqué Drafter',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    footnotes,
    sections: [{
      properties: { page: { margin: { top: 1440, bottom: 1440, left: 1152, right: 1152 } } },
      children: layout.blocks.map((block) => new WordParagraph({
        ...paragraphOptions(block),
        children: [
          ...(block.label === undefined ? [] : [runsOf({ type: 'text', text: `${block.label}\t`, italic: false, bold: block.role === 'title' }, sizeOf(block))]),
          ...block.inlines.map((inline) => runsOf(inline, sizeOf(block))),
        ],
      })),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function plainRun(inline: Inline, size: number): ParagraphChild {
  switch (inline.type) {
    case 'note': return new FootnoteReferenceRun(inline.number);
    case 'break': return new TextRun({ break: 1 });
    case 'text': return new TextRun({ text: inline.text, italics: inline.italic, bold: inline.bold, superScript: inline.superscript, size });
  }
}

function sizeOf(block: WordBlock): number {
  return block.role === 'title' ? TITLE_SIZE : BODY_SIZE;
}

/** Indents, alignment and spacing by role: numbers and markers hang one step left of their words. */
function paragraphOptions(block: WordBlock): Omit<IParagraphOptions, 'children'> {
  const spacing = { after: 120 };
  const hanging = (left: number): Omit<IParagraphOptions, 'children'> => ({
    spacing, indent: { left, hanging: STEP }, tabStops: [{ type: TabStopType.LEFT, position: left }],
  });
  switch (block.role) {
    case 'masthead': return {
      spacing: { after: 240 }, tabStops: [{ type: TabStopType.RIGHT, position: 9600 }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } },
    };
    case 'sessionHeader': case 'symbolLine': case 'dateline': return { spacing };
    case 'subtitle': case 'heading': return { spacing, keepNext: true };
    case 'title': return { ...hanging(STEP * 2), spacing: { before: 240, after: 240 }, keepNext: true };
    case 'enactingFormula': case 'preambular': return { spacing, indent: { left: STEP, firstLine: STEP }, alignment: AlignmentType.BOTH };
    case 'operative': return { ...hanging(STEP * 2), alignment: AlignmentType.BOTH };
    case 'subparagraph': return { ...hanging(STEP * (2 + (block.depth ?? 1))), alignment: AlignmentType.BOTH };
    case 'narrative': return { spacing, indent: { left: STEP }, alignment: AlignmentType.BOTH };
    case 'closing': return { spacing: { before: 240 }, indent: { left: STEP * 7 }, alignment: AlignmentType.CENTER };
  }
}

/** The Word paragraphs of a draft: the header's lines, the body's paragraphs split at their sub-paragraphs. */
export function wordLayout(doc: DraftDocument): WordLayout {
  return new LayoutBuilder(doc).build();
}

class LayoutBuilder {
  private readonly blocks: WordBlock[] = [];
  /** Footnote numbers that have a text: only their markers become Word footnotes. */
  private readonly noted: ReadonlySet<number>;
  /**
   * The footnotes referred to so far, with the number Word shows for each: Word numbers footnotes in the
   * order of their first reference. A later reference to the same note is that number in superscript.
   */
  private readonly shown = new Map<number, number>();

  constructor(private readonly doc: DraftDocument) {
    this.noted = new Set(doc.footnotes.map((f) => f.footnoteNumber!));
  }

  build(): WordLayout {
    this.masthead();
    for (const p of this.doc.paragraphs) this.paragraph(p);
    const footnotes = new Map<number, readonly Inline[]>();
    // Where a number has two texts (a drafting slip) the first is the note, as in the Akoma Ntoso export.
    for (const f of this.doc.footnotes) {
      if (footnotes.has(f.footnoteNumber!)) {
        this.push('narrative', this.inlines(f, f.span));
        continue;
      }
      const text = this.doc.text.slice(f.span.start, f.span.end);
      const afterMarker = f.span.start + (/^\S+\s*/.exec(text)?.[0].length ?? 0);
      // A note no marker refers to keeps its words at the end, marker and all.
      if (this.shown.has(f.footnoteNumber!)) footnotes.set(f.footnoteNumber!, this.inlines(f, { start: afterMarker, end: f.span.end }));
      else this.push('narrative', this.inlines(f, f.span));
    }
    return { blocks: this.blocks, footnotes };
  }

  /** "General Assembly … A/RES/63/114" where the enacting formula names the organ and the title numbers the resolution. */
  private masthead(): void {
    const formula = this.doc.enactingFormula ? this.plain(this.doc.enactingFormula.span) : '';
    const organ = ORGANS.find((o) => o.pattern.test(formula));
    const number = this.doc.title?.resolutionNumber;
    if (!organ) return;
    const symbol = number ? `\t${organ.symbol(number)}` : '';
    this.blocks.push({ role: 'masthead', inlines: [{ type: 'text', text: `${organ.name}${symbol}`, italic: false, bold: true }] });
  }

  private paragraph(p: Paragraph): void {
    const whole = { start: p.span.start, end: p.span.end };
    switch (p.kind) {
      case 'footnote': return;
      case 'sessionHeader': return this.push('sessionHeader', this.sessionHeader(p));
      case 'subtitle': return this.push('subtitle', this.inlines(p, whole, true));
      case 'documentSymbolLine': return this.push('symbolLine', this.inlines(p, whole));
      case 'dateline': return this.push('dateline', this.inlines(p, whole));
      case 'enactingFormula': return this.push('enactingFormula', this.inlines(p, whole));
      case 'heading': return this.push('heading', this.inlines(p, whole, true));
      case 'closing': return this.push('closing', this.closing(p));
      case 'title': return this.title(p);
      case 'preambular': return this.push('preambular', this.inlines(p, whole));
      case 'operative': case 'narrative': return this.numbered(p);
    }
  }

  private push(role: BlockRole, inlines: readonly Inline[], label?: string, depth?: number): void {
    this.blocks.push({ role, inlines, label, depth });
  }

  /** "Sixty-third session Agenda item 114": the agenda item on a line of its own, as the UN sets it. */
  private sessionHeader(p: Paragraph): Inline[] {
    const at = this.doc.text.indexOf('Agenda item', p.span.start);
    if (at <= p.span.start || at >= p.span.end) return this.inlines(p, p.span, true);
    return [...this.inlines(p, { start: p.span.start, end: at }, true), { type: 'break' }, ...this.inlines(p, { start: at, end: p.span.end }, true)];
  }

  /** "64th plenary meeting" above its date. */
  private closing(p: Paragraph): Inline[] {
    const text = this.doc.text.slice(p.span.start, p.span.end);
    const meeting = /plenary meeting\s+/.exec(text);
    if (!meeting || meeting.index + meeting[0].length >= text.length) return this.inlines(p, p.span);
    const split = p.span.start + meeting.index + meeting[0].length;
    return [...this.inlines(p, { start: p.span.start, end: split }), { type: 'break' }, ...this.inlines(p, { start: split, end: p.span.end })];
  }

  /** "63/114. Cooperation …": the number hangs, the words are bold. */
  private title(p: Paragraph): void {
    const text = this.doc.text.slice(p.span.start, p.span.end);
    const number = p.resolutionNumber && text.startsWith(`${p.resolutionNumber}.`) ? `${p.resolutionNumber}.` : undefined;
    const start = p.span.start + (number ? number.length : 0);
    this.push('title', this.inlines(p, { start, end: p.span.end }, true), number);
  }

  /** An operative paragraph (or a numbered one of a report): its number hanging, then its sub-paragraphs, each a paragraph. */
  private numbered(p: Paragraph): void {
    const role = p.kind === 'operative' || p.number ? 'operative' : 'narrative';
    const label = p.number ? this.plain(p.number.span) : undefined;
    const blocks = p.subparagraphs.filter((s) => !s.inline);
    this.push(role, this.inlines(p, { start: wordsStart(p), end: blocks[0]?.span.start ?? p.span.end }), label);
    this.subparagraphs(p, blocks, 1);
  }

  private subparagraphs(p: Paragraph, subs: readonly Subparagraph[], depth: number): void {
    for (const s of subs) {
      const children = s.children.filter((c) => !c.inline);
      this.push('subparagraph', this.inlines(p, { start: s.markerSpan.end, end: children[0]?.span.start ?? s.span.end }), this.plain(s.markerSpan), depth);
      this.subparagraphs(p, children, depth + 1);
    }
  }

  /** A Word footnote at the first reference to a note; the number Word shows for it at the later ones. */
  private reference(number: number): Inline {
    const shown = this.shown.get(number);
    if (shown !== undefined) return { type: 'text', text: String(shown), italic: false, superscript: true };
    this.shown.set(number, this.shown.size + 1);
    return { type: 'note', number };
  }

  private plain(span: Span): string {
    return this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  }

  /**
   * The words of `span` within paragraph `p`: its pieces joined by a space, spaces collapsed, `*emphasis*`
   * and a known opening phrase in italics, footnote markers that have a text as references.
   */
  private inlines(p: Paragraph, span: Span, bold = false): Inline[] {
    const text = this.doc.text;
    const italic = new Set<number>();
    const hidden = new Set<number>();
    const notes = new Map<number, FootnoteMarker>();
    const segments = p.pieces.map((piece) => ({ start: Math.max(piece.start, span.start), end: Math.min(piece.end, span.end) })).filter((s) => s.start < s.end);
    for (const segment of segments) {
      for (const e of emphasisSpans(text, segment)) {
        hidden.add(e.start).add(e.end - 1);
        for (let i = e.start + 1; i < e.end - 1; i++) italic.add(i);
      }
    }
    const opening = p.opening;
    if (opening && (opening.known || opening.italic) && opening.span.start >= span.start) {
      for (let i = opening.span.start; i < opening.span.end; i++) if (!hidden.has(i)) italic.add(i);
    }
    for (const m of p.footnoteMarkers) if (this.noted.has(m.number) && m.span.start >= span.start && m.span.end <= span.end) notes.set(m.span.start, m);
    const nextVisible = (from: number, end: number): number => {
      let at = from;
      while (at < end && (hidden.has(at) || /\s/.test(text[at]))) at++;
      return at;
    };
    const inlines: Inline[] = [];
    let run = '';
    let runItalic = false;
    const flush = (): void => {
      if (run) inlines.push({ type: 'text', text: run, italic: runItalic, bold: bold || undefined });
      run = '';
    };
    segments.forEach((segment, index) => {
      if (index > 0) run += ' ';
      for (let i = segment.start; i < segment.end; i++) {
        const marker = notes.get(i);
        if (marker) {
          flush();
          inlines.push(this.reference(marker.number));
          i = marker.span.end - 1;
          continue;
        }
        if (hidden.has(i)) continue;
        const char = /\s/.test(text[i]) ? ' ' : text[i];
        if (char === ' ' && (run.endsWith(' ') || (run === '' && inlines.length === 0))) continue;
        // A space after italics is roman unless italics go on: "*Recalling also* its" sets "Recalling also" in italics.
        if (char === ' ' && runItalic && !italic.has(nextVisible(i + 1, segment.end))) {
          flush();
          runItalic = false;
        }
        if (char !== ' ' && italic.has(i) !== runItalic) {
          flush();
          runItalic = italic.has(i);
        }
        run += char;
      }
    });
    flush();
    return trimEnd(inlines);
  }
}

/** Without the spaces a block's last words end in. */
function trimEnd(inlines: Inline[]): Inline[] {
  const last = inlines.at(-1);
  if (last?.type === 'text' && last.text.endsWith(' ')) {
    const text = last.text.trimEnd();
    return text ? [...inlines.slice(0, -1), { ...last, text }] : trimEnd(inlines.slice(0, -1));
  }
  return inlines;
}
