/** The seeds ship in the extension's own folder: opened there, they are read-only, so neither typing nor auto-save writes there. */
import * as path from 'path';
import { commands, Disposable, TextEditor, Uri, window } from 'vscode';

export function keepSeedsReadOnly(seedsFolder: Uri): Disposable {
  const folder = seedsFolder.fsPath + path.sep;
  const protect = (editor: TextEditor | undefined): void => {
    const uri = editor?.document.uri;
    // The command marks the active editor's file read-only for the session: it runs while that editor is active.
    if (uri?.scheme === 'file' && uri.fsPath.startsWith(folder))
      void commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
  };
  protect(window.activeTextEditor);
  return window.onDidChangeActiveTextEditor(protect);
}
