import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { akomaNtosoReader } from '../../server/src/workspace/readers/akomaNtoso';
import { LspClient } from '../support/lspClient';
import { repoRoot } from '../support/seeds';

const SESSION = path.join(repoRoot, 'test', 'fixtures', 'unxml', 'GAresolutions', '77session');
const ENGLISH = path.join(SESSION, 'English', 'A_RES_77_87-2228194E.xml');
const FRENCH = path.join(SESSION, 'French', 'A_RES_77_87-2228194F.xml');

const textOf = (file: string): string => (akomaNtosoReader.read(fs.readFileSync(file), file) as { text: string }).text;

describe('comparing language versions over JSON-RPC', () => {
  let client: LspClient;
  const english = textOf(ENGLISH);
  const draftUri = 'untitled:resolution-77-87-en';

  before(async () => {
    client = new LspClient();
    await client.initialize();
    client.open(draftUri, english);
  });

  after(() => client.shutdown());

  it('aligns the draft with an AKN file of the French version: no finding', async () => {
    const answer = await client.request('communique/parallel', {
      textDocument: { uri: draftUri },
      other: { uri: pathToFileURL(FRENCH).toString() },
    });
    assert.deepStrictEqual(answer, { names: { draft: 'the English', other: 'the French' }, paired: 17, findings: [] });
  });

  it('with an open French text less a paragraph, gives the paragraph and its range in the draft', async () => {
    const frenchUri = 'untitled:resolution-77-87-fr';
    client.open(frenchUri, textOf(FRENCH).replace(/\n3\. [^\n]*\n/, '\n'));
    const answer = await client.request('communique/parallel', {
      textDocument: { uri: draftUri },
      other: { uri: frenchUri },
    });
    assert.strictEqual(answer.findings.length, 1);
    const [finding] = answer.findings;
    assert.strictEqual(finding.message, 'operative paragraph 3 of the English has no counterpart in the French');
    assert.strictEqual(finding.place, 'operative paragraph 3');
    assert.strictEqual(finding.otherRange, undefined);
    const line = english.split('\n').findIndex((l) => l.startsWith('3. '));
    assert.deepStrictEqual(finding.range.start, { line, character: 0 });
  });

  it('answers null for a version it cannot read', async () => {
    const answer = await client.request('communique/parallel', {
      textDocument: { uri: draftUri },
      other: { uri: 'file:///no/such/version.resolution' },
    });
    assert.strictEqual(answer, null);
  });
});
