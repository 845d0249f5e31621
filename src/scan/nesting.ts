/**
 * oxc-parser recurses natively with no depth limit: a file nested a few thousand levels deep (3,400
 * nested functions, 6,000 parentheses) overflows the thread's stack and kills the process with a
 * segfault nothing can catch. This estimates, in one pass over the text, how deep the parser will
 * recurse, so that such a file is refused before it reaches the parser.
 *
 * It is a lexer-level estimate, not a parser: brackets (and `${`), prefix and right-associative
 * operators, and the keywords that nest statements count one level each; left-associative operators
 * (`a + b + …`, `a.b.c`), which the parser loops over, count 1/16. A level's operators stop counting
 * at `,`, `;`, or a line break after an operand, where an expression or statement ends.
 */
export const MAX_NESTING = 1000;

const FULL = 16;
const LIGHT = 1;

const NESTING_KEYWORDS = new Set(['if', 'for', 'while', 'do', 'with', 'new', 'typeof', 'void', 'delete', 'await', 'yield', 'keyof', 'infer']);
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'case', 'else', 'in', 'of', 'instanceof', 'throw', 'extends', 'export', 'default']);

const enum Previous {
  Operator,
  Operand,
  Closer,
}

function isIdentifierCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 92 || code >= 128;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** The offset where the estimated nesting first goes past `limit` levels, or undefined when it never does. */
export function findExcessiveNesting(text: string, limit: number = MAX_NESTING): number | undefined {
  const max = limit * FULL;
  const length = text.length;
  const savedRuns: number[] = [];
  const isTemplateLevel: boolean[] = [];
  let depth = 0;
  let run = 0;
  let previous = Previous.Operator;
  let i = 0;

  const add = (units: number): boolean => {
    run += units;
    depth += units;
    return depth > max;
  };
  const open = (templateLevel: boolean): boolean => {
    savedRuns.push(run);
    isTemplateLevel.push(templateLevel);
    run = 0;
    depth += FULL;
    return depth > max;
  };
  const endRun = (): void => {
    depth -= run;
    run = 0;
  };

  /** Skips template text from `i` to its end or to a `${`; true when it stopped at a `${`. */
  const skipTemplateText = (): boolean => {
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === 92) i += 2;
      else if (code === 96) {
        i++;
        return false;
      } else if (code === 36 && text.charCodeAt(i + 1) === 123) {
        i += 2;
        return true;
      } else i++;
    }
    return false;
  };

  while (i < length) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (previous !== Previous.Operator) endRun();
      i++;
      continue;
    }
    if (code <= 32 || code === 0xa0 || code === 0xfeff) {
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (isIdentifierCode(code)) {
      const start = i;
      while (i < length && isIdentifierCode(text.charCodeAt(i))) i++;
      if (code >= 48 && code <= 57) {
        previous = Previous.Operand;
        continue;
      }
      const word = code >= 97 && code <= 122 && i - start <= 10 ? text.slice(start, i) : '';
      if (NESTING_KEYWORDS.has(word)) {
        if (add(FULL)) return start;
        previous = Previous.Operator;
      } else previous = KEYWORDS_BEFORE_EXPRESSION.has(word) ? Previous.Operator : Previous.Operand;
      continue;
    }
    switch (code) {
      case 39:
      case 34: {
        i++;
        while (i < length) {
          const inner = text.charCodeAt(i);
          if (inner === 92) i += 2;
          else if (inner === code) {
            i++;
            break;
          } else if (isLineBreak(inner)) break;
          else i++;
        }
        previous = Previous.Operand;
        continue;
      }
      case 96:
        i++;
        if (skipTemplateText()) {
          if (open(true)) return i;
          previous = Previous.Operator;
        } else previous = Previous.Operand;
        continue;
      case 47:
        if (next === 47) {
          while (i < length && !isLineBreak(text.charCodeAt(i))) i++;
          continue;
        }
        if (next === 42) {
          const end = text.indexOf('*/', i + 2);
          i = end === -1 ? length : end + 2;
          continue;
        }
        if (previous === Previous.Operator && next !== 62) {
          i = skipRegularExpression(text, i);
          previous = Previous.Operand;
          continue;
        }
        i++;
        if (add(LIGHT)) return i;
        previous = Previous.Operator;
        continue;
      case 40:
      case 91:
      case 123:
        i++;
        if (open(false)) return i - 1;
        previous = Previous.Operator;
        continue;
      case 41:
      case 93:
      case 125: {
        i++;
        if (savedRuns.length === 0) {
          endRun();
          previous = Previous.Closer;
          continue;
        }
        depth -= FULL + run;
        run = savedRuns.pop() ?? 0;
        if (isTemplateLevel.pop() && code === 125) {
          if (skipTemplateText()) {
            if (open(true)) return i;
            previous = Previous.Operator;
          } else previous = Previous.Operand;
          continue;
        }
        previous = code === 125 ? Previous.Closer : Previous.Operand;
        continue;
      }
      case 44:
      case 59:
        i++;
        endRun();
        previous = Previous.Operator;
        continue;
      default: {
        const operator = readOperator(code, next, text.charCodeAt(i + 2), previous);
        const start = i;
        i += lengthOf(operator);
        if (operator & POSTFIX) continue;
        if (add(operator & NESTS ? FULL : LIGHT)) return start;
        previous = Previous.Operator;
      }
    }
  }
  return undefined;
}

function skipRegularExpression(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 92) i += 2;
    else if (isLineBreak(code)) return i;
    else {
      i++;
      if (code === 91) inClass = true;
      else if (code === 93) inClass = false;
      else if (code === 47 && !inClass) break;
    }
  }
  while (i < text.length && isIdentifierCode(text.charCodeAt(i))) i++;
  return i;
}

/** An operator's length, and whether it nests fully or loops, packed in one number to keep the scan allocation-free. */
const NESTS = 4;
const POSTFIX = 8;

function lengthOf(operator: number): number {
  return operator & 3;
}

/** How far an operator nests: prefix, assignment, ternary, arrow and `**` nest fully; the rest loop. */
function readOperator(code: number, next: number, after: number, previous: Previous): number {
  const afterOperand = previous !== Previous.Operator;
  switch (code) {
    case 61:
      if (next === 62) return 2 | NESTS;
      if (next === 61) return after === 61 ? 3 : 2;
      return 1 | NESTS;
    case 43:
    case 45:
      if (next === code) return afterOperand ? 2 | POSTFIX : 2;
      if (next === 61) return 2 | NESTS;
      return afterOperand ? 1 : 1 | NESTS;
    case 33:
      if (next === 61) return after === 61 ? 3 : 2;
      return afterOperand ? 1 | POSTFIX : 1 | NESTS;
    case 126:
    case 58:
      return 1 | NESTS;
    case 63:
      if (next === 46 && !(after >= 48 && after <= 57)) return 2;
      if (next === 63) return after === 61 ? 3 | NESTS : 2;
      return 1 | NESTS;
    case 42:
      if (next === 42) return (after === 61 ? 3 : 2) | NESTS;
      return next === 61 ? 2 | NESTS : 1;
    case 38:
    case 124:
      if (next === code) return after === 61 ? 3 | NESTS : 2;
      return next === 61 ? 2 | NESTS : 1;
    case 60:
      if (next === 47 || next === 60 || next === 61) return 2;
      return afterOperand ? 1 | NESTS : 1;
    case 46:
      return next === 46 && after === 46 ? 3 : 1;
    default:
      return 1;
  }
}
