import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/run.js';
import { scanProject } from '../../src/scan/scan.js';
import { writeProject } from '../helpers/project.js';

const ANALYTICS_SERVICE = `export class AnalyticsService {
  constructor(private readonly client: { track(message: object): void }) {}
  track(name: string, userId: string, data: Record<string, unknown>) {
    this.client.track({ userId, event: name, properties: data });
  }
}
`;

describe('class members known by their declared type', () => {
  it('follow a constructor parameter property and a typed field to a wrapper class in another file', () => {
    const root = writeProject(
      {
        'tracking-plan.yaml': 'version: 1\nevents:\n  Order Placed: {}\n  Order Shipped: {}\n',
        'src/analytics.service.ts': ANALYTICS_SERVICE,
        'src/orders.service.ts': `import { AnalyticsService } from './analytics.service';

export class OrdersService {
  private shipping: AnalyticsService;
  constructor(private readonly analytics: AnalyticsService) {
    this.shipping = analytics;
  }
  place(userId: string) {
    this.analytics.track('Order Placed', userId, { total: 10 });
  }
  ship(userId: string) {
    this.shipping.track('Order Shipped', userId, { carrier: 'ups' });
  }
}
`,
      },
      'class-members',
    );
    const { config } = loadProject({ root, cwd: root });
    const scan = scanProject(config, { threads: 1 });
    const orders = scan.callSites.filter((site) => site.file === 'src/orders.service.ts');
    expect(orders.map((site) => [site.name, site.via, site.position.line, site.position.column, site.properties?.entries.map((entry) => entry.key)])).toEqual([
      [{ kind: 'static', names: ['Order Placed'], resolution: 'literal' }, 'wrapper', 9, 26, ['total']],
      [{ kind: 'static', names: ['Order Shipped'], resolution: 'literal' }, 'wrapper', 12, 25, ['carrier']],
    ]);
  });
});
