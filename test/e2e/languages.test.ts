/**
 * Arabic and Chinese drafts in a real VS Code (code-server in Chromium, the packaged VSIX in a fresh
 * profile): S/RES/2707 (2023) from the committed sample of the UN corpus, with operative paragraph 3
 * misnumbered 4. The outline names the paragraphs by their openings, the Problems panel lists the
 * numbering error, quick fixes repair the text (an Arabic one mid-line, right to left), the status bar
 * shows the draft's language and its click forces one. *Compare language versions* lists the paragraph
 * a French version lacks. With no seed in the workspace, the corpus's 63/114 is the seed shipped in the
 * extension's folder: it opens read-only, and its code lens lists the draft citing it.
 * Each step leaves a screenshot in test-results/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { render } from '../../bench/accuracy/layouts';
import { readAkn } from '../../server/src/workspace/readers/aknDocument';
import { Editor, STEP_DEADLINE_MS } from './codeServer';
import { readSeed, repoRoot, SEEDS } from '../support/seeds';

const SAMPLE = path.join(repoRoot, 'test', 'fixtures', 'unxml', 'SCresolutions', '2023');
const adopted = (language: string, file: string): string =>
  render(readAkn(fs.readFileSync(path.join(SAMPLE, language, file), 'utf8')), 'clean', file).text;
const ARABIC = adopted('Arabic', 'S_RES_2707-2322245A.xml');
const CHINESE = adopted('Chinese', 'S_RES_2707-2322245C.xml');
const AR = 'draft-ar.communique';
const ZH = 'draft-zh.communique';
const EN = 'draft-en.communique';
/** The French version with operative paragraph 3 left out, as a translation falling behind the English. */
const FR = 'draft-fr.communique';
const FRENCH_LESS_3 = adopted('French', 'S_RES_2707-2322245F.xml').replace(/\n3\. [^\n]*\n/, '\n');
const ENGLISH = adopted('English', 'S_RES_2707-2322245E.xml');
/** A draft citing resolution 63/114, which ships with the extension as a seed. */
const FOLLOW_UP = 'draft-follow-up.communique';
const FOLLOW_UP_TEXT =
  'The General Assembly,\n\nRecalling its resolution 63/114 of 5 December 2008,\n\n1. *Decides* to act.\n';

describe('drafts in other languages, and the shipped seeds, in VS Code (code-server)', function () {
  this.timeout(120000);
  let editor: Editor;
  let page: Editor['page'];
  const statusItem = (text: string | RegExp) => page.locator('.statusbar-item').filter({ hasText: text }).first();
  const lineOf = (text: string, needle: string | RegExp): number =>
    text.split('\n').findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l))) + 1;
  /** Opens `file` and waits for its language in the status bar and its enacting formula in the outline. */
  const opens = async (file: string, language: string, formula: string, prefix: string) => {
    await editor.quickOpen(file);
    await editor.see(statusItem(new RegExp(`^\\s*${language}$`)), `${prefix}-status-language`);
    await editor.command('Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    await editor.see(rows.filter({ hasText: formula }), `${prefix}-outline-formula`);
    return rows;
  };
  const SLIP = 'Paragraph 4 should be numbered 3: it stands between 2 and 4.';
  /** The numbering error in the Problems panel, and the quick fix that gives back the adopted text. */
  const renumbers = async (file: string, text: string, slip: RegExp, prefix: string): Promise<void> => {
    await editor.seeProblem(SLIP, `${prefix}-problems`);
    await editor.quickOpen(file);
    await editor.goTo(lineOf(text, slip));
    await editor.quickFix('Renumber operative paragraphs', `${prefix}-quick-fix`);
    await editor.savedAs(file, text, `${prefix}-renumbered`);
  };

  before(async function () {
    this.timeout(300000);
    editor = await Editor.open({
      prefix: 'languages',
      prepare(workspace) {
        fs.writeFileSync(path.join(workspace, AR), ARABIC.replace(/^3 - /m, '4 - '));
        fs.writeFileSync(path.join(workspace, ZH), CHINESE.replace(/^3\. /m, '4. '));
        fs.writeFileSync(path.join(workspace, EN), ENGLISH);
        fs.writeFileSync(path.join(workspace, FR), FRENCH_LESS_3);
        fs.writeFileSync(path.join(workspace, FOLLOW_UP), FOLLOW_UP_TEXT);
      },
    });
    page = editor.page;
  });

  after(async () => {
    await editor?.close();
  });

  it('shows an Arabic draft’s language in the status bar and its outline by Arabic openings', async () => {
    const rows = await opens(AR, 'Arabic', 'إن مجلس الأمن،', 'ar');
    await rows
      .filter({ hasText: /^Preamble/ })
      .first()
      .locator('.monaco-tl-twistie')
      .click();
    await editor.see(rows.filter({ hasText: 'وإذ يؤكد من جديد' }), 'ar-outline-preamble');
  });

  it('lists the Arabic draft’s numbering error and renumbers it with the quick fix', async () => {
    await renumbers(AR, ARABIC, /^3 - /, 'ar');
  });

  it('selects an Arabic finding mid-line where it is, and its fix edits that character only', async () => {
    // The summary's click selects the first problem: the "؛" ending the third preambular paragraph.
    const line = lineOf(ARABIC, 'إذ يقرر أن الحالة');
    const column = ARABIC.split('\n')[line - 1].lastIndexOf('؛') + 1;
    await statusItem(/operative ·/).click();
    await editor.see(statusItem(`Ln ${line}, Col ${column + 1} (1 selected)`), 'ar-first-problem-selected');
    await editor.quickFix('End the paragraph with "،"', 'ar-quick-fix-punctuation');
    const lines = ARABIC.split('\n');
    lines[line - 1] = `${lines[line - 1].slice(0, column - 1)}،${lines[line - 1].slice(column)}`;
    await editor.savedAs(AR, lines.join('\n'), 'ar-punctuation-fixed');
  });

  it('forces a language from the status bar into the settings, and back to auto', async () => {
    await statusItem(/^\s*Arabic$/).click();
    await editor.see(editor.quickPickRow('English'), 'pick-language');
    await editor.quickPickRow('English').click();
    await editor.see(statusItem('English (set)'), 'ar-forced-english');
    const settings = JSON.parse(fs.readFileSync(path.join(editor.workspace, '.vscode', 'settings.json'), 'utf8'));
    assert.deepStrictEqual(settings['[communique]'], { 'communique.language': 'en' });
    await statusItem('English (set)').click();
    await editor.quickPickRow('Auto').click();
    await editor.see(statusItem(/^\s*Arabic$/), 'ar-auto-again');
  });

  it('shows a Chinese draft’s language, outline and numbering error, and renumbers it', async () => {
    await opens(ZH, 'Chinese', '安全理事会，', 'zh');
    await renumbers(ZH, CHINESE, /^3\. /, 'zh');
  });

  it('compares the English draft with its French version and lists the paragraph the French lacks', async () => {
    await editor.quickOpen(EN);
    await editor.command('Compare language versions');
    // VS Code's own file dialog in the browser: a path typed in a quick input.
    // Once it lists the folder it proposes (its path is then in the input), the French version's path in its place,
    // as a drafter pasting a path would.
    await editor.quickPickRow(FR).waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.locator('.quick-input-widget input').fill(path.join(editor.workspace, FR));
    await editor.screenshot('parallel-pick-version');
    await page.keyboard.press('Enter');
    const finding = editor.quickPickRow('Operative paragraph 3 of the English has no counterpart in the French');
    await editor.see(finding, 'parallel-findings');
    await finding.click();
    await editor.see(statusItem(`Ln ${lineOf(ENGLISH, /^3\. /)}, Col 1`), 'parallel-go-to');
  });

  it('opens a seed shipped with the extension read-only: typing changes nothing and says why', async () => {
    await editor.quickOpen(FOLLOW_UP);
    await editor.goTo(3, 'Recalling its resolution 6'.length);
    await page.keyboard.press('F12');
    await editor.see(page.locator('.tab.active').filter({ hasText: SEEDS.resolution }), 'seed-opened');
    await page.keyboard.type('x');
    await editor.see(
      page.locator('.monaco-editor-overlaymessage').filter({ hasText: /read-?only/i }),
      'seed-read-only',
    );
    assert.strictEqual(await page.locator('.tab.active.dirty').count(), 0, 'the seed is not modified');
    const extension = fs.readdirSync(path.join(editor.scratch, 'ext')).find((d) => d.startsWith('communique-drafter.'));
    const seed = path.join(editor.scratch, 'ext', extension!, 'seeds', SEEDS.resolution);
    assert.strictEqual(fs.readFileSync(seed, 'utf8'), readSeed('resolution'));
  });

  it('lists the citations of the seed in the references view from its code lens', async () => {
    // The read-only notice covers the lens until the cursor moves.
    await page.keyboard.press('ArrowDown');
    const lens = page.locator('.codelens-decoration a').filter({ hasText: 'Cited in 1 corpus document' }).first();
    await editor.see(lens, 'seed-code-lens');
    await lens.click();
    // One citing document: the peek names it in its title and shows the citation.
    const references = page.locator('.peekview-widget').filter({ hasText: FOLLOW_UP });
    await editor.see(
      references.locator('.monaco-list-row').filter({ hasText: 'resolution 63/114 of 5 December 2008' }).first(),
      'seed-references',
    );
  });
});
