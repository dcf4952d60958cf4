import type { Database } from '../../src/db/database';

let serial = 0;
/** Inserts an ASN directly (the registry import is another module), unique NIP per call. */
export async function insertAsn(
  db: Database,
  p: { agencyId: string; agencyName: string; regionCode: string; type?: 'PNS' | 'PPPK'; name?: string },
): Promise<{ id: string; nip: string; name: string }> {
  serial += 1;
  const nip =
    `19${String(Date.now()).slice(-8)}${String(process.pid % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`.slice(
      0,
      18,
    );
  const name = p.name ?? `ASN Uji ${serial}`;
  const row = await db.query<{ id: string }>(
    `INSERT INTO asn_people (nip, full_name, name_key, asn_type, agency_name, agency_organization_id, region_code, row_hash)
     VALUES ($1, $2, lower($2), $3, $4, $5, $6, md5($1)) RETURNING id`,
    [nip, name, p.type ?? 'PNS', p.agencyName, p.agencyId, p.regionCode],
  );
  return { id: row.rows[0]!.id, nip, name };
}

export const appealBody = (number: string) => ({
  number,
  letterDate: '2026-11-20',
  nature: 'Penting',
  subject: 'Imbauan Netralitas ASN pada Pemilihan Bupati dan Wakil Bupati',
  addressees: ['Bupati Bengkalis', 'Kepala Perangkat Daerah se-Kabupaten Bengkalis'],
  body:
    'Dalam rangka menjaga **netralitas** ASN, kami mengimbau:\n\n' +
    '- tidak memberikan dukungan kepada pasangan calon;\n- tidak *menyukai* atau membagikan unggahan pasangan calon.\n\n' +
    'Demikian <script>alert(1)</script>imbauan ini disampaikan.',
  legalReferenceIds: [] as string[],
  signatoryName: 'Rahmat Hidayat',
  signatoryPosition: 'Ketua Bawaslu Kabupaten Bengkalis',
});
