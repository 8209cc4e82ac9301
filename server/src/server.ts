/**
 * The language server: LSP glue over the language service. Speaks LSP over stdio
 * (`node dist/server.js --stdio`) or over IPC when started by the VS Code extension.
 * Each feature registers its own handlers from protocol/features/.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  ProposedFeatures,
  ServerCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureRegistration, ServerContext } from './protocol/context';
import { CorpusIndex } from './service/corpus/corpusIndex';
import { createLanguageService } from './service';
import { Contributions } from './protocol/contributions';
import { CorpusLoads } from './protocol/corpusLoads';
import { DraftCache } from './protocol/draftCache';
import { PARSE_COUNT_REQUEST, ParseCount } from './protocol/shared';
import { registerCitations } from './protocol/features/citations';
import { registerAgreedLanguage } from './protocol/features/agreedLanguage';
import { registerCompare } from './protocol/features/compare';
import { registerParallel } from './protocol/features/parallel';
import { registerDiagnostics } from './protocol/features/diagnostics';
import { registerDrafting } from './protocol/features/drafting';
import { registerOutline } from './protocol/features/outline';
import { registerWord } from './protocol/features/word';
import { registerSemanticTokens } from './protocol/features/semanticTokens';
import { registerInlayHints } from './protocol/features/inlayHints';
import { registerPreview } from './protocol/features/preview';
import { SettingsStore } from './protocol/settings';
import { SERVER_COMMANDS } from './protocol/shared';
import { lazyCatalogue, SHIPPED_CATALOGUE } from './workspace/catalogueFile';
import { CorpusTexts } from './workspace/corpusTexts';
import { nodeWorkspace } from './workspace/nodeWorkspace';

const FEATURES: readonly FeatureRegistration[] = [
  registerOutline,
  registerDiagnostics,
  registerCitations,
  registerAgreedLanguage,
  registerDrafting,
  registerCompare,
  registerParallel,
  registerWord,
  registerSemanticTokens,
  registerInlayHints,
  registerPreview,
];

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const drafts = new DraftCache((uri) => settings.languageOf(uri));
const contributions = new Contributions();
let initializeParams: InitializeParams | undefined;
let announceInitialized: (params: InitializeParams) => void = () => undefined;
const initialized = new Promise<InitializeParams>((resolve) => (announceInitialized = resolve));
const corpus = new CorpusIndex();
const texts = new CorpusTexts(
  nodeWorkspace,
  (uri) => documents.get(uri)?.getText(),
  (message) => connection.console.warn(message),
  (uri) => corpus.fingerprint(uri),
);
const readText = (uri: string): string | undefined => texts.read(uri);
const catalogue = lazyCatalogue(
  SHIPPED_CATALOGUE,
  () => settings.value.catalogue,
  (message) => connection.console.warn(message),
);
const service = createLanguageService({
  corpus,
  readText: (uri, around) => (around ? texts.around(uri, around) : texts.read(uri)),
  catalogue,
  // A hover's link to a corpus place runs the server's command that opens it.
  link: (uri, range) => `command:${SERVER_COMMANDS.openLocation}?${encodeURIComponent(JSON.stringify([uri, range]))}`,
});
const context: ServerContext = {
  connection,
  documents,
  drafts,
  settings,
  contributions,
  initialized,
  corpus,
  corpusLoads: new CorpusLoads(),
  texts,
  readText,
  service,
};
const capabilities: ServerCapabilities = Object.assign(
  {},
  ...FEATURES.map((register) => register(context)),
  contributions.listen(connection),
);
let supportsConfiguration = false;

connection.onInitialize((params) => {
  initializeParams = params;
  supportsConfiguration = Boolean(params.capabilities.workspace?.configuration);
  return {
    capabilities: { ...capabilities, textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
    serverInfo: { name: 'communique-drafter' },
  };
});

connection.onInitialized(() => {
  if (supportsConfiguration)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'communique' });
  void settings.refresh(supportsConfiguration).then(() => announceInitialized(initializeParams!));
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as Record<string, unknown> | null)?.communique;
  void settings.refresh(supportsConfiguration, pushed, documents.keys());
});

// Each draft's own `communique.language` (its folder's, the `[communique]` override's) is asked for when it opens;
// the catalogue is read once a draft is open, between requests: not at start-up, not on the first keystroke.
documents.onDidOpen((event) => {
  if (supportsConfiguration) void settings.readLanguage(event.document.uri);
  setImmediate(() => catalogue.symbols());
});
documents.onDidClose((event) => {
  drafts.forget(event.document.uri);
  settings.forget(event.document.uri);
});
documents.listen(connection);
connection.onRequest(PARSE_COUNT_REQUEST, (): ParseCount => ({ parses: drafts.parses }));
connection.listen();
