import * as path from 'path';
import type { Range } from '../service';
import type { CachedDocument } from '../service/corpus/corpusIndex';
import { COUNT_FIELDS, DocumentMetadata, isDocumentMetadata, STRING_FIELDS } from '../service/corpus/metadata';
import { detached, NUMBERS_PER_CITATION, PackedCitations } from '../service/corpus/packedCitations';
import { PassageIndex, passagesIn, wellFormedSampledShingles } from '../service/corpus/passageIndex';
import { PostingArrays, Postings } from '../service/corpus/postings';
import type { Warn } from './corpusPaths';
import { fileUriOf } from './corpusFiles';
import { FileError, FileStamp, sameStamp, Workspace } from './workspace';

/**
 * The corpus index kept between sessions, in a storage folder the caller names (the extension's
 * own storage, never the user's folders): at the next start an unchanged file is restored from
 * here instead of being read and parsed. A file is unchanged when its size and modification time
 * are those it had when indexed. The cache is outside data: its checksum and every value in it
 * are checked when it is read, and on any doubt it is dropped whole and the corpus read afresh.
 *
 * One binary file, no JSON: a header, then three columns every document's values are read from in
 * order: doubles (stamps, metadata counts), 32-bit integers (flags, lengths, citation places,
 * passage shingles) and one UTF-8 text of every string end to end (their lengths are integers).
 * Reading it decodes one string and copies typed arrays: no parse, no object per value.
 * Before the documents, a table of the strings citations repeat (symbols, date texts), which each
 * citation names by number: a corpus cites few symbols many times, and each is read and hashed once.
 * After the documents, the agreed-language postings as the passage index holds them (typed arrays,
 * written and read as they are), so that a start from the cache does not build them again.
 */
const MAGIC = 'communique-corpus-idx/8\n';
const FILE_NAME = 'corpus-index.bin';
const MAX_CACHE_BYTES = 2 ** 31 - 1;
/** The magic, then six 32-bit words: documents, doubles, integers, text bytes, checksum, zero. */
const HEADER_BYTES = MAGIC.length + 6 * 4;

const INDEXED = 1;
const TITLE = 2;
const TITLE_RANGE = 4;
const METADATA = 8;

/** Collects the three columns. */
class Writer {
  private readonly doubles: number[] = [];
  private readonly ints: Int32Array[] = [];
  private readonly small: number[] = [];
  private intCount = 0;
  private readonly strings: string[] = [];

  double(value: number): void {
    this.doubles.push(value);
  }

  int(value: number): void {
    this.small.push(value);
  }

  array(values: Int32Array): void {
    this.int(values.length);
    this.flush();
    this.ints.push(values);
    this.intCount += values.length;
  }

  string(value: string): void {
    this.int(value.length);
    this.strings.push(value);
  }

  private flush(): void {
    if (this.small.length === 0) return;
    this.ints.push(Int32Array.from(this.small));
    this.intCount += this.small.length;
    this.small.length = 0;
  }

  bytes(documents: number): Uint8Array {
    this.flush();
    // A lone surrogate becomes U+FFFD, one UTF-16 unit as well: the lengths still add up.
    const text = new TextEncoder().encode(this.strings.join(''));
    const textWords = Math.ceil(text.length / 4);
    const payloadBytes = 8 * this.doubles.length + 4 * this.intCount + 4 * textWords;
    const buffer = new ArrayBuffer(HEADER_BYTES + payloadBytes);
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
    new Float64Array(buffer, HEADER_BYTES, this.doubles.length).set(this.doubles);
    let at = HEADER_BYTES + 8 * this.doubles.length;
    for (const chunk of this.ints) {
      new Int32Array(buffer, at, chunk.length).set(chunk);
      at += 4 * chunk.length;
    }
    bytes.set(text, at);
    const header = new Uint32Array(buffer, MAGIC.length, 6);
    header.set([documents, this.doubles.length, this.intCount, text.length]);
    header[4] = checksumOf(header, new Int32Array(buffer, HEADER_BYTES));
    return bytes;
  }
}

/** FNV-1a over the header's words but itself and every word after the header: a flipped bit anywhere changes it. */
function checksumOf(header: Uint32Array, payload: Int32Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < 6; i++) if (i !== 4) hash = Math.imul(hash ^ header[i], 0x01000193);
  for (let i = 0; i < payload.length; i++) hash = Math.imul(hash ^ payload[i], 0x01000193);
  return hash >>> 0;
}

/** Why the cache cannot be trusted: thrown from deep in a read, caught once. */
class Damaged extends Error {}

/** Reads the columns back in the order they were written; any read past an end is damage. */
class Reader {
  private double = 0;
  private int = 0;
  private char = 0;

  constructor(
    private readonly doubles: Float64Array,
    private readonly ints: Int32Array<ArrayBuffer>,
    private readonly text: string,
  ) {}

  nextDouble(): number {
    if (this.double >= this.doubles.length) throw new Damaged('fewer numbers than its documents need');
    return this.doubles[this.double++];
  }

  nextInt(): number {
    if (this.int >= this.ints.length) throw new Damaged('fewer numbers than its documents need');
    return this.ints[this.int++];
  }

  /**
   * A view of the integer column, copied once out of the file's bytes (they can go once the corpus is
   * loaded); the column stays while documents restored from it are held, at most the cache's size.
   */
  nextArray(): Int32Array<ArrayBuffer> {
    const length = this.nextInt();
    if (length < 0 || length > this.ints.length - this.int) throw new Damaged('an array past its end');
    this.int += length;
    return this.ints.subarray(this.int - length, this.int);
  }

  nextString(): string {
    const length = this.nextInt();
    if (length < 0 || length > this.text.length - this.char) throw new Damaged('a string past its end');
    this.char += length;
    return this.text.slice(this.char - length, this.char);
  }

  get finished(): boolean {
    return this.double === this.doubles.length && this.int === this.ints.length && this.char === this.text.length;
  }
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The strings citations repeat, each once, numbered in the order met. */
function citationStrings(documents: readonly { doc: CachedDocument }[]): Map<string, number> {
  const table = new Map<string, number>();
  for (const { doc } of documents) {
    const citations = doc.indexed?.citations;
    if (!citations) continue;
    for (const symbol of citations.symbols) if (!table.has(symbol)) table.set(symbol, table.size);
    for (const date of citations.dateTexts) if (!table.has(date)) table.set(date, table.size);
  }
  return table;
}

function readCitationStrings(input: Reader): string[] {
  const count = input.nextInt();
  if (count < 0) throw new Damaged('a negative count');
  // Detached: a piece of the file's text would keep all of it.
  return Array.from({ length: count }, () => detached(input.nextString()));
}

function writeDocument(
  out: Writer,
  table: Map<string, number>,
  { file, stamp, doc }: { file: string; stamp: FileStamp; doc: CachedDocument },
): void {
  const indexed = doc.indexed;
  const flags =
    (indexed ? INDEXED : 0) |
    (indexed?.title !== undefined ? TITLE : 0) |
    (indexed?.titleRange ? TITLE_RANGE : 0) |
    (doc.metadata ? METADATA : 0);
  out.double(stamp.mtimeMs);
  out.double(stamp.size);
  out.string(file);
  out.string(doc.fingerprint);
  out.int(flags);
  if (indexed) {
    if (indexed.title !== undefined) out.string(indexed.title);
    const range = indexed.titleRange;
    if (range)
      [range.start.line, range.start.character, range.end.line, range.end.character].forEach((n) => out.int(n));
    out.int(indexed.textLength);
    out.array(indexed.citations.numbers);
    const { symbols, dateTexts } = indexed.citations;
    out.array(
      Int32Array.from({ length: 2 * symbols.length }, (_, i) => table.get((i & 1 ? dateTexts : symbols)[i >> 1])!),
    );
    out.array(indexed.sampledShingles);
  }
  if (doc.metadata) {
    out.int(doc.metadata.length);
    for (const record of doc.metadata) {
      const present = [...STRING_FIELDS, ...COUNT_FIELDS].map((field) => record[field] !== undefined);
      out.int(present.reduce((mask, is, bit) => mask | (is ? 1 << bit : 0), 0));
      for (const field of STRING_FIELDS) if (record[field] !== undefined) out.string(record[field]!);
      for (const field of COUNT_FIELDS) if (record[field] !== undefined) out.double(record[field]!);
    }
  }
}

function readMetadata(input: Reader): DocumentMetadata[] {
  const count = input.nextInt();
  if (count < 0) throw new Damaged('a negative count');
  const records: DocumentMetadata[] = [];
  for (let r = 0; r < count; r++) {
    const mask = input.nextInt();
    if (mask >>> (STRING_FIELDS.length + COUNT_FIELDS.length) !== 0) throw new Damaged('unknown metadata fields');
    const record: Record<string, string | number> = {};
    STRING_FIELDS.forEach((field, bit) => {
      if (mask & (1 << bit)) record[field] = input.nextString();
    });
    COUNT_FIELDS.forEach((field, bit) => {
      if (mask & (1 << (STRING_FIELDS.length + bit))) record[field] = input.nextDouble();
    });
    if (!isDocumentMetadata(record)) throw new Damaged('damaged metadata');
    records.push(record as unknown as DocumentMetadata);
  }
  return records;
}

/** The next document as the index takes it back; every value is checked. */
function readDocument(
  input: Reader,
  table: readonly string[],
): { file: string; stamp: FileStamp; doc: CachedDocument } {
  const mtimeMs = input.nextDouble();
  const size = input.nextDouble();
  const file = input.nextString();
  const fingerprint = input.nextString();
  const flags = input.nextInt();
  if (!Number.isFinite(mtimeMs) || !isCount(size) || file === '')
    throw new Damaged('an entry without its file or stamp');
  if (flags & ~(INDEXED | TITLE | TITLE_RANGE | METADATA) || (!(flags & INDEXED) && flags & (TITLE | TITLE_RANGE)))
    throw new Damaged(`${file}: unknown flags`);
  const stamp = { mtimeMs, size };
  let indexed: CachedDocument['indexed'];
  if (flags & INDEXED) {
    const title = flags & TITLE ? input.nextString() : undefined;
    let titleRange: Range | undefined;
    if (flags & TITLE_RANGE) {
      const [startLine, startCharacter, endLine, endCharacter] = [0, 0, 0, 0].map(() => input.nextInt());
      if (![startLine, startCharacter, endLine, endCharacter].every(isCount) || startLine > endLine)
        throw new Damaged(`${file}: a damaged title`);
      titleRange = {
        start: { line: startLine, character: startCharacter },
        end: { line: endLine, character: endCharacter },
      };
    }
    const textLength = input.nextInt();
    const numbers = input.nextArray();
    const count = numbers.length / NUMBERS_PER_CITATION;
    if (!isCount(textLength) || !Number.isInteger(count)) throw new Damaged(`${file}: damaged citations`);
    const strings = input.nextArray();
    if (strings.length !== 2 * count || strings.some((n) => n < 0 || n >= table.length))
      throw new Damaged(`${file}: damaged citations`);
    const symbols = Array.from({ length: count }, (_, i) => table[strings[2 * i]]);
    const dates = Array.from({ length: count }, (_, i) => table[strings[2 * i + 1]]);
    if (!PackedCitations.wellFormed(numbers, dates, textLength)) throw new Damaged(`${file}: damaged citations`);
    const sampledShingles = input.nextArray();
    if (!wellFormedSampledShingles(sampledShingles)) throw new Damaged(`${file}: damaged passages`);
    const citations = new PackedCitations(numbers, symbols, dates);
    indexed = { title, titleRange, citations, textLength, sampledShingles };
  }
  const metadata = flags & METADATA ? readMetadata(input) : undefined;
  return { file, stamp, doc: { fingerprint, indexed, metadata } };
}

/** Typed arrays of 32-bit words, as the integer column holds them. */
const asInts = (array: Uint32Array<ArrayBuffer>): Int32Array<ArrayBuffer> =>
  new Int32Array(array.buffer, array.byteOffset, array.length);
const asUints = (array: Int32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> =>
  new Uint32Array(array.buffer, array.byteOffset, array.length);

function writePostings(out: Writer, postings: PostingArrays | undefined): void {
  out.int(postings ? 1 : 0);
  if (!postings) return;
  out.array(asInts(postings.hashes));
  out.array(asInts(postings.starts));
  out.array(postings.passages);
  out.array(asInts(postings.droppedHashes));
  out.array(postings.droppedCounts);
}

/** The postings after the documents, if written, checked against the passages the documents have. */
function readPostings(input: Reader, passageCount: number): Postings | undefined {
  const present = input.nextInt();
  if (present !== 0 && present !== 1) throw new Damaged('unknown sections');
  if (!present) return undefined;
  const arrays = {
    hashes: asUints(input.nextArray()),
    starts: asUints(input.nextArray()),
    passages: input.nextArray(),
    droppedHashes: asUints(input.nextArray()),
    droppedCounts: input.nextArray(),
  };
  const postings = Postings.restored(arrays, passageCount);
  if (typeof postings === 'string') throw new Damaged(postings);
  return postings;
}

interface CacheContents {
  readonly byFile: Map<string, { stamp: FileStamp; doc: CachedDocument }>;
  /** Files with passages in the order the postings number them, and the postings, if written. */
  readonly passages?: { readonly files: readonly string[]; readonly postings: Postings };
}

/** Checks and reads the cache file; what it holds, or why it cannot be trusted. */
function parse(bytes: Uint8Array): CacheContents | string {
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC)
    return 'from another version';
  // Aligned: a Buffer's bytes may sit anywhere in a shared pool.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes.buffer : Uint8Array.from(bytes).buffer;
  const offset = buffer === bytes.buffer ? bytes.byteOffset : 0;
  const header = new Uint32Array(buffer, offset + MAGIC.length, 6);
  const [documents, doubles, ints, textBytes, checksum] = header;
  const expected = HEADER_BYTES + 8 * doubles + 4 * ints + 4 * Math.ceil(textBytes / 4);
  if (bytes.length !== expected) return 'its length does not match its header';
  if (checksum !== checksumOf(header, new Int32Array(buffer, offset + HEADER_BYTES, (expected - HEADER_BYTES) / 4)))
    return 'its checksum does not match';
  const textStart = offset + HEADER_BYTES + 8 * doubles + 4 * ints;
  const input = new Reader(
    new Float64Array(buffer, offset + HEADER_BYTES, doubles),
    new Int32Array(buffer, offset + HEADER_BYTES + 8 * doubles, ints).slice(),
    new TextDecoder().decode(new Uint8Array(buffer, textStart, textBytes)),
  );
  const byFile = new Map<string, { stamp: FileStamp; doc: CachedDocument }>();
  const withPassages: string[] = [];
  let passageCount = 0;
  let postings: Postings | undefined;
  try {
    const table = readCitationStrings(input);
    for (let d = 0; d < documents; d++) {
      const { file, stamp, doc } = readDocument(input, table);
      if (byFile.has(file)) throw new Damaged(`${file} twice`);
      byFile.set(file, { stamp, doc });
      if (!doc.indexed) continue;
      withPassages.push(file);
      passageCount += passagesIn(doc.indexed.sampledShingles);
    }
    postings = readPostings(input, passageCount);
  } catch (error) {
    if (error instanceof Damaged) return error.message;
    throw error;
  }
  if (!input.finished) return 'more numbers than its documents need';
  return { byFile, passages: postings && { files: withPassages, postings } };
}

export class CorpusCache {
  private stored = new Map<string, { stamp: FileStamp; doc: CachedDocument }>();
  private passages: CacheContents['passages'];
  private readonly file: string | undefined;

  /** Reads the cache in `folder`, if any; without a folder nothing is read or written. */
  constructor(
    private readonly workspace: Workspace,
    folder: string | undefined,
    private readonly warn: Warn,
  ) {
    this.file = folder ? path.join(folder, FILE_NAME) : undefined;
    if (!this.file || workspace.stat(this.file) === undefined) return;
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(workspace.read(this.file, MAX_CACHE_BYTES).bytes);
    } catch (error) {
      parsed = error instanceof FileError ? error.message : `not well formed: ${(error as Error).message}`;
    }
    if (typeof parsed === 'string')
      warn(`Corpus index cache ${this.file} cannot be read (${parsed}); the corpus is indexed afresh.`);
    else ({ byFile: this.stored, passages: this.passages } = parsed);
  }

  /**
   * Gives the passage index the cached documents' postings, to be claimed as each unchanged file is
   * restored (PassageIndex.preload); nothing once the cache is released, or if it holds none.
   */
  preloadPassages(index: PassageIndex): void {
    if (!this.passages) return;
    const documents = this.passages.files.map((file) => {
      const { textLength, sampledShingles } = this.stored.get(file)!.doc.indexed!;
      return { uri: fileUriOf(file), textLength, sampledShingles };
    });
    index.preload(documents, this.passages.postings);
    this.passages = undefined;
  }

  /** The file's document as cached, if the file has not changed since. */
  lookup(file: string, stamp: FileStamp): CachedDocument | undefined {
    const stored = this.stored.get(file);
    return stored && sameStamp(stored.stamp, stamp) ? stored.doc : undefined;
  }

  /** How many documents were read from the cache file. */
  get size(): number {
    return this.stored.size;
  }

  /** Frees what was read at start-up, once the corpus is loaded: later changes are indexed from the files. */
  release(): void {
    this.stored.clear();
    this.passages = undefined;
  }

  /**
   * Writes the documents given, replacing the cache: files gone from the corpus leave it. `postings`, if
   * given, number the passages of the documents with passages in the order given (PassageIndex.exported).
   */
  save(documents: readonly { file: string; stamp: FileStamp; doc: CachedDocument }[], postings?: PostingArrays): void {
    if (!this.file) return;
    const out = new Writer();
    const table = citationStrings(documents);
    out.int(table.size);
    for (const string of table.keys()) out.string(string);
    for (const document of documents) writeDocument(out, table, document);
    writePostings(out, postings);
    try {
      this.workspace.write(this.file, out.bytes(documents.length));
    } catch (error) {
      this.warn(
        `Corpus index cache ${this.file} cannot be written (${(error as Error).message}); the next start indexes the corpus afresh.`,
      );
    }
  }
}
