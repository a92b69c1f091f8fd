import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { createWorkshop } from '../../src/partnerships/workshop.store.js';
import { testEngines } from '../support/database.js';

// Found by the hostile-input suite: a delegation naming an organisation by a string that is not a
// UUID reached the uuid column and answered 500.
describe.each(testEngines())('a workshop delegation of no organisation ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(() => handle.close());

  it.each(['  ', 'not-an-id', '00000000-0000-4000-8000-00000000000f'])(
    'GIVEN a delegation of %j WHEN opening the workshop THEN it is refused naming the field',
    async (organisationId) => {
      const opening = createWorkshop(
        handle.db,
        {
          title: 'Nursing corridor workshop',
          heldOn: '2026-12-01',
          criteria: [{ key: 'relevance', label: 'Relevance', weight: 1 }],
          anonymousScoring: false,
          delegations: [{ country: 'BE', constituency: 'government', organisationId }],
        },
        { actorUserId: null, now: new Date('2026-11-21T12:00:00Z') },
      );
      await expect(opening).rejects.toMatchObject({
        kind: 'unprocessable',
        fields: [expect.objectContaining({ field: 'delegations.0.organisationId' })],
      });
    },
  );
});
