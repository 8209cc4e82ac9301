import * as assert from 'assert';
import * as fs from 'fs';
import { buildGrammar, grammarPath, grammarText } from '../../scripts/grammar';

interface Rule {
  name: string;
  match: string;
  captures?: Record<string, { name: string }>;
}

/**
 * The tokens of one line under the grammar's top-level rules, as TextMate picks them: the leftmost
 * match wins, ties go to the earlier rule; a rule's captures name its groups.
 */
function tokens(line: string): [string, string][] {
  const rules = (buildGrammar() as { patterns: Rule[] }).patterns.map((rule) => ({
    rule,
    regex: new RegExp(rule.match, 'dg'),
  }));
  const out: [string, string][] = [];
  for (let at = 0; at < line.length;) {
    let best: { rule: Rule; match: RegExpExecArray } | undefined;
    for (const { rule, regex } of rules) {
      regex.lastIndex = at;
      const match = regex.exec(line);
      if (match && match[0].length > 0 && (!best || match.index < best.match.index)) best = { rule, match };
    }
    if (!best) break;
    const { rule, match } = best;
    const groups = Object.entries(rule.captures ?? {}).filter(([group]) => match[Number(group)] !== undefined);
    if (groups.length === 0) out.push([match[0], rule.name]);
    for (const [group, { name }] of groups) out.push([match[Number(group)], name]);
    at = match.index + match[0].length;
  }
  return out;
}

describe('the grammar', () => {
  it('is the one scripts/grammar.ts generates from the lexicon (run npm run grammar)', () => {
    assert.strictEqual(fs.readFileSync(grammarPath, 'utf8'), grammarText());
  });

  it('colours an operative paragraph: number, italic opening phrase, symbols, citations, dates, footnotes', () => {
    assert.deepStrictEqual(
      tokens('5 bis. *Requests* the report A/63/228-S/2008/531 and A/63/L.44 on resolution 61/49 of 4 December 2006;²'),
      [
        ['5 bis.', 'constant.numeric.paragraph.communique'],
        ['*', 'punctuation.definition.italic.communique'],
        ['Requests', 'entity.name.function.opening.operative.communique markup.italic.communique'],
        ['*', 'punctuation.definition.italic.communique'],
        ['A/63/228-S/2008/531', 'constant.other.symbol.document.communique'],
        ['A/63/L.44', 'constant.other.symbol.document.communique'],
        ['61/49', 'constant.other.citation.resolution.communique'],
        ['4 December 2006', 'constant.other.date.communique'],
        ['²', 'markup.other.footnote.communique'],
      ],
    );
  });

  it('colours a preambular paragraph with the longest opening phrase and older citation forms', () => {
    assert.deepStrictEqual(
      tokens('Noting with appreciation resolutions 194 (III), S/RES/242 (1967) and Resolution 35/36-POL,'),
      [
        ['Noting with appreciation', 'entity.name.function.opening.preambular.communique'],
        ['194 (III)', 'constant.other.citation.resolution.communique'],
        ['S/RES/242 (1967)', 'constant.other.symbol.document.communique'],
        ['35/36-POL', 'constant.other.citation.resolution.communique'],
      ],
    );
  });

  it('colours headings, sub-paragraph markers and emphasis', () => {
    assert.deepStrictEqual(
      tokens('FINAL COMMUNIQUÉ (3 JANUARY 2009)').map(([, scope]) => scope),
      ['markup.heading.communique'],
    );
    assert.deepStrictEqual(tokens('(a) To strengthen *inter alia* the role'), [
      ['(a)', 'markup.list.numbered.subparagraph.communique'],
      ['*', 'punctuation.definition.italic.communique'],
      ['*', 'punctuation.definition.italic.communique'],
    ]);
    assert.deepStrictEqual(tokens('  // Agreed language: resolution 63/114, operative paragraph 4'), [
      ['  // Agreed language: resolution 63/114, operative paragraph 4', 'comment.line.double-slash.communique'],
    ]);
    assert.deepStrictEqual(tokens('Noted in 3 JANUARY 2009'), [['3 JANUARY 2009', 'constant.other.date.communique']]);
  });
});
