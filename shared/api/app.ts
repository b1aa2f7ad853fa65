import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { reprocessMessage } from '../ingest/s3-events.js';
import { DocumentRecordSchema } from '../model/record.js';
import type { Services } from '../runtime/environment.js';
import { InvalidCursorError } from '../storage/cursor.js';
import { type FacetType, facetKey, normaliseName, normaliseResolutionKey } from '../storage/facets.js';
import type { Page } from '../storage/repository.js';
import { badRequest, notFound, problemResponse } from './problem.js';
import {
  CountedValueSchema,
  DateRangeQuerySchema,
  DocumentListingSchema,
  EntityTypeSchema,
  PageQuerySchema,
  PeriodSchema,
  ProblemSchema,
  pageOf,
  UploadRequestSchema,
  UploadResponseSchema,
} from './schemas.js';

const SOURCE_URL_SECONDS = 300;
const UPLOAD_URL_SECONDS = 900;

const DocumentPageSchema = pageOf(DocumentListingSchema, 'DocumentPage');
const CountedPageSchema = pageOf(CountedValueSchema, 'CountedValuePage');
const problems = {
  400: { description: 'Invalid parameter', content: { 'application/problem+json': { schema: ProblemSchema } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: ProblemSchema } } },
} as const;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const routes = {
  listDocuments: createRoute({
    method: 'get',
    path: '/documents',
    summary: 'Documents, newest first by document date',
    request: { query: PageQuerySchema.extend(DateRangeQuerySchema.shape).extend({ kind: z.string().optional() }) },
    responses: { 200: json(DocumentPageSchema, 'A page of documents'), 400: problems[400] },
  }),
  getDocument: createRoute({
    method: 'get',
    path: '/documents/{id}',
    summary: 'The whole record of one document',
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: json(DocumentRecordSchema, 'The record'), 404: problems[404] },
  }),
  getSource: createRoute({
    method: 'get',
    path: '/documents/{id}/source',
    summary: 'A short-lived presigned URL to the original object',
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: json(z.object({ url: z.string(), expiresAt: z.string() }), 'Presigned GET URL'),
      404: problems[404],
    },
  }),
  reprocess: createRoute({
    method: 'post',
    path: '/documents/{id}/reprocess',
    summary: 'Queue the document for re-extraction',
    request: { params: z.object({ id: z.string() }) },
    responses: { 202: json(z.object({ id: z.string(), queued: z.literal(true) }), 'Queued'), 404: problems[404] },
  }),
  listResolutions: createRoute({
    method: 'get',
    path: '/resolutions',
    summary: 'Cited resolutions with document counts',
    request: { query: PageQuerySchema.extend({ prefix: z.string().optional() }) },
    responses: { 200: json(CountedPageSchema, 'A page of resolutions'), 400: problems[400] },
  }),
  resolutionDocuments: createRoute({
    method: 'get',
    path: '/resolutions/{key}/documents',
    summary: 'Documents citing a resolution (S%2FRES%2F2396 or S-RES-2396)',
    request: { params: z.object({ key: z.string() }), query: PageQuerySchema.extend(DateRangeQuerySchema.shape) },
    responses: { 200: json(DocumentPageSchema, 'A page of documents'), 400: problems[400] },
  }),
  listEntities: createRoute({
    method: 'get',
    path: '/entities',
    summary: 'Entity names with document counts',
    request: { query: PageQuerySchema.extend({ type: EntityTypeSchema.optional(), prefix: z.string().optional() }) },
    responses: { 200: json(CountedPageSchema, 'A page of entity names'), 400: problems[400] },
  }),
  entityDocuments: createRoute({
    method: 'get',
    path: '/entities/{type}/{name}/documents',
    summary: 'Documents naming an entity, by any of its names',
    request: {
      params: z.object({ type: EntityTypeSchema, name: z.string().min(1) }),
      query: PageQuerySchema.extend(DateRangeQuerySchema.shape),
    },
    responses: { 200: json(DocumentPageSchema, 'A page of documents'), 400: problems[400] },
  }),
  mentionDocuments: createRoute({
    method: 'get',
    path: '/mentions/{period}/documents',
    summary: 'Documents mentioning a date within a year, month or day',
    request: { params: z.object({ period: PeriodSchema }), query: PageQuerySchema },
    responses: { 200: json(DocumentPageSchema, 'A page of documents'), 400: problems[400] },
  }),
  createUpload: createRoute({
    method: 'post',
    path: '/uploads',
    summary: 'A presigned PUT URL for a new document under the ingest prefix',
    request: { body: { content: { 'application/json': { schema: UploadRequestSchema } }, required: true } },
    responses: {
      201: json(UploadResponseSchema, 'Upload URL'),
      400: problems[400],
      413: { description: 'Too large', content: { 'application/problem+json': { schema: ProblemSchema } } },
    },
  }),
};

/**
 * The query API: one Hono app, served by the Lambda adapter on AWS and by @hono/node-server
 * locally. Every answer comes from a GetItem or a Query on a key or index.
 *
 * @example
 * const response = await createApp(services).request('/resolutions/S-RES-2396/documents');
 */
export function createApp(services: Services): OpenAPIHono {
  const { repository } = services;
  const bucket = services.environment.BUCKET_NAME;
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      return badRequest(issue?.path.join('.') || result.target, issue?.message ?? 'invalid');
    },
  });

  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.openapi(routes.listDocuments, async (c) => {
    const { kind, from, to, ...page } = c.req.valid('query');
    const range = { from, to };
    const result = kind
      ? await repository.listByFacet(facetKey({ type: 'KIND', value: kind, label: kind }), page, range)
      : await repository.listDocuments(page, range);
    return c.json(result, 200);
  });

  app.openapi(routes.getDocument, async (c) => {
    const record = await repository.get(c.req.valid('param').id);
    if (!record) throw new HTTPException(404, { res: notFound(`no document with id '${c.req.valid('param').id}'`) });
    return c.json(record, 200);
  });

  app.openapi(routes.getSource, async (c) => {
    const record = await repository.get(c.req.valid('param').id);
    if (!record) throw new HTTPException(404, { res: notFound(`no document with id '${c.req.valid('param').id}'`) });
    const url = await getSignedUrl(
      services.s3,
      new GetObjectCommand({
        Bucket: record.source.bucket,
        Key: record.source.key,
        ...(record.source.versionId ? { VersionId: record.source.versionId } : {}),
      }),
      { expiresIn: SOURCE_URL_SECONDS },
    );
    return c.json({ url, expiresAt: new Date(Date.now() + SOURCE_URL_SECONDS * 1000).toISOString() }, 200);
  });

  app.openapi(routes.reprocess, async (c) => {
    const { id } = c.req.valid('param');
    const record = await repository.get(id);
    if (!record) throw new HTTPException(404, { res: notFound(`no document with id '${id}'`) });
    await services.queue.sendAll([reprocessMessage(record.source.bucket, record.source.key, true)]);
    return c.json({ id, queued: true as const }, 202);
  });

  app.openapi(routes.listResolutions, async (c) => {
    const { prefix, ...page } = c.req.valid('query');
    const normalised = prefix ? normaliseResolutionKey(prefix) : undefined;
    return c.json(await repository.listCounted('RES', page, { prefix: normalised }), 200);
  });

  app.openapi(routes.resolutionDocuments, async (c) => {
    const { from, to, ...page } = c.req.valid('query');
    const key = normaliseResolutionKey(c.req.valid('param').key);
    return c.json(await listFacet('RES', key, page, { from, to }), 200);
  });

  app.openapi(routes.listEntities, async (c) => {
    const { type, prefix, ...page } = c.req.valid('query');
    const options = { prefix: prefix ? normaliseName(prefix) : undefined, entityType: type };
    return c.json(await repository.listCounted('ENTITY', page, options), 200);
  });

  app.openapi(routes.entityDocuments, async (c) => {
    const { from, to, ...page } = c.req.valid('query');
    const { type, name } = c.req.valid('param');
    return c.json(await listFacet('ENTITY', `${type}#${normaliseName(name)}`, page, { from, to }), 200);
  });

  app.openapi(routes.mentionDocuments, async (c) => {
    const page = c.req.valid('query');
    return c.json(await listFacet('MENTION', c.req.valid('param').period, page, {}), 200);
  });

  app.openapi(routes.createUpload, async (c) => {
    const { filename, contentType, size } = c.req.valid('json');
    const maxBytes = services.environment.MAX_DOCUMENT_BYTES;
    if (size > maxBytes) {
      return problemResponse({
        status: 413,
        title: 'Content Too Large',
        detail: `size ${size} is over the ${maxBytes}-byte limit`,
        parameter: 'size',
      }) as never;
    }
    const key = `${services.environment.INGEST_PREFIX}${randomUUID()}/${filename}`;
    const headers = { 'content-type': contentType, 'content-length': String(size) };
    // Content type and length are signed: S3 refuses an upload that differs from what was declared.
    const url = await getSignedUrl(
      services.s3,
      new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size }),
      { expiresIn: UPLOAD_URL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
    );
    const expiresAt = new Date(Date.now() + UPLOAD_URL_SECONDS * 1000).toISOString();
    return c.json({ url, method: 'PUT' as const, key, headers, expiresAt }, 201);
  });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Docket',
      version: '1',
      description: 'Structured records extracted from UN reports and press releases',
    },
  });

  app.notFound(() => notFound('no such route'));
  app.onError((error) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (error instanceof InvalidCursorError) return badRequest('cursor', error.message);
    console.error(error);
    return problemResponse({
      status: 500,
      title: 'Internal Server Error',
      detail: 'the request could not be completed',
    });
  });
  return app;

  function listFacet(
    type: FacetType,
    value: string,
    page: { limit: number; cursor?: string | undefined },
    range: { from?: string | undefined; to?: string | undefined },
  ): Promise<Page<z.infer<typeof DocumentListingSchema>>> {
    return repository.listByFacet(facetKey({ type, value, label: value }), page, range);
  }
}
