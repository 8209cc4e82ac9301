import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { akomaNtosoReader } from '../../server/src/workspace/readers/akomaNtoso';
import { repoRoot } from '../support/seeds';
import { runCli } from './cli.test';

/** Resolution 77/87 in the committed sample of the UN's AKN files. */
const SESSION = path.join(repoRoot, 'test', 'fixtures', 'unxml', 'GAresolutions', '77session');
const ENGLISH = path.join(SESSION, 'English', 'A_RES_77_87-2228194E.xml');
const FRENCH = path.join(SESSION, 'French', 'A_RES_77_87-2228194F.xml');
const CHINESE = path.join(SESSION, 'Chinese', 'A_RES_77_87-2228194C.xml');

describe('CLI parallel', () => {
  it('reads two AKN versions of a resolution and finds that they correspond: exit 0', () => {
    for (const other of [FRENCH, CHINESE]) {
      const { status, stdout, stderr } = runCli(['parallel', ENGLISH, other]);
      assert.strictEqual(stderr, '');
      assert.strictEqual(status, 0);
      assert.match(stdout, /^No finding: the English and the (French|Chinese) correspond paragraph by paragraph\.\n$/);
    }
  });

  it('names the paragraph a text version leaves out, and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-parallel-'));
    try {
      // The French as the corpus reads it, as text, less its operative paragraph 3.
      const read = akomaNtosoReader.read(fs.readFileSync(FRENCH), FRENCH) as { text: string };
      assert.match(read.text, /\n3\. [^\n]*\n/);
      const text = path.join(dir, 'fr.txt');
      fs.writeFileSync(text, read.text.replace(/\n3\. [^\n]*\n/, '\n'));
      const { status, stdout } = runCli(['parallel', ENGLISH, text]);
      assert.strictEqual(status, 1);
      assert.strictEqual(stdout, 'Operative paragraph 3 of the English has no counterpart in the French.\n');
      const json = runCli(['parallel', '--json', ENGLISH, text]);
      assert.strictEqual(json.status, 1);
      const [finding] = JSON.parse(json.stdout).findings;
      assert.strictEqual(finding.kind, 'unmatched');
      assert.strictEqual(finding.a.name, 'operative paragraph 3');
      assert.strictEqual(finding.b, undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses one file, and names a file it cannot read: exit 2', () => {
    assert.strictEqual(runCli(['parallel', ENGLISH]).status, 2);
    const missing = runCli(['parallel', ENGLISH, path.join(SESSION, 'no-such.xml')]);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /no-such\.xml: no such file/);
  });
});
