import * as path from 'path';
import type { Range } from '../service';
import type { CachedDocument } from '../service/corpus/corpusIndex';
import { NUMBERS_PER_CITATION, PackedCitations } from '../service/corpus/packedCitations';
import { wellFormedSampledShingles } from '../service/corpus/passageIndex';
import { DocumentMetadata, isDocumentMetadata } from '../service/corpus/metadata';
import type { Warn } from './corpusPaths';
import { FileError, FileStamp, sameStamp, Workspace } from './workspace';

/**
 * The corpus index kept between sessions, in a storage folder the caller names (the extension's
 * own storage, never the user's folders): at the next start an unchanged file is restored from
 * here instead of being read and parsed. A file is unchanged when its size and modification time
 * are those it had when indexed. The cache is outside data: its checksum and every value in it
 * are checked when it is read, and on any doubt it is dropped whole and the corpus read afresh.
 */
const FORMAT = 'communique-corpus-index/5';
const FILE_NAME = 'corpus-index.json';
/** The numbers (citation places, passage shingles), as one Int32Array: read without parsing. */
const BLOB_NAME = 'corpus-index.bin';
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

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
  readonly metadata?: readonly DocumentMetadata[];
}

/** The first line of the cache file: what the rest must be to be trusted. */
interface Header {
  readonly format: string;
  readonly blobLength: number;
  readonly checksum: string;
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

  words(): Int32Array {
    const all = new Int32Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }
}

/** FNV-1a over the documents' JSON text and the blob's words: a flipped bit anywhere changes it. */
function checksumOf(documentsJson: string, blob: Int32Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < documentsJson.length; i++) hash = Math.imul(hash ^ documentsJson.charCodeAt(i), 0x01000193);
  for (let i = 0; i < blob.length; i++) hash = Math.imul(hash ^ blob[i], 0x01000193);
  return `${documentsJson.length}:${blob.length}:${(hash >>> 0).toString(36)}`;
}

function store(file: string, stamp: FileStamp, doc: CachedDocument, blob: BlobWriter): StoredDocument {
  const indexed = doc.indexed;
  const metadata = doc.metadata;
  if (!indexed) return { file, mtimeMs: stamp.mtimeMs, size: stamp.size, fingerprint: doc.fingerprint, metadata };
  return {
    metadata,
    file,
    mtimeMs: stamp.mtimeMs,
    size: stamp.size,
    fingerprint: doc.fingerprint,
    title: indexed.title,
    titleRange: indexed.titleRange,
    symbols: indexed.citations.symbols.join(SEPARATOR),
    dates: indexed.citations.dateTexts.join(SEPARATOR),
    numbers: blob.append(indexed.citations.numbers),
    textLength: indexed.textLength,
    shingles: blob.append(indexed.sampledShingles),
  };
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';

function isSlice(value: unknown, blob: Int32Array): value is BlobSlice {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    isCount(value[0]) &&
    isCount(value[1]) &&
    value[0] + value[1] <= blob.length
  );
}

function isRange(value: unknown): value is Range {
  const range = value as Range;
  const isPosition = (p: unknown): boolean =>
    typeof p === 'object' &&
    p !== null &&
    isCount((p as Range['start']).line) &&
    isCount((p as Range['start']).character);
  return (
    typeof value === 'object' &&
    value !== null &&
    isPosition(range.start) &&
    isPosition(range.end) &&
    range.start.line <= range.end.line
  );
}

/** The document as the index takes it back, or why the stored one cannot be: every field is checked. */
function read(stored: StoredDocument, blob: Int32Array): CachedDocument | string {
  if (typeof stored !== 'object' || stored === null) return 'an entry that is not an object';
  const { file, mtimeMs, size, fingerprint, title, titleRange, symbols, dates, numbers, shingles, textLength } = stored;
  if (!isString(file) || !Number.isFinite(mtimeMs) || !isCount(size) || !isString(fingerprint))
    return 'an entry without its file, stamp or fingerprint';
  const metadata = stored.metadata;
  if (metadata !== undefined && !(Array.isArray(metadata) && metadata.every(isDocumentMetadata)))
    return `${file}: damaged metadata`;
  const parts = [symbols, dates, numbers, shingles, textLength];
  if (parts.every((part) => part === undefined) && title === undefined && titleRange === undefined)
    return { fingerprint, metadata };
  if (
    !isString(symbols) ||
    !isString(dates) ||
    !isCount(textLength) ||
    !isSlice(numbers, blob) ||
    !isSlice(shingles, blob)
  )
    return `${file}: an incomplete entry`;
  if ((title !== undefined && !isString(title)) || (titleRange !== undefined && !isRange(titleRange)))
    return `${file}: a damaged title`;
  const symbolList = symbols === '' ? [] : symbols.split(SEPARATOR);
  const dateList = symbolList.length === 0 ? [] : dates.split(SEPARATOR);
  // Copied out of the blob, so the blob can go once the corpus is loaded.
  const citationNumbers = blob.slice(numbers[0], numbers[0] + numbers[1]);
  if (
    numbers[1] !== symbolList.length * NUMBERS_PER_CITATION ||
    !PackedCitations.wellFormed(citationNumbers, dateList, textLength)
  )
    return `${file}: damaged citations`;
  const sampledShingles = blob.slice(shingles[0], shingles[0] + shingles[1]);
  if (!wellFormedSampledShingles(sampledShingles)) return `${file}: damaged passages`;
  const citations = new PackedCitations(citationNumbers, symbolList, dateList);
  return { fingerprint, indexed: { title, titleRange, citations, textLength, sampledShingles }, metadata };
}

/** Parses and checks the cache's two files; the documents by file, or why they cannot be trusted. */
function parse(
  json: string,
  readBlob: () => Uint8Array,
): Map<string, { stamp: FileStamp; doc: CachedDocument }> | string {
  const newline = json.indexOf('\n');
  const header = JSON.parse(newline < 0 ? json : json.slice(0, newline)) as Partial<Header> | null;
  if (header?.format !== FORMAT) return 'from another version';
  const blobBytes = readBlob();
  if (newline < 0 || !isCount(header.blobLength) || blobBytes.byteLength !== header.blobLength * 4)
    return `${BLOB_NAME} does not go with it`;
  const blob = new Int32Array(header.blobLength);
  new Uint8Array(blob.buffer).set(blobBytes); // aligned: a Buffer's bytes may sit anywhere in a shared pool
  const documentsJson = json.slice(newline + 1);
  if (header.checksum !== checksumOf(documentsJson, blob)) return 'its checksum does not match';
  const documents = JSON.parse(documentsJson) as unknown;
  if (!Array.isArray(documents)) return 'no document list';
  const byFile = new Map<string, { stamp: FileStamp; doc: CachedDocument }>();
  for (const stored of documents as StoredDocument[]) {
    const doc = read(stored, blob);
    if (typeof doc === 'string') return doc;
    byFile.set(stored.file, { stamp: { mtimeMs: stored.mtimeMs, size: stored.size }, doc });
  }
  return byFile;
}

export class CorpusCache {
  private stored = new Map<string, { stamp: FileStamp; doc: CachedDocument }>();
  private readonly file: string | undefined;
  private readonly blobFile: string | undefined;

  /** Reads the cache in `folder`, if any; without a folder nothing is read or written. */
  constructor(
    private readonly workspace: Workspace,
    folder: string | undefined,
    private readonly warn: Warn,
  ) {
    this.file = folder ? path.join(folder, FILE_NAME) : undefined;
    this.blobFile = folder ? path.join(folder, BLOB_NAME) : undefined;
    if (!this.file || !this.blobFile || workspace.stat(this.file) === undefined) return;
    const readPart = (file: string): Uint8Array => {
      try {
        return workspace.read(file, MAX_CACHE_BYTES).bytes;
      } catch (error) {
        throw error instanceof FileError ? new FileError(`${path.basename(file)} ${error.message}`) : error;
      }
    };
    const blobFile = this.blobFile;
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(new TextDecoder().decode(readPart(this.file)), () => readPart(blobFile));
    } catch (error) {
      parsed = error instanceof FileError ? error.message : `not well formed: ${(error as Error).message}`;
    }
    if (typeof parsed === 'string')
      warn(`Corpus index cache ${this.file} cannot be read (${parsed}); the corpus is indexed afresh.`);
    else this.stored = parsed;
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
  }

  /** Writes the documents given, replacing the cache: files gone from the corpus leave it. */
  save(documents: Iterable<{ file: string; stamp: FileStamp; doc: CachedDocument }>): void {
    if (!this.file || !this.blobFile) return;
    const blob = new BlobWriter();
    const stored: StoredDocument[] = [];
    for (const { file, stamp, doc } of documents) stored.push(store(file, stamp, doc, blob));
    const words = blob.words();
    const documentsJson = JSON.stringify(stored);
    const header: Header = { format: FORMAT, blobLength: words.length, checksum: checksumOf(documentsJson, words) };
    try {
      // The blob first: a reader that finds the new header finds the blob it checks against.
      this.workspace.write(this.blobFile, new Uint8Array(words.buffer));
      this.workspace.write(this.file, new TextEncoder().encode(`${JSON.stringify(header)}\n${documentsJson}`));
    } catch (error) {
      this.warn(
        `Corpus index cache ${this.file} cannot be written (${(error as Error).message}); the next start indexes the corpus afresh.`,
      );
    }
  }
}
