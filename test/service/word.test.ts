import * as assert from 'assert';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  InsertedTextRun,
  DeletedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  ParagraphChild,
  TextRun,
} from 'docx';
import { Inline, toWord, WordLayout, wordLayout } from '../../server/src/service/features/wordExport';
import { parseDraft } from '../../server/src/service/model/parser';
import { paragraphText } from '../../server/src/service/model/document';
import { trackedLayout } from '../../server/src/service/features/wordChanges';
import { readWord } from '../../server/src/workspace/word/readWord';
import { readSeed, SEEDS, SeedName } from '../support/seeds';
import { revise } from './compare.test';

/** A draft's paragraphs as a reader compares them: kind, number and words, emphasis markers and spacing aside. */
function reading(text: string): string[] {
  const doc = parseDraft(text);
  return doc.paragraphs.map(
    (p) => `${p.kind} ${paragraphText(doc, p).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()}`,
  );
}

describe('Word export', () => {
  it('lays out the resolution seed as the UN does: masthead, hanging numbers, sub-paragraphs, footnotes', () => {
    const layout = wordLayout(parseDraft(readSeed('resolution')));
    const [masthead] = layout.blocks;
    assert.deepStrictEqual(masthead.inlines, [
      { type: 'text', text: 'General Assembly\tA/RES/63/114', italic: false, bold: true },
    ]);
    const title = layout.blocks.find((b) => b.role === 'title')!;
    assert.strictEqual(title.label, '63/114.');
    assert.deepStrictEqual(
      layout.blocks.filter((b) => b.role === 'operative').map((b) => b.label),
      Array.from({ length: 16 }, (_, i) => `${i + 1}.`),
    );
    const formula = layout.blocks.find((b) => b.role === 'enactingFormula')!;
    assert.deepStrictEqual(formula.inlines, [
      { type: 'text', text: 'The General Assembly', italic: true, bold: undefined },
      { type: 'text', text: ',', italic: false, bold: undefined },
    ]);
    const preambular = layout.blocks.find((b) => b.role === 'preambular')!;
    assert.deepStrictEqual(preambular.inlines[0], { type: 'text', text: 'Recalling', italic: true, bold: undefined });
    assert.strictEqual([...layout.footnotes.keys()].join(), '1,2,3');
    assert.ok(layout.blocks.some((b) => b.inlines.some((i) => i.type === 'note' && i.number === 2)));
    assert.ok(
      !layout.blocks.some((b) => b.inlines.some((i) => i.type === 'text' && /[¹²³]/.test(i.text))),
      'markers become references',
    );
  });

  for (const seed of Object.keys(SEEDS) as SeedName[]) {
    it(`reads back what it writes: ${SEEDS[seed]}`, async () => {
      const text = readSeed(seed);
      const imported = await readWord(await toWord(parseDraft(text)));
      const masthead = wordLayout(parseDraft(text)).blocks[0].role === 'masthead' ? 1 : 0;
      // The reader puts a footnote's text after the paragraph that first refers to it; the seeds put some further on.
      const body = (read: string[]): string[] => read.filter((p) => !p.startsWith('footnote'));
      const notes = (read: string[]): string[] => read.filter((p) => p.startsWith('footnote')).sort();
      assert.deepStrictEqual(body(reading(imported).slice(masthead)), body(reading(text)));
      assert.deepStrictEqual(notes(reading(imported)), notes(reading(text)));
    });
  }
});

const numbering = {
  config: [
    {
      reference: 'operative',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};
const change = (id: number) => ({ id, author: 'Delegation', date: '2026-12-01T00:00:00Z' });
const listed = (level: number, children: ParagraphChild[]): Paragraph =>
  new Paragraph({ numbering: { reference: 'operative', level }, children });

/** A Word file with Word's list numbering on three levels, italics, a footnote and tracked changes. */
export async function wordFile(): Promise<Uint8Array> {
  const document = new Document({
    numbering,
    footnotes: { 1: { children: [new Paragraph('See A/63/228.')] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('The General Assembly,')] }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Recalling ', italics: true }),
              new TextRun('its resolution 61/49,'),
              new FootnoteReferenceRun(1),
            ],
          }),
          listed(0, [new TextRun({ text: 'Welcomes', italics: true }), new TextRun(' the report;')]),
          listed(0, [
            new TextRun({ text: 'Requests', italics: true }),
            new TextRun(' the Secretary-General '),
            new DeletedTextRun({ text: 'to consider', ...change(1) }),
            new InsertedTextRun({ text: 'to submit', ...change(2) }),
            new TextRun(':'),
          ]),
          listed(1, [new TextRun('a report;')]),
          listed(2, [new TextRun('in time;')]),
          listed(2, [new InsertedTextRun({ text: 'in full;', ...change(3) })]),
          listed(1, [
            new TextRun('a plan'),
            new DeletedTextRun({ text: ' of action', ...change(4) }),
            new TextRun('.'),
          ]),
          listed(0, [new TextRun('Decides to remain seized of the matter.')]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** What the reader makes of wordFile(), its changes accepted. */
export const WORD_FILE_TEXT =
  [
    'The General Assembly,',
    '*Recalling* its resolution 61/49,¹',
    '¹ See A/63/228.',
    '1. *Welcomes* the report;',
    '2. *Requests* the Secretary-General to submit:',
    '(a) a report;',
    '(i) in time;',
    '(ii) in full;',
    '(b) a plan.',
    '3. Decides to remain seized of the matter.',
  ].join('\n\n') + '\n';

describe('Word import', () => {
  it('writes out numbers, italics and footnotes, and accepts tracked changes', async () => {
    assert.strictEqual(await readWord(await wordFile()), WORD_FILE_TEXT);
  });

  it('keeps tracked changes in negotiation brackets when asked', async () => {
    const text = await readWord(await wordFile(), { changes: 'brackets' });
    assert.match(text, /^2\. \*Requests\* the Secretary-General \[to consider\] \[to submit\]:$/m);
    assert.match(text, /^\(ii\) \[in full;\]$/m);
    assert.match(text, /^\(b\) a plan \[of action\]\.$/m);
  });

  it('says what is wrong with a file that is not a Word file', async () => {
    await assert.rejects(readWord(new TextEncoder().encode('not a zip')), /not a Word file/);
  });
});

describe('Word export with tracked changes', () => {
  /** What a block reads as once every change is accepted ('deleted' left out) or rejected ('inserted' left out). */
  const reads = (layout: WordLayout, without: 'inserted' | 'deleted'): string[] =>
    layout.blocks
      .filter((b) => b.change !== without)
      .map(
        (b) =>
          `${b.label === undefined ? '' : `${b.label}\t`}${b.inlines
            .filter((i) => i.change !== without)
            .map(inlineText)
            .join('')}`,
      );
  const inlineText = (i: Inline): string => (i.type === 'text' ? i.text : i.type === 'note' ? `[${i.number}]` : '\n');

  for (const seed of Object.keys(SEEDS) as SeedName[]) {
    it(`reads as DRAFT accepted and as BASE rejected, a reworded word tracked alone: ${SEEDS[seed]}`, () => {
      const revision = revise(readSeed(seed));
      const base = parseDraft(readSeed(seed));
      const draft = parseDraft(revision.text);
      const tracked = trackedLayout(base, draft);
      assert.deepStrictEqual(reads(tracked, 'deleted'), reads(wordLayout(draft), 'deleted'));
      assert.deepStrictEqual(reads(tracked, 'inserted'), reads(wordLayout(base), 'inserted'));
      const changed = tracked.blocks
        .flatMap((b) => b.inlines)
        .filter((i) => i.change && i.type === 'text' && i.text.trim());
      assert.ok(
        changed.some((i) => i.type === 'text' && i.change === 'inserted' && i.text === revision.reworded.to),
        'the new word inserted',
      );
      assert.ok(
        changed.some((i) => i.type === 'text' && i.change === 'deleted' && i.text === revision.reworded.from),
        'the old word deleted',
      );
      assert.ok(
        tracked.blocks.some((b) => b.change === 'inserted') && tracked.blocks.some((b) => b.change === 'deleted'),
        'whole paragraphs too',
      );
    });
  }

  it('has no change where the drafts are the same', () => {
    const doc = parseDraft(readSeed('resolution'));
    const tracked = trackedLayout(doc, parseDraft(readSeed('resolution')));
    assert.ok(tracked.blocks.every((b) => !b.change && b.inlines.every((i) => !i.change)));
    assert.strictEqual(tracked.blocks.length, wordLayout(doc).blocks.length);
  });
});
