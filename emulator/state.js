/**
 * One repository's state: commits, collaborators, teams, labels, pull requests with their labels, review
 * requests, reviews and comments. Plain data plus the mutations GitHub performs; handlers turn it into JSON.
 * Names compare case-insensitively where GitHub's do (logins, label names, team slugs).
 */
import { createHash } from 'node:crypto';
import { blobSha, diffSnapshots, toBytes } from './git-objects.js';
import { stableId } from './payloads.js';

/** @typedef {{ login: string, type: string }} Actor a user or bot as comments and reviews show it */
/**
 * @typedef {object} PullFileInput one changed file of a pull request, as tests describe it
 * @property {string} filename
 * @property {string} [status] added, removed, modified (default), renamed, copied, changed, unchanged
 * @property {string} [previous_filename] for renames and copies
 * @property {string} [patch] omitted for binary files and huge diffs, as on GitHub
 * @property {number} [additions] defaults to the '+' lines of the patch
 * @property {number} [deletions] defaults to the '-' lines of the patch
 */
/** @typedef {Required<Omit<PullFileInput, 'patch' | 'previous_filename'>> & PullFileInput & { sha: string }} PullFile */
/** @typedef {{ id: number, user: Actor, state: string, body: string, commit_id: string, submitted_at: string }} Review */
/** @typedef {{ id: number, issueNumber: number, user: Actor, body: string, created_at: string, updated_at: string }} Comment */
/** @typedef {{ id: number, name: string, color: string, description: string | null }} Label */
/** @typedef {{ org: string, slug: string, members: string[] }} Team */
/**
 * @typedef {object} CommitStatus one status as `POST …/statuses/{sha}` created it
 * @property {number} id
 * @property {string} sha
 * @property {string} state error, failure, pending or success
 * @property {string | null} target_url
 * @property {string | null} description
 * @property {string} context
 * @property {Actor} creator the token's identity
 * @property {number | null} appId the GitHub App behind the token (GitHub Actions for github-actions[bot])
 * @property {string} created_at
 * @property {string} updated_at
 */
/**
 * @typedef {object} MergeQueueEntry a pull request in a merge queue, with the merge group GitHub built for it
 * @property {number} number the pull request
 * @property {string} baseRef the queue's branch, e.g. 'main'
 * @property {string} baseSha the group's parent: the branch tip or the previous entry's group
 * @property {string} headSha the group's commit (base plus this and every earlier entry's changes)
 * @property {string} headRef `refs/heads/gh-readonly-queue/{base}/pr-{n}-{baseSha}`
 * @property {string} state AWAITING_CHECKS, MERGEABLE, UNMERGEABLE, QUEUED, LOCKED (GraphQL MergeQueueEntryState)
 * @property {string} enqueuedAt
 */
/**
 * @typedef {object} Pull
 * @property {number} number
 * @property {number} id
 * @property {string} title
 * @property {string | null} body
 * @property {Actor} user
 * @property {boolean} draft
 * @property {string} state 'open' or 'closed'
 * @property {{ sha: string, ref: string, repoFullName: string }} base
 * @property {{ sha: string, ref: string, repoFullName: string | null }} head repoFullName null: fork deleted
 * @property {PullFile[]} files
 * @property {boolean} filesGiven the test gave the list (else it is the diff of the snapshots)
 * @property {boolean} locked the conversation is locked
 * @property {string | null} activeLockReason off-topic, too heated, resolved, spam, or null
 * @property {boolean} [merged]
 * @property {string} [mergedAt]
 * @property {string} [mergeCommitSha]
 * @property {number} changedFiles what GitHub counts, which may exceed the files it lists
 * @property {string[]} labels label names in the order they were added
 * @property {string[]} requestedReviewers logins
 * @property {string[]} requestedTeams team slugs
 * @property {Review[]} reviews chronological
 * @property {string} createdAt
 * @property {string} updatedAt
 */

export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];
/** The colour GitHub gives a label it creates implicitly when one is added to an issue (observed). */
export const IMPLICIT_LABEL_COLOR = 'ededed';
const START = Date.parse('2026-01-05T10:00:00Z');

/**
 * A login as an actor; `…[bot]` logins are bots, as on GitHub.
 * @param {string | Actor} who
 * @returns {Actor}
 */
export function toActor(who) {
  if (typeof who !== 'string') return { login: who.login, type: who.type };
  return { login: who, type: who.endsWith('[bot]') ? 'Bot' : 'User' };
}

/** The GitHub App id of GitHub Actions, whose GITHUB_TOKEN acts as github-actions[bot]. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/**
 * The GitHub App an identity acts for: GitHub Actions for github-actions[bot], a stable made-up id for other
 * `…[bot]` logins (GitHub Apps), none for users (a personal access token).
 * @param {Actor} actor
 * @returns {number | null}
 */
export function appIdOf(actor) {
  if (actor.login === 'github-actions[bot]') return GITHUB_ACTIONS_APP_ID;
  return actor.type === 'Bot' ? stableId(`app:${actor.login.toLowerCase()}`) : null;
}

/**
 * Case-insensitive membership, as GitHub compares logins and label names.
 * @param {readonly string[]} list
 * @param {string} name
 */
export function includesName(list, name) {
  return list.some((item) => item.toLowerCase() === name.toLowerCase());
}

/** The repository the emulator serves. */
export class RepositoryState {
  /**
   * @param {{ owner: string, repo: string, botLogin: string, botType?: string, defaultBranch?: string, private?: boolean }} options
   */
  constructor(options) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.fullName = `${options.owner}/${options.repo}`;
    this.repositoryId = stableId(`repo:${this.fullName.toLowerCase()}`);
    this.defaultBranch = options.defaultBranch ?? 'main';
    /** A private repository: non-collaborators have no access (public: everyone reads). */
    this.isPrivate = Boolean(options.private);
    /** @type {Actor} the token's identity: who authors comments and labels made through the API */
    this.identity = { ...toActor(options.botLogin), ...(options.botType ? { type: options.botType } : {}) };
    /** @type {Map<string, import('./git-objects.js').Snapshot>} */
    this.commits = new Map();
    /** @type {Map<string, string[] | null>} commit → parents; null: added without history */
    this.parents = new Map();
    /** @type {Map<string, number>} commit → the order it was added in (for merge-base ties and listings) */
    this.commitOrder = new Map();
    /** @type {Map<string, CommitStatus[]>} commit → its statuses, oldest first */
    this.statuses = new Map();
    /** @type {Map<string, Array<{ name: string, conclusion: string | null, appId: number | null }>>} */
    this.checkRuns = new Map();
    /** @type {Map<string, any>} branch → branch protection, as `PUT …/branches/{branch}/protection` takes it */
    this.protections = new Map();
    /** @type {any[]} repository rulesets, as `POST …/rulesets` takes them, with ids */
    this.rulesets = [];
    /** Settings → Actions → General: what GITHUB_TOKEN gets when a workflow sets no `permissions:`. */
    this.workflowSettings = { defaultWorkflowPermissions: 'read', canApprovePullRequestReviews: false };
    /** @type {Map<string, MergeQueueEntry[]>} base branch → its merge queue, first in line first */
    this.mergeQueues = new Map();
    /** @type {Map<string, string>} branch name → commit */
    this.branches = new Map();
    /** @type {Map<string, { login: string, permission: string }>} */
    this.collaborators = new Map();
    /** @type {Map<string, Team>} keyed by lower-case `org/slug` */
    this.teams = new Map();
    /** @type {Map<string, Label>} keyed by lower-case name */
    this.labels = new Map();
    /** @type {Map<number, Pull>} */
    this.pulls = new Map();
    /** @type {Map<number, Comment>} */
    this.comments = new Map();
    this.ticks = 0;
    this.nextId = 1_000_000_001;
  }

  /** A deterministic clock: each event is one second after the previous, so payloads are reproducible. */
  now() {
    return new Date(START + this.ticks++ * 1000).toISOString().replace('.000Z', 'Z');
  }

  /** A fresh id for a comment, review or label. */
  newId() {
    return this.nextId++;
  }

  /**
   * Records a commit with its full file snapshot; the first commit also becomes the default branch's head.
   * @param {string} sha
   * @param {Record<string, string | Uint8Array>} files
   * @param {string | readonly string[] | null} [parents] the parent commit(s), which must be known; `[]` for a
   *   root commit. Omitted (or null): history unknown, as before parents existed (see mergeBase)
   */
  addCommit(sha, files, parents) {
    const list =
      parents === undefined || parents === null ? null : typeof parents === 'string' ? [parents] : [...parents];
    for (const parent of list ?? []) {
      if (!this.commits.has(parent)) throw new TypeError(`addCommit: parent ${parent} of ${sha} is not a known commit`);
    }
    this.commits.set(sha, new Map(Object.entries(files).map(([path, content]) => [path, toBytes(content)])));
    this.parents.set(sha, list);
    if (!this.commitOrder.has(sha)) this.commitOrder.set(sha, this.commitOrder.size);
    if (!this.branches.has(this.defaultBranch)) this.branches.set(this.defaultBranch, sha);
  }

  /**
   * Creates the commit merging `head` into `base` (parents `[base, head]`): the base's files with the changes
   * `head` made since their merge base applied file by file (what `head` changed wins). Its id is derived from
   * the two parents and `salt`, so the same merge gives the same commit.
   * @param {string} base
   * @param {string} head
   * @param {string} salt
   * @returns {string}
   */
  mergeCommit(base, head, salt) {
    const sha = createHash('sha1').update(`commit ${base} ${head} ${salt}`).digest('hex');
    if (this.commits.has(sha)) return sha;
    const mergeBase = this.mergeBase(base, head) ?? base;
    const from = /** @type {import('./git-objects.js').Snapshot} */ (this.commits.get(mergeBase));
    const to = /** @type {import('./git-objects.js').Snapshot} */ (this.commits.get(head));
    const files = new Map(this.commits.get(base));
    for (const path of new Set([...from.keys(), ...to.keys()])) {
      const before = from.get(path);
      const after = to.get(path);
      if (before && after && before.equals(after)) continue;
      if (after) files.set(path, after);
      else files.delete(path);
    }
    this.addCommit(sha, Object.fromEntries(files), [base, head]);
    return sha;
  }

  /**
   * Every commit reachable from `sha` (itself included).
   * @param {string} sha
   * @returns {Set<string>}
   */
  ancestry(sha) {
    const seen = new Set([sha]);
    const queue = [sha];
    while (queue.length > 0) {
      for (const parent of this.parents.get(/** @type {string} */ (queue.pop())) ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    return seen;
  }

  /**
   * The merge base of two commits as `git merge-base` finds it: a common ancestor that is not an ancestor of
   * another common ancestor (the most recently added one when several qualify). When the two share no history
   * and either was added without parents (history unknown), `base` itself stands in, as the emulator did before
   * it knew parents; two commits with known, unrelated histories have none (null).
   * @param {string} base
   * @param {string} head
   * @returns {string | null}
   */
  mergeBase(base, head) {
    const ofHead = this.ancestry(head);
    const common = [...this.ancestry(base)].filter((sha) => ofHead.has(sha));
    if (common.length === 0) {
      const unknown = (/** @type {string} */ sha) => this.parents.get(sha) === null || !this.parents.has(sha);
      return unknown(base) || unknown(head) ? base : null;
    }
    const best = common.filter((sha) => !common.some((other) => other !== sha && this.ancestry(other).has(sha)));
    return best.sort((a, b) => (this.commitOrder.get(b) ?? 0) - (this.commitOrder.get(a) ?? 0))[0];
  }

  /**
   * The commits reachable from `head` but not from `base` (`git rev-list base..head`), oldest first.
   * @param {string} base
   * @param {string} head
   */
  commitsBetween(base, head) {
    const known = this.ancestry(base);
    const only = [...this.ancestry(head)].filter((sha) => !known.has(sha));
    return only.sort((a, b) => (this.commitOrder.get(a) ?? 0) - (this.commitOrder.get(b) ?? 0));
  }

  /**
   * The files a three-dot comparison lists: the difference between the merge base and `head`, sorted by path.
   * @param {string} base
   * @param {string} head
   * @returns {PullFile[] | null} null when the commits share no history
   */
  diffFromMergeBase(base, head) {
    const mergeBase = this.mergeBase(base, head);
    if (mergeBase === null) return null;
    const from = /** @type {import('./git-objects.js').Snapshot} */ (this.commits.get(mergeBase));
    const to = /** @type {import('./git-objects.js').Snapshot} */ (this.commits.get(head));
    return diffSnapshots(from, to).map((file) => this.completeFile(file, head));
  }

  /**
   * The commit a ref names: a known sha, a branch, or the default branch when absent. Null when unknown.
   * @param {string | undefined} ref
   */
  resolveRef(ref) {
    const name = ref ?? this.defaultBranch;
    if (this.commits.has(name)) return name;
    const branch = this.branches.get(name.replace(/^refs\/heads\//, ''));
    return branch && this.commits.has(branch) ? branch : null;
  }

  /**
   * @param {readonly string[]} logins
   * @param {string} [permission] 'write' by default; 'admin', 'maintain', 'triage' and 'read' also exist
   */
  addCollaborators(logins, permission = 'write') {
    for (const login of logins) this.collaborators.set(login.toLowerCase(), { login, permission });
  }

  /** @param {string} login */
  collaborator(login) {
    return this.collaborators.get(login.toLowerCase()) ?? null;
  }

  /**
   * @param {string} orgSlug 'org/slug'
   * @param {readonly string[]} members
   */
  addTeam(orgSlug, members) {
    const [org, slug] = orgSlug.split('/');
    if (!org || !slug) throw new TypeError(`addTeam: expected 'org/slug', got '${orgSlug}'`);
    this.teams.set(orgSlug.toLowerCase(), { org, slug, members: [...members] });
  }

  /**
   * The team a review request's slug names: slugs resolve inside the repository owner's organisation only.
   * @param {string} slug
   */
  team(slug) {
    return this.teamOf(this.owner, slug);
  }

  /**
   * A team by organisation and slug, as `GET /orgs/{org}/teams/{team_slug}` names it (both case-insensitive).
   * @param {string} org
   * @param {string} slug
   */
  teamOf(org, slug) {
    return this.teams.get(`${org}/${slug}`.toLowerCase()) ?? null;
  }

  /** @param {string} name */
  label(name) {
    return this.labels.get(name.toLowerCase()) ?? null;
  }

  /**
   * Creates a repository label (callers check that it does not exist yet).
   * @param {{ name: string, color?: string, description?: string | null }} label
   * @returns {Label}
   */
  addLabel(label) {
    const created = {
      id: this.newId(),
      name: label.name,
      color: (label.color ?? IMPLICIT_LABEL_COLOR).toLowerCase(),
      description: label.description ?? null,
    };
    this.labels.set(label.name.toLowerCase(), created);
    return created;
  }

  /**
   * Opens a pull request. Without `files`, the list is the difference between the base and head snapshots.
   * @param {object} spec
   * @param {number} spec.number
   * @param {string} [spec.title]
   * @param {string | null} [spec.body]
   * @param {string | Actor} spec.user the author
   * @param {boolean} [spec.draft]
   * @param {string} [spec.state]
   * @param {{ sha: string, ref?: string }} spec.base
   * @param {{ sha: string, ref?: string, repoFullName?: string | null }} spec.head repoFullName defaults to
   *   this repository; another name is a fork, null a deleted fork
   * @param {PullFileInput[]} [spec.files]
   * @param {string[]} [spec.labels] created in the repository when missing
   * @param {string[]} [spec.requestedReviewers]
   * @param {string[]} [spec.requestedTeams] slugs
   * @param {number} [spec.changedFiles] defaults to the number of files
   * @returns {Pull}
   */
  addPullRequest(spec) {
    const base = { sha: spec.base.sha, ref: spec.base.ref ?? this.defaultBranch, repoFullName: this.fullName };
    const headRepo = spec.head.repoFullName === undefined ? this.fullName : spec.head.repoFullName;
    const head = { sha: spec.head.sha, ref: spec.head.ref ?? `pr-${spec.number}`, repoFullName: headRepo };
    if (!this.branches.has(base.ref)) this.branches.set(base.ref, base.sha);
    if (headRepo === this.fullName) this.branches.set(head.ref, head.sha);
    const files = spec.files
      ? spec.files.map((file) => this.completeFile(file, head.sha))
      : this.computedFiles(base.sha, head.sha);
    for (const name of spec.labels ?? []) if (!this.label(name)) this.addLabel({ name });
    const createdAt = this.now();
    /** @type {Pull} */
    const pull = {
      number: spec.number,
      id: stableId(`pull:${this.fullName}#${spec.number}`),
      title: spec.title ?? `Pull request ${spec.number}`,
      body: spec.body ?? null,
      user: toActor(spec.user),
      draft: Boolean(spec.draft),
      state: spec.state ?? 'open',
      base,
      head,
      files,
      filesGiven: spec.files !== undefined,
      changedFiles: spec.changedFiles ?? files.length,
      locked: false,
      activeLockReason: null,
      labels: (spec.labels ?? []).map((name) => /** @type {Label} */ (this.label(name)).name),
      requestedReviewers: [...(spec.requestedReviewers ?? [])],
      requestedTeams: [...(spec.requestedTeams ?? [])],
      reviews: [],
      createdAt,
      updatedAt: createdAt,
    };
    this.pulls.set(spec.number, pull);
    return pull;
  }

  /**
   * A pull request's files computed from the snapshots: the diff from the merge base to the head, as GitHub
   * lists them; empty while either commit is unknown.
   * @param {string} base
   * @param {string} head
   * @returns {PullFile[]}
   */
  computedFiles(base, head) {
    if (!this.commits.has(base) || !this.commits.has(head)) return [];
    return this.diffFromMergeBase(base, head) ?? [];
  }

  /**
   * Moves a pull request's head (a push to its branch) and/or base (the base branch moved), recomputing its
   * files from the snapshots unless the test gave them. Reviews keep the commit they were given at.
   * @param {number} number
   * @param {{ headSha?: string, baseSha?: string }} move
   */
  movePull(number, move) {
    const pull = this.requirePull(number);
    if (move.headSha) {
      pull.head.sha = move.headSha;
      if (pull.head.repoFullName === this.fullName) this.branches.set(pull.head.ref, move.headSha);
    }
    if (move.baseSha) pull.base.sha = move.baseSha;
    if (!pull.filesGiven) {
      pull.files = this.computedFiles(pull.base.sha, pull.head.sha);
      pull.changedFiles = pull.files.length;
    }
    pull.updatedAt = this.now();
  }

  /**
   * Fills in what GitHub computes for a listed file: counts from the patch, and the blob id at head.
   * @param {PullFileInput} file
   * @param {string} headSha
   * @returns {PullFile}
   */
  completeFile(file, headSha) {
    const lines = file.patch?.split('\n') ?? [];
    const count = (/** @type {string} */ sign) => lines.filter((l) => l.startsWith(sign) && !l.startsWith('@@')).length;
    const bytes = this.commits.get(headSha)?.get(file.filename);
    return {
      ...file,
      status: file.status ?? 'modified',
      additions: file.additions ?? count('+'),
      deletions: file.deletions ?? count('-'),
      sha: bytes ? blobSha(bytes) : createHash('sha1').update(`${headSha}:${file.filename}`).digest('hex'),
    };
  }

  /** @param {number} number */
  pull(number) {
    return this.pulls.get(number) ?? null;
  }

  /**
   * Submits a review. As on GitHub, a submitted review fulfils the reviewer's pending request.
   * @param {number} number
   * @param {{ user: string | Actor, state: string, commit_id?: string, body?: string }} spec
   * @returns {Review}
   */
  addReview(number, spec) {
    const pull = this.requirePull(number);
    if (!REVIEW_STATES.includes(spec.state)) {
      throw new TypeError(`addReview: state must be one of ${REVIEW_STATES.join(', ')}, got '${spec.state}'`);
    }
    const user = toActor(spec.user);
    const review = {
      id: this.newId(),
      user,
      state: spec.state,
      body: spec.body ?? '',
      commit_id: spec.commit_id ?? pull.head.sha,
      submitted_at: this.now(),
    };
    pull.reviews.push(review);
    if (spec.state !== 'PENDING') {
      pull.requestedReviewers = pull.requestedReviewers.filter((l) => l.toLowerCase() !== user.login.toLowerCase());
    }
    return review;
  }

  /**
   * Adds an issue comment to a pull request.
   * @param {number} number
   * @param {{ user: string | Actor, type?: string, body: string }} spec
   * @returns {Comment}
   */
  addComment(number, spec) {
    this.requirePull(number);
    const at = this.now();
    const user = { ...toActor(spec.user), ...(spec.type ? { type: spec.type } : {}) };
    const comment = { id: this.newId(), issueNumber: number, user, body: spec.body, created_at: at, updated_at: at };
    this.comments.set(comment.id, comment);
    return comment;
  }

  /** @param {number} number */
  commentsOn(number) {
    return [...this.comments.values()].filter((c) => c.issueNumber === number).sort((a, b) => a.id - b.id);
  }

  /**
   * Puts a pull request at the end of its base branch's merge queue and builds its merge group: a merge commit of
   * the previous group (or the branch tip) and the pull request's head.
   * @param {number} number
   * @returns {MergeQueueEntry}
   */
  enqueue(number) {
    const pull = this.requirePull(number);
    const queue = this.mergeQueues.get(pull.base.ref) ?? [];
    if (queue.some((e) => e.number === number)) throw new TypeError(`enqueue: #${number} is already queued`);
    const entry = this.buildGroup(pull, queue.at(-1)?.headSha ?? this.branches.get(pull.base.ref) ?? pull.base.sha);
    queue.push(entry);
    this.mergeQueues.set(pull.base.ref, queue);
    return entry;
  }

  /**
   * A merge group for a pull request on top of `parent`.
   * @param {Pull} pull
   * @param {string} parent
   * @returns {MergeQueueEntry}
   */
  buildGroup(pull, parent) {
    const headSha = this.mergeCommit(parent, pull.head.sha, `queue:${pull.number}`);
    return {
      number: pull.number,
      baseRef: pull.base.ref,
      baseSha: parent,
      headSha,
      headRef: `refs/heads/gh-readonly-queue/${pull.base.ref}/pr-${pull.number}-${parent}`,
      state: 'AWAITING_CHECKS',
      enqueuedAt: this.now(),
    };
  }

  /**
   * Removes an entry from its queue, rebuilding the groups after it on the new parent (as GitHub does when an
   * entry leaves), and returns it.
   * @param {number} number
   */
  dequeue(number) {
    const pull = this.requirePull(number);
    const queue = this.mergeQueues.get(pull.base.ref) ?? [];
    const at = queue.findIndex((e) => e.number === number);
    if (at === -1) throw new TypeError(`dequeue: #${number} is not in the ${pull.base.ref} merge queue`);
    const [entry] = queue.splice(at, 1);
    for (let i = at; i < queue.length; i++) {
      const parent = i === 0 ? (this.branches.get(pull.base.ref) ?? entry.baseSha) : queue[i - 1].headSha;
      queue[i] = this.buildGroup(this.requirePull(queue[i].number), parent);
    }
    return entry;
  }

  /**
   * Records a commit status, as `POST …/statuses/{sha}` does (callers validate it first).
   * @param {string} sha
   * @param {{ state: string, target_url?: string | null, description?: string | null, context?: string }} spec
   * @param {Actor & { appId?: number | null }} [creator] defaults to the token's identity
   * @returns {CommitStatus}
   */
  addStatus(sha, spec, creator = this.identity) {
    const at = this.now();
    /** @type {CommitStatus} */
    const status = {
      id: this.newId(),
      sha,
      state: spec.state,
      target_url: spec.target_url ?? null,
      description: spec.description ?? null,
      context: spec.context ?? 'default',
      creator: { login: creator.login, type: creator.type },
      appId: creator.appId === undefined ? appIdOf(creator) : creator.appId,
      created_at: at,
      updated_at: at,
    };
    const list = this.statuses.get(sha) ?? [];
    list.push(status);
    this.statuses.set(sha, list);
    return status;
  }

  /**
   * The statuses of a commit with one context (compared case-insensitively, as GitHub does), oldest first.
   * @param {string} sha
   * @param {string} context
   */
  statusesWith(sha, context) {
    return (this.statuses.get(sha) ?? []).filter((s) => s.context.toLowerCase() === context.toLowerCase());
  }

  /**
   * The latest status of each context on a commit, newest first: what counts for the combined status and for
   * required checks.
   * @param {string} sha
   * @returns {CommitStatus[]}
   */
  latestStatuses(sha) {
    /** @type {Map<string, CommitStatus>} */
    const latest = new Map();
    for (const status of this.statuses.get(sha) ?? []) latest.set(status.context.toLowerCase(), status);
    return [...latest.values()].sort((a, b) => b.id - a.id);
  }

  /** @param {number} number */
  requirePull(number) {
    const pull = this.pull(number);
    if (!pull) throw new TypeError(`no pull request #${number}: add it with addPullRequest first`);
    return pull;
  }
}
