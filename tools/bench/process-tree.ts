import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name may contain spaces and parentheses; fields resume after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean =>
    pid === root || (parents.has(pid) && pid !== 1 && inTree(parents.get(pid)!));
  let total = 0;
  for (const pid of [root, ...[...parents.keys()].filter((p) => p !== root && inTree(p))]) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (kb) total += Number(kb) * 1024;
  }
  return total;
}

export interface RunResult {
  code: number;
  seconds: number;
  peakBytes: number;
  output: string;
}

/**
 * Runs a command and reports its wall time and the peak resident memory of its whole process
 * tree (Astro, and Pagefind's binary), sampled every 250 ms. A sample walks all of /proc: at 50 ms,
 * with samples piling up, the sampler took a third of a core away from the build it measured.
 */
export function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let sampling = false;
    const timer = setInterval(() => {
      if (!child.pid || sampling) return;
      sampling = true;
      void treeRss(child.pid).then((rss) => {
        peak = Math.max(peak, rss);
        sampling = false;
      });
    }, 250);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      done({
        code: code ?? 1,
        seconds: (performance.now() - started) / 1000,
        peakBytes: peak,
        output,
      });
    });
  });
}
