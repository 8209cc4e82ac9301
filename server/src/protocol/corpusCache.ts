import * as fs from 'fs';
import * as path from 'path';
import type { CachedDocument, IndexedCitation, Range } from '../service';

/**
 * The corpus index kept between sessions, in the storage folder the client gives (the
 * extension's own storage, never the user's folders): at the next start an unchanged file is
 * restored from here instead of being read and parsed. A file is unchanged when its size and
 * modification time are those it had when indexed.
 */
const FORMAT = 'communique-corpus-index/1';
const FILE_NAME = 'corpus-index.json';

export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

type Warn = (message: string) => void;

/** A citation as stored: [symbol, start, end, range…, year, self, date text, day, month, date year]. */
type StoredCitation = [string, number, number, number, number, number, number, number | null, 0 | 1, string | null, number, number, number | null];

interface StoredDocument {
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly fingerprint: string;
  readonly title?: string;
  readonly titleRange?: Range;
  readonly citations?: StoredCitation[];
  readonly textLength?: number;
  /** The sampled shingles, base64 of their Int32Array. */
  readonly shingles?: string;
}

function storeCitation(c: Omit<IndexedCitation, 'uri'>): StoredCitation {
  const d = c.citedDate;
  return [c.symbol, c.span.start, c.span.end, c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character, c.year ?? null, c.self ? 1 : 0, d?.text ?? null, d?.day ?? 0, d?.month ?? 0, d?.year ?? null];
}

function readCitation([symbol, start, end, sl, sc, el, ec, year, self, text, day, month, dateYear]: StoredCitation): Omit<IndexedCitation, 'uri'> {
  return {
    symbol,
    span: { start, end },
    range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
    ...(year !== null ? { year } : {}),
    ...(self ? { self: true } : {}),
    ...(text !== null ? { citedDate: { text, day, month, ...(dateYear !== null ? { year: dateYear } : {}) } } : {}),
  };
}

function store(file: string, stamp: FileStamp, doc: CachedDocument): StoredDocument {
  const indexed = doc.indexed;
  if (!indexed) return { file, mtimeMs: stamp.mtimeMs, size: stamp.size, fingerprint: doc.fingerprint };
  const shingles = Buffer.from(indexed.sampledShingles.buffer, indexed.sampledShingles.byteOffset, indexed.sampledShingles.byteLength).toString('base64');
  return {
    file, mtimeMs: stamp.mtimeMs, size: stamp.size, fingerprint: doc.fingerprint,
    title: indexed.title, titleRange: indexed.titleRange, citations: indexed.citations.map(storeCitation), textLength: indexed.textLength, shingles,
  };
}

function read(stored: StoredDocument): CachedDocument {
  if (stored.citations === undefined || stored.shingles === undefined || stored.textLength === undefined) return { fingerprint: stored.fingerprint };
  const bytes = Buffer.from(stored.shingles, 'base64');
  // Copied: a Buffer's bytes may sit unaligned in a shared pool.
  const sampledShingles = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(sampledShingles.buffer).set(bytes);
  return { fingerprint: stored.fingerprint, indexed: { title: stored.title, titleRange: stored.titleRange, citations: stored.citations.map(readCitation), textLength: stored.textLength, sampledShingles } };
}

export function stampOf(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return undefined;
  }
}

export class CorpusCache {
  private readonly stored = new Map<string, StoredDocument>();
  private readonly file: string | undefined;

  /** Reads the cache in `folder`, if any; without a folder nothing is read or written. */
  constructor(folder: string | undefined, private readonly warn: Warn) {
    this.file = folder ? path.join(folder, FILE_NAME) : undefined;
    if (!this.file || !fs.existsSync(this.file)) return;
    try {
      const content = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { format?: string; documents?: StoredDocument[] };
      if (content.format !== FORMAT || !Array.isArray(content.documents)) {
        warn(`Corpus index cache ${this.file} is from another version; the corpus is indexed afresh.`);
        return;
      }
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
      return read(stored);
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
  }

  /** Writes the documents given, replacing the cache: files gone from the corpus leave it. */
  save(documents: Iterable<{ file: string; stamp: FileStamp; doc: CachedDocument }>): void {
    if (!this.file) return;
    const stored: StoredDocument[] = [];
    for (const { file, stamp, doc } of documents) stored.push(store(file, stamp, doc));
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify({ format: FORMAT, documents: stored }));
      fs.renameSync(temporary, this.file);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      this.warn(`Corpus index cache ${this.file} cannot be written (${(error as Error).message}); the next start indexes the corpus afresh.`);
    }
  }
}
