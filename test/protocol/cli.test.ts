import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
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
    assert.match(
      stdout,
      /ga-resolution-63-114\.resolution:77:4: information emphasis "Welcomes with appreciation" is not in italics/,
    );
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
    assert.deepStrictEqual(found[0], {
      file,
      range: { start: { line: 24, character: 0 }, end: { line: 24, character: 2 } },
      severity: 'error',
      code: 'numbering-duplicate',
      message: 'Paragraph 2 is numbered twice.',
    });
  });

  it('takes in a folder the .txt files that read like drafts: a UN masthead after blank lines, a formula; not other text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-check-'));
    const drafts = {
      'print.txt':
        `\n\nUnited Nations${' '.repeat(40)}A/RES/99/1\n\nGeneral Assembly\nDistr.: General\n\n99/1. A title\n\n` +
        'The General Assembly,\n\n1. Decides to act;\n3. Decides to act again.\n',
      'au.txt':
        'The Peace and Security Council of the African Union,\n\n1. Decides to act;\n3. Decides to act again.\n',
    };
    // Each has a gap in its numbering: a draft taken in is reported.
    for (const [name, text] of Object.entries(drafts)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'Notes of the meeting\n\n1. Decides\n3. Decides\n');
    const { stdout } = runCli(['check', dir]);
    const files = new Set(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => path.basename(line.split(':')[0])),
    );
    assert.deepStrictEqual([...files].sort(), ['au.txt', 'print.txt']);
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
    assert.deepStrictEqual(
      rows.map((r: any) => [r.symbol, r.citedDate ?? null, r.corpus.citedBy]),
      [
        ['A/RES/3369 (XXX)', '10 October 1975', 2],
        ['OIC/CFM/RES/35/36-POL', null, 1],
      ],
    );
    assert.deepStrictEqual(rows[0].range, { start: { line: 4, character: 121 }, end: { line: 4, character: 125 } });
  });

  it('loads the corpus as the server does: a relative glob in the working directory, and the cache kept with --cache', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cli-cache-'));
    try {
      const run = (): any[] => {
        const result = spawnSync(
          process.execPath,
          [
            path.join(repoRoot, 'dist', 'cli.js'),
            'citations',
            '--json',
            '--corpus',
            'seeds/*.{txt,communique}',
            '--cache',
            cache,
            seedPath('mission'),
          ],
          { encoding: 'utf8', cwd: repoRoot },
        );
        assert.strictEqual(result.status, 0, result.stderr);
        return JSON.parse(result.stdout).map((r: any) => [r.symbol, r.corpus.citedBy]);
      };
      const first = run();
      assert.deepStrictEqual(
        first,
        [
          ['A/RES/3369 (XXX)', 1],
          ['OIC/CFM/RES/35/36-POL', 1],
        ],
        'the .resolution seed is not matched by the glob',
      );
      assert.deepStrictEqual(fs.readdirSync(cache).sort(), ['corpus-index.bin']);
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
    const { status, stdout } = runCli([
      'akn',
      '--uri',
      'file:///drafts/63-114.resolution',
      '--date',
      '2008-12-05',
      seedPath('resolution'),
    ]);
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

describe('CLI on unreadable, huge and odd inputs', () => {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  /** File modes bind root too little: run as nobody when the tests run as root. */
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const run = (args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, ...asUser });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const made: string[] = [];
  after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  /** A folder every user may read, with a draft that has an error in it. */
  const folder = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-cli-'));
    made.push(dir);
    fs.chmodSync(dir, 0o755);
    const broken = fs.readFileSync(seedPath('gaza'), 'utf8').replace('3. Decides', '2. Decides');
    fs.writeFileSync(path.join(dir, 'a.communique'), broken);
    return dir;
  };
  const noStackTrace = (stderr: string): void => assert.ok(!/^\s+at /m.test(stderr), stderr);

  it('check DIR names an unreadable folder and file on one line each, checks the rest and exits 2', () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.copyFileSync(seedPath('resolution'), path.join(dir, 'locked', 'r.resolution'));
    fs.copyFileSync(seedPath('resolution'), path.join(dir, 'z.resolution'));
    fs.writeFileSync(path.join(dir, 'm.communique'), 'The General Assembly,\n');
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    fs.chmodSync(path.join(dir, 'm.communique'), 0o000);
    try {
      const { status, stdout, stderr } = run(['check', dir]);
      assert.strictEqual(status, 2, stderr);
      noStackTrace(stderr);
      const lines = stderr.trim().split('\n');
      assert.strictEqual(lines.length, 2, stderr);
      assert.match(lines[0], /locked: folder cannot be read \(EACCES\)$/);
      assert.match(lines[1], /m\.communique: cannot be read \(EACCES\)$/);
      assert.match(stdout, /a\.communique:25:1: error numbering-duplicate/);
      assert.match(stdout, /z\.resolution:77:4: information emphasis/);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  for (const command of ['outline', 'citations']) {
    it(`${command} names an unreadable file on one line, goes on with the others and exits 2`, () => {
      const dir = folder();
      const locked = path.join(dir, 'locked.communique');
      fs.copyFileSync(seedPath('resolution'), locked);
      fs.chmodSync(locked, 0o000);
      const { status, stdout, stderr } = run([command, locked, path.join(dir, 'a.communique')]);
      assert.strictEqual(status, 2, stderr);
      noStackTrace(stderr);
      assert.match(stderr.trim(), /^communique: .*locked\.communique: cannot be read \(EACCES\)$/);
      assert.match(stdout, command === 'outline' ? /Operative part/ : /A\/RES\/194 \(III\)/);
    });
  }

  it('a 600 MB file is refused on one line, unread; the other files are checked', () => {
    const dir = folder();
    const huge = path.join(dir, 'huge.communique');
    fs.writeFileSync(huge, 'The General Assembly,\n');
    fs.truncateSync(huge, 600_000_000);
    const { status, stdout, stderr } = run(['check', dir]);
    assert.strictEqual(status, 2);
    noStackTrace(stderr);
    assert.match(stderr, /^communique: .*huge\.communique: 600 MB, larger than a draft can be \(64 MB\); not read\n$/);
    assert.match(stdout, /a\.communique:25:1: error numbering-duplicate/);
  });

  it("a reader that closes the pipe (| head) ends the output quietly, with the command's own status", async () => {
    const dir = folder();
    const big = path.join(dir, 'big.communique');
    // Sixty copies of a resolution, each with paragraph 5 numbered 7: hundreds of findings, each written on its own.
    fs.writeFileSync(big, fs.readFileSync(seedPath('resolution'), 'utf8').replace(/^5\. /m, '7. ').repeat(60));
    const child = spawn(process.execPath, [cli, 'check', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(stderr, '');
    assert.strictEqual(status, 1, 'errors found');
  });

  it('akn refuses a date that is not in the calendar, and takes 29 February of a leap year', () => {
    for (const date of ['2024-99-99', '2023-02-29', '2024-13-01', '2024-04-31']) {
      const { status, stderr } = run(['akn', '--date', date, seedPath('resolution')]);
      assert.strictEqual(status, 2, date);
      assert.match(stderr.split('\n')[0], new RegExp(`^communique: --date ${date}: not a date written YYYY-MM-DD$`));
    }
    const leap = run(['akn', '--date', '2024-02-29', seedPath('resolution')]);
    assert.strictEqual(leap.status, 0);
    assert.match(leap.stdout, /<FRBRdate date="2024-02-29" name="given"\/>/);
  });

  it('reads what follows "--" as files, and --option=value as an option', () => {
    const dir = folder();
    fs.renameSync(path.join(dir, 'a.communique'), path.join(dir, '--json'));
    const terminated = run(['check', '--style=oic', '--', '--json'], dir);
    assert.strictEqual(terminated.status, 1, terminated.stderr);
    assert.match(terminated.stdout, /^--json:25:1: error numbering-duplicate/m);
    const unknown = run(['check', '--jsonx', '--json'], dir);
    assert.strictEqual(unknown.status, 2);
    assert.match(unknown.stderr, /^communique: Unknown option '--jsonx'/);
  });
});
