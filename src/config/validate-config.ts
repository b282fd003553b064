/**
 * maintainers.yml text → PolicyDocument, with every problem as `file:line:col: message`. Pure: the caller
 * reads the file (local/read-config-file.ts in the CLI, the contents API in the action).
 */
import { LineCounter, isScalar, parseDocument, type YAMLError } from 'yaml';
import { sourceError, type Parsed, type SourceError } from '../errors.js';
import { DEFAULT_STATUS_LABELS, type Origin, type StatusLabels, type Stance } from '../model.js';
import {
  CONFIG_KEYS,
  DEFAULT_RUST_FILES,
  STANCE_RESOLUTIONS,
  type ImportSpec,
  type PersonMapping,
  type PolicyDocument,
  type StanceOverride,
  type StanceResolution,
} from './policy-document.js';
import { CHECK_IDS, CHECK_LEVELS, DEFAULT_RUST_REVIEW, type CheckId, type RustReviewPolicy } from '../model.js';
import { checkLabel, formatOrigin, readChoice, readHandle, readPatterns, readStance } from './policy-values.js';
import { readSubsystems } from './read-subsystems.js';
import { AliasExpansionLimit, YamlReader, type Field } from './yaml-reader.js';

/** Options of validateConfig. */
export interface ValidateOptions {
  /**
   * Whether `import.path` may leave the folder of maintainers.yml (`../linux/MAINTAINERS`, an absolute path).
   * The command line reads it from disk, relative to that folder; the action reads it from the repository at
   * the base commit, where it must stay inside. Optional; defaults to false.
   */
  importOutsideRepository?: boolean;
}

/**
 * Validates a maintainers.yml. `value` is null when there is any error; all errors are collected, in
 * document order.
 *
 * @example validateConfig('version: 1\ndefault-stance: opt-inn\n', 'maintainers.yml').errors[0]
 *   // → maintainers.yml:2:17: unknown stance 'opt-inn' (did you mean 'opt-in'?)
 */
export function validateConfig(
  text: string,
  file: string,
  options: ValidateOptions = {},
): Parsed<PolicyDocument | null> {
  const lineCounter = new LineCounter();
  // prettyErrors off: its multi-line messages with a caret are for terminals; we report file:line:col.
  const yaml = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toSourceError = (error: YAMLError) => yamlProblem(error, text, file, lineCounter);
  const warnings = yaml.warnings.map(toSourceError);
  if (yaml.errors.length > 0) return { value: null, errors: yaml.errors.map(toSourceError), warnings };
  const r = new YamlReader(file, lineCounter, yaml.contents, text.length);
  let value: PolicyDocument | null = null;
  try {
    value = readDocument(r, yaml.contents, options);
  } catch (error) {
    if (!(error instanceof AliasExpansionLimit)) throw error;
  }
  const byPosition = (a: SourceError, b: SourceError) => a.line - b.line || a.col - b.col;
  const errors = r.errors.sort(byPosition);
  return { value: errors.length > 0 ? null : value, errors, warnings: [...warnings, ...r.warnings].sort(byPosition) };
}

/** yaml's first message line, made to name the offending text where yaml's own wording does not. */
function yamlProblem(error: YAMLError, text: string, file: string, lineCounter: LineCounter): SourceError {
  const [start] = error.pos;
  const { line, col } = lineCounter.linePos(Math.max(0, start));
  let message = error.message.split('\n')[0];
  if (error.code === 'DUPLICATE_KEY') message = `duplicate key '${keyAt(text, start)}'`;
  if (error.code === 'MULTIPLE_DOCS') message = "a policy is a single YAML document: remove the second '---'";
  return sourceError('YAML_SYNTAX', message, file, line, col);
}

/** The key written at `offset`: up to the `:` that ends it (yaml's error range covers one character). */
function keyAt(text: string, offset: number): string {
  const newline = text.indexOf('\n', offset);
  const line = text.slice(offset, newline === -1 ? text.length : newline);
  return /^(.*?)\s*:(?:\s|$)/.exec(line)?.[1] ?? line.trim();
}

function readDocument(r: YamlReader, root: unknown, options: ValidateOptions): PolicyDocument {
  const start = r.origin(root);
  const node = r.resolve(root);
  const empty = r.isAbsent(node);
  if (empty) r.error('MISSING_KEY', "empty policy: expected a mapping that starts with 'version: 1'", start);
  const fields = empty ? undefined : r.fields(node, '', CONFIG_KEYS.top);
  const field = (key: string) => fields?.get(key);

  const version = field('version');
  const versionNode = version && r.resolve(version.value);
  if (!version && fields) r.error('MISSING_KEY', "missing 'version: 1' (the policy format's version)", start);
  if (version && !(isScalar(versionNode) && versionNode.value === 1)) {
    // A quoted "1" is shown quoted, so the message does not read "version 1: … reads version 1".
    const written = isScalar(versionNode) ? versionNode.value : undefined;
    const shown =
      typeof written === 'string' ? JSON.stringify(written) : isScalar(versionNode) ? String(written) : 'a collection';
    r.error(
      'BAD_VERSION',
      `unsupported version ${shown}: this rust-patch-router reads version 1`,
      r.origin(versionNode, version.origin),
    );
  }

  const rust = field('rust') && r.fields(field('rust')!.value, 'rust', CONFIG_KEYS.rust);
  const rustFilesField = rust?.get('files');
  const rustFiles = rustFilesField
    ? readPatterns(r, rustFilesField.value, 'rust.files', rustFilesField.origin, 'glob')
    : [{ text: DEFAULT_RUST_FILES, dialect: 'glob' as const, origin: start }];
  if (rustFilesField && rustFiles.length === 0) {
    r.warn('MISSING_KEY', 'rust.files is empty: no change will count as Rust', rustFilesField.origin);
  }

  return {
    file: r.file,
    version: 1,
    rustFiles,
    rustReview: readRustReview(r, rust),
    defaultStance: readDefaultStance(r, field('default-stance')),
    stanceResolution: readStanceResolution(r, field('stance-resolution')),
    labels: readStatusLabels(r, field('labels')),
    ...(field('import') && readImport(r, field('import')!, options)),
    subsystems: readSubsystems(r, field('subsystems')?.value),
  };
}

/** `rust.checks` and the files the checks and interface routing read; a key not given keeps its default. */
function readRustReview(r: YamlReader, rust: Map<string, Field> | undefined): RustReviewPolicy {
  const review: RustReviewPolicy = {
    ...DEFAULT_RUST_REVIEW,
    checks: { ...DEFAULT_RUST_REVIEW.checks },
  };
  const checks = rust?.get('checks');
  const checkFields = checks && r.fields(checks.value, 'rust.checks', CHECK_IDS);
  for (const [key, { value, origin }] of checkFields ?? []) {
    const level = readChoice(r, value, `rust.checks.${key} level`, CHECK_LEVELS, 'WRONG_TYPE', origin);
    if (level) review.checks[key as CheckId] = level;
  }
  const files = (key: string): string[] | undefined => {
    const field = rust?.get(key);
    return field && r.strings(field.value, `rust.${key}`, field.origin).map((item) => item.text);
  };
  review.featuresFiles = files('features-files') ?? review.featuresFiles;
  review.toolchainFiles = files('toolchain-files') ?? review.toolchainFiles;
  review.interfaceFiles = files('interface-files') ?? review.interfaceFiles;
  return review;
}

/** `default-stance` applies to subsystems that state none, and none of those is the Rust tree. */
function readDefaultStance(r: YamlReader, field: Field | undefined): Stance {
  if (!field) return 'undecided';
  const stance = readStance(r, field.value, field.origin);
  if (stance !== 'core') return stance ?? 'undecided';
  const at = r.origin(r.resolve(field.value), field.origin);
  r.error('UNKNOWN_STANCE', "default-stance cannot be 'core': give 'rust: core' to the Rust tree's subsystem", at);
  return 'undecided';
}

/** `stance-resolution`: how owners' stances combine; most-specific unless the policy says strictest. */
function readStanceResolution(r: YamlReader, field: Field | undefined): StanceResolution {
  const choice = field && readChoice(r, field.value, 'stance-resolution', STANCE_RESOLUTIONS, 'WRONG_TYPE');
  return choice ?? 'most-specific';
}

/** `labels:`: each status label renamed, or disabled with null; the ones not given keep their defaults. */
function readStatusLabels(r: YamlReader, field: Field | undefined): StatusLabels {
  const labels = { ...DEFAULT_STATUS_LABELS };
  const fields = field && r.fields(field.value, 'labels', CONFIG_KEYS.labels);
  for (const [key, { value, origin }] of fields ?? []) {
    const name = key as keyof StatusLabels;
    if (r.isAbsent(r.resolve(value))) {
      labels[name] = null;
      continue;
    }
    const label = r.string(value, `labels.${key}`, origin);
    if (label && checkLabel(r, label)) labels[name] = label.text;
  }
  return labels;
}

function readImport(r: YamlReader, field: Field, options: ValidateOptions): { import: ImportSpec } | undefined {
  const fields = r.fields(field.value, 'import', CONFIG_KEYS.import);
  if (!fields) return undefined;
  const pathField = fields.get('path');
  if (!pathField) {
    r.error(
      'MISSING_KEY',
      "import: missing 'path' (the MAINTAINERS file, relative to the repository root)",
      field.origin,
    );
    return undefined;
  }
  const path = r.string(pathField.value, 'import.path', pathField.origin);
  if (!path) return undefined;
  const normalized = path.text.replace(/^(\.\/)+/, '');
  const outside = normalized.startsWith('/') || normalized.split('/').includes('..');
  if (outside && !options.importOutsideRepository) {
    r.error('BAD_PATH', `import.path '${path.text}' must stay inside the repository (relative, no '..')`, path.origin);
    return undefined;
  }
  const people = fields.has('people') ? readPeopleMap(r, fields.get('people')!) : [];
  const stances: StanceOverride[] = [];
  for (const entry of r.entries(fields.get('stances')?.value, 'import.stances') ?? []) {
    const stance = readStance(r, entry.value, entry.origin);
    if (stance) stances.push({ section: entry.key, stance, origin: entry.origin });
  }
  return { import: { path: normalized, origin: path.origin, people, stances } };
}

/** `import.people`: e-mail → login or org/team. MAINTAINERS e-mails vary in case, so keys compare without it. */
function readPeopleMap(r: YamlReader, field: Field): PersonMapping[] {
  const mappings: PersonMapping[] = [];
  const seen = new Map<string, Origin>();
  for (const entry of r.entries(field.value, 'import.people') ?? []) {
    if (!entry.key.includes('@')) {
      r.error('BAD_PERSON', `import.people: '${entry.key}' is not an e-mail address (map e-mail: login)`, entry.origin);
      continue;
    }
    const first = seen.get(entry.key.toLowerCase());
    if (first) {
      r.error(
        'BAD_PERSON',
        `import.people: '${entry.key}' is mapped twice, also at ${formatOrigin(first)}`,
        entry.origin,
      );
      continue;
    }
    seen.set(entry.key.toLowerCase(), entry.origin);
    const handle = readHandle(r, entry.value, `import.people '${entry.key}'`, entry.origin);
    if (handle) mappings.push({ email: entry.key, handle, origin: entry.origin });
  }
  return mappings;
}
