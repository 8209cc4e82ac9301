import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { readSeed, repoRoot, SEEDS, SeedName, seedPath } from '../support/seeds';

describe('what the server may do', () => {
  it('never opens a network connection while serving the seeds', async () => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'communique-probe-')), 'network.log');
    fs.writeFileSync(log, '');
    const probe = path.join(repoRoot, 'test', 'support', 'networkProbe.js');
    const client = new LspClient([], ['--require', probe], { ...process.env, NETWORK_PROBE_LOG: log });
    try {
      await client.initialize({}, pathToFileURL(path.join(repoRoot, 'seeds')).toString());
      for (const seed of Object.keys(SEEDS) as SeedName[]) {
        const uri = pathToFileURL(seedPath(seed)).toString();
        client.open(uri, readSeed(seed));
        const textDocument = { uri };
        await client.request('textDocument/documentSymbol', { textDocument });
        await client.request('textDocument/foldingRange', { textDocument });
        await client
          .request('textDocument/hover', { textDocument, position: { line: 14, character: 30 } })
          .catch(() => null);
      }
    } finally {
      await client.shutdown();
    }
    assert.strictEqual(fs.readFileSync(log, 'utf8'), '', 'the server tried to reach the network');
  });
});
