import type { TestApp, Session } from '../helpers/test-app';
import { createOrganization, createUser, signIn } from '../helpers/test-app';
import type { Role } from '@netra/contracts';

/** A multipart body with one `file` part. */
export function fileUpload(bytes: Buffer, filename: string, contentType = 'application/octet-stream') {
  const boundary = `batas${Math.random().toString(36).slice(2)}`;
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A signed-in user of `role` in a new organisation of `regionCode`. */
export async function sessionAs(
  t: TestApp,
  role: Role,
  regionCode = '14.03',
): Promise<Session & { userId: string }> {
  const org = await createOrganization(t.db, regionCode);
  const user = await createUser(t.db, org.id, role);
  return { ...(await signIn(t.app, user.email)), userId: user.userId };
}

/** A structurally valid NIP: birth date, appointment year-month, gender digit (1 male, 2 female), sequence. */
export function nip(birth: string, appointed: string, gender: 1 | 2, seq: number): string {
  return `${birth.replace(/-/g, '')}${appointed.replace(/-/g, '')}${gender}${String(seq).padStart(3, '0')}`;
}
