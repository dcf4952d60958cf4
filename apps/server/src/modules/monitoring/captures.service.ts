import type { Capture, CaptureRequest } from '@netra/contracts';
import { inTransaction, type Database, type Queryable } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor, type Membership } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import type { EvidenceStorage } from '../cases/evidence-storage';
import type { CaptureDispatch } from './capture-jobs';
import { checkCaptureTarget } from './capture-target';
import { capturesRepository, type CaptureRow } from './captures.repository';
import type { CaptureLimits } from './page-capture';

export function toCaptureDto(row: CaptureRow): Capture {
  const num = (v: string | null) => (v === null ? null : Number(v));
  return {
    id: row.id,
    requestedUrl: row.requested_url,
    regionCode: row.region_code,
    leadId: row.lead_id,
    status: row.status,
    failureReason: row.failure_reason as Capture['failureReason'],
    failureDetail: row.failure_detail,
    finalUrl: row.final_url,
    httpStatus: row.http_status,
    pageTitle: row.page_title,
    screenshotSha256: row.screenshot_sha256,
    screenshotBytes: num(row.screenshot_bytes),
    htmlSha256: row.html_sha256,
    htmlBytes: num(row.html_bytes),
    redirectCount: row.redirect_count,
    bytesReceived: num(row.bytes_received),
    serverAddress: row.server_address,
    limits: row.limits,
    capturedFrom: row.captured_from,
    requestedBy: row.requested_by_label,
    requestedAt: row.requested_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    capturedAt: row.captured_at?.toISOString() ?? null,
  };
}

/**
 * Evidence capture requests: the request is stored and audited, then handed to the dispatcher (a
 * pg-boss job or the in-process runner), so the HTTP call returns at once with the capture's id.
 */
export function createCapturesService(deps: {
  db: Database;
  storage: EvidenceStorage;
  limits: CaptureLimits;
  /** NETRA_CAPTURE_ALLOW_PRIVATE: accept URLs of private, loopback and link-local addresses. */
  allowPrivate: boolean;
  dispatch: CaptureDispatch;
}) {
  const { db } = deps;

  /**
   * Refuses, before anything is stored, a URL that is not http(s) or whose host is (or resolves to)
   * a private, loopback or link-local address. A name that does not resolve now is accepted: the
   * capture checks every request again inside Chromium, and fails there.
   */
  async function assertCapturable(url: string): Promise<void> {
    const verdict = await checkCaptureTarget(url);
    if (verdict.ok || verdict.refusal === 'unresolvable') return;
    if (verdict.refusal === 'unsupported_url')
      throw new AppError('captures.unsupported_url', { detail: verdict.detail });
    if (!deps.allowPrivate)
      throw new AppError('captures.private_address', { host: verdict.host, address: verdict.address });
  }

  /** Stores a capture request with its audit event; used by a pasted URL and by a lead's action. */
  async function enqueue(
    tx: Queryable,
    ctx: RequestContext,
    membership: Membership,
    c: { url: string; regionCode: string; leadId: string | null },
  ): Promise<string> {
    const id = await capturesRepository.insert(tx, {
      requestedUrl: c.url,
      regionCode: c.regionCode,
      leadId: c.leadId,
      limits: deps.limits,
      requestedBy: ctx.actor.userId,
      requestedByLabel: ctx.actor.email,
      organizationId: membership.organizationId,
    });
    await recordAudit(tx, {
      actor: auditActor(ctx, membership),
      regionCode: c.regionCode,
      action: 'capture.requested',
      entityType: 'capture',
      entityId: id,
      after: { url: c.url, leadId: c.leadId, limits: deps.limits },
      requestId: ctx.requestId,
    });
    return id;
  }

  async function load(ctx: RequestContext, id: string) {
    const row = assertFound(await capturesRepository.findById(db, id), 'captures.not_found');
    const membership = await authorize(db, ctx, 'monitoring.read', row.region_code);
    return { row, membership };
  }

  return {
    assertCapturable,
    enqueue,
    dispatch: (id: string) => deps.dispatch.dispatch(id),
    close: () => deps.dispatch.close(),

    async request(ctx: RequestContext, input: CaptureRequest) {
      const within = await authorize(db, ctx, 'monitoring.handle');
      const regionCode = input.regionCode ?? within.regionCode;
      const membership = await authorize(db, ctx, 'monitoring.handle', regionCode);
      await assertCapturable(input.url);
      const id = await inTransaction(db, (tx) =>
        enqueue(tx, ctx, membership, { url: input.url, regionCode, leadId: null }),
      );
      await deps.dispatch.dispatch(id);
      return toCaptureDto(assertFound(await capturesRepository.findById(db, id), 'captures.not_found'));
    },

    async get(ctx: RequestContext, id: string) {
      return toCaptureDto((await load(ctx, id)).row);
    },

    async list(ctx: RequestContext, query: { page: number; pageSize: number; leadId?: string }) {
      await authorize(db, ctx, 'monitoring.read');
      const { rows, total } = await capturesRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'monitoring.read'),
        leadId: query.leadId,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map(toCaptureDto), total, page: query.page, pageSize: query.pageSize };
    },

    /** The stored screenshot or HTML; every download is audited with the file's hash. */
    async file(ctx: RequestContext, id: string, file: 'screenshot' | 'html') {
      const { row, membership } = await load(ctx, id);
      const sha256 = file === 'screenshot' ? row.screenshot_sha256 : row.html_sha256;
      if (row.status !== 'done' || !sha256) throw new AppError('captures.not_ready', { status: row.status });
      const bytes = await deps.storage.get(sha256);
      await recordAudit(db, {
        actor: auditActor(ctx, membership),
        regionCode: row.region_code,
        action: 'capture.downloaded',
        entityType: 'capture',
        entityId: id,
        after: { file, sha256 },
        requestId: ctx.requestId,
      });
      return { bytes, sha256, mediaType: file === 'screenshot' ? 'image/png' : 'text/html; charset=utf-8' };
    },
  };
}
export type CapturesService = ReturnType<typeof createCapturesService>;
