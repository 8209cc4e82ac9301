/** A CLI command: parses its own arguments, writes to stdout, returns the exit status (once its work is done). */
export type Command = (args: readonly string[]) => number | Promise<number>;

/** A mistake in how the command was called: exit 2 with the usage. */
export class UsageError extends Error {}

/** Splits arguments into flags (`--json`, `--style oic`) and the rest. */
export function parseArgs(args: readonly string[], flags: readonly string[], options: readonly string[] = []): { flags: Set<string>; options: Map<string, string[]>; rest: string[] } {
  const seen = new Set<string>();
  const values = new Map<string, string[]>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (flags.includes(arg)) seen.add(arg);
    else if (options.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(arg, [...(values.get(arg) ?? []), value]);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  return { flags: seen, options: values, rest };
}
