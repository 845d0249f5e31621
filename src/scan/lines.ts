/**
 * Maps UTF-16 offsets to 1-based lines and columns, counting line breaks as ESLint does:
 * \r\n, \r, \n, U+2028 and U+2029.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 0x2028 || code === 0x2029) {
        starts.push(i + 1);
      } else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  locate(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  span(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const from = this.locate(start);
    const to = this.locate(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}
