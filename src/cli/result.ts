/** What a command hands back to cli.ts, the only place that prints and exits. */
export interface CommandResult {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}
