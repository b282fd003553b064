/**
 * What `route` and `explain` print, through the bundled CLI (issue #10): every owner and every person named
 * (each person once), e-mails that copy and paste as they are, keyword hits that say which K: line matched and
 * where, `explain` over several paths in text and JSON, and a JSON `reason` that does not repeat the line.
 */
import { join } from 'node:path';
import { cli, FIXTURES } from './cli-helpers.js';

const MAINTAINERS = join(FIXTURES, 'MAINTAINERS');

describe('rust-patch-router route output', () => {
  const run = cli(['route', '--maintainers', MAINTAINERS, 'drivers/net/phy/ax88796b_rust.rs', 'rust/kernel/str.rs']);

  it('names every subsystem a path matched, not "and 1 more owner"', () => {
    expect(run.stdout).not.toMatch(/more owners?/);
    expect(run.stdout).toContain(
      '    matched: ASIX PHY DRIVER [RUST], ETHERNET PHY LIBRARY, NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY CHARACTERS LONG, THE REST\n',
    );
  });

  it('names each deciding person once, with every subsystem that asks them', () => {
    const people = run.stdout.split('people (each once, with the subsystems that ask them):\n')[1].split('\n\n')[0];
    expect(people.split('\n')).toEqual([
      '  Fay Tomo <fay@example.org>: ASIX PHY DRIVER [RUST] (not on GitHub)',
      '  Tess Gross <tess@example.edu>: ASIX PHY DRIVER [RUST], RUST (not on GitHub)',
      '  Mig Oje <mig@example.org>: RUST (not on GitHub)',
    ]);
  });

  it('prints e-mails as they are: no zero-width joiner or other invisible character outside Markdown', () => {
    for (const format of ['text', 'json', 'get-maintainer']) {
      const out = cli(['route', '--maintainers', MAINTAINERS, 'drivers/net/phy/ax88796b_rust.rs', '--format', format]);
      expect(out.stdout).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
      expect(out.stdout).toContain('fay@example.org');
    }
  });

  it('says which K: line matched and where, in text and JSON', () => {
    const patch = join(FIXTURES, '0002-dma-add-a-rust-pool.patch');
    const text = cli(['route', '--maintainers', MAINTAINERS, patch]);
    expect(text.stdout).toContain(
      `keywords:\n  RUST (mentioned: labelled, not asked): K: \\b(?i:rust)\\b (${MAINTAINERS}:52) matched "Subject: [PATCH] dma: add a pool written in Rust"\n`,
    );
    const markdown = cli(['route', '--maintainers', MAINTAINERS, patch, '--format', 'markdown']);
    expect(markdown.stdout).toContain('**Mentioned** by keyword (labelled, not asked): RUST (K: `\\b(?i:rust)\\b` at ');
  });

  it('JSON gives each file its reason once: the pattern and where it is written', () => {
    const json = JSON.parse(
      cli(['route', '--maintainers', MAINTAINERS, 'kernel/dma/map.c', '--format', 'json']).stdout,
    );
    expect(json.files[0]).toEqual({
      path: 'kernel/dma/map.c',
      rust: false,
      subsystems: ['DMA MAPPING HELPERS', 'THE REST'],
      stance: null,
      decision: 'owners',
      owner: 'DMA MAPPING HELPERS',
      stanceSource: null,
      reason: { pattern: 'kernel/dma/', origin: { file: MAINTAINERS, line: 26, col: 4 } },
    });
  });
});

describe('rust-patch-router explain', () => {
  it('takes several paths and prints each', () => {
    const run = cli(['explain', '--maintainers', MAINTAINERS, 'drivers/net/phy/legacy/old.c', 'rust/kernel/str.rs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('drivers/net/phy/legacy/old.c\nmatched:\n');
    expect(run.stdout).toMatch(
      / {2}excluded from ETHERNET PHY LIBRARY by X: "drivers\/net\/phy\/legacy\/" at .*MAINTAINERS:35:4/,
    );
    expect(run.stdout).toContain('\n\nrust/kernel/str.rs (Rust)\n');
    expect(run.stdout).toContain('decision: core by RUST, stance core (kernel-default)');
  });

  it('honours --format json: one object with every path', () => {
    const run = cli([
      'explain',
      '--maintainers',
      MAINTAINERS,
      'kernel/dma/map.c',
      'rust/kernel/str.rs',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.paths.map((p: { path: string }) => p.path)).toEqual(['kernel/dma/map.c', 'rust/kernel/str.rs']);
    expect(report.paths[0].matched).toContainEqual({
      subsystem: 'DMA MAPPING HELPERS',
      pattern: 'kernel/dma/',
      specificity: 2,
      origin: `${MAINTAINERS}:26:4`,
    });
  });
});
