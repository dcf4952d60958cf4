import { chromium, errors, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { CaptureFailureReason } from '@netra/contracts';
import type { TargetVerdict } from './capture-target';

export type CaptureLimits = { timeoutMs: number; maxRedirects: number; maxBytes: number };

/** Decides whether Chromium may send a request to `url` (capture-target.ts: public http(s) only). */
export type RequestGuard = (url: URL) => Promise<TargetVerdict>;

type Common = {
  finalUrl: string | null;
  redirectCount: number;
  bytesReceived: number;
  userAgent: string | null;
  browserVersion: string | null;
};

export type PageCaptureResult =
  | (Common & {
      ok: true;
      screenshot: Buffer;
      html: Buffer;
      httpStatus: number | null;
      title: string;
      serverAddress: string | null;
    })
  | (Common & { ok: false; reason: CaptureFailureReason; detail: string });

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** A limit was hit: the page is closed at once and the capture reports why. */
class Stopped extends Error {
  constructor(
    readonly reason: CaptureFailureReason,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Loads `url` in a fresh headless Chromium and returns a full-page PNG, the rendered HTML, the final
 * URL and the HTTP status. Stops a page that takes longer than `timeoutMs`, redirects more than
 * `maxRedirects` times (HTTP or script redirects of the main frame) or downloads more than
 * `maxBytes`, and says which limit stopped it.
 *
 * With a `guard`, every request Chromium makes (the page, each redirect hop, frames, resources) waits
 * for the guard's verdict and is blocked when refused; a refused main-frame navigation fails the
 * capture (`navigation_failed`, with the reason). Without one, nothing is checked
 * (NETRA_CAPTURE_ALLOW_PRIVATE).
 */
export async function capturePage(
  url: string,
  limits: CaptureLimits,
  chromiumPath: string,
  guard?: RequestGuard,
): Promise<PageCaptureResult> {
  const seen: Common = {
    finalUrl: null,
    redirectCount: 0,
    bytesReceived: 0,
    userAgent: null,
    browserVersion: null,
  };
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    });
  } catch (error) {
    return { ...seen, ok: false, reason: 'browser_failed', detail: firstLine(error) };
  }
  let stopped: Stopped | undefined;
  // Set from event handlers: read through functions so that the type checker does not narrow it.
  const stoppedBy = (): Stopped | undefined => stopped;
  const throwIfStopped = () => {
    const by = stoppedBy();
    if (by) throw by;
  };
  let opened: Page | undefined;
  const stop = (reason: CaptureFailureReason, detail: string) => {
    if (stopped) return;
    stopped = new Stopped(reason, detail);
    void opened?.close().catch(() => undefined);
  };
  try {
    seen.browserVersion = browser.version();
    // Before any page exists, so that no request escapes the guard.
    const mainFrame = guard ? await guardRequests(browser, guard, stop) : undefined;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
      acceptDownloads: false,
      locale: 'id-ID',
    });
    const page = await context.newPage();
    opened = page;
    await mainFrame?.set(page);
    page.setDefaultTimeout(limits.timeoutMs);
    seen.userAgent = await page.evaluate(() => navigator.userAgent);
    await watchBytes(page, limits.maxBytes, seen, stop);
    let navigations = 0;
    page.on('request', (request) => {
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
      navigations += 1;
      seen.redirectCount = navigations - 1;
      if (seen.redirectCount > limits.maxRedirects)
        stop('too_many_redirects', `more than ${limits.maxRedirects} redirects (at ${request.url()})`);
    });
    const deadline = setTimeout(
      () => stop('timeout', `capture took longer than ${limits.timeoutMs} ms`),
      limits.timeoutMs * 2,
    );
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: limits.timeoutMs });
      // Pages that keep loading after "load" get a short grace period, not the whole timeout.
      await page.waitForLoadState('networkidle', { timeout: 2_000 }).catch(() => undefined);
      throwIfStopped();
      seen.finalUrl = page.url();
      const html = Buffer.from(await page.content(), 'utf8');
      if (html.length > limits.maxBytes)
        throw new Stopped('too_large', `HTML of ${html.length} bytes exceeds ${limits.maxBytes}`);
      const screenshot = await page.screenshot({ fullPage: true, type: 'png', timeout: limits.timeoutMs });
      throwIfStopped();
      const server = await response?.serverAddr().catch(() => null);
      return {
        ...seen,
        ok: true,
        screenshot,
        html,
        httpStatus: response?.status() ?? null,
        title: (await page.title()).slice(0, 500),
        serverAddress: server ? `${server.ipAddress}:${server.port}` : null,
      };
    } finally {
      clearTimeout(deadline);
    }
  } catch (error) {
    const cause = stoppedBy() ?? error;
    if (cause instanceof Stopped) return { ...seen, ok: false, reason: cause.reason, detail: cause.message };
    if (cause instanceof errors.TimeoutError)
      return { ...seen, ok: false, reason: 'timeout', detail: `no page within ${limits.timeoutMs} ms` };
    const detail = firstLine(cause);
    // Chromium's own redirect cap (20) when the configured limit is higher.
    if (detail.includes('ERR_TOO_MANY_REDIRECTS'))
      return { ...seen, ok: false, reason: 'too_many_redirects', detail };
    return { ...seen, ok: false, reason: 'navigation_failed', detail };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/**
 * Holds every request of the browser (all pages, frames and workers) until `guard` has judged its
 * URL, through the DevTools Fetch domain on the browser target. Playwright's page.route is not
 * enough: it never sees the hops of an HTTP redirect (its handler runs for the first URL only), and
 * a public page answering "302 Location: http://169.254.169.254/" is the classic way around a check
 * of the pasted URL. WebSocket connections do not pass through the Fetch domain.
 */
async function guardRequests(
  browser: Browser,
  guard: RequestGuard,
  stop: (reason: CaptureFailureReason, detail: string) => void,
): Promise<{ set(page: Page): Promise<void> }> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  let mainFrameId: string | undefined;
  const judge = async (event: {
    requestId: string;
    request: { url: string };
    resourceType: string;
    frameId: string;
  }) => {
    let verdict: TargetVerdict;
    try {
      const target = new URL(event.request.url);
      // Only network schemes reach the Fetch domain; data: and blob: stay inside the browser.
      verdict =
        target.protocol === 'data:' || target.protocol === 'blob:' ? { ok: true } : await guard(target);
    } catch (error) {
      verdict = { ok: false, refusal: 'unsupported_url', detail: firstLine(error) };
    }
    if (verdict.ok) {
      await cdp.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => undefined);
      return;
    }
    const mainFrame =
      event.resourceType === 'Document' && (mainFrameId === undefined || event.frameId === mainFrameId);
    if (mainFrame) stop('navigation_failed', `refused ${event.request.url}: ${refusalText(verdict)}`);
    await cdp
      .send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' })
      .catch(() => undefined);
  };
  cdp.on('Fetch.requestPaused', (event) => void judge(event));
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
  return {
    // The main frame's id is its page's target id.
    async set(page) {
      const session = await page.context().newCDPSession(page);
      mainFrameId = (await session.send('Target.getTargetInfo')).targetInfo.targetId;
      await session.detach().catch(() => undefined);
    },
  };
}

function refusalText(verdict: Exclude<TargetVerdict, { ok: true }>): string {
  switch (verdict.refusal) {
    case 'private_address':
      return `${verdict.host} is a private, loopback or link-local address (${verdict.address})`;
    case 'unresolvable':
      return `${verdict.host} does not resolve (${verdict.detail})`;
    case 'unsupported_url':
      return verdict.detail;
  }
}

/** Counts bytes as they arrive (Chromium DevTools protocol), so a huge page is cut off mid-stream. */
async function watchBytes(
  page: Page,
  maxBytes: number,
  seen: Common,
  stop: (reason: CaptureFailureReason, detail: string) => void,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const tooLarge = () => `more than ${maxBytes} bytes downloaded`;
  cdp.on('Network.responseReceived', (event) => {
    const header = Object.entries(event.response.headers).find(([k]) => k.toLowerCase() === 'content-length');
    const declared = header ? Number(header[1]) : NaN;
    if (Number.isFinite(declared) && declared > maxBytes) stop('too_large', tooLarge());
  });
  cdp.on('Network.dataReceived', (event) => {
    seen.bytesReceived += Math.max(event.dataLength, event.encodedDataLength);
    if (seen.bytesReceived > maxBytes) stop('too_large', tooLarge());
  });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).slice(0, 500);
}
