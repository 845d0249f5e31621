import { Box, Text } from 'ink';
import type { SourceLocation } from '../../report/types.js';
import { displaySafe } from '../display-safe.js';

export interface CellProps {
  text: string;
  width?: number;
  color?: string;
  bold?: boolean;
  align?: 'left' | 'right';
}

/** One line of text, cut to its width; every text that comes from code or a plan goes through here. */
export function Cell({ text, width, color, bold, align = 'left' }: CellProps) {
  return (
    <Box width={width} flexShrink={width === undefined ? 1 : 0} justifyContent={align === 'right' ? 'flex-end' : 'flex-start'}>
      <Text color={color} bold={bold} wrap="truncate-end">
        {displaySafe(text)}
      </Text>
    </Box>
  );
}

/** Wide enough for the longest `file:line:col`, but never more than half the width. */
export function locationColumn(locations: readonly SourceLocation[], width: number): number {
  const longest = Math.max(0, ...locations.map((location) => displaySafe(`${location.file}:${location.line}:${location.column}`).length));
  return Math.min(longest, Math.floor(width / 2));
}
