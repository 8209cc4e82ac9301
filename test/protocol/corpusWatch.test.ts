import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { marked, positionIn } from '../support/markers';

// $0: in the citation (a hover); $1: where its number starts (completions of resolution numbers); $2: in a paragraph
// that one corpus file words alike.
const { text: DRAFT, at } = marked(
  'The General Assembly,\n\nRecalling its resolution $163/1$014 of 5 December 2008,\n\n' +
    '1. $2*Decides* to meet again on item 2999.\n',
);
/** Enough corpus files that the load takes many turns of the server's event loop. */
const FILES = 3000;

describe('corpus file watching and answers while the corpus loads', () => {
  let client: LspClient;
  let workspace: string;
  let outside: string;
  const uriOf = (file: string): string => pathToFileURL(file).toString();
  const loadEnded = (): boolean =>
    client.notifications.some(
      (n) => n.method === 'communique/corpusStatus' && !n.params.loading && n.params.documents > FILES,
    );

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-watch-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-outside-'));
    fs.writeFileSync(path.join(workspace, 'draft.communique'), DRAFT);
    for (let i = 0; i < FILES; i++) {
      fs.writeFileSync(
        path.join(outside, `r${i}.communique`),
        `The General Assembly,\n\nRecalling its resolution 63/114,\n\n1. *Decides* to meet again on item ${i}.\n`,
      );
    }
    client = new LspClient();
    client.watchesFiles = true;
    client.configuration = { corpus: { paths: [outside] } };
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('says, while the corpus loads, how far it is, and asks the client to watch the corpus files', async () => {
    await client.initialize({}, uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'draft.communique'));
    client.open(uri, DRAFT);
    // The first batch is in: the load has begun and is far from done.
    await client.waitForNotification('$/progress', (p: any) => p.value?.kind === 'report', 15000);
    const position = positionIn(DRAFT, at[0]);
    // Agreed language is asked for once and answered over the whole corpus: after the load, not "none" now.
    const agreed = client.request('communique/agreedLanguage', {
      textDocument: { uri },
      position: positionIn(DRAFT, at[2]),
    });
    const loadedWhenAgreed = agreed.then(() => loadEnded());
    const [hover, , completion] = await Promise.all([
      client.request('textDocument/hover', { textDocument: { uri }, position }),
      client.request('textDocument/definition', { textDocument: { uri }, position }),
      client.request('textDocument/completion', {
        textDocument: { uri },
        position: positionIn(DRAFT, at[1]),
      }),
    ]);
    // Markdown escapes aside.
    assert.match(
      hover.contents.value.replace(/\\/g, ''),
      /corpus still loading \(\d+ of 3\d{3} files\): this answer may be incomplete/,
    );
    assert.ok(completion.items.length > 0);
    assert.strictEqual(completion.isIncomplete, true);
    assert.match(completion.items[0].detail, /corpus still loading \(\d+ of 3\d{3} files\)/);

    // A definition cannot carry text: the drafter is told once per load.
    const told = client.serverRequests.filter((r) => r.method.startsWith('window/showMessage'));
    assert.strictEqual(told.length, 1);
    assert.match(
      told[0].params.message,
      /corpus still loading \(\d+ of 3\d{3} files\); corpus answers may be incomplete/,
    );

    const registration = client.serverRequests
      .filter((r) => r.method === 'client/registerCapability')
      .flatMap((r) => r.params.registrations)
      .find((r: any) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(registration, 'the server registers its watchers');
    const { registerOptions } = registration;
    assert.deepStrictEqual(
      registerOptions.watchers.map((w: any) => w.globPattern),
      [
        '**/*.{communique,resolution,txt,xml,akn,json,docx,pdf,html,htm}',
        { baseUri: uriOf(outside), pattern: '**/*.{communique,resolution,txt,xml,akn,json,docx,pdf,html,htm}' },
      ],
    );

    // Every file in (the seeds and the draft besides): an earlier status may already say "not loading".
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading && s.documents > FILES, 60000);
    const after = await client.request('textDocument/hover', { textDocument: { uri }, position });
    assert.doesNotMatch(after.contents.value, /still loading/);
    assert.ok(await loadedWhenAgreed, 'agreed language answered once the load had ended');
    const { matches } = await agreed;
    assert.match(matches[0].uri, /\/r2999\.communique$/);
    assert.ok(matches[0].similarity > 0.8, JSON.stringify(matches[0]));
  });
});
