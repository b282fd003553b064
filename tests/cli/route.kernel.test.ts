/**
 * The bundled CLI on the whole real 6.12 MAINTAINERS and tree (kernel-scale: see jest/kernel-scale.js).
 */
import { kernelPath, readKernelFile } from '../../jest/kernel-scale.js';
import { cli } from './cli-helpers.js';

describe('rust-patch-router on the real kernel MAINTAINERS', () => {
  const maintainers = kernelPath('linux-6.12', 'MAINTAINERS');

  it('routes the documented example: the Rust ASIX PHY driver is opt-in', () => {
    const run = cli([
      'route',
      '--maintainers',
      maintainers,
      '--files',
      'drivers/net/phy/ax88796b_rust.rs',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({
      path: 'drivers/net/phy/ax88796b_rust.rs',
      rust: true,
      subsystems: ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST'],
      stance: 'opt-in',
      decision: 'opt-in',
      owner: 'ASIX PHY DRIVER [RUST]',
    });
  });

  it('routes the whole 6.12 tree in one call from standard input', () => {
    const paths = readKernelFile('linux-6.12', 'files.txt');
    const run = cli(['route', '--maintainers', maintainers, '--files-from', '-', '--format', 'json'], { input: paths });
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(paths.trimEnd().split('\n').length);
    expect(report.files.every((file: { subsystems: string[] }) => file.subsystems.length > 0)).toBe(true);
  });
});
