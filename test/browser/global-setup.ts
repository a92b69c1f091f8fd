import { startPasserelle } from './passerelle-server';

/**
 * One real server for every browser test file: starting one imports ESCO, which is the slow
 * part. Test files find it through PASSERELLE_URL (startPasserelle then reuses it).
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.PASSERELLE_URL) return async () => {};
  const server = await startPasserelle();
  process.env.PASSERELLE_URL = server.url;
  return async () => {
    delete process.env.PASSERELLE_URL;
    await server.stop();
  };
}
