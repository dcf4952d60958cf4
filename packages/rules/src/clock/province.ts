import { RulesError } from '../errors.js';
import { PROVINCE_TIME_ZONES } from '../data/province-time-zones.js';
import type { IndonesianTimeZone } from './time-zone.js';

/**
 * Time zone for a province code ('14') or any region code below it ('14.03', '14.03.01').
 * Throws `clock.unknown_province` for codes outside the 38 provinces.
 */
export function timeZoneForProvince(code: string): IndonesianTimeZone {
  const province = code.trim().split('.')[0] ?? '';
  const entry = (
    PROVINCE_TIME_ZONES as Record<string, { name: string; timeZone: IndonesianTimeZone } | undefined>
  )[province];
  if (!entry) {
    throw new RulesError(
      'clock.unknown_province',
      { id: `Kode provinsi tidak dikenal: ${code}`, en: `Unknown province code: ${code}` },
      { code },
    );
  }
  return entry.timeZone;
}
