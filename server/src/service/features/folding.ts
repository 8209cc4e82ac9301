import type { DraftDocument, StructureNode } from '../model/document';
import type { Span } from '../types';

export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
}

/** Folding for the title block, sections, the preamble, the operative part and multi-line paragraphs. */
export function getFoldingRanges(doc: DraftDocument): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const add = (span: Span): void => {
    const startLine = doc.lines.lineOf(span.start);
    const endLine = doc.lines.lineOf(span.end);
    if (endLine > startLine) regions.push({ startLine, endLine });
  };
  if (doc.header.length > 0) add({ start: doc.header[0].span.start, end: doc.header[doc.header.length - 1].span.end });
  const visit = (nodes: readonly StructureNode[]): void => {
    for (const node of nodes) {
      add(node.span);
      if (node.type !== 'paragraph') visit(node.children);
    }
  };
  visit(doc.structure);
  for (const footnote of doc.footnotes) add(footnote.span);
  // Nested regions starting on the same line as their parent add nothing the editor can show.
  const seen = new Set<number>();
  return regions
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine)
    .filter((r) => (seen.has(r.startLine) ? false : (seen.add(r.startLine), true)));
}
