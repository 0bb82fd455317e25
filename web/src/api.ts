/**
 * The HTTP API client: JSON in and out, problem details turned into `ApiError`s. The shapes of
 * requests and replies are the server's own types (`src/server/index.ts`, inferred from the zod
 * schemas the routes validate with), imported as types only: no server code reaches the bundle.
 */
import { formatProblem, problem, type Locale, type Problem } from '../../src/core/index.ts';
import type { Scenario } from '../../src/model/index.ts';
import type { StoredScenario } from '../../src/server/index.ts';

/**
 * A stored scenario as the pages use it (GET /api/scenarios/{id}). To a delegation the API sends
 * the document redacted (`redacted: true`: other parties carry only id, name and description);
 * the pages never analyse a redacted document and its forms edit only the delegation's own party
 * (reading `weights ?? {}` of the others), so they hold either kind as a `Scenario`.
 */
export type ScenarioView = Omit<StoredScenario, 'document'> & { document: Scenario };

/**
 * A problem as the server sends it: a catalogue code and its params, and the server's rendering.
 * A server of another version may send a code this app does not know: it is shown in the server's words.
 */
export type ApiProblem = Omit<Problem, 'code' | 'params'> & { code: string; params?: Record<string, unknown> };

/** One problem as the web app shows it: re-rendered in the page's language from code + params. */
export function showProblem(p: ApiProblem, locale: Locale): string {
  return formatProblem(p as Problem, { locale, surface: 'web' });
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problems: ApiProblem[],
  ) {
    super(problems.map((p) => formatProblem(p as Problem)).join('\n') || `HTTP ${status}`);
  }
}

/**
 * A problem as a form shows it: the path inside what the user filled in ("rounds"), without the
 * request part the API names ("body.rounds", "querystring.statusQuo").
 */
export function forForm<P extends ApiProblem>(p: P): P {
  return ['body', 'querystring', 'params'].includes(String(p.path[0])) ? { ...p, path: p.path.slice(1) } : p;
}

/**
 * The problems of a file sent as a request body, told about the file: its name instead of "request
 * body", and paths inside the file (without the leading "body").
 */
export function inFile(e: unknown, name: string): unknown {
  if (!(e instanceof ApiError)) return e;
  const problems = e.problems.map((p) => ({
    ...forForm(p),
    file: !p.file || p.file === 'request body' ? name : p.file,
  }));
  return new ApiError(e.status, e.code, problems);
}

export function getToken(): string {
  return localStorage.getItem('cg-token') ?? '';
}

export function setToken(token: string): void {
  if (token) localStorage.setItem('cg-token', token);
  else localStorage.removeItem('cg-token');
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = getToken();
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

async function parse<T>(res: Response): Promise<T> {
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    if (type.includes('json')) {
      const body = (await res.json()) as { code?: string; errors?: ApiProblem[]; detail?: string };
      throw new ApiError(
        res.status,
        body.code ?? 'http_error',
        body.errors ?? [{ code: body.code ?? 'http_error', path: [], message: body.detail ?? res.statusText }],
      );
    }
    throw new ApiError(res.status, 'http_error', [
      problem('http_error', { status: res.status, statusText: res.statusText }),
    ]);
  }
  if (res.status === 204) return undefined as T;
  return (type.includes('json') ? res.json() : res.text()) as Promise<T>;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = {
    method,
    headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  return parse<T>(await fetch(path, init));
}

export async function upload<T>(path: string, files: File[] | FileList): Promise<T> {
  const form = new FormData();
  for (const f of Array.from(files)) form.append('files', f, f.name);
  return parse<T>(await fetch(path, { method: 'POST', headers: headers(), body: form }));
}

export async function sendText<T>(path: string, text: string, contentType: string): Promise<T> {
  return parse<T>(await fetch(path, { method: 'POST', headers: headers({ 'content-type': contentType }), body: text }));
}

/**
 * Download a file from the API with the caller's token (a plain link would send no Authorization
 * header, so with CG_ADMIN_TOKEN set every export answered 401).
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(path, { headers: headers() });
  if (!res.ok) await parse(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Poll a job until it settles, reporting progress and newly streamed items. */
export async function watchJob<J extends { status: string; progress: number; items: unknown[]; itemCount: number }>(
  id: string,
  onUpdate: (job: J, newItems: J['items']) => void,
  opts: { intervalMs?: number; signal?: AbortSignal } = {},
): Promise<J> {
  let since = 0;
  for (;;) {
    if (opts.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const job = await api<J>('GET', `/api/jobs/${encodeURIComponent(id)}?since=${since}`);
    since += job.items.length;
    onUpdate(job, job.items);
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 150));
  }
}

/**
 * Follow a server-sent event stream with the caller's token (EventSource cannot send an
 * Authorization header): calls `onEvent(name, data)` per event until `signal` aborts or the
 * server ends the stream (a revoked token, shutdown); resolves then.
 */
export async function followEvents(
  path: string,
  onEvent: (name: string, data: unknown) => void,
  signal: AbortSignal,
): Promise<void> {
  const res = await fetch(path, { headers: headers({ accept: 'text/event-stream' }), signal });
  if (!res.ok || !res.body) {
    await parse(res);
    return;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buf += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const chunk = buf.slice(0, cut).split('\n');
      buf = buf.slice(cut + 2);
      const name = chunk.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = chunk.find((l) => l.startsWith('data: '))?.slice(6);
      if (data !== undefined) onEvent(name, JSON.parse(data));
    }
  }
}
