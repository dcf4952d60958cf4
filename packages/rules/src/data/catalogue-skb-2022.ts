// Catalogue data: the annex of the 2022 joint decree (SKB) on ASN neutrality. Facts from
// domain.md §1.2–1.5. Descriptions are our own plain-language summaries, not the SKB wording.
// Table A (ethics) is worded for prospective candidates (bakal calon); table B (discipline) uses
// "calon" and splits some items by the designation date. That stage split is inferred, not read
// in the primary text, so every entry carries an applicabilityNote saying so.
import { MORAL_SANCTION, PTDH_PARTY_MEMBERSHIP, discipline } from './sanctions.js';

const KOMPAS = 'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?page=all';
const KOMPAS_P2 = 'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?amp=1&page=2';
const INFOSEMARANG = 'https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024';
const TRIBUN_MKS = 'https://makassar.tribunnews.com/2023/11/29/netralitas-asn-sulsel-pada-pemilu-2024-kategori-rawan-ini-hukumannya-jika-asn-terbukti-berpihak?page=3';
const NTBSATU = 'https://ntbsatu.com/2024/02/06/dari-denda-hingga-pidana-penjara-ini-sanksi-bagi-asn-yang-langgar-netralitas.html/3';
const BKN_MEDAN = 'https://medan.bkn.go.id/2023/10/apa-pelanggaran-disiplin-dan-jenis-sanksi-atas-pelanggaran-netralitas-pegawai-asn';
const TVONE = 'https://tvonenews.com/berita/nasional/155083-awas-asn-dilarang-like-komentar-dan-follow-akun-terkait-capres-atau-sejenisnya-di-pemilu-2024-mendatang?page=2';
const HUKAMA = 'https://www.hukamanews.com/nasional/46010626426/pns-harus-netral-di-medsos-selama-pemilu-dilarang-like-dan-share-begini-aturannya-dan-sanksinya?page=2';
const BLOOMBERG = 'https://bloombergtechnoz.com/detail-news/16196/asn-terlarang-masuk-grup-komentar-like-capres-caleg-cakada/2';
const SKB_SCRIBD = 'https://www.scribd.com/document/602350661/SKB-Netralitas-ASN-22-September-2022';

const IN_FORCE = { from: '2022-09-22' };
const BOTH = ['pilkada', 'pemilu'] as const;

const ETHICS_STAGE_NOTE = {
  id: 'Tabel A memakai istilah bakal calon, sehingga dibaca berlaku sebelum penetapan calon. Pembacaan ini disimpulkan dari rumusan dan praktik Bawaslu Kediri, belum dicek pada naskah asli.',
  en: 'Table A speaks of prospective candidates, so it is read as applying before candidate designation. This is inferred from the wording and Bawaslu Kediri practice, not checked in the primary text.',
};
const DISCIPLINE_STAGE_NOTE = {
  id: 'Tabel B dibaca berlaku sebelum dan sesudah penetapan calon; pembagian tahap ini disimpulkan, belum dicek pada naskah asli.',
  en: 'Table B is read as applying both before and after candidate designation; this stage split is inferred, not checked in the primary text.',
};

function ethicsBasis(item: number) {
  return [
    { instrument: 'SKB 2022', article: 'Lampiran, Tabel A', item: String(item) },
    {
      instrument: 'PP 42/2004',
      article: 'Pasal 11',
      letter: 'c',
      note: { id: 'Norma yang dilanggar: menghindari konflik kepentingan', en: 'Norm breached: avoiding conflicts of interest' },
    },
  ];
}

function disciplineBasis(item: number) {
  return [
    { instrument: 'SKB 2022', article: 'Lampiran, Tabel B', item: String(item) },
    {
      instrument: 'PP 94/2021',
      note: {
        id: 'Pasal PP 94/2021 yang dikutip SKB tampak keliru dalam reproduksi pers; periksa naskah asli',
        en: 'The PP 94/2021 article cited by the SKB looks garbled in press copies; check the primary text',
      },
    },
  ];
}

const verified = { kind: 'verified' } as const;

export const skb2022Catalogue = {
  instrument: 'SKB 2022',
  title: {
    id: 'Keputusan Bersama 5 instansi tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN (2022)',
    en: 'Joint decree of five institutions on guiding and supervising ASN neutrality (2022)',
  },
  entries: [
    {
      id: 'skb2022.ethics.1',
      code: 'A1',
      title: {
        short: { id: 'Memasang alat peraga bakal calon', en: 'Putting up props for a prospective candidate' },
        long: { id: 'Memasang spanduk, baliho, atau alat peraga lain terkait bakal calon', en: 'Installing banners, billboards or other campaign props related to a prospective candidate' },
      },
      description: {
        id: 'ASN tidak boleh ikut memasang atau menyediakan tempat untuk spanduk, baliho, stiker, atau alat peraga lain yang mempromosikan seseorang yang akan maju sebagai calon.',
        en: 'A civil servant must not put up, or provide space for, banners, billboards, stickers or other material promoting someone who intends to run.',
      },
      examples: [
        { id: 'Seorang guru PNS memasang baliho bakal calon bupati di pagar rumahnya.', en: 'A civil-servant teacher hangs a prospective regent candidate\'s billboard on his fence.' },
        { id: 'Staf kecamatan membantu memasang spanduk tokoh yang akan mencalonkan diri.', en: 'A sub-district staffer helps hang banners of a figure who plans to run.' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(1),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS],
      status: verified,
      keywords: ['pasang spanduk', 'baliho', 'alat peraga', 'stiker', 'poster', 'bakal calon', 'banner'],
    },
    {
      id: 'skb2022.ethics.2',
      code: 'A2',
      title: {
        short: { id: 'Kampanye bakal calon di media sosial', en: 'Promoting a prospective candidate online' },
        long: { id: 'Sosialisasi atau kampanye bakal calon melalui media sosial atau media daring', en: 'Promoting or campaigning for a prospective candidate on social media or online' },
      },
      description: {
        id: 'ASN dilarang membuat atau menyebarkan konten di media sosial atau situs daring yang memperkenalkan atau mengajak mendukung seseorang yang akan maju sebagai calon.',
        en: 'A civil servant must not create or spread content on social media or websites that introduces someone who intends to run or urges support for them.',
      },
      examples: [
        { id: 'PNS membuat video TikTok yang mengajak warga mendukung bakal calon bupati.', en: 'A civil servant posts a TikTok video urging residents to back a prospective regent candidate.' },
        { id: 'ASN mengunggah poster visi-misi bakal calon di status WhatsApp dan Instagram.', en: 'A civil servant shares a prospective candidate\'s vision poster on WhatsApp status and Instagram.' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(2),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS],
      status: verified,
      keywords: ['kampanye medsos', 'sosialisasi online', 'promosi calon', 'ajak dukung', 'posting dukungan', 'tiktok', 'status whatsapp', 'video dukungan', 'unggah'],
    },
    {
      id: 'skb2022.ethics.3',
      code: 'A3',
      title: {
        short: { id: 'Hadir dan aktif mendukung di deklarasi', en: 'Attending and supporting a declaration' },
        long: { id: 'Menghadiri deklarasi atau kampanye bakal pasangan calon dan ikut aktif mendukung', en: 'Attending a declaration or campaign of a prospective candidate pair and actively supporting it' },
      },
      description: {
        id: 'ASN melanggar etika bila datang ke acara deklarasi atau kampanye bakal pasangan calon dan menunjukkan dukungan, misalnya bersorak, berpidato, atau berdiri di panggung.',
        en: 'A civil servant breaches ethics by attending a prospective pair\'s declaration or campaign and showing support, for instance cheering, speaking or standing on stage.',
      },
      examples: [
        { id: 'Camat hadir di deklarasi bakal pasangan calon dan ikut naik panggung.', en: 'A sub-district head attends a prospective pair\'s declaration and joins them on stage.' },
        { id: 'Kepala dinas datang ke acara deklarasi dan memberi sambutan dukungan.', en: 'An agency head attends a declaration and gives a speech of support.' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(3),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [INFOSEMARANG],
      status: verified,
      keywords: ['deklarasi', 'hadir deklarasi', 'datang deklarasi', 'naik panggung', 'sambutan dukungan', 'acara bakal calon'],
    },
    {
      id: 'skb2022.ethics.4',
      code: 'A4',
      title: {
        short: { id: 'Like, komentar, bagikan, ikuti akun bakal calon', en: 'Like, comment, share or follow a prospective candidate' },
        long: {
          id: 'Mengunggah, menanggapi (like, komentar, bagikan), bergabung, atau mengikuti grup/akun pemenangan bakal calon',
          en: 'Posting, responding to (liking, commenting, sharing), joining or following a group or account of a prospective candidate\'s winning team',
        },
      },
      description: {
        id: 'Di media sosial, ASN tidak boleh menyukai, mengomentari, membagikan, atau mengunggah konten bakal calon, dan tidak boleh bergabung atau mengikuti grup dan akun tim pemenangannya. Ini berlaku untuk semua jabatan yang diperebutkan, dari presiden sampai wakil wali kota.',
        en: 'On social media a civil servant must not like, comment on, share or post a prospective candidate\'s content, nor join or follow the groups and accounts of their winning team. This covers every office contested, from President to deputy mayor.',
      },
      examples: [
        { id: 'PNS memberi "like" pada unggahan bakal calon bupati di Facebook.', en: 'A civil servant "likes" a prospective regent candidate\'s Facebook post.' },
        { id: 'ASN bergabung ke grup WhatsApp relawan pemenangan dan membagikan poster di sana.', en: 'A civil servant joins a volunteers\' WhatsApp group and shares posters there.' },
        { id: 'Pegawai mengikuti (follow) akun Instagram tim sukses dan berkomentar "lanjutkan!".', en: 'An employee follows the success team\'s Instagram account and comments "carry on!".' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(4),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [TVONE, HUKAMA, BLOOMBERG],
      status: verified,
      keywords: ['like', 'komentar', 'share', 'bagikan', 'follow', 'ikuti akun', 'gabung grup', 'grup whatsapp', 'akun pemenangan', 'postingan', 'unggahan', 'bakal calon'],
    },
    {
      id: 'skb2022.ethics.5',
      code: 'A5',
      title: {
        short: { id: 'Mengunggah foto bersama bakal calon', en: 'Posting photos with a prospective candidate' },
        long: {
          id: 'Memposting foto bersama bakal calon, tim sukses dengan simbol keberpihakan atau atribut partai, atau alat peraga',
          en: 'Posting photos with a prospective candidate, with the success team showing partisan signs or party attributes, or with campaign props',
        },
      },
      description: {
        id: 'ASN tidak boleh menyebarkan di media sosial atau media yang bisa diakses publik foto dirinya bersama bakal calon, bersama tim sukses sambil memperagakan simbol dukungan (misalnya gestur jari nomor urut), memakai atribut partai, berlatar gambar partai atau calon, atau berfoto dengan alat peraga.',
        en: 'A civil servant must not publish, on social media or any public medium, photos with a prospective candidate, with the success team while making a partisan sign (such as a number hand gesture), wearing party attributes, against a party or candidate backdrop, or with campaign props.',
      },
      examples: [
        { id: 'Lurah mengunggah foto selfie bersama bakal calon sambil mengacungkan dua jari.', en: 'A village head posts a selfie with a prospective candidate, raising two fingers.' },
        { id: 'PNS berfoto di depan baliho bakal calon lalu menjadikannya foto profil.', en: 'A civil servant takes a photo in front of a candidate billboard and makes it her profile picture.' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(5),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [HUKAMA, TRIBUN_MKS],
      status: verified,
      keywords: ['foto bersama', 'foto bareng', 'selfie', 'simbol jari', 'gestur tangan', 'atribut partai', 'foto profil', 'pose jari', 'backdrop partai'],
    },
    {
      id: 'skb2022.ethics.6',
      code: 'A6',
      title: {
        short: { id: 'Ikut kegiatan kampanye atau pengenalan bakal calon', en: 'Joining a prospective candidate\'s campaign events' },
        long: {
          id: 'Mengikuti kegiatan kampanye, sosialisasi, atau pengenalan bakal calon',
          en: 'Taking part in campaign, promotion or introduction activities of a prospective candidate',
        },
      },
      description: {
        id: 'ASN tidak boleh ikut serta dalam acara yang memperkenalkan atau mempromosikan seseorang yang akan maju, misalnya blusukan, temu warga, atau safari politik bakal calon.',
        en: 'A civil servant must not take part in events that introduce or promote someone who intends to run, such as the prospective candidate\'s village visits, town-hall meetings or political tours.',
      },
      examples: [
        { id: 'Kepala sekolah PNS ikut rombongan bakal calon saat sosialisasi ke desa-desa.', en: 'A civil-servant headmaster joins a prospective candidate\'s entourage touring villages.' },
        { id: 'ASN menjadi pembawa acara temu warga bakal calon.', en: 'A civil servant hosts a prospective candidate\'s meeting with residents.' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(6),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [INFOSEMARANG],
      status: verified,
      keywords: ['ikut kampanye', 'sosialisasi calon', 'pengenalan calon', 'blusukan', 'temu warga', 'safari politik', 'rombongan calon', 'acara kampanye'],
    },
    {
      id: 'skb2022.ethics.7',
      code: 'A7',
      title: {
        short: { id: 'Hadir di kampanye pasangan (suami/istri) tanpa cuti', en: 'Attending a spouse\'s campaign without leave' },
        long: {
          id: 'Menghadiri deklarasi atau kampanye suami/istri yang menjadi calon tanpa cuti di luar tanggungan negara',
          en: 'Attending the declaration or campaign of a spouse who is a candidate without unpaid leave (CLTN)',
        },
      },
      description: {
        id: 'ASN yang suami atau istrinya mencalonkan diri hanya boleh mendampingi di deklarasi atau kampanye bila sedang menjalani cuti di luar tanggungan negara (CLTN).',
        en: 'A civil servant whose husband or wife runs may accompany them at declarations or campaigns only while on unpaid leave (CLTN).',
      },
      examples: [
        { id: 'Istri bakal calon bupati, seorang PNS, mendampingi suaminya di deklarasi tanpa mengambil CLTN.', en: 'The wife of a prospective regent candidate, a civil servant, accompanies him at the declaration without taking CLTN.' },
      ],
      subjects: ['asn'],
      legalBasis: ethicsBasis(7),
      sanctions: [MORAL_SANCTION],
      applicability: ['before_designation'],
      applicabilityNote: ETHICS_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [TRIBUN_MKS],
      status: verified,
      keywords: ['suami calon', 'istri calon', 'pasangan calon suami', 'dampingi suami', 'dampingi istri', 'cltn', 'cuti di luar tanggungan negara', 'tanpa cuti'],
    },
    {
      id: 'skb2022.discipline.1',
      code: 'B1',
      title: {
        short: { id: 'Memasang alat peraga calon', en: 'Putting up props for a candidate' },
        long: { id: 'Memasang spanduk, baliho, atau alat peraga lain terkait (bakal) calon', en: 'Installing banners, billboards or other props related to a (prospective) candidate' },
      },
      description: {
        id: 'Memasang atau membantu memasang spanduk, baliho, dan alat peraga untuk calon diperlakukan sebagai pelanggaran disiplin, bukan hanya etika.',
        en: 'Putting up, or helping to put up, banners, billboards and props for a candidate is treated as a disciplinary breach, not only an ethical one.',
      },
      examples: [
        { id: 'PNS dinas PU memasang spanduk pasangan calon di tiang listrik.', en: 'A public-works civil servant ties a candidate pair\'s banner to a power pole.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(1),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS, INFOSEMARANG],
      status: verified,
      keywords: ['pasang spanduk', 'baliho', 'alat peraga', 'stiker', 'poster', 'banner', 'paslon'],
    },
    {
      id: 'skb2022.discipline.2',
      code: 'B2',
      title: {
        short: { id: 'Kampanye calon di media sosial', en: 'Campaigning for a candidate online' },
        long: { id: 'Sosialisasi atau kampanye (bakal) calon melalui media sosial atau media daring', en: 'Promoting or campaigning for a (prospective) candidate on social media or online' },
      },
      description: {
        id: 'Membuat atau menyebarkan konten dukungan, ajakan memilih, atau promosi calon di media sosial dan media daring.',
        en: 'Creating or spreading content that supports a candidate, asks people to vote for them or promotes them on social media and online media.',
      },
      examples: [
        { id: 'ASN membuat status Facebook "ayo coblos nomor 1" selama masa kampanye.', en: 'A civil servant posts "vote number 1" on Facebook during the campaign.' },
        { id: 'Camat mengunggah video TikTok mengajak warga memilih pasangan calon.', en: 'A sub-district head posts a TikTok video asking residents to vote for a pair.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(2),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS, INFOSEMARANG],
      status: verified,
      keywords: ['kampanye medsos', 'ajak pilih', 'ajak coblos', 'promosi calon', 'posting dukungan', 'tiktok', 'status facebook', 'video dukungan', 'unggah', 'paslon'],
    },
    {
      id: 'skb2022.discipline.3',
      code: 'B3',
      title: {
        short: { id: 'Mendekati partai sebagai bakal calon tanpa CLTN', en: 'Approaching a party as a prospective candidate without leave' },
        long: {
          id: 'Melakukan pendekatan ke partai politik (atau masyarakat untuk calon perseorangan) sebagai bakal calon tanpa cuti di luar tanggungan negara',
          en: 'Approaching a political party (or, for independent candidates, the public) as a prospective candidate while not on unpaid leave',
        },
      },
      description: {
        id: 'ASN yang ingin maju tidak boleh mendaftar atau melobi partai, atau menggalang dukungan warga untuk jalur perseorangan, sebelum mengambil CLTN.',
        en: 'A civil servant who wants to run must not register with or lobby a party, or gather public support for an independent bid, before taking unpaid leave (CLTN).',
      },
      examples: [
        { id: 'Sekda mendaftar penjaringan bakal calon bupati di kantor partai tanpa cuti.', en: 'A regional secretary enters a party\'s candidate screening for regent without leave.' },
        { id: 'Kepala dinas mendeklarasikan diri akan maju dan mencari dukungan partai.', en: 'An agency head announces he will run and looks for party backing.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(3),
      sanctions: [discipline('medium')],
      applicability: ['before_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS, INFOSEMARANG],
      status: {
        kind: 'disputed',
        note: {
          id: 'Reproduksi pers memberi tingkat hukuman berbeda; nilai bawaan mengikuti dua dari tiga sumber (sedang).',
          en: 'Press reproductions give different levels; the default follows two of three sources (medium).',
        },
        readings: [
          { label: { id: 'Sedang', en: 'Medium' }, sources: [KOMPAS_P2, INFOSEMARANG] },
          { label: { id: 'Berat', en: 'Severe' }, sources: [TRIBUN_MKS, NTBSATU] },
        ],
      },
      keywords: ['daftar partai', 'melamar partai', 'penjaringan', 'pendekatan partai', 'mencalonkan diri', 'maju pilkada', 'tanpa cuti', 'cltn', 'calon perseorangan'],
    },
    {
      id: 'skb2022.discipline.4',
      code: 'B4',
      title: {
        short: { id: 'Hadir dan aktif mendukung di deklarasi/kampanye', en: 'Attending and supporting a declaration or campaign' },
        long: { id: 'Menghadiri deklarasi atau kampanye pasangan calon dan ikut aktif mendukung', en: 'Attending a candidate pair\'s declaration or campaign and actively supporting it' },
      },
      description: {
        id: 'ASN yang datang ke deklarasi atau kampanye pasangan calon dan menunjukkan dukungan (bersorak, memakai atribut, naik panggung, berpidato) melanggar disiplin.',
        en: 'A civil servant who attends a pair\'s declaration or campaign and shows support (cheering, wearing attributes, going on stage, speaking) commits a disciplinary breach.',
      },
      examples: [
        { id: 'Camat ikut deklarasi paslon nomor 2 dan mengangkat tangan bersama calon.', en: 'A sub-district head joins the declaration of pair number 2 and raises hands with the candidate.' },
        { id: 'Guru PNS ikut kampanye akbar di lapangan memakai kaos calon.', en: 'A civil-servant teacher joins a mass rally in a field wearing the candidate\'s T-shirt.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(4),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS, INFOSEMARANG],
      status: verified,
      keywords: ['deklarasi', 'hadir kampanye', 'kampanye akbar', 'rapat umum', 'naik panggung', 'ikut kampanye', 'sorak dukung', 'paslon'],
    },
    {
      id: 'skb2022.discipline.5',
      code: 'B5',
      title: {
        short: { id: 'Menjadi anggota atau pengurus partai', en: 'Being a party member or officer' },
        long: { id: 'Menjadi anggota dan/atau pengurus partai politik', en: 'Being a member and/or officer of a political party' },
      },
      description: {
        id: 'ASN tidak boleh tercatat sebagai anggota atau pengurus partai politik, misalnya memiliki kartu tanda anggota partai atau duduk dalam kepengurusan.',
        en: 'A civil servant must not be registered as a member or officer of a political party, for example by holding a party card or sitting on its board.',
      },
      examples: [
        { id: 'Nama dan NIK seorang PNS tercantum dalam daftar anggota partai di Sipol.', en: 'A civil servant\'s name and ID number appear in a party membership list.' },
        { id: 'Pegawai PPPK menjadi bendahara DPC partai.', en: 'A contract civil servant is the treasurer of a party branch.' },
      ],
      subjects: ['asn'],
      legalBasis: [
        { instrument: 'SKB 2022', article: 'Lampiran, Tabel B', item: '5' },
        {
          instrument: 'UU 5/2014',
          article: 'Pasal 87',
          verse: '4',
          letter: 'c',
          note: {
            id: 'UU 5/2014 dicabut oleh UU 20/2023 (berlaku 31 Okt 2023); pasal padanannya belum dicek',
            en: 'UU 5/2014 was repealed by UU 20/2023 (in force 31 Oct 2023); the matching article is not yet checked',
          },
        },
      ],
      sanctions: [PTDH_PARTY_MEMBERSHIP],
      applicability: ['any_time'],
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS],
      status: verified,
      keywords: ['anggota partai', 'pengurus partai', 'kartu anggota', 'kta partai', 'kader partai', 'sipol', 'masuk partai'],
    },
    {
      id: 'skb2022.discipline.6',
      code: 'B6',
      title: {
        short: { id: 'Like, komentar, bagikan, ikuti akun calon', en: 'Like, comment, share or follow a candidate' },
        long: {
          id: 'Mengunggah, menanggapi (like, komentar, bagikan), bergabung, atau mengikuti grup/akun pemenangan calon',
          en: 'Posting, responding to (liking, commenting, sharing), joining or following candidate or winning-team groups and accounts',
        },
      },
      description: {
        id: 'Menyukai, mengomentari, membagikan, atau mengunggah ulang konten calon, serta bergabung atau mengikuti grup dan akun tim pemenangan, adalah pelanggaran disiplin ASN.',
        en: 'Liking, commenting on, sharing or reposting a candidate\'s content, and joining or following winning-team groups and accounts, is a disciplinary breach.',
      },
      examples: [
        { id: 'ASN memberi like dan komentar "mantap" pada postingan paslon di Instagram.', en: 'A civil servant likes a pair\'s Instagram post and comments "great".' },
        { id: 'PNS membagikan ulang (repost) video kampanye calon bupati ke grup keluarga.', en: 'A civil servant reposts a regent candidate\'s campaign video to a family group.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(6),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS, BKN_MEDAN],
      status: verified,
      keywords: ['like', 'komentar', 'share', 'bagikan', 'follow', 'ikuti akun', 'gabung grup', 'grup whatsapp', 'akun pemenangan', 'postingan', 'unggahan', 'paslon'],
    },
    {
      id: 'skb2022.discipline.7',
      code: 'B7',
      title: {
        short: { id: 'Mengunggah foto bersama calon', en: 'Posting photos with a candidate' },
        long: {
          id: 'Memposting foto bersama calon, tim sukses dengan simbol keberpihakan atau atribut partai, atau alat peraga',
          en: 'Posting photos with a candidate, with the success team showing partisan signs or party attributes, or with campaign props',
        },
      },
      description: {
        id: 'Menyebarkan di media publik foto bersama calon, foto bersama tim sukses sambil memperagakan simbol dukungan atau memakai atribut partai, atau foto dengan alat peraga kampanye.',
        en: 'Publishing photos with a candidate, with the success team while making a partisan sign or wearing party attributes, or with campaign props.',
      },
      examples: [
        { id: 'Kepala desa dan sekdes PNS berfoto dengan paslon sambil membentuk tiga jari lalu diunggah ke Facebook.', en: 'A village head and civil-servant secretary pose with a pair making a three-finger sign and post it on Facebook.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(7),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS],
      status: verified,
      keywords: ['foto bersama', 'foto bareng', 'selfie', 'simbol jari', 'gestur tangan', 'atribut partai', 'foto profil', 'pose jari', 'paslon'],
    },
    {
      id: 'skb2022.discipline.8',
      code: 'B8',
      title: {
        short: { id: 'Kegiatan yang mengarah pada keberpihakan', en: 'Activities leading to partisanship' },
        long: {
          id: 'Mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan, seruan, pemberian barang) sebelum, selama, atau sesudah kampanye',
          en: 'Holding activities leading to partisanship (meetings, invitations, appeals, calls, gifts) before, during or after the campaign',
        },
      },
      description: {
        id: 'ASN tidak boleh mengumpulkan, mengajak, atau memberi barang kepada pegawai di unit kerjanya, keluarga, atau warga agar berpihak pada calon, kapan pun dalam masa pemilihan.',
        en: 'A civil servant must not gather, urge or give goods to staff in their unit, family members or residents to side with a candidate, at any point of the election.',
      },
      examples: [
        { id: 'Kepala dinas mengumpulkan staf dan meminta mereka memilih calon tertentu.', en: 'An agency head gathers staff and asks them to vote for a certain candidate.' },
        { id: 'Lurah membagikan sembako bergambar calon kepada warga.', en: 'A village head hands out groceries bearing a candidate\'s picture to residents.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(8),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [KOMPAS_P2, TRIBUN_MKS, INFOSEMARANG],
      status: {
        kind: 'disputed',
        note: {
          id: 'Reproduksi pers memberi tingkat hukuman berbeda; nilai bawaan mengikuti dua dari tiga sumber (berat).',
          en: 'Press reproductions give different levels; the default follows two of three sources (severe).',
        },
        readings: [
          { label: { id: 'Berat', en: 'Severe' }, sources: [KOMPAS_P2, TRIBUN_MKS] },
          { label: { id: 'Sedang', en: 'Medium' }, sources: [INFOSEMARANG] },
        ],
      },
      keywords: ['kumpulkan pegawai', 'kumpulkan staf', 'ajak pilih', 'imbauan memilih', 'seruan', 'arahan memilih', 'bagi sembako', 'pemberian barang', 'pertemuan', 'rapat dukungan', 'keberpihakan'],
    },
    {
      id: 'skb2022.discipline.9',
      code: 'B9',
      title: {
        short: { id: 'Jadi tim sukses/konsultan sebelum penetapan', en: 'Campaign team or consultant before designation' },
        long: {
          id: 'Menjadi tim ahli, tim pemenangan, atau konsultan bakal calon sebelum penetapan peserta',
          en: 'Serving as expert, winning-team member or consultant of a prospective candidate before participant designation',
        },
      },
      description: {
        id: 'Sebelum calon ditetapkan, ASN tidak boleh menjadi bagian dari tim ahli, tim pemenangan, tim sukses, atau konsultan seorang bakal calon.',
        en: 'Before candidates are designated, a civil servant must not be part of a prospective candidate\'s expert team, winning team, success team or consultants.',
      },
      examples: [
        { id: 'Dosen PNS menjadi konsultan strategi bakal calon bupati sebelum penetapan.', en: 'A civil-servant lecturer advises a prospective regent candidate on strategy before designation.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(9),
      sanctions: [discipline('medium')],
      applicability: ['before_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [TRIBUN_MKS, KOMPAS_P2],
      status: {
        kind: 'unverified',
        reason: {
          id: 'Hanya satu sumber (slide Bawaslu Sulsel) memberi tingkat sedang; kutipan Kompas terpotong.',
          en: 'Only one source (a Bawaslu Sulsel slide) gives medium; the Kompas excerpt is cut off.',
        },
      },
      keywords: ['tim sukses', 'tim pemenangan', 'timses', 'konsultan', 'tim ahli', 'relawan calon', 'bakal calon'],
    },
    {
      id: 'skb2022.discipline.10',
      code: 'B10',
      title: {
        short: { id: 'Jadi tim sukses/konsultan sesudah penetapan', en: 'Campaign team or consultant after designation' },
        long: {
          id: 'Menjadi tim ahli, tim pemenangan, atau konsultan calon sesudah penetapan peserta',
          en: 'Serving as expert, winning-team member or consultant of a candidate after participant designation',
        },
      },
      description: {
        id: 'Sesudah calon ditetapkan, ASN yang menjadi tim ahli, tim pemenangan, tim sukses, atau konsultan pasangan calon melakukan pelanggaran disiplin.',
        en: 'After designation, a civil servant serving on a pair\'s expert, winning or success team or as its consultant commits a disciplinary breach.',
      },
      examples: [
        { id: 'PNS tercatat dalam SK tim pemenangan paslon sebagai koordinator kecamatan.', en: 'A civil servant is listed in a pair\'s winning-team decree as sub-district coordinator.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(10),
      sanctions: [discipline('severe')],
      applicability: ['after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [TRIBUN_MKS],
      status: {
        kind: 'unverified',
        reason: { id: 'Tingkat hukuman hanya dari satu sumber sekunder.', en: 'The penalty level comes from one secondary source only.' },
      },
      keywords: ['tim sukses', 'tim pemenangan', 'timses', 'konsultan', 'tim ahli', 'koordinator pemenangan', 'paslon'],
    },
    {
      id: 'skb2022.discipline.11',
      code: 'B11',
      title: {
        short: { id: 'Memberi dukungan KTP untuk calon perseorangan', en: 'Giving ID-card support to an independent candidate' },
        long: {
          id: 'Mendukung bakal calon perseorangan (DPD atau kepala daerah) dengan surat dukungan atau mengumpulkan fotokopi KTP/Suket',
          en: 'Supporting an independent prospective candidate (DPD or regional head) with a support letter or by collecting ID-card copies or resident certificates',
        },
      },
      description: {
        id: 'ASN tidak boleh menyerahkan fotokopi KTP atau surat dukungan untuk calon jalur perseorangan, apalagi mengumpulkannya dari orang lain.',
        en: 'A civil servant must not hand over an ID-card copy or support letter for an independent candidate, let alone collect them from others.',
      },
      examples: [
        { id: 'Staf kelurahan mengumpulkan fotokopi KTP warga untuk syarat dukungan calon independen.', en: 'A village-office staffer collects residents\' ID copies as support for an independent candidate.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(11),
      sanctions: [discipline('severe')],
      applicability: ['before_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [TRIBUN_MKS],
      status: {
        kind: 'unverified',
        reason: { id: 'Tingkat hukuman hanya dari satu sumber sekunder.', en: 'The penalty level comes from one secondary source only.' },
      },
      keywords: ['fotokopi ktp', 'kumpulkan ktp', 'surat dukungan', 'calon perseorangan', 'calon independen', 'suket', 'dukungan ktp'],
    },
    {
      id: 'skb2022.discipline.12',
      code: 'B12',
      title: {
        short: { id: 'Keputusan atau tindakan yang menguntungkan calon', en: 'Decisions or actions favouring a candidate' },
        long: {
          id: 'Membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan partai, calon, atau pasangan calon',
          en: 'Making decisions and/or taking actions that benefit or harm a party, candidate or pair',
        },
      },
      description: {
        id: 'ASN tidak boleh memakai kewenangannya, misalnya izin, bantuan, program, atau mutasi, untuk menguntungkan atau merugikan peserta pemilihan.',
        en: 'A civil servant must not use their authority, such as permits, aid, programmes or transfers, to benefit or harm an election participant.',
      },
      examples: [
        { id: 'Kepala dinas mempercepat bantuan hanya untuk desa pendukung calon petahana.', en: 'An agency head speeds up aid only to villages backing the incumbent candidate.' },
        { id: 'Camat menolak izin acara warga karena pendukung calon lawan.', en: 'A sub-district head refuses a permit because the organisers back a rival candidate.' },
      ],
      subjects: ['asn'],
      legalBasis: disciplineBasis(12),
      sanctions: [discipline('severe')],
      applicability: ['before_designation', 'after_designation'],
      applicabilityNote: DISCIPLINE_STAGE_NOTE,
      electionKinds: [...BOTH],
      inForce: IN_FORCE,
      sources: [TRIBUN_MKS],
      status: {
        kind: 'unverified',
        reason: { id: 'Tingkat hukuman hanya dari satu sumber sekunder.', en: 'The penalty level comes from one secondary source only.' },
      },
      keywords: ['keputusan menguntungkan', 'kebijakan menguntungkan', 'merugikan calon', 'bantuan', 'izin', 'program pemerintah', 'kewenangan', 'menguntungkan calon'],
    },
  ],
  sourceDocument: SKB_SCRIBD,
};
