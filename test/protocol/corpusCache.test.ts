import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';

/** Starts a server over `workspace` with its cache in `storage`, and waits for the corpus. */
async function start(workspace: string, storage: string): Promise<LspClient> {
  const client = new LspClient();
  await client.initialize({ storagePath: storage }, pathToFileURL(workspace).toString());
  await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading, 15000);
  return client;
}

async function corpusFiles(client: LspClient): Promise<string[]> {
  const documents: { uri: string }[] = await client.request('communique/corpusDocuments', {});
  return documents
    .map((d) => path.basename(d.uri))
    .filter((name) => !name.startsWith('oic-') && !name.startsWith('ga-') && !name.startsWith('un-'))
    .sort();
}

async function citing(client: LspClient, query: string): Promise<string[]> {
  const symbols: { location: { uri: string } }[] = await client.request('workspace/symbol', { query });
  return [...new Set(symbols.map((s) => path.basename(s.location.uri)))].sort();
}

describe('the corpus index cache', () => {
  let workspace: string;
  let storage: string;

  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cache-workspace-'));
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cache-storage-'));
    fs.writeFileSync(
      path.join(workspace, 'a.communique'),
      'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n',
    );
    fs.writeFileSync(
      path.join(workspace, 'b.communique'),
      'The General Assembly,\n\nRecalling its resolution 55/10 of 1 March 2001,\n',
    );
    fs.writeFileSync(path.join(workspace, 'c.txt'), 'Final communiqué\n\nRecalling resolution 44/4 of 2 June 1989,\n');
  });

  afterEach(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  it('is written in the storage folder only, with progress reported while indexing', async () => {
    const before = fs.readdirSync(workspace).sort();
    const client = await start(workspace, storage);
    const progress = client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params.value.kind);
    assert.strictEqual(progress[0], 'begin');
    assert.strictEqual(progress[progress.length - 1], 'end');
    assert.ok(client.serverRequests.some((r) => r.method === 'window/workDoneProgress/create'));
    await client.shutdown();
    assert.deepStrictEqual(fs.readdirSync(storage).sort(), ['corpus-index.bin']);
    assert.deepStrictEqual(fs.readdirSync(workspace).sort(), before);
  });

  it('restores unchanged files at the next start, and picks up changed, deleted and new ones', async () => {
    const b = path.join(workspace, 'b.communique');
    const yesterday = new Date(Date.now() - 86400000);
    yesterday.setMilliseconds(0);
    fs.utimesSync(b, yesterday, yesterday);
    let client = await start(workspace, storage);
    assert.deepStrictEqual(await corpusFiles(client), ['a.communique', 'b.communique', 'c.txt']);
    await client.shutdown();

    // b keeps its size and time but not its words: only a restore from the cache still knows 55/10 there.
    fs.writeFileSync(b, fs.readFileSync(b, 'utf8').replace('55/10', '55/99'));
    fs.utimesSync(b, yesterday, yesterday);
    fs.writeFileSync(
      path.join(workspace, 'a.communique'),
      'The General Assembly,\n\nRecalling its resolution 62/10 of 7 May 2008, and nothing else,\n',
    );
    fs.rmSync(path.join(workspace, 'c.txt'));
    fs.writeFileSync(
      path.join(workspace, 'd.communique'),
      'The General Assembly,\n\nRecalling its resolution 44/4 of 2 June 1989,\n',
    );

    client = await start(workspace, storage);
    try {
      assert.deepStrictEqual(await corpusFiles(client), ['a.communique', 'b.communique', 'd.communique']);
      assert.deepStrictEqual(await citing(client, '55/10'), ['b.communique'], 'b was restored from the cache');
      assert.deepStrictEqual(await citing(client, '55/99'), []);
      assert.deepStrictEqual(await citing(client, '62/10'), ['a.communique'], 'a was read again');
      assert.deepStrictEqual(await citing(client, '61/49').then((files) => files.includes('a.communique')), false);
      assert.deepStrictEqual(await citing(client, '44/4'), ['d.communique'], 'c is gone, d is new');
    } finally {
      await client.shutdown();
    }
  });

  it('indexes afresh, with a warning, when the cache file is damaged', async () => {
    fs.writeFileSync(path.join(storage, 'corpus-index.bin'), 'communique-corpus-idx/5\n{"documents": [');
    const client = await start(workspace, storage);
    try {
      const warnings = client.notifications
        .filter((n) => n.method === 'window/logMessage')
        .map((n) => n.params.message)
        .join('\n');
      assert.match(warnings, /corpus-index\.bin cannot be read .*; the corpus is indexed afresh/);
      assert.deepStrictEqual(await corpusFiles(client), ['a.communique', 'b.communique', 'c.txt']);
    } finally {
      await client.shutdown();
    }
  });
});
