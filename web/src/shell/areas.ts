/** The areas of the mission as they appear in the navigation (DESIGN.md, capabilities 1–13). */
export interface Area {
  /** Key under `areas.` in the translations. */
  key: string;
  path: string;
  built: boolean;
}

export const areas: Area[] = [
  { key: 'taxonomy', path: '/taxonomy', built: true },
  { key: 'labourMarket', path: '/labour-market', built: true },
  { key: 'recognition', path: '/recognition', built: true },
  { key: 'passport', path: '/passport', built: true },
  { key: 'people', path: '/people', built: true },
  { key: 'matching', path: '/matching', built: true },
  { key: 'allocation', path: '/allocation', built: true },
  { key: 'partnerships', path: '/partnerships', built: true },
  { key: 'journeys', path: '/journeys', built: true },
  { key: 'protection', path: '/protection', built: true },
  { key: 'monitoring', path: '/monitoring', built: false },
  { key: 'guidance', path: '/guidance', built: false },
];
