import { createRequire } from 'node:module';
import type { CsvError } from 'csv-parse/sync';
import { UserError } from '../../errors.js';
import type { SourceLocation } from '../../report/types.js';
import { LineIndex } from '../../scan/lines.js';

// csv-parse is loaded only when a CSV plan is read, not on every check.
function csvParse(): typeof import('csv-parse/sync') {
  return createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
}

export interface Cell {
  text: string;
  location: SourceLocation;
}

export interface CsvTable {
  header: Cell[];
  /** Data rows, blank ones left out. */
  rows: Cell[][];
}

interface InfoRecord {
  record: string[];
  info: { bytes: number };
}

const DELIMITERS = [',', ';', '\t'] as const;

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** Spreadsheets export with `,`, or `;` in some locales, or tabs: the header line tells which. */
function detectDelimiter(text: string): string {
  const headerLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, delimiter);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * csv-parse gives no cell offsets, so the cells of one record's raw text are delimited here, the
 * way it reads them: a quote opens a quoted cell only at the cell's start, `""` inside is a quote.
 */
function cellRanges(record: string, delimiter: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  let quoted = false;
  let index = 0;
  for (; index < record.length; index++) {
    const char = record[index];
    if (quoted) {
      if (char === '"' && record[index + 1] === '"') index++;
      else if (char === '"') quoted = false;
    } else if (char === '"' && record.slice(start, index).trim() === '') quoted = true;
    else if (char === delimiter) {
      ranges.push({ start, end: index });
      start = index + 1;
    } else if (char === '\n' || char === '\r') break;
  }
  ranges.push({ start, end: index });
  return ranges;
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'unexpected text after the closing quote of a cell';
    default:
      return `the CSV cannot be read: ${error.message.replace(/ at line \d+.*$/s, '')}`;
  }
}

/**
 * Reads a CSV with csv-parse (quoting, embedded line breaks, BOM) and keeps each cell's line and
 * column. csv-parse reports, for each record, how many UTF-8 bytes it has consumed; the bytes
 * between two records are that record's raw text.
 */
export function readCsvTable(text: string, file: string): CsvTable {
  const lines = new LineIndex(text);
  const bytes = Buffer.from(text, 'utf8');
  const delimiter = detectDelimiter(text);
  const at = (start: number, end: number): SourceLocation => ({ file, ...lines.span(start, end) });
  let records: InfoRecord[];
  try {
    // With `info`, csv-parse returns { record, info } objects, which its typings do not express.
    records = csvParse().parse(text, { delimiter, bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as unknown as InfoRecord[];
  } catch (error) {
    if (!(error instanceof csvParse().CsvError)) throw error;
    const recordStart = bytes.subarray(0, Number(error.bytes_records ?? 0)).toString('utf8').length;
    const { line, column } = lines.locate(recordStart);
    throw new UserError(csvErrorMessage(error), { location: { file, line, column }, hint: 'Fix the CSV at that position (or export it again from the spreadsheet).' });
  }
  const rows: Cell[][] = [];
  let consumedBytes = 0;
  let offset = 0;
  for (const { record, info } of records) {
    const raw = bytes.subarray(consumedBytes, info.bytes).toString('utf8');
    const ranges = cellRanges(raw, delimiter);
    const cells = record.map((value, index): Cell => {
      const range = ranges[index] ?? { start: raw.length, end: raw.length };
      return { text: value.trim(), location: at(offset + range.start, offset + range.end) };
    });
    consumedBytes = info.bytes;
    offset += raw.length;
    if (cells.some((cell) => cell.text !== '')) rows.push(cells);
  }
  const [header, ...data] = rows;
  if (!header) {
    throw new UserError('the CSV is empty', { location: { file, line: 1, column: 1 }, hint: 'Export the tracking plan with its header row.' });
  }
  return { header, rows: data };
}
