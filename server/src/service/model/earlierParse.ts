import type { Span } from '../types';
import type { DraftDocument, Opening, Paragraph, ParagraphKind, ParagraphNumber, Subparagraph } from './document';

/** Compared as strings first, a memory compare: a 2 MB draft compared a character at a time took 20 ms a key. */
const COMPARED_CHUNK = 4096;

/** Where `after` differs from `before`: the span of `after` an edit (or several) wrote, empty for a deletion. */
export function editedSpan(before: string, after: string): Span {
  const shortest = Math.min(before.length, after.length);
  const same = (from: number, to: number, shift: number): boolean =>
    before.slice(from, to) === after.slice(from + shift, to + shift);
  let start = 0;
  while (start + COMPARED_CHUNK <= shortest && same(start, start + COMPARED_CHUNK, 0)) start += COMPARED_CHUNK;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const most = shortest - start;
  const shift = after.length - before.length;
  let tail = 0;
  const end = before.length;
  while (tail + COMPARED_CHUNK <= most && same(end - tail - COMPARED_CHUNK, end - tail, shift)) tail += COMPARED_CHUNK;
  while (tail < most && before.charCodeAt(end - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: after.length - tail };
}

export const shiftSpan = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });

function shiftSubparagraph(s: Subparagraph, delta: number): Subparagraph {
  return Object.freeze({
    ...s,
    markerSpan: shiftSpan(s.markerSpan, delta),
    span: shiftSpan(s.span, delta),
    children: Object.freeze(s.children.map((c) => shiftSubparagraph(c, delta))),
  });
}

/** What the parse reads of a paragraph from its own words alone: its opening phrase and its sub-paragraphs. */
export interface ParagraphDetails {
  readonly opening: Opening | undefined;
  readonly subparagraphs: readonly Subparagraph[];
}

/**
 * A character past a paragraph's end that its details may read (a line's "\r\n"): an edit this close is no longer
 * outside it.
 */
const READ_PAST = 2;

/** The earlier version's paragraph that stands where one of the new version does, and how far it moved. */
export interface EarlierParagraph {
  readonly paragraph: Paragraph;
  readonly shift: number;
}

/**
 * The paragraphs of the parse of a draft's earlier version that an edit did not touch, by the kind and pieces of the
 * new version's (`length` long, `edit` where it differs from the earlier text): a paragraph is found where it has
 * the same kind and the same pieces, all before the edit or all after it, so its words are the same.
 */
export function earlierParagraphs(
  earlier: DraftDocument,
  edit: Span,
  length: number,
): (kind: ParagraphKind, pieces: readonly Span[]) => EarlierParagraph | undefined {
  const delta = length - earlier.text.length;
  const byStart = new Map<number, Paragraph>();
  for (const p of earlier.paragraphs) byStart.set(p.span.start, p);
  return (kind, pieces) => {
    const start = pieces[0].start;
    const before = pieces[pieces.length - 1].end + READ_PAST <= edit.start;
    if (!before && start < edit.end + READ_PAST) return undefined;
    const shift = before ? 0 : delta;
    const paragraph = byStart.get(start - shift);
    if (!paragraph || paragraph.kind !== kind || !samePieces(paragraph.pieces, pieces, shift)) return undefined;
    return { paragraph, shift };
  };
}

/**
 * The details of the paragraphs an edit did not touch, for the parse of a draft's new version: a keystroke re-reads
 * the paragraph it changed, not the 500 others. Taken over only where a paragraph's words, pieces, kind and number
 * are as they were, so the result is the one a parse from nothing gives (the tests compare the two on random edits).
 */
export function earlierDetails(
  earlier: DraftDocument | undefined,
  edit: Span | undefined,
  length: number,
): (kind: ParagraphKind, pieces: readonly Span[], number: ParagraphNumber | undefined) => ParagraphDetails | undefined {
  if (!earlier || !edit) return () => undefined;
  const find = earlierParagraphs(earlier, edit, length);
  return (kind, pieces, number) => {
    const found = find(kind, pieces);
    if (!found || !sameNumber(found.paragraph.number, number, found.shift)) return undefined;
    const { paragraph: old, shift } = found;
    return {
      opening: old.opening && Object.freeze({ ...old.opening, span: shiftSpan(old.opening.span, shift) }),
      subparagraphs: shift === 0 ? old.subparagraphs : old.subparagraphs.map((s) => shiftSubparagraph(s, shift)),
    };
  };
}

function samePieces(old: readonly Span[], pieces: readonly Span[], shift: number): boolean {
  return (
    old.length === pieces.length &&
    old.every((piece, i) => piece.start + shift === pieces[i].start && piece.end + shift === pieces[i].end)
  );
}

function sameNumber(old: ParagraphNumber | undefined, number: ParagraphNumber | undefined, shift: number): boolean {
  if (!old || !number) return old === number;
  return old.span.start + shift === number.span.start && old.span.end + shift === number.span.end;
}
