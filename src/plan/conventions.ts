import type { NamingConvention } from './types.js';

/** Small words Title Case leaves in lower case (except as the first word): "Product Added to Cart". */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'onto', 'or', 'over', 'per', 'the', 'to', 'via', 'vs', 'with']);

/** Particles that stay with their verb when an action moves to the end: "Signed In". */
const PARTICLES = new Set(['up', 'in', 'out', 'on', 'off', 'back', 'down', 'over', 'away']);

const IRREGULAR_PAST = new Set(
  (
    'began begun bought brought built caught chose chosen cut did done drew drawn fed felt fought found forgot forgotten froze frozen gave given ' +
    'got gotten had held hid hidden hit hung kept knew known laid led left lent let lost made meant met paid put quit read rebuilt redone reset ' +
    'rewritten rode rose ran rang sang sat saw seen said sent set shook shot shown shut slept sold sought spent split spoke spoken spread stood ' +
    'stole struck stuck swept taken taught thought threw thrown told took undid undone understood upheld withdrew withdrawn woke won wore worn wrote written'
  ).split(' '),
);

const TITLE_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.+-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u;

const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}

export function isPastTense(word: string): boolean {
  const lower = word.toLowerCase();
  return (lower.length > 3 && lower.endsWith('ed')) || IRREGULAR_PAST.has(lower);
}

function isTitleCase(name: string): boolean {
  const words = name.split(' ');
  return words.every((word, index) => TITLE_WORD.test(word) || (index > 0 && MINOR_WORDS.has(word)));
}

function isObjectAction(name: string): boolean {
  const words = name.split(' ');
  return isTitleCase(name) && words.length >= 2 && !isPastTense(words[0] ?? '') && words.slice(1).some(isPastTense);
}

export function checkName(name: string, convention: NamingConvention): boolean {
  switch (convention) {
    case 'object-action':
      return isObjectAction(name);
    case 'Title Case':
      return isTitleCase(name);
    case 'snake_case':
      return /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(name);
    case 'camelCase':
      return /^[a-z][a-zA-Z0-9]*$/.test(name);
    default:
      return patternOf(convention.pattern).test(name);
  }
}

export function describeConvention(convention: NamingConvention): string {
  switch (convention) {
    case 'object-action':
      return 'object-action (an object, then a past-tense action, in Title Case: "Account Created")';
    case 'Title Case':
      return 'Title Case ("Account Created")';
    case 'snake_case':
      return 'snake_case ("account_created")';
    case 'camelCase':
      return 'camelCase ("accountCreated")';
    default:
      return `the pattern /${convention.pattern}/`;
  }
}

/** A name's words, whether it is written in snake_case, kebab-case, camelCase or with spaces. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s_\-.:/]+/)
    .filter((word) => word !== '');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Minor words stay lower case, except a particle of a phrasal verb: "Product Added to Cart", "User Signed In". */
function titleCase(words: readonly string[]): string {
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      const particle = PARTICLES.has(lower) && isPastTense(words[index - 1] ?? '');
      return index > 0 && MINOR_WORDS.has(lower) && !particle ? lower : capitalize(word);
    })
    .join(' ');
}

/** "Clicked Button" → "Button Clicked": an action written first moves, with its particle, to the end. */
function objectAction(words: readonly string[]): string {
  const [first] = words;
  if (!first || !isPastTense(first)) return titleCase(words);
  let actionLength = 1;
  while (PARTICLES.has((words[actionLength] ?? '').toLowerCase())) actionLength++;
  const object = words.slice(actionLength);
  if (object.length === 0 || MINOR_WORDS.has((object[0] ?? '').toLowerCase())) return titleCase(words);
  return titleCase([...object, ...words.slice(0, actionLength)]);
}

/** The name rewritten in the convention, when that can be done mechanically and gives a different, conforming name. */
export function suggestName(name: string, convention: NamingConvention): string | undefined {
  const words = wordsOf(name);
  if (words.length === 0 || typeof convention === 'object') return undefined;
  const lower = words.map((word) => word.toLowerCase());
  const suggestion =
    convention === 'snake_case'
      ? lower.join('_')
      : convention === 'camelCase'
        ? lower.map((word, index) => (index === 0 ? word : capitalize(word))).join('')
        : convention === 'Title Case'
          ? titleCase(words)
          : objectAction(words);
  return suggestion !== name && checkName(suggestion, convention) ? suggestion : undefined;
}
