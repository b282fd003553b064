import { policyOf } from './policy-of.test-helper.js';
import { changedEntries, entryReviewers } from './policy-entries.js';

const BASE = `version: 1
default-stance: undecided
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
    keywords: ['\\b(?i:rust)\\b']
  - name: DMA MAPPING HELPERS
    rust: opt-out
    maintainers: [hch, mszyprow]
    files: [kernel/dma/]
  - name: BLOCK LAYER
    maintainers: [axboe]
    files: [block/]
`;

describe('changedEntries', () => {
  it.each([
    ['the same policy changes no entry', BASE, []],
    [
      'a stance flipped: the entry’s maintainers are asked',
      BASE.replace('rust: opt-out', 'rust: opt-in'),
      [{ subsystem: 'DMA MAPPING HELPERS', change: 'changed', fields: ['stance'], maintainers: ['hch', 'mszyprow'] }],
    ],
    [
      'a maintainer removed: they are asked too, since their say is what is taken away',
      BASE.replace('maintainers: [hch, mszyprow]', 'maintainers: [hch]'),
      [
        {
          subsystem: 'DMA MAPPING HELPERS',
          change: 'changed',
          fields: ['maintainers'],
          maintainers: ['hch', 'mszyprow'],
        },
      ],
    ],
    [
      'a maintainer added: both sides are asked',
      BASE.replace('maintainers: [axboe]', 'maintainers: [axboe, hare]'),
      [{ subsystem: 'BLOCK LAYER', change: 'changed', fields: ['maintainers'], maintainers: ['axboe', 'hare'] }],
    ],
    [
      'patterns and keywords count; the line they sit on does not',
      BASE.replace('files: [block/]', 'files: [block/, drivers/block/]').replace(
        "keywords: ['\\b(?i:rust)\\b']",
        "keywords: ['\\brust\\b']",
      ),
      [
        { subsystem: 'RUST', change: 'changed', fields: ['keywords'], maintainers: ['ojeda'] },
        { subsystem: 'BLOCK LAYER', change: 'changed', fields: ['files'], maintainers: ['axboe'] },
      ],
    ],
    [
      'an entry removed and one added',
      BASE.replace(
        / {2}- name: BLOCK LAYER\n[\s\S]*$/,
        '  - name: NVME\n    maintainers: [kbusch]\n    files: [drivers/nvme/]\n',
      ),
      [
        { subsystem: 'BLOCK LAYER', change: 'removed', fields: [], maintainers: ['axboe'] },
        { subsystem: 'NVME', change: 'added', fields: [], maintainers: ['kbusch'] },
      ],
    ],
    [
      'default-stance moves every entry that states none',
      BASE.replace('default-stance: undecided', 'default-stance: opt-in'),
      [{ subsystem: 'BLOCK LAYER', change: 'changed', fields: ['stance'], maintainers: ['axboe'] }],
    ],
  ])('%s', (_name, head, expected) => {
    expect(changedEntries(policyOf(BASE), policyOf(head))).toEqual(expected);
  });

  it('a reordered file changes no entry', () => {
    const [header, ...entries] = BASE.split('  - name: ');
    const reordered = [header, ...entries.reverse().map((e) => (e.endsWith('\n') ? e : `${e}\n`))].join('  - name: ');
    expect(changedEntries(policyOf(BASE), policyOf(reordered))).toEqual([]);
  });
});

describe('entryReviewers', () => {
  it('asks each maintainer once, never the author', () => {
    const changes = changedEntries(
      policyOf(BASE),
      policyOf(
        BASE.replace('rust: opt-out', 'rust: opt-in').replace('maintainers: [axboe]', 'maintainers: [axboe, HCH]'),
      ),
    );
    expect(entryReviewers(changes, 'mszyprow')).toEqual(['hch', 'axboe']);
  });
});
