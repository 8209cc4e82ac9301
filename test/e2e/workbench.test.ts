/**
 * What a drafter sees in a real VS Code (code-server in Chromium) with the packaged VSIX installed into
 * a fresh profile: the draft opens from Quick Open in the Communiqué language mode, the Outline view
 * lists the preamble and the operative paragraphs, a hover over a citation names the resolution, the
 * Problems panel lists the numbering error of a broken draft. Each step leaves a screenshot in test-results/; COMMUNIQUE_UPDATE_DOCS=1 also refreshes
 * docs/outline.png for the README.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Editor } from './codeServer';
import { SEEDS, readSeed, seedsDir } from '../support/seeds';

describe('the packaged extension in VS Code (code-server)', function () {
  this.timeout(90000);
  let editor: Editor;
  let page: Editor['page'];

  before(async function () {
    this.timeout(300000);
    editor = await Editor.open({
      prefix: 'e2e',
      prepare(workspace) {
        for (const name of Object.values(SEEDS)) fs.copyFileSync(path.join(seedsDir, name), path.join(workspace, name));
        // A drafter's slip: paragraph 5 renumbered 7.
        fs.writeFileSync(
          path.join(workspace, 'draft-broken.resolution'),
          readSeed('resolution').replace(/^5\. /m, '7. '),
        );
        fs.writeFileSync(
          path.join(workspace, 'draft-new.communique'),
          'The General Assembly,\n\nRecalling its resolution \n',
        );
      },
    });
    page = editor.page;
  });

  after(async () => {
    await editor?.close();
  });

  it('opens the resolution from Quick Open in the Communiqué language mode', async () => {
    await editor.quickOpen(SEEDS.resolution);
    await editor.see(page.locator('[id="status.editor.mode"]').filter({ hasText: 'Communiqué' }), 'language-mode');
  });

  it('lists the preamble and the operative paragraphs in the Outline view', async () => {
    await editor.pick('Control+Shift+P', 'Focus on Outline View');
    // Fold the file list away so the Outline view gets the side bar's height.
    await page
      .locator('.pane-header')
      .filter({ hasText: /^drafts/i })
      .first()
      .click();
    const rows = page.locator('.outline-pane .monaco-list-row');
    await editor.see(rows.filter({ hasText: /^Preamble/ }), 'outline-collapsed');
    await rows
      .filter({ hasText: /^Operative part/ })
      .locator('.monaco-tl-twistie')
      .click();
    await editor.see(rows.filter({ hasText: '1. Takes note with satisfaction' }), 'outline-operative', 'outline.png');
  });

  it('shows the cited resolution in a hover over 61/49', async () => {
    await editor.quickOpen(SEEDS.resolution);
    const lines = readSeed('resolution').split('\n');
    const line = lines.findIndex((l) => l.includes('61/49 of 4 December 2006'));
    await editor.goTo(line + 1, lines[line].indexOf('61/49') + 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await editor.see(
      page.locator('.monaco-hover-content').filter({ hasText: 'A/RES/61/49 — General Assembly resolution' }),
      'hover',
    );
  });

  it('lists the numbering error of a broken draft in the Problems panel', async () => {
    await editor.quickOpen('draft-broken.resolution');
    await editor.seeProblem('Paragraph 7 should be numbered 5: it stands between 4 and 6.', 'problems');
  });

  it('repairs the numbering with the renumber quick fix, and the saved file is the adopted text again', async () => {
    await editor.quickOpen('draft-broken.resolution');
    const line = readSeed('resolution')
      .split('\n')
      .findIndex((l) => l.startsWith('5. '));
    await editor.goTo(line + 1);
    await editor.quickFix('Renumber operative paragraphs', 'quick-fix-menu');
    // The renumbered file is the adopted resolution again.
    await editor.savedAs('draft-broken.resolution', readSeed('resolution'), 'renumbered');
  });

  it('completes "resolution 61/" with 61/49 and its date from the corpus', async () => {
    await editor.quickOpen('draft-new.communique');
    await editor.goTo(3, 'Recalling its resolution '.length + 1);
    await page.keyboard.type('61/');
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: '61/49' }).first();
    await editor.see(suggestion, 'completion');
    await page.keyboard.press('Enter');
    await editor.see(
      page.locator('.view-line').filter({ hasText: 'Recalling its resolution 61/49 of 4 December 2006' }),
      'completed',
    );
  });

  it('suggests an opening phrase while the drafter types its first letters, with no key pressed for it', async () => {
    await editor.quickOpen('draft-new.communique');
    // The draft's last line is empty: a new paragraph starts below it. Escape first, so that Enter cannot accept
    // a suggestion instead of breaking the line.
    await editor.goTo(4, 1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Welc', { delay: 60 });
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'Welcoming' }).first();
    await editor.see(suggestion, 'completion-as-you-type');
  });

  it("finds the Geneva final document's wording for operative paragraph 4 of 63/114 and adopts it with a note", async () => {
    await editor.quickOpen(SEEDS.resolution);
    const line = readSeed('resolution')
      .split('\n')
      .findIndex((l) => l.startsWith('4. *Affirms*'));
    await editor.goTo(line + 1, 20);
    await editor.pick('Control+Shift+P', 'Find agreed language');
    const geneva = editor.quickPickRow('Final Document of the General Meeting');
    await editor.see(geneva, 'agreed-language');
    await geneva.click();
    await editor.see(
      page.locator('.view-line').filter({ hasText: '// Agreed language: Final Document of the General Meeting' }),
      'agreed-language-adopted',
    );
  });

  it('moves operative paragraph 2 down from the command palette, and the numbers stay in order', async () => {
    await editor.quickOpen('draft-broken.resolution');
    const line = readSeed('resolution')
      .split('\n')
      .findIndex((l) => l.startsWith('2. *Urges*'));
    await editor.goTo(line + 1, 5);
    await editor.pick('Control+Shift+P', 'Move paragraph down');
    await editor.see(
      page.locator('.view-line').filter({ hasText: '2. *Notes with satisfaction* the active participation' }),
      'paragraph-moved',
    );
    await editor.see(
      page.locator('.view-line').filter({ hasText: '3. *Urges* the United Nations system' }),
      'paragraph-moved-renumbered',
    );
  });

  it('moves the paragraph on with the keyboard, the cursor going with it, and inserts one after it', async () => {
    // The cursor went down with "Urges", now paragraph 3: a second move takes it further, as Move Line does.
    const line = (text: string) => page.locator('.view-line').filter({ hasText: text });
    await page.keyboard.press('Control+Alt+Shift+ArrowDown');
    await editor.see(line('4. *Urges* the United Nations system'), 'key-moved-down');
    // Each move waits for the one before: a key pressed for an older version of the draft is refused.
    await page.keyboard.press('Control+Alt+Shift+ArrowUp');
    await editor.see(line('3. *Urges* the United Nations system'), 'key-moved-up');
    await page.keyboard.press('Control+Alt+Shift+ArrowUp');
    await editor.see(line('2. *Urges* the United Nations system'), 'key-moved-up-again');
    await page.keyboard.press('Control+Alt+Enter');
    await editor.see(line('4. *Notes with satisfaction* the active participation'), 'key-inserted-renumbered');
    await page.keyboard.type('Decides to act;');
    await editor.see(line('3. Decides to act;'), 'key-inserted-typed');
    await page.keyboard.press('Escape');
  });

  it('exports the draft to Akoma Ntoso XML in an editor beside it, titled after the draft', async () => {
    await editor.pick('Control+Shift+P', 'Export to Akoma Ntoso XML');
    await editor.see(page.locator('.view-line').filter({ hasText: '<akomaNtoso' }), 'akoma-ntoso');
    await editor.see(page.locator('.tab.active').filter({ hasText: 'draft-broken.akn.xml' }), 'akoma-ntoso-title');
  });

  it("turns 63/114 into next session's draft, compares it with the closest corpus resolution beside it, and goes to a change", async () => {
    await editor.quickOpen(SEEDS.resolution);
    await editor.pick('Control+Shift+P', 'New draft from this resolution');
    // Drafts wrap (the extension's default), so the session line may break before "Agenda item".
    await editor.see(page.locator('.view-line').filter({ hasText: 'Sixty-fourth session' }), 'new-draft');
    await editor.pick('Control+Shift+P', 'Compare with the closest corpus resolution');
    const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    const change = view.locator('.paragraph.changed').filter({ hasText: 'sixty-sixth' }).first();
    await editor.see(change, 'comparison', 'compare.png');
    await change.click();
    // In the browser the webview's frame may take the focus back after the click, and the status bar then shows no
    // cursor: the draft's tab is clicked, which moves no cursor, so that the status bar shows where the click put it.
    await page.locator('.tab').filter({ hasText: 'Untitled-1' }).click();
    // Operative paragraph 15 of the new draft: 63/114's line 91 less the four lines of the adoption and number
    // removed, plus the note line the agreed-language step above added to this editor's 63/114.
    const line =
      readSeed('resolution')
        .split('\n')
        .findIndex((l) => l.startsWith('15. *Requests*')) +
      1 -
      4 +
      1;
    await editor.see(page.locator('.statusbar-item').filter({ hasText: `Ln ${line}, Col 1` }), 'comparison-go-to');
  });
});
