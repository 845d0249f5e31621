import { Box, Text } from 'ink';
import type { DynamicRow, EventRow, ListRow } from '../rows.js';
import { STATUS_TONE, usePalette } from '../theme.js';
import { Cell } from './Cell.js';
import { ScrollWindow, type WindowLine } from './ScrollWindow.js';

export interface EventListProps {
  rows: readonly ListRow[];
  selected: number;
  /** Lines for the column headings and the rows. */
  height: number;
  width: number;
  /** Shown when there is nothing to list. */
  empty: string;
}

interface Columns {
  status: number;
  event: number;
  sites: number;
  findings: number;
  owner: number;
}

function columnsFor(width: number): Columns {
  const owner = Math.min(20, Math.max(8, width - 50));
  return { status: 13, sites: 5, findings: 8, owner, event: Math.max(8, width - 32 - owner) };
}

export function EventList({ rows, selected, height, width, empty }: EventListProps) {
  const palette = usePalette();
  const columns = columnsFor(width);
  const dynamicCount = rows.filter((row) => row.kind === 'dynamic').length;
  const lines: WindowLine[] = rows.flatMap((row, index) => {
    const line: WindowLine = { key: rowKey(row), item: index, element: <Row row={row} selected={index === selected} columns={columns} /> };
    if (row.kind !== 'dynamic' || rows[index - 1]?.kind === 'dynamic') return [line];
    const heading = <Text color={palette.muted}>{`  Dynamic call sites (${dynamicCount})`}</Text>;
    return [{ key: 'dynamic-heading', element: heading }, line];
  });
  return (
    <Box flexDirection="column">
      <Box columnGap={1}>
        <Cell width={1} text="" />
        <Cell width={columns.status} text="STATUS" bold />
        <Cell width={columns.event} text="EVENT" bold />
        <Cell width={columns.sites} text="SITES" bold align="right" />
        <Cell width={columns.findings} text="FINDINGS" bold align="right" />
        <Cell width={columns.owner} text="OWNER" bold />
      </Box>
      {rows.length === 0 ? (
        <Text color={palette.muted}>  {empty}</Text>
      ) : (
        <ScrollWindow lines={lines} selected={selected} height={height - 1} />
      )}
    </Box>
  );
}

function rowKey(row: ListRow): string {
  return row.kind === 'event' ? `event:${row.name}` : `dynamic:${row.callSite.file}:${row.callSite.line}:${row.callSite.column}`;
}

function Row({ row, selected, columns }: { row: ListRow; selected: boolean; columns: Columns }) {
  return row.kind === 'event' ? (
    <EventLine row={row} selected={selected} columns={columns} />
  ) : (
    <DynamicLine row={row} selected={selected} columns={columns} />
  );
}

function EventLine({ row, selected, columns }: { row: EventRow; selected: boolean; columns: Columns }) {
  const palette = usePalette();
  return (
    <Box columnGap={1}>
      <Cell width={1} text={selected ? '›' : ' '} color={palette.accent} bold />
      <Cell width={columns.status} text={row.status} color={palette[STATUS_TONE[row.status]]} />
      <Cell width={columns.event} text={row.name} bold={selected} />
      <Cell width={columns.sites} text={String(row.sites)} align="right" />
      <Cell width={columns.findings} text={String(row.findings)} align="right" color={row.findings > 0 ? palette.warning : undefined} />
      <Cell width={columns.owner} text={row.owners.length > 0 ? row.owners.join(', ') : '—'} />
    </Box>
  );
}

function DynamicLine({ row, selected, columns }: { row: DynamicRow; selected: boolean; columns: Columns }) {
  const palette = usePalette();
  const { callSite } = row;
  const name = callSite.pattern !== undefined ? `"${callSite.pattern}"` : `(${callSite.reason ?? 'dynamic name'})`;
  return (
    <Box columnGap={1}>
      <Cell width={1} text={selected ? '›' : ' '} color={palette.accent} bold />
      <Cell width={columns.status} text="dynamic" color={palette[STATUS_TONE.dynamic]} />
      <Cell width={columns.event} text={`${callSite.file}:${callSite.line}:${callSite.column}  ${name}`} bold={selected} />
      <Cell width={columns.sites} text="1" align="right" />
      <Cell width={columns.findings} text={String(row.findings)} align="right" color={row.findings > 0 ? palette.warning : undefined} />
      <Cell width={columns.owner} text="—" />
    </Box>
  );
}
