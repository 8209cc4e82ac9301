import type { DraftDocument } from '../model/document';
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
    for (const region of paragraph.pieces) {
      const body = text.slice(region.start, region.end);
      for (const c of writtenSymbols(body, region.start)) own.push(c);
      for (const c of resolutionLists(body, region.start, documentOrgan, markers)) own.push(c);
      if (documentOrgan === 'SC') for (const c of councilNumbers(body, region.start)) unworded.push(c);
      if (foreign) for (const c of foreignResolutionLists(body, region.start, foreign)) own.push(c);
    }
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
