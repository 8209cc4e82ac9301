import type { CitedDate } from '../citations/dates';
import type { Range, Span } from '../types';

/** A citation as the index answers it: where it is, not the text around it. */
export interface IndexedCitation {
  readonly uri: string;
  readonly symbol: string;
  readonly span: Span;
  readonly range: Range;
  readonly citedDate?: CitedDate;
  readonly year?: number;
  readonly self?: boolean;
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 keeps a piece cut
 * from a string as a view of the whole, so a symbol, date or title kept from a document would
 * keep the document's whole text in memory.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Numbers kept per citation: span, range, year, self, cited day, month and year (0 for none). */
export const NUMBERS_PER_CITATION = 11;

/**
 * A document's citations as columns: their numbers in one Int32Array, their symbols and cited
 * date texts as strings. About fifty bytes a citation where objects took several hundred; the
 * objects are made only for the citations a request asks about. The index cache stores the same
 * columns.
 */
export class PackedCitations {
  /** Citations other than the document's own title. */
  readonly cited: number;

  constructor(
    readonly numbers: Int32Array,
    readonly symbols: readonly string[],
    readonly dateTexts: readonly string[],
  ) {
    if (numbers.length !== symbols.length * NUMBERS_PER_CITATION || dateTexts.length !== symbols.length)
      throw new Error('citation columns of different lengths');
    let cited = 0;
    for (let i = 0; i < symbols.length; i++) if (!this.isSelf(i)) cited++;
    this.cited = cited;
  }

  /** `intern` gives one string for equal symbols (a corpus repeats few symbols many times), detached from the text. */
  static pack(citations: readonly Omit<IndexedCitation, 'uri'>[], intern: (symbol: string) => string): PackedCitations {
    const numbers = new Int32Array(citations.length * NUMBERS_PER_CITATION);
    citations.forEach((c, i) =>
      numbers.set(
        [
          c.span.start,
          c.span.end,
          c.range.start.line,
          c.range.start.character,
          c.range.end.line,
          c.range.end.character,
          c.year ?? 0,
          c.self ? 1 : 0,
          c.citedDate?.day ?? 0,
          c.citedDate?.month ?? 0,
          c.citedDate?.year ?? 0,
        ],
        i * NUMBERS_PER_CITATION,
      ),
    );
    return new PackedCitations(
      numbers,
      citations.map((c) => intern(c.symbol)),
      citations.map((c) => (c.citedDate ? detached(c.citedDate.text) : '')),
    );
  }

  /**
   * Whether columns read back from outside (the persisted cache) are ones `pack` could have made
   * for a text of `textLength`: spans inside it, ranges in order, dates that can be written.
   */
  static wellFormed(numbers: Int32Array, dateTexts: readonly string[], textLength: number): boolean {
    if (numbers.length !== dateTexts.length * NUMBERS_PER_CITATION) return false;
    for (let i = 0; i < dateTexts.length; i++) {
      const [start, end, startLine, startCharacter, endLine, endCharacter, year, self, day, month, citedYear] =
        numbers.subarray(i * NUMBERS_PER_CITATION, (i + 1) * NUMBERS_PER_CITATION);
      const ordered =
        0 <= start &&
        start <= end &&
        end <= textLength &&
        0 <= startLine &&
        startLine <= endLine &&
        startCharacter >= 0 &&
        endCharacter >= 0;
      const dated = dateTexts[i] === '' ? day === 0 && month === 0 : 1 <= month && month <= 12 && 0 < day && day < 100;
      if (
        !ordered ||
        !dated ||
        (self !== 0 && self !== 1) ||
        year < 0 ||
        year > 9999 ||
        citedYear < 0 ||
        citedYear > 9999
      )
        return false;
    }
    return true;
  }

  isSelf(i: number): boolean {
    return this.numbers[i * NUMBERS_PER_CITATION + 7] !== 0;
  }

  spanStart(i: number): number {
    return this.numbers[i * NUMBERS_PER_CITATION];
  }

  /** The Security Council year citation `i` gives, 0 for none. */
  year(i: number): number {
    return this.numbers[i * NUMBERS_PER_CITATION + 6];
  }

  /** A number for citation `i`'s cited date, equal for dates written alike (formatDate) and 0 for none. */
  dateKey(i: number): number {
    if (!this.dateTexts[i]) return 0;
    const at = i * NUMBERS_PER_CITATION;
    return (this.numbers[at + 10] * 13 + this.numbers[at + 9]) * 100 + this.numbers[at + 8];
  }

  citedDate(i: number): CitedDate | undefined {
    const text = this.dateTexts[i];
    if (!text) return undefined;
    const n = this.numbers;
    const at = i * NUMBERS_PER_CITATION;
    return n[at + 10]
      ? { text, day: n[at + 8], month: n[at + 9], year: n[at + 10] }
      : { text, day: n[at + 8], month: n[at + 9] };
  }

  /** The citation `i` of the document at `uri`, as an object. */
  citation(i: number, uri: string): IndexedCitation {
    const n = this.numbers;
    const at = i * NUMBERS_PER_CITATION;
    const citation: { -readonly [K in keyof IndexedCitation]: IndexedCitation[K] } = {
      uri,
      symbol: this.symbols[i],
      span: { start: n[at], end: n[at + 1] },
      range: { start: { line: n[at + 2], character: n[at + 3] }, end: { line: n[at + 4], character: n[at + 5] } },
    };
    if (n[at + 6]) citation.year = n[at + 6];
    if (n[at + 7]) citation.self = true;
    const citedDate = this.citedDate(i);
    if (citedDate) citation.citedDate = citedDate;
    return citation;
  }
}
