/**
 * `subsystems:` of maintainers.yml: each entry read into a Subsystem with the origin of every value, names
 * checked for duplicates. Internal to src/config, subject to change.
 */
import { isAlias, isSeq } from 'yaml';
import type { Origin, Subsystem } from '../model.js';
import { CONFIG_KEYS, EXTENDS_IMPORTED, EXTENDS_KEYS, type SubsystemEntry } from './policy-document.js';
import {
  formatOrigin,
  readChoice,
  readKeywords,
  readLabels,
  readPatterns,
  readPeople,
  readStance,
} from './policy-values.js';
import { kindOf, type YamlReader } from './yaml-reader.js';

/**
 * Reads the `subsystems:` list. A name used twice is an error at the second use naming the first, since
 * routing and the report identify subsystems by name.
 */
export function readSubsystems(r: YamlReader, raw: unknown): SubsystemEntry[] {
  const node = r.resolve(raw);
  if (r.isAbsent(node)) return [];
  if (!isSeq(node)) {
    r.error('WRONG_TYPE', `subsystems: expected a list of subsystems, got ${kindOf(node)}`, r.blame(raw, node));
    return [];
  }
  const entries: SubsystemEntry[] = [];
  const byName = new Map<string, Subsystem>();
  for (const item of node.items) {
    const entry = readSubsystem(r, item, r.origin(node));
    if (entry === undefined) continue;
    const { subsystem } = entry;
    const first = byName.get(subsystem.name);
    if (first) {
      // An entry repeated through an alias is reported where the alias is, not at the anchor it copies.
      const at = isAlias(item) ? r.origin(item) : subsystem.origin;
      r.error(
        'DUPLICATE_SUBSYSTEM',
        `duplicate subsystem '${subsystem.name}', also defined at ${formatOrigin(first.origin)}`,
        at,
      );
      continue;
    }
    byName.set(subsystem.name, subsystem);
    entries.push(entry);
  }
  return entries;
}

function readSubsystem(r: YamlReader, raw: unknown, listOrigin: Origin): SubsystemEntry | undefined {
  const node = r.resolve(raw);
  const at = r.origin(node ?? raw, listOrigin);
  if (r.isUnresolved(raw, node)) return undefined;
  if (r.isAbsent(node)) {
    r.error('WRONG_TYPE', 'subsystems: empty entry; expected a mapping with at least a name', at);
    return undefined;
  }
  const fields = r.fields(node, 'subsystem', CONFIG_KEYS.subsystem);
  if (fields === undefined) return undefined;
  const nameField = fields.get('name');
  const name = nameField ? r.string(nameField.value, 'name', nameField.origin) : undefined;
  if (nameField === undefined) r.error('MISSING_KEY', "subsystem has no 'name'", at);
  if (name?.text.trim() === '') r.error('WRONG_TYPE', 'name: empty string', name.origin);
  const extendsField = fields.get('extends');
  const extendsImported =
    extendsField &&
    readChoice(r, extendsField.value, 'extends value', [EXTENDS_IMPORTED], 'WRONG_TYPE', extendsField.origin)
      ? extendsField.origin
      : undefined;
  if (extendsField) {
    for (const [key, field] of fields) {
      if (EXTENDS_KEYS.includes(key)) continue;
      r.error(
        'UNKNOWN_KEY',
        `'${key}' cannot be used with 'extends: imported': it adds only rust, maintainers, reviewers and ` +
          'labels; paths and status come from MAINTAINERS',
        field.origin,
      );
    }
  }
  const value = (key: string) => fields.get(key)?.value;
  const origin = (key: string) => fields.get(key)?.origin ?? at;
  const stanceField = fields.get('rust');
  const stance = stanceField ? readStance(r, stanceField.value, stanceField.origin) : undefined;
  const status = fields.has('status') ? r.string(value('status'), 'status', origin('status'))?.text : undefined;
  const subsystem: Subsystem = {
    name: name?.text ?? '',
    ...(stance && { stance, stanceSource: 'policy' as const }),
    maintainers: readPeople(r, value('maintainers'), 'maintainers', origin('maintainers')),
    reviewers: readPeople(r, value('reviewers'), 'reviewers', origin('reviewers')),
    files: readPatterns(r, value('files'), 'files', origin('files'), 'path'),
    exclude: readPatterns(r, value('exclude'), 'exclude', origin('exclude'), 'path'),
    names: readPatterns(r, value('names'), 'names', origin('names'), 'regex'),
    keywords: readKeywords(r, value('keywords'), origin('keywords')),
    labels: readLabels(r, value('labels'), origin('labels')),
    ...(status !== undefined && { status }),
    origin: name?.origin ?? at,
    tags: {},
  };
  if (name === undefined || name.text.trim() === '') return undefined;
  const ownsNothing = subsystem.files.length + subsystem.names.length + subsystem.keywords.length === 0;
  if (ownsNothing && !extendsField) {
    // Legal, but almost always a forgotten `files:`: such a subsystem is never asked about anything.
    r.warn('MISSING_KEY', `subsystem '${name.text}' has no files, names or keywords: it owns nothing`, name.origin);
  }
  return extendsImported ? { subsystem, extendsImported } : { subsystem };
}
