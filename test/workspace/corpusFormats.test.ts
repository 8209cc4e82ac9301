import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex, parseDraft } from '../../server/src/service';
import { getDocumentLinks } from '../../server/src/service/features/documentLinks';
import { getHover } from '../../server/src/service/features/hover';
import { getDefinition } from '../../server/src/service/features/navigation';
import { fileUriOf, readCorpusFile } from '../../server/src/workspace/corpusFiles';
import { CorpusLoader } from '../../server/src/workspace/corpusLoader';
import { MemoryWorkspace } from '../../server/src/workspace/memoryWorkspace';
import { nodeWorkspace } from '../../server/src/workspace/nodeWorkspace';
import { readAkn } from '../../server/src/workspace/readers/aknDocument';
import { repoRoot } from '../support/seeds';

const FORMATS = path.join(repoRoot, 'test', 'fixtures', 'corpus-formats');
const UNXML = path.join(repoRoot, 'test', 'fixtures', 'unxml');
const SC_2707 = path.join(UNXML, 'SCresolutions', '2023');
const ENGLISH_2707 = path.join(SC_2707, 'English', 'S_RES_2707-2322245E.xml');
const GA_78_42 = path.join(UNXML, 'GAresolutions', '78session', 'English', 'A_RES_78_42-2324513E.xml');

async function load(paths: readonly string[], workspace = nodeWorkspace, storage?: string) {
  const corpus = new CorpusIndex();
  const warnings: string[] = [];
  const loader = new CorpusLoader({ workspace, corpus, warn: (m) => warnings.push(m) });
  loader.useCacheIn(storage);
  await loader.load(paths, []);
  return { corpus, warnings };
}

async function textOf(file: string): Promise<string> {
  const read = await readCorpusFile(nodeWorkspace, file, () => undefined);
  assert.ok(read?.text, `${file} has a text`);
  return read.text;
}

/** A MemoryWorkspace holding copies of real files, under the same names. */
function memoryCopy(files: readonly string[]): MemoryWorkspace {
  const workspace = new MemoryWorkspace();
  for (const file of files) workspace.write(file, fs.readFileSync(file));
  return workspace;
}

describe('corpus files in the UN formats', () => {
  it('reads the PDF, Word and HTML files of a folder and skips each broken file with one warning naming it', async () => {
    const { corpus, warnings } = await load([FORMATS]);
    const files = [...corpus.allDocuments()].map((d) => path.basename(d.uri)).sort();
    assert.deepStrictEqual(files, ['resolution-print.docx', 'resolution-print.pdf', 'resolution.html']);
    const named = (file: string, why: string): string => `Corpus file ${path.join(FORMATS, file)} ${why}; skipped.`;
    assert.deepStrictEqual(warnings.sort(), [
      named('broken-binary.html', 'is binary'),
      named('broken-corrupt.docx', 'is not a Word file (.docx): it is not a zip archive'),
      named('broken-encrypted.pdf', 'is an encrypted PDF'),
      named('broken-scanned.pdf', 'is a PDF with no text (a scan?)'),
      named('broken-truncated.pdf', 'is not a readable PDF (Invalid PDF structure.)'),
      named('broken-truncated.xml', 'is not a readable Akoma Ntoso file (71:58: unclosed tag: references)'),
    ]);
    // The data_extract records came in too, though no file of theirs is a text.
    assert.strictEqual(corpus.metadata.about('A/RES/78/42')?.record.vote, 'recorded');
  });

  it('reads a PDF made by LibreOffice without its page furniture, and parses it as the resolution it is', async () => {
    const text = await textOf(path.join(FORMATS, 'resolution-print.pdf'));
    for (const furniture of ['A/RES/63/114', 'Distr.: General', '08-47826', '2/3'])
      assert.ok(!text.split('\n').includes(furniture), `"${furniture}" is left out`);
    const doc = parseDraft(text);
    assert.strictEqual(doc.title?.resolutionNumber, '63/114');
    assert.deepStrictEqual(
      doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number?.value),
      [1, 2, 3],
    );
    assert.strictEqual(doc.footnotes.length, 1);
  });

  it('reads a Word file made by LibreOffice as Import from Word does, and an HTML page without its scripts and menus', async () => {
    const word = parseDraft(await textOf(path.join(FORMATS, 'resolution-print.docx')));
    assert.strictEqual(word.title?.resolutionNumber, '63/114');
    assert.strictEqual(word.paragraphs.filter((p) => p.kind === 'operative').length, 3);
    const html = await textOf(path.join(FORMATS, 'resolution.html'));
    assert.ok(!/not text|Home · Documents/.test(html));
    assert.match(html, /^\*Recalling\* its resolutions 1244 \(1999\) and 2673 \(2023\),$/m);
    assert.match(html, /^1\. \*Decides\* to extend the mandate until 15 November 2024;$/m);
  });

  it('reads an AKN file with the numbers and points of its markup, and its FRBR identification', async () => {
    const gold = readAkn(fs.readFileSync(GA_78_42, 'utf8'));
    const doc = parseDraft(await textOf(GA_78_42));
    const operative = gold.body.filter((b) => b.kind === 'operative');
    assert.deepStrictEqual(
      doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => `${p.number?.value}.`),
      operative.map((b) => b.num),
    );
    assert.strictEqual(doc.footnotes.length, gold.footnotes.length);
    const { corpus } = await load([GA_78_42]);
    assert.deepStrictEqual(corpus.metadata.of(fileUriOf(GA_78_42)), [
      {
        symbol: 'A/RES/78/42',
        organ: 'GA',
        language: 'eng',
        title: gold.title?.text,
        adopted: '2023-12-04',
        meeting: '42nd plenary meeting',
      },
    ]);
  });

  it('joins a Council resolution’s language versions and its data_extract record in hover, and goes to its texts', async () => {
    const { corpus, warnings } = await load([SC_2707, path.join(FORMATS, 'data_extract')]);
    assert.deepStrictEqual(warnings, []);
    const draft = parseDraft(
      'The Security Council,\n\nRecalling its resolution 2707 (2023),\n\n1. *Decides* to act.\n',
    );
    const at = draft.text.indexOf('2707');
    const hover = getHover(
      draft,
      'untitled:draft',
      at,
      corpus,
      () => undefined,
      (uri) => uri,
    )!;
    assert.match(hover.markdown, /Adopted unanimously \(15–0–0\) on 14 November 2023 at the 9473rd meeting\./);
    assert.match(
      hover.markdown,
      /Language versions in the corpus: Arabic, Chinese, English, French, Russian, Spanish\./,
    );
    assert.match(hover.markdown, /Sponsors: \d+\./);
    const definitions = getDefinition(draft, at, corpus).map((l) => path.basename(decodeURIComponent(l.uri)));
    assert.strictEqual(definitions.length, 6);
    assert.ok(definitions.includes(path.basename(ENGLISH_2707)));
  });

  it('keeps a file’s metadata in the cache: a warm start reads no AKN file again and knows the same', async () => {
    const workspace = memoryCopy([GA_78_42]);
    await load([GA_78_42], workspace, '/storage');
    const reads = workspace.reads.length;
    const { corpus } = await load([GA_78_42], workspace, '/storage');
    assert.deepStrictEqual(
      workspace.reads.slice(reads).filter((f) => f.endsWith('.xml')),
      [],
    );
    assert.strictEqual(corpus.metadata.about('A/RES/78/42')?.record.meeting, '42nd plenary meeting');
  });
});

describe('document links', () => {
  it('links each UN document cited to its official page, percent-encoded, and nothing the UN does not issue', () => {
    const doc = parseDraft(
      'The General Assembly,\n\nRecalling its resolution 61/49 and Security Council resolution 2707 (2023),\n\n' +
        'Having considered the report A/63/228-S/2008/531,\n\nNoting OIC resolution 2/35-POL,\n\n1. *Decides* to act.\n',
    );
    const targets = getDocumentLinks(doc).map((l) => l.target);
    assert.ok(targets.includes('https://docs.un.org/en/A/RES/61/49'), targets.join(' '));
    assert.ok(targets.includes('https://docs.un.org/en/S/RES/2707%20(2023)'), targets.join(' '));
    assert.ok(
      targets.some((t) => t.startsWith('https://docs.un.org/en/A/63/228')),
      targets.join(' '),
    );
    assert.ok(targets.every((t) => /^https:\/\/docs\.un\.org\/en\/[A-Za-z0-9./%()-]+$/.test(t)));
    assert.ok(!targets.some((t) => t.includes('OIC')));
  });
});
