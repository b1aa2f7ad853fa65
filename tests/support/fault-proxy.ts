import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to the next request. */
export type FaultMode = 'pass' | 'server-error' | 'throttle' | 'reset';

/**
 * A small HTTP proxy in front of an emulator that injects the faults AWS services really produce:
 * 5xx answers, throttling answers (in the service's own error format), and connection resets.
 * The AWS SDK clients under test talk to it by endpoint, so their real retry and error handling run.
 */
export class FaultProxy {
  mode: FaultMode = 'pass';
  /** Requests let through before faults start (to fail in the middle of a sequence of calls). */
  passBeforeFault = 0;
  faultsInjected = 0;
  requests = 0;

  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
  ) {}

  static async start(target: string, service: 's3' | 'dynamodb'): Promise<FaultProxy> {
    const targetUrl = new URL(target);
    let proxy: FaultProxy | undefined;
    const server = createServer((incoming, outgoing) => {
      const self = proxy as FaultProxy;
      self.requests++;
      const shouldFail = self.mode !== 'pass' && self.passBeforeFault-- <= 0;
      if (shouldFail) {
        self.faultsInjected++;
        incoming.resume();
        if (self.mode === 'reset') {
          incoming.socket.destroy();
          return;
        }
        const throttled = self.mode === 'throttle';
        if (service === 'dynamodb') {
          const type = throttled ? 'ThrottlingException' : 'InternalServerError';
          outgoing.writeHead(throttled ? 400 : 500, { 'content-type': 'application/x-amz-json-1.0' });
          outgoing.end(
            JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: 'injected fault' }),
          );
        } else {
          const code = throttled ? 'SlowDown' : 'InternalError';
          outgoing.writeHead(throttled ? 503 : 500, { 'content-type': 'application/xml' });
          outgoing.end(
            `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>injected fault</Message></Error>`,
          );
        }
        return;
      }
      const forwarded = request(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          method: incoming.method,
          path: incoming.url,
          // The Host header stays as signed: emulators that check signatures recompute it from the request.
          headers: incoming.headers,
        },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      incoming.pipe(forwarded);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new FaultProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
