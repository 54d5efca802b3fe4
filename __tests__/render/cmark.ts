// GitHub's Markdown renderer (Debian's cmark-gfm), when installed: tests that use it skip without it.
import { spawnSync } from 'node:child_process';

export const hasCmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;

/** Renders like GitHub does for comments: raw HTML kept (GitHub sanitizes it afterwards), tables, autolinks, tag filter. */
export function cmark(markdown: string): string {
  const r = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'],
    {
      input: markdown,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`);
  return r.stdout;
}

/** The visible text of rendered HTML (tags removed, entities decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
