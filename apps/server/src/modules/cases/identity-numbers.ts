// Structural checks of Indonesian identity numbers. They catch typing mistakes and made-up numbers
// early; they cannot prove that a number exists (only Dukcapil / BKN can).

export type FieldProblem = { field: string; message: string; messages: { id: string; en: string } };

const problem = (field: string, id: string, en: string): FieldProblem => ({
  field,
  message: `${id} / ${en}`,
  messages: { id, en },
});

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * NIK: 16 digits = province (2) + regency (2) + district (2) + birth date DDMMYY (women add 40 to
 * the day) + serial (4). The province must exist; the date must be a real date not in the future.
 */
export function checkNik(
  nik: string,
  field: string,
  knownProvinces: ReadonlySet<string>,
  today: string,
): FieldProblem | undefined {
  if (!/^\d{16}$/.test(nik))
    return problem(field, 'NIK harus terdiri dari 16 angka', 'The NIK must consist of 16 digits');
  if (!knownProvinces.has(nik.slice(0, 2)))
    return problem(
      field,
      `Dua angka pertama NIK (${nik.slice(0, 2)}) bukan kode provinsi yang dikenal`,
      `The first two digits of the NIK (${nik.slice(0, 2)}) are not a known province code`,
    );
  const rawDay = Number(nik.slice(6, 8));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const currentYear = Number(today.slice(0, 4));
  const year = 2000 + yy > currentYear ? 1900 + yy : 2000 + yy;
  if (!isRealDate(year, month, day))
    return problem(
      field,
      'Tanggal lahir dalam NIK (angka ke-7 s.d. 12, tanggal +40 untuk perempuan) tidak valid',
      'The birth date in the NIK (digits 7–12, day +40 for women) is not a valid date',
    );
  if (nik.slice(12) === '0000')
    return problem(field, 'Nomor urut NIK tidak boleh 0000', 'The NIK serial number cannot be 0000');
  return undefined;
}

/**
 * NIP (PNS): 18 digits = birth date YYYYMMDD + appointment (TMT CPNS) YYYYMM + gender (1 man,
 * 2 woman) + serial (3). Appointment comes after the 18th birthday and not in the future.
 */
export function checkNip(nip: string, field: string, today: string): FieldProblem | undefined {
  if (!/^\d{18}$/.test(nip))
    return problem(field, 'NIP harus terdiri dari 18 angka', 'The NIP must consist of 18 digits');
  const birthYear = Number(nip.slice(0, 4));
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isRealDate(birthYear, Number(nip.slice(4, 6)), Number(nip.slice(6, 8))) || birth > today)
    return problem(
      field,
      'Tanggal lahir dalam NIP (angka ke-1 s.d. 8) tidak valid',
      'The birth date in the NIP (digits 1–8) is not a valid date',
    );
  const appointedYear = Number(nip.slice(8, 12));
  const appointedMonth = Number(nip.slice(12, 14));
  const appointed = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  if (
    appointedMonth < 1 ||
    appointedMonth > 12 ||
    appointedYear < birthYear + 18 ||
    appointed > today.slice(0, 7)
  )
    return problem(
      field,
      'Tahun-bulan pengangkatan dalam NIP (angka ke-9 s.d. 14) tidak valid',
      'The appointment year-month in the NIP (digits 9–14) is not valid',
    );
  if (nip[14] !== '1' && nip[14] !== '2')
    return problem(
      field,
      'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2',
      'Digit 15 of the NIP (gender) must be 1 or 2',
    );
  return undefined;
}

/** Dates of the incident: not in the future, and the conduct cannot happen after it became known. */
export function checkIncidentDates(
  occurredOn: string | undefined,
  knownOn: string | undefined,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (occurredOn && occurredOn > today)
    problems.push(
      problem(
        'occurredOn',
        'Tanggal kejadian tidak boleh di masa depan',
        'The date of the conduct cannot be in the future',
      ),
    );
  if (knownOn && knownOn > today)
    problems.push(
      problem(
        'knownOn',
        'Tanggal diketahui tidak boleh di masa depan',
        'The date it became known cannot be in the future',
      ),
    );
  if (occurredOn && knownOn && occurredOn > knownOn)
    problems.push(
      problem(
        'occurredOn',
        'Tanggal kejadian tidak boleh setelah tanggal diketahui',
        'The date of the conduct cannot be after the date it became known',
      ),
    );
  return problems;
}
