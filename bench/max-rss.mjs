// Runs the CLI in this process and prints its peak RSS in KB as the last line of stderr, for
// machines without GNU time: Node cannot read a child's rusage, only its own.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => writeSync(2, `\n${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(cli).href);
