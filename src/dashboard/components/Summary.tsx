import { Box, Text } from 'ink';
import type { CoverageGroup, QuestionCoverage, Report } from '../../report/types.js';
import { displaySafe } from '../display-safe.js';
import { kindCounts, type KindCount } from '../rows.js';
import { SEVERITY_SYMBOL, usePalette } from '../theme.js';
import { CoverageBar } from './CoverageBar.js';

const COUNT_GAP = '  ';
const MAX_COUNT_LINES = 2;

/** Lines the summary takes: the finding counts get a second line when they need one. */
export function summaryHeight(report: Report, width: number): number {
  return 1 + (report.questions.length > 0 ? 1 : 0) + (report.owners.length > 0 ? 1 : 0) + countLines(kindCounts(report), width).length;
}

/** The counts, a whole count per line part, on at most two lines: the second is cut if need be. */
export function countLines(counts: readonly KindCount[], width: number): KindCount[][] {
  const lines: KindCount[][] = [];
  let used = 0;
  for (const count of counts) {
    const size = countText(count).length;
    const line = lines.at(-1);
    if (line && (used + COUNT_GAP.length + size <= width || lines.length === MAX_COUNT_LINES)) {
      line.push(count);
      used += COUNT_GAP.length + size;
    } else {
      lines.push([count]);
      used = size;
    }
  }
  return lines.length > 0 ? lines : [[]];
}

function countText({ kind, count, severity }: KindCount): string {
  return `${SEVERITY_SYMBOL[severity].symbol} ${count} ${kind}`;
}

export function Summary({ report, width }: { report: Report; width: number }) {
  return (
    <Box flexDirection="column">
      <CoverageBar implemented={report.summary.implemented} planned={report.summary.planned} />
      {report.questions.length > 0 && <GroupLine label="Questions" groups={report.questions} />}
      {report.owners.length > 0 && <GroupLine label="Owners" groups={report.owners} />}
      <KindCounts lines={countLines(kindCounts(report), width)} />
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

function KindCounts({ lines }: { lines: KindCount[][] }) {
  const palette = usePalette();
  if (lines.flat().length === 0) return <Text color={palette.ok}>✓ no findings</Text>;
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line.map((count, position) => {
            const severity = SEVERITY_SYMBOL[count.severity];
            return (
              <Text key={count.kind}>
                {position > 0 && COUNT_GAP}
                <Text color={palette[severity.tone]}>{severity.symbol}</Text> {count.count} {count.kind}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}
