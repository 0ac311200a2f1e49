// The inbox's JSON API (server/api_*.cpp). The session lives in an HttpOnly
// cookie the page never sees; the CSRF token travels in a header on changes.
import type { Scores } from '../types.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter = 0) {
    super(message);
  }
}

export interface SessionInfo { email: string; role: 'owner' | 'staff'; csrf: string; idleSeconds: number }
export type Status = 'new' | 'contacted' | 'booked' | 'closed';
export type Level = 'urgent' | 'pt_evaluation' | 'self_care';
export const STATUSES: Status[] = ['new', 'contacted', 'booked', 'closed'];
export const LEVELS: Level[] = ['urgent', 'pt_evaluation', 'self_care'];
export interface LeadRow { id: string; receivedAt: number; status: Status; level: Level; statusAt: number }

export interface Words {
  triage: { level: string; title: string };
  reasons: { code: string; kind: 'red_flag' | 'finding'; strength?: string; text: string }[];
  findings: { code: string; side?: string; confidence?: string; text: string; values: Record<string, unknown> }[];
  notAssessed: { code: string; text: string }[];
}
export interface LeadDetail extends LeadRow {
  now: number;
  words: Words;
  lead: {
    createdAt: string; locale: string; pageUrl: string; coreVersion: string; summary: string;
    contact: { name?: string; email?: string; phone?: string; preferredTime: string; note?: string };
    consents: { shareWithClinic: boolean; marketing: boolean; wording: { shareWithClinic: string; marketing: string } };
    scores: Scores; // the core's, copied into the lead (docs/lead.schema.json)
  };
}
export interface AuditEntry { id: number; at: number; actor: string; ip: string; action: string; leadId: string; detail: string }

let csrf = '';
export const setCsrf = (token: string): void => { csrf = token; };

interface Options { method?: string; body?: unknown; poll?: boolean }

export async function api<T>(path: string, { method = 'GET', body, poll = false }: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' || path === '/api/export') headers['X-CSRF-Token'] = csrf;
  if (poll) headers['X-Inbox-Poll'] = '1'; // a background refresh is not activity
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const error = data?.error ?? {};
    throw new ApiError(res.status, String(error.code ?? ''), String(error.message ?? ''),
      Number(res.headers.get('Retry-After') ?? 0));
  }
  return data as T;
}
