/**
 * GraphQL objects over the same repository state the REST handlers read. Each object is plain data whose
 * fields are values or functions `(args, context) => value`, with `__typename` for interfaces and unions; the
 * executor's field resolver (graphql/execute.js) calls them and refuses fields no object models, so a document
 * asking for something the emulator does not know fails loudly instead of getting a made-up null.
 */
import { Buffer } from 'node:buffer';
import { GraphQLError } from 'graphql';
import { blobSha, listDirectory, treeSha } from '../git-objects.js';
import { evaluateGroup, mergeQueueRequired } from '../merge-rules.js';
import { nodeId, stableId } from '../payloads.js';
import { MAX_LISTED_FILES } from '../handlers/pulls.js';

/** GitHub's Blob.text stops here and sets isTruncated (observed: about 512 KB; the emulator uses 512 KiB). */
export const MAX_BLOB_TEXT_BYTES = 512 * 1024;
const WEB = 'https://github.com';

/**
 * @typedef {object} GraphqlContext
 * @property {import('../state.js').RepositoryState} state
 * @property {string} api
 * @property {{ limit: number, remaining: number, used: number, resetAt: string, cost: number, nodes: number }} rate
 */

/**
 * A cursor as GitHub's look (`Y3Vyc29yOnYyOpHO…` is base64 of `cursor:v2:` and a number): here base64 of
 * `cursor:v2:{index}`.
 * @param {number} index
 */
export function cursorOf(index) {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

/**
 * The index a cursor names, or a GraphQL error like GitHub's for one it never gave out.
 * @param {string} cursor
 * @param {string} argument 'after' or 'before'
 */
function indexOf(cursor, argument) {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) {
    throw new GraphQLError(`\`${argument}\` does not appear to be a valid cursor.`, {
      extensions: { type: 'INVALID_CURSOR_ARGUMENTS' },
    });
  }
  return Number(match[1]);
}

/**
 * A connection over `items`: `first`/`after` or `last`/`before` (the limits were checked before execution).
 * @template T
 * @param {readonly T[]} items
 * @param {{ first?: number | null, after?: string | null, last?: number | null, before?: string | null }} args
 * @param {(item: T) => any} toNode
 */
export function connection(items, args, toNode) {
  let start = args.after ? indexOf(args.after, 'after') + 1 : 0;
  let end = args.before ? indexOf(args.before, 'before') : items.length;
  end = Math.min(end, items.length);
  if (typeof args.first === 'number') end = Math.min(end, start + args.first);
  if (typeof args.last === 'number') start = Math.max(start, end - args.last);
  const indexes = [];
  for (let i = start; i < end; i++) indexes.push(i);
  const nodes = indexes.map((i) => toNode(items[i]));
  return {
    totalCount: items.length,
    nodes,
    edges: indexes.map((i, k) => ({ cursor: cursorOf(i), node: nodes[k] })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: indexes.length > 0 ? cursorOf(indexes[0]) : null,
      endCursor: indexes.length > 0 ? cursorOf(/** @type {number} */ (indexes.at(-1))) : null,
    },
  };
}

/**
 * An Actor (User or Bot) by login.
 * @param {{ login: string, type?: string }} actor
 */
export function actorObject(actor) {
  const bot = actor.type === 'Bot' || actor.login.endsWith('[bot]');
  const login = bot ? actor.login.replace(/\[bot\]$/, '') : actor.login;
  const id = stableId(`user:${actor.login.toLowerCase()}`);
  return {
    __typename: bot ? 'Bot' : 'User',
    // GraphQL shows an app's bot without the `[bot]` suffix (observed: `github-actions`).
    login,
    id: nodeId(bot ? 'Bot' : 'User', id),
    databaseId: id,
    url: bot ? `${WEB}/apps/${login}` : `${WEB}/${login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${id}?v=4`,
    resourcePath: bot ? `/apps/${login}` : `/${login}`,
  };
}

/**
 * A Commit object.
 * @param {GraphqlContext} ctx
 * @param {string} sha
 */
export function commitObject(ctx, sha) {
  const { state } = ctx;
  return {
    __typename: 'Commit',
    id: nodeId('Commit', Number.parseInt(sha.slice(0, 8), 16) || 0),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    url: `${WEB}/${state.fullName}/commit/${sha}`,
    message: `Commit ${sha.slice(0, 12)}`,
    messageHeadline: `Commit ${sha.slice(0, 12)}`,
    committedDate: '2026-01-05T09:00:00Z',
    authoredDate: '2026-01-05T09:00:00Z',
    parents: (/** @type {any} */ args) =>
      connection(state.parents.get(sha) ?? [], args, (parent) => commitObject(ctx, parent)),
    tree: () => treeObject(ctx, sha, ''),
    status: () => statusObject(ctx, sha),
  };
}

/**
 * A commit's Status (null when it has none, as GitHub answers).
 * @param {GraphqlContext} ctx
 * @param {string} sha
 */
function statusObject(ctx, sha) {
  const { state } = ctx;
  const latest = state.latestStatuses(sha);
  if (latest.length === 0) return null;
  const combined = latest.some((s) => s.state === 'error')
    ? 'ERROR'
    : latest.some((s) => s.state === 'failure')
      ? 'FAILURE'
      : latest.some((s) => s.state === 'pending')
        ? 'PENDING'
        : 'SUCCESS';
  const contextObject = (/** @type {import('../state.js').CommitStatus} */ s) => ({
    __typename: 'StatusContext',
    id: nodeId('StatusContext', s.id),
    context: s.context,
    state: s.state.toUpperCase(),
    description: s.description,
    targetUrl: s.target_url,
    createdAt: s.created_at,
    creator: actorObject(s.creator),
    avatarUrl: () => null,
    isRequired: () => false,
    commit: () => commitObject(ctx, sha),
  });
  return {
    __typename: 'Status',
    id: nodeId('Status', stableId(`status:${sha}`)),
    state: combined,
    contexts: latest.map(contextObject),
    context: (/** @type {{ name: string }} */ args) => {
      const found = latest.find((s) => s.context.toLowerCase() === args.name.toLowerCase());
      return found ? contextObject(found) : null;
    },
    commit: () => commitObject(ctx, sha),
  };
}

/**
 * A Blob at a commit.
 * @param {GraphqlContext} ctx
 * @param {Buffer} bytes
 */
function blobObject(ctx, bytes) {
  const oid = blobSha(bytes);
  const binary = bytes.subarray(0, 8000).includes(0);
  const truncated = !binary && bytes.length > MAX_BLOB_TEXT_BYTES;
  return {
    __typename: 'Blob',
    id: nodeId('Blob', Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: bytes.length,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : bytes.subarray(0, truncated ? MAX_BLOB_TEXT_BYTES : bytes.length).toString('utf8'),
    commitUrl: `${WEB}/${ctx.state.fullName}`,
  };
}

/**
 * A Tree (a directory) at a commit.
 * @param {GraphqlContext} ctx
 * @param {string} sha the commit
 * @param {string} dir '' for the root
 */
function treeObject(ctx, sha, dir) {
  const files = /** @type {import('../git-objects.js').Snapshot} */ (ctx.state.commits.get(sha));
  const oid = treeSha(sha, dir);
  return {
    __typename: 'Tree',
    id: nodeId('Tree', Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    entries: () =>
      (listDirectory(files, dir, sha) ?? []).map((entry) => ({
        __typename: 'TreeEntry',
        name: entry.name,
        path: entry.path,
        type: entry.type === 'dir' ? 'tree' : 'blob',
        mode: entry.type === 'dir' ? 0o40000 : 0o100644,
        oid: entry.sha,
        size: entry.size,
        extension:
          entry.type === 'dir' || !entry.name.includes('.') ? null : entry.name.slice(entry.name.lastIndexOf('.')),
        isGenerated: false,
        lineCount: () => {
          const bytes = files.get(entry.path);
          return bytes && !bytes.includes(0)
            ? bytes.toString('utf8').split('\n').length - (bytes.at(-1) === 10 ? 1 : 0)
            : null;
        },
        object: () =>
          entry.type === 'dir'
            ? treeObject(ctx, sha, entry.path)
            : blobObject(ctx, /** @type {Buffer} */ (files.get(entry.path))),
      })),
  };
}

/**
 * The object `repository.object(expression:)` names: `REV:PATH` (a blob or tree), or `REV` (a commit), REV a
 * commit id, a branch or HEAD. Null when absent, as on GitHub.
 * @param {GraphqlContext} ctx
 * @param {string} expression
 */
function objectAt(ctx, expression) {
  const { state } = ctx;
  const colon = expression.indexOf(':');
  const rev = colon === -1 ? expression : expression.slice(0, colon);
  const sha = state.resolveRef(rev === 'HEAD' || rev === '' ? undefined : rev);
  if (!sha) return null;
  if (colon === -1) return commitObject(ctx, sha);
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
  const files = /** @type {import('../git-objects.js').Snapshot} */ (state.commits.get(sha));
  const bytes = files.get(path);
  if (bytes) return blobObject(ctx, bytes);
  return path === '' || listDirectory(files, path, sha) ? treeObject(ctx, sha, path) : null;
}

/** REST file status → GraphQL PatchStatus. */
const CHANGE_TYPES = /** @type {Record<string, string>} */ ({
  added: 'ADDED',
  removed: 'DELETED',
  modified: 'MODIFIED',
  renamed: 'RENAMED',
  copied: 'COPIED',
  changed: 'CHANGED',
  unchanged: 'MODIFIED',
});

/**
 * A Repository object for a repository name (this one, or a fork as a head repository).
 * @param {GraphqlContext} ctx
 * @param {string} fullName
 */
function repositoryStub(ctx, fullName) {
  const [owner, name] = fullName.split('/');
  const own = fullName === ctx.state.fullName;
  const id = own ? ctx.state.repositoryId : stableId(`repo:${fullName.toLowerCase()}`);
  return {
    __typename: 'Repository',
    id: nodeId('Repository', id),
    databaseId: id,
    name,
    nameWithOwner: fullName,
    owner: { __typename: own ? 'Organization' : 'User', login: owner, id: nodeId('User', stableId(`user:${owner}`)) },
    isFork: !own,
    url: `${WEB}/${fullName}`,
  };
}

/**
 * A PullRequest object.
 * @param {GraphqlContext} ctx
 * @param {import('../state.js').Pull} pull
 */
export function pullObject(ctx, pull) {
  const { state } = ctx;
  const headRepo = pull.head.repoFullName;
  const latestByUser = () => {
    /** @type {Map<string, import('../state.js').Review>} */
    const latest = new Map();
    for (const r of pull.reviews) if (r.state !== 'PENDING') latest.set(r.user.login.toLowerCase(), r);
    return latest;
  };
  const reviewObject = (/** @type {import('../state.js').Review} */ r) => ({
    __typename: 'PullRequestReview',
    id: nodeId('PullRequestReview', r.id),
    databaseId: r.id,
    author: actorObject(r.user),
    authorAssociation: state.collaborator(r.user.login) ? 'COLLABORATOR' : 'CONTRIBUTOR',
    state: r.state,
    body: r.body,
    submittedAt: r.state === 'PENDING' ? null : r.submitted_at,
    createdAt: r.submitted_at,
    commit: () => (state.commits.has(r.commit_id) ? commitObject(ctx, r.commit_id) : null),
    url: `${WEB}/${state.fullName}/pull/${pull.number}#pullrequestreview-${r.id}`,
  });
  return {
    __typename: 'PullRequest',
    id: nodeId('PullRequest', pull.id),
    databaseId: pull.id,
    number: pull.number,
    title: pull.title,
    body: pull.body ?? '',
    url: `${WEB}/${state.fullName}/pull/${pull.number}`,
    isDraft: pull.draft,
    state: pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
    merged: Boolean(pull.merged),
    mergedAt: pull.mergedAt ?? null,
    closed: pull.state !== 'open',
    locked: pull.locked,
    activeLockReason: pull.activeLockReason ? pull.activeLockReason.replace(' ', '_').toUpperCase() : null,
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    author: actorObject(pull.user),
    authorAssociation: state.collaborator(pull.user.login) ? 'COLLABORATOR' : 'CONTRIBUTOR',
    headRefOid: pull.head.sha,
    baseRefOid: pull.base.sha,
    headRefName: pull.head.ref,
    baseRefName: pull.base.ref,
    isCrossRepository: headRepo !== state.fullName,
    headRepository: () => (headRepo ? repositoryStub(ctx, headRepo) : null),
    headRepositoryOwner: () => {
      if (!headRepo) return null;
      const owner = headRepo.split('/')[0];
      return {
        __typename: headRepo === state.fullName ? 'Organization' : 'User',
        login: owner,
        id: nodeId('User', stableId(`user:${owner}`)),
      };
    },
    baseRepository: () => repositoryStub(ctx, state.fullName),
    changedFiles: pull.changedFiles,
    additions: pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pull.files.reduce((sum, f) => sum + f.deletions, 0),
    mergeable: 'UNKNOWN',
    files: (/** @type {any} */ args) =>
      connection(pull.files.slice(0, MAX_LISTED_FILES), args, (f) => ({
        __typename: 'PullRequestChangedFile',
        path: f.filename,
        changeType: CHANGE_TYPES[f.status] ?? 'MODIFIED',
        additions: f.additions,
        deletions: f.deletions,
      })),
    labels: (/** @type {any} */ args) =>
      connection(
        pull.labels.map((name) => /** @type {import('../state.js').Label} */ (state.label(name))),
        args,
        (l) => ({
          __typename: 'Label',
          id: nodeId('Label', l.id),
          name: l.name,
          color: l.color,
          description: l.description,
        }),
      ),
    reviews: (/** @type {any} */ args) => {
      const visible = pull.reviews.filter((r) => r.state !== 'PENDING' || r.user.login === state.identity.login);
      const wanted = args.states ? visible.filter((r) => args.states.includes(r.state)) : visible;
      const byAuthor = args.author ? wanted.filter((r) => r.user.login === args.author) : wanted;
      return connection(byAuthor, args, reviewObject);
    },
    latestReviews: (/** @type {any} */ args) => connection([...latestByUser().values()], args, reviewObject),
    reviewRequests: (/** @type {any} */ args) =>
      connection(
        [
          ...pull.requestedReviewers.map((login) => ({ __typename: 'User', login })),
          ...pull.requestedTeams.map((slug) => ({ __typename: 'Team', slug, name: slug })),
        ],
        args,
        (reviewer) => ({ __typename: 'ReviewRequest', requestedReviewer: reviewer }),
      ),
    commits: (/** @type {any} */ args) => {
      const base = state.mergeBase(pull.base.sha, pull.head.sha) ?? pull.base.sha;
      const shas = state.commits.has(pull.head.sha) ? state.commitsBetween(base, pull.head.sha) : [pull.head.sha];
      return connection(shas.length > 0 ? shas : [pull.head.sha], args, (sha) => ({
        __typename: 'PullRequestCommit',
        id: nodeId('PullRequestCommit', stableId(`prc:${pull.number}:${sha}`)),
        commit: commitObject(ctx, sha),
      }));
    },
    comments: (/** @type {any} */ args) =>
      connection(state.commentsOn(pull.number), args, (c) => ({
        __typename: 'IssueComment',
        id: nodeId('IssueComment', c.id),
        databaseId: c.id,
        author: actorObject(c.user),
        body: c.body,
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: `${WEB}/${state.fullName}/pull/${pull.number}#issuecomment-${c.id}`,
      })),
  };
}

/** Pull request states as GraphQL names them. */
function graphqlState(/** @type {import('../state.js').Pull} */ pull) {
  return pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED';
}

/**
 * The Repository this emulator serves.
 * @param {GraphqlContext} ctx
 */
export function repositoryObject(ctx) {
  const { state } = ctx;
  return {
    ...repositoryStub(ctx, state.fullName),
    isFork: false,
    defaultBranchRef: () => refObject(ctx, state.defaultBranch),
    ref: (/** @type {{ qualifiedName: string }} */ args) =>
      refObject(ctx, args.qualifiedName.replace(/^refs\/heads\//, '')),
    object: (/** @type {{ expression?: string, oid?: string }} */ args) =>
      args.expression !== undefined ? objectAt(ctx, args.expression) : args.oid ? objectAt(ctx, args.oid) : null,
    pullRequest: (/** @type {{ number: number }} */ args) => {
      const pull = state.pull(args.number);
      if (!pull) {
        throw new GraphQLError(`Could not resolve to a PullRequest with the number of ${args.number}.`, {
          extensions: { type: 'NOT_FOUND' },
        });
      }
      return pullObject(ctx, pull);
    },
    pullRequests: (/** @type {any} */ args) => {
      let pulls = [...state.pulls.values()];
      if (args.states) pulls = pulls.filter((p) => args.states.includes(graphqlState(p)));
      if (args.baseRefName) pulls = pulls.filter((p) => p.base.ref === args.baseRefName);
      if (args.headRefName) pulls = pulls.filter((p) => p.head.ref === args.headRefName);
      if (args.labels) pulls = pulls.filter((p) => p.labels.some((l) => args.labels.includes(l)));
      const field = args.orderBy?.field ?? 'CREATED_AT';
      const key = (/** @type {import('../state.js').Pull} */ p) =>
        field === 'UPDATED_AT'
          ? p.updatedAt
          : field === 'COMMENTS'
            ? String(state.commentsOn(p.number).length).padStart(9, '0')
            : p.createdAt;
      pulls.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number));
      if (args.orderBy?.direction === 'DESC') pulls.reverse();
      return connection(pulls, args, (p) => pullObject(ctx, p));
    },
    mergeQueue: (/** @type {{ branch?: string | null }} */ args) => {
      const branch = args.branch ?? state.defaultBranch;
      const entries = state.mergeQueues.get(branch) ?? [];
      if (entries.length === 0 && !mergeQueueRequired(state, branch)) return null;
      return {
        __typename: 'MergeQueue',
        id: nodeId('MergeQueue', stableId(`queue:${state.fullName}:${branch}`)),
        url: `${WEB}/${state.fullName}/queue/${branch}`,
        entries: (/** @type {any} */ connArgs) =>
          connection(
            entries.map((e, position) => ({ e, position })),
            connArgs,
            ({ e, position }) => ({
              __typename: 'MergeQueueEntry',
              id: nodeId('MergeQueueEntry', stableId(`entry:${e.number}:${e.headSha}`)),
              position: position + 1,
              state: evaluateGroup(state, e.headSha, e.baseRef).mergeable ? 'MERGEABLE' : e.state,
              enqueuedAt: e.enqueuedAt,
              headCommit: commitObject(ctx, e.headSha),
              baseCommit: commitObject(ctx, e.baseSha),
              pullRequest: pullObject(ctx, state.requirePull(e.number)),
              solo: false,
              jump: false,
            }),
          ),
      };
    },
  };
}

/**
 * A Ref (branch) with its target commit, or null when it does not exist.
 * @param {GraphqlContext} ctx
 * @param {string} branch
 */
function refObject(ctx, branch) {
  const sha = ctx.state.branches.get(branch);
  if (!sha) return null;
  return {
    __typename: 'Ref',
    id: nodeId('Ref', stableId(`ref:${branch}`)),
    name: branch,
    prefix: 'refs/heads/',
    target: commitObject(ctx, sha),
  };
}

/**
 * The root Query.
 * @param {GraphqlContext} ctx
 */
export function queryRoot(ctx) {
  const { state } = ctx;
  return {
    repository: (/** @type {{ owner: string, name: string }} */ args) => {
      if (`${args.owner}/${args.name}`.toLowerCase() !== state.fullName.toLowerCase()) {
        throw new GraphQLError(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`, {
          extensions: { type: 'NOT_FOUND' },
        });
      }
      return repositoryObject(ctx);
    },
    rateLimit: () => ({
      __typename: 'RateLimit',
      cost: ctx.rate.cost,
      limit: ctx.rate.limit,
      nodeCount: ctx.rate.nodes,
      remaining: ctx.rate.remaining,
      used: ctx.rate.used,
      resetAt: ctx.rate.resetAt,
    }),
    viewer: () => actorObject(state.identity),
  };
}
