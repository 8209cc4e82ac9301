import type { Span, TextWindow } from '../service';
import { fingerprintOf } from '../service/corpus/corpusIndex';
import type { Warn } from './corpusPaths';
import { CorpusFile, filePathOf, readCorpusFile } from './corpusFiles';
import { readTextWindow } from './textMap';
import { FileError, FileStamp, sameStamp, Workspace } from './workspace';

/** What the loader knows of an indexed file: its stamp when indexed, and where its text's lines start. */
export type IndexedSource = (file: string) => { readonly stamp: FileStamp; readonly textMap: Int32Array } | undefined;

/** Texts kept: a hover quotes up to five citing documents, and the most cited come back often. */
const CAPACITY = 64;

/**
 * Reads corpus documents' texts for hovers and the agreed-language finder: an open document's
 * from the editor, else the file's. The last few files read are kept, and reused while their
 * size and time are unchanged (a stat costs a fraction of a read). A file that is no longer a
 * regular file (swapped for a link, a pipe) has no text. A Word or PDF file's text is read in the
 * background: the hover that asks first has none, the next one has it.
 *
 * The index's offsets are valid for the text it was built from only: a file whose text is not
 * that one (changed on disk, and the client watches no files) has no text until it is re-indexed,
 * which it is asked for; a quote at old offsets would cut words in half.
 *
 * A part of a plain-text file, around what a hover or the agreed-language finder quotes, is read alone, from where
 * its text map says its lines start, if the file is unchanged since it was indexed: its size and time are those it
 * had then, as when a start takes the cache's entry for it.
 */
export class CorpusTexts {
  private readonly recent = new Map<string, { stamp: FileStamp; text: string; fingerprint: string }>();
  private reindex: (file: string) => void = () => undefined;
  private sources: IndexedSource = () => undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly openText: (uri: string) => string | undefined,
    private readonly warn: Warn,
    /** The fingerprint of the text a document was indexed from; undefined if it is not indexed. */
    private readonly indexedFingerprint: (uri: string) => string | undefined,
  ) {}

  /** Who re-indexes a file found changed since it was indexed (the corpus loader). */
  whenStale(reindex: (file: string) => void): void {
    this.reindex = reindex;
  }

  /** Where the indexed files' lines start, to read parts of them (the corpus loader). */
  mapsFrom(sources: IndexedSource): void {
    this.sources = sources;
  }

  /** At least the text around `around`: a window of the file if it can be read alone, else the whole text. */
  around(uri: string, around: Span): string | TextWindow | undefined {
    const file = filePathOf(uri);
    const source = file && this.openText(uri) === undefined && !this.recent.has(file) && this.sources(file);
    const stat = source ? this.workspace.stat(file) : undefined;
    if (source && stat?.kind === 'file' && sameStamp(source.stamp, stat)) {
      const window = this.windowOf(file, source.textMap, stat, around);
      if (window) return window;
    }
    return this.read(uri);
  }

  private windowOf(file: string, textMap: Int32Array, stamp: FileStamp, around: Span): TextWindow | undefined {
    try {
      const opened = this.workspace.open(file);
      try {
        return opened.size === stamp.size ? readTextWindow(opened, textMap, around.start, around.end) : undefined;
      } finally {
        opened.close();
      }
    } catch (error) {
      if (error instanceof FileError) return undefined;
      throw error;
    }
  }

  read(uri: string): string | undefined {
    const open = this.openText(uri);
    if (open !== undefined) return open;
    const file = filePathOf(uri);
    const stat = file ? this.workspace.stat(file) : undefined;
    if (!file || stat?.kind !== 'file') return undefined;
    const kept = this.recent.get(file);
    this.recent.delete(file);
    if (kept && sameStamp(kept.stamp, stat)) {
      this.recent.set(file, kept); // most recently used last
      return this.indexedFrom(uri, file, kept.text, kept.fingerprint);
    }
    const read = readCorpusFile(this.workspace, file, this.warn);
    if (read instanceof Promise) {
      void read.then((later) => this.keep(file, later));
      return undefined;
    }
    const text = this.keep(file, read);
    return text === undefined ? undefined : this.indexedFrom(uri, file, text, this.recent.get(file)!.fingerprint);
  }

  /** The text if the index was built from it; else none, and the file is re-indexed. */
  private indexedFrom(uri: string, file: string, text: string, fingerprint: string): string | undefined {
    const indexed = this.indexedFingerprint(uri);
    if (indexed === undefined || indexed === fingerprint) return text;
    this.reindex(file);
    return undefined;
  }

  private keep(file: string, read: CorpusFile | undefined): string | undefined {
    if (read?.text === undefined) return undefined;
    this.recent.set(file, { stamp: read.stamp, text: read.text, fingerprint: fingerprintOf(read.text) });
    if (this.recent.size > CAPACITY) this.recent.delete(this.recent.keys().next().value!);
    return read.text;
  }
}
