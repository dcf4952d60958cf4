// The same limits as the server (which checks the bytes, not the name): refuse early, per file.
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'video/mp4'];
const MB = 1024 * 1024;
export const EVIDENCE_ACCEPT = TYPES.join(',');
export const MAX_EVIDENCE_FILES = 20;

export type EvidenceProblem = { key: 'evidenceType' | 'evidenceSize'; maxMb?: number };

export function checkEvidenceFile(file: File): EvidenceProblem | undefined {
  if (file.type && !TYPES.includes(file.type)) return { key: 'evidenceType' };
  const maxMb = file.type === 'video/mp4' ? 50 : 10;
  if (file.size > maxMb * MB) return { key: 'evidenceSize', maxMb };
  return undefined;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
