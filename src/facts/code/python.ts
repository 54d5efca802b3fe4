// One pass of @lezer/python over a Python file, reduced to a compact summary that the judging rules read:
// imports with aliases, calls with their dotted callee, assignments, classes, functions, the __main__ guard and
// the few string literals that matter. The tree is dropped as soon as the summary is made.
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import { anyOf } from '../../util/text.ts';

/** A literal or reference seen as a call argument or assigned value. */
export interface Arg {
  k: 'str' | 'fstr' | 'num' | 'bool' | 'none' | 'name' | 'call' | 'other';
  /** string value, number text, True/False, dotted name (resolved through imports) or callee of a call */
  v: string;
}

export interface Call {
  /** callee as written, calls in the chain shown as `()`: `scaler.scale().backward` */
  callee: string;
  /** the callee with its first name resolved through the imports: `nn.Linear` → `torch.nn.Linear` */
  full: string;
  /** last segment: `backward` */
  method: string;
  /** what the method is called on, as written: `scaler.scale()`; '' for a plain name */
  receiver: string;
  line: number;
  /** the function (`main`, `Trainer.fit`), class body (`Trainer`) or `<module>` the call sits in */
  scope: string;
  /** under `if __name__ == "__main__":` */
  inMain: boolean;
  args: Arg[];
  kw: Record<string, Arg>;
  /** a decorator (`@torch.no_grad()`), recorded as a call in the function it decorates */
  decorator?: boolean;
}

export interface Assign {
  /** dotted target as written: `torch.backends.cudnn.deterministic`, `model`, `self.net` */
  target: string;
  /** the target with its first name resolved through the imports */
  full: string;
  value: Arg;
  line: number;
  scope: string;
  /** the names a dict, list, tuple or set literal holds as values (a command table: `{"train": train_fn}`) */
  names?: string[];
}

export interface ImportRef {
  /** the name bound in this file */
  local: string;
  /** what it refers to, dotted; relative imports keep their leading dots: `.engine.train_one_epoch` */
  target: string;
  line: number;
}

export interface ClassDef {
  name: string;
  /** bases resolved through the imports */
  bases: string[];
  /** bases as written */
  rawBases: string[];
  line: number;
}

export interface FunctionDef {
  /** `main`, `Trainer.fit` (methods are qualified by their class) */
  name: string;
  line: number;
  decorators: string[];
}

export interface Literal {
  value: string;
  line: number;
  scope: string;
  /** a value of a dict or list literal (URL tables) */
  inTable: boolean;
}

export interface PySummary {
  imports: ImportRef[];
  /** local name → dotted target */
  aliases: Map<string, string>;
  calls: Call[];
  assigns: Assign[];
  classes: ClassDef[];
  functions: FunctionDef[];
  /** string literals worth keeping: URLs, environment variable names, flags, access-request wording */
  literals: Literal[];
  /** scopes whose string literals name a held-out split ('val', 'test', 'validation', 'eval', 'dev') */
  splitScopes: Set<string>;
  mainGuard: number | null;
  /** error nodes in the tree: the file is not valid Python (or Python 2) */
  errors: { count: number; firstLine: number | null };
  lineCount: number;
}

const SPLIT_WORDS = new Set([
  'val',
  'valid',
  'validation',
  'test',
  'eval',
  'dev',
  'testing',
  'val_loss',
  'test_loss',
]);
const INTERESTING = [
  'http://',
  'https://',
  'gs://',
  's3://',
  'CUBLAS_WORKSPACE_CONFIG',
  'TF_DETERMINISTIC_OPS',
  'TF_CUDNN_DETERMINISTIC',
  'PYTHONHASHSEED',
  'do_eval',
  'do_predict',
  'request access',
  'access request',
  'forms.gle',
  'docs.google.com/forms',
  'fill out',
  'fill in the form',
];
const INTERESTING_RE = anyOf(INTERESTING);

/** Line numbers from offsets, by binary search over line starts. */
/** Offsets to line numbers; the table of line starts is made on the first lookup (skimmed files rarely need it). */
class Lines {
  private starts: number[] | null = null;
  constructor(private readonly text: string) {}
  get count(): number {
    if (this.starts) return this.starts.length;
    let n = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }
  line(offset: number): number {
    let starts = this.starts;
    if (!starts) {
      starts = this.starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The decoded value of a plain string literal node (prefix and quotes removed, escapes kept as written). */
function stringValue(raw: string): string {
  let i = 0;
  while (i < raw.length && i < 3 && /[rRbBuUfF]/.test(raw[i]!)) i++;
  let body = raw.slice(i);
  const q3 = body.startsWith('"""') || body.startsWith("'''");
  const q = q3 ? 3 : 1;
  body = body.slice(q, body.length >= 2 * q ? body.length - q : body.length);
  return body;
}

/**
 * Valid Python the grammar does not accept, rewritten without moving any offset: `10.` → `10 `,
 * `1.e-3` → `10e-3`, a bare `yield` → `(   )`. Error recovery around them would be slow and noisy.
 */
export function fixGrammarGaps(text: string): string {
  const numbers = text
    .replace(/(?<![\w.])(\d+)\.(?![\d.\w])/g, (_m, d: string) => `${d} `)
    .replace(/(?<![\w.])(\d+)\.(?=[eE][-+]?\d)/g, (_m, d: string) => `${d}0`);
  // most files (and every notebook cell) have no `yield`: no third pass over them
  return numbers.includes('yield') ? numbers.replace(/\byield(?=[ \t]*(?:[\n;)]|#|$))/g, '(   )') : numbers;
}

export function summarizePython(text: string): PySummary {
  const lines = new Lines(text);
  const tree = parser.parse(fixGrammarGaps(text));
  const s: PySummary = {
    imports: [],
    aliases: new Map(),
    calls: [],
    assigns: [],
    classes: [],
    functions: [],
    literals: [],
    splitScopes: new Set(),
    mainGuard: null,
    errors: { count: 0, firstLine: null },
    lineCount: lines.count,
  };
  const src = (n: SyntaxNode) => text.slice(n.from, n.to);
  const lineOf = (n: SyntaxNode) => lines.line(n.from);

  // pass 1: imports, so that later names resolve whatever their order in the file
  const top = tree.topNode;
  // every import statement wherever it is (a cursor walk: no node object per node passed), not inside strings or
  // comments
  const collectImports = (node: SyntaxNode) => {
    const cur = node.cursor();
    if (!cur.firstChild()) return;
    let depth = 1;
    for (;;) {
      const name = cur.name;
      if (name === 'ImportStatement') addImport(cur.node);
      else if (name !== 'String' && name !== 'Comment' && cur.firstChild()) {
        depth++;
        continue;
      }
      while (!cur.nextSibling()) {
        cur.parent();
        if (--depth === 0) return;
      }
    }
  };
  const addImport = (n: SyntaxNode) => {
    const line = lineOf(n);
    const kids: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    if (kids[0]?.name === 'from') {
      let i = 1;
      let dots = '';
      const parts: string[] = [];
      for (; i < kids.length && kids[i]!.name !== 'import'; i++) {
        const k = kids[i]!;
        if (k.name === 'VariableName') parts.push(src(k));
        else if (!parts.length && k.name === '.') dots += '.';
        else if (!parts.length && k.name === 'Ellipsis') dots += '...';
      }
      const base = dots + parts.join('.');
      i++;
      const names = kids
        .slice(i)
        .filter((k) => k.name === 'VariableName' || k.name === 'as' || k.name === '.');
      for (let j = 0; j < names.length; j++) {
        const k = names[j]!;
        if (k.name !== 'VariableName') continue;
        let local = src(k);
        const name = local;
        if (names[j + 1]?.name === 'as' && names[j + 2]) {
          local = src(names[j + 2]!);
          j += 2;
        }
        const target = base.endsWith('.') ? base + name : `${base}.${name}`;
        s.imports.push({ local, target, line });
        s.aliases.set(local, target);
      }
    } else {
      // import a.b.c [as x], d
      let parts: string[] = [];
      let pendingAs = false;
      const flush = (alias: string | null) => {
        if (!parts.length) return;
        const target = parts.join('.');
        const local = alias ?? parts[0]!;
        s.imports.push({ local, target: alias ? target : parts[0]!, line });
        s.aliases.set(local, alias ? target : parts[0]!);
        if (!alias && parts.length > 1) s.imports.push({ local: target, target, line });
        parts = [];
      };
      for (let j = 1; j < kids.length; j++) {
        const k = kids[j]!;
        if (k.name === 'VariableName') {
          if (pendingAs) {
            flush(src(k));
            pendingAs = false;
          } else parts.push(src(k));
        } else if (k.name === 'as') pendingAs = true;
        else if (k.name === ',') flush(null);
      }
      flush(null);
    }
  };
  collectImports(top);

  const resolve = (dotted: string): string => {
    if (!dotted) return dotted;
    const dot = dotted.indexOf('.');
    let head = dot === -1 ? dotted : dotted.slice(0, dot);
    // `Model().to` resolves through `Model`
    const called = head.endsWith('()');
    if (called) head = head.slice(0, -2);
    const target = s.aliases.get(head);
    if (target === undefined) return dotted;
    return target + (called ? '()' : '') + (dot === -1 ? '' : dotted.slice(dot));
  };

  /** dotted text of an expression: names, attributes, calls as `()`, subscripts as `[]` */
  const dotted = (n: SyntaxNode | null, depth = 0): string => {
    if (!n || depth > 40) return '?';
    switch (n.name) {
      case 'VariableName':
      case 'PropertyName':
        return src(n);
      case 'MemberExpression': {
        const obj = n.firstChild;
        const last = n.lastChild;
        if (last?.name === 'PropertyName') return `${dotted(obj, depth + 1)}.${src(last)}`;
        return `${dotted(obj, depth + 1)}[]`;
      }
      case 'CallExpression':
        return `${dotted(n.firstChild, depth + 1)}()`;
      case 'ParenthesizedExpression':
        return dotted(n.firstChild?.nextSibling ?? null, depth + 1);
      case 'String':
        return 'str';
      default:
        return '?';
    }
  };

  const argOf = (n: SyntaxNode | null): Arg => {
    if (!n) return { k: 'other', v: '' };
    switch (n.name) {
      case 'String':
        return { k: 'str', v: stringValue(src(n)) };
      case 'ContinuedString': {
        let v = '';
        for (let c = n.firstChild; c; c = c.nextSibling)
          v += c.name === 'String' ? stringValue(src(c)) : '{}';
        return { k: 'str', v };
      }
      case 'FormatString':
        return { k: 'fstr', v: stringValue(src(n)).slice(0, 200) };
      case 'Number':
        return { k: 'num', v: src(n) };
      case 'Boolean':
        return { k: 'bool', v: src(n) };
      case 'None':
        return { k: 'none', v: 'None' };
      case 'VariableName':
      case 'MemberExpression':
        return { k: 'name', v: resolve(dotted(n)) };
      case 'CallExpression':
        return { k: 'call', v: resolve(dotted(n.firstChild)) };
      case 'UnaryExpression': {
        const inner = n.lastChild;
        if (inner?.name === 'Number') return { k: 'num', v: src(n).replace(/\s+/g, '') };
        return { k: 'other', v: '' };
      }
      default:
        return { k: 'other', v: '' };
    }
  };

  /** the (resolved) names held as values by a dict, list, tuple or set literal, at most 200; null for others */
  const namesIn = (n: SyntaxNode): string[] | null => {
    if (!/^(?:DictionaryExpression|ArrayExpression|TupleExpression|SetExpression)$/.test(n.name)) return null;
    const dict = n.name === 'DictionaryExpression';
    const out: string[] = [];
    for (let c = n.firstChild; c && out.length < 200; c = c.nextSibling) {
      if (c.name !== 'VariableName' && c.name !== 'MemberExpression') continue;
      // in a dict only the values: the node after a ':'
      if (dict && c.prevSibling?.name !== ':') continue;
      out.push(resolve(dotted(c)));
    }
    return out.length ? out : null;
  };

  const addLiteral = (n: SyntaxNode, scope: string) => {
    if (n.to - n.from > 4000) return;
    const raw = src(n);
    const hit = INTERESTING_RE.test(raw);
    const value = stringValue(raw);
    if (value.length <= 20 && SPLIT_WORDS.has(value.toLowerCase())) s.splitScopes.add(scope);
    if (!hit) return;
    const parent = n.parent?.name;
    const inTable =
      parent === 'DictionaryExpression' || parent === 'ArrayExpression' || parent === 'TupleExpression';
    s.literals.push({ value, line: lineOf(n), scope, inTable });
  };

  const isMainTest = (n: SyntaxNode | null): boolean => {
    if (!n || n.name !== 'BinaryExpression') return false;
    const a = n.firstChild;
    const op = a?.nextSibling;
    const b = op?.nextSibling;
    if (!a || !op || !b || src(op) !== '==') return false;
    const x = src(a).replace(/\s/g, '');
    const y = src(b).replace(/\s/g, '');
    const isName = (t: string) => t === '__name__';
    const isMain = (t: string) => t === '"__main__"' || t === "'__main__'";
    return (isName(x) && isMain(y)) || (isMain(x) && isName(y));
  };

  const addCall = (n: SyntaxNode, scope: string, inMain: boolean) => {
    const calleeNode = n.firstChild;
    const callee = dotted(calleeNode);
    const dot = callee.lastIndexOf('.');
    const method = dot === -1 ? callee : callee.slice(dot + 1);
    const receiver = dot === -1 ? '' : callee.slice(0, dot);
    const args: Arg[] = [];
    const kw: Record<string, Arg> = {};
    const argList = n.lastChild;
    if (argList?.name === 'ArgList') {
      for (let c = argList.firstChild; c; c = c.nextSibling) {
        if (c.name === '(' || c.name === ')' || c.name === ',') continue;
        if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
          const key = src(c);
          const val = c.nextSibling.nextSibling;
          kw[key] = argOf(val);
          c = val ?? c.nextSibling;
          continue;
        }
        if (c.name === '*' || c.name === '**') continue;
        args.push(argOf(c));
      }
    }
    s.calls.push({
      callee,
      full: resolve(callee),
      method,
      receiver,
      line: lineOf(n),
      scope,
      inMain,
      args,
      kw,
    });
  };

  // pass 2: everything else, with the current scope
  const walk = (node: SyntaxNode, scope: string, inMain: boolean, cls: string | null, depth: number) => {
    if (depth > 400) return;
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, scope, inMain, cls, depth);
  };
  const visit = (c: SyntaxNode, scope: string, inMain: boolean, cls: string | null, depth: number): void => {
    {
      const name = c.name;
      if (c.type.isError) {
        s.errors.count++;
        if (s.errors.firstLine === null) s.errors.firstLine = lineOf(c);
      }
      switch (name) {
        case 'ImportStatement':
        case 'Comment':
          return;
        case 'String':
          addLiteral(c, scope);
          return;
        case 'ClassDefinition': {
          const nameNode = c.getChild('VariableName');
          const cname = nameNode ? src(nameNode) : '?';
          const qual = cls ? `${cls}.${cname}` : cname;
          const bases: string[] = [];
          const rawBases: string[] = [];
          const argList = c.getChild('ArgList');
          if (argList) {
            for (let b = argList.firstChild; b; b = b.nextSibling) {
              if (b.name === 'VariableName' && b.nextSibling?.name === 'AssignOp') {
                b = b.nextSibling.nextSibling ?? b;
                continue;
              }
              if (b.name === 'VariableName' || b.name === 'MemberExpression') {
                const d = dotted(b);
                rawBases.push(d);
                bases.push(resolve(d));
              } else if (b.name === 'CallExpression') {
                // class Foo(SomeFactory(...)): keep the call as a base for what it is worth
                const d = `${dotted(b.firstChild)}()`;
                rawBases.push(d);
                bases.push(resolve(d));
              }
            }
          }
          if (scope === '<module>' || cls) s.classes.push({ name: cname, bases, rawBases, line: lineOf(c) });
          const body = c.getChild('Body');
          // a class nested in a function belongs to that function's scope
          if (body)
            walk(
              body,
              scope === '<module>' || cls ? qual : scope,
              inMain,
              scope === '<module>' || cls ? qual : cls,
              depth + 1,
            );
          return;
        }
        case 'DecoratedStatement': {
          const decorators: SyntaxNode[] = c.getChildren('Decorator');
          const def = c.getChild('FunctionDefinition') ?? c.getChild('ClassDefinition');
          if (def?.name === 'FunctionDefinition') {
            walkFunction(def, scope, inMain, cls, depth, decorators);
          } else if (def) {
            visit(def, scope, inMain, cls, depth);
          }
          return;
        }
        case 'FunctionDefinition':
          walkFunction(c, scope, inMain, cls, depth, []);
          return;
        case 'IfStatement': {
          const test = c.firstChild?.nextSibling ?? null;
          if (scope === '<module>' && isMainTest(test)) {
            if (s.mainGuard === null) s.mainGuard = lineOf(c);
            walk(c, scope, true, cls, depth + 1);
            return;
          }
          walk(c, scope, inMain, cls, depth + 1);
          return;
        }
        case 'MemberExpression': {
          // `if training_args.do_eval:` is as telling as the flag itself
          const last = c.lastChild;
          if (last?.name === 'PropertyName') {
            const prop = src(last);
            // `assert not args.eval_only` says the script has no such mode (detectron2's benchmark tools)
            const up = c.parent;
            const refused =
              up?.name === 'UnaryExpression' &&
              up.firstChild?.name === 'not' &&
              up.parent?.name === 'AssertStatement';
            if (
              !refused &&
              (prop === 'do_eval' || prop === 'do_predict' || prop === 'eval_only' || prop === 'do_test')
            ) {
              s.literals.push({ value: prop, line: lineOf(c), scope, inTable: false });
            }
          }
          walk(c, scope, inMain, cls, depth + 1);
          return;
        }
        case 'CallExpression':
          addCall(c, scope, inMain);
          walk(c, scope, inMain, cls, depth + 1);
          return;
        case 'AssignStatement': {
          // a = b = value; a, b = ...: record simple targets with the last expression as value
          const kids = c.getChildren('AssignOp');
          const lastOp = kids[kids.length - 1];
          const value = lastOp?.nextSibling ?? null;
          for (let t = c.firstChild; t && t !== lastOp; t = t.nextSibling) {
            if (t.name === 'VariableName' || t.name === 'MemberExpression') {
              const target = dotted(t);
              const a: Assign = {
                target,
                full: resolve(target),
                value: argOf(value),
                line: lineOf(t),
                scope,
              };
              const names = value ? namesIn(value) : null;
              if (names) a.names = names;
              s.assigns.push(a);
            }
          }
          walk(c, scope, inMain, cls, depth + 1);
          return;
        }
        default:
          if (c.firstChild) walk(c, scope, inMain, cls, depth + 1);
      }
    }
  };
  const walkFunction = (
    def: SyntaxNode,
    scope: string,
    inMain: boolean,
    cls: string | null,
    depth: number,
    decorators: SyntaxNode[],
  ) => {
    const nameNode = def.getChild('VariableName');
    const fname = nameNode ? src(nameNode) : '?';
    // methods get their class's name; nested functions belong to their enclosing function
    const own = scope === '<module>' ? fname : cls && scope === cls ? `${cls}.${fname}` : scope;
    const decos: string[] = [];
    for (const d of decorators) {
      const parts: string[] = [];
      for (let k = d.firstChild; k; k = k.nextSibling) if (k.name === 'VariableName') parts.push(src(k));
      const raw = parts.join('.');
      decos.push(resolve(raw));
      const dot = raw.lastIndexOf('.');
      const args: Arg[] = [];
      const kw: Record<string, Arg> = {};
      const argList = d.getChild('ArgList');
      if (argList) {
        for (let c = argList.firstChild; c; c = c.nextSibling) {
          if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
            kw[src(c)] = argOf(c.nextSibling.nextSibling);
            c = c.nextSibling.nextSibling ?? c.nextSibling;
            continue;
          }
          if (c.name === '(' || c.name === ')' || c.name === ',') continue;
          args.push(argOf(c));
        }
        walk(argList, own, inMain, cls, depth + 1);
      }
      s.calls.push({
        callee: raw,
        full: resolve(raw),
        method: dot === -1 ? raw : raw.slice(dot + 1),
        receiver: dot === -1 ? '' : raw.slice(0, dot),
        line: lineOf(d),
        scope: own,
        inMain,
        args,
        kw,
        decorator: true,
      });
    }
    if (own !== scope || scope === '<module>')
      s.functions.push({ name: own, line: lineOf(def), decorators: decos });
    const params = def.getChild('ParamList');
    if (params) walk(params, own, inMain, cls, depth + 1);
    const body = def.getChild('Body');
    if (body) walk(body, own, inMain, null, depth + 1);
  };

  walk(top, '<module>', false, null, 0);
  return s;
}

function emptySummary(lineCount: number): PySummary {
  return {
    imports: [],
    aliases: new Map(),
    calls: [],
    assigns: [],
    classes: [],
    functions: [],
    literals: [],
    splitScopes: new Set(),
    mainGuard: null,
    errors: { count: 0, firstLine: null },
    lineCount,
  };
}

/** Whether skimming this text could find a class or a literal worth keeping (else only imports and functions). */
export function skimFindsFacts(text: string): boolean {
  return text.includes('class') || INTERESTING_RE.test(text);
}

/**
 * A light, line-based summary for modules that cannot be entry points and make no calls that matter: imports,
 * class definitions with their bases, and the string literals worth keeping (weight URL tables in model zoos).
 * Linear in the text; no parse tree.
 */
export function skimPython(text: string): PySummary {
  const lines = new Lines(text);
  const s = emptySummary(lines.count);
  const resolveBase = (d: string) => {
    const dot = d.indexOf('.');
    const head = dot === -1 ? d : d.slice(0, dot);
    const t = s.aliases.get(head);
    return t === undefined ? d : dot === -1 ? t : t + d.slice(dot);
  };
  const rowAt = (offset: number): string => {
    const end = text.indexOf('\n', offset);
    return text.slice(offset, end === -1 ? text.length : end);
  };
  // one pass over the lines: imports, classes with their bases, top-level functions
  let lineNo = 0;
  for (let start = 0; start <= text.length;) {
    lineNo++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charCodeAt(i);
    // i, f, c, d, a: import / from / class / def / async def
    if (c === 105 || c === 102 || c === 99 || c === 100 || c === 97) {
      if (text.startsWith('import ', i) || text.startsWith('from ', i)) {
        let stmt = text.slice(i, end);
        let next = end + 1;
        let guard = 0;
        if (stmt.includes('(')) {
          while (!stmt.includes(')') && next < text.length && guard++ < 200) {
            const e = text.indexOf('\n', next);
            const r = text.slice(next, e === -1 ? text.length : e);
            stmt += ' ' + r.trim();
            next = e === -1 ? text.length + 1 : e + 1;
          }
        }
        while (stmt.trimEnd().endsWith('\\') && next < text.length && guard++ < 200) {
          const e = text.indexOf('\n', next);
          const r = text.slice(next, e === -1 ? text.length : e);
          stmt = stmt.trimEnd().slice(0, -1) + ' ' + r.trim();
          next = e === -1 ? text.length + 1 : e + 1;
        }
        const hash = stmt.indexOf('#');
        addImportText(s, (hash === -1 ? stmt : stmt.slice(0, hash)).trim(), lineNo);
      } else if (text.startsWith('class ', i)) {
        const m = /^class[ \t]+(\w+)[ \t]*(\(?)/.exec(text.slice(i, Math.min(end, i + 300)));
        if (m) {
          const raw: string[] = [];
          if (m[2]) {
            let depth = 1;
            let buf = '';
            const from = i + m[0].length;
            for (let k = from; k < text.length && k - from < 2000 && depth > 0; k++) {
              const ch = text[k]!;
              if (ch === '(' || ch === '[') depth++;
              else if (ch === ')' || ch === ']') {
                depth--;
                if (depth === 0) break;
              }
              if (depth === 1 && ch === ',') {
                raw.push(buf.trim());
                buf = '';
              } else buf += ch;
            }
            if (buf.trim()) raw.push(buf.trim());
          }
          const bases = raw.filter((b) => b && !b.includes('=') && /^[\w.]+$/.test(b));
          s.classes.push({ name: m[1]!, bases: bases.map(resolveBase), rawBases: bases, line: lineNo });
        }
      } else if (i === start && (text.startsWith('def ', i) || text.startsWith('async def ', i))) {
        const m = /^(?:async[ \t]+)?def[ \t]+(\w+)/.exec(text.slice(i, Math.min(end, i + 200)));
        if (m) s.functions.push({ name: m[1]!, line: lineNo, decorators: [] });
      }
    }
    start = end + 1;
  }
  // string literals worth keeping, on the lines that hold one of the interesting words
  const seenRows = new Set<number>();
  for (const w of INTERESTING_RE.test(text) ? INTERESTING : []) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) {
      const rowStart = text.lastIndexOf('\n', at) + 1;
      if (seenRows.has(rowStart)) continue;
      seenRows.add(rowStart);
      const row = rowAt(rowStart);
      const ln = lines.line(rowStart);
      for (const lit of quotedIn(row)) {
        if (INTERESTING_RE.test(lit))
          s.literals.push({ value: lit, line: ln, scope: '<module>', inTable: true });
      }
    }
  }
  s.literals.sort((x, y) => x.line - y.line);
  return s;
}

/** The contents of the quoted strings on one line (no escapes across lines; f-string fields left as written). */
function quotedIn(row: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.length; i++) {
    const q = row[i]!;
    if (q === '#') break;
    if (q !== '"' && q !== "'") continue;
    let j = i + 1;
    let v = '';
    while (j < row.length && row[j] !== q) {
      if (row[j] === '\\') {
        v += row[j + 1] ?? '';
        j += 2;
        continue;
      }
      v += row[j];
      j++;
    }
    out.push(v);
    i = j;
  }
  return out;
}

function addImportText(s: PySummary, stmt: string, line: number) {
  const clean = stmt.replace(/[()]/g, ' ');
  const add = (local: string, target: string) => {
    s.imports.push({ local, target, line });
    s.aliases.set(local, target);
  };
  if (clean.startsWith('from ')) {
    const at = clean.indexOf(' import ');
    if (at === -1) return;
    const base = clean.slice(5, at).trim();
    for (const part of clean.slice(at + 8).split(',')) {
      const w = part.trim().split(/\s+/);
      if (!w[0] || w[0] === '*') continue;
      const local = w[1] === 'as' && w[2] ? w[2] : w[0];
      add(local, base.endsWith('.') ? base + w[0] : `${base}.${w[0]}`);
    }
  } else {
    for (const part of clean.slice(7).split(',')) {
      const w = part.trim().split(/\s+/);
      if (!w[0]) continue;
      if (w[1] === 'as' && w[2]) add(w[2], w[0]);
      else {
        add(w[0].split('.')[0]!, w[0].split('.')[0]!);
        if (w[0].includes('.')) s.imports.push({ local: w[0], target: w[0], line });
      }
    }
  }
}
