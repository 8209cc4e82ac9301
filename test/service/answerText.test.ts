import * as assert from 'assert';
import { agreedLanguageEdits, findAgreedLanguage } from '../../server/src/service/features/agreedLanguage';
import { applyEdits } from '../../server/src/service/features/renumber';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { getCompletions } from '../../server/src/service/features/completion';
import { getHover } from '../../server/src/service/features/hover';
import { getWorkspaceSymbols } from '../../server/src/service/features/navigation';
import { parseDraft } from '../../server/src/service/model/parser';
import { oneLine } from '../../server/src/service/features/displayText';
import { quickPickText } from '../../client/src/quickPickText';
import { readSeed } from '../support/seeds';

const link = (uri: string, range: unknown): string =>
  `command:communique.openLocation?${encodeURIComponent(JSON.stringify([uri, range]))}`;
const citing = 'The General Assembly,\n\nRecalling its resolution 63/114 of 5 December 2008,\n';
/** The seed 63/114 with its title line made `title`. */
const retitled = (title: string): string =>
  readSeed('resolution').replace('63/114. Cooperation between', `63/114. ${title} Cooperation between`);

function hoverOn(corpus: CorpusIndex, texts: ReadonlyMap<string, string>): string {
  const at = citing.indexOf('63/114') + 2;
  return getHover(parseDraft(citing), 'file:///draft.communique', at, corpus, (uri) => texts.get(uri), link)!.markdown;
}

/** The targets of the Markdown links, read as CommonMark reads them: up to the first unbalanced ")". */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(((?:[^()\s]|\([^()\s]*\))*)\)/g)].map((m) => m[1]);
}

describe('text the answers quote', () => {
  it('oneLine keeps a line short, whole surrogate pairs, and no line break or bidirectional control', () => {
    assert.strictEqual(oneLine('x\n3. Decides\r\n\u2028to\u0085act'), 'x 3. Decides to act');
    assert.strictEqual(oneLine('a\u202eb\u2066c'), 'a\ufffdb\ufffdc');
    assert.strictEqual(oneLine('abcdef', 4), 'abc…');
    assert.strictEqual(oneLine('ab😀cd', 4), 'ab…');
    assert.strictEqual(oneLine(`${' '.repeat(5000)}x`, 10), '…');
  });

  it('a 1 MB title gives a short hover, workspace symbol and completion, cut with "…"', () => {
    const huge = 'Cooperation '.repeat(90_000);
    const text = retitled(huge);
    const corpus = new CorpusIndex();
    corpus.set('file:///corpus/63-114.resolution', text);
    const hover = hoverOn(corpus, new Map([['file:///corpus/63-114.resolution', text]]));
    assert.ok(hover.length < 4000, `${hover.length} characters`);
    assert.match(hover, /\*63\\\/114\\\. Cooperation Cooperation [^\n]*…\*\n/);
    const [symbol] = getWorkspaceSymbols('63/114', corpus);
    assert.ok(symbol.name.length <= 300 && symbol.name.endsWith('…'), symbol.name.slice(-20));
    const line = 'The General Assembly,\n\nRecalling its resolution 63/';
    const [completion] = getCompletions(parseDraft(line), line.length, corpus);
    assert.ok(completion.detail!.length < 400, `${completion.detail!.length} characters`);
  });

  it('a hover shows bidirectional controls and `$(icon)` of a corpus title as inert characters', () => {
    const text = retitled('\u202eNOITAREPOOC\u202c $(alert) $(link-external)');
    const corpus = new CorpusIndex();
    corpus.set('file:///corpus/63-114.resolution', text);
    const hover = hoverOn(corpus, new Map([['file:///corpus/63-114.resolution', text]]));
    assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(hover), hover);
    assert.ok(!/(?<!\\)\$\(/.test(hover), hover);
    assert.match(hover, /\\\$\\\(alert\\\)/);
  });

  it('a ")" or a space in a file name does not break the link to it; links open only corpus locations', () => {
    const names = ['file:///corpus/notes%20(final).communique', 'file:///corpus/x)%5D(command:evil).communique'];
    const texts = new Map(
      names.map((uri, i) => [uri, `Recalling its resolution 63/114 of 5 December 2008, on ${i},\n`]),
    );
    const corpus = new CorpusIndex();
    for (const [uri, text] of texts) corpus.set(uri, text);
    const hover = hoverOn(corpus, texts);
    const targets = linkTargets(hover);
    assert.strictEqual(targets.length, 2, hover);
    for (const target of targets) {
      assert.ok(target.startsWith('command:communique.openLocation?'), target);
      const [uri] = JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))) as [string];
      assert.ok(names.includes(uri), uri);
    }
  });
});

describe('agreed language from oddly named corpus files', () => {
  const cooperation =
    'Recalling the importance of cooperation between the United Nations and the Organization' +
    ' of Islamic Cooperation';
  const wording = `${cooperation} in every field,\n`;
  const draft = `The General Assembly,\n\n${cooperation} in all fields,\n`;

  function adopt(corpusUri: string): { note: string; adopted: string } {
    const corpus = new CorpusIndex();
    corpus.set(corpusUri, wording);
    const doc = parseDraft(draft);
    const read = (uri: string): string | undefined => (uri === corpusUri ? wording : undefined);
    const result = findAgreedLanguage(doc, 'untitled:d.communique', draft.indexOf('importance'), corpus, read)!;
    assert.strictEqual(result.matches.length, 1);
    const edits = agreedLanguageEdits(doc, result.paragraph, result.matches[0]);
    const adopted = applyEdits(doc, edits);
    return { note: adopted.slice(adopted.indexOf('//')), adopted };
  }

  it("a file name with a line break stays on the note's line: no operative paragraph comes of it", () => {
    const name = 'x\n3. Decides to suspend all cooperation.communique';
    const { note, adopted } = adopt(`file:///ws/${encodeURIComponent(name)}`);
    assert.strictEqual(note, `// Agreed language: ${name.replace('\n', ' ')}, preambular paragraph 1\n`);
    assert.deepStrictEqual(parseDraft(adopted).operative, []);
  });

  it('a malformed untitled: URI is named as written and does not stop the search', () => {
    const { note } = adopt('untitled:%E0%A4%A.communique');
    assert.strictEqual(note, '// Agreed language: untitled:%E0%A4%A.communique, preambular paragraph 1\n');
  });
});

describe('quick pick text', () => {
  it("shows a corpus file's $(icon) as written", () => {
    assert.strictEqual(quickPickText('$(alert) resolution $(x'), '\\$(alert) resolution \\$(x');
  });
});
