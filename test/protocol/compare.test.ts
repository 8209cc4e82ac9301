import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { readSeed, repoRoot, seedPath } from '../support/seeds';

describe('comparing drafts over JSON-RPC', () => {
  let client: LspClient;
  const seed = readSeed('resolution');
  /** Next year's zero draft, not yet saved: it is compared with the seed it came from. */
  const draftUri = 'untitled:zero-draft';
  const draftText = seed
    .replace('64th plenary meeting 5 December 2008', '')
    .replace('*Urges* the United Nations system', '*Calls upon* the United Nations system');

  before(async () => {
    client = new LspClient();
    await client.initialize();
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading && s.documents >= 4, 15000);
    client.open(draftUri, draftText);
  });

  after(() => client.shutdown());

  it('compares the draft with a file: a page whose paragraphs carry their line in the draft, and the text report', async () => {
    const base = pathToFileURL(path.join(repoRoot, 'seeds', 'ga-resolution-63-114.resolution')).toString();
    const answer = await client.request('communique/compare', { textDocument: { uri: draftUri }, base: { uri: base } });
    assert.strictEqual(answer.identical, false);
    assert.match(
      answer.text,
      /operative paragraph 2, changed \(draft line 63\)\n {6}\*\[-Urges-\]\{\+Calls upon\+\}\* the United Nations system/,
    );
    const line = draftText.split('\n').findIndex((l) => l.startsWith('2. *Calls upon*'));
    assert.match(
      answer.html,
      new RegExp(
        `<div class="paragraph changed" data-line="${line}"><div class="place">operative paragraph 2, changed</div>`,
      ),
    );
  });

  it('answers null for a text it cannot read', async () => {
    assert.strictEqual(
      await client.request('communique/compare', {
        textDocument: { uri: draftUri },
        base: { uri: 'file:///no/such/draft.resolution' },
      }),
      null,
    );
  });

  it('finds the closest corpus resolution: the seed the draft came from', async () => {
    const answer = await client.request('communique/closestDocument', { textDocument: { uri: draftUri } });
    assert.strictEqual(answer.uri, pathToFileURL(seedPath('resolution')).toString());
    assert.match(answer.title, /Cooperation between the United Nations and the Organization of the Islamic Conference/);
  });

  it("gives next session's draft with the list of what changed", async () => {
    client.open('untitled:adopted', seed);
    const answer = await client.request('communique/rollover', { textDocument: { uri: 'untitled:adopted' } });
    assert.match(answer.text, /^Sixty-fourth session/m);
    assert.ok(answer.changes.includes('Session line: "Sixty-third session" → "Sixty-fourth session".'));
  });
});
