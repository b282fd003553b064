import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import type { PathPattern, Subsystem } from '../model.js';
import { directoriesOf } from './directories.js';
import { compileSubsystemIndex } from './compile-subsystem-index.js';
import { compileNaiveMatcher } from './naive-matcher.js';
import type { IsDirectory, PathMatch } from './types.js';

/** Our own MAINTAINERS excerpt exercising each rule of docs/ROUTING.md, "Path patterns". */
const EXCERPT = `
DRM DRIVERS
F:\tinclude/drm/drm
F:\tdrivers/gpu/drm/

NETWORKING DRIVERS
F:\tdrivers/net/
X:\tdrivers/net/wireless/

NET TOP-LEVEL FILES
F:\tdrivers/net/*

ANY NET DIRECTORY
F:\t*/net/*

ALTERA EDAC
F:\tdrivers/edac/altera_edac.[ch]

RUST
F:\trust

TEGRA
N:\t[^a-z]tegra

THE REST
F:\t*
F:\t*/
`;

const subsystems = parseKernelMaintainers(EXCERPT, 'MAINTAINERS').value;
const rustIsADirectory: IsDirectory = (pattern) => pattern === 'rust';
const matchers = {
  compiled: (isDirectory: IsDirectory) => compileSubsystemIndex(subsystems, { isDirectory }).value.match,
  naive: (isDirectory: IsDirectory) => compileNaiveMatcher(subsystems, isDirectory),
};

/** `NAME specificity` for each owner, most specific first, `(fallback)` marked. */
function owners(matches: readonly PathMatch[], from: readonly Subsystem[] = subsystems): string[] {
  return matches.map((m) => `${from[m.subsystem].name} ${m.specificity}${m.fallback ? ' (fallback)' : ''}`);
}

describe.each(Object.entries(matchers))('path semantics of get_maintainer.pl (%s matcher)', (_kind, build) => {
  const match = build(rustIsADirectory);

  it.each([
    [
      'include/drm/drm owns include/drm/drm_foo.h (the end is open)',
      'include/drm/drm_foo.h',
      ['DRM DRIVERS 3', 'THE REST -1 (fallback)'],
    ],
    [
      'include/drm/drm does not own a path below include/drm/drmfoo/',
      'include/drm/drmfoo/x.h',
      ['THE REST -1 (fallback)'],
    ],
    ['dir/ owns every file below it', 'drivers/gpu/drm/i915/a/b.c', ['DRM DRIVERS 3', 'THE REST -1 (fallback)']],
    [
      'drivers/net/* owns the files in drivers/net',
      'drivers/net/loopback.c',
      ['NET TOP-LEVEL FILES 3', 'NETWORKING DRIVERS 2', 'ANY NET DIRECTORY -1 (fallback)', 'THE REST -1 (fallback)'],
    ],
    [
      'drivers/net/* does not own files below drivers/net/phy',
      'drivers/net/phy/ax88796b.c',
      ['NETWORKING DRIVERS 2', 'THE REST -1 (fallback)'],
    ],
    ['X: removes the subsystem for the paths it matches', 'drivers/net/wireless/ath.c', ['THE REST -1 (fallback)']],
    [
      '*/net/* owns files in any top-level directory/net',
      'arch/net/x.c',
      ['ANY NET DIRECTORY -1 (fallback)', 'THE REST -1 (fallback)'],
    ],
    ['*/net/* needs the same number of /', 'net/core/dev.c', ['THE REST -1 (fallback)']],
    ['[ch] is a character class', 'drivers/edac/altera_edac.h', ['ALTERA EDAC 3', 'THE REST -1 (fallback)']],
    ['[ch] does not match other characters', 'drivers/edac/altera_edac.o', ['THE REST -1 (fallback)']],
    [
      'a directory named without its slash owns the files below',
      'rust/kernel/str.rs',
      ['RUST 1', 'THE REST -1 (fallback)'],
    ],
    ['a directory named without its slash does not prefix-match files', 'rustfmt.toml', ['THE REST -1 (fallback)']],
    ['N: is searched in the whole path', 'arch/arm/mach-tegra/board.c', ['TEGRA 0', 'THE REST -1 (fallback)']],
    ['N: [^a-z]tegra does not match integrator', 'drivers/integrator/core.c', ['THE REST -1 (fallback)']],
    ['THE REST (* and */) owns the top level', 'Makefile', ['THE REST -1 (fallback)']],
  ])('%s: %s', (_rule, path, expected) => {
    expect(owners(match(path))).toEqual(expected);
  });

  it('a literal pattern that names no directory keeps its prefix meaning', () => {
    const notADirectory = build(() => false);
    expect(owners(notADirectory('rustfmt.toml'))).toEqual(['RUST 1', 'THE REST -1 (fallback)']);
    expect(owners(notADirectory('rust/kernel/str.rs'))).toEqual(['THE REST -1 (fallback)']);
  });

  it('reports the most specific matching pattern of each subsystem', () => {
    const [drm] = match('include/drm/drm_foo.h');
    expect(drm.pattern).toMatchObject({ text: 'include/drm/drm', origin: { file: 'MAINTAINERS', line: 3, col: 4 } });
  });
});

function yamlSubsystem(name: string, files: [string, PathPattern['dialect']][], exclude: string[] = []): Subsystem {
  const origin = { file: 'maintainers.yml', line: 1, col: 1 };
  return {
    name,
    maintainers: [],
    reviewers: [],
    files: files.map(([text, dialect]) => ({ text, dialect, origin })),
    exclude: exclude.map((text) => ({ text, dialect: text.includes('**') ? 'glob' : 'kernel', origin })),
    names: [],
    keywords: [],
    labels: [],
    origin,
    tags: {},
  };
}

describe('maintainers.yml globs in the same index', () => {
  const policy = [
    yamlSubsystem('RUST BINDINGS', [['rust/**/*.rs', 'glob']]),
    yamlSubsystem('DOCS', [['Documentation/{rust,process}/**', 'glob']], ['Documentation/process/**/*.txt']),
    yamlSubsystem('SAMPLES', [['samples/**/', 'glob']]),
    yamlSubsystem('KCONFIG', [['**/Kconfig', 'glob']]),
    yamlSubsystem('RUST TREE', [['rust/', 'kernel']]),
  ];
  const { value: index, errors } = compileSubsystemIndex(policy);

  it.each([
    ['rust/kernel/block/mq.rs', ['RUST BINDINGS 3', 'RUST TREE 1']],
    ['Documentation/rust/index.rst', ['DOCS 3']],
    ['Documentation/process/a/b.txt', []],
    ['samples/rust/minimal.rs', ['SAMPLES 2']],
    ['drivers/net/Kconfig', ['KCONFIG -1 (fallback)']],
    ['Kconfig', ['KCONFIG -1 (fallback)']],
    ['.github/Kconfig', ['KCONFIG -1 (fallback)']],
  ])('%s → %j', (path, expected) => {
    expect(errors).toEqual([]);
    expect(owners(index.match(path), policy)).toEqual(expected);
    expect(owners(compileNaiveMatcher(policy, () => false)(path), policy)).toEqual(expected);
  });
});

describe('compileSubsystemIndex errors', () => {
  it.each([
    [
      'F:\tdrivers/[ab',
      'BAD_GLOB',
      'bad path pattern "drivers/[ab" (get_maintainer.pl reads it as the regex ^drivers/[ab)',
    ],
    ['N:\t(a)\\1', 'BAD_REGEX', 'bad regular expression "(a)\\1": backreferences (\\1) are not supported'],
    ['X:\tx/(', 'BAD_GLOB', 'bad path pattern "x/("'],
  ])('%j is %s at its origin, naming the pattern', (line, code, message) => {
    const parsed = parseKernelMaintainers(`BROKEN\n${line}\nF:\tok/\n`, 'MAINTAINERS');
    const { value, errors } = compileSubsystemIndex(parsed.value);
    expect(errors).toEqual([expect.objectContaining({ code, file: 'MAINTAINERS', line: 2 })]);
    expect(errors[0].message).toContain(message);
    expect(value.match('ok/file.c').map((m) => m.pattern.text)).toEqual(['ok/']);
  });

  it('an unclosed glob bracket is BAD_GLOB, never a pattern that silently matches nothing', () => {
    const { errors } = compileSubsystemIndex([yamlSubsystem('X', [['src/{a,b/**', 'glob']])]);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'BAD_GLOB', message: `bad glob "src/{a,b/**": unclosed '{'` }),
    ]);
  });
});

describe('explain', () => {
  const { value: index } = compileSubsystemIndex(subsystems, { isDirectory: rustIsADirectory });

  it('explain lists every pattern that matched and every X: that excluded', () => {
    const { matched, excluded } = index.explain('drivers/net/wireless/ath.c');
    expect(matched.map((h) => `${subsystems[h.subsystem].name}: ${h.pattern.text}`)).toEqual([
      'NETWORKING DRIVERS: drivers/net/',
      'THE REST: */',
    ]);
    expect(excluded.map((h) => `${subsystems[h.subsystem].name}: ${h.pattern.text}`)).toEqual([
      'NETWORKING DRIVERS: drivers/net/wireless/',
    ]);
  });
});

describe('compiled index == naive matcher on random kernel-ish policies (property)', () => {
  const segment = fc.constantFrom('a', 'b', 'ab', 'a.b', '.a', 'c');
  const path = fc
    .array(fc.oneof({ weight: 20, arbitrary: segment }, fc.constantFrom('x\ny', '😀', 'é')), {
      minLength: 1,
      maxLength: 4,
    })
    .map((parts) => parts.join('/'));
  const piece = fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[^a]', '[a-c]', '/', 'ab', '+', '(a|b)', '\\.');
  const kernelPattern = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  const globPattern = fc.constantFrom('a/**', '**/b', 'a/{b,ab}/**', '**', 'ab/**/*.b', 'a/**/');
  const namePattern = fc.constantFrom('a', '[^a-z]b', 'a\\.b', '^a/', 'b$', '(?i)AB', '\\bab\\b', 'a b # comment');
  const origin = { file: 'P', line: 1, col: 1 };
  const subsystemArb = fc.record({
    files: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: kernelPattern.map((text) => ({ text, dialect: 'kernel' as const, origin })) },
        globPattern.map((text) => ({ text, dialect: 'glob' as const, origin })),
      ),
      { maxLength: 3 },
    ),
    exclude: fc.array(
      kernelPattern.map((text) => ({ text, dialect: 'kernel' as const, origin })),
      { maxLength: 1 },
    ),
    names: fc.array(
      namePattern.map((text) => ({ text, dialect: 'regex' as const, origin })),
      { maxLength: 1 },
    ),
  });

  it('matches the same subsystems, in the same order, with the same patterns', () => {
    fc.assert(
      fc.property(
        fc.array(subsystemArb, { minLength: 1, maxLength: 5 }),
        fc.array(path, { minLength: 1, maxLength: 12 }),
        (specs, paths) => {
          const policy = specs.map((spec, i) => ({ ...yamlSubsystem(`S${i}`, []), ...spec }));
          const isDirectory = directoriesOf(paths);
          const index = compileSubsystemIndex(policy, { isDirectory }).value;
          const naive = compileNaiveMatcher(policy, isDirectory);
          for (const p of paths) expect(index.match(p)).toEqual(naive(p));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parity with get_maintainer.pl on the committed 6.12 excerpt (fixtures/linux-6.12)', () => {
  it('compileSubsystemIndex names the same subsystems as get_maintainer.pl for each of the 840 sampled paths', () => {
    const read = (name: string) => readFileSync(new URL(`../../fixtures/linux-6.12/${name}`, import.meta.url), 'utf8');
    const parsed = parseKernelMaintainers(read('MAINTAINERS'), 'MAINTAINERS').value;
    const isDirectory = directoriesOf(read('files.txt').split('\n').filter(Boolean));
    const { value: index, errors } = compileSubsystemIndex(parsed, { isDirectory });
    expect(errors).toEqual([]);
    const rows = read('get_maintainer.sample.tsv').split('\n').filter(Boolean);
    expect(rows).toHaveLength(840);
    const disagreements = rows.flatMap((row) => {
      const [path, names] = row.split('\t');
      const expected = [...new Set(names.split(';'))].sort().join(';');
      const actual = [...new Set(index.match(path).map((m) => parsed[m.subsystem].name))].sort().join(';');
      return actual === expected ? [] : [{ path, expected, actual }];
    });
    expect(disagreements).toEqual([]);
  });
});
