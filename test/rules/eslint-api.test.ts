import { relative, sep } from 'node:path';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import { describe, expect, it } from 'vitest';
import trackplan from '../../rules/index.js';
import { copyFixture } from '../helpers/cli.js';

type ESLintClass = typeof ESLint10;

const overrideConfig = [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.{js,jsx,ts,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  trackplan.configs.recommended,
];

interface Linted {
  messages: string[];
  files: string[];
  results: ESLint10.LintResult[];
}

async function lint(ESLint: ESLintClass, cwd: string): Promise<Linted> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: overrideConfig as never });
  const results = await eslint.lintFiles(['.']);
  const file = (result: ESLint10.LintResult): string => relative(cwd, result.filePath).split(sep).join('/');
  const messages = results.flatMap((result) =>
    result.messages.map((message) => `${file(result)}:${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.severity} ${message.message}`),
  );
  return { messages: messages.sort(), files: results.map(file).sort(), results };
}

const versions: [string, ESLintClass][] = [
  ['ESLint 10', ESLint10],
  ['ESLint 9', ESLint9 as unknown as ESLintClass],
];

for (const [version, ESLint] of versions) {
  describe(`the recommended config in real ${version}`, () => {
    it('reports the react app as the CLI does: constants, enums and wrappers resolved across files, nothing on forwards', async () => {
      const cwd = copyFixture('react-app', {
        files: { 'src/pages/Settings.tsx': "import { track, Screens } from '@/analytics';\n\nexport function Settings() {\n  track(Screens.Settings);\n  return null;\n}\n" },
      });
      const { messages, files } = await lint(ESLint, cwd);
      expect(files).toContain('src/analytics/track.ts');
      expect(files).toContain('src/analytics/useTelemetry.ts');
      expect(messages).toEqual([
        'src/pages/Billing.tsx:6:48-6:56 trackplan/no-undeclared-property 1 Plan Changed: property "previous" is not in the plan',
        'src/pages/Dashboard.tsx:8:65-8:86 trackplan/no-dynamic-event-name 2 event name is not statically known: a template with expressions; pattern "Widget * Opened"',
        'src/pages/Editor.tsx:7:53-7:71 trackplan/no-missing-property 2 Note Created: required property "template_id" is missing',
        'src/pages/Editor.tsx:7:63-7:69 trackplan/property-type 2 Note Created: "source" is "copy", the plan allows "web", "import"',
        'src/pages/Settings.tsx:4:9-4:25 trackplan/no-undeclared-event 2 "Settings" is not in the tracking plan',
      ]);
    });

    it('reports the demo with the fix for a misspelled name, skips its test file, and leaves parse errors to ESLint', async () => {
      const cwd = copyFixture('demo');
      const { messages, files, results } = await lint(ESLint, cwd);
      expect(files).toContain('src/signup/SignupForm.test.tsx');
      expect(messages).toEqual([
        'server/ingest.ts:15:90-15:93 trackplan/property-type 2 Data Sent: "events_count" is "1" (string), the plan says integer',
        'src/integrations/enable.ts:14:80-14:86 trackplan/no-undeclared-property 1 Integration Enabled: property "source" is not in the plan',
        'src/invite.ts:5:19-5:36 trackplan/no-undeclared-event 2 "Teammate Invite" is not in the tracking plan; did you mean "Teammate Invited"?',
        "src/onboarding/checklist.ts:5:57-undefined:undefined null 2 Parsing error: ',' expected.",
        'src/signup/legacy.js:5:19-5:34 trackplan/no-deprecated-event 1 "Legacy Signup" is deprecated: Use Account Created',
      ]);
      const invite = results.find((result) => result.filePath.endsWith(join('src', 'invite.ts')));
      const suggestion = invite?.messages[0]?.suggestions?.[0];
      expect(suggestion?.desc).toBe('Replace with "Teammate Invited"');
      expect(invite?.source?.slice(0, suggestion?.fix.range[0]) + (suggestion?.fix.text ?? '') + invite?.source?.slice(suggestion?.fix.range[1])).toContain("analytics.track('Teammate Invited', { role });");
    });

    it('gives one message per file for a broken plan, from no-undeclared-event at 1:1', async () => {
      const cwd = copyFixture('demo');
      writeFileSync(join(cwd, 'tracking-plan.yaml'), 'version: 1\nevents:\n  Signed Up:\n    owner: growth\n    propertys: {}\n');
      const { messages } = await lint(ESLint, cwd);
      const broken = 'trackplan/no-undeclared-event 2 trackplan cannot check this file: tracking-plan.yaml:5:5: unknown key "propertys" in "events.Signed Up"; did you mean "properties"? ' +
        'Known keys: description, owner, where, properties, sources, deprecated (keys starting with "x-" are free for your own use).';
      expect(messages.filter((message) => !message.includes('Parsing error'))).toEqual(
        ['server/ingest.ts', 'src/analytics.ts', 'src/debug/panel.ts', 'src/events.ts', 'src/integrations/enable.ts', 'src/invite.ts', 'src/media/Player.ts', 'src/onboarding/help.ts', 'src/signup/SignupForm.tsx', 'src/signup/legacy.js', 'src/tour/Tour.tsx'].map(
          (file) => `${file}:1:1-undefined:undefined ${broken}`,
        ),
      );
    });
  });
}
