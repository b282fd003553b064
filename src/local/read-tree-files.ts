/**
 * `route --tree DIR`: the interface files (`rust.interface-files`) from a checkout, for the CLI. Walks only the
 * directories below each glob's static prefix (rust/ in the kernel, not its 80,000 other files) and reads the
 * same files the action's readers read (src/github/read-interface-files.ts, src/local/read-git-tree-files.ts),
 * chosen the same way.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseInterfaceFiles,
  compileInterfaceGlobs,
  isBinaryContent,
  MAX_INTERFACE_FILE_BYTES,
  MAX_INTERFACE_FILES,
  type InterfaceGlobs,
  type InterfaceTexts,
  type InterfaceWalk,
} from '../interfaces/interface-texts.js';

/** Git's own directory is no part of the tree, even under a `**` walk from the root. */
const GIT_DIR = '.git';

/**
 * Reads the files matching `patterns` (minimatch, `{ dot: true }`, repository paths) under `dir`, at most `cap`
 * of them (headers first, then C files, then the rest, each in path order). Files that cannot be read, binary
 * files (a NUL byte in the first 8,000) and files over MAX_INTERFACE_FILE_BYTES count in `notRead`, with the
 * files over the cap. Symbolic links are not followed: git stores them as links, and a link could lead out of
 * the checkout. A prefix that is not there is simply nothing.
 *
 * @example readTreeFiles('/src/linux', ['rust/helpers/*.c'])
 *   // → { texts: Map { 'rust/helpers/blk.c' → '// SPDX…#include <linux/blk-mq.h>…', … }, notRead: 0 }
 */
export function readTreeFiles(
  dir: string,
  patterns: readonly string[],
  cap: number = MAX_INTERFACE_FILES,
): InterfaceTexts {
  const globs = compileInterfaceGlobs(patterns);
  const found = new Set<string>();
  for (const walk of globs.walks) walkDirectory(dir, walk, globs, found);
  for (const path of globs.paths) if (isFile(join(dir, path))) found.add(path);
  const { chosen, over } = chooseInterfaceFiles(found, cap);
  const result: InterfaceTexts = { texts: new Map(), notRead: over };
  for (const path of chosen) {
    const text = readText(join(dir, path));
    if (text === null) result.notRead++;
    else result.texts.set(path, text);
  }
  return result;
}

/** Adds the matching files of `walk` (a directory and the levels below it) to `found`, pruning with the globs. */
function walkDirectory(root: string, walk: InterfaceWalk, globs: InterfaceGlobs, found: Set<string>): void {
  const visit = (at: string, level: number): void => {
    let entries;
    try {
      entries = readdirSync(at === '' ? root : join(root, at), { withFileTypes: true });
    } catch {
      return; // absent, not a directory, or unreadable: nothing to read there
    }
    for (const entry of entries) {
      const path = at === '' ? entry.name : `${at}/${entry.name}`;
      if (entry.isFile()) {
        if (globs.matches(path)) found.add(path);
      } else if (entry.isDirectory() && entry.name !== GIT_DIR && level < walk.depth && globs.mayContain(path)) {
        visit(path, level + 1);
      }
    }
  };
  visit(walk.dir, 1);
}

/** A regular file, not a link to one (as the walk sees entries). */
function isFile(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** The file's text, or null when it cannot be read, is binary or is too large to be read whole through the API. */
function readText(path: string): string | null {
  try {
    if (statSync(path).size > MAX_INTERFACE_FILE_BYTES) return null;
    const bytes = readFileSync(path);
    return isBinaryContent(bytes) ? null : bytes.toString('utf8');
  } catch {
    return null;
  }
}
