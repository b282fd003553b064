/**
 * MAINTAINERS sections → policy subsystems: people mapped to GitHub handles, stances given by
 * `import.stances`, the `[RUST]` naming rule, or (for a MAINTAINERS used alone) the kernel's defaults.
 * Internal to src/config, subject to change.
 */
import { didYouMean, sourceError, type Parsed, type SourceError } from '../errors.js';
import type { Person, Subsystem } from '../model.js';
import type { PersonMapping, StanceOverride } from './policy-document.js';

/** How the kernel marks a section for a Rust driver or abstraction its maintainers took (three in 6.12). */
const RUST_TAG = '[RUST]';

/** The kernel's Rust tree: core when a MAINTAINERS file is used alone (docs/POLICY.md, "MAINTAINERS on its own"). */
const RUST_TREE_SECTION = 'RUST';

/** Unused `import.people` entries that get a "did you mean"; the rest are listed without one. */
const MAX_EMAIL_SUGGESTIONS = 50;

/** What to apply to the sections: `import:` of maintainers.yml, or nothing for a lone MAINTAINERS. */
export interface AdoptOptions {
  people: readonly PersonMapping[];
  stances: readonly StanceOverride[];
  /** The MAINTAINERS file as `import.path` names it, for messages. Defaults to "MAINTAINERS". */
  path?: string;
  /** Give the section named `RUST` the stance core (a MAINTAINERS used on its own). Defaults to false. */
  rustTree?: boolean;
}

/** The sections as policy subsystems, and who among their people has no GitHub handle. */
export interface AdoptedSections {
  subsystems: Subsystem[];
  /** `Name <email>` of each person no `import.people` entry maps, once each, in file order. */
  notOnGitHub: string[];
}

/**
 * Maps every imported person through `people` (e-mails compared without case, as MAINTAINERS spells
 * them inconsistently) and gives each section its stance. The sections are copied, never mutated.
 *
 * @example adoptSections(sections, { people: [{ email: 'ojeda@kernel.org', handle: 'ojeda', origin }], stances: [] })
 */
export function adoptSections(sections: readonly Subsystem[], options: AdoptOptions): Parsed<AdoptedSections> {
  const errors: SourceError[] = [];
  const warnings: SourceError[] = [];
  const handles = new Map(options.people.map((mapping) => [mapping.email.toLowerCase(), mapping]));
  const used = new Set<PersonMapping>();
  const notOnGitHub = new Set<string>();
  const adopt = (person: Person): Person => {
    const mapping = person.email === undefined ? undefined : handles.get(person.email.toLowerCase());
    if (mapping === undefined) {
      if (person.handle === null) notOnGitHub.add(person.display);
      return { ...person };
    }
    used.add(mapping);
    return { ...person, handle: mapping.handle };
  };

  const subsystems = sections.map((section): Subsystem => {
    const subsystem: Subsystem = {
      ...section,
      maintainers: section.maintainers.map(adopt),
      reviewers: section.reviewers.map(adopt),
    };
    if (options.rustTree && section.name === RUST_TREE_SECTION) {
      return { ...subsystem, stance: 'core', stanceSource: 'kernel-default' };
    }
    if (section.name.includes(RUST_TAG)) return { ...subsystem, stance: 'opt-in', stanceSource: 'rust-tag' };
    return subsystem;
  });

  const byName = new Map(subsystems.map((subsystem, index) => [subsystem.name, index]));
  for (const { section, stance, origin } of options.stances) {
    const index = byName.get(section);
    if (index === undefined) {
      const suggestion = didYouMean(section, [...byName.keys()]);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
      const message = `import.stances: ${options.path ?? 'MAINTAINERS'} has no section '${section}'${hint}`;
      errors.push(sourceError('UNKNOWN_SUBSYSTEM', message, origin.file, origin.line, origin.col));
      continue;
    }
    subsystems[index] = { ...subsystems[index], stance, stanceSource: 'import-stances' };
  }

  const emails = [
    ...new Set(sections.flatMap((s) => [...s.maintainers, ...s.reviewers]).flatMap((p) => p.email ?? [])),
  ];
  let suggestions = 0;
  for (const mapping of options.people) {
    if (used.has(mapping)) continue;
    // A mapping nobody uses is most often a misspelt e-mail: the person it meant stays "not on GitHub".
    // A people file shared across trees may hold thousands of unused ones, so only the first few get a
    // suggestion (each is a scan of every e-mail in MAINTAINERS).
    const suggestion = suggestions++ < MAX_EMAIL_SUGGESTIONS ? didYouMean(mapping.email, emails) : undefined;
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
    const { file, line, col } = mapping.origin;
    warnings.push(
      sourceError('BAD_PERSON', `import.people: no section lists '${mapping.email}'${hint}`, file, line, col),
    );
  }
  return { value: { subsystems, notOnGitHub: [...notOnGitHub] }, errors, warnings };
}
