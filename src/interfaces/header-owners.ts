/**
 * The owners of a C header for interface routing (docs/RUST-REVIEW.md, "Interface owners"): the subsystems
 * that would be asked for it as a non-Rust path, so a Rust binding reaches exactly who get_maintainer.pl names
 * for its header, THE REST only when nobody else owns it.
 */
import type { SubsystemIndex } from '../matcher/types.js';

/**
 * The subsystem indexes (into the policy's `subsystems`) owning `header`, most specific first. Takes the
 * compiled policy (routing's CompiledPolicy; only its path index is read).
 *
 * This is decideFile's `asked` for a non-Rust path: every owner, the fallbacks only when nothing else matches
 * (routing/resolve-stance.ts, ownersOf). It is not called through decideFile for two reasons: routing calls
 * this folder, so this folder cannot import routing (src/architecture.test.ts, layers); and decideFile would
 * apply the stance rules if `rust.files` happened to cover the header (a policy with `**`), whereas a header's
 * owners are never decided by a stance. header-owners.kernel.test.ts pins the rule to get_maintainer.pl's
 * answers for every header 6.12's Rust code names.
 *
 * @example headerOwners('include/linux/phy.h', compiled).map((i) => compiled.policy.subsystems[i].name)
 *   // → ['ETHERNET PHY LIBRARY'] (on 6.12's MAINTAINERS: THE REST matches too, but as a fallback)
 */
export function headerOwners(header: string, compiled: { readonly index: SubsystemIndex }): number[] {
  const matches = compiled.index.match(header);
  const specific = matches.filter((match) => !match.fallback);
  return (specific.length > 0 ? specific : matches).map((match) => match.subsystem);
}
