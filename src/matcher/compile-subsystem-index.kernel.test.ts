/**
 * Parity with get_maintainer.pl over its sample of the real 6.12 tree: 1,485 paths, the whole MAINTAINERS,
 * directories from every path of the tree (kernel-scale: see jest/kernel-scale.js).
 */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { compileSubsystemIndex } from './compile-subsystem-index.js';
import { directoriesOf } from './directories.js';

describe('parity with get_maintainer.pl on the real 6.12 tree', () => {
  it('compileSubsystemIndex names the same subsystems as get_maintainer.pl for each of the 1,485 sampled paths', () => {
    const [maintainers, fileList, sample] = ['MAINTAINERS', 'files.txt', 'get_maintainer.sample.tsv'].map((name) =>
      readKernelFile('linux-6.12', name),
    );
    const parsed = parseKernelMaintainers(maintainers, 'MAINTAINERS').value;
    const isDirectory = directoriesOf(fileList.split('\n').filter(Boolean));
    const { value: index, errors } = compileSubsystemIndex(parsed, { isDirectory });
    expect(errors).toEqual([]);
    const rows = sample.split('\n').filter(Boolean);
    expect(rows).toHaveLength(1485);
    const disagreements = rows.flatMap((row) => {
      const [path, names] = row.split('\t');
      const expected = [...new Set(names.split(';'))].sort().join(';');
      const actual = [...new Set(index.match(path).map((m) => parsed[m.subsystem].name))].sort().join(';');
      return actual === expected ? [] : [{ path, expected, actual }];
    });
    expect(disagreements).toEqual([]);
  });
});
