import { Box, Text } from 'ink';
import { coverageBar } from '../coverage.js';
import { displaySafe } from '../display-safe.js';
import type { ScanProgress } from '../source.js';
import { usePalette } from '../theme.js';

const PHASES: Record<ScanProgress['phase'], string> = {
  listing: 'Listing files',
  scanning: 'Scanning files',
  resolving: 'Resolving names',
};

export function Progress({ progress, error }: { progress?: ScanProgress; error?: string }) {
  const palette = usePalette();
  if (error !== undefined) return <Text color={palette.error}>✗ {displaySafe(error)}</Text>;
  if (!progress) return <Text>Starting the scan…</Text>;
  const bar = coverageBar(progress.done, progress.total);
  return (
    <Box flexDirection="column">
      <Text>
        {PHASES[progress.phase]} {progress.done.toLocaleString('en-US')}/{progress.total.toLocaleString('en-US')}
      </Text>
      <Text>
        <Text color={palette.accent}>{bar.filled}</Text>
        <Text color={palette.muted}>{bar.empty}</Text>
      </Text>
    </Box>
  );
}
