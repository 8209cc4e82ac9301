import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from '../../server/src/protocol/shared';
import { DRAFT_FIRST_LINE } from '../../server/src/service';
import { repoRoot } from '../support/seeds';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const language = manifest.contributes.languages.find((l: any) => l.id === 'communique');

describe('the extension manifest', () => {
  it('recognises .txt drafts by their first line, and nothing else, as the CLI does', () => {
    assert.strictEqual(language.firstLine, DRAFT_FIRST_LINE.source, 'the manifest and the CLI share one pattern');
    const firstLine = new RegExp(language.firstLine);
    for (const line of [
      'Final communiqué of General Secretariat of the Organization of the Islamic Conference',
      'Final Communique of the Annual Coordination Meeting',
      'Final Document of the General Meeting on',
      'Resolution adopted by the General Assembly on 5 December 2008',
      'The General Assembly,',
      'The Security Council,',
      '\ufeffThe Human Rights Council,',
    ]) assert.ok(firstLine.test(line), line);
    for (const line of ['Shopping list', 'The General Assembly met on Tuesday.', 'Dear colleagues,', 'Finally, the communiqué']) {
      assert.ok(!firstLine.test(line), line);
    }
  });

  it('declares the language, its grammar and configuration, and limits untrusted workspaces', () => {
    assert.deepStrictEqual(language.extensions, ['.communique', '.resolution']);
    for (const file of [language.configuration, manifest.contributes.grammars[0].path]) assert.ok(fs.existsSync(path.join(repoRoot, file)), file);
    assert.ok(manifest.activationEvents.includes('onLanguage:communique'));
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('communique.corpus.paths'));
  });

  it('declares every command the menus show and every command the server runs, each for drafts only', () => {
    const declared = new Set(manifest.contributes.commands.map((c: any) => c.command));
    const menus = Object.values(manifest.contributes.menus).flat() as { command?: string }[];
    for (const item of menus) if (item.command) assert.ok(declared.has(item.command), `${item.command} is declared`);
    for (const command of [...Object.values(SERVER_COMMANDS).filter((c) => c !== SERVER_COMMANDS.openLocation), CLIENT_COMMANDS.findAgreedLanguage, CLIENT_COMMANDS.copyCleanText, CLIENT_COMMANDS.exportAkomaNtoso]) {
      assert.ok(declared.has(command), `${command} is declared`);
      const palette = manifest.contributes.menus.commandPalette.find((m: any) => m.command === command);
      assert.strictEqual(palette?.when, 'editorLangId == communique', `${command} shows in the palette for drafts only`);
    }
  });
});
