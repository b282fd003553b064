/**
 * The step after routing that lifts holds from acks (docs/GATE.md, "Acks" and "Who can ack"). Routing decides
 * which subsystems hold which Rust files; this step decides whose approval lifts each hold, from facts the
 * caller read: each reviewer's verdict and the commit it was given on, the PR's changes at those commits,
 * and the approvers' permission on the repository. Pure: the caller reads only what `commitsToCompare` and
 * `loginsToCheck` ask for, so a PR without approvals costs no read at all.
 *
 * An approval lifts subsystem S's hold when all of these hold:
 * - the approver is one of S's maintainers, listed by login (a team's members cannot be told apart), and is
 *   not the PR's author;
 * - their latest verdict is APPROVED;
 * - it was given on the head commit, or on a commit where the PR changed S's held files exactly as it does
 *   now (ack-binding.ts);
 * - they have write, maintain or admin permission: anyone can approve on a public repository, and a login
 *   in the policy that was renamed or mistyped may belong to someone else by now.
 */
import { changedSince, type PatchSide } from './ack-binding.js';
import { heldByCheck, isHeld, verdictOf } from './holds.js';
import { decisionLabels } from './labels.js';
import { handleKey, isTeam } from './pick-reviewers.js';
import type { Verdict } from './review-verdicts.js';
import type { StatusLabels } from '../model.js';
import type { CannotAck, DroppedAck, Hold, RoutingDecision } from './types.js';

/** A repository permission as GitHub's collaborator permission endpoint names it (maintain reads as write). */
export type Permission = 'admin' | 'write' | 'read' | 'none';

/** Permissions that can merge, and so can ack. */
const CAN_ACK: ReadonlySet<Permission> = new Set(['admin', 'write']);

/** Why a maintainer's approval does not count, in the reports' words. */
export const NO_WRITE_ACCESS = 'no write access';

/** An approval by a maintainer of a standing hold: it lifts the hold if it is bound and they can write. */
export interface AckCandidate {
  subsystem: string;
  login: string;
  /** The commit they approved; null when GitHub does not say. */
  commitId: string | null;
}

/** What was read to judge the candidates. */
export interface AckEvidence {
  /** The PR's head commit now. */
  headSha: string;
  /** The PR's changes as of each commit compared (`base…commit`), the head's included when any was compared. */
  patches: ReadonlyMap<string, PatchSide>;
  /** Permission by lower-cased login, for the logins `loginsToCheck` named. */
  permissions: ReadonlyMap<string, Permission>;
}

/** How one hold's approvals were judged. */
export interface HoldAcks {
  liftedBy: string[];
  droppedAcks: DroppedAck[];
  cannotAck: CannotAck[];
}

/**
 * The approvals that could lift a standing hold: maintainers (by login) of its subsystem whose verdict is
 * APPROVED, never the author. Holds already lifted (by routing's own `approvedBy`) are left alone.
 *
 * @example ackCandidates([dmaHold], verdicts, 'alice') // → [{ subsystem: 'DMA MAPPING HELPERS', login: 'hch-lst', commitId: 'c0ffee…' }]
 */
export function ackCandidates(
  holds: readonly Hold[],
  verdicts: ReadonlyMap<string, Verdict>,
  author?: string,
): AckCandidate[] {
  const authorKey = author === undefined ? undefined : handleKey(author);
  const candidates: AckCandidate[] = [];
  for (const hold of holds) {
    if (!isHeld(hold)) continue;
    for (const handle of hold.canLift) {
      if (isTeam(handle) || handleKey(handle) === authorKey) continue;
      const verdict = verdicts.get(handleKey(handle));
      if (verdict?.state === 'APPROVED') {
        candidates.push({ subsystem: hold.subsystem, login: handle, commitId: verdict.commitId });
      }
    }
  }
  return candidates;
}

/**
 * The reviewed commits whose changes must be compared with the head's: those of approvals not given on the
 * head. Empty when every candidate approved the head (the common case: no compare at all).
 */
export function commitsToCompare(candidates: readonly AckCandidate[], headSha: string): string[] {
  const commits = candidates.map((c) => c.commitId).filter((c): c is string => c !== null && c !== headSha);
  return [...new Set(commits)];
}

/**
 * The logins whose permission must be read: candidates whose approval is still bound to what the PR
 * changes, so that only a permission read stands between them and lifting the hold. One per login.
 */
export function loginsToCheck(
  holds: readonly Hold[],
  candidates: readonly AckCandidate[],
  evidence: Pick<AckEvidence, 'headSha' | 'patches'>,
): string[] {
  const logins = new Map<string, string>();
  for (const candidate of candidates) {
    const key = handleKey(candidate.login);
    if (!logins.has(key) && bindingOf(candidate, holds, evidence).length === 0) logins.set(key, candidate.login);
  }
  return [...logins.values()];
}

/**
 * Judges every candidate, per hold: lifted by those bound and able to write; bound approvals of people who
 * cannot write become `cannotAck`; approvals of commits since which the held files changed become
 * `droppedAcks`, naming the files. A permission that was not read counts as none (fail closed).
 */
export function judgeAcks(
  holds: readonly Hold[],
  candidates: readonly AckCandidate[],
  evidence: AckEvidence,
): Map<string, HoldAcks> {
  const judged = new Map<string, HoldAcks>();
  for (const candidate of candidates) {
    let acks = judged.get(candidate.subsystem);
    if (acks === undefined) {
      acks = { liftedBy: [], droppedAcks: [], cannotAck: [] };
      judged.set(candidate.subsystem, acks);
    }
    const changed = bindingOf(candidate, holds, evidence);
    if (changed.length > 0) {
      acks.droppedAcks.push({
        login: candidate.login,
        commit: candidate.commitId ?? 'an unknown commit',
        files: changed,
      });
    } else if (CAN_ACK.has(evidence.permissions.get(handleKey(candidate.login)) ?? 'none')) {
      acks.liftedBy.push(candidate.login);
    } else {
      acks.cannotAck.push({ login: candidate.login, reason: NO_WRITE_ACCESS });
    }
  }
  return judged;
}

/**
 * The decision with holds lifted as judged: `liftedBy`, `droppedAcks`, `cannotAck` set per hold, and the
 * labels, `blocked` and `verdict` recomputed from the holds that still stand.
 *
 * @example liftHolds(decision, judgeAcks(decision.holds, candidates, evidence), policy.labels).blocked // → false once acked
 */
export function liftHolds(
  decision: RoutingDecision,
  judged: ReadonlyMap<string, HoldAcks>,
  statusLabels: StatusLabels,
): RoutingDecision {
  const holds = decision.holds.map((hold): Hold => {
    const acks = judged.get(hold.subsystem);
    if (acks === undefined) return hold;
    return {
      ...hold,
      liftedBy: unique([...hold.liftedBy, ...acks.liftedBy]),
      droppedAcks: [...hold.droppedAcks, ...acks.droppedAcks],
      cannotAck: [...hold.cannotAck, ...acks.cannotAck],
    };
  });
  const decided = new Map<string, { decision: RoutingDecision['files'][number]['decision']; owner: string | null }>();
  for (const file of decision.files) decided.set(`${file.decision}\u0000${file.owner ?? ''}`, file);
  const labels = decisionLabels(
    decided.values(),
    new Set(holds.filter(isHeld).map((hold) => hold.subsystem)),
    decision.subsystems.flatMap((report) => report.labels),
    statusLabels,
    decision.review?.labels ?? [],
    heldByCheck(holds),
  );
  return { ...decision, holds, labels, blocked: holds.some(isHeld), verdict: verdictOf(holds) };
}

/** The held files a candidate's approval no longer covers; empty when it is bound to what the PR changes. */
function bindingOf(
  candidate: AckCandidate,
  holds: readonly Hold[],
  evidence: Pick<AckEvidence, 'headSha' | 'patches'>,
): string[] {
  if (candidate.commitId === evidence.headSha) return [];
  const files = holds.find((hold) => hold.subsystem === candidate.subsystem)?.files ?? [];
  if (candidate.commitId === null) return [...files];
  return changedSince(files, evidence.patches.get(candidate.commitId), evidence.patches.get(evidence.headSha));
}

function unique(logins: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const login of logins) if (!seen.has(handleKey(login))) seen.set(handleKey(login), login);
  return [...seen.values()];
}
