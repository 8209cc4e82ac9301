/**
 * Child process of the benchmark: `node warmStart.js DIR STORAGE` starts the corpus of a folder
 * from the index cache in STORAGE as the server does (same loader), timed to fully ready: cache
 * read and checked, files listed and checked, documents restored, agreed-language postings usable
 * and a first agreed-language query answered. Prints {docs, restored, cpuMs, ms, phases}: each
 * phase's wall and CPU ms. Without a cache in STORAGE the start is cold and writes it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDraft } from '../server/src/service';
import { CorpusIndex } from '../server/src/service/corpus/corpusIndex';
import { findAgreedLanguage } from '../server/src/service/features/agreedLanguage';
import { filePathOf } from '../server/src/workspace/corpusFiles';
import { CorpusLoader } from '../server/src/workspace/corpusLoader';
import { nodeWorkspace } from '../server/src/workspace/nodeWorkspace';

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main(): Promise<void> {
  const [dir, storage] = process.argv.slice(2).map((arg) => path.resolve(arg));
  const phases: Record<string, { ms: number; cpuMs: number }> = {};
  // From the process's start: Node and the modules loading are part of a start.
  let wall = 0;
  let cpu = 0;
  const phase = (name: string): void => {
    const [nowWall, nowCpu] = [performance.now(), cpuNow()];
    phases[name] = { ms: nowWall - wall, cpuMs: nowCpu - cpu };
    [wall, cpu] = [nowWall, nowCpu];
  };
  phase('node start and modules');
  const startWall = performance.now();
  const startCpu = cpuNow();
  const index = new CorpusIndex();
  const warnings: string[] = [];
  const loader = new CorpusLoader({ workspace: nodeWorkspace, corpus: index, warn: (w) => warnings.push(w) });
  loader.useCacheIn(storage);
  phase('cache read and checked');
  await loader.load([dir], []);
  phase('files listed, checked and restored');
  await loader.postPassages();
  phase('postings usable');
  const draft = parseDraft('The General Assembly,\n\n1. Calls upon all States to cooperate fully;\n');
  const offset = draft.text.indexOf('Calls');
  const readText = (uri: string): string | undefined => fs.readFileSync(filePathOf(uri)!, 'utf8');
  const answer = findAgreedLanguage(draft, 'untitled:ready.communique', offset, index, readText);
  phase('first agreed-language query');
  process.stdout.write(
    JSON.stringify({
      docs: index.size.documents,
      citations: index.size.citations,
      matches: answer?.matches.length ?? 0,
      ms: performance.now() - startWall,
      cpuMs: cpuNow() - startCpu,
      processCpuMs: cpuNow(),
      phases,
      warnings,
    }),
  );
}

void main();
