import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../support/seeds';

/** Runs of white space as one space, and the README's line breaks with them. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The rows of DEVELOPING.md's table of README promises: promise, test file, test title. */
function promises(): { promise: string; file: string; title: string }[] {
  const developing = fs.readFileSync(path.join(repoRoot, 'docs', 'DEVELOPING.md'), 'utf8');
  const section = developing.slice(developing.indexOf('### What the README promises'));
  return section
    .slice(0, section.indexOf('\n\n', section.indexOf('| --- |')))
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| promise') && !line.startsWith('| ---'))
    .map((line) => {
      const [promise, file, title] = line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim());
      return { promise, file, title };
    });
}

describe("the README's promises about what is read, written and skipped", () => {
  const rows = promises();

  it('are listed in DEVELOPING.md, each with the test that holds it', () => {
    assert.ok(rows.length >= 20, `${rows.length} rows`);
  });

  for (const { promise, file, title } of rows) {
    it(`"${promise}" is in the README and held by "${title}"`, () => {
      assert.ok(flat(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).includes(promise), 'README');
      const source = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      assert.ok(source.includes(`it('${title}'`) || source.includes(`it("${title}"`), `${file} has no such test`);
    });
  }
});
