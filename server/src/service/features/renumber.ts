import { subparagraphLabel } from '../checks/structure';
import type { DraftDocument, Subparagraph } from '../model/document';
import type { Span } from '../types';
import type { TextEditData } from './diagnostics';

interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

const CROSS_REFERENCE = /\b(paragraphs?\s+)(\d{1,3})(?:(\s*(?:to|and|-|–)\s*)(\d{1,3}))?(?=\s+(?:above|below|of the present (?:resolution|decision|communiqué))\b)/gi;

/**
 * Renumbers the operative paragraphs 1, 2, 3 … ("5 bis" keeps its suffix on the new number of
 * its base), re-letters sub-paragraphs, and makes in-draft cross-references follow the
 * paragraphs they pointed at. Only the digits and letters that change are edited.
 */
export function renumberEdits(doc: DraftDocument): TextEditData[] {
  const edits: SpanEdit[] = [];
  const renumbered = new Map<number, number>();
  const ambiguous = new Set<number>();
  let counter = 0;
  for (const p of doc.operative) {
    const n = p.number;
    if (!n) continue;
    if (!n.suffix) counter++;
    const value = n.suffix ? Math.max(counter, 1) : counter;
    if (!n.suffix) {
      if (renumbered.has(n.value)) ambiguous.add(n.value);
      renumbered.set(n.value, value);
    }
    const digits = String(n.value);
    if (value !== n.value) edits.push({ span: { start: n.span.start, end: n.span.start + digits.length }, newText: String(value) });
  }
  for (const p of doc.paragraphs) relabel(p.subparagraphs, edits);
  // A reference follows its paragraph only where the old number named one paragraph.
  const follow = (old: number): number | undefined => (ambiguous.has(old) ? undefined : renumbered.get(old));
  for (const p of [...doc.preambular, ...doc.operative]) {
    for (const piece of p.pieces) {
      const body = doc.text.slice(piece.start, piece.end);
      for (const m of body.matchAll(CROSS_REFERENCE)) {
        const firstAt = piece.start + m.index! + m[1].length;
        const first = follow(Number(m[2]));
        if (first !== undefined && first !== Number(m[2])) edits.push({ span: { start: firstAt, end: firstAt + m[2].length }, newText: String(first) });
        if (m[4]) {
          const secondAt = firstAt + m[2].length + m[3].length;
          const second = follow(Number(m[4]));
          if (second !== undefined && second !== Number(m[4])) edits.push({ span: { start: secondAt, end: secondAt + m[4].length }, newText: String(second) });
        }
      }
    }
  }
  return edits.sort((a, b) => a.span.start - b.span.start).map((e) => ({ range: doc.lines.rangeOf(e.span), newText: e.newText }));
}

function relabel(list: readonly Subparagraph[], edits: SpanEdit[]): void {
  list.forEach((s, i) => {
    const right = subparagraphLabel(s.degree, i + 1);
    if (right !== s.label) {
      const labelAt = s.markerSpan.start + (s.style === '()' ? 1 : 0);
      edits.push({ span: { start: labelAt, end: labelAt + s.label.length }, newText: right });
    }
    relabel(s.children, edits);
  });
}

/** Applies edits (non-overlapping, any order) to `text`: for the CLI and the tests. */
export function applyEdits(doc: DraftDocument, edits: readonly TextEditData[]): string {
  const spans = edits.map((e) => ({ start: doc.lines.offsetAt(e.range.start), end: doc.lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let text = doc.text;
  for (const e of spans) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}
