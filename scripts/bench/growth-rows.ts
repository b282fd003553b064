/**
 * How the cost grows, measured rather than assumed: routing time for 1k, 10k and every path of the tree (per
 * path it should stay flat: linear in paths), and for generated policies 1×, 4× and 16× the size of 6.12's
 * MAINTAINERS routing the same paths (it should grow far slower than the policy: an index looks up the patterns a
 * path could match, not all of them).
 */
import { compilePolicy, type CompiledPolicy } from '../../src/routing/compile-policy.js';
import { routeChanges } from '../../src/routing/route.js';
import type { IsDirectory } from '../../src/matcher/types.js';
import { evenSample } from './bench-input.js';
import { generateKernelMaintainers } from './generate-kernel.js';
import { changeSetOf, kernelPolicy, LONG_RUNS, msRow, SHORT_RUNS, valueOrExit } from './in-process-rows.js';
import type { Row, Section } from './report.js';
import { formatCount, formatRatio, medianTime, timed } from './timing.js';

/** Tree sizes for the path-growth rows, besides the whole tree (evenly spaced samples of it). */
export const PATH_COUNTS = [1000, 10_000];
/** Policy sizes for the pattern-growth rows, as multiples of 6.12's MAINTAINERS. */
export const POLICY_SCALES = [1, 4, 16];

/**
 * Path growth on the input's policy. `wholeTreeMs` is the in-process row's median, reused so that the 86k row
 * and that row are one measurement.
 */
export function measurePathGrowth(paths: readonly string[], compiled: CompiledPolicy, wholeTreeMs: number): Section {
  const measured = PATH_COUNTS.map((count) => {
    const changes = changeSetOf(evenSample(paths, count));
    return { count, ms: medianTime(SHORT_RUNS, () => routeChanges(changes, compiled)).ms };
  });
  measured.push({ count: paths.length, ms: wholeTreeMs });
  const base = measured[0].ms / measured[0].count;
  const rows = measured.map(({ count, ms }, at) =>
    growthRow(
      at < PATH_COUNTS.length ? `growth-paths-${count}` : 'growth-paths-all',
      `route ${formatCount(count)} paths`,
      ms,
      count,
      base,
    ),
  );
  return { title: 'growth in paths (input policy; per path should stay flat)', rows };
}

/** Pattern growth: generated policies of each scale over the same tree, each routing every path. */
export function measurePolicyGrowth(
  paths: readonly string[],
  isDirectory: IsDirectory,
  progress: (text: string) => void,
): Section {
  const rows: Row[] = [];
  let baseMs = 0;
  for (const scale of POLICY_SCALES) {
    progress(`policy growth: ${scale}× MAINTAINERS`);
    const text = generateKernelMaintainers(paths, { scale });
    const policy = kernelPolicy(text, `generated-${scale}x/MAINTAINERS`);
    const patterns = policy.subsystems.reduce((sum, subsystem) => sum + subsystem.files.length, 0);
    const compile = timed(() => valueOrExit(compilePolicy(policy, { isDirectory })));
    const changes = changeSetOf(paths);
    const ms = medianTime(LONG_RUNS, () => routeChanges(changes, compile.result)).ms;
    if (scale === 1) baseMs = ms;
    const what = `${formatCount(policy.subsystems.length)} sections, ${formatCount(patterns)} F:`;
    rows.push(
      growthRow(
        `growth-policy-${scale}x`,
        `route ${formatCount(paths.length)} paths, ${scale}× policy (${what}; compiled in ${Math.round(compile.ms)} ms)`,
        ms,
        paths.length,
        baseMs / paths.length,
      ),
    );
  }
  return { title: 'growth in patterns (generated policies, same paths; time should grow far slower than 16×)', rows };
}

/** A timing row whose "total" column also says how it compares, per path, with the first row of its group. */
function growthRow(id: string, label: string, ms: number, paths: number, basePerPathMs: number): Row {
  const row = msRow(id, label, ms, paths);
  row.shown = `${row.shown} (${formatRatio(ms / paths / basePerPathMs)} per path)`;
  return row;
}
