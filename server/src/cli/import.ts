import * as fs from 'fs';
import { readWord, TrackedChanges } from '../workspace/word/readWord';
import { WordFileError } from '../workspace/word/wordXml';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError } from './readDraftFile';

const CHANGES: readonly TrackedChanges[] = ['accept', 'brackets'];

/** `import [--changes accept|brackets] FILE.docx`: the Word file as a communiqué text. */
export const importWord: Command = async (args) => {
  const { options, rest: files } = parseArgs(args, [], ['--changes']);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no file given' : 'import takes one Word file');
  const changes = options.get('--changes')?.at(-1) ?? 'accept';
  if (!CHANGES.includes(changes as TrackedChanges))
    throw new UsageError(`--changes ${changes}: write accept or brackets`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(files[0]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DraftFileError(
      code === 'ENOENT' ? `${files[0]}: no such file` : `${files[0]}: cannot be read (${code ?? String(error)})`,
    );
  }
  try {
    process.stdout.write(await readWord(bytes, { changes: changes as TrackedChanges }));
  } catch (error) {
    if (error instanceof WordFileError) throw new DraftFileError(`${files[0]}: ${error.message}`);
    throw error;
  }
  return 0;
};
