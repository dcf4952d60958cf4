// Catalogue data: PP 94/2021 (PNS discipline), Pasal 5 huruf n angka 1–7. Facts from domain.md §2.3.
// The elucidation notes come through a third-party data repository of the PP, so they guide the
// descriptions but are not quoted.
import { discipline } from './sanctions.js';

const SINDO = 'https://nasional.sindonews.com/newsread/540310/15/tak-netral-di-pemilu-dan-pilkada-pns-bakal-dipangkas-tukinnya-hingga-diberhentikan-1631603352';
const KARANGANYAR = 'https://karanganyarnews.pikiran-rakyat.com/solo-raya/pr-1907475061/4-poin-ikrar-netralitas-asn-klaten-dalam-pemilu-2024-lengkap-sanksi-terberat-pelanggarannya?page=3';
const SCRIBD = 'https://id.scribd.com/document/721818796/NETRALITAS-ASN';
const HUKUMAN_JS = 'https://github.com/wawannug/disiplin-pns/blob/2205b583ad6d23e870e1a5a4e01d0df1da117185/src/data/hukuman.js';
const LARANGAN_JS = 'https://github.com/wawannug/disiplin-pns/blob/40676d26bee6c3f4a165d5711724be60dfcc6bd7/src/data/larangan.js';

const IN_FORCE = { from: '2021-08-31' };
const BOTH = ['pilkada', 'pemilu'] as const;
const LEVEL_SOURCES = [SINDO, KARANGANYAR, SCRIBD, HUKUMAN_JS];
const verified = { kind: 'verified' } as const;

function basis(item: number) {
  return [{ instrument: 'PP 94/2021', article: 'Pasal 5', letter: 'n', item: String(item) }];
}

export const pp94Catalogue = {
  instrument: 'PP 94/2021',
  title: { id: 'Peraturan Pemerintah 94/2021 tentang Disiplin PNS', en: 'Government Regulation 94/2021 on civil-servant discipline' },
  entries: [
    {
      id: 'pp94-2021.5n.1',
      title: {
        short: { id: 'Ikut kampanye', en: 'Attending a campaign' },
        long: { id: 'PNS ikut kampanye untuk mendukung calon', en: 'A civil servant attending a campaign in support of a candidate' },
      },
      description: {
        id: 'PNS dilarang mendukung calon dengan ikut dalam kampanye. Menurut penjelasan yang beredar, yang dimaksud adalah hadir mendengarkan visi-misi tanpa atribut partai atau atribut PNS.',
        en: 'A civil servant must not support a candidate by attending a campaign. The circulated elucidation reads this as being present to hear the platform, without party or civil-service attributes.',
      },
      examples: [
        { id: 'PNS datang ke kampanye terbuka calon bupati dan duduk di antara peserta.', en: 'A civil servant goes to a regent candidate\'s open rally and sits among the crowd.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(1),
      sanctions: [discipline(null)],
      applicability: ['campaign'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [SINDO, LARANGAN_JS],
      status: {
        kind: 'unverified',
        reason: {
          id: 'Tidak ada sumber yang memetakan angka 1 ke tingkat hukuman; daftar yang ditemukan hanya angka 2–7.',
          en: 'No source maps item 1 to a penalty level; the lists found cover items 2–7 only.',
        },
      },
      keywords: ['ikut kampanye', 'hadir kampanye', 'datang kampanye', 'nonton kampanye', 'dengar visi misi', 'rapat umum', 'kampanye terbuka'],
    },
    {
      id: 'pp94-2021.5n.2',
      title: {
        short: { id: 'Kampanye memakai atribut partai atau PNS', en: 'Campaigning with party or civil-service attributes' },
        long: { id: 'Menjadi peserta kampanye dengan memakai atribut partai atau atribut PNS', en: 'Being a campaign participant using party attributes or civil-service attributes' },
      },
      description: {
        id: 'PNS yang ikut kampanye sambil memakai atribut partai atau calon (kaos, bendera, kendaraan bergambar calon) atau atribut PNS (seragam Korpri, seragam dinas, kendaraan dinas) melanggar disiplin.',
        en: 'A civil servant at a campaign wearing party or candidate attributes (shirts, flags, vehicles with the candidate\'s picture) or civil-service attributes (Korpri or official uniform, official vehicle) breaches discipline.',
      },
      examples: [
        { id: 'PNS datang ke kampanye memakai seragam dinas.', en: 'A civil servant attends a rally in official uniform.' },
        { id: 'ASN ikut konvoi kampanye memakai kaos dan bendera partai.', en: 'A civil servant joins a campaign convoy in a party T-shirt with a party flag.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(2),
      sanctions: [discipline('medium')],
      applicability: ['campaign'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [...LEVEL_SOURCES, LARANGAN_JS],
      status: verified,
      keywords: ['atribut partai', 'kaos partai', 'kaos calon', 'bendera partai', 'seragam dinas', 'seragam korpri', 'baju dinas', 'konvoi kampanye', 'peserta kampanye'],
    },
    {
      id: 'pp94-2021.5n.3',
      title: {
        short: { id: 'Kampanye sambil mengerahkan PNS lain', en: 'Campaigning while mobilising other civil servants' },
        long: { id: 'Menjadi peserta kampanye dengan mengerahkan PNS lain', en: 'Being a campaign participant while mobilising other civil servants' },
      },
      description: {
        id: 'PNS tidak boleh mengajak atau mengerahkan PNS lain untuk ikut kampanye. Peserta kampanye di sini mencakup pelaksana, petugas, tim sukses, juru kampanye, penyandang dana, dan penggalang dana.',
        en: 'A civil servant must not urge or mobilise other civil servants to join a campaign. Campaign participant here covers organisers, officers, success teams, campaigners, funders and fund-raisers.',
      },
      examples: [
        { id: 'Kepala bidang mewajibkan stafnya hadir di kampanye calon.', en: 'A division head orders his staff to attend a candidate\'s rally.' },
        { id: 'Kepala sekolah mengerahkan guru-guru PNS untuk ikut kampanye.', en: 'A headmaster mobilises civil-servant teachers to join the campaign.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(3),
      sanctions: [discipline('severe')],
      applicability: ['campaign'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [...LEVEL_SOURCES, LARANGAN_JS],
      status: verified,
      keywords: ['mengerahkan pns', 'mobilisasi pegawai', 'wajibkan staf', 'ajak pegawai kampanye', 'kerahkan guru', 'juru kampanye', 'penyandang dana', 'pelaksana kampanye', 'panitia kampanye'],
    },
    {
      id: 'pp94-2021.5n.4',
      title: {
        short: { id: 'Kampanye memakai fasilitas negara', en: 'Campaigning with state facilities' },
        long: { id: 'Menjadi peserta kampanye dengan menggunakan fasilitas negara', en: 'Being a campaign participant using state facilities' },
      },
      description: {
        id: 'PNS tidak boleh memakai fasilitas negara, seperti mobil dinas, gedung kantor, anggaran, atau peralatan kantor, untuk kegiatan kampanye.',
        en: 'A civil servant must not use state facilities, such as official cars, office buildings, budgets or office equipment, for campaign activities.',
      },
      examples: [
        { id: 'Kepala dinas datang ke kampanye dengan mobil dinas berpelat merah.', en: 'An agency head drives a red-plated official car to a rally.' },
        { id: 'Aula kantor kecamatan dipakai untuk rapat tim kampanye.', en: 'The sub-district hall is used for a campaign-team meeting.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(4),
      sanctions: [discipline('severe')],
      applicability: ['campaign'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [...LEVEL_SOURCES],
      status: verified,
      keywords: ['fasilitas negara', 'mobil dinas', 'kendaraan dinas', 'plat merah', 'gedung kantor', 'aula kantor', 'anggaran negara', 'fasilitas kantor'],
    },
    {
      id: 'pp94-2021.5n.5',
      title: {
        short: { id: 'Keputusan yang menguntungkan pasangan calon', en: 'Decisions favouring a candidate pair' },
        long: {
          id: 'Membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan pasangan calon sebelum, selama, atau sesudah kampanye',
          en: 'Making decisions and/or taking actions that benefit or harm a candidate pair before, during or after the campaign',
        },
      },
      description: {
        id: 'PNS dilarang memakai jabatan atau kewenangannya untuk menguntungkan atau merugikan pasangan calon, kapan pun.',
        en: 'A civil servant must not use position or authority to benefit or harm a candidate pair, at any time.',
      },
      examples: [
        { id: 'Pejabat menyalurkan bantuan sosial dengan pesan agar memilih calon tertentu.', en: 'An official distributes social aid with a message to vote for a certain candidate.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(5),
      sanctions: [discipline('severe')],
      applicability: ['any_time'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [...LEVEL_SOURCES],
      status: verified,
      keywords: ['keputusan menguntungkan', 'kebijakan menguntungkan', 'merugikan calon', 'bantuan sosial', 'bansos', 'kewenangan', 'jabatan', 'menguntungkan calon', 'program pemerintah'],
    },
    {
      id: 'pp94-2021.5n.6',
      title: {
        short: { id: 'Kegiatan yang mengarah pada keberpihakan', en: 'Activities leading to partisanship' },
        long: {
          id: 'Mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan, seruan, pemberian barang) sebelum, selama, atau sesudah kampanye',
          en: 'Holding activities leading to partisanship (meetings, invitations, appeals, calls, gifts) before, during or after the campaign',
        },
      },
      description: {
        id: 'PNS tidak boleh menggelar pertemuan, ajakan, imbauan, seruan, atau memberi barang kepada PNS di unit kerjanya, anggota keluarga, atau masyarakat yang mengarah pada dukungan kepada calon.',
        en: 'A civil servant must not hold meetings, invitations, appeals or calls, or give goods to staff in their unit, family members or the public, that lead towards support for a candidate.',
      },
      examples: [
        { id: 'Kepala puskesmas mengumpulkan pegawai dan membagikan kalender bergambar calon.', en: 'A health-centre head gathers staff and hands out calendars with a candidate\'s picture.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(6),
      sanctions: [discipline('severe')],
      applicability: ['any_time'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [...LEVEL_SOURCES],
      status: verified,
      keywords: ['kumpulkan pegawai', 'kumpulkan staf', 'ajak pilih', 'imbauan memilih', 'seruan', 'arahan memilih', 'bagi sembako', 'pemberian barang', 'pertemuan', 'keberpihakan', 'kalender calon'],
    },
    {
      id: 'pp94-2021.5n.7',
      title: {
        short: { id: 'Memberi surat dukungan dengan KTP', en: 'Giving a support letter with an ID card' },
        long: {
          id: 'Memberikan surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk',
          en: 'Giving a support letter with a copy of the ID card or resident certificate',
        },
      },
      description: {
        id: 'PNS tidak boleh menyerahkan surat dukungan disertai fotokopi KTP atau surat keterangan penduduk untuk pencalonan.',
        en: 'A civil servant must not hand over a support letter with an ID-card copy or resident certificate for a candidacy.',
      },
      examples: [
        { id: 'Guru PNS menyerahkan fotokopi KTP dan menandatangani formulir dukungan calon perseorangan.', en: 'A civil-servant teacher hands over an ID copy and signs an independent candidate\'s support form.' },
      ],
      subjects: ['pns'],
      legalBasis: basis(7),
      sanctions: [discipline('severe')],
      applicability: ['before_designation'],
      applicabilityNote: {
        id: 'Dukungan KTP dikumpulkan sebelum pendaftaran calon; tahap ini adalah tafsiran kami.',
        en: 'ID-card support is collected before candidate registration; this stage is our reading.',
      },
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [...LEVEL_SOURCES],
      status: verified,
      keywords: ['fotokopi ktp', 'surat dukungan', 'dukungan ktp', 'suket', 'calon perseorangan', 'calon independen', 'formulir dukungan'],
    },
  ],
};
