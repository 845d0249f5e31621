import { Box } from 'ink';
import { useRef, type ReactNode } from 'react';
import { scrollOffset } from '../scroll.js';

export interface WindowLine {
  key: string;
  /** The selectable item this line belongs to; headings belong to none. */
  item?: number;
  element: ReactNode;
}

export interface ScrollWindowProps {
  lines: readonly WindowLine[];
  selected: number;
  height: number;
}

/** Shows `height` lines of a longer list, scrolled as little as needed to keep the selection visible. */
export function ScrollWindow({ lines, selected, height }: ScrollWindowProps) {
  const previous = useRef(0);
  const first = lines.findIndex((line) => line.item === selected);
  const last = lines.findLastIndex((line) => line.item === selected);
  const offset =
    first === -1
      ? scrollOffset(previous.current, previous.current, previous.current, height, lines.length)
      : scrollOffset(previous.current, first, last, height, lines.length);
  previous.current = offset;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {lines.slice(offset, offset + height).map((line) => (
        <Box key={line.key} height={1} flexShrink={0}>
          {line.element}
        </Box>
      ))}
    </Box>
  );
}
