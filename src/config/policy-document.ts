/**
 * maintainers.yml as written, after validation and before any import is merged in: what validateConfig
 * returns and assemblePolicy consumes. Every value keeps the Origin of the YAML node it came from, so an
 * error found later (an unknown section, a bad glob) still points at the line the user wrote.
 */
import type { Origin, PathPattern, StatusLabels, Stance, Subsystem } from '../model.js';
import type { RustReviewPolicy } from '../model.js';

/** How a path's stance is chosen among its owners (docs/ROUTING.md, "Who decides a Rust path"). */
export type StanceResolution = 'most-specific' | 'strictest';
/** Every stance-resolution, the default first. */
export const STANCE_RESOLUTIONS: readonly StanceResolution[] = ['most-specific', 'strictest'];

/** The only value `extends:` takes: the entry adds to the MAINTAINERS section of the same name. */
export const EXTENDS_IMPORTED = 'imported';

/**
 * Every key maintainers.yml accepts, per mapping. validateConfig rejects anything else and the schema
 * test checks maintainers.schema.json lists exactly these, so the two cannot drift apart.
 */
export const CONFIG_KEYS = {
  top: ['version', 'rust', 'default-stance', 'stance-resolution', 'labels', 'import', 'subsystems'],
  rust: ['files', 'checks', 'features-files', 'toolchain-files', 'interface-files'],
  labels: ['core', 'opt-in', 'needs-ack', 'blocked', 'unstable-feature', 'toolchain', 'bindings-affected'],
  import: ['path', 'people', 'stances'],
  subsystem: [
    'name',
    'rust',
    'maintainers',
    'reviewers',
    'files',
    'exclude',
    'names',
    'keywords',
    'labels',
    'status',
    'extends',
  ],
} as const satisfies Record<string, readonly string[]>;

/** What an `extends: imported` entry may add to a section; its paths and people come from MAINTAINERS. */
export const EXTENDS_KEYS: readonly string[] = ['name', 'rust', 'maintainers', 'reviewers', 'labels', 'extends'];

/** `import.people`: one e-mail address (as MAINTAINERS spells it) mapped to a GitHub login or org/team. */
export interface PersonMapping {
  email: string;
  handle: string;
  origin: Origin;
}

/** `import.stances`: one MAINTAINERS section given a stance. */
export interface StanceOverride {
  section: string;
  stance: Stance;
  origin: Origin;
}

/** `import:`, the kernel-format MAINTAINERS file the policy builds on. */
export interface ImportSpec {
  /** Repository-relative, without a leading `./`. */
  path: string;
  origin: Origin;
  people: PersonMapping[];
  stances: StanceOverride[];
}

/** One entry of `subsystems:`. */
export interface SubsystemEntry {
  subsystem: Subsystem;
  /** Where `extends: imported` was written; absent for a subsystem defined here. */
  extendsImported?: Origin;
}

/** A validated maintainers.yml, defaults filled in. */
export interface PolicyDocument {
  /** The config's path as the user knows it (repository-relative). */
  file: string;
  version: 1;
  /** `rust.files`, dialect `glob`; `**\/*.rs` when not given. */
  rustFiles: PathPattern[];
  /** The rest of `rust:`, defaults filled in. */
  rustReview: RustReviewPolicy;
  defaultStance: Stance;
  stanceResolution: StanceResolution;
  labels: StatusLabels;
  import?: ImportSpec;
  subsystems: SubsystemEntry[];
}

/** The default `rust.files`: every Rust source file, anywhere. */
export const DEFAULT_RUST_FILES = '**/*.rs';
