/**
 * Snapshot files: a rendering is compared with the one committed under test/snapshots/. On a
 * mismatch the test fails with a line diff; `UPDATE_SNAPSHOTS=1 npm run test:unit` writes the new
 * renderings instead (review them with git diff before committing).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './seeds';

export const snapshotsDir = path.join(repoRoot, 'test', 'snapshots');

/** Lines of `expected` and `actual` around their first difference, "-" expected, "+" actual. */
function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let endA = a.length;
  let endB = b.length;
  while (endA > first && endB > first && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const context = (from: number, to: number): string[] => a.slice(Math.max(0, from), to).map((l) => `  ${l}`);
  return [
    `@@ line ${first + 1} @@`,
    ...context(first - 3, first),
    ...a.slice(first, endA).map((l) => `- ${l}`),
    ...b.slice(first, endB).map((l) => `+ ${l}`),
    ...context(endA, endA + 3),
  ].join('\n');
}

/** Compares `actual` with the snapshot `name` (a path under test/snapshots/), or writes it when updating. */
export function matchSnapshot(name: string, actual: string): void {
  const file = path.join(snapshotsDir, name);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) assert.fail(`no snapshot ${name}: run with UPDATE_SNAPSHOTS=1 to write it`);
  const expected = fs.readFileSync(file, 'utf8');
  if (expected !== actual) {
    assert.fail(`${name} differs from its snapshot (UPDATE_SNAPSHOTS=1 rewrites it):\n${lineDiff(expected, actual)}`);
  }
}
