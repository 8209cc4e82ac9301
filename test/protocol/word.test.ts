import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWord } from '../../server/src/workspace/word/readWord';
import { LspClient } from '../support/lspClient';
import { readSeed, seedPath } from '../support/seeds';
import { runCli } from './cli.test';

describe('Word files over JSON-RPC', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
  });

  it('exports the open draft as a .docx and imports it back', async () => {
    const uri = 'file:///drafts/word-export.resolution';
    client.open(uri, readSeed('resolution'));
    const exported = await client.request('communique/wordExport', { textDocument: { uri } });
    const bytes = Buffer.from(exported.data, 'base64');
    assert.strictEqual(bytes.subarray(0, 2).toString(), 'PK', 'a zip package');
    const imported = await client.request('communique/wordImport', { data: exported.data, changes: 'brackets' });
    assert.strictEqual(imported.text, await readWord(bytes));
    assert.match(imported.text, /^16\. \*Decides\* to include in the provisional agenda of its sixty-fifth session/m);
  });

  it('exports the draft against a base with tracked changes by the given author', async () => {
    const uri = 'file:///drafts/word-tracked.resolution';
    const base = readSeed('resolution');
    client.open(uri, base.replace('2. *Urges* the United Nations system', '2. *Urges* the United Nations'));
    const exported = await client.request('communique/wordExport', {
      textDocument: { uri },
      base,
      author: 'Delegation of Senegal',
    });
    const bracketed = await readWord(Buffer.from(exported.data, 'base64'), { changes: 'brackets' });
    assert.match(bracketed, /^2\. \*Urges\* the United Nations \[system\] to cooperate/m);
    const accepted = await readWord(Buffer.from(exported.data, 'base64'));
    assert.match(accepted, /^2\. \*Urges\* the United Nations to cooperate/m);
  });

  it('answers why a file is not a Word file, and nothing for a draft that is not open', async () => {
    const answer = await client.request('communique/wordImport', {
      data: Buffer.from('plain text').toString('base64'),
    });
    assert.match(answer.error, /not a Word file/);
    assert.strictEqual(
      await client.request('communique/wordExport', { textDocument: { uri: 'file:///drafts/closed.resolution' } }),
      null,
    );
  });
});

describe('CLI docx and import', () => {
  it('writes a Word file that import reads back, and exits 2 on a usage or file error', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cli-word-'));
    const out = path.join(folder, 'draft.docx');
    assert.strictEqual(runCli(['docx', seedPath('gaza'), '-o', out]).status, 0);
    const imported = runCli(['import', out]);
    assert.strictEqual(imported.status, 0);
    assert.match(imported.stdout, /^11\. \*Mandates\* the Secretary General to coordinate/m);
    assert.strictEqual(runCli(['docx', seedPath('gaza')]).status, 2, 'no -o');
    assert.strictEqual(runCli(['import', '--changes', 'reject', out]).status, 2);
    const notWord = runCli(['import', seedPath('gaza')]);
    assert.strictEqual(notWord.status, 2);
    assert.match(notWord.stderr, /not a Word file/);
  });
});
