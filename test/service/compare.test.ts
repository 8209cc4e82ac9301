import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { amendmentsText } from '../../server/src/service/features/amendments';
import { applyEdits, renumberEdits } from '../../server/src/service/features/renumber';
import { parseDraft } from '../../server/src/service/model/parser';
import type { DraftDocument, Paragraph } from '../../server/src/service';
import { compareDrafts } from '../../server/src/service/features/compare';
import { comparisonText } from '../../server/src/service/features/compareReport';
import type { ComparedParagraph, ComparedPart } from '../../server/src/service/features/compare';
import { ordinalValue, ordinalWord } from '../../server/src/service/model/ordinals';
import { readSeed, repoRoot, SEEDS, SeedName } from '../support/seeds';

const NEW_PARAGRAPH = 'Affirms the importance of regional fisheries cooperation in coastal waters;';

interface Revision {
  readonly text: string;
  readonly part: ComparedPart;
  readonly reworded: { index: number; from: string; to: string };
  readonly insertedAfter: number;
  readonly moved: number;
  readonly deleted: number;
}

function partOf(doc: DraftDocument): { part: ComparedPart; paragraphs: readonly Paragraph[] } {
  if (doc.operative.length >= 7) return { part: 'operative', paragraphs: doc.operative };
  return { part: 'text', paragraphs: doc.paragraphs.filter((p) => p.kind === 'narrative' || p.kind === 'heading') };
}

/**
 * A revision of a seed that rewords a word of its second paragraph, inserts one after the third,
 * moves the fifth down near the end and deletes the last but one, then renumbers as a drafter would.
 */
export function revise(text: string): Revision {
  const doc = parseDraft(text);
  const { part, paragraphs } = partOf(doc);
  const k = paragraphs.length;
  const at = (i: number): Paragraph => paragraphs[i];
  const numbered = part === 'operative' && at(0).number !== undefined;
  const edits: { start: number; end: number; text: string }[] = [];
  // A heading reworded may read as running text: the reworded paragraph is the first after the first that is not one.
  const r = paragraphs.findIndex((p, i) => i > 0 && p.kind !== 'heading');
  const from = at(r).number ? at(r).number!.span.end : at(r).span.start;
  const word = /\b[a-z]{6,}\b/.exec(text.slice(from, at(r).pieces[0].end))![0];
  const wordAt = text.indexOf(word, from);
  edits.push({ start: wordAt, end: wordAt + word.length, text: 'notably' });
  edits.push({
    start: at(r + 1).span.end,
    end: at(r + 1).span.end,
    text: `\n\n${numbered ? '99. ' : ''}${NEW_PARAGRAPH}`,
  });
  // Moving and deleting take the paragraph with the blank lines after it.
  const withGap = (p: Paragraph): { start: number; end: number } => ({
    start: p.span.start,
    end: paragraphs[paragraphs.indexOf(p) + 1].span.start,
  });
  edits.push({ ...withGap(at(r + 3)), text: '' });
  edits.push({
    start: at(k - 4).span.end,
    end: at(k - 4).span.end,
    text: `\n\n${text.slice(at(r + 3).span.start, at(r + 3).span.end)}`,
  });
  edits.push({ ...withGap(at(k - 2)), text: '' });
  let revised = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    revised = revised.slice(0, e.start) + e.text + revised.slice(e.end);
  const renumbered = parseDraft(revised);
  return {
    text: applyEdits(renumbered, renumberEdits(renumbered)),
    part,
    reworded: { index: r, from: word, to: 'notably' },
    insertedAfter: r + 1,
    moved: r + 3,
    deleted: k - 2,
  };
}

function textOf(doc: DraftDocument, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}

describe('compare: paragraph by paragraph', () => {
  for (const seed of Object.keys(SEEDS) as SeedName[]) {
    it(`reports exactly the renumbering, move, insertion, deletion and rewording of ${seed}`, () => {
      const baseText = readSeed(seed);
      const revision = revise(baseText);
      const base = parseDraft(baseText);
      const draft = parseDraft(revision.text);
      const comparison = compareDrafts(base, draft);
      assert.ok(!comparison.identical);
      for (const part of comparison.parts) {
        if (part.part === revision.part) continue;
        assert.deepStrictEqual(
          part.paragraphs.map((p) => p.kind).filter((k) => k !== 'unchanged'),
          [],
          `${part.part} is unchanged`,
        );
      }
      const compared = comparison.parts.find((p) => p.part === revision.part)!.paragraphs;
      const ofKind = (kind: ComparedParagraph['kind']): ComparedParagraph[] => compared.filter((p) => p.kind === kind);

      const [changed, ...otherChanged] = ofKind('changed');
      assert.deepStrictEqual(otherChanged, []);
      assert.strictEqual(changed.base!.index, revision.reworded.index);
      assert.deepStrictEqual(
        changed.edits.map((e) => [textOf(base, e.base), textOf(draft, e.draft)]),
        [[revision.reworded.from, revision.reworded.to]],
      );

      const [inserted, ...otherInserted] = ofKind('inserted');
      assert.deepStrictEqual(otherInserted, []);
      assert.strictEqual(textOf(draft, inserted.draft!.words[0]), NEW_PARAGRAPH);
      assert.strictEqual(inserted.draft!.index, revision.insertedAfter + 1);
      assert.strictEqual(compared[compared.indexOf(inserted) - 1].base!.index, revision.insertedAfter);

      const [moved, ...otherMoved] = ofKind('moved');
      assert.deepStrictEqual(otherMoved, []);
      assert.strictEqual(moved.base!.index, revision.moved);
      assert.strictEqual(moved.reworded, false);

      const [deleted, ...otherDeleted] = ofKind('deleted');
      assert.deepStrictEqual(otherDeleted, []);
      assert.strictEqual(deleted.base!.index, revision.deleted);

      const rest = compared.filter((p) => p.kind === 'unchanged' || p.kind === 'renumbered');
      assert.strictEqual(rest.length + 4, compared.length);
      for (const p of rest) assert.strictEqual(p.kind === 'renumbered', p.base!.label !== p.draft!.label);
      if (revision.part === 'operative') {
        assert.ok(ofKind('renumbered').length > 0);
        // Renumbered paragraphs read "old n → new m", and the new numbers are the draft's.
        for (const p of ofKind('renumbered')) assert.strictEqual(p.draft!.label, String(p.draft!.index + 1));
      } else {
        assert.deepStrictEqual(ofKind('renumbered'), []);
      }
    });
  }

  it('shows a paragraph moved between preamble and operative part as moved, in both directions', () => {
    const baseText = readSeed('resolution');
    const base = parseDraft(baseText);
    const welcoming = base.preambular[2];
    const third = base.operative[2];
    const draft = parseDraft(movedAcrossParts(baseText));
    const comparison = compareDrafts(base, draft);
    const part = (name: ComparedPart): readonly ComparedParagraph[] =>
      comparison.parts.find((p) => p.part === name)!.paragraphs;
    const changes = (name: ComparedPart): string[] =>
      part(name)
        .map((p) => p.kind)
        .filter((k) => k !== 'unchanged' && k !== 'renumbered');
    assert.deepStrictEqual(changes('preamble'), ['moved']);
    assert.deepStrictEqual(changes('operative'), ['moved']);
    const toOperative = part('operative').find((p) => p.kind === 'moved')!;
    assert.strictEqual(toOperative.base!.paragraph, welcoming);
    assert.strictEqual(toOperative.draft!.label, '4');
    assert.deepStrictEqual(
      toOperative.edits.map((e) => [textOf(base, e.base), textOf(draft, e.draft)]),
      [
        ['Welcoming', '*Welcomes*'],
        [',', ';'],
      ],
    );
    const toPreamble = part('preamble').find((p) => p.kind === 'moved')!;
    assert.strictEqual(toPreamble.base!.paragraph, third);
    const report = comparisonText(base, draft, comparison);
    assert.match(report, /preambular paragraph 3 → operative paragraph 4, moved and changed/);
    assert.match(
      report,
      new RegExp(`operative paragraph 3 → preambular paragraph ${toPreamble.draft!.index + 1}, moved`),
    );
    const amendments = amendmentsText(base, draft, comparison);
    assert.match(amendments, /move the third preambular paragraph to follow operative paragraph 4/i);
    assert.match(amendments, /move operative paragraph 3 to follow the \w+ preambular paragraph/i);
  });

  it('aligns sub-paragraphs within their paragraph: an inserted (b) re-letters (b) as (c)', () => {
    const base = parseDraft(
      'The General Assembly,\n\n1. *Decides*:\n\n(a) To act on fisheries;\n\n(b) To report on forests.\n',
    );
    const draft = parseDraft(
      'The General Assembly,\n\n1. *Decides*:\n\n(a) To act on fisheries;\n\n(b) To study oceans;\n\n(c) To report on forests.\n',
    );
    const [paragraph] = compareDrafts(base, draft).parts.find((p) => p.part === 'operative')!.paragraphs;
    assert.strictEqual(paragraph.kind, 'changed');
    assert.deepStrictEqual(paragraph.edits, []);
    assert.deepStrictEqual(
      paragraph.subparagraphs.map((s) => [s.kind, s.base?.label, s.draft?.label]),
      [
        ['unchanged', 'a', 'a'],
        ['inserted', undefined, 'b'],
        ['renumbered', 'b', 'c'],
      ],
    );
  });

  it('gives up the word diff of a huge, wholly rewritten paragraph and replaces it whole, quickly', () => {
    const words = (seed: number): string => Array.from({ length: 30000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const base = parseDraft(`The General Assembly,\n\n1. *Decides* ${words(7)};\n`);
    const draft = parseDraft(`The General Assembly,\n\n1. *Decides* ${words(13)};\n`);
    const started = Date.now();
    const [paragraph] = compareDrafts(base, draft).parts.find((p) => p.part === 'operative')!.paragraphs;
    const elapsed = Date.now() - started;
    assert.strictEqual(paragraph.wholesale, true);
    assert.strictEqual(paragraph.edits.length, 1);
    assert.ok(elapsed < 3000, `${elapsed} ms`);
  });
});

describe('compare: two adopted texts of the same item in consecutive sessions', () => {
  const fixture = (name: string): DraftDocument =>
    parseDraft(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'compare', name), 'utf8'));
  const base = fixture('A_RES_78_193.resolution');
  const draft = fixture('A_RES_79_164.resolution');
  const comparison = compareDrafts(base, draft);
  const changesIn = (part: ComparedPart): [string | undefined, string[][]][] =>
    comparison.parts
      .find((p) => p.part === part)!
      .paragraphs.filter((p) => p.kind !== 'unchanged')
      .map((p) => [
        `${p.kind} ${p.base?.label ?? p.base?.index}`,
        p.edits.map((e) => [textOf(base, e.base), textOf(draft, e.draft)]),
      ]);

  it("pairs every paragraph with last year's: nothing inserted, deleted or moved", () => {
    for (const part of comparison.parts) {
      assert.deepStrictEqual(
        part.paragraphs.filter((p) => ['inserted', 'deleted', 'moved'].includes(p.kind)),
        [],
        part.part,
      );
    }
  });

  it("finds the new session, the newly recalled resolution and the next report's session, word by word", () => {
    assert.deepStrictEqual(changesIn('preamble'), [
      [
        'changed 5',
        [
          ['77', '78'],
          ['207', '193'],
          ['15', '19'],
          ['2022', '2023'],
        ],
      ],
      ['changed 7', [['self-determination', 'self- determination']]],
    ]);
    assert.deepStrictEqual(changesIn('operative'), [['changed 6', [['seventy-ninth', 'eightieth']]]]);
    assert.deepStrictEqual(changesIn('footnotes'), [
      [
        'changed 3',
        [
          ['78', '79'],
          ['261', '315'],
        ],
      ],
    ]);
  });

  it("writes them as amendments numbered by the base's paragraphs", () => {
    assert.strictEqual(
      amendmentsText(base, draft, comparison),
      [
        '1. In the sixth preambular paragraph, replace "77/207 of 15 December 2022" by "78/193 of 19 December 2023".',
        '2. In the eighth preambular paragraph, replace "self-determination" by "self- determination".',
        '3. In operative paragraph 6, replace "seventy-ninth" by "eightieth".',
        '(Not written as amendments: changes in the title block, footnotes, closing line.)',
      ].join('\n\n') + '\n',
    );
  });
});

describe('compare: amendments in UN style', () => {
  it('replaces words, and inserts and deletes preambular paragraphs named by their ordinals', () => {
    const baseText = readSeed('resolution');
    const base = parseDraft(baseText);
    const third = base.preambular[2];
    const seventh = base.preambular[6];
    const thirteen = base.operative[12];
    const inserted = 'Noting with concern the effects of climate change on the member States of both organizations,';
    let text =
      baseText.slice(0, thirteen.number!.span.end) +
      baseText.slice(thirteen.number!.span.end).replace('Urges', 'Calls upon');
    text = text.slice(0, seventh.span.start) + text.slice(base.preambular[7].span.start);
    text = `${text.slice(0, third.span.end)}\n\n${inserted}${text.slice(third.span.end)}`;
    const draft = parseDraft(text);
    assert.strictEqual(
      amendmentsText(base, draft, compareDrafts(base, draft)),
      [
        `1. After the third preambular paragraph, insert the following paragraph:\n    "${inserted}"`,
        '2. Delete the seventh preambular paragraph.',
        '3. In operative paragraph 13, replace "Urges" by "Calls upon".',
      ].join('\n\n') + '\n',
    );
  });

  it('amends sub-paragraphs within their paragraph and reletters them', () => {
    const base = parseDraft(
      'The General Assembly,\n\n1. *Decides*:\n\n(a) To act on fisheries;\n\n(b) To report on forests;\n\n2. *Requests* a report.\n',
    );
    const draft = parseDraft(
      'The General Assembly,\n\n1. *Decides*:\n\n(a) To act on fisheries and oceans;\n\n(b) To study oceans;\n\n(c) To report on forests;\n\n2. *Requests* a report.\n',
    );
    assert.strictEqual(
      amendmentsText(base, draft, compareDrafts(base, draft)),
      [
        '1. In operative paragraph 1 (a), after "fisheries" insert "and oceans".',
        '2. In operative paragraph 1, after subparagraph (a), insert the following subparagraph:\n    "To study oceans;"',
        '3. In operative paragraph 1, reletter the subparagraphs accordingly.',
      ].join('\n\n') + '\n',
    );
  });

  it('writes ordinals as the UN does', () => {
    assert.deepStrictEqual([1, 2, 3, 11, 20, 21, 42, 65, 100, 101].map(ordinalWord), [
      'first',
      'second',
      'third',
      'eleventh',
      'twentieth',
      'twenty-first',
      'forty-second',
      'sixty-fifth',
      'one hundredth',
      'one hundred and first',
    ]);
    assert.strictEqual(ordinalValue('Sixty-Fifth'), 65);
  });
});

/**
 * The resolution seed with its third preambular paragraph made an operative one after the fourth, and its third
 * operative paragraph a preambular one at the end of the preamble, each reworded as a drafter would; renumbered.
 */
export function movedAcrossParts(baseText: string): string {
  const base = parseDraft(baseText);
  const [welcoming, next] = base.preambular.slice(2, 4);
  const [third, fourth] = base.operative.slice(2, 4);
  const words = (p: Paragraph, from = p.span.start): string => baseText.slice(from, p.span.end).trim();
  const welcomes = words(welcoming)
    .replace(/^Welcoming/, '*Welcomes*')
    .replace(/,$/, ';');
  const noting = words(third, third.number!.span.end)
    .replace('*Notes with satisfaction*', 'Noting with satisfaction')
    .replace(/;$/, ',');
  const last = base.preambular.at(-1)!.span.end;
  const edits = [
    { start: welcoming.span.start, end: next.span.start, text: '' },
    { start: last, end: last, text: `\n\n${noting}` },
    { start: third.span.start, end: fourth.span.start, text: '' },
    { start: fourth.span.end, end: fourth.span.end, text: `\n\n99. ${welcomes}` },
  ];
  let revised = baseText;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    revised = revised.slice(0, e.start) + e.text + revised.slice(e.end);
  const renumbered = parseDraft(revised);
  return applyEdits(renumbered, renumberEdits(renumbered));
}
