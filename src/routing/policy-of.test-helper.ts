/**
 * Test helper (test-only: `*.test-helper.ts` is left out of the build): a policy from maintainers.yml text
 * through the real parsers, failing the test on any error.
 */
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import type { Policy } from '../model.js';

export function policyOf(text: string, imported?: { text: string; file: string }): Policy {
  const doc = validateConfig(text, 'maintainers.yml');
  expect(doc.errors).toEqual([]);
  const policy = assemblePolicy(doc.value!, imported);
  expect(policy.errors).toEqual([]);
  return policy.value;
}
