/**
 * The query API on @hono/node-server in its own process, so that autocannon in the parent does not
 * share an event loop with it. Configuration comes from the environment the parent passes (the
 * local stack's endpoints); prints `LISTENING <port>` once ready.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../shared/api/app.js';
import { servicesFromEnvironment } from '../shared/runtime/environment.js';

const services = servicesFromEnvironment(process.env, { queue: { sendAll: async () => undefined } });
const server = serve({ fetch: createApp(services).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`LISTENING ${info.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
