// YAML 1.2 parsing that keeps what the author wrote: positions for every error, duplicate keys as errors,
// alias bombs refused, and numbers that would lose digits (`3.10`, `1.20`) kept as the strings they were.
import { LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

export interface YamlResult {
  value: unknown;
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
  errors: YamlProblem[];
  warnings: YamlProblem[];
}

/** the most aliases a document may expand before it is treated as a YAML bomb */
const MAX_ALIAS_COUNT = 200;

// float scalars whose decimal form is not what JavaScript would print back (3.10 → 3.1) stay strings
const LOSSY_FLOAT = /^[0-9]+\.[0-9]*0$/;

/** flow collections nested deeper than this are refused before parsing (the parser would take seconds) */
const MAX_FLOW_DEPTH = 256;

function flowDepthExceeded(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) return true;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return false;
}

export function loadYaml(text: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  if (flowDepthExceeded(text)) {
    return {
      value: undefined,
      doc: null,
      lineCounter,
      errors: [
        {
          message: `YAML nested more than ${MAX_FLOW_DEPTH} levels deep was not parsed`,
          line: 1 + lineOffset,
          column: 1,
        },
      ],
      warnings: [],
    };
  }
  const pos = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line + lineOffset, column: p.col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: false,
      lineCounter,
      keepSourceTokens: false,
      strict: true,
      // the library would print its own warnings (a mapping used as a key) on standard error: never from a scan
      logLevel: 'error',
    });
  } catch (err) {
    return {
      value: undefined,
      doc: null,
      lineCounter,
      errors: [
        {
          message: `YAML could not be parsed: ${String((err as Error).message ?? err)}`,
          line: 1 + lineOffset,
          column: 1,
        },
      ],
      warnings: [],
    };
  }
  const errors = doc.errors.map((e) => ({ message: cleanMessage(e.message), ...pos(e.pos?.[0]) }));
  const warnings = doc.warnings.map((e) => ({ message: cleanMessage(e.message), ...pos(e.pos?.[0]) }));
  let value: unknown = undefined;
  if (errors.length === 0) {
    keepLossyFloatsAsStrings(doc);
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      errors.push({
        message: `YAML could not be expanded: ${cleanMessage(String((err as Error).message ?? err))}`,
        line: 1 + lineOffset,
        column: 1,
      });
    }
  }
  return { value, doc, lineCounter, errors, warnings };
}

function cleanMessage(m: string): string {
  return m.split('\n')[0]!.trim();
}

function keepLossyFloatsAsStrings(doc: Document.Parsed): void {
  visit(doc, {
    Scalar(_key, node) {
      const source = (node as { source?: unknown }).source;
      if (typeof node.value === 'number' && typeof source === 'string' && LOSSY_FLOAT.test(source)) {
        node.value = source;
      }
    },
  });
}

export type { Node };
