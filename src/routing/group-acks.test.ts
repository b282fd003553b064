import { combineGroupAcks, holdsCarriedBy, type GroupPull } from './group-acks.js';
import type { HoldAcks } from './lift-holds.js';
import type { Hold } from './types.js';

const hold = (subsystem: string, files: string[]): Hold => ({
  subsystem,
  stance: 'undecided',
  files,
  canLift: ['davem'],
  liftedBy: [],
  droppedAcks: [],
  cannotAck: [],
});
const acked = (login: string): HoldAcks => ({ liftedBy: [login], droppedAcks: [], cannotAck: [] });
const pull = (number: number, files: string[], judged: Record<string, HoldAcks> = {}, complete = true): GroupPull => ({
  number,
  files: new Set(files),
  complete,
  judged: new Map(Object.entries(judged)),
});

describe('combineGroupAcks', () => {
  const net = hold('NET', ['drivers/net/a.rs', 'drivers/net/b.rs']);

  it('lifts a hold when the PRs carrying its files are each acked', () => {
    const pulls = [
      pull(1, ['drivers/net/a.rs'], { NET: acked('davem') }),
      pull(2, ['drivers/net/b.rs'], { NET: acked('kuba') }),
    ];
    expect(combineGroupAcks([net], pulls).get('NET')?.liftedBy).toEqual(['davem', 'kuba']);
  });

  it('keeps it when one carrier has no ack, whatever the other PRs have', () => {
    const pulls = [pull(1, ['drivers/net/a.rs'], { NET: acked('davem') }), pull(2, ['drivers/net/b.rs'])];
    expect(combineGroupAcks([net], pulls).get('NET')?.liftedBy).toEqual([]);
  });

  it('keeps it when an acked PR of the group does not carry the held file (an ack elsewhere lifts nothing)', () => {
    const pulls = [pull(1, ['drivers/net/a.rs', 'drivers/net/b.rs']), pull(2, ['README'], { NET: acked('davem') })];
    expect(combineGroupAcks([net], pulls).get('NET')?.liftedBy).toEqual([]);
  });

  it('keeps it when no PR of the group is known to carry a held file', () => {
    expect(
      combineGroupAcks([net], [pull(1, ['drivers/net/a.rs'], { NET: acked('davem') })]).get('NET')?.liftedBy,
    ).toEqual([]);
  });

  it('asks a PR whose file list may be cut short for an ack on every held file', () => {
    const pulls = [pull(1, ['drivers/net/a.rs', 'drivers/net/b.rs'], { NET: acked('davem') }), pull(2, [], {}, false)];
    expect(combineGroupAcks([net], pulls).get('NET')?.liftedBy).toEqual([]);
    expect(holdsCarriedBy([net], { files: new Set(), complete: false })).toEqual([net]);
  });

  it('reports the carriers’ dropped acks and refused approvers', () => {
    const judged: HoldAcks = {
      liftedBy: [],
      droppedAcks: [{ login: 'davem', commit: 'c', files: ['drivers/net/a.rs'] }],
      cannotAck: [{ login: 'eve', reason: 'no write access' }],
    };
    const result = combineGroupAcks([net], [pull(1, ['drivers/net/a.rs', 'drivers/net/b.rs'], { NET: judged })]).get(
      'NET',
    );
    expect(result).toEqual({ liftedBy: [], droppedAcks: judged.droppedAcks, cannotAck: judged.cannotAck });
  });
});

describe('holdsCarriedBy', () => {
  it('restricts each hold to the files the PR changes', () => {
    const holds = [hold('NET', ['drivers/net/a.rs', 'drivers/net/b.rs']), hold('DMA', ['kernel/dma/x.rs'])];
    expect(holdsCarriedBy(holds, { files: new Set(['drivers/net/b.rs']), complete: true })).toEqual([
      hold('NET', ['drivers/net/b.rs']),
    ]);
  });
});
