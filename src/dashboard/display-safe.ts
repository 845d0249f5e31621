import { escapeControl } from '../report/escape.js';

/** A name or message shown as the text report shows it (control and bidirectional characters as escapes), with tabs as spaces, so that a row keeps its columns. */
export function displaySafe(text: string): string {
  return escapeControl(text.replaceAll('\t', ' '));
}
