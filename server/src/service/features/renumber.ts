import { subparagraphLabel } from '../model/subparagraphs';
import type { DraftDocument, ParagraphNumber, Subparagraph } from '../model/document';
import type { Span, SpanEdit } from '../types';

const CROSS_REFERENCE =
  /\b(paragraphs?\s+)(\d{1,3})(?:(\s*(?:to|and|-|–)\s*)(\d{1,3}))?(?=\s+(?:above|below|of the present (?:resolution|decision|communiqué))\b)/gi;

/**
 * Renumbers the operative paragraphs 1, 2, 3 … ("5 bis" keeps its suffix on the new number of
 * its base), re-letters sub-paragraphs, and makes in-draft cross-references follow the
 * paragraphs they pointed at. Only the digits and letters that change are edited.
 */
export function renumberEdits(doc: DraftDocument): SpanEdit[] {
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
    if (value !== n.value) edits.push(numberEdit(n, value));
  }
  for (const p of doc.paragraphs) relabel(p.subparagraphs, edits);
  // A reference follows its paragraph only where the old number named one paragraph.
  for (const e of crossReferenceEdits(doc, (old) => (ambiguous.has(old) ? undefined : renumbered.get(old))))
    edits.push(e);
  return inDocumentOrder(edits);
}

/** The edit that gives a paragraph number the value `value`: its digits only, "bis" and the marker stay. */
export function numberEdit(number: ParagraphNumber, value: number): SpanEdit {
  return { span: number.digits, newText: String(value) };
}

/**
 * Edits making the cross-references ("paragraph 5 above", "paragraphs 3 to 6 below") of the
 * preambular and operative paragraphs point at `follow(old number)`.
 */
export function crossReferenceEdits(doc: DraftDocument, follow: (old: number) => number | undefined): SpanEdit[] {
  const edits: SpanEdit[] = [];
  const retarget = (at: number, digits: string): void => {
    const now = follow(Number(digits));
    if (now !== undefined && now !== Number(digits))
      edits.push({ span: { start: at, end: at + digits.length }, newText: String(now) });
  };
  for (const p of [...doc.preambular, ...doc.operative]) {
    for (const piece of p.pieces) {
      for (const m of doc.text.slice(piece.start, piece.end).matchAll(CROSS_REFERENCE)) {
        const firstAt = piece.start + m.index! + m[1].length;
        retarget(firstAt, m[2]);
        if (m[4]) retarget(firstAt + m[2].length + m[3].length, m[4]);
      }
    }
  }
  return edits;
}

/** Span edits in document order, as the editor and the tests read them. */
export function inDocumentOrder(edits: readonly SpanEdit[]): SpanEdit[] {
  return [...edits].sort((a, b) => a.span.start - b.span.start);
}

/** `text` from `span` of the draft with `edits` (inside the span, non-overlapping) applied. */
export function rewrite(doc: DraftDocument, span: Span, edits: readonly SpanEdit[]): string {
  let text = '';
  let at = span.start;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    text += doc.text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return text + doc.text.slice(at, span.end);
}

function relabel(list: readonly Subparagraph[], edits: SpanEdit[]): void {
  list.forEach((s, i) => {
    const right = subparagraphLabel(s, i + 1);
    // "(هـ)" is "(ه)" drawn out: the same label.
    if (right !== s.label.replace('ـ', '')) {
      const labelAt = s.markerSpan.start + (s.style === '()' || s.style === '‘’' ? 1 : 0);
      edits.push({ span: { start: labelAt, end: labelAt + s.label.length }, newText: right });
    }
    relabel(s.children, edits);
  });
}

/** Applies edits (non-overlapping, any order) to `text`: for the CLI and the tests. */
export function applyEdits(doc: DraftDocument, edits: readonly SpanEdit[]): string {
  let text = doc.text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start))
    text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  return text;
}
