// CONTRACT STUB — the accounts/demo helper replaces this file.
import type { Database } from '../db/database.js';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/** Loads the demo dataset into an empty database; returns the demo logins (also when present). */
export async function ensureDemoData(
  _db: Database,
  _options: { seed: number; scale: 'small' | 'medium' | 'large'; now: Date },
): Promise<DemoLogin[]> {
  return [];
}
