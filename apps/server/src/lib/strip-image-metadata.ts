import sharp from 'sharp';

const REENCODABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * A copy of a photo without EXIF/XMP/IPTC metadata (GPS position, camera serial, owner name), for
 * anything shown publicly. The orientation tag is applied to the pixels first, so the picture still
 * stands upright once the tag is gone. The original bytes stay untouched as evidence.
 * Returns undefined for media types that are not re-encodable images (PDF, video).
 */
export async function stripImageMetadata(bytes: Buffer, mediaType: string): Promise<Buffer | undefined> {
  if (!REENCODABLE.has(mediaType)) return undefined;
  // sharp writes no metadata unless asked (withMetadata/keepExif); limitInputPixels guards against
  // decompression bombs.
  const image = sharp(bytes, { limitInputPixels: 100_000_000, failOn: 'error' }).rotate();
  if (mediaType === 'image/jpeg') return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  if (mediaType === 'image/png') return image.png().toBuffer();
  return image.webp({ quality: 90 }).toBuffer();
}
