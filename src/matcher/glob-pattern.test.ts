import { readGlobPattern } from './glob-pattern.js';

function glob(text: string) {
  const read = readGlobPattern(text);
  if ('why' in read) throw new Error(read.why);
  return read;
}

describe('readGlobPattern', () => {
  it.each([
    ['rust/**/*.rs', 'rust/kernel/block/mq.rs', true],
    ['rust/**/*.rs', 'rust/helpers.c', false],
    ['.github/**', '.github/workflows/ci.yml', true],
    ['**/Kconfig', 'Kconfig', true],
    ['docs/{rust,process}/**', 'docs/process/x.rst', true],
    ['samples/**/', 'samples/rust/a/b.rs', true],
    ['samples/**/', 'samples', false],
    ['!x/**', '!x/y', true],
  ])('%j on %j → %s (minimatch, dot: true, a trailing / owns everything below)', (text, path, expected) => {
    expect(glob(text).match(path)).toBe(expected);
  });

  it.each([
    ['rust/**/*.rs', 3, 'rust/'],
    ['**/Kconfig', -1, ''],
    ['*.rs/**', -1, ''],
    ['samples/**/', 2, 'samples/'],
    ['a/b/{c,d}/**', 4, 'a/b/'],
    ['a/./b/**', 4, ''],
  ])('%j has specificity %d and literal head %j', (text, specificity, head) => {
    expect(glob(text)).toMatchObject({ specificity, head });
  });

  it.each([
    ['src/[ab', "unclosed '['"],
    ['src/{a,b', "unclosed '{'"],
    ['', 'empty pattern'],
  ])('%j is refused: %s', (text, why) => {
    expect(readGlobPattern(text)).toEqual({ why });
  });
});
