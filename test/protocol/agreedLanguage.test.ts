import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { readSeed, seedPath } from '../support/seeds';

describe('agreed language over JSON-RPC', () => {
  let client: LspClient;
  const uri = pathToFileURL(seedPath('resolution')).toString();
  const text = readSeed('resolution');
  const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

  before(async () => {
    client = new LspClient();
    await client.initialize();
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading && s.documents >= 4, 15000);
    client.open(uri, text);
  });

  after(() => client.shutdown());

  it("finds the Geneva wording for operative paragraph 4 of 63/114, with an edit at the document's version", async () => {
    const result = await client.request('communique/agreedLanguage', {
      textDocument: { uri },
      position: { line: lineOf('share a common goal'), character: 10 },
    });
    assert.strictEqual(result.range.start.line, lineOf('4. *Affirms*'));
    const best = result.matches[0];
    assert.match(best.source, /^Final Document of the General Meeting/);
    assert.strictEqual(best.place, 'paragraph 1 under "Middle East and Palestine"');
    assert.match(best.diffPlain, /share a common goal of promoting and facilitating the Middle East peace process/);
    const change = best.edit.documentChanges[0];
    assert.deepStrictEqual(change.textDocument, { uri, version: 1 });
    assert.match(
      change.edits[change.edits.length - 1].newText,
      /\n\/\/ Agreed language: Final Document of the General Meeting/,
    );
  });

  it('offers the finder as a refactoring asked for on a paragraph, and says on its opening phrase when it is corpus language', async () => {
    const codeActions = (context: object): Promise<any[]> =>
      client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: {
          start: { line: lineOf('4. *Affirms*'), character: 5 },
          end: { line: lineOf('4. *Affirms*'), character: 5 },
        },
        context: { diagnostics: [], ...context },
      });
    const finderIn = (actions: any[]): any =>
      actions.find((a) => a.command?.command === 'communique.findAgreedLanguage');
    // The editor asks on its own as the cursor moves (a light bulb): no refactoring then, on every paragraph.
    assert.strictEqual(finderIn(await codeActions({ triggerKind: 2 })), undefined);
    assert.strictEqual(finderIn(await codeActions({ triggerKind: 2, only: ['quickfix'] })), undefined);
    assert.ok(finderIn(await codeActions({ triggerKind: 2, only: ['refactor'] })), 'the Refactor… menu lists it');
    const finder = finderIn(await codeActions({ triggerKind: 1 }));
    assert.strictEqual(finder.kind, 'refactor.rewrite');
    assert.deepStrictEqual(finder.command.arguments, [
      { uri, position: { line: lineOf('4. *Affirms*'), character: 5 } },
    ]);

    const draftUri = 'untitled:draft-1';
    const draft =
      'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n\n1. *Affirms* that the United Nations and the Organization of the Islamic Conference share a common goal of promoting and facilitating the Middle East peace process so that it can reach its objective of establishing a just and comprehensive peace in the Middle East;\n';
    client.open(draftUri, draft);
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: { line: 4, character: 5 },
    });
    assert.strictEqual(
      hover.contents.value,
      '**Agreed language**: identical to resolution 63\\/114, operative paragraph 4.',
    );
    const elsewhere = await client.request('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: { line: 4, character: 60 },
    });
    assert.strictEqual(elsewhere, null);
  });

  it('stops a cancelled search and says so', async () => {
    const params = { textDocument: { uri }, position: { line: lineOf('share a common goal'), character: 10 } };
    await assert.rejects(client.requestThenCancel('communique/agreedLanguage', params), /^Error: -32800: /);
    assert.ok(
      (await client.request('communique/agreedLanguage', params)).matches.length > 0,
      'the next request is answered',
    );
  });

  it('answers null outside a paragraph and for an unknown document', async () => {
    assert.strictEqual(
      await client.request('communique/agreedLanguage', { textDocument: { uri }, position: { line: 0, character: 0 } }),
      null,
    );
    assert.strictEqual(
      await client.request('communique/agreedLanguage', {
        textDocument: { uri: 'file:///nowhere.communique' },
        position: { line: 0, character: 0 },
      }),
      null,
    );
  });
});
