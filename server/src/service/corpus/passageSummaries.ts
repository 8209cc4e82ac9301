import { DraftDocument, Paragraph, paragraphText, wordsStart } from '../model/document';
import { oneLine } from '../features/displayText';
import type { Span } from '../types';

/**
 * What the agreed-language finder shows of a document's passages without parsing the document again: where each
 * passage's words are in the text and where the passage is, as a drafter cites it. Taken when the document is
 * indexed, kept with its sampled shingles and in the persisted index.
 */
export interface PassageSummaries {
  /** Per passage, in the order of the sampled shingles: [piece count, start, end…]…, the pieces after its number. */
  readonly pieces: Int32Array;
  /** Per passage: "operative paragraph 3", "preambular paragraph 2", 'paragraph 1 under "Annex"'. */
  readonly places: readonly string[];
  /** The resolution number of the document's title ("77/25"), the name it is cited by. */
  readonly resolutionNumber?: string;
}

/** One passage as the finder compares and shows it. */
export interface PassageSummary {
  readonly pieces: readonly Span[];
  readonly place: string;
  /** Its document's resolution number, if its title gives one. */
  readonly resolutionNumber?: string;
}

/** Where a paragraph is in its document, as a drafter cites it. */
export function placeOf(doc: DraftDocument, paragraph: Paragraph): string {
  if (paragraph.kind === 'operative') {
    const n = paragraph.number;
    const number = n ? `${n.value}${n.suffix ? ` ${n.suffix}` : ''}` : doc.operative.indexOf(paragraph) + 1;
    return `operative paragraph ${number}`;
  }
  if (paragraph.kind === 'preambular') return `preambular paragraph ${doc.preambular.indexOf(paragraph) + 1}`;
  const index = doc.paragraphs.indexOf(paragraph);
  let heading: Paragraph | undefined;
  let ordinal = 0;
  for (let i = index; i >= 0; i--) {
    const p = doc.paragraphs[i];
    if (p.kind === 'heading') {
      heading = p;
      break;
    }
    if (p.kind === 'narrative') ordinal++;
  }
  return heading ? `paragraph ${ordinal} under "${oneLine(paragraphText(doc, heading))}"` : `paragraph ${ordinal}`;
}

/** The pieces of a paragraph's text after its number: where the words a drafter quotes are. */
export function wordPieces(paragraph: Paragraph): Span[] {
  const from = wordsStart(paragraph);
  return paragraph.pieces
    .filter((piece) => piece.end > from)
    .map((piece) => ({ ...piece, start: Math.max(piece.start, from) }));
}

/** The summaries of the passages whose paragraphs are `paragraphIndexes` (those the sampled shingles hold). */
export function passageSummariesOf(doc: DraftDocument, paragraphIndexes: readonly number[]): PassageSummaries {
  const pieces: number[] = [];
  const places: string[] = [];
  for (const index of paragraphIndexes) {
    const paragraph = doc.paragraphs[index];
    const words = wordPieces(paragraph);
    pieces.push(words.length);
    for (const piece of words) pieces.push(piece.start, piece.end);
    places.push(placeOf(doc, paragraph));
  }
  const resolutionNumber = doc.title?.resolutionNumber;
  return { pieces: Int32Array.from(pieces), places, ...(resolutionNumber ? { resolutionNumber } : {}) };
}

/** The `ordinal`-th passage's summary, or undefined if the summaries have fewer. */
export function passageSummary(summaries: PassageSummaries, ordinal: number): PassageSummary | undefined {
  const { pieces, places } = summaries;
  let at = 0;
  for (let passage = 0; passage < ordinal && at < pieces.length; passage++) at += 1 + 2 * pieces[at];
  if (at >= pieces.length || ordinal >= places.length) return undefined;
  const spans = Array.from({ length: pieces[at] }, (_, i) => ({
    start: pieces[at + 1 + 2 * i],
    end: pieces[at + 2 + 2 * i],
  }));
  const { resolutionNumber } = summaries;
  return { pieces: spans, place: places[ordinal], ...(resolutionNumber !== undefined ? { resolutionNumber } : {}) };
}

/**
 * Whether summaries read back from outside (the persisted index) fit a text of `textLength` with `passages`
 * passages: each piece inside the text, after the one before.
 */
export function wellFormedSummaries(pieces: Int32Array, passages: number, textLength: number): boolean {
  let at = 0;
  for (let passage = 0; passage < passages; passage++) {
    if (at >= pieces.length || pieces[at] < 0 || at + 1 + 2 * pieces[at] > pieces.length) return false;
    let previous = 0;
    for (let i = 0; i < pieces[at]; i++) {
      const [start, end] = [pieces[at + 1 + 2 * i], pieces[at + 2 + 2 * i]];
      if (start < previous || end < start || end > textLength) return false;
      previous = end;
    }
    at += 1 + 2 * pieces[at];
  }
  return at === pieces.length;
}
