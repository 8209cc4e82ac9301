import * as assert from 'assert';
import * as path from 'path';
import { CorpusIndex } from '../../server/src/service/corpus/corpusIndex';
import { parseDraft } from '../../server/src/service/model/parser';
import { fileUriOf } from '../../server/src/workspace/corpusFiles';
import { CorpusLoader } from '../../server/src/workspace/corpusLoader';
import { MemoryWorkspace } from '../../server/src/workspace/memoryWorkspace';

const A = 'The General Assembly,\n\nRecalling its resolution 61/49 of 4 December 2006,\n';
const B = 'The General Assembly,\n\nRecalling its resolution 55/10 of 1 March 2001,\n';
const C = 'Final communiqué\n\nRecalling resolution 44/4 of 2 June 1989,\n';

/** A loader over `workspace` with its warnings collected, and what its corpus holds. */
export function loaderOver(workspace: MemoryWorkspace, options: { storage?: string; open?: Set<string> } = {}) {
  const corpus = new CorpusIndex();
  const warnings: string[] = [];
  const loader = new CorpusLoader({
    workspace,
    corpus,
    warn: (m) => warnings.push(m),
    isOpen: (uri) => options.open?.has(uri) ?? false,
  });
  loader.useCacheIn(options.storage);
  const files = (): string[] => [...corpus.allDocuments()].map((d) => path.basename(new URL(d.uri).pathname)).sort();
  const citing = (symbol: string): string[] =>
    [...new Set(corpus.lookup(symbol).citations.map((c) => path.basename(new URL(c.uri).pathname)))].sort();
  return { corpus, loader, warnings, files, citing };
}

describe('the corpus loader', () => {
  it('indexes the drafts under a folder, passing over links, pipes, hidden folders and other files, and counts a copy once', async () => {
    const workspace = new MemoryWorkspace({
      '/ws/a.communique': A,
      '/ws/sub/b.resolution': B,
      '/ws/.git/c.txt': C,
      '/ws/notes.md': C,
      '/ws/copy.txt': A,
    });
    workspace.place('/ws/link.txt', 'link');
    workspace.place('/ws/pipe.txt', 'other');
    const { loader, warnings, files } = loaderOver(workspace);
    await loader.load(['/ws'], []);
    assert.deepStrictEqual(files(), ['a.communique', 'b.resolution']);
    assert.deepStrictEqual(warnings, ['Corpus file /ws/copy.txt has the same text as /ws/a.communique; counted once.']);
  });

  it('takes a relative corpus path in each workspace folder, never in the working directory', async () => {
    const workspace = new MemoryWorkspace({
      '/one/drafts/a.communique': A,
      '/two/drafts/b.communique': B,
      [path.join(process.cwd(), 'drafts/c.txt')]: C,
    });
    const { loader, warnings, files } = loaderOver(workspace);
    await loader.load(['drafts'], ['/one', '/two']);
    assert.deepStrictEqual(files(), ['a.communique', 'b.communique']);
    assert.deepStrictEqual(warnings, []);
  });

  it('says a relative path has no folder to be taken in when there is no workspace folder', async () => {
    const { loader, warnings, files } = loaderOver(
      new MemoryWorkspace({ [path.join(process.cwd(), 'drafts/c.txt')]: C }),
    );
    await loader.load(['drafts'], []);
    assert.deepStrictEqual(files(), []);
    assert.deepStrictEqual(warnings, [
      'Corpus path drafts is relative and there is no workspace folder to take it in; skipped.',
    ]);
  });

  it('matches globs with braces and ** at any depth, relative ones in the workspace folder', async () => {
    const workspace = new MemoryWorkspace({ '/x/a.communique': A, '/x/deep/er/b.txt': B, '/x/deep/c.resolution': C });
    let { loader, files } = loaderOver(workspace);
    await loader.load(['/x/**/*.{communique,txt}'], []);
    assert.deepStrictEqual(files(), ['a.communique', 'b.txt']);
    ({ loader, files } = loaderOver(workspace));
    await loader.load(['deep/*.resolution', 'deep/**/?.txt'], ['/x']);
    assert.deepStrictEqual(files(), ['b.txt', 'c.resolution']);
  });

  it('reports an invalid glob by its path and loads the other paths', async () => {
    const { loader, warnings, files } = loaderOver(
      new MemoryWorkspace({ '/ws/drafts/a.communique': A, '/ws/b.communique': B }),
    );
    await loader.load(['/ws/drafts/[z-a]*.txt', '/ws/b.communique'], []);
    assert.deepStrictEqual(files(), ['b.communique']);
    assert.deepStrictEqual(warnings, [
      'Corpus path /ws/drafts/[z-a]*.txt is not a valid glob (a [ ] class that matches nothing); skipped.',
    ]);
  });

  it('refuses a glob that would backtrack for minutes, at once, and keeps globs of two stars a segment', async () => {
    const name = `/ws/${'a'.repeat(240)}.txt`;
    const workspace = new MemoryWorkspace({ [name]: C, '/ws/draft-2024-final.communique': A });
    const { loader, warnings, files } = loaderOver(workspace);
    const started = performance.now();
    await loader.load([`/ws/${'*a'.repeat(4)}*b.txt`, '/ws/*a*b.txt', '/ws/draft-*-*.communique'], []);
    assert.ok(performance.now() - started < 1000, `took ${performance.now() - started} ms`);
    assert.deepStrictEqual(files(), ['draft-2024-final.communique']);
    assert.deepStrictEqual(warnings, [
      `Corpus path /ws/${'*a'.repeat(4)}*b.txt has more than 2 "*" in one folder or file name, which could take minutes to match; skipped.`,
    ]);
  });

  it('refuses a glob whose braces expand to more than 64 patterns, and keeps one of 64', async () => {
    const letters = '{a,b,c,d,e,f,g,h}';
    const workspace = new MemoryWorkspace({ '/ws/ha.txt': C, '/ws/hab.communique': A });
    const { loader, warnings, files } = loaderOver(workspace);
    await loader.load([`/ws/${letters}${letters}.txt`, `/ws/${letters}${letters}{b,c}.communique`], []);
    assert.deepStrictEqual(files(), ['ha.txt']);
    assert.deepStrictEqual(warnings, [
      `Corpus path /ws/${letters}${letters}{b,c}.communique expands to more than 64 patterns; skipped.`,
    ]);
  });

  it('drops the files of a path no longer named when the paths change', async () => {
    const { loader, files } = loaderOver(new MemoryWorkspace({ '/ws/a.communique': A, '/extra/b.communique': B }));
    await loader.load(['/ws', '/extra'], []);
    assert.deepStrictEqual(files(), ['a.communique', 'b.communique']);
    await loader.load(['/ws'], []);
    assert.deepStrictEqual(files(), ['a.communique']);
  });

  it('lets the last of two loads asked for at once decide what stays, saying it is loading until both are done', async () => {
    const { loader, files } = loaderOver(new MemoryWorkspace({ '/old/a.communique': A, '/new/b.communique': B }));
    const first = loader.load(['/old'], []);
    const second = loader.load(['/new'], []);
    assert.strictEqual(loader.loading, true);
    await first;
    assert.strictEqual(loader.loading, true);
    await second;
    assert.strictEqual(loader.loading, false);
    assert.deepStrictEqual(files(), ['b.communique']);
  });

  it('does not read a file again that is unchanged since it was indexed', async () => {
    const workspace = new MemoryWorkspace({ '/ws/a.communique': A, '/ws/b.communique': B });
    const { loader } = loaderOver(workspace);
    await loader.load(['/ws'], []);
    workspace.writeText('/ws/b.communique', C);
    workspace.reads.length = 0;
    await loader.load(['/ws'], []);
    assert.deepStrictEqual(workspace.reads, ['/ws/b.communique']);
  });

  it('lets a file swapped for a link, a pipe or a device leave the corpus with a warning naming it, reading nothing through it', async () => {
    const workspace = new MemoryWorkspace({ '/ws/a.txt': C, '/ws/b.txt': B });
    const { loader, warnings, files } = loaderOver(workspace);
    await loader.load(['/ws'], []);
    workspace.place('/ws/a.txt', 'link');
    workspace.place('/ws/b.txt', 'other');
    await loader.changed('/ws/a.txt');
    await loader.changed('/ws/b.txt');
    assert.deepStrictEqual(files(), []);
    assert.deepStrictEqual(warnings, [
      'Corpus file /ws/a.txt is a symbolic link; skipped.',
      'Corpus file /ws/b.txt is not a regular file; skipped.',
    ]);
  });

  it('indexes an open document from its editor text, and from its file again once it is closed', async () => {
    const workspace = new MemoryWorkspace({ '/ws/a.communique': A });
    const open = new Set<string>();
    const { loader, citing } = loaderOver(workspace, { open });
    await loader.load(['/ws'], []);
    const uri = fileUriOf('/ws/a.communique');
    open.add(uri);
    loader.indexOpen(uri, B);
    assert.deepStrictEqual([citing('A/RES/61/49'), citing('A/RES/55/10')], [[], ['a.communique']]);
    open.delete(uri);
    await loader.closed(uri);
    assert.deepStrictEqual([citing('A/RES/61/49'), citing('A/RES/55/10')], [['a.communique'], []]);
  });

  it('indexes an open draft from the parse its diagnostics use, as it would from its text', () => {
    const fromText = loaderOver(new MemoryWorkspace());
    const fromParse = loaderOver(new MemoryWorkspace());
    fromText.loader.indexOpen('untitled:a', A);
    fromParse.loader.indexOpen('untitled:a', parseDraft(A));
    const lookup = (corpus: CorpusIndex): unknown => [...corpus.symbols()].map((symbol) => corpus.lookup(symbol));
    assert.deepStrictEqual(
      [lookup(fromParse.corpus), fromParse.corpus.passages.size],
      [lookup(fromText.corpus), fromText.corpus.passages.size],
    );
    assert.ok(fromParse.corpus.size.citations > 0);
  });

  it('lets a file opened from outside the corpus paths leave the corpus once it is closed', async () => {
    const workspace = new MemoryWorkspace({ '/ws/a.communique': A, '/elsewhere/b.communique': B });
    const open = new Set<string>();
    const { loader, files } = loaderOver(workspace, { open });
    await loader.load(['/ws'], []);
    const uri = fileUriOf('/elsewhere/b.communique');
    open.add(uri);
    loader.indexOpen(uri, B);
    assert.deepStrictEqual(files(), ['a.communique', 'b.communique']);
    open.delete(uri);
    await loader.closed(uri);
    assert.deepStrictEqual(files(), ['a.communique']);
  });

  it('indexes a changed file a watched folder holds only if the corpus glob matches it', async () => {
    const workspace = new MemoryWorkspace({ '/ws/a.communique': A });
    const { loader, files } = loaderOver(workspace);
    await loader.load(['/ws/**/*.communique'], []);
    workspace.writeText('/ws/notes.txt', B);
    workspace.writeText('/ws/sub/c.communique', C);
    await loader.changed('/ws/notes.txt');
    await loader.changed('/ws/sub/c.communique');
    await loader.changed('/outside/d.communique');
    assert.deepStrictEqual(files(), ['a.communique', 'c.communique']);
  });

  it('keeps an unsaved draft out of the corpus once it is closed', async () => {
    const { loader, corpus } = loaderOver(new MemoryWorkspace());
    loader.indexOpen('untitled:Untitled-1', A);
    assert.strictEqual(corpus.size.documents, 1);
    await loader.closed('untitled:Untitled-1');
    assert.strictEqual(corpus.size.documents, 0);
  });
});
