import type { Queryable } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { stripImageMetadata } from '../../lib/strip-image-metadata';
import { sniffEvidenceType, type EvidenceStorage } from '../cases/evidence-storage';

/** Photos of activities and articles: images only, 10 MB at most, 30 per activity or article. */
export const PHOTO_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPerOwner: 30 } as const;
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

export type PhotoOwner = { activityId: string } | { articleId: string };
export type PhotoRow = { id: string; caption: string; media_type: string; public_sha256: string };

/**
 * Checks the bytes (type from the magic numbers, size), stores the original as record and a copy
 * without EXIF/GPS for anything shown to users or the public. Returns the hashes to insert.
 */
export async function storePhoto(storage: EvidenceStorage, bytes: Buffer) {
  const sniffed = sniffEvidenceType(bytes);
  if (!sniffed || !PHOTO_TYPES.has(sniffed.mediaType))
    throw new AppError('outreach.photo_unsupported_type', { detected: sniffed?.mediaType ?? null });
  if (bytes.length > PHOTO_LIMITS.maxBytes)
    throw new AppError('outreach.photo_too_large', {
      maxBytes: PHOTO_LIMITS.maxBytes,
      sizeBytes: bytes.length,
    });
  let stripped: Buffer | undefined;
  try {
    stripped = await stripImageMetadata(bytes, sniffed.mediaType);
  } catch {
    // Right magic number, undecodable body: refused like any other non-image.
    throw new AppError('outreach.photo_unsupported_type', { reason: 'undecodable' });
  }
  if (!stripped) throw new AppError('outreach.photo_unsupported_type');
  const originalSha256 = await storage.put(bytes);
  const publicSha256 = await storage.put(stripped);
  return { originalSha256, publicSha256, mediaType: sniffed.mediaType, sizeBytes: bytes.length };
}

const ownerColumn = (owner: PhotoOwner) => ('activityId' in owner ? 'activity_id' : 'article_id');
const ownerId = (owner: PhotoOwner) => ('activityId' in owner ? owner.activityId : owner.articleId);

export const photosRepository = {
  async count(db: Queryable, owner: PhotoOwner): Promise<number> {
    const result = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outreach_photos WHERE ${ownerColumn(owner)} = $1`,
      [ownerId(owner)],
    );
    return result.rows[0]!.n;
  },

  async insert(
    tx: Queryable,
    owner: PhotoOwner,
    p: { originalSha256: string; publicSha256: string; mediaType: string; sizeBytes: number },
    caption: string,
    createdBy: string | null,
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO outreach_photos (${ownerColumn(owner)}, original_sha256, public_sha256, media_type, size_bytes, caption, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [ownerId(owner), p.originalSha256, p.publicSha256, p.mediaType, p.sizeBytes, caption, createdBy],
    );
    return result.rows[0]!.id;
  },

  async list(db: Queryable, owner: PhotoOwner): Promise<PhotoRow[]> {
    const result = await db.query<PhotoRow>(
      `SELECT id, caption, media_type, public_sha256 FROM outreach_photos WHERE ${ownerColumn(owner)} = $1
       ORDER BY created_at, id`,
      [ownerId(owner)],
    );
    return result.rows;
  },

  async find(db: Queryable, owner: PhotoOwner, photoId: string): Promise<PhotoRow | undefined> {
    const result = await db.query<PhotoRow>(
      `SELECT id, caption, media_type, public_sha256 FROM outreach_photos WHERE id = $2 AND ${ownerColumn(owner)} = $1`,
      [ownerId(owner), photoId],
    );
    return result.rows[0];
  },
};

/** A caption from a multipart field: one line, no control characters, 300 characters at most. */
export function cleanCaption(value: unknown): string {
  return typeof value === 'string'
    ? value
        .replace(/[\p{Cc}]/gu, ' ')
        .trim()
        .slice(0, 300)
    : '';
}
