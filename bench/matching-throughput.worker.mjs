// A worker thread of the matching benchmark's throughput figure: it does not inherit the tsx
// loader, so it registers it, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./matching-throughput.worker.ts');
