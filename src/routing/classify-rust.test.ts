import type { PathPattern } from '../model.js';
import { compileRustClassifier } from './classify-rust.js';

const origin = { file: 'maintainers.yml', line: 3, col: 10 };
const globs = (...texts: string[]): PathPattern[] => texts.map((text) => ({ text, dialect: 'glob', origin }));

describe('compileRustClassifier', () => {
  it.each([
    [['**/*.rs'], 'rust/kernel/str.rs', true],
    [['**/*.rs'], 'init.rs', true],
    [['**/*.rs'], '.github/tools/check.rs', true],
    [['**/*.rs'], 'rust/.hidden.rs', true],
    [['**/*.rs'], 'rust/Makefile', false],
    [['**/*.rs'], 'drivers/net/phy/ax88796b_rust.rs.orig', false],
    [['**/*.rs', 'rust/**'], 'rust/Makefile', true],
    [['**/*.rs', '**/Cargo.toml'], 'tools/Cargo.toml', true],
    [['rust/*.rs'], 'rust/kernel/str.rs', false],
    [['!**/*.c'], 'kernel/fork.c', false],
    [['!**/*.c'], '!x/y.c', true],
    [['#*.rs'], '#x.rs', true],
    [['**/*.rs'], 'drivers\\net\\x.rs', true],
    [[], 'rust/kernel/str.rs', false],
  ])('%j classifies %s as Rust: %s', (patterns, path, expected) => {
    const { value: isRust, errors } = compileRustClassifier(globs(...patterns));
    expect(errors).toEqual([]);
    expect(isRust(path)).toBe(expected);
  });

  it('reports a pattern minimatch refuses as BAD_GLOB at its origin, and keeps the others', () => {
    const { value: isRust, errors } = compileRustClassifier(globs('x'.repeat(70_000), '**/*.rs', ''));
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'BAD_GLOB',
        file: 'maintainers.yml',
        line: 3,
        col: 10,
        message: expect.stringMatching(/too long/),
      }),
      expect.objectContaining({ code: 'BAD_GLOB', message: 'empty rust.files pattern matches nothing' }),
    ]);
    expect(isRust('a/b.rs')).toBe(true);
  });
});
