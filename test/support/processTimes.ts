import * as fs from 'fs';

/**
 * CPU time (user + system, every thread) in ms: of a process from /proc/PID/stat, or with
 * `children`, of this process's finished children (how ripgrep is timed). On a shared machine
 * wall time counts other processes' work too; CPU time counts only the process's own.
 */
export function cpuMs(pid: number | 'self', children = false): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3; utime 14, stime 15, cutime 16, cstime 17 (1-based, in clock ticks).
  const [user, system] = children ? [fields[13], fields[14]] : [fields[11], fields[12]];
  return ((Number(user) + Number(system)) * 1000) / 100;
}
