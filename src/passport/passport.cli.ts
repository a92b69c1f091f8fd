import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { appUser } from '../accounts/accounts.schema.js';
import { normaliseEmail } from '../accounts/account.store.js';
import { parseOptions } from '../accounts/cli-options.cli.js';
import type { CliContext } from '../cli/cli-context.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import { CREDENTIAL_KINDS } from './credential-kinds.js';
import {
  changeCredentialState,
  credentialsOfPerson,
  organisationNames,
} from './credential.store.js';
import { didKeyDocument, organisationDidDocument } from './did-document.js';
import { publicJwkOfDidKey } from './did-key.js';
import { issueCredentials, passportDeps } from './issuance.service.js';
import { issuerKeys, issuerOrganisation } from './issuer-key.store.js';
import { issuerDidWeb } from './passport-urls.js';
import { envelopedJwts } from './presentation.js';
import { verifyHere } from './verification.service.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

async function personByEmail(db: Database, email: string): Promise<{ id: string; name: string }> {
  const [row] = await db
    .select({ id: appUser.id, name: appUser.displayName })
    .from(appUser)
    .where(eq(appUser.email, normaliseEmail(email)));
  if (!row) throw notFound('passport.unknown_person', 'There is no user with that e-mail.');
  return row;
}

/** The VC-JWTs of a file: one compact JWT, a credential export (.json), or a presentation. */
function jwtsOfFile(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!text.startsWith('{')) return [text];
  const json = JSON.parse(text) as { jwt?: unknown };
  if (typeof json.jwt === 'string') return [json.jwt];
  return envelopedJwts(json);
}

/** `passerelle passport …`: issue, export, verify and revoke credentials from the command line. */
export function passportCommands(program: Command, context: () => CliContext): void {
  const passport = program
    .command('passport')
    .description('skills passport: verifiable credentials');

  passport
    .command('issue')
    .description("issue the credentials a person's final records do not have yet")
    .requiredOption('--person <email>', 'the holder')
    .option('--kind <kind>', `only this kind (repeatable): ${CREDENTIAL_KINDS.join(', ')}`, collect)
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(
        z.object({ person: z.string().min(3), kind: z.array(z.enum(CREDENTIAL_KINDS)).optional() }),
        raw,
      );
      const { config, openDatabase } = context();
      const handle = await openDatabase();
      try {
        const person = await personByEmail(handle.db, o.person);
        const report = await issueCredentials(
          passportDeps(config, handle.db),
          { personUserId: person.id },
          { actorUserId: null, now: new Date() },
          o.kind,
        );
        for (const c of report.issued)
          process.stdout.write(`issued ${c.id}  ${c.kind}  ${c.title}\n`);
        process.stdout.write(`${report.issued.length} issued, ${report.already} already issued\n`);
      } finally {
        await handle.close();
      }
    });

  passport
    .command('export')
    .description(
      "write a person's credentials (.jwt and .json each) and their issuers' DID documents",
    )
    .requiredOption('--person <email>', 'the holder')
    .requiredOption('--out <dir>', 'folder to write into (created)')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(z.object({ person: z.string().min(3), out: z.string().min(1) }), raw);
      const { config, openDatabase } = context();
      const handle = await openDatabase();
      try {
        const person = await personByEmail(handle.db, o.person);
        const rows = await credentialsOfPerson(handle.db, person.id);
        fs.mkdirSync(o.out, { recursive: true, mode: 0o700 });
        const names = await organisationNames(
          handle.db,
          rows.map((r) => r.issuerOrganisationId),
        );
        for (const row of rows) {
          const base = path.join(o.out, `${row.kind}-${row.id}`);
          fs.writeFileSync(`${base}.jwt`, row.jwt + '\n', { mode: 0o600 });
          const json = {
            id: row.id,
            state: row.state,
            stateReason: row.stateReason,
            jwt: row.jwt,
            credential: decodeJwt(row.jwt),
          };
          fs.writeFileSync(`${base}.json`, JSON.stringify(json, null, 2) + '\n', { mode: 0o600 });
        }
        const issuers = new Set(rows.map((r) => r.issuerOrganisationId));
        for (const organisationId of issuers) {
          const keys = await issuerKeys(handle.db, organisationId);
          const org = await issuerOrganisation(handle.db, organisationId);
          const did = issuerDidWeb(config.publicUrl, organisationId);
          const documents = {
            didWeb: organisationDidDocument(did, org.name, keys),
            didKeys: keys.map((k) => didKeyDocument(k.didKey, publicJwkOfDidKey(k.didKey)!)),
          };
          fs.writeFileSync(
            path.join(o.out, `issuer-${organisationId}.did.json`),
            JSON.stringify(documents, null, 2) + '\n',
          );
        }
        process.stdout.write(
          `${rows.length} credential(s) and ${issuers.size} issuer document(s) written to ${o.out}` +
            (rows.length ? ` (issuers: ${[...new Set(names.values())].join(', ')})` : '') +
            '\n',
        );
      } finally {
        await handle.close();
      }
    });

  passport
    .command('verify')
    .argument('<file>', 'a .jwt, an exported .json, or a presentation')
    .description('verify credentials: signature, dates and status; exits 1 unless all are valid')
    .option('--json', 'print the full result as JSON')
    .action(async (file: string, raw: { json?: boolean }) => {
      const jwts = jwtsOfFile(file);
      const { config, openDatabase } = context();
      const handle = await openDatabase();
      try {
        const deps = passportDeps(config, handle.db);
        const results = [];
        for (const jwt of jwts) results.push(await verifyHere(deps, jwt, new Date()));
        if (raw.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
        else
          for (const r of results) {
            process.stdout.write(
              `${r.status.toUpperCase()}  ${r.credentialId ?? '?'}  issuer ${r.issuer?.name ?? r.issuer?.id ?? '?'}\n`,
            );
            for (const c of r.checks)
              process.stdout.write(`  ${c.passed ? 'ok  ' : 'FAIL'} ${c.check}: ${c.detail}\n`);
          }
        if (results.length === 0 || results.some((r) => r.status !== 'valid')) process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });

  passport
    .command('revoke')
    .argument('<id>', 'the credential id')
    .requiredOption('--reason <text>', 'why (shown to the holder, audited)')
    .description('revoke a credential (final): its bit is set in the issuer’s revocation list')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const o = parseOptions(
        z.object({ id: z.uuid(), reason: z.string().trim().min(3).max(500) }),
        { ...raw, id },
      );
      const handle = await context().openDatabase();
      try {
        const row = await changeCredentialState(handle.db, o.id, 'revoked', o.reason, {
          actorUserId: null,
          now: new Date(),
        });
        process.stdout.write(`revoked ${row.id} (${row.title})\n`);
      } finally {
        await handle.close();
      }
    });
}
