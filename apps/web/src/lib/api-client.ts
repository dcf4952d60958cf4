import { toApiError } from './api-error';

const CSRF_COOKIE = 'netra_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD']);
let csrfPromise: Promise<string> | undefined;

function readCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

async function csrfToken(): Promise<string> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  csrfPromise ??= fetch('/api/csrf', { credentials: 'same-origin' })
    .then(async (r) => {
      const body: unknown = await r.json().catch(() => undefined);
      // A refused token request (rate limit…) is reported as itself, not as a CSRF mismatch later.
      if (!r.ok) throw toApiError(r.status, body);
      return (body as { token: string }).token;
    })
    .finally(() => {
      csrfPromise = undefined;
    });
  return csrfPromise;
}

export type RequestOptions = {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
};

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Fetch wrapper for every API call: JSON in and out, the session cookie, the CSRF header on
 * mutating Netra routes, and an `ApiError` for any non-2xx answer.
 */
export async function apiRequest<T>(
  path: string,
  options: RequestOptions & { headers?: Record<string, string> } = {},
): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && !path.startsWith('/api/auth/'))
    headers['x-csrf-token'] = await csrfToken();
  const response = await fetch(withQuery(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

/** A multipart upload of one file (field `file`) with the CSRF header and optional extra headers. */
export async function apiUpload<T>(
  path: string,
  file: File,
  headers: Record<string, string> = {},
  fields: Record<string, string> = {},
): Promise<T> {
  const form = new FormData();
  // Fields go before the file: the server reads them with the file part.
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  const response = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'x-csrf-token': await csrfToken(), ...headers },
    credentials: 'same-origin',
    body: form,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

/** A GET of a file (PDF…) with extra headers; the answer's bytes, or an `ApiError`. */
export async function apiDownload(path: string, headers: Record<string, string> = {}): Promise<Blob> {
  const response = await fetch(path, { headers, credentials: 'same-origin' });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw toApiError(response.status, body);
  }
  return response.blob();
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query']) => apiRequest<T>(path, { query }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
