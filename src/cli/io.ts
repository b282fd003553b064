/** What a CLI command may touch besides the files it names: its output streams and working directory. */
export interface CliIo {
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  cwd: string;
}
