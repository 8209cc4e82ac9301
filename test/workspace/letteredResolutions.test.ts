import * as assert from 'assert';
import * as path from 'path';
import { CorpusIndex, createLanguageService, parseDraft } from '../../server/src/service';
import { parseCatalogue } from '../../server/src/service/corpus/catalogue';
import { CorpusLoader } from '../../server/src/workspace/corpusLoader';
import { CorpusTexts } from '../../server/src/workspace/corpusTexts';
import { nodeWorkspace } from '../../server/src/workspace/nodeWorkspace';
import { marked } from '../support/markers';
import { repoRoot } from '../support/seeds';

/** A/RES/77/256 A-B: one file a language holding resolutions 77/256 A and B, and its data_extract line. */
const LETTERED = path.join(repoRoot, 'test', 'fixtures', 'unxml-lettered', 'GAresolutions');

describe('a document of lettered resolutions in the corpus ("77/256 A-B")', function () {
  this.timeout(20000);
  let service: ReturnType<typeof createLanguageService>;

  before(async () => {
    const corpus = new CorpusIndex();
    const warnings: string[] = [];
    await new CorpusLoader({ workspace: nodeWorkspace, corpus, warn: (m) => warnings.push(m) }).load([LETTERED], []);
    assert.deepStrictEqual(warnings, []);
    const texts = new CorpusTexts(
      nodeWorkspace,
      () => undefined,
      assert.fail,
      (uri) => corpus.fingerprint(uri),
    );
    // The catalogue has a row of the whole document too: the corpus's records win over it.
    const catalogue = parseCatalogue(
      'symbol\tyear\tadopted\tmeeting\tvote\tinFavour\tagainst\tabstaining\tsponsors\tagendaItem\tlanguages\ttitle\n' +
        'A/RES/77/256 A-B\t\t2022-12-30\t\twithout\t\t\t\t\t\tara,zho,eng,fra,rus,spa\tCatalogue title\n',
      assert.fail,
    );
    service = createLanguageService({ corpus, readText: (uri) => texts.read(uri), link: (uri) => uri, catalogue });
  });

  function at(draftWithCursor: string) {
    const { text, cursor } = marked(draftWithCursor);
    return { draft: { uri: 'file:///draft.communique', doc: parseDraft(text) }, cursor };
  }

  it("answers hover on each part, and on the bare number, from the whole document's records and texts", () => {
    for (const cited of ['77/256 |A and B', '77/256 A and |B', '77/2|56']) {
      const { draft, cursor } = at(
        `The General Assembly,\n\nRecalling its resolutions ${cited} of 30 December 2022,\n`,
      );
      const hover = service.hover(draft, cursor)!.markdown;
      const part = cited.includes('|A') ? ' A' : cited.includes('|B') ? ' B' : '';
      assert.match(hover, new RegExp(`^\\*\\*A\\\\/RES\\\\/77\\\\/256${part}\\*\\*`));
      assert.match(hover, /\*United Nations common system\*/);
      assert.match(hover, /Adopted without a vote on 30 December 2022 at the 56th \\\(resumed\\\) plenary meeting\./);
      assert.match(hover, /Agenda item 145\\: United Nations common system\./);
      assert.match(hover, /Language versions in the corpus: English, French\./);
      assert.doesNotMatch(hover, /catalogue/i);
    }
  });

  it('goes to both language versions of the document from either part', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 77/256 |B,\n');
    assert.deepStrictEqual(
      service.definition(draft, cursor).map((l) => path.basename(decodeURIComponent(l.uri))),
      ['A_RES_77_256 A-B-2300172E.xml', 'A_RES_77_256 A-B-2300172F.xml'],
    );
  });

  it('completes "resolution 77/25" with each part, dated from the records', () => {
    const { draft, cursor } = at('The General Assembly,\n\nRecalling its resolution 77/25|');
    const parts = service.completion(draft, cursor).filter((c) => / [AB]$/.test(c.label));
    assert.deepStrictEqual(
      parts.map((c) => [c.label, c.insertText, c.detail]),
      [
        [
          '77/256 A',
          '77/256 A of 30 December 2022',
          'United Nations common system — 30 December 2022 — cited in 0 documents',
        ],
        [
          '77/256 B',
          '77/256 B of 30 December 2022',
          'United Nations common system — 30 December 2022 — cited in 0 documents',
        ],
      ],
    );
  });
});
