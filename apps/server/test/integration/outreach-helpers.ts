import sharp from 'sharp';
import type { Database } from '../../src/db/database';

// Shared by the outreach and news suites and the authorisation matrix.

/** A real JPEG with EXIF: camera, owner and a GPS position (what must never reach the public). */
export function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'NetraCam', Artist: 'Pemilik Kamera' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '1/1 28/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '102/1 6/1 0/1',
      },
    })
    .toBuffer();
}

/** A multipart body with one `file` part (and an optional caption field before it). */
export function multipart(bytes: Buffer, filename: string, contentType: string, caption?: string) {
  const boundary = `batas${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  if (caption !== undefined)
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\n${caption}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The villages of a kecamatan, in code order. */
export async function villagesOf(db: Database, districtCode: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    'SELECT code FROM regions WHERE parent_code = $1 AND level = 4 ORDER BY code',
    [districtCode],
  );
  return rows.rows.map((r) => r.code);
}

export function activityBody(villageCode: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Sosialisasi netralitas ASN kepada petani sawit',
    kind: 'sosialisasi',
    topics: ['netralitas_asn', 'politik_uang'],
    villageCode,
    address: 'Balai desa',
    startsAt: '2026-10-05T09:00',
    endsAt: '2026-10-05T11:30',
    status: 'done',
    attendanceCount: 42,
    attendanceList: ['Peserta Satu (fiktif)', 'Peserta Dua (fiktif)'],
    notes: 'Catatan kegiatan',
    ...overrides,
  };
}
