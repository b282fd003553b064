/**
 * Who the token is and what it may do: the repository, the authenticated user (refused to an installation
 * token such as GITHUB_TOKEN), collaborators' permissions and the rate-limit budget.
 */
import { repositoryPayload, userPayload } from '../payloads.js';
import { NOT_ACCESSIBLE, errorReply, notFound } from '../replies.js';

/** The legacy `permission` field folds the finer roles into admin/write/read. */
const LEGACY_PERMISSION = new Map([
  ['admin', 'admin'],
  ['maintain', 'write'],
  ['write', 'write'],
  ['triage', 'read'],
  ['read', 'read'],
]);

/** @type {import('./context.js').Handler} */
export function getRepository(ctx) {
  const { state } = ctx;
  const repo = repositoryPayload(ctx.api, {
    fullName: state.fullName,
    id: state.repositoryId,
    defaultBranch: state.defaultBranch,
    private: state.isPrivate,
  });
  const write = !ctx.readOnly;
  return {
    status: 200,
    body: { ...repo, permissions: { admin: false, maintain: false, push: write, triage: write, pull: true } },
  };
}

/** @type {import('./context.js').Handler} */
export function getAuthenticatedUser(ctx) {
  const { identity } = ctx.state;
  // An installation token (GITHUB_TOKEN, a GitHub App) has no user behind it.
  if (identity.type === 'Bot') return errorReply(403, NOT_ACCESSIBLE, ctx.operation.docs);
  return {
    status: 200,
    body: {
      ...userPayload(ctx.api, identity.login, identity.type),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
    },
  };
}

/** @type {import('./context.js').Handler} */
export function getCollaboratorPermission(ctx) {
  const login = String(ctx.params.username);
  const collaborator = ctx.state.collaborator(login);
  // On a public repository everyone can read, and GitHub answers `read` for any user who is not a collaborator
  // (observed: aws-ia/cloudformation-github-resource-providers#14); `none` only on a private one.
  const role = collaborator?.permission ?? (ctx.state.isPrivate ? 'none' : 'read');
  const permission = LEGACY_PERMISSION.get(role) ?? 'none';
  const user = userPayload(ctx.api, collaborator?.login ?? login);
  const permissions = {
    admin: role === 'admin',
    maintain: role === 'admin' || role === 'maintain',
    push: permission === 'admin' || permission === 'write',
    triage: permission !== 'none',
    pull: permission !== 'none',
  };
  return { status: 200, body: { permission, role_name: role, user: { ...user, permissions, role_name: role } } };
}

/** @type {import('./context.js').Handler} */
export function checkCollaborator(ctx) {
  return ctx.state.collaborator(String(ctx.params.username)) ? { status: 204 } : notFound(ctx.operation.docs);
}

/** @type {import('./context.js').Handler} */
export function getRateLimit(ctx) {
  const core = ctx.rate;
  const unlimited = (/** @type {number} */ limit) => ({ limit, used: 0, remaining: limit, reset: core.reset });
  const budget = ctx.graphqlRate;
  return {
    status: 200,
    body: {
      resources: {
        core,
        search: unlimited(30),
        graphql: {
          limit: budget.limit,
          used: budget.limit - budget.remaining,
          remaining: budget.remaining,
          reset: budget.resetAt,
        },
        integration_manifest: unlimited(5000),
      },
      rate: core,
    },
  };
}
