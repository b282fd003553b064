/**
 * Which labels to add and remove (docs/GATE.md, "Labels and review requests"): only labels the policy manages are ever removed, and a PR
 * never ends up with more than GitHub's 100 labels.
 */
import type { Policy, StatusLabels } from '../model.js';
import type { LabelSpec } from '../github/ensure-labels.js';
import type { RoutingDecision } from '../routing/types.js';

/** GitHub refuses to put more labels on one issue or PR (docs/GITHUB-PLATFORM.md, "Labels"). */
export const GITHUB_MAX_LABELS = 100;

export interface LabelPlan {
  add: string[];
  remove: string[];
  /** Wanted labels left off because the PR would exceed 100 labels. */
  dropped: string[];
}

export interface LabelOptions {
  /** `labels` input: add the decision's labels. */
  add: boolean;
  /** `sync-labels` input: remove managed labels the decision no longer asks for. */
  sync: boolean;
}

/**
 * Compares the decision's labels with the PR's. Names compare case-insensitively, as GitHub's do: a policy
 * saying `rust` while the repository spells it `Rust` must not add it again on every run.
 *
 * @example planLabels(decision, ['rust: needs-ack', 'bug'], { add: true, sync: true })
 *   // → { add: ['rust'], remove: ['rust: needs-ack'], dropped: [] }   ('bug' is not managed: kept)
 */
export function planLabels(decision: RoutingDecision, current: readonly string[], options: LabelOptions): LabelPlan {
  const key = (name: string) => name.toLowerCase();
  const wanted = new Set(decision.labels.map(key));
  const managed = new Set(decision.managedLabels.map(key));
  const present = new Set(current.map(key));
  const remove = options.sync ? current.filter((name) => managed.has(key(name)) && !wanted.has(key(name))) : [];
  const missing = options.add ? decision.labels.filter((name) => !present.has(key(name))) : [];
  const room = Math.max(0, GITHUB_MAX_LABELS - (current.length - remove.length));
  return { add: missing.slice(0, room), remove, dropped: missing.slice(room) };
}

/** Status label colours: purple for the Rust tree, green routed, yellow waiting, red blocked. */
const STATUS_LOOK: Record<keyof StatusLabels, { color: string; description: string }> = {
  core: { color: '6e40c9', description: 'Rust routed to the Rust tree' },
  'opt-in': { color: '0e8a16', description: 'Rust routed to a subsystem that opted in' },
  'needs-ack': { color: 'fbca04', description: 'Rust waiting for an ack from an undecided subsystem' },
  blocked: { color: 'b60205', description: 'Rust in a subsystem that opted out: blocked until an exception' },
  'unstable-feature': { color: '6e40c9', description: 'Adds or allows an unstable Rust feature: for the Rust tree' },
  toolchain: { color: '6e40c9', description: 'Changes the minimum or pinned Rust toolchain: for the Rust tree' },
  'bindings-affected': { color: 'd4c5f9', description: 'Changes C that Rust code binds: its Rust owners are asked' },
};

/** Subsystem labels: GitHub's pale blue, so status labels stand out. */
const SUBSYSTEM_COLOR = 'c5def5';

/**
 * How the labels about to be added should look when the repository lacks them.
 *
 * @example labelSpecs(['rust: blocked'], policy) // → [{ name: 'rust: blocked', color: 'b60205', description: 'Rust in a subsystem that opted out: …' }]
 */
export function labelSpecs(names: readonly string[], policy: Policy): LabelSpec[] {
  return names.map((name) => {
    const status = (Object.keys(STATUS_LOOK) as (keyof StatusLabels)[]).find(
      (kind) => policy.labels[kind]?.toLowerCase() === name.toLowerCase(),
    );
    if (status) return { name, ...STATUS_LOOK[status] };
    const owners = policy.subsystems.filter((s) => s.labels.some((l) => l.toLowerCase() === name.toLowerCase()));
    const description = owners.length > 0 ? `Touches ${owners.map((s) => s.name).join(', ')}` : 'rust-patch-router';
    return { name, color: SUBSYSTEM_COLOR, description };
  });
}
