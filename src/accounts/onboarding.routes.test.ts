import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import type { HttpApp } from '../http/context.js';
import { buildTestApp } from '../../test/support/app.js';
import { testEngines } from '../../test/support/database.js';
import { listMessages } from './outbox.store.js';
import { SESSION_COOKIE } from './session.hook.js';

const ADMIN = {
  email: 'first.admin@example.org',
  displayName: 'First Admin',
  password: 'correct horse battery staple 42',
  organisationName: 'Ministry of Labour',
  organisationKind: 'government',
  country: 'MA',
};

/** Headers of the session a sign-in response opened. */
function sessionOf(response: { cookies: { name: string; value: string }[]; json(): unknown }) {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  const { csrfToken } = response.json() as { csrfToken: string };
  return { cookie: `${SESSION_COOKIE}=${cookie?.value ?? ''}`, 'x-csrf-token': csrfToken };
}

describe.each(testEngines())('starting without the demo ($name)', (engine) => {
  let handle: DatabaseHandle;
  let app: HttpApp;
  let admin: Record<string, string>;
  const clock = { now: new Date('2026-12-04T09:00:00Z') };
  beforeAll(async () => {
    handle = await engine.open();
    const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent', DEMO: 'off' });
    app = await buildTestApp(handle, { config, now: () => clock.now });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload, headers });

  it('GIVEN an empty database WHEN the first visitor sets up THEN they are a signed-in administrator and setup closes', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needed: true,
    });
    const weak = await post('/api/setup', { ...ADMIN, password: 'short' });
    expect(weak.statusCode).toBe(400);
    const created = await post('/api/setup', ADMIN);
    expect(created.statusCode).toBe(201);
    admin = sessionOf(created);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: admin });
    expect(me.json().user.memberships).toMatchObject([
      { role: 'admin', organisationName: 'Ministry of Labour' },
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json().needed).toBe(false);
    const again = await post('/api/setup', { ...ADMIN, email: 'intruder@example.org' });
    expect(again.statusCode).toBe(404);
  });

  it('GIVEN an administrator WHEN creating organisations THEN the country is required and a duplicate name in one country is a field error', async () => {
    const noCountry = await post(
      '/api/organisations',
      { name: 'Atlas Care', kind: 'employer' },
      admin,
    );
    expect(noCountry.statusCode).toBe(400);
    const created = await post(
      '/api/organisations',
      { name: 'Atlas Care', kind: 'employer', country: 'BE', city: 'Liège' },
      admin,
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Atlas Care', active: true });
    const twin = await post(
      '/api/organisations',
      { name: 'atlas care', kind: 'training_provider', country: 'BE' },
      admin,
    );
    expect(twin.statusCode).toBe(422);
    expect(twin.json().fields).toEqual([
      { field: 'name', reason: 'another organisation in this country has this name' },
    ]);
    const elsewhere = await post(
      '/api/organisations',
      { name: 'Atlas Care', kind: 'employer', country: 'MA' },
      admin,
    );
    expect(elsewhere.statusCode).toBe(201);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/organisations/${elsewhere.json().id}`,
      payload: { city: 'Tangier' },
      headers: admin,
    });
    expect(renamed.json()).toMatchObject({ city: 'Tangier', country: 'MA' });
  });

  it('GIVEN an invitation WHEN accepted THEN the invitee sets a password and is signed in with the role; the link works once', async () => {
    const org = (await post('/api/organisations', orgOf('Rabat Training Centre'), admin)).json();
    const invited = await post(
      `/api/organisations/${org.id}/invitations`,
      { email: 'Trainer@Example.org', role: 'trainer' },
      admin,
    );
    expect(invited.statusCode).toBe(201);
    const [message] = await listMessages(handle.db, { unsentOnly: true, limit: 1 });
    expect(message).toMatchObject({ kind: 'invitation', recipient: 'trainer@example.org' });
    const token = /invitation#token=([\w-]+)/.exec(message?.body ?? '')?.[1] ?? '';
    const read = await app.inject({
      method: 'GET',
      url: '/api/outbox/invitations',
      headers: admin,
    });
    expect(read.json().messages[0]).toMatchObject({ recipient: 'trainer@example.org' });
    expect(read.json().messages[0].body).toContain(token);
    const offer = await post('/api/invitations/lookup', { token });
    expect(offer.json()).toMatchObject({
      email: 'trainer@example.org',
      organisationName: 'Rabat Training Centre',
      role: 'trainer',
    });
    const accepted = await post('/api/invitations/accept', {
      token,
      displayName: 'Salma Trainer',
      password: 'a long enough passphrase 7',
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user.memberships).toMatchObject([
      { role: 'trainer', organisationId: org.id },
    ]);
    const reused = await post('/api/invitations/accept', {
      token,
      displayName: 'Someone Else',
      password: 'another long passphrase 8',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().fields).toMatchObject([{ field: 'token' }]);
  });

  it('GIVEN an invitation WHEN seven days pass THEN it no longer works', async () => {
    const org = (
      await post('/api/organisations', orgOf('Casablanca Nursing School'), admin)
    ).json();
    await post(
      `/api/organisations/${org.id}/invitations`,
      { email: 'late@example.org', role: 'coordinator' },
      admin,
    );
    const [message] = await listMessages(handle.db, { unsentOnly: true, limit: 1 });
    const token = /invitation#token=([\w-]+)/.exec(message?.body ?? '')?.[1] ?? '';
    clock.now = new Date(clock.now.getTime() + 7 * 86_400_000 + 1000);
    try {
      expect((await post('/api/invitations/lookup', { token })).statusCode).toBe(400);
    } finally {
      clock.now = new Date('2026-12-04T09:00:00Z');
    }
  });

  it('GIVEN a deactivated organisation THEN it is kept, marked inactive, and nobody can be invited to it', async () => {
    const org = (await post('/api/organisations', orgOf('Closed Agency'), admin)).json();
    const off = await post(`/api/organisations/${org.id}/deactivate`, {}, admin);
    expect(off.json()).toMatchObject({ id: org.id, active: false });
    const invited = await post(
      `/api/organisations/${org.id}/invitations`,
      { email: 'nobody@example.org', role: 'analyst' },
      admin,
    );
    expect(invited.statusCode).toBe(403);
  });

  it('GIVEN a visitor WHEN signing up as a candidate THEN they are signed in with a profile and exactly the consents they ticked', async () => {
    const missingConsents = await post('/api/auth/signup', {
      ...candidate('amina@example.org'),
      consents: { partnership_matching: true },
    });
    expect(missingConsents.statusCode).toBe(400);
    const signedUp = await post('/api/auth/signup', candidate('amina@example.org'));
    expect(signedUp.statusCode).toBe(201);
    const session = sessionOf(signedUp);
    const mine = await app.inject({ method: 'GET', url: '/api/candidates/me', headers: session });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().consentedPurposes).toEqual(['partnership_matching']);
    const twice = await post('/api/auth/signup', candidate('AMINA@example.org'));
    expect(twice.statusCode).toBe(409);
  });

  it('GIVEN a candidate or an anonymous caller THEN organisation administration is refused', async () => {
    const signedUp = await post('/api/auth/signup', candidate('karim@example.org'));
    const candidateSession = sessionOf(signedUp);
    const refused = await post('/api/organisations', orgOf('Sneaky'), candidateSession);
    expect(refused.statusCode).toBe(403);
    expect((await post('/api/organisations', orgOf('Sneaky'))).statusCode).toBe(401);
    const mail = await app.inject({
      method: 'GET',
      url: '/api/outbox/invitations',
      headers: candidateSession,
    });
    expect(mail.statusCode).toBe(403);
  });
});

const orgOf = (name: string) => ({ name, kind: 'training_provider', country: 'MA' });

const candidate = (email: string) => ({
  email,
  displayName: 'Amina Candidate',
  password: 'my own long passphrase 9',
  residenceCountry: 'MA',
  nationality: 'MA',
  consents: { partnership_matching: true, employer_sharing: false, anonymous_statistics: false },
});

describe.each(testEngines())('the setup page with the demo on ($name)', (engine) => {
  it('GIVEN DEMO=on and no administrator THEN setup is never offered nor accepted', async () => {
    const handle = await engine.open();
    const app = await buildTestApp(handle); // the default configuration: DEMO=on
    try {
      expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
        needed: false,
      });
      const refused = await app.inject({ method: 'POST', url: '/api/setup', payload: ADMIN });
      expect(refused.statusCode).toBe(404);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
