/** Indonesian for the engine's event-validation reasons (English phrases, see validate-event.ts). */
const EXACT: Record<string, string> = {
  'not a JSON object': 'bukan objek JSON',
  'invalid JSON': 'JSON tidak valid',
  'missing id': 'id tidak ada',
  'missing type': 'type tidak ada',
  'missing actorAccountId': 'actorAccountId tidak ada',
  'actorAccountId too long': 'actorAccountId terlalu panjang',
  'missing occurredAt': 'occurredAt tidak ada',
  'timestamp without time zone': 'waktu tanpa zona waktu',
  'occurredAt is not an ISO 8601 timestamp': 'occurredAt bukan waktu ISO 8601',
  'occurredAt is not a valid date': 'occurredAt bukan tanggal yang valid',
  'missing platform': 'platform tidak ada',
  'platform too long': 'platform terlalu panjang',
  'text is not a string': 'text bukan teks',
  'actor is not an object': 'actor bukan objek',
};

export function reasonId(en: string): string {
  if (EXACT[en]) return EXACT[en];
  let m = /^unknown event type "(.*)"$/.exec(en);
  if (m) return `jenis peristiwa tidak dikenal "${m[1]}"`;
  m = /^(\w+) longer than ([\d,]+) characters$/.exec(en);
  if (m) return `${m[1]} lebih dari ${m[2]} karakter`;
  m = /^(\w+) is not a short string$/.exec(en);
  if (m) return `${m[1]} bukan teks pendek`;
  return en;
}
