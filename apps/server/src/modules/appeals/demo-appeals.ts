import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_PLEDGE_TEXT } from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { recordAudit } from '../audit/audit.service';

// Demo: one issued appeal (fictional text) sent to two agencies, some ASN acknowledged, some pledged.
const AGENCIES = ['Dinas Pendidikan Kabupaten Bengkalis', 'Dinas Kesehatan Kabupaten Bengkalis'];
const FALLBACK_NAMES = [
  'Ahmad Fauzi, S.Pd.',
  'Rina Marlina, S.Pd.',
  'Syafrizal, S.Pd.I.',
  'dr. Lestari Wulandari',
  'Nurhayati, A.Md.Keb.',
  'Zulkifli, S.KM.',
];

const BODY = `Menjelang pemungutan suara Pemilihan Bupati dan Wakil Bupati Bengkalis, Bawaslu Kabupaten Bengkalis mengimbau seluruh Aparatur Sipil Negara (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Bengkalis untuk **menjaga netralitas** sebelum, selama, dan sesudah masa kampanye.

ASN dilarang:
- memberikan dukungan kepada pasangan calon dalam bentuk apa pun;
- menghadiri kegiatan kampanye dengan atribut instansi;
- membuat, membagikan, menyukai, mengomentari, atau mengikuti unggahan, grup, dan akun pasangan calon di media sosial.

Kepala Perangkat Daerah diminta meneruskan imbauan ini kepada seluruh ASN di unit kerjanya dan memastikan setiap ASN mengonfirmasi telah membacanya melalui tautan pribadi atau kode imbauan.

Demikian imbauan ini disampaikan. Atas perhatian dan kerja samanya, kami ucapkan *terima kasih*.`;

async function peopleOf(tx: Queryable, agencyId: string, agencyName: string, offset: number) {
  const existing = await tx.query<{ id: string; full_name: string; asn_type: string; region_code: string }>(
    `SELECT id, full_name, asn_type, region_code FROM asn_people WHERE agency_organization_id = $1 AND active
     ORDER BY nip LIMIT 40`,
    [agencyId],
  );
  if (existing.rows.length > 0) return existing.rows;
  // No registry seeded for this agency: a few fictional ASN so that the demo still shows coverage.
  const rows = [];
  for (let i = 0; i < 3; i += 1) {
    const name = FALLBACK_NAMES[offset + i]!;
    const nip = `1987${String(offset + i + 1).padStart(2, '0')}152010012${String(offset + i + 1).padStart(3, '0')}`;
    const inserted = await tx.query<{ id: string; full_name: string; asn_type: string; region_code: string }>(
      `INSERT INTO asn_people (nip, full_name, name_key, asn_type, agency_name, agency_organization_id, region_code, row_hash)
       VALUES ($1,$2,lower($2),$3,$4,$5,$6,md5($1)) ON CONFLICT (nip) DO NOTHING
       RETURNING id, full_name, asn_type, region_code`,
      [nip, name, i === 2 ? 'PPPK' : 'PNS', agencyName, agencyId, i === 0 ? '14.03.12' : '14.03.01'],
    );
    if (inserted.rows[0]) rows.push(inserted.rows[0]);
  }
  return rows;
}

export async function seedDemoAppeals(db: Database): Promise<void> {
  await inTransaction(db, async (tx) => {
    const orgs = await tx.query<{ id: string; name: string; type: string }>(
      `SELECT id, name, type FROM organizations
       WHERE name = ANY($1) OR name = 'Bawaslu Kabupaten Bengkalis' OR type = 'pemda_sekda'`,
      [AGENCIES],
    );
    const office = orgs.rows.find((o) => o.name === 'Bawaslu Kabupaten Bengkalis');
    const sekda = orgs.rows.find((o) => o.type === 'pemda_sekda');
    const agencies = AGENCIES.map((name) => orgs.rows.find((o) => o.name === name)).filter(Boolean) as {
      id: string;
      name: string;
    }[];
    if (!office || agencies.length < 2) return;
    const appeal = await tx.query<{ id: string }>(
      `INSERT INTO appeals (organization_id, region_code, number, letter_date, nature, subject, addressees, body,
         legal_reference_ids, signatory_name, signatory_position, pledge_text, status, code, submitted_at, approved_at,
         issued_at)
       VALUES ($1, '14.03', '045/PM.00.02/K.RI-03/11/2026', '2026-11-02', 'Penting',
         'Imbauan Menjaga Netralitas ASN pada Pemilihan Bupati dan Wakil Bupati Bengkalis',
         $2, $3, $4, 'Rahmat Hidayat', 'Ketua Bawaslu Kabupaten Bengkalis', $5, 'issued', 'IMB-BKS24N',
         now() - interval '20 days', now() - interval '19 days', now() - interval '18 days')
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        office.id,
        ['Bupati Bengkalis', 'Kepala Perangkat Daerah se-Kabupaten Bengkalis'],
        BODY,
        ['skb2022.ethics.1'],
        DEFAULT_PLEDGE_TEXT,
      ],
    );
    const appealId = appeal.rows[0]?.id;
    if (!appealId) return;
    const recipients = [...(sekda ? [sekda.id] : []), ...agencies.map((a) => a.id)];
    await tx.query(
      `INSERT INTO appeal_recipients (appeal_id, organization_id, sent_at)
       SELECT $1, unnest($2::uuid[]), now() - interval '18 days'`,
      [appealId, recipients],
    );
    let offset = 0;
    let targets = 0;
    for (const agency of agencies) {
      const people = await peopleOf(tx, agency.id, agency.name, offset);
      offset += 3;
      for (const [index, person] of people.entries()) {
        // Personal links of demo data are never sent; their tokens are thrown away.
        const tokenHash = createHash('sha256').update(randomBytes(24)).digest('hex');
        const opened = index % 4 !== 3;
        const acknowledged = index % 3 !== 2 && opened;
        const pledged = acknowledged && index % 2 === 0;
        await tx.query(
          `INSERT INTO appeal_targets (appeal_id, asn_id, agency_organization_id, agency_name, asn_type, region_code,
             token_hash, token_expires_at, sent_at, opened_at, acknowledged_at, acknowledged_via, pledged_at, pledge_name)
           VALUES ($1,$2,$3,$4,$5,$6,$7, now() + interval '12 days', now() - interval '18 days',
             CASE WHEN $8 THEN now() - interval '17 days' END, CASE WHEN $9 THEN now() - interval '16 days' END,
             CASE WHEN $9 THEN 'link' END, CASE WHEN $10 THEN now() - interval '16 days' END,
             CASE WHEN $10 THEN $11 END)`,
          [
            appealId,
            person.id,
            agency.id,
            agency.name,
            person.asn_type,
            person.region_code,
            tokenHash,
            opened,
            acknowledged,
            pledged,
            person.full_name,
          ],
        );
        targets += 1;
      }
    }
    await recordAudit(tx, {
      actor: { userId: null, label: 'system' },
      regionCode: '14.03',
      action: 'demo.appeals_seeded',
      entityType: 'appeal',
      entityId: appealId,
      after: { targets },
    });
  });
}
