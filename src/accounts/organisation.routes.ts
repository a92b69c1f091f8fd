import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import { countrySchema, organisationKindSchema, roleSchema } from './account-fields.js';
import { findOrganisation, listOrganisations, membersOf } from './organisation.store.js';
import { authorize, can } from './accounts.policy.js';

export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: organisationKindSchema,
    country: countrySchema,
    city: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'Organisation' });

const memberSchema = z.object({ userId: z.uuid(), displayName: z.string(), role: roleSchema });

/** Organisations taking part in partnerships, and (for their members) who belongs to them. */
export const organisationRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        tags: ['organisations'],
        summary: 'Organisations, optionally of one kind or in one country',
        security: [{ session: [] }],
        querystring: z.object({
          kind: organisationKindSchema.optional(),
          country: countrySchema.optional(),
        }),
        response: {
          200: z.object({ organisations: z.array(organisationSchema) }),
          401: problemSchema,
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'organisation.list');
      const actor = request.actor;
      const all = await listOrganisations(ctx.db, request.query);
      return { organisations: all.filter((org) => can(actor, 'organisation.read', org)) };
    },
  );

  app.get(
    '/api/organisations/:id',
    {
      schema: {
        operationId: 'getOrganisation',
        tags: ['organisations'],
        summary: "An organisation with its members' names and roles (members and admins only)",
        security: [{ session: [] }],
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({ organisation: organisationSchema, members: z.array(memberSchema) }),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      // Checked before the lookup, so that outsiders cannot even learn which ids exist.
      authorize(request.actor, 'organisation.readMembers', { id: request.params.id });
      const organisation = await findOrganisation(ctx.db, request.params.id);
      if (!organisation)
        throw notFound('accounts.unknown_organisation', 'There is no such organisation.');
      return { organisation, members: await membersOf(ctx.db, organisation.id) };
    },
  );
};
