// Vocabulary for the conduct matcher: synonyms (everyday and social-media words mapped to one
// concept), chat abbreviations, stop words, low-information words and a small root lexicon that
// lets the stemmer choose between ambiguous prefix readings (memilih → pilih, mengikuti → ikut).

/** concept → surface forms. Multi-word forms are phrases; they win over single words. */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  like: ['like', 'likes', 'suka', 'menyukai', 'disukai', 'nge-like', 'ngelike', 'nglike', 'love', 'jempol', 'tanda suka', 'kasih like', 'kasih love', 'lope'],
  share: ['share', 'bagikan', 'membagikan', 'dibagikan', 'bagiin', 'repost', 'retweet', 'regram', 'forward', 'teruskan', 'meneruskan', 'bagi ulang', 'membagikan ulang', 'sebar', 'nyebar', 'menyebarkan', 'tautan', 'link'],
  comment: ['komen', 'komentar', 'berkomentar', 'mengomentari', 'comment', 'reply', 'balas', 'menanggapi', 'tanggapi'],
  follow: ['follow', 'ikuti akun', 'mengikuti akun', 'subscribe', 'langganan', 'followers', 'folow'],
  group: ['grup', 'group', 'gabung grup', 'bergabung', 'gabung', 'admin grup', 'telegram'],
  post: ['posting', 'postingan', 'post', 'unggah', 'unggahan', 'upload', 'diupload', 'story', 'status', 'konten', 'cuitan', 'tweet', 'feed', 'live', 'siaran langsung'],
  medsos: ['medsos', 'sosmed', 'media sosial', 'social media', 'facebook', 'fb', 'instagram', 'ig', 'tiktok', 'twitter', 'youtube', 'whatsapp', 'wa', 'online', 'daring', 'internet'],
  foto: ['foto', 'photo', 'selfie', 'swafoto', 'wefie', 'berfoto', 'difoto', 'potret', 'gambar', 'foto profil', 'pp'],
  foto_bersama: ['foto bersama', 'foto bareng', 'foto dengan', 'berfoto dengan', 'berfoto bersama', 'foto sama', 'selfie sama', 'selfie bareng', 'selfie dengan', 'wefie dengan'],
  simbol: ['simbol jari', 'pose jari', 'salam jari', 'dua jari', 'tiga jari', 'satu jari', 'acung jari', 'acungkan', 'mengacungkan', 'gestur', 'gestur tangan', 'simbol', 'pose'],
  paslon: ['paslon', 'pasangan calon', 'cabup', 'cawabup', 'cagub', 'cawagub', 'cawalkot', 'calon bupati', 'calon wakil bupati', 'calon gubernur', 'calon walikota', 'calon wali kota', 'calon kepala daerah', 'kandidat', 'capres', 'caleg'],
  bakal_calon: ['bakal calon', 'balon', 'bacalon', 'bakal pasangan calon', 'bapaslon', 'bacabup', 'akan maju', 'mau nyalon'],
  calon: ['calon', 'kontestan', 'peserta pemilihan'],
  asn: ['asn', 'pns', 'pppk', 'pegawai', 'pegawai negeri', 'aparatur', 'abdi negara', 'honorer'],
  pejabat: ['pejabat', 'kadis', 'kepala dinas', 'kabid', 'kepala bidang', 'kabag', 'sekda', 'camat', 'sekcam', 'kapus', 'kepsek', 'kepala sekolah'],
  kades: ['kades', 'kepala desa', 'lurah', 'sekdes', 'perangkat desa', 'rt', 'rw'],
  kampanye: ['kampanye', 'kampanyekan', 'mengkampanyekan', 'berkampanye', 'kampanye akbar', 'rapat umum', 'kampanye terbuka', 'orasi'],
  deklarasi: ['deklarasi', 'deklarasikan', 'mendeklarasikan', 'deklarasi dukungan'],
  hadir: ['hadir', 'menghadiri', 'datang', 'dtg', 'ikut', 'mengikuti', 'turut', 'nonton', 'menonton', 'ikut serta'],
  panggung: ['naik panggung', 'atas panggung', 'panggung', 'sambutan', 'pidato', 'mc', 'pembawa acara', 'sorak', 'bersorak'],
  sosialisasi: ['sosialisasi', 'pengenalan', 'memperkenalkan', 'blusukan', 'temu warga', 'safari politik', 'safari', 'rombongan', 'kunjungan'],
  ajak: ['ajak', 'ajakan', 'mengajak', 'ayo', 'yuk', 'coblos', 'nyoblos', 'mencoblos', 'pilih', 'memilih', 'milih', 'dukung', 'mendukung', 'dukungan', 'promosi', 'mempromosikan', 'gas terus', 'lanjutkan'],
  alat_peraga: ['alat peraga', 'spanduk', 'baliho', 'banner', 'stiker', 'poster', 'umbul umbul', 'brosur', 'pamflet', 'bendera'],
  pasang: ['pasang', 'memasang', 'masang', 'dipasang', 'tempel', 'menempel', 'nempel', 'ditempel'],
  atribut: ['atribut', 'atribut partai', 'kaos partai', 'kaos calon', 'kaos', 'baju partai', 'bendera partai', 'seragam', 'seragam dinas', 'baju dinas', 'korpri', 'baju korpri', 'pakaian dinas'],
  partai: ['partai', 'parpol', 'partai politik', 'dpc', 'dpd partai'],
  anggota_partai: ['anggota partai', 'pengurus partai', 'kader partai', 'kartu anggota', 'kta', 'sipol', 'masuk partai', 'bendahara partai', 'bendahara dpc'],
  daftar_partai: ['daftar partai', 'mendaftar ke partai', 'penjaringan', 'lobi partai', 'lobi', 'melobi', 'melamar partai', 'pendekatan partai', 'nyalon', 'mencalonkan', 'mencalonkan diri', 'maju pilkada'],
  cuti: ['cuti', 'cltn', 'cuti di luar tanggungan negara', 'tanpa cuti', 'belum cuti'],
  pasangan_hidup: ['istri', 'suami', 'suaminya', 'istrinya', 'pasangan hidup', 'dampingi', 'mendampingi'],
  timses: ['timses', 'tim sukses', 'tim pemenangan', 'tim kampanye', 'tim ahli', 'konsultan', 'konsultan politik', 'relawan', 'koordinator', 'korcam', 'jurkam', 'juru kampanye'],
  ktp: ['ktp', 'fotokopi ktp', 'fotocopy ktp', 'e-ktp', 'suket', 'surat dukungan', 'formulir dukungan', 'kartu tanda penduduk'],
  independen: ['calon independen', 'calon perseorangan', 'jalur perseorangan', 'jalur independen', 'perseorangan', 'independen'],
  keputusan: ['keputusan', 'kebijakan', 'surat edaran', 'izin', 'menolak izin', 'kewenangan', 'wewenang', 'menguntungkan', 'merugikan', 'untungkan', 'mempercepat'],
  bantuan: ['bantuan', 'bansos', 'bantuan sosial', 'program pemerintah', 'program pemda', 'program daerah', 'anggaran'],
  kumpul: ['kumpul', 'kumpulkan', 'mengumpulkan', 'ngumpulin', 'kumpulin', 'pertemuan', 'rapat', 'himbau', 'imbau', 'himbauan', 'imbauan', 'arahan', 'arahin', 'mengarahkan', 'seruan', 'menggalang', 'galang'],
  beri_barang: ['sembako', 'kalender', 'pemberian barang', 'hadiah', 'bingkisan', 'souvenir', 'kaos gratis'],
  kerah: ['mengerahkan', 'kerahkan', 'ngerahin', 'mobilisasi', 'memobilisasi', 'mewajibkan', 'wajibkan', 'menyuruh', 'suruh', 'anak buah', 'bawahan'],
  fasilitas: ['fasilitas negara', 'fasilitas kantor', 'mobil dinas', 'kendaraan dinas', 'plat merah', 'pelat merah', 'aula kantor', 'gedung kantor', 'kantor camat', 'aula'],
  libatkan: ['libatkan', 'melibatkan', 'dilibatkan', 'bawa bawa', 'membawa'],
  mutasi: ['mutasi', 'memutasi', 'rotasi', 'ganti pejabat', 'mengganti pejabat', 'lantik', 'melantik', 'pelantikan', 'copot', 'mencopot', 'nonjob'],
  petahana: ['petahana', 'incumbent', 'bupati', 'gubernur', 'walikota', 'wali kota', 'kepala daerah'],
  politik_uang: ['politik uang', 'money politik', 'money politic', 'money politics', 'serangan fajar', 'amplop', 'amplopan', 'beli suara', 'jual beli suara', 'uang transport', 'bagi uang', 'bagi duit', 'bagi amplop', 'beri uang', 'diberi uang', 'janji uang', 'dijanjikan uang', 'membagikan uang'],
  uang: ['uang', 'duit', 'rupiah', 'ribu', 'rb', 'juta', 'jt', 'cash', 'tunai'],
  masa_tenang: ['masa tenang', 'hari tenang', 'pencoblosan', 'jelang pencoblosan', 'hari h', 'pemungutan suara', 'tps'],
  kebencian: ['ujaran kebencian', 'kebencian', 'benci', 'hina', 'menghina', 'hinaan', 'penghinaan', 'hasut', 'menghasut', 'hasutan', 'sara', 'suku', 'agama', 'rasis', 'kampanye hitam', 'black campaign', 'meme', 'fitnah'],
  hoaks: ['hoaks', 'hoax', 'hoaxs', 'berita bohong', 'kabar bohong', 'bohong', 'palsu', 'berita palsu', 'disinformasi', 'misinformasi', 'pesan berantai', 'fitnah', 'didiskualifikasi'],
};

/** Chat spellings → standard words, applied before anything else. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  yg: 'yang', dgn: 'dengan', dg: 'dengan', utk: 'untuk', krn: 'karena', tdk: 'tidak', gak: 'tidak', ga: 'tidak', nggak: 'tidak',
  gk: 'tidak', udh: 'sudah', udah: 'sudah', sdh: 'sudah', blm: 'belum', jd: 'jadi', jdi: 'jadi', sm: 'sama', bgt: 'banget',
  trus: 'terus', trs: 'terus', pake: 'pakai', dipake: 'dipakai', bikin: 'buat', kasih: 'beri', dikasih: 'diberi', no: 'nomor',
  nmr: 'nomor', pd: 'pada', kpd: 'kepada', dr: 'dari', tsb: 'tersebut', dpt: 'dapat', bs: 'bisa', org: 'orang', sy: 'saya',
  aku: 'saya', gw: 'saya', gue: 'saya', sblm: 'sebelum', ssdh: 'sesudah', tp: 'tapi', emg: 'memang', aja: 'saja', doang: 'saja',
  pas: 'saat', jg: 'juga', lg: 'lagi', bener: 'benar',
};

/** Words that carry no meaning for matching. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'yang di ke dari dan atau dengan untuk pada kepada itu ini ada adalah saya kami kita dia ia mereka anda kamu ' +
    'sudah belum akan sedang telah lagi juga saja hanya cuma pun sih dong kok deh nih tuh lah kah ya iya tidak bukan ' +
    'jadi terus lalu kemudian sambil saat waktu ketika karena agar supaya sehingga bahwa oleh sebagai dalam atas bawah ' +
    'antara tentang seperti sama banyak sekali banget satu dua tiga para semua seluruh setiap tiap sebuah seorang orang ' +
    'hari minggu bulan tahun nomor urut no tersebut mau ingin bisa boleh bolehkah harus apa apakah bagaimana gimana cara ' +
    'eh kan memang benar tapi tetapi namun lain lawan sebelah kami ternyata hal beri diberi buat membuat dibuat punya'
  ).split(' '),
);

/**
 * Words too common in this domain to justify a match on their own (everyone in a report is an
 * ASN and most conduct involves a candidate).
 */
export const LOW_INFORMATION: ReadonlySet<string> = new Set(['asn', 'pejabat', 'kades', 'calon', 'paslon', 'bakal_calon', 'petahana', 'hadir', 'partai', 'medsos', 'post']);

/** Roots the stemmer may land on; used to choose between prefix readings and for typo repair. */
export const ROOTS: readonly string[] = (
  'pilih ikut kirim pasang dukung tulis sebar bagi unggah komentar tanggap hadir datang ajak kumpul arah beri janji guna ' +
  'pakai kerah libat untung rugi putus buat ambil foto suka gabung temu daftar calon kampanye tempel panggung damping ' +
  'imbau seru acung kenal promosi posting sosialisasi deklarasi coblos mobilisasi wajib suruh serah tanda ganti lantik ' +
  'copot mutasi rotasi bantu hina hasut benci bohong fitnah sebut terus ulang laku cepat tolak edar catat angkat upload ' +
  'share like follow komen gambar pose salam jari lobi lamar jaring calon diskualifikasi siar tonton sorak lapor terima ' +
  'tanggung pilkada bupati peraga atribut seragam dinas kendara fasilitas program anggar untuk milik kasih dapat duduk ' +
  'kepala wali kota rapat temu jalan umum undang minta perintah bayar harga suara uang amplop pesan berita palsu'
).split(' ');
