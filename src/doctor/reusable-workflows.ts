/**
 * Jobs that call a reusable workflow (`jobs.<id>.uses: ./.github/workflows/x.yml`) run that workflow's jobs
 * under the caller's triggers. A workflow of the same repository is followed one level, so a recipe split into
 * a caller and a callee is checked as the runner would run it; a call into another repository cannot be read
 * and is said so.
 */
import type { Finding } from './types.js';
import type { Workflow, WorkflowJob } from './workflow.js';

/**
 * Replaces each local call by the called workflow's jobs (`caller/callee` ids). A called job's permissions are
 * its own, else its workflow's, else the calling job's (GitHub lets a callee only narrow them); the calling
 * job's concurrency covers the whole call.
 */
export function inlineReusableWorkflows(workflows: readonly Workflow[]): { workflows: Workflow[]; notes: Finding[] } {
  const byPath = new Map(workflows.map((workflow) => [workflow.path, workflow]));
  const notes: Finding[] = [];
  const inlined = workflows.map((workflow) => {
    const jobs = workflow.jobs.flatMap((job): WorkflowJob[] => {
      if (job.uses === undefined) return [job];
      const local = /^\.\/(.+?)(?:@.*)?$/.exec(job.uses)?.[1];
      const callee = local === undefined ? undefined : byPath.get(local);
      if (callee === undefined) {
        notes.push({
          check: 'workflow',
          severity: 'note',
          message: `Job '${job.id}' calls ${job.uses}, which doctor does not follow: if it runs rust-patch-router, check that workflow's permissions and steps by hand.`,
          fix: 'Nothing to change unless that workflow runs the action.',
          file: workflow.path,
          line: job.line,
        });
        return [job];
      }
      return callee.jobs
        .filter((calleeJob) => calleeJob.uses === undefined)
        .map((calleeJob) => ({
          ...calleeJob,
          id: `${job.id}/${calleeJob.id}`,
          file: callee.path,
          permissions: calleeJob.permissions ?? callee.permissions ?? job.permissions,
          concurrency: job.concurrency ?? calleeJob.concurrency,
        }));
    });
    return { ...workflow, jobs };
  });
  return { workflows: inlined, notes };
}
