import type { DraftDocument, FootnoteMarker, Paragraph } from '../model/document';
import { lastAtOrBefore } from '../model/lineIndex';
import { foreignResolutionLists } from '../languages/citations';
import type { Span } from '../types';
import { councilNumbers } from './councilForm';
import { CitedDate, findDate } from './dates';
import { resolutionLists } from './lists';
import { documentOrganOf } from './organs';
import { writtenSymbols } from './symbols';

export type CitedBody = 'GA' | 'SC' | 'HRC' | 'ECOSOC' | 'OIC' | 'document';

export interface Citation {
  /**
   * Canonical symbol: "A/RES/61/49", "A/RES/45/10 B", "A/RES/194 (III)", "S/RES/242", "A/HRC/RES/7/1",
   * "A/63/L.44/Add.1", "S/PRST/2030/1", "NPT/CONF.2030/10 (Vol. I)".
   */
  readonly symbol: string;
  readonly body: CitedBody;
  /** The reference as written ("61/49", "242 (1967)", "A/63/228"). */
  readonly span: Span;
  readonly citedDate?: CitedDate;
  /** Security Council resolutions: the year given in parentheses. */
  readonly year?: number;
  /** The resolution this document is (its own title line or masthead), not a reference to another. */
  readonly self?: boolean;
}

/** A symbol as a reader writes it: a Council resolution with its year, "S/RES/2000 (2011)". */
export function citedSymbol(c: Citation): string {
  return c.body === 'SC' && c.year ? `${c.symbol} (${c.year})` : c.symbol;
}

/**
 * Every citation of a resolution or UN document in the draft, with the canonical symbol, the
 * exact span of the reference and the date as cited; the draft's own number first if it has one.
 * Linear in the text: each pattern reads a bounded slice, and overlaps are settled in one sweep.
 */
export function recogniseCitations(doc: DraftDocument): Citation[] {
  const text = doc.text;
  const candidates: Citation[] = [];
  const title = doc.title;
  if (title?.resolutionNumber) {
    const start = text.indexOf(title.resolutionNumber, title.span.start);
    const closing = doc.closing ? findDate(text.slice(doc.closing.span.start, doc.closing.span.end)) : undefined;
    const span = { start, end: start + title.resolutionNumber.length };
    candidates.push({ symbol: `A/RES/${title.resolutionNumber}`, body: 'GA', span, citedDate: closing, self: true });
  }

  const documentOrgan = documentOrganOf(doc);
  const markers = new Map<number, number>();
  for (const p of doc.paragraphs) for (const m of p.footnoteMarkers) markers.set(m.span.start, m.span.end);
  const header = new Set(doc.header);
  // Pushed last, so that where the word "resolution" is written its list is the reading kept.
  const unworded: Citation[] = [];
  const foreign = doc.language && doc.language !== 'en' ? doc.language : undefined;
  for (const paragraph of doc.paragraphs) {
    const own: Citation[] = [];
    const joined = joinPieces(text, paragraph, markers);
    const { body, base } = joined;
    const found: Citation[] = [
      ...writtenSymbols(body, base),
      ...resolutionLists(body, base, documentOrgan, joined.markers),
    ];
    if (foreign) found.push(...foreignResolutionLists(body, base, foreign));
    for (const c of found) own.push(joined.place(c));
    if (documentOrgan === 'SC') for (const c of councilNumbers(body, base)) unworded.push(joined.place(c));
    // A masthead line "S/RES/2505 (2020)" or "Resolution 2505 (2020)" is the document itself.
    const alone = header.has(paragraph) && own.length === 1 && own[0].body !== 'document' ? own[0] : undefined;
    const written = alone && text.slice(alone.span.start, alone.span.end);
    const rest = alone && text.slice(paragraph.span.start, paragraph.span.end).replace(written as string, '');
    if (alone && /^[\s*_]*(?:resolution)?[\s*_]*$/i.test(rest as string)) own[0] = { ...alone, self: true };
    for (const c of own) candidates.push(c);
  }
  for (const c of unworded) candidates.push(c);
  return withoutOverlaps(candidates);
}

/**
 * A paragraph's pieces read as one text, a line break between them, so that a list cut by a page break reads
 * on ("… 65/221 of 21 December 2010," / running header / "66/171 of 19 December 2011, …"). `base` places
 * the body in the document where it is one piece; `place` puts a citation found in it back where its words are.
 * The pieces and the markers are both in the text's order: one pass over each.
 */
function joinPieces(
  text: string,
  paragraph: Paragraph,
  markers: ReadonlyMap<number, number>,
): { body: string; base: number; markers: ReadonlyMap<number, number>; place: (c: Citation) => Citation } {
  const pieces = paragraph.pieces;
  const notes = paragraph.footnoteMarkers;
  if (pieces.length === 1) {
    const body = withSuperscriptMarkers(text, pieces[0], notes, 0, notes.length);
    return { body, base: pieces[0].start, markers, place: (c) => c };
  }
  const starts: number[] = [];
  const parts: string[] = [];
  // The paragraph's markers, where they stand in the body.
  const inBody = new Map<number, number>();
  let length = 0;
  let m = 0;
  for (const piece of pieces) {
    const first = m;
    for (; m < notes.length && notes[m].span.start < piece.end; m++) {
      if (notes[m].span.start < piece.start) continue;
      inBody.set(length + notes[m].span.start - piece.start, length + notes[m].span.end - piece.start);
    }
    starts.push(length);
    parts.push(withSuperscriptMarkers(text, piece, notes, first, m));
    length += piece.end - piece.start + 1;
  }
  const toDocument = (at: number): number => {
    const i = lastAtOrBefore(starts, at);
    return pieces[i].start + at - starts[i];
  };
  const place = (c: Citation): Citation => ({
    ...c,
    span: { start: toDocument(c.span.start), end: toDocument(c.span.end - 1) + 1 },
  });
  return { body: parts.join('\n'), base: 0, markers: inBody, place };
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The region's text with the digits of its footnote markers (`markers[from]` to `markers[to - 1]`) written as
 * superscripts, as a clean copy has them: "20182 and 42/8" of a PDF copy reads as "2018² and 42/8", "73/1813"
 * as "73/181³". The length stays the same.
 */
function withSuperscriptMarkers(
  text: string,
  region: Span,
  markers: readonly FootnoteMarker[],
  from: number,
  to: number,
): string {
  const body = text.slice(region.start, region.end);
  let out = '';
  let done = 0;
  for (let i = from; i < to; i++) {
    const m = markers[i];
    // Only the plain digits a PDF copy glues on; "[^1]" and superscripts already read as markers.
    if (m.span.start < region.start || m.span.end > region.end || !/^\d+$/.test(text.slice(m.span.start, m.span.end)))
      continue;
    const start = m.span.start - region.start;
    const end = m.span.end - region.start;
    out += body.slice(done, start) + body.slice(start, end).replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)]);
    done = end;
  }
  return done === 0 ? body : out + body.slice(done);
}

/** Sorted by start; of two that overlap, the one that starts first (or was found first) is kept. */
function withoutOverlaps(candidates: Citation[]): Citation[] {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.span.start - b.c.span.start || a.i - b.i);
  const kept: Citation[] = [];
  let end = -1;
  for (const { c } of order) {
    if (c.span.start < end) continue;
    kept.push(c);
    end = c.span.end;
  }
  return kept;
}
