import { handle } from 'hono/aws-lambda';
import { createApp } from '../../shared/api/app.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';
import { resolveCursorSecret } from '../../shared/runtime/secrets.js';

const environment = { ...process.env, ...(await resolveCursorSecret(process.env)) };

/** API Gateway (HTTP API) → the one Hono app. */
export const handler = handle(createApp(servicesFromEnvironment(environment)));
