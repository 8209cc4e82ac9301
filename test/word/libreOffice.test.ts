import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Inline, toWord, wordLayout } from '../../server/src/service/features/wordExport';
import { parseDraft } from '../../server/src/service/model/parser';
import { toWordWithChanges } from '../../server/src/service/features/wordChanges';
import { readWord } from '../../server/src/workspace/word/readWord';
import { movedAcrossParts, revise } from '../service/compare.test';
import { WORD_FILE_TEXT, wordFile } from '../service/word.test';
import { readSeed, SEEDS, SeedName } from '../support/seeds';
import { convert, pdfText, readTrackedChanges, renderFirstPage, requireLibreOffice, workFolder } from './libreOffice';

const seeds = Object.keys(SEEDS) as SeedName[];

/**
 * Text without white space or hyphens: how words compare across a PDF's line breaks and justified lines
 * (pdftotext joins "self-" at a line's end and "determination" on the next as "selfdetermination").
 */
const squeeze = (text: string): string => text.replace(/[\s\u00ad\u2010\u2011-]+/g, '');
const inlineText = (inline: Inline): string => (inline.type === 'text' ? inline.text : '');

describe('Word files in LibreOffice', function () {
  this.timeout(180_000);
  before(requireLibreOffice);

  it('converts each exported seed to PDF, which holds every paragraph', async () => {
    const folder = workFolder('word-pdf');
    const files = await Promise.all(
      seeds.map(async (seed) => {
        const file = path.join(folder, `${seed}.docx`);
        fs.writeFileSync(file, await toWord(parseDraft(readSeed(seed))));
        return file;
      }),
    );
    const pdfs = convert(files, 'pdf', folder);
    seeds.forEach((seed, i) => {
      const layout = wordLayout(parseDraft(readSeed(seed)));
      // Footnotes sit at the foot of the page, between the two halves of a paragraph that runs on: their texts are
      // taken out, and their numbers, which pdftotext writes on lines of their own.
      let text = squeeze(
        pdfText(pdfs[i])
          .split('\n')
          .filter((line) => !/^\s*\d+\s*$/.test(line))
          .join('\n'),
      );
      for (const [number, note] of layout.footnotes) {
        const noteText = squeeze(note.map(inlineText).join(''));
        assert.ok(text.includes(noteText), `${seed}: footnote ${number} in the PDF`);
        text = text.replace(noteText, '');
      }
      for (const block of layout.blocks) {
        // A footnote reference is a number in the PDF: the paragraph is matched up to it and after it.
        const inlines = block.inlines.map((i) => (i.type === 'note' ? '\n' : inlineText(i))).join('');
        const words = `${block.label ?? ''}${inlines}`;
        for (const part of words.split('\n').map(squeeze).filter(Boolean))
          assert.ok(text.includes(part), `${seed}: "${part.slice(0, 80)}…" in the PDF`);
      }
    });
    renderFirstPage(pdfs[seeds.indexOf('resolution')], path.join(folder, 'page.png'), 50);
    assert.ok(fs.statSync(path.join(folder, 'page.png')).size > 10_000, 'page 1 renders');
  });

  it("tracks every change: accepting all gives DRAFT's text in LibreOffice, rejecting all BASE's", async () => {
    const folder = workFolder('word-tracked');
    const revision = { author: 'Delegation of Senegal', date: '2026-12-01T22:00:00Z' };
    const files: string[] = [];
    // Each seed revised (the resolution's first footnote reworded too: footnote texts are tracked as the
    // paragraphs are), and the resolution with paragraphs moved between its preamble and operative part.
    const cases = [
      ...seeds.map((seed) => ({
        seed,
        base: readSeed(seed),
        draft: revise(readSeed(seed)).text.replace('annex III.', 'annex IV.'),
      })),
      {
        seed: 'resolution-across-parts',
        base: readSeed('resolution'),
        draft: movedAcrossParts(readSeed('resolution')),
      },
    ];
    for (const { seed, base: baseText, draft: draftText } of cases) {
      const base = parseDraft(baseText);
      const draft = parseDraft(draftText);
      const write = async (name: string, bytes: Promise<Uint8Array>): Promise<void> => {
        files.push(path.join(folder, `${seed}-${name}.docx`));
        fs.writeFileSync(files.at(-1)!, await bytes);
      };
      await write('tracked', toWordWithChanges(base, draft, revision));
      await write('base', toWord(base));
      await write('draft', toWord(draft));
    }
    const readings = readTrackedChanges(files);
    cases.forEach(({ seed }, i) => {
      const [tracked, base, draft] = readings.slice(3 * i, 3 * i + 3);
      assert.deepStrictEqual([base.changes, draft.changes], [[], []], `${seed}: the plain files have no changes`);
      const types = new Set(tracked.changes.map((c) => c.type));
      assert.ok(
        types.has('Insert') && types.has('Delete'),
        `${seed}: insertions and deletions, seen as tracked changes (${[...types]})`,
      );
      assert.ok(
        tracked.changes.every((c) => c.author === revision.author),
        `${seed}: each change by ${revision.author}`,
      );
      assert.strictEqual(tracked.accepted, draft.accepted, `${seed}: accepted, the tracked file reads as DRAFT`);
      assert.strictEqual(tracked.rejected, base.accepted, `${seed}: rejected, the tracked file reads as BASE`);
      assert.deepStrictEqual(tracked.acceptedNotes, draft.acceptedNotes, `${seed}: DRAFT's footnotes`);
      assert.deepStrictEqual(tracked.rejectedNotes, base.acceptedNotes, `${seed}: BASE's footnotes`);
    });
  });

  it('reads the list numbers, italics, footnote and tracked changes of a Word file LibreOffice saved', async () => {
    const folder = workFolder('word-resaved');
    const original = path.join(folder, 'list.docx');
    fs.writeFileSync(original, await wordFile());
    fs.mkdirSync(path.join(folder, 'saved'));
    // LibreOffice writes its own numbering, styles and revision marks: the reader must not depend on docx's.
    const [saved] = convert([original], 'docx:MS Word 2007 XML', path.join(folder, 'saved'));
    assert.strictEqual(await readWord(fs.readFileSync(saved)), WORD_FILE_TEXT);
    const bracketed = await readWord(fs.readFileSync(saved), { changes: 'brackets' });
    assert.match(bracketed, /Secretary-General \[to consider\] \[to submit\]:/);
  });

  it("imports a .docx that LibreOffice made from each seed back to the seed's text", async () => {
    const folder = workFolder('word-roundtrip');
    const texts = seeds.map((seed) => {
      const file = path.join(folder, `${seed}.txt`);
      fs.writeFileSync(file, readSeed(seed));
      return file;
    });
    const docxFiles = convert(texts, 'docx:MS Word 2007 XML', folder, 'Text (encoded):UTF8');
    for (const [i, seed] of seeds.entries()) {
      const imported = await readWord(fs.readFileSync(docxFiles[i]));
      const lines = readSeed(seed)
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      assert.deepStrictEqual(
        imported
          .split('\n\n')
          .map((p) => p.trim())
          .filter(Boolean),
        lines,
        seed,
      );
    }
  });
});
