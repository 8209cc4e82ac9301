/**
 * The drafter's views in a real VS Code (code-server in Chromium, the packaged VSIX in a fresh profile), in a
 * light theme and then a dark one: semantic highlighting (unagreed brackets underlined), inlay hints (the
 * opening of a cross-referenced paragraph, a cited resolution's year), the status-bar summary and its click,
 * and the formatted preview beside the draft and its scroll sync.
 * Each step leaves a screenshot in test-results/; COMMUNIQUE_UPDATE_DOCS=1 also writes the README's pictures.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Editor } from './codeServer';
import { SEEDS, readSeed, seedsDir } from '../support/seeds';

const DRAFT = 'draft-views.resolution';

/** 63/114 as a draft in negotiation: two passages in brackets, a cross-reference, a citation without its date. */
const draftText = readSeed('resolution')
  .replace('*Encourages* the specialized agencies', '*Encourages* [all] the specialized agencies')
  .replace('5. *Requests* the United Nations', '5. *Requests*, further to paragraph 4 above, the United Nations')
  .replace('Welcoming the efforts of the Secretary-General', 'Welcoming [the efforts] of the Secretary-General')
  .replace('59/8 of 22 October 2004 and 61/49 of 4 December 2006,', '59/8 of 22 October 2004 and 61/49,');

describe("the drafter's views in VS Code (code-server)", function () {
  this.timeout(120000);
  let editor: Editor;
  let page: Editor['page'];
  const line = (needle: string): number => draftText.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const preview = () => page.frameLocator('iframe.webview').frameLocator('#active-frame');

  before(async function () {
    this.timeout(300000);
    editor = await Editor.open({
      prefix: 'views',
      userSettings: { 'workbench.colorTheme': 'Default Light Modern' },
      prepare(workspace) {
        for (const name of Object.values(SEEDS)) fs.copyFileSync(path.join(seedsDir, name), path.join(workspace, name));
        fs.writeFileSync(path.join(workspace, DRAFT), draftText);
      },
    });
    page = editor.page;
  });

  after(async () => {
    await editor?.close();
  });

  it('highlights the draft by meaning in a light theme: unagreed text underlined, openings in italics', async () => {
    await editor.quickOpen(DRAFT);
    await editor.goTo(line('Welcoming [the efforts]'));
    // Underline comes only from the extension's semantic rule for unagreed text, not from the grammar.
    await editor.see(page.locator('.view-line span.mtku').filter({ hasText: 'the efforts' }).first(), 'semantic-light');
  });

  it('shows the opening of the paragraph a cross-reference names, and the year of a resolution cited without it', async () => {
    await editor.goTo(line('paragraph 4 above'));
    await editor.see(
      page.locator('.view-line').filter({ hasText: 'paragraph 4 above: Affirms that the United' }).first(),
      'inlay-cross-reference',
    );
    await editor.goTo(line('61/49,'));
    await editor.see(page.locator('.view-line').filter({ hasText: '61/49 (2006),' }).first(), 'inlay-citation-year');
  });

  it('sums the draft up in the status bar, and a click goes to the first unagreed passage', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: '16 operative · numbering OK · 2 brackets open' });
    await editor.see(item.first(), 'status-bar');
    await item.first().click();
    await editor.see(
      page.locator('.statusbar-item').filter({ hasText: `Ln ${line('Welcoming [the efforts]')},` }),
      'status-bar-go-to',
    );
  });

  it('opens the formatted preview beside the draft, scrolled to the paragraph at the top of the editor', async () => {
    await editor.command('Communiqué: Open preview to the side');
    await editor.see(
      preview().locator('.title').filter({ hasText: 'Cooperation between the United Nations' }),
      'preview',
    );
    await editor.see(
      preview().locator('.operative').filter({ hasText: 'further to paragraph 4 above' }),
      'preview-operative',
    );
    // The editor keeps the focus; at the end of the draft its top line is in the operative part, and so is the preview.
    await page.keyboard.press('Control+End');
    await editor.see(
      preview().locator('.operative.current, .subparagraph.current, .closing.current').first(),
      'preview-scrolled',
    );
    await editor.goTo(line('1. *Takes note'));
    await editor.see(preview().locator('.operative').first(), 'preview-top', 'preview-light.png');
  });

  it('reads the same in a dark theme', async () => {
    await editor.command('Preferences: Toggle between Light/Dark Themes');
    await editor.goTo(line('Welcoming [the efforts]'));
    await editor.see(page.locator('.monaco-workbench.vs-dark').first(), 'semantic-dark', 'editor-dark.png');
    await editor.see(preview().locator('.title'), 'preview-dark');
  });
});
