import { isRouterAction, statusContextOf, usesDefaultToken, writesStatus } from './router-steps.js';
import type { WorkflowStep } from './workflow.js';

const step = (inputs: Record<string, string>): WorkflowStep => ({ index: 0, with: inputs, line: 1 });

describe('router steps', () => {
  it.each([
    ['rust-for-linux/rust-patch-router@v1', 'torvalds/linux', true],
    ['Rust-For-Linux/Rust-Patch-Router@0123456789abcdef0123456789abcdef01234567', 'torvalds/linux', true],
    ['my-fork/rust-patch-router@main', 'torvalds/linux', true],
    ['rust-for-linux/rust-patch-router/sub@v1', 'torvalds/linux', true],
    ['rust-for-linux/rust-patch-router', 'torvalds/linux', false], // no ref: GitHub refuses it
    ['rust-for-linux/rust-patch-router-fork@v1', 'torvalds/linux', false],
    ['actions/checkout@v5', 'torvalds/linux', false],
    ['./', 'rust-for-linux/rust-patch-router', true],
    ['./', 'torvalds/linux', false],
  ])('isRouterAction(%s) in %s → %s', (uses, repository, expected) => {
    expect(isRouterAction(uses, repository)).toBe(expected);
  });

  it.each([
    [{}, true],
    [{ token: '${{ github.token }}' }, true],
    [{ token: '${{secrets.GITHUB_TOKEN}}' }, true],
    [{ token: '${{ secrets.ROUTER_APP_TOKEN }}' }, false],
    [{ token: '${{ steps.app.outputs.token }}' }, false],
  ])('usesDefaultToken(%j) → %s', (inputs, expected) => {
    expect(usesDefaultToken(step(inputs))).toBe(expected);
  });

  it.each([
    [{}, true],
    [{ status: 'false' }, false],
    [{ status: 'FALSE' }, false],
    [{ status: 'true' }, true],
    [{ status: '${{ inputs.status }}' }, true],
  ])('writesStatus(%j) → %s', (inputs, expected) => {
    expect(writesStatus(step(inputs))).toBe(expected);
  });

  it('statusContextOf takes status-context, else the default', () => {
    expect(statusContextOf(step({}))).toBe('rust-patch-router');
    expect(statusContextOf(step({ 'status-context': 'rust gate' }))).toBe('rust gate');
  });
});
