// `npm run bench [-- --scale 0.2 --runs 3 --sizes 1,4]`: times the real CLI on synthetic corpora of
// growing size and compares it with ripgrep on the same tree. A benchmark, not a test: it asserts
// nothing but that the check ran.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASE_FILES, ensureCorpus } from './generate.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'bundle', 'trackplan.js');
const RSS_WRAPPER = join(REPO, 'bench', 'max-rss.mjs');
const FLOOR = join(REPO, 'bench', 'floor.mjs');
const GNU_TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1,4,16' },
  },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
if (!(scale > 0) || !(runs >= 1) || sizes.some((size) => !(size > 0))) {
  process.stderr.write('usage: node bench/run.mjs [--scale 1] [--runs 5] [--sizes 1,4,16]\n');
  process.exit(2);
}
if (!existsSync(CLI)) {
  process.stderr.write('dist/ is missing: run `npm run build` first\n');
  process.exit(2);
}

function hasCommand(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const useGnuTime = existsSync(GNU_TIME) && hasCommand(GNU_TIME, ['-f', '%M', 'true']);
const rgVersion = hasCommand('rg', ['--version']) ? execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0] : undefined;

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, result };
}

/**
 * One check: whole-process wall time, and peak RSS and CPU time (user + system) from GNU time or,
 * without it, from inside the process. CPU time says more than wall time on a busy machine.
 */
function runCheck(dir, extra = []) {
  const args = [CLI, 'check', '--format', 'json', '--fail-on', 'none', ...extra];
  const { ms, result } = useGnuTime
    ? timed(GNU_TIME, ['-f', '%M %U %S', process.execPath, ...args], dir)
    : timed(process.execPath, [RSS_WRAPPER, ...args], dir);
  if (result.status !== 0) throw new Error(`check failed (exit ${result.status}) in ${dir}:\n${result.stderr}`);
  const [rssKb = NaN, user = NaN, system = NaN] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, rssKb, cpuMs: (user + system) * 1000, report: JSON.parse(result.stdout) };
}

function runFloor(dir) {
  const { ms, result } = timed(process.execPath, [FLOOR], dir);
  if (result.status !== 0) throw new Error(`the floor script failed in ${dir}: ${result.stderr}`);
  return ms;
}

function runRipgrep(dir) {
  const { ms, result } = timed('rg', ['--count', '\\.track\\s*\\(', '.'], dir);
  if (result.status !== 0 && result.status !== 1) throw new Error(`rg failed in ${dir}: ${result.stderr}`);
  return ms;
}

const benchDir = join(REPO, '.bench');
const rows = [];
for (const size of sizes) {
  const files = Math.round(BASE_FILES * scale * size);
  process.stderr.write(`${size}×: preparing ${files} files…\n`);
  const corpus = ensureCorpus(benchDir, files);
  runCheck(corpus.dir);
  if (rgVersion) runRipgrep(corpus.dir);
  const cacheLocation = mkdtempSync(join(tmpdir(), 'trackplan-bench-cache-'));
  const cached = ['--cache', '--cache-location', cacheLocation];
  runCheck(corpus.dir, cached);
  runFloor(corpus.dir);
  const checks = [];
  const rgTimes = [];
  const cacheTimes = [];
  const floorTimes = [];
  for (let run = 0; run < runs; run++) {
    checks.push(runCheck(corpus.dir));
    if (rgVersion) rgTimes.push(runRipgrep(corpus.dir));
    cacheTimes.push(runCheck(corpus.dir, cached).ms);
    floorTimes.push(runFloor(corpus.dir));
    process.stderr.write(`  run ${run + 1}/${runs}: ${checks.at(-1).ms.toFixed(0)} ms, --cache re-run ${cacheTimes.at(-1).toFixed(0)} ms\n`);
  }
  rmSync(cacheLocation, { recursive: true, force: true });
  const cache = median(cacheTimes);
  const floor = median(floorTimes);
  const wall = median(checks.map((check) => check.ms));
  const summary = checks[0].report.summary;
  const mb = corpus.bytes / 1e6;
  const rg = rgVersion ? median(rgTimes) : undefined;
  rows.push({
    size: `${size}×`,
    files: summary.files,
    mb: mb.toFixed(1),
    parsed: `${summary.filesParsed} + ${summary.modulesParsed}`,
    callSites: summary.callSites,
    wall: wall.toFixed(0),
    cpu: median(checks.map((check) => check.cpuMs)).toFixed(0),
    msPerMb: (wall / mb).toFixed(1),
    rss: (Math.max(...checks.map((check) => check.rssKb)) / 1024).toFixed(0),
    rg: rg === undefined ? '–' : rg.toFixed(0),
    ratio: rg === undefined ? '–' : `${(wall / rg).toFixed(1)}×`,
    cache: cache.toFixed(0),
    floor: floor.toFixed(0),
    cacheRatio: `${(cache / floor).toFixed(1)}×`,
  });
}

const header = ['size', 'files listed', 'MB', 'parsed (files + modules)', 'call sites', 'wall ms (median)', 'CPU ms (median)', 'ms / MB', 'peak RSS MB', 'rg ms', 'ratio to rg', '--cache re-run ms', 'Node floor ms', 'ratio to floor'];
const lines = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => ' --- ').join('|')}|`,
  ...rows.map((row) => `| ${[row.size, row.files, row.mb, row.parsed, row.callSites, row.wall, row.cpu, row.msPerMb, row.rss, row.rg, row.ratio, row.cache, row.floor, row.cacheRatio].join(' | ')} |`),
];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${rgVersion ?? 'rg not installed'}, RSS and CPU from ${useGnuTime ? 'GNU time' : 'process.resourceUsage()'}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`;
process.stdout.write(`${lines.join('\n')}\n\n${machine}; ${runs} runs per size after one warm-up (base ${Math.round(BASE_FILES * scale)} files)\n`);
