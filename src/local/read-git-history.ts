/**
 * What `--format get-maintainer` asks git, as get_maintainer.pl asks it (get-maintainer/signatures.ts and
 * file-history.ts read the answers): the message of a commit a patch's `Fixes:` line names, and a file's last
 * year for the git fallback. As there, only where the tree is a git work tree (`.git` at its top) and git runs.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** git's answer; `missing` when there is no history to ask; a problem when git could not answer. */
export type GitAnswer = { output: string } | { missing: true } | { problem: string };

/** The format get_maintainer.pl gives `git log` for a file's history (its `find_signers_cmd`). */
const HISTORY_FORMAT = 'GitCommit: %H%nGitAuthor: %an <%ae>%nGitDate: %aD%nGitSubject: %s%n%b%n';

/** One commit message is small; a larger answer is not one. */
const MESSAGE_MAX_BYTES = 4 * 1024 * 1024;
/** A year of a busy file's commits, messages included, is a few megabytes. */
const HISTORY_MAX_BYTES = 256 * 1024 * 1024;

/**
 * `git log --no-color --format=%b -1 COMMIT` in `root`. COMMIT is a `Fixes:` line's 6 to 40 hex digits, so it
 * cannot be read as an option or a path.
 *
 * @example await readCommitMessage('/src/linux', '0123456789ab') // → { output: 'Signed-off-by: Ann Dev <ann@example.org>\n' }
 */
export async function readCommitMessage(root: string, commit: string): Promise<GitAnswer> {
  if (!/^[0-9a-fA-F]{6,40}$/.test(commit)) return { problem: `'${commit}' is not a commit id` };
  if (!isGitWorkTree(root)) return { missing: true };
  return git(root, ['log', '--no-color', '--no-show-signature', '--format=%b', '-1', commit], MESSAGE_MAX_BYTES);
}

/** Whether there is history to ask, as get_maintainer.pl judges it (`-e ".git"` at the top of the tree). */
export function isGitWorkTree(root: string): boolean {
  return existsSync(join(root, '.git'));
}

/** At most this many `git log` processes at a time, however many cores there are. */
const MAX_GIT_PROCESSES = 8;

/**
 * get_maintainer.pl's `find_signers_cmd` for each path of the tree: its commits since `since` (as git reads dates),
 * renames followed, merges left out, with each commit's author, message and numstat; the answers in the paths'
 * order. get_maintainer.pl runs them one after the other; each `git log --follow` walks the whole history for its
 * one path, mostly in CPU, so here as many run at once as there are cores (at most MAX_GIT_PROCESSES).
 *
 * @example await readFileHistories('/src/linux', ['kernel/dma/sub/deep.c'], '1-year-ago') // → [{ output: 'GitCommit: 5d1f…\nGitAuthor: Ann Dev <ann@example.org>\n…' }]
 */
export async function readFileHistories(root: string, paths: readonly string[], since: string): Promise<GitAnswer[]> {
  if (!isGitWorkTree(root)) return paths.map(() => ({ missing: true }));
  const answers: GitAnswer[] = new Array(paths.length);
  let next = 0;
  const ask = async () => {
    for (let at = next++; at < paths.length; at = next++) {
      const args = ['log', '--no-color', '--no-show-signature', '--follow', `--since=${since}`, '--numstat'];
      const path = paths[at];
      answers[at] = await git(
        root,
        [...args, '--no-merges', `--format=${HISTORY_FORMAT}`, '--', path],
        HISTORY_MAX_BYTES,
      );
    }
  };
  const processes = Math.max(1, Math.min(paths.length, availableParallelism(), MAX_GIT_PROCESSES));
  await Promise.all(Array.from({ length: processes }, ask));
  return answers;
}

/** git's environment: C locale (its messages are then the ones we document); optional locks (reading must not touch the index). */
const GIT_ENV = { LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };

/** `git ARGS` in `root`: its output, `missing` when git is not installed (get_maintainer.pl's vcs_exists() is false, and it adds no one), or git's first line of complaint. */
async function git(root: string, args: readonly string[], maxBuffer: number): Promise<GitAnswer> {
  // Loaded here, not at the top: node:child_process costs a cold run 3–5 ms (docs/PERFORMANCE.md), and most runs
  // of this format ask git nothing (no .git, --nogit-fallback, no Fixes:).
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    const options = { cwd: root, encoding: 'utf8' as const, maxBuffer, env: { ...process.env, ...GIT_ENV } };
    execFile('git', args, options, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') resolve({ missing: true });
      else if (error === null) resolve({ output: stdout });
      else resolve({ problem: stderr.split('\n').find((line) => line.trim() !== '') ?? error.message });
    });
  });
}
