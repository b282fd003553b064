import { literalGrams } from './literal-grams.js';

describe('literalGrams', () => {
  const candidates = literalGrams([
    { literal: { text: 'tegra', caseInsensitive: false }, value: 'tegra' },
    { literal: { text: 'rust', caseInsensitive: true }, value: 'rust' },
    { literal: { text: 'mt', caseInsensitive: false }, value: 'short' },
    { literal: null, value: 'none' },
    { literal: { text: 'Tegr', caseInsensitive: false }, value: 'Tegr' },
  ]);

  it.each([
    ['arch/arm/mach-tegra/x.c', ['tegra', 'short', 'none']],
    ['drivers/integrator/x.c', ['tegra', 'short', 'none']],
    ['rust/kernel/str.rs', ['rust', 'short', 'none']],
    ['RUST', ['rust', 'short', 'none']],
    ['Ruſt', ['rust', 'short', 'none']],
    ['Tegra', ['short', 'none', 'Tegr']],
    ['drivers/net/x.c', ['short', 'none']],
  ])('in %j the candidates are %j (in their original order)', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });
});
