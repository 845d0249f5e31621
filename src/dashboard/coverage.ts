import { percent } from '../report/summary-text.js';

const BAR_CELLS = 20;

/** The share of planned events implemented, as the reports show it; a dash when nothing is planned. */
export function coveragePercent(implemented: number, planned: number): string {
  return planned === 0 ? '—' : percent(implemented / planned);
}

export function coverageBar(implemented: number, planned: number, cells = BAR_CELLS): { filled: string; empty: string } {
  const filledCells = planned === 0 ? 0 : Math.floor((implemented / planned) * cells);
  return { filled: '█'.repeat(filledCells), empty: '░'.repeat(cells - filledCells) };
}
