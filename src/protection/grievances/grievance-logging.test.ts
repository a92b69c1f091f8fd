import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import type { DatabaseHandle } from '../../db/database.js';
import { buildApp } from '../../http/app.js';
import type { HttpApp } from '../../http/context.js';
import { emptyTaxonomyIndex } from '../../taxonomy/taxonomy-index.js';
import { testEngines } from '../../../test/support/database.js';

const NARRATIVE = 'Secretnarrative: my employer took my residence card';
const NOTE = 'Secretnote: the card was handed back on Monday';

describe.each(testEngines())('grievances leave no plaintext in the log ($name)', (engine) => {
  let handle: DatabaseHandle;
  let app: HttpApp;
  const lines: string[] = [];
  beforeAll(async () => {
    handle = await engine.open();
    app = await buildApp(
      {
        config: loadConfig({ LOG_LEVEL: 'debug', WEB_DIR: '/nonexistent-web-dir' }),
        db: handle.db,
        engine: handle.engine,
        now: () => new Date('2026-11-21T12:00:00Z'),
        taxonomy: emptyTaxonomyIndex,
      },
      { logDestination: { write: (line) => void lines.push(line) } },
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('GIVEN debug logging WHEN a case is filed, followed, answered and refused THEN no narrative, note or receipt code is logged', async () => {
    const filed = await app.inject({
      method: 'POST',
      url: '/api/grievances/anonymous',
      payload: { topic: 'documents_withheld', narrative: NARRATIVE, country: 'BE' },
    });
    expect(filed.statusCode).toBe(201);
    const { receiptCode } = filed.json<{ receiptCode: string }>();
    const answered = await app.inject({
      method: 'POST',
      url: '/api/grievances/follow/information',
      payload: { receiptCode, note: NOTE },
    });
    expect(answered.statusCode).toBe(200);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/grievances/anonymous',
      payload: { topic: 'nonsense', narrative: NARRATIVE, country: 'BE' },
    });
    expect(refused.statusCode).toBe(400);
    expect(lines.length).toBeGreaterThan(0); // debug logs every request: the check has data
    const log = lines.join('\n');
    expect(log).not.toContain('Secretnarrative');
    expect(log).not.toContain('Secretnote');
    expect(log).not.toContain(receiptCode);
  });
});
