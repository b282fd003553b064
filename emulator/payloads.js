/**
 * GitHub's JSON objects as the REST API returns them: every key GitHub's OpenAPI description marks required
 * (the emulator checks its own answers against it), with API links pointing back at the emulator so a client
 * can follow them, and html links at github.com as GitHub's would.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

const WEB = 'https://github.com';
/** GitHub's own id for the `github-actions[bot]` account, so payloads look like the real thing. */
const KNOWN_USER_IDS = new Map([['github-actions[bot]', 41898282]]);
const EPOCH = '2026-01-05T09:00:00Z';

/**
 * A stable positive id derived from a name, so the same login always gets the same id across runs.
 * @param {string} text
 */
export function stableId(text) {
  return (createHash('sha1').update(text).digest().readUInt32BE(0) % 900_000_000) + 1_000_000;
}

/**
 * A GraphQL global id in GitHub's legacy form (`base64("04:User42")`), which is what the REST API still shows.
 * @param {string} kind e.g. 'User', 'Label', 'Team'
 * @param {number} id
 */
export function nodeId(kind, id) {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

/**
 * A simple-user object.
 * @param {string} api the emulator's base URL
 * @param {string} login
 * @param {string} [type] 'User' (default) or 'Bot'; also 'Organization' for repository owners
 */
export function userPayload(api, login, type = 'User') {
  const id = KNOWN_USER_IDS.get(login) ?? stableId(`user:${login.toLowerCase()}`);
  const url = `${api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'Bot' : 'User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: type === 'Bot' ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/**
 * A repository object (the superset of `repository` and `full-repository`).
 * @param {string} api
 * @param {{ fullName: string, id: number, defaultBranch: string, fork?: boolean, private?: boolean }} repo
 */
export function repositoryPayload(api, repo) {
  const [owner, name] = repo.fullName.split('/');
  const url = `${api}/repos/${repo.fullName}`;
  /** @type {Record<string, string>} GitHub's URI templates, named as GitHub names them. */
  const templates = {
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    contributors_url: '/contributors',
    deployments_url: '/deployments',
    downloads_url: '/downloads',
    events_url: '/events',
    forks_url: '/forks',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    hooks_url: '/hooks',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    languages_url: '/languages',
    merges_url: '/merges',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    stargazers_url: '/stargazers',
    statuses_url: '/statuses/{sha}',
    subscribers_url: '/subscribers',
    subscription_url: '/subscription',
    tags_url: '/tags',
    teams_url: '/teams',
    trees_url: '/git/trees{/sha}',
  };
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name,
    full_name: repo.fullName,
    private: Boolean(repo.private),
    owner: userPayload(api, owner, 'Organization'),
    html_url: `${WEB}/${repo.fullName}`,
    description: null,
    fork: Boolean(repo.fork),
    url,
    ...Object.fromEntries(Object.entries(templates).map(([key, suffix]) => [key, `${url}${suffix}`])),
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${WEB}/${repo.fullName}.git`,
    svn_url: `${WEB}/${repo.fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'C',
    size: 0,
    forks: 0,
    forks_count: 0,
    network_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    subscribers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    default_branch: repo.defaultBranch,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    license: null,
    topics: [],
    pushed_at: EPOCH,
    created_at: EPOCH,
    updated_at: EPOCH,
  };
}

/**
 * A label object.
 * @param {string} api
 * @param {string} fullName the repository's owner/name
 * @param {{ id: number, name: string, color: string, description: string | null }} label
 */
export function labelPayload(api, fullName, label) {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${api}/repos/${fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}

/**
 * A team-simple object.
 * @param {string} api
 * @param {{ org: string, slug: string }} team
 */
export function teamPayload(api, team) {
  const id = stableId(`team:${team.org}/${team.slug}`.toLowerCase());
  return {
    id,
    node_id: nodeId('Team', id),
    url: `${api}/organizations/${stableId(`org:${team.org.toLowerCase()}`)}/team/${id}`,
    html_url: `${WEB}/orgs/${team.org}/teams/${team.slug}`,
    name: team.slug,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/organizations/${stableId(`org:${team.org.toLowerCase()}`)}/team/${id}/members{/member}`,
    repositories_url: `${api}/organizations/${stableId(`org:${team.org.toLowerCase()}`)}/team/${id}/repos`,
    type: 'organization',
    parent: null,
  };
}

/**
 * A team-full object (`GET /orgs/{org}/teams/{team_slug}`): the team-simple fields, its counts and its
 * organisation.
 * @param {string} api
 * @param {{ org: string, slug: string, members: readonly string[] }} team
 */
export function teamFullPayload(api, team) {
  const orgId = stableId(`org:${team.org.toLowerCase()}`);
  const orgUrl = `${api}/orgs/${team.org}`;
  const organization = {
    login: team.org,
    id: orgId,
    node_id: nodeId('Organization', orgId),
    url: orgUrl,
    repos_url: `${orgUrl}/repos`,
    events_url: `${orgUrl}/events`,
    hooks_url: `${orgUrl}/hooks`,
    issues_url: `${orgUrl}/issues`,
    members_url: `${orgUrl}/members{/member}`,
    public_members_url: `${orgUrl}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${orgId}?v=4`,
    description: null,
    name: team.org,
    html_url: `${WEB}/${team.org}`,
    is_verified: false,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: EPOCH,
    updated_at: EPOCH,
    archived_at: null,
  };
  return {
    ...teamPayload(api, team),
    members_count: team.members.length,
    repos_count: 1,
    created_at: EPOCH,
    updated_at: EPOCH,
    organization,
  };
}

/**
 * A diff-entry object (one file of a pull request or a comparison).
 * @param {string} api
 * @param {string} fullName
 * @param {string} headSha
 * @param {import('./state.js').PullFile} file
 */
export function diffEntryPayload(api, fullName, headSha, file) {
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${WEB}/${fullName}/blob/${headSha}/${path}`,
    raw_url: `${WEB}/${fullName}/raw/${headSha}/${path}`,
    contents_url: `${api}/repos/${fullName}/contents/${path}?ref=${headSha}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  };
}
