/**
 * Interface routing (docs/RUST-REVIEW.md, "Interface routing"): which C headers the kernel's Rust code names,
 * and which pairs a change set touches. Plain data.
 */

/** The Rust ↔ C map of one base commit, both ways. Paths are repository paths. */
export interface InterfaceMap {
  /** Rust side (a `.rs` file, a helper `.c`, the bindings header) → the headers it names, sorted. */
  headersOf: ReadonlyMap<string, readonly string[]>;
  /** Header → the Rust-side files naming it, sorted. */
  rustOf: ReadonlyMap<string, readonly string[]>;
  /** Interface files that matched `rust.interface-files` but were not read (over the cap), for the note. */
  notRead: number;
}

/** One pair a change touches. `rust-to-c`: the Rust side changed; `c-to-rust`: the header changed. */
export interface InterfacePair {
  direction: 'rust-to-c' | 'c-to-rust';
  rust: string;
  header: string;
}

/** `interfaces[]` in the JSON (docs/RUST-REVIEW.md, "JSON"). */
export interface InterfaceRoute extends InterfacePair {
  /** The subsystems asked because of this pair. */
  owners: string[];
  /** The logins and teams among their people that were asked. */
  reviewers: string[];
}
