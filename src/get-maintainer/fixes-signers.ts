/**
 * The people of a patch's `Fixes:` commits, as get_maintainer.pl adds them even with `--nogit --nogit-fallback`
 * (only `--nofixes` stops it): for each commit a `Fixes:` line names, the Signed-off-by:, Reviewed-by: and
 * Acked-by: lines of its message, as `blamed_fixes` (its `vcs_add_commit_signers`, `vcs_find_signers`,
 * `extract_formatted_signatures` and `vcs_assign`). Reading the message is git's, at the edge
 * (local/read-commit-message.ts); what is made of it is here.
 */

import { perlOrder } from './sort-and-uniq.js';

/** get_maintainer.pl's `@signature_tags`: the people responsible for the code or familiar with it. */
const SIGNATURE = /^[ \t]*(?:Signed-off-by:|Reviewed-by:|Acked-by:).*@.*$/;
/** Its `$penguin_chiefs`, matched anywhere in the line, without case: left out unless `--git-chief-penguins`. */
const CHIEF_PENGUINS = /Linus Torvalds/i;
/** Its `$email_git_max_maintainers`: at most this many people of one commit are added. */
export const MAX_SIGNERS_PER_COMMIT = 5;

/**
 * The signers in a commit message, in message order and not yet deduplicated: each signature line's text after
 * its last `:` (get_maintainer.pl's `s/\s*.*:\s*(.+)\s*\/$1/`), without Linus Torvalds.
 *
 * @example signersInMessage('Fix it.\n\nSigned-off-by: Ann Dev <ann@example.org>\nCc: x@example.org\n') // → ['Ann Dev <ann@example.org>']
 */
export function signersInMessage(message: string): string[] {
  return message
    .split('\n')
    .map((line) => line.replace(/^\s+/, ''))
    .filter((line) => SIGNATURE.test(line) && !CHIEF_PENGUINS.test(line))
    .map((line) => line.replace(/\s*.*:\s*(.+)\s*/, '$1'));
}

/** One signer to add: the address as get_maintainer.pl has it by then, and how many signature lines name it. */
export interface CommitSigner {
  email: string;
  signatures: number;
}

/**
 * `vcs_assign(role, 1, signers)` for one commit: its signers (deduplicated and through the mailmap, as the caller
 * has them) counted, most signatures first, those in `.get_maintainer.ignore` skipped, at most
 * MAX_SIGNERS_PER_COMMIT. get_maintainer.pl orders signers of equal count as its hash does, which changes from
 * run to run; they are sorted here, which is one of the orders it prints.
 *
 * @example assignedSigners(['B <b@x>', 'A <a@x>', 'B <b@x>'], []) // → [{ email: 'B <b@x>', signatures: 2 }, { email: 'A <a@x>', signatures: 1 }]
 */
export function assignedSigners(signers: readonly string[], ignored: readonly string[]): CommitSigner[] {
  const counts = new Map<string, number>();
  for (const email of [...signers].sort(perlOrder)) counts.set(email, (counts.get(email) ?? 0) + 1);
  const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || perlOrder(a, b));
  const assigned: CommitSigner[] = [];
  for (const [email, signatures] of ranked) {
    if (ignored.includes(email)) continue;
    if (assigned.length === MAX_SIGNERS_PER_COMMIT) break;
    assigned.push({ email, signatures });
  }
  return assigned;
}

/**
 * The addresses of a `.get_maintainer.ignore` file: one a line, `#` comments and blanks dropped. get_maintainer.pl
 * keeps a line only when it is a valid RFC 822 address; here, when it has an `@`.
 *
 * @example ignoredAddresses('# old addresses\nAlan Cox <alan@example.org>\n\n') // → ['Alan Cox <alan@example.org>']
 */
export function ignoredAddresses(text: string): string[] {
  // Its order: blanks trimmed first, then the comment cut (a blank before `#` stays, and the line then matches no one).
  return text
    .split('\n')
    .map((line) => line.trim().replace(/#.*$/, ''))
    .filter((line) => line.includes('@'));
}
