/**
 * get_maintainer.pl's switches as `route --format get-maintainer` takes them: which there are, and how Perl's
 * Getopt::Long lets people spell them. What each one prints is get-maintainer/output-options.ts's.
 */
import { getMaintainerOutput } from '../get-maintainer/output-options.js';

/**
 * get_maintainer.pl's own switches for what it prints, spelled as it spells them, so the `--to-cmd` and
 * `--cc-cmd` of a kernel developer's git config carry over: they apply to `--format get-maintainer` only.
 */
export const GET_MAINTAINER_FLAGS: readonly { name: string; value?: string; help: string }[] = [
  { name: 'nom', help: 'get-maintainer format: without M: maintainers (get_maintainer.pl --nom)' },
  { name: 'nor', help: 'get-maintainer format: without R: reviewers (get_maintainer.pl --nor)' },
  { name: 'nol', help: 'get-maintainer format: without L: mailing lists (get_maintainer.pl --nol)' },
  {
    name: 'nomoderated',
    help: 'get-maintainer format: without the moderated L: lists (get_maintainer.pl --nomoderated)',
  },
  { name: 'moderated', help: 'get-maintainer format: with them, the default (get_maintainer.pl --moderated)' },
  {
    name: 's',
    help: 'get-maintainer format: with the subscribers-only L: lists too (get_maintainer.pl --s)',
  },
  { name: 'nos', help: 'get-maintainer format: without them, the default (get_maintainer.pl --nos)' },
  {
    name: 'norolestats',
    help: 'get-maintainer format: addresses only, no (role:SECTION) (get_maintainer.pl --norolestats)',
  },
  { name: 'rolestats', help: 'get-maintainer format: with them, the default (get_maintainer.pl --rolestats)' },
  {
    name: 'roles',
    help: 'get-maintainer format: with --norolestats, the roles without the git counts (get_maintainer.pl --roles)',
  },
  {
    name: 'noroles',
    help: 'get-maintainer format: accepted; --norolestats leaves the roles out (get_maintainer.pl --noroles)',
  },
  {
    name: 'nokeywords',
    help: 'get-maintainer format: without the sections a K: keyword finds in a patch (get_maintainer.pl --nokeywords)',
  },
  {
    name: 'separator',
    value: 'SEP',
    help: 'get-maintainer format: everyone on one line, SEP between them (get_maintainer.pl --separator)',
  },
  {
    name: 'nomultiline',
    help: 'get-maintainer format: everyone on one line, ", " between them (get_maintainer.pl --nomultiline)',
  },
  { name: 'scm', help: "get-maintainer format: then the sections' T: trees (get_maintainer.pl --scm)" },
  { name: 'status', help: "get-maintainer format: then the sections' S: status (get_maintainer.pl --status)" },
  { name: 'subsystem', help: "get-maintainer format: then the sections' names (get_maintainer.pl --subsystem)" },
  { name: 'web', help: "get-maintainer format: then the sections' W: pages (get_maintainer.pl --web)" },
  { name: 'bug', help: "get-maintainer format: then the sections' B: bug trackers (get_maintainer.pl --bug)" },
  {
    name: 'sections',
    help: 'get-maintainer format: the MAINTAINERS sections each path reaches, instead of anyone (get_maintainer.pl --sections)',
  },
  { name: 'nosections', help: 'get-maintainer format: the people and lists again (get_maintainer.pl --nosections)' },
  {
    name: 'letters',
    value: 'LETTERS',
    help: 'get-maintainer format: --sections with only these tags, e.g. MRL (get_maintainer.pl --letters)',
  },
  {
    name: 'pattern-depth',
    value: 'N',
    help: 'get-maintainer format: only F: patterns fewer than N directories above a path count; 0, all, by default (get_maintainer.pl --pattern-depth)',
  },
  {
    name: 'nofixes',
    help: "get-maintainer format: without the signers of the patch's Fixes: commits (get_maintainer.pl --nofixes)",
  },
  {
    name: 'nogit-fallback',
    help: "get-maintainer format: without the last year's git signers and authors of files no exact pattern covers (get_maintainer.pl --nogit-fallback)",
  },
  {
    name: 'git-fallback',
    help: 'get-maintainer format: with them, the default in a git work tree (get_maintainer.pl --git-fallback)',
  },
  {
    name: 'git-since',
    value: 'DATE',
    help: "get-maintainer format: the git fallback's history from DATE on, as git reads it; 1-year-ago by default",
  },
  {
    name: 'git-min-signatures',
    value: 'N',
    help: 'get-maintainer format: the git fallback adds people counted at least N times; 1 by default',
  },
  {
    name: 'git-max-maintainers',
    value: 'N',
    help: 'get-maintainer format: the git fallback adds at most N people per role and file; 5 by default',
  },
  {
    name: 'git-min-percent',
    value: 'N',
    help: 'get-maintainer format: the git fallback adds people counted in at least N% of the commits or lines; 5 by default',
  },
  // Accepted so that get_maintainer.pl's command line can be kept as it is (b4's default send-auto-to-cmd and
  // send-auto-cc-cmd give both): what they ask for is get_maintainer.pl's default too. Its `--git` (every file's
  // history) is not taken: `--git` is route's commit range.
  {
    name: 'nogit',
    help: "get-maintainer format: accepted; every file's history is never asked (get_maintainer.pl --nogit, its default)",
  },
  {
    name: 'nogit-chief-penguins',
    help: 'get-maintainer format: accepted; Linus Torvalds is left out, as get_maintainer.pl does by default',
  },
  {
    name: 'notree',
    help: "get-maintainer format: accepted; no kernel tree is required (get_maintainer.pl --no-tree; its --tree is not route's --tree DIR)",
  },
];
export const GET_MAINTAINER_NAMES: ReadonlySet<string> = new Set(GET_MAINTAINER_FLAGS.map((flag) => flag.name));

/** Getopt::Long's short names of get_maintainer.pl's switches (`'k|keywords!'`), for their negations. */
const GET_MAINTAINER_ALIASES: Readonly<Record<string, string>> = { k: 'keywords' };

/**
 * get_maintainer.pl reads its switches with Perl's Getopt::Long, which takes `--separator` as `-separator` too and a
 * negated switch as `--nol`, `--no-l`, `-nol` or `-no-l` (`--nok` for `--nokeywords`): git configs and scripts use
 * them all. Each is read as the spelling listed here; anything else is returned as it is.
 *
 * @example getMaintainerSpelling('-norolestats') // → '--norolestats'
 * @example getMaintainerSpelling('--no-git-fallback') // → '--nogit-fallback'
 * @example getMaintainerSpelling('-separator=,') // → '--separator=,'
 */
export function getMaintainerSpelling(word: string): string {
  const spelled = /^--?([a-z][a-z-]*)(=.*)?$/.exec(word);
  if (spelled === null) return word;
  const [, written, value = ''] = spelled;
  const negated = /^no-?(.+)$/.exec(written);
  const name = negated === null ? written : `no${GET_MAINTAINER_ALIASES[negated[1]] ?? negated[1]}`;
  return GET_MAINTAINER_NAMES.has(name) ? `--${name}${value}` : word;
}

/** The switches that take a whole number, as Getopt::Long's `=i` reads one (an optional sign and digits). */
const WHOLE_NUMBERS = new Set(['git-min-signatures', 'git-max-maintainers', 'git-min-percent', 'pattern-depth']);

/**
 * What is wrong with a switch's value, as get_maintainer.pl's Getopt::Long would refuse it; undefined when nothing.
 *
 * @example switchValueProblem('git-min-percent', 'x') // → "--git-min-percent must be a whole number, not 'x'"
 */
export function switchValueProblem(name: string, value: string | undefined): string | undefined {
  if (WHOLE_NUMBERS.has(name) && !/^[-+]?\d+$/.test(value ?? '')) {
    return `--${name} must be a whole number, not '${value}'`;
  }
  return undefined;
}

/**
 * get_maintainer.pl refuses switches that leave no one to print (`--nom --nor --nol`): the message, else undefined.
 *
 * @example leavesNoOne(['nom', 'nor', 'nol']) // → '--nom, --nor and --nol together leave no one to print'
 */
export function leavesNoOne(switches: readonly string[]): string | undefined {
  const { maintainers, reviewers, lists, subscriberLists, sections } = getMaintainerOutput(switches);
  // get_maintainer.pl lets `--nom --nor --nol --s` through (and prints no one); so do we.
  return maintainers || reviewers || lists || subscriberLists || sections
    ? undefined
    : '--nom, --nor and --nol together leave no one to print';
}
