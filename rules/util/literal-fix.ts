const QUOTES = new Set(["'", '"', '`']);

const LINE_BREAK_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

function escapeFor(quote: string, value: string): string {
  const escaped = value.replace(/[\\\n\r\u2028\u2029]/g, (char) => LINE_BREAK_ESCAPES[char] ?? '\\\\').split(quote).join(`\\${quote}`);
  return quote === '`' ? escaped.split('${').join('\\${') : escaped;
}

/**
 * The source text of a string literal (or a template without expressions) that says `name` plainly,
 * rewritten to say `replacement` with the same quotes; undefined for any other expression.
 */
export function replaceLiteralText(text: string, name: string, replacement: string): string | undefined {
  const quote = text[0];
  if (quote === undefined || !QUOTES.has(quote) || text.length < 2 || !text.endsWith(quote)) return undefined;
  const content = text.slice(1, -1);
  if (content !== name || content.includes('\\') || (quote === '`' && content.includes('${'))) return undefined;
  return quote + escapeFor(quote, replacement) + quote;
}
