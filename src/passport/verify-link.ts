/**
 * What a passport's QR code carries (docs/passport.md, "Printable passport"). The whole credential
 * in the link's fragment would let a verifier check it without asking Passerelle for anything, but
 * a VC-JWT is 1–3 KB: its QR code would need version 25–40 (117–177 modules a side), which no
 * phone reads from a 4 cm square on paper. So a link carries the credential only while it stays
 * short enough for a dense-but-readable code, and otherwise the credential's id: the public page
 * then fetches the signed credential by id and verifies it exactly as if it had been pasted.
 */

/** The longest link put in a QR code: version 13 at level M (69 modules, 0.5 mm each on the page). */
export const maxQrLinkLength = 330;

/** The verification link for a credential: inline (`#vc=`) when short, else by id (`?credential=`). */
export function verifyLink(verifyPage: string, credential: { id: string; jwt: string }): string {
  const inline = `${verifyPage}#vc=${credential.jwt}`;
  if (inline.length <= maxQrLinkLength) return inline;
  return `${verifyPage}?credential=${encodeURIComponent(credential.id)}`;
}
