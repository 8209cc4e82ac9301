import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';

/** Drafts in the workspace, besides the four shipped seeds the corpus starts with. */
const FILES = 5;

describe('the limit on corpus files (communique.corpus.maxFiles)', () => {
  let client: LspClient;
  let workspace: string;
  const status = (test: (s: any) => boolean): Promise<any> =>
    client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading && test(s), 15000);

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-limit-'));
    for (let i = 0; i < FILES; i++)
      fs.writeFileSync(path.join(workspace, `r${i}.communique`), `The General Assembly,\n\n1. *Decides* item ${i};\n`);
    client = new LspClient();
    client.configuration = { corpus: { maxFiles: 6 } };
    await client.initialize({}, pathToFileURL(workspace).toString());
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('indexes that many files, says how many it left out, and indexes them once the limit is raised', async () => {
    const limited = await status((s) => s.leftOut > 0);
    assert.deepStrictEqual([limited.documents, limited.leftOut, limited.maxFiles], [6, 3, 6]);
    const warning = client.notifications.find(
      (n) => n.method === 'window/logMessage' && /communique\.corpus\.maxFiles/.test(n.params.message),
    );
    assert.match(warning?.params.message ?? '', /hold 3 drafts more than communique\.corpus\.maxFiles \(6\) allows/);

    // A file created meanwhile is left out too, as the listing would have left it: counted, not indexed.
    const created = path.join(workspace, 'r9.communique');
    fs.writeFileSync(created, 'The General Assembly,\n\n1. *Decides* item 9;\n');
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(created).toString(), type: 1 }],
    });
    const more = await status((s) => s.leftOut === 4);
    assert.strictEqual(more.documents, 6);

    client.configuration = { corpus: { maxFiles: 100 } };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const all = await status((s) => s.leftOut === 0 && s.documents === 4 + FILES + 1);
    assert.strictEqual(all.maxFiles, 100);
  });

  it('takes a limit that is no whole number for the default, and says so', async () => {
    client.configuration = { corpus: { maxFiles: 'many' } };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    await status((s) => s.maxFiles === 200_000);
    const warning = client.notifications.find(
      (n) => n.method === 'window/logMessage' && /maxFiles must be a whole number/.test(n.params.message),
    );
    assert.ok(warning, 'the settings warning is logged');
  });
});
