/**
 * Which labels a decision puts on the PR, and which labels the policy manages (the only ones ever removed).
 */
import type { Policy, StatusLabels } from '../model.js';
import type { FileDecisionKind } from './types.js';

/**
 * The status label of one file decision (docs/ROUTING.md, "Labels"); null when the policy disables it or the decision
 * carries none (`owners`, `unowned`). A lifted hold reads as opt-in: the maintainers said yes to this PR.
 *
 * @example statusLabel('needs-ack', { held: false }, DEFAULT_STATUS_LABELS) // → 'rust'
 */
export function statusLabel(decision: FileDecisionKind, hold: { held: boolean }, labels: StatusLabels): string | null {
  switch (decision) {
    case 'core':
      return labels.core;
    case 'opt-in':
      return labels['opt-in'];
    case 'needs-ack':
      return hold.held ? labels['needs-ack'] : labels['opt-in'];
    case 'blocked':
      return hold.held ? labels.blocked : labels['opt-in'];
    default:
      return null;
  }
}

/**
 * The labels of a decision: the status label of each distinct (file decision, deciding owner) pair, given
 * which owners' holds still stand, plus every label the owning and mentioned subsystems name. Routing and
 * the step that lifts holds from acks (lift-holds.ts) both compute labels here, so they cannot disagree.
 *
 * @example decisionLabels([{ decision: 'needs-ack', owner: 'NETWORKING DRIVERS' }], new Set(), ['subsystem: net'], DEFAULT_STATUS_LABELS)
 *   // → ['rust', 'subsystem: net']   (the hold was lifted: it reads as opt-in)
 */
export function decisionLabels(
  decided: Iterable<{ decision: FileDecisionKind; owner: string | null }>,
  heldOwners: ReadonlySet<string>,
  subsystemLabels: Iterable<string>,
  labels: StatusLabels,
  reviewLabels: Iterable<string> = [],
  heldByCheck = false,
): string[] {
  const status: (string | null)[] = [];
  for (const { decision, owner } of decided) {
    status.push(statusLabel(decision, { held: owner !== null && heldOwners.has(owner) }, labels));
  }
  // A blocking finding holds the PR like an opt-out does (docs/RUST-REVIEW.md, "Holds from checks").
  if (heldByCheck) status.push(labels.blocked);
  return sortedLabels([...status, ...subsystemLabels, ...reviewLabels]);
}

/** Sorted (by code unit, so the order is the same everywhere) and without duplicates or nulls. */
export function sortedLabels(labels: Iterable<string | null>): string[] {
  const unique = new Set<string>();
  for (const label of labels) if (label !== null) unique.add(label);
  return [...unique].sort(compareCodeUnits);
}

/**
 * The status labels (those not disabled: the four of the stances and the three of the Rust review) and every
 * label any subsystem names.
 *
 * @example managedLabels(policy) // → ['rust', 'rust: bindings-affected', 'rust: blocked', 'rust: core', …, 'subsystem: rust']
 */
export function managedLabels(policy: Pick<Policy, 'labels' | 'subsystems'>): string[] {
  const status = Object.values(policy.labels);
  return sortedLabels([...status, ...policy.subsystems.flatMap((subsystem) => subsystem.labels)]);
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
