import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package (or project folder) a script URL belongs to. */
export function owner(url: string): string {
  // No script URL: V8 builtins and native code (JSON.parse, RegExp, "(program)"); idle is counted apart.
  if (!url) return '(native code)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const chunk = /\/(dist\.staging|\.astro|src)\/(.*)$/.exec(url);
  if (chunk)
    return chunk[1] === 'src' ? `src/${chunk[2]!.split('/')[0]}` : `${chunk[1]} (compiled pages)`;
  return url.startsWith('node:') ? 'node internals' : 'other';
}

/**
 * Self time per package from a V8 CPU profile (`node --cpu-prof`): where a build spends its
 * time, by the code that runs, not by what calls it. Returns milliseconds, largest first.
 */
export async function selfTimeByPackage(file: string): Promise<Array<[string, number]>> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const key =
      node.callFrame.functionName === '(idle)'
        ? '(idle)'
        : node.callFrame.functionName === '(garbage collector)'
          ? '(garbage collector)'
          : owner(node.callFrame.url);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
