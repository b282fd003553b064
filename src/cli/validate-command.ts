/**
 * `validate`: reads, assembles and compiles the whole policy exactly as `route` and the action would, and
 * prints every problem as `file:line:col: message`. Exit 0 when usable, 2 when not.
 */
import type { CliOptions } from './args.js';
import { loadPolicy, policySource, treeOf } from './load-policy.js';
import { printWarnings, type CliIo } from './output.js';

export async function runValidate(options: CliOptions, io: CliIo): Promise<number> {
  const source = policySource(options, io.cwd);
  const { compiled, warnings } = await loadPolicy(source, 'everything', treeOf(options, source, io.cwd));
  printWarnings(warnings, io, Number.POSITIVE_INFINITY);
  const { subsystems, notOnGitHub } = compiled.policy;
  const byStance = new Map<string, number>();
  for (const subsystem of subsystems) {
    const stance = subsystem.stance ?? `${compiled.policy.defaultStance} (default)`;
    byStance.set(stance, (byStance.get(stance) ?? 0) + 1);
  }
  const stances = [...byStance].map(([stance, count]) => `${count} ${stance}`).join(', ');
  io.stdout(`${source.file}: ok — ${subsystems.length} subsystems (${stances})`);
  io.stdout(notOnGitHub.length > 0 ? `; ${notOnGitHub.length} people not on GitHub\n` : '\n');
  return 0;
}
