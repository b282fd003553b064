/**
 * From "PR number" to "decision": the facts read fresh (read-pull-facts.ts), routing by the base policy, the
 * holds' approvals judged against what was reviewed and who can merge, and the stance changes a policy edit
 * proposes. Nothing is written here.
 */
import type { GitHubClient } from '../github/client.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import type { RoutingDecision } from '../routing/types.js';
import { decidePullRequest } from './decide-pull-request.js';
import { readPullFacts, type FactSettings, type PullFacts, type RouteLog } from './read-pull-facts.js';

export type { RouteLog } from './read-pull-facts.js';

export interface RouteSettings extends FactSettings {
  maxReviewers: number;
}

export interface RoutedPullRequest {
  facts: PullFacts;
  decision: RoutingDecision;
  /** For the job summary: the facts' notes and the proposed policy's. */
  notes: string[];
  /** Milliseconds per step, in order. */
  timings: Record<string, number>;
}

/**
 * Routes pull request `number`. Returns null for a closed PR (nothing to route).
 *
 * @param onPullRequest told the PR as soon as it is read (see readPullFacts).
 * @throws InputError for a policy that is missing or invalid at the base commit (every problem at once).
 * @throws Error naming its cause when the change list is incomplete with `block` on, or the API fails.
 */
export async function routePullRequest(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  settings: RouteSettings,
  log: RouteLog,
  onPullRequest?: (pr: PullRequest) => void,
): Promise<RoutedPullRequest | null> {
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - started;
    }
  };

  const facts = await readPullFacts(client, repo, number, settings, log, timed, onPullRequest);
  if (facts === null) return null;
  const { decision, notes } = await decidePullRequest(client, repo, facts, settings, timed);
  return { facts, decision, notes: [...facts.notes, ...notes], timings };
}
