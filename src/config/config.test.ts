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

  it.each([
    [undefined, false],
    ['off', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    ['10.0.0.1, 192.168.0.0/16,loopback', ['10.0.0.1', '192.168.0.0/16', 'loopback']],
    ['fd00::/8', ['fd00::/8']],
  ])('GIVEN TRUST_PROXY=%s THEN proxies trusted are %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    'true',
    '0',
    '11',
    '10.0.0.0/33',
    'example.org',
    '10.0.0.1,nope',
    '::1/129',
    '1.2.3.4/8/9',
  ])('GIVEN TRUST_PROXY=%s THEN the configuration is refused, naming the variable', (value) => {
    try {
      loadConfig({ TRUST_PROXY: value });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['TRUST_PROXY']);
    }
  });

  it('takes links in messages from PUBLIC_URL, never from a request, defaulting to localhost', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://passerelle.example.org/' }).publicUrl).toBe(
      'https://passerelle.example.org',
    );
    expect(loadConfig({ PORT: '9000' }).publicUrl).toBe('http://localhost:9000');
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(ConfigError);
  });
});
