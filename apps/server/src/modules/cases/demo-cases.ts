import { ReportSubmissionSchema, TipSubmissionSchema } from '@netra/contracts';
import type { Database } from '../../db/database';
import type { FieldCipher } from '../../lib/field-crypto';
import type { RequestContext } from '../access/access.service';
import { createElectionsService } from '../elections/elections.service';
import { usersRepository } from '../users/users.repository';
import { createCaseEnvironment } from './case-environment';
import { createCasesService } from './cases.service';
import { createFindingsService } from './findings.service';
import { createPublicIntakeService } from './public-intake.service';

// Fictional cases in Bengkalis in several states, made through the same services as real ones so
// that the demo exercises the rules core, encryption and audit. Every person here is invented.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function report(village: string, n: number, knownDaysAgo: number) {
  const parties = [
    { name: 'Hendra Saputra (fiktif)', agency: 'Dinas Pendidikan Kabupaten Bengkalis', position: 'Guru SD' },
    { name: 'Rina Marlina (fiktif)', agency: 'Kantor Camat Siak Kecil', position: 'Kepala Seksi' },
    {
      name: 'Joko Prasetyo (fiktif)',
      agency: 'Dinas Kesehatan Kabupaten Bengkalis',
      position: 'Kepala Puskesmas',
    },
    { name: 'Dewi Lestari (fiktif)', agency: 'Dinas PUPR Kabupaten Bengkalis', position: 'Staf Teknis' },
  ];
  const summaries = [
    'ASN menghadiri kampanye terbuka pasangan calon',
    'ASN mengunggah dukungan pasangan calon di media sosial',
    'Kepala puskesmas membagikan bahan kampanye kepada pasien',
    'ASN memakai atribut pasangan calon saat jam kerja',
  ];
  return ReportSubmissionSchema.parse({
    reporter: {
      name: `Pelapor Contoh ${n} (fiktif)`,
      nik: `140312450190000${n}`, // structurally valid, invented
      address: 'Jl. Contoh No. 1, Siak Kecil, Bengkalis',
      phone: '081200000000',
      category: 'voter',
    },
    reportedParty: { type: 'asn', ...parties[n % parties.length] },
    summary: summaries[n % summaries.length],
    whatHappened: `${summaries[n % summaries.length]}. Kejadian disaksikan warga dan direkam dengan telepon genggam.`,
    regionCode: village,
    place: 'Balai desa',
    occurredOn: day(-knownDaysAgo - 1),
    knownOn: day(-knownDaysAgo),
    witnesses: [{ name: 'Saksi Contoh (fiktif)' }],
    statements: { truthful: true, awareOfConfrontation: true },
  });
}

export async function seedDemoCases(
  db: Database,
  deps: { cipher: FieldCipher; handlingEmail: string; commissionerEmail: string; supervisorEmail: string },
): Promise<void> {
  const elections = createElectionsService({ db, homeRegion: '14.03' });
  const environmentFor = createCaseEnvironment({ elections });
  const intake = createPublicIntakeService({ db, cipher: deps.cipher, environmentFor });
  const cases = createCasesService({ db, cipher: deps.cipher, environmentFor });
  const findings = createFindingsService({ db, environmentFor });

  const contextOf = async (email: string): Promise<RequestContext> => {
    const user = await db.query<{ id: string; name: string }>('SELECT id, name FROM users WHERE email = $1', [
      email,
    ]);
    const { id, name } = user.rows[0]!;
    const memberships = await usersRepository.listMemberships(db, id);
    return {
      actor: { userId: id, email, name, twoFactorEnabled: true, memberships },
      requestId: 'demo-seed',
    };
  };
  const staff = await contextOf(deps.handlingEmail);
  const commissioner = await contextOf(deps.commissionerEmail);
  const supervisor = await contextOf(deps.supervisorEmail);
  const villages = await db.query<{ code: string }>(
    "SELECT code FROM regions WHERE parent_code = '14.03.12' ORDER BY code LIMIT 4",
  );
  const village = (i: number) => villages.rows[i % villages.rows.length]!.code;
  const caseOf = async (code: string) =>
    (await db.query<{ case_id: string }>('SELECT case_id FROM reports WHERE receipt_code = $1', [code]))
      .rows[0]!.case_id;
  const move = async (ctx: RequestContext, id: string, name: string, input: Record<string, unknown> = {}) => {
    const current = await cases.get(ctx, id);
    await cases.transition(ctx, id, name, { expectedVersion: current.version, input });
  };
  const meta = { requestId: 'demo-seed' };
  const checklist = {
    formal: { identitas: true, terlapor: true, tepatWaktu: true },
    material: { waktuTempat: true, uraian: true, bukti: true },
  };

  // 1. Just received.
  await intake.submitReport(report(village(0), 1, 1), meta);
  // 2. Registered and in clarification.
  const second = await caseOf((await intake.submitReport(report(village(1), 2, 2), meta)).receiptCode);
  await move(staff, second, 'start_initial_study');
  await move(staff, second, 'register', checklist);
  await move(staff, second, 'start_clarification', { parties: ['reporter', 'reported', 'witness'] });
  // 3. Decided as an ASN-neutrality violation and forwarded to BKN.
  const third = await caseOf((await intake.submitReport(report(village(2), 3, 2), meta)).receiptCode);
  await move(staff, third, 'start_initial_study');
  await move(staff, third, 'register', checklist);
  await move(staff, third, 'start_clarification', { parties: ['reporter', 'reported'] });
  await move(staff, third, 'record_clarification', { statements: [{ party: 'reported', attended: true }] });
  await move(staff, third, 'submit_study', {
    conclusion: 'violation',
    catalogueEntryIds: ['skb2022.ethics.1'],
    analysis: 'Terlapor terbukti hadir dalam kampanye (contoh).',
  });
  await move(commissioner, third, 'decide_violation', {
    membersPresent: 4,
    membersTotal: 5,
    violationKinds: ['asn_neutrality'],
  });
  await move(staff, third, 'forward', {
    dispositions: [{ kind: 'asn_neutrality', letterNumber: '001/PP.01/K.RI-03/2024' }],
  });
  // 4. Filed after the 7-day window: received and recorded, but not registered.
  const late = await caseOf((await intake.submitReport(report(village(3), 4, 12), meta)).receiptCode);
  await move(staff, late, 'start_initial_study');
  await move(staff, late, 'decline_registration', {
    reasons: ['Melewati batas waktu 7 hari sejak diketahui'],
  });

  // 5. An anonymous tip, and 6. a Form A result promoted to a finding.
  await intake.submitTip(
    TipSubmissionSchema.parse({
      whatHappened:
        'Tangkapan layar grup WhatsApp: seorang lurah mengajak warga memilih pasangan calon (contoh).',
      regionCode: '14.03.12',
      links: ['https://example.org/contoh-unggahan'],
    }),
    meta,
  );
  const formA = await findings.fileSupervisionResult(supervisor, {
    regionCode: village(0),
    officerPosition: 'Anggota Panwaslu Kecamatan Siak Kecil',
    assignmentLetterNumber: '05/ST/PM.01.02/K.RI-03.12/XI/2024',
    stageSupervised: 'Kampanye',
    supervised: 'Rapat umum pasangan calon di lapangan desa',
    narrative: 'Dua orang ASN terlihat memakai kaus pasangan calon dan ikut berorasi (contoh fiktif).',
    supervisedOn: day(-1),
    suspectedViolation: true,
  });
  await findings.promoteSupervisionResult(staff, formA.id, { plenaryHeldOn: day(0) });
}
