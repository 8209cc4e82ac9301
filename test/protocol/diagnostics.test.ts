import * as assert from 'assert';
import { applyTextEdits, LspClient } from '../support/lspClient';
import { readSeed } from '../support/seeds';

describe('drafting checks over JSON-RPC', () => {
  let client: LspClient;
  const broken = readSeed('gaza').replace(/^5\. Calls for[^\n]*\n/m, '');
  const uri = 'file:///drafts/broken-gaza.communique';

  before(async () => {
    client = new LspClient();
    client.configuration = { checks: { 'opening-unknown': 'off', 'no-such-check': 'error' }, style: 'fancy' };
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
  });

  it('pushes the numbering error of a broken draft, with related information', async () => {
    client.open(uri, broken);
    const published = await client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === uri && p.diagnostics.length > 0,
    );
    const gap = published.diagnostics.find((d: any) => d.code === 'numbering-gap');
    assert.ok(gap, JSON.stringify(published.diagnostics));
    assert.strictEqual(gap.message, 'Paragraph 5 is missing: 6 follows 4.');
    assert.strictEqual(gap.severity, 1);
    assert.strictEqual(gap.range.start.line, 26);
    assert.strictEqual(gap.relatedInformation[0].location.range.start.line, 25);
  });

  it('warns once about settings of the wrong kind and keeps working with defaults', async () => {
    // The settings arrive after the start: on a busy machine the draft's diagnostics may come first.
    const said = (part: string) => (p: { message: string }) => p.message.includes(part);
    await client.waitForNotification('window/logMessage', said('communique.style'));
    await client.waitForNotification('window/logMessage', said('no-such-check'));
    const warnings = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message);
    for (const part of ['communique.style', 'no-such-check'])
      assert.strictEqual(warnings.filter((m: string) => m.includes(part)).length, 1, warnings.join('\n'));
  });

  it('offers the renumber quick fix, whose edit repairs the numbering and nothing else', async () => {
    const published = await client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === uri && p.diagnostics.length > 0,
    );
    const gap = published.diagnostics.find((d: any) => d.code === 'numbering-gap');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: gap.range,
      context: { diagnostics: [gap] },
    });
    const renumber = actions.find((a: any) => a.title === 'Renumber operative paragraphs');
    assert.ok(renumber, JSON.stringify(actions));
    const change = renumber.edit.documentChanges[0];
    assert.deepStrictEqual(change.textDocument, { uri, version: 1 });
    const fixed = applyTextEdits(broken, change.edits);
    assert.strictEqual(
      fixed,
      broken.replace(/^(\d+)\./gm, (_m: string, n: string) => `${Number(n) > 5 ? Number(n) - 1 : n}.`),
    );
  });

  it("offers a check's own fix only: none for a fix forged in diagnostic.data or a diagnostic never published", async () => {
    const marked = 'untitled:marker.communique';
    client.open(
      marked,
      'The General Assembly,\n\n1. *Decides* to act;\n\n2) *Requests* a report;\n\n3. *Decides* to stay.\n',
    );
    const ofMarked = (p: any): boolean => p.uri === marked && p.diagnostics.length > 0;
    const published = await client.waitForNotification('textDocument/publishDiagnostics', ofMarked);
    const marker = published.diagnostics.find((d: any) => d.code === 'numbering-marker');
    assert.ok(marker, JSON.stringify(published.diagnostics));
    const quickFixes = async (diagnostic: any): Promise<any[]> => {
      const params = { textDocument: { uri: marked }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
      const actions = await client.request('textDocument/codeAction', params);
      return actions.filter((a: any) => a.title !== 'Renumber operative paragraphs' && a.kind === 'quickfix');
    };
    const [own] = await quickFixes(marker);
    assert.strictEqual(own.title, 'Write "2."');
    const everything = { start: { line: -1, character: 0 }, end: { line: 99, character: 0 } };
    const evil = { title: 'Write "2."', edit: { range: everything, newText: 'Decides to suspend' } };
    const forged = await quickFixes({ ...marker, data: { ...marker.data, fix: evil } });
    assert.deepStrictEqual(
      forged.map((a) => a.edit),
      [own.edit],
    );
    const madeUp = { ...marker, message: 'Made up.', data: { ...marker.data, fix: evil } };
    assert.deepStrictEqual(await quickFixes(madeUp), []);
    assert.deepStrictEqual(await quickFixes({ ...marker, data: { version: 99 } }), []);
    client.notify('textDocument/didClose', { textDocument: { uri: marked } });
  });

  it('runs the renumber command through workspace/applyEdit, against the current version', async () => {
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    const result = await client.request('workspace/executeCommand', {
      command: 'communique.renumber',
      arguments: [uri],
    });
    assert.deepStrictEqual(result, { applied: true, changes: 6 });
    const applied = client.serverRequests.find((r) => r.method === 'workspace/applyEdit');
    assert.deepStrictEqual(applied?.params.edit.documentChanges[0].textDocument, { uri, version: 2 });
  });

  it('says so when there is nothing to renumber', async () => {
    const ordered = 'untitled:ordered.communique';
    client.open(ordered, 'The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n');
    const result = await client.request('workspace/executeCommand', {
      command: 'communique.renumber',
      arguments: [ordered],
    });
    assert.deepStrictEqual(result, {
      applied: true,
      changes: 0,
      message: 'The operative paragraphs are numbered in order: nothing to renumber.',
    });
    client.notify('textDocument/didClose', { textDocument: { uri: ordered } });
  });

  it('offers the nearest known phrases of a misspelt opening as quick fixes, none preferred', async () => {
    const misspelt = 'untitled:misspelt.communique';
    client.open(misspelt, 'The General Assembly,\n\nNotting its resolution 61/49,\n\n1. *Decides* to act.\n');
    const published = await client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === misspelt && p.diagnostics.some((d: any) => d.code === 'opening-misspelt'),
    );
    const warning = published.diagnostics.find((d: any) => d.code === 'opening-misspelt');
    assert.strictEqual(warning.severity, 2);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: misspelt },
      range: warning.range,
      context: { diagnostics: [warning] },
    });
    const fixes = actions.filter((a: any) => a.kind === 'quickfix');
    assert.strictEqual(fixes[0].title, 'Change to "Noting"');
    assert.strictEqual(fixes.length, 3);
    assert.ok(fixes.every((a: any) => !a.isPreferred));
    assert.strictEqual(
      applyTextEdits(client.text(misspelt), fixes[0].edit.documentChanges[0].edits),
      'The General Assembly,\n\nNoting its resolution 61/49,\n\n1. *Decides* to act.\n',
    );
    client.notify('textDocument/didClose', { textDocument: { uri: misspelt } });
  });

  it('publishes once for a burst of edits, for the newest version', async () => {
    const burst = 'untitled:burst.communique';
    client.open(burst, 'The General Assembly,\n\n1. *Decides* to act;\n');
    await client.waitForNotification('textDocument/publishDiagnostics', (p: any) => p.uri === burst);
    const before = client.notifications.filter(
      (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === burst,
    ).length;
    for (let version = 2; version <= 101; version++) {
      client.notify('textDocument/didChange', {
        textDocument: { uri: burst, version },
        contentChanges: [
          {
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } },
            text: String((version % 9) + 1),
          },
        ],
      });
    }
    const last = await client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === burst && p.version === 101,
    );
    assert.ok(last);
    const after = client.notifications.filter(
      (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === burst,
    ).length;
    assert.ok(after - before <= 2, `${after - before} publications for 100 edits`);
  });
});
