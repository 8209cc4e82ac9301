import * as assert from 'assert';
import fc from 'fast-check';
import { DraftDocument } from '../../server/src/service';
import { parseDraft } from '../../server/src/service/model/parser';
import { toAkomaNtoso } from '../../server/src/service/features/akomaNtoso';
import { readSeed, SEEDS, SeedName } from '../support/seeds';
import { elementsNamed, parseXml, textOf, XmlElement } from '../support/xml';
import { mutatedSeed, randomDraft } from '../support/generators';

const export_ = (text: string): { doc: DraftDocument; root: XmlElement; xml: string } => {
  const doc = parseDraft(text);
  const xml = toAkomaNtoso(doc, { date: '2026-11-24' });
  return { doc, root: parseXml(xml), xml };
};

const child = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** The words of the draft (letters and decimal digits), as a count per word. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/[\p{L}\p{Nd}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Elements inside a run of text; the others (blocks, numbers, notes) stand apart from the words around them. */
const INLINE = new Set(['i', 'ref', 'docTitle', 'docDate']);

/** The draft's own text in the export: everything but the metadata. */
function draftText(root: XmlElement): string {
  const text = (e: XmlElement | string): string => {
    if (typeof e === 'string') return e;
    const inner = e.children.map(text).join('');
    return INLINE.has(e.name) ? inner : ` ${inner} `;
  };
  const document = root.children.find((c): c is XmlElement => typeof c !== 'string')!;
  return document.children
    .filter((c): c is XmlElement => typeof c !== 'string' && c.name !== 'meta')
    .map(text)
    .join(' ');
}

/**
 * Every word of every paragraph is in the export, as often (footnote markers and a footnote's own
 * leading number aside: they become the note's marker).
 */
function assertKeepsEveryWord(doc: DraftDocument, root: XmlElement): void {
  const expected = doc.paragraphs
    .map((p) => {
      // A footnote marker ("Goals.12") with a text becomes the note's marker, not a word of the text.
      const hasText = (number: number): boolean => doc.footnotes.some((f) => f.footnoteNumber === number);
      const withoutMarkers = (piece: { start: number; end: number }): string =>
        p.footnoteMarkers
          .filter((m) => m.span.start >= piece.start && m.span.end <= piece.end && hasText(m.number))
          .reduceRight(
            (t, m) => `${t.slice(0, m.span.start - piece.start)} ${t.slice(m.span.end - piece.start)}`,
            doc.text.slice(piece.start, piece.end),
          );
      const text = p.pieces.map(withoutMarkers).join(' ');
      return p.kind === 'footnote' ? text.replace(/^\s*\S+/, '') : text;
    })
    .join(' ');
  const exported = wordCounts(draftText(root));
  for (const [word, count] of wordCounts(expected)) {
    assert.ok(
      (exported.get(word) ?? 0) >= count,
      `"${word}" ${count}× in the draft, ${exported.get(word) ?? 0}× in the export`,
    );
  }
}

function assertUniqueIds(root: XmlElement): void {
  const ids: string[] = [];
  const visit = (e: XmlElement): void => {
    if (e.attributes.eId) ids.push(e.attributes.eId);
    e.children.forEach((c) => typeof c !== 'string' && visit(c));
  };
  visit(root);
  assert.strictEqual(
    new Set(ids).size,
    ids.length,
    `duplicate eIds: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`,
  );
}

describe('Akoma Ntoso export', () => {
  it('writes resolution 63/114 as an AKN statement: preamble, 16 numbered paragraphs, refs and notes', () => {
    const { doc, root } = export_(readSeed('resolution'));
    assert.strictEqual(root.name, 'akomaNtoso');
    assert.strictEqual(root.attributes.xmlns, 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const statement = child(root, 'statement')!;
    assert.strictEqual(statement.attributes.name, 'resolution');
    assert.deepStrictEqual(
      statement.children.filter((c): c is XmlElement => typeof c !== 'string').map((c) => c.name),
      ['meta', 'preface', 'preamble', 'mainBody', 'conclusions'],
    );
    const preamble = child(statement, 'preamble')!;
    assert.strictEqual(textOf(child(preamble, 'formula')!), 'The General Assembly,');
    assert.strictEqual(elementsNamed(preamble, 'container').length, doc.preambular.length);
    const paragraphs = elementsNamed(child(statement, 'mainBody')!, 'paragraph');
    assert.deepStrictEqual(
      paragraphs.map((p) => textOf(child(p, 'num')!)),
      Array.from({ length: 16 }, (_, i) => `${i + 1}.`),
    );
    assert.strictEqual(paragraphs[3].attributes.eId, 'para_4');
    assert.match(
      textOf(child(paragraphs[3], 'content')!),
      /^Affirms that the United Nations and the Organization of the Islamic Conference share a common goal/,
    );
    assert.strictEqual(elementsNamed(paragraphs[3], 'i').map(textOf)[0], 'Affirms');
    const refs = elementsNamed(statement, 'ref');
    const ref6149 = refs.find((r) => textOf(r) === '61/49');
    assert.strictEqual(ref6149?.attributes.href, '/akn/un/statement/resolution/unga/2006/61-49');
    assert.ok(
      refs.some((r) => r.attributes.href === '/akn/un/doc/A-63-L.44'),
      'the document symbol in the title block',
    );
    const notes = elementsNamed(statement, 'authorialNote');
    assert.deepStrictEqual(
      notes.map((n) => n.attributes.marker),
      ['1', '2', '3'],
    );
    // Footnote 2 is referred to twice: its text once, then a reference to it.
    assert.deepStrictEqual(
      elementsNamed(statement, 'noteRef').map((n) => [n.attributes.marker, n.attributes.href]),
      [['2', `#${notes[1].attributes.eId}`]],
    );
    assert.strictEqual(textOf(notes[1]), 'A/63/228-S/2008/531 and Corr.1.');
    assert.strictEqual(textOf(child(statement, 'conclusions')!).trim(), '64th plenary meeting 5 December 2008');
    const work = elementsNamed(statement, 'FRBRWork')[0];
    assert.strictEqual(child(work, 'FRBRuri')!.attributes.value, '/akn/un/statement/resolution/unga/2026-11-24/63-114');
    assertUniqueIds(root);
    assertKeepsEveryWord(doc, root);
  });

  it('writes the Gaza communiqué as an OIC doc dated by its dateline, operative paragraphs in the main body', () => {
    const doc = parseDraft(readSeed('gaza'));
    const root = parseXml(toAkomaNtoso(doc));
    const document = child(root, 'doc')!;
    assert.strictEqual(document.attributes.name, 'communique');
    const work = elementsNamed(document, 'FRBRWork')[0];
    assert.strictEqual(child(work, 'FRBRdate')!.attributes.date, '2009-01-03');
    assert.strictEqual(child(work, 'FRBRauthor')!.attributes.href, '#oic');
    assert.strictEqual(elementsNamed(child(document, 'mainBody')!, 'paragraph').length, doc.operative.length);
    assert.strictEqual(elementsNamed(document, 'docDate')[0].attributes.date, '2009-01-03');
    assertKeepsEveryWord(doc, root);
  });

  it("keeps the Geneva final document's headings as sections holding their paragraphs", () => {
    const { doc, root } = export_(readSeed('geneva'));
    const sections = elementsNamed(root, 'hcontainer');
    assert.ok(sections.length >= 3, `${sections.length} sections`);
    assert.ok(
      sections.every((s) => child(s, 'heading')),
      'every section has its heading',
    );
    const headed = sections.find((s) => /Middle East and Palestine/i.test(textOf(child(s, 'heading')!)));
    assert.ok(headed && elementsNamed(headed, 'paragraph').length > 0, 'the Middle East section holds paragraphs');
    assertUniqueIds(root);
    assertKeepsEveryWord(doc, root);
  });

  it('nests sub-paragraphs as points with their own numbers and eIds', () => {
    const { root } = export_(
      'The General Assembly,\n\n1. *Requests* the Secretary-General:\n(a) To report;\n(b) To consult:\n(i) Member States;\n(ii) Observers;\n\n2. *Decides* to remain seized of the matter.\n',
    );
    const first = elementsNamed(root, 'paragraph')[0];
    assert.strictEqual(textOf(child(first, 'intro')!), 'Requests the Secretary-General:');
    const points = first.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'point');
    assert.deepStrictEqual(
      points.map((p) => [p.attributes.eId, textOf(child(p, 'num')!)]),
      [
        ['para_1__point_a', '(a)'],
        ['para_1__point_b', '(b)'],
      ],
    );
    const inner = elementsNamed(points[1], 'point').slice(1);
    assert.deepStrictEqual(
      inner.map((p) => p.attributes.eId),
      ['para_1__point_b__point_i', 'para_1__point_b__point_ii'],
    );
    assert.strictEqual(textOf(child(inner[1], 'content')!), 'Observers;');
  });

  it('stays well-formed on hostile text: markup, entities, CDATA ends, NUL bytes and lone surrogates', () => {
    const hostile =
      'The General Assembly,\n\nRecalling <script>alert(1)</script> & "quotes" \'apos\' ]]> \u0000 \ud800 [x](command:evil),\n\n1. *Decides* <b>&amp;</b> resolution 61/49 of 4 December 2006;\n';
    const { doc, root, xml } = export_(hostile);
    assert.ok(!xml.includes('<script>') && !xml.includes('\u0000'));
    assert.match(draftText(root), /Recalling <script>alert\(1\)<\/script> & "quotes" 'apos' ]]>/);
    assertKeepsEveryWord(doc, root);
  });

  it("leaves the drafter's note lines out", () => {
    const { xml } = export_(
      'The General Assembly,\n\n// agreed language: check with the Group of 77\nRecalling its resolution 61/49,\n\n1. *Decides* to remain seized of the matter.\n   // keep as in 63/114\n',
    );
    assert.ok(!/agreed language|Group of 77|keep as in/.test(xml), 'a note line reached the export');
    assert.match(xml, /<i>Decides<\/i> to remain seized of the matter\.<\/p>/);
  });

  it('never throws, stays well-formed, keeps every word and unique eIds, on random and mutated drafts', () => {
    fc.assert(
      fc.property(fc.oneof(randomDraft, mutatedSeed), (text) => {
        const { doc, root } = export_(text);
        assertUniqueIds(root);
        assertKeepsEveryWord(doc, root);
      }),
      { numRuns: 300 },
    );
  });

  it('every seed exports to well-formed XML', () => {
    for (const name of Object.keys(SEEDS) as SeedName[]) export_(readSeed(name));
  });
});

describe('Akoma Ntoso export of long paragraphs', () => {
  /** Exports within a bound far above a linear export's time and far below a quadratic one's. */
  const boundedExport = (text: string): XmlElement => {
    const doc = parseDraft(text);
    const start = performance.now();
    const xml = toAkomaNtoso(doc);
    const ms = performance.now() - start;
    assert.ok(ms < 3000, `${Math.round(ms)} ms`);
    return parseXml(xml);
  };

  it('a paragraph of 16 000 points, each with a footnote marker and emphasis', () => {
    const letter = (i: number): string => String.fromCharCode(97 + (i % 26));
    const points = Array.from({ length: 16_000 }, (_, i) => `(${letter(i)}) to act¹ on *this*;`).join('\n');
    const root = boundedExport(`The General Assembly,\n\n1. *Decides*:\n${points}\n\n¹ A note.\n`);
    assert.strictEqual(elementsNamed(root, 'point').length, 16_000);
    assert.strictEqual(elementsNamed(root, 'authorialNote').length, 1);
    assert.strictEqual(elementsNamed(root, 'noteRef').length, 15_999);
    assert.strictEqual(elementsNamed(root, 'i').length, 16_001);
  });

  it('a paragraph of 8 000 citations, each with a footnote marker, between emphasis', () => {
    const cited = Array.from({ length: 8000 }, (_, i) => `*x* resolution 61/${i + 1}¹ and`).join(' ');
    const root = boundedExport(`The General Assembly,\n\n1. *Decides* ${cited} to act;\n\n¹ A note.\n`);
    assert.strictEqual(elementsNamed(root, 'ref').length, 8000);
    assert.strictEqual(elementsNamed(root, 'noteRef').length + elementsNamed(root, 'authorialNote').length, 8000);
    assert.strictEqual(elementsNamed(root, 'i').length, 8001);
  });
});

describe('Akoma Ntoso export of drafts of megabytes', () => {
  /** Seeds and the pieces edits bring (refs, notes, emphasis, points, surrogates, controls, markup), to `size`. */
  const draftOf = (size: number): string => {
    const pieces = [
      ...Object.keys(SEEDS).map((name) => readSeed(name as SeedName)),
      'Recalling its resolution 61/49 of 4 December 2006,¹ ',
      '1. *Decides* to act;\n(a) on _this_;\n',
      '😀 \ud800 \u0001 <&"\'> مرحبا\r\n\r\n',
      '12. ',
    ];
    let text = '';
    for (let i = 0; text.length < size; i++) text += pieces[(i * 7) % pieces.length];
    return text.slice(0, size);
  };
  /** The least CPU time (user and system, not wall clock) of a few exports of the parsed draft. */
  const exportCpuMs = (text: string): number => {
    const doc = parseDraft(text);
    toAkomaNtoso(doc);
    let least = Infinity;
    for (let run = 0; run < 3; run++) {
      const before = process.cpuUsage();
      toAkomaNtoso(doc);
      const used = process.cpuUsage(before);
      least = Math.min(least, (used.user + used.system) / 1000);
    }
    return least;
  };

  // Eight times the text: linear is eight times the time, quadratic sixty-four; the bound leaves room for a collection
  // that falls in one run on a loaded machine (CI's two cores) and not in the other.
  it('exports 2 MB in at most twenty times the CPU time of 250 KB (linear: 8 times; quadratic: 64)', function () {
    this.timeout(60_000);
    const small = exportCpuMs(draftOf(250_000));
    const large = exportCpuMs(draftOf(2_000_000));
    assert.ok(large <= 20 * small, `250 KB: ${Math.round(small)} ms, 2 MB: ${Math.round(large)} ms of CPU`);
  });
});
