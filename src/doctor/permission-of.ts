/** A person's repository permission from the flags GitHub lists them with (`GET /collaborators`). */
import type { Permission } from './types.js';

/**
 * The highest base role a person's permission flags give. `role_name` is not used: a custom role has its own
 * name, while the flags always say what it can do.
 *
 * @example permissionOf({ admin: false, maintain: false, push: true, triage: true, pull: true }) // → 'write'
 */
export function permissionOf(
  flags: Partial<Record<'admin' | 'maintain' | 'push' | 'triage' | 'pull', boolean>> | undefined,
): Permission {
  if (flags?.admin) return 'admin';
  if (flags?.maintain) return 'maintain';
  if (flags?.push) return 'write';
  if (flags?.triage) return 'triage';
  return 'read';
}
