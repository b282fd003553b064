/**
 * get_maintainer.pl's switches as `route --format get-maintainer` takes them: which there are, and how Perl's
 * Getopt::Long lets people spell them. What each one prints is get-maintainer/output-options.ts's.
 */
import { getMaintainerOutput } from '../get-maintainer/output-options.js';

/**
 * One of get_maintainer.pl's switches, as its `GetOptions` declares it: `'k|keywords!'` is `keywords`, alias `k`,
 * negatable (`--nokeywords`, `--nok`).
 */
interface GetMaintainerSwitch {
  name: string;
  /** Getopt::Long's other names for it (`k` for `keywords`). */
  aliases?: readonly string[];
  /**
   * `!` in its declaration: `--noNAME` too. 'only' takes `--noNAME` alone: the switch's own meaning is not ours
   * (`--git` is route's commit range, `--tree` route's tree) or not taken (`--git-blame`).
   */
  negatable?: true | 'only';
  /** `=s`/`=i`: the placeholder of its value. */
  value?: string;
  /** What it does in every format, not only get-maintainer's (`--file`, `--mpath`). */
  anyFormat?: true;
  help: string;
}

/**
 * get_maintainer.pl's switches (scripts/get_maintainer.pl, v0.26), spelled as it spells them, so the `--to-cmd` and
 * `--cc-cmd` of a kernel developer's git config and a `.get_maintainer.conf` carry over. They shape
 * `--format get-maintainer` only. Help lists them as `--[no]NAME`.
 */
const SWITCHES: readonly GetMaintainerSwitch[] = [
  { name: 'email', negatable: true, help: 'the people (--noemail: only the lists, with --scm, --status, …)' },
  { name: 'm', negatable: true, help: 'M: maintainers (--nom: without them; -m is --maintainers here)' },
  { name: 'r', negatable: true, help: 'R: reviewers' },
  { name: 'l', negatable: true, help: 'L: mailing lists' },
  { name: 'moderated', negatable: true, help: 'the moderated L: lists among them' },
  { name: 's', negatable: true, help: 'the subscribers-only L: lists too (off by default)' },
  { name: 'n', negatable: true, help: 'names with the addresses (--non: addresses alone)' },
  { name: 'rolestats', negatable: true, help: '(role:SECTION) after each, git counts included' },
  { name: 'roles', negatable: true, help: 'with --norolestats, the roles without the git counts' },
  { name: 'remove-duplicates', negatable: true, help: 'each person once, by name or address' },
  { name: 'mailmap', negatable: true, help: "the tree's .mailmap applied" },
  { name: 'keywords', aliases: ['k'], negatable: true, help: 'the sections whose K: matches the patch' },
  {
    name: 'keywords-in-file',
    aliases: ['kf'],
    negatable: true,
    help: 'the sections whose K: matches a PATH file itself (off by default)',
  },
  {
    name: 'file-emails',
    aliases: ['fe'],
    negatable: true,
    help: 'the addresses written in each file, as (in file) (off by default; .yaml files always)',
  },
  { name: 'fixes', negatable: true, help: "the signers of the commits a patch's Fixes: lines name" },
  {
    name: 'git-fallback',
    negatable: true,
    help: "in a git work tree, the last year's signers and authors of files no exact pattern covers",
  },
  { name: 'git-since', value: 'DATE', help: "the git fallback's history from DATE on, as git reads it; 1-year-ago" },
  { name: 'git-min-signatures', value: 'N', help: 'the git fallback adds people counted at least N times; 1' },
  { name: 'git-max-maintainers', value: 'N', help: 'the git fallback adds at most N people per role and file; 5' },
  {
    name: 'git-min-percent',
    value: 'N',
    help: 'the git fallback adds people counted in at least N% of the commits or lines; 5',
  },
  {
    name: 'git-chief-penguins',
    negatable: true,
    help: 'Linus Torvalds too, as (chief penguin) and among git signers (off by default)',
  },
  {
    name: 'git-all-signature-types',
    negatable: true,
    help: 'every *-by: line of a commit counts as a signature, not only Signed-off-by:, Reviewed-by:, Acked-by:',
  },
  // route's `--git BASE..HEAD` is found first among its flags; args.ts reads `--git` without a range as this one.
  { name: 'git', negatable: true, help: "every file's history, not only the fallback's (off by default)" },
  { name: 'git-blame', negatable: 'only', help: "accepted: git blame is never asked, get_maintainer.pl's default" },
  { name: 'git-blame-signatures', negatable: true, help: 'accepted: only --git-blame, which is not taken, reads it' },
  { name: 'hg-since', value: 'DATE', help: 'accepted: Mercurial only; the history read is git' },
  { name: 'interactive', aliases: ['i'], negatable: 'only', help: 'accepted: never interactive, the default' },
  { name: 'multiline', negatable: true, help: 'one a line (--nomultiline: all on one line, ", " between them)' },
  { name: 'separator', value: 'SEP', help: 'everyone on one line, SEP between them' },
  { name: 'scm', negatable: true, help: "then the sections' T: trees" },
  { name: 'status', negatable: true, help: "then the sections' S: status" },
  { name: 'subsystem', negatable: true, help: "then the sections' names" },
  { name: 'web', negatable: true, help: "then the sections' W: pages" },
  { name: 'bug', negatable: true, help: "then the sections' B: bug trackers" },
  { name: 'sections', negatable: true, help: 'the MAINTAINERS sections each path reaches, instead of anyone' },
  { name: 'letters', value: 'LETTERS', help: '--sections with only these tags, e.g. MRL' },
  {
    name: 'pattern-depth',
    value: 'N',
    help: 'only F: patterns fewer than N directories above a path count; 0, all, by default',
  },
  { name: 'tree', negatable: 'only', help: 'accepted: no kernel tree is required (--tree DIR is the tree here)' },
  {
    name: 'file',
    anyFormat: true,
    help: "the arguments are paths, never patches (get_maintainer.pl's -f, as -f is with --format get-maintainer)",
  },
  {
    name: 'mpath',
    aliases: ['maintainer-path'],
    value: 'FILE',
    anyFormat: true,
    help: 'the MAINTAINERS file, as --maintainers (a directory of them is not taken)',
  },
];

/**
 * get_maintainer.pl's switches that route does not take, and why: said instead of "unknown option", so that a
 * command line carried over from get_maintainer.pl is told what to change.
 */
export const NOT_TAKEN: Readonly<Record<string, string>> = {
  'git-blame': "get_maintainer.pl's --git-blame (git blame of every line) is not taken",
  interactive: "get_maintainer.pl's --interactive is not taken: route's output is for scripts",
  i: "get_maintainer.pl's --interactive is not taken: route's output is for scripts",
  'self-test': "get_maintainer.pl's --self-test is not taken: run 'rust-patch-router validate' on the policy",
  'find-maintainer-files': "get_maintainer.pl's --find-maintainer-files is not taken: give the MAINTAINERS file",
};

/** A flag as args.ts lists it; `shown` is how help spells it, and a `hidden` one (a negation) is not listed. */
export interface SwitchFlag {
  name: string;
  value?: string;
  help: string;
  shown?: string;
  hidden?: boolean;
}

/**
 * The switches as args.ts's flags: each by its name, and its `no` form. An alias (`--kf`) is read as the name
 * (getMaintainerSpelling), so it is no flag of its own.
 */
export const GET_MAINTAINER_FLAGS: readonly SwitchFlag[] = SWITCHES.flatMap((entry) => {
  const help = entry.anyFormat ? entry.help : `get-maintainer format: ${entry.help}`;
  const negated = { name: `no${entry.name}`, help };
  if (entry.negatable === 'only') return [negated];
  const names = [entry.name, ...(entry.aliases ?? [])];
  const prefix = entry.negatable === true ? '[no]' : '';
  const shown = `${names.map((name) => `--${prefix}${name}`).join(', ')}${entry.value ? ` ${entry.value}` : ''}`;
  const flag: SwitchFlag = { name: entry.name, value: entry.value, help, shown };
  return entry.negatable === true ? [flag, { ...negated, hidden: true }] : [flag];
});
export const GET_MAINTAINER_NAMES: ReadonlySet<string> = new Set(GET_MAINTAINER_FLAGS.map((flag) => flag.name));

/** Getopt::Long's other names, by the name the switches are read as (`kf` → `keywords-in-file`). */
const ALIASES: ReadonlyMap<string, string> = new Map(
  SWITCHES.flatMap((entry) => (entry.aliases ?? []).map((alias) => [alias, entry.name] as const)),
);

/** Single-dash words that are route's own short flags, not get_maintainer.pl's (`-m FILE` is --maintainers). */
const ROUTE_SHORTS = new Set(['-m', '-f', '-c', '-h']);

/**
 * get_maintainer.pl reads its switches with Perl's Getopt::Long, which takes `--separator` as `-separator` too, a
 * negated switch as `--nol`, `--no-l`, `-nol` or `-no-l`, and an alias for its name (`--nok` for `--nokeywords`,
 * `--kf` for `--keywords-in-file`): git configs and scripts use them all. Each is read as the spelling listed here;
 * anything else is returned as it is.
 *
 * @example getMaintainerSpelling('-norolestats') // → '--norolestats'
 * @example getMaintainerSpelling('--no-git-fallback') // → '--nogit-fallback'
 * @example getMaintainerSpelling('-separator=,') // → '--separator=,'
 * @example getMaintainerSpelling('--kf') // → '--keywords-in-file'
 */
export function getMaintainerSpelling(word: string): string {
  if (ROUTE_SHORTS.has(word)) return word;
  const spelled = /^--?([a-z][a-z-]*)(=.*)?$/.exec(word);
  if (spelled === null) return word;
  const [, written, value = ''] = spelled;
  const negated = /^no-?(.+)$/.exec(written);
  const canonical = (name: string) => ALIASES.get(name) ?? name;
  const name =
    negated !== null && !GET_MAINTAINER_NAMES.has(written) ? `no${canonical(negated[1])}` : canonical(written);
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
 * get_maintainer.pl refuses switches that leave nothing to print: the message, else undefined. Without
 * `--sections`, it needs the people or one of the blocks after them ("Missing required option"), and the people
 * need one of M:, R:, L:, Linus or git's history ("Please select at least 1 email option").
 *
 * @example leavesNoOne(['nom', 'nor', 'nol']) // → '--nom, --nor and --nol together leave no one to print'
 */
export function leavesNoOne(switches: readonly string[]): string | undefined {
  const output = getMaintainerOutput(switches);
  if (output.sections) return undefined;
  if (!output.email && output.extras.length === 0) {
    return '--noemail leaves nothing to print: add --scm, --status, --subsystem, --web or --bug';
  }
  const { maintainers, reviewers, lists, subscriberLists, chiefPenguins, git } = output;
  // get_maintainer.pl lets `--nom --nor --nol --s` through (and prints no one); so do we.
  return !output.email || maintainers || reviewers || lists || subscriberLists || chiefPenguins || git
    ? undefined
    : '--nom, --nor and --nol together leave no one to print';
}
