/**
 * `npm run bench -- passport [--scale small|full] [--credentials N]`: on one core, credentials
 * per second
 * 1. issued: Passerelle's VC 2.0 document + VC-JWT signature (jose, Ed25519) of real-shaped
 *    training credentials, next to did-jwt's `createJWT` with its `EdDSASigner` on the same
 *    payloads (the independent library signing the same bytes' worth);
 * 2. verified: Passerelle's verifier (format, did:key, signature, claims, dates; status lookups
 *    answered in memory) next to did-jwt's `verifyJWT` + key-did-resolver on the same JWTs.
 * Both sides handle the same credential one after the other, alternating which goes first; each
 * rate is given per wall second and per CPU second of the process (on a loaded machine the wall
 * time of jose's WebCrypto calls, which hop to the libuv pool, includes waiting to be scheduled).
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

interface Rate<T> {
  perSecond: number;
  /** Per CPU second of this process (main thread and libuv pool): robust to other jobs' load. */
  perCpuSecond: number;
  out: T[];
}

/**
 * Ours and the reference on the same item, one after the other, alternating which goes first
 * (ours first on even items), each side's wall and CPU time summed apart: both see the same load.
 */
async function paired<A, B>(
  count: number,
  ours: (i: number) => Promise<A>,
  theirs: (i: number) => Promise<B>,
): Promise<{ ours: Rate<A>; theirs: Rate<B> }> {
  const out = { ours: [] as A[], theirs: [] as B[] };
  const ns = { ours: 0n, theirs: 0n };
  const cpuUs = { ours: 0, theirs: 0 };
  const time = async <T>(side: 'ours' | 'theirs', work: () => Promise<T>): Promise<T> => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const value = await work();
    ns[side] += process.hrtime.bigint() - start;
    const used = process.cpuUsage(cpu);
    cpuUs[side] += used.user + used.system;
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
  const rate = <T>(side: 'ours' | 'theirs', values: T[]): Rate<T> => ({
    perSecond: count / (Number(ns[side]) / 1e9),
    perCpuSecond: count / (cpuUs[side] / 1e6),
    out: values,
  });
  return { ours: rate('ours', out.ours), theirs: rate('theirs', out.theirs) };
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
  const rates = (name: string, a: Rate<unknown>, b: Rate<unknown>, extra: object) => {
    const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;
    report(BENCH, `${name}_per_second`, a.perSecond, 'credentials/s', {
      credentials: count,
      order,
      ...extra,
      referenceValue: Math.round(b.perSecond),
      ratio: ratio(a.perSecond, b.perSecond),
    });
    report(BENCH, `${name}_per_cpu_second`, a.perCpuSecond, 'credentials/s', {
      credentials: count,
      order,
      ...extra,
      referenceValue: Math.round(b.perCpuSecond),
      ratio: ratio(a.perCpuSecond, b.perCpuSecond),
      note: 'process CPU time, main thread and libuv pool',
    });
  };
  rates('issue', ours, theirs, { reference: 'did-jwt createJWT (EdDSASigner)' });

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
  rates('verify', verifiedOurs, verifiedTheirs, {
    allValid,
    reference: 'did-jwt verifyJWT + key-did-resolver',
  });
}
