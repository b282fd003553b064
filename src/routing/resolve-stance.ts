/**
 * Who decides a Rust path, and with which stance (docs/ROUTING.md, "Who decides a Rust path").
 *
 * Owners first: the subsystems matching a path that are not fallbacks, or the fallbacks when nothing else
 * matches (the kernel's "THE REST" owns only what no one else does). Then the stance: from the most specific
 * owner that states one, so `rust/kernel/block/` goes to "BLOCK LAYER DEVICE DRIVER API [RUST]" (opt-in by its
 * name) although RUST (core) also matches it; failing that, `default-stance`, decided by the most specific
 * owner. `stance-resolution: strictest` weighs every owner instead and takes the most restrictive stance.
 */
import type { PathMatch } from '../matcher/types.js';
import { STANCE_STRICTNESS, type Policy, type Stance, type StanceSource, type Subsystem } from '../model.js';

/** A stance and where it came from; `default` means the subsystem states none and `default-stance` applies. */
export interface EffectiveStance {
  stance: Stance;
  source: StanceSource | 'default';
}

/** The deciding owner of one Rust path. */
export interface StanceResolution extends EffectiveStance {
  /** The deciding owner's match: its subsystem index and the pattern that made it an owner. */
  owner: PathMatch;
  /** How many owners were weighed under `strictest` (1 under `most-specific`), for the reason text. */
  weighed: number;
}

/**
 * The owners of a path among its matches (kept most specific first): the non-fallback matches, or the
 * fallbacks when there are no others.
 *
 * @example ownersOf([{ subsystem: 7, fallback: true, … }]) // → that one: THE REST owns what nobody else does
 */
export function ownersOf(matches: readonly PathMatch[]): PathMatch[] {
  const specific = matches.filter((match) => !match.fallback);
  return specific.length > 0 ? specific : [...matches];
}

/**
 * A subsystem's stance as routing applies it: the one it states, else the policy's `default-stance`.
 *
 * @example effectiveStance({ name: 'NETWORKING DRIVERS', … }, 'undecided') // → { stance: 'undecided', source: 'default' }
 */
export function effectiveStance(subsystem: Subsystem, defaultStance: Stance): EffectiveStance {
  if (subsystem.stance === undefined) return { stance: defaultStance, source: 'default' };
  return { stance: subsystem.stance, source: subsystem.stanceSource ?? 'policy' };
}

/**
 * Resolves the deciding owner and stance of a Rust path from its owners (most specific first, as `ownersOf`
 * returns them). Null when the path has no owner: it is then `unowned`, which does not block.
 */
export function resolveStance(
  owners: readonly PathMatch[],
  policy: Pick<Policy, 'subsystems' | 'defaultStance' | 'stanceResolution'>,
): StanceResolution | null {
  if (owners.length === 0) return null;
  if (policy.stanceResolution === 'strictest') return strictest(owners, policy);
  const stating = owners.find((owner) => policy.subsystems[owner.subsystem].stance !== undefined);
  const owner = stating ?? owners[0];
  return { owner, weighed: 1, ...effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance) };
}

/** The most restrictive effective stance among all owners; on a tie the more specific owner decides. */
function strictest(
  owners: readonly PathMatch[],
  policy: Pick<Policy, 'subsystems' | 'defaultStance'>,
): StanceResolution {
  let best: StanceResolution | null = null;
  for (const owner of owners) {
    const candidate = effectiveStance(policy.subsystems[owner.subsystem], policy.defaultStance);
    if (best === null || STANCE_STRICTNESS[candidate.stance] > STANCE_STRICTNESS[best.stance]) {
      best = { owner, weighed: owners.length, ...candidate };
    }
  }
  // owners is non-empty (checked by the caller), so best is set.
  return best as StanceResolution;
}
