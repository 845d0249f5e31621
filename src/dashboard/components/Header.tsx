import { Box, Text } from 'ink';
import type { Report } from '../../report/types.js';
import { displaySafe } from '../display-safe.js';
import { usePalette } from '../theme.js';

export interface HeaderProps {
  title: string;
  width: number;
  report?: Report;
  watching: boolean;
  lastScanMs?: number;
}

/** The title comes first: the scan's facts are left out when both do not fit. */
export function Header({ title, width, report, watching, lastScanMs }: HeaderProps) {
  const palette = usePalette();
  const where = ['trackplan', title, report?.plan].filter((part) => part !== undefined && part !== '').join(' · ');
  const facts = [
    report && `${report.summary.files.toLocaleString('en-US')} files, ${report.summary.filesParsed.toLocaleString('en-US')} parsed`,
    lastScanMs !== undefined && `${(lastScanMs / 1000).toFixed(2)} s`,
  ].filter((fact) => typeof fact === 'string');
  const watchLabel = watching ? 'watching' : 'not watching';
  const factsText = facts.join(' · ');
  const showFacts = facts.length > 0 && displaySafe(where).length + factsText.length + watchLabel.length + 5 <= width;
  return (
    <Box justifyContent="space-between" columnGap={2}>
      <Box flexShrink={1}>
        <Text bold wrap="truncate-end">
          {displaySafe(where)}
        </Text>
      </Box>
      <Box flexShrink={0} columnGap={1}>
        {showFacts && <Text color={palette.muted}>{factsText} ·</Text>}
        <Text color={watching ? palette.accent : palette.muted}>{watchLabel}</Text>
      </Box>
    </Box>
  );
}
