/**
 * The first visible line of a window of `height` lines over `total`, moved as little as possible
 * from `previous` so that the selected lines [first, last] are visible (their start, if they do not fit).
 */
export function scrollOffset(previous: number, first: number, last: number, height: number, total: number): number {
  const maxOffset = Math.max(0, total - height);
  let offset = Math.min(Math.max(previous, 0), maxOffset);
  if (last >= offset + height) offset = last - height + 1;
  if (first < offset) offset = first;
  return Math.max(0, Math.min(offset, maxOffset));
}
