import { compactVerify, importJWK } from 'jose';
import { VC_V2_CONTEXT } from './credential-document.js';
import type { VerificationStatus } from './credential-kinds.js';
import { publicJwkOfDidKey, multibaseOf, type Ed25519PublicJwk } from './did-key.js';
import { VC_JWT_TYP } from './vc-jwt.js';

/** A key a resolver found for a DID URL, and whether its organisation has retired it. */
export interface ResolvedKey {
  publicJwk: Ed25519PublicJwk;
  retiredAt?: Date | null;
  issuerName?: string;
}

/** What the verifier may look up: keys of DIDs other than did:key, and status list bits. */
export interface VerificationLookups {
  /** The key of a did:web verification method, or null when unknown. */
  resolveKey(did: string, kid: string): Promise<ResolvedKey | null>;
  /** Whether the bit is set in that status list; null when the list cannot be read. */
  statusBit(listUrl: string, index: number): Promise<boolean | null>;
  /** The name of the organisation a did:key belongs to here, or null when it is not known here. */
  didKeyOwner?(did: string): Promise<string | null>;
}

/** One check and its outcome, in the order they ran. */
export interface VerificationCheck {
  check: 'format' | 'issuer' | 'signature' | 'claims' | 'dates' | 'status';
  passed: boolean;
  detail: string;
}

/** A verifier's answer: the status, why, and what the credential states. */
export interface VerificationResult {
  status: VerificationStatus;
  /** Human sentences saying why, one per failed (or notable) check. */
  reasons: string[];
  checks: VerificationCheck[];
  credential: Record<string, unknown> | null;
  issuer: { id: string; name: string | null } | null;
  subject: { id: string; name: string | null } | null;
  types: string[];
  validFrom: string | null;
  validUntil: string | null;
  credentialId: string | null;
}

const SEGMENT = /^[A-Za-z0-9_-]*$/;
/** Base64url that decodes and re-encodes to itself (no stray trailing bits). */
const canonical = (segment: string) =>
  SEGMENT.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment;

function parseSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const named = (v: unknown) => {
  if (typeof v === 'string') return { id: v, name: null };
  if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string') {
    const o = v as { id: string; name?: unknown };
    return { id: o.id, name: str(o.name) };
  }
  return null;
};

/** Reads the whole result from what has been established so far. */
class Verification {
  checks: VerificationCheck[] = [];
  credential: Record<string, unknown> | null = null;
  issuerName: string | null = null;

  pass(check: VerificationCheck['check'], detail: string) {
    this.checks.push({ check, passed: true, detail });
  }

  result(
    status: VerificationStatus,
    failed?: [VerificationCheck['check'], string],
  ): VerificationResult {
    if (failed) this.checks.push({ check: failed[0], passed: false, detail: failed[1] });
    const c = this.credential;
    const issuer = c ? named(c.issuer) : null;
    const subject = c ? named(c.credentialSubject) : null;
    return {
      status,
      reasons: this.checks.filter((k) => !k.passed).map((k) => k.detail),
      checks: this.checks,
      credential: c,
      issuer: issuer ? { id: issuer.id, name: issuer.name ?? this.issuerName } : null,
      subject,
      types: Array.isArray(c?.type)
        ? (c.type as unknown[]).filter((t) => typeof t === 'string')
        : [],
      validFrom: str(c?.validFrom),
      validUntil: str(c?.validUntil),
      credentialId: str(c?.id),
    };
  }
}

async function keyFor(
  issuerId: string,
  kid: string,
  lookups: VerificationLookups,
): Promise<ResolvedKey | null> {
  if (issuerId.startsWith('did:key:')) {
    const publicJwk = publicJwkOfDidKey(issuerId);
    if (!publicJwk || kid !== `${issuerId}#${multibaseOf(issuerId)}`) return null;
    const owner = (await lookups.didKeyOwner?.(issuerId)) ?? null;
    return { publicJwk, ...(owner ? { issuerName: owner } : {}) };
  }
  if (!kid.startsWith(`${issuerId}#`)) return null;
  return lookups.resolveKey(issuerId, kid);
}

/**
 * Verifies a VC-JWT as anyone could: format, the issuer's key (did:key from the DID itself,
 * did:web through the lookups), the EdDSA signature, claims that agree with the credential,
 * validity dates, then the revocation and suspension bits. Tampering of any byte of the header,
 * payload or signature fails the signature check. `now` comes from the caller.
 */
export async function verifyCredentialJwt(
  jwt: string,
  lookups: VerificationLookups,
  now: Date,
): Promise<VerificationResult> {
  const v = new Verification();
  const parts = jwt.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0))
    return v.result('malformed', [
      'format',
      'This is not a compact JWT (three dot-separated parts).',
    ]);
  if (!parts.every(canonical))
    return v.result('tampered', [
      'format',
      'A part is not canonical base64url: the text was altered.',
    ]);
  const header = parseSegment(parts[0]!);
  const payload = parseSegment(parts[1]!);
  if (!header || !payload)
    return v.result('tampered', [
      'format',
      'The header or payload is not JSON: the text was altered.',
    ]);
  v.credential = payload;
  if (header.alg !== 'EdDSA' || header.typ !== VC_JWT_TYP || typeof header.kid !== 'string')
    return v.result('malformed', ['format', `Expected an EdDSA ${VC_JWT_TYP} with a key id.`]);
  const issuer = named(payload.issuer);
  if (!issuer) return v.result('malformed', ['issuer', 'The credential names no issuer.']);
  const key = await keyFor(issuer.id, header.kid, lookups);
  if (!key)
    return v.result('unknown_issuer', [
      'issuer',
      `No key ${header.kid} is known for issuer ${issuer.id}.`,
    ]);
  v.issuerName = key.issuerName ?? null;
  v.pass(
    'issuer',
    key.retiredAt
      ? `Signed with a key retired on ${key.retiredAt.toISOString().slice(0, 10)} (still valid for what it signed).`
      : `The key ${header.kid} belongs to ${issuer.id}.`,
  );

  try {
    await compactVerify(jwt.trim(), await importJWK(key.publicJwk, 'EdDSA'), {
      algorithms: ['EdDSA'],
    });
  } catch {
    return v.result('tampered', [
      'signature',
      'The signature does not match the content: it was altered after issuance, or not signed by this issuer.',
    ]);
  }
  v.pass('signature', 'The Ed25519 signature matches.');

  const contexts = payload['@context'];
  const types = payload.type;
  if (
    !Array.isArray(contexts) ||
    contexts[0] !== VC_V2_CONTEXT ||
    !Array.isArray(types) ||
    !types.includes('VerifiableCredential')
  )
    return v.result('malformed', ['format', 'The payload is not a W3C Verifiable Credential 2.0.']);
  v.pass('format', 'A VC 2.0 credential secured as VC-JWT (EdDSA).');

  const subject = named(payload.credentialSubject);
  const agrees =
    payload.iss === issuer.id &&
    payload.jti === payload.id &&
    (!subject || payload.sub === subject.id);
  if (!agrees)
    return v.result('malformed', [
      'claims',
      'The JWT claims (iss, jti, sub) disagree with the credential.',
    ]);
  v.pass('claims', 'The JWT claims agree with the credential.');

  const validFrom = str(payload.validFrom);
  const validUntil = str(payload.validUntil);
  if (validFrom && new Date(validFrom) > now)
    return v.result('not_yet_valid', ['dates', `Not valid before ${validFrom}.`]);
  if (validUntil && new Date(validUntil) < now)
    return v.result('expired', ['dates', `Expired on ${validUntil}.`]);
  v.pass('dates', validUntil ? `Valid until ${validUntil}.` : 'Valid with no end date.');

  return checkStatus(v, payload, lookups);
}

async function checkStatus(
  v: Verification,
  payload: Record<string, unknown>,
  lookups: VerificationLookups,
): Promise<VerificationResult> {
  const entries = [payload.credentialStatus ?? []].flat() as Record<string, unknown>[];
  const found: Record<string, boolean> = {};
  for (const entry of entries) {
    const list = str(entry?.statusListCredential);
    const index = Number(entry?.statusListIndex);
    const purpose = str(entry?.statusPurpose);
    if (!list || !Number.isInteger(index) || !purpose) continue;
    const bit = await lookups.statusBit(list, index);
    if (bit === null) {
      v.checks.push({
        check: 'status',
        passed: true,
        detail: `The ${purpose} list could not be read here: check ${list}.`,
      });
      continue;
    }
    found[purpose] = bit;
  }
  if (found.revocation)
    return v.result('revoked', ['status', 'The issuer has revoked this credential.']);
  if (found.suspension)
    return v.result('suspended', ['status', 'The issuer has suspended this credential.']);
  v.pass(
    'status',
    entries.length > 0 ? 'Neither revoked nor suspended.' : 'The credential has no status list.',
  );
  return v.result('valid');
}
