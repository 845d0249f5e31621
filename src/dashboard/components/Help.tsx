import { Box, Text } from 'ink';

const KEYS: [string, string][] = [
  ['↑ ↓  j k', 'move; PgUp PgDn page, g G first and last'],
  ['/', 'filter as you type: events by name, status, owner; findings by kind, event, file, message'],
  ['⏎', 'in the filter: keep the list narrowed; on a row: open its detail'],
  ['esc', 'clear the filter, go back from a detail, close this help'],
  ['tab', 'switch between the events and the findings'],
  ['o', 'open the selected call site or finding in $EDITOR'],
  ['w', 'watch: scan again when a source file or the plan changes'],
  ['q', 'quit'],
];

export function Help({ height }: { height: number }) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>Keys</Text>
      {KEYS.map(([key, meaning]) => (
        <Box key={key} columnGap={1}>
          <Box width={10} flexShrink={0}>
            <Text bold>{key}</Text>
          </Box>
          <Text wrap="truncate-end">{meaning}</Text>
        </Box>
      ))}
    </Box>
  );
}
