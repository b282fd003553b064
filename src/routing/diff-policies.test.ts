import { policyOf } from './policy-of.test-helper.js';
import { diffPolicies } from './diff-policies.js';

const BASE = `version: 1
default-stance: undecided
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
  - name: DMA MAPPING HELPERS
    rust: opt-out
    maintainers: [hch]
    files: [kernel/dma/]
  - name: BLOCK LAYER
    maintainers: [axboe]
    files: [block/]
`;

describe('diffPolicies', () => {
  it.each([
    ['the same policy proposes nothing', BASE, []],
    [
      'an opt-out turned opt-in',
      BASE.replace('rust: opt-out', 'rust: opt-in'),
      [{ subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' }],
    ],
    [
      'a stance stated where the default applied',
      BASE.replace('maintainers: [axboe]', 'rust: opt-in\n    maintainers: [axboe]'),
      [{ subsystem: 'BLOCK LAYER', from: 'undecided', to: 'opt-in' }],
    ],
    [
      'a new default-stance moves every subsystem that states none',
      BASE.replace('default-stance: undecided', 'default-stance: opt-out'),
      [{ subsystem: 'BLOCK LAYER', from: 'undecided', to: 'opt-out' }],
    ],
    [
      'a subsystem removed and one added',
      BASE.replace('  - name: BLOCK LAYER', '  - name: BLOCK LAYER [RUST]'),
      [
        { subsystem: 'BLOCK LAYER', from: 'undecided', to: null },
        { subsystem: 'BLOCK LAYER [RUST]', from: null, to: 'undecided' },
      ],
    ],
  ])('%s', (_, head, expected) => {
    expect(diffPolicies(policyOf(BASE), policyOf(head))).toEqual(expected);
  });

  it('a stance restated with the same value is no change', () => {
    const restated = BASE.replace('maintainers: [axboe]', 'rust: undecided\n    maintainers: [axboe]');
    expect(diffPolicies(policyOf(BASE), policyOf(restated))).toEqual([]);
  });
});
