import * as assert from 'assert';
import {
  agreedLanguageEdits,
  agreedLanguageSummary,
  findAgreedLanguage,
} from '../../server/src/service/features/agreedLanguage';
import { applyEdits } from '../../server/src/service/features/renumber';
import { CorpusIndex, IndexedForm } from '../../server/src/service/corpus/corpusIndex';
import { parseDraft } from '../../server/src/service/model/parser';
import { readSeed, SEEDS, SeedName } from '../support/seeds';

const seedUri = (name: SeedName): string => `file:///seeds/${SEEDS[name]}`;

function seedCorpus(): { corpus: CorpusIndex; texts: Map<string, string> } {
  const corpus = new CorpusIndex();
  const texts = new Map<string, string>();
  for (const name of Object.keys(SEEDS) as SeedName[]) {
    corpus.set(seedUri(name), readSeed(name));
    texts.set(seedUri(name), readSeed(name));
  }
  return { corpus, texts };
}

/** Where `needle` is in the text: the offset a drafter's cursor would be at. */
function offsetOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  return at;
}

describe('agreed-language finder', () => {
  it("finds the Geneva final document's wording for operative paragraph 4 of resolution 63/114", () => {
    const { corpus, texts } = seedCorpus();
    const text = readSeed('resolution');
    const doc = parseDraft(text);
    const result = findAgreedLanguage(
      doc,
      seedUri('resolution'),
      offsetOf(text, 'share a common goal'),
      corpus,
      (uri) => texts.get(uri),
    );
    assert.ok(result);
    assert.strictEqual(result.paragraph.number?.value, 4);
    const best = result.matches[0];
    assert.strictEqual(best.uri, seedUri('geneva'));
    assert.match(best.source, /^Final Document of the General Meeting/);
    assert.strictEqual(best.place, 'paragraph 1 under "Middle East and Palestine"');
    assert.match(
      best.text,
      /^The meeting stated that the United Nations and the OIC share a common goal of promoting and facilitating the Middle East peace process\. The objective is to achieve a just and comprehensive peace in the Middle East/,
    );
    // Sentences that do not share the wording (settlements, Gaza) are left out of the passage.
    assert.doesNotMatch(best.text, /settlement/);
    assert.ok(best.similarity > 0.3 && best.similarity < 0.8, `similarity ${best.similarity}`);
    assert.ok(!best.identical);
    assert.match(best.diffPlain, /\[-\*Affirms\*-\]/);
    assert.match(best.diffPlain, /share a common goal of promoting and facilitating the Middle East peace process/);
    assert.match(best.diffMarkdown, /~~\\\*Affirms\\\*~~/);
    assert.strictEqual(
      best.range.start.line,
      offsetLine(texts.get(seedUri('geneva'))!, 'The meeting stated that the United Nations and the OIC'),
    );
    // The resolution itself is the document asked about: it is not its own agreed language.
    assert.ok(result.matches.every((m) => m.uri !== seedUri('resolution')));
  });

  it('does not offer a document its own wording when it is open under another name (a copy of a seed)', () => {
    const { corpus, texts } = seedCorpus();
    const copy = 'file:///workspace/ga-resolution-63-114.resolution';
    const text = readSeed('resolution');
    corpus.set(copy, text);
    const result = findAgreedLanguage(
      parseDraft(text),
      copy,
      offsetOf(text, 'share a common goal'),
      corpus,
      (uri) => texts.get(uri) ?? text,
    )!;
    assert.strictEqual(result.matches[0].uri, seedUri('geneva'));
    assert.ok(result.matches.every((m) => m.uri !== seedUri('resolution')));
  });

  it('says a paragraph copied from 63/114 is identical to it, and an edited one mostly is', () => {
    const { corpus, texts } = seedCorpus();
    const resolution = parseDraft(readSeed('resolution'));
    const third = resolution.preambular[2];
    const wording = readSeed('resolution').slice(third.span.start, third.span.end);
    const draft = `The General Assembly,\n\n${wording}\n\n1. *Decides* to remain seized of the matter.\n`;
    const doc = parseDraft(draft);
    const result = findAgreedLanguage(doc, 'untitled:draft', offsetOf(draft, wording.slice(0, 20)), corpus, (uri) =>
      texts.get(uri),
    )!;
    assert.strictEqual(result.matches[0].source, 'resolution 63/114');
    assert.strictEqual(result.matches[0].place, 'preambular paragraph 3');
    assert.ok(result.matches[0].identical);
    assert.strictEqual(
      agreedLanguageSummary(result),
      '**Agreed language**: identical to resolution 63\\/114, preambular paragraph 3.',
    );

    const edited = draft.replace('peacekeeping', 'peace operations');
    const changed = findAgreedLanguage(
      parseDraft(edited),
      'untitled:draft',
      offsetOf(edited, 'peace operations'),
      corpus,
      (uri) => texts.get(uri),
    )!;
    assert.ok(!changed.matches[0].identical);
    assert.match(
      agreedLanguageSummary(changed)!,
      /^\*\*Agreed language\*\*: \d+% of this paragraph's wording is in resolution 63\\\/114, preambular paragraph 3\.$/,
    );
  });

  it('stops when cancelled', () => {
    const { corpus, texts } = seedCorpus();
    const text = readSeed('resolution');
    const read: string[] = [];
    const result = findAgreedLanguage(
      parseDraft(text),
      seedUri('resolution'),
      offsetOf(text, 'share a common goal'),
      corpus,
      (uri) => {
        read.push(uri);
        return texts.get(uri);
      },
      8,
      { isCancellationRequested: true },
    );
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(read, []);
  });

  it('finds nothing for wording the corpus does not have, and nothing outside a paragraph', () => {
    const { corpus, texts } = seedCorpus();
    const draft =
      'The Assembly,\n\n1. *Decides* that penguins shall enjoy observer status at every meeting of the coastal fisheries board.\n';
    const doc = parseDraft(draft);
    assert.deepStrictEqual(
      findAgreedLanguage(doc, 'untitled:x', offsetOf(draft, 'penguins'), corpus, (uri) => texts.get(uri))?.matches,
      [],
    );
    assert.strictEqual(
      findAgreedLanguage(doc, 'untitled:x', offsetOf(draft, 'Assembly'), corpus, (uri) => texts.get(uri)),
      undefined,
    );
  });

  it('leaves out a document that changed on disk since it was indexed, and one removed from the corpus', () => {
    const { corpus, texts } = seedCorpus();
    const text = readSeed('resolution');
    const query = (): string[] =>
      findAgreedLanguage(
        parseDraft(text),
        seedUri('resolution'),
        offsetOf(text, 'share a common goal'),
        corpus,
        (uri) => texts.get(uri),
      )!.matches.map((m) => m.uri);
    assert.ok(query().includes(seedUri('geneva')));
    texts.set(seedUri('geneva'), `${readSeed('geneva')}\nA line added since.`);
    assert.ok(!query().includes(seedUri('geneva')));
    texts.set(seedUri('geneva'), readSeed('geneva'));
    corpus.remove(seedUri('geneva'));
    assert.ok(!query().includes(seedUri('geneva')));
  });

  it('answers the same from a corpus restored from its cached form as from the texts', () => {
    const { corpus, texts } = seedCorpus();
    const restored = new CorpusIndex();
    for (const uri of texts.keys()) restored.setIndexed(uri, corpus.cached(uri) as IndexedForm);
    // A copy restored before or after its original stays a copy.
    restored.setIndexed('file:///copy.resolution', corpus.cached(seedUri('resolution')) as IndexedForm);
    assert.deepStrictEqual(restored.size, corpus.size);
    assert.deepStrictEqual(restored.lookup('A/RES/61/49'), corpus.lookup('A/RES/61/49'));
    const text = readSeed('resolution');
    const ask = (index: CorpusIndex) =>
      findAgreedLanguage(parseDraft(text), seedUri('resolution'), offsetOf(text, 'share a common goal'), index, (uri) =>
        texts.get(uri),
      );
    assert.deepStrictEqual(ask(restored), ask(corpus));
  });

  it('escapes corpus wording in the Markdown diff', () => {
    const corpus = new CorpusIndex();
    const hostile =
      'The Conference,\n\nRecalling the [agreed text](command:workbench.action.terminal.new) on <img src=x onerror=alert(1)> cooperation between the two Organizations in all fields,\n';
    corpus.set('file:///hostile.communique', hostile);
    const draft =
      'The Conference,\n\nRecalling the agreed text on cooperation between the two Organizations in all fields,\n';
    const result = findAgreedLanguage(
      parseDraft(draft),
      'untitled:d',
      offsetOf(draft, 'agreed'),
      corpus,
      () => hostile,
    )!;
    const markdown = result.matches[0].diffMarkdown;
    assert.doesNotMatch(markdown, /\]\(command:/);
    assert.doesNotMatch(markdown, /<img/);
  });

  it('puts the corpus wording in place of the paragraph, keeps its number and punctuation, and notes the source', () => {
    const { corpus, texts } = seedCorpus();
    const text = readSeed('resolution');
    const doc = parseDraft(text);
    const result = findAgreedLanguage(
      doc,
      seedUri('resolution'),
      offsetOf(text, 'share a common goal'),
      corpus,
      (uri) => texts.get(uri),
    )!;
    const changed = applyEdits(doc, agreedLanguageEdits(doc, result.paragraph, result.matches[0]));
    const after = parseDraft(changed);
    assert.strictEqual(after.operative.length, doc.operative.length);
    const fourth = changed.slice(after.operative[3].span.start, after.operative[3].span.end);
    assert.match(
      fourth,
      /^4\. The meeting stated that the United Nations and the OIC share a common goal .* the commitments of the Annapolis Conference;$/,
    );
    assert.match(
      changed,
      /Annapolis Conference;\n\/\/ Agreed language: Final Document of the General Meeting on Cooperation between the United Nations and the Organization of the Islamic Conference, paragraph 1 under "Middle East and Palestine"\n/,
    );
    // Only paragraph 4 changed: the text before and after it is as it was.
    assert.strictEqual(changed.slice(0, doc.operative[3].span.start), text.slice(0, doc.operative[3].span.start));
    assert.ok(changed.endsWith(text.slice(doc.operative[3].span.end)));
  });
});

function offsetLine(text: string, needle: string): number {
  return text.slice(0, offsetOf(text, needle)).split('\n').length - 1;
}
