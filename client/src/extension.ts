/** The VS Code extension: starts the language server over IPC. Everything else lives in the server. */
import { commands, ExtensionContext, StatusBarAlignment, ThemeColor, Uri, window } from 'vscode';
import { registerAgreedLanguage } from './agreedLanguage';
import { registerCompare } from './compare';
import { registerParallel } from './parallel';
import { executeServerCommand, registerDraftingCommands } from './drafting';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { quickPickText } from './quickPickText';
import { RestartOnceNoticed } from './restartPolicy';
import {
  CLIENT_COMMANDS,
  CORPUS_DOCUMENTS_REQUEST,
  CORPUS_STATUS_NOTIFICATION,
  CorpusDocumentEntry,
  CorpusStatus,
  DRAFT_SCHEMES,
  SERVER_COMMANDS,
} from '../../server/src/protocol/shared';
import { registerWordCommands } from './word';
import { registerPreview } from './preview';
import { registerRichCopy } from './richCopy';
import { registerSummary } from './statusBar';
import { configurationWithLanguage } from './draftLanguage';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Only the drafter's own drafts: not git or local-history revisions, diff views or output.
    documentSelector: DRAFT_SCHEMES.map((scheme) => ({ scheme, language: 'communique' })),
    errorHandler: new RestartOnceNoticed((message) => void window.showInformationMessage(message)),
    // The corpus index cache lives in the extension's own storage, never in the drafter's folders.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
    // Corpus file events: the server registers the watchers itself, for every client alike.
    // Hover Markdown is built from corpus text: only the extension's own command may run from it.
    markdown: { isTrusted: { enabledCommands: [SERVER_COMMANDS.openLocation] } },
    middleware: { executeCommand: executeServerCommand, workspace: { configuration: configurationWithLanguage } },
  };
  client = new LanguageClient('communique', 'Communiqué Drafter', serverOptions, clientOptions);
  const preview = registerPreview(client);
  context.subscriptions.push(
    showCorpusStatus(client),
    registerAgreedLanguage(client),
    registerDraftingCommands(client),
    registerCompare(client),
    registerParallel(client),
    registerWordCommands(client),
    preview,
    registerRichCopy(client, preview),
    registerSummary(client),
  );
  await client.start();
}

const DEFAULT_TOOLTIP = 'Communiqué Drafter: documents of the reference corpus';

/** "Corpus: 4 documents, 41 citations" in the status bar; a click lists the documents. */
function showCorpusStatus(languageClient: LanguageClient): { dispose(): void } {
  const item = window.createStatusBarItem(StatusBarAlignment.Right, 100);
  item.command = CLIENT_COMMANDS.showCorpus;
  item.tooltip = DEFAULT_TOOLTIP;
  const listener = languageClient.onNotification(CORPUS_STATUS_NOTIFICATION, (status: CorpusStatus) => {
    const counts = `${status.documents} documents, ${status.citations} citations`;
    // A limit reached is never silent: the drafter sees how much is left out, and the setting that decides it.
    const leftOut = status.leftOut > 0 ? ` · ${status.leftOut} files left out` : '';
    item.text = `$(library) Corpus: ${counts}${leftOut}${status.loading ? ' …' : ''}`;
    item.tooltip = leftOut
      ? `Communiqué Drafter: the corpus paths hold ${status.leftOut} drafts beyond communique.corpus.maxFiles ` +
        `(${status.maxFiles}); they are not indexed. Raise the setting to index them.`
      : DEFAULT_TOOLTIP;
    item.backgroundColor = leftOut ? new ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  });
  const command = commands.registerCommand(CLIENT_COMMANDS.showCorpus, async () => {
    const documents = await languageClient.sendRequest<CorpusDocumentEntry[]>(CORPUS_DOCUMENTS_REQUEST);
    const picked = await window.showQuickPick(
      documents.map((d) => ({ label: quickPickText(d.title), description: `${d.citations} citations`, uri: d.uri })),
      { placeHolder: 'Open a corpus document' },
    );
    if (picked) await window.showTextDocument(Uri.parse(picked.uri));
  });
  return { dispose: () => [item, listener, command].forEach((d) => d.dispose()) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
