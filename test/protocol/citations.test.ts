import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { readSeed, seedPath } from '../support/seeds';

describe('citations over JSON-RPC', () => {
  let client: LspClient;
  let workspace: string;
  const uriOf = (file: string): string => pathToFileURL(file).toString();

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-workspace-'));
    fs.writeFileSync(
      path.join(workspace, 'draft.communique'),
      'The General Assembly,\n\nRecalling its resolution 63/114 of 5 December 2008,\n\n1. *Decides* to act.\n',
    );
    fs.writeFileSync(path.join(workspace, 'binary.communique'), Buffer.from([0x54, 0x68, 0x00, 0x01, 0x02]));
    fs.writeFileSync(
      path.join(workspace, 'latin1.txt'),
      Buffer.from('R\xe9solution 61/49 of 4 December 2006', 'latin1'),
    );
    fs.symlinkSync(workspace, path.join(workspace, 'loop'));
    fs.copyFileSync(seedPath('gaza'), path.join(workspace, 'gaza-copy.communique'));
    const huge = fs.openSync(path.join(workspace, 'huge.communique'), 'w');
    fs.ftruncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB without writing them
    fs.closeSync(huge);
    client = new LspClient();
    client.configuration = { corpus: { paths: [path.join(workspace, 'no-such-folder')] } };
    await client.initialize({}, uriOf(workspace));
    await client.waitForNotification('communique/corpusStatus', (s: any) => !s.loading && s.documents >= 6, 15000);
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('indexes the seeds and the workspace past a symlink loop, skipping binary, huge and missing files and counting a copy once, with a warning', () => {
    const status = client.notifications.filter((n) => n.method === 'communique/corpusStatus').pop()!.params;
    assert.strictEqual(status.documents, 6); // 4 seeds, the draft, the Latin-1 file
    const warnings = client.notifications
      .filter((n) => n.method === 'window/logMessage')
      .map((n) => n.params.message)
      .join('\n');
    assert.match(warnings, /binary\.communique is binary; skipped/);
    assert.match(warnings, /latin1\.txt is not valid UTF-8; read with replacement characters/);
    assert.match(warnings, /huge\.communique is 209\.7 MB, over the 5 MB limit; skipped/);
    assert.match(warnings, /no-such-folder does not exist; skipped/);
    assert.match(
      warnings,
      /gaza-copy\.communique has the same text as .*oic-gaza-communique-2009-01-03\.communique; counted once/,
    );
  });

  it('hover on 61/49 in the Geneva document names resolution 63/114 and its date for it', async () => {
    const uri = uriOf(seedPath('geneva'));
    client.open(uri, readSeed('geneva'));
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 6, character: 42 },
    });
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /63\\\/114\\\. Cooperation between the United Nations/);
    assert.match(hover.contents.value, /the corpus dates it 4 December 2006/);
  });

  it('links each citing document through the extension own command, which opens only corpus documents', async () => {
    const uri = uriOf(seedPath('geneva'));
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 6, character: 42 },
    });
    const links = [...hover.contents.value.matchAll(/\]\((command:[^)]*)\)/g)].map((m: RegExpMatchArray) => m[1]);
    assert.strictEqual(links.length, 1);
    const args = JSON.parse(decodeURIComponent(links[0].replace('command:communique.openLocation?', '')));
    await client.request('workspace/executeCommand', { command: 'communique.openLocation', arguments: args });
    const shown = client.serverRequests.filter((r) => r.method === 'window/showDocument').pop();
    assert.strictEqual(shown?.params.uri, uriOf(seedPath('resolution')));
    assert.strictEqual(shown?.params.selection.start.line, 14);
    await assert.rejects(
      client.request('workspace/executeCommand', {
        command: 'communique.openLocation',
        arguments: ['file:///etc/passwd', null],
      }),
      /not a corpus document/,
    );
  });

  it('definition on a citation of 63/114 lands on the seed that is 63/114', async () => {
    const uri = uriOf(path.join(workspace, 'draft.communique'));
    client.open(uri, fs.readFileSync(path.join(workspace, 'draft.communique'), 'utf8'));
    const definition = await client.request('textDocument/definition', {
      textDocument: { uri },
      position: { line: 2, character: 27 },
    });
    assert.deepStrictEqual(
      definition.map((d: any) => [d.uri, d.range.start.line]),
      [[uriOf(seedPath('resolution')), 10]],
    );
  });

  it('references to 3369 (XXX) find both the resolution and the mission page', async () => {
    const uri = uriOf(seedPath('resolution'));
    client.open(uri, readSeed('resolution'));
    const references = await client.request('textDocument/references', {
      textDocument: { uri },
      position: { line: 16, character: 35 },
      context: { includeDeclaration: true },
    });
    assert.deepStrictEqual(references.map((r: any) => path.basename(new URL(r.uri).pathname)).sort(), [
      'ga-resolution-63-114.resolution',
      'oic-observer-mission-new-york.txt',
    ]);
  });

  it('stops cancelled references and workspace symbols and says so, then answers the next', async () => {
    const uri = uriOf(seedPath('resolution'));
    client.open(uri, readSeed('resolution'));
    const params = {
      textDocument: { uri },
      position: { line: 16, character: 35 },
      context: { includeDeclaration: true },
    };
    await assert.rejects(client.requestThenCancel('textDocument/references', params), /^Error: -32800: /);
    assert.strictEqual((await client.request('textDocument/references', params)).length, 2);
    await assert.rejects(client.requestThenCancel('workspace/symbol', { query: '63/114' }), /^Error: -32800: /);
    assert.strictEqual((await client.request('workspace/symbol', { query: '63/114' })).length, 1);
  });

  it('follows a file changed or deleted on disk', async () => {
    const file = path.join(workspace, 'later.communique');
    fs.writeFileSync(file, 'The General Assembly,\n\nRecalling its resolution 3369 (XXX) of 10 October 1975,\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const uri = uriOf(seedPath('resolution'));
    const position = { line: 16, character: 35 };
    const withNew = await client.request('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
    assert.strictEqual(withNew.length, 3);
    fs.rmSync(file);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    const without = await client.request('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
    assert.strictEqual(without.length, 2);
  });

  it('shows above a resolution title how many corpus documents cite it', async () => {
    const uri = uriOf(seedPath('resolution'));
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepStrictEqual(
      lenses.map((l: any) => [l.range.start.line, l.command.title]),
      [[10, 'Cited in 1 corpus document']],
    );
    // A click lists the citations, through the extension's command that opens the references view.
    const [command] = lenses.map((l: any) => l.command);
    assert.strictEqual(command.command, 'communique.showReferences');
    assert.deepStrictEqual(command.arguments.slice(0, 2), [uri, { line: 10, character: 0 }]);
    assert.deepStrictEqual(
      command.arguments[2].map((l: any) => path.basename(new URL(l.uri).pathname)),
      ['draft.communique'],
    );
  });

  it('says nothing is the definition of a resolution the corpus lacks, rather than the draft own citation', async () => {
    const uri = 'untitled:lacking.communique';
    client.open(uri, 'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n');
    const definition = await client.request('textDocument/definition', {
      textDocument: { uri },
      position: { line: 2, character: 27 },
    });
    assert.deepStrictEqual(definition, []);
  });

  it('keeps revisions and diff views out of the corpus: only file and untitled documents are drafts', async () => {
    const text = '12/345. A revision only git knows\n\nThe General Assembly,\n\n1. *Decides* to act.\n';
    client.open('git:/drafts/old.communique?ref=HEAD~1', text);
    client.open('untitled:new-draft.communique', text.replace('12/345', '12/346'));
    const deadline = Date.now() + 5000;
    let names: string[] = [];
    while (Date.now() < deadline && !names.some((n) => n.startsWith('A/RES/12/346'))) {
      names = (await client.request('workspace/symbol', { query: 'revision only git' })).map((s: any) => s.name);
    }
    assert.deepStrictEqual(names, ['A/RES/12/346 12/346. A revision only git knows']);
  });

  it('completes "resolution 61/" with 61/49 and its date', async () => {
    const uri = 'untitled:completion.communique';
    client.open(uri, 'The General Assembly,\n\nRecalling its resolution 61/');
    const items = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 28 },
    });
    assert.deepStrictEqual(
      items.map((i: any) => i.textEdit.newText),
      ['61/49 of 4 December 2006'],
    );
    assert.deepStrictEqual(items[0].textEdit.range, {
      start: { line: 2, character: 25 },
      end: { line: 2, character: 28 },
    });
  });

  it('finds resolutions in workspace symbols', async () => {
    const symbols = await client.request('workspace/symbol', { query: '63/114' });
    assert.deepStrictEqual(
      symbols.map((s: any) => s.name),
      ['A/RES/63/114 63/114. Cooperation between the United Nations and the Organization of the Islamic Conference'],
    );
    const byTitle = await client.request('workspace/symbol', { query: 'Islamic' });
    assert.ok(
      byTitle.some((s: any) => s.name.startsWith('A/RES/63/114 ') && s.name.includes('Islamic')),
      'the title words are in the name, which editors filter on',
    );
  });
});
