import type { CitedDate } from '../citations/dates';
import type { Range } from '../types';
import type { DocumentMetadata } from './metadata';
import type { PackedCitations } from './packedCitations';
import type { PassageSummaries } from './passageSummaries';
import type { PostingArrays } from './postings';

/** A symbol's stats as the segment stores them: documents by their number in it. */
export interface SegmentSymbolStats {
  /** Documents citing it other than as their own title, in the segment's order. */
  readonly citers: readonly number[];
  /** Documents that are the text. */
  readonly definers: readonly number[];
  /** Distinct dates it is cited with, by PackedCitations.dateKey, with how many citations give each. */
  readonly definitionDates: readonly SegmentDate[];
  readonly citationDates: readonly SegmentDate[];
  /** Security Council years its citations give, with their counts, in the order first met. */
  readonly years: readonly (readonly [year: number, count: number])[];
}

export interface SegmentDate {
  readonly key: number;
  readonly date: CitedDate;
  readonly count: number;
}

/**
 * The corpus as the persisted index held it when a start opened it: immutable, and read lazily (a document's
 * citations, a symbol's stats, a posting list when first asked for), so that a start does not grow with the
 * corpus. Documents are numbered 0 to `documents` - 1, in the order their passages are numbered. The corpus
 * index keeps what changes since on top of it. The workspace layer reads it from disk; a read may throw where
 * the bytes turn out damaged.
 */
export interface CorpusSegment {
  readonly documents: number;
  uri(doc: number): string;
  fingerprint(doc: number): string;
  /** False for a copy of a document indexed under another name: a copy adds nothing. */
  isIndexed(doc: number): boolean;
  title(doc: number): string | undefined;
  titleRange(doc: number): Range | undefined;
  textLength(doc: number): number;
  /** Citations other than the document's own title. */
  cited(doc: number): number;
  citations(doc: number): PackedCitations;
  /** The passage index's sampled shingles (see PassageIndex.addSampled). */
  sampledShingles(doc: number): Int32Array;
  /** What the agreed-language finder shows of its passages (see PassageSummaries). */
  summaries(doc: number): PassageSummaries;
  metadata(doc: number): readonly DocumentMetadata[] | undefined;
  /** Every symbol cited, once. */
  symbols(): readonly string[];
  stats(symbol: string): SegmentSymbolStats | undefined;
  /** The passages of each document, and each passage's paragraph, in passage order. */
  readonly passageCounts: Int32Array;
  readonly passageParagraphs: Int32Array;
  /** The postings: the shingle's list of passages (read when asked), and how many a capped list left out. */
  postingList(hash: number): Int32Array | undefined;
  dropped(hash: number): number;
  /** Entries in every list together. */
  readonly postingEntries: number;
  /** Every list, in hash order: what moving the postings into memory reads. */
  allPostings(): PostingArrays;
}
