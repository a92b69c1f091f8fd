import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommands } from '../../cli/cli.test-support.js';
import type { DatabaseHandle } from '../../db/database.js';
import { testEngines } from '../../../test/support/database.js';
import { grievanceKeyring } from './grievance-cipher.service.js';
import { fileGrievance } from './grievance.store.js';
import { grievancesCommands } from './grievances.cli.js';

const NARRATIVE = 'Secretnarrative kept off the command line';

describe.each(testEngines())('passerelle grievances ($name)', (engine) => {
  let handle: DatabaseHandle;
  let id: string;
  beforeAll(async () => {
    handle = await engine.open();
    const filed = await fileGrievance(
      {
        db: handle.db,
        keyring: grievanceKeyring(undefined),
        now: new Date('2026-11-02T09:00:00Z'),
      },
      {
        topic: 'wages',
        narrative: NARRATIVE,
        country: 'BE',
        concernedOrganisationId: null,
        partnershipId: null,
        occurredFrom: null,
        occurredTo: null,
        attachments: [],
      },
      { kind: 'anonymous' },
    );
    id = filed.id;
  });
  afterAll(() => handle.close());

  it('GIVEN a grievance WHEN listing, showing and routing THEN its status shows and its narrative never does', async () => {
    const list = await runCommands(grievancesCommands, handle, ['grievances', 'list']);
    expect(list).toContain(id);
    expect(list).toContain('wages');
    const show = await runCommands(grievancesCommands, handle, ['grievances', 'show', id]);
    expect(show).toContain('filed');
    const route = await runCommands(grievancesCommands, handle, ['grievances', 'route']);
    expect(route).toMatch(/Checked 1 open grievances/);
    expect(list + show + route).not.toContain('Secretnarrative');
    await expect(
      runCommands(grievancesCommands, handle, ['grievances', 'show', 'nope']),
    ).rejects.toThrow(/UUID/);
  });
});
