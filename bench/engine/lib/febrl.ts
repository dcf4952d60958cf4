// FEBRL CSV loading and a Fellegi–Sunter comparison model for its person fields, built from the
// engine's generic pieces (blocking, Jaro-Winkler, EM).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { jaroWinkler } from '../../../packages/engine/src/similarity/jaro-winkler.js';
import { MISSING } from '../../../packages/engine/src/linkage/fellegi-sunter.js';

export interface FebrlRecord {
  id: string;
  entity: string;
  given: string;
  surname: string;
  streetNumber: string;
  address1: string;
  address2: string;
  suburb: string;
  postcode: string;
  state: string;
  dob: string;
  ssid: string;
}

export function loadFebrl(dir: string, file: string): FebrlRecord[] {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const out: FebrlRecord[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const c = line.split(',').map((s) => s.trim());
    const id = c[0] ?? '';
    out.push({
      id,
      entity: /^rec-(\d+)-/.exec(id)?.[1] ?? id,
      given: c[1] ?? '',
      surname: c[2] ?? '',
      streetNumber: c[3] ?? '',
      address1: c[4] ?? '',
      address2: c[5] ?? '',
      suburb: c[6] ?? '',
      postcode: c[7] ?? '',
      state: c[8] ?? '',
      dob: c[9] ?? '',
      ssid: c[10] ?? '',
    });
  }
  return out;
}

export const FEBRL_FIELDS = [
  'given',
  'surname',
  'streetNumber',
  'address1',
  'address2',
  'suburb',
  'postcode',
  'state',
  'dob',
  'ssid',
];
export const FEBRL_LEVELS = [4, 4, 2, 4, 3, 3, 3, 2, 4, 3];

/** Blocking keys after Splink's FEBRL4 rules; `swapped` adds the names-swapped key. */
export function febrlKeys(r: FebrlRecord, swapped: boolean): string[] {
  const k: string[] = [];
  if (r.given && r.surname) {
    k.push(`n:${r.given}|${r.surname}`);
    if (swapped) k.push(`n:${r.surname}|${r.given}`);
  }
  if (r.dob) k.push(`d:${r.dob}`);
  if (r.ssid) k.push(`s:${r.ssid}`);
  if (r.state && r.address1) k.push(`a:${r.state}|${r.address1}`);
  if (r.streetNumber && r.address1) k.push(`b:${r.streetNumber}|${r.address1}`);
  if (r.postcode) k.push(`p:${r.postcode}`);
  return k;
}

function nameLevel(a: string, b: string): number {
  if (!a || !b) return MISSING;
  if (a === b) return 3;
  const s = jaroWinkler(a, b);
  return s >= 0.92 ? 2 : s >= 0.8 ? 1 : 0;
}

function strLevel(a: string, b: string, hi: number, lo: number, levels: number): number {
  if (!a || !b) return MISSING;
  if (a === b) return levels - 1;
  const s = jaroWinkler(a, b);
  if (levels === 4) return s >= hi ? 2 : s >= lo ? 1 : 0;
  return s >= hi ? 1 : 0;
}

function hamming1(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++d > 1) return false;
  return true;
}

function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function compareFebrl(a: FebrlRecord, b: FebrlRecord, out: Uint8Array, offset: number): void {
  const gn = nameLevel(a.given, b.given);
  const sn = nameLevel(a.surname, b.surname);
  // Names swapped between fields count as agreement.
  const swapped = a.given && a.surname && a.given === b.surname && a.surname === b.given;
  out[offset] = swapped ? 3 : gn;
  out[offset + 1] = swapped ? 3 : sn;
  out[offset + 2] = !a.streetNumber || !b.streetNumber ? MISSING : a.streetNumber === b.streetNumber ? 1 : 0;
  out[offset + 3] = strLevel(a.address1, b.address1, 0.9, 0.7, 4);
  out[offset + 4] = strLevel(a.address2, b.address2, 0.85, 0, 3);
  out[offset + 5] = strLevel(a.suburb, b.suburb, 0.85, 0, 3);
  out[offset + 6] =
    !a.postcode || !b.postcode
      ? MISSING
      : a.postcode === b.postcode
        ? 2
        : hamming1(a.postcode, b.postcode) || transposed(a.postcode, b.postcode)
          ? 1
          : 0;
  out[offset + 7] = !a.state || !b.state ? MISSING : a.state === b.state ? 1 : 0;
  out[offset + 8] =
    !a.dob || !b.dob
      ? MISSING
      : a.dob === b.dob
        ? 3
        : hamming1(a.dob, b.dob) || transposed(a.dob, b.dob)
          ? 2
          : a.dob.slice(0, 4) === b.dob.slice(0, 4)
            ? 1
            : 0;
  out[offset + 9] =
    !a.ssid || !b.ssid
      ? MISSING
      : a.ssid === b.ssid
        ? 2
        : hamming1(a.ssid, b.ssid) || transposed(a.ssid, b.ssid)
          ? 1
          : 0;
}
