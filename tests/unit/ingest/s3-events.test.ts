import { describe, expect, it } from 'vitest';
import {
  decodeS3Key,
  encodeS3Key,
  NotAnS3EventError,
  parseS3Notification,
  reprocessMessage,
} from '../../../shared/ingest/s3-events.js';
import { sequencerKey } from '../../../shared/storage/keys.js';

const notification = (eventName: string, key: string) =>
  JSON.stringify({
    Records: [
      {
        eventName,
        eventTime: '2026-01-01T00:00:00.000Z',
        s3: { bucket: { name: 'docs' }, object: { key, size: 5, eTag: 'abc', sequencer: '00FF' } },
      },
    ],
  });

describe('parseS3Notification', () => {
  it('decodes form-encoded keys as S3 sends them', () => {
    const [event] = parseS3Notification(notification('ObjectCreated:Put', 'incoming/My+doc%2B1+%C3%A9t%C3%A9.pdf'));

    expect(event).toMatchObject({
      kind: 'created',
      bucket: 'docs',
      key: 'incoming/My doc+1 été.pdf',
      sequencer: '00FF',
    });
  });

  it('reads removals and ignores other event types', () => {
    expect(parseS3Notification(notification('ObjectRemoved:Delete', 'a'))[0]?.kind).toBe('removed');
    expect(parseS3Notification(notification('ObjectRestore:Completed', 'a'))).toEqual([]);
  });

  it('yields nothing for an s3:TestEvent', () => {
    expect(parseS3Notification(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual([]);
  });

  it.each(['not json', '{}', '{"Records": [{"eventName": 1}]}', 'null'])('rejects %s as not an S3 event', (body) => {
    expect(() => parseS3Notification(body)).toThrow(NotAnS3EventError);
  });
});

describe('S3 key encoding', () => {
  it('round-trips spaces, plus signs, percent signs and emoji', () => {
    const key = 'incoming/a b+c%d 📄.txt';
    expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    expect(encodeS3Key('a b')).toBe('a+b');
  });

  it('keeps a malformed escape as written rather than failing', () => {
    expect(decodeS3Key('bad%E0%A4%A')).toBe('bad%E0%A4%A');
  });
});

describe('sequencerKey', () => {
  it('makes sequencers of different lengths compare by value as strings', () => {
    expect(sequencerKey('0FF') < sequencerKey('100')).toBe(true);
    expect(sequencerKey('00a')).toBe(sequencerKey('A'));
  });

  it('sorts a missing sequencer before every real one', () => {
    expect(sequencerKey(null) < sequencerKey('1')).toBe(true);
  });
});

describe('reprocess requests', () => {
  it('travel the ingest queue as events marked reprocess', () => {
    const [event] = parseS3Notification(reprocessMessage('docs', 'incoming/a b.txt', true));

    expect(event).toMatchObject({
      kind: 'created',
      bucket: 'docs',
      key: 'incoming/a b.txt',
      force: true,
      reprocess: true,
    });
  });
});
