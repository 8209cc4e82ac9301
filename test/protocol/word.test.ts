import * as assert from 'assert';
import { readWord } from '../../server/src/workspace/word/readWord';
import { LspClient } from '../support/lspClient';
import { readSeed } from '../support/seeds';

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

  it('answers why a file is not a Word file, and nothing for a draft that is not open', async () => {
    const answer = await client.request('communique/wordImport', { data: Buffer.from('plain text').toString('base64') });
    assert.match(answer.error, /not a Word file/);
    assert.strictEqual(await client.request('communique/wordExport', { textDocument: { uri: 'file:///drafts/closed.resolution' } }), null);
  });
});
