import { compilePerlRegex, foldCase } from './perl-regex.js';

const origin = { file: 'MAINTAINERS', line: 20190, col: 4 };

function compiled(text: string, extended = false) {
  const { value, errors } = compilePerlRegex(text, origin, { extended });
  expect(errors).toEqual([]);
  return value!;
}

describe('compilePerlRegex', () => {
  // Real N:/K: values of the 6.12 MAINTAINERS, with get_maintainer.pl's /x.
  it.each([
    ['\\b(?i:rust)\\b', 'Rust for Linux', true],
    ['\\b(?i:rust)\\b', 'RUST', true],
    ['\\b(?i:rust)\\b', 'trust me', false],
    ['\\b(?i:rust)\\b', 'rusty', false],
    ['(?i)pidfd', 'PIDFD_OPEN', true],
    ['(?i)clone3', 'sys_Clone3', true],
    ['(?:\\b|_)bpf(?:\\b|_)', 'struct bpf_prog', true],
    ['(?:\\b|_)bpf(?:\\b|_)', 'ebpfx', false],
    ['\\baudit_[a-z_0-9]\\+\\b', 'audit_l+x', true], // \+ is a literal plus in Perl too
    ['\\baudit_[a-z_0-9]\\+\\b', 'audit_log', false],
    ['[^a-z]tegra', 'arch/arm/mach-tegra/board.c', true],
    ['[^a-z]tegra', 'drivers/integrator/core.c', false],
    ['[^a-z0-9]ps3', 'drivers/ps3/ps3av.c', true],
    ['sun[x456789]i', 'arch/arm/boot/dts/sun8i-h3.dtsi', true],
    ['bcm[9]?47622', 'arch/arm64/boot/dts/broadcom/bcm947622.dts', true],
    ['^.*/vdso/[^/]*getrandom[^/]+$', 'arch/x86/entry/vdso/vgetrandom.c', true],
    ['^.*/vdso/[^/]*getrandom[^/]+$', 'arch/x86/entry/vdso/vgetrandom.c\n', true],
    ['^.*/vdso/[^/]*getrandom[^/]+$', 'arch/x86/vdso/getrandom/x.c', false],
    ['struct\\s+phylink', 'struct   phylink *pl', true],
    ['"nxp,tda998x"', 'compatible = "nxp,tda998x";', true],
    ['\\b(devm_|of_)?reset_control(?:ler_[a-z]+|_[a-z_]+)?\\b', 'devm_reset_control_get(dev)', true],
  ])('%s on %j → %s (extended, as get_maintainer.pl)', (pattern, text, expected) => {
    expect(compiled(pattern, true).test(text)).toBe(expected);
  });

  it.each([
    ['[^a-z] tegra  # not integrator', 'mach-tegra', true],
    ['[^a-z] tegra  # not integrator', 'integrator', false],
    ['foo\\ bar', 'foo bar', true],
    ['foo\\#bar', 'foo#bar', true],
    ['[ ]x', ' x', true],
  ])('extended %j ignores whitespace and comments outside classes: %j → %s', (pattern, text, expected) => {
    expect(compiled(pattern, true).test(text)).toBe(expected);
  });

  it.each([
    ['a b', 'a b', true],
    ['a#b', 'a#b', true],
  ])('without extended, %j keeps whitespace and # literal', (pattern, text, expected) => {
    expect(compiled(pattern).test(text)).toBe(expected);
  });

  it.each([
    ['\\h+x', ' \tx', true],
    ['a\\vb', 'a\nb', true],
    ['a\\Rb', 'a\r\nb', true],
    ['a\\Nb', 'a\nb', false],
    ['end\\Z', 'the end\n', true],
    ['(?#a comment)abc', 'abc', true],
    ['[]a]', ']', true],
    ['[[:upper:]]{2}', 'xAB', true],
    ['(?<name>x)y', 'xy', true],
  ])('Perl-only syntax %j on %j → %s', (pattern, text, expected) => {
    expect(compiled(pattern).test(text)).toBe(expected);
  });

  it.each([
    ['(a)\\1', 3, 'backreferences (\\1) are not supported'],
    ['x(?=y)', 1, 'lookahead (?=…) is not supported'],
    ['x(?!y)', 1, 'negative lookahead'],
    ['(?<=x)y', 0, 'lookbehind (?<=…) is not supported'],
    ['(?<!x)y', 0, 'negative lookbehind'],
    ['(?>a+)b', 0, 'atomic groups'],
    ['(?<n>a)\\k<n>', 7, 'named backreferences'],
    ['\\Qa.b\\E', 0, 'Perl itself ignores it'],
    ['[abc', 0, 'missing closing ]'],
    ['a**', 0, 'invalid nested repetition operator'],
    ['abc\\', 3, 'trailing backslash'],
  ])('%j is a BAD_REGEX error at its column, saying why', (pattern, offset, why) => {
    const { value, errors } = compilePerlRegex(pattern, origin, { extended: true });
    expect(value).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'BAD_REGEX', file: 'MAINTAINERS', line: 20190, col: 4 + offset });
    expect(errors[0].message).toContain(`"${pattern}"`);
    expect(errors[0].message).toContain(why);
  });

  it('runs a pattern that backtracking engines take exponential time on, over 1 MB, and returns', () => {
    const text = `${'a'.repeat(1 << 20)}!`;
    expect(compiled('(a+)+$').test(text)).toBe(false);
    expect(compiled('(x+x+)+y').test('x'.repeat(1 << 20))).toBe(false);
  });

  it.each([
    ['\\b(?i:rust)\\b', { text: 'rust', caseInsensitive: true }],
    ['(?i)CLONE3', { text: 'clone3', caseInsensitive: true }],
    ['[^a-z]tegra', { text: 'tegra', caseInsensitive: false }],
    ['(?:\\b|_)bpf(?:\\b|_)', { text: 'bpf', caseInsensitive: false }],
    ['\\baudit_[a-z_0-9]\\+\\b', { text: 'audit_', caseInsensitive: false }],
    ['(devm_)?gpio_(request|free)', { text: 'gpio_', caseInsensitive: false }],
    ['ab+cd', { text: 'cd', caseInsensitive: false }],
    ['x(?i)Ab', { text: 'xab', caseInsensitive: true }],
    ['of_overlay_fdt_apply', { text: 'of_overlay_fdt_apply', caseInsensitive: false }],
    ['phylink\\.h|struct\\s+phylink', null],
    ['[gG]oogle.?[tT]ensor', { text: 'oogle', caseInsensitive: false }],
    ['(?i)é', null],
    ['a*', null],
  ])('requiredLiteral of %j is %j', (pattern, expected) => {
    expect(compiled(pattern, true).requiredLiteral).toEqual(expected);
  });

  it.each([
    ['\\b(?i:rust)\\b', 'RUST tree'],
    ['\\b(?i:rust)\\b', 'Ruſt'],
    ['(?i)kernel', '\u212Aernel'],
    ['[^a-z]tegra', '/tegra'],
  ])('the required literal of %j is found in %j wherever the regex matches (sound prefilter)', (pattern, text) => {
    const regex = compiled(pattern);
    expect(regex.test(text)).toBe(true);
    const literal = regex.requiredLiteral!;
    expect((literal.caseInsensitive ? foldCase(text) : text).includes(literal.text)).toBe(true);
  });
});
