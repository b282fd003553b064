/**
 * `--format get-maintainer`: the people and mailing lists of the sections a change reaches, printed exactly as
 * `scripts/get_maintainer.pl` prints them, one a line:
 *
 *     Andrew Lunn <andrew@lunn.ch> (maintainer:ETHERNET PHY LIBRARY)
 *     netdev@vger.kernel.org (open list:ETHERNET PHY LIBRARY)
 *     linux-kernel@vger.kernel.org (open list)
 *
 * so `git send-email --cc-cmd` can call us instead. The steps are get_maintainer.pl's (`get_maintainers`,
 * `add_categories`, `push_email_address`, `deduplicate_email`, `merge_email`):
 * - sections are visited path by path in section-order.ts's order, then once per matching K: line;
 * - a visit adds the section's M: (role from its last S:, e.g. `supporter:NAME`), R: (`reviewer:NAME`) and
 *   L: lines in file order; a person is added once (by name or address, without case), a list once (by
 *   address); `subscribers-only` lists are left out unless `--s`; THE REST's lists read `open list` with no section name;
 *   a section name over 50 characters is cut to 47 and `...`; keyword visits add `:Keyword:REGEX` to roles;
 * - everyone is passed through the mailmap and deduplicated again by name, then address;
 * - for each path git-fallback.ts picks, the last year's signers, authors and their lines (file-history.ts);
 * - Linus Torvalds (THE REST's M:) is dropped, as get_maintainer.pl drops its "chief penguins" (with
 *   `--git-chief-penguins`, he is added as `chief penguin` instead);
 * - `(in file)` people of `.yaml` files come next (file-emails.ts), then the signers of a patch's `Fixes:`
 *   commits as `blamed_fixes` (signatures.ts, vcs-assign.ts);
 * - people first, then lists, each address once.
 */
import type { KeywordPattern, Subsystem } from '../model.js';
import type { SubsystemIndex } from '../matcher/types.js';
import { formatEmail, parseEmail, splitAddresses } from './email.js';
import { emailsInFile, readsEmailsFrom } from './file-emails.js';
import type { SignatureRules } from './signatures.js';
import { fileSignoffs } from './file-history.js';
import { mailmapEmail, type Mailmap } from './mailmap.js';
import { getMaintainerOutput, type GetMaintainerOutput } from './output-options.js';
import { orderKeywordVisits, sectionsForPath } from './section-order.js';
import { tallyOf, vcsAssign } from './vcs-assign.js';

/** One K: line that matched the patch. */
export interface KeywordVisit {
  subsystem: number;
  keyword: KeywordPattern;
  /** The K: line's index among the file's kept lines (section-order.ts's typevalueIndexes). */
  index: number;
}

export interface GetMaintainerInput {
  subsystems: readonly Subsystem[];
  index: SubsystemIndex;
  /** The paths, in get_maintainer.pl's order (as given for files, sorted for a patch). */
  paths: readonly string[];
  keywords: readonly KeywordVisit[];
  /** The tree's `.mailmap`. Optional; defaults to none (get_maintainer.pl outside a tree). */
  mailmap?: Mailmap;
  /** The text of a `.yaml` path in the tree, for its `(in file)` people; undefined when unreadable. Optional. */
  readFile?: (path: string) => string | undefined;
  /** What is printed (`--nom`, `--nor`, `--nol`, `--norolestats`, …). Optional; defaults to get_maintainer.pl's. */
  output?: GetMaintainerOutput;
  /**
   * For each commit the patch's `Fixes:` lines name, in that order, its signers as signersInMessage reads them.
   * Optional; defaults to none (no `Fixes:`, `--nofixes`, or no git history to read them from).
   */
  fixes?: readonly (readonly string[])[];
  /**
   * For the paths the git fallback asks about (git-fallback.ts), git's answer as signatures.ts's gitOutputLines
   * reads it. Optional; defaults to none (`--nogit-fallback`, or no git history).
   */
  histories?: ReadonlyMap<string, readonly string[]>;
  /** The tree's `.get_maintainer.ignore` addresses (signatures.ts's ignoredAddresses). Optional; none. */
  ignored?: readonly string[];
}

/** get_maintainer.pl's `$output_section_maxlen`. */
const SECTION_NAME_MAX = 50;
/** Its `@penguin_chief`: removed from the output unless `--git-chief-penguins`, which adds him instead. */
const CHIEF_PENGUIN = { name: 'Linus Torvalds', address: 'torvalds@linux-foundation.org' };
/** `get_maintainer_role`: the S: value, lower-cased, as a role. */
const STATUS_ROLES: Readonly<Record<string, string>> = {
  supported: 'supporter',
  maintained: 'maintainer',
  'odd fixes': 'odd fixer',
  orphan: 'orphan minder',
  obsolete: 'obsolete minder',
  'buried alive in reporters': 'chief penguin',
};

/** An output entry: the address as printed and its roles. */
type Entry = [address: string, role: string];

/**
 * What get_maintainer.pl prints, block by block: the people and lists, then what `--scm`, `--status`,
 * `--subsystem`, `--web` and `--bug` ask for (the T:, S:, W: and B: values and the names of the sections visited,
 * each once, in the order visited, with a keyword visit's `:Keyword:REGEX`).
 */
export interface GetMaintainerBlocks {
  people: string[];
  scm: string[];
  status: string[];
  subsystem: string[];
  web: string[];
  bug: string[];
}

/**
 * Every block get_maintainer.pl can print for the input (GetMaintainerBlocks), lines without their newlines; which
 * are printed is the caller's (output-options.ts's printedBlocks).
 *
 * @example renderGetMaintainer({ subsystems, index, paths: ['drivers/net/phy/ax88796b_rust.rs'], keywords: [] }).people
 *   // → ['FUJITA Tomonori <fujita.tomonori@gmail.com> (reviewer:ASIX PHY DRIVER [RUST])', …, 'linux-kernel@vger.kernel.org (open list)']
 */
export function renderGetMaintainer(input: GetMaintainerInput): GetMaintainerBlocks {
  const output = input.output ?? getMaintainerOutput([]);
  let emailTo: Entry[] = [];
  const listTo: Entry[] = [];
  const namesUsed = new Set<string>();
  const addressesUsed = new Set<string>();
  const listsUsed = new Set<string>();
  /** `push_email_address`: a person not added yet (unless `--noremove-duplicates`), as `--n`/`--non` prints them. */
  const pushEmail = (line: string, role: string): void => {
    const { name, address } = parseEmail(line);
    if (address === '') return;
    const entry: Entry = [formatEmail(name, address, output.names), role];
    if (!output.removeDuplicates) {
      emailTo.push(entry);
      return;
    }
    if ((name !== '' && namesUsed.has(name.toLowerCase())) || addressesUsed.has(address.toLowerCase())) return;
    emailTo.push(entry);
    if (name !== '') namesUsed.add(name.toLowerCase());
    addressesUsed.add(address.toLowerCase());
  };
  const addRole = (email: string, role: string) => addRoleTo(emailTo, email, role, output);
  const facts: Omit<GetMaintainerBlocks, 'people'> = { scm: [], status: [], subsystem: [], web: [], bug: [] };
  const visit = (subsystem: Subsystem, suffix: string): void => {
    const name = sectionName(subsystem.name);
    // `add_categories`: the section's name, and its T:, S:, W:, B: values, whatever is printed in the end.
    facts.subsystem.push(subsystem.name);
    for (const [tag, into] of [
      ['T', facts.scm],
      ['S', facts.status],
      ['W', facts.web],
      ['B', facts.bug],
    ] as const) {
      for (const value of subsystem.tags[tag] ?? []) into.push(`${value}${suffix}`);
    }
    for (const list of subsystem.tags.L ?? []) {
      const split = /(\S+)\s+(.*)$/.exec(list);
      const address = split === null ? list : split[1];
      const additional = split === null ? '' : split[2];
      const subscribersOnly = additional.includes('subscribers-only');
      const kind = subscribersOnly
        ? 'subscriber list'
        : additional.includes('moderated')
          ? 'moderated list'
          : 'open list';
      // `--s` adds the subscribers-only lists to the others (`--nomoderated` leaves out the moderated ones); `--nol`
      // prints none of them.
      const wanted =
        output.lists && (subscribersOnly ? output.subscriberLists : kind === 'open list' || output.moderatedLists);
      if (!wanted || listsUsed.has(address.toLowerCase())) continue;
      listsUsed.add(address.toLowerCase());
      listTo.push([address, `${kind}${name === 'THE REST' ? '' : `:${name}`}${suffix}`]);
    }
    const status = roleOf(subsystem);
    for (const person of peopleInFileOrder(subsystem)) {
      if (!(person.reviewer ? output.reviewers : output.maintainers)) continue;
      const role = person.reviewer ? `reviewer:${name}` : `${status}:${name}`;
      for (const address of splitAddresses(person.value)) pushEmail(address, `${role}${suffix}`);
    }
  };

  const fileEmails: string[] = [];
  for (const path of input.paths) {
    for (const { subsystem } of sectionsForPath(input.index, path, output.patternDepth)) {
      visit(input.subsystems[subsystem], '');
    }
    if (input.readFile !== undefined && readsEmailsFrom(path, output.fileEmails)) {
      const text = input.readFile(path);
      if (text !== undefined) fileEmails.push(...emailsInFile(text, output.names));
    }
  }
  for (const { subsystem, keyword } of output.keywords ? orderKeywordVisits(input.keywords) : []) {
    visit(input.subsystems[subsystem], `:Keyword:${keyword.text}`);
  }

  const deduplicate = deduplicator(input.mailmap, output.removeDuplicates);
  const rules: SignatureRules = { allTypes: output.allSignatureTypes, chiefPenguins: output.chiefPenguins };
  const mailmap = (email: string) => mailmapEmail(input.mailmap, email);
  /** `vcs_assign`: each person it keeps is added (if new) and given the role. */
  const assign = (role: string, divisor: number, tally: ReadonlyMap<string, number>) => {
    for (const assigned of vcsAssign(role, divisor, tally, {
      ignored: input.ignored ?? [],
      rolestats: output.rolestats,
      limits: output.gitLimits,
    })) {
      pushEmail(assigned.email, '');
      addRole(assigned.email, assigned.role);
    }
  };
  for (const entry of [...emailTo, ...listTo]) entry[0] = deduplicate(entry[0]);

  // `vcs_file_signoffs`, path by path (a path given twice is asked twice, as there); none with `--noemail`.
  for (const path of (output.git || output.gitFallback) && output.email ? input.paths : []) {
    const lines = input.histories?.get(path);
    if (lines === undefined) continue;
    for (const { role, divisor, tally } of fileSignoffs(lines, path, deduplicate, mailmap, rules))
      assign(role, divisor, tally);
  }
  if (output.email) {
    const chief = formatEmail(CHIEF_PENGUIN.name, CHIEF_PENGUIN.address, output.names);
    // Added as he is, or every entry his address (as a regex, as there) matches removed.
    if (output.chiefPenguins) emailTo.push([chief, 'chief penguin']);
    else {
      const his = perlPattern(chief);
      emailTo = emailTo.filter(([address]) => !his.test(address));
    }

    for (const email of [...new Set(fileEmails)]) {
      const { name, address } = parseEmail(mailmap(email));
      const formatted = formatEmail(name, address, output.names);
      pushEmail(formatted, '');
      addRole(formatted, 'in file');
    }
  }

  // `vcs_add_commit_signers(commit, "blamed_fixes")`: each signer deduplicated (twice there, as here), mailmapped.
  for (const signers of output.fixes && output.email ? (input.fixes ?? []) : []) {
    assign('blamed_fixes', 1, tallyOf(signers.map((signer) => mailmap(deduplicate(deduplicate(signer))))));
  }

  const printed = new Set<string>();
  const lines: string[] = [];
  // `--noemail`: only the lists (which `--nol` leaves out too).
  for (const [address, role] of output.email ? [...emailTo, ...listTo] : listTo) {
    if (printed.has(address)) continue;
    printed.add(address);
    // `merge_email`: with roles off, the address alone (still printed once).
    lines.push(output.roles ? `${address} (${role})` : address);
  }
  const unique = (values: readonly string[]) => [...new Set(values)];
  return {
    people: lines,
    scm: unique(facts.scm),
    status: unique(facts.status),
    subsystem: unique(facts.subsystem),
    web: unique(facts.web),
    bug: unique(facts.bug),
  };
}

/** `get_subsystem_name`: names over 50 characters are cut to 47, trailing blanks dropped, and `...` added. */
function sectionName(name: string): string {
  if (name.length <= SECTION_NAME_MAX) return name;
  return `${name.slice(0, SECTION_NAME_MAX - 3).replace(/\s*$/, '')}...`;
}

/** `get_maintainer_role`: from the section's last S: line; `unknown` without one. */
function roleOf(subsystem: Subsystem): string {
  const statuses = subsystem.tags.S ?? [];
  const status = (statuses[statuses.length - 1] ?? 'unknown').toLowerCase();
  return STATUS_ROLES[status] ?? status;
}

/** M: and R: values in the order the section lists them (get_maintainer.pl adds people in file order). */
function peopleInFileOrder(subsystem: Subsystem): { value: string; reviewer: boolean }[] {
  const people = [
    ...subsystem.maintainers.map((person) => ({ person, reviewer: false })),
    ...subsystem.reviewers.map((person) => ({ person, reviewer: true })),
  ];
  // People added by maintainers.yml (`extends: imported`) have no MAINTAINERS line and no e-mail: skip them.
  const listed = people.filter(({ person }) => person.origin !== undefined && person.email !== undefined);
  listed.sort((a, b) => a.person.origin!.line - b.person.origin!.line);
  return listed.map(({ person, reviewer }) => ({ value: person.display, reviewer }));
}

/**
 * `deduplicate_email`: through the mailmap, then (unless `--noremove-duplicates`) to the first name-and-address
 * seen with the same name (or, failing that, the same address), compared without case.
 */
function deduplicator(mailmap: Mailmap | undefined, removeDuplicates: boolean): (email: string) => string {
  const byName = new Map<string, [string, string]>();
  const byAddress = new Map<string, [string, string]>();
  return (email) => {
    const parsed = parseEmail(email);
    const mapped = mailmapEmail(mailmap, formatEmail(parsed.name, parsed.address));
    if (!removeDuplicates) return mapped;
    let { name, address } = parseEmail(mapped);
    const known = (name !== '' ? byName.get(name.toLowerCase()) : undefined) ?? byAddress.get(address.toLowerCase());
    if (known !== undefined) {
      [name, address] = known;
    } else {
      byName.set(name.toLowerCase(), [name, address]);
      byAddress.set(address.toLowerCase(), [name, address]);
    }
    return mailmapEmail(mailmap, formatEmail(name, address));
  };
}

/**
 * `add_role`: appends `role` to every entry with the same name or the same address (compared exactly) that
 * does not have it yet. A name-less address matches every name-less entry (with `--non`, every entry):
 * get_maintainer.pl does the same. With `--noremove-duplicates`, only to the entries printed as `email` is.
 */
function addRoleTo(
  entries: Entry[],
  email: string,
  role: string,
  output: Pick<GetMaintainerOutput, 'names' | 'removeDuplicates'>,
): void {
  const { name, address } = parseEmail(email);
  const printedAs = formatEmail(name, address, output.names);
  for (const entry of entries) {
    const other = parseEmail(entry[0]);
    const same = output.removeDuplicates ? name === other.name || address === other.address : entry[0] === printedAs;
    if (same && !entry[1].includes(role)) {
      entry[1] = entry[1] === '' ? role : `${entry[1]},${role}`;
    }
  }
}

/**
 * A text as get_maintainer.pl interpolates it into a regex: `.` is any character, and only the characters that
 * are plain in both languages (letters, digits, blanks, `@<>-_`) are kept as they are; anything else is escaped.
 */
function perlPattern(text: string): RegExp {
  return new RegExp(text.replace(/[^A-Za-z0-9 @<>_.-]/g, '\\$&'));
}
