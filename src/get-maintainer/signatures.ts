/**
 * The people in git's history as get_maintainer.pl reads them (`vcs_find_signers`, `extract_formatted_signatures`):
 * the Signed-off-by:, Reviewed-by: and Acked-by: lines of commit messages, without Linus Torvalds, each cut to the
 * text after its last colon. Both the signers of a patch's `Fixes:` commits and the git fallback's signers of a
 * file's last year (file-history.ts) are found this way; reading the history is git's, at the edge
 * (local/read-git-history.ts).
 */

/** get_maintainer.pl's `@signature_tags`: the people responsible for the code or familiar with it. */
const SIGNATURE = /^[ \t]*(?:Signed-off-by:|Reviewed-by:|Acked-by:).*@.*$/;
/** Its `--git-all-signature-types` pattern, `(.+?)[Bb][Yy]:`: any `…-by:` line (Tested-by:, Reported-by:, …). */
const ANY_SIGNATURE = /^[ \t]*(.+?)[Bb][Yy]:.*@.*$/;
/** Its `$penguin_chiefs`, matched anywhere in the line, without case: left out unless `--git-chief-penguins`. */
const CHIEF_PENGUINS = /Linus Torvalds/i;

/** Which lines of git's history count, as get_maintainer.pl's switches say. */
export interface SignatureRules {
  /** `--git-all-signature-types`: every `…-by:` line, not only the three `@signature_tags`. */
  allTypes: boolean;
  /** `--git-chief-penguins`: Linus Torvalds's lines too. */
  chiefPenguins: boolean;
}

/** get_maintainer.pl's defaults: the three tags, without Linus Torvalds. */
export const DEFAULT_SIGNATURE_RULES: Readonly<SignatureRules> = { allTypes: false, chiefPenguins: false };

/** Whether a line of git's output is a signature get_maintainer.pl counts (`/^[ \t]*${signature_pattern}.*\@.*$/`). */
export function isSignature(line: string, rules: SignatureRules = DEFAULT_SIGNATURE_RULES): boolean {
  return (rules.allTypes ? ANY_SIGNATURE : SIGNATURE).test(line);
}

/** Whether get_maintainer.pl leaves a signature out: it names a "chief penguin" (Linus Torvalds), unless asked for. */
export function leftOut(line: string, rules: SignatureRules = DEFAULT_SIGNATURE_RULES): boolean {
  return !rules.chiefPenguins && CHIEF_PENGUINS.test(line);
}

/**
 * A signature or `GitAuthor:` line's text after its last colon: `extract_formatted_signatures`'s
 * `s/\s*.*:\s*(.+)\s*\/$1/` (the caller then deduplicates it).
 *
 * @example signatureText('Acked-by: Ann Dev <ann@example.org>') // → 'Ann Dev <ann@example.org>'
 */
export function signatureText(line: string): string {
  return line.replace(/\s*.*:\s*(.+)\s*/, '$1');
}

/**
 * git's output as get_maintainer.pl's `git_execute_cmd` hands it on: leading blanks of every line dropped (with
 * them the blank lines, which its `s/^\s*\/\/gm` swallows), split into lines, trailing empty ones gone.
 *
 * @example gitOutputLines('GitCommit: 1\n\n    Signed-off-by: A <a@x>\n\n') // → ['GitCommit: 1', 'Signed-off-by: A <a@x>']
 */
export function gitOutputLines(output: string): string[] {
  // Perl's \s on git's bytes: ASCII blanks only.
  const lines = output.replace(/^[ \t\n\r\f\v]*/gm, '').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The signers in a commit message, in message order and not yet deduplicated: each signature line's text after
 * its last `:`, without Linus Torvalds (as `rules` say; get_maintainer.pl's defaults if not given).
 *
 * @example signersInMessage('Fix it.\n\nSigned-off-by: Ann Dev <ann@example.org>\nCc: x@example.org\n') // → ['Ann Dev <ann@example.org>']
 */
export function signersInMessage(message: string, rules: SignatureRules = DEFAULT_SIGNATURE_RULES): string[] {
  return gitOutputLines(message)
    .filter((line) => isSignature(line, rules) && !leftOut(line, rules))
    .map(signatureText);
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
