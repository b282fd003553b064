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
  const standing = decision.holds.filter((hold) => hold.liftedBy.length === 0);
  const refused = standing.filter((hold) => hold.stance === 'opt-out');
  if (refused.length > 0) {
    const waiting = countFiles(standing) - countFiles(refused);
    const alsoWaiting = waiting > 0 ? `; ${waiting} more ${waiting === 1 ? 'waits' : 'wait'} for an ack` : '';
    return `${rustFiles(countFiles(refused))} in ${names(refused, name)}, which opted out of Rust: only an approving review from one of ${refused.length === 1 ? 'its' : 'their'} maintainers (an exception) lifts the hold${alsoWaiting}.`;
  }
  if (standing.length > 0) {
    return `${rustFiles(countFiles(standing))} in ${names(standing, name)}, which ${standing.length === 1 ? 'has' : 'have'} not decided on Rust yet: an approving review from one of ${standing.length === 1 ? 'its' : 'their'} maintainers acks ${countFiles(standing) === 1 ? 'it' : 'them'}.`;
  }
  const count = decision.rustFiles.length;
  if (count === 0) return 'This pull request changes no Rust code; it goes to the maintainers of the code it touches.';
  const lifted =
    decision.holds.length > 0
      ? ', and every hold was lifted by a maintainer’s approval'
      : ', and nothing holds this pull request';
  return `${rustFiles(count)} going to the subsystems that decide ${count === 1 ? 'it' : 'them'}${lifted}.`;
}

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
