import {
  OutreachActivityInputSchema,
  OutreachActivityUpdateSchema,
  type OutreachActivity,
  type OutreachActivityInput,
  type OutreachActivityListQuery,
  type OutreachActivitySummary,
  type OutreachActivityUpdateInput,
  type OutreachAudienceInput,
} from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { escapeLike } from '../../lib/sql';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { decide, isRegionWithin, scopesFor, type Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import type { EvidenceStorage } from '../cases/evidence-storage';
import { outreachRepository, type ActivityRow, type ActivityWrite } from './outreach.repository';
import { PHOTO_LIMITS, photosRepository, storePhoto } from './photos';

export const activityPhotoUrl = (activityId: string, photoId: string) =>
  `/api/outreach/activities/${activityId}/photos/${photoId}`;

const fieldError = (field: string, message: string) =>
  new AppError('common.validation_failed', { fields: [{ field, message }] });

/** Outreach activities (logged by Bawaslu, Panwaslu Kecamatan, PKD and police) and their audiences. */
export function createOutreachService(deps: { db: Database; storage: EvidenceStorage }) {
  const { db, storage } = deps;

  const summaryOf = (row: ActivityRow): OutreachActivitySummary => ({
    id: row.id,
    title: row.title,
    kind: row.kind as OutreachActivitySummary['kind'],
    topics: row.topics,
    status: row.status as OutreachActivitySummary['status'],
    startsAt: row.starts_at.toISOString(),
    localStart: row.local_start,
    timeZone: row.time_zone,
    villageCode: row.village_code,
    villageName: row.village_name,
    districtName: row.district_name,
    organizerId: row.organizer_id,
    organizerName: row.organizer_name,
    attendanceCount: row.attendance_count,
    photoCount: row.photo_count,
    version: row.version,
  });

  /**
   * The organiser defaults to the actor's own organisation. Police liaisons log only their own
   * organisation's activities; other roles may name another organisation within their jurisdiction.
   */
  async function organizerFor(ctx: RequestContext, membership: Membership, requested?: string) {
    if (!requested || requested === membership.organizationId) return membership.organizationId;
    const grants = (m: Membership) => decide({ ...ctx.actor, memberships: [m] }, 'outreach.log').allowed;
    if (ctx.actor.memberships.some((m) => m.organizationId === requested && grants(m))) return requested;
    const maySpeakForOthers = ctx.actor.memberships.some((m) => m.role !== 'police_liaison' && grants(m));
    const org = await outreachRepository.findOrganization(db, requested);
    if (!org) throw fieldError('organizerId', 'Organisasi tidak dikenal / Unknown organisation');
    const inScope = scopesFor(ctx.actor, 'outreach.log').some((s) => isRegionWithin(org.region_code, s));
    if (!maySpeakForOthers || !inScope) throw new AppError('outreach.organizer_not_allowed');
    return requested;
  }

  async function prepare(ctx: RequestContext, raw: OutreachActivityInput) {
    const input = OutreachActivityInputSchema.parse(raw);
    const village = await outreachRepository.findVillage(db, input.villageCode);
    if (!village) throw fieldError('villageCode', 'Desa/kelurahan tidak dikenal / Unknown village');
    const membership = await authorize(db, ctx, 'outreach.log', village.code);
    if (input.endsAt && input.endsAt < input.startsAt)
      throw fieldError('endsAt', 'Selesai sebelum mulai / Ends before it starts');
    const audienceIds = [...new Set(input.audienceIds)];
    if ((await outreachRepository.countAudiences(db, audienceIds)) !== audienceIds.length)
      throw fieldError('audienceIds', 'Sasaran tidak dikenal / Unknown audience');
    const partnerIds = [...new Set(input.partnerIds)];
    if ((await outreachRepository.countOrganizations(db, partnerIds)) !== partnerIds.length)
      throw fieldError('partnerIds', 'Organisasi mitra tidak dikenal / Unknown partner organisation');
    const write: ActivityWrite = {
      title: input.title,
      kind: input.kind,
      topics: [...new Set(input.topics)],
      organizerId: await organizerFor(ctx, membership, input.organizerId),
      villageCode: village.code,
      address: input.address || null,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      status: input.status,
      attendanceCount: input.attendanceCount ?? null,
      attendanceList: input.attendanceList,
      notes: input.notes || null,
    };
    return { write, membership, audienceIds, partnerIds };
  }

  // The audit record keeps what changed, but never the attendance names (personal data).
  const auditView = (w: ActivityWrite, audienceIds: string[], partnerIds: string[]) => ({
    ...w,
    attendanceList: undefined,
    attendanceListSize: w.attendanceList.length,
    audienceIds,
    partnerIds,
  });

  async function load(ctx: RequestContext, id: string, action: 'outreach.read' | 'outreach.log') {
    const row = assertFound(await outreachRepository.findById(db, id), 'outreach.not_found');
    const membership = await authorize(db, ctx, action, row.village_code);
    return { row, membership };
  }

  return {
    async list(ctx: RequestContext, query: OutreachActivityListQuery) {
      await authorize(db, ctx, 'outreach.read');
      const { rows, total } = await outreachRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'outreach.read'),
        from: query.from,
        to: query.to,
        status: query.status,
        organizerId: query.organizerId,
        q: query.q ? escapeLike(query.q) : undefined,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map(summaryOf), total, page: query.page, pageSize: query.pageSize };
    },

    /**
     * The whole activity. The attendance names are personal data: a response that carries any is
     * audited as a read of them (lists and summaries never carry names and need no such event).
     */
    async get(ctx: RequestContext, id: string): Promise<OutreachActivity> {
      const { row, membership } = await load(ctx, id, 'outreach.read');
      const photos = await photosRepository.list(db, { activityId: id });
      if (row.attendance_list.length > 0)
        await recordAudit(db, {
          actor: auditActor(ctx, membership),
          regionCode: row.village_code,
          action: 'outreach.attendance_viewed',
          entityType: 'outreach_activity',
          entityId: id,
          fieldsRead: ['attendance'],
          after: { attendanceListSize: row.attendance_list.length },
          requestId: ctx.requestId,
        });
      return {
        ...summaryOf(row),
        localEnd: row.local_end,
        address: row.address,
        notes: row.notes,
        attendanceList: row.attendance_list,
        audiences: await outreachRepository.audiencesOf(db, id),
        partners: await outreachRepository.partnersOf(db, id),
        photos: photos.map((p) => ({
          id: p.id,
          caption: p.caption,
          mediaType: p.media_type,
          url: activityPhotoUrl(id, p.id),
        })),
        articles: await outreachRepository.articlesOf(db, id),
        canEdit: decide(ctx.actor, 'outreach.log', row.village_code).allowed,
      };
    },

    async create(ctx: RequestContext, raw: OutreachActivityInput) {
      const { write, membership, audienceIds, partnerIds } = await prepare(ctx, raw);
      const id = await inTransaction(db, async (tx) => {
        const activityId = await outreachRepository.insert(tx, write, ctx.actor.userId);
        await outreachRepository.replaceLinks(tx, activityId, audienceIds, partnerIds);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: write.villageCode,
          action: 'outreach.logged',
          entityType: 'outreach_activity',
          entityId: activityId,
          after: auditView(write, audienceIds, partnerIds),
          requestId: ctx.requestId,
        });
        return activityId;
      });
      return this.get(ctx, id);
    },

    /** Saves an edit made from `expectedVersion`; a stale version is refused and changes nothing. */
    async update(ctx: RequestContext, id: string, raw: OutreachActivityUpdateInput) {
      const { expectedVersion, ...fields } = OutreachActivityUpdateSchema.parse(raw);
      const { row } = await load(ctx, id, 'outreach.log');
      if (row.version !== expectedVersion)
        throw new AppError('outreach.version_conflict', { currentVersion: row.version, expectedVersion });
      const { write, membership, audienceIds, partnerIds } = await prepare(ctx, fields);
      await inTransaction(db, async (tx) => {
        // Checked again in the UPDATE itself: a save between the read above and now also loses.
        if (!(await outreachRepository.update(tx, id, write, expectedVersion)))
          throw new AppError('outreach.version_conflict', { expectedVersion });
        await outreachRepository.replaceLinks(tx, id, audienceIds, partnerIds);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: write.villageCode,
          action: 'outreach.updated',
          entityType: 'outreach_activity',
          entityId: id,
          before: {
            title: row.title,
            status: row.status,
            villageCode: row.village_code,
            startsAt: row.local_start,
            version: row.version,
          },
          after: { ...auditView(write, audienceIds, partnerIds), version: expectedVersion + 1 },
          requestId: ctx.requestId,
        });
      });
      return this.get(ctx, id);
    },

    async addPhoto(ctx: RequestContext, id: string, file: { bytes: Buffer; caption: string }) {
      const { row, membership } = await load(ctx, id, 'outreach.log');
      if ((await photosRepository.count(db, { activityId: id })) >= PHOTO_LIMITS.maxPerOwner)
        throw new AppError('outreach.too_many_photos', { max: PHOTO_LIMITS.maxPerOwner });
      const stored = await storePhoto(storage, file.bytes);
      const photoId = await inTransaction(db, async (tx) => {
        const newId = await photosRepository.insert(
          tx,
          { activityId: id },
          stored,
          file.caption,
          ctx.actor.userId,
        );
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.village_code,
          action: 'outreach.photo_added',
          entityType: 'outreach_photo',
          entityId: newId,
          after: { activityId: id, ...stored, caption: file.caption },
          requestId: ctx.requestId,
        });
        return newId;
      });
      return {
        id: photoId,
        caption: file.caption,
        mediaType: stored.mediaType,
        url: activityPhotoUrl(id, photoId),
      };
    },

    /** The copy without metadata; originals stay in the store as record and are never served. */
    async photo(ctx: RequestContext, id: string, photoId: string) {
      await load(ctx, id, 'outreach.read');
      const photo = assertFound(
        await photosRepository.find(db, { activityId: id }, photoId),
        'common.not_found',
      );
      return { bytes: await storage.get(photo.public_sha256), mediaType: photo.media_type };
    },

    async listAudiences(ctx: RequestContext) {
      await authorize(db, ctx, 'outreach.read');
      const rows = await outreachRepository.listAudiences(db);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        organizationId: r.organization_id,
        organizationName: r.organization_name,
      }));
    },

    async addAudience(ctx: RequestContext, input: OutreachAudienceInput & { name: string }) {
      const organizationId = input.organizationId ?? null;
      let regionCode: string | undefined;
      if (organizationId) {
        const org = await outreachRepository.findOrganization(db, organizationId);
        if (!org) throw fieldError('organizationId', 'Organisasi tidak dikenal / Unknown organisation');
        regionCode = org.region_code;
      }
      const membership = await authorize(db, ctx, 'outreach.audiences', regionCode);
      const id = await inTransaction(db, async (tx) => {
        const newId = await outreachRepository.insertAudience(tx, {
          name: input.name,
          organizationId,
          createdBy: ctx.actor.userId,
        });
        if (!newId) throw new AppError('outreach.audience_duplicate');
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: regionCode ?? membership.regionCode,
          action: 'outreach.audience_added',
          entityType: 'outreach_audience',
          entityId: newId,
          after: { name: input.name, organizationId },
          requestId: ctx.requestId,
        });
        return newId;
      });
      return { id, name: input.name, organizationId };
    },
  };
}
export type OutreachService = ReturnType<typeof createOutreachService>;
