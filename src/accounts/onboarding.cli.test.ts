import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommands } from '../cli/cli.test-support.js';
import type { DatabaseHandle } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { accountsCommands } from './accounts.cli.js';
import { findAccount, findCredentials } from './account.store.js';
import { findInvitation } from './invitation.store.js';
import { findResetTarget } from './password-reset.store.js';

describe.each(testEngines())('starting for real from the command line ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(() => handle.close());
  const run = (...args: string[]) => runCommands(accountsCommands, handle, args);

  it('GIVEN an empty database WHEN setting up without a terminal THEN it prints a one-time link that sets the administrator’s first password', async () => {
    const out = await run(
      'setup',
      '--admin-email',
      'Root@Example.org',
      '--admin-name',
      'Root Admin',
      '--country',
      'SN',
    );
    const token = /\/reset-password#token=([\w-]{43})\n$/.exec(out)?.[1] ?? '';
    const target = await findResetTarget(handle.db, token, new Date());
    expect(target?.email).toBe('root@example.org');
    const account = await findAccount(handle.db, target?.userId ?? '');
    expect(account?.memberships).toMatchObject([
      { role: 'admin', organisationName: 'Platform administration', country: 'SN' },
    ]);
  });

  it('GIVEN an administrator WHEN setting up again THEN it is refused and nothing is created', async () => {
    await expect(
      run('setup', '--admin-email', 'second@example.org', '--admin-name', 'Two', '--country', 'SN'),
    ).rejects.toThrow('An administrator already exists');
    expect(await findCredentials(handle.db, 'second@example.org')).toBeNull();
  });

  it('GIVEN a bad country WHEN setting up THEN the option is named', async () => {
    await expect(
      run('setup', '--admin-email', 'x@example.org', '--admin-name', 'X', '--country', 'Senegal'),
    ).rejects.toThrow('--country: must be an ISO 3166-1 alpha-2 code');
  });

  it('GIVEN organisations WHEN created, listed and shown THEN a duplicate name in a country is refused naming the field', async () => {
    const out = await run(
      'organisations',
      'create',
      '--name',
      'Dakar Health Institute',
      '--kind',
      'training_provider',
      '--country',
      'SN',
    );
    expect(out).toMatch(/^Created organisation Dakar Health Institute \([0-9a-f-]{36}\)\.\n$/);
    await expect(
      run(
        'organisations',
        'create',
        '--name',
        'DAKAR health institute',
        '--kind',
        'employer',
        '--country',
        'SN',
      ),
    ).rejects.toThrow('already exists in SN');
    const listed = JSON.parse(await run('organisations', 'list', '--country', 'SN', '--json'));
    expect(listed.map((o: { name: string }) => o.name)).toEqual([
      'Dakar Health Institute',
      'Platform administration',
    ]);
    expect(await run('organisations', 'show', 'Platform administration')).toMatch(
      /admin\s+Root Admin\n$/,
    );
  });

  it('GIVEN an organisation WHEN inviting THEN the link is printed and readable from `outbox list --json`', async () => {
    const out = await run(
      'users',
      'invite',
      '--email',
      'nurse.trainer@example.org',
      '--organisation',
      'Dakar Health Institute',
      '--role',
      'trainer',
    );
    const printed = /(http:\/\/localhost:8080\/invitation#token=[\w-]{43})\n$/.exec(out)?.[1];
    expect(printed).toBeDefined();
    const [message] = JSON.parse(await run('outbox', 'list', '--json')) as { body: string }[];
    expect(message?.body).toContain(printed);
    const token = printed?.split('token=')[1] ?? '';
    expect(await findInvitation(handle.db, token, new Date())).toMatchObject({
      email: 'nurse.trainer@example.org',
      role: 'trainer',
      organisationName: 'Dakar Health Institute',
    });
    expect(await run('outbox', 'list')).toContain(
      'invitation to nurse.trainer@example.org (not sent)',
    );
  });
});
