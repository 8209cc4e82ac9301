import * as assert from 'assert';
import { LspClient } from '../support/lspClient';
import { readSeed } from '../support/seeds';

const resolution = readSeed('resolution');

describe('semantic tokens, inlay hints and the views over JSON-RPC', () => {
  let client: LspClient;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };

  before(async () => {
    client = new LspClient();
    const { capabilities } = await client.initialize();
    legend = capabilities.semanticTokensProvider.legend;
    assert.ok(capabilities.inlayHintProvider, 'inlay hints are announced');
  });

  after(async () => {
    await client.shutdown();
  });

  it('encodes the tokens of a draft as LSP relative integers in the announced legend', async () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 61/49,\n\n1. Urges [all States];\n';
    client.open('file:///drafts/tokens.resolution', text);
    const { data } = await client.request('textDocument/semanticTokens/full', {
      textDocument: { uri: 'file:///drafts/tokens.resolution' },
    });
    const lines = text.split('\n');
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
      decoded.push(
        `${legend.tokenTypes[data[i + 3]]}${modifiers.map((m) => `+${m}`).join('')} ${lines[line].substr(character, data[i + 2])}`,
      );
    }
    assert.deepStrictEqual(decoded, [
      'emphasisMarker+italic *',
      'opening+italic Recalling',
      'emphasisMarker+italic *',
      'citation 61/49',
      'paragraphNumber 1.',
      'opening Urges',
      'unagreed+unagreed [all States]',
    ]);
  });

  it('answers inlay hints for the range asked: a cross-reference shows the opening of its paragraph', async () => {
    const text = resolution.replace(
      '5. *Requests* the United Nations',
      '5. *Requests*, further to paragraph 4 above, the United Nations',
    );
    client.open('file:///drafts/hints.resolution', text);
    const line = text.split('\n').findIndex((l) => l.includes('paragraph 4 above'));
    const hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri: 'file:///drafts/hints.resolution' },
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    assert.strictEqual(hints.length, 1, JSON.stringify(hints));
    assert.strictEqual(hints[0].position.line, line);
    assert.match(hints[0].label, /^: Affirms that the United Nations/);
  });

  it('answers the summary, the preview and the rich text of a draft, and null for a document it does not have', async () => {
    client.open('file:///drafts/summary.resolution', resolution.replace(/^5\. /m, '7. '));
    const summary = await client.request('communique/summary', {
      textDocument: { uri: 'file:///drafts/summary.resolution' },
    });
    assert.match(summary.text, /^16 operative · numbering: \d+ problems? · no brackets/);
    assert.ok(summary.firstProblem.range.start.line > 0);
    const preview = await client.request('communique/preview', {
      textDocument: { uri: 'file:///drafts/summary.resolution' },
    });
    assert.match(preview.html, /<p class="operative" data-line="\d+"><span class="num">7\.<\/span>/);
    const rich = await client.request('communique/richText', {
      textDocument: { uri: 'file:///drafts/summary.resolution' },
    });
    assert.match(rich.html, /<em>Affirms<\/em>/);
    assert.match(rich.text, /^4\. Affirms/m);
    assert.strictEqual(await client.request('communique/preview', { textDocument: { uri: 'file:///nowhere' } }), null);
  });
});
