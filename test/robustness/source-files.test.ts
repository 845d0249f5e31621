import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/config/defaults.js';
import { about, expectRestUnchanged, FIXTURES, robustnessProject, scan } from './helpers.js';

describe('odd source files never stop the scan', () => {
  it('reports a syntax error where the parser stopped, and still finds the literal calls of the file', () => {
    const report = scan(robustnessProject('syntax-error'));
    expect(about(report, ['src/broken.ts'])).toEqual({
      callSites: [
        'src/broken.ts:4:17-4:32 analytics.track literal Broken Before [recovered]',
        'src/broken.ts:6:17-6:31 analytics.track literal Broken After [recovered]',
      ],
      findings: [
        'src/broken.ts:4:17-4:32 undeclared "Broken Before" is not in the tracking plan',
        'src/broken.ts:5:30-5:30 parse-error could not be parsed: Expected `,` or `}` but found `;`',
        'src/broken.ts:6:17-6:31 undeclared "Broken After" is not in the tracking plan',
      ],
      notices: [],
    });
    expectRestUnchanged(report, ['src/broken.ts']);
  });

  it('skips a .js file holding binary content with a notice', () => {
    const report = scan(robustnessProject('binary-content'));
    expect(about(report, ['src/logo.js'])).toEqual({ callSites: [], findings: [], notices: ['src/logo.js: skipped: binary content'] });
    expectRestUnchanged(report, ['src/logo.js']);
  });

  it('reads invalid UTF-8 as ESLint does, with U+FFFD, says so, and suggests the planned name', () => {
    const report = scan(robustnessProject('non-utf8'));
    expect(about(report, ['src/latin1.js'])).toEqual({
      callSites: ['src/latin1.js:4:17-4:30 analytics.track literal Caf\uFFFD Opened', 'src/latin1.js:5:17-5:29 analytics.track literal Latin Fine'],
      findings: [
        'src/latin1.js:4:17-4:30 undeclared "Caf\uFFFD Opened" is not in the tracking plan; did you mean "Café Opened"?',
        'src/latin1.js:5:17-5:29 undeclared "Latin Fine" is not in the tracking plan',
      ],
      notices: ['src/latin1.js: not valid UTF-8: read with U+FFFD in place of the invalid bytes, as ESLint reads it'],
    });
    expectRestUnchanged(report, ['src/latin1.js']);
  });

  it('skips a file over maxFileSize from the config with a notice giving its size, before reading it', () => {
    const report = scan(robustnessProject('max-file-size'));
    const size = readFileSync(join(FIXTURES, 'max-file-size', 'src', 'vendor', 'bundle.min.js')).length;
    expect(size).toBeGreaterThan(2048);
    expect(about(report, ['src/vendor/bundle.min.js'])).toEqual({
      callSites: [],
      findings: [],
      notices: [`src/vendor/bundle.min.js: skipped: ${size} bytes is over maxFileSize (2048); raise "maxFileSize" in the config to scan it`],
    });
    expectRestUnchanged(report, ['src/vendor/bundle.min.js']);
  });

  it('skips a multi-megabyte minified bundle above the default limit of 2 MiB', () => {
    const chunk = 'var a=function(b){return b&&b.c?b.c(1):analytics.track("Bundled Event")},';
    const bundle = `!function(){${chunk.repeat(Math.ceil((3 * 1024 * 1024) / chunk.length))}}();\n`;
    const report = scan(robustnessProject(undefined, { files: { 'src/vendor/app.bundle.js': bundle } }));
    expect(about(report, ['src/vendor/app.bundle.js']).notices).toEqual([
      `src/vendor/app.bundle.js: skipped: ${bundle.length} bytes is over maxFileSize (${DEFAULT_MAX_FILE_SIZE}); raise "maxFileSize" in the config to scan it`,
    ]);
    expectRestUnchanged(report, ['src/vendor/app.bundle.js']);
  });

  it('scans a file of one very long line, with exact columns far to the right', () => {
    const filler = 'const a0=[1,2,3].map(function(x){return x*2});'.repeat(10_000);
    const line = `import{analytics}from"./analytics";${filler}analytics.track("Long Line One");${filler}analytics.track("Long Line Two",{plan:"pro"});\n`;
    const report = scan(robustnessProject(undefined, { files: { 'src/minified.js': line } }));
    const first = line.indexOf('"Long Line One"') + 1;
    const second = line.indexOf('"Long Line Two"') + 1;
    expect(about(report, ['src/minified.js']).callSites).toEqual([
      `src/minified.js:1:${first}-1:${first + 15} analytics.track literal Long Line One`,
      `src/minified.js:1:${second}-1:${second + 15} analytics.track literal Long Line Two`,
    ]);
    expectRestUnchanged(report, ['src/minified.js']);
  });

  it('recovers the literal calls of broken very long lines in linear time', () => {
    const identifier = 'a'.repeat(1_000_000);
    const chain = `x${'.y'.repeat(500_000)}`;
    const files = { 'src/broken-long.js': `${identifier} analytics.track('Long Broken') = ;\n`, 'src/long-chain.js': `${chain}; analytics.track('After Chain')\n` };
    const report = scan(robustnessProject(undefined, { files }));
    const at = identifier.length + 18;
    const after = chain.length + 19;
    expect(about(report, Object.keys(files))).toEqual({
      callSites: [
        `src/broken-long.js:1:${at}-1:${at + 13} analytics.track literal Long Broken [recovered]`,
        `src/long-chain.js:1:${after}-1:${after + 13} analytics.track literal After Chain [recovered]`,
      ],
      findings: [
        `src/broken-long.js:1:${identifier.length + 1}-1:${identifier.length + 1} parse-error could not be parsed: Expected a semicolon or an implicit semicolon after a statement, but found none`,
        `src/broken-long.js:1:${at}-1:${at + 13} undeclared "Long Broken" is not in the tracking plan`,
        'src/long-chain.js:1:32002-1:32002 parse-error could not be parsed: nested more than 1000 levels deep, too deep to parse safely',
        `src/long-chain.js:1:${after}-1:${after + 13} undeclared "After Chain" is not in the tracking plan`,
      ],
      notices: [],
    });
    expectRestUnchanged(report, Object.keys(files));
  });

  it('takes empty, blank and comment-only files in its stride', () => {
    const report = scan(robustnessProject(undefined, { files: { 'src/empty.ts': '', 'src/blank.ts': ' \n\t\r\n', 'src/comment.ts': '// analytics.track("Commented Out")\n' } }));
    expect(about(report, ['src/empty.ts', 'src/blank.ts', 'src/comment.ts'])).toEqual({ callSites: [], findings: [], notices: [] });
    expectRestUnchanged(report, []);
  });
});
