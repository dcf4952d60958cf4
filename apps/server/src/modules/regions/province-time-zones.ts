// Indonesia's three time zones (no daylight saving): WIB UTC+7, WITA UTC+8, WIT UTC+9, by the
// two-digit province code of Permendagri. Provinces not listed here are WIB.
const WITA = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];
const WIT = ['81', '82', '91', '92', '93', '94', '95', '96', '97'];

export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

export function provinceTimeZone(provinceCode: string): IndonesianTimeZone {
  if (WIT.includes(provinceCode)) return 'Asia/Jayapura';
  if (WITA.includes(provinceCode)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}
