import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { render } from '../../bench/accuracy/layouts';
import { readAkn } from '../../server/src/workspace/readers/aknDocument';
import { LspClient } from '../support/lspClient';

const SAMPLE = path.join(__dirname, '../../../test/fixtures/unxml/SCresolutions/2023');
/** S/RES/2707 (2023) as a drafter would paste it, in one of the committed sample's languages. */
function resolution(language: string, file: string): string {
  return render(readAkn(fs.readFileSync(path.join(SAMPLE, language, file), 'utf8')), 'clean', file).text;
}

describe('communique.language over JSON-RPC', () => {
  let client: LspClient;
  const french = resolution('French', 'S_RES_2707-2322245F.xml');
  const frenchUri = 'file:///drafts/fr/s-res-2707.communique';
  const arabicUri = 'file:///drafts/ar/s-res-2707.communique';
  const forced = new Map<string, unknown>();
  const summary = (uri: string) => client.request('communique/summary', { textDocument: { uri } });
  const outline = async (uri: string): Promise<string> =>
    JSON.stringify(await client.request('textDocument/documentSymbol', { textDocument: { uri } }));
  const configurationChanged = async (): Promise<void> => {
    const configurationRequests = (): number =>
      client.serverRequests.filter((r) => r.method === 'workspace/configuration').length;
    const asked = configurationRequests();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 10_000;
    while (configurationRequests() < asked + 1) {
      if (Date.now() > deadline) throw new Error('the server did not ask for the settings again');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The resources' languages are asked for after the section: wait for the answers to be read.
    await new Promise((resolve) => setTimeout(resolve, 300));
  };

  before(async () => {
    client = new LspClient();
    client.configuration = {};
    client.resourceLanguage = (uri) => forced.get(uri) ?? null;
    await client.initialize();
    client.open(frenchUri, french);
  });

  after(async () => {
    await client.shutdown();
  });

  it('finds a draft’s language from its text when the setting is auto', async () => {
    const answer = await summary(frenchUri);
    assert.strictEqual(answer.language, 'fr');
    assert.strictEqual(answer.languageForced, false);
  });

  it('asks for each draft’s own setting with the draft as scope', () => {
    const items = client.serverRequests
      .filter((r) => r.method === 'workspace/configuration')
      .flatMap((r) => r.params.items);
    assert.ok(
      items.some((i: any) => i.scopeUri === frenchUri && i.section === 'communique.language'),
      JSON.stringify(items),
    );
  });

  it('parses the draft in the forced language for every feature, and back to its own on auto', async () => {
    const inFrench = await outline(frenchUri);
    assert.ok(inFrench.includes('Décide'), inFrench);
    forced.set(frenchUri, 'zh');
    await configurationChanged();
    const answer = await summary(frenchUri);
    assert.strictEqual(answer.language, 'zh');
    assert.strictEqual(answer.languageForced, true);
    assert.notStrictEqual(await outline(frenchUri), inFrench, 'the outline is the Chinese reading of the text');
    const published = await client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === frenchUri,
    );
    assert.ok(Array.isArray(published.diagnostics));
    forced.set(frenchUri, 'auto');
    await configurationChanged();
    assert.deepStrictEqual(
      { language: (await summary(frenchUri)).language, forced: (await summary(frenchUri)).languageForced },
      { language: 'fr', forced: false },
    );
    assert.strictEqual(await outline(frenchUri), inFrench);
  });

  it('reads the setting of a draft opened later, and re-checks it once the answer comes', async () => {
    forced.set(arabicUri, 'en');
    client.open(arabicUri, resolution('Arabic', 'S_RES_2707-2322245A.xml'));
    const deadline = Date.now() + 10_000;
    let answer = await summary(arabicUri);
    while (!answer.languageForced && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await summary(arabicUri);
    }
    assert.deepStrictEqual(
      { language: answer.language, forced: answer.languageForced },
      { language: 'en', forced: true },
    );
    forced.delete(arabicUri);
    await configurationChanged();
    assert.strictEqual((await summary(arabicUri)).language, 'ar');
  });

  it('warns about a language it does not know and reads the draft’s own', async () => {
    forced.set(frenchUri, 'pt');
    await configurationChanged();
    const warnings = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message);
    assert.ok(
      warnings.some((m: string) => m.includes('communique.language') && m.includes('"pt"')),
      warnings.join('\n'),
    );
    assert.strictEqual((await summary(frenchUri)).language, 'fr');
  });
});
