/**
 * An AKN document written out as communiqué text as a drafter would have it: the title block, the
 * numbered paragraphs and points, the footnotes after the text; with where every block and every UN
 * link landed. The corpus reads AKN files through it; the accuracy bench lays the text out further.
 */
import type { Span } from '../../service';
import type { AknDocument, GoldBlock, GoldKind, GoldPoint, Inline, NoteRef } from './aknDocument';

export type BlockKind = GoldKind | 'title' | 'footnote' | 'closing';

export interface RenderedBlock {
  readonly kind: BlockKind;
  /** From the block's first to its last visible character (page furniture between included). */
  readonly span: Span;
  /** Index into the document's body, for the body's blocks. */
  readonly bodyIndex?: number;
}

export interface RenderedLink {
  readonly span: Span;
  readonly symbol: string;
}

export interface Style {
  readonly width?: number;
  readonly blankLines: boolean;
  readonly markdown: boolean;
  /** How a footnote reference is written in the text. */
  readonly reference: (marker: string) => string;
  /** How a footnote's text starts. */
  readonly noteLead: (marker: string) => string;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const superscript = (marker: string): string =>
  [...marker].map((d) => (/\d/.test(d) ? SUPERSCRIPTS[Number(d)] : d)).join('');

/** Blank lines between blocks, superscript footnote references, footnotes after the text. */
export const CLEAN_STYLE: Style = {
  blankLines: true,
  markdown: false,
  reference: superscript,
  noteLead: (m) => `${superscript(m)} `,
};

/** Inline text written out: italics and footnote references inserted, links moved with the words. */
function writeInline(inline: Inline, style: Style): { text: string; links: RenderedLink[]; notes: NoteRef[] } {
  const opens = new Map<number, number>();
  const closes = new Map<number, number>();
  if (style.markdown) {
    for (const s of inline.italic) {
      opens.set(s.start, (opens.get(s.start) ?? 0) + 1);
      closes.set(s.end, (closes.get(s.end) ?? 0) + 1);
    }
  }
  const notesAt = new Map<number, NoteRef[]>();
  for (const n of inline.notes) notesAt.set(n.at, [...(notesAt.get(n.at) ?? []), n]);
  // Only where something is inserted or a link starts or ends does the text need cutting.
  const cuts = new Set<number>([0, inline.text.length, ...opens.keys(), ...closes.keys(), ...notesAt.keys()]);
  for (const l of inline.links) cuts.add(l.span.start).add(l.span.end);
  let out = '';
  const startOf = new Map<number, number>();
  const endOf = new Map<number, number>();
  const notes: NoteRef[] = [];
  let from = 0;
  for (const i of [...cuts].sort((a, b) => a - b)) {
    out += inline.text.slice(from, i);
    from = i;
    endOf.set(i, out.length);
    out += '*'.repeat(closes.get(i) ?? 0);
    for (const note of notesAt.get(i) ?? []) {
      notes.push({ ...note, at: out.length });
      out += style.reference(note.marker);
    }
    // The markup drops the space a printed text has between a reference and the next word ("2011,⁴ 19/1").
    if (notesAt.has(i) && /[\p{L}\p{N}]/u.test(inline.text[i] ?? '')) out += ' ';
    out += '*'.repeat(opens.get(i) ?? 0);
    startOf.set(i, out.length);
  }
  const links = inline.links.map((l) => ({
    span: { start: startOf.get(l.span.start)!, end: endOf.get(l.span.end)! },
    symbol: l.symbol,
  }));
  return { text: out, links, notes };
}

/** Breaks a line at spaces so no line is longer than the width (a longer word stays whole). Offsets are kept. */
function wrap(text: string, width: number | undefined): string {
  if (!width || text.length <= width) return text;
  const chars = [...text];
  let lineStart = 0;
  let lastSpace = -1;
  let column = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === ' ') lastSpace = i;
    column = i - lineStart;
    if (column >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

/** Accumulates the text with the spans of its blocks and links. */
export class Writer {
  text = '';
  readonly blocks: RenderedBlock[] = [];
  readonly links: RenderedLink[] = [];
  readonly notes: NoteRef[] = [];

  constructor(private readonly style: Style) {}

  /** Starts a new block: a blank line before it, or only a line break when pasted. */
  private separate(): void {
    if (this.text.length === 0) return;
    this.text += this.style.blankLines ? '\n\n' : '\n';
  }

  /** One line of a block (wrapped in the wrapped layouts), at the end of the text. */
  private line(prefix: string, inline: Inline): void {
    const written = writeInline(inline, this.style);
    const full = prefix + written.text;
    const start = this.text.length + prefix.length;
    this.text += wrap(full, this.style.width);
    for (const l of written.links)
      this.links.push({ span: { start: start + l.span.start, end: start + l.span.end }, symbol: l.symbol });
    for (const n of written.notes) this.notes.push({ ...n, at: start + n.at });
  }

  block(kind: BlockKind, lines: readonly { prefix: string; inline: Inline }[], bodyIndex?: number): void {
    this.separate();
    const start = this.text.length;
    lines.forEach((l, i) => {
      if (i > 0) this.text += '\n';
      this.line(l.prefix, l.inline);
    });
    this.blocks.push({ kind, span: { start, end: this.text.length }, bodyIndex });
  }

  plain(kind: BlockKind | undefined, text: string): void {
    if (kind) this.block(kind, [{ prefix: '', inline: plainInline(text) }]);
    else {
      this.separate();
      this.text += wrap(text, this.style.width);
    }
  }
}

function plainInline(text: string): Inline {
  return { text, italic: [], links: [], notes: [] };
}

function pointLines(points: readonly GoldPoint[]): { prefix: string; inline: Inline }[] {
  return points.flatMap((p) => [{ prefix: p.num ? `${p.num} ` : '', inline: p.text }, ...pointLines(p.children)]);
}

function blockLines(block: GoldBlock, style: Style): { prefix: string; inline: Inline }[] {
  let prefix = '';
  if (block.kind === 'heading') prefix = style.markdown ? '## ' : '';
  else if (block.num) prefix = `${style.markdown ? block.num.replace(/^(\d+)\./, '$1\\.') : block.num} `;
  const lines = [{ prefix, inline: block.text }];
  for (const row of block.table ?? []) lines.push({ prefix: '', inline: joinCells(row) });
  lines.push(...pointLines(block.points));
  if (block.wrapUp?.text) lines.push({ prefix: '', inline: block.wrapUp });
  return lines.filter((l) => l.prefix || l.inline.text);
}

/** A table row on one line, its cells apart by two spaces, as copied out of a table. */
function joinCells(cells: readonly Inline[]): Inline {
  let text = '';
  const italic: Span[] = [];
  const links: Inline['links'][number][] = [];
  const notes: Inline['notes'][number][] = [];
  for (const cell of cells) {
    if (text) text += '  ';
    const at = text.length;
    text += cell.text;
    italic.push(...cell.italic.map((s) => ({ start: s.start + at, end: s.end + at })));
    links.push(
      ...cell.links.map((l) => ({ span: { start: l.span.start + at, end: l.span.end + at }, symbol: l.symbol })),
    );
    notes.push(...cell.notes.map((n) => ({ ...n, at: n.at + at })));
  }
  return { text, italic, links, notes };
}

function writeTitleBlock(w: Writer, doc: AknDocument, masthead: boolean): void {
  if (masthead) {
    w.plain(undefined, `United Nations\n${doc.symbol}`);
    w.plain(
      undefined,
      [doc.organ === 'GA' ? 'General Assembly' : 'Security Council', 'Distr.: General', doc.issued ?? '']
        .join('\n')
        .trim(),
    );
  } else {
    w.plain(undefined, doc.symbol);
  }
  // The cover's lines belong to the title block; only the resolution's own title line is scored.
  for (const line of doc.cover) w.plain(undefined, line.text);
  if (doc.title) w.block('title', [{ prefix: doc.titleNumber ? `${doc.titleNumber} ` : '', inline: doc.title }]);
}

/** The document in one layout, footnotes at the end (the print layout then moves them to the page foot). */
export function writeDocument(
  doc: AknDocument,
  style: Style,
  masthead: boolean,
  footnotesAtEnd: boolean,
): { writer: Writer; annexStart: number } {
  const w = new Writer(style);
  writeTitleBlock(w, doc, masthead);
  doc.body.forEach((block, i) => w.block(block.kind, blockLines(block, style), i));
  if (doc.closing.length > 0)
    w.block(
      'closing',
      doc.closing.map((line) => ({ prefix: '', inline: plainInline(line) })),
    );
  const annexStart = doc.annexes.length > 0 ? w.text.length + (style.blankLines ? 2 : 1) : -1;
  for (const annex of doc.annexes) for (const block of annex) w.block(block.kind, blockLines(block, style));
  // Annex blocks are not scored: which kind an annex's paragraph should get is not settled.
  const scored = w.blocks.filter((b) => annexStart < 0 || b.span.start < annexStart || b.kind === 'closing');
  w.blocks.length = 0;
  w.blocks.push(...scored);
  if (footnotesAtEnd)
    for (const note of doc.footnotes) w.block('footnote', [{ prefix: style.noteLead(note.marker), inline: note.text }]);
  return { writer: w, annexStart: annexStart < 0 ? w.text.length : annexStart };
}
