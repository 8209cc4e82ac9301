import * as fs from 'fs';
import * as path from 'path';
import { getDocumentSymbols, OutlineSymbol } from '../../server/src/service/features/documentSymbols';
import { parseDraft } from '../../server/src/service/model/parser';
import type { DraftDocument, Span } from '../../server/src/service';
import { readSeed, repoRoot, SEEDS, SeedName } from '../support/seeds';
import { matchSnapshot } from '../support/snapshot';

/** Real layouts whose outline is worth keeping whole: sections, deep sub-paragraphs, an annex, other styles. */
const REAL_LAYOUTS = [
  's01-section-letter.txt',
  's02-fourth-degree.txt',
  's19-annex-restart.txt',
  's20a-style-communique.txt',
  's26a-french-preamble.txt',
];

function where(doc: DraftDocument, span: Span): string {
  const { start, end } = doc.lines.rangeOf(span);
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

/** One line per symbol: its range, kind, name and detail, indented by depth. */
function render(doc: DraftDocument, symbols: readonly OutlineSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${where(doc, s.span).padEnd(16)} ${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? `  — ${s.detail}` : ''}`,
    ...render(doc, s.children, depth + 1),
  ]);
}

const outlineOf = (text: string): string => {
  const doc = parseDraft(text);
  return `${render(doc, getDocumentSymbols(doc)).join('\n')}\n`;
};

describe('outline snapshots (test/snapshots/outline; UPDATE_SNAPSHOTS=1 rewrites them)', () => {
  for (const seed of Object.keys(SEEDS) as SeedName[]) {
    it(`the outline of ${SEEDS[seed]}`, () => {
      matchSnapshot(`outline/${SEEDS[seed]}.txt`, outlineOf(readSeed(seed)));
    });
  }
  for (const name of REAL_LAYOUTS) {
    it(`the outline of real layout ${name}`, () => {
      const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'real-layouts', name), 'utf8');
      matchSnapshot(`outline/real-layouts/${name}`, outlineOf(text));
    });
  }
});
