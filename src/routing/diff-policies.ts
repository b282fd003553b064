/**
 * The stance changes a PR proposes by editing the policy (docs/ROUTING.md, "Policy changes"): the PR is routed by the base policy, and
 * the report shows what the head policy would change.
 */
import type { Policy, Stance } from '../model.js';
import { effectiveStance } from './resolve-stance.js';
import type { StanceChange } from './types.js';

/**
 * Compares the stance each subsystem gets under base and head (stated, else `default-stance`, so a change of
 * `default-stance` shows on every subsystem it moves). A subsystem only in head is `from: null`; one only in
 * base is `to: null`. Base order first, then subsystems new in head, in head order.
 *
 * @example diffPolicies(base, head) // → [{ subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' }]
 */
export function diffPolicies(base: Policy, head: Policy): StanceChange[] {
  const before = stancesOf(base);
  const after = stancesOf(head);
  const changes: StanceChange[] = [];
  for (const [subsystem, from] of before) {
    const to = after.get(subsystem) ?? null;
    if (to !== from) changes.push({ subsystem, from, to });
  }
  for (const [subsystem, to] of after) {
    if (!before.has(subsystem)) changes.push({ subsystem, from: null, to });
  }
  return changes;
}

function stancesOf(policy: Policy): Map<string, Stance> {
  return new Map(
    policy.subsystems.map((subsystem) => [subsystem.name, effectiveStance(subsystem, policy.defaultStance).stance]),
  );
}
