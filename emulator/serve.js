#!/usr/bin/env node
/**
 * Runs the emulator as a standalone server, e.g. to point a workflow run by `act` or a manual `curl` at it:
 *
 *   node emulator/serve.js --owner torvalds --repo linux --state state.json [--port 8080] [--teams]
 *
 * The state file is a Scenario (see scenario.js). Requests are logged to stderr, violations marked "!!";
 * Ctrl-C stops the server.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';
import { applyScenario } from './scenario.js';

async function main() {
  const { values } = parseArgs({
    options: {
      owner: { type: 'string', default: 'octo-org' },
      repo: { type: 'string', default: 'octo-repo' },
      state: { type: 'string' },
      port: { type: 'string', default: '0' },
      teams: { type: 'boolean', default: false },
      'read-only': { type: 'boolean', default: false },
    },
  });
  const emu = await startEmulator({
    owner: values.owner,
    repo: values.repo,
    port: Number(values.port),
    tokenCanSeeTeams: values.teams,
    readOnly: values['read-only'],
  });
  if (values.state) applyScenario(emu, JSON.parse(readFileSync(values.state, 'utf8')));
  const logged = { requests: 0, violations: 0 };
  // Print as requests arrive; the log arrays only ever grow between resets.
  emu.server.on('request', (req, res) => {
    res.on('finish', () => {
      for (const entry of emu.requests.slice(logged.requests))
        console.error(`${entry.status} ${entry.method} ${entry.path}`);
      for (const v of emu.violations.slice(logged.violations)) console.error(`!! ${v.kind}: ${v.message}`);
      logged.requests = emu.requests.length;
      logged.violations = emu.violations.length;
    });
  });
  console.log(emu.url);
  process.once('SIGINT', () => {
    emu.close().then(() => console.error(`stopped; ${emu.violations.length} violation(s)`));
  });
}

main().catch((error) => {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
