/**
 * Kernel-scale (see jest/kernel-scale.js: collected only where ../shared/kernel is): a scheduled sweep of 500 open PRs routed by the
 * real Linux 6.12 MAINTAINERS, imported — the policy read once, one compile for most PRs, the directory-named
 * patterns asked of the tree in one request a page — stays within the request budget and writes nothing.
 */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { directoriesOf } from '../../src/matcher/directories.js';
import {
  openPull,
  runEvent,
  scheduleEvent,
  seedDecided,
  startSweepRepository,
  type PullSpec,
} from './sweep-harness.js';

const POLICY = 'version: 1\nimport:\n  path: MAINTAINERS\n';

it('a sweep of 500 PRs under the kernel’s MAINTAINERS costs at most 30 requests and no write', async () => {
  const maintainers = readKernelFile('linux-6.12', 'MAINTAINERS');
  const tree = readKernelFile('linux-6.12', 'files.txt').split('\n').filter(Boolean);
  // The tree at main, so directory-named patterns are answered as on GitHub (empty files: only paths matter).
  const files = Object.fromEntries(tree.map((path) => [path, '']));
  const emu = await startSweepRepository({ policy: POLICY, files: { ...files, MAINTAINERS: maintainers } });
  try {
    const rust = tree.filter((path) => path.endsWith('.rs'));
    for (let number = 1; number <= 500; number++) {
      const picks =
        number % 10 === 0
          ? [rust[(number * 7) % rust.length]]
          : [tree[(number * 173) % tree.length], tree[(number * 331) % tree.length]];
      const spec: PullSpec = { number, files: Object.fromEntries(picks.map((path) => [path, 'int x;'])) };
      openPull(emu, spec);
      seedDecided(emu, spec, POLICY, { text: maintainers, file: 'MAINTAINERS' }, directoriesOf(tree));
    }
    emu.resetLog();
    const started = Date.now();

    const run = await runEvent(emu, 'schedule', scheduleEvent('17 * * * *'));

    const seconds = (Date.now() - started) / 1000;
    console.log(
      `kernel sweep of 500 PRs: ${run.requests.length} requests, ${run.writes.length} writes, ${seconds.toFixed(1)} s`,
    );
    expect(run.code).toBe(0);
    expect(run.writes).toEqual([]);
    expect(run.requests.length).toBeLessThanOrEqual(30);
  } finally {
    expect(emu.violations).toEqual([]);
    await emu.close();
  }
}, 300_000);
