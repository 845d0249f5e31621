import { Box, Text } from 'ink';
import { coverageBar, coveragePercent } from '../coverage.js';
import { usePalette } from '../theme.js';

export interface CoverageBarProps {
  implemented: number;
  planned: number;
}

export function CoverageBar({ implemented, planned }: CoverageBarProps) {
  const palette = usePalette();
  const bar = coverageBar(implemented, planned);
  const complete = planned > 0 && implemented === planned;
  return (
    <Box columnGap={1}>
      <Box flexShrink={0} columnGap={1}>
        <Text bold>Coverage</Text>
        <Text>
          <Text color={complete ? palette.ok : palette.accent}>{bar.filled}</Text>
          <Text color={palette.muted}>{bar.empty}</Text>
        </Text>
        <Text bold>{coveragePercent(implemented, planned)}</Text>
      </Box>
      <Text wrap="truncate-end">{planned === 0 ? 'no planned events' : `${implemented}/${planned} planned events implemented`}</Text>
    </Box>
  );
}
