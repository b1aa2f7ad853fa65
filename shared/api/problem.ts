/**
 * RFC 9457 problem details: every error the API returns has this shape.
 *
 * @example
 * return problemResponse({ status: 404, title: 'Not Found', detail: "no document with id 'x'" });
 */
export interface Problem {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** The request parameter that was wrong, for 400s. */
  readonly parameter?: string;
}

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify({ type: 'about:blank', ...problem }), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

export const badRequest = (parameter: string, detail: string): Response =>
  problemResponse({ status: 400, title: 'Bad Request', detail: `${parameter}: ${detail}`, parameter });

export const notFound = (detail: string): Response => problemResponse({ status: 404, title: 'Not Found', detail });
