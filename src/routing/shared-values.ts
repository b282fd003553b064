/**
 * Values that many paths of one change share, made once. A tree-wide change has 100,000 paths but only a
 * few thousand distinct owner lists and deciding patterns; sharing them keeps routing the whole kernel
 * tree within a couple of hundred megabytes and out of the garbage collector. The shared values are never
 * mutated after they are handed out.
 */
import type { PathMatch } from '../matcher/types.js';
import type { PathPattern, Subsystem } from '../model.js';
import type { Reason } from './types.js';

export class SharedValues {
  private readonly names = new Map<string, string[]>();
  private readonly reasons = new Map<PathPattern, Map<string, Reason>>();

  constructor(private readonly subsystems: readonly Subsystem[]) {}

  /** The names of the matched subsystems, in match order. */
  subsystemNames(matches: readonly PathMatch[]): string[] {
    const key = matches.map((match) => match.subsystem).join(',');
    let names = this.names.get(key);
    if (names === undefined) {
      names = matches.map((match) => this.subsystems[match.subsystem].name);
      this.names.set(key, names);
    }
    return names;
  }

  /**
   * The reason citing `decider`'s pattern, decided `by` an owner count or a stance: one object for every path
   * with the same pattern, subsystem, fallback flag and `by`.
   *
   * @example shared.reason(match, { owners: 2 }) === shared.reason(match, { owners: 2 }) // → true
   */
  reason(decider: PathMatch, by: Reason['by']): Reason {
    let byKey = this.reasons.get(decider.pattern);
    if (byKey === undefined) {
      byKey = new Map();
      this.reasons.set(decider.pattern, byKey);
    }
    const decided = 'stance' in by ? `${by.stance}\u0000${by.source}\u0000${by.weighed}` : `${by.owners}`;
    const key = `${decider.subsystem}\u0000${decider.fallback ? 1 : 0}\u0000${decided}`;
    let reason = byKey.get(key);
    if (reason === undefined) {
      const { text: pattern, origin } = decider.pattern;
      reason = { subsystem: this.subsystems[decider.subsystem].name, pattern, origin, fallback: decider.fallback, by };
      byKey.set(key, reason);
    }
    return reason;
  }
}
