import * as path from 'path';
import type { CorpusIndex } from '../service/corpus/corpusIndex';
import type { DraftDocument } from '../service';
import { CacheDamaged, CorpusCache } from './corpusCache';
import { DEFAULT_MAX_FILES, filePathOf, fileUriOf, listCorpusFiles, readCorpusBytes } from './corpusFiles';
import { IN_THREAD, IndexedFile, Indexer } from './indexWorkers';
import { mayBeCorpusFile } from './readers';
import { CorpusRoot, corpusRoots, Warn } from './corpusPaths';
import { FileStamp, sameStamp, Workspace } from './workspace';

/** Files indexed between two turns of the event loop, so requests are answered while the corpus loads. */
const BATCH = 64;
/** Time the passage postings take from the event loop at a stretch after loading. */
const POSTING_SLICE_MS = 15;
/** A file this large (about 100 pages of text) takes a tenth of a second or more to index: worth a thread. */
const LARGE_FILE = 200_000;
/** The cache is rewritten this long after the last change to a corpus file. */
const CACHE_WRITE_DELAY_MS = 5000;
/** Copies named one by one before a count of the rest: a folder of copies gives no storm of warnings. */
const MAX_COPY_WARNINGS = 10;

/** How a load's progress is shown (the server: the editor's progress bar). */
export interface LoadProgress {
  begin(files: number): void;
  report(done: number, files: number): void;
  done(): void;
}

export interface CorpusLoaderOptions {
  readonly workspace: Workspace;
  readonly corpus: CorpusIndex;
  readonly warn: Warn;
  /** Whether a document is open in an editor: its text there is newer than the file's, and is not cached. */
  readonly isOpen?: (uri: string) => boolean;
  /** Reads and indexes files' bytes and large open drafts: worker threads in the server, this thread by default. */
  readonly indexer?: Indexer;
  /** The corpus was emptied to be read afresh (its cache was damaged): open documents are to be indexed again. */
  readonly onReset?: () => void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Fills a corpus index from files and keeps it in step with them: lists the corpus paths,
 * restores unchanged files from the persisted cache and reads the others, counts a copy of a
 * document once, re-indexes a file that changed, and writes the cache back. The server, the
 * CLI and the benchmark load corpora through it alike.
 */
export class CorpusLoader {
  private cache: CorpusCache;
  /** Each indexed file's stamp when read: what the cache is valid for, and what says a file is unchanged. */
  private readonly stamps = new Map<string, FileStamp>();
  /** Where each mapped file's lines start (textMap.ts): read this session, or the cache's document number for it. */
  private readonly textMaps = new Map<string, Int32Array | number>();
  /** Files whose text is already in the corpus under another name, since the last report. */
  private copies: string[] = [];
  /** Loads asked for and not finished. */
  private loads = 0;
  private previousLoad: Promise<void> = Promise.resolve();
  private cacheWrite: NodeJS.Timeout | undefined;
  /** The corpus paths of the latest load: what a closed document or a watcher's event may bring in. */
  private roots: readonly CorpusRoot[] = [];
  /** The latest load's limit on the files indexed, and the drafts its paths hold beyond it. */
  private maxFiles = DEFAULT_MAX_FILES;
  private leftOutByLimit = 0;
  private latest: { patterns: readonly string[]; folders: readonly string[] } = { patterns: [], folders: [] };
  private cacheFolder: string | undefined;
  /** Times the corpus was emptied to be read afresh: a load under way when it happens writes no cache. */
  private resets = 0;

  private readonly indexer: Indexer;
  /** Open documents' indexings, counted, and each document's latest: a large one's form is filed only if latest. */
  private openIndexings = 0;
  private readonly openGenerations = new Map<string, number>();

  constructor(private readonly options: CorpusLoaderOptions) {
    this.indexer = options.indexer ?? IN_THREAD;
    this.cache = new CorpusCache(options.workspace, undefined, options.warn);
  }

  /** Opens the cache kept in `folder` and keeps it there from now on. */
  useCacheIn(folder: string | undefined): void {
    this.cacheFolder = folder;
    this.cache = new CorpusCache(this.options.workspace, folder, this.options.warn, () => this.cacheDamaged());
  }

  /**
   * A read of the cache found it damaged (said in a warning): the corpus is read afresh from the files, open
   * documents indexed again from their editors, and the cache written anew.
   */
  private cacheDamaged(): void {
    const { corpus, onReset } = this.options;
    corpus.clear();
    this.stamps.clear();
    this.textMaps.clear();
    // Written anew in the same folder; the damaged file is not read again.
    this.cache = new CorpusCache(this.options.workspace, this.cacheFolder, this.options.warn, undefined, false);
    this.resets++;
    onReset?.();
    void this.load(this.latest.patterns, this.latest.folders, undefined, this.maxFiles).catch(() => undefined);
  }

  /**
   * Checks the parts of the cache no request has read yet, between requests: a damaged one is found
   * before anything is answered from it, and the corpus read afresh.
   */
  async verifyCache(): Promise<void> {
    try {
      await this.cache.verifyRest();
    } catch (error) {
      if (!(error instanceof CacheDamaged)) throw error;
    }
    await this.previousLoad;
  }

  get loading(): boolean {
    return this.loads > 0;
  }

  /** The latest load's `maxFiles`, and the drafts its corpus paths hold beyond it: listed, counted, not indexed. */
  get limit(): { readonly maxFiles: number; readonly leftOut: number } {
    return { maxFiles: this.maxFiles, leftOut: this.leftOutByLimit };
  }

  /**
   * Indexes the files of `patterns` (folders, files, globs; relative ones taken in each of
   * `folders`) in batches, yielding between them. Files indexed by an earlier load that these
   * patterns no longer name leave the corpus. Loads run one after the other, so the last one
   * asked for (the latest settings) decides what stays. At most `maxFiles` files are indexed.
   */
  load(
    patterns: readonly string[],
    folders: readonly string[],
    progress?: LoadProgress,
    maxFiles = DEFAULT_MAX_FILES,
  ): Promise<void> {
    this.loads++;
    this.latest = { patterns, folders };
    const run = this.previousLoad
      .then(() => this.loadNow(patterns, folders, progress, maxFiles))
      .finally(() => this.loads--);
    this.previousLoad = run.catch(() => undefined);
    return run;
  }

  private async loadNow(
    patterns: readonly string[],
    folders: readonly string[],
    progress: LoadProgress | undefined,
    maxFiles: number,
  ): Promise<void> {
    const { workspace, warn } = this.options;
    const resets = this.resets;
    let read = 0;
    let files: readonly string[] = [];
    try {
      this.roots = corpusRoots(patterns, folders, warn);
      const listing = await listCorpusFiles(workspace, this.roots, warn, maxFiles);
      files = listing.files;
      [this.maxFiles, this.leftOutByLimit] = [maxFiles, listing.leftOut];
      progress?.begin(files.length);
      const segment = this.cache.opened;
      if (segment) this.options.corpus.useSegment(segment);
      for (let i = 0; i < files.length; i += BATCH) {
        for (const filed of files.slice(i, i + BATCH).map((file) => this.prepare(file))) if (await filed()) read++;
        progress?.report(Math.min(i + BATCH, files.length), files.length);
        await nextTurn();
      }
      const listed = new Set(files);
      for (const file of [...this.stamps.keys()].filter((f) => !listed.has(f))) this.forget(file);
    } finally {
      this.dropUnclaimed();
      progress?.done();
      this.reportCopies();
    }
    // Rewritten when a file was read, or when files the cache holds are gone; with the postings, built in slices first.
    if (this.resets !== resets) return;
    if (read > 0 || files.length !== this.cache.size) {
      await this.postPassages();
      this.saveCache();
    }
    this.cache.release();
  }

  /** The cache's documents whose files were not found unchanged leave the corpus (unless the cache is damaged). */
  private dropUnclaimed(): void {
    try {
      this.options.corpus.dropUnclaimed();
    } catch (error) {
      if (!(error instanceof CacheDamaged)) throw error;
    }
  }

  /** The agreed-language finder's postings, in slices between requests (a query posts what is left itself). */
  async postPassages(): Promise<void> {
    const { corpus } = this.options;
    while (corpus.passages.pending > 0) {
      corpus.passages.post(performance.now() + POSTING_SLICE_MS);
      await nextTurn();
    }
  }

  /** A file appeared or changed on disk: indexed if the corpus paths cover it (a watched folder holds others). */
  async changed(file: string): Promise<void> {
    if (!mayBeCorpusFile(file)) return;
    if (!this.covers(file)) return this.deleted(file);
    // A new file past the limit is left out as the listing would have left it, and counted.
    if (!this.stamps.has(file) && this.stamps.size >= this.maxFiles) {
      this.leftOutByLimit++;
      return;
    }
    await this.index(file);
    this.reportCopies();
    this.scheduleCacheWrite();
  }

  /** A corpus file is gone from disk. */
  deleted(file: string): void {
    if (!mayBeCorpusFile(file)) return;
    this.forget(file);
    this.scheduleCacheWrite();
  }

  /**
   * An open document's text, newer than its file's: indexed as it is, and not cached. A large draft (pasted
   * megabytes) is indexed in the indexer threads, the keystrokes' thread left free; the latest text wins.
   */
  async indexOpen(uri: string, text: string | DraftDocument): Promise<void> {
    const { corpus, warn } = this.options;
    const file = filePathOf(uri);
    if (file) this.stamps.delete(file);
    if (file) this.textMaps.delete(file);
    const generation = ++this.openIndexings;
    this.openGenerations.set(uri, generation);
    const plain = typeof text === 'string' ? text : text.text;
    if (plain.length <= LARGE_FILE || this.indexer === IN_THREAD) {
      if (typeof text === 'string') corpus.set(uri, text);
      else corpus.setParsed(uri, text);
      return;
    }
    try {
      const form = await this.indexer.text(plain);
      if (this.openGenerations.get(uri) === generation) corpus.setIndexed(uri, form);
    } catch (error) {
      warn(`The draft ${uri} could not be indexed (${error instanceof Error ? error.message : error}).`);
    }
  }

  /**
   * An open document was closed: back to what is on disk if the corpus paths cover it; an
   * unsaved draft, or a file opened from elsewhere, leaves the corpus.
   */
  async closed(uri: string): Promise<void> {
    // A large draft's indexing still under way is not to bring it back.
    this.openGenerations.delete(uri);
    this.options.corpus.remove(uri);
    const file = filePathOf(uri);
    if (file && mayBeCorpusFile(file) && this.covers(file)) await this.index(file);
    this.reportCopies();
  }

  /** Writes the cache now (the server: at exit and after a load). */
  saveCache(): void {
    clearTimeout(this.cacheWrite);
    const { corpus, isOpen } = this.options;
    const documents = [...this.stamps].flatMap(([file, stamp]) => {
      const uri = fileUriOf(file);
      const doc = isOpen?.(uri) ? undefined : corpus.cached(uri);
      return doc ? [{ file, stamp, doc, textMap: this.textMapOf(file), order: corpus.passages.orderOf(uri) }] : [];
    });
    // In the passage index's order: its postings are then stored as they are, numbered afresh but not re-sorted.
    documents.sort((a, b) => a.order - b.order);
    const withPassages = documents.flatMap(({ file, doc }) => (doc.indexed ? [fileUriOf(file)] : []));
    const postings = corpus.passages.exported(withPassages);
    if (postings) this.cache.save(documents, postings);
    else this.options.warn('The corpus index cache was not written: its passages are out of order.');
  }

  private textMapOf(file: string): Int32Array | undefined {
    const map = this.textMaps.get(file);
    return typeof map === 'number' ? this.cache.textMap(map) : map;
  }

  /**
   * What a reader of the file's text needs to read a part of it: the file's stamp when it was indexed, and where
   * its lines start; undefined unless it is indexed and mapped.
   */
  indexedSource(file: string): { readonly stamp: FileStamp; readonly textMap: Int32Array } | undefined {
    const stamp = this.stamps.get(file);
    const textMap = stamp && this.textMapOf(file);
    return textMap && { stamp, textMap };
  }

  private scheduleCacheWrite(): void {
    clearTimeout(this.cacheWrite);
    this.cacheWrite = setTimeout(() => this.saveCache(), CACHE_WRITE_DELAY_MS);
    this.cacheWrite.unref();
  }

  /**
   * Indexes one file (a change on disk, a draft closed) from the cache if it is unchanged, else from its text; says
   * whether it was read. A small text in this thread, at once: a request that follows the change sees it; a large
   * one in the indexer threads, so that it holds up no request (meanwhile answers check the text they quote).
   */
  private index(file: string): Promise<boolean> {
    return this.prepare(file, (name, bytes) =>
      (bytes.length > LARGE_FILE ? this.indexer : IN_THREAD).file(name, bytes),
    )();
  }

  /**
   * A file's indexing in two steps, so that the files of a batch are indexed at once (in worker threads) and filed
   * in the order listed: now, what the cache has of it or its text read and its form asked for; then, filed.
   * The step returned says whether the file was read.
   */
  private prepare(file: string, indexFile = this.indexer.file): () => Promise<boolean> {
    const { workspace, corpus, isOpen } = this.options;
    const uri = this.cache.uriOf(file) ?? fileUriOf(file);
    if (isOpen?.(uri)) return async () => false; // the open document is the newer text
    const stat = workspace.stat(file);
    const known = this.stamps.get(file);
    const indexed = corpus.has(uri) || corpus.metadata.of(uri) !== undefined;
    if (stat?.kind === 'file' && known && sameStamp(known, stat) && indexed) return async () => false;
    const cached = stat?.kind === 'file' && this.cache.unchanged(file, stat);
    const reading = cached ? undefined : this.readAndIndex(file, indexFile);
    return async () => {
      if (cached && stat && corpus.claim(uri)) {
        this.stamps.set(file, stat);
        this.textMaps.set(file, this.cache.documentOf(file)!);
        return false;
      }
      this.fileRead(file, await (reading ?? this.readAndIndex(file, indexFile)));
      return true;
    };
  }

  /** A file read and indexed, with its stamp; neither when it cannot be read or indexed (said in a warning). */
  private async readAndIndex(
    file: string,
    indexFile: Indexer['file'],
  ): Promise<{ stamp?: FileStamp; indexed?: IndexedFile }> {
    const { workspace, warn } = this.options;
    const read = readCorpusBytes(workspace, file, warn);
    if (!read) return {};
    try {
      const indexed = await indexFile(file, read.bytes);
      indexed.warnings.forEach(warn);
      return indexed.read ? { stamp: read.stamp, indexed } : {};
    } catch (error) {
      warn(`Corpus file ${file} could not be indexed (${error instanceof Error ? error.message : error}); skipped.`);
      return {};
    }
  }

  private fileRead(file: string, { stamp, indexed }: { stamp?: FileStamp; indexed?: IndexedFile }): void {
    const { corpus } = this.options;
    const uri = fileUriOf(file);
    if (!stamp || !indexed) return this.forget(file);
    if (indexed.form === undefined) corpus.remove(uri);
    else {
      const original = corpus.setIndexed(uri, indexed.form);
      if (original.uri !== uri)
        this.copies.push(`${file} has the same text as ${filePathOf(original.uri) ?? original.uri}`);
    }
    // After the text: indexing a text anew drops the file's earlier metadata.
    corpus.metadata.set(uri, indexed.metadata ?? []);
    this.stamps.set(file, stamp);
    if (indexed.textMap) this.textMaps.set(file, indexed.textMap);
    else this.textMaps.delete(file);
  }

  /** Whether a load of the latest corpus paths would list `file` (hidden folders aside). */
  private covers(file: string): boolean {
    return this.roots.some(({ base, matches }) => {
      const relative = path.relative(base, file);
      const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
      return inside && (!matches || matches(file));
    });
  }

  private forget(file: string): void {
    this.options.corpus.remove(fileUriOf(file));
    this.stamps.delete(file);
    this.textMaps.delete(file);
  }

  private reportCopies(): void {
    const { warn } = this.options;
    for (const copy of this.copies.slice(0, MAX_COPY_WARNINGS)) warn(`Corpus file ${copy}; counted once.`);
    if (this.copies.length > MAX_COPY_WARNINGS) {
      warn(
        `${this.copies.length - MAX_COPY_WARNINGS} more corpus files repeat documents already indexed; each counted once.`,
      );
    }
    this.copies = [];
  }
}
