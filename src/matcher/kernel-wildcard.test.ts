import fc from 'fast-check';
import { buildPerlRegex } from '../regex/perl-regex.js';
import { kernelRegex } from './kernel-pattern.js';
import { compileKernelWildcard } from './kernel-wildcard.js';

/** What get_maintainer.pl does: `m@^$pattern@` after its rewrite, on the regex engine. */
function perlAnswer(text: string, path: string): boolean {
  const built = buildPerlRegex(`^${kernelRegex(text)}`);
  if (!('regex' in built)) throw new Error(built.why);
  return built.regex.test(path);
}

describe('compileKernelWildcard', () => {
  it.each([
    ['drivers/net/phy/bcm*.[ch]', 'drivers/net/phy/bcm7xxx.c', true],
    ['drivers/net/phy/bcm*.[ch]', 'drivers/net/phy/bcm7xxx.o', false],
    ['drivers/net/phy/bcm*.[ch]', 'drivers/net/phy/bcm.cpp', true],
    ['drivers/regulator/da9???-regulator.[ch]', 'drivers/regulator/da9121-regulator.c', true],
    ['drivers/regulator/da9???-regulator.[ch]', 'drivers/regulator/da91-regulator.c', false],
    ['*/net/*', 'drivers/net/x.c', true],
    ['*/net/*', 'net/x.c', false],
    ['a*b*c', 'a/x/b/y/c', true],
    ['a*b*c', 'acb', false],
    ['x[0-9]y', 'x5y', true],
    ['x[0-9]y', 'xay', false],
    ['x[a-]y', 'x-y', true],
    ['x.y', 'xzy', false],
  ])('%j on %j → %s, as get_maintainer.pl', (text, path, expected) => {
    expect(compileKernelWildcard(text)!(path)).toBe(expected);
    expect(perlAnswer(text, path)).toBe(expected);
  });

  it.each(['drivers/(a|b)/', 'a+b', 'x[^a]y', 'x[[:alpha:]]', 'x[]a]', 'a]b', 'x[z-a]', 'x\\.y', 'x[ab', 'café*'])(
    '%j is left to the regex engine (null)',
    (text) => {
      expect(compileKernelWildcard(text)).toBeNull();
    },
  );

  it('agrees with the regex engine on random patterns and paths', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', '.', '/', '*', '?', '[ab]', '[a-c]', '-', '_');
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    const path = fc
      .array(fc.constantFrom('a', 'b', 'c', '.', '/', '-', 'ab'), { maxLength: 10 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, path, (t, p) => compileKernelWildcard(t)!(p) === perlAnswer(t, p)),
      { numRuns: 2000 },
    );
  });
});
