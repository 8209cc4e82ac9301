/** *Export to Word* and *Import from Word*: the server converts, the client reads and writes the files. */
import { commands, Disposable, Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLIENT_COMMANDS,
  WORD_EXPORT_REQUEST,
  WORD_IMPORT_REQUEST,
  type WordExportAnswer,
  type WordImportResult,
} from '../../server/src/protocol/shared';

export function registerWordCommands(client: LanguageClient): Disposable {
  return Disposable.from(
    commands.registerCommand(CLIENT_COMMANDS.exportWord, () => exportWord(client, false)),
    commands.registerCommand(CLIENT_COMMANDS.exportWordTracked, () => exportWord(client, true)),
    commands.registerCommand(CLIENT_COMMANDS.importWord, async () => {
      const [file] =
        (await window.showOpenDialog({ canSelectMany: false, filters: { 'Word document': ['docx'] } })) ?? [];
      if (!file) return;
      const choice = await window.showQuickPick(
        [
          { label: 'Accept tracked changes', changes: 'accept' },
          { label: 'Show tracked changes as negotiation brackets', changes: 'brackets' },
        ],
        { placeHolder: 'Tracked changes in the Word file' },
      );
      if (!choice) return;
      const data = Buffer.from(await workspace.fs.readFile(file)).toString('base64');
      const answer = await client.sendRequest<WordImportResult>(WORD_IMPORT_REQUEST, { data, changes: choice.changes });
      if ('error' in answer) {
        void window.showErrorMessage(`${file.fsPath}: ${answer.error}`);
        return;
      }
      // An unsaved draft: the drafter decides where it is saved.
      const draft = await workspace.openTextDocument({ language: 'communique', content: answer.text });
      await window.showTextDocument(draft, { preview: false });
    }),
  );
}

/** Asks where to write the .docx (and, with tracked changes, the base and the author), then writes it. */
async function exportWord(client: LanguageClient, tracked: boolean): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor?.document.languageId !== 'communique') {
    void window.showInformationMessage('Open a draft in the editor first.');
    return;
  }
  const draft = editor.document.uri;
  let changes: { base: string; author: string } | undefined;
  if (tracked) {
    const [base] =
      (await window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Compare with this base',
        filters: { Drafts: ['communique', 'resolution', 'txt'] },
      })) ?? [];
    if (!base) return;
    const author = await window.showInputBox({
      prompt: 'Author of the tracked changes (your delegation)',
      value: 'Communiqué Drafter',
    });
    if (author === undefined) return;
    changes = { base: new TextDecoder().decode(await workspace.fs.readFile(base)).replace(/^\ufeff/, ''), author };
  }
  const target = await window.showSaveDialog({
    defaultUri: withExtension(draft, '.docx'),
    filters: { 'Word document': ['docx'] },
  });
  if (!target) return;
  const answer = await client.sendRequest<WordExportAnswer | null>(WORD_EXPORT_REQUEST, {
    textDocument: { uri: draft.toString() },
    ...changes,
  });
  if (!answer) return;
  await workspace.fs.writeFile(target, Buffer.from(answer.data, 'base64'));
  window.setStatusBarMessage(`Word file written: ${workspace.asRelativePath(target)}`, 5000);
}

function withExtension(uri: Uri, extension: string): Uri {
  return uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, extension) });
}
