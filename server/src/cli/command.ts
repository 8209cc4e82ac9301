import { parseArgs as parseNodeArgs } from 'util';

/** A CLI command: parses its own arguments, writes to stdout, returns the exit status (once its work is done). */
export type Command = (args: readonly string[]) => number | Promise<number>;

/** A mistake in how the command was called: exit 2 with the usage. */
export class UsageError extends Error {}

/**
 * Splits arguments into flags (`--json`), options with values (`--style oic`, `--style=oic`, each
 * value kept) and the rest; after `--` everything is the rest, so a file may be named `--json`.
 * Node's own parser reads them; its first line is the message of a mistake.
 */
export function parseArgs(
  args: readonly string[],
  flags: readonly string[],
  options: readonly string[] = [],
): { flags: Set<string>; options: Map<string, string[]>; rest: string[] } {
  // A one-letter option ("-o") is its own short form.
  const name = (option: string): string => option.replace(/^--?/, '');
  const short = (option: string): { short?: string } => (/^-\w$/.test(option) ? { short: option[1] } : {});
  const config = Object.fromEntries([
    ...flags.map((f) => [name(f), { type: 'boolean' as const, ...short(f) }]),
    ...options.map((o) => [name(o), { type: 'string' as const, multiple: true, ...short(o) }]),
  ]);
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...args], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(String((error as Error).message).split('\n')[0]);
  }
  const values = parsed.values as Record<string, boolean | string[] | undefined>;
  return {
    flags: new Set(flags.filter((f) => values[name(f)] === true)),
    options: new Map(options.filter((o) => values[name(o)] !== undefined).map((o) => [o, values[name(o)] as string[]])),
    rest: parsed.positionals,
  };
}
