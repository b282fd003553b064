/**
 * get_maintainer.pl's git fallback for one file (`vcs_find_signers` and `vcs_file_signoffs`): from
 * `git log --follow --since=1-year-ago --numstat --no-merges -- FILE` (local/read-git-history.ts), the people to
 * count, each list with the role and the divisor vcs-assign.ts gives them:
 *
 * - `commit_signer`: the Signed-off-by:, Reviewed-by: and Acked-by: people of the commits, over the commits;
 * - `authored`: the commits' authors, over the commits;
 * - `added_lines` and `removed_lines`: each author's lines of the file, over all of them — only when every commit
 *   listed has a numstat line for the file as named (a rename `--follow` went through has none, and then nobody
 *   gets these two).
 *
 * Quirks kept, as the output must be get_maintainer.pl's: when no commit has a signature, it counts the commits as
 * 0 (read as 1 after its "Bad divisor" warning) and the authors' `GitAuthor: ` lines whole, so an author is
 * printed as `"GitAuthor: Name" <address>` unless someone listed already has that address; and the file name is
 * a regex in its numstat pattern.
 */
import { DEFAULT_SIGNATURE_RULES, isSignature, leftOut, signatureText, type SignatureRules } from './signatures.js';
import { tallyOf } from './vcs-assign.js';

const COMMIT = /^GitCommit: ([0-9a-f]{40,40})/;
const AUTHOR = /^GitAuthor: (.*)/;

/** People named `role`, counted, and what vcs_assign divides their counts by. */
export interface HistoryTally {
  role: 'commit_signer' | 'authored' | 'added_lines' | 'removed_lines';
  divisor: number;
  tally: Map<string, number>;
}

/**
 * The tallies of one file's history, from git's output lines as gitOutputLines gives them. `deduplicate` is the
 * run's deduplicate_email (it remembers everyone seen, so the call order is get_maintainer.pl's); `mailmap` its
 * mailmap_email; `rules` which lines are signatures (get_maintainer.pl's defaults if not given).
 *
 * @example fileSignoffs(lines, 'kernel/dma/sub/deep.c', deduplicate, mailmap)
 *   // → [{ role: 'commit_signer', divisor: 3, tally: Map { 'Ann Dev <ann@example.org>' => 3, … } }, { role: 'authored', … }, …]
 */
export function fileSignoffs(
  lines: readonly string[],
  file: string,
  deduplicate: (email: string) => string,
  mailmap: (email: string) => string,
  rules: SignatureRules = DEFAULT_SIGNATURE_RULES,
): HistoryTally[] {
  const stat = statPattern(file);
  const signatures = lines.filter((line) => isSignature(line, rules));
  const stats = lines.filter((line) => stat.test(line));
  let authors = lines.filter((line) => AUTHOR.test(line));
  let signers: string[] = [];
  let commits = 0;
  if (signatures.length > 0) {
    commits = lines.filter((line) => COMMIT.test(line)).length;
    // extract_formatted_signatures: the authors first, then the signers, each deduplicated as it comes.
    authors = authors.map((line) => deduplicate(signatureText(line)));
    signers = signatures.filter((line) => !leftOut(line, rules)).map((line) => deduplicate(signatureText(line)));
  }
  signers = signers.map(deduplicate);
  const tallies: HistoryTally[] = [
    { role: 'commit_signer', divisor: commits, tally: tallyOf(signers.map(mailmap)) },
    { role: 'authored', divisor: commits, tally: tallyOf(authors.map(mailmap)) },
  ];
  if (authors.length !== stats.length) return tallies;

  const changed = stats.map((line) => {
    const [, added, removed] = stat.exec(line)!;
    return { added: Number(added), removed: Number(removed) };
  });
  const total = (side: 'added' | 'removed') => changed.reduce((sum, lines) => sum + lines[side], 0);
  const added = new Map<string, number>();
  const removed = new Map<string, number>();
  for (const author of unique(unique(authors).map(deduplicate))) {
    const own = changed.filter((_, at) => author === deduplicate(authors[at]));
    const email = mailmap(author);
    added.set(email, (added.get(email) ?? 0) + own.reduce((sum, lines) => sum + lines.added, 0));
    removed.set(email, (removed.get(email) ?? 0) + own.reduce((sum, lines) => sum + lines.removed, 0));
  }
  tallies.push(
    { role: 'added_lines', divisor: total('added'), tally: added },
    { role: 'removed_lines', divisor: total('removed'), tally: removed },
  );
  return tallies;
}

/**
 * Whether get_maintainer.pl warns "Bad divisor" for this history: it lists commits (their authors), and none of
 * them carries a signature.
 */
export function isUnsigned(lines: readonly string[], rules: SignatureRules = DEFAULT_SIGNATURE_RULES): boolean {
  return lines.some((line) => AUTHOR.test(line)) && !lines.some((line) => isSignature(line, rules));
}

/**
 * Its `stat_pattern`, `^(\d+)\t(\d+)\t$file$`: the file name is read as a regex there (a `.` matches any
 * character); one that JavaScript cannot read as one is matched literally.
 */
function statPattern(file: string): RegExp {
  try {
    return new RegExp(`^(\\d+)\\t(\\d+)\\t${file}$`);
  } catch {
    return new RegExp(`^(\\d+)\\t(\\d+)\\t${file.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`);
  }
}

/** Perl's `uniq`: each value once, first-seen order. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
