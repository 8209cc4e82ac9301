/**
 * The negotiation round in the editor: the comparison of the draft with another text in a view
 * beside it (a click on a paragraph goes to it in the draft), and next session's draft.
 */
import { randomBytes } from 'crypto';
import {
  commands,
  Disposable,
  QuickPickItem,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  WebviewPanel,
  window,
  workspace,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLOSEST_DOCUMENT_REQUEST,
  COMPARE_REQUEST,
  CORPUS_DOCUMENTS_REQUEST,
  ROLLOVER_REQUEST,
  type ClosestDocumentAnswer,
  type ComparisonAnswer,
  type CorpusDocumentEntry,
  type RolloverAnswer,
} from '../../server/src/protocol/shared';

/** Where a click in the comparison goes: the draft's editor, at a 0-based line. */
interface GoToLine {
  readonly line: number;
}

/** The page is the server's escaped HTML; only this script, with its nonce, may run in it. */
function webviewHtml(html: string): string {
  const nonce = randomBytes(16).toString('base64');
  const policy =
    '<meta http-equiv="Content-Security-Policy" ' +
    `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">`;
  const script = `<script nonce="${nonce}">const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
  if (target) vscode.postMessage({ line: Number(target.getAttribute('data-line')) });
});</script>`;
  return html.replace('<head>', `<head>\n${policy}`).replace('</body>', `${script}\n</body>`);
}

export function registerCompare(client: LanguageClient): Disposable {
  let panel: WebviewPanel | undefined;
  /** The draft the view compares, and the editor column it is shown in. */
  let compared: { draft: Uri; column: ViewColumn | undefined } | undefined;

  const activeDraft = (): Uri | undefined => {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId === 'communique') return editor.document.uri;
    void window.showInformationMessage('Open a draft in the editor first.');
    return undefined;
  };

  /** A click in the view: the draft's editor, at the paragraph's line. */
  const goToLine = async (line: number): Promise<void> => {
    if (!compared) return;
    const editor = await window.showTextDocument(compared.draft, { viewColumn: compared.column, preserveFocus: false });
    const position = editor.document.lineAt(Math.max(0, Math.min(line, editor.document.lineCount - 1))).range.start;
    editor.selection = new Selection(position, position);
    editor.revealRange(new Range(position, position), TextEditorRevealType.InCenter);
  };

  /** Shows the draft compared with `base` beside it, in one view reused for every comparison. */
  const show = async (draft: Uri, base: Uri, baseTitle: string): Promise<void> => {
    const column = window.activeTextEditor?.viewColumn;
    const answer = await client.sendRequest<ComparisonAnswer | null>(COMPARE_REQUEST, {
      textDocument: { uri: draft.toString() },
      base: { uri: base.toString() },
    });
    if (!answer) {
      void window.showWarningMessage(`${baseTitle} cannot be read.`);
      return;
    }
    compared = { draft, column };
    if (!panel) {
      panel = window.createWebviewPanel(
        'communique.comparison',
        'Comparison',
        { viewColumn: ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true },
      );
      const listener = panel.webview.onDidReceiveMessage((message: GoToLine) => void goToLine(message.line));
      panel.onDidDispose(() => {
        listener.dispose();
        panel = undefined;
      });
    }
    panel.title = `Changes from ${baseTitle}`;
    panel.webview.html = webviewHtml(answer.html);
    if (answer.identical)
      void window.showInformationMessage(`The draft and ${baseTitle} are the same, paragraph by paragraph.`);
  };

  return Disposable.from(
    { dispose: () => panel?.dispose() },
    commands.registerCommand('communique.comparison.goToLine', goToLine),
    commands.registerCommand('communique.compareWith', async (base?: Uri) => {
      const draft = activeDraft();
      if (!draft) return;
      if (base) return show(draft, base, workspace.asRelativePath(base));
      const documents = await client.sendRequest<CorpusDocumentEntry[]>(CORPUS_DOCUMENTS_REQUEST);
      const items: (QuickPickItem & { uri?: string })[] = [
        { label: '$(folder-opened) Another file…' },
        ...documents
          .filter((d) => d.uri !== draft.toString())
          .map((d) => ({ label: d.title, description: workspace.asRelativePath(Uri.parse(d.uri)), uri: d.uri })),
      ];
      const picked = await window.showQuickPick(items, {
        placeHolder: "Compare the draft with… (the base text: last year's resolution, the L. document)",
      });
      if (!picked) return;
      if (picked.uri) return show(draft, Uri.parse(picked.uri), picked.label);
      const [file] = (await window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare with this text' })) ?? [];
      if (file) return show(draft, file, workspace.asRelativePath(file));
    }),
    commands.registerCommand('communique.compareWithClosest', async () => {
      const draft = activeDraft();
      if (!draft) return;
      const closest = await client.sendRequest<ClosestDocumentAnswer | null>(CLOSEST_DOCUMENT_REQUEST, {
        textDocument: { uri: draft.toString() },
      });
      if (!closest) {
        void window.showInformationMessage('No corpus text shares wording with this draft.');
        return;
      }
      return show(draft, Uri.parse(closest.uri), closest.title);
    }),
    commands.registerCommand('communique.newDraftFromResolution', async () => {
      const adopted = activeDraft();
      if (!adopted) return;
      const answer = await client.sendRequest<RolloverAnswer | null>(ROLLOVER_REQUEST, {
        textDocument: { uri: adopted.toString() },
      });
      if (!answer) return;
      const draft = await workspace.openTextDocument({ language: 'communique', content: answer.text });
      await window.showTextDocument(draft, { preview: false, viewColumn: ViewColumn.Beside });
      client.outputChannel.appendLine(`New draft from ${workspace.asRelativePath(adopted)}:`);
      for (const change of answer.changes) client.outputChannel.appendLine(`  ${change}`);
      void window.showInformationMessage(
        `New draft for the next session: ${answer.changes.length} changes, listed in the Communiqué Drafter output.`,
      );
    }),
  );
}
