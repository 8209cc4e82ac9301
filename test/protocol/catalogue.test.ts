import * as assert from 'assert';
import { LspClient } from '../support/lspClient';

/** Resolution 78/10 is in the shipped catalogue and in no seed. */
const DRAFT =
  'The General Assembly,\n\nRecalling its resolution 78/10 of 21 November 2023,\n\nRecalling resolution 78/1';

describe('the shipped catalogue over JSON-RPC', () => {
  let client: LspClient;
  const uri = 'untitled:catalogue.communique';
  const hover = async (): Promise<string> =>
    (await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 28 } }))
      .contents.value;

  before(async () => {
    client = new LspClient();
    client.configuration = {};
    await client.initialize({});
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading, 15000);
    client.open(uri, DRAFT);
  });

  after(() => client.shutdown());

  it('answers hover on a resolution no corpus file holds, from the catalogue, and says so', async () => {
    const markdown = await hover();
    assert.match(markdown, /\*Building a peaceful and better world through sport and the Olympic ideal\*/);
    assert.match(markdown, /Adopted by a recorded vote of 118–0–2 .* on 21 November 2023 at the 38th plenary/);
    assert.match(markdown, /Published by the UN in Arabic, Chinese, English, French, Russian, Spanish\./);
    assert.match(
      markdown,
      /From the catalogue; text not in your corpus: .*\(https:\/\/docs\.un\.org\/en\/A\/RES\/78\/10\)/,
    );
    const definition = await client.request('textDocument/definition', {
      textDocument: { uri },
      position: { line: 2, character: 28 },
    });
    assert.deepStrictEqual(definition ?? [], []);
  });

  it('completes "resolution 78/1" with the catalogue resolutions and their titles', async () => {
    // 78/10 is cited in the open draft (which joins the corpus once indexed): offered once, with its title either
    // way; 78/11 only the catalogue knows.
    const items = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 25 },
    });
    const list: any[] = Array.isArray(items) ? items : items.items;
    const find = (label: string): any => {
      const item = list.find((i) => i.label === label);
      assert.ok(item, `${label} among ${list.map((i) => i.label).join(', ')}`);
      return item;
    };
    assert.strictEqual(find('78/10').textEdit.newText, '78/10 of 21 November 2023');
    assert.match(find('78/10').detail, /^Building a peaceful and better world .* — 21 November 2023 — /);
    assert.strictEqual(
      find('78/11').detail,
      'The Syrian Golan — 28 November 2023 — from the catalogue; text not in your corpus',
    );
    assert.ok(list.every((i) => i.label.startsWith('78/1')));
    assert.strictEqual(list.filter((i) => i.label === '78/10').length, 1);
  });

  it('finds resolutions no corpus file holds in workspace symbols, by number or title, at their page', async () => {
    // 78/11 is in no seed and not in the open draft (which joins the corpus once indexed).
    const byWords: any[] = await client.request('workspace/symbol', { query: 'syrian golan' });
    const golan = byWords.find((s) => s.name.startsWith('A/RES/78/11 '));
    assert.ok(golan, byWords.map((s) => s.name).join(', '));
    assert.strictEqual(golan.name, 'A/RES/78/11 The Syrian Golan');
    assert.strictEqual(golan.containerName, 'from the catalogue; text not in your corpus');
    assert.strictEqual(golan.location.uri, 'https://docs.un.org/en/A/RES/78/11');
    // A/RES/75/101 A-B holds two resolutions: each is found, at the document's page.
    const byNumber: any[] = await client.request('workspace/symbol', { query: '75/101' });
    assert.deepStrictEqual(
      byNumber.map((s) => [s.name.split(' ').slice(0, 2).join(' '), s.location.uri]),
      [
        ['A/RES/75/101 A', 'https://docs.un.org/en/A/RES/75/101%20A-B'],
        ['A/RES/75/101 B', 'https://docs.un.org/en/A/RES/75/101%20A-B'],
      ],
    );
  });

  it('is off when communique.catalogue.enabled is false', async () => {
    client.configuration = { catalogue: { enabled: false } };
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const deadline = Date.now() + 10000;
    let markdown = await hover();
    while (/catalogue/.test(markdown) && Date.now() < deadline) markdown = await hover();
    assert.doesNotMatch(markdown, /catalogue|Olympic/);
    assert.match(markdown, /No other corpus document cites it\./);
  });
});
