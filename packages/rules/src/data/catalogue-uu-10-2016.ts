// Catalogue data: UU 10/2016 (Pilkada law) provisions touching ASN, vote buying and the campaign
// prohibitions on hate speech and hoaxes. Facts from domain.md §2.1. The reference gives no article
// or penalty for hate speech and hoaxes, so those two entries are unverified and name no article.
import { CANDIDACY_CANCELLATION, CRIMINAL_187A, CRIMINAL_188, CRIMINAL_189 } from './sanctions.js';

const HALMAHERAPOST = 'https://halmaherapost.com/2024/11/18/dirut-bumd-halmahera-timur-ikut-kampanye-paslon-nomor-1-bisa-terjerat-pidana/2';
const RADARTASIK = 'https://radartasik.id/2024/10/14/ketika-anggota-dewan-jadi-juru-kampanye-izin-cuti-bukan-dari-sekretariat-dprd/2';
const KORIDOR = 'https://koridorindonesia.id/bawaslu-halteng-gelar-rakor-bahas-unsur-pidana-dalam-pilkada-netralitas-asn-jadi-prioritas';
const SIDAKPOST = 'https://sidakpost.id/bawaslu-bungo-ingatkan-bupati-maju-pilkada-tak-mutasi-pejabat';
const KOMPAS_2020 = 'https://regional.kompas.com/read/2020/01/09/15592101/artikel-video-kgmedia.html';
const INEWS = 'https://jateng.inews.id/amp/berita/kepala-daerah-politisasi-program-pemerintah-bisa-diancam-pidana/2';
const SRIKANDI = 'https://www.srikandinews.com/2020/11/07/awas-pemberi-dan-penerima-politik-uang-bisa-dipenjarakan-plus-denda-1-miliar/';
const HALUAN = 'https://haluan.co/indeks-kerawanan-pilkada-2024-terungkap-ntt-dan-sulsel-paling-rawan';
const RAKYATBERSATU = 'https://rakyatbersatu.id/kasus-pelanggaran-pilkada-oleh-oknum-asn-di-halsel-resmi-masuk-tahap-penyidikan';

// Enactment date of UU 10/2016 is not in the reference; see docs/rules.md (uncertain facts).
const IN_FORCE = { from: '2016-07-01' };
const PILKADA = ['pilkada'] as const;
const verified = { kind: 'verified' } as const;

export const uu10Catalogue = {
  instrument: 'UU 10/2016',
  title: { id: 'Undang-Undang 10/2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota', en: 'Law 10/2016 on the election of governors, regents and mayors (Pilkada)' },
  entries: [
    {
      id: 'uu10-2016.70',
      title: {
        short: { id: 'Calon melibatkan ASN dalam kampanye', en: 'Candidate involving civil servants in the campaign' },
        long: {
          id: 'Pasangan calon melibatkan pejabat BUMN/BUMD, ASN, anggota Polri/TNI, atau kepala desa/lurah dan perangkatnya dalam kampanye',
          en: 'A candidate pair involving BUMN/BUMD officials, civil servants, police or military members, or village heads and apparatus in the campaign',
        },
      },
      description: {
        id: 'Dalam kampanye, pasangan calon dilarang melibatkan ASN, anggota TNI/Polri, pejabat BUMN/BUMD, serta kepala desa atau lurah dan perangkatnya. Calon yang sengaja melibatkan mereka dapat dipidana.',
        en: 'During the campaign a candidate pair must not involve civil servants, military or police members, state or regional enterprise officials, or village heads and their apparatus. A candidate who knowingly does so can be prosecuted.',
      },
      examples: [
        { id: 'Calon bupati menjadikan camat dan kepala desa sebagai juru kampanye.', en: 'A regent candidate uses a sub-district head and village heads as campaigners.' },
        { id: 'Tim paslon meminta guru PNS mengisi acara kampanye.', en: 'A pair\'s team asks civil-servant teachers to perform at a rally.' },
      ],
      subjects: ['candidate'],
      legalBasis: [
        { instrument: 'UU 10/2016', article: 'Pasal 70', verse: '1' },
        { instrument: 'UU 10/2016', article: 'Pasal 189' },
      ],
      sanctions: [CRIMINAL_189],
      applicability: ['campaign'],
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [HALMAHERAPOST],
      status: verified,
      keywords: ['libatkan asn', 'melibatkan pns', 'calon libatkan', 'kepala desa kampanye', 'lurah kampanye', 'pejabat bumd', 'juru kampanye', 'tni polri kampanye', 'paslon'],
    },
    {
      id: 'uu10-2016.71.1',
      title: {
        short: { id: 'Pejabat/ASN membuat keputusan yang menguntungkan paslon', en: 'Official or civil servant favouring a candidate pair' },
        long: {
          id: 'Pejabat negara, pejabat daerah, pejabat ASN, anggota TNI/Polri, dan kepala desa/lurah membuat keputusan atau tindakan yang menguntungkan atau merugikan pasangan calon',
          en: 'State, regional or ASN officials, military or police members and village heads making decisions or taking actions that benefit or harm a candidate pair',
        },
      },
      description: {
        id: 'Pejabat, termasuk pejabat ASN dan kepala desa, yang memakai keputusan atau tindakannya untuk menguntungkan atau merugikan pasangan calon dapat dipidana, di samping sanksi disiplinnya.',
        en: 'Officials, including ASN officials and village heads, who use their decisions or actions to benefit or harm a candidate pair can be prosecuted, besides any disciplinary penalty.',
      },
      examples: [
        { id: 'Kepala bidang ASN membagikan bantuan pemerintah sambil mengajak memilih paslon nomor 1.', en: 'An ASN division head hands out government aid while urging votes for pair number 1.' },
        { id: 'Kepala desa menerbitkan surat edaran agar warga mendukung paslon tertentu.', en: 'A village head issues a circular telling residents to back a certain pair.' },
      ],
      subjects: ['state_official', 'asn', 'village_official'],
      legalBasis: [
        { instrument: 'UU 10/2016', article: 'Pasal 71', verse: '1' },
        { instrument: 'UU 10/2016', article: 'Pasal 188' },
      ],
      sanctions: [CRIMINAL_188],
      applicability: ['after_designation'],
      applicabilityNote: {
        id: 'Pasangan calon baru ada setelah penetapan; sebelum itu gunakan entri SKB dan PP 94/2021.',
        en: 'Candidate pairs exist only after designation; before it use the SKB and PP 94/2021 entries.',
      },
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [RADARTASIK, KORIDOR, RAKYATBERSATU],
      status: verified,
      keywords: ['keputusan menguntungkan', 'tindakan menguntungkan', 'merugikan paslon', 'pejabat', 'kepala desa', 'bantuan pemerintah', 'surat edaran', 'menguntungkan calon', 'kewenangan'],
    },
    {
      id: 'uu10-2016.71.2',
      title: {
        short: { id: 'Kepala daerah mengganti pejabat menjelang pilkada', en: 'Regional head replacing officials before the election' },
        long: {
          id: 'Gubernur, bupati, atau wali kota mengganti pejabat sejak 6 bulan sebelum penetapan calon tanpa persetujuan tertulis Mendagri',
          en: 'A governor, regent or mayor replacing officials from 6 months before candidate designation without the written approval of the Minister of Home Affairs',
        },
      },
      description: {
        id: 'Sejak enam bulan sebelum penetapan pasangan calon sampai akhir masa jabatan, kepala daerah tidak boleh melakukan mutasi atau pergantian pejabat kecuali dengan persetujuan tertulis Menteri Dalam Negeri. Petahana yang melanggar dapat dibatalkan pencalonannya.',
        en: 'From six months before candidate designation until the end of the term, a regional head must not transfer or replace officials without written approval from the Minister of Home Affairs. An incumbent who does so can lose the candidacy.',
      },
      examples: [
        { id: 'Bupati petahana melantik dan memutasi kepala dinas tiga bulan sebelum penetapan calon.', en: 'An incumbent regent swears in and reshuffles agency heads three months before designation.' },
      ],
      subjects: ['state_official'],
      legalBasis: [
        { instrument: 'UU 10/2016', article: 'Pasal 71', verse: '2' },
        { instrument: 'UU 10/2016', article: 'Pasal 71', verse: '5' },
      ],
      sanctions: [CANDIDACY_CANCELLATION],
      applicability: ['any_time'],
      applicabilityNote: {
        id: 'Berlaku sejak 6 bulan sebelum penetapan calon sampai akhir masa jabatan; periksa tanggalnya terhadap jadwal pemilihan.',
        en: 'Applies from 6 months before candidate designation to the end of the term; check the date against the election calendar.',
      },
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [SIDAKPOST, KOMPAS_2020],
      status: verified,
      keywords: ['mutasi pejabat', 'ganti pejabat', 'rotasi pejabat', 'lantik pejabat', 'pergantian pejabat', 'bupati petahana', 'petahana', 'mutasi asn'],
    },
    {
      id: 'uu10-2016.71.3',
      title: {
        short: { id: 'Kepala daerah memakai program untuk kepentingan calon', en: 'Regional head using programmes for a candidate' },
        long: {
          id: 'Gubernur, bupati, atau wali kota menggunakan kewenangan, program, dan kegiatan yang menguntungkan atau merugikan pasangan calon',
          en: 'A governor, regent or mayor using authority, programmes and activities that benefit or harm a candidate pair',
        },
      },
      description: {
        id: 'Sejak enam bulan sebelum penetapan calon sampai penetapan pemenang, kepala daerah dilarang memakai kewenangan, program, atau kegiatan pemerintah untuk kepentingan atau kerugian pasangan calon. Petahana yang melanggar dapat dibatalkan pencalonannya.',
        en: 'From six months before candidate designation until the winner is designated, a regional head must not use authority, programmes or government activities for or against a candidate pair. An incumbent who does can lose the candidacy.',
      },
      examples: [
        { id: 'Bupati petahana membagikan bantuan program daerah dengan stiker wajahnya sebagai calon.', en: 'An incumbent regent hands out regional-programme aid bearing stickers of his face as a candidate.' },
      ],
      subjects: ['state_official'],
      legalBasis: [
        { instrument: 'UU 10/2016', article: 'Pasal 71', verse: '3' },
        { instrument: 'UU 10/2016', article: 'Pasal 71', verse: '5' },
      ],
      sanctions: [CANDIDACY_CANCELLATION],
      applicability: ['any_time'],
      applicabilityNote: {
        id: 'Berlaku sejak 6 bulan sebelum penetapan calon sampai penetapan pemenang.',
        en: 'Applies from 6 months before candidate designation until the winner is designated.',
      },
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [INEWS],
      status: verified,
      keywords: ['program pemerintah', 'politisasi program', 'bantuan sosial', 'bansos', 'kewenangan kepala daerah', 'petahana', 'bupati petahana', 'anggaran daerah'],
    },
    {
      id: 'uu10-2016.73.4',
      title: {
        short: { id: 'Politik uang', en: 'Vote buying' },
        long: {
          id: 'Menjanjikan atau memberi uang atau materi lain untuk mempengaruhi pemilih (politik uang)',
          en: 'Promising or giving money or other material to influence voters (vote buying)',
        },
      },
      description: {
        id: 'Memberi atau menjanjikan uang, sembako, atau barang lain agar orang memilih atau tidak memilih calon tertentu adalah tindak pidana pemilihan. Pemilih yang menerima juga dapat dipidana.',
        en: 'Giving or promising money, groceries or other goods so that people vote, or do not vote, for a certain candidate is an election crime. The voter who accepts can be prosecuted too.',
      },
      examples: [
        { id: 'Tim sukses membagikan amplop berisi uang pada malam sebelum pencoblosan (serangan fajar).', en: 'A success team hands out envelopes of cash on the night before voting ("dawn attack").' },
        { id: 'ASN membagikan uang Rp50.000 kepada warga sambil meminta mencoblos paslon.', en: 'A civil servant gives residents Rp50,000 each while asking them to vote for a pair.' },
      ],
      subjects: ['any_person'],
      legalBasis: [
        { instrument: 'UU 10/2016', article: 'Pasal 73', verse: '4' },
        { instrument: 'UU 10/2016', article: 'Pasal 187A', verse: '1' },
        { instrument: 'UU 10/2016', article: 'Pasal 187A', verse: '2' },
      ],
      sanctions: [CRIMINAL_187A],
      applicability: ['after_designation'],
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [SRIKANDI, RAKYATBERSATU],
      status: verified,
      keywords: ['politik uang', 'bagi uang', 'amplop', 'serangan fajar', 'money politik', 'sembako', 'beli suara', 'uang transport', 'imbalan memilih', 'uang', 'masa tenang', 'jelang pencoblosan'],
    },
    {
      id: 'uu10-2016.campaign.hate-speech',
      title: {
        short: { id: 'Ujaran kebencian dalam kampanye', en: 'Hate speech in the campaign' },
        long: {
          id: 'Menghina, menghasut, atau menyebarkan kebencian terhadap calon atau kelompok dalam kampanye',
          en: 'Insulting, inciting or spreading hatred against a candidate or a group during the campaign',
        },
      },
      description: {
        id: 'Kampanye yang berisi hinaan, hasutan, atau kebencian berdasarkan suku, agama, ras, atau golongan, atau yang menyerang pribadi calon, termasuk larangan kampanye. Bila pelakunya ASN, perbuatan itu juga dinilai menurut aturan netralitas dan disiplin.',
        en: 'Campaigning with insults, incitement or hatred based on ethnicity, religion, race or group, or attacking a candidate personally, falls under the campaign prohibitions. When a civil servant does it, it is also assessed under the neutrality and discipline rules.',
      },
      examples: [
        { id: 'Akun media sosial menyebarkan meme yang menghina agama salah satu calon.', en: 'A social-media account spreads memes insulting a candidate\'s religion.' },
      ],
      subjects: ['any_person'],
      legalBasis: [
        {
          instrument: 'UU 10/2016',
          note: { id: 'Pasal larangan kampanye belum dikonfirmasi dalam referensi', en: 'The campaign-prohibition article is not confirmed in the reference' },
        },
      ],
      sanctions: [
        {
          kind: 'unspecified',
          summary: { id: 'Sanksi belum ditetapkan di katalog; periksa UU 10/2016 dan UU ITE', en: 'Sanction not yet set in the catalogue; check UU 10/2016 and the ITE law' },
        },
      ],
      applicability: ['campaign'],
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [HALUAN],
      status: {
        kind: 'unverified',
        reason: {
          id: 'Referensi hanya menyebut ujaran kebencian sebagai isu strategis; pasal dan sanksinya belum diperiksa.',
          en: 'The reference names hate speech only as a strategic issue; the article and sanction are not checked.',
        },
      },
      keywords: ['ujaran kebencian', 'menghina', 'hinaan', 'hasutan', 'sara', 'fitnah', 'kebencian', 'kampanye hitam', 'menghasut'],
    },
    {
      id: 'uu10-2016.campaign.hoax',
      title: {
        short: { id: 'Menyebarkan hoaks dalam kampanye', en: 'Spreading hoaxes in the campaign' },
        long: {
          id: 'Menyebarkan berita bohong atau informasi palsu tentang calon atau penyelenggaraan pemilihan',
          en: 'Spreading false news or fake information about candidates or the conduct of the election',
        },
      },
      description: {
        id: 'Menyebarkan kabar bohong, disinformasi, atau fitnah tentang calon atau pemilihan termasuk larangan kampanye. Bila pelakunya ASN, perbuatan itu juga dinilai menurut aturan netralitas.',
        en: 'Spreading false news, disinformation or slander about candidates or the election falls under the campaign prohibitions. When a civil servant does it, it is also assessed under the neutrality rules.',
      },
      examples: [
        { id: 'PNS meneruskan pesan berantai palsu bahwa salah satu calon didiskualifikasi.', en: 'A civil servant forwards a fake chain message saying a candidate was disqualified.' },
      ],
      subjects: ['any_person'],
      legalBasis: [
        {
          instrument: 'UU 10/2016',
          note: { id: 'Pasal larangan kampanye belum dikonfirmasi dalam referensi', en: 'The campaign-prohibition article is not confirmed in the reference' },
        },
      ],
      sanctions: [
        {
          kind: 'unspecified',
          summary: { id: 'Sanksi belum ditetapkan di katalog; periksa UU 10/2016 dan UU ITE', en: 'Sanction not yet set in the catalogue; check UU 10/2016 and the ITE law' },
        },
      ],
      applicability: ['campaign'],
      electionKinds: [...PILKADA],
      inForce: IN_FORCE,
      sources: [HALUAN],
      status: {
        kind: 'unverified',
        reason: {
          id: 'Referensi tidak memuat pasal larangan hoaks; pasal dan sanksinya belum diperiksa.',
          en: 'The reference holds no article on hoaxes; the article and sanction are not checked.',
        },
      },
      keywords: ['hoaks', 'berita bohong', 'kabar palsu', 'disinformasi', 'pesan berantai', 'fitnah', 'informasi palsu', 'berita palsu'],
    },
  ],
};
