/**
 * What applying the decision did not do as asked, in words for the job summary and the log: the outputs
 * carry the decision, these notes carry what could not be applied and why (docs/GATE.md, "Outputs").
 */
import type { WriteGate } from '../github/write-gate.js';
import type { ApplyResult } from './apply-decision.js';

export interface Note {
  text: string;
  /** Worth a warning annotation, not just a log line. */
  warn: boolean;
}

/** GitHub's answer when the token cannot see the organisation's teams (docs/GITHUB-PLATFORM.md, "Review requests"). */
const TEAM_INVISIBLE = /could not resolve to a node/i;

/**
 * Notes about an applied decision.
 *
 * @example applyNotes({ ...applied, reviewRejected: [{ handle: 'mallory', reason: 'Reviews may only be requested from collaborators.' }] }, gate)
 *   // → [{ text: 'Review request refused for mallory: Reviews may only be requested from collaborators.', warn: true }]
 */
export function applyNotes(applied: ApplyResult, gate: WriteGate = applied.gate): Note[] {
  const notes: Note[] = [];
  if (applied.labelsCreated.length > 0) {
    notes.push({ text: `Created the missing labels ${applied.labelsCreated.join(', ')}.`, warn: false });
  }
  if (applied.labelsDropped.length > 0) {
    notes.push({
      text: `Not added, the PR would exceed GitHub's 100 labels: ${applied.labelsDropped.join(', ')}.`,
      warn: true,
    });
  }
  if (applied.reRequested.length > 0) {
    notes.push({
      text: `Asked ${applied.reRequested.join(', ')} to review again: their approval was of an earlier commit, and the held Rust changed since.`,
      warn: false,
    });
  }
  if (applied.comment?.result === 'locked') {
    notes.push({
      text: 'The conversation is locked: no comment was written; everything else was applied.',
      warn: true,
    });
  }
  if ((applied.comment?.deleted ?? 0) > 0) {
    const count = applied.comment?.deleted ?? 0;
    notes.push({
      text: `Deleted ${count} newer copy${count === 1 ? '' : ' copies'} of the comment (another run raced this one).`,
      warn: false,
    });
  }
  if (applied.status.result === 'written' || applied.status.result === 'unchanged') {
    const { state, description } = applied.status.status;
    const how = applied.status.result === 'written' ? 'Set' : 'Already set:';
    notes.push({ text: `${how} commit status ${state}: ${description}`, warn: false });
  }
  if (applied.reviewsDeferred) {
    notes.push({ text: 'Draft pull request: reviews are requested when it is marked ready for review.', warn: false });
  }
  for (const rejection of applied.reviewRejected) {
    const hint =
      rejection.handle.includes('/') && TEAM_INVISIBLE.test(rejection.reason)
        ? ' Team reviews need a token that can read the organisation’s teams (a GitHub App with Members: read, or a PAT with read:org).'
        : '';
    notes.push({ text: `Review request refused for ${rejection.handle}: ${rejection.reason}${hint}`, warn: true });
  }
  if (gate.skipped.length > 0) {
    const why =
      gate.superseded !== null
        ? 'Superseded, the pull request moved on'
        : gate.readOnly
          ? 'Report-only, the token cannot write'
          : 'Dry run';
    notes.push({ text: `${why}: did not ${gate.skipped.join('; ')}.`, warn: false });
  }
  return notes;
}
