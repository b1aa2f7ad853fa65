import { createHmac, timingSafeEqual } from 'node:crypto';
import { DocketError } from '../errors.js';

/** A cursor that was not issued by this service, or was changed on the way back. */
export class InvalidCursorError extends DocketError {}

/**
 * Opaque, tamper-evident paging cursors: the DynamoDB start key, base64url JSON, with an HMAC.
 *
 * @example
 * const codec = new CursorCodec('secret');
 * codec.decode(codec.encode({ pk: 'DOC#1' })) // { pk: 'DOC#1' }
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(startKey: Record<string, unknown>): string {
    const payload = Buffer.from(JSON.stringify(startKey)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  decode(cursor: string): Record<string, unknown> {
    const [payload, signature, ...rest] = cursor.split('.');
    if (!payload || !signature || rest.length > 0) throw new InvalidCursorError('the cursor is malformed');
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new InvalidCursorError('the cursor was not issued by this service or was modified');
    }
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidCursorError('the cursor is malformed');
    }
    return value as Record<string, unknown>;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
