/**
 * Test helper (test-only): the interface files committed under fixtures/linux-6.12/tree (whole, unmodified
 * files of 6.12's rust/ tree, see its README), as buildInterfaceMap takes them.
 */
import { readFileSync } from 'node:fs';

/** The committed files, as repository paths. */
export const FIXTURE_FILES = [
  'rust/bindings/bindings_helper.h',
  'rust/helpers/blk.c',
  'rust/helpers/helpers.c',
  'rust/helpers/mutex.c',
  'rust/kernel/block/mq/gen_disk.rs',
  'rust/kernel/net/phy.rs',
  'rust/kernel/print.rs',
  'rust/kernel/sync/lock/mutex.rs',
];

/** Path → text of every committed file. */
export function fixtureTexts(): Map<string, string> {
  return new Map(
    FIXTURE_FILES.map((path) => [
      path,
      readFileSync(new URL(`../../fixtures/linux-6.12/tree/${path}`, import.meta.url), 'utf8'),
    ]),
  );
}
