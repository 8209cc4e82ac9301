import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { repoRoot, seedPath } from '../support/seeds';

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
