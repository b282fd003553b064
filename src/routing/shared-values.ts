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

  /** The reason citing `match`'s pattern, with `suffix` saying what else decided. */
  reason(match: PathMatch, suffix: string, make: () => Reason): Reason {
    let bySuffix = this.reasons.get(match.pattern);
    if (bySuffix === undefined) {
      bySuffix = new Map();
      this.reasons.set(match.pattern, bySuffix);
    }
    const key = `${match.subsystem}\u0000${match.fallback ? 1 : 0}\u0000${suffix}`;
    let reason = bySuffix.get(key);
    if (reason === undefined) {
      reason = make();
      bySuffix.set(key, reason);
    }
    return reason;
  }
}
