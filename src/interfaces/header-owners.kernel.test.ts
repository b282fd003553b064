/**
 * Interface owners on the whole of 6.12 (kernel-scale: see jest/kernel-scale.js): for every header any
 * Rust-side file of the real tree names, headerOwners gives the sections get_maintainer.pl names for it, less
 * THE REST when anyone else owns it. get_maintainer.pl's answers are recorded in
 * fixtures/linux-6.12/get_maintainer.headers.tsv (its README says how); this test also checks they cover every
 * header the tree names, so a change to the map's reading shows up here.
 */
import { kernelPath, readKernelFile } from '../../jest/kernel-scale.js';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { buildInterfaceMap } from './build-interface-map.js';
import { compileKernel, expectedOwners, getMaintainerHeaders } from './header-owners.test-helper.js';
import { headerOwners } from './header-owners.js';
import { interfaceFilesIn } from './interface-files.js';

const fileList = readKernelFile('linux-6.12', 'files.txt');
const compiled = compileKernel(readKernelFile('linux-6.12', 'MAINTAINERS'), fileList);
const interfaceFiles = interfaceFilesIn(fileList.split('\n'), DEFAULT_RUST_REVIEW.interfaceFiles);
const map = buildInterfaceMap(
  new Map(interfaceFiles.read.map((path) => [path, readKernelFile('linux-6.12', 'tree', path)])),
  interfaceFiles.notRead,
);
const recorded = getMaintainerHeaders();

describe('headerOwners on the real 6.12 tree', () => {
  it('interfaceFilesIn reads every interface file of 6.12 (under the cap), and the tree has them all', () => {
    expect(interfaceFiles.notRead).toBe(0);
    expect(interfaceFiles.read.length).toBeGreaterThan(50);
    for (const path of interfaceFiles.read) expect(kernelPath('linux-6.12', 'tree', path)).toBeTruthy();
  });

  it("the recorded get_maintainer.pl answers cover exactly the headers 6.12's Rust code names", () => {
    expect([...map.rustOf.keys()]).toEqual([...recorded.keys()]);
  });

  it.each([...recorded])("headerOwners(%s) is get_maintainer.pl's %j less THE REST", (header, named) => {
    const owners = headerOwners(header, compiled);
    expect(owners.map((i) => compiled.policy.subsystems[i].name).sort()).toEqual(expectedOwners(named));
  });

  it('the documented cases: phy.h reaches rust/kernel/net/phy.rs, blk.c names the block headers', () => {
    expect(map.rustOf.get('include/linux/phy.h')).toEqual([
      'rust/bindings/bindings_helper.h',
      'rust/kernel/net/phy.rs',
    ]);
    expect(map.headersOf.get('rust/helpers/blk.c')).toEqual(['include/linux/blk-mq.h', 'include/linux/blkdev.h']);
  });
});
