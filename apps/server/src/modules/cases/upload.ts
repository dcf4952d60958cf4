import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { UploadedFile } from './evidence.service';

/** The single file of a multipart request; multipart's own size cut-off becomes our error code. */
export async function readUpload(request: FastifyRequest): Promise<UploadedFile> {
  const file = await request.file();
  if (!file)
    throw new AppError('common.validation_failed', {
      fields: [{ field: 'file', message: 'Berkas wajib / A file is required' }],
    });
  try {
    return { bytes: await file.toBuffer(), filename: file.filename };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('evidence.too_large');
    throw error;
  }
}
