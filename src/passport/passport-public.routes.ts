import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses } from '../http/openapi.js';
import { notFound } from '../shared/errors.js';
import type { VerificationStatus } from './credential-kinds.js';
import { findCredential } from './credential.store.js';
import { organisationDidDocument, platformDidDocument } from './did-document.js';
import { passportDeps } from './issuance.service.js';
import { issuerDidOf, issuerKeys, issuerOrganisation } from './issuer-key.store.js';
import { verificationSchema, verifyInputSchema, verifyOutputSchema } from './passport.schemas.js';
import { platformDidWeb } from './passport-urls.js';
import { envelopedJwts } from './presentation.js';
import { RECOGNITION_CONTEXT_V1 } from './recognition-context.js';
import { statusListCredentialJwt } from './status-list.service.js';
import { verifyHere } from './verification.service.js';
import { issuingOrganisations } from './issuer-directory.store.js';

const publicSecurity: [] = [];
const TAG = ['passport'];
/** Verification is public: limited per client address to keep it from being a free CPU. */
const verifyLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const jsonDocument = z.record(z.string(), z.unknown());
const organisationParams = z.object({ organisationId: z.uuid() });

/** Worst first: a presentation is only as good as its weakest credential. */
const SEVERITY: VerificationStatus[] = [
  'tampered',
  'malformed',
  'unknown_issuer',
  'revoked',
  'suspended',
  'expired',
  'not_yet_valid',
  'valid',
];

/** What anyone may call: verify, status lists, DID documents and the JSON-LD context. */
export const passportPublicRoutes: AreaRoutes = async (app, ctx) => {
  const deps = passportDeps(ctx.config, ctx.db);

  app.post(
    '/api/credentials/verify',
    {
      schema: {
        operationId: 'verifyCredential',
        tags: TAG,
        summary:
          'Verify a VC-JWT or a presentation of them (no login; limited per address): issuer, ' +
          'subject, claims, dates, status and why',
        security: publicSecurity,
        body: verifyInputSchema,
        response: { 200: verifyOutputSchema, ...problemResponses(400, 429) },
      },
      config: { csrfExempt: true, ...verifyLimit },
    },
    async (request) => {
      const now = ctx.now();
      const { credential, presentation } = request.body;
      const jwts = credential !== undefined ? [credential] : envelopedJwts(presentation);
      const results = await Promise.all(jwts.map((jwt) => verifyHere(deps, jwt, now)));
      const status =
        results.length === 0
          ? 'malformed'
          : SEVERITY.find((s) => results.some((r) => r.status === s))!;
      const holder = presentation ? (presentation.holder as string | undefined) : undefined;
      return { status, results, holder: typeof holder === 'string' ? holder : null };
    },
  );

  app.get(
    '/api/credentials/:id/verification',
    {
      schema: {
        operationId: 'verifyStoredCredential',
        tags: TAG,
        summary:
          'Verify the credential a printed passport’s QR code names (no login; the random id is ' +
          'the capability; limited per address)',
        security: publicSecurity,
        params: z.object({ id: z.uuid() }),
        response: {
          200: verificationSchema.extend({ jwt: z.string() }),
          ...problemResponses(400, 404, 429),
        },
      },
      config: verifyLimit,
    },
    async (request) => {
      const row = await findCredential(ctx.db, request.params.id);
      if (!row) throw notFound('passport.unknown_credential', 'There is no such credential.');
      return { ...(await verifyHere(deps, row.jwt, ctx.now())), jwt: row.jwt };
    },
  );

  app.get(
    '/api/credentials/status/:organisationId/:purpose',
    {
      schema: {
        operationId: 'getStatusList',
        tags: TAG,
        summary:
          'An issuer’s Bitstring Status List credential (revocation or suspension), signed, as VC-JWT',
        security: publicSecurity,
        params: organisationParams.extend({ purpose: z.enum(['revocation', 'suspension']) }),
        response: {
          200: {
            description: 'The status list credential, secured as VC-JWT',
            content: { 'application/vc+jwt': { schema: z.string() } },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { organisationId, purpose } = request.params;
      if ((await issuerKeys(ctx.db, organisationId)).length === 0)
        throw notFound('passport.unknown_issuer', 'This organisation has issued no credential.');
      const jwt = await statusListCredentialJwt(deps, organisationId, purpose, ctx.now());
      // Raw bytes: the zod serializer would quote a string.
      return (reply as FastifyReply)
        .type('application/vc+jwt')
        .header('cache-control', 'public, max-age=60')
        .send(Buffer.from(jwt));
    },
  );

  app.get(
    '/api/credentials/issuers/:organisationId/did.json',
    {
      schema: {
        operationId: 'getIssuerDidDocument',
        tags: TAG,
        summary:
          'An issuing organisation’s did:web document: every key it signed with, retired ones marked',
        security: publicSecurity,
        params: organisationParams,
        response: { 200: jsonDocument, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const keys = await issuerKeys(ctx.db, organisationId);
      if (keys.length === 0)
        throw notFound('passport.unknown_issuer', 'This organisation has issued no credential.');
      const org = await issuerOrganisation(ctx.db, organisationId);
      const did = issuerDidOf({ ...deps.naming, useDidWeb: true }, organisationId, keys[0]!);
      return reply.type('application/did+json').send(organisationDidDocument(did, org.name, keys));
    },
  );

  app.get(
    '/api/credentials/contexts/recognition/v1',
    {
      schema: {
        operationId: 'getRecognitionContext',
        tags: TAG,
        summary: 'The Passerelle JSON-LD context of recognition decision credentials, version 1',
        security: publicSecurity,
        response: { 200: jsonDocument },
      },
    },
    async (_request, reply) =>
      reply
        .type('application/ld+json')
        .header('cache-control', 'public, max-age=86400, immutable')
        .send(RECOGNITION_CONTEXT_V1),
  );

  app.get(
    '/.well-known/did.json',
    {
      schema: {
        operationId: 'getPlatformDidDocument',
        tags: TAG,
        summary: 'This deployment’s did:web document, naming the issuer DIDs it hosts',
        security: publicSecurity,
        response: { 200: jsonDocument },
      },
    },
    async (_request, reply) => {
      const issuers = await issuingOrganisations(ctx.db);
      const naming = { ...deps.naming, useDidWeb: true };
      return reply.type('application/did+json').send(
        platformDidDocument(
          platformDidWeb(ctx.config.publicUrl),
          issuers.map((i) => ({ did: issuerDidOf(naming, i.id, { didKey: '' }), name: i.name })),
        ),
      );
    },
  );
};
