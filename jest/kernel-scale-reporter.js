/**
 * Ends a jest run that could not collect the kernel-scale tests with one line saying which did not run and
 * why (see kernel-scale.js). Silent when they ran, and when the run did not ask for them (`--selectProjects`
 * without `kernel`, or a path pattern none of them matches).
 */
import { kernelDataMissing, kernelTestFiles, REQUIRE_KERNEL_DATA } from './kernel-scale.js';

export default class KernelScaleReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete() {
    const missing = kernelDataMissing();
    if (missing === null) return;
    const { selectProjects, testPathPattern } = this.globalConfig;
    if (selectProjects && !selectProjects.includes('kernel')) return;
    const wanted = testPathPattern ? new RegExp(testPathPattern, 'i') : null;
    const files = kernelTestFiles().filter((file) => wanted === null || wanted.test(file));
    if (files.length === 0) return;
    process.stderr.write(
      `Kernel-scale tests not run (${files.length} files: ${files.join(', ')}): ${missing}. ` +
        `They run where that data is; CI (${REQUIRE_KERNEL_DATA}=1) fails without it.\n`,
    );
  }
}
