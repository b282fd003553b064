import { readFileSync } from 'node:fs';
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { routeChanges } from '../routing/route.js';
import type { FileDecision } from '../routing/types.js';
import { reasonJson } from './reason-text.js';
import { renderJson, stringifyFile } from './render-json.js';

const EXAMPLE = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');
const compiled = compilePolicy(assemblePolicy(validateConfig(EXAMPLE, 'maintainers.yml').value!).value).value;
const route = (paths: string[], approvedBy: string[] = []) =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: 'rust: phy', body: '', diffLines: [] },
    compiled,
    { approvedBy },
  );

/** A file as the JSON prints it: its reason worded (reasonJson). */
const worded = (file: FileDecision) => ({ ...file, reason: file.reason && reasonJson(file.reason) });

describe('renderJson', () => {
  it('puts the documented keys first, in their order, then the detail', () => {
    const parsed = JSON.parse(renderJson(route(['drivers/net/phy/ax88796b_rust.rs'])));
    expect(Object.keys(parsed)).toEqual([
      'files',
      'mentioned',
      'labels',
      'reviewers',
      'teamReviewers',
      'blocked',
      'holds',
      'verdict',
      'managedLabels',
      'subsystems',
      'keywordScan',
      'keywordHits',
      'reviewersCapped',
      'rustFiles',
      'findings',
      'interfaces',
      'review',
    ]);
    expect(Object.keys(parsed.files[0]).slice(0, 6)).toEqual([
      'path',
      'rust',
      'subsystems',
      'stance',
      'decision',
      'owner',
    ]);
  });

  it('prints the documented example for the ASIX PHY driver (the example policy maps fujita)', () => {
    const parsed = JSON.parse(renderJson(route(['drivers/net/phy/ax88796b_rust.rs'])));
    expect(parsed).toMatchObject({
      files: [
        {
          path: 'drivers/net/phy/ax88796b_rust.rs',
          rust: true,
          subsystems: ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST'],
          stance: 'opt-in',
          decision: 'opt-in',
          owner: 'ASIX PHY DRIVER [RUST]',
        },
      ],
      mentioned: ['RUST'],
      reviewers: ['fujita'],
      teamReviewers: [],
      blocked: false,
      holds: [],
    });
  });

  it('orders hold keys as the type does and keeps policy changes when set', () => {
    const decision = {
      ...route(['rust/kernel/dma.rs']),
      policyChanges: [{ subsystem: 'X', from: null, to: 'opt-in' as const }],
    };
    const parsed = JSON.parse(renderJson(decision));
    // The documented hold keys first, then the gate's: acks that went stale and approvers who cannot ack.
    expect(Object.keys(parsed.holds[0])).toEqual([
      'subsystem',
      'stance',
      'files',
      'canLift',
      'liftedBy',
      'droppedAcks',
      'cannotAck',
    ]);
    expect(parsed.policyChanges).toEqual([{ subsystem: 'X', from: null, to: 'opt-in' }]);
  });

  it('indents by two spaces and ends with a newline', () => {
    const json = renderJson(route([]));
    expect(json.startsWith('{\n  "files": [],\n  "mentioned": [\n    "RUST"\n  ],\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('renderJson for large and partial decisions', () => {
  it('prints one line per file and leaves out optional keys that are unset', () => {
    const decision = { ...route(['rust/kernel/str.rs', 'block/blk-mq.c']), policyChanges: undefined };
    const text = renderJson(decision);
    expect(text.split('\n').filter((line) => line.startsWith('    {"path":'))).toHaveLength(2);
    expect(text).not.toContain('policyChanges');
    expect(JSON.parse(text).files.map((file: { path: string }) => file.path)).toEqual([
      'rust/kernel/str.rs',
      'block/blk-mq.c',
    ]);
  });
});

describe('renderJson file lines', () => {
  it('prints every file as JSON.stringify would, files decided alike and renames among them included', () => {
    const decision = route([
      'rust/kernel/str.rs',
      'rust/kernel/sync.rs',
      'rust/kernel/helpers.c',
      'rust/kernel/time.rs',
      'block/blk-mq.c',
      'block/blk-core.c',
      'a "quoted"\\path.c',
    ]);
    // A rename between two files decided alike, and a file decided alike after it.
    decision.files.splice(2, 0, {
      ...decision.files[1],
      path: 'rust/kernel/new.rs',
      previousPath: 'rust/kernel/old.rs',
    });
    decision.files.push({ ...decision.files[5], path: 'block/blk-mq-tag.c' });
    const lines = renderJson(decision)
      .split('\n')
      .filter((line) => line.startsWith('    {"path":'))
      .map((line) => line.trim().replace(/,$/, ''));
    expect(lines).toEqual(decision.files.map((file) => JSON.stringify(worded(file))));
  });
});

describe('stringifyFile', () => {
  it('prints exactly what JSON.stringify prints of the file with its reason worded, shared objects included', () => {
    const decision = route([
      'rust/kernel/str.rs',
      'rust/kernel/sync.rs',
      'block/blk-mq.c',
      'kernel/dma/pool.rs',
      'a "quoted"\\path.c',
    ]);
    const shared = new WeakMap<object, string>();
    for (const file of [...decision.files, ...decision.files]) {
      expect(stringifyFile(file, shared)).toBe(JSON.stringify(worded(file)));
    }
    const renamed = { ...decision.files[0], previousPath: 'rust/kernel/old.rs' };
    expect(stringifyFile(renamed, shared)).toBe(JSON.stringify(worded(renamed)));
  });
});
