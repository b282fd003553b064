import { readFileSync } from 'node:fs';
import { formatSourceError } from '../errors.js';
import type { Policy } from '../model.js';
import { assemblePolicy, policyFromKernel } from './assemble-policy.js';
import { printPolicyYaml } from './print-policy.js';
import { validateConfig } from './validate-config.js';

/** Our own MAINTAINERS excerpt. */
const KERNEL = [
  'BLOCK LAYER',
  'M:\tJens Axboe <axboe@kernel.dk>',
  'S:\tMaintained',
  'F:\tblock/',
  '',
  'BLOCK LAYER DEVICE DRIVER API [RUST]',
  'M:\tAndreas Hindborg <a.hindborg@kernel.org>',
  'R:\tBoqun Feng <boqun.feng@gmail.com>',
  'S:\tSupported',
  'F:\trust/kernel/block/',
  '',
  'RUST',
  'M:\tMiguel Ojeda <ojeda@kernel.org>',
  'R:\tBoqun Feng <boqun.feng@gmail.com>',
  'S:\tSupported',
  'F:\trust/',
  '',
].join('\n');

const lines = (...text: string[]) => text.join('\n') + '\n';

/** Reads printed text back the way the CLI and the action would, with the same MAINTAINERS. */
function reread(printed: string, kernel: string): Policy {
  const doc = validateConfig(printed, 'maintainers.yml');
  expect([...doc.errors, ...doc.warnings].map(formatSourceError)).toEqual([]);
  const assembled = assemblePolicy(doc.value!, { text: kernel, file: 'MAINTAINERS' });
  expect(assembled.errors.map(formatSourceError)).toEqual([]);
  return assembled.value;
}

/** What must survive printing: everything but origins and where a stance came from. */
function meaning(policy: Policy) {
  return {
    rustFiles: policy.rustFiles.map((p) => [p.text, p.dialect]),
    defaultStance: policy.defaultStance,
    stanceResolution: policy.stanceResolution,
    labels: policy.labels,
    notOnGitHub: policy.notOnGitHub,
    subsystems: policy.subsystems.map((s) => ({
      name: s.name,
      stance: s.stance,
      maintainers: s.maintainers.map((p) => p.handle ?? p.display),
      reviewers: s.reviewers.map((p) => p.handle ?? p.display),
      files: s.files.map((p) => [p.text, p.dialect]),
      exclude: s.exclude.map((p) => [p.text, p.dialect]),
      names: s.names.map((p) => p.text),
      keywords: s.keywords.map((k) => k.text),
      labels: s.labels,
      status: s.status,
    })),
  };
}

describe('printPolicyYaml', () => {
  it('printPolicyYaml prints a MAINTAINERS policy as an import with people and stances', () => {
    const policy = policyFromKernel(KERNEL, 'MAINTAINERS').value;
    expect(printPolicyYaml(policy, { people: { 'ojeda@kernel.org': 'ojeda', 'axboe@kernel.dk': 'axboe' } })).toBe(
      lines(
        '# maintainers.yml for rust-patch-router, printed by `rust-patch-router import`.',
        '# Subsystems, paths and people are read from the MAINTAINERS file named under import.path; this file',
        '# adds what MAINTAINERS cannot say: who is who on GitHub (import.people) and the stance of each',
        '# subsystem on Rust (import.stances: core | opt-in | opt-out | undecided). Sections named "[RUST]" opt',
        '# in unless a stance says otherwise; the rest take default-stance.',
        '',
        'version: 1',
        'rust:',
        '  files:',
        '    - "**/*.rs"',
        'default-stance: undecided',
        'stance-resolution: most-specific',
        'labels:',
        '  core: "rust: core"',
        '  opt-in: rust',
        '  needs-ack: "rust: needs-ack"',
        '  blocked: "rust: blocked"',
        '  unstable-feature: "rust: unstable-feature"',
        '  toolchain: "rust: toolchain"',
        '  bindings-affected: "rust: bindings-affected"',
        'import:',
        '  path: MAINTAINERS',
        '  people:',
        '    ojeda@kernel.org: ojeda',
        '    axboe@kernel.dk: axboe',
        '  stances:',
        '    RUST: core',
        'subsystems: []',
      ),
    );
  });

  it('printPolicyYaml round-trips a lone MAINTAINERS: same subsystems, stances and people', () => {
    const policy = policyFromKernel(KERNEL, 'MAINTAINERS').value;
    const printed = printPolicyYaml(policy, { people: { 'boqun.feng@gmail.com': 'boqunfeng' } });
    const again = reread(printed, KERNEL);
    const expected = meaning(policy);
    expected.subsystems.forEach((s) => {
      s.maintainers = s.maintainers.map((p) => (p === 'Boqun Feng <boqun.feng@gmail.com>' ? 'boqunfeng' : p));
      s.reviewers = s.reviewers.map((p) => (p === 'Boqun Feng <boqun.feng@gmail.com>' ? 'boqunfeng' : p));
    });
    expected.notOnGitHub = expected.notOnGitHub.filter((p) => !p.startsWith('Boqun'));
    expect(meaning(again)).toEqual(expected);
  });

  it('printPolicyYaml round-trips an assembled policy: extensions, own subsystems and top-level keys', () => {
    const yml = lines(
      'version: 1',
      'rust:',
      '  files: ["**/*.rs", "**/Kconfig.rust"]',
      'default-stance: opt-out',
      'stance-resolution: strictest',
      'labels: { needs-ack: null, blocked: "rust: refused" }',
      'import:',
      '  path: MAINTAINERS',
      '  people: { a.hindborg@kernel.org: a-hindborg }',
      '  stances: { "BLOCK LAYER DEVICE DRIVER API [RUST]": undecided }',
      'subsystems:',
      '  - name: BLOCK LAYER',
      '    extends: imported',
      '    rust: opt-in',
      '    maintainers: [linux-block/maintainers]',
      '    labels: ["subsystem: block"]',
      '  - name: GPU DRIVERS',
      '    rust: opt-in',
      '    maintainers: [airlied]',
      '    reviewers: [dri-devel/reviewers]',
      '    files: [drivers/gpu/, "include/drm/drm", "drivers/gpu/**/*.rs"]',
      '    exclude: [drivers/gpu/drm/nouveau/]',
      '    names: ["drm"]',
      "    keywords: ['\\bdrm_']",
      '    labels: ["subsystem: gpu"]',
      '    status: maintained',
    );
    const policy = reread(yml, KERNEL);
    const printed = printPolicyYaml(policy);
    expect(meaning(reread(printed, KERNEL))).toEqual(meaning(policy));
  });

  it('printPolicyYaml prints the import.path it is given, wherever the MAINTAINERS was read from', () => {
    const policy = policyFromKernel(KERNEL, '/home/dev/linux/MAINTAINERS').value;
    const printed = printPolicyYaml(policy, { importPath: 'MAINTAINERS' });
    expect(printed).toContain(lines('import:', '  path: MAINTAINERS'));
    expect(meaning(reread(printed, KERNEL)).subsystems).toEqual(meaning(policy).subsystems);
  });

  it('printPolicyYaml keeps imported sections imported when they were read under another name', () => {
    const doc = validateConfig(lines('version: 1', 'import:', '  path: MAINTAINERS'), 'maintainers.yml');
    const policy = assemblePolicy(doc.value!, { text: KERNEL, file: './MAINTAINERS' }).value;
    const printed = printPolicyYaml(policy);
    expect(printed).toContain(lines('  path: MAINTAINERS', '  people: {}', '  stances: {}', 'subsystems: []'));
  });

  it('printPolicyYaml prints every subsystem in full for a policy that imports nothing', () => {
    const doc = validateConfig(
      lines('version: 1', 'subsystems:', '  - name: RUST', '    rust: core', '    files: [rust/]'),
      'maintainers.yml',
    );
    const policy = assemblePolicy(doc.value!).value;
    const printed = printPolicyYaml(policy);
    expect(printed).not.toContain('import:');
    expect(printed).toContain(lines('subsystems:', '  - name: RUST', '    rust: core', '    files:', '      - rust/'));
    expect(meaning(reread(printed, ''))).toEqual(meaning(policy));
  });

  it('printPolicyYaml round-trips the committed 6.12 MAINTAINERS excerpt (fixtures/linux-6.12)', () => {
    const kernel = readFileSync(new URL('../../fixtures/linux-6.12/MAINTAINERS', import.meta.url), 'utf8');
    const policy = policyFromKernel(kernel, 'MAINTAINERS').value;
    expect(policy.subsystems).toHaveLength(54);
    const printed = printPolicyYaml(policy, { people: { 'ojeda@kernel.org': 'ojeda', 'axboe@kernel.dk': 'axboe' } });
    const again = reread(printed, kernel);
    expect(again.subsystems.map((s) => [s.name, s.stance])).toEqual(policy.subsystems.map((s) => [s.name, s.stance]));
    expect(again.subsystems.find((s) => s.name === 'BLOCK LAYER')!.maintainers[0].handle).toBe('axboe');
  });
});
