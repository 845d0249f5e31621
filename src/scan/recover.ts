import type { CalleeRules } from '../extract/callees.js';
import type { ExtractedCall } from '../extract/types.js';
import { fitsSpecNames } from '../extract/match-callee.js';

const CALL_WITH_LITERAL = /\(\s*(['"])((?:\\.|(?!\1)[^\\\r\n])*)\1/g;
const SPACE = /\s/;

function isIdentifierPart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

function isIdentifierStart(code: number): boolean {
  return isIdentifierPart(code) && !(code >= 48 && code <= 57);
}

/**
 * The start of the callee `a.b?.c` that ends at `end`, read backwards, or undefined when there is
 * none. Reading back from each `(` keeps the scan linear: a regular expression trying every start
 * position is quadratic on a long identifier or member chain, which a broken file can hold.
 */
function calleeStart(text: string, end: number): number | undefined {
  let start: number | undefined;
  let i = end;
  for (;;) {
    let segmentStart = i;
    while (segmentStart > 0 && isIdentifierPart(text.charCodeAt(segmentStart - 1))) segmentStart--;
    let first = segmentStart;
    while (first < i && !isIdentifierStart(text.charCodeAt(first))) first++;
    if (first === i) return start;
    start = first;
    if (first !== segmentStart || text.charCodeAt(first - 1) !== 46) return start;
    i = first - 1;
    if (text.charCodeAt(i - 1) === 63) i--;
  }
}

function unescapeLiteral(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** For a file that does not parse: its calls with a literal name, found by a text scan. */
export function recoverLiteralCalls(file: string, text: string, rules: CalleeRules): ExtractedCall[] {
  const calls: ExtractedCall[] = [];
  const search = new RegExp(CALL_WITH_LITERAL.source, 'g');
  for (let match = search.exec(text); match; match = search.exec(text)) {
    let calleeEnd = match.index;
    while (calleeEnd > 0 && SPACE.test(text.charAt(calleeEnd - 1))) calleeEnd--;
    const start = calleeStart(text, calleeEnd);
    if (start === undefined) {
      search.lastIndex = match.index + 1;
      continue;
    }
    const callee = text.slice(start, calleeEnd);
    const segments = callee.replace(/\?\./g, '.').split('.');
    if (!rules.specs.some((spec) => fitsSpecNames(segments, spec, rules))) continue;
    const end = match.index + match[0].length;
    calls.push({
      file,
      position: { start: end - (match[2] ?? '').length - 2, end },
      callee,
      via: 'direct',
      name: { kind: 'static', names: [unescapeLiteral(match[2] ?? '')], resolution: 'literal' },
      analytics: true,
      recovered: true,
    });
  }
  return calls;
}
