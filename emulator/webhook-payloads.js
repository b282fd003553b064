// Webhook payloads for the events the action handles, built from the emulator's state with the same code
// that answers the REST API, so the `pull_request` object in the event is exactly what `GET /pulls/{n}`
// returns at that moment (GitHub's webhook and REST pull-request objects share one schema). Building a
// payload makes no request, so request counts in tests and the benchmark stay the action's own.
import { pullPayload } from './handlers/pulls.js';
import { repositoryPayload, userPayload } from './payloads.js';

/**
 * @param {import('./index.js').Emulator} emu
 * @returns {import('./handlers/context.js').HandlerContext}
 */
function contextOf(emu) {
  return /** @type {any} */ ({ state: emu.state, api: emu.url });
}

/** @param {import('./index.js').Emulator} emu */
function repositoryOf(emu) {
  const { state } = emu;
  return repositoryPayload(emu.url, {
    fullName: state.fullName,
    id: state.repositoryId,
    defaultBranch: state.defaultBranch,
  });
}

/**
 * A `pull_request` / `pull_request_target` event (`opened`, `synchronize`, `ready_for_review`, `closed`, …).
 * @param {import('./index.js').Emulator} emu
 * @param {number} number
 * @param {string} action
 * @param {string} [sender] who caused it; the PR author by default
 */
export function pullRequestEvent(emu, number, action, sender) {
  const pull = emu.state.requirePull(number);
  const pullRequest = pullPayload(contextOf(emu), pull);
  return {
    action,
    number,
    pull_request: pullRequest,
    repository: repositoryOf(emu),
    sender: sender ? userPayload(emu.url, sender) : pullRequest.user,
  };
}

/**
 * A `pull_request_review` event (`submitted`, `dismissed`). The payload's review state is lowercase, as
 * GitHub sends it (`approved`), unlike the REST API's `APPROVED`.
 * @param {import('./index.js').Emulator} emu
 * @param {number} number
 * @param {string} reviewer
 * @param {'approved' | 'changes_requested' | 'commented' | 'dismissed'} state
 * @param {string} [action] `submitted` by default
 */
export function pullRequestReviewEvent(emu, number, reviewer, state, action = 'submitted') {
  const pull = emu.state.requirePull(number);
  const pullRequest = pullPayload(contextOf(emu), pull);
  return {
    action,
    review: {
      id: 80000000 + number,
      user: userPayload(emu.url, reviewer),
      body: null,
      state,
      commit_id: pull.head.sha,
      submitted_at: new Date(0).toISOString(),
      html_url: `${pullRequest.html_url}#pullrequestreview-${80000000 + number}`,
      author_association: 'COLLABORATOR',
    },
    pull_request: pullRequest,
    repository: repositoryOf(emu),
    sender: userPayload(emu.url, reviewer),
  };
}
