// The shell every HTML page shares: one self-contained document (inline style, script and SVG; nothing fetched)
// under a strict Content-Security-Policy that allows only that style and that script, by hash.
import { VERSION } from '../../version.ts';
import { assetHashes, SCRIPT, STYLE } from './assets.ts';
import { esc } from './escape.ts';

export interface PageParts {
  /** the document title (plain text: escaped here) */
  title: string;
  /** in-page navigation: [fragment id, label] pairs (labels are ours, escaped anyway) */
  nav?: [string, string][];
  /** an optional link back (already checked by the caller as a safe relative href) */
  home?: { href: string; label: string } | null;
  /** the contents of <main>, already escaped HTML */
  main: string;
  /** extra text in the footer (plain text: escaped here) */
  footer?: string;
}

/** The Content-Security-Policy of every page: nothing but the inline style, the inline script and images. */
export function contentSecurityPolicy(): string {
  const { style, script } = assetHashes();
  return [
    "default-src 'none'",
    `style-src ${style}`,
    `script-src ${script}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderPage(parts: PageParts): string {
  const nav = parts.nav?.length
    ? `<nav aria-label="Sections"><ul>${parts.home ? `<li><a href="${esc(parts.home.href)}">${esc(parts.home.label)}</a></li>` : ''}${parts.nav
        .map(([id, label]) => `<li><a href="#${esc(id)}">${esc(label)}</a></li>`)
        .join('')}</ul></nav>`
    : parts.home
      ? `<nav aria-label="Site"><ul><li><a href="${esc(parts.home.href)}">${esc(parts.home.label)}</a></li></ul></nav>`
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="ReproScore ${esc(VERSION)}">
<title>${esc(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>${nav}</header>
<main id="main">
${parts.main}
</main>
<footer><p>Made by ReproScore ${esc(VERSION)}${parts.footer ? ` · ${esc(parts.footer)}` : ''}. It reads the repository and never runs it.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
