// CONTRACT STUB — the web helper replaces this.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Passerelle</h1>);
