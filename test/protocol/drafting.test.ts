import * as assert from 'assert';
import { LspClient } from '../support/lspClient';
import { readSeed } from '../support/seeds';

const resolution = readSeed('resolution');
const gaza = readSeed('gaza');

/** Operative paragraphs as "number. opening" in order, the way a drafter checks a reordering. */
function operativeOpenings(text: string): string[] {
  return [...text.matchAll(/^(\d+)\. \*?([A-Z][a-z]+(?: [a-z]+)?)/gm)].map((m) => `${m[1]}. ${m[2]}`);
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe("the drafter's commands over JSON-RPC", () => {
  let client: LspClient;
  let next = 0;

  /** Opens `text` under a fresh URI: each test works on its own draft. */
  const openDraft = (text: string): string => {
    const uri = `file:///drafts/commands-${++next}.resolution`;
    client.open(uri, text);
    return uri;
  };

  const run = (command: string, argument: unknown): Promise<any> =>
    client.request('workspace/executeCommand', { command, arguments: [argument] });

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
  });

  it('lists the drafting commands among those the server runs', async () => {
    const probe = new LspClient();
    try {
      const { capabilities } = await probe.initialize();
      for (const command of [
        'communique.moveParagraphUp',
        'communique.moveParagraphDown',
        'communique.insertOperativeParagraph',
        'communique.toggleItalics',
        'communique.convertStyle',
      ]) {
        assert.ok(capabilities.executeCommandProvider.commands.includes(command), command);
      }
    } finally {
      await probe.shutdown();
    }
  });

  it('moves operative paragraph 3 of resolution 63/114 down: the texts swap, the numbers stay in order', async () => {
    const uri = openDraft(resolution);
    const before = operativeOpenings(resolution);
    const result = await run('communique.moveParagraphDown', {
      uri,
      position: { line: lineOf(resolution, '3. '), character: 5 },
    });
    assert.strictEqual(result.applied, true, JSON.stringify(result));
    const after = operativeOpenings(client.text(uri));
    assert.deepStrictEqual(
      after.map((p) => p.split('.')[0]),
      before.map((p) => p.split('.')[0]),
    );
    assert.strictEqual(after[2].slice(3), before[3].slice(3));
    assert.strictEqual(after[3].slice(3), before[2].slice(3));
    assert.strictEqual(after.slice(4).join('|'), before.slice(4).join('|'));
    // The cursor went with the paragraph: a second move from there takes it one further down.
    assert.deepStrictEqual(result.cursor, {
      uri,
      position: { line: lineOf(client.text(uri), '\n4. ') + 1, character: 5 },
    });
    assert.strictEqual((await run('communique.moveParagraphDown', result.cursor)).applied, true);
    assert.strictEqual(operativeOpenings(client.text(uri))[4].slice(3), before[2].slice(3));
  });

  it('says so, and changes nothing, when the first paragraph is asked to move up', async () => {
    const uri = openDraft(resolution);
    const result = await run('communique.moveParagraphUp', {
      uri,
      position: { line: lineOf(resolution, '1. '), character: 1 },
    });
    assert.strictEqual(result.applied, false);
    assert.match(result.message, /no paragraph above/);
    assert.strictEqual(client.text(uri), resolution);
  });

  it('refuses an edit made for a version the editor has moved past', async () => {
    const uri = openDraft(resolution);
    const typed = resolution.replace('1. ', '1.  ');
    const result = await client.requestFollowedBy(
      'workspace/executeCommand',
      {
        command: 'communique.moveParagraphDown',
        arguments: [{ uri, position: { line: lineOf(resolution, '3. '), character: 5 } }],
      },
      () => [
        {
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: typed }] },
        },
      ],
    );
    assert.strictEqual(result.applied, false);
    assert.match(result.message, /changed meanwhile/);
    assert.strictEqual(client.text(uri), typed);
  });

  it('inserts an operative paragraph after the one at the cursor and says where to type', async () => {
    const uri = openDraft(resolution);
    const result = await run('communique.insertOperativeParagraph', {
      uri,
      position: { line: lineOf(resolution, '2. '), character: 4 },
    });
    assert.strictEqual(result.applied, true);
    const text = client.text(uri);
    const numbers = [...text.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    assert.deepStrictEqual(
      numbers,
      numbers.map((_, i) => i + 1),
      'numbers run on without a gap',
    );
    assert.strictEqual(result.cursor.uri, uri);
    const line = text.split('\n')[result.cursor.position.line];
    assert.match(line, /^3\. /);
    assert.ok(result.cursor.position.character >= 3);
  });

  it('toggles the italics of the operative verbs, and back', async () => {
    const uri = openDraft(resolution);
    assert.strictEqual((await run('communique.toggleItalics', { uri })).applied, true);
    const toggled = client.text(uri);
    assert.notStrictEqual(toggled, resolution);
    assert.strictEqual(toggled.replace(/[*_]/g, ''), resolution.replace(/[*_]/g, ''), 'only emphasis markers change');
    assert.strictEqual((await run('communique.toggleItalics', { uri })).applied, true);
    assert.strictEqual(client.text(uri).replace(/[*_]/g, ''), resolution.replace(/[*_]/g, ''));
  });

  it('converts the OIC communiqué to UN punctuation and back, from a bare URI argument', async () => {
    const uri = openDraft(gaza);
    const toUn = await run('communique.convertStyle', uri);
    assert.strictEqual(toUn.applied, true);
    assert.match(toUn.message, /UN resolution style/);
    assert.notStrictEqual(client.text(uri), gaza);
    const back = await run('communique.convertStyle', { uri, style: 'oic' });
    assert.strictEqual(back.applied, true);
    assert.strictEqual(client.text(uri), gaza);
  });

  it('converts 63/114 to OIC punctuation and back with the same command, the enacting formula untouched', async () => {
    const uri = openDraft(resolution);
    const toOic = await run('communique.convertStyle', uri);
    assert.match(toOic.message, /OIC communiqué style/);
    assert.match(client.text(uri), /^The General Assembly,$/m);
    assert.match(client.text(uri), /^Recalling its resolutions[^\n]*;$/m);
    const back = await run('communique.convertStyle', uri);
    assert.match(back.message, /UN resolution style/);
    assert.strictEqual(client.text(uri), resolution);
  });

  it('answers the clean text and the Akoma Ntoso XML of a draft', async () => {
    const uri = openDraft(resolution);
    const clean = await client.request('communique/cleanText', { textDocument: { uri } });
    assert.ok(!clean.text.includes('*'), 'no emphasis markers');
    assert.match(clean.text, /Affirms that the United Nations/);
    const akn = await client.request('communique/akomaNtoso', { textDocument: { uri } });
    assert.match(akn.xml, /<akomaNtoso[^>]*xmlns="http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0"/);
    assert.match(akn.xml, /<mainBody>/);
  });

  it('tells the drafter to open a draft when the command names none', async () => {
    await assert.rejects(run('communique.toggleItalics', { uri: 'file:///not/open.resolution' }), /Open a draft first/);
  });
});
