import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot, seedPath } from '../support/seeds';
import { runCli } from './cli.test';

const fixture = (name: string): string => path.join(repoRoot, 'test', 'fixtures', 'compare', name);
const BASE = fixture('A_RES_78_193.resolution');
const DRAFT = fixture('A_RES_79_164.resolution');

describe('CLI compare', () => {
  it('prints the changed paragraphs for the terminal, word by word', () => {
    const { status, stdout } = runCli(['compare', BASE, DRAFT]);
    assert.strictEqual(status, 0);
    assert.match(stdout, /^Preamble: 2 changed, 6 unchanged$/m);
    assert.match(
      stdout,
      /^ {2}operative paragraph 6, changed \(draft line 45\)\n {6}… to the General Assembly at its \[-seventy-ninth-\]\{\+eightieth\+\} session/m,
    );
    assert.match(stdout, /resolution \[-77-\]\{\+78\+\}\/\[-207-\]\{\+193\+\} of/);
  });

  it('says so when the drafts are the same', () => {
    const { status, stdout } = runCli(['compare', seedPath('gaza'), seedPath('gaza')]);
    assert.strictEqual(status, 0);
    assert.strictEqual(stdout, 'The drafts are the same, paragraph by paragraph.\n');
  });

  it('gives JSON with 0-based ranges into both drafts', () => {
    const { status, stdout } = runCli(['compare', '--format', 'json', BASE, DRAFT]);
    assert.strictEqual(status, 0);
    const result = JSON.parse(stdout);
    assert.strictEqual(result.identical, false);
    const operative = result.parts.find((p: { part: string }) => p.part === 'operative');
    const sixth = operative.paragraphs[5];
    assert.strictEqual(sixth.kind, 'changed');
    assert.strictEqual(sixth.base.place, 'operative paragraph 6');
    assert.deepStrictEqual(
      sixth.edits.map((e: { base: string; draft: string }) => [e.base, e.draft]),
      [['seventy-ninth', 'eightieth']],
    );
    assert.strictEqual(sixth.draft.range.start.line, 44);
  });

  it('writes a standalone HTML page to -o FILE, every text escaped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-compare-'));
    const base = path.join(dir, 'base.resolution');
    const draft = path.join(dir, 'draft.resolution');
    const out = path.join(dir, 'changes.html');
    fs.writeFileSync(base, 'The General Assembly,\n\n1. *Decides* to act;\n');
    fs.writeFileSync(draft, 'The General Assembly,\n\n1. *Decides* to act <script>alert(1)</script> & report;\n');
    const { status, stdout } = runCli(['compare', '--format', 'html', '-o', out, base, draft]);
    assert.strictEqual(status, 0);
    assert.strictEqual(stdout, '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!html.includes('<script>'));
    assert.match(html, /<ins>&#60;script&#62;alert\(1\)&#60;\/script&#62; &#38; report<\/ins>;/);
  });

  it('writes amendments', () => {
    const { status, stdout } = runCli(['compare', '--format', 'amendments', BASE, DRAFT]);
    assert.strictEqual(status, 0);
    assert.match(stdout, /^3\. In operative paragraph 6, replace "seventy-ninth" by "eightieth"\.$/m);
  });

  it('exits 2 on one file, an unknown format or a missing file', () => {
    assert.strictEqual(runCli(['compare', BASE]).status, 2);
    assert.strictEqual(runCli(['compare', '--format', 'docx', BASE, DRAFT]).status, 2);
    const missing = runCli(['compare', BASE, 'no-such-draft.resolution']);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
  });
});

describe('CLI rollover', () => {
  it("prints next session's draft and says on stderr what it changed", () => {
    const { status, stdout, stderr } = runCli(['rollover', seedPath('resolution')]);
    assert.strictEqual(status, 0);
    assert.match(stdout, /^Sixty-fourth session Agenda item 114/m);
    assert.match(stdout, /61\/49 of 4 December 2006 and 63\/114 of 5 December 2008,$/m);
    assert.match(stderr, /^Session line: "Sixty-third session" → "Sixty-fourth session"\.$/m);
    assert.match(stderr, /^Removed the adoption line "64th plenary meeting 5 December 2008"\.$/m);
  });

  it('exits 2 without exactly one file', () => {
    assert.strictEqual(runCli(['rollover']).status, 2);
    assert.strictEqual(runCli(['rollover', BASE, DRAFT]).status, 2);
  });
});
