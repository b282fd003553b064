/**
 * Step 2 of the per-PR run (docs/GATE.md, "The per-PR run"): from the facts to the decision — routing by the
 * policy the facts carry, the holds' approvals judged against what was reviewed and who can merge, and what
 * a policy edit proposes. Shared by the PR events (route-pull-request.ts) and the sweep and relay
 * (sweep-pull-request.ts), so every trigger decides a PR the same way. Writes nothing; the reads it makes
 * are only those acks and a policy edit need.
 */
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { liftHolds } from '../routing/lift-holds.js';
import { routeChanges } from '../routing/route.js';
import type { RoutingDecision } from '../routing/types.js';
import { openPullsFromApi, reviewPolicyEdit, withPolicyReview, type OpenPullsSource } from './policy-review.js';
import { proposedPolicy } from './proposed-policy.js';
import { judgePullAcks, type AckReads } from './read-ack-evidence.js';
import type { PullFacts } from './read-pull-facts.js';

export interface DecideSettings {
  /** The policy file, repository-relative. */
  config: string;
  maxReviewers: number;
}

/** What the sweep passes on top of the facts; a PR event passes nothing. */
export interface DecideExtras {
  /**
   * Subsystems taken as mentioned by keywords in the diff, which the sweep did not read for this PR (it
   * carries over what the PR's labels show: see sweep-diff.ts). Defaults to none.
   */
  assumeMentioned?: readonly string[];
  /** Memoised reads for judging acks. Defaults to reading the API directly. */
  ackReads?: AckReads;
  /** The open PRs a policy edit's preview compares. Defaults to reading them from the API. */
  openPulls?: OpenPullsSource;
}

export interface DecidedPullRequest {
  decision: RoutingDecision;
  /** For the job summary (the proposed policy's notes). */
  notes: string[];
}

/** Runs `work`, recording how long it took under `step`. */
export type Timed = <T>(step: string, work: () => Promise<T>) => Promise<T>;

/**
 * Decides the PR the facts describe.
 *
 * @example (await decidePullRequest(client, repo, facts, { config: 'maintainers.yml', maxReviewers: 10 }, timed)).decision.verdict // → 'needs-ack'
 */
export async function decidePullRequest(
  client: GitHubClient,
  repo: RepoRef,
  facts: PullFacts,
  settings: DecideSettings,
  timed: Timed,
  extras: DecideExtras = {},
): Promise<DecidedPullRequest> {
  const { pr, policy } = facts;
  // Routing sees no approval: which ones count is decided below, against what they reviewed.
  const routed = await timed('route', async () =>
    routeChanges(facts.changes, facts.compiled, {
      author: pr.author,
      maxReviewers: settings.maxReviewers,
      ...(extras.assumeMentioned ? { assumeMentioned: extras.assumeMentioned } : {}),
      ...(facts.interfaceMap ? { interfaceMap: facts.interfaceMap } : {}),
    }),
  );
  const judged = await timed('judge acks', () =>
    judgePullAcks(
      client,
      repo,
      { baseSha: facts.policyCommit, headSha: pr.headSha, author: pr.author },
      routed.holds,
      facts.reviews,
      extras.ackReads,
    ),
  );
  let decision = liftHolds(routed, judged, policy.labels);
  const proposed = await timed('read proposed policy', () =>
    proposedPolicy(client, repo, pr, settings.config, policy, facts.paths),
  );
  if (proposed.changes !== undefined) decision.policyChanges = proposed.changes;
  const notes = [...proposed.notes];
  const head = proposed.head;
  if (head !== undefined) {
    const openPulls = extras.openPulls ?? openPullsFromApi(client, repo);
    const reviewed = await timed('preview the policy edit', () =>
      reviewPolicyEdit(pr, policy, head, settings.maxReviewers, openPulls),
    );
    notes.push(...reviewed.notes);
    if (reviewed.review !== null) decision = withPolicyReview(decision, reviewed.review);
  }
  return { decision, notes };
}
