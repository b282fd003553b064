/**
 * Acks in a merge group (docs/GATE.md, "Merge queues"). A group is routed as one change; its holds are lifted
 * only by acks on the pull requests of the group that carry the held files: for each held file, every PR of
 * the group that changes it must have an ack from the holding subsystem (judged on that PR, against that PR's
 * own head). A held file no PR of the group is known to carry keeps the hold.
 */
import { handleKey } from './pick-reviewers.js';
import type { HoldAcks } from './lift-holds.js';
import type { Hold } from './types.js';

/** One pull request of the group, with its acks judged (judgePullAcks) over the held files it carries. */
export interface GroupPull {
  number: number;
  /** The paths it changes, renames' old paths included. */
  files: ReadonlySet<string>;
  /** False when `files` may be cut short (past the files API's cap): it may then carry any held file. */
  complete: boolean;
  judged: ReadonlyMap<string, HoldAcks>;
}

/**
 * The group's judgement per hold: lifted (by the union of the carriers' ackers) when every held file has a
 * carrier and every carrier is acked; dropped acks and refused approvers of every carrier are reported.
 *
 * @example combineGroupAcks([netHold], [{ number: 7, files: new Set(['drivers/net/x.rs']), complete: true, judged }])
 *   // → Map { 'NETWORKING DRIVERS' → { liftedBy: ['davem'], droppedAcks: [], cannotAck: [] } }
 */
export function combineGroupAcks(holds: readonly Hold[], pulls: readonly GroupPull[]): Map<string, HoldAcks> {
  const combined = new Map<string, HoldAcks>();
  for (const hold of holds) {
    if (hold.liftedBy.length > 0) continue;
    const carriers = new Set<GroupPull>();
    let everyFileCarried = true;
    for (const file of hold.files) {
      const carrying = pulls.filter((pull) => pull.files.has(file) || !pull.complete);
      if (carrying.length === 0) everyFileCarried = false;
      for (const pull of carrying) carriers.add(pull);
    }
    const acks: HoldAcks = { liftedBy: [], droppedAcks: [], cannotAck: [] };
    let everyCarrierAcked = carriers.size > 0;
    for (const pull of carriers) {
      const judged = pull.judged.get(hold.subsystem);
      if (!judged || judged.liftedBy.length === 0) everyCarrierAcked = false;
      acks.droppedAcks.push(...(judged?.droppedAcks ?? []));
      acks.cannotAck.push(...(judged?.cannotAck ?? []));
      for (const login of judged?.liftedBy ?? []) {
        if (!acks.liftedBy.some((l) => handleKey(l) === handleKey(login))) acks.liftedBy.push(login);
      }
    }
    if (!everyFileCarried || !everyCarrierAcked) acks.liftedBy = [];
    combined.set(hold.subsystem, acks);
  }
  return combined;
}

/** The holds restricted to the files one pull request carries (those it must be acked for); empty ones dropped. */
export function holdsCarriedBy(holds: readonly Hold[], pull: Pick<GroupPull, 'files' | 'complete'>): Hold[] {
  return holds.flatMap((hold) => {
    const files = pull.complete ? hold.files.filter((file) => pull.files.has(file)) : hold.files;
    return files.length > 0 ? [{ ...hold, files }] : [];
  });
}
