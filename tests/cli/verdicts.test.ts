/**
 * Verdicts that agree with themselves (issue #10), through the bundled CLI: the headline, each file line, the
 * holds and the Markdown table tell one story — after an approval, with no owner, with no Rust, and with a
 * MAINTAINERS whose people are not on GitHub.
 */
import { join } from 'node:path';
import { cli, FIXTURES, scratch } from './cli-helpers.js';

const MAINTAINERS = join(FIXTURES, 'MAINTAINERS');

describe('rust-patch-router verdicts', () => {
  it('after --approved-by lifts an opt-out hold, no line still says blocked', () => {
    const patch = 'examples/prs/03-rust-in-opt-out-dma.patch';
    const held = cli(['route', '--config', 'maintainers.yml', '--patch', patch]);
    expect(held.code).toBe(1);
    expect(held.stdout).toMatch(/^⛔ Blocked/);
    expect(held.stdout).toContain('kernel/dma/pool.rs → DMA MAPPING HELPERS (blocked, opt-out)');

    const acked = cli(['route', '--config', 'maintainers.yml', '--patch', patch, '--approved-by', 'hch-lst']);
    expect(acked.code).toBe(0);
    expect(acked.stdout).toMatch(/^✅ Routed: .*every hold was lifted/);
    expect(acked.stdout).toContain('kernel/dma/pool.rs → DMA MAPPING HELPERS (opt-out, lifted by hch-lst)');
    expect(acked.stdout).not.toMatch(/\bblocked\b/);

    const markdown = cli([
      'route',
      '--config',
      'maintainers.yml',
      '--patch',
      patch,
      '--approved-by',
      'hch-lst',
      '--format',
      'markdown',
    ]);
    expect(markdown.stdout).toContain('### ✅ Routed');
    expect(markdown.stdout).toContain('| opt-out, lifted by hch-lst |');
    expect(markdown.stdout).not.toMatch(/\| blocked/);
  });

  it('an unowned Rust file is said to have no owner, not to go to the subsystems that decide it', () => {
    const dir = scratch({ 'maintainers.yml': 'version: 1\n' });
    const run = cli(['route', 'drivers/x/new.rs'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✅ Routed: 1 Rust file has no owner in the policy: nobody decides it/);
    expect(run.stdout).not.toContain('going to the subsystems');
  });

  it('Markdown for a change without Rust says so, without "no longer" (the command line has no earlier run)', () => {
    const run = cli([
      'route',
      '--config',
      'maintainers.yml',
      '--patch',
      'examples/prs/04-c-only-block.patch',
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('no longer');
    expect(run.stdout).toContain('This change touches no Rust code');
    expect(run.stdout).toContain('| Subsystem |');
  });

  it('with a MAINTAINERS alone nobody is on GitHub, and the verdict says no approval can lift the hold', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, join(FIXTURES, '0002-dma-add-a-rust-pool.patch')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^⏳ Needs ack: 1 Rust file is in DMA MAPPING HELPERS, which has not decided on Rust yet: none of its maintainers has a GitHub login/,
    );
    expect(run.stdout).not.toMatch(/an approving review .* acks it/);
    expect(run.stdout).toContain(
      'DMA MAPPING HELPERS (undecided, 1 file): held: none of its maintainers has a GitHub login',
    );
  });

  it('holds come first in the Markdown table, however specific the other owners are', () => {
    const run = cli([
      'route',
      '--config',
      'maintainers.yml',
      '--files',
      'drivers/net/phy/ax88796b_rust.rs',
      'rust/kernel/block/mq/request.rs',
      'kernel/dma/pool.rs',
      '--format',
      'markdown',
    ]);
    const rows = run.stdout.split('\n').filter((line) => /^\| (?!Subsystem|---|Path|`)/.test(line));
    expect(rows[0]).toMatch(/^\| DMA MAPPING HELPERS \| opt-out/);
    expect(rows.slice(1).join('\n')).not.toMatch(/What lifts|an approving review/);
  });
});
