import { fingerprintOf } from '../service/corpus/corpusIndex';
import type { Warn } from './corpusPaths';
import { CorpusFile, filePathOf, readCorpusFile } from './corpusFiles';
import { FileStamp, sameStamp, Workspace } from './workspace';

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
 */
export class CorpusTexts {
  private readonly recent = new Map<string, { stamp: FileStamp; text: string; fingerprint: string }>();
  private reindex: (file: string) => void = () => undefined;

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
