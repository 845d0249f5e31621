import { Box, Text } from 'ink';
import type { CoverageGroup, QuestionCoverage, Report } from '../../report/types.js';
import { displaySafe } from '../display-safe.js';
import { kindCounts } from '../rows.js';
import { SEVERITY_SYMBOL, usePalette } from '../theme.js';
import { CoverageBar } from './CoverageBar.js';

const COUNT_GAP = 2;

/** Lines the summary takes: the finding counts get a second line when they need one. */
export function summaryHeight(report: Report, width: number): number {
  return 1 + (report.questions.length > 0 ? 1 : 0) + (report.owners.length > 0 ? 1 : 0) + countLines(report, width);
}

function countLines(report: Report, width: number): number {
  const text = kindCounts(report)
    .map(({ kind, count }) => `! ${count} ${kind}`)
    .join(' '.repeat(COUNT_GAP));
  return text.length > width ? 2 : 1;
}

export function Summary({ report, width }: { report: Report; width: number }) {
  return (
    <Box flexDirection="column">
      <CoverageBar implemented={report.summary.implemented} planned={report.summary.planned} />
      {report.questions.length > 0 && <GroupLine label="Questions" groups={report.questions} />}
      {report.owners.length > 0 && <GroupLine label="Owners" groups={report.owners} />}
      <KindCounts report={report} lines={countLines(report, width)} />
    </Box>
  );
}

function GroupLine({ label, groups }: { label: string; groups: readonly (CoverageGroup | QuestionCoverage)[] }) {
  const palette = usePalette();
  return (
    <Text wrap="truncate-end">
      <Text bold>{label.padEnd(10)}</Text>
      {groups.map((group, index) => {
        const done = 'answerable' in group ? group.answerable : group.planned > 0 && group.implemented === group.planned;
        const answerable = 'answerable' in group && group.answerable;
        return (
          <Text key={group.name}>
            {index > 0 && '  '}
            {displaySafe(group.name)}{' '}
            <Text color={done ? palette.ok : palette.warning}>{answerable ? '✓' : `${group.implemented}/${group.planned}`}</Text>
          </Text>
        );
      })}
    </Text>
  );
}

function KindCounts({ report, lines }: { report: Report; lines: number }) {
  const palette = usePalette();
  const counts = kindCounts(report);
  if (counts.length === 0) return <Text color={palette.ok}>✓ no findings</Text>;
  return (
    <Box flexWrap="wrap" columnGap={COUNT_GAP} height={lines} overflow="hidden">
      {counts.map(({ kind, count, severity }) => (
        <Text key={kind}>
          <Text color={palette[SEVERITY_SYMBOL[severity].tone]}>{SEVERITY_SYMBOL[severity].symbol}</Text> {count} {kind}
        </Text>
      ))}
    </Box>
  );
}
