import { isCalendarDate, toAkomaNtoso } from '../service/features/akomaNtoso';
import { parseDraft } from '../service/model/parser';
import { Command, parseArgs, UsageError } from './command';
import { readDraftFile } from './readDraftFile';

/** `akn [--uri URI] [--date YYYY-MM-DD] FILE`: the draft as Akoma Ntoso XML. */
export const akn: Command = (args) => {
  const { options, rest: files } = parseArgs(args, [], ['--uri', '--date']);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no file given' : 'akn takes one file');
  const date = options.get('--date')?.at(-1);
  if (date !== undefined && !isCalendarDate(date))
    throw new UsageError(`--date ${date}: not a date written YYYY-MM-DD`);
  process.stdout.write(toAkomaNtoso(parseDraft(readDraftFile(files[0])), { uri: options.get('--uri')?.at(-1), date }));
  return 0;
};
