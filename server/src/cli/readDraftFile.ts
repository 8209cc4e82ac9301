import * as fs from 'fs';

/** A file that could not be read as a draft, with a message fit for one line of output. */
export class DraftFileError extends Error {}

/**
 * Reads a draft from disk as an editor would show it: UTF-8, without a byte-order mark.
 * Invalid UTF-8 is decoded with replacement characters rather than refused.
 */
export function readDraftFile(path: string): string {
  let bytes: Buffer;
  try {
    if (!fs.statSync(path).isFile()) throw new DraftFileError(`${path}: not a file`);
    bytes = fs.readFileSync(path);
  } catch (error) {
    if (error instanceof DraftFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DraftFileError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(error)})`);
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
