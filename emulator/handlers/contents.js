/**
 * Reading the repository at a commit: file contents (JSON with base64 up to 1 MB, raw bytes with the raw media
 * type), directory listings (how a client tells a directory from a file), git trees and commit comparisons.
 */
import { blobSha, listDirectory, treeSha, walkTree } from '../git-objects.js';
import { diffEntryPayload, nodeId } from '../payloads.js';
import { errorReply, notFound } from '../replies.js';

/** GitHub serves file contents as JSON up to 1 MB; larger files need the raw media type. */
export const MAX_JSON_CONTENT_BYTES = 1024 * 1024;
/** GitHub's compare endpoint lists at most 300 files. */
export const MAX_COMPARE_FILES = 300;
/** The compare endpoint lists at most 250 commits (REST docs, "Compare two commits"). */
export const MAX_COMPARE_COMMITS = 250;
/** GitHub truncates recursive trees past 100,000 entries. */
export const MAX_TREE_ENTRIES = 100_000;
const RAW_MEDIA_TYPE = /application\/vnd\.github(\.v3)?\.raw/;

/**
 * The commit `ref` names, or GitHub's 404 for an unknown ref.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {string | undefined} ref
 * @returns {{ sha: string, files: import('../git-objects.js').Snapshot } | import('../replies.js').Reply}
 */
function commitAt(ctx, ref) {
  const sha = ctx.state.resolveRef(ref);
  if (!sha) return errorReply(404, `No commit found for the ref ${ref}`, ctx.operation.docs);
  return { sha, files: /** @type {import('../git-objects.js').Snapshot} */ (ctx.state.commits.get(sha)) };
}

/**
 * The links GitHub puts on every contents entry.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {{ path: string, type: string, sha: string }} entry
 * @param {string} ref as the client gave it (GitHub echoes it in links)
 */
function entryLinks(ctx, entry, ref) {
  const { api, state } = ctx;
  const encoded = entry.path.split('/').map(encodeURIComponent).join('/');
  const url = `${api}/repos/${state.fullName}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const kind = entry.type === 'dir' ? 'trees' : 'blobs';
  const gitUrl = `${api}/repos/${state.fullName}/git/${kind}/${entry.sha}`;
  const htmlUrl = `https://github.com/${state.fullName}/${entry.type === 'dir' ? 'tree' : 'blob'}/${ref}/${encoded}`;
  const downloadUrl =
    entry.type === 'dir' ? null : `https://raw.githubusercontent.com/${state.fullName}/${ref}/${encoded}`;
  return {
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: downloadUrl,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

/** @type {import('./context.js').Handler} */
export function getContent(ctx) {
  const ref = ctx.query.ref === undefined ? undefined : String(ctx.query.ref);
  const commit = commitAt(ctx, ref);
  if ('status' in commit) return commit;
  const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '');
  const shownRef = ref ?? ctx.state.defaultBranch;
  const bytes = commit.files.get(path);
  if (!bytes) {
    const entries = listDirectory(commit.files, path, commit.sha);
    if (!entries) return notFound(ctx.operation.docs);
    const body = entries.map((entry) => ({
      type: entry.type,
      size: entry.size,
      name: entry.name,
      path: entry.path,
      sha: entry.sha,
      ...entryLinks(ctx, entry, shownRef),
    }));
    return { status: 200, body };
  }
  if (RAW_MEDIA_TYPE.test(String(ctx.headers.accept ?? ''))) {
    return { status: 200, raw: bytes, headers: { 'content-type': 'text/plain; charset=utf-8' } };
  }
  if (bytes.length > MAX_JSON_CONTENT_BYTES) {
    return errorReply(
      403,
      'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the raw media type to fetch it.',
      ctx.operation.docs,
      { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] },
    );
  }
  const sha = blobSha(bytes);
  const name = path.slice(path.lastIndexOf('/') + 1);
  // GitHub wraps the base64 at 60 characters, each line ending in '\n'.
  const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
  const links = entryLinks(ctx, { path, type: 'file', sha }, shownRef);
  return {
    status: 200,
    body: { type: 'file', encoding: 'base64', size: bytes.length, name, path, content, sha, ...links },
  };
}

/** @type {import('./context.js').Handler} */
export function getTree(ctx) {
  const { state, api } = ctx;
  const wanted = String(ctx.params.tree_sha);
  /** @type {{ commit: string, dir: string } | null} */
  let at = null;
  const commit = state.resolveRef(wanted);
  if (commit) at = { commit, dir: '' };
  for (const [sha, files] of commit ? [] : state.commits) {
    const dirs = walkTree(files, '', sha).filter((e) => e.type === 'dir');
    const dir = [{ path: '' }, ...dirs].find((e) => treeSha(sha, e.path) === wanted);
    if (dir) at = { commit: sha, dir: dir.path };
    if (at) break;
  }
  if (!at) return notFound(ctx.operation.docs);
  const files = /** @type {import('../git-objects.js').Snapshot} */ (state.commits.get(at.commit));
  const all =
    ctx.query.recursive === undefined
      ? (listDirectory(files, at.dir, at.commit) ?? [])
      : walkTree(files, at.dir, at.commit);
  const tree = all.slice(0, MAX_TREE_ENTRIES).map((entry) => {
    const blob = entry.type === 'file';
    return {
      path: ctx.query.recursive === undefined ? entry.name : entry.path,
      mode: blob ? '100644' : '040000',
      type: blob ? 'blob' : 'tree',
      sha: entry.sha,
      ...(blob ? { size: entry.size } : {}),
      url: `${api}/repos/${state.fullName}/git/${blob ? 'blobs' : 'trees'}/${entry.sha}`,
    };
  });
  const sha = treeSha(at.commit, at.dir);
  return {
    status: 200,
    body: {
      sha,
      url: `${api}/repos/${state.fullName}/git/trees/${sha}`,
      tree,
      truncated: all.length > MAX_TREE_ENTRIES,
    },
  };
}

/**
 * A commit object as comparisons show it, with its parents as far as the emulator knows them.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {string} sha
 */
export function commitPayload(ctx, sha) {
  const { api, state } = ctx;
  const url = `${api}/repos/${state.fullName}/commits/${sha}`;
  const person = { name: 'Emulated Author', email: 'author@example.com', date: '2026-01-05T09:00:00Z' };
  return {
    url,
    sha,
    node_id: nodeId('Commit', Number.parseInt(sha.slice(0, 8), 16) || 0),
    html_url: `https://github.com/${state.fullName}/commit/${sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${api}/repos/${state.fullName}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: `Commit ${sha.slice(0, 12)}`,
      comment_count: 0,
      tree: { sha: treeSha(sha, ''), url: `${api}/repos/${state.fullName}/git/trees/${treeSha(sha, '')}` },
    },
    author: null,
    committer: null,
    parents: (state.parents.get(sha) ?? []).map((parent) => ({
      sha: parent,
      url: `${api}/repos/${state.fullName}/commits/${parent}`,
      html_url: `https://github.com/${state.fullName}/commit/${parent}`,
    })),
  };
}

/** @type {import('./context.js').Handler} */
export function compareCommits(ctx) {
  const { state, api } = ctx;
  const [baseRef, headRef] = String(ctx.params.basehead).split('...');
  if (headRef === undefined) return notFound(ctx.operation.docs);
  const base = commitAt(ctx, baseRef);
  if ('status' in base) return base;
  const head = commitAt(ctx, headRef);
  if ('status' in head) return head;
  const mergeBase = state.mergeBase(base.sha, head.sha);
  if (mergeBase === null) {
    // Observed: "No common ancestor between {base} and {head}." with 404.
    return errorReply(404, `No common ancestor between ${baseRef} and ${headRef}.`, ctx.operation.docs);
  }
  // A pull request given an explicit file list keeps it (its patches may be ones no snapshot produces).
  const pull = [...state.pulls.values()].find(
    (p) => p.filesGiven && p.base.sha === base.sha && p.head.sha === head.sha,
  );
  const files = pull ? pull.files : (state.diffFromMergeBase(base.sha, head.sha) ?? []);
  const ahead = base.sha === head.sha ? [] : state.commitsBetween(base.sha, head.sha);
  const behind = base.sha === head.sha ? [] : state.commitsBetween(head.sha, base.sha);
  const legacy = mergeBase === base.sha && !state.ancestry(head.sha).has(base.sha);
  const behindBy = legacy ? 0 : behind.length;
  const status =
    ahead.length === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  const url = `${api}/repos/${state.fullName}/compare/${baseRef}...${headRef}`;
  const html = `https://github.com/${state.fullName}/compare/${baseRef}...${headRef}`;
  return {
    status: 200,
    body: {
      url,
      html_url: html,
      permalink_url: `https://github.com/${state.fullName}/compare/${base.sha}...${head.sha}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commitPayload(ctx, base.sha),
      merge_base_commit: commitPayload(ctx, mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits: ahead.slice(0, MAX_COMPARE_COMMITS).map((sha) => commitPayload(ctx, sha)),
      files: files.slice(0, MAX_COMPARE_FILES).map((file) => diffEntryPayload(api, state.fullName, head.sha, file)),
    },
  };
}
