import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import { attachmentDisposition } from '../http/document-download.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses } from '../http/openapi.js';
import { authorize } from './passport.policy.js';
import { passportLanguages } from './passport-pdf-text.js';
import { printPassport } from './passport-print.service.js';

const uuidList =
  /^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?:,[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}){0,199}$/;

const printQuery = z.object({
  lang: z.enum(passportLanguages).optional(),
  ids: z
    .string()
    .regex(uuidList, 'must be credential ids (UUIDs) separated by commas')
    .optional()
    .meta({ description: 'Comma-separated credential ids; none → every credential' }),
});

/** Sends the passport PDF as a private download. */
function sendPassport(reply: FastifyReply, bytes: Uint8Array): FastifyReply {
  return reply
    .type('application/pdf')
    .header('content-disposition', attachmentDisposition('skills-passport.pdf'))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(bytes));
}

/** The printable passport of the signed-in person (docs/passport-ui.md). */
export const passportPrintRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/credentials/passport.pdf',
    {
      schema: {
        operationId: 'getPassportPdf',
        tags: ['passport'],
        summary: "The signed-in person's printable skills passport (PDF with QR codes)",
        security: [{ session: [] }],
        querystring: printQuery,
        response: {
          200: {
            description: 'The passport as PDF, one page per three credentials',
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      // The printed passport is a presentation on paper: the same rule as assembling one.
      authorize(actor, 'presentation.create', { userId: actor.userId });
      const bytes = await printPassport(ctx.db, {
        personUserId: actor.userId,
        language: request.query.lang,
        credentialIds: request.query.ids?.split(',') ?? [],
        now: ctx.now(),
        publicUrl: ctx.config.publicUrl,
      });
      return sendPassport(reply, bytes);
    },
  );
};
