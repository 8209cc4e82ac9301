import * as assert from 'assert';
import * as vscode from 'vscode';
import { documentSymbols, executeUntil, openDraft } from './editor';

/** Operative paragraph 4 of resolution 63/114, word for word. */
const AFFIRMS =
  '*Affirms* that the United Nations and the Organization of the Islamic Conference share a common goal of promoting and facilitating the Middle East peace process so that it can reach its objective of establishing a just and comprehensive peace in the Middle East;';

describe('drafting assistance in VS Code', () => {
  it('completes "resolution 61/" with 61/49 and its date from the corpus', async () => {
    const document = await openDraft('The General Assembly,\n\nRecalling its resolution 61/');
    const end = document.lineAt(2).range.end;
    const list = await executeUntil<vscode.CompletionList>(
      (l) =>
        Boolean(
          l?.items.some((i) => String(typeof i.label === 'string' ? i.label : i.label.label).startsWith('61/49')),
        ),
      'vscode.executeCompletionItemProvider',
      document.uri,
      end,
      '/',
    );
    const item = list.items.find((i) =>
      String(typeof i.label === 'string' ? i.label : i.label.label).startsWith('61/49'),
    )!;
    const edit = item.textEdit as vscode.TextEdit;
    assert.strictEqual(edit.newText, '61/49 of 4 December 2006');
  });

  it('finds agreed language for a paragraph and adopts the chosen wording with a note of its source', async () => {
    const document = await openDraft(`The General Assembly,\n\n1. ${AFFIRMS}\n`);
    const position = new vscode.Position(2, 10);
    const actions = await executeUntil<vscode.CodeAction[]>(
      (a) => Array.isArray(a) && a.some((x) => x.command?.command === 'communique.findAgreedLanguage'),
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(position, position),
    );
    const finder = actions.find((a) => a.command?.command === 'communique.findAgreedLanguage')!;
    const running = vscode.commands.executeCommand(finder.command!.command, ...(finder.command!.arguments ?? []));
    // The quick pick opens once the server has answered; accept its first row: the identical paragraph of 63/114.
    const deadline = Date.now() + 20000;
    while (!document.getText().includes('// Agreed language') && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await running;
    assert.strictEqual(
      document.getText(),
      `The General Assembly,\n\n1. ${AFFIRMS}\n// Agreed language: resolution 63/114, operative paragraph 4\n`,
    );
  });

  it('moves the paragraph at the cursor down from the palette, keeping the numbers in order', async () => {
    const document = await openDraft(
      'The General Assembly,\n\n1. *Decides* to meet;\n\n2. *Requests* a report;\n\n3. *Decides* to remain seized of the matter.\n',
    );
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(2, 6, 2, 6);
    // Commands do nothing while the server starts: wait until it answers for the draft.
    await documentSymbols(document);
    await vscode.commands.executeCommand('communique.moveParagraphDown');
    assert.strictEqual(
      document.getText(),
      'The General Assembly,\n\n1. *Requests* a report;\n\n2. *Decides* to meet;\n\n3. *Decides* to remain seized of the matter.\n',
    );
  });

  it("inserts an operative paragraph after the cursor's and puts the cursor in it", async () => {
    const document = await openDraft(
      'The General Assembly,\n\n1. *Decides* to meet;\n\n2. *Decides* to remain seized of the matter.\n',
    );
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(2, 4, 2, 4);
    // Commands do nothing while the server starts: wait until it answers for the draft.
    await documentSymbols(document);
    await vscode.commands.executeCommand('communique.insertOperativeParagraph');
    const line = document.lineAt(editor.selection.active.line).text;
    assert.match(line, /^2\. /, document.getText());
    assert.match(document.getText(), /\n3\. \*Decides\* to remain seized of the matter\.\n$/);
  });

  it('exports the draft to Akoma Ntoso in a new XML editor beside it', async () => {
    const document = await openDraft(
      'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n\n1. *Decides* to meet.\n',
    );
    // Commands do nothing while the server starts: wait until it answers for the draft.
    await documentSymbols(document);
    await vscode.commands.executeCommand('communique.exportAkomaNtoso');
    const xml = vscode.window.activeTextEditor!.document;
    assert.strictEqual(xml.languageId, 'xml');
    assert.match(xml.getText(), /<akomaNtoso[\s\S]*<mainBody>[\s\S]*<num>1\.<\/num>/);
  });

  it('copies the clean text of the draft to the clipboard', async () => {
    const document = await openDraft(
      'The General Assembly,\n\n// our line\nRecalling its resolution\n61/49,\n\n1. *Decides* to meet.\n',
    );
    await documentSymbols(document);
    await vscode.commands.executeCommand('communique.copyCleanText');
    assert.strictEqual(
      await vscode.env.clipboard.readText(),
      'The General Assembly,\n\nRecalling its resolution 61/49,\n\n1. Decides to meet.\n',
    );
  });
});
