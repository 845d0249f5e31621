import { Box, Text } from 'ink';
import type { Finding } from '../../report/types.js';
import type { FindingGroup } from '../rows.js';
import { SEVERITY_SYMBOL, usePalette } from '../theme.js';
import { Cell, locationColumn } from './Cell.js';
import { ScrollWindow, type WindowLine } from './ScrollWindow.js';

export interface FindingListProps {
  groups: readonly FindingGroup[];
  selected: number;
  height: number;
  width: number;
  /** Shown when there is nothing to list. */
  empty: string;
}

export function FindingList({ groups, selected, height, width, empty }: FindingListProps) {
  const palette = usePalette();
  if (groups.length === 0) return <Text color={palette.muted}>  {empty}</Text>;
  const locationWidth = locationColumn(
    groups.flatMap((group) => group.findings),
    width,
  );
  const lines: WindowLine[] = [];
  let index = 0;
  for (const group of groups) {
    const worst = group.findings.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    lines.push({
      key: `kind:${group.kind}`,
      element: (
        <Text bold>
          <Text color={palette[SEVERITY_SYMBOL[worst].tone]}>{SEVERITY_SYMBOL[worst].symbol}</Text> {group.findings.length} {group.kind}
        </Text>
      ),
    });
    for (const finding of group.findings) {
      const item = index++;
      lines.push({
        key: `finding:${item}`,
        item,
        element: <FindingLine finding={finding} selected={item === selected} locationWidth={locationWidth} />,
      });
    }
  }
  return <ScrollWindow lines={lines} selected={selected} height={height} />;
}

function FindingLine({ finding, selected, locationWidth }: { finding: Finding; selected: boolean; locationWidth: number }) {
  const palette = usePalette();
  const severity = SEVERITY_SYMBOL[finding.severity];
  return (
    <Box columnGap={1}>
      <Cell width={1} text={selected ? '›' : ' '} color={palette.accent} bold />
      <Cell width={1} text={severity.symbol} color={palette[severity.tone]} />
      <Cell width={locationWidth} text={`${finding.file}:${finding.line}:${finding.column}`} bold={selected} />
      <Cell text={finding.message} />
    </Box>
  );
}
