// A parsed HTML page for the HTML renderer tests: parse5 (a spec-compliant parser, as browsers parse) and a few
// helpers to find elements and read their text and attributes.
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { expect } from 'vitest';

export interface El {
  tagName: string;
  nodeName: string;
  namespaceURI?: string;
  attrs: { name: string; value: string }[];
  childNodes: Node[];
  parentNode: El | null;
}
type Node = El | { nodeName: '#text'; value: string; parentNode: El | null } | { nodeName: string };

export interface Dom {
  all: El[];
  byId(id: string): El;
  maybeId(id: string): El | undefined;
  tags(name: string, within?: El): El[];
}

export function parseHtml(html: string): Dom {
  const doc = parse(html) as unknown as { childNodes: Node[] };
  const all: El[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if ('tagName' in n) {
        all.push(n);
        walk(n.childNodes);
        const content = (n as unknown as { content?: { childNodes: Node[] } }).content;
        if (content) walk(content.childNodes);
      }
    }
  };
  walk(doc.childNodes);
  const maybeId = (id: string) => all.find((e) => attr(e, 'id') === id);
  return {
    all,
    maybeId,
    byId(id) {
      const found = all.filter((e) => attr(e, 'id') === id);
      expect(found, `exactly one element with id="${id}"`).toHaveLength(1);
      return found[0]!;
    },
    tags: (name, within) => (within ? descendants(within) : all).filter((e) => e.tagName === name),
  };
}

export function attr(el: El, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function descendants(el: El): El[] {
  const out: El[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if ('tagName' in n) {
        out.push(n);
        walk(n.childNodes);
      }
    }
  };
  walk(el.childNodes);
  return out;
}

/** The text content, as the DOM's textContent. */
export function text(el: El): string {
  let out = '';
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.nodeName === '#text') out += (n as { value: string }).value;
      else if ('tagName' in n) walk(n.childNodes);
    }
  };
  walk(el.childNodes);
  return out;
}

export function ancestors(el: El): El[] {
  const out: El[] = [];
  for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode) out.push(p);
  return out;
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page's Content-Security-Policy meta tag (first in <head> after the charset), parsed into directives; its
 * script and style hashes match the page's one script and one style element.
 */
export function expectStrictCsp(dom: Dom): Record<string, string[]> {
  const metas = dom
    .tags('meta')
    .filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  expect(metas).toHaveLength(1);
  const head = dom.tags('head')[0]!;
  const firstActive = descendants(head).find((e) => e.tagName === 'style' || e.tagName === 'script');
  expect(head.childNodes.filter((n) => 'tagName' in n).indexOf(metas[0]!)).toBeLessThan(
    head.childNodes.filter((n) => 'tagName' in n).indexOf(firstActive!),
  );
  const directives: Record<string, string[]> = {};
  for (const part of attr(metas[0]!, 'content')!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  expect(directives['default-src']).toEqual(["'none'"]);
  expect(directives['img-src']).toEqual(["'self'", 'data:']);
  expect(directives['base-uri']).toEqual(["'none'"]);
  const scripts = dom.tags('script');
  const styles = dom.tags('style');
  expect(scripts).toHaveLength(1);
  expect(styles).toHaveLength(1);
  expect(attr(scripts[0]!, 'src')).toBeUndefined();
  expect(directives['script-src']).toEqual([sha256(text(scripts[0]!))]);
  expect(directives['style-src']).toEqual([sha256(text(styles[0]!))]);
  return directives;
}

/** Every URL the page references (href, src, action, formaction, xlink:href, srcset). */
export function urls(dom: Dom): { tag: string; name: string; value: string }[] {
  const out: { tag: string; name: string; value: string }[] = [];
  for (const el of dom.all) {
    for (const a of el.attrs) {
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data'].includes(a.name))
        out.push({ tag: el.tagName, name: a.name, value: a.value });
    }
  }
  return out;
}

/** Heading levels never skip one on the way down, and there is exactly one h1. */
export function expectHeadingsInOrder(dom: Dom): void {
  const levels = dom.all.filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++)
    expect(levels[i]!, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
}

/** Tables have a caption, header cells a scope, form controls a label. */
export function expectAccessibleStructure(dom: Dom): void {
  expect(dom.tags('main')).toHaveLength(1);
  for (const table of dom.tags('table')) {
    expect(
      descendants(table).filter((e) => e.tagName === 'caption'),
      attr(table, 'id') ?? 'table',
    ).toHaveLength(1);
  }
  for (const th of dom.tags('th')) expect(['col', 'row']).toContain(attr(th, 'scope'));
  for (const control of [...dom.tags('select'), ...dom.tags('input')]) {
    const id = attr(control, 'id')!;
    expect(id).toBeTruthy();
    expect(
      dom.tags('label').filter((l) => attr(l, 'for') === id),
      `a label for #${id}`,
    ).toHaveLength(1);
  }
  for (const button of dom.tags('button')) {
    expect(attr(button, 'type')).toBe('button');
    expect(text(button).trim()).not.toBe('');
  }
  for (const svg of dom.tags('svg')) {
    expect(attr(svg, 'role')).toBe('img');
    for (const id of attr(svg, 'aria-labelledby')!.split(' ')) expect(text(dom.byId(id)).trim()).not.toBe('');
  }
  for (const img of dom.tags('img')) expect(attr(img, 'alt')?.trim()).toBeTruthy();
  // no event handler attribute anywhere, no inline style attribute (the CSP would block it)
  for (const el of dom.all) {
    for (const a of el.attrs) {
      expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
      expect(a.name, el.tagName).not.toBe('style');
    }
  }
}
