import * as fs from 'fs';
import { parseDraft, toWord } from '../service';
import { Command, parseArgs, UsageError } from './command';
import { DraftFileError, readDraftFile } from './readDraftFile';

/** `docx DRAFT -o OUT.docx`: the draft as a Word file in UN layout. */
export const docx: Command = async (args) => {
  const { options, rest: files } = parseArgs(args, [], ['-o']);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no file given' : 'docx takes one draft');
  const out = options.get('-o')?.at(-1);
  if (!out) throw new UsageError('docx needs -o OUT.docx: a Word file is not written to the terminal');
  const bytes = await toWord(parseDraft(readDraftFile(files[0])));
  try {
    fs.writeFileSync(out, bytes);
  } catch (error) {
    throw new DraftFileError(`${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return 0;
};
