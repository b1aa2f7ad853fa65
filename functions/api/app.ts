import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Services } from '../../shared/runtime/environment.js';
import { InvalidCursorError } from '../../shared/storage/cursor.js';

const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).optional(),
});

/**
 * The query API: one Hono app, served by the Lambda adapter on AWS and by @hono/node-server locally.
 *
 * @example
 * const response = await createApp(services).request('/documents?limit=5');
 */
export function createApp(services: Pick<Services, 'repository'>): Hono {
  const app = new Hono();

  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.get('/documents', async (c) => {
    const query = parseQuery(PageQuerySchema, c.req.query());
    return c.json(await services.repository.listDocuments(query));
  });

  app.get('/documents/:id', async (c) => {
    const record = await services.repository.get(c.req.param('id'));
    if (!record) return problem(404, 'Not Found', `no document with id '${c.req.param('id')}'`);
    return c.json(record);
  });

  app.notFound(() => problem(404, 'Not Found', 'no such route'));
  app.onError((error) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (error instanceof InvalidCursorError) return problem(400, 'Bad Request', error.message, 'cursor');
    console.error(error);
    return problem(500, 'Internal Server Error', 'the request could not be completed');
  });
  return app;
}

function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = issue?.path.join('.') ?? 'query';
  throw new HTTPException(400, { res: problem(400, 'Bad Request', `${parameter}: ${issue?.message}`, parameter) });
}

/** RFC 9457 problem details. */
function problem(status: number, title: string, detail: string, parameter?: string): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title, status, detail, ...(parameter ? { parameter } : {}) }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}
