import { Text } from 'ink';
import { displaySafe } from '../display-safe.js';
import { usePalette } from '../theme.js';

/** A horizontal line, with an optional label near its start: `── Events · 3/12 ─────`. */
export function Rule({ width, label }: { width: number; label?: string }) {
  const head = label === undefined ? '' : `── ${displaySafe(label)} `;
  return (
    <Text color={usePalette().muted} wrap="truncate-end">
      {head + '─'.repeat(Math.max(0, width - head.length))}
    </Text>
  );
}
