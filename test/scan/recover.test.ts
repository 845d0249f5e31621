import { describe, expect, it } from 'vitest';
import { recoverLiteralCalls } from '../../src/scan/recover.js';
import { rules } from '../helpers/extract.js';

describe('the text scan of a file that does not parse', () => {
  it('matches callees as the extractor does: presets, configured names, excluded receivers', () => {
    const text = "analytics.track('A'); trackEvent('B'); frequencyTracker.track('C'); other.trackEvent('D'); window.analytics?.track(\"E\"";
    const calleeRules = rules({ callees: [{ name: 'trackEvent' }], excludedReceivers: ['frequencyTracker'] });
    expect(recoverLiteralCalls('src/broken.ts', text, calleeRules).map((call) => `${call.callee} ${call.name.kind === 'static' ? call.name.names.join() : ''}`)).toEqual([
      'analytics.track A',
      'trackEvent B',
      'window.analytics?.track E',
    ]);
  });
});
