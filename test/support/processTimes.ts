import * as fs from 'fs';

/** User + system time in ms from a /proc stat file; with `children`, of the finished children it counts. */
function statCpuMs(file: string, children: boolean): number {
  const stat = fs.readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3; utime 14, stime 15, cutime 16, cstime 17 (1-based, in clock ticks).
  const [user, system] = children ? [fields[13], fields[14]] : [fields[11], fields[12]];
  return ((Number(user) + Number(system)) * 1000) / 100;
}

/**
 * CPU time (user + system, every thread) in ms: of a process from /proc/PID/stat, or with
 * `children`, of this process's finished children (how ripgrep is timed). On a shared machine
 * wall time counts other processes' work too; CPU time counts only the process's own.
 */
export function cpuMs(pid: number | 'self', children = false): number {
  return statCpuMs(`/proc/${pid}/stat`, children);
}

/** CPU time in ms of a process's main thread alone (its thread id is its process id): not its worker threads'. */
export function mainThreadCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/task/${pid}/stat`, false);
}
