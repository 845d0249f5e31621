// Runs the CLI in this process and prints, as the last line of stderr, its peak RSS in KB and its
// user and system CPU seconds (GNU time's `%M %U %S`), for machines without GNU time: Node cannot
// read a child's rusage, only its own.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\n${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
});
await import(pathToFileURL(cli).href);
