/**
 * Workspace trust in a real VS Code (code-server in Chromium, trust on): a folder whose settings name
 * a corpus folder elsewhere on the machine gets the language server in Restricted Mode, but
 * the corpus folder is not read until the drafter trusts the workspace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import {
  CodeServer,
  Page,
  checkInstalled,
  installVsix,
  launchBrowser,
  resultsDir,
  scratchFolder,
  startCodeServer,
} from './codeServer';
import { repoRoot } from '../support/seeds';

const STEP_DEADLINE_MS = 30000;

describe('workspace trust (code-server with trust on)', function () {
  this.timeout(120000);
  let scratch: string;
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page;

  const screenshot = (name: string): Promise<unknown> =>
    page.screenshot({ path: path.join(resultsDir, `trust-${name}.png`) });

  before(async function () {
    this.timeout(300000);
    checkInstalled();
    fs.mkdirSync(resultsDir, { recursive: true });
    const vsix = path.join(repoRoot, 'dist', 'communique-drafter.vsix');
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    scratch = scratchFolder();
    // No trust question at start-up: an untrusted folder opens in Restricted Mode, as after answering "No".
    const userSettings = path.join(scratch, 'ud', 'User', 'settings.json');
    fs.writeFileSync(
      userSettings,
      JSON.stringify({
        ...JSON.parse(fs.readFileSync(userSettings, 'utf8')),
        'security.workspace.trust.startupPrompt': 'never',
      }),
    );
    await installVsix(scratch, vsix);
    // A corpus folder outside the workspace, named by the workspace's own settings.
    const elsewhere = path.join(scratch, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(
      path.join(elsewhere, 'outer-space.resolution'),
      '99/77. Cooperation in the peaceful uses of outer space\n\nThe General Assembly,\n\n1. *Decides* to meet.\n\n99th plenary meeting 1 December 2044\n',
    );
    const workspace = path.join(scratch, 'shared-drafts');
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'communique.corpus.paths': [elsewhere] }),
    );
    fs.writeFileSync(
      path.join(workspace, 'draft.communique'),
      'The General Assembly,\n\nRecalling its resolution 99/77,\n\n1. *Decides* to act.\n',
    );
    server = await startCodeServer(scratch, workspace, { workspaceTrust: true });
    browser = await launchBrowser(scratch);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('in Restricted Mode, gives the draft its outline but does not read the corpus folder the workspace names', async () => {
    await page
      .locator('.statusbar-item')
      .filter({ hasText: 'Restricted Mode' })
      .first()
      .waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.type('draft.communique');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'draft.communique' }).first().click();
    // The seeds and the draft itself: 5 documents, not the 6th from the folder elsewhere.
    const status = page.locator('.statusbar-item').filter({ hasText: /Corpus: \d+ documents/ });
    await status.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    // The outline (here in the breadcrumbs) comes from the language server, running in Restricted Mode.
    await page
      .locator('.breadcrumbs-control')
      .filter({ hasText: 'The General Assembly,' })
      .first()
      .waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.waitForTimeout(3000);
    await screenshot('restricted');
    const text = await status.innerText();
    if (!/Corpus: 5 documents/.test(text))
      throw new Error(
        `in Restricted Mode the corpus should hold the seeds and the draft only, not the folder the workspace names: ${text}`,
      );
  });

  it('reads that folder once the drafter trusts the workspace', async () => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await page.keyboard.type('Manage Workspace Trust');
    await page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ hasText: 'Manage Workspace Trust' })
      .first()
      .click();
    const trustButton = page.getByRole('button', { name: /^Trust( Folder)?$/ }).first();
    await trustButton.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await trustButton.click();
    await screenshot('trusted');
    await page
      .locator('.statusbar-item')
      .filter({ hasText: /Corpus: 6 documents/ })
      .waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await screenshot('corpus-read');
  });
});
