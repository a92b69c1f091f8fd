// A worker thread does not inherit the tsx loader the project runs TypeScript with: register it
// here, then load the worker's TypeScript entry (allocation-worker.job.ts).
import { register } from 'tsx/esm/api';

register();
await import('./allocation-worker.job.ts');
