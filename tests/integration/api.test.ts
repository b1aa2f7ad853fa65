import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.js';
import { uniquePrefix, uploadAndWait, useLocalAws } from './local-aws.js';

const services = useLocalAws();
const app = createApp(services);

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

describe('GET /documents', () => {
  beforeAll(async () => {
    const prefix = uniquePrefix();
    await Promise.all(
      [1, 2, 3].map((n) => uploadAndWait(services, `${prefix}note-${n}.txt`, `New York, ${n} March 2021 – Note ${n}.`)),
    );
  });

  it('pages through every document exactly once with an opaque cursor', async () => {
    // Prepare
    const seen: string[] = [];
    let cursor: string | null = null;

    // Act
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const response = await app.request(`/documents?limit=2${query}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);

    // Assert
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a modified cursor with 400 problem+json naming the parameter', async () => {
    const first = (await (await app.request('/documents?limit=1')).json()) as Page;
    const tampered = `${first.nextCursor?.slice(0, -2)}xx`;

    const response = await app.request(`/documents?cursor=${encodeURIComponent(tampered)}`);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400, parameter: 'cursor' });
  });

  it('rejects an out-of-range limit with 400 naming the parameter', async () => {
    const response = await app.request('/documents?limit=1000');

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'limit' });
  });
});

describe('GET /documents/{id}', () => {
  it('answers 404 problem+json for an unknown id', async () => {
    const response = await app.request('/documents/does-not-exist');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });
});
