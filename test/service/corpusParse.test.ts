import * as assert from 'assert';
import { getDiagnostics } from '../../server/src/service/features/diagnostics';
import { parseCorpusText } from '../../server/src/service/model/corpusParse';
import { parseDraft } from '../../server/src/service/model/parser';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { readSeed } from '../support/seeds';

describe('the light parse of corpus files', () => {
  it('keeps paragraphs, title and citations but no openings, sub-paragraphs or markers, and the checks refuse it', () => {
    const text = readSeed('resolution');
    const light = parseCorpusText(text);
    const full = parseDraft(text);
    assert.deepStrictEqual(
      light.paragraphs.map((p) => [p.kind, p.span]),
      full.paragraphs.map((p) => [p.kind, p.span]),
    );
    assert.ok(full.paragraphs.some((p) => p.opening || p.subparagraphs.length > 0 || p.footnoteMarkers.length > 0));
    assert.ok(
      light.paragraphs.every((p) => !p.opening && p.subparagraphs.length === 0 && p.footnoteMarkers.length === 0),
    );
    // The checks read what the light parse leaves out: it is a type of its own, and tsc fails if this compiles.
    // @ts-expect-error a corpus parse cannot be checked
    assert.ok(Array.isArray(getDiagnostics(light)));
    assert.ok(getDiagnostics(full).length >= 0);
    // The corpus takes it: the index of a text parsed lightly holds its citations.
    const corpus = new CorpusIndex();
    assert.ok(corpus.set('file:///r.resolution', text).citations.cited > 0);
  });
});
