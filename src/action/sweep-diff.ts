/**
 * When the sweep needs a PR's diff (docs/GATE.md, "What a sweep reads, and when"). GraphQL gives a PR's
 * paths but not its patches, and the diff's added and removed lines matter to one thing only: keywords (K:)
 * that mention a subsystem the paths and the title and body do not already involve. Reading every PR's
 * patches would cost a request per PR; instead:
 *
 * - a PR whose paths and text leave no such subsystem (`keywordCandidates` empty) needs no diff at all;
 * - otherwise the mentions are carried over from what the PR shows: a candidate whose labels are all on the
 *   PR was mentioned when its diff was last read (`carriedMentions`) — the labels came from a run of ours that
 *   read this head's diff, since every write is made from a read diff;
 * - the diff is read when that cannot hold: no status of ours on the head (no run of ours decided this head),
 *   or a policy push changed one of the candidates (its keywords, labels or anything else);
 * - and always before writing: the sweep writes only from a decision made with the diff.
 *
 * The Rust checks (docs/RUST-REVIEW.md) read the diff too. Their findings show in the comment and labels, so a
 * decision without the diff differs from what the PR shows whenever the last run found something — and then
 * the diff is read before any write. What that cannot catch is a check that found nothing before and could
 * now: the diff is read when a check could look at the PR's paths (`checksCouldLook`) and no run of ours
 * decided its head, or a policy push changed what the checks look for.
 */
import type { Policy } from '../model.js';
import { compilePathSet } from '../rust-review/path-set.js';
import { isRustupToolchainFile } from '../rust-review/review-diff.js';
import { CHECK_IDS } from '../rust-review/types.js';
import type { RoutingDecision } from '../routing/types.js';

/**
 * The subsystems a keyword in the diff could add to `decision`: those with keywords that are neither owners
 * of a path nor already mentioned (by the title or body). In policy order.
 *
 * @example keywordCandidates(decisionOfCOnlyPr, examplePolicy) // → ['RUST']   (its keyword `\b(?i:rust)\b`)
 */
export function keywordCandidates(decision: RoutingDecision, policy: Policy): string[] {
  const involved = new Set(decision.subsystems.map((report) => report.name));
  return policy.subsystems.filter((s) => s.keywords.length > 0 && !involved.has(s.name)).map((s) => s.name);
}

/**
 * The candidates whose every label is on the PR (names compare without case): taken as mentioned by the diff.
 * A candidate without labels leaves no trace on the PR and is never carried (a run that needs to know — one
 * with a comment to render — reads the diff).
 *
 * @example carriedMentions(['RUST'], examplePolicy, ['subsystem: rust', 'rust']) // → ['RUST']
 */
export function carriedMentions(candidates: readonly string[], policy: Policy, labels: readonly string[]): string[] {
  const present = new Set(labels.map((label) => label.toLowerCase()));
  const byName = new Map(policy.subsystems.map((s) => [s.name, s]));
  return candidates.filter((name) => {
    const subsystem = byName.get(name);
    return (
      subsystem !== undefined &&
      subsystem.labels.length > 0 &&
      subsystem.labels.every((l) => present.has(l.toLowerCase()))
    );
  });
}

/**
 * Whether a Rust check that is not off could look at one of `paths`: a Rust file (safety-comment,
 * unstable-feature), a features file or a toolchain file.
 *
 * @example checksCouldLook(['drivers/net/phy/ax88796b_rust.rs'], policy, isRust) // → true
 */
export function checksCouldLook(
  paths: readonly string[],
  policy: Pick<Policy, 'rustReview'>,
  isRust: (path: string) => boolean,
): boolean {
  const { checks, featuresFiles, toolchainFiles } = policy.rustReview;
  if (CHECK_IDS.every((check) => checks[check] === 'off')) return false;
  // Through lazy-require (as the checks themselves match them): the action runs without node_modules.
  const named = compilePathSet([...featuresFiles, ...toolchainFiles]);
  return paths.some((path) => isRust(path) || isRustupToolchainFile(path) || named(path));
}
