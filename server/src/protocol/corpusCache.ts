import * as fs from 'fs';
import * as path from 'path';
import { CachedDocument, NUMBERS_PER_CITATION, PackedCitations, Range } from '../service';

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
  return {
    file, mtimeMs: stamp.mtimeMs, size: stamp.size, fingerprint: doc.fingerprint, title: indexed.title, titleRange: indexed.titleRange,
    symbols: indexed.citations.symbols.join(SEPARATOR),
    dates: indexed.citations.dateTexts.join(SEPARATOR),
    numbers: blob.append(indexed.citations.numbers), textLength: indexed.textLength, shingles: blob.append(indexed.sampledShingles),
  };
}

function read(stored: StoredDocument, blob: Int32Array): CachedDocument {
  const { symbols, dates, numbers, shingles, textLength } = stored;
  if (symbols === undefined || dates === undefined || numbers === undefined || shingles === undefined || textLength === undefined) return { fingerprint: stored.fingerprint };
  if (numbers[0] + numbers[1] > blob.length || shingles[0] + shingles[1] > blob.length) throw new Error('outside the blob');
  const symbolList = symbols === '' ? [] : symbols.split(SEPARATOR);
  if (numbers[1] !== symbolList.length * NUMBERS_PER_CITATION) throw new Error('citation columns of different lengths');
  // Copied out of the blob, so the blob can go once the corpus is loaded.
  const citations = new PackedCitations(blob.slice(numbers[0], numbers[0] + numbers[1]), symbolList, symbolList.length === 0 ? [] : dates.split(SEPARATOR));
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

  /** The file's document as cached, if the file has not changed since. */
  lookup(file: string, stamp: FileStamp): CachedDocument | undefined {
    const stored = this.stored.get(file);
    if (!stored || stored.mtimeMs !== stamp.mtimeMs || stored.size !== stamp.size) return undefined;
    try {
      return read(stored, this.blob);
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
