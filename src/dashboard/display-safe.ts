// Control characters (C0, DEL, C1: ESC starts every terminal escape sequence), line and paragraph
// separators, and bidirectional overrides could restyle the terminal, break a one-line row, or
// reorder what the reader sees (Trojan Source). They are shown as visible escapes instead.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function displaySafe(text: string): string {
  return text.replaceAll('\t', ' ').replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}
