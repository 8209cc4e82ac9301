import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from '../../server/src/protocol/shared';
import { DRAFT_FIRST_LINE } from '../../server/src/service/model/firstLine';
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
    ])
      assert.ok(firstLine.test(line), line);
    for (const line of [
      'Shopping list',
      'The General Assembly met on Tuesday.',
      'Dear colleagues,',
      'Finally, the communiqué',
    ]) {
      assert.ok(!firstLine.test(line), line);
    }
  });

  it('takes words of every script whole, and citations whole, as VS Code compiles the word pattern', () => {
    const configuration = JSON.parse(fs.readFileSync(path.join(repoRoot, language.configuration), 'utf8'));
    // VS Code compiles a plain-string pattern without the "u" flag, where \p{L} means "p", "{", "L", "}".
    assert.strictEqual(configuration.wordPattern.flags, 'u');
    const word = new RegExp(configuration.wordPattern.pattern, 'gu');
    const words = (text: string) => text.match(word);
    assert.deepStrictEqual(words('Welcoming the report'), ['Welcoming', 'the', 'report']);
    assert.deepStrictEqual(words('Réaffirmant sa résolution'), ['Réaffirmant', 'sa', 'résolution']);
    assert.deepStrictEqual(words('resolution 61/49 and A/RES/63/114'), ['resolution', '61/49', 'and', 'A/RES/63/114']);
  });

  it('wraps drafts by default without breaking a symbol at its slash or full stop', () => {
    const defaults = manifest.contributes.configurationDefaults['[communique]'];
    assert.strictEqual(defaults['editor.wordWrap'], 'on');
    const breakAfter: string = defaults['editor.wordWrapBreakAfterCharacters'];
    assert.ok(!breakAfter.includes('/') && !breakAfter.includes('.'), 'no break after "/" or "."');
    assert.ok(breakAfter.includes(' ') && breakAfter.includes('，'), 'breaks after spaces and CJK punctuation stay');
  });

  it('recognises the first line of a real UN document and the formulas of the OIC, the AU and other bodies, and no ordinary text', () => {
    const firstLine = new RegExp(language.firstLine);
    for (const line of [
      'United Nations',
      'United Nations                                                    A/RES/78/10',
      'Nations Unies',
      'A/RES/80/1',
      'S/RES/2700 (2023)',
      'A/78/L.5/Rev.1*',
      'A/HRC/RES/52/1',
      'A/RES/78/10          Promotion of a culture of peace',
      'Distr.: General',
      'General Assembly',
      'Security Council                                    Distr.: General',
      'Resolution 2700 (2023)',
      '78/10. Promotion of a culture of peace',
      'THE GENERAL ASSEMBLY,',
      'The Council of Foreign Ministers of the Organisation of Islamic Cooperation,',
      'The Assembly of the Union,',
      'The Peace and Security Council of the African Union,',
      'The Conference of the Parties,',
      'We, the Heads of State and Government',
    ])
      assert.ok(firstLine.test(line), line);
    for (const line of [
      'United Nations Day is on 24 October.',
      'The United Nations was founded in 1945.',
      'The Council met on Tuesday.',
      'The Assembly of the Union',
      'General Assembly Hall, tour times',
      'TCP/IP notes',
      'AND/OR',
      'A/B testing',
      '24/7 support',
      '1/2. Add the flour',
      'Distribution list',
      'The meeting of the committee, as agreed,',
    ])
      assert.ok(!firstLine.test(line), line);
  });

  it('declares the language, its grammar and configuration, and limits untrusted workspaces', () => {
    assert.deepStrictEqual(language.extensions, ['.communique', '.resolution']);
    for (const file of [language.configuration, manifest.contributes.grammars[0].path])
      assert.ok(fs.existsSync(path.join(repoRoot, file)), file);
    assert.ok(manifest.activationEvents.includes('onLanguage:communique'));
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('communique.corpus.paths'));
  });

  it('declares every command the menus show and every command the server runs, each for drafts only', () => {
    const declared = new Set(manifest.contributes.commands.map((c: any) => c.command));
    const menus = Object.values(manifest.contributes.menus).flat() as { command?: string }[];
    for (const item of menus) if (item.command) assert.ok(declared.has(item.command), `${item.command} is declared`);
    for (const command of [
      ...Object.values(SERVER_COMMANDS).filter((c) => c !== SERVER_COMMANDS.openLocation),
      CLIENT_COMMANDS.findAgreedLanguage,
      CLIENT_COMMANDS.copyCleanText,
      CLIENT_COMMANDS.exportAkomaNtoso,
      CLIENT_COMMANDS.exportWord,
      CLIENT_COMMANDS.exportWordTracked,
    ]) {
      assert.ok(declared.has(command), `${command} is declared`);
      const palette = manifest.contributes.menus.commandPalette.find((m: any) => m.command === command);
      assert.strictEqual(
        palette?.when,
        'editorLangId == communique',
        `${command} shows in the palette for drafts only`,
      );
    }
  });
});
