import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, openDraft } from './editor';

describe('the checks in VS Code', () => {
  it('reports a paragraph number that skips ahead as an error', async () => {
    const document = await openDraft(
      [
        'The General Assembly,',
        '',
        'Recalling its resolution 61/49 of 4 December 2006,',
        '',
        '1. Welcomes the report;',
        '',
        '3. Decides to remain seized of the matter.',
      ].join('\n'),
    );
    const diagnostics = await diagnosticsOf(document, (d) => d.some((x) => x.code === 'numbering-gap'));
    const gap = diagnostics.find((d) => d.code === 'numbering-gap');
    assert.strictEqual(gap?.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(gap?.range.start.line, 6);
    assert.strictEqual(gap?.message, 'Paragraph 2 is missing: 3 follows 1.');
  });
});
