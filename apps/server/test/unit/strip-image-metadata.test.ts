import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stripImageMetadata } from '../../src/lib/strip-image-metadata';

/** A real JPEG carrying EXIF with a GPS position and an orientation tag (rotated 90°). */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#3a7' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
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

describe('stripImageMetadata', () => {
  it('removes EXIF (camera, owner, GPS) and applies the orientation to the pixels', async () => {
    const original = await photoWithGps();
    const before = (await exifr.parse(original, { gps: true })) as { Make?: string; latitude?: number };
    expect(before?.Make).toBe('NetraCam');
    expect(before?.latitude).toBeCloseTo(1.4667, 3);

    const stripped = (await stripImageMetadata(original, 'image/jpeg'))!;
    expect(await exifr.parse(stripped, { gps: true })).toBeUndefined();
    const meta = await sharp(stripped).metadata();
    expect(meta.format).toBe('jpeg');
    // Orientation 6 means "rotate 90° clockwise": the 40×20 picture is now 20×40 and upright.
    expect([meta.width, meta.height]).toEqual([20, 40]);
    expect(meta.orientation).toBeUndefined();
  });

  it('keeps PNG and WebP in their format and leaves non-images alone', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await sharp(await stripImageMetadata(png, 'image/png')).metadata()).format).toBe('png');
    expect(await stripImageMetadata(Buffer.from('%PDF-1.7'), 'application/pdf')).toBeUndefined();
  });

  it('refuses bytes that are not the image they claim to be', async () => {
    await expect(stripImageMetadata(Buffer.from('not a jpeg at all'), 'image/jpeg')).rejects.toThrow();
  });
});
