/** The VS Code extension: starts the language server over IPC. Everything else lives in the server. */
import { commands, ExtensionContext, StatusBarAlignment, Uri, window, workspace } from 'vscode';
import { registerAgreedLanguage } from './agreedLanguage';
import {
  CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, LanguageClient, LanguageClientOptions, Message, ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up on the server. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a server that died, telling the drafter once per session rather than once per
 * crash, and gives up with a single message if it keeps dying.
 */
class RestartOnceNoticed implements ErrorHandler {
  private readonly restarts: number[] = [];
  private noticed = false;

  error(_error: Error, _message: Message | undefined, count: number | undefined): { action: ErrorAction; handled: boolean } {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    while (this.restarts.length > 0 && now - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    if (this.restarts.length >= MAX_RESTARTS) {
      return { action: CloseAction.DoNotRestart, message: 'The Communiqué Drafter language server stopped repeatedly and will not be restarted. Reload the window to try again.' };
    }
    this.restarts.push(now);
    if (!this.noticed) {
      this.noticed = true;
      void window.showInformationMessage('The Communiqué Drafter language server stopped and has been restarted.');
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'communique' }],
    errorHandler: new RestartOnceNoticed(),
    // The corpus index cache lives in the extension's own storage, never in the drafter's folders.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{communique,resolution,txt}') },
    // Hover Markdown is built from corpus text: only the extension's own command may run from it.
    markdown: { isTrusted: { enabledCommands: ['communique.openLocation'] } },
    middleware: {
      // From the command palette a server command gets no arguments: give it the draft in the editor.
      executeCommand: (command, args, next) => next(command, args.length > 0 ? args : [window.activeTextEditor?.document.uri.toString()]),
    },
  };
  client = new LanguageClient('communique', 'Communiqué Drafter', serverOptions, clientOptions);
  context.subscriptions.push(showCorpusStatus(client), registerAgreedLanguage(client));
  await client.start();
}

/** "Corpus: 4 documents, 41 citations" in the status bar; a click lists the documents. */
function showCorpusStatus(languageClient: LanguageClient): { dispose(): void } {
  const item = window.createStatusBarItem(StatusBarAlignment.Right, 100);
  item.command = 'communique.showCorpus';
  item.tooltip = 'Communiqué Drafter: documents of the reference corpus';
  const listener = languageClient.onNotification('communique/corpusStatus', (status: { documents: number; citations: number; loading: boolean }) => {
    item.text = `$(library) Corpus: ${status.documents} documents, ${status.citations} citations${status.loading ? ' …' : ''}`;
    item.show();
  });
  const command = commands.registerCommand('communique.showCorpus', async () => {
    const documents = await languageClient.sendRequest<{ uri: string; title: string; citations: number }[]>('communique/corpusDocuments');
    const picked = await window.showQuickPick(documents.map((d) => ({ label: d.title, description: `${d.citations} citations`, uri: d.uri })), { placeHolder: 'Open a corpus document' });
    if (picked) await window.showTextDocument(Uri.parse(picked.uri));
  });
  return { dispose: () => [item, listener, command].forEach((d) => d.dispose()) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
