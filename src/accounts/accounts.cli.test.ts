import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommands } from '../cli/cli.test-support.js';
import type { DatabaseHandle } from '../db/database.js';
import { loadDemoData } from '../demo/demo.loader.js';
import { demoEmail } from '../demo/people.js';
import { testEngines } from '../../test/support/database.js';
import { accountsCommands } from './accounts.cli.js';
import { findResetTarget } from './password-reset.store.js';

describe.each(testEngines())('account commands ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await loadDemoData(handle.db, { seed: 7, scale: 'small', now: new Date() });
  });
  afterAll(() => handle.close());
  const run = (...args: string[]) => runCommands(accountsCommands, handle, args);

  it('GIVEN a user WHEN printing a reset link THEN it carries a token that resets that account', async () => {
    const out = await run('users', 'reset-link', demoEmail('trainer'));
    const token = /^http:\/\/localhost:8080\/reset-password#token=([\w-]{43})\n$/.exec(out)?.[1];
    expect(token).toBeDefined();
    const target = await findResetTarget(handle.db, token as string, new Date());
    expect(target?.email).toBe(demoEmail('trainer'));
  });

  it('GIVEN an unknown email WHEN printing a reset link THEN it fails naming the email', async () => {
    await expect(run('users', 'reset-link', 'ghost@example.org')).rejects.toThrow(
      'There is no account for ghost@example.org.',
    );
  });

  it('GIVEN a weak password WHEN creating a user THEN it is refused naming --password', async () => {
    await expect(
      run(
        'users',
        'create',
        '--email',
        'new.person@example.org',
        '--name',
        'New Person',
        '--password',
        'qwerty123456',
        '--organisation',
        'Passerelle Platform Operations',
        '--role',
        'analyst',
      ),
    ).rejects.toThrow('--password: is one of the most common passwords');
  });

  it('GIVEN no messages WHEN listing the outbox THEN it says so', async () => {
    expect(await run('outbox', 'list')).toBe('No messages.\n');
  });
});
