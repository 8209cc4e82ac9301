import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildCatalogue, CATALOGUE_PATH, inAcceptanceSet } from '../../scripts/catalogue';
import { parseCatalogue } from '../../server/src/service/corpus/catalogue';
import { repoRoot } from '../support/seeds';

const UNXML = path.join(repoRoot, 'test', 'fixtures', 'unxml', 'GAresolutions', '78session');
const EXPECTED = path.join(repoRoot, 'test', 'fixtures', 'catalogue', 'expected.tsv');

/** A small GA repository: session 78's data_extract records, 78/42 in six languages, 78/111 (no record) in English. */
function fixtureRepository(dir: string): void {
  fs.mkdirSync(path.join(dir, 'data_extract'), { recursive: true });
  fs.copyFileSync(
    path.join(repoRoot, 'test', 'fixtures', 'corpus-formats', 'data_extract', '78.json'),
    path.join(dir, 'data_extract', '78.json'),
  );
  for (const language of fs.readdirSync(UNXML)) {
    for (const file of fs.readdirSync(path.join(UNXML, language))) {
      if (!file.startsWith('A_RES_78_42-') && file !== 'A_RES_78_111-2324951E.xml') continue;
      fs.mkdirSync(path.join(dir, '78session', language), { recursive: true });
      fs.copyFileSync(path.join(UNXML, language, file), path.join(dir, '78session', language, file));
    }
  }
}

describe('the catalogue script', function () {
  this.timeout(60000);
  let work: string;

  before(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-catalogue-'))));
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('builds the same file from a clone and from its bare repository, the file the fixture expects', () => {
    const clone = path.join(work, 'GAresolutions');
    fixtureRepository(clone);
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: clone,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'fixture');
    const bare = path.join(work, 'bare.git');
    execFileSync('git', ['clone', '-q', '--bare', clone, bare]);
    fs.rmSync(path.join(clone, '.git'), { recursive: true, force: true });

    const fromFolder = buildCatalogue([clone]);
    const fromGit = buildCatalogue([bare]);
    assert.ok(fromFolder.bytes.equals(fromGit.bytes), 'the same bytes from a folder and from git');
    const text = zlib.gunzipSync(fromFolder.bytes).toString('utf8');
    assert.strictEqual(text, fs.readFileSync(EXPECTED, 'utf8'));
    const catalogue = parseCatalogue(text);
    assert.deepStrictEqual(catalogue.about('A/RES/78/42')?.languages, ['ara', 'zho', 'eng', 'fra', 'rus', 'spa']);
    // No record of 78/111 in data_extract: its English file describes it; 78/105 has a record and no file.
    assert.deepStrictEqual(catalogue.about('A/RES/78/111')?.languages, ['eng']);
    assert.ok(catalogue.about('A/RES/78/111')?.record.title);
    assert.deepStrictEqual(catalogue.about('A/RES/78/105')?.languages, []);
  });

  it('ships a catalogue that says where it comes from, as the UN asks, and names thousands of resolutions', () => {
    const text = zlib.gunzipSync(fs.readFileSync(CATALOGUE_PATH)).toString('utf8');
    assert.match(text.slice(0, 1000), /^# .*\n# Source: United Nations/);
    const catalogue = parseCatalogue(text, (m) => assert.fail(m));
    assert.ok(catalogue.symbols().length > 3000, `${catalogue.symbols().length} resolutions`);
    assert.ok(fs.statSync(CATALOGUE_PATH).size < 1024 * 1024, 'under a megabyte zipped');
    // One file holds A/RES/75/101 A and B: one row, answering for each part and the bare number, listed as its parts.
    assert.strictEqual(catalogue.about('A/RES/75/101 B')?.record.symbol, 'A/RES/75/101 A-B');
    assert.strictEqual(catalogue.about('A/RES/75/101')?.record.symbol, 'A/RES/75/101 A-B');
    assert.ok(!catalogue.symbols().includes('A/RES/75/101'));
  });

  it('leaves the acceptance set out: the 80th session on and the Council from 2025 on are never read', () => {
    for (const file of ['80session/English/A_RES_80_1-2525155E.xml', 'data_extract/80.json', '2025/English/x.xml']) {
      assert.ok(inAcceptanceSet(file), file);
    }
    for (const file of [
      '79session/English/A_RES_79_1-2425155E.xml',
      'data_extract/79.json',
      'data_extract/ES-11.json',
      'data_extract/2024.json',
      '2024/French/x.xml',
      'Pre-2020/2019/x.xml',
    ]) {
      assert.ok(!inAcceptanceSet(file), file);
    }
    const shipped = parseCatalogue(zlib.gunzipSync(fs.readFileSync(CATALOGUE_PATH)).toString('utf8'));
    const late = shipped
      .symbols()
      .filter((s) => /^A\/RES\/(?:[89]\d|\d{3})\//.test(s) || (s.startsWith('S/RES/') && Number(s.slice(6)) > 2767));
    assert.deepStrictEqual(late, []);
  });
});
