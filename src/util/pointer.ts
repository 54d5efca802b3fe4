// Maps a JSON pointer into a parsed YAML document back to a line and column of the source.
import { isMap, isSeq, type Node } from 'yaml';
import type { YamlResult } from './yaml.ts';

export function pointerPosition(parsed: YamlResult, pointer: string): { line: number; column: number } {
  const fallback = { line: 1, column: 1 };
  if (!parsed.doc) return fallback;
  let node: unknown = parsed.doc.contents;
  let at: Node | null = (node as Node | null) ?? null;
  const parts =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find((it) => String((it.key as { value?: unknown })?.value ?? it.key) === part);
      if (!pair) break;
      node = pair.value;
      at = (pair.value as Node | null) ?? (pair.key as Node | null) ?? at;
    } else if (isSeq(node)) {
      const item = node.items[Number(part)];
      if (item === undefined) break;
      node = item;
      at = item as Node;
    } else break;
  }
  const offset = at?.range?.[0];
  if (offset === undefined) return fallback;
  const p = parsed.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
