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
   * @param {{ owner: string, repo: string, botLogin: string, botType?: string, defaultBranch?: string }} options
   */
  constructor(options) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.fullName = `${options.owner}/${options.repo}`;
    this.repositoryId = stableId(`repo:${this.fullName.toLowerCase()}`);
    this.defaultBranch = options.defaultBranch ?? 'main';
    /** @type {Actor} the token's identity: who authors comments and labels made through the API */
    this.identity = { ...toActor(options.botLogin), ...(options.botType ? { type: options.botType } : {}) };
    /** @type {Map<string, import('./git-objects.js').Snapshot>} */
    this.commits = new Map();
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
   */
  addCommit(sha, files) {
    this.commits.set(sha, new Map(Object.entries(files).map(([path, content]) => [path, toBytes(content)])));
    if (!this.branches.has(this.defaultBranch)) this.branches.set(this.defaultBranch, sha);
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
    const baseFiles = this.commits.get(base.sha);
    const headFiles = this.commits.get(head.sha);
    const inputs = spec.files ?? (baseFiles && headFiles ? diffSnapshots(baseFiles, headFiles) : []);
    const files = inputs.map((file) => this.completeFile(file, head.sha));
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
      changedFiles: spec.changedFiles ?? files.length,
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

  /** @param {number} number */
  requirePull(number) {
    const pull = this.pull(number);
    if (!pull) throw new TypeError(`no pull request #${number}: add it with addPullRequest first`);
    return pull;
  }
}
