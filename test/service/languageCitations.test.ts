import * as assert from 'assert';
import { foreignResolutionLists } from '../../server/src/service/languages/citations';
import type { LanguageCode } from '../../server/src/service/languages';

const symbols = (language: LanguageCode, text: string): string[] =>
  foreignResolutionLists(text, 0, language).map((c) => c.symbol);

describe('citations in the other five UN languages', () => {
  it('reads the Arabic forms: للقرار, القراران, drawn-out and vowelled words, spelt-out parts, long dated lists', () => {
    assert.deepStrictEqual(symbols('ar', 'وفقا للقرار 2272 (2016)،'), ['S/RES/2272']);
    assert.deepStrictEqual(symbols('ar', 'منها القراران 2441 (2018) و 2473 (2019)، وإلى'), [
      'S/RES/2441',
      'S/RES/2473',
    ]);
    assert.deepStrictEqual(
      symbols(
        'ar',
        'إذ تشير إلى قــــراراتها 47/90 المـــــؤرخ 16 كــــانون الأول/ديسمبر 1992 و 52/38 لام المؤرَّخ ' +
          '9 كانون الأول/ ديسمبر 1997(³) و 60/43',
      ),
      ['A/RES/47/90', 'A/RES/52/38 L', 'A/RES/60/43'],
    );
    const dated = Array.from({ length: 20 }, (_, i) => `${50 + i}/1 المؤرخ 1 كانون الأول/ديسمبر ${1995 + i}`);
    assert.strictEqual(symbols('ar', `قراراتها ${dated.join(' و ')}`).length, 20);
  });

  it('gives the Human Rights Council A/HRC/RES, the Economic and Social Council E/RES, old sessions their Roman number', () => {
    assert.deepStrictEqual(symbols('ar', 'قرار مجلس حقوق الإنسان 7/34 المؤرخ 28 آذار/مارس 2008 و 18/15'), [
      'A/HRC/RES/7/34',
      'A/HRC/RES/18/15',
    ]);
    assert.deepStrictEqual(symbols('ar', 'قرار المجلس الاقتصادي والاجتماعي 2016/6، الفقرة 3'), ['E/RES/2016/6']);
    assert.deepStrictEqual(symbols('ar', 'قرار الجمعية العامة 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960'), [
      'A/RES/1514 (XV)',
    ]);
    assert.deepStrictEqual(symbols('fr', 'sa résolution 1514 (XV) du 14 décembre 1960'), ['A/RES/1514 (XV)']);
    assert.deepStrictEqual(symbols('zh', '回顾其1960年12月14日第1514(XV)号、第2200A(XXI)号决议'), [
      'A/RES/1514 (XV)',
      'A/RES/2200 A (XXI)',
    ]);
    assert.deepStrictEqual(symbols('zh', '经济及社会理事会第2016/6号决议和人权理事会第45/34号决议'), [
      'E/RES/2016/6',
      'A/HRC/RES/45/34',
    ]);
    // A decision (决定), not a resolution.
    assert.deepStrictEqual(symbols('zh', '第73/546号决定'), []);
  });

  it('reads a Chinese list of dated numbers as long as it runs to its 决议', () => {
    const dated = Array.from({ length: 40 }, (_, i) => `${1995 + i}年12月1日第${50 + i}/1号`);
    assert.strictEqual(symbols('zh', `回顾其${dated.join('、')}决议`).length, 40);
  });
});
