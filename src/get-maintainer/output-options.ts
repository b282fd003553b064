/**
 * What `--format get-maintainer` prints, as get_maintainer.pl's switches choose it: `--nom`, `--nor` and `--nol`
 * leave out the M:, R: and L: lines of the sections visited (a person then keeps the role of the next line
 * that names them), `--norolestats` prints the addresses alone (`--roles` keeps the roles, without the git
 * counts), `--nokeywords` visits no section for a K: line,
 * `--nofixes` adds no signer of a `Fixes:` commit, `--nogit-fallback` asks git nothing about the files no exact
 * pattern covers (git-fallback.ts), `--git-since`, `--git-min-signatures`, `--git-max-maintainers` and
 * `--git-min-percent` shape whom git's history adds, `--separator SEP` or `--nomultiline` put everyone on one line,
 * `--scm`, `--status`, `--subsystem`, `--web` and `--bug` print the sections' T:, S:, names, W: and B: after
 * them, `--sections` (and `--letters`) print the sections themselves instead, and `--pattern-depth` leaves out
 * patterns too far above a path. `--noemail` prints no one but the lists, `--non` addresses without names,
 * `--noremove-duplicates` a person as often as sections name them, `--nomailmap` ignores the tree's `.mailmap`,
 * `--git-chief-penguins` keeps Linus Torvalds, `--git-all-signature-types` counts every `…-by:` line of git's
 * history, `--file-emails` adds the addresses written in each file and `--keywords-in-file` the sections whose K:
 * matches a file's text. A kernel developer's git config commonly splits the people from the lists: `--to-cmd` with `--nol` (the
 * people), `--cc-cmd` with `--nom` (reviewers and lists).
 */

export interface GetMaintainerOutput {
  /** The people, whoever names them (`--email`, on by default): without it, only the lists. */
  email: boolean;
  /** M: lines (get_maintainer.pl's `--m`, on by default). */
  maintainers: boolean;
  /** R: lines (`--r`). */
  reviewers: boolean;
  /** L: lines (`--l`). */
  lists: boolean;
  /** Of those, the moderated lists (`--moderated`, on by default). */
  moderatedLists: boolean;
  /** The subscribers-only lists too, when lists are printed (`--s`, off by default). */
  subscriberLists: boolean;
  /** ` (role:SECTION)` after each address (`--roles`, which `--rolestats` turns on). */
  roles: boolean;
  /** The git roles with their counts, `commit_signer:3/8=38%` rather than `commit_signer` (`--rolestats`). */
  rolestats: boolean;
  /** Names with the addresses (`--n`, on by default); `--non` prints addresses alone. */
  names: boolean;
  /** A person added once, by name or address (`--remove-duplicates`, on by default). */
  removeDuplicates: boolean;
  /** The tree's `.mailmap` applied (`--mailmap`, on by default). */
  mailmap: boolean;
  /** Linus Torvalds kept, as `chief penguin` and among git's signers (`--git-chief-penguins`, off by default). */
  chiefPenguins: boolean;
  /** Every `…-by:` line of git's history is a signature (`--git-all-signature-types`, off by default). */
  allSignatureTypes: boolean;
  /** The addresses written in every file, as `(in file)` (`--file-emails`; `.yaml` files are always read). */
  fileEmails: boolean;
  /** The sections whose K: matches the text of a file given as a path (`--keywords-in-file`, off by default). */
  keywordsInFile: boolean;
  /** Sections a patch's K: lines find (`--keywords`). */
  keywords: boolean;
  /** The signers of the commits a patch's `Fixes:` lines name (`--fixes`). */
  fixes: boolean;
  /** The last year's signers and authors of each file no exact pattern covers (`--git-fallback`, on by default). */
  gitFallback: boolean;
  /** The same for every file, whatever covers it (`--git`, off by default). */
  git: boolean;
  /** How far back the git fallback reads, as git's `--since` takes it (`--git-since`). */
  gitSince: string;
  /** Whom a history adds (`--git-min-signatures`, `--git-max-maintainers`, `--git-min-percent`): vcs-assign.ts. */
  gitLimits: GitLimits;
  /** One a line (`--multiline`), else all on one line joined by `separator`. */
  multiline: boolean;
  /** `--separator`, `, ` by default; any other turns multiline off, as there. */
  separator: string;
  /** The sections each path reaches, instead of anyone (`--sections`, or `--letters`): section-text.ts. */
  sections: boolean;
  /** `--letters`: only these tags of those sections ('' for all). */
  letters: string;
  /** `--pattern-depth`: only F: patterns fewer than this many directories above a path count (0: all). */
  patternDepth: number;
  /** The blocks printed after the people and lists, in get_maintainer.pl's order (`--scm`, `--status`, …). */
  extras: GetMaintainerExtra[];
}

/** get_maintainer.pl's switches that print a block of their own after the people and lists, in its order. */
export const GET_MAINTAINER_EXTRAS = ['scm', 'status', 'subsystem', 'web', 'bug'] as const;
export type GetMaintainerExtra = (typeof GET_MAINTAINER_EXTRAS)[number];

/** get_maintainer.pl's `--git-min-signatures`, `--git-max-maintainers` and `--git-min-percent`. */
export interface GitLimits {
  minSignatures: number;
  maxMaintainers: number;
  minPercent: number;
}

/** Their defaults (whom vcs-assign.ts adds). */
export const GIT_LIMITS: Readonly<GitLimits> = { minSignatures: 1, maxMaintainers: 5, minPercent: 5 };
/** get_maintainer.pl's `--git-since` default: how far back the git fallback reads. */
export const DEFAULT_GIT_SINCE = '1-year-ago';

/** get_maintainer.pl's `$output_separator`. */
const DEFAULT_SEPARATOR = ', ';

/**
 * What get_maintainer.pl prints given these of its switches, spelled without dashes (`nol`, `norolestats`,
 * `separator=,`; the last of a kind counts); others (`nogit`) change nothing here. No switch: everyone, with roles,
 * one a line, its default.
 *
 * @example getMaintainerOutput(['nol', 'norolestats']) // → { email: true, maintainers: true, reviewers: true, lists: false, …, roles: false, rolestats: false, … }
 * @example getMaintainerOutput(['scm', 'noscm']).extras // → []
 */
export function getMaintainerOutput(switches: readonly string[]): GetMaintainerOutput {
  /** The value of the last `name=value` given, else undefined. */
  const last = (name: string) => {
    const given = switches.filter((word) => word.startsWith(`${name}=`));
    return given.length === 0 ? undefined : given[given.length - 1].slice(name.length + 1);
  };
  const number = (name: string, otherwise: number) => {
    const value = last(name);
    return value === undefined ? otherwise : Number(value);
  };
  /** A Getopt::Long `name!` switch: the last of `--name` and `--noname` given counts, else its default. */
  const negatable = (name: string, byDefault: boolean) => {
    const on = switches.lastIndexOf(name);
    const off = switches.lastIndexOf(`no${name}`);
    return on === off ? byDefault : on > off;
  };
  const separator = last('separator') ?? DEFAULT_SEPARATOR;
  const rolestats = negatable('rolestats', true);
  const letters = last('letters') ?? '';
  return {
    email: negatable('email', true),
    maintainers: negatable('m', true),
    reviewers: negatable('r', true),
    lists: negatable('l', true),
    moderatedLists: negatable('moderated', true),
    subscriberLists: negatable('s', false),
    // `$output_roles = 1 if ($output_rolestats)`: --noroles alone changes nothing; --norolestats --roles keeps roles.
    roles: rolestats || negatable('roles', false),
    rolestats,
    names: negatable('n', true),
    removeDuplicates: negatable('remove-duplicates', true),
    mailmap: negatable('mailmap', true),
    chiefPenguins: negatable('git-chief-penguins', false),
    allSignatureTypes: negatable('git-all-signature-types', false),
    fileEmails: negatable('file-emails', false),
    keywordsInFile: negatable('keywords-in-file', false),
    keywords: negatable('keywords', true),
    fixes: negatable('fixes', true),
    gitFallback: negatable('git-fallback', true),
    git: negatable('git', false),
    gitSince: last('git-since') ?? DEFAULT_GIT_SINCE,
    gitLimits: {
      minSignatures: number('git-min-signatures', GIT_LIMITS.minSignatures),
      maxMaintainers: number('git-max-maintainers', GIT_LIMITS.maxMaintainers),
      minPercent: number('git-min-percent', GIT_LIMITS.minPercent),
    },
    // `$output_multiline = 0 if ($output_separator ne ", ")`.
    multiline: negatable('multiline', true) && separator === DEFAULT_SEPARATOR,
    separator,
    // `if ($sections || $letters ne "")`: either prints sections, and nothing else.
    sections: negatable('sections', false) || letters !== '',
    letters,
    patternDepth: number('pattern-depth', 0),
    extras: GET_MAINTAINER_EXTRAS.filter((extra) => negatable(extra, false)),
  };
}

/**
 * get_maintainer.pl's `output`: each line with its newline, or all of them on one line joined by the separator.
 * Nothing at all when there is no one (it prints only `if (@maintainers)`).
 *
 * @example printedLines(['a <a@x>', 'b@x'], getMaintainerOutput(['separator=,'])) // → 'a <a@x>,b@x\n'
 */
export function printedLines(lines: readonly string[], output: GetMaintainerOutput): string {
  if (lines.length === 0) return '';
  return output.multiline ? lines.map((line) => `${line}\n`).join('') : `${lines.join(output.separator)}\n`;
}

/**
 * Everything get_maintainer.pl prints: the people and lists, then each block its switches ask for. Those blocks are
 * printed even when empty, which on one line is an empty line (its `output` of an empty list), as there.
 *
 * @example printedBlocks({ people: ['a@x'], scm: ['git git://x'] }, getMaintainerOutput(['scm'])) // → 'a@x\ngit git://x\n'
 */
export function printedBlocks(
  blocks: { people: readonly string[] } & Partial<Record<GetMaintainerExtra, readonly string[]>>,
  output: GetMaintainerOutput,
): string {
  // On one line, an empty block is still its newline; one a line, it is nothing.
  const extra = (lines: readonly string[]) =>
    output.multiline || lines.length > 0 ? printedLines(lines, output) : '\n';
  return printedLines(blocks.people, output) + output.extras.map((name) => extra(blocks[name] ?? [])).join('');
}
