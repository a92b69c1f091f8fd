/**
 * Errors with stable codes. Domain and store code throw these; the HTTP layer maps the kind to a
 * status and the CLI prints the message. Domain code never imports the HTTP layer.
 */
export type ErrorKind =
  | 'invalid' // 400: a parameter is malformed
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'unprocessable' // 422: well-formed but violates a rule
  | 'too_many_requests' // 429
  | 'unavailable'; // 503

export interface FieldProblem {
  field: string;
  reason: string;
}

export class PasserelleError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable machine-readable code, e.g. `taxonomy.unknown_occupation`. */
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'PasserelleError';
  }
}

export const notFound = (code: string, message: string) =>
  new PasserelleError('not_found', code, message);

export const invalid = (code: string, field: string, reason: string) =>
  new PasserelleError('invalid', code, `${field}: ${reason}`, [{ field, reason }]);

export const conflict = (code: string, message: string) =>
  new PasserelleError('conflict', code, message);

export const forbidden = (code: string, message: string) =>
  new PasserelleError('forbidden', code, message);

export const unauthenticated = (message = 'Log in to continue.') =>
  new PasserelleError('unauthenticated', 'auth.unauthenticated', message);

export const unprocessable = (code: string, message: string, fields: FieldProblem[] = []) =>
  new PasserelleError('unprocessable', code, message, fields);
