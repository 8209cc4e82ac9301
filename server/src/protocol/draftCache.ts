import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Draft, DraftDocument } from '../service';
import type { LanguageCode } from '../service/languages';
import { parseDraft } from '../service/model/parser';

/**
 * One parse per document version, shared by every request on that version and by the corpus.
 * Keyed by the text as well as the version: a client that sends two texts under one version
 * number gets each its own parse, never a stale one (edits computed on it would corrupt the text).
 */
export class DraftCache {
  private readonly entries = new Map<
    string,
    { version: number; forced: LanguageCode | undefined; draft: DraftDocument }
  >();
  /** Parses made so far: at most one per version asked about (the bench reads it). */
  parses = 0;

  /** `languageOf` says which language a setting forces on a draft (undefined: found from its text). */
  constructor(private readonly languageOf: (uri: string) => LanguageCode | undefined = () => undefined) {}

  get(document: TextDocument): DraftDocument {
    const cached = this.entries.get(document.uri);
    const text = document.getText();
    // Comparing texts costs a pass over them at most, far less than a parse; equal strings are usually one object.
    const language = this.languageOf(document.uri);
    // A setting that forces another language (or no longer forces one) makes the same text another parse.
    if (cached && cached.version === document.version && cached.draft.text === text && cached.forced === language)
      return cached.draft;
    // The version before's parse, in the same language: the paragraphs the edit left alone keep what it read of them.
    const earlier = cached && cached.forced === language ? cached.draft : undefined;
    const draft = parseDraft(text, { language, earlier });
    this.parses++;
    this.entries.set(document.uri, { version: document.version, forced: language, draft });
    return draft;
  }

  /** The document's parse with its URI, as the language service's features take it. */
  draft(document: TextDocument): Draft {
    return { uri: document.uri, doc: this.get(document) };
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
