import { readFileSync } from 'node:fs';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { compileKeywordIndex, MAX_KEYWORD_LINE_LENGTH } from './keyword-index.js';
import { utf8Length } from './utf8-length.js';

/** Real K: lines of the 6.12 MAINTAINERS, in our own small excerpt. */
const EXCERPT = `RUST
K:\t\\b(?i:rust)\\b

BPF [GENERAL] (Safe Dynamic Programs and Tools)
K:\t(?:\\b|_)bpf(?:\\b|_)

PIDFD API
K:\t(?i)pidfd
K:\t(?i)clone3

ETHERNET PHY LIBRARY
K:\tphylink\\.h|struct\\s+phylink|\\.phylink|>phylink_

CATASTROPHIC
K:\t(a+)+$
K:\t(x+x+)+y
`;

const subsystems = parseKernelMaintainers(EXCERPT, 'MAINTAINERS').value;
const { value: index, errors } = compileKeywordIndex(subsystems);
const MIB = 1024 * 1024;

function mentioned(texts: string[], budget = MIB): string[] {
  return index.scan(texts, budget).hits.map((hit) => `${subsystems[hit.subsystem].name}: ${hit.keyword.text}`);
}

describe('compileKeywordIndex', () => {
  it('compiles the real K: syntax with no error', () => {
    expect(errors).toEqual([]);
  });

  it.each([
    ['Rust', ['RUST: \\b(?i:rust)\\b']],
    ['Add RUST bindings', ['RUST: \\b(?i:rust)\\b']],
    ['trust the process', []],
    ['rusty nails', []],
    ['static int bpf_prog_load(void)', ['BPF [GENERAL] (Safe Dynamic Programs and Tools): (?:\\b|_)bpf(?:\\b|_)']],
    ['ebpfx', []],
    ['SYSCALL_DEFINE2(PIDFD_open, pid_t, pid)', ['PIDFD API: (?i)pidfd']],
    ['\tstruct   phylink *pl;', ['ETHERNET PHY LIBRARY: phylink\\.h|struct\\s+phylink|\\.phylink|>phylink_']],
  ])('%j mentions %j', (text, expected) => {
    expect(mentioned([text])).toEqual(expected);
  });

  it('reports each keyword once, in policy order, whichever text it is found in', () => {
    expect(mentioned(['clone3 for Rust', 'body', 'pidfd_open(rust)'])).toEqual([
      'RUST: \\b(?i:rust)\\b',
      'PIDFD API: (?i)pidfd',
      'PIDFD API: (?i)clone3',
    ]);
  });

  it("inText searches one whole text, as get_maintainer.pl's --keywords-in-file does (a keyword may span lines)", () => {
    const hits = (text: string) =>
      index.inText(text).map((hit) => `${subsystems[hit.subsystem].name}: ${hit.keyword.text}`);
    expect(hits('/* rust */\nstruct\nphylink *pl;')).toEqual([
      'RUST: \\b(?i:rust)\\b',
      'ETHERNET PHY LIBRARY: phylink\\.h|struct\\s+phylink|\\.phylink|>phylink_',
    ]);
    expect(index.inText('first\nsee pidfd here')[0].line).toBe('see pidfd here');
    expect(hits('nothing to see')).toEqual([]);
  });

  it('matches line by line, as get_maintainer.pl does (a keyword does not span lines)', () => {
    expect(mentioned(['struct\nphylink'])).toEqual([]);
    expect(mentioned(['first line\r\nRust\r\n'])).toEqual(['RUST: \\b(?i:rust)\\b']);
  });

  it('a regex that backtracking engines take exponential time on, against 1 MB, returns and says the scan was capped', () => {
    const lines = `${'a'.repeat(1023)}\n`.repeat(1024); // 1 MiB of "aaaa…" lines
    const result = index.scan([lines, `${'x'.repeat(MIB)}`], 64 * 1024);
    expect(result.scan).toEqual({ scannedBytes: 64 * 1024, totalBytes: 2 * MIB, capped: true });
    expect(result.hits.map((hit) => hit.keyword.text)).toEqual(['(a+)+$']);
  });

  it('cuts each line at MAX_KEYWORD_LINE_LENGTH and reports that as capped', () => {
    const line = `${'x'.repeat(MAX_KEYWORD_LINE_LENGTH)}Rust`;
    const result = index.scan([line], MIB);
    expect(result.hits).toEqual([]);
    expect(result.scan).toEqual({ scannedBytes: MAX_KEYWORD_LINE_LENGTH, totalBytes: line.length, capped: true });
  });

  it('reads everything within the budget and says so', () => {
    const texts = ['Rust for Linux', 'déjà vu\n'];
    const result = index.scan(texts, MIB);
    expect(result.scan).toEqual({ scannedBytes: 24, totalBytes: 24, capped: false });
  });

  it.each([
    ['(a)\\1', 'backreferences (\\1) are not supported'],
    ['x(?=y)', 'lookahead (?=…) is not supported'],
    ['[abc', 'missing closing ]'],
  ])('a bad keyword %j is BAD_REGEX at its origin; the others still work', (keyword, why) => {
    const parsed = parseKernelMaintainers(`BROKEN\nK:\t${keyword}\nK:\tgood\n`, 'MAINTAINERS').value;
    const compiled = compileKeywordIndex(parsed);
    expect(compiled.errors).toEqual([expect.objectContaining({ code: 'BAD_REGEX', file: 'MAINTAINERS', line: 2 })]);
    expect(compiled.errors[0].message).toContain(why);
    expect(compiled.value.scan(['good'], MIB).hits).toHaveLength(1);
  });
});

describe('utf8Length', () => {
  it.each(['Rust', 'déjà vu', 'Miguel Ojeda — ü', '🦀 crab', '\ud800 lone', ''])(
    'utf8Length(%j) is its UTF-8 size',
    (text) => {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    },
  );
});

describe('keywords of the committed 6.12 excerpt (fixtures/linux-6.12)', () => {
  it('compileKeywordIndex compiles every K: of it, and a Rust patch mentions RUST', () => {
    const text = readFileSync(new URL('../../fixtures/linux-6.12/MAINTAINERS', import.meta.url), 'utf8');
    const real = parseKernelMaintainers(text, 'MAINTAINERS').value;
    const compiled = compileKeywordIndex(real);
    expect(compiled.errors).toEqual([]);
    const hits = compiled.value.scan(['rust: block: add Rust bindings', 'use kernel::prelude::*;'], MIB).hits;
    expect(hits.map((hit) => real[hit.subsystem].name)).toContain('RUST');
  });
});
