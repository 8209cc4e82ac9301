import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { readSeed, seedPath } from '../support/seeds';

describe('language server over JSON-RPC on stdio', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    const result = await client.initialize();
    assert.ok(result.capabilities.documentSymbolProvider, 'documentSymbol advertised');
    assert.ok(result.capabilities.foldingRangeProvider, 'foldingRange advertised');
  });

  after(async () => {
    await client.shutdown();
  });

  it('answers documentSymbol for resolution 63/114 with the outline', async () => {
    const uri = pathToFileURL(seedPath('resolution')).toString();
    client.open(uri, readSeed('resolution'));
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(symbols.map((s: any) => s.name).slice(1), [
      'The General Assembly,',
      'Preamble',
      'Operative part',
      '64th plenary meeting 5 December 2008',
      'Footnotes 1–2',
      'Footnotes 3',
    ]);
    const operative = symbols.find((s: any) => s.name === 'Operative part');
    assert.strictEqual(operative.children.length, 16);
    assert.strictEqual(operative.children[7].name, '8. Also welcomes');
    assert.deepStrictEqual(operative.children[0].range.start, { line: 60, character: 0 });
  });

  it('follows incremental edits', async () => {
    const uri = 'untitled:draft.communique';
    client.open(uri, 'The General Assembly,\n\n1. *Decides* to act;\n');
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 2, character: 20 }, end: { line: 2, character: 20 } },
          text: '\n\n2. *Requests* a report.',
        },
      ],
    });
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const operative = symbols.find((s: any) => s.name === 'Operative part');
    assert.deepStrictEqual(
      operative.children.map((s: any) => s.name),
      ['1. Decides', '2. Requests'],
    );
  });

  it('keeps the outline as it was while a new paragraph is typed letter by letter', async () => {
    const uri = 'untitled:typing.communique';
    client.open(uri, 'The General Assembly,\n\nRecalling X,\n\n1. *Decides* to act.\n');
    const outline = async (): Promise<string[]> =>
      (await client.request('textDocument/documentSymbol', { textDocument: { uri } })).map((s: any) => s.name);
    assert.deepStrictEqual(await outline(), ['The General Assembly,', 'Preamble', 'Operative part']);
    let version = 1;
    for (const [character, text] of [
      [0, 'W'],
      [1, 'e'],
      [2, 'l'],
      [3, 'c'],
    ] as const) {
      const at = { line: 4, character };
      const edit = character === 0 ? `${text}\n\n` : text;
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: at, end: at }, text: edit }],
      });
      assert.deepStrictEqual(
        await outline(),
        ['The General Assembly,', 'Preamble', 'Operative part'],
        client.text(uri),
      );
    }
  });

  it('answers foldingRange', async () => {
    const uri = pathToFileURL(seedPath('gaza')).toString();
    client.open(uri, readSeed('gaza'));
    const ranges = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(
      ranges.some((r: any) => r.startLine === 8 && r.endLine === 20),
      'the preamble folds',
    );
  });
});
