/**
 * The owners of a C header for interface routing (docs/RUST-REVIEW.md, "Interface owners"): the subsystems
 * that would be asked for it as a non-Rust path, so a Rust binding reaches exactly who get_maintainer.pl names
 * for its header, THE REST only when nobody else owns it.
 */
import type { CompiledPolicy } from '../routing/compile-policy.js';
import { ownersOf } from '../routing/resolve-stance.js';

/**
 * The subsystem indexes (into `compiled.policy.subsystems`) owning `header`, most specific first.
 *
 * This is decideFile's `asked` for a non-Rust path (every owner; fallbacks only when nothing else matches),
 * taken from the same ownersOf rather than through decideFile: decideFile would apply the stance rules if
 * `rust.files` happened to cover the header (a policy with `**`), and a header's owners are never decided by a
 * stance. header-owners.test.ts checks both agree on real headers. No SharedValues: nothing is shared between
 * a few dozen headers, and the matcher's own caching is per index.
 *
 * @example headerOwners('include/linux/phy.h', compiled).map((i) => compiled.policy.subsystems[i].name)
 *   // → ['ETHERNET PHY LIBRARY'] (on 6.12's MAINTAINERS: THE REST also matches, but is a fallback)
 */
export function headerOwners(header: string, compiled: CompiledPolicy): number[] {
  return ownersOf(compiled.index.match(header)).map((match) => match.subsystem);
}
