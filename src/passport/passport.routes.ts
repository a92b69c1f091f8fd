import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses, sessionSecurity } from '../http/openapi.js';
import { notFound } from '../shared/errors.js';
import {
  changeCredentialState,
  credentialsByIds,
  credentialsOfIssuer,
  credentialsOfPerson,
  findCredential,
  holderDidOf,
  organisationNames,
  recordPresentation,
  setHolderDid,
  type CredentialRow,
} from './credential.store.js';
import {
  holderIdOf,
  issueCredentials,
  passportDeps,
  type IssuanceReport,
} from './issuance.service.js';
import { rotateKey } from './issuer-key.store.js';
import { orientationCohortOf, recordOrientation } from './orientation.store.js';
import { passportPublicRoutes } from './passport-public.routes.js';
import { authorize, can } from './passport.policy.js';
import { presentCredential, presentRegisterEntry } from './passport.presenters.js';
import {
  credentialSchema,
  holderSchema,
  issuanceSchema,
  issueForSchema,
  issueMineSchema,
  myCredentialsSchema,
  orientationInputSchema,
  presentationInputSchema,
  registerEntrySchema,
  statusChangeSchema,
} from './passport.schemas.js';
import { passportPresentation } from './presentation.js';

const TAG = ['passport'];
const idParams = z.object({ id: z.uuid() });

const presentIssuance = (report: IssuanceReport) => ({
  issued: report.issued.map((c) => ({ id: c.id, kind: c.kind, title: c.title })),
  alreadyIssued: report.already,
});

/** The skills passport: credentials, issuers' registers, presentations (docs/passport.md). */
export const passportRoutes: AreaRoutes = async (app, ctx) => {
  await passportPublicRoutes(app, ctx);
  const deps = passportDeps(ctx.config, ctx.db);
  const change = (actorUserId: string) => ({ actorUserId, now: ctx.now() });
  const present = async (rows: CredentialRow[]) => {
    const names = await organisationNames(
      ctx.db,
      rows.map((r) => r.issuerOrganisationId),
    );
    return rows.map((r) =>
      presentCredential(r, names.get(r.issuerOrganisationId) ?? '', ctx.config.publicUrl),
    );
  };
  /** A credential the actor may see, or 404 (hidden like a missing one). */
  const visibleCredential = async (actor: Parameters<typeof authorize>[0], id: string) => {
    const row = await findCredential(ctx.db, id);
    if (!row) throw notFound('passport.unknown_credential', 'There is no such credential.');
    try {
      authorize(actor, 'credential.read', row);
    } catch {
      throw notFound('passport.unknown_credential', 'There is no such credential.');
    }
    return row;
  };

  app.get(
    '/api/credentials/mine',
    {
      schema: {
        operationId: 'listMyCredentials',
        tags: TAG,
        summary: 'My credentials, with their state (revoked and suspended ones say why)',
        security: sessionSecurity,
        response: { 200: myCredentialsSchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const rows = await credentialsOfPerson(ctx.db, actor.userId);
      return {
        holderId: await holderIdOf(ctx.db, actor.userId),
        holderDid: (await holderDidOf(ctx.db, actor.userId)) ?? null,
        credentials: await present(rows),
      };
    },
  );

  app.post(
    '/api/credentials/mine/issue',
    {
      schema: {
        operationId: 'issueMyCredentials',
        tags: TAG,
        summary: 'Issue the credentials my final records do not have yet (older records)',
        security: sessionSecurity,
        body: issueMineSchema,
        response: { 200: issuanceSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'credential.issueOwn', { userId: actor.userId });
      const report = await issueCredentials(
        deps,
        { personUserId: actor.userId },
        change(actor.userId),
        request.body.kinds,
      );
      return presentIssuance(report);
    },
  );

  app.put(
    '/api/credentials/holder',
    {
      schema: {
        operationId: 'setHolderDid',
        tags: TAG,
        summary:
          'Give my DID as the holder of credentials issued from now on (null: my subject id)',
        security: sessionSecurity,
        body: holderSchema,
        response: { 200: z.object({ holderId: z.string() }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'passportHolder.set', { userId: actor.userId });
      await setHolderDid(ctx.db, actor.userId, request.body.did, change(actor.userId));
      return { holderId: await holderIdOf(ctx.db, actor.userId) };
    },
  );

  app.get(
    '/api/credentials/issued',
    {
      schema: {
        operationId: 'listIssuedCredentials',
        tags: TAG,
        summary: 'The register of credentials my organisation issued',
        security: sessionSecurity,
        querystring: z.object({ organisationId: z.uuid() }),
        response: {
          200: z.object({ credentials: z.array(registerEntrySchema) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'credential.register', request.query);
      const rows = await credentialsOfIssuer(ctx.db, request.query.organisationId);
      return { credentials: rows.map(presentRegisterEntry) };
    },
  );

  app.post(
    '/api/credentials/issue',
    {
      schema: {
        operationId: 'issueCredentialsFor',
        tags: TAG,
        summary: "Issue my organisation's credentials for a person's final records (older ones)",
        security: sessionSecurity,
        body: issueForSchema,
        response: { 200: issuanceSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'credential.issueFor', request.body);
      const { personUserId, organisationId, kinds } = request.body;
      const report = await issueCredentials(
        deps,
        { personUserId, issuerOrganisationId: organisationId },
        change(actor.userId),
        kinds,
      );
      return presentIssuance(report);
    },
  );

  app.get(
    '/api/credentials/:id',
    {
      schema: {
        operationId: 'getCredential',
        tags: TAG,
        summary: 'One credential (its holder, or its issuer’s staff)',
        security: sessionSecurity,
        params: idParams,
        response: { 200: credentialSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const [presented] = await present([await visibleCredential(actor, request.params.id)]);
      return presented!;
    },
  );

  app.post(
    '/api/credentials/:id/status',
    {
      schema: {
        operationId: 'changeCredentialStatus',
        tags: TAG,
        summary:
          'Revoke (final), suspend or reinstate a credential my organisation issued, with a reason',
        security: sessionSecurity,
        params: idParams,
        body: statusChangeSchema,
        response: { 200: credentialSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const row = await visibleCredential(actor, request.params.id);
      authorize(actor, 'credential.changeStatus', row);
      const { state, reason } = request.body;
      const changed = await changeCredentialState(
        ctx.db,
        row.id,
        state,
        reason,
        change(actor.userId),
      );
      const [presented] = await present([changed]);
      return presented!;
    },
  );

  app.post(
    '/api/credentials/issuers/:organisationId/rotate',
    {
      schema: {
        operationId: 'rotateIssuerKey',
        tags: TAG,
        summary:
          'Retire my organisation’s signing key and start a new one (what the old key signed still verifies)',
        security: sessionSecurity,
        params: z.object({ organisationId: z.uuid() }),
        response: {
          200: z.object({ sequence: z.number().int(), didKey: z.string() }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'issuerKey.rotate', request.params);
      const key = await rotateKey(
        ctx.db,
        deps.vault,
        request.params.organisationId,
        change(actor.userId),
      );
      return { sequence: key.sequence, didKey: key.didKey };
    },
  );

  app.post(
    '/api/credentials/orientations',
    {
      schema: {
        operationId: 'recordOrientation',
        tags: TAG,
        summary:
          'Record that a person completed pre-departure orientation (coordinators); issues its credential',
        security: sessionSecurity,
        body: orientationInputSchema,
        response: { 201: issuanceSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const { organisationId } = request.body;
      // 403 for whoever is not a coordinator of the organisation, before any person is looked up.
      authorize(actor, 'orientation.record', {
        organisationId,
        cohortOf: [{ partyOrganisationIds: [organisationId] }],
      });
      // A person out of the organisation's cohorts (or not consenting) is 404, like no person.
      const cohortOf = await orientationCohortOf(ctx.db, request.body.personUserId);
      if (!cohortOf || !can(actor, 'orientation.record', { organisationId, cohortOf }))
        throw notFound('people.unknown_candidate', 'There is no such candidate.');
      await recordOrientation(ctx.db, request.body, change(actor.userId));
      const report = await issueCredentials(
        deps,
        {
          personUserId: request.body.personUserId,
          issuerOrganisationId: request.body.organisationId,
        },
        change(actor.userId),
        ['orientation_completion'],
      );
      return reply.status(201).send(presentIssuance(report));
    },
  );

  app.post(
    '/api/presentations',
    {
      schema: {
        operationId: 'createPresentation',
        tags: TAG,
        summary:
          'Assemble my skills passport summary: a presentation of the credentials I choose (audited)',
        security: sessionSecurity,
        body: presentationInputSchema,
        response: {
          200: z.record(z.string(), z.unknown()),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'presentation.create', { userId: actor.userId });
      const ids = [...new Set(request.body.credentialIds)];
      const rows = await credentialsByIds(ctx.db, ids);
      const mine = new Map(
        rows.filter((r) => r.personUserId === actor.userId).map((r) => [r.id, r]),
      );
      const missing = ids.findIndex((id) => !mine.has(id));
      if (missing >= 0)
        throw notFound(
          'passport.unknown_credential',
          `credentialIds[${missing}]: there is no such credential.`,
        );
      const presentation = passportPresentation({
        id: randomUUID(),
        holderId: await holderIdOf(ctx.db, actor.userId),
        jwts: ids.map((id) => mine.get(id)!.jwt),
      });
      await recordPresentation(ctx.db, actor.userId, ids, ctx.now());
      return presentation;
    },
  );
};
