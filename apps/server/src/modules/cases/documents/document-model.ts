// A neutral description of an official letter or record. The PDF and DOCX renderers both draw
// from it, so the two formats always say the same thing.
import { assertTimeZone, formatHumanDate, formatHumanInstant } from '@netra/rules';

export type DocumentBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'fields'; rows: [label: string, value: string][] }
  | { type: 'list'; items: string[] };

export type DocumentModel = {
  /** Formulir Model code from the election profile; `formCodeUnverified` when the profile marks it so. */
  formCode: string | null;
  formCodeUnverified: boolean;
  letterhead: string[];
  /** 'letter': Nomor/Lampiran/Perihal and an addressee. 'record': a centred title with its number. */
  layout: 'letter' | 'record';
  title: string;
  number: string;
  subject: string;
  placeDate: string;
  addressee: string[];
  blocks: DocumentBlock[];
  signatures: { role: string; name: string | null }[];
  copies: string[];
  /** Reporter identity is printed: the document is marked confidential. */
  confidential: boolean;
};

const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** "24 November 2026" from an ISO date (YYYY-MM-DD); letters spell dates out. */
export function formatDateId(isoDate: string): string {
  return formatHumanDate(isoDate.slice(0, 10), 'id');
}

/** "Selasa, 24 November 2026" — minutes and invitations name the weekday. */
export function formatDayDateId(isoDate: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return `${DAYS_ID[day]}, ${formatDateId(isoDate)}`;
}

/** An instant as local date and time in the case's zone, e.g. "24 November 2026 pukul 23.59 WIB". */
export function formatInstantId(instant: string, timeZone: string): string {
  assertTimeZone(timeZone);
  return formatHumanInstant(new Date(instant), timeZone, 'id');
}

export type Office = {
  organizationId: string;
  type: string;
  name: string;
  regionCode: string;
  regionName: string;
};

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Region name without its level word, for the place line ("Bengkalis, 24 November 2026"). */
export function placeOf(office: Office): string {
  return titleCase(office.regionName.replace(/^(kabupaten|kab\.|kota|provinsi|kecamatan)\s+/i, ''));
}

function regionLine(office: Office): string {
  const name = office.regionName.toUpperCase();
  if (/^(KABUPATEN|KOTA|PROVINSI|KECAMATAN)\b/.test(name)) return name;
  const segments = office.regionCode.split('.');
  if (segments.length === 1) return `PROVINSI ${name}`;
  if (segments.length === 2) return `${Number(segments[1]) >= 71 ? 'KOTA' : 'KABUPATEN'} ${name}`;
  return `KECAMATAN ${name}`;
}

/** Kop surat: the body's name and its region, as Bawaslu letterheads print them. */
export function letterheadOf(office: Office): string[] {
  switch (office.type) {
    case 'bawaslu_ri':
      return ['BADAN PENGAWAS PEMILIHAN UMUM', 'REPUBLIK INDONESIA'];
    case 'bawaslu_provinsi':
    case 'bawaslu_kabupaten_kota':
      return ['BADAN PENGAWAS PEMILIHAN UMUM', regionLine(office)];
    case 'panwaslu_kecamatan':
      return ['PANITIA PENGAWAS PEMILIHAN', regionLine(office)];
    default:
      return [office.name.toUpperCase()];
  }
}

/** "Ketua Bawaslu Kabupaten Bengkalis": who signs letters of the office. */
export function signerOf(office: Office): string {
  const region = titleCase(regionLine(office));
  switch (office.type) {
    case 'bawaslu_ri':
      return 'Ketua Bawaslu Republik Indonesia';
    case 'bawaslu_provinsi':
    case 'bawaslu_kabupaten_kota':
      return `Ketua Bawaslu ${region}`;
    case 'panwaslu_kecamatan':
      return `Ketua Panwaslu ${region}`;
    default:
      return `Pimpinan ${office.name}`;
  }
}
