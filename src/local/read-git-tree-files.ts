/**
 * The interface files (`rust.interface-files`) at a commit, read from a local git object store: the action's
 * alternative to the API when the workspace's clone has the base commit (a `fetch-depth: 0` checkout). The same
 * files as src/github/read-interface-files.ts reads, chosen the same way, so the routing does not depend on
 * which reader ran: `git ls-tree` below the static prefixes, then one `git cat-file --batch` for the blobs.
 */
import { spawnSync } from 'node:child_process';
import {
  chooseInterfaceFiles,
  compileInterfaceGlobs,
  isBinaryContent,
  MAX_INTERFACE_FILE_BYTES,
  MAX_INTERFACE_FILES,
  type InterfaceTexts,
} from '../interfaces/interface-texts.js';

/** The tree listing below the prefixes; the kernel's whole tree is about 8 MB, so this is never reached. */
const LS_TREE_MAX_BYTES = 64 * 1024 * 1024;

/** A blob listed by `git ls-tree -l`. */
interface ListedBlob {
  oid: string;
  size: number;
}

/**
 * Reads the files matching `patterns` (minimatch, `{ dot: true }`) at `commitSha` in the repository at `cwd`,
 * at most `cap` of them (headers first, then C files, then the rest, each in path order). Binary files and
 * files over MAX_INTERFACE_FILE_BYTES (what GitHub's Blob.text would truncate) count in `notRead`, with the
 * files over the cap.
 *
 * Returns null when it cannot read there: git missing, `cwd` not a repository, the commit or one of the blobs
 * absent (a shallow or partial clone; lazy fetching is off, so this never goes to the network). The caller
 * then reads through the API. Throws, naming the command and `cwd`, when git fails otherwise.
 *
 * @example readGitTreeFiles('/home/runner/work/linux/linux', base, ['rust/helpers/*.c'])
 *   // → { texts: Map { 'rust/helpers/blk.c' → '// SPDX…', … }, notRead: 0 }, or null without the commit
 */
export function readGitTreeFiles(
  cwd: string,
  commitSha: string,
  patterns: readonly string[],
  cap: number = MAX_INTERFACE_FILES,
): InterfaceTexts | null {
  const present = runGit(['cat-file', '-e', `${commitSha}^{commit}`], cwd, 1024);
  if (!present.ok) return null;
  const globs = compileInterfaceGlobs(patterns);
  const prefixes = [...globs.walks.map((walk) => walk.dir), ...globs.paths];
  if (prefixes.length === 0) return { texts: new Map(), notRead: 0 };
  // An empty prefix is the whole tree: no pathspec then (`--full-tree` keeps pathspecs from the root either way).
  const pathspecs = prefixes.includes('') ? [] : prefixes;
  const listing = runGit(
    ['ls-tree', '-r', '-z', '-l', '--full-tree', commitSha, '--', ...pathspecs],
    cwd,
    LS_TREE_MAX_BYTES,
  );
  if (!listing.ok) throw gitFailed('ls-tree', cwd, listing.message);
  const blobs = new Map<string, ListedBlob>();
  for (const [path, blob] of parseLsTree(listing.stdout.toString('utf8'))) {
    if (globs.matches(path)) blobs.set(path, blob);
  }
  const { chosen, over } = chooseInterfaceFiles(blobs.keys(), cap);
  // `ls-tree -l` prints `-` for the size of a blob the object store lacks (a partial clone).
  if (chosen.some((path) => !Number.isFinite(blobs.get(path)?.size))) return null;
  const result: InterfaceTexts = { texts: new Map(), notRead: over };
  const wanted = chosen.filter((path) => {
    const small = (blobs.get(path)?.size ?? 0) <= MAX_INTERFACE_FILE_BYTES;
    if (!small) result.notRead++;
    return small;
  });
  if (wanted.length === 0) return result;
  const input = wanted.map((path) => blobs.get(path)?.oid).join('\n') + '\n';
  const bytes = wanted.reduce((sum, path) => sum + (blobs.get(path)?.size ?? 0) + 100, 0);
  const contents = runGit(['cat-file', '--batch'], cwd, bytes + 1024, input);
  if (!contents.ok) throw gitFailed('cat-file --batch', cwd, contents.message);
  const read = parseBatch(contents.stdout);
  if (read.length !== wanted.length || read.some((blob) => blob === null)) return null;
  wanted.forEach((path, i) => {
    const blob = read[i] as Buffer;
    if (isBinaryContent(blob)) result.notRead++;
    else result.texts.set(path, blob.toString('utf8'));
  });
  return result;
}

/**
 * `git ls-tree -r -z -l` records: `<mode> SP <type> SP <oid> SP* <size> TAB <path> NUL`. Only blobs (not
 * submodules, which are `commit`s). The size is NaN where git prints `-` (a blob the store lacks).
 */
function parseLsTree(output: string): Array<[string, ListedBlob]> {
  const blobs: Array<[string, ListedBlob]> = [];
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid, size] = record.slice(0, tab).split(/ +/);
    if (type === 'blob') blobs.push([record.slice(tab + 1), { oid, size: Number(size) }]);
  }
  return blobs;
}

/**
 * `git cat-file --batch` answers, in input order: `<oid> SP <type> SP <size> LF <bytes> LF`, or
 * `<input> SP missing LF` (null here).
 */
function parseBatch(output: Buffer): Array<Buffer | null> {
  const blobs: Array<Buffer | null> = [];
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(0x0a, at);
    if (end < 0) break;
    const header = output.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (header.length !== 3) {
      blobs.push(null);
      continue;
    }
    const size = Number(header[2]);
    blobs.push(output.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string };

/** Runs git without a shell, in the C locale, without touching the index or fetching missing objects. */
function runGit(args: string[], cwd: string, maxBuffer: number, input?: string): GitResult {
  const result = spawnSync('git', ['-c', 'core.quotepath=false', ...args], {
    cwd,
    input,
    maxBuffer,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' },
  });
  if (result.error) return { ok: false, message: result.error.message };
  if (result.status !== 0) {
    const stderr = result.stderr.toString('utf8');
    return {
      ok: false,
      message: stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${result.status}`,
    };
  }
  return { ok: true, stdout: result.stdout };
}

function gitFailed(command: string, cwd: string, message: string): Error {
  return new Error(`Could not read the interface files: git ${command} failed in ${cwd}: ${message}`);
}
