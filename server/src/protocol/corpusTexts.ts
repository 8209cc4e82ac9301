import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FileStamp, stampOf } from './corpusCache';
import { filePathOf, readCorpusFile } from './corpusFiles';

/** Texts kept: a hover quotes up to five citing documents, and the most cited come back often. */
const CAPACITY = 64;

/**
 * Reads corpus documents' texts for hovers and the agreed-language finder: an open document's
 * from the editor, else the file's. The last few files read are kept, and reused while their
 * size and time are unchanged (a stat costs a fraction of a read).
 */
export class CorpusTexts {
  private readonly recent = new Map<string, { stamp: FileStamp; text: string }>();

  constructor(private readonly documents: TextDocuments<TextDocument>, private readonly warn: (message: string) => void) {}

  read(uri: string): string | undefined {
    const open = this.documents.get(uri);
    if (open) return open.getText();
    const file = filePathOf(uri);
    const stamp = file ? stampOf(file) : undefined;
    if (!file || !stamp) return undefined;
    const kept = this.recent.get(file);
    this.recent.delete(file);
    if (kept && kept.stamp.mtimeMs === stamp.mtimeMs && kept.stamp.size === stamp.size) {
      this.recent.set(file, kept); // most recently used last
      return kept.text;
    }
    const text = readCorpusFile(file, this.warn);
    if (text === undefined) return undefined;
    this.recent.set(file, { stamp, text });
    if (this.recent.size > CAPACITY) this.recent.delete(this.recent.keys().next().value!);
    return text;
  }
}
