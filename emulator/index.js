/**
 * A local GitHub REST emulator for one repository: a real HTTP server on 127.0.0.1 that an Octokit client
 * reaches through `GITHUB_API_URL` (or `baseUrl`), behaving like GitHub for the operations rust-patch-router
 * uses, checking every request against GitHub's OpenAPI description, and controllable in-process by tests,
 * the demo and the benchmark.
 *
 * @example
 *   const emu = await startEmulator({ owner: 'torvalds', repo: 'linux' });
 *   emu.addCommit('b'.repeat(40), { 'maintainers.yml': '…' });
 *   emu.addPullRequest({ number: 1, user: 'alice', base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } });
 *   process.env.GITHUB_API_URL = emu.url;   // 'http://127.0.0.1:PORT'
 *   // … run the action …
 *   expect(emu.violations).toEqual([]);
 *   await emu.close();
 */
import { createServer } from 'node:http';
import { Faults } from './faults.js';
import { RequestValidator } from './openapi.js';
import { compileRoutes, loadOperations } from './routes.js';
import { createRequestListener } from './server.js';
import { evaluateGroup, evaluatePull } from './merge-rules.js';
import { GITHUB_ACTIONS_APP_ID, RepositoryState, toActor } from './state.js';

/**
 * @typedef {object} EmulatorOptions
 * @property {string} owner the repository's owner (an organisation: team slugs resolve inside it)
 * @property {string} repo
 * @property {string} [botLogin] the token's identity, author of comments made through the API.
 *   Defaults to 'github-actions[bot]' (GITHUB_TOKEN)
 * @property {string} [botType] Defaults to 'Bot' for `…[bot]` logins, 'User' otherwise (a PAT: GET /user works)
 * @property {boolean} [tokenCanSeeTeams] false (default) makes team review requests fail as with GITHUB_TOKEN;
 *   true behaves like a GitHub App or a PAT with read:org
 * @property {number} [maxReviewersPerRequest] users + teams per review request. Defaults to 15
 * @property {number} [rateLimit] requests per hour. Defaults to 1,000 (GITHUB_TOKEN)
 * @property {number} [graphqlRateLimit] GraphQL points per hour. Defaults to 1,000 (GITHUB_TOKEN)
 * @property {boolean} [readOnly] start with a read-only token. Defaults to false
 * @property {number} [latencyMs] delay before each reply. Defaults to 0
 * @property {number} [port] Defaults to 0: a free port
 * @property {string} [defaultBranch] Defaults to 'main'
 * @property {boolean} [private] a private repository (non-collaborators: permission `none`). Defaults to false
 * @property {import('./permissions.js').TokenPermissions} [permissions] what the token was granted (a workflow's
 *   `permissions:`); omitted: everything
 */
/**
 * @typedef {object} PullSnapshot a pull request's current state as a test checks it
 * @property {number} number
 * @property {string} title
 * @property {boolean} draft
 * @property {string[]} labels names, alphabetical
 * @property {string[]} requestedReviewers logins
 * @property {string[]} requestedTeams slugs
 * @property {string} state 'open' or 'closed'
 * @property {boolean} merged
 * @property {boolean} locked
 * @property {string} headSha
 * @property {Array<{ id: number, user: import('./state.js').Actor, body: string, created_at: string, updated_at: string }>} comments
 * @property {Array<{ id: number, user: import('./state.js').Actor, state: string, commit_id: string }>} reviews
 */

/** @type {{ routes: ReturnType<typeof compileRoutes>, validator: RequestValidator } | undefined} */
let described;

/**
 * The routes and the request/response validator of GitHub's description, made once per process and shared by
 * every emulator in it: the description never changes, and the validator compiles each schema it meets (ajv): once
 * per process instead of once per test. Validation is synchronous, so sharing is safe.
 */
function describedApi() {
  described ??= { routes: compileRoutes(loadOperations().operations), validator: new RequestValidator() };
  return described;
}

/** The control handle of a running emulator. */
export class Emulator {
  /**
   * @param {EmulatorOptions} options
   */
  constructor(options) {
    this.state = new RepositoryState({
      owner: options.owner,
      repo: options.repo,
      botLogin: options.botLogin ?? 'github-actions[bot]',
      botType: options.botType,
      defaultBranch: options.defaultBranch,
      private: options.private,
    });
    this.faults = new Faults({ rateLimit: options.rateLimit, graphqlRateLimit: options.graphqlRateLimit });
    this.faults.readOnly = Boolean(options.readOnly);
    /** @type {import('./server.js').LoggedRequest[]} every request, in arrival order */
    this.requests = [];
    /** @type {import('./server.js').Violation[]} requests that broke GitHub's description; should stay empty */
    this.violations = [];
    /** Concurrency seen so far (GitHub's secondary limits start at 100 concurrent requests). */
    this.stats = { inFlight: 0, maxInFlight: 0 };
    this.url = '';
    /** @type {import('./handlers/context.js').EmulatorBehaviour} shared with the server; setters change it */
    this.listenerBehaviour = {
      tokenCanSeeTeams: Boolean(options.tokenCanSeeTeams),
      maxReviewersPerRequest: options.maxReviewersPerRequest ?? 15,
      tokenPermissions: options.permissions ? { ...options.permissions } : null,
    };
    this.listener = createRequestListener({
      state: this.state,
      faults: this.faults,
      ...describedApi(),
      behaviour: this.listenerBehaviour,
      requests: this.requests,
      violations: this.violations,
      stats: this.stats,
      latencyMs: options.latencyMs ?? 0,
      api: () => this.url,
    });
    this.server = createServer(this.listener);
    // Idle connections stay open until close(): only the client ends them (undici after 4 s idle). With Node's
    // default 5 s server timeout, a client whose event loop stalled on a loaded machine could send a request on a
    // connection the server was closing, get ECONNRESET, and so send a different sequence of requests than the
    // test arranged its faults for. GitHub's side of that race is the client's to survive, and is tested with
    // faults (dropped connections), not left to timing.
    this.server.keepAliveTimeout = 0;
  }

  /**
   * Records a commit with its complete file snapshot. The first commit becomes the default branch's head.
   * @param {string} sha
   * @param {Record<string, string | Uint8Array>} files path → content
   * @param {string | readonly string[]} [parents] its parent(s), already added; `[]` for a root commit. Without
   *   parents its history is unknown and a comparison treats the other side as its merge base
   */
  addCommit(sha, files, parents) {
    this.state.addCommit(sha, files, parents);
  }

  /**
   * Points a branch at a commit.
   * @param {string} name
   * @param {string} sha
   */
  setBranch(name, sha) {
    this.state.branches.set(name, sha);
  }

  /**
   * @param {readonly string[]} logins
   * @param {string} [permission] Defaults to 'write'
   */
  addCollaborators(logins, permission) {
    this.state.addCollaborators(logins, permission);
  }

  /**
   * Adds a team with access to the repository; review requests name it by slug.
   * @param {string} orgSlug e.g. 'rust-for-linux/reviewers'
   * @param {readonly string[]} [members]
   */
  addTeam(orgSlug, members = []) {
    this.state.addTeam(orgSlug, members);
  }

  /**
   * Adds a repository label.
   * @param {{ name: string, color?: string, description?: string | null }} label colour without '#'
   */
  addLabel(label) {
    if (this.state.label(label.name)) throw new TypeError(`addLabel: '${label.name}' already exists`);
    this.state.addLabel(label);
  }

  /**
   * Opens a pull request; see RepositoryState#addPullRequest for every field.
   * @param {Parameters<RepositoryState['addPullRequest']>[0]} spec
   */
  addPullRequest(spec) {
    this.state.addPullRequest(spec);
  }

  /**
   * Changes a pull request's draft flag, title or body, as an author editing it would; `headSha` moves its head
   * (a push: its files are recomputed from the snapshots unless the test gave them), `baseSha` its base.
   * @param {number} number
   * @param {{ draft?: boolean, title?: string, body?: string | null, headSha?: string, baseSha?: string }} changes
   */
  updatePullRequest(number, changes) {
    const { headSha, baseSha, ...fields } = changes;
    const pull = this.state.requirePull(number);
    Object.assign(pull, fields, { updatedAt: this.state.now() });
    if (headSha || baseSha) this.state.movePull(number, { headSha, baseSha });
  }

  /**
   * Locks a pull request's conversation: `locked: true` with the reason; creating a comment then answers 403
   * "Unable to create comment because issue is locked." to app tokens, while labels and review requests work.
   * @param {number} number
   * @param {'off-topic' | 'too heated' | 'resolved' | 'spam' | null} [reason] Defaults to null (no reason given)
   */
  lock(number, reason = null) {
    Object.assign(this.state.requirePull(number), { locked: true, activeLockReason: reason });
  }

  /** @param {number} number */
  unlock(number) {
    Object.assign(this.state.requirePull(number), { locked: false, activeLockReason: null });
  }

  /**
   * A commit's statuses, oldest first, as a test checks them.
   * @param {string} sha
   * @returns {Array<{ state: string, context: string, description: string | null, target_url: string | null, creator: string }>}
   */
  statuses(sha) {
    return (this.state.statuses.get(sha) ?? []).map((s) => ({
      state: s.state,
      context: s.context,
      description: s.description,
      target_url: s.target_url,
      creator: s.creator.login,
    }));
  }

  /**
   * Seeds a commit status as someone else (another CI, a user with a PAT) would have created it.
   * @param {string} sha
   * @param {{ state: 'error' | 'failure' | 'pending' | 'success', context?: string, description?: string, target_url?: string, creator?: string, appId?: number | null }} status
   *   creator defaults to the token's identity; appId to GitHub Actions' for github-actions[bot], none for users
   */
  addStatus(sha, status) {
    if (!this.state.commits.has(sha)) throw new TypeError(`addStatus: unknown commit ${sha}`);
    const { creator, appId, ...spec } = status;
    const actor = creator ? toActor(creator) : this.state.identity;
    this.state.addStatus(sha, spec, { ...actor, ...(appId === undefined ? {} : { appId }) });
  }

  /**
   * Seeds a check run (e.g. the job's own check): required checks are satisfied by a check run of that name
   * whose conclusion is success, neutral or skipped. The emulator serves no checks API.
   * @param {string} sha
   * @param {{ name: string, conclusion: 'success' | 'failure' | 'neutral' | 'skipped' | 'cancelled' | 'timed_out' | 'action_required' | null, appId?: number | null }} run
   *   conclusion null: still in progress; appId defaults to GitHub Actions
   */
  addCheckRun(sha, run) {
    const runs = this.state.checkRuns.get(sha) ?? [];
    runs.push({
      name: run.name,
      conclusion: run.conclusion,
      appId: run.appId === undefined ? GITHUB_ACTIONS_APP_ID : run.appId,
    });
    this.state.checkRuns.set(sha, runs);
  }

  /**
   * Protects a branch (classic branch protection), in the shape `PUT …/branches/{branch}/protection` takes;
   * null removes it. Only `required_status_checks` (`strict`, `contexts` or `checks: [{ context, app_id }]`),
   * `required_pull_request_reviews` and `enforce_admins` are interpreted.
   * @param {string} branch
   * @param {any} protection
   */
  setBranchProtection(branch, protection) {
    if (protection === null) this.state.protections.delete(branch);
    else this.state.protections.set(branch, JSON.parse(JSON.stringify(protection)));
  }

  /**
   * Adds a repository ruleset in the shape `POST …/rulesets` takes (`name`, `target`, `enforcement`,
   * `conditions.ref_name.include/exclude` with `~DEFAULT_BRANCH`/`~ALL`/`refs/heads/…` patterns, `rules`,
   * `bypass_actors`) and returns its id.
   * @param {any} ruleset
   * @returns {number}
   */
  addRuleset(ruleset) {
    const id = this.state.newId();
    this.state.rulesets.push({
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      ...JSON.parse(JSON.stringify(ruleset)),
      id,
    });
    return id;
  }

  /**
   * Can this pull request be merged now, as GitHub decides it (required status checks on its head commit from
   * branch protection and rulesets, up-to-date branches, required approvals, draft, closed)?
   * @param {number} number
   * @returns {import('./merge-rules.js').MergeVerdict}
   */
  canMerge(number) {
    return evaluatePull(this.state, this.state.requirePull(number));
  }

  /**
   * Would the merge group of a queued pull request pass its required checks (on `merge_group.head_sha`)?
   * @param {number} number a pull request in a merge queue
   * @returns {import('./merge-rules.js').MergeVerdict}
   */
  canMergeGroup(number) {
    const entry = this.mergeGroup(number);
    return evaluateGroup(this.state, entry.headSha, entry.baseRef);
  }

  /**
   * Adds a pull request to its base branch's merge queue; returns its merge group (what `mergeGroupEvent` sends).
   * @param {number} number
   * @returns {import('./state.js').MergeQueueEntry}
   */
  enqueue(number) {
    return { ...this.state.enqueue(number) };
  }

  /**
   * The merge group of a queued pull request.
   * @param {number} number
   * @returns {import('./state.js').MergeQueueEntry}
   */
  mergeGroup(number) {
    const pull = this.state.requirePull(number);
    const entry = (this.state.mergeQueues.get(pull.base.ref) ?? []).find((e) => e.number === number);
    if (!entry) throw new TypeError(`#${number} is not in the ${pull.base.ref} merge queue`);
    return { ...entry };
  }

  /**
   * A branch's merge queue, first in line first.
   * @param {string} [branch] Defaults to the default branch
   */
  mergeQueue(branch = this.state.defaultBranch) {
    return (this.state.mergeQueues.get(branch) ?? []).map((entry) => ({ ...entry }));
  }

  /**
   * Lets the queue act on a group whose checks have reported: when its required checks pass, the branch moves to
   * the group's commit and the pull request is merged; otherwise it leaves the queue unmerged (later groups are
   * rebuilt without it). Returns the verdict.
   * @param {number} number
   * @returns {import('./merge-rules.js').MergeVerdict}
   */
  completeMergeGroup(number) {
    const verdict = this.canMergeGroup(number);
    const entry = this.state.dequeue(number);
    if (verdict.mergeable) {
      const pull = this.state.requirePull(number);
      this.state.branches.set(entry.baseRef, entry.headSha);
      Object.assign(pull, { state: 'closed', merged: true, mergedAt: this.state.now(), mergeCommitSha: entry.headSha });
    }
    return verdict;
  }

  /**
   * Sets Settings → Actions → General → Workflow permissions, as `GET …/actions/permissions/workflow` reports it.
   * @param {{ defaultWorkflowPermissions?: 'read' | 'write', canApprovePullRequestReviews?: boolean }} settings
   *   Default: read, false (GitHub's default for new repositories since 2023)
   */
  setWorkflowPermissions(settings) {
    Object.assign(this.state.workflowSettings, settings);
  }

  /**
   * Restricts what the token may do, as a workflow's `permissions:` block does (metadata read is implied);
   * null grants everything (the default). A request needing more answers 403 "Resource not accessible by
   * integration" with `x-accepted-github-permissions`.
   * @param {import('./permissions.js').TokenPermissions | null} permissions
   */
  setTokenPermissions(permissions) {
    this.listenerBehaviour.tokenPermissions = permissions === null ? null : { ...permissions };
  }

  /**
   * Submits a review; it fulfils the reviewer's pending review request, as on GitHub.
   * @param {number} number
   * @param {{ user: string, state: string, commit_id?: string, body?: string }} review
   */
  addReview(number, review) {
    this.state.addReview(number, review);
  }

  /**
   * Adds an issue comment by anyone (a user planting the bot's marker, or an earlier run's sticky comment).
   * @param {number} number
   * @param {{ user: string, type?: string, body: string }} comment
   * @returns {number} the comment's id
   */
  addComment(number, comment) {
    return this.state.addComment(number, comment).id;
  }

  /**
   * A pull request's current state.
   * @param {number} number
   * @returns {PullSnapshot}
   */
  pull(number) {
    const pull = this.state.requirePull(number);
    return {
      number: pull.number,
      title: pull.title,
      draft: pull.draft,
      labels: [...pull.labels].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
      requestedReviewers: [...pull.requestedReviewers],
      requestedTeams: [...pull.requestedTeams],
      state: pull.state,
      merged: Boolean(pull.merged),
      locked: pull.locked,
      headSha: pull.head.sha,
      comments: this.state.commentsOn(number).map(({ id, user, body, created_at, updated_at }) => ({
        id,
        user: { ...user },
        body,
        created_at,
        updated_at,
      })),
      reviews: pull.reviews.map(({ id, user, state, commit_id }) => ({ id, user: { ...user }, state, commit_id })),
    };
  }

  /**
   * The repository's labels, alphabetical.
   * @returns {Array<{ name: string, color: string, description: string | null }>}
   */
  labels() {
    return [...this.state.labels.values()]
      .map(({ name, color, description }) => ({ name, color, description }))
      .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  }

  /** The logged requests that change something (everything but GET). */
  writes() {
    return this.requests.filter(isWrite);
  }

  /**
   * Makes the next matching requests fail, e.g. `failNext({ method: 'GET', path: /\/files$/, status: 502, times: 2 })`.
   * @param {import('./faults.js').FailureRule} rule
   */
  failNext(rule) {
    this.faults.failNext(rule);
  }

  /**
   * Makes the next matching requests hit a secondary rate limit: 403 (or 429) with GitHub's message and
   * `retry-after`.
   * @param {Omit<import('./faults.js').FailureRule, 'status' | 'secondaryRateLimit'> & { status?: 403 | 429 }} [rule]
   */
  secondaryRateLimitNext(rule = {}) {
    this.faults.failNext({ ...rule, status: rule.status ?? 403, secondaryRateLimit: true });
  }

  /**
   * Exhausts the primary rate limit: every REST request answers 403 with `x-ratelimit-remaining: 0` until reset;
   * with `resource: 'graphql'`, the GraphQL point budget instead (GraphQL answers 200 with a RATE_LIMITED error).
   * @param {{ resetInSeconds?: number, resource?: 'core' | 'graphql' }} [options] Defaults to 1 second, core
   */
  exhaustRateLimit(options) {
    if (options?.resource === 'graphql') this.faults.graphql.exhaust(options.resetInSeconds ?? 1);
    else this.faults.exhaustRateLimit(options);
  }

  /**
   * Switches to a read-only token (a fork's `pull_request` run): every write answers 403.
   * @param {boolean} readOnly
   */
  setReadOnly(readOnly) {
    this.faults.readOnly = readOnly;
  }

  /** Forgets logged requests, violations and concurrency stats, e.g. between two runs of the action. */
  resetLog() {
    this.requests.length = 0;
    this.violations.length = 0;
    this.stats.maxInFlight = this.stats.inFlight;
  }

  /**
   * @param {number} port
   * @returns {Promise<this>}
   */
  async listen(port) {
    await new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve(undefined));
    });
    const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
    this.url = `http://127.0.0.1:${address.port}`;
    return this;
  }

  /** Stops the server, dropping idle keep-alive connections so the process can exit. */
  async close() {
    const closed = new Promise((resolve) => this.server.close(() => resolve(undefined)));
    this.server.closeAllConnections();
    await closed;
  }
}

/**
 * Whether a logged request changes state: any method but GET and HEAD, except a GraphQL query (a POST that
 * only reads; a `mutation` document writes).
 * @param {{ method: string, path: string, body?: unknown }} request
 */
export function isWrite(request) {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  if (request.path !== '/graphql') return true;
  const query = /** @type {{ query?: unknown } | null | undefined} */ (request.body)?.query;
  return /^\s*mutation\b/.test(typeof query === 'string' ? query : '');
}

/**
 * Starts an emulator on a free port of 127.0.0.1.
 * @param {EmulatorOptions} options
 * @returns {Promise<Emulator>}
 */
export async function startEmulator(options) {
  return new Emulator(options).listen(options.port ?? 0);
}
