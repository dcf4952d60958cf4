import { inRegionScopes } from '../../lib/sql';
import type { Queryable } from '../../db/database';
import type { CaptureLimits } from './page-capture';

export type CaptureRow = {
  id: string;
  requested_url: string;
  region_code: string;
  lead_id: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  failure_reason: string | null;
  failure_detail: string | null;
  final_url: string | null;
  http_status: number | null;
  page_title: string | null;
  screenshot_sha256: string | null;
  screenshot_bytes: string | null;
  html_sha256: string | null;
  html_bytes: string | null;
  redirect_count: number | null;
  bytes_received: string | null;
  server_address: string | null;
  limits: CaptureLimits;
  captured_from: {
    hostname: string;
    addresses: string[];
    userAgent: string | null;
    browserVersion: string | null;
  } | null;
  requested_by: string | null;
  requested_by_label: string | null;
  organization_id: string | null;
  requested_at: Date;
  started_at: Date | null;
  captured_at: Date | null;
};

// A capture left 'running' this long belongs to a worker that died: it may be claimed again.
const STALE_RUNNING = "interval '10 minutes'";

export const capturesRepository = {
  async insert(
    tx: Queryable,
    c: {
      requestedUrl: string;
      regionCode: string;
      leadId: string | null;
      limits: CaptureLimits;
      requestedBy: string;
      requestedByLabel: string;
      organizationId: string;
    },
  ): Promise<string> {
    const result = await tx.query<{ id: string }>(
      `INSERT INTO captures (requested_url, region_code, lead_id, limits, requested_by, requested_by_label, organization_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [
        c.requestedUrl,
        c.regionCode,
        c.leadId,
        JSON.stringify(c.limits),
        c.requestedBy,
        c.requestedByLabel,
        c.organizationId,
      ],
    );
    return result.rows[0]!.id;
  },

  async findById(db: Queryable, id: string): Promise<CaptureRow | undefined> {
    return (await db.query<CaptureRow>('SELECT * FROM captures c WHERE id = $1', [id])).rows[0];
  },

  async findManyForLead(db: Queryable, leadId: string, ids: string[]): Promise<CaptureRow[]> {
    return (
      await db.query<CaptureRow>('SELECT * FROM captures c WHERE lead_id = $1 AND id = ANY($2::uuid[])', [
        leadId,
        ids,
      ])
    ).rows;
  },

  async list(
    db: Queryable,
    filter: { scopes: string[]; leadId?: string; limit: number; offset: number },
  ): Promise<{ rows: CaptureRow[]; total: number }> {
    const result = await db.query<CaptureRow & { total: number }>(
      `SELECT c.*, count(*) OVER ()::int AS total FROM captures c
       WHERE ${inRegionScopes('c.region_code', '$1')} AND ($2::uuid IS NULL OR c.lead_id = $2)
       ORDER BY c.requested_at DESC LIMIT $3 OFFSET $4`,
      [filter.scopes, filter.leadId ?? null, filter.limit, filter.offset],
    );
    return { rows: result.rows, total: result.rows[0]?.total ?? 0 };
  },

  /** Takes the capture for one worker; a second delivery of the same job finds nothing to do. */
  async claim(tx: Queryable, id: string): Promise<CaptureRow | undefined> {
    const result = await tx.query<CaptureRow>(
      `UPDATE captures SET status = 'running', started_at = now(), attempts = attempts + 1
       WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND started_at < now() - ${STALE_RUNNING}))
       RETURNING *`,
      [id],
    );
    return result.rows[0];
  },

  async finish(
    tx: Queryable,
    id: string,
    r: {
      status: 'done' | 'failed';
      failureReason: string | null;
      failureDetail: string | null;
      finalUrl: string | null;
      httpStatus: number | null;
      pageTitle: string | null;
      screenshot: { sha256: string; bytes: number } | null;
      html: { sha256: string; bytes: number } | null;
      redirectCount: number;
      bytesReceived: number;
      serverAddress: string | null;
      capturedFrom: CaptureRow['captured_from'];
    },
  ): Promise<void> {
    await tx.query(
      `UPDATE captures SET status = $2, failure_reason = $3, failure_detail = $4, final_url = $5, http_status = $6,
         page_title = $7, screenshot_sha256 = $8, screenshot_bytes = $9, html_sha256 = $10, html_bytes = $11,
         redirect_count = $12, bytes_received = $13, server_address = $14, captured_from = $15, captured_at = now()
       WHERE id = $1`,
      [
        id,
        r.status,
        r.failureReason,
        r.failureDetail,
        r.finalUrl,
        r.httpStatus,
        r.pageTitle,
        r.screenshot?.sha256 ?? null,
        r.screenshot?.bytes ?? null,
        r.html?.sha256 ?? null,
        r.html?.bytes ?? null,
        r.redirectCount,
        r.bytesReceived,
        r.serverAddress,
        JSON.stringify(r.capturedFrom),
      ],
    );
  },
};
