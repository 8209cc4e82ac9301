import type { DraftDocument, Paragraph, PartNode, SectionNode, StructureNode, Subparagraph } from '../model/document';
import { paragraphText, wordsStart } from '../model/document';
import { findBrackets } from '../model/brackets';
import { writtenMarker } from '../model/subparagraphs';
import type { Span } from '../types';

export type OutlineKind =
  | 'title'
  | 'headerLine'
  | 'enactingFormula'
  | 'section'
  | 'preamble'
  | 'operativePart'
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'footnotes'
  | 'footnote'
  | 'closing';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** All the symbol covers, and the part of it that names it (a paragraph's number and opening phrase). */
  readonly span: Span;
  readonly selectionSpan: Span;
  readonly children: readonly OutlineSymbol[];
}

const DETAIL_LENGTH = 60;

function collapse(text: string): string {
  return text
    .replace(/[*_]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The first words of `text`, cut at a word boundary. */
function firstWords(text: string, length = DETAIL_LENGTH): string {
  // Only the start is shown: collapsing a few times its length is enough, and cheap on long paragraphs.
  const clean = collapse(text.slice(0, length * 4));
  if (clean.length <= length) return clean;
  const cut = clean.lastIndexOf(' ', length);
  return `${clean.slice(0, cut > length / 2 ? cut : length)}…`;
}

export function paragraphLabel(paragraph: Paragraph): string {
  const n = paragraph.number;
  return n ? `${n.value}${n.suffix ? ` ${n.suffix}` : ''}${n.marker}` : '';
}

/** Name and detail of a preambular or operative paragraph: "8. Also welcomes" / "the cooperation between …". */
function nameParagraph(doc: DraftDocument, paragraph: Paragraph): { name: string; detail: string } {
  const label = paragraphLabel(paragraph);
  const opening = paragraph.opening;
  const restFrom = opening ? opening.span.end : wordsStart(paragraph);
  const rest = doc.text.slice(restFrom, Math.min(paragraph.pieces[0].end, restFrom + 400));
  const phrase = opening ? opening.phrase : firstWords(doc.text.slice(restFrom, paragraph.pieces[0].end), 30);
  return { name: label ? `${label} ${phrase}` : phrase, detail: opening ? firstWords(rest) : '' };
}

function symbol(
  name: string,
  detail: string,
  kind: OutlineKind,
  span: Span,
  selection: Span,
  children: OutlineSymbol[] = [],
): OutlineSymbol {
  return {
    name: name || '…',
    detail,
    kind,
    span,
    selectionSpan: selection,
    children,
  };
}

function subparagraphSymbol(doc: DraftDocument, sub: Subparagraph): OutlineSymbol {
  const label = writtenMarker(sub.style, sub.label);
  const detail = firstWords(doc.text.slice(sub.markerSpan.end, Math.min(sub.span.end, sub.markerSpan.end + 400)));
  return symbol(
    label,
    detail,
    'subparagraph',
    sub.span,
    sub.markerSpan,
    sub.children.map((c) => subparagraphSymbol(doc, c)),
  );
}

/** Bracketed (unagreed) passages of a paragraph: how many "[" it holds. */
type BracketCount = (paragraph: Paragraph) => number;

/** The draft's brackets found once, then counted per piece. */
function bracketCounter(doc: DraftDocument): BracketCount {
  const brackets = findBrackets(doc.text);
  return (paragraph) => {
    // A footnote marker "[1]", "[^1]", and a footnote's own label "[1]", "_[1]", are no unagreed text.
    const start = paragraph.span.start;
    const label = paragraph.kind === 'footnote' ? /^[*_]{0,2}\[/.exec(doc.text.slice(start, start + 3)) : null;
    const labelAt = label ? start + label[0].length - 1 : -1;
    const isMarker = (at: number): boolean =>
      at === labelAt || paragraph.footnoteMarkers.some((m) => m.span.start === at);
    let count = 0;
    for (const piece of paragraph.pieces) {
      for (const at of brackets.within(piece.start, piece.end)) {
        if (doc.text[at] === '[' && !isMarker(at)) count++;
      }
    }
    return count;
  };
}

function paragraphSymbol(
  doc: DraftDocument,
  paragraph: Paragraph,
  bracketedPassages: BracketCount,
): OutlineSymbol | undefined {
  switch (paragraph.kind) {
    case 'preambular':
    case 'operative': {
      const { name, detail: words } = nameParagraph(doc, paragraph);
      // A negotiator watches the bracketed (unagreed) passages go: the outline shows where they are.
      const brackets = bracketedPassages(paragraph);
      const detail = brackets > 0 ? `[${brackets} bracketed] ${words}` : words;
      const selection = paragraph.opening?.span ?? paragraph.number?.span ?? paragraph.span;
      const from = paragraph.number ? paragraph.number.span.start : selection.start;
      return symbol(
        name,
        detail,
        paragraph.kind,
        paragraph.span,
        { start: from, end: selection.end },
        paragraph.subparagraphs.map((s) => subparagraphSymbol(doc, s)),
      );
    }
    case 'enactingFormula':
    case 'closing':
      return symbol(
        firstWords(paragraphText(doc, paragraph), 80),
        '',
        paragraph.kind,
        paragraph.span,
        paragraph.pieces[0],
      );
    default:
      // Running text and footnotes are not outline entries of their own; footnotes are gathered at the end.
      return undefined;
  }
}

function structureSymbols(
  doc: DraftDocument,
  nodes: readonly StructureNode[],
  bracketedPassages: BracketCount,
): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const s = paragraphSymbol(doc, node.paragraph, bracketedPassages);
      if (s) out.push(s);
    } else if (node.type === 'section') {
      const name = collapse(paragraphText(doc, node.heading)).replace(/:$/, '');
      out.push(
        symbol(
          name,
          '',
          'section',
          node.span,
          node.heading.span,
          structureSymbols(doc, node.children, bracketedPassages),
        ),
      );
    } else {
      const children = structureSymbols(doc, node.children, bracketedPassages);
      const count = children.length;
      const name = node.type === 'preamble' ? 'Preamble' : 'Operative part';
      const brackets = node.children.reduce(
        (n, c) => n + (c.type === 'paragraph' ? bracketedPassages(c.paragraph) : 0),
        0,
      );
      out.push(
        symbol(
          name,
          `${count} paragraph${count === 1 ? '' : 's'}${brackets > 0 ? `, ${brackets} bracketed passage${brackets === 1 ? '' : 's'}` : ''}`,
          node.type,
          node.span,
          node.span,
          children,
        ),
      );
    }
  }
  return out;
}

/** Bracketed passages in the whole draft: the number a negotiator watches go down. */
function openBrackets(doc: DraftDocument, bracketedPassages: BracketCount): number {
  return doc.paragraphs.reduce(
    (n, p) => n + (p.kind === 'preambular' || p.kind === 'operative' ? bracketedPassages(p) : 0),
    0,
  );
}

function titleSymbol(doc: DraftDocument, bracketedPassages: BracketCount): OutlineSymbol | undefined {
  if (doc.header.length === 0) return undefined;
  const title = doc.title ?? doc.header[0];
  const span = { start: doc.header[0].span.start, end: doc.header[doc.header.length - 1].span.end };
  const dateline = doc.header.find((p) => p.kind === 'dateline');
  const others = doc.header
    .filter((p) => p !== title)
    .map((p) =>
      symbol(firstWords(paragraphText(doc, p), 80), p.kind === 'dateline' ? 'date' : '', 'headerLine', p.span, p.span),
    );
  const brackets = openBrackets(doc, bracketedPassages);
  const detail = [
    dateline ? collapse(paragraphText(doc, dateline)) : '',
    brackets > 0 ? `${brackets} bracketed passage${brackets === 1 ? '' : 's'} to agree` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return symbol(collapse(paragraphText(doc, title)), detail, 'title', span, title.span, others);
}

/**
 * The footnotes, one group per run of footnote texts: a print layout sets them at the foot of each page, among the
 * paragraphs, and a group spanning the paragraphs between would pin "Footnotes" over them (sticky scroll).
 */
function footnoteSymbols(doc: DraftDocument): OutlineSymbol[] {
  if (doc.footnotes.length === 0) return [];
  const runs: Paragraph[][] = [];
  let previous: Paragraph | undefined;
  for (const p of doc.paragraphs) {
    if (p.kind === 'footnote') {
      if (previous?.kind === 'footnote') runs[runs.length - 1].push(p);
      else runs.push([p]);
    }
    previous = p;
  }
  return runs.map((run) => {
    const children = run.map((f) => {
      const text = paragraphText(doc, f).replace(/^\S+\s*/, '');
      return symbol(`Footnote ${f.footnoteNumber}`, firstWords(text), 'footnote', f.span, f.span);
    });
    const [first, last] = [run[0], run[run.length - 1]];
    const numbers =
      runs.length === 1 ? '' : ` ${first.footnoteNumber}${run.length > 1 ? `–${last.footnoteNumber}` : ''}`;
    const span = { start: first.span.start, end: last.span.end };
    return symbol(`Footnotes${numbers}`, `${children.length}`, 'footnotes', span, first.span, children);
  });
}

/**
 * The outline: title, enacting formula, headings, preamble, operative part, closing line, footnotes. `typing` is
 * where the draft was last edited: a line being typed there that reads as a short heading ("Welc", "Req") is not
 * yet one, so the parts around it stay as they were rather than nest under it.
 */
export function getDocumentSymbols(doc: DraftDocument, typing?: Span): OutlineSymbol[] {
  const symbols: OutlineSymbol[] = [];
  const bracketedPassages = bracketCounter(doc);
  const title = titleSymbol(doc, bracketedPassages);
  if (title) symbols.push(title);
  const structure = typing ? withoutTypedHeading(doc.structure, typing) : doc.structure;
  for (const s of structureSymbols(doc, structure, bracketedPassages)) symbols.push(s);
  for (const s of footnoteSymbols(doc)) symbols.push(s);
  return symbols;
}

/** `nodes` with a short heading at `typing` replaced by what it holds, and the parts it split joined again. */
function withoutTypedHeading(nodes: readonly StructureNode[], typing: Span): readonly StructureNode[] {
  const typed = (node: StructureNode): node is SectionNode =>
    node.type === 'section' &&
    node.heading.headingLevel === 2 &&
    node.heading.span.start <= typing.end &&
    typing.start <= node.heading.span.end;
  if (!nodes.some(typed)) return nodes;
  const out: StructureNode[] = [];
  for (const node of nodes.flatMap((n) => (typed(n) ? n.children : [n]))) {
    const previous = out[out.length - 1];
    if (previous && previous.type === node.type && (node.type === 'preamble' || node.type === 'operativePart')) {
      const joined: PartNode = {
        type: node.type,
        span: { start: previous.span.start, end: node.span.end },
        children: [...(previous as PartNode).children, ...node.children],
      };
      out[out.length - 1] = joined;
    } else out.push(node);
  }
  return out;
}
