import crypto from 'node:crypto';
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';

export interface S3Emulator {
  readonly endpoint: string;
  /** Called for every object created or removed, with s3rver's Lambda-like event. */
  onObjectEvent(listener: (event: S3rverEvent) => void): void;
  stop(): Promise<void>;
}

export interface S3rverEvent {
  Records: {
    eventName: string;
    eventTime: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
  }[];
}

/**
 * s3rver encrypts ListObjects continuation tokens with single DES, which OpenSSL 3 no longer
 * has. Triple DES with the key repeated three times is the same cipher, so map one to the other.
 */
function allowSingleDesContinuationTokens(): void {
  const marker = Symbol.for('docket.s3rver.des-shim');
  const registry = crypto as unknown as Record<symbol, boolean>;
  if (registry[marker]) return;
  registry[marker] = true;
  const createCipheriv = crypto.createCipheriv;
  const createDecipheriv = crypto.createDecipheriv;
  const tripled = (key: crypto.CipherKey) => Buffer.concat([key as Buffer, key as Buffer, key as Buffer]);
  Object.assign(crypto, {
    createCipheriv: (algorithm: string, key: crypto.CipherKey, iv: crypto.BinaryLike | null, options?: never) =>
      algorithm === 'des'
        ? createCipheriv('des-ede3-cbc', tripled(key), iv, options)
        : createCipheriv(algorithm, key, iv, options),
    createDecipheriv: (algorithm: string, key: crypto.CipherKey, iv: crypto.BinaryLike | null, options?: never) =>
      algorithm === 'des'
        ? createDecipheriv('des-ede3-cbc', tripled(key), iv, options)
        : createDecipheriv(algorithm, key, iv, options),
  });
}

/** Starts s3rver on a free port, storing objects in `directory`, with `buckets` created. */
export async function startS3Emulator(options: { directory: string; buckets: string[] }): Promise<S3Emulator> {
  allowSingleDesContinuationTokens();
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    onObjectEvent(listener) {
      server.on('event', listener);
    },
    async stop() {
      server.httpServer?.closeAllConnections();
      await server.close();
    },
  };
}
