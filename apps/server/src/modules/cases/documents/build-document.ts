import { KIND_DEFS } from './document-kinds';
import {
  PARTY_ID,
  STATUS_ID,
  VIOLATION_KIND_ID,
  WITHHELD,
  reportedPartyLine,
  reporterName,
  targetOf,
  type DocumentFacts,
} from './document-facts';
import {
  formatDateId,
  formatInstantId,
  letterheadOf,
  placeOf,
  signerOf,
  type DocumentBlock,
  type DocumentModel,
} from './document-model';

type Body = Pick<DocumentModel, 'layout' | 'title' | 'subject' | 'addressee' | 'blocks'> &
  Partial<Pick<DocumentModel, 'signatures' | 'copies'>>;

const p = (text: string): DocumentBlock => ({ type: 'paragraph', text });
const caseRef = (f: DocumentFacts) =>
  f.state.registerNumber
    ? `Nomor Registrasi ${f.state.registerNumber}`
    : f.report
      ? `Nomor Tanda Terima ${f.report.receiptCode}`
      : `temuan tanggal ${formatDateId(f.state.knownOn)}`;
const input = (f: DocumentFacts, transition: string) => f.inputs[transition] ?? {};
const reporterTo = (f: DocumentFacts) =>
  f.reporter ? [`Sdr/i. ${f.reporter.name ?? ''}`, f.reporter.address ?? ''] : [`Sdr/i. ${WITHHELD}`];

function facts(f: DocumentFacts): DocumentBlock {
  const rows: [string, string][] = [
    ['Perkara', caseRef(f)],
    ['Jenis', f.state.kind === 'laporan' ? 'Laporan' : 'Temuan'],
    ['Terlapor', reportedPartyLine(f)],
    ['Uraian singkat', f.summary],
  ];
  if (f.report) {
    rows.push(['Tempat kejadian', `${f.report.place}, ${f.caseRegionName}`]);
    rows.push(['Tanggal kejadian', formatDateId(f.report.occurredOn)]);
    rows.push(['Tanggal diketahui', formatDateId(f.report.knownOn)]);
  } else if (f.supervision) {
    rows.push(['Pengawas', f.supervision.officerName]);
    rows.push(['Tanggal pengawasan', formatDateId(f.supervision.supervisedOn)]);
  } else if (f.tip) {
    rows.push(['Asal', `Informasi awal ${f.tip.receiptCode}`]);
  }
  return { type: 'fields', rows };
}

function dispositionOf(f: DocumentFacts) {
  const d = f.state.dispositions.find((x) => x.id === f.variant);
  if (!d) throw new Error(`unknown disposition ${f.variant}`);
  return { d, target: targetOf(d.target, f.caseRegionName) };
}

const BUILDERS: Record<DocumentFacts['kind'], (f: DocumentFacts) => Body> = {
  completion_request: (f) => ({
    layout: 'letter',
    title: 'PEMBERITAHUAN KEKURANGAN SYARAT LAPORAN',
    subject: 'Permintaan Kelengkapan Laporan',
    addressee: reporterTo(f),
    blocks: [
      p(
        `Berdasarkan hasil kajian awal atas laporan ${caseRef(f)}, laporan Saudara belum memenuhi syarat berikut:`,
      ),
      { type: 'list', items: [...(f.state.missingRequirements ?? [])] },
      p(
        'Saudara diminta melengkapi syarat tersebut paling lama 2 × 24 jam sejak pemberitahuan ini diterima. ' +
          'Apabila tidak dilengkapi, laporan tidak dapat ditindaklanjuti.',
      ),
      facts(f),
    ],
  }),
  initial_study: (f) => {
    const reg = input(f, 'register');
    const checks = (o: unknown) =>
      Object.entries((o as Record<string, boolean> | undefined) ?? {}).map(
        ([k, v]) => `${k}: ${v ? 'terpenuhi' : 'tidak terpenuhi'}`,
      );
    const outcome = f.state.registerNumber
      ? `Memenuhi syarat formil dan materiil; diregistrasi dengan nomor ${f.state.registerNumber}.`
      : f.state.notRegisteredReasons?.length
        ? `Tidak memenuhi syarat: ${f.state.notRegisteredReasons.join('; ')}.`
        : f.state.missingRequirements?.length
          ? `Belum lengkap: ${f.state.missingRequirements.join('; ')}.`
          : 'Kajian awal sedang berjalan.';
    return {
      layout: 'record',
      title: 'KAJIAN AWAL',
      subject: 'Kajian awal syarat formil dan materiil',
      addressee: [],
      blocks: [
        facts(f),
        { type: 'heading', text: 'Syarat formil' },
        { type: 'list', items: checks(reg.formal).length ? checks(reg.formal) : ['(belum dicatat)'] },
        { type: 'heading', text: 'Syarat materiil' },
        { type: 'list', items: checks(reg.material).length ? checks(reg.material) : ['(belum dicatat)'] },
        { type: 'heading', text: 'Kesimpulan' },
        p(outcome),
      ],
    };
  },
  registration_notice: (f) => ({
    layout: 'letter',
    title: 'PEMBERITAHUAN REGISTRASI LAPORAN',
    subject: 'Pemberitahuan Registrasi Laporan',
    addressee: reporterTo(f),
    blocks: [
      p(
        `Dengan ini diberitahukan bahwa laporan Saudara dengan nomor tanda terima ${f.report?.receiptCode ?? '-'} ` +
          `telah memenuhi syarat formil dan materiil dan diregistrasi dengan nomor ${f.state.registerNumber}.`,
      ),
      facts(f),
      p('Laporan yang telah diregistrasi tidak dapat dicabut oleh pelapor.'),
    ],
  }),
  status_notice: (f) => ({
    layout: 'letter',
    title: 'PEMBERITAHUAN STATUS LAPORAN',
    subject: 'Pemberitahuan Status Laporan',
    addressee: reporterTo(f),
    blocks: [
      p(`Dengan ini diberitahukan status laporan Saudara (${caseRef(f)}):`),
      { type: 'fields', rows: [['Status', STATUS_ID[f.state.status] ?? f.state.status]] },
      ...(f.state.notRegisteredReasons?.length
        ? [p('Alasan:'), { type: 'list' as const, items: [...f.state.notRegisteredReasons] }]
        : []),
      ...(f.state.violationKinds.length
        ? [
            p(
              `Jenis pelanggaran: ${f.state.violationKinds.map((k) => VIOLATION_KIND_ID[k] ?? k).join('; ')}.`,
            ),
          ]
        : []),
      facts(f),
    ],
  }),
  clarification_invitation: (f) => {
    const party = f.variant;
    const to =
      party === 'reporter'
        ? reporterTo(f)
        : party === 'reported'
          ? [`Sdr/i. ${f.report?.reportedParty.name ?? '................'}`]
          : party === 'witness'
            ? (f.report?.witnesses.map((w) => `Sdr/i. ${w.name}`) ?? ['Sdr/i. ................'])
            : ['Sdr/i. ................ (Ahli)'];
    return {
      layout: 'letter',
      title: 'UNDANGAN KLARIFIKASI',
      subject: `Undangan Klarifikasi sebagai ${PARTY_ID[party] ?? party}`,
      addressee: to,
      blocks: [
        p(
          `Dalam rangka penanganan dugaan pelanggaran ${caseRef(f)}, Saudara diundang untuk memberikan ` +
            `keterangan/klarifikasi sebagai ${PARTY_ID[party] ?? party} pada:`,
        ),
        {
          type: 'fields',
          rows: [
            ['Hari/tanggal', '................'],
            ['Pukul', '................'],
            ['Tempat', `Kantor ${signerOf(f.office).replace(/^Ketua /, '')}`],
          ],
        },
        p('Saudara diminta membawa kartu identitas dan dokumen/bukti yang berkaitan.'),
        facts(f),
      ],
    };
  },
  clarification_minutes: (f) => {
    const statements = (input(f, 'record_clarification').statements ?? []) as {
      party: string;
      attended: boolean;
    }[];
    const who = (party: string) =>
      party === 'reporter' ? reporterName(f) : party === 'reported' ? reportedPartyLine(f) : party;
    return {
      layout: 'record',
      title: 'BERITA ACARA KLARIFIKASI',
      subject: 'Berita acara klarifikasi',
      addressee: [],
      blocks: [
        p(`Pada hari ini telah dilaksanakan klarifikasi atas ${caseRef(f)} dengan pihak-pihak berikut:`),
        {
          type: 'fields',
          rows: statements.map((s) => [
            PARTY_ID[s.party] ?? s.party,
            `${who(s.party)} — ${s.attended ? 'hadir dan memberikan keterangan' : 'tidak hadir'}`,
          ]),
        },
        { type: 'heading', text: 'Pokok keterangan' },
        p('................................................................'),
        facts(f),
      ],
      signatures: [
        { role: 'Pemeriksa', name: null },
        ...statements
          .filter((s) => s.attended)
          .map((s) => ({ role: PARTY_ID[s.party] ?? s.party, name: null })),
      ],
    };
  },
  study: (f) => ({
    layout: 'record',
    title: 'KAJIAN DUGAAN PELANGGARAN',
    subject: 'Kajian dugaan pelanggaran',
    addressee: [],
    blocks: [
      { type: 'heading', text: 'I. Fakta' },
      facts(f),
      ...(f.report
        ? [p(f.report.whatHappened)]
        : f.supervision
          ? [p(f.supervision.narrative)]
          : f.tip
            ? [p(f.tip.whatHappened)]
            : []),
      { type: 'heading', text: 'II. Analisis' },
      p(
        typeof input(f, 'submit_study').analysis === 'string'
          ? (input(f, 'submit_study').analysis as string)
          : '-',
      ),
      { type: 'heading', text: 'III. Ketentuan yang dilanggar' },
      {
        type: 'list',
        items: f.state.study?.catalogueEntryIds.length
          ? f.state.study.catalogueEntryIds.map((id) => `${f.catalogueTitles[id] ?? id} (${id})`)
          : ['-'],
      },
      { type: 'heading', text: 'IV. Kesimpulan' },
      p(f.state.study?.conclusion === 'violation' ? 'Terdapat dugaan pelanggaran.' : 'Bukan pelanggaran.'),
    ],
  }),
  plenary_minutes: (f) => ({
    layout: 'record',
    title: 'BERITA ACARA RAPAT PLENO',
    subject: 'Berita acara rapat pleno',
    addressee: [],
    blocks: [
      p(`Rapat pleno ${signerOf(f.office).replace(/^Ketua /, '')} membahas ${caseRef(f)}.`),
      {
        type: 'fields',
        rows: [
          [
            'Anggota hadir',
            `${f.state.plenary?.membersPresent ?? '-'} dari ${f.state.plenary?.membersTotal ?? '-'}`,
          ],
          ['Putusan', f.state.plenary?.outcome === 'violation' ? 'Pelanggaran' : 'Bukan pelanggaran'],
          [
            'Jenis pelanggaran',
            f.state.violationKinds.map((k) => VIOLATION_KIND_ID[k] ?? k).join('; ') || '-',
          ],
        ],
      },
      facts(f),
    ],
    signatures: [
      { role: 'Ketua', name: null },
      { role: 'Anggota', name: null },
      { role: 'Anggota', name: null },
    ],
  }),
  forwarding_letter: (f) => {
    const { d, target } = dispositionOf(f);
    const asn = d.kind === 'asn_neutrality';
    return {
      layout: 'letter',
      title: 'SURAT PENERUSAN',
      subject: `Penerusan ${VIOLATION_KIND_ID[d.kind] ?? d.kind}`,
      addressee: target.to,
      blocks: [
        p(
          `Berdasarkan putusan rapat pleno atas ${caseRef(f)}, terdapat ${VIOLATION_KIND_ID[d.kind] ?? d.kind}. ` +
            `Bersama ini kami teruskan kepada ${target.name} untuk ditindaklanjuti sesuai kewenangan.`,
        ),
        facts(f),
        { type: 'heading', text: 'Ketentuan yang dilanggar' },
        {
          type: 'list',
          items: f.state.catalogueEntryIds.map((id) => `${f.catalogueTitles[id] ?? id} (${id})`),
        },
        p('Kami mohon hasil tindak lanjut disampaikan kepada kami.'),
      ],
      copies: asn
        ? ['Pejabat Pembina Kepegawaian (Bupati/Wali Kota) c.q. Kepala BKPSDM', 'Arsip']
        : ['Arsip'],
    };
  },
  follow_up_request: (f) => {
    const { d, target } = dispositionOf(f);
    return {
      layout: 'letter',
      title: 'PERMINTAAN TINDAK LANJUT',
      subject: 'Permintaan Informasi Tindak Lanjut',
      addressee:
        d.kind === 'asn_neutrality'
          ? ['Pejabat Pembina Kepegawaian (Bupati/Wali Kota)', f.caseRegionName]
          : target.to,
      blocks: [
        p(
          `Menindaklanjuti surat penerusan${d.letterNumber ? ` nomor ${d.letterNumber}` : ''} tanggal ` +
            `${formatInstantId(d.forwardedAt, f.state.timeZone)} mengenai ${caseRef(f)}, kami mohon informasi ` +
            'tindak lanjut berupa keputusan, jenis dan tingkat sanksi, nomor dan tanggal keputusan, serta pelaksanaannya.',
        ),
        facts(f),
      ],
      copies: d.kind === 'asn_neutrality' ? [target.name, 'Arsip'] : ['Arsip'],
    };
  },
};

/** The document of `f.kind` filled from the case's data, with kop, number, date and signature. */
export function buildDocument(f: DocumentFacts): DocumentModel {
  const form = f.profile.forms[KIND_DEFS[f.kind].formKey];
  const body = BUILDERS[f.kind](f);
  return {
    formCode: form.code,
    formCodeUnverified: form.status.kind !== 'verified',
    letterhead: letterheadOf(f.office),
    number: f.number,
    placeDate: `${placeOf(f.office)}, ${formatDateId(f.issuedOn)}`,
    signatures: [{ role: signerOf(f.office), name: null }],
    copies: [],
    confidential: f.reporter !== null,
    ...body,
  };
}
