import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftCache } from '../../server/src/protocol/draftCache';
import { CORPUS_STATUS_NOTIFICATION, PARSE_COUNT_REQUEST, ParseCount } from '../../server/src/protocol/shared';
import { LspClient } from '../support/lspClient';
import { readSeed } from '../support/seeds';

describe('the parse cache', () => {
  it('parses a version once, and parses again a new text sent under the same version number', () => {
    const drafts = new DraftCache();
    const first = TextDocument.create(
      'untitled:r9',
      'communique',
      1,
      'The General Assembly,\n\n3. Decides to act;\n\n4. Urges all States.\n',
    );
    const parsed = drafts.get(first);
    assert.strictEqual(drafts.get(first), parsed, 'the same version and text: the same parse');
    const repeated = TextDocument.update(
      first,
      [{ text: 'The General Assembly,\n\nRecalling that 3 of 4 States agree,\n\nAlso recalling 2007,\n' }],
      1,
    );
    const reparsed = drafts.get(repeated);
    assert.notStrictEqual(reparsed, parsed);
    assert.strictEqual(reparsed.text, repeated.getText());
    assert.deepStrictEqual(
      reparsed.paragraphs.map((p) => p.kind),
      ['enactingFormula', 'preambular', 'preambular'],
    );
  });
});

describe('the keystroke path over JSON-RPC', () => {
  it('parses each version once: the outline, tokens, hints, hover, summary, diagnostics and corpus share it', async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = 'file:///drafts/keystrokes.resolution';
      const textDocument = { uri };
      const statuses = (): number => client.notifications.filter((n) => n.method === CORPUS_STATUS_NOTIFICATION).length;
      client.open(uri, readSeed('resolution'));
      await client.waitForNotification('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
      const parses = async (): Promise<number> => (await client.request<ParseCount>(PARSE_COUNT_REQUEST, null)).parses;
      const before = await parses();
      const seen = statuses();
      const versions = 5;
      for (let version = 2; version < 2 + versions; version++) {
        client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [
            { range: { start: { line: 16, character: 10 }, end: { line: 16, character: 10 } }, text: 'x' },
          ],
        });
        const position = { line: 16, character: 35 };
        await client.request('textDocument/documentSymbol', { textDocument });
        await client.request('textDocument/semanticTokens/full', { textDocument });
        await client.request('textDocument/inlayHint', {
          textDocument,
          range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
        });
        await client.request('textDocument/hover', { textDocument, position });
        await client.request('communique/summary', { textDocument });
      }
      const last = 1 + versions;
      await client.waitForNotification(
        'textDocument/publishDiagnostics',
        (p: any) => p.uri === uri && p.version === last,
      );
      // The corpus re-indexes the draft on its own timer, after the keystrokes: it says so in a status notification.
      const deadline = Date.now() + 10000;
      while (statuses() === seen && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
      assert.ok(statuses() > seen, 'the draft was re-indexed into the corpus');
      assert.strictEqual((await parses()) - before, versions);
    } finally {
      await client.shutdown();
    }
  });
});
