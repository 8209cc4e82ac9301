import * as fs from 'fs';
import * as path from 'path';
import type { CachedDocument, IndexedCitation, Range } from '../service';

/**
 * The corpus index kept between sessions, in the storage folder the client gives (the
 * extension's own storage, never the user's folders): at the next start an unchanged file is
 * restored from here instead of being read and parsed. A file is unchanged when its size and
 * modification time are those it had when indexed.
 */
const FORMAT = 'communique-corpus-index/3';
const FILE_NAME = 'corpus-index.json';
/** The numbers (citation places, passage shingles), as one Int32Array: read without parsing. */
const BLOB_NAME = 'corpus-index.bin';

export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

type Warn = (message: string) => void;

/** Numbers kept per citation: span, range, year, self, cited day, month and year (0 for none). */
const NUMBERS_PER_CITATION = 11;
const SEPARATOR = '\u0000';

/** Where a document's numbers are in the blob: [start, length] in 32-bit units. */
type BlobSlice = readonly [number, number];

/**
 * A document as stored: its citations are columns (symbols and date texts joined; their numbers
 * and the passage shingles in the blob), so reading the cache parses a few short strings per
 * document rather than an object per citation.
 */
interface StoredDocument {
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly fingerprint: string;
  readonly title?: string;
  readonly titleRange?: Range;
  readonly symbols?: string;
  readonly dates?: string;
  readonly numbers?: BlobSlice;
  readonly textLength?: number;
  readonly shingles?: BlobSlice;
}

/** Collects the documents' numbers into one array. */
class BlobWriter {
  private readonly chunks: Int32Array[] = [];
  private length = 0;

  append(array: Int32Array): BlobSlice {
    this.chunks.push(array);
    this.length += array.length;
    return [this.length - array.length, array.length];
  }

  bytes(): Buffer {
    const all = new Int32Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return Buffer.from(all.buffer);
  }
}

function store(file: string, stamp: FileStamp, doc: CachedDocument, blob: BlobWriter): StoredDocument {
  const indexed = doc.indexed;
  if (!indexed) return { file, mtimeMs: stamp.mtimeMs, size: stamp.size, fingerprint: doc.fingerprint };
  const numbers = new Int32Array(indexed.citations.length * NUMBERS_PER_CITATION);
  indexed.citations.forEach((c, i) => numbers.set([
    c.span.start, c.span.end, c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character,
    c.year ?? 0, c.self ? 1 : 0, c.citedDate?.day ?? 0, c.citedDate?.month ?? 0, c.citedDate?.year ?? 0,
  ], i * NUMBERS_PER_CITATION));
  return {
    file, mtimeMs: stamp.mtimeMs, size: stamp.size, fingerprint: doc.fingerprint, title: indexed.title, titleRange: indexed.titleRange,
    symbols: indexed.citations.map((c) => c.symbol).join(SEPARATOR),
    dates: indexed.citations.map((c) => c.citedDate?.text ?? '').join(SEPARATOR),
    numbers: blob.append(numbers), textLength: indexed.textLength, shingles: blob.append(indexed.sampledShingles),
  };
}

function readCitation(uri: string, symbol: string, n: Int32Array, at: number, dateText: string): IndexedCitation {
  const citation: { -readonly [K in keyof IndexedCitation]: IndexedCitation[K] } = {
    uri,
    symbol,
    span: { start: n[at], end: n[at + 1] },
    range: { start: { line: n[at + 2], character: n[at + 3] }, end: { line: n[at + 4], character: n[at + 5] } },
  };
  if (n[at + 6]) citation.year = n[at + 6];
  if (n[at + 7]) citation.self = true;
  if (dateText) citation.citedDate = n[at + 10] ? { text: dateText, day: n[at + 8], month: n[at + 9], year: n[at + 10] } : { text: dateText, day: n[at + 8], month: n[at + 9] };
  return citation;
}

function read(stored: StoredDocument, uri: string, blob: Int32Array): CachedDocument {
  const { symbols, dates, numbers, shingles, textLength } = stored;
  if (symbols === undefined || dates === undefined || numbers === undefined || shingles === undefined || textLength === undefined) return { fingerprint: stored.fingerprint };
  if (numbers[0] + numbers[1] > blob.length || shingles[0] + shingles[1] > blob.length) throw new Error('outside the blob');
  const dateTexts = dates.split(SEPARATOR);
  const citations = symbols === '' ? [] : symbols.split(SEPARATOR).map((symbol, i) => readCitation(uri, symbol, blob, numbers[0] + i * NUMBERS_PER_CITATION, dateTexts[i]));
  // Copied out of the blob, so the blob can go once the corpus is loaded.
  const sampledShingles = blob.slice(shingles[0], shingles[0] + shingles[1]);
  return { fingerprint: stored.fingerprint, indexed: { title: stored.title, titleRange: stored.titleRange, citations, textLength, sampledShingles } };
}

export function stampOf(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return undefined;
  }
}

/** Writes `content` to `file` through a temporary file, so a reader never sees half of it. */
function writeWhole(file: string, content: string | Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

export class CorpusCache {
  private readonly stored = new Map<string, StoredDocument>();
  private blob = new Int32Array(0);
  private readonly file: string | undefined;
  private readonly blobFile: string | undefined;

  /** Reads the cache in `folder`, if any; without a folder nothing is read or written. */
  constructor(folder: string | undefined, private readonly warn: Warn) {
    this.file = folder ? path.join(folder, FILE_NAME) : undefined;
    this.blobFile = folder ? path.join(folder, BLOB_NAME) : undefined;
    if (!this.file || !this.blobFile || !fs.existsSync(this.file)) return;
    try {
      const content = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { format?: string; blobLength?: number; documents?: StoredDocument[] };
      if (content.format !== FORMAT || !Array.isArray(content.documents)) {
        warn(`Corpus index cache ${this.file} is from another version; the corpus is indexed afresh.`);
        return;
      }
      const bytes = fs.readFileSync(this.blobFile);
      if (bytes.byteLength !== (content.blobLength ?? -1) * 4) throw new Error(`${BLOB_NAME} does not go with it`);
      this.blob = new Int32Array(bytes.byteLength / 4);
      new Uint8Array(this.blob.buffer).set(bytes); // aligned: a Buffer's bytes may sit anywhere in a shared pool
      for (const doc of content.documents) this.stored.set(doc.file, doc);
    } catch (error) {
      warn(`Corpus index cache ${this.file} cannot be read (${(error as Error).message}); the corpus is indexed afresh.`);
    }
  }

  /** The file's document as cached, if the file has not changed since, for restoring as `uri`. */
  lookup(file: string, uri: string, stamp: FileStamp): CachedDocument | undefined {
    const stored = this.stored.get(file);
    if (!stored || stored.mtimeMs !== stamp.mtimeMs || stored.size !== stamp.size) return undefined;
    try {
      return read(stored, uri, this.blob);
    } catch {
      return undefined;
    }
  }

  /** How many documents were read from the cache file. */
  get size(): number {
    return this.stored.size;
  }

  /** Frees what was read at start-up, once the corpus is loaded: later changes are indexed from the files. */
  release(): void {
    this.stored.clear();
    this.blob = new Int32Array(0);
  }

  /** Writes the documents given, replacing the cache: files gone from the corpus leave it. */
  save(documents: Iterable<{ file: string; stamp: FileStamp; doc: CachedDocument }>): void {
    if (!this.file || !this.blobFile) return;
    const blob = new BlobWriter();
    const stored: StoredDocument[] = [];
    for (const { file, stamp, doc } of documents) stored.push(store(file, stamp, doc, blob));
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const bytes = blob.bytes();
      writeWhole(this.blobFile, bytes);
      writeWhole(this.file, JSON.stringify({ format: FORMAT, blobLength: bytes.byteLength / 4, documents: stored }));
    } catch (error) {
      this.warn(`Corpus index cache ${this.file} cannot be written (${(error as Error).message}); the next start indexes the corpus afresh.`);
    }
  }
}
