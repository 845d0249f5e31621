import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSampleLine, sampleReport } from './sample-report.js';

// ink decides at import whether it runs in CI (then it only writes the last frame), and chalk
// decides its colour level: both are set before they load, so that the frames are the terminal's.
vi.stubEnv('CI', 'false');
vi.stubEnv('CONTINUOUS_INTEGRATION', 'false');
vi.stubEnv('FORCE_COLOR', '1');
const { createStaticSource, runDashboard } = await import('../../src/dashboard/index.js');

class TerminalOutput extends EventEmitter {
  readonly isTTY = true;
  columns = 100;
  rows = 30;
  output = '';
  write(chunk: string): boolean {
    this.output += chunk;
    return true;
  }
}

class TerminalInput extends EventEmitter {
  readonly isTTY = true;
  private readonly chunks: string[] = [];
  type(data: string): void {
    this.chunks.push(data);
    this.emit('readable');
  }
  read(): string | null {
    return this.chunks.shift() ?? null;
  }
  setRawMode(): this {
    return this;
  }
  setEncoding(): void {}
  ref(): void {}
  unref(): void {}
  resume(): void {}
  pause(): void {}
}

const WAIT = { timeout: 10_000, interval: 10 };
const COLOR = /\u001b\[(?:3\d|9\d)m/;
const CLEAR_SCREEN = /\u001b\[2J|\u001bc/;

function withoutEscapes(output: string): string {
  return output.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

function start(options: { color?: boolean } = {}) {
  const stdout = new TerminalOutput();
  const stdin = new TerminalInput();
  const openInEditor = vi.fn();
  const exitCode = runDashboard({
    source: createStaticSource(sampleReport, readSampleLine),
    title: 'notes-app',
    openInEditor,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    ...options,
  });
  const shows = (text: string) =>
    vi.waitFor(() => {
      if (!withoutEscapes(stdout.output).includes(text)) throw new Error(`not shown yet: ${text}`);
    }, WAIT);
  return { stdout, stdin, openInEditor, exitCode, shows };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.stubEnv('CI', 'false');
  vi.stubEnv('CONTINUOUS_INTEGRATION', 'false');
  vi.stubEnv('FORCE_COLOR', '1');
});

describe('runDashboard', () => {
  it('resolves with exit code 0 when the user presses q', async () => {
    const run = start();
    await run.shows('Coverage');
    run.stdin.type('q');
    await expect(run.exitCode).resolves.toBe(0);
  });

  it('also quits with Ctrl+C, with exit code 0', async () => {
    const run = start();
    await run.shows('Coverage');
    run.stdin.type('\u0003');
    await expect(run.exitCode).resolves.toBe(0);
  });

  it('redraws in place as the user moves around, never clearing the screen', async () => {
    const run = start();
    await run.shows('Coverage');
    for (const [key, shown] of [
      ['/', '/▏'],
      ['note created', '/note created▏'],
      ['\r', 'filter "note created" (1 of 13)'],
      ['\r', 'Call sites (3)'],
      ['\u001b[B', '› app/notes/create.ts:14:21'],
      ['o', 'Opened app/notes/create.ts:14:21'],
      ['\t', 'Findings · 1/2 · filter "note created" (2 of 12)'],
    ] as const) {
      run.stdin.type(key);
      await run.shows(shown);
    }
    expect(run.openInEditor).toHaveBeenCalledWith('app/notes/create.ts', 14, 21);
    run.stdin.type('q');
    await expect(run.exitCode).resolves.toBe(0);
    expect(run.stdout.output).not.toMatch(CLEAR_SCREEN);
  });

  it('draws in colour by default, and in none when NO_COLOR is set', async () => {
    const coloured = start();
    await coloured.shows('Coverage');
    coloured.stdin.type('q');
    await coloured.exitCode;
    expect(coloured.stdout.output).toMatch(COLOR);

    vi.stubEnv('NO_COLOR', '1');
    const plain = start();
    await plain.shows('Coverage');
    plain.stdin.type('q');
    await plain.exitCode;
    expect(plain.stdout.output).not.toMatch(COLOR);
    expect(plain.stdout.output).toContain('✗ 2 unimplemented');
  });

  it('takes colours off when asked, whatever the environment', async () => {
    const run = start({ color: false });
    await run.shows('Coverage');
    run.stdin.type('q');
    await run.exitCode;
    expect(run.stdout.output).not.toMatch(COLOR);
  });
});
