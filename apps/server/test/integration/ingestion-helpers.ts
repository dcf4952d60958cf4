import type { Role } from '@netra/contracts';
import { bengkalis2024Election } from '@netra/rules';
import { Readable } from 'node:stream';
import { electionsRepository } from '../../src/modules/elections/elections.repository';
import type { TestApp } from '../helpers/test-app';
import { nip } from './registry-helpers';

/**
 * A small monitoring world: the Bengkalis 2024 election, one registry ASN with a declared X
 * account, and one candidate pair with an official X account and a lexicon.
 */
export async function monitoringWorld(
  t: TestApp,
  tag: string,
  ctx: Parameters<TestApp['services']['registry']['importFile']>[0],
) {
  await electionsRepository.upsert(t.db, { ...bengkalis2024Election, definition: bengkalis2024Election });
  const asnNip = nip('1984-04-04', '2009-03', 1, Math.floor(Math.random() * 900) + 100);
  const csv = [
    'NIP,Nama,Jenis ASN,Instansi,Jabatan,Kode Wilayah,Akun Media Sosial',
    `${asnNip},Drs. Hendra ${tag},PNS,Dinas Perikanan,Penyuluh,14.03.12,x:@hendra_${tag}`,
  ].join('\n');
  await t.services.registry.importFile(ctx, {
    stream: Readable.from([Buffer.from(csv)]),
    fileName: 'registri.csv',
    regionCode: '14.03',
  });
  const existing = await t.db.query<{ id: string }>(
    `SELECT id FROM candidates WHERE election_id = $1 AND ballot_number = 7`,
    [bengkalis2024Election.id],
  );
  if (existing.rows[0]) await t.db.query('DELETE FROM candidates WHERE id = $1', [existing.rows[0].id]);
  const candidate = await t.services.candidates.create(ctx, {
    electionId: bengkalis2024Election.id,
    ballotNumber: 7,
    name: `Bupati ${tag}`,
    nicknames: [],
    parties: ['Partai Uji'],
  });
  await t.services.candidates.addAccount(ctx, candidate.id, {
    platform: 'x',
    kind: 'official',
    handle: `calon_${tag}`,
    accountId: `90${tag.length}00`,
  });
  await t.services.candidates.addTerm(ctx, candidate.id, { kind: 'hashtag', term: `#Lanjutkan${tag}` });
  const asnId = (await t.db.query<{ id: string }>(`SELECT id FROM asn_people WHERE nip = $1`, [asnNip]))
    .rows[0]!.id;
  return {
    asnNip,
    asnId,
    candidateId: candidate.id,
    candidateHandle: `calon_${tag}`,
    asnHandle: `hendra_${tag}`,
  };
}

/** A service-level request context for a fresh user of `role` (services are called directly). */
export async function actorContext(t: TestApp, role: Role, regionCode = '14.03') {
  const { createOrganization, createUser } = await import('../helpers/test-app');
  const org = await createOrganization(t.db, regionCode);
  const user = await createUser(t.db, org.id, role);
  return {
    requestId: `test-${user.userId}`,
    actor: {
      userId: user.userId,
      email: user.email,
      name: 'Uji',
      twoFactorEnabled: false,
      memberships: [
        {
          organizationId: org.id,
          organizationName: org.name,
          organizationType: 'bawaslu_kabupaten_kota',
          regionCode,
          role,
        },
      ],
    },
  };
}

/** Letters only (name normalisation drops digits). */
export const letterTag = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
