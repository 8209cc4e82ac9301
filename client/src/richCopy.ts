/** "Copy as rich text": the formatted draft as HTML, italics and layout kept, with its clean text beside it. */
import { commands, Disposable, env, ProgressLocation, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RICH_TEXT_REQUEST, VIEW_COMMANDS, type RichTextAnswer } from '../../server/src/protocol/shared';
import type { Preview } from './preview';

export function registerRichCopy(client: LanguageClient, preview: Preview): Disposable {
  return commands.registerCommand(VIEW_COMMANDS.copyRichText, async () => {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId !== 'communique') {
      void window.showInformationMessage('Open a draft in the editor first.');
      return;
    }
    const answer = await client.sendRequest<RichTextAnswer | null>(RICH_TEXT_REQUEST, {
      textDocument: { uri: editor.document.uri.toString() },
    });
    if (!answer) return;
    // The page that fills the clipboard may take a while to start: the status bar says meanwhile what runs.
    const outcome = await window.withProgress(
      { location: ProgressLocation.Window, title: 'Copying as rich text' },
      () => preview.copy(answer.html, answer.text),
    );
    if (outcome.ok) {
      window.setStatusBarMessage('The formatted draft is on the clipboard (HTML and plain text).', 5000);
      return;
    }
    // The editor refused the page the clipboard: the clean text at least, and why.
    await env.clipboard.writeText(answer.text);
    void window.showWarningMessage(
      `The formatting could not be put on the clipboard here (${outcome.error ?? 'refused'}); the clean text was copied.`,
    );
  });
}
