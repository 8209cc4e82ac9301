import * as assert from 'assert';
import * as vscode from 'vscode';
import { executeUntil, openSeed } from './editor';

describe('citation hovers in VS Code', () => {
  it('shows, over 61/49 in the Geneva final document, the resolution of the corpus that dates it', async () => {
    const document = await openSeed('geneva');
    const position = document.positionAt(document.getText().indexOf('61/49') + 2);
    const hovers = await executeUntil<vscode.Hover[]>(
      (h) => Array.isArray(h) && h.length > 0,
      'vscode.executeHoverProvider',
      document.uri,
      position,
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /the corpus dates it 4 December 2006/);
  });
});
