import * as assert from 'assert';
import fc from 'fast-check';
import type { CorpusIndex, TextWindow } from '../../server/src/service';
import type { CorpusLoader } from '../../server/src/workspace/corpusLoader';
import { LineIndex } from '../../server/src/service/model/lineIndex';
import { fileUriOf } from '../../server/src/workspace/corpusFiles';
import { CorpusTexts } from '../../server/src/workspace/corpusTexts';
import { MemoryWorkspace } from '../../server/src/workspace/memoryWorkspace';
import { readTextWindow, textMapOf, wellFormedTextMap } from '../../server/src/workspace/textMap';
import type { ReadDocument } from '../../server/src/workspace/readers';
import { plainTextReader } from '../../server/src/workspace/readers/plainText';
import { loaderOver } from './corpusLoader.test';

/** Pieces of text in every UTF-8 length, with each kind of line break and a BOM character inside the text. */
const PIECES = ['a', 'word ', ' ', '\n', '\r\n', '\r', '\n\n', 'é', '–', '中文', '😀', '\ufeff', 'قرار '];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 400 })
  .chain((pieces) => fc.tuple(fc.constant(pieces.join('')), fc.integer({ min: 1, max: 40 })))
  .map(([text, times]) => text.repeat(times));

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The texts of a loaded corpus as the server reads them: parts of files by the loader's text maps. */
function textsOf(workspace: MemoryWorkspace, corpus: CorpusIndex, loader: CorpusLoader): CorpusTexts {
  const texts = new CorpusTexts(
    workspace,
    () => undefined,
    () => undefined,
    (u) => corpus.fingerprint(u),
  );
  texts.mapsFrom((file) => loader.indexedSource(file));
  return texts;
}

describe('text maps: a part of a plain-text file read alone', () => {
  it('maps every unit of a text, and a window read from the map is the text there, from a line start', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), fc.nat(), fc.nat(), (text, bom, a, b) => {
        const bytes = encode(bom ? `\ufeff${text}` : text);
        const map = textMapOf(text, bytes, bom ? 3 : 0);
        assert.ok(wellFormedTextMap(map, text.length));
        const workspace = new MemoryWorkspace();
        workspace.write('/f.txt', bytes);
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const window = readTextWindow(workspace.open('/f.txt'), map, start, end)!;
        assert.ok(window.start <= start && end <= window.start + window.text.length, 'it covers the span');
        assert.strictEqual(window.text, text.slice(window.start, window.start + window.text.length));
        const lines = new LineIndex(text);
        assert.strictEqual(lines.lineStart(window.line), window.start, 'it starts on its line');
        assert.strictEqual(window.textLength, text.length);
      }),
    );
  });

  it('maps a draft read with a byte-order mark, or two, from the text the reader gives', () => {
    const text = 'Réaffirmant sa résolution 61/49,\n'.repeat(200);
    for (const marks of ['', '\ufeff', '\ufeff\ufeff']) {
      const bytes = encode(marks + text);
      const read = plainTextReader.read(bytes, '/f.txt') as ReadDocument;
      const workspace = new MemoryWorkspace();
      workspace.write('/f.txt', bytes);
      const window = readTextWindow(workspace.open('/f.txt'), read.textMap!, 5000, 5100)!;
      assert.strictEqual(window.text, read.text!.slice(window.start, window.start + window.text.length));
    }
  });

  it('reads a few kilobytes of a long file, not all of it', () => {
    const text = 'Recalling its earlier resolutions,\n\n'.repeat(2000);
    const map = textMapOf(text, encode(text), 0);
    const workspace = new MemoryWorkspace({ '/f.txt': text });
    const window = readTextWindow(workspace.open('/f.txt'), map, 40_000, 40_100)!;
    assert.ok(window.text.length < 5000, `${window.text.length} units read`);
  });

  it('says a file whose bytes are no longer those mapped has no window', () => {
    const mapped = 'Première ligne\nDeuxième ligne\n';
    const map = textMapOf(mapped, encode(mapped), 0);
    const workspace = new MemoryWorkspace({ '/f.txt': 'Premiere ligne\nDeuxieme ligne\n\n\n' });
    assert.strictEqual(readTextWindow(workspace.open('/f.txt'), map, 0, 5), undefined);
  });

  it('reads a window of an indexed file, from the cache after a restart too, none once the file changes', async () => {
    const citing = `${'Noting the report of the Secretary-General,\n\n'.repeat(500)}Recalling resolution 44/4,\n`;
    const workspace = new MemoryWorkspace({ '/ws/a.txt': citing });
    const uri = fileUriOf('/ws/a.txt');
    const at = citing.indexOf('44/4');
    for (const start of ['cold', 'warm']) {
      const { corpus, loader } = loaderOver(workspace, { storage: '/storage' });
      await loader.load(['/ws'], []);
      if (start === 'cold') loader.saveCache();
      const texts = textsOf(workspace, corpus, loader);
      const window = texts.around(uri, { start: at - 224, end: at + 228 }) as TextWindow;
      assert.ok(typeof window === 'object' && window.text.length < citing.length / 2, `${start}: a part is read`);
      assert.strictEqual(window.text, citing.slice(window.start, window.start + window.text.length));
    }
    const { corpus, loader } = loaderOver(workspace, { storage: '/storage' });
    await loader.load(['/ws'], []);
    const stale: string[] = [];
    const texts = textsOf(workspace, corpus, loader);
    texts.whenStale((file) => stale.push(file));
    workspace.writeText('/ws/a.txt', citing.replace('Noting', 'Welcoming'));
    assert.strictEqual(texts.around(uri, { start: at - 224, end: at + 228 }), undefined);
    assert.deepStrictEqual(stale, ['/ws/a.txt']);
  });
});
