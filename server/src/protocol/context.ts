import type { Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusIndex } from '../service/corpus/corpusIndex';
import type { LanguageService } from '../service';
import type { CorpusTexts } from '../workspace/corpusTexts';
import type { Contributions } from './contributions';
import type { CorpusLoads } from './corpusLoads';
import type { DraftCache } from './draftCache';
import type { SettingsStore } from './settings';

/** What every feature's LSP glue is given. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly drafts: DraftCache;
  readonly settings: SettingsStore;
  /** The reference corpus: filled by the citations feature, read by the language service's features that quote it. */
  readonly corpus: CorpusIndex;
  /** Whether the corpus is loading: filled by the citations feature, waited for by answers over the whole corpus. */
  readonly corpusLoads: CorpusLoads;
  /** The corpus files' texts, checked against what the index was built from. */
  readonly texts: CorpusTexts;
  /** The text of an open document or a corpus file, by URI. */
  /** A corpus document's whole text (CorpusTexts.read). */
  readonly readText: (uri: string) => string | undefined;
  /** Every feature of the language service, over that corpus. */
  readonly service: LanguageService;
  /** Where features add hover, code action, code lens and command contributions. */
  readonly contributions: Contributions;
  /** Resolves with the client's initialize parameters once the client says it is initialized. */
  readonly initialized: Promise<InitializeParams>;
}

/**
 * A feature's LSP glue: registers its handlers on the connection and returns the
 * capabilities it adds. One module per feature under protocol/features/.
 */
export type FeatureRegistration = (context: ServerContext) => ServerCapabilities;
