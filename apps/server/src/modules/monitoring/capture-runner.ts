import os from 'node:os';
import { inTransaction, type Database } from '../../db/database';
import { recordAudit } from '../audit/audit.service';
import type { EvidenceStorage } from '../cases/evidence-storage';
import { capturesRepository, type CaptureRow } from './captures.repository';
import { cachedTargetCheck } from './capture-target';
import { capturePage, type PageCaptureResult } from './page-capture';

/** Where the capture was taken from: this machine's name and its non-loopback addresses. */
function thisMachine(): { hostname: string; addresses: string[] } {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => Boolean(a) && !a!.internal)
    .map((a) => a.address);
  return { hostname: os.hostname(), addresses };
}

/**
 * Runs one queued capture: claims it (so a redelivered job does nothing), loads the page with the
 * limits recorded when it was requested, stores screenshot and HTML content-addressed, and writes
 * the result with its audit event in one transaction. Used by the pg-boss job and the inline mode.
 */
export function createCaptureRunner(deps: {
  db: Database;
  storage: EvidenceStorage;
  chromiumPath: string;
  /** NETRA_CAPTURE_ALLOW_PRIVATE: let Chromium reach private, loopback and link-local addresses. */
  allowPrivate: boolean;
}) {
  const { db, storage } = deps;
  return async function runCapture(captureId: string): Promise<CaptureRow | undefined> {
    const claimed = await capturesRepository.claim(db, captureId);
    if (!claimed) return capturesRepository.findById(db, captureId);
    let result: PageCaptureResult;
    try {
      // Every request is checked again inside Chromium (redirects, and a name that now resolves
      // elsewhere than when the capture was requested).
      result = await capturePage(
        claimed.requested_url,
        claimed.limits,
        deps.chromiumPath,
        deps.allowPrivate ? undefined : cachedTargetCheck(),
      );
    } catch (error) {
      result = {
        ok: false,
        reason: 'browser_failed',
        detail: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
        finalUrl: null,
        redirectCount: 0,
        bytesReceived: 0,
        userAgent: null,
        browserVersion: null,
      };
    }
    const screenshot = result.ok
      ? { sha256: await storage.put(result.screenshot), bytes: result.screenshot.length }
      : null;
    const html = result.ok ? { sha256: await storage.put(result.html), bytes: result.html.length } : null;
    const capturedFrom = {
      ...thisMachine(),
      userAgent: result.userAgent,
      browserVersion: result.browserVersion,
    };
    await inTransaction(db, async (tx) => {
      await capturesRepository.finish(tx, captureId, {
        status: result.ok ? 'done' : 'failed',
        failureReason: result.ok ? null : result.reason,
        failureDetail: result.ok ? null : result.detail,
        finalUrl: result.finalUrl,
        httpStatus: result.ok ? result.httpStatus : null,
        pageTitle: result.ok ? result.title : null,
        screenshot,
        html,
        redirectCount: result.redirectCount,
        bytesReceived: result.bytesReceived,
        serverAddress: result.ok ? result.serverAddress : null,
        capturedFrom,
      });
      await recordAudit(tx, {
        actor: {
          userId: claimed.requested_by,
          label: claimed.requested_by_label,
          organizationId: claimed.organization_id,
        },
        regionCode: claimed.region_code,
        action: result.ok ? 'capture.completed' : 'capture.failed',
        entityType: 'capture',
        entityId: captureId,
        outcome: result.ok ? 'success' : 'failed',
        after: result.ok
          ? { screenshotSha256: screenshot!.sha256, htmlSha256: html!.sha256, finalUrl: result.finalUrl }
          : { reason: result.reason },
      });
    });
    return capturesRepository.findById(db, captureId);
  };
}
export type CaptureRunner = ReturnType<typeof createCaptureRunner>;
