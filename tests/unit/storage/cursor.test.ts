import { describe, expect, it } from 'vitest';
import { CursorCodec, InvalidCursorError } from '../../../shared/storage/cursor.js';

describe('CursorCodec', () => {
  const codec = new CursorCodec('a-secret-of-sufficient-length');

  it('round-trips a start key', () => {
    const key = { pk: 'DOC#1', sk: 'META', gsi1pk: 'DOCS', gsi1sk: '2020-01-01#1' };
    expect(codec.decode(codec.encode(key))).toEqual(key);
  });

  it('rejects a cursor whose payload was changed', () => {
    const cursor = codec.encode({ pk: 'DOC#1' });
    const [, signature] = cursor.split('.');
    const forged = `${Buffer.from(JSON.stringify({ pk: 'DOC#2' })).toString('base64url')}.${signature}`;
    expect(() => codec.decode(forged)).toThrow(InvalidCursorError);
  });

  it('rejects a cursor signed with another secret, and garbage', () => {
    const other = new CursorCodec('another-secret-of-sufficient-length');
    expect(() => codec.decode(other.encode({ pk: 'x' }))).toThrow(InvalidCursorError);
    expect(() => codec.decode('garbage')).toThrow(InvalidCursorError);
  });
});
