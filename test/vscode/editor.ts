/** What the in-editor tests share: opening a seed draft and asking VS Code what the extension answers. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SeedName } from '../support/seeds';

/** Both runners open the repository's `seeds/` folder as the workspace. */
export async function openSeed(name: SeedName): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opened the seeds folder as the workspace');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SEEDS[name]));
  await vscode.window.showTextDocument(document);
  assert.strictEqual(document.languageId, 'communique');
  return document;
}

/** Opens an unsaved draft with `text`, as a drafter pasting into a new editor would. */
export async function openDraft(text: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'communique', content: text });
  await vscode.window.showTextDocument(document);
  return document;
}

/** The diagnostics VS Code shows for `document`, once some satisfy `ready`. */
export async function diagnosticsOf(
  document: vscode.TextDocument,
  ready: (d: readonly vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(document.uri);
  if (ready(current())) return current();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no matching diagnostics within 20 s: ${JSON.stringify(current().map((d) => d.message))}`));
    }, 20000);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (!ready(current())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
    });
  });
}

/**
 * Runs an `vscode.execute…Provider` command until the answer satisfies `ready` (the language server
 * answers nothing while it is starting), failing with the last answer when the deadline passes.
 */
export async function executeUntil<T>(
  ready: (answer: T | undefined) => boolean,
  command: string,
  ...args: unknown[]
): Promise<T> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const answer = await vscode.commands.executeCommand<T | undefined>(command, ...args);
    if (ready(answer)) return answer as T;
    if (Date.now() > deadline) assert.fail(`${command} gave no usable answer within 20 s: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The outline of a document as the Outline view shows it. */
export function documentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return executeUntil<vscode.DocumentSymbol[]>(
    (s) => Array.isArray(s) && s.length > 0,
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
}

export function childNamed(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((s) => s.name === name);
  assert.ok(found, `"${name}" is in the outline among: ${symbols.map((s) => s.name).join(' | ')}`);
  return found;
}
