/**
 * The repository's files as git sees them: per-commit snapshots (path → bytes), git's blob ids, directory
 * listings derived from paths, and the diff between two snapshots for pull requests given without a file list.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { unifiedDiff } from './unified-diff.js';

/** @typedef {Map<string, Buffer>} Snapshot every file of one commit, keyed by its path */
/** @typedef {{ name: string, path: string, type: 'file' | 'dir', size: number, sha: string }} DirectoryEntry */

/**
 * Git's object id for a blob: sha1 of `blob <size>\0<bytes>`, so `sha` fields match what git would print.
 * @param {Buffer} bytes
 */
export function blobSha(bytes) {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * A stand-in object id for a directory at a commit. Real tree ids hash the entries; nothing the action does
 * depends on that, only on ids being stable and distinct.
 * @param {string} commit
 * @param {string} dir '' for the root
 */
export function treeSha(commit, dir) {
  return createHash('sha1').update(`tree ${commit}:${dir}`).digest('hex');
}

/**
 * Bytes of a file given as text or bytes.
 * @param {string | Uint8Array} content
 */
export function toBytes(content) {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

/**
 * The entries directly inside `dir`, sorted by name, or null when no file lives under it.
 * @param {Snapshot} snapshot
 * @param {string} dir '' for the root
 * @param {string} commit used for directory ids
 * @returns {DirectoryEntry[] | null}
 */
export function listDirectory(snapshot, dir, commit) {
  const prefix = dir === '' ? '' : `${dir}/`;
  /** @type {Map<string, DirectoryEntry>} */
  const entries = new Map();
  for (const [path, bytes] of snapshot) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    const name = slash === -1 ? rest : rest.slice(0, slash);
    if (entries.has(name)) continue;
    const entryPath = `${prefix}${name}`;
    entries.set(
      name,
      slash === -1
        ? { name, path: entryPath, type: 'file', size: bytes.length, sha: blobSha(bytes) }
        : { name, path: entryPath, type: 'dir', size: 0, sha: treeSha(commit, entryPath) },
    );
  }
  if (entries.size === 0 && dir !== '') return null;
  return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Every entry under `dir` (files and directories), depth first, as `git ls-tree -r -t` lists them.
 * @param {Snapshot} snapshot
 * @param {string} dir
 * @param {string} commit
 * @returns {DirectoryEntry[]}
 */
export function walkTree(snapshot, dir, commit) {
  /** @type {DirectoryEntry[]} */
  const out = [];
  const visit = (/** @type {string} */ at) => {
    for (const entry of listDirectory(snapshot, at, commit) ?? []) {
      out.push({ ...entry, path: dir === '' ? entry.path : entry.path.slice(dir.length + 1) });
      if (entry.type === 'dir') visit(entry.path);
    }
  };
  visit(dir);
  return out;
}

/**
 * The files that differ between two snapshots, sorted by path, as a pull request's file list, each with git's
 * unified diff (see unified-diff.js; no patch for binary files or past GitHub's per-file limits).
 * @param {Snapshot} base
 * @param {Snapshot} head
 * @returns {import('./state.js').PullFileInput[]}
 */
export function diffSnapshots(base, head) {
  const paths = [...new Set([...base.keys(), ...head.keys()])].sort();
  /** @type {import('./state.js').PullFileInput[]} */
  const files = [];
  for (const filename of paths) {
    const before = base.get(filename);
    const after = head.get(filename);
    if (before && after && before.equals(after)) continue;
    const status = before ? (after ? 'modified' : 'removed') : 'added';
    files.push({ filename, status, ...unifiedDiff(before, after) });
  }
  return files;
}
