import { VC_V2_CONTEXT } from './credential-document.js';

/** The media type an enveloped VC-JWT carries in a presentation (VC-JOSE-COSE). */
export const ENVELOPED_PREFIX = 'data:application/vc+jwt,';

/**
 * The person's passport summary: a VC 2.0 `VerifiablePresentation` of the credentials they chose,
 * each enveloped as its VC-JWT. It is not signed (the holder has no key with us): every credential
 * inside verifies on its own, and the holder is named, not proven (docs/passport.md#presentations).
 */
export function passportPresentation(input: {
  id: string;
  holderId: string;
  jwts: readonly string[];
}) {
  return {
    '@context': [VC_V2_CONTEXT],
    id: `urn:uuid:${input.id}`,
    type: ['VerifiablePresentation', 'SkillsPassportSummary'],
    holder: input.holderId,
    verifiableCredential: input.jwts.map((jwt) => ({
      '@context': [VC_V2_CONTEXT],
      id: `${ENVELOPED_PREFIX}${jwt}`,
      type: 'EnvelopedVerifiableCredential',
    })),
  };
}

/** The VC-JWTs enveloped in a presentation (entries of another kind are left out). */
export function envelopedJwts(presentation: unknown): string[] {
  const list = (presentation as { verifiableCredential?: unknown })?.verifiableCredential;
  return [list ?? []]
    .flat()
    .map((entry) => (entry as { id?: unknown })?.id)
    .filter((id): id is string => typeof id === 'string' && id.startsWith(ENVELOPED_PREFIX))
    .map((id) => id.slice(ENVELOPED_PREFIX.length));
}
