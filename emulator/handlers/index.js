/**
 * The operations the emulator serves, by GitHub's operationId. scripts/extract-openapi.js extracts exactly
 * these from GitHub's OpenAPI description, and the server dispatches on the operationId a request matches.
 */
import {
  checkCollaborator,
  getAuthenticatedUser,
  getCollaboratorPermission,
  getRateLimit,
  getRepository,
} from './account.js';
import { createComment, deleteComment, getComment, listComments, updateComment } from './comments.js';
import { compareCommits, getContent, getTree } from './contents.js';
import {
  addIssueLabels,
  createLabel,
  getLabel,
  listIssueLabels,
  listRepoLabels,
  removeIssueLabel,
  setIssueLabels,
} from './labels.js';
import { getPull, listPullFiles, listPulls, mergePull } from './pulls.js';
import { listRequestedReviewers, listReviews, requestReviewers } from './reviews.js';
import {
  getBranchProtection,
  getBranchRules,
  getRuleset,
  getStatusChecksProtection,
  getWorkflowPermissions,
  listCollaborators,
  listRulesets,
  listWorkflows,
} from './settings.js';
import { createStatus, getCombinedStatus, listStatuses } from './statuses.js';
import { getTeamByName } from './teams.js';

/** @type {Readonly<Record<string, import('./context.js').Handler>>} */
export const HANDLERS = Object.freeze({
  'repos/get': getRepository,
  'users/get-authenticated': getAuthenticatedUser,
  'repos/get-collaborator-permission-level': getCollaboratorPermission,
  'repos/check-collaborator': checkCollaborator,
  'rate-limit/get': getRateLimit,
  'pulls/get': getPull,
  'pulls/list-files': listPullFiles,
  'pulls/merge': mergePull,
  'pulls/list-requested-reviewers': listRequestedReviewers,
  'pulls/request-reviewers': requestReviewers,
  'pulls/list-reviews': listReviews,
  'teams/get-by-name': getTeamByName,
  'repos/get-content': getContent,
  'git/get-tree': getTree,
  'repos/compare-commits-with-basehead': compareCommits,
  'issues/list-labels-for-repo': listRepoLabels,
  'issues/create-label': createLabel,
  'issues/get-label': getLabel,
  'issues/list-labels-on-issue': listIssueLabels,
  'issues/add-labels': addIssueLabels,
  'issues/set-labels': setIssueLabels,
  'issues/remove-label': removeIssueLabel,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'repos/create-commit-status': createStatus,
  'repos/get-combined-status-for-ref': getCombinedStatus,
  'repos/list-commit-statuses-for-ref': listStatuses,
  'pulls/list': listPulls,
  'repos/get-repo-rulesets': listRulesets,
  'repos/get-repo-ruleset': getRuleset,
  'repos/get-branch-rules': getBranchRules,
  'repos/get-branch-protection': getBranchProtection,
  'repos/get-status-checks-protection': getStatusChecksProtection,
  'actions/list-repo-workflows': listWorkflows,
  'actions/get-github-actions-default-workflow-permissions-repository': getWorkflowPermissions,
  'repos/list-collaborators': listCollaborators,
});

/** The operationIds above, for the extraction script. */
export const EMULATED_OPERATION_IDS = Object.freeze(Object.keys(HANDLERS));
