/**
 * What a drafter sees in a real VS Code (code-server in Chromium) with the packaged VSIX installed into
 * a fresh profile: the draft opens from Quick Open in the Communiqué language mode, the Outline view
 * lists the preamble and the operative paragraphs, a hover over a citation names the resolution, the
 * Problems panel lists the numbering error of a broken draft. Each step leaves a screenshot in test-results/; COMMUNIQUE_UPDATE_DOCS=1 also refreshes
 * docs/outline.png for the README.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeServer,
  Locator,
  Page,
  checkInstalled,
  installVsix,
  launchBrowser,
  resultsDir,
  scratchFolder,
  startCodeServer,
} from './codeServer';
import { SEEDS, readSeed, repoRoot, seedsDir } from '../support/seeds';

const STEP_DEADLINE_MS = 30000;

describe('the packaged extension in VS Code (code-server)', function () {
  this.timeout(90000);
  let scratch: string;
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page;
  let step = 0;

  async function screenshot(name: string): Promise<string> {
    const file = path.join(resultsDir, `e2e-${++step}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** Waits for `locator` to show, leaving a screenshot named after the step whether it shows or not. */
  async function see(locator: Locator, stepName: string): Promise<void> {
    try {
      await locator.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    } finally {
      await screenshot(stepName);
    }
  }

  /** Opens Quick Open or the command palette with `key`, types `text` and picks the row that shows it. */
  async function pick(key: string, text: string): Promise<void> {
    await page.keyboard.press(key);
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.type(text);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    // A click picks the row that shows the text, where Enter could pick a row the list showed before filtering.
    await row.click();
  }

  async function quickOpen(fileName: string): Promise<void> {
    await pick('Control+P', fileName);
    await see(page.locator('.tab.active').filter({ hasText: fileName }), `open-${fileName}`);
  }

  before(async function () {
    this.timeout(300000);
    checkInstalled();
    fs.mkdirSync(resultsDir, { recursive: true });
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    scratch = scratchFolder();
    await installVsix(scratch, path.join(repoRoot, 'dist', 'communique-drafter.vsix'));
    const workspace = path.join(scratch, 'drafts');
    fs.mkdirSync(workspace);
    for (const name of Object.values(SEEDS)) fs.copyFileSync(path.join(seedsDir, name), path.join(workspace, name));
    // A drafter's slip: paragraph 5 renumbered 7.
    fs.writeFileSync(path.join(workspace, 'draft-broken.resolution'), readSeed('resolution').replace(/^5\. /m, '7. '));
    fs.writeFileSync(
      path.join(workspace, 'draft-new.communique'),
      'The General Assembly,\n\nRecalling its resolution \n',
    );
    server = await startCodeServer(scratch, workspace);
    browser = await launchBrowser(scratch);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await see(page.locator('.monaco-workbench .part.statusbar'), 'workbench');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('opens the resolution from Quick Open in the Communiqué language mode', async () => {
    await quickOpen(SEEDS.resolution);
    await see(page.locator('[id="status.editor.mode"]').filter({ hasText: 'Communiqué' }), 'language-mode');
  });

  it('lists the preamble and the operative paragraphs in the Outline view', async () => {
    await pick('Control+Shift+P', 'Focus on Outline View');
    // Fold the file list away so the Outline view gets the side bar's height.
    await page
      .locator('.pane-header')
      .filter({ hasText: /^drafts/i })
      .first()
      .click();
    const rows = page.locator('.outline-pane .monaco-list-row');
    await see(rows.filter({ hasText: /^Preamble/ }), 'outline-collapsed');
    await rows
      .filter({ hasText: /^Operative part/ })
      .locator('.monaco-tl-twistie')
      .click();
    await see(rows.filter({ hasText: '1. Takes note with satisfaction' }), 'outline-operative');
    if (process.env.COMMUNIQUE_UPDATE_DOCS === '1') {
      fs.mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, 'docs', 'outline.png') });
    }
  });

  it('shows the cited resolution in a hover over 61/49', async () => {
    await quickOpen(SEEDS.resolution);
    const lines = readSeed('resolution').split('\n');
    const line = lines.findIndex((l) => l.includes('61/49 of 4 December 2006'));
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.type(`${line + 1}:${lines[line].indexOf('61/49') + 2}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await see(
      page.locator('.monaco-hover-content').filter({ hasText: 'A/RES/61/49 — General Assembly resolution' }),
      'hover',
    );
  });

  it('lists the numbering error of a broken draft in the Problems panel', async () => {
    await quickOpen('draft-broken.resolution');
    await page.keyboard.press('Control+Shift+M');
    await see(
      page
        .locator('.markers-panel .monaco-list-row')
        .filter({ hasText: 'Paragraph 7 should be numbered 5: it stands between 4 and 6.' }),
      'problems',
    );
  });

  it('repairs the numbering with the renumber quick fix, and the saved file is the adopted text again', async () => {
    await quickOpen('draft-broken.resolution');
    const line = readSeed('resolution')
      .split('\n')
      .findIndex((l) => l.startsWith('5. '));
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.type(`${line + 1}:1`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const fix = page
      .locator('.action-widget .monaco-list-row')
      .filter({ hasText: 'Renumber operative paragraphs' })
      .first();
    await see(fix, 'quick-fix-menu');
    await fix.click();
    await page.keyboard.press('Control+S');
    const file = path.join(scratch, 'drafts', 'draft-broken.resolution');
    const deadline = Date.now() + STEP_DEADLINE_MS;
    while (fs.readFileSync(file, 'utf8') !== readSeed('resolution') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    await screenshot('renumbered');
    assert.strictEqual(
      fs.readFileSync(file, 'utf8'),
      readSeed('resolution'),
      'the renumbered file is the adopted resolution again',
    );
  });

  /** Puts the cursor at a 1-based line and column with Go to Line. */
  async function goTo(line: number, column: number): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
  }

  it('completes "resolution 61/" with 61/49 and its date from the corpus', async () => {
    await quickOpen('draft-new.communique');
    await goTo(3, 'Recalling its resolution '.length + 1);
    await page.keyboard.type('61/');
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: '61/49' }).first();
    await see(suggestion, 'completion');
    await page.keyboard.press('Enter');
    await see(
      page.locator('.view-line').filter({ hasText: 'Recalling its resolution 61/49 of 4 December 2006' }),
      'completed',
    );
  });

  it('suggests an opening phrase while the drafter types its first letters, with no key pressed for it', async () => {
    await quickOpen('draft-new.communique');
    // The draft's last line is empty: a new paragraph starts below it. Escape first, so that Enter cannot accept
    // a suggestion instead of breaking the line.
    await goTo(4, 1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Welc', { delay: 60 });
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'Welcoming' }).first();
    await see(suggestion, 'completion-as-you-type');
  });

  it("finds the Geneva final document's wording for operative paragraph 4 of 63/114 and adopts it with a note", async () => {
    await quickOpen(SEEDS.resolution);
    const line = readSeed('resolution')
      .split('\n')
      .findIndex((l) => l.startsWith('4. *Affirms*'));
    await goTo(line + 1, 20);
    await pick('Control+Shift+P', 'Find agreed language');
    const geneva = page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ hasText: 'Final Document of the General Meeting' })
      .first();
    await see(geneva, 'agreed-language');
    await geneva.click();
    await see(
      page.locator('.view-line').filter({ hasText: '// Agreed language: Final Document of the General Meeting' }),
      'agreed-language-adopted',
    );
  });

  it('moves operative paragraph 2 down from the command palette, and the numbers stay in order', async () => {
    await quickOpen('draft-broken.resolution');
    const line = readSeed('resolution')
      .split('\n')
      .findIndex((l) => l.startsWith('2. *Urges*'));
    await goTo(line + 1, 5);
    await pick('Control+Shift+P', 'Move paragraph down');
    await see(
      page.locator('.view-line').filter({ hasText: '2. *Notes with satisfaction* the active participation' }),
      'paragraph-moved',
    );
    await see(
      page.locator('.view-line').filter({ hasText: '3. *Urges* the United Nations system' }),
      'paragraph-moved-renumbered',
    );
  });

  it('exports the draft to Akoma Ntoso XML in an editor beside it', async () => {
    await pick('Control+Shift+P', 'Export to Akoma Ntoso XML');
    await see(page.locator('.view-line').filter({ hasText: '<akomaNtoso' }), 'akoma-ntoso');
  });

  it("turns 63/114 into next session's draft, compares it with the closest corpus resolution beside it, and goes to a change", async () => {
    await quickOpen(SEEDS.resolution);
    await pick('Control+Shift+P', 'New draft from this resolution');
    // Drafts wrap (the extension's default), so the session line may break before "Agenda item".
    await see(page.locator('.view-line').filter({ hasText: 'Sixty-fourth session' }), 'new-draft');
    await pick('Control+Shift+P', 'Compare with the closest corpus resolution');
    const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    const change = view.locator('.paragraph.changed').filter({ hasText: 'sixty-sixth' }).first();
    await see(change, 'comparison');
    if (process.env.COMMUNIQUE_UPDATE_DOCS === '1')
      await page.screenshot({ path: path.join(repoRoot, 'docs', 'compare.png') });
    await change.click();
    // Operative paragraph 15 of the new draft: 63/114's line 91 less the four lines of the adoption and number
    // removed, plus the note line the agreed-language step above added to this editor's 63/114.
    const line =
      readSeed('resolution')
        .split('\n')
        .findIndex((l) => l.startsWith('15. *Requests*')) +
      1 -
      4 +
      1;
    await see(page.locator('.statusbar-item').filter({ hasText: `Ln ${line}, Col 1` }), 'comparison-go-to');
  });
});
