import { handle } from 'hono/aws-lambda';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';
import { createApp } from './app.js';

export const handler = handle(createApp(servicesFromEnvironment()));
