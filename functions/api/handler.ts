import { handle } from 'hono/aws-lambda';
import { createApp } from '../../shared/api/app.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';

/** API Gateway (HTTP API) → the one Hono app. */
export const handler = handle(createApp(servicesFromEnvironment()));
