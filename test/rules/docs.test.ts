import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { RULE_KINDS, RULE_NAMES } from '../../rules/kinds.js';
import { REPO } from '../helpers/cli.js';

const docs = join(REPO, 'docs', 'rules');

describe('rule docs', () => {
  for (const name of RULE_NAMES) {
    it(`has a page for ${name}, naming its finding kind and SARIF rule`, () => {
      const page = join(docs, `${name}.md`);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.split('\n')[0]).toBe(`# trackplan/${name}`);
      expect(text).toContain(`| \`${RULE_KINDS[name]}\` | \`trackplan/${RULE_KINDS[name]}\` |`);
      expect(text).toContain(`${plugin.rules[name].meta?.docs?.description}.`);
    });
  }

  it('maps every rule to its finding kind, SARIF rule and recommended severity in docs/rules/README.md', () => {
    const rows = readFileSync(join(docs, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| [`trackplan/'))
      .map((line) => line.split('|').slice(1, 5).map((cell) => cell.trim()));
    expect(rows).toEqual(
      RULE_NAMES.map((name) => [
        `[\`trackplan/${name}\`](${name}.md)`,
        `\`${RULE_KINDS[name]}\``,
        `\`trackplan/${RULE_KINDS[name]}\``,
        `\`${plugin.configs.recommended.rules?.[`trackplan/${name}`] as string}\``,
      ]),
    );
  });
});
