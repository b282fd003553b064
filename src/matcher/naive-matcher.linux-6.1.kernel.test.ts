/** The compiled index = the naive matcher on every path of linux-6.1 (kernel-scale: see jest/kernel-scale.js). */
import { describeTreeAgreement } from './tree-agreement.test-helper.js';

describeTreeAgreement('linux-6.1', 78_579);
