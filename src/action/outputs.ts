/** The step's outputs (docs/GATE.md, "Outputs"): the decision, whatever could be applied. */
import { renderJson } from '../report/render-json.js';
import type { RoutingDecision } from '../routing/types.js';

/**
 * Outputs by their action.yml names; lists are JSON arrays so workflows can `fromJSON` them.
 *
 * @example actionOutputs(decision).labels // → '["rust","subsystem: net"]'
 */
export function actionOutputs(decision: RoutingDecision): Record<string, string> {
  return {
    blocked: String(decision.blocked),
    labels: JSON.stringify(decision.labels),
    reviewers: JSON.stringify(decision.reviewers),
    'team-reviewers': JSON.stringify(decision.teamReviewers),
    subsystems: JSON.stringify(decision.subsystems.map((subsystem) => subsystem.name)),
    'rust-files': JSON.stringify(decision.rustFiles),
    report: renderJson(decision),
  };
}
