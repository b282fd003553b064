import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { GITHUB_MAX_LABEL_LENGTH, STANCES } from '../model.js';
import { handleProblem } from './github-handle.js';
import { CONFIG_KEYS, EXTENDS_KEYS, STANCE_RESOLUTIONS } from './policy-document.js';
import { validateConfig } from './validate-config.js';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
  then?: { propertyNames: { enum: string[] } };
  enum?: string[];
  pattern?: string;
  maxLength?: number;
  $ref?: string;
}

const schema = JSON.parse(
  readFileSync(new URL('../../maintainers.schema.json', import.meta.url), 'utf8'),
) as SchemaNode;
const example = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');
const validate = new Ajv({ allErrors: true }).compile(schema);
const definitions = schema.definitions!;
const keys = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {});

/** Each bad policy, as JSON Schema sees it (editors) and as validateConfig does (the tool). */
const BAD = [
  ['an unknown key', { version: 1, subsytems: [] }],
  ['version 2', { version: 2 }],
  ['no version', { subsystems: [] }],
  ['an unknown stance', { version: 1, subsystems: [{ name: 'RUST', rust: 'opt-inn', files: ['rust/'] }] }],
  ['default-stance core', { version: 1, 'default-stance': 'core' }],
  ['a status label over 50 characters', { version: 1, labels: { blocked: 'x'.repeat(51) } }],
  [
    'a subsystem label over 50 characters',
    { version: 1, subsystems: [{ name: 'A', files: ['a/'], labels: ['x'.repeat(51)] }] },
  ],
  ['a login with @', { version: 1, subsystems: [{ name: 'A', files: ['a/'], maintainers: ['@ojeda'] }] }],
  ['a people key that is no e-mail', { version: 1, import: { path: 'MAINTAINERS', people: { ojeda: 'ojeda' } } }],
  ['extends with files', { version: 1, subsystems: [{ name: 'RUST', extends: 'imported', files: ['rust/'] }] }],
  ['files as a string', { version: 1, subsystems: [{ name: 'RUST', files: 'rust/' }] }],
  ['a subsystem without a name', { version: 1, subsystems: [{ files: ['rust/'] }] }],
] as const;

describe('maintainers.schema.json', () => {
  it('maintainers.schema.json accepts the example maintainers.yml', () => {
    expect(validate(parse(example))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(BAD)('maintainers.schema.json rejects %s, as validateConfig does', (_name, policy) => {
    expect(validate(policy)).toBe(false);
    expect(validateConfig(JSON.stringify(policy), 'maintainers.yml').errors).not.toEqual([]);
  });

  it('maintainers.schema.json lists exactly the keys validateConfig accepts', () => {
    expect(keys(schema)).toEqual(CONFIG_KEYS.top);
    expect(keys(schema.properties!.rust)).toEqual(CONFIG_KEYS.rust);
    expect(keys(schema.properties!.labels)).toEqual(CONFIG_KEYS.labels);
    expect(keys(schema.properties!.import)).toEqual(CONFIG_KEYS.import);
    expect(keys(definitions.subsystem)).toEqual(CONFIG_KEYS.subsystem);
    expect(definitions.subsystem.then!.propertyNames.enum).toEqual(EXTENDS_KEYS);
  });

  it('maintainers.schema.json has the stances, resolutions and label limit of the code', () => {
    expect(definitions.stance.enum).toEqual(STANCES);
    expect(schema.properties!['default-stance'].enum).toEqual(STANCES.filter((stance) => stance !== 'core'));
    expect(schema.properties!['stance-resolution'].enum).toEqual(STANCE_RESOLUTIONS);
    expect(definitions.label.maxLength).toBe(GITHUB_MAX_LABEL_LENGTH);
    expect(definitions.statusLabel.maxLength).toBe(GITHUB_MAX_LABEL_LENGTH);
  });

  it.each([
    'ojeda',
    'alex-gaynor',
    '1234',
    'rust-for-linux/reviewers',
    '@ojeda',
    'a--b',
    '-a',
    'a-',
    'x'.repeat(40),
    'org/',
    'a/b/c',
    'a b',
  ])('maintainers.schema.json and handleProblem agree on %s', (handle) => {
    expect(new RegExp(definitions.handle.pattern!, 'u').test(handle)).toBe(handleProblem(handle) === undefined);
  });

  it('maintainers.schema.json describes every key', () => {
    const undescribed = [
      ...keys(schema).map((key) => [key, schema.properties![key]] as const),
      ...['rust', 'labels', 'import'].flatMap((parent) =>
        keys(schema.properties![parent]).map(
          (key) => [`${parent}.${key}`, schema.properties![parent].properties![key]] as const,
        ),
      ),
      ...keys(definitions.subsystem).map(
        (key) => [`subsystems[].${key}`, definitions.subsystem.properties![key]] as const,
      ),
    ].filter(([, node]) => !node.description);
    expect(undescribed.map(([key]) => key)).toEqual([]);
  });
});
