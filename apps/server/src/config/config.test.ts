import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configTableMarkdown } from './config-table';
import { ConfigError, loadConfig } from './load-config';

describe('configuration', () => {
  it('parses defaults: embedded database, Bengkalis home region, 2FA for administrators and commissioners', () => {
    const config = loadConfig({});
    expect(config.db.url).toBeUndefined();
    expect(config.homeRegion).toBe('14.03');
    expect(config.auth.requireTwoFactorRoles).toEqual(['administrator', 'commissioner']);
    expect(config.http.publicUrl).toBe('http://127.0.0.1:3000');
  });

  it('lists every invalid variable, not only the first', () => {
    try {
      loadConfig({
        PORT: '0',
        NETRA_HOME_REGION: 'Bengkalis',
        NETRA_ENCRYPTION_KEY: 'short',
        NETRA_SEED_DEMO: 'maybe',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'NETRA_HOME_REGION', 'NETRA_ENCRYPTION_KEY', 'NETRA_SEED_DEMO'])
        expect(problems).toContain(name);
    }
  });

  it('is documented in the README, generated from the schema', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(configTableMarkdown());
  });
});
