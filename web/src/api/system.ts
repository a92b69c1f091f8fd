/** GET /api/ready: whether the server has its database and taxonomy loaded. */
export interface Readiness {
  status: string;
  engine: string;
  taxonomyVersion: string;
  concepts: number;
}
