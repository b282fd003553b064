/**
 * One Policy from its sources: a validated maintainers.yml, the MAINTAINERS file it imports, or a
 * MAINTAINERS file on its own. Pure: the caller reads the files (importPath says which).
 */
import { didYouMean, sourceError, type Parsed, type SourceError } from '../errors.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { DEFAULT_STATUS_LABELS, type Origin, type Person, type Policy, type Subsystem } from '../model.js';
import { DEFAULT_RUST_REVIEW } from '../model.js';
import { adoptSections } from './adopt-sections.js';
import { DEFAULT_RUST_FILES, type PolicyDocument, type SubsystemEntry } from './policy-document.js';
import { formatOrigin } from './policy-values.js';

/** A MAINTAINERS file's text and its path as errors should name it. */
export interface ImportedFile {
  text: string;
  file: string;
}

/**
 * The MAINTAINERS file a policy imports, relative to the repository root, or null when it imports none.
 * The edge reads it (at the base commit, in the action) and passes it to assemblePolicy.
 *
 * @example importPath(validateConfig('version: 1\nimport: {path: MAINTAINERS}\n', 'maintainers.yml').value!) // → 'MAINTAINERS'
 */
export function importPath(doc: PolicyDocument): string | null {
  return doc.import?.path ?? null;
}

/**
 * Merges the imported MAINTAINERS sections and `subsystems:` into one list, imported sections first.
 * A name in both is an error unless the `subsystems:` entry says `extends: imported`, which adds its
 * stance, labels and GitHub people to the section.
 *
 * @example assemblePolicy(doc, { text: readFileSync('MAINTAINERS', 'utf8'), file: 'MAINTAINERS' })
 */
export function assemblePolicy(doc: PolicyDocument, imported?: ImportedFile): Parsed<Policy> {
  const errors: SourceError[] = [];
  const warnings: SourceError[] = [];
  const report = (origin: Origin, code: SourceError['code'], message: string) =>
    errors.push(sourceError(code, message, origin.file, origin.line, origin.col));

  let sections: Subsystem[] = [];
  let notOnGitHub: string[] = [];
  if (doc.import && !imported) {
    report(doc.import.origin, 'FILE_NOT_FOUND', `import.path: '${doc.import.path}' was not read`);
  } else if (doc.import && imported) {
    const parsed = parseKernelMaintainers(imported.text, imported.file);
    const adopted = adoptSections(parsed.value, doc.import);
    errors.push(...parsed.errors, ...adopted.errors);
    warnings.push(...parsed.warnings, ...adopted.warnings);
    sections = adopted.value.subsystems;
    notOnGitHub = adopted.value.notOnGitHub;
  }

  const byName = new Map(sections.map((section, index) => [section.name, index]));
  const own: Subsystem[] = [];
  for (const entry of doc.subsystems) {
    const { name, origin } = entry.subsystem;
    const index = byName.get(name);
    if (!entry.extendsImported && index === undefined) {
      own.push(entry.subsystem);
    } else if (!entry.extendsImported) {
      const where = formatOrigin(sections[index!].origin);
      const message = `subsystem '${name}' is also defined at ${where}; add 'extends: imported' to add to it`;
      report(origin, 'DUPLICATE_SUBSYSTEM', message);
    } else if (index !== undefined) {
      sections[index] = extendSection(sections[index], entry, doc, report);
    } else if (!doc.import) {
      report(entry.extendsImported, 'UNKNOWN_SUBSYSTEM', "'extends: imported' needs an 'import:' to extend");
    } else if (imported) {
      // Without the imported text every section is unknown; the missing import was reported once above.
      report(origin, 'UNKNOWN_SUBSYSTEM', unknownSection(name, doc.import.path, [...byName.keys()]));
    }
  }

  const policy: Policy = {
    version: 1,
    rustFiles: doc.rustFiles,
    rustReview: doc.rustReview,
    defaultStance: doc.defaultStance,
    stanceResolution: doc.stanceResolution,
    labels: { ...doc.labels },
    subsystems: [...sections, ...own],
    sources: doc.import ? [doc.file, doc.import.path] : [doc.file],
    notOnGitHub,
  };
  return { value: policy, errors, warnings };
}

/**
 * A MAINTAINERS file used alone (docs/POLICY.md, "MAINTAINERS on its own"): the section `RUST` is the Rust tree (core), `[RUST]` sections
 * opt in, every other section is left to `default-stance: undecided`. Nobody is mapped to GitHub.
 *
 * @example policyFromKernel(text, 'MAINTAINERS').value.subsystems.find((s) => s.name === 'RUST')?.stance // → 'core'
 */
export function policyFromKernel(text: string, file: string): Parsed<Policy> {
  return policyFromKernelSections(parseKernelMaintainers(text, file), file);
}

/**
 * policyFromKernel over sections already parsed: the whole file, or only the sections a change reaches
 * (maintainers/sections-reaching.ts).
 */
export function policyFromKernelSections(parsed: Parsed<Subsystem[]>, file: string): Parsed<Policy> {
  const adopted = adoptSections(parsed.value, { people: [], stances: [], rustTree: true });
  const policy: Policy = {
    version: 1,
    rustFiles: [{ text: DEFAULT_RUST_FILES, dialect: 'glob', origin: { file, line: 1, col: 1 } }],
    rustReview: { ...DEFAULT_RUST_REVIEW, checks: { ...DEFAULT_RUST_REVIEW.checks } },
    defaultStance: 'undecided',
    stanceResolution: 'most-specific',
    labels: { ...DEFAULT_STATUS_LABELS },
    subsystems: adopted.value.subsystems,
    sources: [file],
    notOnGitHub: adopted.value.notOnGitHub,
  };
  return {
    value: policy,
    errors: [...parsed.errors, ...adopted.errors],
    warnings: [...parsed.warnings, ...adopted.warnings],
  };
}

function unknownSection(name: string, file: string, sections: string[]): string {
  const suggestion = didYouMean(name, sections);
  const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
  return `'${name}' extends no section: ${file} has no section '${name}'${hint}`;
}

/** An `extends: imported` entry's additions; a stance given both here and in import.stances must agree. */
function extendSection(
  section: Subsystem,
  entry: SubsystemEntry,
  doc: PolicyDocument,
  report: (origin: Origin, code: SourceError['code'], message: string) => void,
): Subsystem {
  const { stance, labels, maintainers, reviewers, origin, name } = entry.subsystem;
  const override = doc.import?.stances.find((s) => s.section === name);
  if (stance && override && override.stance !== stance) {
    // Two stances for one section is a definition given twice, whichever was meant: name both places.
    report(
      origin,
      'DUPLICATE_SUBSYSTEM',
      `'${name}' is given stance '${stance}' here but '${override.stance}' at ${formatOrigin(override.origin)}`,
    );
  }
  return {
    ...section,
    ...(stance && { stance, stanceSource: 'policy' as const }),
    maintainers: addPeople(section.maintainers, maintainers),
    reviewers: addPeople(section.reviewers, reviewers),
    labels: [...new Set([...section.labels, ...labels])],
  };
}

function addPeople(people: readonly Person[], added: readonly Person[]): Person[] {
  const handles = new Set(people.map((person) => person.handle));
  return [...people, ...added.filter((person) => !handles.has(person.handle))];
}
