// A worker thread does not inherit the tsx loader the project runs TypeScript with: register it
// here, then hand piscina the worker's TypeScript entry (parse-worker.job.ts).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./parse-worker.job.ts');

export default worker.default;
