/** policyFromKernel and the import of the whole real 6.12 MAINTAINERS (kernel-scale: see jest/kernel-scale.js). */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { formatSourceError } from '../errors.js';
import { assemblePolicy, policyFromKernel } from './assemble-policy.js';
import { validateConfig } from './validate-config.js';

const kernel = readKernelFile('linux-6.12', 'MAINTAINERS');
const RUST_SECTIONS = ['ASIX PHY DRIVER [RUST]', 'BLOCK LAYER DEVICE DRIVER API [RUST]', 'ETHERNET PHY LIBRARY [RUST]'];

describe('the real 6.12 MAINTAINERS', () => {
  it('policyFromKernel reads all 2,906 sections: RUST core, the three [RUST] sections opt-in', () => {
    const { value, errors } = policyFromKernel(kernel, 'MAINTAINERS');
    expect(errors).toEqual([]);
    expect(value.subsystems).toHaveLength(2906);
    const stated = value.subsystems.filter((s) => s.stance !== undefined);
    expect(stated.map((s) => [s.name, s.stance]).sort()).toEqual([
      ...RUST_SECTIONS.map((name) => [name, 'opt-in']),
      ['RUST', 'core'],
    ]);
  });

  it('assemblePolicy imports all of it with stances overridden and people mapped', () => {
    const yml = [
      'version: 1',
      'import:',
      '  path: MAINTAINERS',
      '  people: { ojeda@kernel.org: ojeda, axboe@kernel.dk: axboe, fujita.tomonori@gmail.com: fujita }',
      '  stances:',
      '    DMA MAPPING HELPERS: opt-out',
      '    "ETHERNET PHY LIBRARY [RUST]": undecided',
      '',
    ].join('\n');
    const doc = validateConfig(yml, 'maintainers.yml');
    expect(doc.errors.map(formatSourceError)).toEqual([]);
    const { value, errors, warnings } = assemblePolicy(doc.value!, { text: kernel, file: 'MAINTAINERS' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(value.subsystems).toHaveLength(2906);
    const byName = (name: string) => value.subsystems.find((s) => s.name === name)!;
    expect(byName('DMA MAPPING HELPERS')).toMatchObject({ stance: 'opt-out', stanceSource: 'import-stances' });
    expect(byName('ETHERNET PHY LIBRARY [RUST]')).toMatchObject({ stance: 'undecided' });
    expect(byName('ASIX PHY DRIVER [RUST]').maintainers.map((p) => p.handle)).toEqual(['fujita']);
    expect(value.notOnGitHub).not.toContain('Miguel Ojeda <ojeda@kernel.org>');
  });
});
