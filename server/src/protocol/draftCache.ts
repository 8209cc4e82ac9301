import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftDocument, parseDraft } from '../service';

/** One parse per document version, shared by every request on that version. */
export class DraftCache {
  private readonly entries = new Map<string, { version: number; draft: DraftDocument }>();

  get(document: TextDocument): DraftDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.draft;
    const draft = parseDraft(document.getText());
    this.entries.set(document.uri, { version: document.version, draft });
    return draft;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
