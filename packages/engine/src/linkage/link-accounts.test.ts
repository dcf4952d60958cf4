import { describe, expect, it } from 'vitest';
import { generateAccounts } from '../synthetic/generate-accounts.js';
import { generateRegistry } from '../synthetic/generate-registry.js';
import { estimateLinkModel, linkAccount } from './link-accounts.js';
import { buildRegistryIndex } from './registry-index.js';
import type { RegistryRecord } from './types.js';

const people = generateRegistry(600, 5);
const extra: RegistryRecord[] = [
  {
    nip: '198001012005011001',
    fullName: 'Drs. H. Zainuddin Abdullah Syahputra, M.Si.',
    agency: 'Dinas Pertanian Kabupaten Bengkalis',
    unit: 'Bidang Tanaman Pangan Bengkalis',
    position: 'Analis',
    regionCode: '14.03',
    regionName: 'Bengkalis',
  },
  {
    nip: '198202022006022002',
    fullName: 'Soeparmi Djojohadikoesoemo, S.Pd',
    agency: 'Dinas Pendidikan Kabupaten Siak',
    unit: 'SDN 7 Siak',
    position: 'Guru',
    regionCode: '14.08',
    regionName: 'Siak',
  },
];
const index = buildRegistryIndex([...people.map((p) => p.record), ...extra]);
const { accounts } = generateAccounts(people, 600, 6);
const model = estimateLinkModel(index, accounts);

describe('linkAccount', () => {
  it('links a title-free display name and explains it in Indonesian and English', () => {
    const r = linkAccount(
      {
        id: 'a1',
        displayName: 'Zainuddin Abdullah Syahputra',
        username: 'zainuddin_syahputra',
        bio: 'ASN Dinas Pertanian Bengkalis 🌾',
        location: 'Bengkalis, Riau',
      },
      index,
      model,
    );
    expect(r.best?.nip).toBe('198001012005011001');
    expect(r.band).toBe('auto_flag');
    const ids = r.best?.explanation.map((e) => e.id) ?? [];
    expect(ids.some((t) => t.startsWith('nama cocok setelah gelar dihapus'))).toBe(true);
    expect(
      ids.some((t) => t.includes('bio menyebut') && t.includes('Dinas Pertanian Kabupaten Bengkalis')),
    ).toBe(true);
    expect(r.best?.explanation.every((e) => e.en.length > 0)).toBe(true);
  });

  it('matches old spelling to new spelling', () => {
    const r = linkAccount(
      { id: 'a2', displayName: 'Suparmi Joyohadikusumo', bio: 'Guru SDN 7 Siak', location: 'Siak' },
      index,
      model,
    );
    expect(r.best?.nip).toBe('198202022006022002');
    expect(r.best?.explanation.map((e) => e.code)).toContain('name.old_spelling');
  });

  it('does not auto-flag a lone common given name without context', () => {
    const r = linkAccount(
      { id: 'a3', displayName: people[0]?.core[0] ?? 'Siti', bio: 'Suka mancing' },
      index,
      model,
    );
    expect(r.band).not.toBe('auto_flag');
  });

  it('lets staff decisions override the model', () => {
    const acc = {
      id: 'a4',
      displayName: 'Zainuddin Abdullah Syahputra',
      bio: 'ASN Dinas Pertanian Bengkalis',
    };
    const rejected = linkAccount(acc, index, model, {
      decisions: [{ accountId: 'a4', nip: '198001012005011001', decision: 'reject' }],
    });
    expect(rejected.candidates.map((c) => c.nip)).not.toContain('198001012005011001');
    expect(rejected.override).toBe('rejected');
    const nip = people[3]?.record.nip ?? '';
    const verified = linkAccount(acc, index, model, {
      decisions: [{ accountId: 'a4', nip, decision: 'link' }],
    });
    expect(verified.best?.nip).toBe(nip);
    expect(verified.best?.probability).toBe(1);
    expect(verified.band).toBe('auto_flag');
    expect(verified.override).toBe('verified');
  });

  it('never throws on hostile account fields', () => {
    expect(() =>
      linkAccount(
        { id: 'x', displayName: '\ud800'.repeat(5000), username: '🙂'.repeat(300), bio: 'x'.repeat(100_000) },
        index,
        model,
      ),
    ).not.toThrow();
  });
});

describe('linkAccount evidence beyond the display name', () => {
  it('credits a handle that adds the rest of the name, and says so', () => {
    const r = linkAccount(
      {
        id: 'h1',
        displayName: 'Zainuddin',
        username: 'zainuddin_syahputra',
        bio: 'ASN',
        location: 'Bengkalis',
      },
      index,
      model,
    );
    expect(r.best?.nip).toBe('198001012005011001');
    expect(r.best?.explanation.map((e) => e.code)).toContain('username.match');
  });

  it('explains a title shown in the display name that the record also has', () => {
    const r = linkAccount(
      { id: 't1', displayName: 'Soeparmi Djojohadikoesoemo S.Pd', bio: 'Guru SDN 7 Siak' },
      index,
      model,
    );
    expect(r.best?.nip).toBe('198202022006022002');
    expect(r.best?.levels.title).toBe(1);
    expect(r.best?.explanation.map((e) => e.code)).toContain('title.match');
    expect(r.best?.explanation.map((e) => e.code)).toContain('context.unit');
  });
});
