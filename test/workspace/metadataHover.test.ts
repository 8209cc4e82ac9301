import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { repoRoot } from '../support/seeds';

describe('UN metadata over JSON-RPC', () => {
  let client: LspClient;
  let workspace: string;
  const uriOf = (file: string): string => pathToFileURL(file).toString();
  const DRAFT =
    'The Security Council,\n\nRecalling its resolution 2707 (2023) and document A/63/228,\n\n1. *Decides* to act.\n';

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-metadata-'));
    fs.writeFileSync(path.join(workspace, 'draft.communique'), DRAFT);
    client = new LspClient();
    const fixtures = path.join(repoRoot, 'test', 'fixtures');
    client.configuration = {
      corpus: {
        paths: [path.join(fixtures, 'unxml', 'SCresolutions', '2023'), path.join(fixtures, 'corpus-formats')],
      },
    };
    await client.initialize({}, uriOf(workspace));
    // 4 seeds, the draft, the sample's 2023 Council resolutions (16 in English, 2707 in 5 more languages),
    // and the bundled server's readers of the PDF, Word and HTML fixtures.
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading && s.documents >= 29, 60000);
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('indexes the PDF, Word and HTML files and names each broken file in one warning', () => {
    const status = client.notifications.filter((n) => n.method === 'communique/corpusStatus').pop()!.params;
    assert.strictEqual(status.documents, 29);
    const warnings = client.notifications
      .filter((n) => n.method === 'window/logMessage')
      .map((n) => n.params.message as string);
    assert.strictEqual(warnings.filter((w) => /corpus-formats[/\\]broken-.*; skipped\.$/.test(w)).length, 6);
  });

  it('hover on a Council resolution says how and when it was adopted and which language versions the corpus holds', async () => {
    const uri = uriOf(path.join(workspace, 'draft.communique'));
    client.open(uri, DRAFT);
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 28 },
    });
    assert.match(hover.contents.value, /S\\\/RES\\\/2707 \(2023\)/);
    assert.match(hover.contents.value, /Adopted unanimously \(15–0–0\) on 14 November 2023 at the 9473rd meeting\./);
    assert.match(
      hover.contents.value,
      /Language versions in the corpus: Arabic, Chinese, English, French, Russian, Spanish\./,
    );
    const links = await client.request('textDocument/documentLink', { textDocument: { uri } });
    assert.deepStrictEqual(
      links.map((l: any) => l.target),
      ['https://docs.un.org/en/S/RES/2707%20(2023)', 'https://docs.un.org/en/A/63/228'],
    );
  });
});
