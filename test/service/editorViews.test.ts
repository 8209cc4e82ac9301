import * as assert from 'assert';
import { CorpusIndex, parseDraft } from '../../server/src/service';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { getInlayHints } from '../../server/src/service/features/inlayHints';
import { previewHtml, richText } from '../../server/src/service/features/preview';
import { getSemanticTokens, SemanticToken } from '../../server/src/service/features/semanticTokens';
import { getSummary } from '../../server/src/service/features/summary';
import { readSeed, SEEDS } from '../support/seeds';

const resolution = readSeed('resolution');

/** Each token as "type[+modifiers] text", the way a reader checks the colours of a line. */
function tokensOf(text: string): string[] {
  const lines = text.split('\n');
  return getSemanticTokens(parseDraft(text)).map(
    (t: SemanticToken) =>
      `${t.type}${t.modifiers.length > 0 ? `+${t.modifiers.join('+')}` : ''} ${lines[t.line].substr(t.character, t.length)}`,
  );
}

const DRAFT = [
  'The General Assembly,',
  '',
  '*Recalling* its resolution 61/49 of 4 December,',
  '',
  '1. *Welcomes* the report;¹',
  '',
  '2. Requests the Secretary-General to [report on paragraph 1 above] [submit a report];',
  '',
  '3. Decides to consider [*urgently*] the matter referred to in paragraph 2 above.',
  '',
  '// Delegation note: check with capital',
  '',
  '¹ A/63/228.',
  '',
].join('\n');

describe('semantic tokens', () => {
  it('marks openings, numbers, citations, footnotes, unagreed text, emphasis markers and notes, none overlapping', () => {
    assert.deepStrictEqual(tokensOf(DRAFT), [
      'emphasisMarker+italic *',
      'opening+italic Recalling',
      'emphasisMarker+italic *',
      'citation 61/49',
      'paragraphNumber 1.',
      'emphasisMarker+italic *',
      'opening+italic Welcomes',
      'emphasisMarker+italic *',
      'footnote ¹',
      'paragraphNumber 2.',
      'opening Requests the Secretary-General to',
      'unagreed+unagreed [report on paragraph 1 above]',
      'unagreed+unagreed [submit a report]',
      'paragraphNumber 3.',
      'opening Decides',
      'unagreed+unagreed [',
      'emphasisMarker+unagreed *',
      'emphasis+italic+unagreed urgently',
      'emphasisMarker+unagreed *',
      'unagreed+unagreed ]',
      'comment // Delegation note: check with capital',
      'footnote ¹',
      'citation A/63/228',
    ]);
  });

  it("cuts a token at each line break and never marks the title block's bracketed symbol line", () => {
    const tokens = getSemanticTokens(parseDraft(resolution));
    const lines = resolution.split('\n');
    for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line].length, `token within line ${t.line}`);
    const symbolLine = lines.findIndex((l) => l.startsWith('[without reference'));
    assert.ok(!tokens.some((t) => t.line === symbolLine && t.type === 'unagreed'));
    for (let i = 1; i < tokens.length; i++) {
      const [a, b] = [tokens[i - 1], tokens[i]];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `tokens ${i - 1} and ${i} do not overlap`);
    }
    // Every operative number of 63/114 is a number, every one of its opening phrases an opening.
    assert.strictEqual(tokens.filter((t) => t.type === 'paragraphNumber' && /^\d/.test(lines[t.line])).length, 16);
    assert.ok(tokens.filter((t) => t.type === 'opening').length >= 30);
  });

  it('runs an unclosed bracket to the end of its paragraph only', () => {
    assert.deepStrictEqual(
      tokensOf('The General Assembly,\n\n1. Urges [all States;\n\n2. Decides to remain seized.\n').filter((t) =>
        t.startsWith('unagreed'),
      ),
      ['unagreed+unagreed [all States;'],
    );
  });
});

describe('inlay hints', () => {
  const corpus = new CorpusIndex();
  corpus.set(`file:///seeds/${SEEDS.resolution}`, resolution);
  const hintsOf = (text: string) => {
    const doc = parseDraft(text);
    return getInlayHints(doc, { start: 0, end: text.length }, corpus).map((h) => {
      const { line, character } = doc.lines.positionAt(h.at);
      return `${line}:${character}${h.label}`;
    });
  };

  it('shows the opening words of the paragraph a cross-reference names, and the year the corpus dates a resolution', () => {
    assert.deepStrictEqual(hintsOf(DRAFT), [
      '2:46 2006',
      '6:65: Welcomes the report;¹',
      '8:79: Requests the Secretary-General to [report on pa…',
    ]);
  });

  it('says nothing where the text gives the year, the corpus does not know it, or the paragraph does not exist', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolutions 61/49 of 4 December 2006, 99/1 and 37/4,\n\n' +
      '1. Recalls paragraph 7 above;\n';
    // 37/4 is dated in 63/114 ("37/4 of 22 October 1982"): the reference without a date gets the year in parentheses.
    assert.deepStrictEqual(hintsOf(text), ['2:65 (1982)']);
  });

  it('gives only the hints within the range asked for', () => {
    const doc = parseDraft(DRAFT);
    const line8 = DRAFT.split('\n').slice(0, 8).join('\n').length + 1;
    assert.deepStrictEqual(
      getInlayHints(doc, { start: line8, end: DRAFT.length }, corpus).map((h) => doc.lines.lineOf(h.at)),
      [8],
    );
  });
});

describe('the status-bar summary', () => {
  it('reads "16 operative · numbering OK · no brackets" for resolution 63/114', () => {
    const doc = parseDraft(resolution);
    const summary = getSummary(doc, getDiagnostics(doc));
    assert.strictEqual(summary.text, '16 operative · numbering OK · no brackets');
    assert.strictEqual(summary.firstProblem, undefined);
  });

  it('counts numbering problems and open brackets, and points at the first problem', () => {
    const broken = resolution.replace(/^5\. /m, '7. ').replace('Welcoming the efforts', 'Welcoming [the efforts]');
    const doc = parseDraft(broken);
    const summary = getSummary(doc, getDiagnostics(doc));
    assert.match(summary.text, /^16 operative · numbering: \d+ problems? · 1 bracket open/);
    const line = broken.split('\n').findIndex((l) => l.startsWith('7. '));
    assert.strictEqual(summary.firstProblem && doc.lines.positionAt(summary.firstProblem.span.start).line, line);
  });

  it('points at the first bracket when the checks find nothing', () => {
    const doc = parseDraft(DRAFT);
    const summary = getSummary(doc, []);
    assert.strictEqual(summary.text, '3 operative · numbering OK · 3 brackets open');
    assert.deepStrictEqual(summary.firstProblem && doc.lines.positionAt(summary.firstProblem.span.start), {
      line: 6,
      character: 37,
    });
  });
});

describe('the preview', () => {
  it('lays out 63/114 as printed: masthead, centred title, italic openings, hanging numbers, footnotes at the foot', () => {
    const html = previewHtml(parseDraft(resolution), 'ga-resolution-63-114.resolution');
    assert.match(html, /<div class="masthead"|<p class="masthead">/);
    assert.match(html, /<p class="masthead"><span>General Assembly<\/span><span>A\/RES\/63\/114<\/span><\/p>/);
    assert.match(html, /<p class="title" data-line="10"><span class="num">63\/114\.<\/span><strong>Cooperation/);
    assert.match(html, /<p class="preambular" data-line="14"><em>Recalling<\/em> its resolutions 37\/4/);
    assert.match(html, /<p class="operative" data-line="\d+"><span class="num">4\.<\/span><em>Affirms<\/em> that/);
    // The footnotes come after the last paragraph, in the order of their first reference.
    const notes = html.indexOf('<div class="notes">');
    assert.ok(notes > html.indexOf('plenary meeting'));
    assert.match(html.slice(notes), /<sup>1<\/sup> See A\/60\/633-S\/2005\/826, annex III\./);
    assert.doesNotMatch(html, /<script/i);
  });

  it("escapes every text and marks unagreed words, not the title block's symbol line", () => {
    const html = previewHtml(
      parseDraft('The General Assembly,\n\n1. Urges <script>alert(1)</script> & [all "States"];\n'),
      '<title>',
    );
    assert.doesNotMatch(html, /<script|<title><title>/);
    assert.ok(
      html.includes(
        '<em>Urges</em> &#60;script&#62;alert(1)&#60;/script&#62; &#38; <span class="unagreed">[</span>' +
          '<span class="unagreed">all &#34;States&#34;</span><span class="unagreed">]</span>;',
      ),
    );
    assert.doesNotMatch(previewHtml(parseDraft(resolution), 'x'), /unagreed">\[without/);
  });
});

describe('the rich-text copy', () => {
  it('keeps italics and layout in HTML with inline styles, and the clean text beside it', () => {
    const doc = parseDraft(DRAFT);
    const copy = richText(doc);
    assert.match(copy.html, /<p style="text-align:center"><em>The General Assembly<\/em>,<\/p>/);
    assert.match(
      copy.html,
      /<p style="margin-left:1.27cm;text-indent:-1.27cm"><span class="num">1\.<\/span>\t<em>Welcomes<\/em> the report;<sup>1<\/sup><\/p>/,
    );
    assert.doesNotMatch(copy.html, /class="(?!num)|data-line/);
    assert.strictEqual(copy.text.includes('*'), false);
  });

  it('keeps a heading on its own line in both', () => {
    const text =
      'The General Assembly,\n\nI. GENERAL PROVISIONS\n1. Decides to act;\n\nII. FOLLOW-UP\n2. Requests a report.\n';
    const copy = richText(parseDraft(text));
    assert.match(copy.html, /<p style="text-align:center;font-weight:bold">(<strong>)?I\. GENERAL PROVISIONS/);
    assert.ok(copy.text.split('\n').includes('I. GENERAL PROVISIONS'), copy.text);
    assert.ok(copy.text.split('\n').includes('II. FOLLOW-UP'), copy.text);
  });
});
