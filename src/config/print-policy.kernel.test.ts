/** printPolicyYaml over the whole real 6.12 MAINTAINERS (kernel-scale: see jest/kernel-scale.js). */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { formatSourceError } from '../errors.js';
import { assemblePolicy, policyFromKernel } from './assemble-policy.js';
import { printPolicyYaml } from './print-policy.js';
import { validateConfig } from './validate-config.js';

describe('printPolicyYaml on the real 6.12 MAINTAINERS', () => {
  it('printPolicyYaml round-trips all 2,906 sections: names, stances and mapped people', () => {
    const kernel = readKernelFile('linux-6.12', 'MAINTAINERS');
    const policy = policyFromKernel(kernel, 'MAINTAINERS').value;
    const printed = printPolicyYaml(policy, { people: { 'ojeda@kernel.org': 'ojeda', 'axboe@kernel.dk': 'axboe' } });
    const doc = validateConfig(printed, 'maintainers.yml');
    expect([...doc.errors, ...doc.warnings].map(formatSourceError)).toEqual([]);
    const again = assemblePolicy(doc.value!, { text: kernel, file: 'MAINTAINERS' });
    expect(again.errors.map(formatSourceError)).toEqual([]);
    expect(again.value.subsystems).toHaveLength(2906);
    expect(again.value.subsystems.map((s) => [s.name, s.stance])).toEqual(
      policy.subsystems.map((s) => [s.name, s.stance]),
    );
    expect(again.value.subsystems.find((s) => s.name === 'BLOCK LAYER')!.maintainers[0].handle).toBe('axboe');
  });
});
