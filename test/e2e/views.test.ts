/**
 * The drafter's views in a real VS Code (code-server in Chromium, the packaged VSIX in a fresh profile), in a
 * light theme and then a dark one: semantic highlighting (unagreed brackets underlined), inlay hints (the
 * opening of a cross-referenced paragraph, a cited resolution's year), the status-bar summary and its click,
 * and the formatted preview beside the draft and its scroll sync.
 * Each step leaves a screenshot in test-results/; COMMUNIQUE_UPDATE_DOCS=1 also writes the README's pictures.
 */
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

const DEADLINE_MS = 30000;
const DRAFT = 'draft-views.resolution';

/** 63/114 as a draft in negotiation: two passages in brackets, a cross-reference, a citation without its date. */
const draftText = readSeed('resolution')
  .replace('*Encourages* the specialized agencies', '*Encourages* [all] the specialized agencies')
  .replace('5. *Requests* the United Nations', '5. *Requests*, further to paragraph 4 above, the United Nations')
  .replace('Welcoming the efforts of the Secretary-General', 'Welcoming [the efforts] of the Secretary-General')
  .replace('59/8 of 22 October 2004 and 61/49 of 4 December 2006,', '59/8 of 22 October 2004 and 61/49,');

describe("the drafter's views in VS Code (code-server)", function () {
  this.timeout(120000);
  let scratch: string;
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page;
  let shot = 0;

  const snap = async (name: string, docsName?: string): Promise<void> => {
    await page.screenshot({ path: path.join(resultsDir, `views-${++shot}-${name}.png`) });
    if (docsName && process.env.COMMUNIQUE_UPDATE_DOCS === '1')
      await page.screenshot({ path: path.join(repoRoot, 'docs', docsName) });
  };
  /** Waits for `locator` to show; the screenshot is taken whether it shows or not. */
  const visible = async (locator: Locator, name: string, docsName?: string): Promise<void> => {
    try {
      await locator.waitFor({ state: 'visible', timeout: DEADLINE_MS });
    } finally {
      await snap(name, docsName);
    }
  };
  const command = async (title: string): Promise<void> => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: DEADLINE_MS });
    await page.keyboard.type(title);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: DEADLINE_MS });
    await row.click();
  };
  const line = (needle: string): number => draftText.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const goToLine = async (n: number): Promise<void> => {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: DEADLINE_MS });
    await page.keyboard.type(`${n}:1`);
    // Enter before the widget has read the typed line would be lost: wait for its "go to line" row.
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: `go to line ${n}` });
    await row.first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
    await page.keyboard.press('Enter');
  };
  const preview = () => page.frameLocator('iframe.webview').frameLocator('#active-frame');

  before(async function () {
    this.timeout(300000);
    checkInstalled();
    fs.mkdirSync(resultsDir, { recursive: true });
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    scratch = scratchFolder();
    const settingsFile = path.join(scratch, 'ud', 'User', 'settings.json');
    fs.writeFileSync(
      settingsFile,
      JSON.stringify({
        ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')),
        'workbench.colorTheme': 'Default Light Modern',
      }),
    );
    await installVsix(scratch, path.join(repoRoot, 'dist', 'communique-drafter.vsix'));
    const workspace = path.join(scratch, 'drafts');
    fs.mkdirSync(workspace);
    for (const name of Object.values(SEEDS)) fs.copyFileSync(path.join(seedsDir, name), path.join(workspace, name));
    fs.writeFileSync(path.join(workspace, DRAFT), draftText);
    server = await startCodeServer(scratch, workspace);
    browser = await launchBrowser(scratch);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await visible(page.locator('.monaco-workbench .part.statusbar'), 'workbench');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    // code-server may still be writing its logs as it stops.
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  it('highlights the draft by meaning in a light theme: unagreed text underlined, openings in italics', async () => {
    await page.keyboard.press('Control+P');
    await page.keyboard.type(DRAFT);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: DRAFT }).first().click();
    await goToLine(line('Welcoming [the efforts]'));
    // Underline comes only from the extension's semantic rule for unagreed text, not from the grammar.
    await visible(page.locator('.view-line span.mtku').filter({ hasText: 'the efforts' }).first(), 'semantic-light');
  });

  it('shows the opening of the paragraph a cross-reference names, and the year of a resolution cited without it', async () => {
    await goToLine(line('paragraph 4 above'));
    await visible(
      page.locator('.view-line').filter({ hasText: 'paragraph 4 above: Affirms that the United' }).first(),
      'inlay-cross-reference',
    );
    await goToLine(line('61/49,'));
    await visible(page.locator('.view-line').filter({ hasText: '61/49 (2006),' }).first(), 'inlay-citation-year');
  });

  it('sums the draft up in the status bar, and a click goes to the first unagreed passage', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: '16 operative · numbering OK · 2 brackets open' });
    await visible(item.first(), 'status-bar');
    await item.first().click();
    await visible(
      page.locator('.statusbar-item').filter({ hasText: `Ln ${line('Welcoming [the efforts]')},` }),
      'status-bar-go-to',
    );
  });

  it('opens the formatted preview beside the draft, scrolled to the paragraph at the top of the editor', async () => {
    await command('Communiqué: Open preview to the side');
    await visible(preview().locator('.title').filter({ hasText: 'Cooperation between the United Nations' }), 'preview');
    await visible(
      preview().locator('.operative').filter({ hasText: 'further to paragraph 4 above' }),
      'preview-operative',
    );
    // The editor keeps the focus; at the end of the draft its top line is in the operative part, and so is the preview.
    await page.keyboard.press('Control+End');
    await visible(
      preview().locator('.operative.current, .subparagraph.current, .closing.current').first(),
      'preview-scrolled',
    );
    await goToLine(line('1. *Takes note'));
    await visible(preview().locator('.operative').first(), 'preview-top', 'preview-light.png');
  });

  it('reads the same in a dark theme', async () => {
    await command('Preferences: Toggle between Light/Dark Themes');
    await goToLine(line('Welcoming [the efforts]'));
    await visible(page.locator('.monaco-workbench.vs-dark').first(), 'semantic-dark', 'editor-dark.png');
    await visible(preview().locator('.title'), 'preview-dark');
  });
});
