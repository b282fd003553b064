/**
 * The verdict line every report starts with (docs/GATE.md, "The sticky comment"): routed, needs ack or blocked, and one sentence saying
 * why and what lifts it. The same words in the comment, the summary and the terminal.
 */
import type { Hold, RoutingDecision, Verdict } from '../routing/types.js';

/** Emoji and title of each verdict. */
export const VERDICT_TITLES: Readonly<Record<Verdict, string>> = {
  routed: '✅ Routed',
  'needs-ack': '⏳ Needs ack',
  blocked: '⛔ Blocked',
};

/** The one sentence of a PR that no longer touches Rust nor is held: the comment is edited to say so. */
export const NO_RUST_SENTENCE =
  '✅ This pull request no longer changes Rust code and nothing holds it: rust-patch-router has nothing to route.';

/** A Markdown heading for the verdict. */
export function verdictHeading(verdict: Verdict): string {
  return `### ${VERDICT_TITLES[verdict]}`;
}

/**
 * One sentence: how many Rust files go where, which subsystems hold them, and what lifts the hold.
 * `name` escapes subsystem names for the output format (identity for a terminal).
 *
 * @example verdictSentence(decision, (s) => s)
 *   // → '1 Rust file is in DMA MAPPING HELPERS, which opted out of Rust: only an approving review from one of its maintainers (an exception) lifts the hold.'
 */
export function verdictSentence(decision: RoutingDecision, name: (text: string) => string = (text) => text): string {
  const all = decision.holds.filter((hold) => hold.liftedBy.length === 0);
  // The Rust tree's hold over blocking findings is worded apart: nobody opted out, a check failed.
  const byCheck = all.find((hold) => hold.checks !== undefined);
  const checkSentence = byCheck === undefined ? '' : ` ${checkHoldSentence(byCheck, name)}`;
  const standing = all.filter((hold) => hold.checks === undefined);
  if (byCheck !== undefined && standing.length === 0) return checkSentence.trim();
  return `${stanceSentence(decision, standing, name)}${checkSentence}`;
}

/** The sentence for a hold of the Rust tree over findings of checks set to `block`. */
function checkHoldSentence(hold: Hold, name: (text: string) => string): string {
  const checks = (hold.checks ?? []).join(', ');
  const files = hold.files.length === 1 ? '1 file' : `${hold.files.length} files`;
  const lifts = nobodyCanLift([hold])
    ? `${NOBODY_ON_GITHUB(1)} lift the hold`
    : `an approving review from one of ${name(hold.subsystem)}'s maintainers lifts the hold`;
  return `Blocking Rust ${hold.checks?.length === 1 ? 'check' : 'checks'} (${checks}) found something in ${files}: ${lifts}.`;
}

function stanceSentence(decision: RoutingDecision, standing: readonly Hold[], name: (text: string) => string): string {
  const refused = standing.filter((hold) => hold.stance === 'opt-out');
  if (refused.length > 0) {
    const waiting = countFiles(standing) - countFiles(refused);
    const alsoWaiting = waiting > 0 ? `; ${waiting} more ${waiting === 1 ? 'waits' : 'wait'} for an ack` : '';
    const lifts = nobodyCanLift(refused)
      ? `${NOBODY_ON_GITHUB(refused.length)} lift the hold`
      : `only an approving review from one of ${refused.length === 1 ? 'its' : 'their'} maintainers (an exception) lifts the hold`;
    return `${rustFiles(countFiles(refused))} in ${names(refused, name)}, which opted out of Rust: ${lifts}${alsoWaiting}.`;
  }
  if (standing.length > 0) {
    const files = countFiles(standing);
    const acks = nobodyCanLift(standing)
      ? `${NOBODY_ON_GITHUB(standing.length)} ack ${files === 1 ? 'it' : 'them'}`
      : `an approving review from one of ${standing.length === 1 ? 'its' : 'their'} maintainers acks ${files === 1 ? 'it' : 'them'}`;
    return `${rustFiles(files)} in ${names(standing, name)}, which ${standing.length === 1 ? 'has' : 'have'} not decided on Rust yet: ${acks}.`;
  }
  const count = decision.rustFiles.length;
  if (count === 0) return 'This change touches no Rust code; it goes to the maintainers of the code it touches.';
  const unowned = decision.files.filter((file) => file.rust && file.decision === 'unowned').length;
  const nothingHolds =
    decision.holds.length > 0 ? 'every hold was lifted by a maintainer’s approval' : 'nothing holds this change';
  if (unowned === count) {
    return `${count === 1 ? '1 Rust file has' : `${count} Rust files have`} no owner in the policy: nobody decides ${count === 1 ? 'it' : 'them'}, and ${nothingHolds}.`;
  }
  const owned = count - unowned;
  const rest = unowned > 0 ? `; ${unowned} more ${unowned === 1 ? 'has' : 'have'} no owner in the policy` : '';
  return `${rustFiles(owned)} going to the subsystems that decide ${owned === 1 ? 'it' : 'them'}, and ${nothingHolds}${rest}.`;
}

/** A hold nobody on GitHub can lift: every maintainer of it is "not on GitHub" (a MAINTAINERS used alone). */
function nobodyCanLift(holds: readonly Hold[]): boolean {
  return holds.every((hold) => hold.canLift.length === 0);
}

/** What to say when no maintainer of the holding subsystems has a GitHub login, so no review can count. */
const NOBODY_ON_GITHUB = (count: number) =>
  `none of ${count === 1 ? 'its' : 'their'} maintainers has a GitHub login (map their e-mails under import.people in a maintainers.yml), so no approval can`;

function countFiles(holds: readonly Hold[]): number {
  return holds.reduce((sum, hold) => sum + hold.files.length, 0);
}

function rustFiles(count: number): string {
  return count === 1 ? '1 Rust file is' : `${count} Rust files are`;
}

function names(holds: readonly Hold[], name: (text: string) => string): string {
  const listed = holds.map((hold) => name(hold.subsystem));
  return listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
}
