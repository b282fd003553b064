import { readFileSync } from 'node:fs';
import { formatSourceError } from '../errors.js';
import { assemblePolicy } from './assemble-policy.js';
import { validateConfig } from './validate-config.js';

/** The example policy at the repository root, which the demo and other modules' tests route with. */
const text = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');

describe('the example maintainers.yml', () => {
  const doc = validateConfig(text, 'maintainers.yml');
  const assembled = doc.value && assemblePolicy(doc.value);

  it('the example maintainers.yml validates and assembles without errors or warnings', () => {
    expect([...doc.errors, ...doc.warnings].map(formatSourceError)).toEqual([]);
    expect([...assembled!.errors, ...assembled!.warnings].map(formatSourceError)).toEqual([]);
  });

  it('the example maintainers.yml points editors at the schema', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./maintainers.schema.json');
  });

  it('the example maintainers.yml has one subsystem of every stance, nested ones included', () => {
    const policy = assembled!.value;
    expect(policy.subsystems.map((s) => [s.name, s.stance ?? `(${policy.defaultStance})`])).toEqual([
      ['RUST', 'core'],
      ['BLOCK LAYER', '(undecided)'],
      ['BLOCK LAYER DEVICE DRIVER API [RUST]', 'opt-in'],
      ['NETWORKING DRIVERS', 'undecided'],
      ['ETHERNET PHY LIBRARY', 'opt-in'],
      ['ETHERNET PHY LIBRARY [RUST]', 'opt-in'],
      ['ASIX PHY DRIVER [RUST]', 'opt-in'],
      ['DMA MAPPING HELPERS', 'opt-out'],
      ['THE REST', '(undecided)'],
    ]);
    expect(policy.stanceResolution).toBe('most-specific');
    expect(policy.sources).toEqual(['maintainers.yml']);
  });

  it('the example maintainers.yml asks GitHub logins and teams, never e-mails', () => {
    const people = assembled!.value.subsystems.flatMap((s) => [...s.maintainers, ...s.reviewers]);
    expect(people.every((p) => p.handle !== null && !p.handle.includes('@'))).toBe(true);
    expect(people.map((p) => p.handle)).toContain('rust-for-linux/reviewers');
  });
});
