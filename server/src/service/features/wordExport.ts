/**
 * Export of a draft to a Word file (.docx) in the layout of a UN resolution: the masthead with the
 * organ and the symbol, the session header, the title with its number hanging, the enacting formula,
 * preambular paragraphs with their openings in italics, operative paragraphs and sub-paragraphs with
 * their numbers hanging, the closing line, and the draft's footnotes as real Word footnotes.
 * The `docx` library writes the file; every word of the draft is kept, drafter's notes are not part of it.
 */
import type * as Docx from 'docx' with { 'resolution-mode': 'import' };
import { DraftDocument, FootnoteMarker, Paragraph, Subparagraph, wordsStart } from '../model/document';
import { emphasisSpans } from '../model/emphasis';
import type { Span } from '../types';

/** How a block of the draft is laid out in Word. */
export type BlockRole =
  | 'masthead'
  | 'sessionHeader'
  | 'subtitle'
  | 'symbolLine'
  | 'title'
  | 'dateline'
  | 'enactingFormula'
  | 'heading'
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'narrative'
  | 'closing';

/** A tracked change: words (or a paragraph) inserted into BASE or deleted from it. */
export type Change = 'inserted' | 'deleted';

/** A stretch of a block's words with one formatting, or a footnote's reference; tracked as a change or not. */
export type Inline = (
  | {
      readonly type: 'text';
      readonly text: string;
      readonly italic: boolean;
      readonly bold?: boolean;
      readonly superscript?: boolean;
    }
  | { readonly type: 'note'; readonly number: number }
  | { readonly type: 'break' }
) & { readonly change?: Change };

/** One Word paragraph: its role, the number or marker that hangs before its words, and the words. */
export interface WordBlock {
  readonly role: BlockRole;
  /** "5.", "(a)", "63/114.": written before a tab, in the hanging indent (as inlines when it changed). */
  readonly label?: string;
  /** For a sub-paragraph: its degree, 1 for (a), 2 for (i) … */
  readonly depth?: number;
  readonly inlines: readonly Inline[];
  /** The whole paragraph, its mark included, is a tracked insertion or deletion. */
  readonly change?: Change;
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

/** Who made the tracked changes, and when (ISO 8601): Word shows both on each change. */
export interface Revision {
  readonly author: string;
  readonly date: string;
}

/** The Word file of a draft, as the bytes of a .docx. */
export async function toWord(doc: DraftDocument): Promise<Uint8Array> {
  return packWord(wordLayout(doc));
}

/** Writes a layout (of one draft, or of a draft against its base with tracked changes by `revision`) as a .docx. */
export async function packWord(
  layout: WordLayout,
  revision: Revision = { author: 'Communiqué Drafter', date: new Date().toISOString() },
): Promise<Uint8Array> {
  // The docx library is loaded at a first export, not at every start of the server.
  const docx = await import('docx');
  const { DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, Packer, TextRun } = docx;
  let nextId = 0;
  const tracked = (): { id: number; author: string; date: string } => ({
    id: ++nextId,
    author: revision.author,
    date: revision.date,
  });
  const run = (inline: Inline, size: number): Docx.ParagraphChild => {
    if (inline.type === 'note') {
      // A reference in changed words is its number, tracked with them: the docx library tracks text runs only.
      return inline.change
        ? run(
            { type: 'text', text: String(inline.number), italic: false, superscript: true, change: inline.change },
            size,
          )
        : new FootnoteReferenceRun(inline.number);
    }
    const options: Docx.IRunOptions =
      inline.type === 'break'
        ? { break: 1 }
        : { text: inline.text, italics: inline.italic, bold: inline.bold, superScript: inline.superscript, size };
    if (inline.change === 'inserted') return new InsertedTextRun({ ...options, ...tracked() });
    if (inline.change === 'deleted') return new DeletedTextRun({ ...options, ...tracked() });
    return new TextRun(options);
  };
  const footnotes: Record<string, { children: Docx.Paragraph[] }> = {};
  for (const [number, inlines] of layout.footnotes) {
    // Word sets the note's number itself, at the start of its text: a space parts them.
    const text = [{ type: 'text', text: ' ', italic: false } as const, ...inlines];
    footnotes[String(number)] = { children: [new docx.Paragraph({ children: text.map((i) => run(i, NOTE_SIZE)) })] };
  }
  const document = new Document({
    creator: 'Communiqué Drafter',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    footnotes,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1152, right: 1152 } } },
        children: layout.blocks.map(
          (block) =>
            new docx.Paragraph({
              ...paragraphOptions(block, docx),
              // An inserted or deleted paragraph has its mark tracked too:
              // rejecting (accepting) it leaves no empty paragraph.
              ...(block.change ? { run: { [block.change === 'inserted' ? 'insertion' : 'deletion']: tracked() } } : {}),
              children: [
                ...(block.label === undefined
                  ? []
                  : [
                      run(
                        {
                          type: 'text',
                          text: `${block.label}\t`,
                          italic: false,
                          bold: block.role === 'title',
                          change: block.change,
                        },
                        sizeOf(block),
                      ),
                    ]),
                ...block.inlines.map((inline) => run(inline, sizeOf(block))),
              ],
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function sizeOf(block: WordBlock): number {
  return block.role === 'title' ? TITLE_SIZE : BODY_SIZE;
}

/** Indents, alignment and spacing by role: numbers and markers hang one step left of their words. */
function paragraphOptions(
  block: WordBlock,
  { AlignmentType, BorderStyle, TabStopType }: typeof Docx,
): Omit<Docx.IParagraphOptions, 'children'> {
  const spacing = { after: 120 };
  const hanging = (left: number): Omit<Docx.IParagraphOptions, 'children'> => ({
    spacing,
    indent: { left, hanging: STEP },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
  });
  switch (block.role) {
    case 'masthead':
      return {
        spacing: { after: 240 },
        tabStops: [{ type: TabStopType.RIGHT, position: 9600 }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } },
      };
    case 'sessionHeader':
    case 'symbolLine':
    case 'dateline':
      return { spacing };
    case 'subtitle':
    case 'heading':
      return { spacing, keepNext: true };
    case 'title':
      return { ...hanging(STEP * 2), spacing: { before: 240, after: 240 }, keepNext: true };
    case 'enactingFormula':
    case 'preambular':
      return { spacing, indent: { left: STEP, firstLine: STEP }, alignment: AlignmentType.BOTH };
    case 'operative':
      return { ...hanging(STEP * 2), alignment: AlignmentType.BOTH };
    case 'subparagraph':
      return { ...hanging(STEP * (2 + (block.depth ?? 1))), alignment: AlignmentType.BOTH };
    case 'narrative':
      return { spacing, indent: { left: STEP }, alignment: AlignmentType.BOTH };
    case 'closing':
      return { spacing: { before: 240 }, indent: { left: STEP * 7 }, alignment: AlignmentType.CENTER };
  }
}

/** A Word paragraph before its words are set: where in the draft its words are. */
export interface BlockPlan {
  readonly role: BlockRole;
  readonly label?: string;
  readonly depth?: number;
  readonly bold: boolean;
  /** The paragraph the words come from, and the sub-paragraph when the block is one; none for the masthead. */
  readonly paragraph?: Paragraph;
  readonly subparagraph?: Subparagraph;
  /** The spans of the words, in order, a line break between two. */
  readonly spans: readonly Span[];
  /** Words that are not the draft's own: the masthead's. */
  readonly fixed?: readonly Inline[];
}

/** The Word paragraphs of a draft: the header's lines, the body's paragraphs split at their sub-paragraphs. */
export function wordLayout(doc: DraftDocument): WordLayout {
  const words = new DraftWords(doc);
  const blocks = words.plans().map((plan) => words.block(plan));
  return { blocks: [...blocks, ...words.looseNotes()], footnotes: words.footnotes() };
}

/** Italics, hidden emphasis markers and footnote references of one paragraph, by offset. */
interface Marks {
  readonly italic: ReadonlySet<number>;
  readonly hidden: ReadonlySet<number>;
  readonly notes: ReadonlyMap<number, FootnoteMarker>;
}

/** A draft's blocks and the formatted words of any span of it. */
export class DraftWords {
  /** Footnote numbers that have a text: only their markers become Word footnotes. */
  private readonly noted: ReadonlySet<number>;
  /**
   * The footnotes referred to so far, with the number Word shows for each: Word numbers footnotes in the
   * order of their first reference. A later reference to the same note is that number in superscript.
   */
  private readonly shown = new Map<number, number>();
  private readonly marks = new Map<Paragraph, Marks>();

  constructor(readonly doc: DraftDocument) {
    this.noted = new Set(doc.footnotes.map((f) => f.footnoteNumber!));
  }

  /** Every block of the draft in order, the masthead first where there is one. */
  plans(): BlockPlan[] {
    const plans: BlockPlan[] = [];
    const masthead = this.masthead();
    if (masthead) plans.push(masthead);
    for (const p of this.doc.paragraphs) plans.push(...this.paragraphPlans(p));
    return plans;
  }

  block(plan: BlockPlan, change?: Change): WordBlock {
    const inlines =
      plan.fixed ??
      plan.spans.flatMap((span, i) => [...(i > 0 ? [{ type: 'break' } as const] : []), ...this.words(plan, span)]);
    return {
      role: plan.role,
      label: plan.label,
      depth: plan.depth,
      change,
      inlines: change ? inlines.map((i) => ({ ...i, change })) : inlines,
    };
  }

  /** The formatted words of `span` of the plan's paragraph, trimmed. */
  words(plan: BlockPlan, span: Span): Inline[] {
    return plan.paragraph ? this.inlines(plan.paragraph, span, plan.bold) : [];
  }

  /** The footnotes referred to (once the blocks are set), by number, without their leading marker. */
  footnotes(): Map<number, readonly Inline[]> {
    return new Map([...this.notePlans()].map(([number, plan]) => [number, this.block(plan).inlines]));
  }

  /** Where the texts of the footnotes referred to are, by number: after their leading marker. */
  notePlans(): Map<number, BlockPlan> {
    const plans = new Map<number, BlockPlan>();
    for (const f of this.doc.footnotes) {
      if (!plans.has(f.footnoteNumber!) && this.shown.has(f.footnoteNumber!))
        plans.set(f.footnoteNumber!, this.notePlan(f));
    }
    return plans;
  }

  /** Where a footnote's text is: after its leading marker. */
  notePlan(footnote: Paragraph): BlockPlan {
    const text = this.doc.text.slice(footnote.span.start, footnote.span.end);
    const afterMarker = footnote.span.start + (/^\S+\s*/.exec(text)?.[0].length ?? 0);
    return {
      role: 'narrative',
      bold: false,
      paragraph: footnote,
      spans: [{ start: afterMarker, end: footnote.span.end }],
    };
  }

  /**
   * Footnote texts no marker refers to, and second texts of one number (a drafting slip; the first is the
   * note, as in the Akoma Ntoso export): kept at the end, marker and all, so that no words are lost.
   */
  looseNotes(): WordBlock[] {
    const first = new Set<number>();
    return this.doc.footnotes
      .filter((f) => {
        const isNote = this.shown.has(f.footnoteNumber!) && !first.has(f.footnoteNumber!);
        first.add(f.footnoteNumber!);
        return !isNote;
      })
      .map((f) => ({ role: 'narrative', inlines: this.inlines(f, f.span) }));
  }

  /** "General Assembly … A/RES/63/114", where the enacting formula names the organ (and the title a number). */
  private masthead(): BlockPlan | undefined {
    const formula = this.doc.enactingFormula ? this.plain(this.doc.enactingFormula.span) : '';
    const organ = ORGANS.find((o) => o.pattern.test(formula));
    const number = this.doc.title?.resolutionNumber;
    if (!organ) return undefined;
    const symbol = number ? `\t${organ.symbol(number)}` : '';
    return {
      role: 'masthead',
      bold: true,
      spans: [],
      fixed: [{ type: 'text', text: `${organ.name}${symbol}`, italic: false, bold: true }],
    };
  }

  private paragraphPlans(p: Paragraph): BlockPlan[] {
    const plan = (role: BlockRole, spans: readonly Span[], bold = false, label?: string): BlockPlan => ({
      role,
      spans,
      bold,
      label,
      paragraph: p,
    });
    switch (p.kind) {
      case 'footnote':
        return [];
      case 'sessionHeader':
        return [plan('sessionHeader', this.splitBefore(p, /Agenda item/), true)];
      case 'subtitle':
        return [plan('subtitle', [p.span], true)];
      case 'documentSymbolLine':
        return [plan('symbolLine', [p.span])];
      case 'dateline':
        return [plan('dateline', [p.span])];
      case 'enactingFormula':
        return [plan('enactingFormula', [p.span])];
      case 'heading':
        return [plan('heading', [p.span], true)];
      case 'closing':
        return [plan('closing', this.splitAfter(p, /plenary meeting\s+/))];
      case 'preambular':
        return [plan('preambular', [p.span])];
      case 'title': {
        // "63/114. Cooperation …": the number hangs, the words are bold.
        const number =
          p.resolutionNumber && this.doc.text.startsWith(`${p.resolutionNumber}.`, p.span.start)
            ? `${p.resolutionNumber}.`
            : undefined;
        return [plan('title', [{ start: p.span.start + (number?.length ?? 0), end: p.span.end }], true, number)];
      }
      case 'operative':
      case 'narrative': {
        // Its number hanging, then its sub-paragraphs, each a paragraph of its own.
        const role = p.kind === 'operative' || p.number ? 'operative' : 'narrative';
        const blocks = p.subparagraphs.filter((s) => !s.inline);
        const intro = plan(
          role,
          [{ start: wordsStart(p), end: blocks[0]?.span.start ?? p.span.end }],
          false,
          p.number ? this.plain(p.number.span) : undefined,
        );
        return [intro, ...this.subparagraphPlans(p, blocks, 1)];
      }
    }
  }

  private subparagraphPlans(p: Paragraph, subs: readonly Subparagraph[], depth: number): BlockPlan[] {
    return subs.flatMap((s) => {
      const children = s.children.filter((c) => !c.inline);
      const own: BlockPlan = {
        role: 'subparagraph',
        label: this.plain(s.markerSpan),
        depth,
        bold: false,
        paragraph: p,
        subparagraph: s,
        spans: [{ start: s.markerSpan.end, end: children[0]?.span.start ?? s.span.end }],
      };
      return [own, ...this.subparagraphPlans(p, children, depth + 1)];
    });
  }

  /** "Sixty-third session | Agenda item 114": the agenda item on a line of its own, as the UN sets it. */
  private splitBefore(p: Paragraph, pattern: RegExp): Span[] {
    const found = pattern.exec(this.doc.text.slice(p.span.start, p.span.end));
    if (!found || found.index === 0) return [p.span];
    const at = p.span.start + found.index;
    return [
      { start: p.span.start, end: at },
      { start: at, end: p.span.end },
    ];
  }

  /** "64th plenary meeting | 5 December 2008": the date under the meeting. */
  private splitAfter(p: Paragraph, pattern: RegExp): Span[] {
    const found = pattern.exec(this.doc.text.slice(p.span.start, p.span.end));
    const at = found ? p.span.start + found.index + found[0].length : p.span.end;
    return at < p.span.end
      ? [
          { start: p.span.start, end: at },
          { start: at, end: p.span.end },
        ]
      : [p.span];
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
   * Where the paragraph's italics (`*emphasis*`, a known opening phrase, the enacting formula), emphasis markers
   * and references are.
   */
  private marksOf(p: Paragraph): Marks {
    const cached = this.marks.get(p);
    if (cached) return cached;
    const italic = new Set<number>();
    const hidden = new Set<number>();
    const notes = new Map<number, FootnoteMarker>();
    for (const piece of p.pieces) {
      for (const e of emphasisSpans(this.doc.text, piece)) {
        hidden.add(e.start).add(e.end - 1);
        for (let i = e.start + 1; i < e.end - 1; i++) italic.add(i);
      }
    }
    const opening = p.opening;
    if (opening && (opening.known || opening.italic)) {
      for (let i = opening.span.start; i < opening.span.end; i++) if (!hidden.has(i)) italic.add(i);
    }
    if (p.kind === 'enactingFormula') {
      // UN layout: "*The General Assembly*," — the organ in italics, the punctuation after it roman.
      let end = p.span.end;
      while (end > p.span.start && /[\s,;:]/.test(this.doc.text[end - 1])) end--;
      for (let i = p.span.start; i < end; i++) if (!hidden.has(i)) italic.add(i);
    }
    for (const m of p.footnoteMarkers) if (this.noted.has(m.number)) notes.set(m.span.start, m);
    const marks = { italic, hidden, notes };
    this.marks.set(p, marks);
    return marks;
  }

  /**
   * The words of `span` within paragraph `p`: its pieces joined by a space, spaces collapsed and trimmed,
   * italics and footnote references where the paragraph has them.
   */
  private inlines(p: Paragraph, span: Span, bold = false): Inline[] {
    const text = this.doc.text;
    const { italic, hidden, notes } = this.marksOf(p);
    const segments = p.pieces
      .map((piece) => ({ start: Math.max(piece.start, span.start), end: Math.min(piece.end, span.end) }))
      .filter((s) => s.start < s.end);
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
        if (marker && marker.span.end <= segment.end) {
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
