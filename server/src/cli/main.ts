/**
 * Command-line interface to the language service: `node dist/cli.js COMMAND …`.
 * Exit status: 0 success, 1 problems found (where a command says so), 2 usage or read error,
 * 3 an internal error (a bug), each with a one-line message on stderr.
 */
import { akn } from './akn';
import { check } from './check';
import { clean } from './clean';
import { citations } from './citations';
import { Command, UsageError } from './command';
import { compare } from './compare';
import { docx } from './docx';
import { importWord } from './import';
import { outline } from './outline';
import { parallel } from './parallel';
import { DraftFileError } from './readDraftFile';
import { rollover } from './rollover';

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  outline: { run: outline, usage: 'outline [--json] FILE…' },
  check: { run: check, usage: 'check [--json] [--style un|oic] FILE|DIR…' },
  citations: { run: citations, usage: 'citations [--json] [--corpus PATH…] [--cache DIR] FILE…' },
  akn: { run: akn, usage: 'akn [--uri URI] [--date YYYY-MM-DD] FILE' },
  clean: { run: clean, usage: 'clean FILE' },
  compare: { run: compare, usage: 'compare BASE DRAFT [--format text|json|html|amendments] [-o FILE]' },
  parallel: { run: parallel, usage: 'parallel [--json] A B' },
  rollover: { run: rollover, usage: 'rollover FILE' },
  docx: { run: docx, usage: 'docx DRAFT [--base BASE] [--author NAME] -o OUT.docx' },
  import: { run: importWord, usage: 'import [--changes accept|brackets] FILE.docx' },
};

const USAGE = `usage: communique COMMAND …\n${Object.values(COMMANDS)
  .map((c) => `  communique ${c.usage}`)
  .join('\n')}`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const command = name === undefined ? undefined : COMMANDS[name];
    if (!command) throw new UsageError(name === undefined ? 'no command given' : `unknown command ${name}`);
    return await command.run(args);
  } catch (error) {
    if (error instanceof DraftFileError) {
      process.stderr.write(`communique: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`communique: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`communique: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
    return 3;
  }
}

// A reader that stops early (`| head`) closes the pipe: the command finishes, quietly, with its own status.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
