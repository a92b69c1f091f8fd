/** The one PostgreSQL schema of Passerelle: every area's tables, gathered for drizzle. */
export * from '../taxonomy/taxonomy.schema.js';
export * from '../accounts/accounts.schema.js';
export * from '../recognition/recognition.schema.js';
export * from '../partnerships/partnerships.schema.js';
export * from '../people/people.schema.js';
export * from '../people/slot-links/slot-link.schema.js';
export * from '../labour-market/labour-market.schema.js';
export * from '../allocation/allocation.schema.js';
export * from '../matching/matching.schema.js';
export * from '../journeys/journeys.schema.js';
export * from '../journeys/journey-steps.schema.js';
export * from '../journeys/cohort-tally.schema.js';
export * from '../protection/protection.schema.js';
export * from '../protection/fair-recruitment/fair-recruitment.schema.js';
export * from '../passport/passport.schema.js';
