import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSeed, repoRoot } from '../support/seeds';

interface NeovimReport {
  symbols: { name: string; children?: { name: string }[] }[];
  hover: { contents: { kind: string; value: string } } | null;
  diagnostics: { code: string; message: string; range: { start: { line: number } } }[] | null;
}

/** Opens `draft` in headless Neovim with test/nvim/init.lua and returns what the client received. */
function inNeovim(fileName: string, draft: string, hoverAt: { line: number; character: number }): NeovimReport {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-nvim-'));
  try {
    const file = path.join(dir, fileName);
    const out = path.join(dir, 'report.json');
    fs.writeFileSync(file, draft);
    const run = spawnSync(
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', path.join(repoRoot, 'test', 'nvim', 'init.lua'), file],
      {
        encoding: 'utf8',
        timeout: 60000,
        env: {
          ...process.env,
          XDG_CONFIG_HOME: dir,
          XDG_DATA_HOME: dir,
          XDG_STATE_HOME: dir,
          XDG_CACHE_HOME: dir,
          COMMUNIQUE_SERVER: path.join(repoRoot, 'dist', 'server.js'),
          COMMUNIQUE_NVIM_OUT: out,
          COMMUNIQUE_HOVER_LINE: String(hoverAt.line),
          COMMUNIQUE_HOVER_CHARACTER: String(hoverAt.character),
        },
      },
    );
    if (run.error)
      assert.fail(`Neovim could not be started (${run.error.message}): install it with apt-get install -y neovim`);
    assert.ok(fs.existsSync(out), `Neovim wrote no report (exit ${run.status}): ${run.stderr}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as NeovimReport & { error?: string };
    assert.strictEqual(report.error, undefined);
    assert.strictEqual(run.status, 0);
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the language server in Neovim', () => {
  const seed = readSeed('resolution');
  // Paragraph 5 renumbered 7: a drafter's slip the numbering check reports.
  const draft = seed.replace(/^5\. /m, '7. ');
  const lines = draft.split('\n');
  const citationLine = lines.findIndex((l) => l.includes('61/49 of 4 December 2006'));
  const report = () =>
    inNeovim('draft.resolution', draft, { line: citationLine, character: lines[citationLine].indexOf('61/49') + 1 });
  let received: NeovimReport;
  before(function () {
    this.timeout(70000);
    received = report();
  });

  it('shows the outline: the preamble and the operative paragraphs', () => {
    const names = received.symbols.map((s) => s.name);
    assert.deepStrictEqual(
      names.filter((n) => n === 'Preamble' || n === 'Operative part'),
      ['Preamble', 'Operative part'],
    );
    const operative = received.symbols.find((s) => s.name === 'Operative part');
    assert.strictEqual(operative?.children?.[0].name, '1. Takes note with satisfaction');
    assert.strictEqual(operative?.children?.length, 16);
  });

  it('receives the numbering error on the renumbered paragraph', () => {
    const finding = received.diagnostics?.find((d) => d.code === 'numbering-order');
    assert.ok(finding, `numbering-order among ${JSON.stringify(received.diagnostics?.map((d) => d.code))}`);
    assert.strictEqual(lines[finding.range.start.line].slice(0, 2), '7.');
  });

  it('shows the cited resolution in a hover over 61/49', () => {
    const contents = received.hover?.contents;
    assert.strictEqual(contents?.kind, 'markdown');
    assert.match(contents.value, /^\*\*A\\\/RES\\\/61\\\/49\*\* — General Assembly resolution/);
  });
});
