import * as path from 'path';
import type { Range } from '../service';
import type { CitedDate } from '../service/citations/dates';
import type { CachedDocument } from '../service/corpus/corpusIndex';
import { COUNT_FIELDS, DocumentMetadata, isDocumentMetadata, STRING_FIELDS } from '../service/corpus/metadata';
import { NUMBERS_PER_CITATION, PackedCitations } from '../service/corpus/packedCitations';
import { paragraphsOf, passagesIn, wellFormedSampledShingles } from '../service/corpus/passageIndex';
import { PassageSummaries, wellFormedSummaries } from '../service/corpus/passageSummaries';
import { checkedPostings, POSTING_CAP, PostingArrays } from '../service/corpus/postings';
import type { CorpusSegment, SegmentDate, SegmentSymbolStats } from '../service/corpus/segment';
import type { Warn } from './corpusPaths';
import { fileUriOf } from './corpusFiles';
import { wellFormedTextMap } from './textMap';
import { FileError, FileStamp, RandomAccessFile, sameStamp, Workspace } from './workspace';

/**
 * The corpus index kept between sessions, in a storage folder the caller names (the extension's own storage,
 * never the user's folders): at the next start an unchanged file's entry is used instead of reading and parsing
 * it. A file is unchanged when its size and modification time are those it had when indexed.
 *
 * One binary file of typed sections, read lazily: a start reads the header, the documents' table (stamps, names,
 * fingerprints, titles, metadata), the symbols' directory, each passage's paragraph and a fence of every 256th
 * posting hash: a few bytes a document. A document's citations and shingles, a symbol's stats (what a hover
 * shows) and a posting list are read when a request first needs them. The file is outside data: every 64 KB
 * block has a checksum, checked when the block is first read, and all of them in the background after a start;
 * every value read is checked too. On any doubt the cache is dropped with one warning and the corpus read afresh.
 */
// Its length a multiple of 4: the header's words follow it.
const MAGIC = 'communique-corpus-ix/11\n';
const FILE_NAME = 'corpus-index.bin';
const MAX_CACHE_BYTES = 2 ** 31 - 1;
const BLOCK = 1 << 16;
/** Every this many posting hashes one is kept at a start: a list is found with one read of a block of hashes. */
const FENCE = 256;
/** Blocks read at a time by the check after a start: a megabyte, checked in well under a millisecond. */
const VERIFY_BLOCKS = 16;

/** Sections in file order; each starts on 8 bytes. */
const SECTIONS = [
  'stamps', // Float64 mtime, size per document
  'docs', // Int32 DOC_INTS per document
  'stringEnds', // Int32 per string: its end in the text, in UTF-16 units
  'text', // UTF-8
  'metadata', // Int32 records: field mask, then string ids and counts
  'citations', // Int32 per document: numbers, then symbol and date string ids
  'shingles', // Int32 per document: sampled shingles
  'pieces', // Int32 per document: its passages' pieces (PassageSummaries)
  'passages', // Int32 per passage: its paragraph
  'places', // Int32 per passage: its place's string id
  'textMaps', // Int32 per document: where its text's lines start in its file (textMap.ts)
  'symbols', // Int32 per symbol: string id, record start
  'records', // Int32 per symbol: citers, definers, dates, years
  'fences', // Uint32 every FENCE-th hash
  'hashes', // Uint32 per list
  'starts', // Uint32 per list, and the end
  'postings', // Int32 per entry
  'dropped', // Uint32 hash, count per capped list
  'checksums', // Uint32 per block from the header to here
] as const;
type Section = (typeof SECTIONS)[number];
const COUNTS = ['documents', 'strings', 'symbols', 'passages', 'lists', 'entries', 'dropped', 'blocks'] as const;
/** The magic, then: header checksum, file length, checksums' checksum, the counts, each section's start and length. */
const HEADER_WORDS = 3 + COUNTS.length + 2 * SECTIONS.length;
const HEADER_BYTES = Math.ceil((MAGIC.length + 4 * HEADER_WORDS) / 8) * 8;

/**
 * A document's integers: flags; file, uri, fingerprint and title string ids; title range; text length; citations,
 * those not its own title; shingles; metadata start and length; passages; pieces; resolution number string id or -1;
 * its text map's length.
 */
const DOC_INTS = 19;
const INDEXED = 1;
const TITLE = 2;
const TITLE_RANGE = 4;
const METADATA = 8;

/** FNV-1a over 32-bit words. */
function checksumOf(words: Uint32Array | Int32Array, hash = 0x811c9dc5): number {
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i], 0x01000193);
  return hash >>> 0;
}

/** Why the cache cannot be trusted: thrown from deep in a read, caught where a read begins. */
export class CacheDamaged extends Error {}

const damaged = (why: string): never => {
  throw new CacheDamaged(why);
};
const EMPTY = new Int32Array(0);
const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** A document as the cache writes it. */
export interface DocumentToCache {
  readonly file: string;
  readonly stamp: FileStamp;
  readonly doc: CachedDocument;
  /** Where its text's lines start in the file, if it is a plain-text file (textMap.ts). */
  readonly textMap?: Int32Array;
}

/** Collects the sections, then lays them out with their checksums. */
class Writer {
  private readonly chunks = new Map<Section, (Int32Array | Uint32Array | Float64Array | Uint8Array)[]>();
  private readonly strings = new Map<string, number>();

  add(section: Section, values: Int32Array | Uint32Array | Float64Array | Uint8Array | number[]): void {
    const chunk = Array.isArray(values) ? Int32Array.from(values) : values;
    let list = this.chunks.get(section);
    if (!list) this.chunks.set(section, (list = []));
    list.push(chunk);
  }

  string(value: string): number {
    let id = this.strings.get(value);
    if (id === undefined) this.strings.set(value, (id = this.strings.size));
    return id;
  }

  /**
   * The file in its parts, in order: the header, each section's chunks (not copied) and their padding, the checksums.
   * Written one after the other, the largest cache is never one buffer in memory.
   */
  parts(counts: Omit<Record<(typeof COUNTS)[number], number>, 'strings' | 'blocks'>): Uint8Array[] {
    let end = 0;
    const ends = Int32Array.from([...this.strings.keys()], (s) => (end += s.length));
    this.add('stringEnds', ends);
    // A lone surrogate becomes U+FFFD, one UTF-16 unit as well: the ends still add up.
    this.add('text', new TextEncoder().encode([...this.strings.keys()].join('')));
    const layout = new Map<Section, { start: number; length: number }>();
    const body: Uint8Array[] = [];
    let at = HEADER_BYTES;
    for (const section of SECTIONS) {
      if (section === 'checksums') break;
      const chunks = this.chunks.get(section) ?? [];
      const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      layout.set(section, { start: at, length });
      body.push(...chunks.map((chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
      const padded = Math.ceil((at + length) / 8) * 8;
      if (padded > at + length) body.push(new Uint8Array(padded - at - length));
      at = padded;
    }
    const blocks = Math.ceil((at - HEADER_BYTES) / BLOCK);
    layout.set('checksums', { start: at, length: 4 * blocks });
    const total = at + 4 * blocks;
    if (total > MAX_CACHE_BYTES) throw new Error(`the index would be ${(total / 1e9).toFixed(1)} GB, over 2 GB`);
    const checksums = blockChecksums(body, blocks);
    const head = new Uint8Array(HEADER_BYTES);
    for (let i = 0; i < MAGIC.length; i++) head[i] = MAGIC.charCodeAt(i);
    const header = new Uint32Array(head.buffer, MAGIC.length, HEADER_WORDS);
    const known = { ...counts, strings: this.strings.size, blocks };
    header.set([0, total, checksumOf(checksums), ...COUNTS.map((c) => known[c])]);
    SECTIONS.forEach((section, i) => {
      header[3 + COUNTS.length + 2 * i] = layout.get(section)!.start;
      header[4 + COUNTS.length + 2 * i] = layout.get(section)!.length;
    });
    header[0] = checksumOf(header.subarray(1));
    return [head, ...body, new Uint8Array(checksums.buffer)];
  }
}

/** The checksum of each block of the parts laid end to end, the last block as long as what is left. */
function blockChecksums(parts: readonly Uint8Array[], blocks: number): Uint32Array {
  const checksums = new Uint32Array(blocks);
  const block = new Uint8Array(BLOCK);
  let filled = 0;
  let b = 0;
  for (const part of parts) {
    for (let at = 0; at < part.length;) {
      const taken = Math.min(BLOCK - filled, part.length - at);
      block.set(part.subarray(at, at + taken), filled);
      [filled, at] = [filled + taken, at + taken];
      if (filled === BLOCK) [checksums[b++], filled] = [checksumOf(new Uint32Array(block.buffer)), 0];
    }
  }
  if (filled > 0) checksums[b] = checksumOf(new Uint32Array(block.buffer, 0, filled / 4));
  return checksums;
}

/** A symbol's stats over the documents written, as CorpusIndex counts them. */
interface StatsToWrite {
  citers: number[];
  definers: number[];
  definitionDates: Map<number, { text: number; day: number; month: number; year: number; count: number }>;
  citationDates: Map<number, { text: number; day: number; month: number; year: number; count: number }>;
  years: Map<number, number>;
}

function writeDocuments(out: Writer, documents: readonly DocumentToCache[]): Map<string, StatsToWrite> {
  const stats = new Map<string, StatsToWrite>();
  let metadataAt = 0;
  documents.forEach(({ file, stamp, doc, textMap }, docNumber) => {
    const indexed = doc.indexed;
    const flags =
      (indexed ? INDEXED : 0) |
      (indexed?.title !== undefined ? TITLE : 0) |
      (indexed?.titleRange ? TITLE_RANGE : 0) |
      (doc.metadata ? METADATA : 0);
    out.add('stamps', Float64Array.of(stamp.mtimeMs, stamp.size));
    const range = indexed?.titleRange;
    const citations = indexed?.citations;
    const metadata = doc.metadata ? metadataInts(out, doc.metadata) : [];
    out.add('docs', [
      flags,
      out.string(file),
      out.string(fileUriOf(file)),
      out.string(doc.fingerprint),
      indexed?.title !== undefined ? out.string(indexed.title) : -1,
      ...(range ? [range.start.line, range.start.character, range.end.line, range.end.character] : [0, 0, 0, 0]),
      indexed?.textLength ?? 0,
      citations?.symbols.length ?? 0,
      citations?.cited ?? 0,
      indexed?.sampledShingles.length ?? 0,
      metadataAt,
      metadata.length,
      indexed ? passagesIn(indexed.sampledShingles) : 0,
      indexed?.summaries.pieces.length ?? 0,
      indexed?.summaries.resolutionNumber !== undefined ? out.string(indexed.summaries.resolutionNumber) : -1,
      citations && textMap ? textMap.length : 0,
    ]);
    if (metadata.length) out.add('metadata', metadata);
    metadataAt += metadata.length;
    if (!indexed || !citations) return;
    out.add('citations', citations.numbers);
    out.add(
      'citations',
      Int32Array.from({ length: 2 * citations.symbols.length }, (_, i) =>
        out.string((i & 1 ? citations.dateTexts : citations.symbols)[i >> 1]),
      ),
    );
    out.add('shingles', indexed.sampledShingles);
    out.add('pieces', indexed.summaries.pieces);
    out.add('passages', paragraphsOf(indexed.sampledShingles));
    out.add(
      'places',
      indexed.summaries.places.map((place) => out.string(place)),
    );
    if (textMap) out.add('textMaps', textMap);
    countCitations(out, stats, citations, docNumber);
  });
  return stats;
}

function metadataInts(out: Writer, records: readonly DocumentMetadata[]): number[] {
  const ints = [records.length];
  for (const record of records) {
    const present = [...STRING_FIELDS, ...COUNT_FIELDS].map((field) => record[field] !== undefined);
    ints.push(present.reduce((mask, is, bit) => mask | (is ? 1 << bit : 0), 0));
    for (const field of STRING_FIELDS) if (record[field] !== undefined) ints.push(out.string(record[field]!));
    for (const field of COUNT_FIELDS) if (record[field] !== undefined) ints.push(record[field]!);
  }
  return ints;
}

/** A document's citations into its symbols' stats, as CorpusIndex.count adds them. */
function countCitations(out: Writer, stats: Map<string, StatsToWrite>, citations: PackedCitations, doc: number): void {
  for (let i = 0; i < citations.symbols.length; i++) {
    const symbol = citations.symbols[i];
    let entry = stats.get(symbol);
    if (!entry) {
      entry = { citers: [], definers: [], definitionDates: new Map(), citationDates: new Map(), years: new Map() };
      stats.set(symbol, entry);
    }
    const self = citations.isSelf(i);
    const docs = self ? entry.definers : entry.citers;
    if (docs.at(-1) !== doc) docs.push(doc);
    const key = citations.dateKey(i);
    if (key !== 0) {
      const dates = self ? entry.definitionDates : entry.citationDates;
      const counted = dates.get(key);
      if (counted) counted.count++;
      else {
        const date = citations.citedDate(i)!;
        dates.set(key, {
          text: out.string(date.text),
          day: date.day,
          month: date.month,
          year: date.year ?? 0,
          count: 1,
        });
      }
    }
    const year = citations.year(i);
    if (year && !self) entry.years.set(year, (entry.years.get(year) ?? 0) + 1);
  }
}

function writeSymbols(out: Writer, stats: Map<string, StatsToWrite>): void {
  let at = 0;
  for (const [symbol, entry] of stats) {
    const record = [entry.citers.length, ...entry.citers, entry.definers.length, ...entry.definers];
    for (const dates of [entry.definitionDates, entry.citationDates]) {
      record.push(dates.size);
      for (const [key, d] of dates) record.push(key, d.text, d.day, d.month, d.year, d.count);
    }
    record.push(entry.years.size);
    for (const [year, count] of entry.years) record.push(year, count);
    out.add('symbols', [out.string(symbol), at]);
    out.add('records', record);
    at += record.length;
  }
}

function writePostings(out: Writer, postings: PostingArrays): void {
  out.add(
    'fences',
    postings.hashes.filter((_, i) => i % FENCE === 0),
  );
  out.add('hashes', postings.hashes);
  out.add('starts', postings.starts);
  out.add('postings', postings.passages);
  out.add(
    'dropped',
    Uint32Array.from({ length: 2 * postings.droppedHashes.length }, (_, i) =>
      i & 1 ? postings.droppedCounts[i >> 1] : postings.droppedHashes[i >> 1],
    ),
  );
}

/** The cache file, opened: what a start reads at once, and the rest read as asked for. */
class SegmentFile implements CorpusSegment {
  readonly documents: number;
  readonly passageCounts: Int32Array;
  readonly passageParagraphs: Int32Array;
  readonly postingEntries: number;
  private readonly counts: Record<(typeof COUNTS)[number], number>;
  private readonly layout = new Map<Section, { start: number; length: number }>();
  private readonly checksums: Uint32Array;
  private readonly verified: Uint8Array;
  private readonly stamps: Float64Array;
  private readonly docs: Int32Array;
  private readonly text: string;
  private readonly stringEnds: Int32Array;
  private readonly strings: (string | undefined)[];
  private readonly metadataInts: Int32Array;
  private readonly citationStarts: Float64Array;
  private readonly shingleStarts: Float64Array;
  private readonly pieceStarts: Float64Array;
  private readonly passageStarts: Float64Array;
  private readonly textMapStarts: Float64Array;
  private readonly symbolRecords = new Map<string, number>();
  private readonly symbolList: string[] = [];
  private readonly recordEnds: Int32Array;
  private readonly fences: Uint32Array;
  private readonly droppedCounts = new Map<number, number>();
  private readonly symbolStarts: Int32Array;
  /** Called once, with why, when a read finds damage: the corpus is then read afresh. */
  onDamage: (why: string) => void = () => undefined;
  private damage: string | undefined;

  constructor(private readonly source: RandomAccessFile) {
    if (source.size < HEADER_BYTES) damaged('shorter than its header');
    const head = source.read(0, HEADER_BYTES);
    if (String.fromCharCode(...head.subarray(0, MAGIC.length)) !== MAGIC) damaged('from another version');
    const header = new Uint32Array(head.buffer, MAGIC.length, HEADER_WORDS);
    if (header[0] !== checksumOf(header.subarray(1))) damaged('its header checksum does not match');
    // The padding after the header's words is zero: every byte of the file is checked.
    if (head.subarray(MAGIC.length + 4 * HEADER_WORDS).some((byte) => byte !== 0)) damaged('a damaged header');
    if (header[1] !== source.size) damaged('its length does not match its header');
    this.counts = Object.fromEntries(COUNTS.map((c, i) => [c, header[3 + i]])) as SegmentFile['counts'];
    let expected = HEADER_BYTES;
    SECTIONS.forEach((section, i) => {
      const [start, length] = [header[3 + COUNTS.length + 2 * i], header[4 + COUNTS.length + 2 * i]];
      if (start !== expected || start + length > source.size) damaged('sections out of place');
      this.layout.set(section, { start, length });
      expected = Math.ceil((start + length) / 8) * 8;
    });
    const { documents, strings, passages, lists, entries, blocks } = this.counts;
    const sums = this.layout.get('checksums')!;
    if (sums.length !== 4 * blocks || Math.ceil((sums.start - HEADER_BYTES) / BLOCK) !== blocks)
      damaged('block checksums that do not add up');
    this.checksums = new Uint32Array(source.read(sums.start, sums.length).buffer);
    if (checksumOf(this.checksums) !== header[2]) damaged('its block checksums do not match');
    this.verified = new Uint8Array(blocks);
    this.documents = documents;
    this.stamps = this.section('stamps', Float64Array, 2 * documents);
    this.docs = this.section('docs', Int32Array, DOC_INTS * documents);
    this.stringEnds = this.section('stringEnds', Int32Array, strings);
    const textBytes = this.layout.get('text')!;
    this.text = new TextDecoder().decode(this.bytes(textBytes.start, textBytes.length));
    for (let i = 0; i < strings; i++)
      if (this.stringEnds[i] < (i ? this.stringEnds[i - 1] : 0) || this.stringEnds[i] > this.text.length)
        damaged('strings past the text');
    this.strings = new Array<string | undefined>(strings);
    this.metadataInts = this.section('metadata', Int32Array);
    this.passageParagraphs = this.section('passages', Int32Array, passages);
    this.passageCounts = new Int32Array(documents);
    this.citationStarts = new Float64Array(documents + 1);
    this.shingleStarts = new Float64Array(documents + 1);
    this.pieceStarts = new Float64Array(documents + 1);
    this.passageStarts = new Float64Array(documents + 1);
    this.textMapStarts = new Float64Array(documents + 1);
    this.checkDocuments();
    const symbols = this.section('symbols', Int32Array, 2 * this.counts.symbols);
    const records = this.layout.get('records')!.length / 4;
    this.recordEnds = new Int32Array(this.counts.symbols);
    for (let s = 0; s < this.counts.symbols; s++) {
      const [id, start] = [symbols[2 * s], symbols[2 * s + 1]];
      const end = s + 1 < this.counts.symbols ? symbols[2 * s + 3] : records;
      if (id < 0 || id >= strings || start < 0 || end < start || end > records) damaged('a damaged symbol');
      const symbol = this.string(id);
      if (this.symbolRecords.has(symbol)) damaged(`${symbol} twice`);
      this.symbolRecords.set(symbol, s);
      this.symbolList.push(symbol);
      this.recordEnds[s] = end;
    }
    this.symbolStarts = symbols;
    this.fences = this.section('fences', Uint32Array, Math.ceil(lists / FENCE));
    for (let f = 1; f < this.fences.length; f++)
      if (this.fences[f] <= this.fences[f - 1]) damaged('hashes out of order');
    if (this.layout.get('hashes')!.length !== 4 * lists || this.layout.get('starts')!.length !== 4 * (lists + 1))
      damaged('posting lists that do not add up');
    if (this.layout.get('postings')!.length !== 4 * entries) damaged('posting lists that do not add up');
    this.postingEntries = entries;
    const dropped = this.section('dropped', Uint32Array, 2 * this.counts.dropped);
    for (let i = 0; i < dropped.length; i += 2) {
      if (dropped[i + 1] === 0 || dropped[i + 1] > 0x7fffffff || this.droppedCounts.has(dropped[i]))
        damaged('damaged dropped counts');
      this.droppedCounts.set(dropped[i], dropped[i + 1]);
    }
  }

  /**
   * The bytes at `start`. The blocks they touch are checked first, the first time only, from the same read: then
   * the read covers those blocks whole, and the bytes asked for are copied out of it unless they are most of it.
   */
  private bytes(start: number, length: number): Uint8Array {
    if (length === 0) return new Uint8Array(0);
    const first = Math.max(0, Math.floor((start - HEADER_BYTES) / BLOCK));
    const last = Math.min(this.verified.length - 1, Math.floor((start + length - 1 - HEADER_BYTES) / BLOCK));
    let unchecked = false;
    for (let b = first; b <= last && !unchecked; b++) unchecked = !this.verified[b];
    if (!unchecked) return this.source.read(start, length);
    const from = Math.min(start, HEADER_BYTES + first * BLOCK);
    const blocks = this.source.read(from, Math.max(start + length, this.blockEnd(last)) - from);
    this.verifyBlocks(from, blocks);
    const asked = blocks.subarray(start - from, start - from + length);
    return 2 * length >= blocks.length ? asked : asked.slice();
  }

  /** Where block `b` ends: the next one starts, or the checksums do. */
  private blockEnd(b: number): number {
    return Math.min(HEADER_BYTES + (b + 1) * BLOCK, this.layout.get('checksums')!.start);
  }

  /** Checks the blocks `bytes` (read from `from`) hold whole and that are not checked yet. */
  private verifyBlocks(from: number, bytes: Uint8Array): void {
    const end = from + bytes.length;
    for (let b = Math.max(0, Math.ceil((from - HEADER_BYTES) / BLOCK)); b < this.verified.length; b++) {
      const [blockStart, blockEnd] = [HEADER_BYTES + b * BLOCK, this.blockEnd(b)];
      if (blockEnd > end) break;
      if (this.verified[b]) continue;
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset + blockStart - from, (blockEnd - blockStart) / 4);
      if (checksumOf(words) !== this.checksums[b]) damaged('a block checksum does not match');
      this.verified[b] = 1;
    }
  }

  /**
   * Checks every block not read yet, reading off this thread a few at a time: between two, requests are answered.
   * Damage found is told as a request's read would tell it.
   */
  async verifyRest(): Promise<void> {
    for (let b = 0; b < this.verified.length; b += VERIFY_BLOCKS) {
      if (this.verified.subarray(b, b + VERIFY_BLOCKS).every(Boolean)) continue;
      const from = HEADER_BYTES + b * BLOCK;
      const to = this.blockEnd(Math.min(this.verified.length, b + VERIFY_BLOCKS) - 1);
      const read = await this.source.readLater(from, to - from).catch((error: unknown) => {
        if (error instanceof FileError) return error;
        throw error;
      });
      this.guard(() => (read instanceof FileError ? damaged(read.message) : this.verifyBlocks(from, read)));
    }
  }

  private section<T extends Int32Array | Uint32Array | Float64Array>(
    section: Section,
    Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
    count?: number,
    from = 0,
    length?: number,
  ): T {
    const { start, length: bytes } = this.layout.get(section)!;
    const n = length ?? (count ?? bytes / Type.BYTES_PER_ELEMENT) - from;
    if (count !== undefined && bytes !== count * Type.BYTES_PER_ELEMENT)
      damaged(`a ${section} section of the wrong size`);
    if (from < 0 || n < 0 || (from + n) * Type.BYTES_PER_ELEMENT > bytes) damaged(`a read past the ${section} section`);
    const read = this.bytes(start + from * Type.BYTES_PER_ELEMENT, n * Type.BYTES_PER_ELEMENT);
    return new Type(read.buffer as ArrayBuffer, read.byteOffset, n);
  }

  private checkDocuments(): void {
    const { strings } = this.counts;
    const files = new Set<string>();
    let passages = 0;
    const docs = this.docs;
    for (let doc = 0; doc < this.documents; doc++) {
      const at = doc * DOC_INTS;
      const [flags, file, uri, fingerprint, title, startLine, startCharacter, endLine, endCharacter] = [
        docs[at],
        docs[at + 1],
        docs[at + 2],
        docs[at + 3],
        docs[at + 4],
        docs[at + 5],
        docs[at + 6],
        docs[at + 7],
        docs[at + 8],
      ];
      const [textLength, citations, cited, shingles] = [docs[at + 9], docs[at + 10], docs[at + 11], docs[at + 12]];
      const [metadataAt, metadataLength, passageCount] = [docs[at + 13], docs[at + 14], docs[at + 15]];
      const [pieces, resolutionNumber, textMap] = [docs[at + 16], docs[at + 17], docs[at + 18]];
      const ids = [file, uri, fingerprint, ...(flags & TITLE ? [title] : [])];
      if (!isCount(this.stamps[2 * doc + 1]) || !Number.isFinite(this.stamps[2 * doc]))
        damaged('an entry without its stamp');
      if (ids.some((id) => id < 0 || id >= strings)) damaged('an entry without its file');
      if (flags & ~(INDEXED | TITLE | TITLE_RANGE | METADATA)) damaged('unknown flags');
      const indexed = (flags & INDEXED) !== 0;
      const entries = textLength || citations || shingles || passageCount || pieces || textMap;
      if (!indexed && (flags & (TITLE | TITLE_RANGE) || entries)) damaged('a copy with an entry');
      if (resolutionNumber < -1 || resolutionNumber >= strings || (!indexed && resolutionNumber !== -1))
        damaged('a damaged resolution number');
      const counts = [
        textLength,
        citations,
        cited,
        shingles,
        metadataAt,
        metadataLength,
        passageCount,
        pieces,
        textMap,
      ];
      counts.push(startLine, startCharacter, endLine, endCharacter);
      if (
        !counts.every(isCount) ||
        cited > citations ||
        startLine > endLine ||
        3 * passageCount > shingles ||
        passageCount > pieces ||
        textMap % 3 !== 0
      )
        damaged('damaged counts');
      this.passageCounts[doc] = passageCount;
      passages += passageCount;
      if (metadataAt + metadataLength > this.metadataInts.length || (!(flags & METADATA) && metadataLength))
        damaged('damaged metadata');
      const name = this.string(file);
      if (name === '' || files.has(name)) damaged(`${name} twice`);
      files.add(name);
      this.citationStarts[doc + 1] = this.citationStarts[doc] + (NUMBERS_PER_CITATION + 2) * citations;
      this.shingleStarts[doc + 1] = this.shingleStarts[doc] + shingles;
      this.pieceStarts[doc + 1] = this.pieceStarts[doc] + pieces;
      this.passageStarts[doc + 1] = this.passageStarts[doc] + passageCount;
      this.textMapStarts[doc + 1] = this.textMapStarts[doc] + textMap;
    }
    if (passages !== this.counts.passages) damaged('passages that do not add up');
    if (this.citationStarts[this.documents] * 4 !== this.layout.get('citations')!.length)
      damaged('citations that do not add up');
    if (this.shingleStarts[this.documents] * 4 !== this.layout.get('shingles')!.length)
      damaged('shingles that do not add up');
    if (this.pieceStarts[this.documents] * 4 !== this.layout.get('pieces')!.length)
      damaged('pieces that do not add up');
    if (this.layout.get('places')!.length !== 4 * passages) damaged('places that do not add up');
    if (this.textMapStarts[this.documents] * 4 !== this.layout.get('textMaps')!.length)
      damaged('text maps that do not add up');
  }

  private string(id: number): string {
    let known = this.strings[id];
    if (known === undefined) {
      known = this.text.slice(id ? this.stringEnds[id - 1] : 0, this.stringEnds[id]);
      this.strings[id] = known;
    }
    return known;
  }

  private int(doc: number, field: number): number {
    return this.docs[doc * DOC_INTS + field];
  }

  /** Runs a read, turning damage into one call of `onDamage` and an error saying the corpus is read afresh. */
  private guard<T>(read: () => T): T {
    if (this.damage) throw new CacheDamaged(this.damage);
    try {
      return read();
    } catch (error) {
      if (!(error instanceof CacheDamaged || error instanceof FileError)) throw error;
      this.damage = error.message;
      this.onDamage(error.message);
      throw new CacheDamaged(error.message);
    }
  }

  file(doc: number): string {
    return this.string(this.int(doc, 1));
  }

  stamp(doc: number): FileStamp {
    return { mtimeMs: this.stamps[2 * doc], size: this.stamps[2 * doc + 1] };
  }

  uri(doc: number): string {
    return this.string(this.int(doc, 2));
  }

  fingerprint(doc: number): string {
    return this.string(this.int(doc, 3));
  }

  isIndexed(doc: number): boolean {
    return (this.int(doc, 0) & INDEXED) !== 0;
  }

  title(doc: number): string | undefined {
    return this.int(doc, 0) & TITLE ? this.string(this.int(doc, 4)) : undefined;
  }

  titleRange(doc: number): Range | undefined {
    if (!(this.int(doc, 0) & TITLE_RANGE)) return undefined;
    const [startLine, startCharacter, endLine, endCharacter] = this.docs.subarray(doc * DOC_INTS + 5);
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
  }

  textLength(doc: number): number {
    return this.int(doc, 9);
  }

  cited(doc: number): number {
    return this.int(doc, 11);
  }

  citations(doc: number): PackedCitations {
    return this.guard(() => {
      const count = this.int(doc, 10);
      const ints = this.section('citations', Int32Array, undefined, this.citationStarts[doc], 13 * count);
      const numbers = ints.subarray(0, NUMBERS_PER_CITATION * count);
      const ids = ints.subarray(NUMBERS_PER_CITATION * count);
      if (ids.some((id) => id < 0 || id >= this.counts.strings)) damaged('damaged citations');
      const symbols = Array.from({ length: count }, (_, i) => this.string(ids[2 * i]));
      const dates = Array.from({ length: count }, (_, i) => this.string(ids[2 * i + 1]));
      if (!PackedCitations.wellFormed(numbers, dates, this.textLength(doc))) damaged('damaged citations');
      const citations = new PackedCitations(numbers, symbols, dates);
      if (citations.cited !== this.cited(doc)) damaged('damaged citations');
      return citations;
    });
  }

  sampledShingles(doc: number): Int32Array {
    return this.guard(() => {
      const shingles = this.section('shingles', Int32Array, undefined, this.shingleStarts[doc], this.int(doc, 12));
      if (!wellFormedSampledShingles(shingles) || passagesIn(shingles) !== this.passageCounts[doc])
        damaged('damaged passages');
      return shingles;
    });
  }

  summaries(doc: number): PassageSummaries {
    return this.guard(() => {
      const pieces = this.section('pieces', Int32Array, undefined, this.pieceStarts[doc], this.int(doc, 16));
      const passages = this.passageCounts[doc];
      if (!wellFormedSummaries(pieces, passages, this.int(doc, 9))) damaged('damaged passages');
      const ids = this.section('places', Int32Array, undefined, this.passageStarts[doc], passages);
      const places = Array.from(ids, (id) => this.checkedString(id));
      const number = this.int(doc, 17);
      return { pieces, places, ...(number >= 0 ? { resolutionNumber: this.checkedString(number) } : {}) };
    });
  }

  /** Where the document's text's lines start in its file, if it was mapped (a plain-text file). */
  textMap(doc: number): Int32Array | undefined {
    const length = this.int(doc, 18);
    if (length === 0) return undefined;
    return this.guard(() => {
      const map = this.section('textMaps', Int32Array, undefined, this.textMapStarts[doc], length);
      return wellFormedTextMap(map, this.textLength(doc)) ? map : damaged('a damaged text map');
    });
  }

  metadata(doc: number): readonly DocumentMetadata[] | undefined {
    if (!(this.int(doc, 0) & METADATA)) return undefined;
    return this.guard(() =>
      readMetadata(this.metadataInts.subarray(this.int(doc, 13)), (id) => this.checkedString(id)),
    );
  }

  private checkedString(id: number): string {
    if (id < 0 || id >= this.counts.strings) damaged('a string that is not there');
    return this.string(id);
  }

  symbols(): readonly string[] {
    return this.symbolList;
  }

  stats(symbol: string): SegmentSymbolStats | undefined {
    const s = this.symbolRecords.get(symbol);
    if (s === undefined) return undefined;
    return this.guard(() => {
      const start = this.symbolStarts[2 * s + 1];
      const record = this.section('records', Int32Array, undefined, start, this.recordEnds[s] - start);
      let at = 0;
      const next = (): number => (at < record.length ? record[at++] : damaged('a damaged symbol'));
      const docs = (): number[] => {
        const n = next();
        if (n < 0 || n > record.length - at) damaged('a damaged symbol');
        const list = [...record.subarray(at, (at += n))];
        if (list.some((doc, i) => doc < 0 || doc >= this.documents || (i > 0 && doc <= list[i - 1])))
          damaged('a damaged symbol');
        return list;
      };
      const dates = (): SegmentDate[] =>
        Array.from({ length: next() }, () => {
          const [key, text, day, month, year, count] = [next(), next(), next(), next(), next(), next()];
          if (count <= 0 || month < 1 || month > 12 || day < 0 || year < 0) damaged('a damaged symbol');
          const written = this.checkedString(text);
          const date: CitedDate = year ? { text: written, day, month, year } : { text: written, day, month };
          return { key, date, count };
        });
      const citers = docs();
      const definers = docs();
      const [definitionDates, citationDates] = [dates(), dates()];
      const years = Array.from({ length: next() }, () => [next(), next()] as const);
      if (at !== record.length || years.some(([, count]) => count <= 0)) damaged('a damaged symbol');
      return { citers, definers, definitionDates, citationDates, years };
    });
  }

  postingList(hash: number): Int32Array | undefined {
    return this.guard(() => {
      const fences = this.fences;
      let lo = 0;
      let hi = fences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (fences[mid] <= hash) lo = mid;
        else hi = mid - 1;
      }
      if (fences.length === 0 || fences[lo] > hash) return undefined;
      const first = lo * FENCE;
      const count = Math.min(FENCE, this.counts.lists - first);
      const hashes = this.section('hashes', Uint32Array, undefined, first, count);
      if (hashes[0] !== fences[lo]) damaged('hashes out of order');
      const at = hashes.indexOf(hash);
      if (at < 0) return undefined;
      const [start, end] = this.section('starts', Uint32Array, undefined, first + at, 2);
      if (end <= start || end - start > POSTING_CAP || end > this.postingEntries) damaged('a damaged posting list');
      const list = this.section('postings', Int32Array, undefined, start, end - start);
      for (let e = 0; e < list.length; e++)
        if (list[e] < 0 || list[e] >= this.counts.passages || (e > 0 && list[e] <= list[e - 1]))
          damaged('a posting out of range or out of order');
      return list;
    });
  }

  dropped(hash: number): number {
    return this.droppedCounts.get(hash) ?? 0;
  }

  allPostings(): PostingArrays {
    return this.guard(() => {
      const arrays = {
        hashes: this.section('hashes', Uint32Array),
        starts: this.section('starts', Uint32Array),
        passages: this.section('postings', Int32Array),
        droppedHashes: Uint32Array.from(this.droppedCounts.keys()),
        droppedCounts: Int32Array.from(this.droppedCounts.values()),
      };
      const why = checkedPostings(arrays, this.counts.passages);
      return why ? damaged(why) : arrays;
    });
  }
}

function readMetadata(ints: Int32Array, string: (id: number) => string): DocumentMetadata[] {
  let at = 0;
  const next = (): number => (at < ints.length ? ints[at++] : damaged('damaged metadata'));
  const count = next();
  if (count < 0) damaged('a negative count');
  const records: DocumentMetadata[] = [];
  for (let r = 0; r < count; r++) {
    const mask = next();
    if (mask >>> (STRING_FIELDS.length + COUNT_FIELDS.length) !== 0) damaged('unknown metadata fields');
    const record: Record<string, string | number> = {};
    STRING_FIELDS.forEach((field, bit) => {
      if (mask & (1 << bit)) record[field] = string(next());
    });
    COUNT_FIELDS.forEach((field, bit) => {
      if (mask & (1 << (STRING_FIELDS.length + bit))) record[field] = next();
    });
    if (!isDocumentMetadata(record)) damaged('damaged metadata');
    records.push(record as unknown as DocumentMetadata);
  }
  return records;
}

export class CorpusCache {
  private segment: SegmentFile | undefined;
  /** The segment's documents by file, until released. */
  private byFile = new Map<string, number>();
  private readonly file: string | undefined;

  /**
   * The cache in `folder`, if any (without a folder nothing is read or written), opened unless `open` is false;
   * `damagedLater` is told once if a read finds it damaged later on, after the warning.
   */
  constructor(
    private readonly workspace: Workspace,
    folder: string | undefined,
    private readonly warn: Warn,
    damagedLater: () => void = () => undefined,
    open = true,
  ) {
    this.file = folder ? path.join(folder, FILE_NAME) : undefined;
    if (!open || !this.file || workspace.stat(this.file) === undefined) return;
    let opened: RandomAccessFile | undefined;
    try {
      opened = workspace.open(this.file);
      const segment = new SegmentFile(opened);
      for (let doc = 0; doc < segment.documents; doc++) this.byFile.set(segment.file(doc), doc);
      segment.onDamage = (why) => {
        this.warnDamaged(why);
        this.discard();
        damagedLater();
      };
      this.segment = segment;
    } catch (error) {
      opened?.close();
      if (!(error instanceof CacheDamaged || error instanceof FileError)) throw error;
      this.warnDamaged(error.message);
    }
  }

  private warnDamaged(why: string): void {
    this.warn(`Corpus index cache ${this.file} cannot be read (${why}); the corpus is indexed afresh.`);
  }

  /** The persisted index as the corpus index takes it (CorpusIndex.useSegment), if there is one. */
  get opened(): CorpusSegment | undefined {
    return this.segment;
  }

  /** Whether the file is in the cache as it is now: unchanged since it was indexed. */
  unchanged(file: string, stamp: FileStamp): boolean {
    const doc = this.byFile.get(file);
    return doc !== undefined && sameStamp(this.segment!.stamp(doc), stamp);
  }

  /** The file's URI as the cache has it (as `fileUriOf` made it), if the cache has the file. */
  uriOf(file: string): string | undefined {
    const doc = this.byFile.get(file);
    return doc === undefined ? undefined : this.segment!.uri(doc);
  }

  /** The file's number in the cache file, while the start's lookups are kept (see `release`). */
  documentOf(file: string): number | undefined {
    return this.byFile.get(file);
  }

  /** Where the text's lines start in the file of the cache's document `doc` (see `documentOf`), if it was mapped. */
  textMap(doc: number): Int32Array | undefined {
    return this.segment?.textMap(doc);
  }

  /** How many documents the cache file held. */
  get size(): number {
    return this.segment?.documents ?? 0;
  }

  /** Frees the start's lookups, once the corpus is loaded; the segment stays, read as requests need it. */
  release(): void {
    this.byFile.clear();
  }

  /** Checks the blocks no request read yet, between requests; a CacheDamaged error if one is damaged. */
  async verifyRest(): Promise<void> {
    await this.segment?.verifyRest();
  }

  /** Stops reading the cache file: it is damaged, and the next write replaces it. */
  private discard(): void {
    this.byFile.clear();
    this.segment = undefined;
  }

  /**
   * Writes the documents given, replacing the cache: files gone from the corpus leave it. `postings` number the
   * passages of the indexed documents in the order given (PassageIndex.exported).
   */
  save(documents: readonly DocumentToCache[], postings: PostingArrays): void {
    if (!this.file) return;
    try {
      const out = new Writer();
      const stats = writeDocuments(out, documents);
      writeSymbols(out, stats);
      writePostings(out, postings);
      const passages = documents.reduce((n, { doc }) => n + passagesIn(doc.indexed?.sampledShingles ?? EMPTY), 0);
      const parts = out.parts({
        documents: documents.length,
        symbols: stats.size,
        passages,
        lists: postings.hashes.length,
        entries: postings.passages.length,
        dropped: postings.droppedHashes.length,
      });
      this.workspace.write(this.file, parts);
    } catch (error) {
      this.warn(
        `Corpus index cache ${this.file} cannot be written (${(error as Error).message}); the next start indexes the corpus afresh.`,
      );
    }
  }
}
