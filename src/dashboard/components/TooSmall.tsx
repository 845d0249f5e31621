import { Box, Text } from 'ink';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column">
      <Text wrap="wrap">
        The terminal is {columns}×{rows}; the dashboard needs at least {MIN_COLUMNS}×{MIN_ROWS}.
      </Text>
      <Text wrap="wrap">Enlarge the window, or press q to quit.</Text>
    </Box>
  );
}
