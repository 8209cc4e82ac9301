import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';

const OLD = 'Final communique\n\nRecalling resolution 44/4 of 2 June 1989 and the agreed wording,\n';
const NEW = 'Final communique\n\nNoting with concern the report A/44/100 on the situation,\n\n' + OLD.slice(18);
const DRAFT = 'The General Assembly,\n\nRecalling resolution 44/4 of 2 June 1989,\n';

describe('a client that watches no files, and a corpus file changed on disk', () => {
  let client: LspClient;
  let workspace: string;

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-stale-'));
    fs.writeFileSync(path.join(workspace, 'a.txt'), OLD);
    client = new LspClient();
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('never quotes the new text at the old offsets, and quotes it rightly once re-indexed', async () => {
    await client.initialize({}, pathToFileURL(workspace).toString());
    assert.ok(
      !client.serverRequests.some((r) => r.method === 'client/registerCapability'),
      'no watchers: the client cannot watch',
    );
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading, 15000);
    client.open('untitled:d.communique', DRAFT);
    fs.writeFileSync(path.join(workspace, 'a.txt'), NEW);
    const quoteOfA = async (): Promise<string> => {
      const hover = await client.request('textDocument/hover', {
        textDocument: { uri: 'untitled:d.communique' },
        position: { line: 2, character: 23 },
      });
      const line = (hover.contents.value as string).split('\n').find((l) => l.startsWith('- ') && /a\.txt/.test(l));
      assert.ok(line, hover.contents.value);
      return line.replace(/\\/g, '').replace(/\*\*/g, '');
    };
    const quotes: string[] = [];
    for (let i = 0; i < 50 && !/Recalling resolution 44\/4/.test(quotes.at(-1) ?? ''); i++) {
      quotes.push(await quoteOfA());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const quote of quotes) {
      const said = quote.replace(/^.*?\): /, '').replace(/ — dated .*$/, '');
      assert.ok(said === '' || said.startsWith('Recalling resolution 44/4 of 2 June 1989 and the agreed wording'), quote);
    }
    assert.match(quotes.at(-1)!, /Recalling resolution 44\/4 of 2 June 1989 and the agreed wording/);
  });
});
