import { it } from 'vitest';
import { startDemoApp } from '../../src/accounts/accounts.test-support.js';
import { testEngines } from '../support/database.js';
import { rowCountsOf } from '../support/row-counts.js';
it('probe', async () => {
  const demo = await startDemoApp(testEngines()[0]!);
  let t = Date.now();
  for (let i = 0; i < 20; i++) await rowCountsOf(demo.handle.db);
  console.log('counts ms', (Date.now() - t) / 20, Object.keys(await rowCountsOf(demo.handle.db)).length);
  const s = await demo.loginAs('coordinator');
  t = Date.now();
  for (let i = 0; i < 20; i++) await demo.app.inject({ method: 'GET', url: '/api/partnerships', headers: s.headers });
  console.log('list ms', (Date.now() - t) / 20);
  t = Date.now();
  for (let i = 0; i < 5; i++) await demo.app.inject({ method: 'POST', url: '/api/partnerships', headers: {...s.headers, 'content-type': 'application/json'}, payload: JSON.stringify({title: 'x'.repeat(1000000)}) });
  console.log('1MB ms', (Date.now() - t) / 5);
  await demo.close();
}, 120000);
