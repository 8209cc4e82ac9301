import * as assert from 'assert';
import { formatCatalogue, parseCatalogue } from '../../server/src/service/corpus/catalogue';
import { symbolParts, symbolsAnswered } from '../../server/src/service/corpus/metadata';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { createLanguageService } from '../../server/src/service';
import { parseDraft } from '../../server/src/service/model/parser';
import { marked } from '../support/markers';

const CATALOGUE = formatCatalogue(
  ['A test catalogue. Source: United Nations.'],
  [
    {
      record: {
        symbol: 'A/RES/78/10',
        organ: 'GA',
        title: 'Building a peaceful and better world through sport and the Olympic ideal',
        adopted: '2023-11-21',
        meeting: '38th plenary meeting',
        vote: 'recorded',
        inFavour: 118,
        against: 0,
        abstaining: 2,
      },
      languages: ['ara', 'eng', 'fra'],
    },
    {
      record: { symbol: 'A/RES/78/1', organ: 'GA', title: 'Political declaration', vote: 'without' },
      languages: [],
    },
    {
      record: { symbol: 'A/RES/75/101 A-B', organ: 'GA', title: 'Questions relating to information', vote: 'without' },
      languages: ['eng'],
    },
    { record: { symbol: 'S/RES/2719', organ: 'SC', year: 2023, title: 'On the African Union' }, languages: ['eng'] },
  ],
);

function serviceWith(corpus: CorpusIndex, catalogueText = CATALOGUE) {
  return createLanguageService({
    corpus,
    readText: () => undefined,
    link: (uri) => uri,
    catalogue: parseCatalogue(catalogueText),
  });
}

function at(draftWithCursor: string) {
  const { text, cursor } = marked(draftWithCursor);
  return { draft: { uri: 'file:///draft.communique', doc: parseDraft(text) }, cursor };
}

describe('the catalogue', () => {
  it('reads back what it wrote, the organ from the symbol', () => {
    const catalogue = parseCatalogue(CATALOGUE);
    assert.deepStrictEqual(catalogue.symbols(), [
      'A/RES/78/10',
      'A/RES/78/1',
      'A/RES/75/101 A',
      'A/RES/75/101 B',
      'S/RES/2719',
    ]);
    assert.deepStrictEqual(catalogue.about('S/RES/2719'), {
      record: { symbol: 'S/RES/2719', year: 2023, title: 'On the African Union', organ: 'SC' },
      languages: ['eng'],
    });
  });

  it('is no catalogue without its column line, and skips a row that is not a record, saying so', () => {
    const warnings: string[] = [];
    assert.deepStrictEqual(parseCatalogue('symbol\ttitle\nA/RES/1/1\tx\n', (m) => warnings.push(m)).symbols(), []);
    const broken = CATALOGUE.replace('\t2023\t', '\ttwo thousand\t');
    assert.deepStrictEqual(parseCatalogue(broken, (m) => warnings.push(m)).symbols().length, 4);
    assert.deepStrictEqual(warnings, [
      'the catalogue has no column line this version reads; it is not used',
      '1 catalogue row could not be read and were skipped',
    ]);
  });

  it('answers hover on a resolution no corpus file holds, and says so', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 78/1|0 of 21 November 2023,\n');
    const hover = serviceWith(new CorpusIndex()).hover(draft, cursor)!.markdown;
    assert.match(hover, /\*Building a peaceful and better world through sport and the Olympic ideal\*/);
    assert.match(hover, /Adopted by a recorded vote of 118–0–2 \(in favour–against–abstaining\) on 21 November/);
    assert.match(hover, /Published by the UN in Arabic, English, French\./);
    assert.match(hover, /From the catalogue; text not in your corpus: \[A\\\/RES\\\/78\\\/10 on docs\.un\.org\]/);
    assert.match(hover, /\(https:\/\/docs\.un\.org\/en\/A\/RES\/78\/10\)/);
  });

  it('stands behind the corpus: records a corpus file gives win, and the catalogue says nothing', () => {
    const corpus = new CorpusIndex();
    corpus.metadata.set('file:///ga/78.json', [{ symbol: 'A/RES/78/10', title: 'The corpus title', vote: 'without' }]);
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 78/1|0,\n');
    const hover = serviceWith(corpus).hover(draft, cursor)!.markdown;
    assert.match(hover, /\*The corpus title\*/);
    assert.match(hover, /Adopted without a vote\./);
    assert.doesNotMatch(hover, /catalogue|Olympic/);
  });

  it('goes to no definition for a resolution whose text only the catalogue knows of', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 78/1|0,\n');
    assert.deepStrictEqual(serviceWith(new CorpusIndex()).definition(draft, cursor), []);
  });

  it('offers the catalogue resolutions after "resolution 78/", with titles, below the corpus', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 78/|');
    const found = serviceWith(new CorpusIndex()).completion(draft, cursor);
    assert.deepStrictEqual(
      found.map((c) => [c.label, c.insertText, c.detail, c.rank]),
      [
        [
          '78/10',
          '78/10 of 21 November 2023',
          'Building a peaceful and better world through sport and the Olympic ideal — 21 November 2023 — ' +
            'from the catalogue; text not in your corpus',
          1,
        ],
        ['78/1', '78/1', 'Political declaration — from the catalogue; text not in your corpus', 1],
      ],
    );
    const council = at('The General Assembly,\n\nRecalling Security Council resolution 27|');
    const councilFound = serviceWith(new CorpusIndex()).completion(council.draft, council.cursor);
    assert.deepStrictEqual(
      councilFound.map((c) => c.label),
      ['2719'],
    );
  });

  it('names the parts of a document of lettered resolutions as citations write them', () => {
    assert.deepStrictEqual(symbolParts('A/RES/75/254 A-C'), ['A/RES/75/254 A', 'A/RES/75/254 B', 'A/RES/75/254 C']);
    assert.deepStrictEqual(symbolParts('A/RES/75/251 B'), ['A/RES/75/251 B']);
    assert.deepStrictEqual(symbolParts('S/RES/2719'), ['S/RES/2719']);
    assert.deepStrictEqual(symbolsAnswered('A/RES/75/101 A-B'), [
      'A/RES/75/101 A-B',
      'A/RES/75/101 A',
      'A/RES/75/101 B',
      'A/RES/75/101',
    ]);
    assert.deepStrictEqual(symbolsAnswered('A/RES/75/251 B'), ['A/RES/75/251 B']);
  });

  it('answers hover on each part of a document of lettered resolutions, linking the document', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolutions 75/101 A and |B,\n');
    const hover = serviceWith(new CorpusIndex()).hover(draft, cursor)!.markdown;
    assert.match(hover, /^\*\*A\\\/RES\\\/75\\\/101 B\*\*/);
    assert.match(hover, /\*Questions relating to information\*\n\nAdopted without a vote\./);
    assert.match(hover, /text not in your corpus: \[A\\\/RES\\\/75\\\/101 A\\-B on docs\.un\.org\]/);
    assert.match(hover, /\(https:\/\/docs\.un\.org\/en\/A\/RES\/75\/101%20A-B\)/);
    // The bare number, as a text may cite the document: the document's row.
    const bare = at('The General Assembly,\n\nRecalling its resolution 75/10|1,\n');
    const bareHover = serviceWith(new CorpusIndex()).hover(bare.draft, bare.cursor)!.markdown;
    assert.match(
      bareHover,
      /^\*\*A\\\/RES\\\/75\\\/101\*\*[^]*\*Questions relating to information\*\n\nAdopted without a vote\./,
    );
  });

  it('completes "resolution 75/10" with each part', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 75/10|');
    assert.deepStrictEqual(
      serviceWith(new CorpusIndex())
        .completion(draft, cursor)
        .map((c) => c.label),
      ['75/101 A', '75/101 B'],
    );
  });

  it('finds the resolutions no corpus file holds by number and by title words, at their official page', () => {
    const service = serviceWith(new CorpusIndex());
    assert.deepStrictEqual(service.workspaceSymbols('olympic sport'), [
      {
        name: 'A/RES/78/10 Building a peaceful and better world through sport and the Olympic ideal',
        detail: 'from the catalogue; text not in your corpus',
        location: {
          uri: 'https://docs.un.org/en/A/RES/78/10',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      },
    ]);
    assert.deepStrictEqual(
      service.workspaceSymbols('75/101').map((s) => [s.name, s.location.uri]),
      [
        ['A/RES/75/101 A Questions relating to information', 'https://docs.un.org/en/A/RES/75/101%20A-B'],
        ['A/RES/75/101 B Questions relating to information', 'https://docs.un.org/en/A/RES/75/101%20A-B'],
      ],
    );
  });

  it("leaves to the corpus the resolutions it cites, found by the catalogue's title words", () => {
    const corpus = new CorpusIndex();
    corpus.set('file:///notes.communique', 'The General Assembly,\n\nRecalling its resolution 78/10,\n');
    const found = serviceWith(corpus).workspaceSymbols('olympic');
    assert.deepStrictEqual(
      found.map((s) => [s.name, s.detail, s.location.uri]),
      [
        [
          'A/RES/78/10 Building a peaceful and better world through sport and the Olympic ideal',
          'cited in 1 document',
          'file:///notes.communique',
        ],
      ],
    );
  });
});
