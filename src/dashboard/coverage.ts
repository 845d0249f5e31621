const BAR_CELLS = 20;

/** A percentage that never claims 100% (or 0%) unless it is exactly that. */
export function coveragePercent(implemented: number, planned: number): string {
  if (planned === 0) return '—';
  const rounded = Math.round((implemented / planned) * 100);
  if (rounded === 100 && implemented < planned) return '99%';
  if (rounded === 0 && implemented > 0) return '1%';
  return `${rounded}%`;
}

export function coverageBar(implemented: number, planned: number, cells = BAR_CELLS): { filled: string; empty: string } {
  const filledCells = planned === 0 ? 0 : Math.floor((implemented / planned) * cells);
  return { filled: '█'.repeat(filledCells), empty: '░'.repeat(cells - filledCells) };
}
