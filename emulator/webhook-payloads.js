// Webhook payloads for the events the action handles, built from the emulator's state with the same code
// that answers the REST API, so the `pull_request` object in the event is exactly what `GET /pulls/{n}`
// returns at that moment (GitHub's webhook and REST pull-request objects share one schema). Building a
// payload makes no request, so request counts in tests and the benchmark stay the action's own.
// Every builder's output is validated in webhook-payloads.test.ts against GitHub's published webhook schemas
// (webhook-schemas.json, extracted from @octokit/openapi-webhooks).
import { pullPayload } from './handlers/pulls.js';
import { treeSha } from './git-objects.js';
import { nodeId, repositoryPayload, stableId, userPayload } from './payloads.js';

const WEB = 'https://github.com';
const PERSON = { name: 'Emulated Author', email: 'author@example.com' };
/** GitHub's committer of the commits it makes itself (merge groups, web merges). */
const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };

/**
 * @param {import('./index.js').Emulator} emu
 * @returns {import('./handlers/context.js').HandlerContext}
 */
function contextOf(emu) {
  return /** @type {any} */ ({ state: emu.state, api: emu.url });
}

/**
 * The repository as webhooks show it (repository-webhooks: the REST repository plus a few event-only keys).
 * @param {import('./index.js').Emulator} emu
 * @param {string} [fullName] another repository (a fork); this one by default
 */
function repositoryOf(emu, fullName) {
  const { state } = emu;
  const own = fullName === undefined || fullName === state.fullName;
  const repo = repositoryPayload(emu.url, {
    fullName: fullName ?? state.fullName,
    id: own ? state.repositoryId : stableId(`repo:${String(fullName).toLowerCase()}`),
    defaultBranch: state.defaultBranch,
    fork: !own,
  });
  return {
    ...repo,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    stargazers: 0,
    master_branch: state.defaultBranch,
  };
}

/**
 * A commit as webhooks show it in `head_commit` (simple-commit).
 * @param {string} sha
 * @param {string} message
 * @param {{ name: string, email: string }} [committer]
 */
function simpleCommit(sha, message, committer = PERSON) {
  return { id: sha, tree_id: treeSha(sha, ''), message, timestamp: '2026-01-05T09:00:00Z', author: PERSON, committer };
}

/**
 * A `pull_request` / `pull_request_target` event (`opened`, `synchronize`, `ready_for_review`, `closed`, …).
 * Both events carry the same payload; only the workflow that runs (and its token) differ.
 * @param {import('./index.js').Emulator} emu
 * @param {number} number
 * @param {string} action
 * @param {string} [sender] who caused it; the PR author by default
 * @param {{ before?: string, changes?: Record<string, { from: string }> }} [extra] `synchronize`: the previous
 *   head (`before`; `after` is the current head); `edited`: what changed (`{ title: { from: 'old' } }`)
 */
export function pullRequestEvent(emu, number, action, sender, extra = {}) {
  const pull = emu.state.requirePull(number);
  const pullRequest = pullPayload(contextOf(emu), pull);
  return {
    action,
    number,
    ...(action === 'synchronize' ? { before: extra.before ?? pull.base.sha, after: pull.head.sha } : {}),
    ...(action === 'edited' ? { changes: extra.changes ?? {} } : {}),
    pull_request: pullRequest,
    repository: repositoryOf(emu),
    sender: sender ? userPayload(emu.url, sender) : pullRequest.user,
  };
}

/**
 * A `pull_request_review` event (`submitted`, `dismissed`) for the reviewer's latest review in the emulator
 * (add it with `emu.addReview` first, so `commit_id` is the reviewed commit), or a synthesised one on the head.
 * The payload's review state is lowercase (`approved`), as GitHub sends it, unlike the REST API's `APPROVED`.
 * @param {import('./index.js').Emulator} emu
 * @param {number} number
 * @param {string} reviewer
 * @param {'approved' | 'changes_requested' | 'commented' | 'dismissed'} state
 * @param {string} [action] `submitted` by default
 */
export function pullRequestReviewEvent(emu, number, reviewer, state, action = 'submitted') {
  const pull = emu.state.requirePull(number);
  const pullRequest = pullPayload(contextOf(emu), pull);
  const review = pull.reviews.filter((r) => r.user.login.toLowerCase() === reviewer.toLowerCase()).at(-1);
  const id = review?.id ?? 80000000 + number;
  return {
    action,
    review: {
      id,
      node_id: nodeId('PullRequestReview', id),
      user: userPayload(emu.url, reviewer),
      body: review?.body || null,
      state,
      commit_id: review?.commit_id ?? pull.head.sha,
      submitted_at: review?.submitted_at ?? new Date(0).toISOString(),
      html_url: `${pullRequest.html_url}#pullrequestreview-${id}`,
      pull_request_url: pullRequest.url,
      author_association: emu.state.collaborator(reviewer) ? 'COLLABORATOR' : 'CONTRIBUTOR',
      _links: {
        html: { href: `${pullRequest.html_url}#pullrequestreview-${id}` },
        pull_request: { href: pullRequest.url },
      },
    },
    pull_request: pullRequest,
    repository: repositoryOf(emu),
    sender: userPayload(emu.url, reviewer),
  };
}

/**
 * A `merge_group` event for a queued pull request's group (from `emu.enqueue(n)` or `emu.mergeGroup(n)`):
 * `head_sha` is the group's commit, `head_ref` `refs/heads/gh-readonly-queue/{base}/pr-{n}-{base_sha}`,
 * `base_sha` its parent, `base_ref` `refs/heads/{base}`.
 * @param {import('./index.js').Emulator} emu
 * @param {import('./state.js').MergeQueueEntry} group
 * @param {'checks_requested' | 'destroyed'} [action]
 * @param {'merged' | 'invalidated' | 'dequeued'} [reason] for `destroyed`
 */
export function mergeGroupEvent(emu, group, action = 'checks_requested', reason = 'dequeued') {
  const message = `Merge pull request #${group.number} from ${group.headRef}`;
  return {
    action,
    ...(action === 'destroyed' ? { reason } : {}),
    merge_group: {
      head_sha: group.headSha,
      head_ref: group.headRef,
      base_sha: group.baseSha,
      base_ref: `refs/heads/${group.baseRef}`,
      head_commit: simpleCommit(group.headSha, message, GITHUB_COMMITTER),
    },
    repository: repositoryOf(emu),
    sender: userPayload(emu.url, 'github-merge-queue[bot]', 'Bot'),
  };
}

/**
 * A `workflow_run` event (`completed` by default) for a run of `workflow` on a commit. `pull_requests` lists the
 * open pull requests whose head is this commit and branch **in this repository**: for a fork's pull request it
 * is empty (observed; see README), which is why the relay finds the PR with `GET /pulls?head=owner:branch`.
 * @param {import('./index.js').Emulator} emu
 * @param {object} run
 * @param {string} run.headSha
 * @param {string} run.headBranch
 * @param {string} [run.headRepository] 'owner/name' of the head; this repository by default
 * @param {string} [run.event] what triggered the run. Defaults to 'pull_request_review'
 * @param {string} [run.workflowName] Defaults to 'rust-patch-router'
 * @param {string} [run.workflowPath] Defaults to '.github/workflows/rust-patch-router.yml'
 * @param {string | null} [run.conclusion] Defaults to 'success'
 * @param {string} [run.actor] who triggered it. Defaults to the head repository's owner
 * @param {'completed' | 'requested' | 'in_progress'} [action]
 */
export function workflowRunEvent(emu, run, action = 'completed') {
  const { state } = emu;
  const headRepo = run.headRepository ?? state.fullName;
  const name = run.workflowName ?? 'rust-patch-router';
  const path = run.workflowPath ?? '.github/workflows/rust-patch-router.yml';
  const workflowId = stableId(`workflow:${state.fullName}:${path}`);
  const runId = stableId(`run:${state.fullName}:${run.headSha}:${name}`);
  const api = `${emu.url}/repos/${state.fullName}`;
  const runUrl = `${api}/actions/runs/${runId}`;
  const pullRequests =
    headRepo === state.fullName
      ? [...state.pulls.values()]
          .filter((p) => p.state === 'open' && p.head.sha === run.headSha && p.head.ref === run.headBranch)
          .filter((p) => p.head.repoFullName === state.fullName)
          .map((p) => ({
            id: p.id,
            number: p.number,
            url: `${api}/pulls/${p.number}`,
            head: { ref: p.head.ref, sha: p.head.sha, repo: { id: state.repositoryId, url: api, name: state.repo } },
            base: { ref: p.base.ref, sha: p.base.sha, repo: { id: state.repositoryId, url: api, name: state.repo } },
          }))
      : [];
  const actor = userPayload(emu.url, run.actor ?? headRepo.split('/')[0]);
  const at = '2026-01-05T10:00:00Z';
  const workflow = {
    badge_url: `${WEB}/${state.fullName}/workflows/${encodeURIComponent(name)}/badge.svg`,
    created_at: at,
    html_url: `${WEB}/${state.fullName}/blob/${state.defaultBranch}/${path}`,
    id: workflowId,
    name,
    node_id: nodeId('Workflow', workflowId),
    path,
    state: 'active',
    updated_at: at,
    url: `${api}/actions/workflows/${workflowId}`,
  };
  const completed = action === 'completed';
  return {
    action,
    repository: repositoryOf(emu),
    sender: actor,
    workflow,
    workflow_run: {
      actor,
      artifacts_url: `${runUrl}/artifacts`,
      cancel_url: `${runUrl}/cancel`,
      check_suite_id: runId + 1,
      check_suite_node_id: nodeId('CheckSuite', runId + 1),
      check_suite_url: `${api}/check-suites/${runId + 1}`,
      conclusion: completed ? (run.conclusion === undefined ? 'success' : run.conclusion) : null,
      created_at: at,
      display_title: `run of ${name}`,
      event: run.event ?? 'pull_request_review',
      head_branch: run.headBranch,
      head_commit: simpleCommit(run.headSha, `Commit ${run.headSha.slice(0, 12)}`),
      head_repository: repositoryOf(emu, headRepo),
      head_sha: run.headSha,
      html_url: `${WEB}/${state.fullName}/actions/runs/${runId}`,
      id: runId,
      jobs_url: `${runUrl}/jobs`,
      logs_url: `${runUrl}/logs`,
      name,
      node_id: nodeId('WorkflowRun', runId),
      path,
      previous_attempt_url: null,
      pull_requests: pullRequests,
      referenced_workflows: [],
      repository: repositoryOf(emu),
      rerun_url: `${runUrl}/rerun`,
      run_attempt: 1,
      run_number: 1,
      run_started_at: at,
      status: completed ? 'completed' : action === 'requested' ? 'queued' : 'in_progress',
      triggering_actor: actor,
      updated_at: at,
      url: runUrl,
      workflow_id: workflowId,
      workflow_url: `${api}/actions/workflows/${workflowId}`,
    },
  };
}

/**
 * A `push` event: `ref` moved from `before` to `after` (both known commits, or `before` all zeros for a new
 * branch). The emulator's branch is moved too, as the push did.
 * @param {import('./index.js').Emulator} emu
 * @param {{ ref: string, before: string, after: string, pusher?: string }} push ref like 'refs/heads/main'
 */
export function pushEvent(emu, push) {
  const { state } = emu;
  const branch = push.ref.replace(/^refs\/heads\//, '');
  state.branches.set(branch, push.after);
  const created = /^0+$/.test(push.before);
  const shas = created ? [push.after] : state.commitsBetween(push.before, push.after);
  const commitOf = (/** @type {string} */ sha) => {
    const files = (() => {
      const parent = state.parents.get(sha)?.[0];
      const from = parent ? state.commits.get(parent) : new Map();
      const to = state.commits.get(sha) ?? new Map();
      const added = [...to.keys()].filter((p) => !from?.has(p));
      const removed = [...(from?.keys() ?? [])].filter((p) => !to.has(p));
      const modified = [...to.keys()].filter(
        (p) => from?.has(p) && !from.get(p)?.equals(/** @type {any} */ (to.get(p))),
      );
      return { added, removed, modified };
    })();
    return {
      ...simpleCommit(sha, `Commit ${sha.slice(0, 12)}`),
      id: sha,
      distinct: true,
      url: `${WEB}/${state.fullName}/commit/${sha}`,
      author: { ...PERSON, username: push.pusher ?? 'octocat' },
      committer: { ...PERSON, username: push.pusher ?? 'octocat' },
      ...files,
    };
  };
  const commits = shas.map(commitOf);
  const pusher = push.pusher ?? 'octocat';
  return {
    ref: push.ref,
    before: push.before,
    after: push.after,
    created,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${WEB}/${state.fullName}/compare/${push.before.slice(0, 12)}...${push.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    repository: { ...repositoryOf(emu), pushed_at: 1767603600, created_at: 1767603600 },
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    sender: userPayload(emu.url, pusher),
  };
}

/**
 * The event of a `schedule` run. Not a webhook: GitHub documents no payload schema; the event file holds the
 * cron expression that fired (observed: `{ "schedule": "30 5 * * *" }`), and the run is on the default branch.
 * @param {string} cron
 */
export function scheduleEvent(cron) {
  return { schedule: cron };
}

/**
 * A `workflow_dispatch` event.
 * @param {import('./index.js').Emulator} emu
 * @param {{ ref?: string, inputs?: Record<string, string> | null, workflow?: string, sender?: string }} [dispatch]
 *   ref defaults to the default branch, workflow to '.github/workflows/rust-patch-router.yml'
 */
export function workflowDispatchEvent(emu, dispatch = {}) {
  return {
    inputs: dispatch.inputs ?? null,
    ref: dispatch.ref ?? `refs/heads/${emu.state.defaultBranch}`,
    repository: repositoryOf(emu),
    sender: userPayload(emu.url, dispatch.sender ?? 'octocat'),
    workflow: dispatch.workflow ?? '.github/workflows/rust-patch-router.yml',
  };
}
