import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { inTransaction, type Database } from '../db/database';
import { recordAudit } from '../modules/audit/audit.service';
import { organizationsRepository } from '../modules/organizations/organizations.repository';
import { usersRepository } from '../modules/users/users.repository';
import { electionsRepository } from '../modules/elections/elections.repository';
import { bengkalis2024Election } from '@netra/rules';
import { DEMO_ADMIN, DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-organizations';
import type { FieldCipher } from '../lib/field-crypto';
import type { EvidenceStorage } from '../modules/cases/evidence-storage';
import { seedDemoCases } from '../modules/cases/demo-cases';
import { seedDemoMonitoringData } from '../modules/ingestion/demo-monitoring';
import { seedDemoOutreach } from '../modules/outreach/demo-outreach';
import { seedDemoAppeals } from '../modules/appeals/demo-appeals';

export type DemoCredentials = { adminEmail: string; adminPassword: string; demoPassword: string };

const PKD_COUNT = 5;
const SIAK_KECIL = '14.03.12';

export const generatePassword = () => randomBytes(12).toString('base64url');

/**
 * Demo data for an empty database: Bengkalis organisations and one fictional user per role.
 * Returns the generated passwords so that the caller can print them once; nothing stores them.
 */
export async function seedDemo(
  db: Database,
  options: { cipher?: FieldCipher; evidenceStorage?: EvidenceStorage } = {},
): Promise<DemoCredentials | undefined> {
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM organizations');
  if (existing.rows[0]!.n > 0) return undefined;
  const credentials = {
    adminEmail: DEMO_ADMIN.email,
    adminPassword: generatePassword(),
    demoPassword: generatePassword(),
  };
  const adminHash = await hashPassword(credentials.adminPassword);
  const demoHash = await hashPassword(credentials.demoPassword);

  await inTransaction(db, async (tx) => {
    const ids = new Map<string, string>();
    for (const org of DEMO_ORGANIZATIONS) {
      const parentId = org.parentKey ? (ids.get(org.parentKey) ?? null) : null;
      ids.set(
        org.key,
        await organizationsRepository.insert(tx, {
          type: org.type,
          name: org.name,
          regionCode: org.regionCode,
          parentId,
        }),
      );
    }
    const villages = await tx.query<{ code: string; name: string }>(
      'SELECT code, name FROM regions WHERE parent_code = $1 ORDER BY code LIMIT $2',
      [SIAK_KECIL, PKD_COUNT],
    );
    for (const village of villages.rows) {
      ids.set(
        `pkd-${village.code}`,
        await organizationsRepository.insert(tx, {
          type: 'pkd',
          name: `PKD ${village.name}`,
          regionCode: village.code,
          parentId: ids.get(`panwascam-${SIAK_KECIL}`) ?? null,
        }),
      );
    }
    const users = [
      { ...DEMO_ADMIN, hash: adminHash },
      ...DEMO_USERS.map((u) => ({ ...u, hash: demoHash })),
      ...villages.rows.slice(0, 1).map((v) => ({
        name: 'Rudi Hartono',
        email: 'pkd@bengkalis.netra.example',
        organizationKey: `pkd-${v.code}`,
        role: 'field_supervisor' as const,
        hash: demoHash,
      })),
    ];
    for (const user of users) {
      const userId = await usersRepository.insertWithPassword(tx, {
        name: user.name,
        email: user.email,
        passwordHash: user.hash,
        locale: 'id',
      });
      await usersRepository.insertMembership(tx, {
        userId,
        organizationId: ids.get(user.organizationKey)!,
        role: user.role,
      });
    }
    const election = bengkalis2024Election;
    await electionsRepository.upsert(tx, { ...election, definition: election });
    await recordAudit(tx, {
      actor: { userId: null, label: 'system' },
      regionCode: '14.03',
      action: 'demo.seeded',
      entityType: 'system',
      after: { organizations: ids.size, users: users.length },
    });
  });
  // Cases carry encrypted reporter identities, so they need the installation key.
  if (options.cipher) {
    await seedDemoCases(db, {
      cipher: options.cipher,
      handlingEmail: 'penanganan@bengkalis.netra.example',
      commissionerEmail: 'komisioner@bengkalis.netra.example',
      supervisorEmail: 'pkd@bengkalis.netra.example',
    });
  }
  // Monitoring: fictional registry, candidates and events with planted violations (leads at once).
  await seedDemoMonitoringData(db);
  await seedDemoOutreach(db, { storage: options.evidenceStorage });
  await seedDemoAppeals(db);
  return credentials;
}
