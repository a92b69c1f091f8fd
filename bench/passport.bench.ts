/**
 * `npm run bench -- passport [--scale small|full] [--credentials N]`: on one core, credentials
 * per second
 * 1. issued: Passerelle's VC 2.0 document + VC-JWT signature (jose, Ed25519) of real-shaped
 *    training credentials, next to did-jwt's `createJWT` with its `EdDSASigner` on the same
 *    payloads (the independent library signing the same bytes' worth);
 * 2. verified: Passerelle's verifier (format, did:key, signature, claims, dates; status lookups
 *    answered in memory) next to did-jwt's `verifyJWT` + key-did-resolver on the same JWTs.
 * The database is left out of both sides: it would be the same work for each.
 */
import { createPrivateKey } from 'node:crypto';
import { createJWT, EdDSASigner, verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { getResolver } from 'key-did-resolver';
import { credentialDocument } from '../src/passport/credential-document.js';
import type { TrainingRecord } from '../src/passport/credential-records.js';
import { didKeyOf, multibaseOf } from '../src/passport/did-key.js';
import { generateIssuerKeyPair } from '../src/passport/key-vault.service.js';
import { signCredential } from '../src/passport/vc-jwt.js';
import { verifyCredentialJwt } from '../src/passport/verify-credential.js';
import { option, report } from './bench-support.js';

const BENCH = 'passport';
const resolver = new Resolver(getResolver()) as unknown as NonNullable<
  Parameters<typeof verifyJWT>[1]
>['resolver'];

const record = (i: number): TrainingRecord => ({
  kind: 'training_completion',
  completionId: `c${i}`,
  programmeId: `p${i % 20}`,
  title: `Programme ${i % 20}`,
  completedOn: '2026-03-01',
  modules: [
    { title: 'Safety', hours: 20 },
    { title: 'Practice', hours: 60 },
  ],
  hours: 80,
  skills: Array.from({ length: 8 }, (_, k) => ({
    uri: `http://data.europa.eu/esco/skill/${(i * 8 + k).toString(16)}`,
  })),
  dualCertification: false,
});

/**
 * Ours and the reference on the same item, one after the other, alternating which goes first
 * (ours first on even items), each side's time summed apart: both see the same load.
 */
async function paired<A, B>(
  count: number,
  ours: (i: number) => Promise<A>,
  theirs: (i: number) => Promise<B>,
): Promise<{ ours: { perSecond: number; out: A[] }; theirs: { perSecond: number; out: B[] } }> {
  const out = { ours: [] as A[], theirs: [] as B[] };
  const ns = { ours: 0n, theirs: 0n };
  const time = async <T>(side: 'ours' | 'theirs', work: () => Promise<T>): Promise<T> => {
    const start = process.hrtime.bigint();
    const value = await work();
    ns[side] += process.hrtime.bigint() - start;
    return value;
  };
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      out.ours.push(await time('ours', () => ours(i)));
      out.theirs.push(await time('theirs', () => theirs(i)));
    } else {
      out.theirs.push(await time('theirs', () => theirs(i)));
      out.ours.push(await time('ours', () => ours(i)));
    }
  }
  const perSecond = (n: bigint) => count / (Number(n) / 1e9);
  return {
    ours: { perSecond: perSecond(ns.ours), out: out.ours },
    theirs: { perSecond: perSecond(ns.theirs), out: out.theirs },
  };
}

export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small');
  const count = Number(option(args, 'credentials', scale === 'full' ? '20000' : '3000'));
  const pair = generateIssuerKeyPair();
  const did = didKeyOf(pair.publicJwk);
  const kid = `${did}#${multibaseOf(did)}`;
  const privateKey = createPrivateKey({ key: pair.privateDer, format: 'der', type: 'pkcs8' });
  const rawPrivate = Buffer.from(
    (privateKey.export({ format: 'jwk' }) as { d: string }).d,
    'base64url',
  );
  const documentOf = (i: number) =>
    credentialDocument(record(i), {
      publicUrl: 'https://passerelle.example',
      credentialId: `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`,
      issuer: {
        did,
        organisationId: '00000000-0000-4000-8000-000000000000',
        name: 'Provider',
        country: 'MA',
      },
      holderId: `urn:uuid:00000000-0000-4000-9000-${i.toString().padStart(12, '0')}`,
      holderName: 'Bench Person',
      issuedAt: new Date('2026-03-02T00:00:00Z'),
      statusIndex: i,
    });

  // Warm both paths before timing.
  await signCredential(documentOf(0), { privateKey, kid });
  const signer = EdDSASigner(rawPrivate);
  await createJWT(documentOf(0), { issuer: did, signer, alg: 'EdDSA' }, {
    kid,
    typ: 'vc+jwt',
  } as never);

  const { ours, theirs } = await paired(
    count,
    (i) => signCredential(documentOf(i), { privateKey, kid }),
    (i) =>
      createJWT({ ...documentOf(i), sub: `s${i}` }, { issuer: did, signer, alg: 'EdDSA' }, {
        kid,
        typ: 'vc+jwt',
      } as never),
  );
  const order = 'alternating, same credentials';
  report(BENCH, 'issue_per_second', ours.perSecond, 'credentials/s', {
    credentials: count,
    order,
    reference: 'did-jwt createJWT (EdDSASigner)',
    referenceValue: Math.round(theirs.perSecond),
    ratio: Math.round((ours.perSecond / theirs.perSecond) * 100) / 100,
  });

  const jwts = ours.out;
  const now = new Date('2026-06-01T00:00:00Z');
  const lookups = { resolveKey: async () => null, statusBit: async () => false };
  const policies = { now: Math.floor(now.getTime() / 1000) };
  const { ours: verifiedOurs, theirs: verifiedTheirs } = await paired(
    count,
    async (i) => (await verifyCredentialJwt(jwts[i]!, lookups, now)).status === 'valid',
    async (i) =>
      (await verifyJWT(jwts[i]!, { resolver, proofPurpose: 'assertionMethod', policies })).verified,
  );
  const allValid = verifiedOurs.out.every(Boolean) && verifiedTheirs.out.every(Boolean);
  report(BENCH, 'verify_per_second', verifiedOurs.perSecond, 'credentials/s', {
    credentials: count,
    allValid,
    order,
    reference: 'did-jwt verifyJWT + key-did-resolver',
    referenceValue: Math.round(verifiedTheirs.perSecond),
    ratio: Math.round((verifiedOurs.perSecond / verifiedTheirs.perSecond) * 100) / 100,
  });
}
