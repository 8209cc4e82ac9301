import * as assert from 'assert';
import { DraftDiagnostic, DraftDocument, parseDraft } from '../../server/src/service';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';

/**
 * Footnote markers of adopted texts as drafters receive them (wordings of the UN development set):
 * digits a PDF copy glues to years and symbols, numbers that only look glued, and one finding where
 * a marker is missed, not one on every marker after it.
 */
const markers = (doc: DraftDocument): number[] => doc.paragraphs.flatMap((p) => p.footnoteMarkers.map((m) => m.number));
const alarms = (doc: DraftDocument): string[] =>
  getDiagnostics(doc)
    .filter((d: DraftDiagnostic) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${doc.lines.positionAt(d.span.start).line + 1}: ${d.code}`);
const resolution = (...body: string[]): string => ['The General Assembly,', ...body].join('\n\n') + '\n';

describe('real texts: footnote markers', () => {
  it('a date after a comma that lost its space is no marker: "(S/PRST/2015/10),17 August 2015"', () => {
    const doc = parseDraft(
      resolution(
        'Recalling its presidential statements of 24 April 2015 (S/PRST/2015/10),17 August 2015 (S/PRST/2015/15),',
        '1. *Decides* to remain seized of the matter.',
      ),
    );
    assert.deepStrictEqual(markers(doc), []);
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('a chapter\'s numeral or a body\'s capitals before a number: "paragraph III.35", "MSC.448(99)"', () => {
    const doc = parseDraft(
      resolution(
        'Noting the report of the Advisory Committee,¹',
        '1. *Recalls* paragraphs II.2 and III.35 of the report of the Advisory Committee;',
        '2. *Invites* States to apply resolution MSC.448(99) of the Maritime Safety Committee.',
        '¹ A/74/7.',
        '² A/74/8.',
      ),
    );
    assert.deepStrictEqual(markers(doc), [1]);
  });

  it('"reports,1) progress": an inline list item after a comma is no marker', () => {
    const doc = parseDraft(
      resolution('1. *Requests* the Secretary-General to assess in his reports,1) progress and 2) gaps.'),
    );
    assert.deepStrictEqual(markers(doc), []);
  });

  it('print: digits glued to a year or to a symbol are the footnote the sequence expects', () => {
    const doc = parseDraft(
      resolution(
        'Recalling the Geneva Conventions of 12 August 19491 and the Additional Protocols thereto,',
        'Recalling Human Rights Council resolutions 27/13 of 25 September 2014,230/4 of 1 October 2015 and 33/13,',
        'Recalling the declarations adopted in 2006,3 20114 and 2016,',
        '1. *Decides* to act.',
        '__________________\n1 A/1.\n2 A/2.\n3 A/3.\n4 A/4.',
      ),
    );
    assert.deepStrictEqual(markers(doc), [1, 2, 3, 4]);
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('a number glued to a year is kept whole where no footnote of that number has a text', () => {
    const doc = parseDraft(resolution('Recalling the Convention of 19492,', '1. *Decides* to act.', '¹ A/1.'));
    assert.deepStrictEqual(markers(doc), []);
  });

  it('a table row is not a footnote: "3  Political affairs  773 224 100"', () => {
    const doc = parseDraft(
      resolution(
        '1. *Approves* the appropriations as follows:',
        'Part II. Political affairs\n3  Political affairs  773 224 100\n4  Disarmament  13 245 000',
      ),
    );
    assert.deepStrictEqual(
      doc.footnotes.map((f) => f.footnoteNumber),
      [],
    );
  });

  it('a missed marker is one unreferenced footnote, not an order finding on each marker after it', () => {
    const doc = parseDraft(
      resolution(
        'Noting the report,¹ the study and the plan,³',
        '1. *Decides* to act on the report.⁴',
        '¹ A/1.',
        '² A/2.',
        '³ A/3.',
        '⁴ A/4.',
      ),
    );
    assert.deepStrictEqual(alarms(doc), ['9: footnote-unreferenced']);
  });

  it('part B goes on from the footnotes of part A: numbering from 2 is in order', () => {
    const doc = parseDraft(
      resolution('Having considered the report² and the related report,³', '1. *Decides* to act.', '² A/2.', '³ A/3.'),
    );
    assert.deepStrictEqual(alarms(doc), []);
  });

  it('a footnote referred to after a higher one is out of order', () => {
    const doc = parseDraft(
      resolution('Noting the report,¹ the plan³ and the study,²', '1. *Decides* to act.', '¹ A/1.', '² A/2.', '³ A/3.'),
    );
    assert.deepStrictEqual(alarms(doc), ['3: footnote-order']);
  });
});
