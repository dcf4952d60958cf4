import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where evidence bytes live. Injected so that tests use a temporary folder. */
export type EvidenceStorage = {
  /** Stores the bytes under their SHA-256 and returns it; storing the same bytes twice is a no-op. */
  put(bytes: Buffer): Promise<string>;
  get(sha256: string): Promise<Buffer>;
};

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Content-addressed files: `<root>/<sha[0:2]>/<sha>`, written to a temporary name then renamed. */
export function createFileEvidenceStorage(root: string): EvidenceStorage {
  const fileOf = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid evidence hash');
    return path.join(root, sha.slice(0, 2), sha);
  };
  return {
    async put(bytes) {
      const sha = sha256Hex(bytes);
      const file = fileOf(sha);
      const exists = await stat(file).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
        const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(temporary, bytes, { mode: 0o600 });
        await rename(temporary, file);
      }
      return sha;
    },
    get: (sha) => readFile(fileOf(sha)),
  };
}

export type SniffedType = { mediaType: string; extension: string };

/**
 * The type of a file from its first bytes (magic numbers), never from its name or the declared
 * Content-Type, which the sender controls.
 */
export function sniffEvidenceType(bytes: Buffer): SniffedType | undefined {
  const starts = (signature: number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8))
    return { mediaType: 'image/webp', extension: 'webp' };
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', extension: 'pdf' };
  // ISO base media: a box of type 'ftyp' at offset 4 with an MP4-family brand.
  if (starts([0x66, 0x74, 0x79, 0x70], 4)) {
    const brand = bytes.subarray(8, 12).toString('latin1');
    if (/^(isom|iso[2-9]|mp41|mp42|avc1|M4V |dash|3gp[4-6])$/.test(brand))
      return { mediaType: 'video/mp4', extension: 'mp4' };
  }
  return undefined;
}

/** Size limits per kind: videos are larger than photos and documents. */
export const EVIDENCE_LIMITS = {
  maxFileBytes: { 'video/mp4': 50 * 1024 * 1024, default: 10 * 1024 * 1024 },
  maxFilesPerItem: 20,
} as const;

export function maxBytesFor(mediaType: string): number {
  return mediaType === 'video/mp4'
    ? EVIDENCE_LIMITS.maxFileBytes['video/mp4']
    : EVIDENCE_LIMITS.maxFileBytes.default;
}
