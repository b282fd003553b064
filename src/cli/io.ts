/** What a CLI command may touch besides the files it names: its output streams and working directory. */
export interface CliIo {
  /** Writes to standard output; a returned promise settles when the reader has taken it (backpressure). */
  stdout(text: string | Uint8Array): void | Promise<void>;
  stderr(text: string): void;
  cwd: string;
}
