/**
 * A whole repository state as one JSON-friendly object, for the CLI (`node emulator/serve.js --state FILE`)
 * and for scripts that prefer data to a sequence of control calls.
 *
 * @example
 *   applyScenario(emu, {
 *     commits: { [base]: { 'maintainers.yml': 'version: 1\n' } },
 *     collaborators: ['ojeda'],
 *     teams: { 'torvalds/rust-reviewers': ['ojeda'] },
 *     labels: [{ name: 'rust', color: 'f74c00' }],
 *     pullRequests: [{ number: 1, user: 'alice', base: { sha: base }, head: { sha: head } }],
 *     reviews: [{ number: 1, user: 'ojeda', state: 'APPROVED' }],
 *     comments: [{ number: 1, user: 'alice', body: 'Please take a look.' }],
 *   });
 */

/**
 * @typedef {object} Scenario
 * @property {Record<string, Record<string, string>>} [commits] sha → path → text, in parent-first order
 * @property {Record<string, string[]>} [parents] sha → its parents (commits added before it)
 * @property {Record<string, string>} [branches] name → sha
 * @property {string[]} [collaborators] with write permission
 * @property {Record<string, string[]>} [teams] 'org/slug' → members
 * @property {Array<{ name: string, color?: string, description?: string }>} [labels]
 * @property {Array<Parameters<import('./index.js').Emulator['addPullRequest']>[0]>} [pullRequests]
 * @property {Array<{ number: number, user: string, state: string, commit_id?: string, body?: string }>} [reviews]
 * @property {Array<{ number: number, user: string, type?: string, body: string }>} [comments]
 * @property {Array<{ sha: string, state: 'error' | 'failure' | 'pending' | 'success', context?: string, description?: string, creator?: string }>} [statuses]
 * @property {Record<string, any>} [branchProtection] branch → protection (see Emulator#setBranchProtection)
 * @property {any[]} [rulesets] see Emulator#addRuleset
 */

/**
 * Loads a scenario into an emulator, in dependency order (commits before pull requests before reviews).
 * @param {import('./index.js').Emulator} emu
 * @param {Scenario} scenario
 */
export function applyScenario(emu, scenario) {
  for (const [sha, files] of Object.entries(scenario.commits ?? {})) emu.addCommit(sha, files, scenario.parents?.[sha]);
  for (const [name, sha] of Object.entries(scenario.branches ?? {})) emu.setBranch(name, sha);
  emu.addCollaborators(scenario.collaborators ?? []);
  for (const [orgSlug, members] of Object.entries(scenario.teams ?? {})) emu.addTeam(orgSlug, members);
  for (const label of scenario.labels ?? []) emu.addLabel(label);
  for (const pull of scenario.pullRequests ?? []) emu.addPullRequest(pull);
  for (const { number, ...review } of scenario.reviews ?? []) emu.addReview(number, review);
  for (const { number, ...comment } of scenario.comments ?? []) emu.addComment(number, comment);
  for (const { sha, ...status } of scenario.statuses ?? []) emu.addStatus(sha, status);
  for (const [branch, protection] of Object.entries(scenario.branchProtection ?? {})) {
    emu.setBranchProtection(branch, protection);
  }
  for (const ruleset of scenario.rulesets ?? []) emu.addRuleset(ruleset);
}
