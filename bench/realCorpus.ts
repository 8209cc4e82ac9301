/**
 * The UN's English development set (AKN XML, materialised by bench/accuracy/fetchDevSet.sh at
 * /tmp/unxml-dev) rendered once to the plain text a drafter would have, one `.resolution` file a
 * resolution, cached in bench/results/: the real corpus as a benchmark corpus, and what
 * bench/fitCorpus.ts fits the generator to.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readCorpus } from './accuracy/corpus';
import { render } from './accuracy/layouts';

export const DEV_SET_DIR = process.env.UNXML_DEV ?? '/tmp/unxml-dev';

/** The rendered folder under `results`, written on first use; undefined when the development set is absent. */
export function realCorpusFolder(results: string): string | undefined {
  if (!fs.existsSync(DEV_SET_DIR)) return undefined;
  const dir = path.join(results, 'corpus-real-dev');
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const { file, gold } of readCorpus(DEV_SET_DIR).documents) {
    const name = `${gold.symbol.replace(/[^A-Za-z0-9]+/g, '_')}.resolution`;
    fs.writeFileSync(path.join(dir, name), render(gold, 'clean', path.basename(file)).text);
  }
  fs.writeFileSync(marker, '');
  return dir;
}
