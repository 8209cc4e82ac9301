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
 */
export class CorpusTexts {
  private readonly recent = new Map<string, { stamp: FileStamp; text: string }>();

  constructor(
    private readonly workspace: Workspace,
    private readonly openText: (uri: string) => string | undefined,
    private readonly warn: Warn,
  ) {}

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
      return kept.text;
    }
    const read = readCorpusFile(this.workspace, file, this.warn);
    if (read instanceof Promise) {
      void read.then((later) => this.keep(file, later));
      return undefined;
    }
    return this.keep(file, read);
  }

  private keep(file: string, read: CorpusFile | undefined): string | undefined {
    if (read?.text === undefined) return undefined;
    this.recent.set(file, { stamp: read.stamp, text: read.text });
    if (this.recent.size > CAPACITY) this.recent.delete(this.recent.keys().next().value!);
    return read.text;
  }
}
