/**
 * Workspace trust in a real VS Code (code-server in Chromium, trust on): a folder whose settings name
 * a corpus folder elsewhere on the machine gets the language server in Restricted Mode, but
 * the corpus folder is not read until the drafter trusts the workspace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Editor, STEP_DEADLINE_MS } from './codeServer';

describe('workspace trust (code-server with trust on)', function () {
  this.timeout(120000);
  let editor: Editor;
  let page: Editor['page'];

  before(async function () {
    this.timeout(300000);
    editor = await Editor.open({
      prefix: 'trust',
      folder: 'shared-drafts',
      workspaceTrust: true,
      // No trust question at start-up: an untrusted folder opens in Restricted Mode, as after answering "No".
      userSettings: { 'security.workspace.trust.startupPrompt': 'never' },
      prepare(workspace, scratch) {
        // A corpus folder outside the workspace, named by the workspace's own settings.
        const elsewhere = path.join(scratch, 'elsewhere');
        fs.mkdirSync(elsewhere);
        fs.writeFileSync(
          path.join(elsewhere, 'outer-space.resolution'),
          '99/77. Cooperation in the peaceful uses of outer space\n\nThe General Assembly,\n\n1. *Decides* to meet.\n\n99th plenary meeting 1 December 2044\n',
        );
        fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
        fs.writeFileSync(
          path.join(workspace, '.vscode', 'settings.json'),
          JSON.stringify({ 'communique.corpus.paths': [elsewhere] }),
        );
        fs.writeFileSync(
          path.join(workspace, 'draft.communique'),
          'The General Assembly,\n\nRecalling its resolution 99/77,\n\n1. *Decides* to act.\n',
        );
      },
    });
    page = editor.page;
  });

  after(async () => {
    await editor?.close();
  });

  it('in Restricted Mode, gives the draft its outline but does not read the corpus folder the workspace names', async () => {
    await page
      .locator('.statusbar-item')
      .filter({ hasText: 'Restricted Mode' })
      .first()
      .waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await editor.quickOpen('draft.communique');
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
    await editor.screenshot('restricted');
    const text = await status.innerText();
    if (!/Corpus: 5 documents/.test(text))
      throw new Error(
        `in Restricted Mode the corpus should hold the seeds and the draft only, not the folder the workspace names: ${text}`,
      );
  });

  it('reads that folder once the drafter trusts the workspace', async () => {
    await editor.command('Manage Workspace Trust');
    const trustButton = page.getByRole('button', { name: /^Trust( Folder)?$/ }).first();
    await trustButton.waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await trustButton.click();
    await editor.screenshot('trusted');
    await page
      .locator('.statusbar-item')
      .filter({ hasText: /Corpus: 6 documents/ })
      .waitFor({ state: 'visible', timeout: STEP_DEADLINE_MS });
    await editor.screenshot('corpus-read');
  });
});
