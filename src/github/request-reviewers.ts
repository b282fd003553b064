/** `POST /repos/{o}/{r}/pulls/{n}/requested_reviewers`, in batches GitHub accepts. */
import type { GitHubClient } from './client.js';
import { isCollaborator } from './is-collaborator.js';
import { isTeamVisible } from './is-team-visible.js';
import { classifyRequestError } from './request-failure.js';
import type { RepoRef } from './types.js';

/** GitHub's reason, in its words, for a login that is not a collaborator. */
const NOT_A_COLLABORATOR = 'Reviews may only be requested from collaborators.';

/** Why a team the token cannot read is not requested, and what token would do. */
export const TEAM_NOT_VISIBLE =
  'not visible to this token: use a GitHub App token with Members: read or a PAT with read:org';

/** Users per request: GitHub documents no limit, but larger requests fail (docs/GITHUB-PLATFORM.md, "Review requests"). */
export const MAX_USERS_PER_REQUEST = 15;

export interface Rejection {
  /** A login or `org/team`. */
  handle: string;
  /** GitHub's answer, e.g. "Reviews may only be requested from collaborators." */
  reason: string;
}

export interface ReviewRequestResult {
  /** Logins and `org/team`s GitHub accepted. */
  requested: string[];
  /** Refused by GitHub with 422 (a non-collaborator), or a team the token cannot see (never sent). */
  rejected: Rejection[];
}

/**
 * Requests reviews from `handles` (logins and `org/team`s), at most 15 users a request, teams riding with
 * the first batch. Each team is first read (one request per distinct team): a team the token cannot see is
 * rejected without being sent, so the default GITHUB_TOKEN makes no failing write for it, run after run.
 * GitHub refuses a whole request when one login or team is unacceptable, so a refused batch is split until
 * the refused handles stand alone: everyone else is still requested. With `checkUsersFirst` (a re-run),
 * users are checked as collaborators with reads before anything is sent, so a login refused last time costs
 * a read, not another refused write.
 *
 * Other failures (403 read-only token, 5xx after retries) are thrown for the caller to classify.
 */
export async function requestReviewers(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  handles: readonly string[],
  options: { checkUsersFirst?: boolean } = {},
): Promise<ReviewRequestResult> {
  const result: ReviewRequestResult = { requested: [], rejected: [] };
  let users = handles.filter((h) => !h.includes('/'));
  if (options.checkUsersFirst) {
    const accepted = await Promise.all(users.map((login) => isCollaborator(client, repo, login)));
    for (const [i, login] of users.entries()) {
      if (!accepted[i]) result.rejected.push({ handle: login, reason: NOT_A_COLLABORATOR });
    }
    users = users.filter((_, i) => accepted[i]);
  }
  const teams = await visibleTeams(client, handles, result);
  const send = async (batch: readonly string[]): Promise<void> => {
    await client.rest.pulls.requestReviewers({
      ...repo,
      pull_number: number,
      reviewers: batch.filter((h) => !h.includes('/')),
      team_reviewers: batch.filter((h) => h.includes('/')).map((h) => h.slice(h.indexOf('/') + 1)),
    });
  };
  const batches: string[][] = [];
  for (let i = 0; i < users.length; i += MAX_USERS_PER_REQUEST) batches.push(users.slice(i, i + MAX_USERS_PER_REQUEST));
  if (teams.length > 0) {
    if (batches.length === 0) batches.push([]);
    batches[0].push(...teams);
  }
  const members = (login: string) => isCollaborator(client, repo, login);
  for (const batch of batches) await requestIsolatingRejections(send, batch, result, members);
  return result;
}

/**
 * The distinct teams among `handles` (compared case-insensitively, as GitHub's slugs are) that the token can
 * read; the others go to `result.rejected`.
 */
async function visibleTeams(
  client: GitHubClient,
  handles: readonly string[],
  result: ReviewRequestResult,
): Promise<string[]> {
  const teams: string[] = [];
  for (const handle of handles) {
    const known = teams.some((team) => team.toLowerCase() === handle.toLowerCase());
    if (handle.includes('/') && !known) teams.push(handle);
  }
  const visible = await Promise.all(teams.map((team) => isTeamVisible(client, team)));
  for (const [i, team] of teams.entries()) {
    if (!visible[i]) result.rejected.push({ handle: team, reason: TEAM_NOT_VISIBLE });
  }
  return teams.filter((_, i) => visible[i]);
}

/**
 * Sends a batch; on 422, retries users and teams apart (a team GitHub refuses though the token could read
 * it). A refused batch of users drops its non-collaborators (asked with cheap reads: each review request is
 * a notification the throttling plugin paces 3 s apart) and is sent once more; anything still refused is
 * halved until each refused handle stands alone.
 */
async function requestIsolatingRejections(
  send: (batch: readonly string[]) => Promise<void>,
  batch: readonly string[],
  result: ReviewRequestResult,
  members?: (login: string) => Promise<boolean>,
): Promise<void> {
  try {
    await send(batch);
    result.requested.push(...batch);
    return;
  } catch (error) {
    const failure = classifyRequestError(error);
    if (failure.kind !== 'rejected') throw error;
    if (batch.length === 1) {
      result.rejected.push({ handle: batch[0], reason: failure.message });
      return;
    }
  }
  const users = batch.filter((h) => !h.includes('/'));
  const teams = batch.filter((h) => h.includes('/'));
  if (users.length > 0 && teams.length > 0) {
    for (const part of [users, teams]) await requestIsolatingRejections(send, part, result, members);
    return;
  }
  if (members && teams.length === 0) {
    const accepted = await Promise.all(batch.map(members));
    const outsiders = batch.filter((_, i) => !accepted[i]);
    if (outsiders.length > 0) {
      for (const handle of outsiders) result.rejected.push({ handle, reason: NOT_A_COLLABORATOR });
      const rest = batch.filter((_, i) => accepted[i]);
      if (rest.length > 0) await requestIsolatingRejections(send, rest, result);
      return;
    }
  }
  const half = Math.ceil(batch.length / 2);
  for (const part of [batch.slice(0, half), batch.slice(half)]) await requestIsolatingRejections(send, part, result);
}
