import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, executeUntil, openDraft, openSeed } from './editor';

describe('citations and quick fixes in VS Code', () => {
  it('goes from a citation of 63/114 to the seed that is 63/114', async () => {
    const document = await openDraft('The General Assembly,\n\nRecalling its resolution 63/114 of 5 December 2008,\n');
    const locations = await executeUntil<(vscode.Location | vscode.LocationLink)[]>(
      (l) => Array.isArray(l) && l.length > 0,
      'vscode.executeDefinitionProvider',
      document.uri,
      new vscode.Position(2, 27),
    );
    const target = locations[0] as vscode.Location;
    assert.ok(target.uri.path.endsWith('ga-resolution-63-114.resolution'), target.uri.toString());
    assert.strictEqual(target.range.start.line, 10);
  });

  it('finds every citation of 3369 (XXX): the resolution and the mission page', async () => {
    const document = await openSeed('resolution');
    const references = await executeUntil<vscode.Location[]>(
      (l) => Array.isArray(l) && l.length >= 2,
      'vscode.executeReferenceProvider',
      document.uri,
      new vscode.Position(16, 35),
    );
    assert.deepStrictEqual(references.map((r) => r.uri.path.split('/').pop()).sort(), [
      'ga-resolution-63-114.resolution',
      'oic-observer-mission-new-york.txt',
    ]);
  });

  it('renumbers a draft with the quick fix, changing only the numbers', async () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 61/49,\n\n1. Welcomes the report;\n\n3. Requests a report;\n\n4. Decides to remain seized of the matter.';
    const document = await openDraft(text);
    const diagnostics = await diagnosticsOf(document, (d) => d.some((x) => x.code === 'numbering-gap'));
    const gap = diagnostics.find((d) => d.code === 'numbering-gap')!;
    const actions = await executeUntil<vscode.CodeAction[]>(
      (a) => Array.isArray(a) && a.some((x) => x.title === 'Renumber operative paragraphs'),
      'vscode.executeCodeActionProvider',
      document.uri,
      gap.range,
    );
    const renumber = actions.find((a) => a.title === 'Renumber operative paragraphs')!;
    assert.ok(await vscode.workspace.applyEdit(renumber.edit!));
    assert.strictEqual(
      document.getText(),
      text.replace('3. Requests', '2. Requests').replace('4. Decides', '3. Decides'),
    );
  });
});
