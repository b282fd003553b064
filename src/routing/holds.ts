/**
 * Holds (docs/GATE.md, "Holds" and "Acks"): an `undecided` or `opt-out` subsystem deciding Rust paths holds the PR until one of its
 * maintainers approves. Nothing else lifts a hold: not a label, not a comment, and not the PR author (GitHub
 * refuses self-approval anyway; an author who maintains the subsystem still needs another maintainer).
 *
 * Teams: a hold can name a team among the maintainers (`org/team`), but routing cannot see team membership,
 * so a team member's approval counts only when that member is also listed by login. The team is still shown
 * in `canLift`, so the report says whose approval is wanted.
 */
import type { Subsystem } from '../model.js';
import { handleKey, handlesOf, isTeam } from './pick-reviewers.js';
import type { Hold, Verdict } from './types.js';

/**
 * The hold of one subsystem over the Rust paths it decided.
 *
 * @example holdOf(dmaMapping, 'opt-out', ['kernel/dma/map.rs'], { approvedBy: ['hch'], author: 'alice' })
 *   // → { subsystem: 'DMA MAPPING HELPERS', stance: 'opt-out', files: [...], canLift: ['hch', 'mszyprow'], liftedBy: ['hch'], droppedAcks: [], cannotAck: [] }
 */
export function holdOf(
  subsystem: Subsystem,
  stance: Hold['stance'],
  files: string[],
  review: { approvedBy: readonly string[]; author?: string },
): Hold {
  const canLift = handlesOf(subsystem.maintainers);
  const author = review.author === undefined ? undefined : handleKey(review.author);
  const approved = new Set(review.approvedBy.map(handleKey).filter((key) => key !== author));
  const liftedBy = canLift.filter((handle) => !isTeam(handle) && approved.has(handleKey(handle)));
  return { subsystem: subsystem.name, stance, files, canLift, liftedBy, droppedAcks: [], cannotAck: [] };
}

/** Whether a hold still stands. */
export function isHeld(hold: Hold): boolean {
  return hold.liftedBy.length === 0;
}

/** Whether the Rust tree's hold over blocking findings still stands (docs/RUST-REVIEW.md, "Holds from checks"). */
export function heldByCheck(holds: readonly Hold[]): boolean {
  return holds.some((hold) => hold.checks !== undefined && isHeld(hold));
}

/** Blocked while an opt-out hold stands, waiting for an ack while an undecided one does. */
export function verdictOf(holds: readonly Hold[]): Verdict {
  const standing = holds.filter(isHeld);
  if (standing.some((hold) => hold.stance === 'opt-out')) return 'blocked';
  return standing.length > 0 ? 'needs-ack' : 'routed';
}
