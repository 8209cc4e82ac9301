import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits, renumberEdits } from '../../server/src/service/features/renumber';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { getFoldingRanges } from '../../server/src/service/features/folding';
import { OutlineSymbol } from '../../server/src/service';
import { parseDraft } from '../../server/src/service/model/parser';
import { mutatedSeed, randomDraft } from '../support/generators';
import { contains } from './outline.test';

function checkDocument(text: string): void {
  const doc = parseDraft(text);
  for (const p of doc.paragraphs) {
    assert.ok(
      p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end,
      'paragraph span inside the text',
    );
  }
  const lastLine = doc.lines.lineCount - 1;
  const inside = (s: OutlineSymbol, parent?: OutlineSymbol): void => {
    assert.ok(contains({ start: 0, end: text.length }, s.span), 'range inside the document');
    assert.ok(contains(s.span, s.selectionSpan), 'selection inside range');
    if (parent) assert.ok(contains(parent.span, s.span), `${s.name} inside ${parent.name}`);
    s.children.forEach((c) => inside(c, s));
  };
  getDocumentSymbols(doc).forEach((s) => inside(s));
  for (const r of getFoldingRanges(doc)) assert.ok(r.startLine < r.endLine && r.endLine <= lastLine);
}

describe('parser properties', () => {
  it('never throws on random text; ranges lie inside the document and symbols nest', () => {
    fc.assert(fc.property(randomDraft, checkDocument), { numRuns: 400 });
  });

  it('never throws on mutated seeds; ranges lie inside the document and symbols nest', () => {
    fc.assert(fc.property(mutatedSeed, checkDocument), { numRuns: 200 });
  });

  it('renumbering mutated seeds changes only numbers and labels, and a second renumber nothing (property)', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const doc = parseDraft(text);
        getDiagnostics(doc); // the checks never throw either
        const once = applyEdits(doc, renumberEdits(doc));
        const strip = (t: string): string =>
          t
            .replace(/\d+/g, '#')
            .replace(/\(([a-z]{1,2}|[ivxlc]{1,6})\)/g, '(x)')
            .replace(/^([ \t]*)([a-z]{1,2}|[ivxlc]{1,6})([.)])/gm, '$1x$3');
        assert.strictEqual(strip(once), strip(text));
        assert.deepStrictEqual(renumberEdits(parseDraft(once)), []);
      }),
      { numRuns: 150 },
    );
  });

  it('copes with 200 000 lines that all read as the title block (the fuzz test\'s "(a) \\r\\n\\f")', () => {
    checkDocument('(a) \r\n\f'.repeat(200_000));
  });

  it('copes with a 100 000-character line and 10 000 numbered paragraphs', () => {
    checkDocument(`The General Assembly,\n\nRecalling ${'the resolution 61/49 (a) and '.repeat(4000)},`);
    checkDocument(
      `The General Assembly,\n\n${Array.from({ length: 10000 }, (_, i) => `${i + 1}. *Decides* to act;`).join('\n\n')}`,
    );
  });
});
