import type { CalleeRules } from '../extract/callees.js';
import type { ExtractedCall } from '../extract/types.js';

const LITERAL_CALL = /([A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*)\s*\(\s*(['"])((?:\\.|(?!\2)[^\\\r\n])*)\2/g;

function calleeMatches(callee: string, rules: CalleeRules): boolean {
  const segments = callee.replace(/\?\./g, '.').split('.');
  return rules.specs.some((spec) => {
    const wanted = spec.name.split('.');
    const tail = wanted[0] === '*' || spec.import !== undefined ? wanted.slice(wanted[0] === '*' ? 1 : 0) : wanted;
    if (wanted[0] === '*' && segments.length <= tail.length) return false;
    if (wanted.length === 1 && wanted[0] !== '*' && spec.import === undefined && segments.length !== 1) return false;
    return tail.every((segment, index) => segments[segments.length - tail.length + index] === segment);
  });
}

function unescapeLiteral(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** For a file that does not parse: its calls with a literal name, found by a text scan. */
export function recoverLiteralCalls(file: string, text: string, rules: CalleeRules): ExtractedCall[] {
  const calls: ExtractedCall[] = [];
  for (const match of text.matchAll(LITERAL_CALL)) {
    const callee = match[1] ?? '';
    if (!calleeMatches(callee, rules)) continue;
    const nameStart = (match.index ?? 0) + match[0].length - (match[3] ?? '').length - 2;
    calls.push({
      file,
      position: { start: nameStart, end: (match.index ?? 0) + match[0].length },
      callee: callee.replace(/\s+/g, ''),
      via: 'direct',
      name: { kind: 'static', names: [unescapeLiteral(match[3] ?? '')], resolution: 'literal' },
      analytics: true,
      recovered: true,
    });
  }
  return calls;
}
