import { DEFAULT_RUST_REVIEW, DEFAULT_STATUS_LABELS } from '../model.js';
import { formatSourceError } from '../errors.js';
import { validateConfig } from './validate-config.js';

const lines = (...text: string[]) => text.join('\n') + '\n';
const problems = (text: string) => validateConfig(text, 'maintainers.yml').errors.map(formatSourceError);

describe('validateConfig', () => {
  it('validateConfig reads every key of docs/POLICY.md with the origin of each value', () => {
    const { value, errors, warnings } = validateConfig(
      lines(
        'version: 1',
        'rust:',
        '  files: ["**/*.rs", "rust/**"]',
        'default-stance: opt-out',
        'stance-resolution: strictest',
        'labels:',
        '  core: "rust: tree"',
        '  needs-ack: null',
        'import:',
        '  path: ./MAINTAINERS',
        '  people: { ojeda@kernel.org: ojeda, team@example.org: rust-for-linux/reviewers }',
        '  stances: { "BPF [GENERAL] (Safe Dynamic Programs and Tools)": opt-out }',
        'subsystems:',
        '  - name: RUST',
        '    rust: core',
        '    maintainers: [ojeda, alex]',
        '    reviewers: [rust-for-linux/reviewers]',
        '    files: [rust/, samples/rust/, "scripts/*rust*", "rust/**/*.rs", "drivers/{gpu,net}/"]',
        '    exclude: [rust/kernel/block/]',
        '    names: ["rust"]',
        "    keywords: ['\\b(?i:rust)\\b']",
        '    labels: ["subsystem: rust"]',
        '    status: supported',
        '  - name: BLOCK LAYER',
        '    extends: imported',
        '    labels: [block]',
      ),
      'maintainers.yml',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const at = (line: number, col: number) => ({ file: 'maintainers.yml', line, col });
    expect(value).toEqual({
      file: 'maintainers.yml',
      version: 1,
      rustFiles: [
        { text: '**/*.rs', dialect: 'glob', origin: at(3, 11) },
        { text: 'rust/**', dialect: 'glob', origin: at(3, 22) },
      ],
      defaultStance: 'opt-out',
      stanceResolution: 'strictest',
      labels: { ...DEFAULT_STATUS_LABELS, core: 'rust: tree', 'needs-ack': null },
      rustReview: DEFAULT_RUST_REVIEW,
      import: {
        path: 'MAINTAINERS',
        origin: at(10, 9),
        people: [
          { email: 'ojeda@kernel.org', handle: 'ojeda', origin: at(11, 13) },
          { email: 'team@example.org', handle: 'rust-for-linux/reviewers', origin: at(11, 38) },
        ],
        stances: [
          { section: 'BPF [GENERAL] (Safe Dynamic Programs and Tools)', stance: 'opt-out', origin: at(12, 14) },
        ],
      },
      subsystems: [
        {
          subsystem: {
            name: 'RUST',
            stance: 'core',
            stanceSource: 'policy',
            maintainers: [
              { handle: 'ojeda', display: 'ojeda' },
              { handle: 'alex', display: 'alex' },
            ],
            reviewers: [{ handle: 'rust-for-linux/reviewers', display: 'rust-for-linux/reviewers' }],
            files: [
              { text: 'rust/', dialect: 'kernel', origin: at(18, 13) },
              { text: 'samples/rust/', dialect: 'kernel', origin: at(18, 20) },
              { text: 'scripts/*rust*', dialect: 'kernel', origin: at(18, 35) },
              { text: 'rust/**/*.rs', dialect: 'glob', origin: at(18, 53) },
              { text: 'drivers/{gpu,net}/', dialect: 'glob', origin: at(18, 69) },
            ],
            exclude: [{ text: 'rust/kernel/block/', dialect: 'kernel', origin: at(19, 15) }],
            names: [{ text: 'rust', dialect: 'regex', origin: at(20, 13) }],
            keywords: [{ text: '\\b(?i:rust)\\b', origin: at(21, 16) }],
            labels: ['subsystem: rust'],
            status: 'supported',
            origin: at(14, 11),
            tags: {},
          },
        },
        {
          subsystem: {
            name: 'BLOCK LAYER',
            maintainers: [],
            reviewers: [],
            files: [],
            exclude: [],
            names: [],
            keywords: [],
            labels: ['block'],
            origin: at(24, 11),
            tags: {},
          },
          extendsImported: at(25, 5),
        },
      ],
    });
  });

  it('validateConfig fills in the defaults of docs/POLICY.md', () => {
    const { value, errors } = validateConfig('version: 1\n', 'maintainers.yml');
    expect(errors).toEqual([]);
    expect(value).toEqual({
      file: 'maintainers.yml',
      version: 1,
      rustFiles: [{ text: '**/*.rs', dialect: 'glob', origin: { file: 'maintainers.yml', line: 1, col: 1 } }],
      defaultStance: 'undecided',
      stanceResolution: 'most-specific',
      labels: DEFAULT_STATUS_LABELS,
      rustReview: DEFAULT_RUST_REVIEW,
      subsystems: [],
    });
  });

  // docs/RUST-REVIEW.md, "Checks": each check off, warn or block; the files they read; a key not given keeps its default.
  it('validateConfig reads rust.checks and the files the checks and interface routing read', () => {
    const { value, errors } = validateConfig(
      lines(
        'version: 1',
        'rust:',
        '  checks: { unstable-feature: block, safety-comment: off }',
        '  features-files: [build/allowed-features.txt]',
        '  interface-files: ["rust/**/*.rs"]',
        'labels: { toolchain: null }',
      ),
      'maintainers.yml',
    );
    expect(errors).toEqual([]);
    expect(value?.rustReview).toEqual({
      checks: { 'safety-comment': 'off', 'unstable-feature': 'block', toolchain: 'warn' },
      featuresFiles: ['build/allowed-features.txt'],
      toolchainFiles: DEFAULT_RUST_REVIEW.toolchainFiles,
      interfaceFiles: ['rust/**/*.rs'],
    });
    expect(value?.labels.toolchain).toBeNull();
    expect(value?.labels['unstable-feature']).toBe('rust: unstable-feature');
  });

  it('validateConfig names a check level or check it does not know, with its line', () => {
    expect(problems(lines('version: 1', 'rust:', '  checks: { toolchain: blok }'))).toEqual([
      "maintainers.yml:3:24: unknown rust.checks.toolchain level 'blok' (did you mean 'block'?)",
    ]);
    expect(problems(lines('version: 1', 'rust:', '  checks: { safety: warn }'))).toEqual([
      "maintainers.yml:3:13: unknown key 'safety' in rust.checks; expected one of: safety-comment, unstable-feature, toolchain",
    ]);
  });

  // (docs/POLICY.md, "Errors"): each bad input exits with `file:line:col: message`, with a "did you mean" for typos.
  it.each([
    [
      'malformed YAML: unclosed quote',
      lines('version: 1', 'subsystems:', '  - name: "RUST'),
      ['maintainers.yml:4:1: Missing closing "quote'],
    ],
    [
      'malformed YAML: bad indentation',
      lines('version: 1', 'labels:', '  core: x', ' blocked: y'),
      ['maintainers.yml:4:1: All mapping items must start at the same column'],
    ],
    [
      'malformed YAML: duplicate key',
      lines('version: 1', 'default-stance: opt-in', 'default-stance: opt-out'),
      ["maintainers.yml:3:1: duplicate key 'default-stance'"],
    ],
    [
      'malformed YAML: tab indentation',
      lines('version: 1', 'rust:', '\tfiles: []'),
      ['maintainers.yml:3:1: Tabs are not allowed as indentation'],
    ],
    [
      'malformed YAML: two documents',
      lines('version: 1', '---', 'version: 1'),
      ["maintainers.yml:2:1: a policy is a single YAML document: remove the second '---'"],
    ],
    [
      'unknown top-level key',
      lines('version: 1', 'subsytems: []'),
      ["maintainers.yml:2:1: unknown key 'subsytems' (did you mean 'subsystems'?)"],
    ],
    [
      'unknown key without a near match',
      lines('version: 1', 'owners: []'),
      [
        "maintainers.yml:2:1: unknown key 'owners'; expected one of: version, rust, default-stance, stance-resolution, labels, import, subsystems",
      ],
    ],
    [
      'unknown subsystem key',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    maintainer: [ojeda]', '    files: [rust/]'),
      ["maintainers.yml:4:5: unknown key 'maintainer' in subsystem (did you mean 'maintainers'?)"],
    ],
    [
      'unknown label key',
      lines('version: 1', 'labels:', '  opt_in: rust'),
      ["maintainers.yml:3:3: unknown key 'opt_in' in labels (did you mean 'opt-in'?)"],
    ],
    [
      'unknown import key',
      lines('version: 1', 'import:', '  path: MAINTAINERS', '  stance: {}'),
      ["maintainers.yml:4:3: unknown key 'stance' in import (did you mean 'stances'?)"],
    ],
    [
      'wrong type: files is a string',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: rust/'),
      ['maintainers.yml:4:12: files: expected a list of strings, got a string (write [rust/])'],
    ],
    [
      'wrong type: subsystems is a mapping',
      lines('version: 1', 'subsystems:', '  RUST: {}'),
      ['maintainers.yml:3:3: subsystems: expected a list of subsystems, got a mapping'],
    ],
    [
      'wrong type: a number where a string goes',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', '    maintainers: [1234]'),
      ['maintainers.yml:5:19: maintainers: expected a string, got a number (quote it: "1234")'],
    ],
    [
      'wrong type: labels is a list',
      lines('version: 1', 'labels: [rust]'),
      ['maintainers.yml:2:9: labels: expected a mapping, got a list'],
    ],
    [
      'wrong type: the policy is a list',
      lines('- version: 1'),
      ['maintainers.yml:1:1: the policy: expected a mapping, got a list'],
    ],
    [
      'empty policy',
      '# nothing yet\n',
      ["maintainers.yml:1:1: empty policy: expected a mapping that starts with 'version: 1'"],
    ],
    [
      'unknown stance',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    rust: opt-inn', '    files: [rust/]'),
      ["maintainers.yml:4:11: unknown stance 'opt-inn' (did you mean 'opt-in'?)"],
    ],
    [
      'unknown default-stance',
      lines('version: 1', 'default-stance: undecied'),
      ["maintainers.yml:2:17: unknown stance 'undecied' (did you mean 'undecided'?)"],
    ],
    [
      'default-stance core',
      lines('version: 1', 'default-stance: core'),
      ["maintainers.yml:2:17: default-stance cannot be 'core': give 'rust: core' to the Rust tree's subsystem"],
    ],
    [
      'unknown import stance',
      lines('version: 1', 'import:', '  path: MAINTAINERS', '  stances: { RUST: cor }'),
      ["maintainers.yml:4:20: unknown stance 'cor' (did you mean 'core'?)"],
    ],
    [
      'unknown stance-resolution',
      lines('version: 1', 'stance-resolution: strict'),
      ["maintainers.yml:2:20: unknown stance-resolution 'strict'; expected one of: most-specific, strictest"],
    ],
    [
      'missing version',
      lines('default-stance: opt-in'),
      ["maintainers.yml:1:1: missing 'version: 1' (the policy format's version)"],
    ],
    [
      'version 2',
      lines('version: 2'),
      ['maintainers.yml:1:10: unsupported version 2: this rust-patch-router reads version 1'],
    ],
    [
      'version as a string',
      lines('version: "1"'),
      ['maintainers.yml:1:10: unsupported version "1": this rust-patch-router reads version 1'],
    ],
    [
      'status label over 50 characters',
      lines('version: 1', 'labels:', `  blocked: "rust: blocked until the subsystem maintainers approve it"`),
      [
        "maintainers.yml:3:12: label 'rust: blocked until the subsystem maintainers approve it' is 56 characters; GitHub allows at most 50",
      ],
    ],
    [
      'subsystem label over 50 characters',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', `    labels: [${'x'.repeat(51)}]`),
      [`maintainers.yml:5:14: label '${'x'.repeat(51)}' is 51 characters; GitHub allows at most 50`],
    ],
    [
      'duplicate subsystem',
      lines(
        'version: 1',
        'subsystems:',
        '  - name: RUST',
        '    files: [rust/]',
        '  - name: BLOCK LAYER',
        '    files: [block/]',
        '  - name: RUST',
        '    files: [samples/rust/]',
      ),
      ["maintainers.yml:7:11: duplicate subsystem 'RUST', also defined at maintainers.yml:3:11"],
    ],
    [
      'subsystem with an empty name',
      lines('version: 1', 'subsystems:', '  - name: ""', '    files: [rust/]'),
      ['maintainers.yml:3:11: name: empty string'],
    ],
    [
      'subsystem without a name',
      lines('version: 1', 'subsystems:', '  - files: [rust/]'),
      ["maintainers.yml:3:5: subsystem has no 'name'"],
    ],
    [
      'login with @',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', '    maintainers: ["@ojeda"]'),
      ["maintainers.yml:5:19: '@ojeda' is not a GitHub login: write it without '@'"],
    ],
    [
      'login with a double hyphen',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', '    reviewers: [alex--gaynor]'),
      [
        "maintainers.yml:5:17: 'alex--gaynor' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
      ],
    ],
    [
      'e-mail as a login',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', '    maintainers: [ojeda@kernel.org]'),
      [
        "maintainers.yml:5:19: 'ojeda@kernel.org' is an e-mail address, not a GitHub login (map e-mails to logins under import.people)",
      ],
    ],
    [
      'malformed team',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', '    reviewers: [rust-for-linux/]'),
      [
        "maintainers.yml:5:17: 'rust-for-linux/' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers",
      ],
    ],
    [
      'people key not an e-mail',
      lines('version: 1', 'import:', '  path: MAINTAINERS', '  people: { ojeda: ojeda }'),
      ["maintainers.yml:4:13: import.people: 'ojeda' is not an e-mail address (map e-mail: login)"],
    ],
    [
      'people value not a login',
      lines('version: 1', 'import:', '  path: MAINTAINERS', '  people: { ojeda@kernel.org: Miguel Ojeda }'),
      [
        "maintainers.yml:4:31: 'Miguel Ojeda' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
      ],
    ],
    [
      'people e-mail mapped twice in different case',
      lines(
        'version: 1',
        'import:',
        '  path: MAINTAINERS',
        '  people:',
        '    ojeda@kernel.org: ojeda',
        '    Ojeda@Kernel.org: miguel',
      ),
      ["maintainers.yml:6:5: import.people: 'Ojeda@Kernel.org' is mapped twice, also at maintainers.yml:5:5"],
    ],
    [
      'import without a path',
      lines('version: 1', 'import:', '  stances: {}'),
      ["maintainers.yml:2:1: import: missing 'path' (the MAINTAINERS file, relative to the repository root)"],
    ],
    [
      'import path outside the repository',
      lines('version: 1', 'import:', '  path: ../linux/MAINTAINERS'),
      ["maintainers.yml:3:9: import.path '../linux/MAINTAINERS' must stay inside the repository (relative, no '..')"],
    ],
    [
      'extends with a typo',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    extends: import'),
      ["maintainers.yml:4:14: unknown extends value 'import' (did you mean 'imported'?)"],
    ],
    [
      'extends with files',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    extends: imported', '    files: [rust/]'),
      [
        "maintainers.yml:5:5: 'files' cannot be used with 'extends: imported': it adds only rust, maintainers, reviewers and labels; paths and status come from MAINTAINERS",
      ],
    ],
    [
      'empty pattern',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/, ""]'),
      ['maintainers.yml:4:20: files: empty string'],
    ],
    [
      'unknown alias',
      lines('version: 1', 'subsystems:', '  - name: RUST', '    files: [rust/]', '    maintainers: *rust-people'),
      ["maintainers.yml:5:18: unknown alias '*rust-people': define '&rust-people' before it"],
    ],
  ])('validateConfig rejects %s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('validateConfig lets import.path leave the repository only where asked (the command line reads it from disk)', () => {
    const text = lines('version: 1', 'import:', '  path: ../linux/MAINTAINERS');
    expect(validateConfig(text, 'maintainers.yml').errors).toHaveLength(1);
    const local = validateConfig(text, 'maintainers.yml', { importOutsideRepository: true });
    expect(local.errors).toEqual([]);
    expect(local.value?.import?.path).toBe('../linux/MAINTAINERS');
  });

  it('validateConfig collects every error, in document order, and returns no value', () => {
    const { value, errors } = validateConfig(
      lines(
        'version: 1',
        'default-stance: opt-inn',
        'subsystems:',
        '  - name: RUST',
        '    rust: cor',
        '    files: rust/',
        '  - name: RUST',
        '    files: [rust/]',
        '    maintainers: ["@ojeda"]',
      ),
      'maintainers.yml',
    );
    expect(value).toBeNull();
    expect(errors.map(formatSourceError)).toEqual([
      "maintainers.yml:2:17: unknown stance 'opt-inn' (did you mean 'opt-in'?)",
      "maintainers.yml:5:11: unknown stance 'cor' (did you mean 'core'?)",
      'maintainers.yml:6:12: files: expected a list of strings, got a string (write [rust/])',
      "maintainers.yml:7:11: duplicate subsystem 'RUST', also defined at maintainers.yml:4:11",
      "maintainers.yml:9:19: '@ojeda' is not a GitHub login: write it without '@'",
    ]);
  });

  it('validateConfig reads a CRLF file with the same values and positions', () => {
    const { value, errors } = validateConfig(
      'version: 1\r\nsubsystems:\r\n  - name: RUST\r\n    files: [rust/]\r\n',
      'maintainers.yml',
    );
    expect(errors).toEqual([]);
    expect(value!.subsystems[0].subsystem.origin).toEqual({ file: 'maintainers.yml', line: 3, col: 11 });
    expect(value!.subsystems[0].subsystem.files).toEqual([
      { text: 'rust/', dialect: 'kernel', origin: { file: 'maintainers.yml', line: 4, col: 13 } },
    ]);
  });

  it('validateConfig warns about a subsystem that owns nothing', () => {
    const { errors, warnings } = validateConfig(
      lines('version: 1', 'subsystems:', '  - name: RUST'),
      'maintainers.yml',
    );
    expect(errors).toEqual([]);
    expect(warnings.map(formatSourceError)).toEqual([
      "maintainers.yml:3:11: subsystem 'RUST' has no files, names or keywords: it owns nothing",
    ]);
  });

  it('validateConfig follows aliases, so people lists can be shared', () => {
    const { value, errors } = validateConfig(
      lines(
        'version: 1',
        'subsystems:',
        '  - name: RUST',
        '    maintainers: &rust-people [ojeda, alex]',
        '    files: [rust/]',
        '  - name: BLOCK LAYER DEVICE DRIVER API [RUST]',
        '    maintainers: *rust-people',
        '    files: [rust/kernel/block/]',
      ),
      'maintainers.yml',
    );
    expect(errors).toEqual([]);
    expect(value!.subsystems[1].subsystem.maintainers.map((p) => p.handle)).toEqual(['ojeda', 'alex']);
  });

  it('validateConfig reports a repeated entry at the alias that repeats it', () => {
    const text = lines('version: 1', 'subsystems:', '  - &rust { name: RUST, files: [rust/] }', '  - *rust');
    expect(problems(text)).toEqual([
      "maintainers.yml:4:5: duplicate subsystem 'RUST', also defined at maintainers.yml:3:19",
    ]);
  });

  it('validateConfig checks a nested alias bomb one level deep, without expanding it', () => {
    // Each level lists the previous one ten times: 10^7 names from a few hundred bytes.
    const levels = ['version: 1', 'x-0: &l0 [a, a, a, a, a, a, a, a, a, a]'];
    for (let i = 1; i <= 7; i++)
      levels.push(
        `x-${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    levels.push('subsystems:', '  - name: RUST', '    files: [rust/]', '    maintainers: *l7');
    const errors = problems(lines(...levels)).filter((error) => !error.includes('unknown key'));
    // Reported at each `*l6` of line 9, the aliases that brought a list where a login goes.
    const columns = Array.from({ length: 10 }, (_, i) => 11 + 5 * i);
    expect(errors).toEqual(
      columns.map((col) => `maintainers.yml:9:${col}: maintainers: expected a string, got a list`),
    );
  });

  it('validateConfig stops an alias bomb that fits the policy shape with one error', () => {
    // One list of 1,000 logins given to 5,000 subsystems: 5 million reads from 200 kB.
    const people = Array.from({ length: 1000 }, (_, i) => `dev${i}`).join(', ');
    const entries = Array.from(
      { length: 5000 },
      (_, i) => `  - { name: S${i}, files: [s${i}/], maintainers: *people }`,
    );
    const text = lines('version: 1', `x: &people [${people}]`, 'subsystems:', ...entries);
    const errors = problems(text).filter((error) => !error.includes('unknown key'));
    expect(errors).toEqual([
      expect.stringMatching(/^maintainers\.yml:\d+:\d+: aliases expand to too many nodes \(an alias bomb\?\)$/),
    ]);
  });

  it('validateConfig refuses an alias that refers to the node containing it', () => {
    const text = lines('version: 1', 'subsystems: &all', '  - name: RUST', '    files: *all');
    expect(problems(text)).toEqual(["maintainers.yml:4:12: unknown alias '*all': define '&all' before it"]);
  });

  it('validateConfig reads a multi-megabyte policy (20,000 subsystems)', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) =>
      lines(
        `  - name: DRIVER ${i}`,
        '    rust: opt-in',
        `    maintainers: [dev${i}]`,
        `    files: [drivers/misc/d${i}/, "include/linux/d${i}*.h"]`,
      ),
    );
    const text = 'version: 1\nsubsystems:\n' + entries.join('');
    expect(text.length).toBeGreaterThan(2_000_000);
    const { value, errors } = validateConfig(text, 'maintainers.yml');
    expect(errors).toEqual([]);
    expect(value!.subsystems).toHaveLength(20_000);
    expect(value!.subsystems[19_999].subsystem.origin).toEqual({ file: 'maintainers.yml', line: 79_999, col: 11 });
  });

  it('validateConfig reports YAML nested too deeply to parse as an error, not a crash', () => {
    const text = 'version: 1\nrust: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    const { value, errors } = validateConfig(text, 'maintainers.yml');
    expect(value).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].code).toBe('YAML_SYNTAX');
  });
});
