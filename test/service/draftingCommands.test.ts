import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/service/features/renumber';
import {
  cleanText,
  convertStyleEdits,
  insertOperativeParagraphEdits,
  moveParagraphEdits,
  toggleItalicsEdits,
  endingsStyle,
} from '../../server/src/service/features/draftingCommands';
import { DraftDocument, SpanEdit } from '../../server/src/service';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { parseDraft } from '../../server/src/service/model/parser';
import { mutatedSeed, randomDraft } from '../support/generators';
import { readSeed } from '../support/seeds';

const resolution = readSeed('resolution');
const gaza = readSeed('gaza');

const apply = (text: string, edits: readonly SpanEdit[]): string => applyEdits(parseDraft(text), edits);
const move = (text: string, needle: string, direction: 'up' | 'down'): string | undefined =>
  moved(text, text.indexOf(needle), direction)?.text;
const moved = (
  text: string,
  offset: number,
  direction: 'up' | 'down',
): { text: string; cursor: number } | undefined => {
  const result = moveParagraphEdits(parseDraft(text), offset, direction);
  return result && { text: apply(text, result.edits), cursor: result.cursor };
};
const insert = (text: string, offset: number): { text: string; cursor: number } | undefined => {
  const insertion = insertOperativeParagraphEdits(parseDraft(text), offset);
  return insertion && { text: apply(text, insertion.edits), cursor: insertion.cursor };
};
const punctuationFindings = (text: string, style: 'un' | 'oic'): number =>
  getDiagnostics(parseDraft(text), { style, severities: {} }).filter((d) => d.code === 'punctuation').length;

/** Operative paragraphs as "number opening", in order. */
const openings = (text: string): string[] =>
  [...text.matchAll(/^(\d+)\. \*?([A-Z][a-z]+)/gm)].map((m) => `${m[1]} ${m[2]}`);

const THREE =
  'The General Assembly,\n\n1. *Decides* to meet;\n\n2. *Requests* a report;\n\n3. *Recalls* paragraph 1 above and paragraphs 1 and 2 above.\n';

describe('move paragraph up or down', () => {
  it('swaps operative paragraphs 3 and 4 of resolution 63/114: numbers stay in order, nothing else changes', () => {
    const moved = move(resolution, '3. *Notes', 'down')!;
    assert.deepStrictEqual(openings(moved).slice(0, 5), ['1 Takes', '2 Urges', '3 Affirms', '4 Notes', '5 Requests']);
    assert.strictEqual(moved.length, resolution.length);
    assert.strictEqual(move(moved, '4. *Notes', 'up'), resolution, 'moving it back up gives the adopted text');
  });

  it('makes cross-references follow the paragraphs they name, inside and outside the moved ones', () => {
    assert.strictEqual(
      move(THREE, '1. *Decides', 'down'),
      'The General Assembly,\n\n1. *Requests* a report;\n\n2. *Decides* to meet;\n\n3. *Recalls* paragraph 2 above and paragraphs 2 and 1 above.\n',
    );
  });

  it('keeps the full stop on the last operative paragraph in UN style', () => {
    assert.strictEqual(
      move(THREE, '3. *Recalls', 'up'),
      'The General Assembly,\n\n1. *Decides* to meet;\n\n2. *Recalls* paragraph 1 above and paragraphs 1 and 3 above;\n\n3. *Requests* a report.\n',
    );
  });

  it('moves a paragraph with its sub-paragraphs, and preambular paragraphs among themselves only', () => {
    const draft =
      'The General Assembly,\n\nRecalling A,\n\nNoting B,\n\n1. *Requests*:\n(a) One;\n(b) Two;\n\n2. *Decides* to act.\n';
    assert.strictEqual(
      move(draft, '2. *Decides', 'up'),
      'The General Assembly,\n\nRecalling A,\n\nNoting B,\n\n1. *Decides* to act;\n\n2. *Requests*:\n(a) One;\n(b) Two.\n',
    );
    assert.strictEqual(
      move(draft, 'Noting B', 'up'),
      'The General Assembly,\n\nNoting B,\n\nRecalling A,\n\n1. *Requests*:\n(a) One;\n(b) Two;\n\n2. *Decides* to act.\n',
    );
    assert.strictEqual(
      move(draft, 'Noting B', 'down'),
      undefined,
      'the last preambular paragraph does not cross into the operative part',
    );
    assert.strictEqual(move(draft, '1. *Requests', 'up'), undefined);
    assert.strictEqual(
      move(draft, 'The General', 'down'),
      undefined,
      'the enacting formula is not a paragraph to move',
    );
  });

  it('swaps a numbered paragraph with an un-numbered one: the space after the number stays with it', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 98/1,\n\n1. Decides to act;\n\nRequests a report;\n\n' +
      '2. Decides to remain seized of the matter.\n';
    const down = moveParagraphEdits(parseDraft(text), text.indexOf('Decides'), 'down')!;
    const moved = apply(text, down.edits);
    assert.match(moved, /\n\n1\. Requests a report;\n\nDecides to act;\n\n/);
    const back = moveParagraphEdits(parseDraft(moved), down.cursor, 'up')!;
    assert.strictEqual(apply(moved, back.edits), text);
  });

  it("moves the OIC communiqué's paragraphs without touching their full stops", () => {
    const moved = move(gaza, '2. ', 'down')!;
    const verb = (o: string): string => o.split(' ')[1];
    const [before, after] = [openings(gaza), openings(moved)];
    assert.deepStrictEqual(
      after.map((o) => o.split(' ')[0]),
      before.map((o) => o.split(' ')[0]),
      'the numbers stay in order',
    );
    assert.deepStrictEqual([verb(after[1]), verb(after[2])], [verb(before[2]), verb(before[1])]);
    assert.strictEqual(punctuationFindings(moved, 'oic'), 0);
  });
});

describe('the cursor travels with the moved paragraph; sub-paragraphs move among their siblings', () => {
  it('moves operative paragraph 3 of 63/114 down twice: the second move takes it further, as Move Line does', () => {
    const at = resolution.indexOf('3. *Notes') + '3. *Notes'.length;
    const once = moved(resolution, at, 'down')!;
    assert.strictEqual(once.text.slice(once.cursor - 9, once.cursor), '4. *Notes', 'the cursor is where it was in it');
    const twice = moved(once.text, once.cursor, 'down')!;
    assert.deepStrictEqual(openings(twice.text).slice(2, 6), ['3 Affirms', '4 Requests', '5 Notes', '6 Requests']);
    assert.strictEqual(twice.text.slice(twice.cursor - 9, twice.cursor), '5. *Notes');
    const up = moved(twice.text, twice.cursor, 'up')!;
    assert.strictEqual(moved(up.text, up.cursor, 'up')!.text, resolution, 'two moves up give the adopted text back');
  });

  it('keeps the cursor in the number when it was there, and after earlier references that grow', () => {
    const draft = `The General Assembly,\n\n1. *Recalls* paragraph 9 above;\n\n${Array.from(
      { length: 9 },
      (_, i) => `${i + 2}. *Decides* point ${i + 2};`,
    ).join('\n\n')}\n`;
    const from = draft.indexOf('9. *Decides');
    const result = moved(draft, from + 1, 'down')!;
    assert.match(result.text, /\*Recalls\* paragraph 10 above/);
    assert.strictEqual(result.text.slice(result.cursor - 1, result.cursor + 3), '10. ', 'in the number, as it was');
  });

  it("moves sub-paragraph (a) below (b), labels and each place's end punctuation staying, the cursor with it", () => {
    const draft = 'The General Assembly,\n\n1. *Requests*:\n(a) One thing,\n(b) Two things;\n\n2. *Decides* to act.\n';
    const down = moved(draft, draft.indexOf('One'), 'down')!;
    assert.strictEqual(
      down.text,
      'The General Assembly,\n\n1. *Requests*:\n(a) Two things,\n(b) One thing;\n\n2. *Decides* to act.\n',
    );
    assert.strictEqual(down.text.slice(down.cursor, down.cursor + 3), 'One');
    assert.strictEqual(moved(down.text, down.cursor, 'up')!.text, draft);
    assert.strictEqual(
      moved(draft, draft.indexOf('Two'), 'down'),
      undefined,
      'the last sub-paragraph stays in its list',
    );
    assert.strictEqual(
      move(draft, '1. *Requests', 'down'),
      'The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests*:\n(a) One thing,\n(b) Two things.\n',
      'from the lead-in, the paragraph moves',
    );
  });

  it('moves a second-degree sub-paragraph among its siblings only, with the children of a first-degree one', () => {
    const draft = 'The General Assembly,\n\n1. *Requests*:\n(a) Lead:\n(i) First;\n(ii) Second;\n(b) Other.\n';
    assert.strictEqual(
      move(draft, 'First', 'down'),
      'The General Assembly,\n\n1. *Requests*:\n(a) Lead:\n(i) Second;\n(ii) First;\n(b) Other.\n',
    );
    assert.strictEqual(move(draft, 'Second', 'down'), undefined);
    assert.strictEqual(
      move(draft, 'Other', 'up'),
      'The General Assembly,\n\n1. *Requests*:\n(a) Other;\n(b) Lead:\n(i) First;\n(ii) Second.\n',
    );
  });
});

describe('insert operative paragraph', () => {
  it('adds 4 after paragraph 3 of 63/114, renumbers the rest and puts the cursor after the number', () => {
    const { text, cursor } = insert(resolution, resolution.indexOf('3. *Notes'))!;
    assert.strictEqual(text.slice(cursor - 4, cursor + 1), '\n4. ;');
    assert.deepStrictEqual(
      openings(text).map((o) => Number(o.split(' ')[0])),
      Array.from({ length: 16 }, (_, i) => (i < 3 ? i + 1 : i + 2)),
    );
    assert.match(text, /\n17\. \*Decides\* to include/);
  });

  it('after the last paragraph: the new one is last, and the full stop passes to it', () => {
    const { text, cursor } = insert(THREE, THREE.indexOf('3. '))!;
    assert.strictEqual(
      text,
      'The General Assembly,\n\n1. *Decides* to meet;\n\n2. *Requests* a report;\n\n3. *Recalls* paragraph 1 above and paragraphs 1 and 2 above;\n\n4. .\n',
    );
    assert.strictEqual(text.slice(cursor), '.\n');
  });

  it("from the preamble, adds after the last paragraph; follows the draft's markers, spacing and OIC ends", () => {
    const compact = 'The meeting;\n\nRecalling A;\n\n1) Decides to meet.\n2) Requests a report.\n';
    const { text, cursor } = insert(compact, compact.indexOf('Recalling'))!;
    assert.strictEqual(text, 'The meeting;\n\nRecalling A;\n\n1) Decides to meet.\n2) Requests a report.\n3) .\n');
    assert.strictEqual(text.slice(cursor - 3, cursor), '3) ');
  });

  it('shifts the cursor past earlier references that grow ("paragraph 9 below" becomes 10)', () => {
    const ten = `The General Assembly,\n\n${Array.from({ length: 10 }, (_, i) => `${i + 1}. *Decides* ${i === 0 ? 'as in paragraph 9 below' : `point ${i + 1}`};`).join('\n\n')}\n`;
    const { text, cursor } = insert(ten, ten.indexOf('2. '))!;
    assert.match(text, /as in paragraph 10 below/);
    assert.strictEqual(text.slice(cursor - 4, cursor + 1), '\n3. ;');
  });

  it('on a blank line, inserts there: between paragraphs, before the first, after the last', () => {
    const between = insert(THREE, THREE.indexOf('\n\n2. ') + 1)!;
    assert.strictEqual(
      between.text,
      'The General Assembly,\n\n1. *Decides* to meet;\n\n2. ;\n\n3. *Requests* a report;\n\n4. *Recalls* paragraph 1 above and paragraphs 1 and 3 above.\n',
    );
    assert.strictEqual(between.text.slice(between.cursor - 3, between.cursor + 1), '2. ;');
    const first = insert(THREE, THREE.indexOf('\n\n1. ') + 1)!;
    assert.strictEqual(
      first.text,
      'The General Assembly,\n\n1. ;\n\n2. *Decides* to meet;\n\n3. *Requests* a report;\n\n4. *Recalls* paragraph 2 above and paragraphs 2 and 3 above.\n',
    );
    assert.strictEqual(first.text.slice(first.cursor - 3, first.cursor + 1), '1. ;');
    const end = insert(THREE + '\n', THREE.length)!;
    assert.match(end.text, /above;\n\n4\. \.\n\n$/);
  });

  it('goes after a "bis" paragraph of the one at the cursor, and answers nothing without an operative part', () => {
    const bis = 'The General Assembly,\n\n1. *Decides* A;\n\n1 bis. *Decides* B;\n\n2. *Decides* C.\n';
    assert.strictEqual(
      insert(bis, bis.indexOf('1. '))!.text,
      'The General Assembly,\n\n1. *Decides* A;\n\n1 bis. *Decides* B;\n\n2. ;\n\n3. *Decides* C.\n',
    );
    assert.strictEqual(insert('The General Assembly,\n\nRecalling A,\n', 0), undefined);
  });
});

describe('toggle italics of operative verbs', () => {
  it('removes the italics of 63/114, where most verbs are italic, changing only the markers', () => {
    const plain = apply(resolution, toggleItalicsEdits(parseDraft(resolution)));
    const operativeStart = resolution.indexOf('1. *Takes');
    assert.strictEqual(
      plain.slice(0, operativeStart),
      resolution.slice(0, operativeStart),
      'the preamble is untouched',
    );
    assert.strictEqual(
      plain.slice(operativeStart),
      resolution.slice(operativeStart).replace(/^(\d+\. )\*([^*\n]+)\*/gm, '$1$2'),
    );
  });

  it('italicises every verb of a plain draft, and a second toggle gives it back', () => {
    const plain =
      'The General Assembly,\n\n1. Decides to meet;\n\n2. Also decides to act;\n\n3. Requests the Secretary-General to report.\n';
    const italic = apply(plain, toggleItalicsEdits(parseDraft(plain)));
    assert.strictEqual(
      italic,
      'The General Assembly,\n\n1. *Decides* to meet;\n\n2. *Also decides* to act;\n\n3. *Requests the Secretary-General to* report.\n',
    );
    assert.strictEqual(apply(italic, toggleItalicsEdits(parseDraft(italic))), plain);
  });
});

describe('convert style UN ⇄ OIC', () => {
  it('converts 63/114 to OIC style and back to the adopted text, with no punctuation finding either way', () => {
    const oic = apply(resolution, convertStyleEdits(parseDraft(resolution), 'oic'));
    assert.strictEqual(punctuationFindings(oic, 'oic'), 0);
    assert.match(oic, /^The General Assembly,$/m, "the enacting formula is the body's own and stays");
    assert.match(
      oic,
      /^1\. \*Takes note with satisfaction\* of the report of the Secretary-General\.²$/m,
      'the footnote marker stays after the full stop',
    );
    assert.strictEqual(apply(oic, convertStyleEdits(parseDraft(oic), 'un')), resolution);
  });

  it('converts the Gaza communiqué to UN style and back', () => {
    const un = apply(gaza, convertStyleEdits(parseDraft(gaza), 'un'));
    assert.strictEqual(punctuationFindings(un, 'un'), 0);
    assert.strictEqual(apply(un, convertStyleEdits(parseDraft(un), 'oic')), gaza);
  });

  it('keeps a colon that introduces sub-paragraphs, and adds a missing end', () => {
    const draft =
      'The General Assembly,\n\nRecalling A\n\n1. *Requests*:\n(a) One;\n(b) Two;\n\n2. *Decides* to act.\n';
    assert.strictEqual(
      apply(draft, convertStyleEdits(parseDraft(draft), 'oic')),
      'The General Assembly,\n\nRecalling A;\n\n1. *Requests*:\n(a) One;\n(b) Two.\n\n2. *Decides* to act.\n',
    );
  });

  it('reads the style to convert from in the paragraph ends, not the formula: a converted draft converts back', () => {
    const oic = apply(resolution, convertStyleEdits(parseDraft(resolution), 'oic'));
    assert.strictEqual(endingsStyle(parseDraft(resolution)), 'un');
    assert.strictEqual(endingsStyle(parseDraft(oic)), 'oic');
    assert.strictEqual(endingsStyle(parseDraft(gaza)), 'oic');
    assert.strictEqual(endingsStyle(parseDraft(apply(gaza, convertStyleEdits(parseDraft(gaza), 'un')))), 'un');
  });
});

describe('clean text', () => {
  it('joins hard-wrapped lines, drops emphasis markers and notes, keeps sub-paragraph lines and every word', () => {
    const draft =
      'The General Assembly,\n\n// check with the capital\nRecalling its resolution\n61/49 of 4 December 2006,\n\n1. *Requests* the Secretary-General:\n(a) To report; (b) to consult;\n  (c) To act, with 2 * 3 experts;\n\n2. *Decides* to remain seized of the matter.\n';
    assert.strictEqual(
      cleanText(parseDraft(draft)),
      'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n\n1. Requests the Secretary-General:\n(a) To report; (b) to consult;\n(c) To act, with 2 * 3 experts;\n\n2. Decides to remain seized of the matter.\n',
    );
  });

  it('keeps CRLF line breaks and the words of resolution 63/114', () => {
    const clean = cleanText(parseDraft(resolution.replace(/\n/g, '\r\n')));
    assert.ok(!clean.includes('*') && clean.includes('\r\n\r\n') && !/[^\r]\n/.test(clean));
    const words = (t: string): string[] => (t.match(/[\p{L}\p{Nd}]+/gu) ?? []).sort();
    assert.deepStrictEqual(words(clean), words(resolution));
  });
});

describe('drafting commands at the edges', () => {
  it('answer nothing to move or insert on an empty draft, and no edits otherwise', () => {
    const empty = parseDraft('');
    assert.strictEqual(moveParagraphEdits(empty, 0, 'down'), undefined);
    assert.strictEqual(insertOperativeParagraphEdits(empty, 0), undefined);
    assert.deepStrictEqual(
      [toggleItalicsEdits(empty), convertStyleEdits(empty, 'un'), convertStyleEdits(empty, 'oic')],
      [[], [], []],
    );
    assert.strictEqual(cleanText(empty), '\n');
  });

  it('do not move the title block: an offset in the header is no paragraph', () => {
    assert.strictEqual(
      moveParagraphEdits(parseDraft(resolution), resolution.indexOf('Cooperation between'), 'down'),
      undefined,
    );
  });

  it('move the last two operative paragraphs of a UN draft and back, each place keeping its ending either way round', () => {
    const draft =
      'The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n\n3. *Urges* all States;\n';
    const down = move(draft, '2. *Requests', 'down')!;
    assert.strictEqual(
      down,
      'The General Assembly,\n\n1. *Decides* to act;\n\n2. *Urges* all States.\n\n3. *Requests* a report;\n',
    );
    assert.strictEqual(move(down, '3. *Requests', 'up'), draft);
  });

  it('move a paragraph split by a page break whole, and its references with it', () => {
    const draft =
      'The General Assembly,\n\n1. *Decides* to meet in the first part\n\f\nof the session;\n\n2. *Requests* a report on paragraph 1 above.\n';
    const moved = move(draft, '1. *Decides', 'down')!;
    assert.strictEqual(
      moved,
      'The General Assembly,\n\n1. *Requests* a report on paragraph 2 above;\n\n2. *Decides* to meet in the first part\n\f\nof the session.\n',
    );
  });

  it('toggle italics twice gives back any draft whose openings are all italic or all plain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Decides', 'Requests', 'Welcomes', 'Also welcomes', 'Urges'), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.boolean(),
        (verbs, italic) => {
          const draft = `The General Assembly,\n\n${verbs.map((v, i) => `${i + 1}. ${italic ? `*${v}*` : v} the text ${i};`).join('\n\n')}\n`;
          const once = apply(draft, toggleItalicsEdits(parseDraft(draft)));
          assert.notStrictEqual(once, draft);
          assert.strictEqual(apply(once, toggleItalicsEdits(parseDraft(once))), draft);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('drafting commands on random and mutated drafts', () => {
  const inRange = (doc: DraftDocument, edits: readonly SpanEdit[]): void => {
    const spans = edits.map((e) => [e.span.start, e.span.end]).sort((a, b) => a[0] - b[0]);
    spans.forEach(([start, end], i) => {
      assert.ok(0 <= start && start <= end && end <= doc.text.length, 'inside the draft');
      if (i > 0) assert.ok(spans[i - 1][1] <= start, 'edits do not overlap');
    });
  };

  it('never throw, give edits inside the draft that do not overlap, and moving down then up gives the text back', () => {
    fc.assert(
      fc.property(fc.oneof(randomDraft, mutatedSeed), fc.nat(), (text, seed) => {
        const doc = parseDraft(text);
        const offset = text.length === 0 ? 0 : seed % text.length;
        for (const edits of [
          moveParagraphEdits(doc, offset, 'up')?.edits,
          moveParagraphEdits(doc, offset, 'down')?.edits,
          insertOperativeParagraphEdits(doc, offset)?.edits,
          toggleItalicsEdits(doc),
          convertStyleEdits(doc, 'un'),
          convertStyleEdits(doc, 'oic'),
        ]) {
          if (edits) inRange(doc, edits);
        }
        cleanText(doc);
        const down = moveParagraphEdits(doc, offset, 'down');
        if (!down) return;
        const moved = applyEdits(doc, down.edits);
        assert.ok(down.cursor >= 0 && down.cursor <= moved.length, 'the cursor is inside the moved draft');
        // Where moving text changes how the draft reads (a numbered line taken for a title), there is no way back to test.
        const kinds = (d: DraftDocument): string => d.paragraphs.map((p) => p.kind).join();
        if (kinds(parseDraft(moved)) !== kinds(doc)) return;
        // The cursor travelled with the paragraph (or sub-paragraph): moving up from there gives the text back.
        const back = moveParagraphEdits(parseDraft(moved), down.cursor, 'up');
        assert.ok(back, 'the moved paragraph can move back');
        assert.strictEqual(applyEdits(parseDraft(moved), back.edits), text);
      }),
      { numRuns: 300 },
    );
  });
});
