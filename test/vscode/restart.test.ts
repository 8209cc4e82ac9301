import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { documentSymbols, openSeed } from './editor';

/** The language server processes of this extension host (Linux: their command lines in /proc). */
function serverProcesses(): number[] {
  try {
    const out = execFileSync('pgrep', ['-f', 'dist/server\\.js'], { encoding: 'utf8' }).trim();
    return out ? out.split('\n').map(Number) : [];
  } catch (error) {
    if ((error as { status?: number }).status === 1) return []; // pgrep: no such process, between death and restart
    throw error;
  }
}

// Runs last (files run in name order): it kills the server the other tests used.
describe('a language server that dies', () => {
  it('is restarted by the client, and the outline comes back', async () => {
    const document = await openSeed('gaza');
    await documentSymbols(document);
    const before = serverProcesses();
    assert.ok(before.length > 0, 'the language server is running');
    for (const pid of before) process.kill(pid, 'SIGKILL');
    // The restarted server answers with the whole outline again.
    const deadline = Date.now() + 20000;
    let restarted: number[] = [];
    while (Date.now() < deadline) {
      restarted = serverProcesses().filter((pid) => !before.includes(pid));
      if (restarted.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(restarted.length > 0, 'a new server process was started');
    const symbols = await documentSymbols(document);
    assert.strictEqual(symbols.find((s) => s.name === 'Operative part')?.children.length, 11);
  });
});
