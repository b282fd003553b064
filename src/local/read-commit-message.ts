/**
 * The body of one commit's message, from the git CLI, for `--format get-maintainer`'s `Fixes:` signers
 * (get-maintainer/fixes-signers.ts): what get_maintainer.pl's `git log --no-color -1 COMMIT` gives it, without the
 * lines it does not read. As there, only where the tree is a git work tree (`.git` at its top) and git runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A commit's message body; `missing` when there is no history to ask; a problem when git could not answer. */
export type CommitMessage = { body: string } | { missing: true } | { problem: string };

/** One commit message is small; a larger answer is not one. */
const MESSAGE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * `git log --no-color --format=%b -1 COMMIT` in `root`. COMMIT is a `Fixes:` line's 6 to 40 hex digits, so it
 * cannot be read as an option or a path.
 *
 * @example readCommitMessage('/src/linux', '0123456789ab') // → { body: 'Signed-off-by: Ann Dev <ann@example.org>\n' }
 */
export function readCommitMessage(root: string, commit: string): CommitMessage {
  if (!/^[0-9a-fA-F]{6,40}$/.test(commit)) return { problem: `'${commit}' is not a commit id` };
  if (!existsSync(join(root, '.git'))) return { missing: true };
  const result = spawnSync('git', ['log', '--no-color', '--no-show-signature', '--format=%b', '-1', commit], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: MESSAGE_MAX_BYTES,
    stdio: ['ignore', 'pipe', 'pipe'],
    // C locale: git's messages are then the ones we document; optional locks: reading must not touch the index.
    env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
  });
  // No git to run: get_maintainer.pl's vcs_exists() is false, and it adds no one.
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return { missing: true };
  if (result.error) return { problem: result.error.message };
  if (result.status !== 0) {
    return { problem: result.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${result.status}` };
  }
  return { body: result.stdout };
}
