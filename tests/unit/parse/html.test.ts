import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '../../../shared/parse/html-nesting.js';
import { toDocumentText } from '../../../shared/parse/index.js';

const encode = (html: string) => new TextEncoder().encode(html);
const prose = 'The Security Council met in New York to discuss the situation in the region and heard a briefing. ';

describe('HTML documents', () => {
  it('keeps the article and drops navigation, taking title and date from meta tags', async () => {
    // Prepare
    const html = `<!DOCTYPE html><html><head><title>Site | Page</title>
      <meta property="og:title" content="Council Condemns Attack">
      <meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council Condemns Attack</h1><p>${prose.repeat(4)}</p><p>${prose.repeat(3)}</p></article>
      <footer>Copyright notice and links</footer></body></html>`;
    // Act
    const { text, hints, format } = await toDocumentText(encode(html), { filename: 'press.html' });
    // Assert
    expect(format).toBe('html');
    expect(hints).toMatchObject({ title: 'Council Condemns Attack', date: '2024-05-02' });
    expect(text).toContain('The Security Council met');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('Copyright');
  });

  it('reads a table fragment without html or body as rows of tab-separated cells', async () => {
    const fragment =
      '\u00ef\u00bb\u00bf<table><tr><th>Meeting</th><th>Date</th></tr>\r\n<tr><td>S/PV.7599</td><td>31 December</td></tr></table>';
    const { text } = await toDocumentText(encode(fragment), { filename: 'table.html' });
    expect(text).toBe('Meeting\tDate\nS/PV.7599\t31 December');
  });

  it('takes the date from a <time datetime> element when no meta tag gives one', async () => {
    const html = `<p>Posted <time datetime="2023-11-09">9 November</time></p><p>${prose}</p>`;
    const { hints } = await toDocumentText(encode(html), { filename: 'a.htm' });
    expect(hints.date).toBe('2023-11-09');
  });

  it('survives 100,000 nested elements quickly', async () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    const { text } = await toDocumentText(encode(html), { filename: 'deep.html' });
    expect(text).toBe('deep text');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('flattens only what is nested too deep', () => {
    expect(flattenDeepNesting('<div><div><div>x</div></div></div>', 2)).toBe('<div><div>x</div></div>');
    expect(flattenDeepNesting('<p>a<p>b<script>"<div>"</script>', 1)).toBe('<p>a<p>b<script>"<div>"</script>');
  });
});
