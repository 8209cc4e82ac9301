import * as assert from 'assert';
import { LspClient } from '../support/lspClient';
import { readSeed } from '../support/seeds';

/** Fails if `promise` does not settle within `ms`: a bound on the answer, not a speed target. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)),
  );
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

const seed = readSeed('resolution');
const HOSTILE: Record<string, string> = {
  empty: '',
  'only blank lines': '\n\n \n\t\n\r\n\n',
  '10 MB of text': seed.repeat(Math.ceil(10_000_000 / seed.length)),
  'a single 1 MB line': `Recalling ${'the resolution 61/49 of 4 December 2006 and '.repeat(24000)}`,
  'binary data and NUL bytes': Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(
    '',
  ),
  'replacement characters of invalid UTF-8': Buffer.from([
    0xff, 0xfe, 0x31, 0x2e, 0x20, 0xc3, 0x28, 0x44, 0x65, 0x63, 0x69, 0x64, 0x65, 0x73,
  ])
    .toString('utf8')
    .repeat(1000),
  'CRLF and lone CR': seed.replace(/\n/g, '\r\n').slice(0, 6000) + seed.replace(/\n/g, '\r'),
  'a byte-order mark': `\ufeff${seed}`,
  'Arabic, French and mixed right-to-left text':
    'المؤتمر الإسلامي،\n\nإذ يشير إلى قرار الجمعية العامة 194 (III)،\n\n1. يدين العدوان.\n\nRappelant sa résolution 61/49 du 4 décembre 2006 et الميثاق,\n\n2. *Décide* de rester saisie de la question.',
  '10 000 numbered paragraphs': `The General Assembly,\n\n${Array.from({ length: 10000 }, (_, i) => `${i + 1}. *Decides* to act;`).join('\n')}`,
  'deeply nested sub-paragraphs': `The General Assembly,\n\n1. *Decides*:\n${Array.from({ length: 4000 }, (_, i) => `${['(a)', '(i)', 'a.', 'i.'][i % 4]} to act;`).join('\n')}`,
};

describe('server on hostile documents', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
  });

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`answers every request on ${name}`, async function () {
      // Each request has its own bound below; eight of them on 10 MB may together take longer than one.
      this.timeout(8 * 20000);
      const uri = `untitled:${encodeURIComponent(name)}.communique`;
      client.open(uri, text);
      const textDocument = { uri };
      const symbols = await within(
        20000,
        'documentSymbol',
        client.request('textDocument/documentSymbol', { textDocument }),
      );
      assert.ok(Array.isArray(symbols));
      const folding = await within(
        20000,
        'foldingRange',
        client.request('textDocument/foldingRange', { textDocument }),
      );
      assert.ok(Array.isArray(folding));
      // Somewhere in the middle of the text, where a drafter would be working.
      const lines = text.split(/\r\n|\r|\n/);
      const position = { line: lines.length >> 1, character: Math.min(5, lines[lines.length >> 1].length) };
      const range = { start: position, end: position };
      for (const [method, params] of [
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
        ['communique/agreedLanguage', { textDocument, position }],
        ['communique/cleanText', { textDocument }],
        ['communique/akomaNtoso', { textDocument }],
      ] as const) {
        await within(20000, method, client.request(method, params));
      }
      client.notify('textDocument/didClose', { textDocument });
    });
  }

  it('survives a draft deleted and retyped one keystroke at a time, and ends with the same outline', async () => {
    const text = readSeed('gaza');
    const uri = 'untitled:retyped.communique';
    client.open(uri, text);
    const before = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    let version = 1;
    const positionOf = (offset: number): { line: number; character: number } => {
      const lines = text.slice(0, offset).split('\n');
      return { line: lines.length - 1, character: lines[lines.length - 1].length };
    };
    // Delete from the end, one character at a time, asking for the outline now and then as an editor does.
    for (let end = text.length; end > 0; end--) {
      const from = positionOf(end - 1);
      const to = positionOf(end);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: from, end: to }, text: '' }],
      });
      if (end % 500 === 0)
        await within(
          10000,
          'documentSymbol while deleting',
          client.request('textDocument/documentSymbol', { textDocument: { uri } }),
        );
    }
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    // Retype it, one character at a time.
    for (let offset = 0; offset < text.length; offset++) {
      const at = positionOf(offset);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: at, end: at }, text: text[offset] }],
      });
      if (offset % 500 === 0)
        await within(
          10000,
          'documentSymbol while typing',
          client.request('textDocument/documentSymbol', { textDocument: { uri } }),
        );
    }
    const after = await within(
      10000,
      'documentSymbol after retyping',
      client.request('textDocument/documentSymbol', { textDocument: { uri } }),
    );
    assert.deepStrictEqual(after, before);
  });
});
