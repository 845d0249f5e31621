import { Box, Text } from 'ink';
import type { Finding } from '../../report/types.js';
import type { Detail, DetailEntry, EntryRole } from '../detail.js';
import { displaySafe } from '../display-safe.js';
import { describeProperty } from '../describe-property.js';
import { SEVERITY_SYMBOL, STATUS_TONE, usePalette } from '../theme.js';
import { Cell, locationColumn } from './Cell.js';
import { ScrollWindow, type WindowLine } from './ScrollWindow.js';

export interface EventDetailProps {
  detail: Detail;
  selected: number;
  height: number;
  width: number;
}

const HEADINGS: Record<EntryRole, string> = { call: 'Call sites', finding: 'Other findings', plan: 'Plan' };

export function EventDetail({ detail, selected, height, width }: EventDetailProps) {
  const facts = factLines(detail);
  const locationWidth = locationColumn(
    detail.entries.map((entry) => entry.location),
    width,
  );
  return (
    <Box flexDirection="column">
      <TitleLine detail={detail} />
      {facts.map((fact) => (
        <Cell key={fact} text={fact} />
      ))}
      <Text> </Text>
      <ScrollWindow lines={entryLines(detail, selected, locationWidth)} selected={selected} height={Math.max(1, height - facts.length - 2)} />
    </Box>
  );
}

function TitleLine({ detail }: { detail: Detail }) {
  const palette = usePalette();
  const facts = [
    detail.owners.length > 0 && `owner ${detail.owners.join(', ')}`,
    detail.questions.length > 0 && `answers: ${detail.questions.join(', ')}`,
  ].filter((fact) => typeof fact === 'string');
  return (
    <Text wrap="truncate-end">
      <Text bold>{displaySafe(detail.title)}</Text>
      {' · '}
      <Text color={palette[STATUS_TONE[detail.status]]}>{detail.status}</Text>
      {facts.map((fact) => ` · ${displaySafe(fact)}`).join('')}
    </Text>
  );
}

function factLines(detail: Detail): string[] {
  const deprecated = detail.deprecated === true ? 'Deprecated' : detail.deprecated && `Deprecated: ${detail.deprecated}`;
  return [
    detail.description,
    deprecated,
    detail.properties && `Properties: ${detail.properties.length > 0 ? detail.properties.map(describeProperty).join(' · ') : 'none'}`,
    detail.reason && `Reason: ${detail.reason}`,
    detail.mayMatch && detail.mayMatch.length > 0 && `May match: ${detail.mayMatch.join(', ')}`,
  ]
    .filter((line) => typeof line === 'string')
    .filter((line) => line !== '');
}

function entryLines(detail: Detail, selected: number, locationWidth: number): WindowLine[] {
  const lines: WindowLine[] = [];
  const calls = detail.entries.filter((entry) => entry.role === 'call').length;
  if (calls === 0 && detail.status !== 'dynamic') lines.push({ key: 'no-calls', element: <Heading text="Call sites: none" /> });
  detail.entries.forEach((entry, index) => {
    if (detail.entries[index - 1]?.role !== entry.role) {
      const heading = entry.role === 'call' ? `${HEADINGS.call} (${calls})` : HEADINGS[entry.role];
      lines.push({ key: `heading:${entry.role}`, element: <Heading text={heading} /> });
    }
    lines.push({
      key: `entry:${index}`,
      item: index,
      element: <EntryLine entry={entry} selected={index === selected} locationWidth={locationWidth} />,
    });
    entry.findings.forEach((finding, findingIndex) => {
      const elsewhere = finding.line !== entry.location.line || finding.column !== entry.location.column;
      lines.push({
        key: `entry:${index}:${findingIndex}`,
        item: index,
        element: <FindingNote finding={finding} position={elsewhere ? `${finding.line}:${finding.column}` : undefined} />,
      });
    });
  });
  return lines;
}

function Heading({ text }: { text: string }) {
  return <Text bold>{text}</Text>;
}

function EntryLine({ entry, selected, locationWidth }: { entry: DetailEntry; selected: boolean; locationWidth: number }) {
  const palette = usePalette();
  const { file, line, column } = entry.location;
  return (
    <Box columnGap={1}>
      <Cell width={1} text={selected ? '›' : ' '} color={palette.accent} bold />
      <Cell width={locationWidth} text={`${file}:${line}:${column}`} bold={selected} />
      <Cell text={entry.code ?? entry.callee ?? ''} color={entry.code === undefined ? palette.muted : undefined} />
    </Box>
  );
}

function FindingNote({ finding, position }: { finding: Finding; position?: string }) {
  const palette = usePalette();
  const severity = SEVERITY_SYMBOL[finding.severity];
  return (
    <Box columnGap={1}>
      <Cell width={5} text="" />
      <Cell width={1} text={severity.symbol} color={palette[severity.tone]} />
      {position !== undefined && <Cell width={position.length} text={position} color={palette.muted} />}
      <Cell text={finding.message} />
    </Box>
  );
}
