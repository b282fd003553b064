import { readFileSync } from 'node:fs';
import type { Emulator } from './index.js';
import { BASE, HEAD, startSeeded } from './test-client.js';
import {
  mergeGroupEvent,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
  workflowRunEvent,
} from './webhook-payloads.js';
import { webhookProblems } from './webhook-schemas.js';

const NEXT = 'c'.repeat(40);

describe('webhook payloads', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
    emu.addCommit(NEXT, { MAINTAINERS: 'changed\n', 'rust/kernel/lib.rs': '//! The kernel crate.\n' }, BASE);
  });
  afterEach(async () => {
    await emu.close();
  });

  it.each(['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review', 'closed'])(
    'pull_request.%s follows the published schema',
    (action) => {
      expect(webhookProblems('pull_request', pullRequestEvent(emu, 1, action))).toEqual([]);
    },
  );

  it('pull_request_review.submitted carries the review as the emulator recorded it', () => {
    emu.addCollaborators(['ojeda']);
    emu.addReview(1, { user: 'ojeda', state: 'APPROVED', commit_id: BASE });
    const event = pullRequestReviewEvent(emu, 1, 'ojeda', 'approved');
    expect(webhookProblems('pull_request_review', event)).toEqual([]);
    expect(event.review).toMatchObject({ state: 'approved', commit_id: BASE, user: { login: 'ojeda' } });
  });

  it('merge_group.checks_requested names the group commit, its queue ref and its parent', () => {
    const group = emu.enqueue(1);
    const event = mergeGroupEvent(emu, group);
    expect(webhookProblems('merge_group', event)).toEqual([]);
    expect(event.merge_group).toMatchObject({
      head_sha: group.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-1-${BASE}`,
      base_sha: BASE,
      base_ref: 'refs/heads/main',
      head_commit: { id: group.headSha },
    });
    expect(webhookProblems('merge_group', mergeGroupEvent(emu, group, 'destroyed', 'merged'))).toEqual([]);
  });

  it('workflow_run.completed lists same-repository pull requests and none for a fork', () => {
    emu.addPullRequest({ number: 2, user: 'ojeda', base: { sha: BASE }, head: { sha: NEXT, ref: 'fix' } });
    const own = workflowRunEvent(emu, { headSha: NEXT, headBranch: 'fix' });
    const fork = workflowRunEvent(emu, { headSha: HEAD, headBranch: 'net', headRepository: 'alice/linux' });
    expect(webhookProblems('workflow_run', own)).toEqual([]);
    expect(webhookProblems('workflow_run', fork)).toEqual([]);
    expect(own.workflow_run.pull_requests.map((p) => p.number)).toEqual([2]);
    expect(fork.workflow_run).toMatchObject({
      pull_requests: [],
      head_sha: HEAD,
      head_branch: 'net',
      head_repository: { full_name: 'alice/linux', fork: true },
    });
  });

  it('push lists the pushed commits and moves the branch', () => {
    const event = pushEvent(emu, { ref: 'refs/heads/main', before: BASE, after: NEXT });
    expect(webhookProblems('push', event)).toEqual([]);
    expect(event.commits.map((c) => [c.id, c.modified])).toEqual([[NEXT, ['MAINTAINERS']]]);
    expect(emu.state.branches.get('main')).toBe(NEXT);
  });

  it('workflow_dispatch follows the published schema; schedule carries its cron', () => {
    expect(webhookProblems('workflow_dispatch', workflowDispatchEvent(emu, { inputs: { limit: '5' } }))).toEqual([]);
    expect(scheduleEvent('17 3 * * *')).toEqual({ schedule: '17 3 * * *' });
  });

  it.each(['pull_request.opened', 'pull_request_review.submitted', 'push'])(
    'the committed fixture %s.json follows the published schema',
    (name) => {
      const payload = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
      expect(webhookProblems(name.split('.')[0], payload)).toEqual([]);
    },
  );

  it('reports what a payload lacks', () => {
    expect(webhookProblems('merge_group', { action: 'checks_requested', merge_group: {} })).toContain(
      "/merge_group must have required property 'head_sha'",
    );
  });
});
