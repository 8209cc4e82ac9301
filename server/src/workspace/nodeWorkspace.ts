import * as fs from 'fs';
import * as path from 'path';
import { Entry, FileError, FileStamp, RandomAccessFile, tooLarge, Workspace } from './workspace';

/** Opening flags: no link followed at the last step, and a pipe opened without waiting for a writer. */
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

function kindOf(entry: fs.Dirent | fs.Stats): Entry['kind'] {
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isDirectory()) return 'folder';
  return entry.isFile() ? 'file' : 'other';
}

function cannotRead(error: unknown): FileError {
  return new FileError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

/** The workspace on the machine's disks. */
export const nodeWorkspace: Workspace = {
  async list(folder) {
    try {
      const entries = await fs.promises.readdir(folder, { withFileTypes: true });
      return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
    } catch (error) {
      throw cannotRead(error);
    }
  },

  stat(file) {
    try {
      const stat = fs.lstatSync(file);
      return { kind: kindOf(stat), mtimeMs: stat.mtimeMs, size: stat.size };
    } catch {
      return undefined;
    }
  },

  read(file, maxBytes) {
    let fd: number;
    try {
      fd = fs.openSync(file, READ_FLAGS);
    } catch (error) {
      // Linux says ELOOP when O_NOFOLLOW met a link.
      throw (error as NodeJS.ErrnoException).code === 'ELOOP' ? new FileError('is a symbolic link') : cannotRead(error);
    }
    try {
      // Checked on what was opened, not on the name: the file may have been swapped since it was listed.
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) throw new FileError('is not a regular file');
      if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
      // One byte more than allowed is asked for: a file that grew since fstat is refused, not cut.
      const bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
      let length = 0;
      for (let n = 1; n > 0 && length < bytes.length; length += n)
        n = fs.readSync(fd, bytes, length, bytes.length - length, null);
      if (length > maxBytes) throw tooLarge(length, maxBytes);
      const stamp: FileStamp = { mtimeMs: stat.mtimeMs, size: stat.size };
      return { bytes: bytes.subarray(0, length), stamp };
    } catch (error) {
      throw error instanceof FileError ? error : cannotRead(error);
    } finally {
      fs.closeSync(fd);
    }
  },

  write(file, bytes) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const fd = fs.openSync(temporary, 'w');
      try {
        for (const part of Array.isArray(bytes) ? bytes : [bytes]) fs.writeSync(fd, part);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temporary, file);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  },

  open(file) {
    let fd: number;
    try {
      fd = fs.openSync(file, READ_FLAGS);
      if (!fs.fstatSync(fd).isFile()) {
        fs.closeSync(fd);
        throw new FileError('is not a regular file');
      }
    } catch (error) {
      throw error instanceof FileError ? error : cannotRead(error);
    }
    return randomAccess(fd);
  },
};

/** Reads of an open file; its inode stays what was opened even when the name is replaced by a rename. */
function randomAccess(fd: number): RandomAccessFile {
  const size = fs.fstatSync(fd).size;
  const inside = (offset: number, length: number): void => {
    if (offset < 0 || length < 0 || offset + length > size) throw new FileError('is shorter than expected');
  };
  const whole = (bytes: Uint8Array, done: number): Uint8Array => {
    if (done < bytes.length) throw new FileError('is shorter than expected');
    return bytes;
  };
  return {
    size,
    read(offset, length) {
      inside(offset, length);
      const bytes = new Uint8Array(length);
      let done = 0;
      try {
        for (let n = 1; n > 0 && done < length; done += n)
          n = fs.readSync(fd, bytes, done, length - done, offset + done);
      } catch (error) {
        throw cannotRead(error);
      }
      return whole(bytes, done);
    },
    async readLater(offset, length) {
      inside(offset, length);
      const bytes = new Uint8Array(length);
      let done = 0;
      try {
        for (let n = 1; n > 0 && done < length; done += n)
          n = await new Promise<number>((resolve, reject) =>
            fs.read(fd, bytes, done, length - done, offset + done, (error, read) =>
              error ? reject(error) : resolve(read),
            ),
          );
      } catch (error) {
        throw cannotRead(error);
      }
      return whole(bytes, done);
    },
    close: () => fs.closeSync(fd),
  };
}
