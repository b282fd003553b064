/**
 * Typed, position-aware reads from a parsed YAML document, collecting every error instead of stopping at
 * the first. Internal to src/config, subject to change.
 *
 * Aliases are resolved here rather than by yaml's toJS: Alias.resolve scans the anchors linearly for each
 * alias (quadratic: 40,000 aliases take ~16 s), and toJS's maxAliasCount counts an aliased scalar as an
 * expansion, so a config reusing `*rust-people` a hundred times would be refused. One pass indexes the
 * anchors instead, and a budget on nodes read (proportional to the text's length) stops alias bombs.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Alias, type LineCounter, type Node } from 'yaml';
import { didYouMean, type ErrorCode, type SourceError } from '../errors.js';
import type { Origin } from '../model.js';

/** Nodes read per character of input, on top of a fixed allowance; a bomb needs far more. */
const READS_PER_CHAR = 4;
const READS_ALLOWANCE = 100_000;

/** Thrown (and caught by validateConfig) once aliases have expanded past the budget. */
export class AliasExpansionLimit extends Error {}

/** A scalar string and where it was written. */
export interface Located {
  text: string;
  origin: Origin;
}

/** One key of a mapping: its name, where it was written, and its (unresolved) value. */
export interface Field {
  key: string;
  origin: Origin;
  value: unknown;
}

/**
 * Reads one parsed document for validateConfig: every accessor takes a raw node (alias or not), reports
 * what is wrong at `file:line:col` and returns undefined (or an empty list) so reading can go on.
 *
 * @example new YamlReader('maintainers.yml', lineCounter, doc.contents, text.length).strings(node, 'files')
 *   // → [{ text: 'rust/', origin: { file: 'maintainers.yml', line: 5, col: 13 } }]
 */
export class YamlReader {
  readonly errors: SourceError[] = [];
  readonly warnings: SourceError[] = [];
  private readonly aliasTargets = new Map<Alias, Node>();
  private reads = 0;
  private readonly maxReads: number;

  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter,
    root: unknown,
    textLength: number,
  ) {
    this.maxReads = READS_ALLOWANCE + READS_PER_CHAR * textLength;
    this.indexAnchors(root);
  }

  /** Where a node starts; `fallback` (else 1:1) for a node without a position. */
  origin(node: unknown, fallback?: Origin): Origin {
    if (isNode(node) && node.range) {
      const { line, col } = this.lineCounter.linePos(node.range[0]);
      return { file: this.file, line, col };
    }
    return fallback ?? { file: this.file, line: 1, col: 1 };
  }

  error(code: ErrorCode, message: string, at: Origin): void {
    this.errors.push({ code, message, file: at.file, line: at.line, col: at.col });
  }

  warn(code: ErrorCode, message: string, at: Origin): void {
    this.warnings.push({ code, message, file: at.file, line: at.line, col: at.col });
  }

  /** Where to report a wrong value: at the alias that brought it here, if any, else where it is written. */
  blame(raw: unknown, node: Node | undefined, fallback?: Origin): Origin {
    return isAlias(raw) ? this.origin(raw) : this.origin(node ?? raw, fallback);
  }

  /** Follows an alias to its anchored node; undefined for a missing value or an unknown alias (reported). */
  resolve(node: unknown): Node | undefined {
    if (++this.reads > this.maxReads) {
      this.error('TOO_LARGE', 'aliases expand to too many nodes (an alias bomb?)', this.origin(node));
      throw new AliasExpansionLimit();
    }
    if (!isAlias(node)) return isNode(node) ? node : undefined;
    const target = this.aliasTargets.get(node);
    if (!target) {
      this.error(
        'YAML_SYNTAX',
        `unknown alias '*${node.source}': define '&${node.source}' before it`,
        this.origin(node),
      );
    }
    return target;
  }

  /** True for an alias resolve() could not follow: already reported, so callers say nothing more. */
  isUnresolved(raw: unknown, node: Node | undefined): boolean {
    return node === undefined && isAlias(raw);
  }

  /** True for a key given no value (`exclude:`), an explicit `null`, or `~`. */
  isAbsent(node: Node | undefined): boolean {
    return node === undefined || (isScalar(node) && node.value === null);
  }

  /** The mapping's keys, each checked against `allowed` (unknown ones reported with a suggestion). */
  fields(raw: unknown, what: string, allowed: readonly string[]): Map<string, Field> | undefined {
    const entries = this.entries(raw, what);
    if (!entries) return undefined;
    const fields = new Map<string, Field>();
    for (const field of entries) {
      if (allowed.includes(field.key)) {
        fields.set(field.key, field);
        continue;
      }
      const suggestion = didYouMean(field.key, allowed);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; expected one of: ${allowed.join(', ')}`;
      const where = what ? ` in ${what}` : '';
      this.error('UNKNOWN_KEY', `unknown key '${field.key}'${where}${hint}`, field.origin);
    }
    return fields;
  }

  /** A mapping with free-form string keys (e-mails, section names); undefined if not a mapping. */
  entries(raw: unknown, what: string): Field[] | undefined {
    const node = this.resolve(raw);
    if (this.isAbsent(node)) return [];
    if (!isMap(node)) {
      this.error(
        'WRONG_TYPE',
        `${what || 'the policy'}: expected a mapping, got ${kindOf(node)}`,
        this.blame(raw, node),
      );
      return undefined;
    }
    const entries: Field[] = [];
    for (const pair of node.items) {
      const key = this.resolve(pair.key);
      const origin = this.origin(key ?? pair.key, this.origin(node));
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.error('WRONG_TYPE', `${what}: keys must be strings, got ${kindOf(key)}`, origin);
        continue;
      }
      entries.push({ key: key.value, origin, value: pair.value });
    }
    return entries;
  }

  /** A string scalar; undefined (reported) for anything else. Numbers must be quoted: `"1234"`. */
  string(raw: unknown, what: string, fallback?: Origin): Located | undefined {
    const node = this.resolve(raw);
    if (this.isUnresolved(raw, node)) return undefined;
    if (isScalar(node) && typeof node.value === 'string')
      return { text: node.value, origin: this.origin(node, fallback) };
    const hint =
      isScalar(node) && typeof node.value === 'number' ? ` (quote it: "${String(node.source ?? node.value)}")` : '';
    this.error('WRONG_TYPE', `${what}: expected a string, got ${kindOf(node)}${hint}`, this.blame(raw, node, fallback));
    return undefined;
  }

  /** A list of non-empty strings; a missing list is empty. */
  strings(raw: unknown, what: string, fallback?: Origin): Located[] {
    const node = this.resolve(raw);
    if (this.isAbsent(node)) return [];
    if (!isSeq(node)) {
      const example = isScalar(node) && typeof node.value === 'string' ? ` (write [${node.value}])` : '';
      this.error(
        'WRONG_TYPE',
        `${what}: expected a list of strings, got ${kindOf(node)}${example}`,
        this.blame(raw, node, fallback),
      );
      return [];
    }
    const values: Located[] = [];
    for (const item of node.items) {
      const value = this.string(item, what, this.origin(node));
      if (value === undefined) continue;
      if (value.text.trim() === '') this.error('WRONG_TYPE', `${what}: empty string`, value.origin);
      else values.push(value);
    }
    return values;
  }

  /**
   * Records, in document order, the node each alias refers to: the last node anchored with its name whose
   * end comes before the alias. Anchors are registered when their node ends, so an alias inside the node
   * it names (`&a [*a]`, a cycle) stays unresolved. Iterative: a deeply nested document must not overflow.
   */
  private indexAnchors(root: unknown): void {
    const anchors = new Map<string, Node>();
    const stack: Array<{ node: Node; done: boolean }> = isNode(root) ? [{ node: root, done: false }] : [];
    while (stack.length > 0) {
      const { node, done } = stack.pop()!;
      if (done) {
        anchors.set(node.anchor!, node);
        continue;
      }
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) this.aliasTargets.set(node, target);
        continue;
      }
      if (node.anchor) stack.push({ node, done: true });
      const children: unknown[] = isMap(node)
        ? node.items.flatMap((pair) => [pair.key, pair.value])
        : isSeq(node)
          ? node.items
          : [];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (isNode(child)) stack.push({ node: child, done: false });
      }
    }
  }
}

/** Names a node's type the way a user reads YAML. */
export function kindOf(node: Node | undefined): string {
  if (node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node)) return 'an unsupported node';
  switch (typeof node.value) {
    case 'string':
      return 'a string';
    case 'number':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return node.value === null ? 'nothing (null)' : 'an unsupported value';
  }
}
