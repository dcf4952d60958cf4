import { apiDownload } from '../../../lib/api-client';

/** Downloads an authenticated file and hands it to the browser as a saved file. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const blob = await apiDownload(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name extension for the media types the server accepts. */
export const extensionOf = (mediaType: string) =>
  ({
    'application/pdf': 'pdf',
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'video/mp4': 'mp4',
  })[mediaType] ?? 'bin';
