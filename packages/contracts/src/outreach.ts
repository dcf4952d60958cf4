// DTOs of outreach activities, coverage and news, shared by server, web app and CLI.
import { z } from 'zod';
import { PageQuerySchema, RegionCodeSchema } from './common';

export const OUTREACH_KINDS = [
  'sosialisasi',
  'door_to_door',
  'apel',
  'kunjungan',
  'rapat_koordinasi',
  'pelatihan',
  'cooling_system',
] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_TOPICS = [
  'netralitas_asn',
  'politik_uang',
  'hoaks',
  'ujaran_kebencian',
  'pilkada_damai',
  'partisipasi_pemilih',
  'pengawasan_partisipatif',
] as const;
export type OutreachTopic = (typeof OUTREACH_TOPICS)[number];

export const OUTREACH_STATUSES = ['planned', 'done'] as const;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** Wall-clock time in the village's time zone, as a datetime-local input gives it. */
const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'tanggal dan jam tidak valid / invalid date and time');
const VillageCodeSchema = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'pilih desa/kelurahan / choose a village');

const activityFields = {
  title: text(3, 200),
  kind: z.enum(OUTREACH_KINDS),
  topics: z.array(z.enum(OUTREACH_TOPICS)).min(1, 'pilih minimal satu topik / choose at least one topic'),
  audienceIds: z.array(z.uuid()).max(30).default([]),
  /** Defaults to the actor's own organisation. */
  organizerId: z.uuid().optional(),
  partnerIds: z.array(z.uuid()).max(30).default([]),
  villageCode: VillageCodeSchema,
  address: text(0, 300).optional(),
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema.optional(),
  status: z.enum(OUTREACH_STATUSES),
  attendanceCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  attendanceList: z.array(text(1, 200)).max(2000).default([]),
  notes: text(0, 5000).optional(),
};

export const OutreachActivityInputSchema = z.object(activityFields).strict();
export type OutreachActivityInput = z.input<typeof OutreachActivityInputSchema>;

/** An edit: the whole activity again plus the version it was made from (a stale one is refused). */
export const OutreachActivityUpdateSchema = z
  .object({ ...activityFields, expectedVersion: z.number().int().min(0) })
  .strict();
export type OutreachActivityUpdateInput = z.input<typeof OutreachActivityUpdateSchema>;

export const OutreachActivityListQuerySchema = PageQuerySchema.extend({
  /** Local dates (YYYY-MM-DD), inclusive; compared in each village's own time zone. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  status: z.enum(OUTREACH_STATUSES).optional(),
  organizerId: z.uuid().optional(),
});
export type OutreachActivityListQuery = z.infer<typeof OutreachActivityListQuerySchema>;

export const OutreachPhotoSchema = z.object({
  id: z.uuid(),
  caption: z.string(),
  mediaType: z.string(),
  url: z.string(),
});

export const OutreachActivitySummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(OUTREACH_KINDS),
  topics: z.array(z.string()),
  status: z.enum(OUTREACH_STATUSES),
  startsAt: z.string(),
  /** Wall-clock start in the village's time zone, YYYY-MM-DDTHH:mm. */
  localStart: z.string(),
  timeZone: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  districtName: z.string(),
  organizerId: z.uuid(),
  organizerName: z.string(),
  attendanceCount: z.number().int().nullable(),
  photoCount: z.number().int(),
  /** Bumped by every edit; an edit sends it back as `expectedVersion`. */
  version: z.number().int(),
});
export type OutreachActivitySummary = z.infer<typeof OutreachActivitySummarySchema>;

export const OutreachActivitySchema = OutreachActivitySummarySchema.extend({
  localEnd: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  attendanceList: z.array(z.string()),
  audiences: z.array(z.object({ id: z.uuid(), name: z.string() })),
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  photos: z.array(OutreachPhotoSchema),
  articles: z.array(z.object({ id: z.uuid(), title: z.string(), slug: z.string(), status: z.string() })),
  canEdit: z.boolean(),
});
export type OutreachActivity = z.infer<typeof OutreachActivitySchema>;

export const OutreachAudienceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
});
export type OutreachAudience = z.infer<typeof OutreachAudienceSchema>;

export const OutreachAudienceInputSchema = z
  .object({ name: text(2, 120), organizationId: z.uuid().nullable().default(null) })
  .strict();
export type OutreachAudienceInput = z.input<typeof OutreachAudienceInputSchema>;

export const OutreachCoverageQuerySchema = z.object({
  regionCode: RegionCodeSchema,
  from: z.iso.date(),
  to: z.iso.date(),
});
export type OutreachCoverageQuery = z.infer<typeof OutreachCoverageQuerySchema>;

export const OutreachCoverageVillagesQuerySchema = OutreachCoverageQuerySchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  /** Only villages without any activity in the period. */
  onlyUncovered: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type OutreachCoverageVillagesQuery = z.input<typeof OutreachCoverageVillagesQuerySchema>;

export const OutreachCoverageSummarySchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({
    activities: z.number().int(),
    villages: z.number().int(),
    villagesCovered: z.number().int(),
  }),
  /** One row per child region (kecamatan for a kabupaten) with a count per topic. */
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      activities: z.number().int(),
      topics: z.record(z.string(), z.number().int()),
    }),
  ),
  audiences: z.array(z.object({ id: z.uuid(), name: z.string(), activities: z.number().int() })),
  agencies: z.array(
    z.object({ id: z.uuid(), name: z.string(), activities: z.number().int(), topics: z.array(z.string()) }),
  ),
});
export type OutreachCoverageSummary = z.infer<typeof OutreachCoverageSummarySchema>;

export const OutreachCoverageVillageSchema = z.object({
  code: z.string(),
  name: z.string(),
  districtName: z.string(),
  activities: z.number().int(),
  topics: z.array(z.string()),
  lastActivityOn: z.string().nullable(),
  daysSinceLast: z.number().int().nullable(),
});
export type OutreachCoverageVillage = z.infer<typeof OutreachCoverageVillageSchema>;

export const CalendarFeedSchema = z.object({ organizationId: z.uuid(), url: z.string() });

// News ------------------------------------------------------------------------------------------

export const NEWS_STATUSES = ['draft', 'published'] as const;

export const NewsArticleInputSchema = z
  .object({
    title: text(5, 200),
    lead: text(10, 600),
    bodyHtml: text(1, 100_000),
    authorName: text(2, 120),
    photographerName: text(0, 120).optional(),
    tags: z.array(text(1, 40)).max(20).default([]),
    relatedActivityIds: z.array(z.uuid()).max(50).default([]),
  })
  .strict();
export type NewsArticleInput = z.input<typeof NewsArticleInputSchema>;

export const NewsListQuerySchema = PageQuerySchema.extend({ status: z.enum(NEWS_STATUSES).optional() });

export const NewsArticleSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  lead: z.string(),
  status: z.enum(NEWS_STATUSES),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  coverUrl: z.string().nullable(),
});
export type NewsArticleSummary = z.infer<typeof NewsArticleSummarySchema>;

export const NewsRelatedActivitySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.string(),
  localStart: z.string(),
  timeZone: z.string(),
  villageName: z.string(),
  districtName: z.string(),
});

export const NewsArticleSchema = NewsArticleSummarySchema.extend({
  bodyHtml: z.string(),
  authorName: z.string(),
  photographerName: z.string().nullable(),
  tags: z.array(z.string()),
  organizationName: z.string(),
  photos: z.array(OutreachPhotoSchema),
  relatedActivities: z.array(NewsRelatedActivitySchema),
});
export type NewsArticle = z.infer<typeof NewsArticleSchema>;

export const PublicNewsArticleSchema = NewsArticleSchema.extend({
  /** "Berita Lainnya": the latest other published articles. */
  others: z.array(NewsArticleSummarySchema),
});
export type PublicNewsArticle = z.infer<typeof PublicNewsArticleSchema>;

export const SlugParamSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });
