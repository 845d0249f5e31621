import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLI, copyFixture } from '../helpers/cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SESSION = `trackplan-e2e-${process.pid}`;

function tmux(...args: string[]): string {
  return spawnSync('tmux', args, { encoding: 'utf8' }).stdout;
}

function screen(): string {
  return tmux('capture-pane', '-t', SESSION, '-p');
}

async function waitForScreen(predicate: (text: string) => boolean): Promise<string> {
  let last = '';
  await vi.waitFor(
    () => {
      last = screen();
      if (!predicate(last)) throw new Error(`screen not ready:\n${last}`);
    },
    { timeout: 20_000, interval: 100 },
  );
  return last;
}

describe.skipIf(!hasTmux)('trackplan dashboard in a real terminal (tmux, 120×36)', () => {
  afterEach(() => {
    tmux('kill-session', '-t', SESSION);
  });

  it('shows coverage and events, filters, opens an event, goes back, follows edits in watch mode and quits with 0', async () => {
    const dir = copyFixture('react-app');
    const exitFile = join(dir, 'exit-code');
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '36', `cd '${dir}' && node '${CLI}' dashboard --watch; echo $? > '${exitFile}'; sleep 60`);

    const first = await waitForScreen((text) => text.includes('Coverage') && text.includes('Signup Started'));
    expect(first).toContain('100% 8/8 planned events implemented');
    expect(first).toMatch(/› implemented\s+App\.Billing\.Opened\s+1\s+0 billing/);

    tmux('send-keys', '-t', SESSION, '/');
    tmux('send-keys', '-t', SESSION, '-l', 'note');
    const filtered = await waitForScreen((text) => text.includes('filter "note" (2 of 9)'));
    expect(filtered).not.toContain('Signup Started');

    await waitForScreen((text) => text.includes('/note▏'));
    tmux('send-keys', '-t', SESSION, 'Enter', 'Enter');
    const detail = await waitForScreen((text) => text.includes('Call sites (2)'));
    expect(detail).toContain('Note Created · implemented · owner notes · answers: activation');
    expect(detail).toContain('src/pages/Editor.tsx:7:32');
    expect(detail).toContain('✗ 7:53 Note Created: required property "template_id" is missing');

    tmux('send-keys', '-t', SESSION, 'Escape');
    await waitForScreen((text) => text.includes('STATUS') && text.includes('Note Shared'));

    appendFileSync(join(dir, 'tracking-plan.yaml'), '  Invoice Downloaded:\n    owner: billing\n');
    await waitForScreen((text) => text.includes('8/9 planned events implemented'));
    appendFileSync(join(dir, 'src', 'pages', 'Billing.tsx'), "\nexport const download = () => analytics.track('Invoice Downloaded');\n");
    await waitForScreen((text) => text.includes('9/9 planned events implemented'));

    tmux('send-keys', '-t', SESSION, 'q');
    await vi.waitFor(() => expect(spawnSync('cat', [exitFile], { encoding: 'utf8' }).stdout).toBe('0\n'), { timeout: 10_000, interval: 100 });
  });
});
