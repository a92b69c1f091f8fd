import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to embedded PGlite in ./.passerelle on port 8080', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('.passerelle'));
    expect(config.port).toBe(8080);
  });

  it('takes a PostgreSQL server from DATABASE_URL and the port from PORT', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/p', PORT: '9000' });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/p');
    expect(config.port).toBe(9000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_SCALE: 'huge' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).problems.map((p) => p.variable).sort();
      expect(variables).toEqual(['DATABASE_URL', 'DEMO_SCALE', 'PORT']);
    }
  });
});
