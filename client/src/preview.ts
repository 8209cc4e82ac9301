/**
 * The formatted preview beside the draft: the server's page of the printed text, redrawn as the draft
 * changes, following the active draft, scrolled with the editor; a click on a paragraph goes to it.
 * It also carries "Copy as rich text" to the clipboard, which only a page can fill with HTML.
 */
import {
  commands,
  Disposable,
  Range,
  Selection,
  TextEditor,
  TextEditorRevealType,
  ViewColumn,
  WebviewPanel,
  window,
  workspace,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, VIEW_COMMANDS, type PreviewAnswer } from '../../server/src/protocol/shared';
import { withPolicy } from './webviewPage';

/** Redraw after this pause in typing. */
const REDRAW_MS = 300;
/** How long a copy waits for its page: a new webview can take seconds to start on a busy machine or a remote one. */
const COPY_ANSWER_MS = 20_000;

/** Messages from the page: a click on a block, the page ready for the scroll position, a copy's outcome. */
type PageMessage =
  | { readonly type: 'goTo'; readonly line: number }
  | { readonly type: 'ready' }
  | { readonly type: 'copied'; readonly ok: boolean; readonly error?: string };

/** The page's script: scroll to the block of a line, report clicks, put HTML and text on the clipboard. */
const PAGE_SCRIPT = `const vscode = acquireVsCodeApi();
const blocks = () => [...document.querySelectorAll('[data-line]')];
window.addEventListener('message', async (event) => {
  const message = event.data;
  if (message.type === 'scroll') {
    let target;
    for (const b of blocks()) if (Number(b.dataset.line) <= message.line) target = b; else break;
    document.querySelectorAll('.current').forEach((b) => b.classList.remove('current'));
    if (target) { target.classList.add('current'); target.scrollIntoView({ block: 'start' }); }
    else window.scrollTo(0, 0);
  } else if (message.type === 'copy') {
    try {
      await navigator.clipboard.write([new ClipboardItem({
        'text/html': new Blob([message.html], { type: 'text/html' }),
        'text/plain': new Blob([message.text], { type: 'text/plain' }),
      })]);
      vscode.postMessage({ type: 'copied', ok: true });
    } catch (error) {
      // Where the asynchronous clipboard is refused, a copy event can still carry both.
      const fill = (e) => { e.clipboardData.setData('text/html', message.html); e.clipboardData.setData('text/plain', message.text); e.preventDefault(); };
      document.addEventListener('copy', fill, { once: true });
      const ok = document.execCommand('copy');
      document.removeEventListener('copy', fill);
      vscode.postMessage({ type: 'copied', ok, error: ok ? undefined : String(error) });
    }
  }
});
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
  if (target) vscode.postMessage({ type: 'goTo', line: Number(target.dataset.line) });
});
vscode.postMessage({ type: 'ready' });`;

export interface Preview extends Disposable {
  /** Puts `html` and `text` on the clipboard through a page (the preview's, or a short-lived one). */
  copy(html: string, text: string): Promise<{ ok: boolean; error?: string }>;
}

export function registerPreview(client: LanguageClient): Preview {
  let panel: WebviewPanel | undefined;
  let shown: TextEditor | undefined;
  let timer: NodeJS.Timeout | undefined;
  let copied: ((outcome: { ok: boolean; error?: string }) => void) | undefined;

  const topLine = (editor: TextEditor): number => editor.visibleRanges[0]?.start.line ?? 0;

  const redraw = async (): Promise<void> => {
    if (!panel || !shown) return;
    const answer = await client.sendRequest<PreviewAnswer | null>(PREVIEW_REQUEST, {
      textDocument: { uri: shown.document.uri.toString() },
    });
    if (!answer || !panel) return;
    panel.title = `Preview ${workspace.asRelativePath(shown.document.uri)}`;
    panel.webview.html = withPolicy(answer.html, PAGE_SCRIPT);
  };

  const onMessage = async (message: PageMessage): Promise<void> => {
    if (message.type === 'ready' && shown) void panel?.webview.postMessage({ type: 'scroll', line: topLine(shown) });
    else if (message.type === 'copied') copied?.({ ok: message.ok, error: message.error });
    else if (message.type === 'goTo' && shown) {
      const editor = await window.showTextDocument(shown.document, { viewColumn: shown.viewColumn });
      const position = editor.document.lineAt(Math.min(message.line, editor.document.lineCount - 1)).range.start;
      editor.selection = new Selection(position, position);
      editor.revealRange(new Range(position, position), TextEditorRevealType.InCenter);
    }
  };

  const open = (preserveFocus: boolean): WebviewPanel => {
    if (panel) return panel;
    const created = window.createWebviewPanel(
      'communique.preview',
      'Preview',
      { viewColumn: ViewColumn.Beside, preserveFocus },
      { enableScripts: true, retainContextWhenHidden: true },
    );
    const listener = created.webview.onDidReceiveMessage((m: PageMessage) => void onMessage(m));
    created.onDidDispose(() => {
      listener.dispose();
      panel = undefined;
    });
    return (panel = created);
  };

  const follow = (editor: TextEditor | undefined): void => {
    if (!panel || editor?.document.languageId !== 'communique' || editor === shown) return;
    shown = editor;
    void redraw();
  };

  const copy = async (html: string, text: string): Promise<{ ok: boolean; error?: string }> => {
    const editor = window.activeTextEditor;
    const transient = !panel;
    const page = open(false);
    if (transient) page.webview.html = withPolicy('<html><head></head><body>Copying…</body></html>', PAGE_SCRIPT);
    page.reveal(undefined, false);
    const outcome = await new Promise<{ ok: boolean; error?: string }>((resolve) => {
      copied = resolve;
      const send = (): void => void page.webview.postMessage({ type: 'copy', html, text });
      // A new page asks for its first message when its script runs; a shown one takes it now.
      if (transient) {
        const ready = page.webview.onDidReceiveMessage((m: PageMessage) => {
          if (m.type !== 'ready') return;
          ready.dispose();
          send();
        });
      } else send();
      setTimeout(() => resolve({ ok: false, error: 'the page did not answer' }), COPY_ANSWER_MS);
    });
    copied = undefined;
    if (transient) page.dispose();
    if (editor) await window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
    return outcome;
  };

  const disposables = Disposable.from(
    { dispose: () => panel?.dispose() },
    commands.registerCommand(VIEW_COMMANDS.showPreview, () => {
      const editor = window.activeTextEditor;
      if (editor?.document.languageId !== 'communique') {
        void window.showInformationMessage('Open a draft in the editor first.');
        return;
      }
      open(true).reveal(ViewColumn.Beside, true);
      shown = editor;
      return redraw();
    }),
    window.onDidChangeActiveTextEditor(follow),
    workspace.onDidChangeTextDocument((event) => {
      if (!panel || event.document !== shown?.document) return;
      clearTimeout(timer);
      timer = setTimeout(() => void redraw(), REDRAW_MS);
    }),
    window.onDidChangeTextEditorVisibleRanges((event) => {
      if (panel && event.textEditor === shown)
        void panel.webview.postMessage({ type: 'scroll', line: topLine(event.textEditor) });
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return { dispose: () => disposables.dispose(), copy };
}
