import type { Hold, Reason } from '../routing/types.js';
import { fileDecisionWords, reasonJson, reasonText } from './reason-text.js';

const at = (line: number) => ({ file: 'maintainers.yml', line, col: 5 });

describe('reasonText', () => {
  it.each<[string, Reason, string]>([
    [
      'a Rust path decided by an explicit stance',
      {
        subsystem: 'BLOCK LAYER DEVICE DRIVER API [RUST]',
        pattern: 'rust/kernel/block/',
        origin: at(22),
        fallback: false,
        by: { stance: 'opt-in', source: 'policy', weighed: 1 },
      },
      '"rust/kernel/block/" (maintainers.yml:22) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in (explicit)',
    ],
    [
      'a fallback with the default stance',
      {
        subsystem: 'THE REST',
        pattern: '*',
        origin: at(40),
        fallback: true,
        by: { stance: 'undecided', source: 'default', weighed: 1 },
      },
      '"*" (maintainers.yml:40) → THE REST (fallback: nothing more specific owns it), stance undecided (default-stance)',
    ],
    [
      'the strictest of several owners',
      {
        subsystem: 'BLOCK LAYER',
        pattern: 'drivers/block/',
        origin: at(21),
        fallback: false,
        by: { stance: 'undecided', source: 'default', weighed: 2 },
      },
      '"drivers/block/" (maintainers.yml:21) → BLOCK LAYER, stance undecided (default-stance; strictest of 2 owners)',
    ],
    [
      'a [RUST] section of MAINTAINERS',
      {
        subsystem: 'BLOCK LAYER DEVICE DRIVER API [RUST]',
        pattern: 'rust/kernel/block/',
        origin: { file: 'MAINTAINERS', line: 3941, col: 4 },
        fallback: false,
        by: { stance: 'opt-in', source: 'rust-tag', weighed: 1 },
      },
      '"rust/kernel/block/" (MAINTAINERS:3941) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in ([RUST] in its name)',
    ],
    [
      'a non-Rust path with one owner',
      { subsystem: 'BLOCK LAYER', pattern: 'block/', origin: at(21), fallback: false, by: { owners: 1 } },
      '"block/" (maintainers.yml:21) → BLOCK LAYER',
    ],
    [
      'a non-Rust path with two owners',
      { subsystem: 'NETWORKING DRIVERS', pattern: 'drivers/net/', origin: at(35), fallback: false, by: { owners: 2 } },
      // The other owners are named beside the reason, not counted in it ("and 1 more owner" named nobody).
      '"drivers/net/" (maintainers.yml:35) → NETWORKING DRIVERS',
    ],
    [
      'a non-Rust path with four owners',
      { subsystem: 'ASIX PHY', pattern: 'drivers/net/phy/ax*', origin: at(9), fallback: false, by: { owners: 4 } },
      '"drivers/net/phy/ax*" (maintainers.yml:9) → ASIX PHY',
    ],
  ])('reasonText words %s', (_name, reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });
});

describe('reasonJson', () => {
  it('reasonJson keeps the pattern and where it is written, not the owner or the sentence again', () => {
    const reason: Reason = { subsystem: 'RUST', pattern: 'rust/', origin: at(4), fallback: false, by: { owners: 1 } };
    expect(JSON.stringify(reasonJson(reason))).toBe(
      '{"pattern":"rust/","origin":{"file":"maintainers.yml","line":4,"col":5}}',
    );
  });
});

describe('fileDecisionWords', () => {
  const hold = (liftedBy: string[]): Hold => ({
    subsystem: 'DMA MAPPING HELPERS',
    stance: 'opt-out',
    files: ['kernel/dma/pool.rs'],
    canLift: ['hch-lst'],
    liftedBy,
    droppedAcks: [],
    cannotAck: [],
  });
  it.each([
    ['opt-in', 'opt-in', undefined, 'opt-in'],
    ['owners', null, undefined, 'owners'],
    ['blocked', 'opt-out', hold([]), 'blocked, opt-out'],
    ['blocked', 'opt-out', hold(['hch-lst']), 'opt-out, lifted by hch-lst'],
    ['needs-ack', 'undecided', undefined, 'needs-ack, undecided'],
  ] as const)('fileDecisionWords(%s, %s) agrees with the hold: %#', (decision, stance, held, words) => {
    expect(fileDecisionWords({ decision, stance }, held)).toBe(words);
  });
});
