/**
 * `POST /graphql` `repository.object`, aliased: the interface files (`rust.interface-files`) at a commit, for
 * the action when it has no checkout of the base commit. Two phases, few requests: list the trees below each
 * glob's static prefix (several levels of nested entries a request, deeper subtrees in follow-ups), then read
 * the matching blobs' text in batches. For the kernel's rust/ (93 files) that is 2 requests.
 */
import {
  chooseInterfaceFiles,
  compileInterfaceGlobs,
  MAX_INTERFACE_FILES,
  type InterfaceGlobs,
  type InterfaceTexts,
} from '../interfaces/interface-texts.js';
import type { GitHubClient } from './client.js';
import { MAX_ITEMS_PER_REQUEST } from './git-objects.graphql.js';
import {
  interfaceBlobsDocument,
  interfaceTreesDocument,
  TREE_LEVELS,
  type InterfaceBlobsAnswer,
  type InterfaceTreesAnswer,
  type TreeEntryAnswer,
} from './interface-files.graphql.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Text read in one request, at most (by the listed sizes). 100 blobs of up to 512 KB each could make a 50 MB
 * answer, which risks GitHub's timeout; the kernel's whole rust/ is under 1 MB, so it still takes one request.
 */
export const MAX_BLOB_BYTES_PER_REQUEST = 4 * 1024 * 1024;

/** A tree still to list: the directory and how many levels below it files may match. */
interface PendingTree {
  dir: string;
  depth: number;
}

/**
 * Reads the files matching `patterns` (minimatch, `{ dot: true }`) at `commitSha`, at most `cap` of them
 * (headers first, then C files, then the rest, each in path order). Binary and truncated blobs are not used
 * and count in `notRead`, with the files over the cap. A prefix that is not there is simply nothing.
 *
 * Throws what the other readers of github/ throw (describeRequestFailure: "Could not … : HTTP …", with the
 * cause): the caller decides whether interface routing is skipped.
 *
 * @example await readInterfaceFiles(client, repo, base, ['rust/helpers/*.c'])
 *   // → { texts: Map { 'rust/helpers/blk.c' → '// SPDX…#include <linux/blk-mq.h>…', … }, notRead: 0 }
 */
export async function readInterfaceFiles(
  client: GitHubClient,
  repo: RepoRef,
  commitSha: string,
  patterns: readonly string[],
  cap: number = MAX_INTERFACE_FILES,
): Promise<InterfaceTexts> {
  const globs = compileInterfaceGlobs(patterns);
  const sizes = await listInterfaceFiles(client, repo, commitSha, globs);
  const { chosen, over } = chooseInterfaceFiles(sizes.keys(), cap);
  const result: InterfaceTexts = { texts: new Map(), notRead: over };
  for (const batch of batchesOf(chosen, sizes)) {
    const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
    batch.forEach((path, i) => (variables[`b${i}`] = `${commitSha}:${path}`));
    let answer: InterfaceBlobsAnswer;
    try {
      answer = await client.graphql<InterfaceBlobsAnswer>(interfaceBlobsDocument(batch.length), variables);
    } catch (error) {
      throw describeRequestFailure(`read ${batch.length} interface files at ${commitSha}`, error);
    }
    batch.forEach((path, i) => {
      const blob = answer.repository?.[`b${i}`];
      // Blob.text is null for a binary blob and cut short when isTruncated: either would name too few headers.
      if (typeof blob?.text !== 'string' || blob.isBinary || blob.isTruncated) result.notRead++;
      else result.texts.set(path, blob.text);
    });
  }
  return result;
}

/** Every matching file below the static prefixes, and the plain paths that are blobs, with their sizes. */
async function listInterfaceFiles(
  client: GitHubClient,
  repo: RepoRef,
  commitSha: string,
  globs: InterfaceGlobs,
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let trees: PendingTree[] = [...globs.walks];
  let paths = [...globs.paths];
  while (trees.length > 0 || paths.length > 0) {
    const treeChunk = trees.slice(0, MAX_ITEMS_PER_REQUEST);
    const pathChunk = paths.slice(0, MAX_ITEMS_PER_REQUEST - treeChunk.length);
    trees = trees.slice(treeChunk.length);
    paths = paths.slice(pathChunk.length);
    const levels = Math.min(TREE_LEVELS, Math.max(1, ...treeChunk.map((tree) => tree.depth)));
    const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
    treeChunk.forEach((tree, i) => (variables[`t${i}`] = `${commitSha}:${tree.dir}`));
    pathChunk.forEach((path, i) => (variables[`p${i}`] = `${commitSha}:${path}`));
    let answer: InterfaceTreesAnswer;
    try {
      answer = await client.graphql<InterfaceTreesAnswer>(
        interfaceTreesDocument(treeChunk.length, pathChunk.length, levels),
        variables,
      );
    } catch (error) {
      const what = treeChunk.map((tree) => tree.dir || '/').join(', ') || pathChunk.join(', ');
      throw describeRequestFailure(`list the interface files in ${what} at ${commitSha}`, error);
    }
    const repository = answer.repository ?? {};
    treeChunk.forEach((tree, i) => {
      const listed = repository[`t${i}`]?.entries;
      if (listed) trees.push(...visitEntries(listed, tree.dir, 1, levels, tree.depth, globs, found));
    });
    pathChunk.forEach((path, i) => {
      const size = repository[`p${i}`]?.byteSize;
      if (typeof size === 'number') found.set(path, size);
    });
  }
  return found;
}

/**
 * Records the matching blobs among `entries` (level `level` below the walk's directory), descends into the
 * subtrees the answer holds, and returns the subtrees left to list in a follow-up request.
 */
function visitEntries(
  entries: readonly TreeEntryAnswer[],
  dir: string,
  level: number,
  levels: number,
  depth: number,
  globs: InterfaceGlobs,
  found: Map<string, number>,
): PendingTree[] {
  const pending: PendingTree[] = [];
  for (const entry of entries) {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.type === 'blob') {
      if (globs.matches(path)) found.set(path, entry.size);
      continue;
    }
    // A submodule (`commit`) has no files here; a subtree only matters within the walk's depth.
    if (entry.type !== 'tree' || level >= depth || !globs.mayContain(path)) continue;
    const below = entry.object?.entries;
    if (level < levels && below) {
      pending.push(...visitEntries(below, path, level + 1, levels, depth, globs, found));
    } else {
      pending.push({ dir: path, depth: depth - level });
    }
  }
  return pending;
}

/** `paths` in order, cut into requests of at most 100 blobs and about MAX_BLOB_BYTES_PER_REQUEST of text. */
function batchesOf(paths: readonly string[], sizes: ReadonlyMap<string, number>): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const path of paths) {
    const size = sizes.get(path) ?? 0;
    if (batch.length > 0 && (batch.length >= MAX_ITEMS_PER_REQUEST || bytes + size > MAX_BLOB_BYTES_PER_REQUEST)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(path);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
