import { readFileSync } from 'node:fs';
import { formatSourceError } from '../errors.js';
import type { Policy, Subsystem } from '../model.js';
import { assemblePolicy, importPath, policyFromKernel } from './assemble-policy.js';
import { validateConfig } from './validate-config.js';

/** Our own MAINTAINERS excerpt, in the real file's shape. */
const KERNEL = [
  'ASIX PHY DRIVER [RUST]',
  'M:\tFUJITA Tomonori <fujita.tomonori@gmail.com>',
  'R:\tTrevor Gross <tmgross@umich.edu>',
  'S:\tMaintained',
  'F:\tdrivers/net/phy/ax88796b_rust.rs',
  '',
  'BLOCK LAYER',
  'M:\tJens Axboe <axboe@kernel.dk>',
  'S:\tMaintained',
  'F:\tblock/',
  'F:\tdrivers/block/',
  '',
  'DMA MAPPING HELPERS',
  'M:\tChristoph Hellwig <hch@lst.de>',
  'R:\tRobin Murphy <robin.murphy@arm.com>',
  'S:\tSupported',
  'F:\tkernel/dma/',
  '',
  'RUST',
  'M:\tMiguel Ojeda <ojeda@kernel.org>',
  'M:\tAlex Gaynor <alex.gaynor@gmail.com>',
  'R:\tTrevor Gross <tmgross@umich.edu>',
  'S:\tSupported',
  'F:\trust/',
  'K:\t\\b(?i:rust)\\b',
  '',
  'THE REST',
  'M:\tLinus Torvalds <torvalds@linux-foundation.org>',
  'S:\tBuried alive in reporters',
  'F:\t*',
  'F:\t*/',
  '',
].join('\n');

const lines = (...text: string[]) => text.join('\n') + '\n';

/** Validates and assembles a maintainers.yml over KERNEL; a config error fails the test at once. */
function assemble(yml: string, kernel = KERNEL) {
  const doc = validateConfig(yml, 'maintainers.yml');
  expect(doc.errors.map(formatSourceError)).toEqual([]);
  return assemblePolicy(doc.value!, { text: kernel, file: 'MAINTAINERS' });
}

const IMPORT = ['version: 1', 'import:', '  path: MAINTAINERS'];
const byName = (policy: Policy, name: string): Subsystem => policy.subsystems.find((s) => s.name === name)!;
const stances = (policy: Policy) => policy.subsystems.map((s) => [s.name, s.stance, s.stanceSource]);

describe('assemblePolicy', () => {
  it('assemblePolicy lists imported sections first, then subsystems:, with both sources', () => {
    const { value, errors, warnings } = assemble(
      lines(...IMPORT, 'subsystems:', '  - name: GPU', '    files: [drivers/gpu/]'),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(value.subsystems.map((s) => s.name)).toEqual([
      'ASIX PHY DRIVER [RUST]',
      'BLOCK LAYER',
      'DMA MAPPING HELPERS',
      'RUST',
      'THE REST',
      'GPU',
    ]);
    expect(value.sources).toEqual(['maintainers.yml', 'MAINTAINERS']);
    expect(byName(value, 'BLOCK LAYER').files).toEqual([
      { text: 'block/', dialect: 'kernel', origin: { file: 'MAINTAINERS', line: 10, col: 4 } },
      { text: 'drivers/block/', dialect: 'kernel', origin: { file: 'MAINTAINERS', line: 11, col: 4 } },
    ]);
  });

  it('assemblePolicy maps imported people by e-mail, ignoring case, and keeps the rest as not on GitHub', () => {
    const { value, errors } = assemble(
      lines(
        ...IMPORT,
        '  people:',
        '    OJEDA@kernel.org: ojeda',
        '    tmgross@umich.edu: tgross',
        '    hch@lst.de: hch-lst',
      ),
    );
    expect(errors).toEqual([]);
    expect(byName(value, 'RUST').maintainers).toEqual([
      expect.objectContaining({
        handle: 'ojeda',
        display: 'Miguel Ojeda <ojeda@kernel.org>',
        email: 'ojeda@kernel.org',
      }),
      expect.objectContaining({
        handle: null,
        display: 'Alex Gaynor <alex.gaynor@gmail.com>',
        email: 'alex.gaynor@gmail.com',
      }),
    ]);
    expect(byName(value, 'ASIX PHY DRIVER [RUST]').reviewers.map((p) => p.handle)).toEqual(['tgross']);
    expect(value.notOnGitHub).toEqual([
      'FUJITA Tomonori <fujita.tomonori@gmail.com>',
      'Jens Axboe <axboe@kernel.dk>',
      'Robin Murphy <robin.murphy@arm.com>',
      'Alex Gaynor <alex.gaynor@gmail.com>',
      'Linus Torvalds <torvalds@linux-foundation.org>',
    ]);
  });

  it('assemblePolicy gives [RUST] sections opt-in and import.stances the last word', () => {
    const { value, errors } = assemble(
      lines(
        ...IMPORT,
        '  stances:',
        '    RUST: core',
        '    DMA MAPPING HELPERS: opt-out',
        '    "ASIX PHY DRIVER [RUST]": undecided',
      ),
    );
    expect(errors).toEqual([]);
    expect(stances(value)).toEqual([
      ['ASIX PHY DRIVER [RUST]', 'undecided', 'import-stances'],
      ['BLOCK LAYER', undefined, undefined],
      ['DMA MAPPING HELPERS', 'opt-out', 'import-stances'],
      ['RUST', 'core', 'import-stances'],
      ['THE REST', undefined, undefined],
    ]);
  });

  it('assemblePolicy leaves RUST without a stance unless import.stances gives one (only a lone MAINTAINERS defaults it)', () => {
    const { value } = assemble(lines(...IMPORT));
    expect(byName(value, 'RUST').stance).toBeUndefined();
    expect(byName(value, 'ASIX PHY DRIVER [RUST]')).toMatchObject({ stance: 'opt-in', stanceSource: 'rust-tag' });
  });

  it('assemblePolicy adds the stance, labels and GitHub people of an extends: imported entry to the section', () => {
    const { value, errors } = assemble(
      lines(
        ...IMPORT,
        '  people: { axboe@kernel.dk: axboe }',
        'subsystems:',
        '  - name: BLOCK LAYER',
        '    extends: imported',
        '    rust: opt-out',
        '    maintainers: [axboe, linux-block/maintainers]',
        '    reviewers: [hch-lst]',
        '    labels: ["subsystem: block"]',
      ),
    );
    expect(errors).toEqual([]);
    const block = byName(value, 'BLOCK LAYER');
    expect(block).toMatchObject({ stance: 'opt-out', stanceSource: 'policy', labels: ['subsystem: block'] });
    expect(block.maintainers.map((p) => p.handle)).toEqual(['axboe', 'linux-block/maintainers']);
    expect(block.reviewers.map((p) => p.handle)).toEqual(['hch-lst']);
    expect(block.files.map((p) => p.text)).toEqual(['block/', 'drivers/block/']);
    expect(block.origin).toEqual({ file: 'MAINTAINERS', line: 7, col: 1 });
    expect(value.subsystems).toHaveLength(5);
  });

  it.each([
    [
      'a name in both MAINTAINERS and subsystems:',
      ['subsystems:', '  - name: RUST', '    files: [rust/]'],
      [
        "maintainers.yml:5:11: subsystem 'RUST' is also defined at MAINTAINERS:19:1; add 'extends: imported' to add to it",
      ],
    ],
    [
      'extends: imported naming no section',
      ['subsystems:', '  - name: BLOCK LAYR', '    extends: imported'],
      [
        "maintainers.yml:5:11: 'BLOCK LAYR' extends no section: MAINTAINERS has no section 'BLOCK LAYR' (did you mean 'BLOCK LAYER'?)",
      ],
    ],
    [
      'import.stances naming no section',
      ['  stances: { DMA MAPPING HELPRES: opt-out }'],
      [
        "maintainers.yml:4:14: import.stances: MAINTAINERS has no section 'DMA MAPPING HELPRES' (did you mean 'DMA MAPPING HELPERS'?)",
      ],
    ],
    [
      'two different stances for one section',
      [
        '  stances: { BLOCK LAYER: opt-out }',
        'subsystems:',
        '  - name: BLOCK LAYER',
        '    extends: imported',
        '    rust: opt-in',
      ],
      ["maintainers.yml:6:11: 'BLOCK LAYER' is given stance 'opt-in' here but 'opt-out' at maintainers.yml:4:14"],
    ],
  ])('assemblePolicy rejects %s', (_name, extra, expected) => {
    expect(assemble(lines(...IMPORT, ...extra)).errors.map(formatSourceError)).toEqual(expected);
  });

  it('assemblePolicy rejects extends: imported without an import', () => {
    const doc = validateConfig(
      lines('version: 1', 'subsystems:', '  - name: RUST', '    extends: imported'),
      'maintainers.yml',
    );
    expect(assemblePolicy(doc.value!).errors.map(formatSourceError)).toEqual([
      "maintainers.yml:4:5: 'extends: imported' needs an 'import:' to extend",
    ]);
  });

  it('assemblePolicy reports an import the caller did not read at its import.path', () => {
    const doc = validateConfig(lines(...IMPORT), 'maintainers.yml');
    expect(assemblePolicy(doc.value!).errors.map(formatSourceError)).toEqual([
      "maintainers.yml:3:9: import.path: 'MAINTAINERS' was not read",
    ]);
  });

  it('assemblePolicy warns about an import.people e-mail no section lists, suggesting the close one', () => {
    const { errors, warnings } = assemble(lines(...IMPORT, '  people: { fujita.tomonori@gmial.com: fujita }'));
    expect(errors).toEqual([]);
    expect(warnings.map(formatSourceError)).toEqual([
      "maintainers.yml:4:13: import.people: no section lists 'fujita.tomonori@gmial.com' (did you mean 'fujita.tomonori@gmail.com'?)",
    ]);
  });

  it('assemblePolicy without an import is the subsystems: list alone', () => {
    const doc = validateConfig(
      lines('version: 1', 'subsystems:', '  - name: RUST', '    rust: core', '    files: [rust/]'),
      'maintainers.yml',
    );
    const { value, errors } = assemblePolicy(doc.value!);
    expect(errors).toEqual([]);
    expect(value.sources).toEqual(['maintainers.yml']);
    expect(stances(value)).toEqual([['RUST', 'core', 'policy']]);
    expect(importPath(doc.value!)).toBeNull();
  });

  it('importPath names the MAINTAINERS file to read, relative to the repository root', () => {
    const doc = validateConfig(lines('version: 1', 'import:', '  path: ./tools/MAINTAINERS'), 'maintainers.yml');
    expect(importPath(doc.value!)).toBe('tools/MAINTAINERS');
  });
});

describe('policyFromKernel', () => {
  it('policyFromKernel makes RUST the Rust tree, [RUST] sections opt-in, and leaves the rest undecided', () => {
    const { value, errors, warnings } = policyFromKernel(KERNEL, 'MAINTAINERS');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(stances(value)).toEqual([
      ['ASIX PHY DRIVER [RUST]', 'opt-in', 'rust-tag'],
      ['BLOCK LAYER', undefined, undefined],
      ['DMA MAPPING HELPERS', undefined, undefined],
      ['RUST', 'core', 'kernel-default'],
      ['THE REST', undefined, undefined],
    ]);
    expect(value).toMatchObject({
      version: 1,
      defaultStance: 'undecided',
      stanceResolution: 'most-specific',
      labels: { core: 'rust: core', 'opt-in': 'rust', 'needs-ack': 'rust: needs-ack', blocked: 'rust: blocked' },
      rustFiles: [{ text: '**/*.rs', dialect: 'glob' }],
      sources: ['MAINTAINERS'],
    });
    expect(value.notOnGitHub).toHaveLength(8); // everyone, once: Trevor Gross is in two sections
  });
});

describe('the committed 6.12 MAINTAINERS excerpt (fixtures/linux-6.12)', () => {
  const kernel = readFileSync(new URL('../../fixtures/linux-6.12/MAINTAINERS', import.meta.url), 'utf8');
  const RUST_SECTIONS = [
    'ASIX PHY DRIVER [RUST]',
    'BLOCK LAYER DEVICE DRIVER API [RUST]',
    'ETHERNET PHY LIBRARY [RUST]',
  ];

  it('policyFromKernel reads all 54 sections: RUST core, the three [RUST] sections opt-in', () => {
    const { value, errors } = policyFromKernel(kernel, 'MAINTAINERS');
    expect(errors).toEqual([]);
    expect(value.subsystems).toHaveLength(54);
    const stated = value.subsystems.filter((s) => s.stance !== undefined);
    expect(stated.map((s) => [s.name, s.stance]).sort()).toEqual([
      ...RUST_SECTIONS.map((name) => [name, 'opt-in']),
      ['RUST', 'core'],
    ]);
  });

  it('assemblePolicy imports it with stances overridden and people mapped', () => {
    const { value, errors, warnings } = assemble(
      lines(
        ...IMPORT,
        '  people: { ojeda@kernel.org: ojeda, axboe@kernel.dk: axboe, fujita.tomonori@gmail.com: fujita }',
        '  stances:',
        '    RUST: core',
        '    DMA MAPPING HELPERS: opt-out',
        '    "ETHERNET PHY LIBRARY [RUST]": undecided',
        'subsystems:',
        '  - name: BLOCK LAYER',
        '    extends: imported',
        '    labels: ["subsystem: block"]',
      ),
      kernel,
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(value.subsystems).toHaveLength(54);
    expect(byName(value, 'RUST')).toMatchObject({ stance: 'core', stanceSource: 'import-stances' });
    expect(byName(value, 'DMA MAPPING HELPERS')).toMatchObject({ stance: 'opt-out', stanceSource: 'import-stances' });
    expect(byName(value, 'ETHERNET PHY LIBRARY [RUST]')).toMatchObject({ stance: 'undecided' });
    expect(byName(value, 'ASIX PHY DRIVER [RUST]')).toMatchObject({ stance: 'opt-in', stanceSource: 'rust-tag' });
    expect(byName(value, 'ASIX PHY DRIVER [RUST]').maintainers.map((p) => p.handle)).toEqual(['fujita']);
    expect(byName(value, 'BLOCK LAYER').labels).toEqual(['subsystem: block']);
    expect(byName(value, 'BLOCK LAYER').stance).toBeUndefined();
    expect(value.notOnGitHub).not.toContain('Miguel Ojeda <ojeda@kernel.org>');
    expect(value.notOnGitHub).toContain('Alex Gaynor <alex.gaynor@gmail.com>');
  });
});
