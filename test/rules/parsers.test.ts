import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { RuleTester } from 'eslint';
import vueParser from 'vue-eslint-parser';
import noDynamicEventName from '../../rules/no-dynamic-event-name.js';
import noUndeclaredEvent from '../../rules/no-undeclared-event.js';
import propertyType from '../../rules/property-type.js';
import { project } from './tester.js';

const dir = project({
  'tracking-plan.yaml': `version: 1
events:
  Note Opened:
    properties:
      note_id: { type: string, required: true }
  Note Archived: {}
`,
  'src/events.js': "export const NoteEvents = { OPENED: 'Note Opened' };\n",
});
const settings = { trackplan: { plan: join(dir, 'tracking-plan.yaml') } };

const VUE = `<script setup lang="ts">
import { NoteEvents } from '../events';
function open(id: string) {
  analytics.track(NoteEvents.OPENED, { note_id: 42 });
}
</script>

<template>
  <button @click.stop="analytics.track('Note Archivd')">Archive</button>
  <li v-for="note in notes" @click="analytics.track(\`Note \${note.kind}\`)" />
</template>
`;

const vueTester = new RuleTester({ languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: 'module' } }, settings });
const vueFile = join(dir, 'src/components/NoteList.vue');

vueTester.run('no-undeclared-event in a .vue file (vue-eslint-parser)', noUndeclaredEvent, {
  valid: [{ code: "<script>\nanalytics.track('Note Archived');\n</script>", filename: vueFile }],
  invalid: [
    {
      code: VUE,
      filename: vueFile,
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Note Archivd', suggestion: 'Note Archived' },
          line: 9,
          column: 40,
          endLine: 9,
          endColumn: 54,
          suggestions: [{ messageId: 'replaceWithPlanned', data: { event: 'Note Archivd', suggestion: 'Note Archived' }, output: VUE.replace("'Note Archivd'", "'Note Archived'") }],
        },
      ],
    },
  ],
});

vueTester.run('property-type and no-dynamic-event-name in a .vue file', propertyType, {
  valid: [],
  invalid: [{ code: VUE, filename: vueFile, errors: [{ messageId: 'propertyType', data: { message: 'Note Opened: "note_id" is 42 (number), the plan says string' }, line: 4, column: 49, endLine: 4, endColumn: 51 }] }],
});

vueTester.run('no-dynamic-event-name in a .vue template', noDynamicEventName, {
  valid: [],
  invalid: [{ code: VUE, filename: vueFile, errors: [{ messageId: 'dynamicMayMatch', data: { reason: 'a template with expressions', pattern: 'Note *', mayMatch: 'Note Opened, Note Archived' }, line: 10, column: 53, endLine: 10, endColumn: 72 }] }],
});

const espreeTester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, settings });

espreeTester.run('no-undeclared-event with ESLint\'s default parser (espree)', noUndeclaredEvent, {
  valid: [{ code: "import { NoteEvents } from './events';\nanalytics.track(NoteEvents.OPENED, { note_id: 'a' });", filename: join(dir, 'src/app.js') }],
  invalid: [
    {
      code: "const { track } = require('./track');\nanalytics.track('Note Opend', { note_id: 'a' });",
      filename: join(dir, 'src/app.js'),
      errors: [
        {
          messageId: 'undeclaredWithSuggestion',
          data: { event: 'Note Opend', suggestion: 'Note Opened' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 29,
          suggestions: [{ messageId: 'replaceWithPlanned', data: { event: 'Note Opend', suggestion: 'Note Opened' }, output: "const { track } = require('./track');\nanalytics.track('Note Opened', { note_id: 'a' });" }],
        },
      ],
    },
  ],
});
