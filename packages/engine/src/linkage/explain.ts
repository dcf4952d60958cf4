import { NAME, USERNAME } from './compare.js';
import type { PreparedAccount, PreparedRecord } from './registry-index.js';
import type { ComparisonLevels, Explanation } from './types.js';

const e = (code: string, id: string, en: string): Explanation => ({ code, id, en });

/** Supervisor-readable reasons for one account–record comparison, in Indonesian and English. */
export function explainPair(
  a: PreparedAccount,
  r: PreparedRecord,
  l: ComparisonLevels,
  sameNameCount: number,
): Explanation[] {
  const out: Explanation[] = [];
  const titles = r.name.removed.filter((x) => x.kind.endsWith('_title')).map((x) => x.text);
  const accTitles = a.display.removed.filter((x) => x.kind.endsWith('_title')).map((x) => x.text);
  switch (l.name) {
    case NAME.EXACT:
      if (titles.length + accTitles.length > 0) {
        const t = [...titles, ...accTitles].join(', ');
        out.push(
          e(
            'name.exact_after_titles',
            `nama cocok setelah gelar dihapus (${t})`,
            `name matches once titles are removed (${t})`,
          ),
        );
      } else out.push(e('name.exact', 'nama sama persis', 'identical name'));
      break;
    case NAME.REORDERED:
      out.push(
        e('name.reordered', 'kata-kata nama sama, urutan berbeda', 'same name words in a different order'),
      );
      break;
    case NAME.SUBSET:
      out.push(
        e(
          'name.subset',
          `nama akun "${a.display.canonical}" adalah bagian dari nama registri "${r.name.canonical}"`,
          `account name "${a.display.canonical}" is part of registry name "${r.name.canonical}"`,
        ),
      );
      break;
    case NAME.FUZZY:
      out.push(e('name.fuzzy', 'nama mirip (kemungkinan salah ketik)', 'similar name (likely a typo)'));
      break;
    case NAME.SINGLE:
      out.push(e('name.single', 'hanya satu kata nama yang cocok', 'only one name word matches'));
      break;
    case NAME.PARTIAL:
      out.push(e('name.partial', 'sebagian nama cocok', 'part of the name matches'));
      break;
    default:
      out.push(e('name.none', 'nama tidak cocok', 'name does not match'));
  }
  if (l.name >= NAME.FUZZY && l.name !== 255) {
    if (a.display.spellingChanged || r.name.spellingChanged) {
      out.push(
        e(
          'name.old_spelling',
          'ejaan lama disamakan (mis. oe→u, dj→j)',
          'old spelling normalised (e.g. oe→u, dj→j)',
        ),
      );
    }
    if (a.display.muhammadFolded || r.name.muhammadFolded) {
      out.push(
        e('name.muhammad', 'singkatan/ejaan Muhammad disamakan', 'Muhammad abbreviation/spelling normalised'),
      );
    }
    if (a.display.removed.some((x) => x.kind === 'decoration'))
      out.push(
        e(
          'name.decoration',
          'emoji/hiasan pada nama tampilan diabaikan',
          'emoji/decoration in display name ignored',
        ),
      );
    if (a.display.removed.some((x) => x.kind === 'address_form'))
      out.push(e('name.address_form', 'sapaan (Pak/Bu) diabaikan', 'form of address (Pak/Bu) ignored'));
  }
  if (sameNameCount >= 5)
    out.push(
      e(
        'tf.common',
        `nama umum: ${sameNameCount} ASN di registri bernama serupa`,
        `common name: ${sameNameCount} registry records share it`,
      ),
    );
  else if (sameNameCount === 1 && l.name >= NAME.SUBSET)
    out.push(
      e(
        'tf.unique',
        'nama ini hanya dimiliki satu ASN di registri',
        'only one registry record has this name',
      ),
    );
  const handle = a.account.username ?? '';
  if (l.username === USERNAME.ADDS_ONE || l.username === USERNAME.ADDS_MORE) {
    out.push(
      e(
        'username.match',
        `username "${handle}" memuat bagian nama lain dari registri`,
        `username "${handle}" adds more of the registered name`,
      ),
    );
  } else if (l.username === USERNAME.CONFLICT) {
    out.push(
      e(
        'username.conflict',
        `username "${handle}" memuat nama yang tidak ada di registri`,
        `username "${handle}" has name words not in the registered name`,
      ),
    );
  }
  if (l.title === 1) {
    const shown = a.titles.filter((t) => r.titles.has(t)).join(', ');
    out.push(
      e(
        'title.match',
        `gelar pada nama tampilan sama dengan di registri (${shown})`,
        `title in the display name matches the registry (${shown})`,
      ),
    );
  }
  const unit = r.record.unit ?? '';
  const agency = r.record.agency ?? '';
  if (l.context === 4) out.push(e('context.unit', `bio menyebut ${unit}`, `bio mentions ${unit}`));
  else if (l.context === 3) out.push(e('context.agency', `bio menyebut ${agency}`, `bio mentions ${agency}`));
  else if (l.context === 5) {
    const pos = r.record.position ?? '';
    out.push(
      e('context.position', `bio/nama menyebut jabatan ${pos}`, `bio/name mentions the position ${pos}`),
    );
  } else if (l.context === 2)
    out.push(
      e(
        'context.region_asn',
        `bio menyebut wilayah ${r.regionLabel} dan kata ASN (${a.context.asnWords.join(', ')})`,
        `bio mentions region ${r.regionLabel} and civil-service words (${a.context.asnWords.join(', ')})`,
      ),
    );
  else if (l.context === 1)
    out.push(
      e(
        'context.asn_words',
        `bio menyebut ${a.context.asnWords.map((w) => `"${w}"`).join(', ')}`,
        `bio mentions ${a.context.asnWords.map((w) => `"${w}"`).join(', ')}`,
      ),
    );
  if (l.region === 1)
    out.push(
      e(
        'region.match',
        `lokasi akun sesuai wilayah kerja (${r.regionLabel})`,
        `account location matches the work region (${r.regionLabel})`,
      ),
    );
  else if (l.region === 0 && r.regionLabel)
    out.push(
      e(
        'region.mismatch',
        `lokasi akun tidak menyebut ${r.regionLabel}`,
        `account location does not mention ${r.regionLabel}`,
      ),
    );
  return out;
}
