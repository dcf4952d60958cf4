import { hashPassword } from 'better-auth/crypto';
import { inTransaction, type Database } from '../../db/database';
import { generatePassword } from '../../seeds/seed-demo';
import { recordAudit } from '../audit/audit.service';
import { usersRepository } from './users.repository';

export type CreateAdministratorResult =
  | { kind: 'created'; userId: string; password: string; organizationName: string }
  | { kind: 'invalid'; message: string };

/** Operator path (CLI) for the first administrator or a lost one; the password is shown once. */
export async function createAdministrator(
  db: Database,
  input: { email: string; name: string; organization?: string; homeRegion: string },
): Promise<CreateAdministratorResult> {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
    return { kind: 'invalid', message: 'Email tidak valid / invalid e-mail.' };
  if (await usersRepository.findByEmail(db, input.email))
    return { kind: 'invalid', message: 'Email sudah dipakai / e-mail already in use.' };
  const organization = (
    await db.query<{ id: string; name: string; region_code: string }>(
      input.organization
        ? 'SELECT id, name, region_code FROM organizations WHERE id::text = $1'
        : `SELECT id, name, region_code FROM organizations WHERE region_code = $1 ORDER BY (type LIKE 'bawaslu%') DESC, created_at LIMIT 1`,
      [input.organization ?? input.homeRegion],
    )
  ).rows[0];
  if (!organization) {
    return {
      kind: 'invalid',
      message:
        'Organisasi tidak ditemukan; buat dulu atau jalankan `netra seed demo` / organisation not found.',
    };
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const userId = await inTransaction(db, async (tx) => {
    const id = await usersRepository.insertWithPassword(tx, {
      name: input.name,
      email: input.email,
      passwordHash,
      locale: 'id',
    });
    await usersRepository.insertMembership(tx, {
      userId: id,
      organizationId: organization.id,
      role: 'administrator',
    });
    await recordAudit(tx, {
      actor: { userId: null, label: 'cli' },
      regionCode: organization.region_code,
      action: 'user.administrator_created',
      entityType: 'user',
      entityId: id,
      after: { organizationId: organization.id },
    });
    return id;
  });
  return { kind: 'created', userId, password, organizationName: organization.name };
}
