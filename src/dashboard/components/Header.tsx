import { Box, Text } from 'ink';
import type { Report } from '../../report/types.js';
import { displaySafe } from '../display-safe.js';
import { usePalette } from '../theme.js';

export interface HeaderProps {
  title: string;
  report?: Report;
  watching: boolean;
  lastScanMs?: number;
}

export function Header({ title, report, watching, lastScanMs }: HeaderProps) {
  const palette = usePalette();
  const where = ['trackplan', title, report?.plan].filter((part) => part !== undefined && part !== '').join(' · ');
  const facts = [
    report && `${report.summary.files.toLocaleString('en-US')} files, ${report.summary.filesParsed.toLocaleString('en-US')} parsed`,
    lastScanMs !== undefined && `${(lastScanMs / 1000).toFixed(2)} s`,
  ].filter((fact) => typeof fact === 'string');
  return (
    <Box justifyContent="space-between" columnGap={2}>
      <Box flexShrink={1}>
        <Text bold wrap="truncate-end">
          {displaySafe(where)}
        </Text>
      </Box>
      <Box flexShrink={0} columnGap={1}>
        {facts.length > 0 && <Text color={palette.muted}>{facts.join(' · ')} ·</Text>}
        <Text color={watching ? palette.accent : palette.muted}>{watching ? 'watching' : 'not watching'}</Text>
      </Box>
    </Box>
  );
}
