import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot, seedPath } from '../support/seeds';
import { elementsNamed, parseXml } from '../support/xml';

export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI outline', () => {
  it('prints the outline of a seed', () => {
    const { status, stdout } = runCli(['outline', seedPath('gaza')]);
    assert.strictEqual(status, 0);
    assert.match(stdout, /^ {3}23 {4}1\. Strongly condemns/m);
  });

  it('prints the LSP DocumentSymbol[] with --json', () => {
    const { status, stdout } = runCli(['outline', '--json', seedPath('resolution')]);
    assert.strictEqual(status, 0);
    const symbols = JSON.parse(stdout);
    assert.ok(Array.isArray(symbols));
    assert.strictEqual(symbols.find((s: any) => s.name === 'Preamble').children.length, 19);
    assert.strictEqual(typeof symbols[0].kind, 'number');
  });

  it('exits 2 with a one-line message on a missing file or a bad option', () => {
    const missing = runCli(['outline', '/nonexistent/draft.communique']);
    assert.strictEqual(missing.status, 2);
    assert.strictEqual(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /no such file/);
    assert.strictEqual(runCli(['outline', '--frobnicate', seedPath('gaza')]).status, 2);
    assert.strictEqual(runCli(['frobnicate']).status, 2);
  });
});

describe('CLI check', () => {
  it('exits 0 on the seeds and prints findings as file:line:col: severity code message', () => {
    const { status, stdout } = runCli(['check', path.join(repoRoot, 'seeds')]);
    assert.strictEqual(status, 0);
    assert.match(stdout, /ga-resolution-63-114\.resolution:77:4: information emphasis "Welcomes with appreciation" is not in italics/);
  });

  it('exits 1 with errors, and gives 0-based ranges with --json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-check-'));
    const file = path.join(dir, 'draft.communique');
    fs.writeFileSync(file, fs.readFileSync(seedPath('gaza'), 'utf8').replace('3. Decides', '2. Decides'));
    const text = runCli(['check', file]);
    assert.strictEqual(text.status, 1);
    assert.match(text.stdout, /draft\.communique:25:1: error numbering-duplicate Paragraph 2 is numbered twice\./);
    const json = runCli(['check', '--json', '--style', 'oic', dir]);
    assert.strictEqual(json.status, 1);
    const found = JSON.parse(json.stdout);
    assert.deepStrictEqual(found[0], { file, range: { start: { line: 24, character: 0 }, end: { line: 24, character: 2 } }, severity: 'error', code: 'numbering-duplicate', message: 'Paragraph 2 is numbered twice.' });
  });

  it('exits 2 on a usage or read error', () => {
    assert.strictEqual(runCli(['check', '--style', 'fancy', seedPath('gaza')]).status, 2);
    assert.strictEqual(runCli(['check', '/nonexistent']).status, 2);
    assert.strictEqual(runCli(['check']).status, 2);
  });
});

describe('CLI citations', () => {
  it('lists each citation with its symbol, place and date as cited, and what the corpus knows', () => {
    const text = runCli(['citations', seedPath('geneva')]);
    assert.strictEqual(text.status, 0);
    assert.match(text.stdout, /:7:41: A\/RES\/61\/49 {2}"61\/49" {2}of 4 December\n/);
    const json = runCli(['citations', '--json', '--corpus', path.join(repoRoot, 'seeds'), seedPath('mission')]);
    const rows = JSON.parse(json.stdout);
    assert.deepStrictEqual(rows.map((r: any) => [r.symbol, r.citedDate ?? null, r.corpus.citedBy]), [['A/RES/3369 (XXX)', '10 October 1975', 2], ['OIC/CFM/RES/35/36-POL', null, 1]]);
    assert.deepStrictEqual(rows[0].range, { start: { line: 4, character: 121 }, end: { line: 4, character: 125 } });
  });

  it('loads the corpus as the server does: a relative glob in the working directory, and the cache kept with --cache', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cli-cache-'));
    try {
      const run = (): any[] => {
        const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'citations', '--json', '--corpus', 'seeds/*.{txt,communique}', '--cache', cache, seedPath('mission')], { encoding: 'utf8', cwd: repoRoot });
        assert.strictEqual(result.status, 0, result.stderr);
        return JSON.parse(result.stdout).map((r: any) => [r.symbol, r.corpus.citedBy]);
      };
      const first = run();
      assert.deepStrictEqual(first, [['A/RES/3369 (XXX)', 1], ['OIC/CFM/RES/35/36-POL', 1]], 'the .resolution seed is not matched by the glob');
      assert.deepStrictEqual(fs.readdirSync(cache).sort(), ['corpus-index.bin', 'corpus-index.json']);
      assert.deepStrictEqual(run(), first, 'the same answers from the cache');
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('exits 2 on a missing file', () => {
    assert.strictEqual(runCli(['citations', '/nonexistent.communique']).status, 2);
  });
});

describe('CLI akn', () => {
  it('prints the draft as well-formed Akoma Ntoso with the given URI and date', () => {
    const { status, stdout } = runCli(['akn', '--uri', 'file:///drafts/63-114.resolution', '--date', '2008-12-05', seedPath('resolution')]);
    assert.strictEqual(status, 0);
    const root = parseXml(stdout);
    assert.strictEqual(elementsNamed(root, 'FRBRalias')[0].attributes.value, 'file:///drafts/63-114.resolution');
    assert.strictEqual(elementsNamed(root, 'FRBRdate')[0].attributes.date, '2008-12-05');
    assert.strictEqual(elementsNamed(root, 'paragraph').length, 16);
  });

  it('exits 2 on a bad date, two files or a missing file', () => {
    assert.strictEqual(runCli(['akn', '--date', '5 December 2008', seedPath('resolution')]).status, 2);
    assert.strictEqual(runCli(['akn', seedPath('resolution'), seedPath('gaza')]).status, 2);
    const missing = runCli(['akn', 'no-such-draft.resolution']);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
  });
});

describe('CLI clean', () => {
  it('prints the clean text of a draft, without emphasis markers', () => {
    const { status, stdout } = runCli(['clean', seedPath('resolution')]);
    assert.strictEqual(status, 0);
    assert.match(stdout, /^1\. Takes note with satisfaction of the report of the Secretary-General;²$/m);
    assert.ok(!stdout.includes('*'));
  });
});
