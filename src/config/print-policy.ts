/**
 * Policy → maintainers.yml text, for `rust-patch-router import MAINTAINERS [--people FILE]`: the imported
 * sections stay in MAINTAINERS and are referenced by `import:`, so the printed file holds only what
 * MAINTAINERS cannot say (GitHub handles, stances, labels).
 */
import { Document } from 'yaml';
import { DEFAULT_RUST_REVIEW, type Person, type Policy, type RustReviewPolicy, type Subsystem } from '../model.js';

/** Options of printPolicyYaml. */
export interface PrintOptions {
  /** E-mail → GitHub login or org/team, printed as `import.people`. Optional; defaults to none. */
  people?: Record<string, string>;
  /**
   * The `import.path` to print, relative to the repository root. Optional; defaults to the MAINTAINERS
   * file the policy was read from (as policyFromKernel or assemblePolicy recorded it in `sources`).
   */
  importPath?: string;
}

const HEADER = [
  ' maintainers.yml for rust-patch-router, printed by `rust-patch-router import`.',
  ' Subsystems, paths and people are read from the MAINTAINERS file named under import.path; this file',
  ' adds what MAINTAINERS cannot say: who is who on GitHub (import.people) and the stance of each',
  ' subsystem on Rust (import.stances: core | opt-in | opt-out | undecided). Sections named "[RUST]" opt',
  ' in unless a stance says otherwise; the rest take default-stance.',
].join('\n');

/**
 * Prints an equivalent maintainers.yml: validating and assembling it (with the same MAINTAINERS) gives the
 * same subsystems, stances, labels and GitHub people.
 *
 * @example printPolicyYaml(policyFromKernel(text, 'MAINTAINERS').value, { people: { 'ojeda@kernel.org': 'ojeda' } })
 *   // → "# maintainers.yml for rust-patch-router …\nversion: 1\n…import:\n  path: MAINTAINERS\n  people:\n    ojeda@kernel.org: ojeda\n  stances:\n    RUST: core\n"
 */
export function printPolicyYaml(policy: Policy, options: PrintOptions = {}): string {
  const { imported, own, kernelFile } = splitBySource(policy);
  const importFile = kernelFile && (options.importPath ?? kernelFile);

  const people: Record<string, string> = { ...options.people };
  const known = new Set(Object.keys(people).map((email) => email.toLowerCase()));
  for (const person of imported.flatMap((s) => [...s.maintainers, ...s.reviewers])) {
    if (person.email === undefined || person.handle === null || known.has(person.email.toLowerCase())) continue;
    known.add(person.email.toLowerCase());
    people[person.email] = person.handle;
  }
  const stances = Object.fromEntries(
    imported.flatMap((s) => (s.stance && s.stanceSource !== 'rust-tag' ? [[s.name, s.stance]] : [])),
  );

  const document = new Document({
    version: 1,
    rust: { files: policy.rustFiles.map((pattern) => pattern.text), ...rustReviewKeys(policy.rustReview) },
    'default-stance': policy.defaultStance,
    'stance-resolution': policy.stanceResolution,
    labels: policy.labels,
    ...(importFile && { import: { path: importFile, people, stances } }),
    subsystems: [...imported.flatMap(extensionEntry), ...own.map(fullEntry)],
  });
  document.commentBefore = HEADER;
  // lineWidth 0: never fold a long section name or regex over two lines.
  return document.toString({ lineWidth: 0 });
}

/**
 * Tells the sections read from MAINTAINERS from the subsystems written in maintainers.yml. assemblePolicy
 * records `[config, import]` as sources and gives the config's subsystems the config's file as origin;
 * policyFromKernel records the MAINTAINERS file alone. A kernel-format file is never named `.yml`, which is
 * what tells a lone MAINTAINERS from a maintainers.yml that imports nothing.
 */
function splitBySource(policy: Policy): { imported: Subsystem[]; own: Subsystem[]; kernelFile?: string } {
  const [first, second] = policy.sources;
  const config = second !== undefined || /\.ya?ml$/i.test(first ?? '') ? first : undefined;
  const kernelFile = second ?? (config === undefined ? first : undefined);
  if (kernelFile === undefined) return { imported: [], own: [...policy.subsystems] };
  const fromConfig = (subsystem: Subsystem) => subsystem.origin.file === config;
  return {
    imported: policy.subsystems.filter((subsystem) => !fromConfig(subsystem)),
    own: policy.subsystems.filter(fromConfig),
    kernelFile,
  };
}

/** What an imported section gained from maintainers.yml beyond a stance: labels and handle-only people. */
function extensionEntry(section: Subsystem): Array<Record<string, unknown>> {
  const added = (people: Person[]) => handles(people.filter((person) => person.email === undefined));
  const entry = compact({
    name: section.name,
    extends: 'imported',
    maintainers: added(section.maintainers),
    reviewers: added(section.reviewers),
    labels: section.labels,
  });
  return Object.keys(entry).length > 2 ? [entry] : [];
}

function fullEntry(subsystem: Subsystem): Record<string, unknown> {
  return compact({
    name: subsystem.name,
    rust: subsystem.stance,
    maintainers: handles(subsystem.maintainers),
    reviewers: handles(subsystem.reviewers),
    files: subsystem.files.map((pattern) => pattern.text),
    exclude: subsystem.exclude.map((pattern) => pattern.text),
    names: subsystem.names.map((pattern) => pattern.text),
    keywords: subsystem.keywords.map((keyword) => keyword.text),
    labels: subsystem.labels,
    status: subsystem.status,
  });
}

/** GitHub handles only: a person without one cannot be written in maintainers.yml. */
function handles(people: readonly Person[]): string[] {
  return people.flatMap((person) => (person.handle === null ? [] : [person.handle]));
}

/** Drops absent values and empty lists, so the printed entry shows only what was said. */
function compact(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

/** The Rust review's keys that differ from their defaults: a printed policy says only what was chosen. */
function rustReviewKeys(review: RustReviewPolicy): Record<string, unknown> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys: Record<string, unknown> = {};
  if (!same(review.checks, DEFAULT_RUST_REVIEW.checks)) keys.checks = review.checks;
  if (!same(review.featuresFiles, DEFAULT_RUST_REVIEW.featuresFiles)) keys['features-files'] = review.featuresFiles;
  if (!same(review.toolchainFiles, DEFAULT_RUST_REVIEW.toolchainFiles)) keys['toolchain-files'] = review.toolchainFiles;
  if (!same(review.interfaceFiles, DEFAULT_RUST_REVIEW.interfaceFiles)) keys['interface-files'] = review.interfaceFiles;
  return keys;
}
