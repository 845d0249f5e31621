import { Box, Text } from 'ink';
import { displaySafe } from '../display-safe.js';
import { formatHints, hintsFor, type HintMode } from '../hints.js';
import { usePalette, type Tone } from '../theme.js';

export interface FooterProps {
  mode: HintMode;
  width: number;
  /** Shown before the key hints: the filter being typed, a notice, an error. */
  message?: { text: string; tone?: Tone };
}

export function Footer({ mode, width, message }: FooterProps) {
  const palette = usePalette();
  const text = message && displaySafe(message.text);
  const room = text === undefined ? width : Math.max(0, width - text.length - 2);
  return (
    <Box columnGap={2}>
      {text !== undefined && (
        <Box flexShrink={1}>
          <Text color={message?.tone && palette[message.tone]} wrap="truncate-end">
            {text}
          </Text>
        </Box>
      )}
      <Box flexShrink={0}>
        <Text color={palette.muted} wrap="truncate-end">
          {formatHints(hintsFor(mode, room))}
        </Text>
      </Box>
    </Box>
  );
}
