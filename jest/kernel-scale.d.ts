// Types of kernel-scale.js (plain JavaScript so that jest.config.js can use it too); see its comment.

/** Where the real kernel data lives: `../shared/kernel` beside the repository. */
export const KERNEL_DATA: string;
/** The environment variable that makes missing kernel data an error instead of a note. */
export const REQUIRE_KERNEL_DATA: string;
/** A kernel-scale test file, as a jest path regex. */
export const KERNEL_TEST_PATTERN: string;
/** Whether the kernel data the kernel-scale tests read is all there. */
export function kernelDataPresent(): boolean;
/** Why the kernel-scale tests cannot run, or null when they can. */
export function kernelDataMissing(): string | null;
/** The path of a file of the kernel data; throws when it is missing. */
export function kernelPath(...parts: string[]): string;
/** The text of a file of the kernel data; throws when it is missing. */
export function readKernelFile(...parts: string[]): string;
/** The kernel-scale test files under `roots`, from the repository root. */
export function kernelTestFiles(roots?: readonly string[]): string[];
/** Whether jest should collect the kernel-scale tests; throws when they are required and cannot run. */
export function collectKernelTests(env?: Record<string, string | undefined>): boolean;
