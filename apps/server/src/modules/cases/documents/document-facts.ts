import type { CaseState, ElectionProfile } from '@netra/rules';
import type { DocumentKind } from './document-kinds';
import type { Office } from './document-model';

/** Everything a document builder may print, gathered by the service. */
export type DocumentFacts = {
  kind: DocumentKind;
  variant: string;
  state: CaseState;
  summary: string;
  caseRegionName: string;
  office: Office;
  profile: ElectionProfile;
  number: string;
  issuedOn: string;
  report: {
    receiptCode: string;
    reportedParty: { type?: string; name: string; agency?: string; position?: string; nip?: string };
    whatHappened: string;
    place: string;
    occurredOn: string;
    knownOn: string;
    witnesses: { name: string }[];
  } | null;
  supervision: { officerName: string; narrative: string; supervisedOn: string; place: string } | null;
  tip: { receiptCode: string; whatHappened: string } | null;
  /** Decrypted reporter identity, present only when the actor may read it and asked to reveal it. */
  reporter: {
    name?: string | null;
    address?: string | null;
    phone?: string | null;
    email?: string | null;
  } | null;
  /** The input of the latest recorded transition of each name (from the audit trail). */
  inputs: Partial<Record<string, Record<string, unknown>>>;
  catalogueTitles: Record<string, string>;
};

export const WITHHELD = '[identitas pelapor dirahasiakan]';

const TARGETS: Record<string, { to: string[]; name: string }> = {
  BKN: { to: ['Kepala Badan Kepegawaian Negara', 'di Jakarta'], name: 'Badan Kepegawaian Negara (BKN)' },
  KASN: {
    to: ['Ketua Komisi Aparatur Sipil Negara', 'di Jakarta'],
    name: 'Komisi Aparatur Sipil Negara (KASN)',
  },
  LEMBAGA_INDEPENDEN: {
    to: ['Pimpinan Lembaga Pengawas Sistem Merit ASN', 'di Jakarta'],
    name: 'Lembaga Pengawas Sistem Merit ASN',
  },
  SENTRA_GAKKUMDU: {
    to: ['Koordinator Sentra Penegakan Hukum Terpadu (Gakkumdu)'],
    name: 'Sentra Gakkumdu',
  },
  KPU: { to: ['Ketua Komisi Pemilihan Umum'], name: 'Komisi Pemilihan Umum (KPU)' },
  DKPP: { to: ['Ketua Dewan Kehormatan Penyelenggara Pemilu', 'di Jakarta'], name: 'DKPP' },
  PEMDA: { to: ['Bupati/Wali Kota selaku Kepala Daerah'], name: 'Pemerintah Daerah' },
};

/** The addressee lines and display name of a forwarding target (a fixed body or a named one). */
export function targetOf(target: string, regionName: string): { to: string[]; name: string } {
  const known = TARGETS[target];
  if (!known) return { to: [target], name: target };
  // Regional bodies are addressed at the case's regency/city.
  if (['SENTRA_GAKKUMDU', 'KPU', 'PEMDA'].includes(target))
    return { to: [...known.to, regionName], name: known.name };
  return known;
}

export const VIOLATION_KIND_ID: Record<string, string> = {
  asn_neutrality: 'pelanggaran netralitas Aparatur Sipil Negara',
  criminal: 'dugaan tindak pidana Pemilihan',
  administrative: 'pelanggaran administrasi Pemilihan',
  election_body_ethics: 'pelanggaran kode etik penyelenggara Pemilihan',
  village_official: 'pelanggaran netralitas kepala desa/perangkat desa',
  other_law: 'pelanggaran peraturan perundang-undangan lainnya',
};

export const STATUS_ID: Record<string, string> = {
  received: 'diterima',
  initial_study: 'dalam kajian awal',
  needs_completion: 'menunggu kelengkapan',
  not_registered: 'tidak dapat ditindaklanjuti (tidak diregistrasi)',
  registered: 'diregistrasi',
  clarification: 'dalam tahap klarifikasi',
  study: 'dalam tahap kajian',
  plenary: 'menunggu rapat pleno',
  not_violation: 'bukan pelanggaran',
  violation: 'terbukti pelanggaran',
  forwarding: 'diteruskan kepada instansi berwenang',
  follow_up: 'dalam tindak lanjut instansi berwenang',
  closed: 'selesai',
};

export const PARTY_ID: Record<string, string> = {
  reporter: 'Pelapor',
  reported: 'Terlapor',
  witness: 'Saksi',
  expert: 'Ahli',
};

/** "Budi (NIP …), Guru pada Dinas Pendidikan": the reported party as letters name them. */
export function reportedPartyLine(f: DocumentFacts): string {
  const p = f.report?.reportedParty;
  if (!p) return '-';
  const nip = p.nip ? ` (NIP ${p.nip})` : '';
  const job = [p.position, p.agency].filter(Boolean).join(' pada ');
  return `${p.name}${nip}${job ? `, ${job}` : ''}`;
}

export function reporterName(f: DocumentFacts): string {
  return f.reporter?.name ?? WITHHELD;
}
