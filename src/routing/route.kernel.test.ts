/**
 * Routing against the whole real Linux 6.12 MAINTAINERS, directories from every path of the tree: the documented
 * example (kernel-scale: see jest/kernel-scale.js; route.test.ts runs the same on the committed excerpt).
 */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { describeKernelRouting } from './kernel-routing.test-helper.js';

describeKernelRouting(
  'the real 6.12 MAINTAINERS',
  readKernelFile('linux-6.12', 'MAINTAINERS'),
  readKernelFile('linux-6.12', 'files.txt'),
);
