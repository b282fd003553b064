/**
 * Test helper for doctor's reads: the emulator harness's repository plus the settings calls the harness's
 * Emulator type does not list (emulator/README.md, "Control API").
 */
import { startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient, type GitHubClient } from './client.js';

export interface SettingsEmulator extends Emulator {
  addCommit(sha: string, files: Record<string, string>, parents?: string[]): void;
  addCollaborators(logins: readonly string[], permission?: string): void;
  addRuleset(ruleset: object): number;
  setBranchProtection(branch: string, protection: object | null): void;
  setWorkflowPermissions(settings: { defaultWorkflowPermissions?: 'read' | 'write' }): void;
  setTokenPermissions(permissions: Record<string, string> | null): void;
}

export const MAIN_SHA = 'c0ffee0000000000000000000000000000000001';

/** A repository whose default branch holds `files`, and a client for it. */
export async function settingsRepository(
  files: Record<string, string> = {},
): Promise<{ emu: SettingsEmulator; client: GitHubClient }> {
  const emu = (await startRepository({ labelsExist: false })) as SettingsEmulator;
  emu.addCommit(MAIN_SHA, files, []);
  return { emu, client: createGitHubClient('ghs_test', { baseUrl: emu.url }) };
}

/** `METHOD path status` of every request, for asserting what a read cost. */
export function requestLines(emu: Emulator): string[] {
  return emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
}

/** A ruleset on the default branch. */
export function defaultBranchRuleset(rules: object[]): object {
  return {
    name: 'main',
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules,
  };
}
