// Test-only helpers for the emulator's own tests: a small fetch client that talks to the live server as
// Octokit would (token, JSON media type, JSON bodies), and a seeded repository most tests start from.
import { startEmulator, type Emulator, type EmulatorOptions } from './index.js';

/** A reply as the tests inspect it. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- GitHub payloads, checked field by field
}

/** Base and head commits of the seeded pull request #1. */
export const BASE = 'a'.repeat(40);
export const HEAD = 'b'.repeat(40);

/**
 * Calls the emulator like an authenticated Octokit client; `headers` may override or (with '') drop defaults.
 * @example await call(emu, 'GET', '/repos/torvalds/linux/pulls/1')
 */
export async function call(
  emu: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const merged: Record<string, string> = {
    authorization: 'token ghs_test',
    accept: 'application/vnd.github+json',
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...headers,
  };
  const sent = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers: sent,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json') && text ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * An emulator for torvalds/linux with two commits, collaborators, a team and pull request #1 by `alice`
 * (two files, one a rename, labelled `rust`).
 */
export async function startSeeded(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const emu = await startEmulator({ owner: 'torvalds', repo: 'linux', ...options });
  emu.addCommit(BASE, {
    MAINTAINERS: 'RUST\nM:\tMiguel Ojeda <ojeda@kernel.org>\nF:\trust/\n',
    'rust/kernel/lib.rs': '//! The kernel crate.\n',
  });
  emu.addCommit(HEAD, {
    MAINTAINERS: 'RUST\nM:\tMiguel Ojeda <ojeda@kernel.org>\nF:\trust/\n',
    'rust/kernel/lib.rs': '//! The kernel crate.\npub mod net;\n',
    'rust/kernel/net.rs': '//! Networking.\n',
  });
  emu.addCollaborators(['ojeda', 'fujita']);
  emu.addTeam('torvalds/rust-reviewers', ['ojeda']);
  emu.addPullRequest({
    number: 1,
    title: 'rust: add net module',
    user: 'alice',
    base: { sha: BASE },
    head: { sha: HEAD, ref: 'net', repoFullName: 'alice/linux' },
    labels: ['rust'],
  });
  return emu;
}
