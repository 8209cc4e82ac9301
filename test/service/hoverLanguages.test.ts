import * as assert from 'assert';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { getHover } from '../../server/src/service/features/hover';
import { parseDraft } from '../../server/src/service/model/parser';
import { marked } from '../support/markers';
import { readSeed, SEEDS, SeedName } from '../support/seeds';

const seedUri = (name: SeedName): string => `file:///seeds/${SEEDS[name]}`;
const corpus = new CorpusIndex();
for (const name of Object.keys(SEEDS) as SeedName[]) corpus.set(seedUri(name), readSeed(name));
const reader = (uri: string): string | undefined =>
  (Object.keys(SEEDS) as SeedName[]).map((n) => [seedUri(n), readSeed(n)]).find(([u]) => u === uri)?.[1];
const link = (uri: string): string => `command:communique.openLocation?${encodeURIComponent(JSON.stringify([uri]))}`;

/** The hover at the `|` of a draft, and the cited words it covers. */
function hoverAt(draftWithCursor: string): { markdown: string; covered: string } | undefined {
  const { text, cursor } = marked(draftWithCursor);
  const doc = parseDraft(text);
  const hover = getHover(doc, 'file:///draft.communique', cursor, corpus, reader, link);
  if (!hover) return undefined;
  return { markdown: hover.markdown, covered: text.slice(hover.span.start, hover.span.end) };
}

describe('hover on citations in the other five languages', () => {
  const drafts: Record<string, string> = {
    French: 'L’Assemblée générale,\n\nRappelant sa résolution 61/|49 du 4 décembre 2006,\n',
    Spanish: 'La Asamblea General,\n\nRecordando su resolución 61/|49, de 4 de diciembre de 2006,\n',
    Russian: 'Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 61/|49 от 4 декабря 2006 года,\n',
    Arabic: 'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 61/|49 المؤرخ 4 كانون الأول/ديسمبر 2006،\n',
    Chinese: '大会，\n\n回顾其2006年12月4日第61/|49号决议，\n',
  };
  for (const [language, draft] of Object.entries(drafts)) {
    it(`names resolution 61/49 in a draft in ${language} and the corpus text that cites it`, () => {
      const hover = hoverAt(draft);
      assert.ok(hover, `a hover in the ${language} draft`);
      assert.strictEqual(hover.covered, '61/49');
      assert.match(hover.markdown, /\*\*A\\\/RES\\\/61\\\/49\*\* — General Assembly resolution, session 61/);
      assert.match(hover.markdown, /Cited in 2 corpus documents/);
      assert.match(hover.markdown, /63\\\/114\\\. Cooperation between the United Nations/);
    });
  }

  it('names a Security Council resolution cited in French, with its year', () => {
    const hover = hoverAt('Le Conseil de sécurité,\n\nRappelant sa résolution 24|2 (1967),\n');
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*S\\\/RES\\\/242 \(1967\)\*\*/);
  });
});
