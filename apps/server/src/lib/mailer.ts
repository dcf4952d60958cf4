import nodemailer from 'nodemailer';
import type { Database } from '../db/database';

export type OutgoingMail = { kind: string; to: string; subject: string; text: string };
export type Mailer = { send: (mail: OutgoingMail) => Promise<void> };

/**
 * Every e-mail goes to the mail_outbox table first, so nothing is lost when SMTP is down or not
 * configured; with SMTP it is sent at once and marked. Message bodies are never logged.
 */
export function createMailer(db: Database, options: { smtpUrl: string | undefined; from: string }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return {
    async send(mail) {
      const inserted = await db.query<{ id: string }>(
        'INSERT INTO mail_outbox (kind, to_address, subject, body_text) VALUES ($1,$2,$3,$4) RETURNING id',
        [mail.kind, mail.to, mail.subject, mail.text],
      );
      if (!transport) return;
      const id = inserted.rows[0]!.id;
      try {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
        await db.query('UPDATE mail_outbox SET sent_at = now() WHERE id = $1', [id]);
      } catch (error) {
        await db.query('UPDATE mail_outbox SET error = $2 WHERE id = $1', [
          id,
          error instanceof Error ? error.message : 'send failed',
        ]);
      }
    },
  };
}
