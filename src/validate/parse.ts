// Parsing declarations with positions: YAML (1.2, via loadYaml) and JSON (jsonc-parser, strict: comments and
// trailing commas are errors), so that every schema error can be mapped back to a line and column.
import { createScanner, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { extractFrontMatter } from '../util/frontmatter.ts';
import { loadYaml } from '../util/yaml.ts';
import type { ValidationError } from '../model.ts';
import type { Syntax } from './formats.ts';

/** Larger declarations are not validated (a declaration this big is generated data, not metadata). */
export const MAX_DECLARATION_CHARS = 4 * 1024 * 1024;

export interface Position {
  line: number;
  column: number;
}

export interface Parsed {
  /** the parsed value; undefined when the text could not be parsed */
  value: unknown;
  /** syntax errors (the value is not validated when there are any) */
  errors: ValidationError[];
  /** where a JSON pointer's value is; with `key`, where that key of the object at the pointer is */
  locate(pointer: string, key?: string): Position | null;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function parseDeclaration(text: string, syntax: Syntax): Parsed {
  if (text.length > MAX_DECLARATION_CHARS) {
    return failed(
      `the file is too large to validate (${(text.length / 1048576).toFixed(1)} MB; declarations over ${MAX_DECLARATION_CHARS / 1048576} MB are skipped)`,
      1,
    );
  }
  if (syntax === 'json') return parseJson(text);
  if (syntax === 'markdown') {
    const fm = extractFrontMatter(text);
    if (!fm) {
      return failed(
        'the card has no YAML metadata: add a block between `---` lines at the very top of the file',
        1,
      );
    }
    return parseYaml(fm.yaml, fm.startLine - 1);
  }
  return parseYaml(text, 0);
}

function failed(message: string, line: number | null): Parsed {
  return {
    value: undefined,
    errors: [{ pointer: '', line, column: line === null ? null : 1, message }],
    locate: () => null,
  };
}

// ---------------------------------------------------------------------------------------------------- YAML

function parseYaml(text: string, lineOffset: number): Parsed {
  const r = loadYaml(text, lineOffset);
  const errors: ValidationError[] = r.errors.map((e) => ({
    pointer: '',
    line: e.line,
    column: e.column,
    message: yamlMessage(e.message),
  }));
  const locate = (pointer: string, key?: string): Position | null => {
    const root = r.doc?.contents as YamlNode | null | undefined;
    if (!root) return { line: 1 + lineOffset, column: 1 };
    let node: unknown = root;
    let at: YamlNode = root;
    for (const part of splitPointer(pointer)) {
      if (isMap(node)) {
        const pair = findPair(node.items as Pair[], part);
        if (!pair) break;
        const next = (pair.value as YamlNode | null) ?? (pair.key as YamlNode | null);
        node = pair.value;
        if (next?.range) at = next;
        else if ((pair.key as YamlNode | null)?.range) at = pair.key as YamlNode;
      } else if (isSeq(node)) {
        const item = node.items[Number(part)] as YamlNode | undefined;
        if (!item) break;
        node = item;
        if (item.range) at = item;
      } else break;
    }
    if (key !== undefined && isMap(node)) {
      const pair = findPair(node.items as Pair[], key);
      const k = pair?.key as YamlNode | undefined;
      if (k?.range) at = k;
    }
    const offset = at.range?.[0];
    if (offset === undefined) return null;
    const p = r.lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  return { value: errors.length ? undefined : r.value, errors, locate };
}

function findPair(items: Pair[], key: string): Pair | undefined {
  return items.find((it) => {
    const k = it.key as unknown;
    if (isScalar(k)) return String(k.value) === key;
    return String(k) === key;
  });
}

function yamlMessage(m: string): string {
  if (/duplicate/i.test(m) && /key/i.test(m)) return `YAML: ${m} (a key may appear only once in a mapping)`;
  if (/alias/i.test(m) && /(?:count|expan|exceed)/i.test(m))
    return `YAML: ${m} (refused: aliases expand too much)`;
  return m.startsWith('YAML') ? m : `YAML syntax error: ${m}`;
}

// ---------------------------------------------------------------------------------------------------- JSON

const JSON_ERRORS: Record<number, string> = {
  1: 'invalid symbol',
  2: 'invalid number',
  3: 'a property name in double quotes is expected',
  4: 'a value is expected',
  5: "':' is expected",
  6: "',' is expected",
  7: "'}' is expected",
  8: "']' is expected",
  9: 'the document should have ended',
  10: 'JSON does not allow comments',
  11: 'unterminated comment',
  12: 'unterminated string',
  13: 'unterminated number',
  14: 'invalid unicode escape',
  15: 'invalid escape character',
  16: 'invalid character in a string',
};

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function offsetToPosition(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

function parseJson(text: string): Parsed {
  const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const starts = lineStarts(src);
  const pos = (offset: number) => offsetToPosition(starts, offset);
  const parseErrors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(src, parseErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch (err) {
    return failed(`JSON could not be parsed: ${String((err as Error).message ?? err)}`, 1);
  }
  const errors: ValidationError[] = [];
  const commaBefore = parseErrors.some((e) => e.error === 3 || e.error === 4) ? commaFinder(src) : null;
  const at = new Set<number>();
  for (const e of parseErrors.slice(0, 50)) {
    let offset = e.offset;
    let message = JSON_ERRORS[e.error] ?? 'JSON syntax error';
    if ((e.error === 3 || e.error === 4) && commaBefore) {
      const comma = commaBefore(offset);
      if (comma !== null) {
        offset = comma;
        message = 'JSON does not allow a trailing comma before a closing bracket';
      }
    }
    if (at.has(offset)) continue; // one message per place
    at.add(offset);
    const p = pos(offset);
    errors.push({
      pointer: '',
      line: p.line,
      column: p.column,
      message: message.startsWith('JSON') ? message : `JSON: ${message}`,
    });
  }
  if (!tree && errors.length === 0)
    errors.push({ pointer: '', line: 1, column: 1, message: 'JSON: the file is empty' });
  if (tree) errors.push(...duplicateKeys(tree, pos));
  let value: unknown = undefined;
  if (errors.length === 0) {
    try {
      value = JSON.parse(src);
    } catch (err) {
      errors.push({
        pointer: '',
        line: 1,
        column: 1,
        message: `JSON: ${String((err as Error).message ?? err)}`,
      });
    }
  }
  const locate = (pointer: string, key?: string): Position | null => {
    if (!tree) return null;
    let node: JsonNode = tree;
    for (const part of splitPointer(pointer)) {
      let next: JsonNode | undefined;
      if (node.type === 'object')
        next = node.children?.find((c) => c.children?.[0]?.value === part)?.children?.[1];
      else if (node.type === 'array' && /^[0-9]+$/.test(part)) next = node.children?.[Number(part)];
      if (!next) break;
      node = next;
    }
    if (key !== undefined && node.type === 'object') {
      const prop = node.children?.find((c) => c.children?.[0]?.value === key);
      if (prop?.children?.[0]) return pos(prop.children[0].offset);
    }
    return pos(node.offset);
  };
  return { value, errors, locate };
}

// jsonc-parser's SyntaxKind is a const enum (not importable under verbatimModuleSyntax)
const COMMA_TOKEN = 5;
const EOF_TOKEN = 17;

/** For an offset, the offset of the comma just before it (comments and whitespace skipped), or null. */
function commaFinder(src: string): (offset: number) => number | null {
  const tokens: { kind: number; offset: number }[] = [];
  const scanner = createScanner(src, true);
  for (let kind = scanner.scan(); kind !== EOF_TOKEN && tokens.length < 5_000_000; kind = scanner.scan()) {
    tokens.push({ kind, offset: scanner.getTokenOffset() });
  }
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.offset < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const prev = found >= 0 ? tokens[found] : undefined;
    return prev?.kind === COMMA_TOKEN ? prev.offset : null;
  };
}

function duplicateKeys(tree: JsonNode, pos: (o: number) => Position): ValidationError[] {
  const out: ValidationError[] = [];
  const stack: JsonNode[] = [tree];
  while (stack.length && out.length < 20) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        if (k && typeof k.value === 'string') {
          if (seen.has(k.value)) {
            const p = pos(k.offset);
            out.push({
              pointer: '',
              line: p.line,
              column: p.column,
              message: `JSON: duplicate key '${k.value}'`,
            });
          }
          seen.add(k.value);
        }
      }
    }
    for (const c of node.children ?? []) stack.push(c);
  }
  return out;
}
