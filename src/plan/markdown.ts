// Every ASCII punctuation character that means something in CommonMark or GFM tables, and `&` (entities).
const SPECIAL = /[\\`*_{}[\]()<>#+\-!|~&]/g;
// Control characters and line breaks would end a table row or a list item.
const BREAKS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** Text from a plan or code (names, descriptions, paths), made inert for Markdown: shown as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(BREAKS, ' ')
    .replace(SPECIAL, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
