/**
 * The decision for one changed path: its matches, its owners, who decides it and why (docs/ROUTING.md, "Per-file decisions").
 * routeChanges calls this once per path and aggregates; nothing here looks at other paths.
 */
import type { PathMatch } from '../matcher/types.js';
import type { Stance, Subsystem } from '../model.js';
import type { CompiledPolicy } from './compile-policy.js';
import { SharedValues } from './shared-values.js';
import { ownersOf, resolveStance, STANCE_SOURCE_WORDS, type StanceResolution } from './resolve-stance.js';
import type { FileDecision, FileDecisionKind, Reason } from './types.js';

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
  const owners = ownersOf(matches);
  const rust = compiled.isRust(path);
  // Built with SPEC §8's keys first and in its order, so renderJson prints it as it is (no reordering copy
  // of 100,000 objects), and with one shape for every path (previousPath last, set only for renames).
  const decision: FileDecision = {
    path,
    rust,
    subsystems: shared.subsystemNames(matches),
    stance: null,
    decision: 'unowned',
    owner: null,
    stanceSource: null,
    reason: null,
  };
  if (previousPath !== undefined) decision.previousPath = previousPath;
  if (owners.length === 0) return { decision, owners, asked: [], decider: -1 };

  if (!rust) {
    const owner = owners[0];
    decision.decision = 'owners';
    decision.owner = policy.subsystems[owner.subsystem].name;
    const suffix = ownersSuffix(owners.length);
    decision.reason = shared.reason(owner, suffix, () => reasonFor(owner, policy.subsystems, suffix));
    return { decision, owners, asked: owners.map((match) => match.subsystem), decider: -1 };
  }

  const resolution = resolveStance(owners, policy) as StanceResolution; // owners is non-empty
  const decider = resolution.owner.subsystem;
  decision.stance = resolution.stance;
  decision.stanceSource = resolution.source;
  decision.decision = STANCE_DECISION[resolution.stance];
  decision.owner = policy.subsystems[decider].name;
  const suffix = stanceSuffix(resolution);
  decision.reason = shared.reason(resolution.owner, suffix, () =>
    reasonFor(resolution.owner, policy.subsystems, suffix),
  );
  // SPEC §4: an opt-out owner is asked nothing ("nobody: they said no"); its hold is still reported.
  const asked = resolution.stance === 'opt-out' ? [] : [decider];
  return { decision, owners, asked, decider };
}

function reasonFor(match: PathMatch, subsystems: readonly Subsystem[], suffix: string): Reason {
  const subsystem = subsystems[match.subsystem].name;
  const { text: pattern, origin } = match.pattern;
  const fallback = match.fallback ? ' (fallback: nothing more specific owns it)' : '';
  const text = `"${pattern}" (${origin.file}:${origin.line}) → ${subsystem}${fallback}${suffix}`;
  return { subsystem, pattern, origin, text };
}

function stanceSuffix(resolution: StanceResolution): string {
  const strictest = resolution.weighed > 1 ? `; strictest of ${resolution.weighed} owners` : '';
  return `, stance ${resolution.stance} (${STANCE_SOURCE_WORDS[resolution.source]}${strictest})`;
}

function ownersSuffix(count: number): string {
  if (count === 1) return '';
  return count === 2 ? ' and 1 more owner' : ` and ${count - 1} more owners`;
}
