/**
 * Readers for the values maintainers.yml is made of (stances, labels, people, patterns), on top of the
 * YAML-level reads of YamlReader. Internal to src/config, subject to change.
 */
import { didYouMean, type ErrorCode } from '../errors.js';
import {
  GITHUB_MAX_LABEL_LENGTH,
  STANCES,
  type KeywordPattern,
  type Origin,
  type PathPattern,
  type Person,
  type Stance,
} from '../model.js';
import { handleProblem } from './github-handle.js';
import type { Located, YamlReader } from './yaml-reader.js';

/** An origin as `file:line:col`, for messages that point at a second place. */
export function formatOrigin(origin: Origin): string {
  return `${origin.file}:${origin.line}:${origin.col}`;
}

/**
 * A string that must be one of `allowed`; a typo gets a suggestion, anything else the list.
 *
 * @example "unknown stance 'opt-inn' (did you mean 'opt-in'?)"
 */
export function readChoice<T extends string>(
  r: YamlReader,
  raw: unknown,
  what: string,
  allowed: readonly T[],
  code: ErrorCode,
  fallback?: Origin,
): T | undefined {
  const value = r.string(raw, what, fallback);
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value.text)) return value.text as T;
  const suggestion = didYouMean(value.text, allowed);
  const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; expected one of: ${allowed.join(', ')}`;
  r.error(code, `unknown ${what} '${value.text}'${hint}`, value.origin);
  return undefined;
}

/** A stance: core | opt-in | opt-out | undecided. */
export function readStance(r: YamlReader, raw: unknown, fallback?: Origin): Stance | undefined {
  return readChoice(r, raw, 'stance', STANCES, 'UNKNOWN_STANCE', fallback);
}

/** Checks a label name against GitHub's limit, which would otherwise fail only when the label is added. */
export function checkLabel(r: YamlReader, label: Located): boolean {
  if (label.text.length <= GITHUB_MAX_LABEL_LENGTH) return true;
  r.error(
    'LABEL_TOO_LONG',
    `label '${label.text}' is ${label.text.length} characters; GitHub allows at most ${GITHUB_MAX_LABEL_LENGTH}`,
    label.origin,
  );
  return false;
}

/** A subsystem's `labels:` list. */
export function readLabels(r: YamlReader, raw: unknown, fallback: Origin): string[] {
  return r
    .strings(raw, 'labels', fallback)
    .filter((label) => checkLabel(r, label))
    .map((label) => label.text);
}

/** A GitHub handle (login or org/team), or undefined when malformed (reported). */
export function readHandle(r: YamlReader, raw: unknown, what: string, fallback?: Origin): string | undefined {
  const value = r.string(raw, what, fallback);
  if (value === undefined) return undefined;
  const problem = handleProblem(value.text);
  if (problem === undefined) return value.text;
  r.error('BAD_PERSON', problem, value.origin);
  return undefined;
}

/** `maintainers:` or `reviewers:`: GitHub logins and org/teams. */
export function readPeople(r: YamlReader, raw: unknown, what: string, fallback: Origin): Person[] {
  const people: Person[] = [];
  for (const value of r.strings(raw, what, fallback)) {
    const problem = handleProblem(value.text);
    if (problem !== undefined) r.error('BAD_PERSON', problem, value.origin);
    else people.push({ handle: value.text, display: value.text });
  }
  return people;
}

/**
 * The dialect of a maintainers.yml path pattern: `**` and `{a,b}` exist only in globs; everything else is
 * read as get_maintainer.pl reads F:, so where the two overlap the kernel's meaning wins (docs/POLICY.md, "Pattern dialects").
 *
 * @example patternDialect('rust/') // → 'kernel'
 * @example patternDialect('**\/Kconfig') // → 'glob'
 */
function patternDialect(text: string): 'kernel' | 'glob' {
  return text.includes('**') || text.includes('{') ? 'glob' : 'kernel';
}

/** `files:` or `exclude:` (dialect by pattern), `names:` (regex), or `rust.files` (always glob). */
export function readPatterns(
  r: YamlReader,
  raw: unknown,
  what: string,
  fallback: Origin,
  dialect: 'path' | 'regex' | 'glob',
): PathPattern[] {
  return r.strings(raw, what, fallback).map(({ text, origin }) => ({
    text,
    dialect: dialect === 'path' ? patternDialect(text) : dialect,
    origin,
  }));
}

/** `keywords:`, K: regular expressions on the PR text and diff. */
export function readKeywords(r: YamlReader, raw: unknown, fallback: Origin): KeywordPattern[] {
  return r.strings(raw, 'keywords', fallback).map(({ text, origin }) => ({ text, origin }));
}
