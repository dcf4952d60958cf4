import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { recordAudit } from '../audit/audit.service';
import { outreachRepository } from './outreach.repository';

// The iCalendar feed is a secret address per organisation (like a calendar app's "secret address
// in iCal format"): calendar apps cannot sign in, so the unguessable token is the credential. Only
// its SHA-256 is stored; making a new address replaces (revokes) the old one. The feed holds
// planned activities only, and no personal data: no attendance, notes or street address.

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const KIND_LABELS: Record<string, string> = {
  sosialisasi: 'Sosialisasi',
  door_to_door: 'Door to door',
  apel: 'Apel',
  kunjungan: 'Kunjungan/sambang',
  rapat_koordinasi: 'Rapat koordinasi',
  pelatihan: 'Pelatihan',
  cooling_system: 'Cooling system',
};

export function createCalendarService(deps: { db: Database; publicUrl: string }) {
  const { db, publicUrl } = deps;
  return {
    /** A new secret feed address for the organisation; shown once. */
    async rotate(ctx: RequestContext, organizationId: string) {
      const org = assertFound(
        await outreachRepository.findOrganization(db, organizationId),
        'organizations.not_found',
      );
      const membership = await authorize(db, ctx, 'outreach.log', org.region_code);
      const token = randomBytes(32).toString('base64url');
      await inTransaction(db, async (tx) => {
        await tx.query(
          `INSERT INTO outreach_calendar_feeds (organization_id, token_hash, created_by) VALUES ($1, $2, $3)
           ON CONFLICT (organization_id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
             created_by = EXCLUDED.created_by, created_at = now()`,
          [org.id, hashOf(token), ctx.actor.userId],
        );
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: org.region_code,
          action: 'outreach.calendar_feed_rotated',
          entityType: 'organization',
          entityId: org.id,
          requestId: ctx.requestId,
        });
      });
      return { organizationId: org.id, url: `${publicUrl}/api/public/outreach/calendar/${token}.ics` };
    },

    /** The iCalendar text for a feed token: planned activities from 30 days ago onwards. */
    async feed(token: string): Promise<string> {
      if (!CALENDAR_TOKEN.test(token)) throw new AppError('outreach.calendar_not_found');
      const feed = await db.query<{ organization_id: string; name: string }>(
        `SELECT f.organization_id, o.name FROM outreach_calendar_feeds f JOIN organizations o ON o.id = f.organization_id
         WHERE f.token_hash = $1`,
        [hashOf(token)],
      );
      const org = assertFound(feed.rows[0], 'outreach.calendar_not_found');
      const events = await db.query<{
        id: string;
        title: string;
        kind: string;
        topics: string[];
        starts_at: Date;
        ends_at: Date | null;
        village: string;
        district: string;
        updated_at: Date;
      }>(
        `SELECT a.id, a.title, a.kind, a.topics, a.starts_at, a.ends_at, v.name AS village, d.name AS district, a.updated_at
         FROM outreach_activities a JOIN regions v ON v.code = a.village_code JOIN regions d ON d.code = a.district_code
         WHERE a.organizer_id = $1 AND a.status = 'planned' AND a.starts_at >= now() - interval '30 days'
         ORDER BY a.starts_at LIMIT 2000`,
        [org.organization_id],
      );
      const calendar = ical({ name: `Kegiatan pencegahan — ${org.name}`, prodId: '//Netra//Outreach//ID' });
      for (const e of events.rows) {
        calendar.createEvent({
          id: `${e.id}@netra`,
          start: e.starts_at,
          // Without an end, an hour: calendar apps show a zero-length event badly.
          end: e.ends_at ?? new Date(e.starts_at.getTime() + 3_600_000),
          summary: e.title,
          description: `${KIND_LABELS[e.kind] ?? e.kind} · ${e.topics.join(', ')}`,
          location: `${e.village}, Kec. ${e.district}`,
          lastModified: e.updated_at,
          stamp: e.updated_at,
        });
      }
      return calendar.toString();
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
