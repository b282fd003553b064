/**
 * The decision for one changed path: its matches, its owners, who decides it and why (docs/ROUTING.md, "Per-file decisions").
 * routeChanges calls this once per path and aggregates; nothing here looks at other paths.
 *
 * One pass, each step once: match (the compiled index) → owners and stance (resolve-stance.ts) → the values
 * shared between paths (shared-values.ts) → the FileDecision. The reason is data; reports word it.
 */
import type { PathMatch } from '../matcher/types.js';
import type { Stance } from '../model.js';
import type { CompiledPolicy } from './compile-policy.js';
import { ownersOf, resolveStance } from './resolve-stance.js';
import { SharedValues } from './shared-values.js';
import type { FileDecision, FileDecisionKind } from './types.js';

/** What a Rust path's stance makes of it. */
export const STANCE_DECISION: Readonly<Record<Stance, FileDecisionKind>> = {
  core: 'core',
  'opt-in': 'opt-in',
  undecided: 'needs-ack',
  'opt-out': 'blocked',
};

/** One path's decision plus what routeChanges aggregates from it. */
export interface RoutedFile {
  decision: FileDecision;
  /** Its owners, most specific first (fallbacks only when nothing else matches). */
  owners: PathMatch[];
  /** Subsystem indexes asked to review because of this path: the deciding owner for Rust, all owners otherwise. */
  asked: number[];
  /** The deciding owner of a Rust path, or -1 (non-Rust or unowned). */
  decider: number;
}

/**
 * Decides one path. `previousPath` is recorded on the decision only (the old path of a rename is decided on
 * its own, by the caller).
 *
 * @example decideFile('rust/kernel/str.rs', undefined, compiled).decision
 *   // → { path: 'rust/kernel/str.rs', rust: true, subsystems: ['RUST'], stance: 'core', decision: 'core', owner: 'RUST', … }
 */
export function decideFile(
  path: string,
  previousPath: string | undefined,
  compiled: CompiledPolicy,
  shared: SharedValues = new SharedValues(compiled.policy.subsystems),
): RoutedFile {
  const { policy } = compiled;
  const matches = compiled.index.match(path);
  const rust = compiled.isRust(path);
  const owners = ownersOf(matches);
  // A Rust path is decided by its stance owner; any other path by its most specific owner.
  const resolution = rust ? resolveStance(owners, policy) : null;
  const decider: PathMatch | undefined = resolution?.owner ?? owners[0];
  const subsystems = shared.subsystemNames(matches);
  const reason =
    decider === undefined
      ? null
      : shared.reason(
          decider,
          resolution === null
            ? { owners: owners.length }
            : { stance: resolution.stance, source: resolution.source, weighed: resolution.weighed },
        );
  // Documented keys first, in order (docs/ROUTING.md, "The JSON shape"), so renderJson prints it as it is (no reordering copy
  // of 100,000 objects), and with one shape for every path (previousPath last, set only for renames).
  const decision: FileDecision = {
    path,
    rust,
    subsystems,
    stance: resolution?.stance ?? null,
    decision: resolution !== null ? STANCE_DECISION[resolution.stance] : decider !== undefined ? 'owners' : 'unowned',
    owner: decider === undefined ? null : policy.subsystems[decider.subsystem].name,
    stanceSource: resolution?.source ?? null,
    reason,
  };
  if (previousPath !== undefined) decision.previousPath = previousPath;
  if (resolution === null) return { decision, owners, asked: owners.map((match) => match.subsystem), decider: -1 };
  // (docs/ROUTING.md, "Stances"): an opt-out owner is asked nothing ("they said no"); its hold is still reported.
  const asked = resolution.stance === 'opt-out' ? [] : [resolution.owner.subsystem];
  return { decision, owners, asked, decider: resolution.owner.subsystem };
}
