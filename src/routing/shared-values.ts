/**
 * Values that many paths of one change share, made once. A tree-wide change has 100,000 paths but only a
 * few thousand distinct owner lists and deciding patterns; sharing them keeps routing the whole kernel
 * tree within a couple of hundred megabytes and out of the garbage collector. The shared values are never
 * mutated after they are handed out.
 */
import type { PathMatch } from '../matcher/types.js';
import type { PathPattern, Subsystem } from '../model.js';
import type { FileDecision, FileDecisionKind, Reason } from './types.js';

/** What paths with the same matches and Rust-ness share (see SharedValues.lastOutcome). */
export interface Outcome {
  subsystems: string[];
  stance: FileDecision['stance'];
  stanceSource: FileDecision['stanceSource'];
  decision: FileDecisionKind;
  owner: string | null;
  reason: FileDecision['reason'];
  owners: PathMatch[];
  asked: number[];
  decider: number;
}

/** Owner lists by their subsystem numbers, one level per position: found with no key string made per path. */
interface NamesNode {
  next: Map<number, NamesNode>;
  names?: string[];
}

export class SharedValues {
  private readonly names: NamesNode = { next: new Map() };
  private readonly reasons = new Map<PathPattern, Map<number, Map<string | number, Reason>>>();

  private last: { matches: readonly PathMatch[]; rust: boolean; outcome: Outcome } | undefined;

  constructor(private readonly subsystems: readonly Subsystem[]) {}

  /** The outcome of the previous path, when this one has the same matches (the same array) and Rust-ness. */
  lastOutcome(matches: readonly PathMatch[], rust: boolean): Outcome | undefined {
    const last = this.last;
    return last !== undefined && last.matches === matches && last.rust === rust ? last.outcome : undefined;
  }

  /** Keeps `outcome` for the next path, and returns it. */
  rememberOutcome(matches: readonly PathMatch[], rust: boolean, outcome: Outcome): Outcome {
    this.last = { matches, rust, outcome };
    return outcome;
  }

  /** The names of the matched subsystems, in match order. */
  subsystemNames(matches: readonly PathMatch[]): string[] {
    let node = this.names;
    for (const match of matches) {
      let next = node.next.get(match.subsystem);
      if (next === undefined) {
        next = { next: new Map() };
        node.next.set(match.subsystem, next);
      }
      node = next;
    }
    node.names ??= matches.map((match) => this.subsystems[match.subsystem].name);
    return node.names;
  }

  /**
   * The reason citing `decider`'s pattern, decided `by` an owner count or a stance: one object for every path
   * with the same pattern, subsystem, fallback flag and `by`.
   *
   * @example shared.reason(match, { owners: 2 }) === shared.reason(match, { owners: 2 }) // → true
   */
  reason(decider: PathMatch, by: Reason['by']): Reason {
    let byOwner = this.reasons.get(decider.pattern);
    if (byOwner === undefined) {
      byOwner = new Map();
      this.reasons.set(decider.pattern, byOwner);
    }
    const owner = decider.subsystem * 2 + (decider.fallback ? 1 : 0);
    let byDecided = byOwner.get(owner);
    if (byDecided === undefined) {
      byDecided = new Map();
      byOwner.set(owner, byDecided);
    }
    // An owner count is a number; a stance decision one of a few strings (made only for Rust paths).
    const decided = 'stance' in by ? `${by.stance}\u0000${by.source}\u0000${by.weighed}` : by.owners;
    let reason = byDecided.get(decided);
    if (reason === undefined) {
      const { text: pattern, origin } = decider.pattern;
      reason = { subsystem: this.subsystems[decider.subsystem].name, pattern, origin, fallback: decider.fallback, by };
      byDecided.set(decided, reason);
    }
    return reason;
  }
}
