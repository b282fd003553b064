/**
 * The reads that judging acks needs, and no more (docs/GATE.md, "Acks bound to what was reviewed" and
 * "Who can ack"): the PR's changes at each approved commit that is not the head (plus the head's, to compare
 * with), and the permission of each approver whose ack is still bound. A PR whose holds nobody approved
 * costs nothing; an approval of the head costs one permission read.
 */
import { compareCommits, type Comparison } from '../github/compare-commits.js';
import type { GitHubClient } from '../github/client.js';
import { getCollaboratorPermission } from '../github/get-collaborator-permission.js';
import type { RepoRef } from '../github/types.js';
import type { PatchSide } from '../routing/ack-binding.js';
import {
  ackCandidates,
  commitsToCompare,
  judgeAcks,
  loginsToCheck,
  type AckEvidence,
  type HoldAcks,
  type Permission,
} from '../routing/lift-holds.js';
import { latestVerdicts, type Review } from '../routing/review-verdicts.js';
import type { Hold } from '../routing/types.js';

/** The commits a PR's acks are judged against. */
export interface AckSubject {
  /** The base its changes are compared from (`base…commit`, against their merge base). */
  baseSha: string;
  headSha: string;
  author: string;
}

/**
 * The two reads judging acks makes. The sweep passes memoised ones, so a maintainer who approved many PRs
 * costs one permission read per sweep, not one per PR.
 */
export interface AckReads {
  /** The PR's changes as of `commit` (`base...commit`); null when GitHub knows no such comparison. */
  compare(base: string, commit: string): Promise<Comparison | null>;
  permission(login: string): Promise<Permission>;
}

/** The reads straight from the API, uncached: what one PR's run uses. */
export function directAckReads(client: GitHubClient, repo: RepoRef): AckReads {
  return {
    compare: (base, commit) => compareCommits(client, repo, base, commit),
    permission: (login) => getCollaboratorPermission(client, repo, login),
  };
}

/**
 * Reads what the holds' approvals need and judges them. Comparisons run in parallel (one per distinct
 * approved commit, plus the head), then permission reads (one per bound approver).
 *
 * @example await judgePullAcks(client, repo, { baseSha, headSha, author: 'alice' }, decision.holds, reviews)
 *   // → Map { 'NETWORKING DRIVERS' → { liftedBy: ['davem'], droppedAcks: [], cannotAck: [] } }
 */
export async function judgePullAcks(
  client: GitHubClient,
  repo: RepoRef,
  subject: AckSubject,
  holds: readonly Hold[],
  reviews: readonly Review[],
  reads: AckReads = directAckReads(client, repo),
): Promise<Map<string, HoldAcks>> {
  const candidates = ackCandidates(holds, latestVerdicts(reviews), subject.author);
  if (candidates.length === 0) return new Map();
  const stale = commitsToCompare(candidates, subject.headSha);
  const patches = new Map<string, PatchSide>();
  if (stale.length > 0) {
    const commits = [subject.headSha, ...stale];
    const compared = await Promise.all(commits.map((commit) => reads.compare(subject.baseSha, commit)));
    for (const [i, comparison] of compared.entries()) {
      // A comparison GitHub no longer knows stays absent: every held file then counts as changed.
      if (comparison !== null) patches.set(commits[i], patchSide(comparison));
    }
  }
  const logins = loginsToCheck(holds, candidates, { headSha: subject.headSha, patches });
  const read = await Promise.all(logins.map((login) => reads.permission(login)));
  const permissions = new Map<string, Permission>(logins.map((login, i) => [login.toLowerCase(), read[i]]));
  const evidence: AckEvidence = { headSha: subject.headSha, patches, permissions };
  return judgeAcks(holds, candidates, evidence);
}

function patchSide(comparison: Comparison): PatchSide {
  return {
    files: new Map(
      comparison.files.map((file) => [
        file.path,
        {
          status: file.status,
          ...(file.previousPath === undefined ? {} : { previousPath: file.previousPath }),
          ...(file.patch === undefined ? {} : { patch: file.patch }),
        },
      ]),
    ),
    complete: comparison.complete,
  };
}
