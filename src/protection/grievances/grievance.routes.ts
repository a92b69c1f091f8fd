import type { z } from 'zod';
import type { Actor } from '../../accounts/actor.js';
import { authenticated } from '../../accounts/policy.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemResponses } from '../../http/openapi.js';
import { invalid, unprocessable } from '../../shared/errors.js';
import { authorize } from '../protection.policy.js';
import { grievanceKeyring } from './grievance-cipher.service.js';
import { grievanceHandlingRoutes } from './grievance-handling.routes.js';
import { readGrievance } from './grievance-read.service.js';
import { grievanceRoutingRoutes } from './grievance-routing.routes.js';
import {
  anonymousFilingSchema,
  filingSchema,
  grievanceSchema,
  receiptAppealSchema,
  receiptInformationSchema,
  receiptInputSchema,
  receiptSchema,
} from './grievance.schemas.js';
import { appealGrievance, provideInformation } from './grievance-steps.store.js';
import { fileGrievance, grievanceByReceipt, type GrievanceFiling } from './grievance.store.js';
import type { AttachmentUpload } from './grievance-attachment.js';

/** Requests a client may send to the public grievance routes per minute (kept in memory only). */
const PUBLIC_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };
/** Three attachments of 1 MB in base64, and the narrative. */
const FILING_BODY_LIMIT = 4_500_000;

type FilingBody = z.infer<typeof anonymousFilingSchema>;

/** The actor is a workers' representative of that very organisation. */
const representsOrganisation = (actor: Actor, organisationId: string) =>
  actor.memberships.some(
    (m) => m.organisationId === organisationId && m.role === 'worker_representative',
  );

const decodeAttachments = (body: FilingBody): AttachmentUpload[] =>
  body.attachments.map((a, i) => {
    const content = Buffer.from(a.contentBase64, 'base64');
    if (content.toString('base64').replace(/=+$/, '') !== a.contentBase64.replace(/=+$/, '')) {
      throw invalid('grievance.bad_base64', `attachments.${i}.contentBase64`, 'must be base64');
    }
    return { name: a.name, content };
  });

const asFiling = (body: FilingBody): GrievanceFiling => ({
  topic: body.topic,
  narrative: body.narrative,
  country: body.country,
  concernedOrganisationId: body.concernedOrganisationId,
  partnershipId: body.partnershipId,
  occurredFrom: body.occurredFrom,
  occurredTo: body.occurredTo,
  attachments: decodeAttachments(body),
});

/** Grievances: filing (also anonymously), following by receipt code, handling, routing. */
export const grievanceRoutes: AreaRoutes = async (app, ctx) => {
  const keyring = grievanceKeyring(ctx.config.grievanceKey);
  const gctx = () => ({ db: ctx.db, keyring, now: ctx.now() });

  app.post(
    '/api/grievances',
    {
      bodyLimit: FILING_BODY_LIMIT,
      schema: {
        operationId: 'fileGrievance',
        tags: ['grievances'],
        summary:
          'File a grievance for oneself, on someone’s behalf or as a workers’ representative',
        security: [{ session: [] }],
        body: filingSchema,
        response: { 201: receiptSchema, ...problemResponses(400, 401, 403, 413, 422) },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const body = request.body;
      if (body.filerKind === 'self') authorize(actor, 'grievance.file');
      else authorize(actor, 'grievance.fileOnBehalf');
      // The case is shared with the workers' organisation named: the person may name any (their
      // consent); anyone filing for someone else only one they represent.
      const shareWith = body.representativeOrganisationId;
      if (
        body.filerKind !== 'self' &&
        shareWith !== null &&
        !representsOrganisation(actor, shareWith)
      )
        throw unprocessable(
          'grievance.not_your_organisation',
          'File only for a workers’ organisation you represent',
          [
            {
              field: 'representativeOrganisationId',
              reason: 'is not an organisation you represent',
            },
          ],
        );
      const filer = {
        kind: body.filerKind,
        userId: actor.userId,
        personUserId: body.filerKind === 'self' ? actor.userId : body.personUserId,
        representativeOrganisationId: body.representativeOrganisationId,
      };
      const receipt = await fileGrievance(gctx(), asFiling(body), filer);
      return reply.status(201).send(receipt);
    },
  );

  app.post(
    '/api/grievances/anonymous',
    {
      bodyLimit: FILING_BODY_LIMIT,
      config: PUBLIC_LIMIT,
      schema: {
        operationId: 'fileAnonymousGrievance',
        tags: ['grievances'],
        summary:
          'File a grievance anonymously: no account is recorded, even when signed in; the ' +
          'receipt code (shown once) follows the case',
        security: [],
        body: anonymousFilingSchema,
        response: { 201: receiptSchema, ...problemResponses(400, 413, 422, 429) },
      },
    },
    async (request, reply) => {
      const receipt = await fileGrievance(gctx(), asFiling(request.body), { kind: 'anonymous' });
      return reply.status(201).send(receipt);
    },
  );

  app.post(
    '/api/grievances/follow',
    {
      config: PUBLIC_LIMIT,
      schema: {
        operationId: 'followGrievance',
        tags: ['grievances'],
        summary: 'Follow a grievance by its receipt code (the code is the credential)',
        security: [],
        body: receiptInputSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const g = await grievanceByReceipt(ctx.db, request.body.receiptCode);
      return readGrievance(ctx.db, keyring, g, 'receipt', ctx.now());
    },
  );

  app.post(
    '/api/grievances/follow/information',
    {
      config: PUBLIC_LIMIT,
      schema: {
        operationId: 'addGrievanceInformationByReceipt',
        tags: ['grievances'],
        summary: 'Add information to a grievance followed by its receipt code',
        security: [],
        body: receiptInformationSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 404, 422, 429) },
      },
    },
    async (request) => {
      const g = await grievanceByReceipt(ctx.db, request.body.receiptCode);
      await provideInformation(gctx(), g, request.body.note, null);
      const after = await grievanceByReceipt(ctx.db, request.body.receiptCode);
      return readGrievance(ctx.db, keyring, after, 'receipt', ctx.now());
    },
  );

  app.post(
    '/api/grievances/follow/appeal',
    {
      config: PUBLIC_LIMIT,
      schema: {
        operationId: 'appealGrievanceByReceipt',
        tags: ['grievances'],
        summary: 'Appeal a resolved or closed grievance followed by its receipt code',
        security: [],
        body: receiptAppealSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 404, 422, 429) },
      },
    },
    async (request) => {
      const g = await grievanceByReceipt(ctx.db, request.body.receiptCode);
      await appealGrievance(gctx(), g, request.body.note, null);
      const after = await grievanceByReceipt(ctx.db, request.body.receiptCode);
      return readGrievance(ctx.db, keyring, after, 'receipt', ctx.now());
    },
  );

  await grievanceHandlingRoutes(app, ctx, keyring);
  await grievanceRoutingRoutes(app, ctx, keyring);
};
