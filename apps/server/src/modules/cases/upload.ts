import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
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

/**
 * A multipart request carrying a JSON `payload` field and one file. The payload is checked with the
 * schema before the file is read; field errors use the same shape as JSON bodies.
 */
export async function readUploadWithPayload<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
): Promise<{ file: UploadedFile; payload: z.infer<S> }> {
  const part = await request.file();
  const raw = part?.fields.payload;
  const text = raw && !Array.isArray(raw) && 'value' in raw ? String(raw.value) : undefined;
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new AppError('common.validation_failed', {
      fields: parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || 'payload',
        message: issue.message,
      })),
    });
  if (!part)
    throw new AppError('common.validation_failed', {
      fields: [{ field: 'file', message: 'Berkas bukti wajib / An evidence file is required' }],
    });
  try {
    return { file: { bytes: await part.toBuffer(), filename: part.filename }, payload: parsed.data };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('evidence.too_large');
    throw error;
  }
}
