import * as fs from 'fs';
import { compareParallel, parallelText } from '../service/features/parallel';
import { parseDraft } from '../service/model/parser';
import { readerFor, UnreadableFile } from '../workspace/readers';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError, MAX_DRAFT_BYTES } from './readDraftFile';

/** A version as the corpus reads it: a text, an Akoma Ntoso file written out as text, a Word file. */
async function readVersion(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new DraftFileError(`${file}: not a file`);
    if (stat.size > MAX_DRAFT_BYTES) throw new DraftFileError(`${file}: larger than a draft can be; not read`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof DraftFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DraftFileError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code})`);
  }
  // A file of another name is a text, as `compare` reads it.
  const reader = readerFor(file, bytes.subarray(0, 4096)) ?? readerFor('draft.txt', bytes);
  try {
    const text = (await reader!.read(bytes, file)).text;
    if (text === undefined) throw new DraftFileError(`${file}: holds no text`);
    return text;
  } catch (error) {
    if (error instanceof UnreadableFile) throw new DraftFileError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * `parallel [--json] A B`: two language versions of one text aligned paragraph by paragraph; each
 * place where they do not correspond on a line. Exit status 0 when they correspond, 1 with findings.
 */
export const parallel: Command = async (args) => {
  const { flags, rest: files } = parseArgs(args, ['--json']);
  if (files.length !== 2) throw new UsageError('parallel takes two files: A B');
  const [a, b] = await Promise.all(files.map(async (file) => parseDraft(await readVersion(file))));
  const comparison = compareParallel(a, b);
  if (flags.has('--json')) {
    const { names, paired, findings } = comparison;
    process.stdout.write(`${JSON.stringify({ a: files[0], b: files[1], names, paired, findings }, null, 2)}\n`);
  } else process.stdout.write(parallelText(comparison));
  return comparison.findings.length === 0 ? 0 : 1;
};
