import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { CloseAction } from 'vscode-languageclient/node';
import {
  GAVE_UP_NOTICE,
  MAX_RESTARTS,
  RESTART_WINDOW_MS,
  RestartOnceNoticed,
  RESTARTED_NOTICE,
} from '../../client/src/restartPolicy';
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

describe('the restart policy the client is given', () => {
  it('tells the drafter once for a storm of crashes, then gives up with one message', () => {
    const notices: string[] = [];
    let clock = 0;
    const policy = new RestartOnceNoticed(
      (message) => notices.push(message),
      () => clock,
    );
    const actions = Array.from({ length: 10 }, () => {
      clock += 1000;
      return policy.closed();
    });
    assert.deepStrictEqual(notices, [RESTARTED_NOTICE]);
    assert.deepStrictEqual(
      actions.slice(0, MAX_RESTARTS).map((a) => a.action),
      Array(MAX_RESTARTS).fill(CloseAction.Restart),
    );
    assert.deepStrictEqual(
      actions.slice(MAX_RESTARTS).map((a) => a.action),
      Array(10 - MAX_RESTARTS).fill(CloseAction.DoNotRestart),
    );
    assert.strictEqual(actions[MAX_RESTARTS].message, GAVE_UP_NOTICE);
  });

  it('restarts again, silently, once the crashes are older than the window', () => {
    const notices: string[] = [];
    let clock = 0;
    const policy = new RestartOnceNoticed(
      (message) => notices.push(message),
      () => clock,
    );
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
    assert.strictEqual(policy.closed().action, CloseAction.DoNotRestart);
    clock += RESTART_WINDOW_MS + 1;
    assert.strictEqual(policy.closed().action, CloseAction.Restart);
    assert.strictEqual(notices.length, 1);
  });
});
