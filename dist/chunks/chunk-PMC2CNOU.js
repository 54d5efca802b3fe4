import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  baseOf,
  extOf
} from "./chunk-XFPTAYHH.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TISUZJXF.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse3(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize(base, options), options);
        relative = parse3(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse3(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse3
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format2 = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format2),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format2 = fCxt.schema;
          const fmtDef = self.formats[format2];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format2}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format2,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format2)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema4 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema2();
    var schema$1 = require_schema3();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema4();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// src/util/frontmatter.ts
function extractFrontMatter(text) {
  const src = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const first = /^---[ \t]*\r?\n/.exec(src);
  if (!first) return null;
  const rest = src.slice(first[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const yamlLines = yaml === "" ? 0 : yaml.split("\n").length - (yaml.endsWith("\n") ? 1 : 0);
  const endLine = 2 + yamlLines;
  return {
    yaml,
    startLine: 2,
    endLine,
    body: rest.slice(close.index + close[0].length),
    bodyLine: endLine + 1
  };
}

// src/validate/formats.ts
var FORMAT_TITLES = {
  "hf-model-card": "Hugging Face model card metadata",
  "hf-dataset-card": "Hugging Face dataset card metadata",
  "citation-cff": "CITATION.cff",
  croissant: "Croissant metadata",
  "dvc-yaml": "DVC pipeline (dvc.yaml)",
  "dvc-file": "DVC tracking file (.dvc)",
  "dvc-lock": "DVC lock file (dvc.lock)",
  mlproject: "MLflow MLproject",
  "conda-env": "conda environment file",
  "dataset-manifest": "ReproScore dataset manifest",
  "reproscore-config": "ReproScore configuration"
};
function syntaxOf(format2) {
  if (format2 === "croissant") return "json";
  if (format2 === "hf-model-card" || format2 === "hf-dataset-card") return "markdown";
  return "yaml";
}
function baseName(path) {
  const norm = path.replaceAll("\\", "/");
  return norm.slice(norm.lastIndexOf("/") + 1);
}
function dirName(path) {
  const norm = path.replaceAll("\\", "/");
  const i = norm.lastIndexOf("/");
  return i < 0 ? "" : norm.slice(0, i);
}
var CONDA_NAME = /^(?:environment|conda)(?:[-_.][A-Za-z0-9_.-]*)?\.ya?ml$/i;
var MANIFEST_NAME = /^datasets\.ya?ml$/i;
var CONFIG_NAME = /^\.?reproscore\.ya?ml$/i;
function formatFromName(path) {
  const base = baseName(path);
  const lower = base.toLowerCase();
  if (lower.endsWith(".cff")) return "citation-cff";
  if (lower === "dvc.yaml" || lower === "dvc.yml") return "dvc-yaml";
  if (lower === "dvc.lock") return "dvc-lock";
  if (lower.endsWith(".dvc") && lower !== ".dvc" && !/(?:^|\/)\.dvc\//.test(path.replaceAll("\\", "/"))) {
    return "dvc-file";
  }
  if (lower === "mlproject" || lower === "mlproject.yaml" || lower === "mlproject.yml") return "mlproject";
  if (CONDA_NAME.test(base)) return "conda-env";
  if (MANIFEST_NAME.test(base)) return "dataset-manifest";
  if (CONFIG_NAME.test(base)) return "reproscore-config";
  if (lower.endsWith(".json") && lower.includes("croissant")) return "croissant";
  if (lower === "model_card.md" || lower === "modelcard.md" || lower === "model-card.md")
    return "hf-model-card";
  if (lower === "dataset_card.md" || lower === "datasetcard.md" || lower === "dataset-card.md" || lower === "data_card.md") {
    return "hf-dataset-card";
  }
  return null;
}
var SCHEMA_REF = /(?:^|[/\s=:"'])((?:hf-model-card|hf-dataset-card|citation-cff|croissant|dvc-yaml|dvc-file|dvc-lock|mlproject|conda-env|dataset-manifest|config))\.schema\.json/;
var DATASET_CARD_KEYS = /^(?:task_categories|task_ids|size_categories|configs|dataset_info|annotations_creators|language_creators|multilinguality|source_datasets|pretty_name|paperswithcode_id)\s*:/m;
function cardKind(frontMatterYaml) {
  return DATASET_CARD_KEYS.test(frontMatterYaml) ? "hf-dataset-card" : "hf-model-card";
}
function topKey(text, key) {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  for (const line of head.split("\n")) {
    if (line.startsWith(key)) {
      const rest = line.slice(key.length);
      if (/^[ \t]*:/.test(rest)) return true;
    }
  }
  return false;
}
function formatFromContent(path, text) {
  const lower = baseName(path).toLowerCase();
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
    const fm = extractFrontMatter(text);
    return fm ? cardKind(fm.yaml) : null;
  }
  const ref = SCHEMA_REF.exec(head.slice(0, 4096));
  if (ref) return ref[1] === "config" ? "reproscore-config" : ref[1];
  const trimmed = head.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    if (head.includes("@context") && /mlcommons\.org\/croissant/.test(head)) return "croissant";
    return null;
  }
  if (topKey(head, "cff-version")) return "citation-cff";
  if (topKey(head, "entry_points")) return "mlproject";
  if (topKey(head, "schema") && topKey(head, "stages")) return "dvc-lock";
  if (topKey(head, "stages")) return "dvc-yaml";
  if (topKey(head, "outs")) return "dvc-file";
  if (topKey(head, "dependencies") && (topKey(head, "channels") || topKey(head, "name"))) return "conda-env";
  if (topKey(head, "datasets")) return "dataset-manifest";
  if (topKey(head, "exemptions") || topKey(head, "fail-under") || topKey(head, "weights"))
    return "reproscore-config";
  return null;
}
function detectFormat(path, text) {
  const byName = formatFromName(path);
  if (byName) return byName;
  const lower = baseName(path).toLowerCase();
  if (text !== void 0) {
    if (lower.endsWith(".jsonld")) return /croissant/i.test(text.slice(0, 65536)) ? "croissant" : null;
    return formatFromContent(path, text);
  }
  return lower.endsWith(".jsonld") ? "croissant" : null;
}
var DECLARATION_EXTENSIONS = /* @__PURE__ */ new Set(["", "cff", "yaml", "yml", "lock", "dvc", "json", "jsonld", "md"]);
function scanFormat(path) {
  if (!path.includes("\\") && !DECLARATION_EXTENSIONS.has(extOf(baseOf(path)))) return null;
  const base = baseName(path);
  const lower = base.toLowerCase();
  if (lower === "citation.cff") return dirName(path) === "" ? "citation-cff" : null;
  if (MANIFEST_NAME.test(base)) {
    const dir = dirName(path);
    return dir === "" || dir === "data" || dir === "docs" ? "dataset-manifest" : null;
  }
  if (lower.endsWith(".jsonld")) return "croissant";
  const byName = formatFromName(path);
  if (byName === "reproscore-config" || byName === "hf-model-card" || byName === "hf-dataset-card")
    return null;
  if (byName === "citation-cff") return null;
  return byName;
}
function wantsDeclaration(path) {
  return scanFormat(path) !== null;
}

// src/validate/ajv.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// schemas/citation-cff.schema.json
var citation_cff_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/citation-cff.schema.json",
  title: "CITATION.cff (Citation File Format 1.2.0)",
  description: 'How to cite the repository, in the Citation File Format 1.2.0 that GitHub, Zenodo and Zotero read. Required: `cff-version`, `message`, `title` and `authors`. Dates are strings (`"2024-05-01"`). Written by ReproScore from the public CFF 1.2.0 guide; `references` entries are checked for their required keys only.',
  type: "object",
  additionalProperties: false,
  required: ["cff-version", "message", "title", "authors"],
  properties: {
    "cff-version": {
      type: "string",
      enum: ["1.2.0"],
      description: "The version of the format; this schema checks 1.2.0.",
      examples: ["1.2.0"]
    },
    message: {
      type: "string",
      minLength: 1,
      description: "What users should do with the metadata.",
      examples: ["If you use this software, please cite it as below."]
    },
    title: { type: "string", minLength: 1, description: "The name of the software or dataset." },
    authors: { $ref: "#/$defs/authors", description: "The people and organisations who made it." },
    type: {
      type: "string",
      enum: ["software", "dataset"],
      description: "What is cited: `software` (the default) or `dataset`."
    },
    abstract: { type: "string", minLength: 1, description: "A short description." },
    version: { $ref: "#/$defs/version", description: "The version cited." },
    "date-released": {
      $ref: "#/$defs/date",
      description: "When this version was released, as a quoted `YYYY-MM-DD` string."
    },
    doi: { $ref: "#/$defs/doi", description: "The DOI of the work (without `https://doi.org/`)." },
    identifiers: {
      type: "array",
      minItems: 1,
      description: "DOIs, URLs, Software Heritage ids and other identifiers of the work.",
      items: { $ref: "#/$defs/identifier" }
    },
    keywords: {
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 },
      description: "Keywords."
    },
    license: {
      $ref: "#/$defs/license",
      description: "The license of the work: an SPDX id, or a list of ids."
    },
    "license-url": { $ref: "#/$defs/url", description: "The license's URL when it has no SPDX id." },
    url: { $ref: "#/$defs/url", description: "The work's home page." },
    repository: {
      $ref: "#/$defs/url",
      description: "Another repository (not the code or artifact one)."
    },
    "repository-code": { $ref: "#/$defs/url", description: "The source code repository." },
    "repository-artifact": {
      $ref: "#/$defs/url",
      description: "Where built artifacts are published (PyPI, a model hub)."
    },
    commit: { type: "string", minLength: 1, description: "The commit cited." },
    contact: { $ref: "#/$defs/authors", description: "Who to contact." },
    "preferred-citation": {
      $ref: "#/$defs/reference",
      description: "A work to cite instead of the software itself, e.g. the paper."
    },
    references: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/reference" },
      description: "Works this one builds on."
    }
  },
  $defs: {
    version: { type: ["string", "number"], minLength: 1 },
    date: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      format: "date",
      examples: ["2024-05-01"]
    },
    url: {
      type: "string",
      pattern: "^(?:https?|s?ftp)://\\S+$",
      examples: ["https://github.com/example-org/example"]
    },
    doi: {
      type: "string",
      pattern: "^10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+$",
      examples: ["10.5281/zenodo.1234567"]
    },
    orcid: {
      type: "string",
      pattern: "^https://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$",
      examples: ["https://orcid.org/0000-0002-1825-0097"]
    },
    spdx: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9.+-]*$",
      examples: ["MIT", "Apache-2.0"]
    },
    license: {
      description: "The SPDX license id (`MIT`, `Apache-2.0`), or a list of ids when several apply.",
      type: ["string", "array"],
      pattern: "^[A-Za-z0-9][A-Za-z0-9.+-]*$",
      minItems: 1,
      items: { $ref: "#/$defs/spdx" }
    },
    authors: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        if: { type: "object", properties: { name: true }, required: ["name"] },
        then: { $ref: "#/$defs/entity" },
        else: { $ref: "#/$defs/person" }
      }
    },
    person: {
      description: "A natural person: `family-names` and `given-names` (an organisation uses `name` instead).",
      type: "object",
      additionalProperties: false,
      anyOf: [
        { type: "object", properties: { "family-names": true }, required: ["family-names"] },
        { type: "object", properties: { "given-names": true }, required: ["given-names"] }
      ],
      properties: {
        "family-names": {
          type: "string",
          minLength: 1,
          description: "Family names, including particles and suffixes when not given apart."
        },
        "given-names": { type: "string", minLength: 1 },
        "name-particle": { type: "string", minLength: 1, description: "`van`, `de`, `von`..." },
        "name-suffix": { type: "string", minLength: 1, description: "`Jr.`, `III`..." },
        alias: { type: "string", minLength: 1 },
        affiliation: { type: "string", minLength: 1 },
        email: { type: "string", format: "email" },
        orcid: { $ref: "#/$defs/orcid" },
        website: { $ref: "#/$defs/url" },
        address: { type: "string" },
        city: { type: "string" },
        region: { type: "string" },
        "post-code": { type: ["string", "number"] },
        country: { type: "string", pattern: "^[A-Z]{2}$" },
        tel: { type: "string" },
        fax: { type: "string" }
      },
      examples: [
        { "family-names": "Lovelace", "given-names": "Ada", orcid: "https://orcid.org/0000-0002-1825-0097" }
      ]
    },
    entity: {
      description: "An organisation, team, project or conference, named by `name`.",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1 },
        alias: { type: "string", minLength: 1 },
        email: { type: "string", format: "email" },
        orcid: { $ref: "#/$defs/orcid" },
        website: { $ref: "#/$defs/url" },
        address: { type: "string" },
        city: { type: "string" },
        region: { type: "string" },
        "post-code": { type: ["string", "number"] },
        country: { type: "string", pattern: "^[A-Z]{2}$" },
        location: { type: "string" },
        "date-start": { $ref: "#/$defs/date" },
        "date-end": { $ref: "#/$defs/date" },
        tel: { type: "string" },
        fax: { type: "string" }
      },
      examples: [{ name: "The Example Lab" }]
    },
    identifier: {
      type: "object",
      additionalProperties: false,
      required: ["type", "value"],
      properties: {
        type: { type: "string", enum: ["doi", "url", "swh", "other"] },
        value: { type: "string", minLength: 1 },
        description: { type: "string", minLength: 1 }
      },
      if: { type: "object", properties: { type: { const: "doi" } }, required: ["type"] },
      then: { type: "object", properties: { value: { $ref: "#/$defs/doi" } } },
      else: {
        if: { type: "object", properties: { type: { const: "url" } }, required: ["type"] },
        then: { type: "object", properties: { value: { $ref: "#/$defs/url" } } }
      }
    },
    reference: {
      description: "A work (paper, book, software, dataset...) with at least `type`, `title` and `authors`.",
      type: "object",
      required: ["type", "title", "authors"],
      properties: {
        type: {
          type: "string",
          enum: [
            "art",
            "article",
            "audiovisual",
            "bill",
            "blog",
            "book",
            "catalogue",
            "conference-paper",
            "conference",
            "data",
            "database",
            "dictionary",
            "edited-work",
            "encyclopedia",
            "film-broadcast",
            "generic",
            "government-document",
            "grant",
            "hearing",
            "historical-work",
            "legal-case",
            "legal-rule",
            "magazine-article",
            "manual",
            "map",
            "multimedia",
            "music",
            "newspaper-article",
            "pamphlet",
            "patent",
            "personal-communication",
            "proceedings",
            "report",
            "serial",
            "slides",
            "software-code",
            "software-container",
            "software-executable",
            "software-virtual-machine",
            "software",
            "sound-recording",
            "standard",
            "statute",
            "thesis",
            "unpublished",
            "video",
            "website"
          ]
        },
        title: { type: "string", minLength: 1 },
        authors: { $ref: "#/$defs/authors" },
        editors: { $ref: "#/$defs/authors" },
        doi: { $ref: "#/$defs/doi" },
        url: { $ref: "#/$defs/url" },
        identifiers: { type: "array", minItems: 1, items: { $ref: "#/$defs/identifier" } },
        journal: { type: "string" },
        conference: { $ref: "#/$defs/entity" },
        publisher: { $ref: "#/$defs/entity" },
        institution: { $ref: "#/$defs/entity" },
        "collection-title": { type: "string" },
        volume: { type: ["integer", "string"] },
        issue: { type: ["string", "number"] },
        start: { type: ["integer", "string"] },
        end: { type: ["integer", "string"] },
        pages: { type: ["integer", "string"] },
        year: { type: ["integer", "string"] },
        month: { type: ["integer", "string"] },
        "date-published": { $ref: "#/$defs/date" },
        "date-released": { $ref: "#/$defs/date" },
        "date-accessed": { $ref: "#/$defs/date" },
        version: { $ref: "#/$defs/version" },
        license: {
          $ref: "#/$defs/license",
          description: "The license of the work: an SPDX id, or a list of ids."
        },
        abstract: { type: "string" },
        keywords: { type: "array", items: { type: "string" } },
        notes: { type: "string" },
        isbn: { type: "string" },
        issn: { type: "string" }
      }
    }
  },
  examples: [
    {
      "cff-version": "1.2.0",
      message: "If you use this software, please cite the paper below.",
      title: "tiny-classifier",
      type: "software",
      version: "1.4.0",
      "date-released": "2024-05-01",
      license: "MIT",
      authors: [{ "family-names": "Lovelace", "given-names": "Ada" }, { name: "The Example Lab" }],
      identifiers: [{ type: "doi", value: "10.5281/zenodo.1234567" }],
      "preferred-citation": {
        type: "article",
        title: "A tiny classifier that reproduces",
        authors: [{ "family-names": "Lovelace", "given-names": "Ada" }],
        journal: "Journal of Reproducible Results",
        year: 2024
      }
    }
  ]
};

// schemas/conda-env.schema.json
var conda_env_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/conda-env.schema.json",
  title: "Conda environment file (environment.yml)",
  description: "The file `conda env create -f environment.yml` reads: a name, the channels to install from, and the dependencies: conda packages as `name=version=build` match specs, and a `pip:` section of pip requirements. Pin versions (`python=3.10`, `numpy=1.26.4`) or ship a lock file (conda-lock) so the environment can be rebuilt.",
  type: "object",
  required: ["dependencies"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, description: "The environment's name." },
    prefix: {
      type: "string",
      description: "Where to create the environment (machine specific; better left out)."
    },
    channels: {
      description: "Channels in priority order (`conda-forge`, `pytorch`, `nvidia`, `defaults`).",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    dependencies: {
      description: "Conda match specs (`python=3.10`, `pytorch::pytorch=2.3.1`) and at most one `pip:` list of pip requirements.",
      type: "array",
      minItems: 1,
      items: {
        type: ["string", "object"],
        minLength: 1,
        additionalProperties: false,
        required: ["pip"],
        properties: {
          pip: {
            description: "pip requirements, as in requirements.txt (`torch==2.3.1`, `-r requirements.txt`, `-e .`).",
            type: "array",
            items: { type: "string", minLength: 1 }
          }
        }
      }
    },
    variables: {
      description: "Environment variables set when the environment is activated.",
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean"] }
    },
    platforms: {
      type: "array",
      items: { type: "string" },
      description: "Platforms for conda-lock (`linux-64`, `osx-arm64`)."
    },
    category: {
      description: "A conda-lock category for these dependencies (`main`, `dev`).",
      type: "string"
    }
  },
  examples: [
    {
      name: "tiny-classifier",
      channels: ["pytorch", "conda-forge"],
      dependencies: [
        "python=3.10",
        "pytorch=2.3.1",
        "numpy=1.26.4",
        "pip",
        { pip: ["transformers==4.44.2", "datasets==2.20.0"] }
      ]
    }
  ]
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/config.schema.json",
  title: "ReproScore configuration",
  description: "The optional `.reproscore.yml` (or `.github/reproscore.yml`) at the root of a repository: exemptions with reasons, weight overrides, extra ignore globs and the minimum score.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: "The URL or path of this schema, for editors."
    },
    exemptions: {
      type: "array",
      description: "Checks that do not apply to this repository. Each needs a reason; reports show it. An exempted check is skipped and leaves the denominator.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["check", "reason"],
        properties: {
          check: {
            type: "string",
            pattern: "^[a-z][a-z0-9-]*$",
            description: "The id of the check, as in docs/checks.md (e.g. `training-code`)."
          },
          reason: {
            type: "string",
            minLength: 10,
            maxLength: 500,
            description: "Why the check does not apply, in a sentence a reviewer can judge."
          }
        }
      },
      examples: [[{ check: "training-code", reason: "Model-only repository: training code lives in example-org/trainer." }]]
    },
    weights: {
      type: "object",
      description: "Weight overrides by check id (the catalog's weights sum to 100). 0 turns a check's weight off without exempting it.",
      propertyNames: { pattern: "^[a-z][a-z0-9-]*$" },
      additionalProperties: { type: "number", minimum: 0, maximum: 100 },
      examples: [{ seeds: 6, container: 0 }]
    },
    ignore: {
      type: "array",
      description: "Extra glob patterns (relative to the root, gitignore-like `**` globs) of files the scan leaves out, e.g. copied code the default vendored-folder list does not catch.",
      items: { type: "string", minLength: 1, maxLength: 300 },
      examples: [["benchmarks/**", "legacy/**/*.py"]]
    },
    "fail-under": {
      type: "integer",
      minimum: 0,
      maximum: 100,
      description: "Exit 1 (CLI) or fail the step (Action) when the score is below this. A command-line `--fail-under` or the Action's `fail-under` input wins."
    }
  },
  examples: [
    {
      exemptions: [{ check: "weights-available", reason: "Weights are released under a separate agreement with the data provider." }],
      weights: { seeds: 6 },
      ignore: ["experimental/**"],
      "fail-under": 60
    }
  ]
};

// schemas/croissant.schema.json
var croissant_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/croissant.schema.json",
  title: "Croissant dataset metadata (JSON-LD, Croissant 1.0)",
  description: "A Croissant description of a machine learning dataset (MLCommons, built on schema.org): what the dataset is, under which license, the files it is made of (`distribution` of FileObjects with a checksum and FileSets) and the structure of its records (`recordSet` with fields). ReproScore checks the compacted JSON-LD form the Croissant tools write; `@id` references that point at nothing are reported separately.",
  type: "object",
  required: ["@context", "@type", "conformsTo", "name", "description", "license", "url"],
  properties: {
    "@context": {
      type: ["object", "string", "array"],
      description: "The JSON-LD context that maps the short keys to schema.org and Croissant terms."
    },
    "@type": {
      description: "Must be a schema.org Dataset: `sc:Dataset`.",
      type: "string",
      pattern: "(?:^|[:/])Dataset$",
      examples: ["sc:Dataset"]
    },
    "@id": { description: "The dataset node's identifier.", type: "string" },
    conformsTo: {
      description: "The Croissant version the file follows, e.g. `http://mlcommons.org/croissant/1.0`.",
      type: ["string", "array"],
      pattern: "mlcommons\\.org/croissant/[0-9]",
      items: { type: "string" },
      examples: ["http://mlcommons.org/croissant/1.0"]
    },
    name: { $ref: "#/$defs/text", description: "The dataset's name." },
    description: { $ref: "#/$defs/text", description: "What the dataset contains." },
    license: {
      description: "The data license: an SPDX id or a license URL (several when parts differ).",
      type: ["string", "array", "object"],
      minLength: 1,
      minItems: 1,
      items: { type: ["string", "object"] },
      examples: ["https://creativecommons.org/licenses/by/4.0/"]
    },
    url: { type: "string", minLength: 1, description: "The dataset's home page." },
    version: {
      type: ["string", "number"],
      description: "The dataset's version, ideally semantic (`1.0.0`)."
    },
    datePublished: {
      description: "When the dataset was published (`2024-05-01`).",
      type: "string",
      pattern: "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$"
    },
    dateModified: { description: "When the dataset last changed.", type: "string" },
    creator: {
      description: "Who made the dataset: a sc:Person or sc:Organization (or a list).",
      type: ["object", "array", "string"],
      items: { type: ["object", "string"] }
    },
    publisher: {
      description: "Who publishes the dataset: a sc:Organization or sc:Person.",
      type: ["object", "array", "string"]
    },
    citeAs: { type: "string", description: "A citation (BibTeX) for the dataset." },
    keywords: { description: "Keywords for search.", type: ["array", "string"] },
    sameAs: { description: "Other pages about the same dataset.", type: ["string", "array"] },
    isLiveDataset: {
      description: "Whether the data keeps changing (then a version pins less).",
      type: "boolean"
    },
    distribution: {
      description: "The files the dataset is made of: FileObjects (one file, with `contentUrl` and a `sha256` or `md5` checksum that pins it) and FileSets (files matched by glob `includes`, usually inside an archive).",
      type: "array",
      items: { $ref: "#/$defs/resource" }
    },
    recordSet: {
      description: "The structure of the records: each RecordSet lists its fields and where their values come from.",
      type: "array",
      items: { $ref: "#/$defs/recordSet" }
    }
  },
  $defs: {
    text: {
      type: ["string", "object", "array"],
      minLength: 1,
      description: "Text, or a JSON-LD language map / value object."
    },
    reference: {
      description: "A reference to another node by its `@id`.",
      type: "object",
      required: ["@id"],
      properties: { "@id": { type: "string", minLength: 1 } }
    },
    resource: {
      type: "object",
      required: ["@type"],
      properties: { "@type": { type: "string" } },
      if: {
        type: "object",
        properties: { "@type": { type: "string", pattern: "(?:^|[:/])FileObject$" } },
        required: ["@type"]
      },
      then: { $ref: "#/$defs/fileObject" },
      else: {
        if: {
          type: "object",
          properties: { "@type": { type: "string", pattern: "(?:^|[:/])FileSet$" } },
          required: ["@type"]
        },
        then: { $ref: "#/$defs/fileSet" },
        else: {
          type: "object",
          properties: { "@type": { type: "string", enum: ["cr:FileObject", "cr:FileSet"] } }
        }
      }
    },
    fileObject: {
      description: "One file: where to download it (`contentUrl`), its format, and a checksum (`sha256` or `md5`) so a user can verify it is the same data. A file extracted from an archive (`containedIn`) needs no checksum of its own.",
      type: "object",
      required: ["contentUrl", "encodingFormat"],
      properties: {
        "@type": { type: "string" },
        "@id": { type: "string", minLength: 1 },
        name: { type: "string", minLength: 1 },
        description: { $ref: "#/$defs/text" },
        contentUrl: { type: "string", minLength: 1 },
        contentSize: { type: ["string", "number"] },
        encodingFormat: {
          type: ["string", "array"],
          minLength: 1,
          items: { type: "string" },
          description: "The MIME type (or types) of the file.",
          examples: ["text/csv", "application/x-parquet"]
        },
        sha256: {
          type: "string",
          minLength: 1,
          description: "The SHA-256 of the file, in hex. (Some generators write a placeholder URL here for git repositories; ReproScore only counts a hex digest as pinning the data.)"
        },
        md5: { type: "string", minLength: 1, description: "The MD5 of the file, in hex." },
        containedIn: {
          type: ["object", "array"],
          items: { $ref: "#/$defs/reference" },
          required: ["@id"],
          properties: { "@id": { type: "string" } }
        },
        sameAs: { type: ["string", "array"] }
      },
      if: { type: "object", properties: { containedIn: true }, required: ["containedIn"] },
      else: {
        type: "object",
        properties: { sha256: true, md5: true },
        anyOf: [
          { type: "object", properties: { sha256: true }, required: ["sha256"] },
          { type: "object", properties: { md5: true }, required: ["md5"] }
        ]
      }
    },
    fileSet: {
      description: "Several files matched by glob patterns, usually inside an archive FileObject (`containedIn`).",
      type: "object",
      required: ["includes"],
      properties: {
        "@type": { type: "string" },
        "@id": { type: "string", minLength: 1 },
        name: { type: "string", minLength: 1 },
        description: { $ref: "#/$defs/text" },
        containedIn: {
          type: ["object", "array"],
          items: { $ref: "#/$defs/reference" },
          required: ["@id"],
          properties: { "@id": { type: "string" } }
        },
        encodingFormat: { type: ["string", "array"], minLength: 1, items: { type: "string" } },
        includes: {
          type: ["string", "array"],
          minLength: 1,
          minItems: 1,
          items: { type: "string", minLength: 1 }
        },
        excludes: { type: ["string", "array"], items: { type: "string" } }
      }
    },
    recordSet: {
      description: "A set of records (rows) and their fields.",
      type: "object",
      required: ["@type"],
      properties: {
        "@type": { type: "string", pattern: "(?:^|[:/])RecordSet$", examples: ["cr:RecordSet"] },
        "@id": { type: "string", minLength: 1 },
        name: { type: "string", minLength: 1 },
        description: { $ref: "#/$defs/text" },
        dataType: { type: ["string", "array"] },
        key: { type: ["object", "array", "string"] },
        field: { type: "array", minItems: 1, items: { $ref: "#/$defs/field" } },
        data: { type: ["array", "object", "string"] },
        examples: { type: ["array", "object", "string"] }
      }
    },
    field: {
      description: "One column or attribute: its type and where its values are extracted from. `dataType` may be left out when the type follows from elsewhere: a field with `subField`s, a foreign key (`references`) or a copy of another field (`source.field`).",
      type: "object",
      required: ["@type"],
      if: {
        type: "object",
        properties: {
          subField: true,
          references: true,
          source: { type: "object", properties: { field: true }, required: ["field"] }
        },
        anyOf: [
          { type: "object", properties: { subField: true }, required: ["subField"] },
          { type: "object", properties: { references: true }, required: ["references"] },
          { type: "object", properties: { source: true }, required: ["source"] }
        ]
      },
      else: { type: "object", properties: { dataType: true }, required: ["dataType"] },
      properties: {
        "@type": { type: "string", pattern: "(?:^|[:/])Field$", examples: ["cr:Field"] },
        "@id": { type: "string", minLength: 1 },
        name: { type: "string", minLength: 1 },
        description: { $ref: "#/$defs/text" },
        dataType: {
          type: ["string", "array"],
          minLength: 1,
          minItems: 1,
          examples: ["sc:Text", "sc:Integer", "sc:ImageObject"]
        },
        source: { $ref: "#/$defs/source" },
        references: {
          type: "object",
          description: "A foreign key: the field of another RecordSet this one points at."
        },
        subField: { type: "array", items: { $ref: "#/$defs/field" } },
        repeated: { type: "boolean" }
      }
    },
    source: {
      description: 'Where a field\'s values come from: a FileObject, FileSet or field (`{"@id": ...}`), and what to extract.',
      type: "object",
      properties: {
        fileObject: { $ref: "#/$defs/reference" },
        fileSet: { $ref: "#/$defs/reference" },
        field: { $ref: "#/$defs/reference" },
        recordSet: { $ref: "#/$defs/reference" },
        extract: {
          type: "object",
          properties: {
            column: { type: "string" },
            jsonPath: { type: "string" },
            fileProperty: {
              type: "string",
              enum: ["content", "fullpath", "filename", "filepath", "lines", "lineNumbers"]
            }
          }
        },
        transform: { type: ["object", "array"] }
      }
    }
  },
  examples: [
    {
      "@context": {
        "@vocab": "https://schema.org/",
        cr: "http://mlcommons.org/croissant/",
        sc: "https://schema.org/",
        conformsTo: "dct:conformsTo",
        dct: "http://purl.org/dc/terms/"
      },
      "@type": "sc:Dataset",
      conformsTo: "http://mlcommons.org/croissant/1.0",
      name: "tiny-reviews",
      description: "Ten thousand short product reviews labelled positive or negative.",
      license: "https://creativecommons.org/licenses/by/4.0/",
      url: "https://example.org/tiny-reviews",
      version: "1.0.0",
      datePublished: "2024-05-01",
      creator: { "@type": "sc:Organization", name: "The Example Lab" },
      distribution: [
        {
          "@type": "cr:FileObject",
          "@id": "reviews.csv",
          name: "reviews.csv",
          contentUrl: "https://example.org/tiny-reviews/reviews.csv",
          encodingFormat: "text/csv",
          sha256: "0f343b0931126a20f133d67c2b018a3b1e5b5a0b5d8e8c1f9b7e0c9f1a2b3c4d"
        }
      ],
      recordSet: [
        {
          "@type": "cr:RecordSet",
          "@id": "reviews",
          name: "reviews",
          field: [
            {
              "@type": "cr:Field",
              "@id": "reviews/text",
              name: "text",
              dataType: "sc:Text",
              source: { fileObject: { "@id": "reviews.csv" }, extract: { column: "text" } }
            }
          ]
        }
      ]
    }
  ]
};

// schemas/dataset-manifest.schema.json
var dataset_manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dataset-manifest.schema.json",
  title: "ReproScore dataset manifest (datasets.yaml)",
  description: "A short, machine-readable list of the datasets a repository trains and evaluates on: where each comes from, under which license, which exact version, which splits, and whether anyone can get it. Put it at `datasets.yaml` (or `datasets.yml`) in the repository root, `data/` or `docs/`. See docs/dataset-manifest.md.",
  type: "object",
  required: ["datasets"],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: "This schema's URL, so editors can check the file as you type."
    },
    datasets: {
      description: "One entry per dataset.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/dataset" }
    }
  },
  $defs: {
    role: { type: "string", enum: ["train", "validation", "test", "other"] },
    dataset: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      patternProperties: { "^x-": true },
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "The dataset's name as people and code refer to it (`openwebtext`, `cifar10`).",
          examples: ["openwebtext"]
        },
        role: {
          description: "What the repository uses it for: `train`, `validation`, `test` or `other`, or a list of them.",
          type: ["string", "array"],
          if: { type: "string" },
          then: { $ref: "#/$defs/role" },
          minItems: 1,
          uniqueItems: true,
          items: { $ref: "#/$defs/role" },
          examples: ["train", ["validation", "test"]]
        },
        source: {
          description: "Where to get it: a Hugging Face Hub id (`hf:org/name`), an http(s) URL, or a DVC-tracked path (`dvc:data/raw`).",
          type: "string",
          pattern: "^(?:hf:[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?|https?://\\S+|s3://\\S+|gs://\\S+|dvc:\\S+)$",
          examples: [
            "hf:Skylion007/openwebtext",
            "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
            "dvc:data/raw"
          ]
        },
        license: {
          description: "The data's license as an SPDX expression (`CC-BY-4.0`, `CC0-1.0 OR MIT`) or `LicenseRef-<name>` for terms without an SPDX id (then say where they are in `description`).",
          type: "string",
          pattern: "^\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)(?:\\s+(?:AND|OR|WITH)\\s+\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)\\)?)*\\)?$",
          examples: ["CC-BY-4.0", "ODC-By-1.0", "LicenseRef-ImageNet-Terms"]
        },
        version: {
          description: "The exact version used: a release (`2.0.1`), a Hub revision (commit sha), or a date snapshot.",
          type: "string",
          minLength: 1,
          examples: ["1.0.0", "8ef7b1d"]
        },
        checksum: {
          description: "A checksum of the data as downloaded: `sha256:<64 hex>` (or `sha512:`, `md5:`).",
          type: "string",
          pattern: "^(?:sha256:[0-9a-fA-F]{64}|sha512:[0-9a-fA-F]{128}|md5:[0-9a-fA-F]{32})$",
          examples: ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]
        },
        splits: {
          description: "The splits used, as names (`[train, test]`) or by name with their size and where they come from.",
          type: ["array", "object"],
          minItems: 1,
          items: { type: "string", minLength: 1 },
          minProperties: 1,
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              examples: {
                type: "integer",
                minimum: 0,
                description: "How many examples the split has."
              },
              path: { type: "string", description: "The file(s) or folder of the split." },
              fraction: {
                type: "number",
                exclusiveMinimum: 0,
                maximum: 1,
                description: "The share of the data, for splits made in code."
              },
              seed: { type: "integer", description: "The seed of a random split." },
              description: { type: "string" }
            }
          },
          examples: [
            ["train", "validation"],
            { train: { examples: 5e4 }, test: { examples: 1e4 } }
          ]
        },
        access: {
          description: "Who can get it: `open` (anyone, no sign-up), `gated` (after accepting terms or a form), `restricted` (on approval only) or `private` (not available outside the authors).",
          type: "string",
          enum: ["open", "gated", "restricted", "private"]
        },
        description: {
          type: "string",
          description: "What it is and how the repository uses or derives it."
        },
        url: {
          type: "string",
          pattern: "^https?://\\S+$",
          description: "A page about the dataset (paper, home page, card)."
        }
      }
    }
  },
  examples: [
    {
      datasets: [
        {
          name: "cifar10",
          role: ["train", "test"],
          source: "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
          license: "LicenseRef-CIFAR-10-Terms",
          checksum: "sha256:6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce",
          splits: { train: { examples: 5e4 }, test: { examples: 1e4 } },
          access: "open"
        },
        {
          name: "openwebtext",
          role: "train",
          source: "hf:Skylion007/openwebtext",
          license: "CC0-1.0",
          version: "5c636399c6ba6135f9b4e3bcd3c2b5ce8e5c8b5d",
          access: "open"
        }
      ]
    }
  ]
};

// schemas/dvc-file.schema.json
var dvc_file_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dvc-file.schema.json",
  title: "DVC tracking file (.dvc)",
  description: "The small file `dvc add` (or `dvc import`) writes beside a data file or folder tracked by DVC: the path and the content hash (`md5`) that pins exactly which data the repository uses.",
  type: "object",
  required: ["outs"],
  properties: {
    outs: {
      description: "The tracked files or folders (usually one).",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/out" }
    },
    deps: {
      description: "Where imported data came from (`dvc import`, `dvc import-url`).",
      type: "array",
      items: {
        type: "object",
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1 },
          md5: { type: "string" },
          etag: { type: "string" },
          checksum: { type: "string" },
          hash: { type: "string" },
          size: { type: "integer" },
          nfiles: { type: "integer" },
          repo: {
            type: "object",
            required: ["url"],
            properties: {
              url: { type: "string" },
              rev: { type: "string" },
              rev_lock: { type: "string" }
            }
          }
        }
      }
    },
    md5: { type: "string", description: "The hash of this file itself (import stages)." },
    frozen: { type: "boolean", description: "An import that `dvc update` leaves alone." },
    wdir: { type: "string", description: "The folder paths are relative to." },
    desc: { type: "string", description: "A description of the tracked data." },
    meta: { description: "Free metadata, ignored by DVC." }
  },
  $defs: {
    out: {
      type: "object",
      required: ["path"],
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "The tracked file or folder, relative to the .dvc file."
        },
        md5: {
          type: "string",
          pattern: "^[0-9a-f]{32}(?:\\.dir)?$",
          description: "The content hash (`.dir` suffix for folders)."
        },
        hash: { type: "string", description: "The hash algorithm of `md5` (`md5` in DVC 3)." },
        etag: { type: "string" },
        checksum: { type: "string" },
        size: { type: "integer", minimum: 0 },
        nfiles: { type: "integer", minimum: 0 },
        isexec: { type: "boolean" },
        cache: { type: "boolean" },
        persist: { type: "boolean" },
        push: { type: "boolean" },
        remote: { type: "string" },
        desc: { type: "string" },
        type: { type: "string" },
        labels: { type: "array", items: { type: "string" } },
        meta: true,
        files: { type: "array", items: { type: "object" } }
      },
      anyOf: [
        { type: "object", properties: { md5: true }, required: ["md5"] },
        { type: "object", properties: { etag: true }, required: ["etag"] },
        { type: "object", properties: { checksum: true }, required: ["checksum"] },
        { type: "object", properties: { cache: { const: false } }, required: ["cache"] }
      ]
    }
  },
  examples: [
    {
      outs: [
        {
          md5: "a304afb96060aad90176268345e10355.dir",
          size: 14445097,
          nfiles: 2,
          hash: "md5",
          path: "raw"
        }
      ]
    }
  ]
};

// schemas/dvc-lock.schema.json
var dvc_lock_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dvc-lock.schema.json",
  title: "DVC lock file (dvc.lock)",
  description: "What `dvc repro` last ran: for each stage, the command and the hashes of its dependencies, parameters and outputs. It pins the data and results of the pipeline in `dvc.yaml`. Written by DVC, not by hand.",
  type: "object",
  required: ["schema", "stages"],
  properties: {
    schema: { type: "string", enum: ["2.0"], description: "The lock file format version." },
    stages: {
      description: "What each stage last ran with, by stage name.",
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["cmd"],
        properties: {
          cmd: { type: ["string", "array"], minLength: 1, items: { type: "string" } },
          deps: { $ref: "#/$defs/entries" },
          outs: { $ref: "#/$defs/entries" },
          params: {
            description: "Parameter values by file, then key.",
            type: "object",
            additionalProperties: { type: "object" }
          },
          frozen: { type: "boolean" },
          always_changed: { type: "boolean" }
        }
      }
    }
  },
  $defs: {
    entries: {
      type: "array",
      items: {
        type: "object",
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1 },
          md5: { type: "string", pattern: "^[0-9a-f]{32}(?:\\.dir)?$" },
          hash: { type: "string" },
          etag: { type: "string" },
          checksum: { type: "string" },
          size: { type: "integer", minimum: 0 },
          nfiles: { type: "integer", minimum: 0 },
          isexec: { type: "boolean" }
        }
      }
    }
  },
  examples: [
    {
      schema: "2.0",
      stages: {
        prepare: {
          cmd: "python src/prepare.py data/raw data/prepared",
          deps: [
            {
              path: "data/raw",
              hash: "md5",
              md5: "a304afb96060aad90176268345e10355.dir",
              size: 14445097,
              nfiles: 2
            }
          ],
          outs: [
            {
              path: "data/prepared",
              hash: "md5",
              md5: "6836f797f3924fb46fcfd6b9f6aa6416.dir",
              size: 8437363,
              nfiles: 2
            }
          ]
        }
      }
    }
  ]
};

// schemas/dvc-yaml.schema.json
var dvc_yaml_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dvc-yaml.schema.json",
  title: "DVC pipeline file (dvc.yaml)",
  description: "A DVC pipeline: named stages, each a command (`cmd`) with the files it reads (`deps`), the parameters it uses (`params`) and what it writes (`outs`, `metrics`, `plots`). `dvc repro` reruns exactly the stages whose inputs changed, which makes the pipeline a reproduce command. Stages may be generated with `foreach`/`do` or `matrix`; `${...}` values come from `vars` and params files.",
  type: "object",
  additionalProperties: false,
  properties: {
    vars: {
      $ref: "#/$defs/vars",
      description: "Values for `${...}` substitution, shared by all stages."
    },
    stages: {
      description: "The pipeline's stages by name.",
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[^:/\\\\@]+$" },
      additionalProperties: { $ref: "#/$defs/stageEntry" }
    },
    params: { $ref: "#/$defs/pathList", description: "Parameter files tracked outside any stage." },
    metrics: { $ref: "#/$defs/pathList", description: "Metric files tracked outside any stage." },
    plots: {
      description: "Plots: file paths or named plot definitions.",
      type: "array",
      items: { type: ["string", "object"] }
    },
    artifacts: {
      description: "Models and other artifacts for the DVC model registry, by id.",
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1 },
          type: { type: "string" },
          desc: { type: "string" },
          labels: { type: "array", items: { type: "string" } },
          meta: true
        }
      }
    },
    datasets: {
      description: "Datasets the pipeline uses (DVC 3): DVC, DVCX or cloud datasets with a name and url.",
      type: "array",
      items: {
        type: "object",
        required: ["name", "url"],
        properties: {
          name: { type: "string", minLength: 1 },
          url: { type: "string", minLength: 1 },
          type: { type: "string", enum: ["dvc", "dvcx", "url", "dc"] },
          rev: { type: "string" },
          path: { type: "string" },
          version: { type: ["string", "integer"] }
        }
      }
    }
  },
  $defs: {
    vars: {
      description: "Values for `${...}` substitution: inline maps, or params files to read them from.",
      type: "array",
      items: { type: ["string", "object"] }
    },
    pathList: { type: "array", items: { type: ["string", "object"] } },
    cmd: {
      description: "The shell command(s) the stage runs.",
      type: ["string", "array"],
      minLength: 1,
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    outFlags: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        cache: {
          type: "boolean",
          description: "`false` keeps the output in git instead of the DVC cache."
        },
        persist: { type: "boolean" },
        checkpoint: { type: "boolean" },
        desc: { type: "string" },
        type: { type: "string" },
        labels: { type: "array", items: { type: "string" } },
        meta: true,
        remote: { type: "string" },
        push: { type: "boolean" },
        x: { type: "string" },
        y: { type: "string" },
        template: { type: "string" },
        title: { type: "string" },
        x_label: { type: "string" },
        y_label: { type: "string" },
        header: { type: "boolean" }
      }
    },
    outs: {
      description: "Paths, or `{path: {flags}}` entries.",
      type: "array",
      items: {
        type: ["string", "object"],
        minLength: 1,
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: { $ref: "#/$defs/outFlags" }
      }
    },
    params: {
      description: "Parameter keys from `params.yaml` (`train.lr`), or `{file: [keys]}` for another file (`null` for all keys).",
      type: "array",
      items: {
        type: ["string", "object"],
        minLength: 1,
        additionalProperties: { type: ["array", "null"], items: { type: "string" } }
      }
    },
    stage: {
      description: "A stage: `cmd` is required.",
      type: "object",
      additionalProperties: false,
      required: ["cmd"],
      properties: {
        cmd: { $ref: "#/$defs/cmd" },
        wdir: { type: "string", description: "The folder the command runs in." },
        deps: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Files and folders the command reads."
        },
        params: { $ref: "#/$defs/params" },
        outs: {
          $ref: "#/$defs/outs",
          description: "Files and folders the command writes (cached by DVC)."
        },
        metrics: { $ref: "#/$defs/outs", description: "Metric files the command writes." },
        plots: { $ref: "#/$defs/outs", description: "Plot data the command writes." },
        frozen: { type: "boolean" },
        always_changed: { type: "boolean" },
        desc: { type: "string" },
        meta: true,
        vars: { $ref: "#/$defs/vars" },
        live: {
          type: "object",
          description: "DVCLive outputs (DVC 2; replaced by DVCLive's own files in DVC 3)."
        },
        matrix: {
          description: "Generates one stage per combination: `{name: [values]}`, referenced as `${item.name}`.",
          type: "object",
          minProperties: 1,
          additionalProperties: { type: ["array", "string"] }
        }
      }
    },
    stageEntry: {
      type: "object",
      if: { type: "object", properties: { foreach: true }, required: ["foreach"] },
      then: {
        description: "A stage generated once per item of `foreach` (`${item}`, or `${key}`/`${item.field}` for maps).",
        type: "object",
        additionalProperties: false,
        required: ["foreach", "do"],
        properties: {
          foreach: { type: ["array", "object", "string"] },
          do: { $ref: "#/$defs/stage" }
        }
      },
      else: { $ref: "#/$defs/stage" }
    }
  },
  examples: [
    {
      stages: {
        prepare: {
          cmd: "python src/prepare.py data/raw data/prepared",
          deps: ["src/prepare.py", "data/raw"],
          params: ["prepare.seed", "prepare.split"],
          outs: ["data/prepared"]
        },
        train: {
          foreach: ["small", "large"],
          do: {
            cmd: "python src/train.py --size ${item}",
            deps: ["data/prepared", "src/train.py"],
            outs: ["models/${item}.pt"],
            metrics: [{ "metrics/${item}.json": { cache: false } }]
          }
        }
      }
    }
  ]
};

// schemas/hf-dataset-card.schema.json
var hf_dataset_card_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/hf-dataset-card.schema.json",
  title: "Hugging Face dataset card metadata",
  description: "The YAML front matter at the top of a dataset's README.md as the Hugging Face Hub reads it: license, languages, task categories, size category, and the `configs` (with their `data_files` and splits) and `dataset_info` the `datasets` library loads. Unknown keys are allowed, as the Hub allows them.",
  type: "object",
  properties: {
    pretty_name: {
      type: "string",
      minLength: 1,
      description: "The dataset's display name.",
      examples: ["Stanford Sentiment Treebank v2"]
    },
    license: {
      description: "The data license as a Hub license id (lower case: `cc-by-4.0`, `cc0-1.0`, `odc-by`, `mit`) or `other` (then give `license_name` and `license_link`); a list when parts differ.",
      $ref: "#/$defs/stringOrList",
      examples: ["cc-by-4.0", ["cc-by-sa-3.0", "gfdl"]]
    },
    license_name: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9.+-]*$",
      description: "A short id for a license the Hub does not list. Required when `license: other`."
    },
    license_link: {
      type: "string",
      minLength: 1,
      description: "Where the license text is (a file in the dataset repository or a URL). Required when `license: other`."
    },
    language: {
      $ref: "#/$defs/stringOrList",
      description: "ISO 639 codes of the languages in the data.",
      examples: [["en", "de"]]
    },
    task_categories: {
      $ref: "#/$defs/taskList",
      description: "What the data is for, as Hub task ids (`text-classification`, `question-answering`, `image-classification`, ...).",
      examples: [["text-classification"]]
    },
    task_ids: {
      $ref: "#/$defs/taskList",
      description: "Finer task ids (`sentiment-classification`, `extractive-qa`)."
    },
    size_categories: {
      description: "How many examples the dataset has, as one of the Hub's buckets.",
      type: ["string", "array"],
      if: { type: "string" },
      then: { $ref: "#/$defs/sizeCategory" },
      items: { $ref: "#/$defs/sizeCategory" },
      examples: [["10K<n<100K"]]
    },
    annotations_creators: {
      $ref: "#/$defs/stringOrList",
      description: "Who annotated the data: `expert-generated`, `crowdsourced`, `machine-generated`, `found`, `no-annotation`."
    },
    language_creators: {
      $ref: "#/$defs/stringOrList",
      description: "Who wrote the text: `expert-generated`, `crowdsourced`, `machine-generated`, `found`."
    },
    multilinguality: {
      $ref: "#/$defs/stringOrList",
      description: "`monolingual`, `multilingual`, `translation` or `other`."
    },
    source_datasets: {
      $ref: "#/$defs/stringOrList",
      description: "`original`, or the datasets this one derives from (`extended|squad`)."
    },
    paperswithcode_id: { type: ["string", "null"], description: "The dataset's Papers with Code id." },
    tags: { $ref: "#/$defs/stringOrList", description: "Free tags shown on the Hub." },
    viewer: { type: "boolean", description: "`false` turns off the Hub's dataset viewer." },
    configs: {
      type: "array",
      minItems: 1,
      description: "The configurations (subsets) the `datasets` library can load, each naming its data files by split.",
      items: { $ref: "#/$defs/config" }
    },
    dataset_info: {
      description: "Features, splits and sizes, as written by `datasets` (one object, or one per configuration).",
      type: ["object", "array"],
      properties: {
        config_name: { type: "string" },
        features: { type: ["array", "object"] },
        splits: { $ref: "#/$defs/infoSplits" },
        download_size: { $ref: "#/$defs/size" },
        dataset_size: { $ref: "#/$defs/size" }
      },
      items: { $ref: "#/$defs/datasetInfo" }
    }
  },
  if: {
    type: "object",
    properties: { license: { const: "other" } },
    required: ["license"]
  },
  then: {
    type: "object",
    properties: { license_name: true, license_link: true },
    required: ["license_name", "license_link"]
  },
  $defs: {
    size: {
      description: "A size in bytes (the `datasets` library sometimes writes it as a float).",
      type: ["number", "string"],
      minimum: 0,
      pattern: "^[0-9]+(?:\\.[0-9]+)?$"
    },
    sizeCategory: {
      type: "string",
      enum: [
        "n<1K",
        "1K<n<10K",
        "10K<n<100K",
        "100K<n<1M",
        "1M<n<10M",
        "10M<n<100M",
        "100M<n<1B",
        "1B<n<10B",
        "10B<n<100B",
        "100B<n<1T",
        "n>1T",
        "unknown"
      ]
    },
    stringOrList: {
      type: ["string", "array"],
      minLength: 1,
      items: { type: "string", minLength: 1 }
    },
    taskList: {
      type: ["string", "array"],
      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
      examples: ["text-classification"],
      items: {
        type: "string",
        pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
        examples: ["text-classification"]
      }
    },
    pathOrList: {
      type: ["string", "array"],
      minLength: 1,
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    config: {
      description: "A configuration: `config_name` and its `data_files` (a bare name is the legacy form, still found in older cards).",
      type: ["object", "string"],
      minLength: 1,
      required: ["config_name"],
      properties: {
        config_name: {
          type: "string",
          minLength: 1,
          description: "The configuration's name (`default` for the only one)."
        },
        default: {
          type: "boolean",
          description: "Whether this configuration loads when none is named."
        },
        data_dir: { type: "string", description: "A folder holding the configuration's files." },
        data_files: {
          description: "The files: a path or glob, a list of them, a list of `{split, path}` entries, or a mapping of split names to paths.",
          type: ["string", "array", "object"],
          minProperties: 1,
          additionalProperties: { $ref: "#/$defs/pathOrList" },
          minLength: 1,
          minItems: 1,
          items: {
            type: ["string", "object"],
            required: ["split", "path"],
            properties: {
              split: {
                type: "string",
                pattern: "^[A-Za-z0-9_.-]+$",
                description: "The split's name: `train`, `validation`, `test`, ..."
              },
              path: {
                $ref: "#/$defs/pathOrList",
                description: "A path or glob (or several) relative to the dataset repository."
              }
            }
          }
        }
      }
    },
    infoSplits: {
      type: "array",
      items: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          num_bytes: { $ref: "#/$defs/size" },
          num_examples: { type: "integer", minimum: 0 }
        }
      }
    },
    datasetInfo: {
      type: "object",
      properties: {
        config_name: { type: "string" },
        features: { type: ["array", "object"] },
        splits: { $ref: "#/$defs/infoSplits" },
        download_size: { $ref: "#/$defs/size" },
        dataset_size: { $ref: "#/$defs/size" }
      }
    }
  },
  examples: [
    {
      pretty_name: "Tiny Reviews",
      license: "cc-by-4.0",
      language: ["en"],
      task_categories: ["text-classification"],
      size_categories: ["1K<n<10K"],
      configs: [
        {
          config_name: "default",
          data_files: [
            { split: "train", path: "data/train-*.parquet" },
            { split: "test", path: "data/test-*.parquet" }
          ]
        }
      ],
      dataset_info: {
        features: [
          { name: "text", dtype: "string" },
          { name: "label", dtype: "int64" }
        ],
        splits: [
          { name: "train", num_examples: 8e3 },
          { name: "test", num_examples: 2e3 }
        ]
      }
    }
  ]
};

// schemas/hf-model-card.schema.json
var hf_model_card_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/hf-model-card.schema.json",
  title: "Hugging Face model card metadata",
  description: "The YAML front matter at the top of a model's README.md (or MODEL_CARD.md) as the Hugging Face Hub reads it: license, languages, datasets, metrics, base model and the `model-index` of evaluation results. Unknown keys are allowed, as the Hub allows them.",
  type: "object",
  properties: {
    language: {
      description: "The languages the model handles: ISO 639-1/639-3 codes (`en`, `fr`, `yue`), optionally with a region or script (`pt-BR`, `zh-Hant`), or `multilingual`.",
      $ref: "#/$defs/stringOrList",
      examples: ["en", ["en", "fr"]]
    },
    license: {
      description: "The model's license as a Hub license id (lower case: `apache-2.0`, `mit`, `cc-by-4.0`, `openrail++`, `llama3`) or `other`, which then needs `license_name` and `license_link`.",
      type: "string",
      minLength: 1,
      examples: ["apache-2.0", "other"]
    },
    license_name: {
      description: "A short id for a license the Hub does not list, in lower case with dashes (`my-research-license`). Required when `license: other`.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9.+-]*$",
      examples: ["deepseek-license"]
    },
    license_link: {
      description: "Where the license text is: a file in the repository (`LICENSE.md`) or a URL. Required when `license: other`.",
      type: "string",
      minLength: 1,
      examples: ["LICENSE.md", "https://example.org/license"]
    },
    library_name: {
      description: "The library that loads the weights (`transformers`, `diffusers`, `timm`, `sentence-transformers`, `peft`, `keras`, ...).",
      type: "string",
      minLength: 1,
      examples: ["transformers"]
    },
    pipeline_tag: {
      description: "The task the Hub widget runs, as a Hub task id (`text-generation`, `image-classification`, ...).",
      type: "string",
      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
      examples: ["text-classification"]
    },
    tags: { description: "Free tags shown on the Hub.", $ref: "#/$defs/stringList" },
    datasets: {
      description: "The datasets the model was trained or fine-tuned on, as Hub dataset ids (`org/name`) or names.",
      $ref: "#/$defs/stringOrList",
      examples: [["HuggingFaceFW/fineweb-edu", "imdb"]]
    },
    metrics: {
      description: "The metrics used to evaluate the model, as ids of the `evaluate` library (`accuracy`, `f1`, `bleu`).",
      $ref: "#/$defs/stringOrList"
    },
    base_model: {
      description: "The model(s) this one was fine-tuned, quantised, merged or adapted from, as Hub model ids.",
      $ref: "#/$defs/stringOrList",
      examples: ["meta-llama/Llama-3.1-8B"]
    },
    base_model_relation: {
      description: "How this model derives from `base_model`.",
      type: "string",
      enum: ["adapter", "merge", "quantized", "finetune"]
    },
    new_version: {
      description: "The Hub id of a newer version of this model.",
      type: "string",
      minLength: 1
    },
    thumbnail: { description: "An image for the model's social preview.", type: "string" },
    inference: {
      description: "Whether the Hub's inference widget runs (`false` turns it off), or its parameters.",
      type: ["boolean", "object"]
    },
    widget: {
      description: "Example inputs shown in the Hub widget.",
      type: "array",
      items: { type: "object" }
    },
    co2_eq_emissions: {
      description: "The carbon footprint of training, in grams of CO2 equivalent, or an object with `emissions`, `source`, `training_type`, `geographical_location` and `hardware_used`.",
      type: ["number", "object"],
      properties: {
        emissions: { type: "number", minimum: 0, description: "Grams of CO2 equivalent." },
        source: { type: "string" },
        training_type: { type: "string" },
        geographical_location: { type: "string" },
        hardware_used: { type: "string" }
      }
    },
    "model-index": {
      description: "Evaluation results in the format Papers with Code and the Hub leaderboards read: one entry per model, each with a list of results (task, dataset, metrics).",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/modelIndexEntry" }
    }
  },
  if: {
    type: "object",
    properties: { license: { const: "other" } },
    required: ["license"]
  },
  then: {
    type: "object",
    properties: { license_name: true, license_link: true },
    required: ["license_name", "license_link"]
  },
  $defs: {
    stringList: {
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    stringOrList: {
      type: ["string", "array"],
      minLength: 1,
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    modelIndexEntry: {
      description: "One model and its evaluation results.",
      type: "object",
      required: ["name", "results"],
      properties: {
        name: { type: "string", minLength: 1, description: "The model's name, usually its Hub id." },
        results: {
          type: "array",
          minItems: 1,
          description: "One entry per (task, dataset) pair evaluated.",
          items: { $ref: "#/$defs/result" }
        }
      }
    },
    result: {
      type: "object",
      required: ["task", "dataset", "metrics"],
      properties: {
        task: {
          type: "object",
          required: ["type"],
          description: "The task evaluated.",
          properties: {
            type: {
              type: "string",
              minLength: 1,
              description: "A Hub task id, e.g. `text-classification`."
            },
            name: { type: "string", description: "A pretty name for the task." }
          }
        },
        dataset: {
          type: "object",
          required: ["type", "name"],
          description: "The dataset the results were measured on.",
          properties: {
            type: { type: "string", minLength: 1, description: "The Hub dataset id, e.g. `glue`." },
            name: {
              type: "string",
              minLength: 1,
              description: "A pretty name, e.g. `GLUE (SST-2)`."
            },
            config: { type: "string", description: "The dataset configuration (subset), e.g. `sst2`." },
            split: { type: "string", description: "The split evaluated, e.g. `validation`." },
            revision: {
              type: "string",
              description: "The dataset revision (commit) evaluated: it pins the data."
            },
            args: {
              type: ["object", "string", "array"],
              description: "Arguments passed to the dataset loader."
            }
          }
        },
        metrics: {
          type: "array",
          minItems: 1,
          description: "The scores.",
          items: {
            type: "object",
            required: ["type", "value"],
            properties: {
              type: { type: "string", minLength: 1, description: "A metric id, e.g. `accuracy`." },
              value: { type: ["number", "string"], description: "The score." },
              name: { type: "string", description: "A pretty name for the metric." },
              config: { type: "string", description: "The metric's configuration." },
              args: { type: ["object", "string", "array"], description: "Arguments of the metric." },
              verified: { type: "boolean", description: "Set by the Hub for verified evaluations." },
              verifyToken: { type: "string", description: "Set by the Hub for verified evaluations." }
            }
          }
        },
        source: {
          type: "object",
          required: ["url"],
          description: "Where the results come from (a paper, a leaderboard).",
          properties: {
            name: { type: "string" },
            url: { type: "string", format: "uri" }
          }
        }
      }
    }
  },
  examples: [
    {
      language: ["en"],
      license: "apache-2.0",
      library_name: "transformers",
      pipeline_tag: "text-classification",
      datasets: ["stanfordnlp/sst2"],
      base_model: "distilbert/distilbert-base-uncased",
      "model-index": [
        {
          name: "distilbert-sst2",
          results: [
            {
              task: { type: "text-classification", name: "Sentiment analysis" },
              dataset: { type: "stanfordnlp/sst2", name: "SST-2", split: "validation" },
              metrics: [{ type: "accuracy", value: 0.91, name: "Accuracy" }]
            }
          ]
        }
      ]
    }
  ]
};

// schemas/mlproject.schema.json
var mlproject_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/mlproject.schema.json",
  title: "MLflow project file (MLproject)",
  description: "An MLflow Project: the entry points `mlflow run` can start (each a command with typed parameters) and the one environment they run in: `python_env` (a python_env.yaml), `conda_env` (a conda environment file) or `docker_env` (an image). ReproScore asks for exactly one environment: without one, MLflow runs in whatever environment happens to be active.",
  type: "object",
  required: ["entry_points"],
  properties: {
    name: { type: "string", minLength: 1, description: "The project's name." },
    python_env: {
      type: "string",
      minLength: 1,
      description: "Path to a python_env.yaml (Python version + pip requirements).",
      examples: ["python_env.yaml"]
    },
    conda_env: {
      type: "string",
      minLength: 1,
      description: "Path to a conda environment file.",
      examples: ["conda.yaml"]
    },
    docker_env: {
      description: "A Docker image to run in.",
      type: "object",
      required: ["image"],
      properties: {
        image: { type: "string", minLength: 1 },
        volumes: { type: "array", items: { type: "string" } },
        environment: { type: "array", items: { type: ["string", "array"] } }
      }
    },
    entry_points: {
      description: "What `mlflow run . -e NAME` runs; `main` is the default.",
      type: "object",
      minProperties: 1,
      additionalProperties: { $ref: "#/$defs/entryPoint" }
    }
  },
  oneOf: [
    { type: "object", properties: { python_env: true }, required: ["python_env"] },
    { type: "object", properties: { conda_env: true }, required: ["conda_env"] },
    { type: "object", properties: { docker_env: true }, required: ["docker_env"] }
  ],
  $defs: {
    paramType: {
      type: "string",
      enum: ["string", "float", "path", "uri"],
      description: "The parameter's type."
    },
    entryPoint: {
      type: "object",
      required: ["command"],
      additionalProperties: false,
      properties: {
        command: {
          type: "string",
          minLength: 1,
          description: "The command, with `{param}` placeholders.",
          examples: ["python train.py --lr {lr}"]
        },
        parameters: {
          description: "Parameters by name: a type (`string`, `float`, `path`, `uri`) or `{type, default}`.",
          type: "object",
          additionalProperties: {
            type: ["string", "object"],
            if: { type: "string" },
            then: { $ref: "#/$defs/paramType" },
            additionalProperties: false,
            properties: {
              type: { $ref: "#/$defs/paramType" },
              default: { type: ["string", "number", "boolean", "null"] }
            }
          }
        }
      }
    }
  },
  examples: [
    {
      name: "tiny-classifier",
      python_env: "python_env.yaml",
      entry_points: {
        main: {
          parameters: { lr: { type: "float", default: 1e-3 }, data: "path" },
          command: "python train.py --lr {lr} --data {data}"
        },
        evaluate: { command: "python eval.py" }
      }
    }
  ]
};

// src/validate/ajv.ts
var SCHEMAS = {
  "hf-model-card": hf_model_card_schema_default,
  "hf-dataset-card": hf_dataset_card_schema_default,
  "citation-cff": citation_cff_schema_default,
  croissant: croissant_schema_default,
  "dvc-yaml": dvc_yaml_schema_default,
  "dvc-file": dvc_file_schema_default,
  "dvc-lock": dvc_lock_schema_default,
  mlproject: mlproject_schema_default,
  "conda-env": conda_env_schema_default,
  "dataset-manifest": dataset_manifest_schema_default,
  "reproscore-config": config_schema_default
};
var ajv = null;
var firstErrorAjv = null;
var compiled = /* @__PURE__ */ new Map();
var compiledFirstError = /* @__PURE__ */ new Map();
function createAjv(allErrors = true) {
  const instance = new import__.Ajv2020({
    strict: true,
    allErrors,
    allowUnionTypes: true,
    verbose: true,
    validateFormats: true
  });
  const mod = import_ajv_formats.default;
  const addFormats = typeof mod.default === "function" ? mod.default : mod;
  addFormats(instance, ["date", "email", "uri"]);
  return instance;
}
function validatorFor(format2) {
  let v = compiled.get(format2);
  if (!v) {
    ajv ??= createAjv();
    v = ajv.compile(SCHEMAS[format2]);
    compiled.set(format2, v);
  }
  return v;
}
function firstErrorValidatorFor(format2) {
  let v = compiledFirstError.get(format2);
  if (!v) {
    firstErrorAjv ??= createAjv(false);
    v = firstErrorAjv.compile(SCHEMAS[format2]);
    compiledFirstError.set(format2, v);
  }
  return v;
}

// src/validate/croissant.ts
var MAX_NODES = 2e5;
function escapePointer(key) {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
function danglingReferences(value, parsed) {
  const defined = /* @__PURE__ */ new Set();
  const refs = [];
  const stack = [{ node: value, pointer: "" }];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const { node, pointer } = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }));
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const obj = node;
    const keys = Object.keys(obj);
    const id = obj["@id"];
    if (typeof id === "string") {
      if (keys.length === 1) refs.push({ id, pointer });
      else defined.add(id);
    }
    for (const k of keys) {
      if (k === "@context") continue;
      stack.push({ node: obj[k], pointer: `${pointer}/${escapePointer(k)}` });
    }
  }
  const errors = [];
  const suffixes = /* @__PURE__ */ new Set();
  for (const id of defined) {
    for (let i = id.indexOf("/"); i >= 0; i = id.indexOf("/", i + 1)) suffixes.add(id.slice(i + 1));
  }
  for (const ref of refs) {
    if (defined.has(ref.id) || suffixes.has(ref.id)) continue;
    const p = parsed.locate(ref.pointer);
    errors.push({
      pointer: ref.pointer,
      line: p?.line ?? null,
      column: p?.column ?? null,
      message: `the reference to '${ref.id.length > 60 ? ref.id.slice(0, 59) + "\u2026" : ref.id}' points at nothing: no FileObject, FileSet, RecordSet or field in this file has that @id`
    });
  }
  return errors;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var createScanner2 = createScanner;
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/validate/parse.ts
var import_yaml2 = __toESM(require_dist2(), 1);

// src/util/yaml.ts
var import_yaml = __toESM(require_dist2(), 1);
var MAX_ALIAS_COUNT = 200;
var LOSSY_FLOAT = /^[0-9]+\.[0-9]*0$/;
var MAX_FLOW_DEPTH = 256;
function flowDepthExceeded(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) return true;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return false;
}
function loadYaml(text, lineOffset = 0) {
  const lineCounter = new import_yaml.LineCounter();
  if (flowDepthExceeded(text)) {
    return {
      value: void 0,
      doc: null,
      lineCounter,
      errors: [
        {
          message: `YAML nested more than ${MAX_FLOW_DEPTH} levels deep was not parsed`,
          line: 1 + lineOffset,
          column: 1
        }
      ],
      warnings: []
    };
  }
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line + lineOffset, column: p.col };
  };
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, {
      version: "1.2",
      schema: "core",
      uniqueKeys: true,
      prettyErrors: false,
      lineCounter,
      keepSourceTokens: false,
      strict: true
    });
  } catch (err) {
    return {
      value: void 0,
      doc: null,
      lineCounter,
      errors: [
        {
          message: `YAML could not be parsed: ${String(err.message ?? err)}`,
          line: 1 + lineOffset,
          column: 1
        }
      ],
      warnings: []
    };
  }
  const errors = doc.errors.map((e) => ({ message: cleanMessage(e.message), ...pos(e.pos?.[0]) }));
  const warnings = doc.warnings.map((e) => ({ message: cleanMessage(e.message), ...pos(e.pos?.[0]) }));
  let value = void 0;
  if (errors.length === 0) {
    keepLossyFloatsAsStrings(doc);
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      errors.push({
        message: `YAML could not be expanded: ${cleanMessage(String(err.message ?? err))}`,
        line: 1 + lineOffset,
        column: 1
      });
    }
  }
  return { value, doc, lineCounter, errors, warnings };
}
function cleanMessage(m) {
  return m.split("\n")[0].trim();
}
function keepLossyFloatsAsStrings(doc) {
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node) {
      const source = node.source;
      if (typeof node.value === "number" && typeof source === "string" && LOSSY_FLOAT.test(source)) {
        node.value = source;
      }
    }
  });
}

// src/validate/parse.ts
var MAX_DECLARATION_CHARS = 4 * 1024 * 1024;
function splitPointer(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.slice(1).split("/").map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function parseDeclaration(text, syntax) {
  if (text.length > MAX_DECLARATION_CHARS) {
    return failed(
      `the file is too large to validate (${(text.length / 1048576).toFixed(1)} MB; declarations over ${MAX_DECLARATION_CHARS / 1048576} MB are skipped)`,
      1
    );
  }
  if (syntax === "json") return parseJson(text);
  if (syntax === "markdown") {
    const fm = extractFrontMatter(text);
    if (!fm) {
      return failed(
        "the card has no YAML metadata: add a block between `---` lines at the very top of the file",
        1
      );
    }
    return parseYaml(fm.yaml, fm.startLine - 1);
  }
  return parseYaml(text, 0);
}
function failed(message, line) {
  return {
    value: void 0,
    errors: [{ pointer: "", line, column: line === null ? null : 1, message }],
    locate: () => null
  };
}
function parseYaml(text, lineOffset) {
  const r = loadYaml(text, lineOffset);
  const errors = r.errors.map((e) => ({
    pointer: "",
    line: e.line,
    column: e.column,
    message: yamlMessage(e.message)
  }));
  const locate = (pointer, key) => {
    const root = r.doc?.contents;
    if (!root) return { line: 1 + lineOffset, column: 1 };
    let node = root;
    let at = root;
    for (const part of splitPointer(pointer)) {
      if ((0, import_yaml2.isMap)(node)) {
        const pair = findPair(node.items, part);
        if (!pair) break;
        const next = pair.value ?? pair.key;
        node = pair.value;
        if (next?.range) at = next;
        else if (pair.key?.range) at = pair.key;
      } else if ((0, import_yaml2.isSeq)(node)) {
        const item = node.items[Number(part)];
        if (!item) break;
        node = item;
        if (item.range) at = item;
      } else break;
    }
    if (key !== void 0 && (0, import_yaml2.isMap)(node)) {
      const pair = findPair(node.items, key);
      const k = pair?.key;
      if (k?.range) at = k;
    }
    const offset = at.range?.[0];
    if (offset === void 0) return null;
    const p = r.lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  return { value: errors.length ? void 0 : r.value, errors, locate };
}
function findPair(items, key) {
  return items.find((it) => {
    const k = it.key;
    if ((0, import_yaml2.isScalar)(k)) return String(k.value) === key;
    return String(k) === key;
  });
}
function yamlMessage(m) {
  if (/duplicate/i.test(m) && /key/i.test(m)) return `YAML: ${m} (a key may appear only once in a mapping)`;
  if (/alias/i.test(m) && /(?:count|expan|exceed)/i.test(m))
    return `YAML: ${m} (refused: aliases expand too much)`;
  return m.startsWith("YAML") ? m : `YAML syntax error: ${m}`;
}
var JSON_ERRORS = {
  1: "invalid symbol",
  2: "invalid number",
  3: "a property name in double quotes is expected",
  4: "a value is expected",
  5: "':' is expected",
  6: "',' is expected",
  7: "'}' is expected",
  8: "']' is expected",
  9: "the document should have ended",
  10: "JSON does not allow comments",
  11: "unterminated comment",
  12: "unterminated string",
  13: "unterminated number",
  14: "invalid unicode escape",
  15: "invalid escape character",
  16: "invalid character in a string"
};
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function offsetToPosition(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function parseJson(text) {
  const src = text.charCodeAt(0) === 65279 ? " " + text.slice(1) : text;
  const starts = lineStarts(src);
  const pos = (offset) => offsetToPosition(starts, offset);
  const parseErrors = [];
  let tree;
  try {
    tree = parseTree2(src, parseErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false
    });
  } catch (err) {
    return failed(`JSON could not be parsed: ${String(err.message ?? err)}`, 1);
  }
  const errors = [];
  const commaBefore = parseErrors.some((e) => e.error === 3 || e.error === 4) ? commaFinder(src) : null;
  const at = /* @__PURE__ */ new Set();
  for (const e of parseErrors.slice(0, 50)) {
    let offset = e.offset;
    let message = JSON_ERRORS[e.error] ?? "JSON syntax error";
    if ((e.error === 3 || e.error === 4) && commaBefore) {
      const comma = commaBefore(offset);
      if (comma !== null) {
        offset = comma;
        message = "JSON does not allow a trailing comma before a closing bracket";
      }
    }
    if (at.has(offset)) continue;
    at.add(offset);
    const p = pos(offset);
    errors.push({
      pointer: "",
      line: p.line,
      column: p.column,
      message: message.startsWith("JSON") ? message : `JSON: ${message}`
    });
  }
  if (!tree && errors.length === 0)
    errors.push({ pointer: "", line: 1, column: 1, message: "JSON: the file is empty" });
  if (tree) errors.push(...duplicateKeys(tree, pos));
  let value = void 0;
  if (errors.length === 0) {
    try {
      value = JSON.parse(src);
    } catch (err) {
      errors.push({
        pointer: "",
        line: 1,
        column: 1,
        message: `JSON: ${String(err.message ?? err)}`
      });
    }
  }
  const locate = (pointer, key) => {
    if (!tree) return null;
    let node = tree;
    for (const part of splitPointer(pointer)) {
      let next;
      if (node.type === "object")
        next = node.children?.find((c) => c.children?.[0]?.value === part)?.children?.[1];
      else if (node.type === "array" && /^[0-9]+$/.test(part)) next = node.children?.[Number(part)];
      if (!next) break;
      node = next;
    }
    if (key !== void 0 && node.type === "object") {
      const prop = node.children?.find((c) => c.children?.[0]?.value === key);
      if (prop?.children?.[0]) return pos(prop.children[0].offset);
    }
    return pos(node.offset);
  };
  return { value, errors, locate };
}
var COMMA_TOKEN = 5;
var EOF_TOKEN = 17;
function commaFinder(src) {
  const tokens = [];
  const scanner = createScanner2(src, true);
  for (let kind = scanner.scan(); kind !== EOF_TOKEN && tokens.length < 5e6; kind = scanner.scan()) {
    tokens.push({ kind, offset: scanner.getTokenOffset() });
  }
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (tokens[mid].offset < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const prev = found >= 0 ? tokens[found] : void 0;
    return prev?.kind === COMMA_TOKEN ? prev.offset : null;
  };
}
function duplicateKeys(tree, pos) {
  const out = [];
  const stack = [tree];
  while (stack.length && out.length < 20) {
    const node = stack.pop();
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Set();
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        if (k && typeof k.value === "string") {
          if (seen.has(k.value)) {
            const p = pos(k.offset);
            out.push({
              pointer: "",
              line: p.line,
              column: p.column,
              message: `JSON: duplicate key '${k.value}'`
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

// src/validate/messages.ts
var MAX_ERRORS_PER_FILE = 20;
function describePath(pointer, root) {
  const parts = splitPointer(pointer);
  if (parts.length === 0) return root;
  let out = "";
  for (const p of parts) {
    if (/^[0-9]+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_@$][A-Za-z0-9_@$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}
function short(value, max = 60) {
  return value.length > max ? value.slice(0, max - 1) + "\u2026" : value;
}
function describeValue(data) {
  if (data === null || data === void 0) return "nothing (an empty value)";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "object") return "a mapping";
  if (typeof data === "string") return `'${short(data)}'`;
  if (typeof data === "number") return `the number ${data}`;
  return String(data);
}
var TYPE_NAMES = {
  object: "a mapping (key: value pairs)",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty"
};
function typeList(t) {
  const types = Array.isArray(t) ? t : [String(t)];
  const names = types.map((x) => TYPE_NAMES[x] ?? x);
  return names.length <= 1 ? names[0] ?? "another type" : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return 99;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const w = word.toLowerCase().replaceAll("_", "-");
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase().replaceAll("_", "-"));
    const limit = c.length <= 4 ? 1 : 2;
    const prefix = Math.min(w.length, c.length) >= 4 && (w.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(w));
    if ((d <= limit || prefix) && Math.min(d, 3) < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
var MISSING_HINTS = {
  "citation-cff:cff-version": "add `cff-version: 1.2.0`",
  "citation-cff:message": 'e.g. `message: "If you use this software, please cite it as below."`',
  "citation-cff:title": "the name of the software or dataset",
  "citation-cff:authors": "a list of people (family-names, given-names) or entities (name)",
  "hf-model-card:license_name": "with `license: other`, give the license a short id",
  "hf-model-card:license_link": "with `license: other`, link to the license text (a file or URL)",
  "hf-dataset-card:license_name": "with `license: other`, give the license a short id",
  "hf-dataset-card:license_link": "with `license: other`, link to the license text (a file or URL)",
  "croissant:conformsTo": 'add `"conformsTo": "http://mlcommons.org/croissant/1.0"`',
  "croissant:@context": "the JSON-LD context that Croissant files start with",
  "croissant:license": "the data license, an SPDX id or a license URL",
  "croissant:contentUrl": "where the file can be downloaded",
  "croissant:encodingFormat": "the MIME type, e.g. `text/csv`",
  "croissant:dataType": "e.g. `sc:Text`, `sc:Integer`, `sc:ImageObject`",
  "croissant:includes": "a glob of the files in the set, e.g. `*.jpg`",
  "dvc-yaml:cmd": "every stage needs the command it runs",
  "dvc-yaml:do": "`foreach` needs a `do:` stage template",
  "dvc-file:path": "the tracked file or folder",
  "dvc-lock:schema": "dvc.lock files since DVC 2 start with `schema: '2.0'`",
  "dvc-lock:stages": "a DVC 1 lock file lists its stages at the top level; `dvc commit` with DVC 2 or later rewrites it",
  "mlproject:command": "the command `mlflow run` starts",
  "mlproject:entry_points": "e.g. `entry_points: {main: {command: python train.py}}`",
  "conda-env:dependencies": "the packages to install",
  "dataset-manifest:datasets": "a list with one entry per dataset",
  "dataset-manifest:name": "the name people and code use for the dataset"
};
var UNKNOWN_KEY_HINTS = {
  "citation-cff:given-names": "an author with 'name' is an entity (an organisation); a person has family-names and given-names instead",
  "citation-cff:family-names": "an author with 'name' is an entity (an organisation); a person has family-names and given-names instead",
  "citation-cff:author": "the key is 'authors', a list",
  "conda-env:pip": "pip requirements go in a `- pip:` item inside `dependencies`",
  "dvc-yaml:cmd": "a stage is a key under `stages:`"
};
function isUnder(pointer, base) {
  return pointer === base || pointer.startsWith(base + "/");
}
function explainOne(format2, e, root) {
  const where = describePath(e.instancePath, root);
  const params = e.params;
  const data = e.data;
  const parent = e.parentSchema ?? {};
  switch (e.keyword) {
    case "required": {
      const prop = String(params.missingProperty);
      const hint = MISSING_HINTS[`${format2}:${prop}`];
      const message = `${where} is missing '${prop}'${hint ? ` (${hint})` : ""}`;
      if (e.instancePath === "" && (prop === "license_name" || prop === "license_link")) {
        return { pointer: "", key: "license", message };
      }
      return { pointer: e.instancePath, atKey: true, message };
    }
    case "additionalProperties": {
      const prop = String(params.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const guess = didYouMean(prop, known);
      const hint = UNKNOWN_KEY_HINTS[`${format2}:${prop}`];
      const tail = hint ? ` (${hint})` : guess ? ` \u2014 did you mean '${guess}'?` : known.length > 0 && known.length <= 12 ? ` (allowed: ${known.join(", ")})` : "";
      return { pointer: e.instancePath, key: prop, message: `${where} has an unknown key '${prop}'${tail}` };
    }
    case "type": {
      let message = `${where} must be ${typeList(params.type)}, found ${describeValue(data)}`;
      const wanted = Array.isArray(params.type) ? params.type : [String(params.type)];
      if (wanted.includes("string") && (typeof data === "number" || typeof data === "boolean")) {
        message += ` \u2014 put it in quotes ("${String(data)}") so it stays text`;
      }
      return { pointer: e.instancePath, message };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const guess = typeof data === "string" ? didYouMean(data, allowed) : null;
      const list = allowed.length > 10 ? `${allowed.slice(0, 10).join(", ")}, \u2026` : allowed.join(", ");
      return {
        pointer: e.instancePath,
        message: `${where} is ${describeValue(data)}, expected one of: ${list}${guess ? ` \u2014 did you mean '${guess}'?` : ""}`
      };
    }
    case "const":
      return {
        pointer: e.instancePath,
        message: `${where} must be '${String(params.allowedValue)}', found ${describeValue(data)}`
      };
    case "pattern":
    case "format": {
      const examples = parent.examples;
      const ex = examples?.find((x) => typeof x === "string");
      const what = e.keyword === "format" ? `a valid ${params.format === "date" ? "date (YYYY-MM-DD)" : String(params.format)}` : "in the expected form";
      const subject = e.propertyName !== void 0 ? `${where} has a key '${short(e.propertyName)}' that is not` : `${where} (${describeValue(data)}) is not`;
      return { pointer: e.instancePath, message: `${subject} ${what}${ex ? `, e.g. '${ex}'` : ""}` };
    }
    case "minItems":
      return {
        pointer: e.instancePath,
        message: Number(params.limit) === 1 ? `${where} must not be an empty list` : `${where} needs at least ${params.limit} items`
      };
    case "minLength":
      return {
        pointer: e.instancePath,
        message: Number(params.limit) === 1 ? `${where} must not be empty` : `${where} must be at least ${params.limit} characters`
      };
    case "maxLength":
      return {
        pointer: e.instancePath,
        message: `${where} is too long (at most ${params.limit} characters)`
      };
    case "minProperties":
      return { pointer: e.instancePath, message: `${where} must not be empty` };
    case "maxProperties":
      return {
        pointer: e.instancePath,
        message: Number(params.limit) === 1 ? `${where} must have exactly one key (the path), with its options indented under it` : `${where} has too many keys (at most ${params.limit})`
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = {
        minimum: "at least",
        maximum: "at most",
        exclusiveMinimum: "more than",
        exclusiveMaximum: "less than"
      }[e.keyword];
      return {
        pointer: e.instancePath,
        message: `${where} must be ${op} ${params.limit}, found ${describeValue(data)}`
      };
    }
    case "uniqueItems":
      return {
        pointer: e.instancePath,
        message: `${where} lists the same item twice (items ${params.j} and ${params.i})`
      };
    default:
      return { pointer: e.instancePath, message: `${where} ${e.message ?? "is not valid"}` };
  }
}
function explainAlternatives(format2, e, branches, root, data) {
  const where = describePath(e.instancePath, root);
  const missing = branches.filter((b) => b.keyword === "required").map((b) => String(b.params.missingProperty));
  const allRequired = branches.length > 0 && missing.length === branches.length;
  const obj = data && typeof data === "object" ? data : {};
  if (format2 === "citation-cff" && missing.includes("family-names")) {
    return {
      pointer: e.instancePath,
      message: `${where} is missing 'family-names' (a person needs family-names, or use 'name' for an entity)`
    };
  }
  if (format2 === "mlproject" && e.instancePath === "" && e.keyword === "oneOf") {
    const present = ["python_env", "conda_env", "docker_env"].filter((k) => k in obj);
    if (present.length > 1) {
      return {
        pointer: "",
        key: present[1],
        message: `MLproject names ${present.length} environments (${present.join(", ")}): keep exactly one`
      };
    }
    return {
      pointer: "",
      message: "MLproject names no environment: add exactly one of python_env (a python_env.yaml), conda_env (a conda file) or docker_env (an image), or `mlflow run` uses whatever environment is active"
    };
  }
  if (format2 === "dvc-file" && isUnder(e.instancePath, "/outs")) {
    return {
      pointer: e.instancePath,
      message: `${where} has no 'md5': DVC has not recorded the data's hash, so nothing pins which data is meant (run \`dvc add\` or \`dvc commit\`)`
    };
  }
  if (format2 === "croissant" && missing.includes("sha256")) {
    const id = typeof obj["@id"] === "string" ? obj["@id"] : typeof obj.name === "string" ? obj.name : null;
    return {
      pointer: e.instancePath,
      message: `${where}${id ? ` (FileObject '${short(id)}')` : ""} has no checksum: add 'sha256' (or 'md5') so users can check they downloaded the same file`
    };
  }
  if (allRequired) {
    return {
      pointer: e.instancePath,
      atKey: true,
      message: `${where} is missing one of: ${missing.map((m) => `'${m}'`).join(", ")}`
    };
  }
  const first = branches.find((b) => b.keyword !== "type") ?? branches[0];
  if (first) return explainOne(format2, first, root);
  return { pointer: e.instancePath, message: `${where} does not match any of the allowed forms` };
}
function explainErrors(format2, errors, parsed, root, value) {
  const consumed = /* @__PURE__ */ new Set();
  const explained = [];
  const collapsed = /* @__PURE__ */ new Map();
  errors.forEach((alt, index) => {
    if (alt.keyword !== "anyOf" && alt.keyword !== "oneOf") return;
    const branches = [];
    for (let j = index - 1; j >= 0; j--) {
      const b = errors[j];
      if (!b.schemaPath.startsWith(alt.schemaPath + "/") || !isUnder(b.instancePath, alt.instancePath)) break;
      branches.unshift(b);
      consumed.add(b);
    }
    collapsed.set(alt, explainAlternatives(format2, alt, branches, root, dataAt(value, alt.instancePath)));
  });
  const formatFailed = new Set(errors.filter((e) => e.keyword === "format").map((e) => e.instancePath));
  for (const e of errors) if (e.keyword === "pattern" && formatFailed.has(e.instancePath)) consumed.add(e);
  for (const e of errors) {
    if (consumed.has(e) || e.keyword === "if" || e.keyword === "propertyNames" || e.keyword === "false schema")
      continue;
    explained.push(collapsed.get(e) ?? explainOne(format2, e, root));
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const x of explained) {
    const id = `${x.pointer}\0${x.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = x.atKey ? locateAtKey(parsed, x.pointer) : parsed.locate(x.pointer, x.key);
    const pointer = x.key !== void 0 ? `${x.pointer}/${x.key.replaceAll("~", "~0").replaceAll("/", "~1")}` : x.pointer;
    out.push({ pointer, line: p?.line ?? null, column: p?.column ?? null, message: x.message });
  }
  return out;
}
function locateAtKey(parsed, pointer) {
  const parts = splitPointer(pointer);
  const last = parts.at(-1);
  if (last === void 0 || /^[0-9]+$/.test(last)) return parsed.locate(pointer);
  const parent = pointer.slice(0, pointer.lastIndexOf("/"));
  return parsed.locate(parent, last) ?? parsed.locate(pointer);
}
var MAX_RAW_ERRORS = 1e3;
function capErrors(errors, atLeast = false) {
  if (errors.length <= MAX_ERRORS_PER_FILE) return errors;
  const kept = errors.slice(0, MAX_ERRORS_PER_FILE);
  kept.push({
    pointer: "",
    line: null,
    column: null,
    message: `and ${atLeast ? "at least " : ""}${errors.length - MAX_ERRORS_PER_FILE} more problems`
  });
  return kept;
}
function dataAt(value, pointer) {
  let cur = value;
  for (const part of splitPointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (cur && typeof cur === "object") cur = cur[part];
    else return void 0;
  }
  return cur;
}

// src/facts/license-data.json
var license_data_default = { generatedBy: "scripts/gen-license-data.mjs", spdxLicenseList: "6.12.0", vocab: "and is the as in of to any for or use be not purpose no provided without including with copyright that other from warranties by if damages implied otherwize on particular such are arizing shall license all notice conditions whether may but following liable must copy its distribution liability under an consequential out software distribute form granted fitness special rights express free you however warranty incidental terms event limited even permission subject it make disclaimer above have non modify version which copies limitation possibility do modifications source made has merchantability 1 law so code each hereby means notices right work at except kind name party 2 applicable original available contract only royalty their include those works your grants legal public used will does modified exclusive prior written more apply indirect advized documentation terminate extent permitted definitions direct grant theory offer reproduce than time information loss modification section agreement licensed required been either one automatically based where part provide data licenses necessary applies entity recipients then display obligations expressly patent trademark way 3 associated infringement resulting constitutes negligence agree intended termination basis commercial create tort control derivative exercizing includes purposes reasonable stated defined parties unless who claim different laws prominent action below case included individual provision additional also compliance exercize acceptance nothing published recipient sale unenforceable derived respect same entire holder sublicense survive third using 0 claims date remain 6 can licensor sections makes separate worldwide connection received 4 distributing general ii making perform performance term 5 every file provisions publicly whole business files cause charge exemplary hereunder services accept authorized failure into some distributed further upon deemed number person restrictions access created effect medium publish allow between continue how impose itself own reasonably versions against choose comply contained first limitations related through title writing enforceable least names sell within 7 after anyone contributions contributors new offered reserved should specified full manner property would attribution herein provides they when computer fee notwithstanding org reformed specific entities patents requirements set text affect contents contributor licensing neither nor retain users 8 along appear communication disclaims document losses well agreed concerning prohibited result unmodified common goods intellectual miscellaneous product alter behalf directly independent previous profits trademarks absence application breach example media now products promote restrict terminated them valid caused definition excluding service author contains covered end hereafter identified infringe limit similar there addition considered fair give holders quality representations risk transfer agreements jurisdiction ownership relationship authorship damage enforceability exclusion expressed given invalid keep known object power reproduction require responsible support thereof waiver litigation stating subsequent cannot changes corporation days defects order released user act equivalent executable governed here preferred remove scope circumstances controlled errors jurisdictions long obtain perpetual place readable refer reserves was 30 appropriate both change development effective excluded held intact portions relating take trade alleging alone arrangement combination condition containing endorse indicate language others permit programs reason uses violation another consent essential marks organization program release bound complete construed court direction distinguishing material measures offering two validity whatsoever binary consistent costs force obligation open remainder satisfy strict supplied world add being consideration designated forth inability infringed materials offers owned plus possible regarding revized themselves wide attempt carry cure incorporated installation later nature receive requested restriction see accuracy electronic fees incorporate incurred machine management met noninfringement portion represents scripts sole statement technological via compilation corresponding could cross future import individuals matter minimum personal prohibits protection 50 agrees certain clear contain cost fail formats indicating international licensee list logo stop therefore translation united 9 actions commons conflict copying courts existing iii indemnify interruption irrevocable larger persons punitive redistribution states usage 11 address assume differ duration fifty foundation knowledge percent practicable responsibility whom allowed assert authors aware collective copyrightable creative current distributes foregoing image infringes injury interface refers solely statutory withdraw becoming beneficial character convention described digital disclaimed forms goodwill immediately indirectly outstanding pre receives relevant shares state steps changed choice client counterclaim exceptions explicitly having identifier individually inform malfunction permissions physical previously reference royalties serve signed single stoppage understandings waived 10 collect constitute copyrights enforce expenses governing licensable location meet needed placed preamble process specifies standard complying compulsory contacted disclaimers ensure hardware hereof modules payment protected resource substitute whose accordance adapted brought contracts contribution controls defective exchange exercized firm generally implemented marked noncommercial procurement pursuant read reduce sure treaty waives always clearly community consented copyrighted correction creativecommons death determining indemnity intent lawsuit modifying musical once presence prove pseudonym relation repair servicing share sound structure transformed transmission verbatim while able already beyond creation detail guidelines interpreted item nations outside over paragraph prepare private publicity requires restricted website 12 charged conspicuously dealing licensees listed network obtaining redistributions regard specifically sufficient together utilizing violated were whatever accompanying activities although attorney avoidance called cease combined credit despite doubt entirety everyone freely inc most mutual origin period present produce sublicenses technically three uri venue 1996 according additions appears applied assembled before body contact conveyed discoverable election initial interest issue latent maximum mean meaning need pay permits please properly receipt recording represent request sharing society storage uniform acquire acquired apart art conveying cover customarily exception freedom gnu institute know mutually proprietary technical ways 101 60 agency ccpl compatible compensation constituting devized due else gives identifying interfaces method moving obtained recast redistribute regulation remains sentences timed ability actual among anything because calculated cases clause combining compiled content countries creates duplicate exhibit facilities get longer necessarily output put requiring responsibilities restricts still subsequently substantial we 13 17 article collection collectively deletion distributors forbid government hold normally notify option our primarily prohibit selling shared specify status substance system void waive acting added amount attached attorneys changing combines comes communicate comparable component contributes defend description distributor drafter embodied enable follow furnished gpl initiate judgement library likely many merchantibility operation providing reproducing sold taken understand voluntary want accessible advantage amended combinations components conditioned convenient describing enforced entitled fails fit format june licensors link lost march parts programming publishing qualify regardless requirement results run secure what year about agent audio away bring complies composition concerns derivatives designate directory documents entirely implication imply inconsistent informed interpretation mode months motion ordinary performing prevent problems protecting re referred representation research server settlement spirit sublicensing thus translated updates warrants wipo wish years 212 227 7202 abridgment advertizing allows alternative anthology artistic becomes benefit com condensation customary dealings defense describe digitally distributions dramatization effectively effort encyclopedia english extend fictionalization finally find found fulfilled harmless implementation like look mechanical mechanism music operate originally periodical phonorecord phonorecords picture privacy produced promptly reinstated rules running show site statute synching synchronization systems thereto though 2007 accepted accompany addressed asserting california delete designed develop directed endorsement enforcing et european french generated giving implement imposed infringing linked lists mailing major merchantable merge note protect receiving saying sentence sublicensable thereafter twelve until value widely absolutely aggregate benefits best communicated context continues contribute convey creating de decide deployment disclaim domain during earlier federal filed functions impossible install instead iv member might national operating permanently primary prominently rename replace repository resolved retains screenplay subsection suitable sustained terminates therein things transferring validly acknowledge arrange availability commence contradict contributed country database december documenting downstream drafted enables ever exclusions excuse expected export far fulfilling inclusion integrity judicial less mere model modifies monetary official places possession practice refrain remaining seek significant skill us utilization volume web 28 accompanies acknowledgement adapt applications assurances authorize authorizes become chosen closely collecting compiler confusingly consequence consisting deny developed developers devices displays dispose district download elect elements ensuring fixes fullest functionality grantor gratis guarantee had honor human identifiable inaccurate indicated insert items kernel lesser market moral partnership people permissive pertinent placing practical prevailing price rendered respective runs scheme secrets sent separately simultaneously substantially surrender understands waivable words 115 20 absolute accord adopted america appropriately approved approximates asserted avoid believe configuration contrast customer databases day detailed developer differs doing efforts enforcement execute fashion fully header identify incompatible initiative interchange joint lines located maintain natural noncompliance notifies paragraphs pertaining pieces precize provisionally recover referring reinstatement remedies resellers reuse revisions revoked risks series sharealike simply sufficiently throughout too tortious type up usc 114 15 1995 48 96 accepting accordingly acknowledges acts advice api apparatus appropriateness ascap authorization automatic blanket bmi broadcast causes class come competent council deal deprive describes details directive disputes ec en equipment equitable explicit external fall fox generis goals granting harry hyperlink identification images incorporates instructions internal journal large lawrence le libraries literary machines maintained matters members moreover multiple northern parliament physically policies prejudice production proxy regulations remedy reputation seeking separable sesac soundexchange speak sponsor statements sui supplier supports technology toward translate treated webcast webcasting 16 accompanied adding affero aggregation alters apis appeal applying arrangements believes carefully civil conducts conjunction consists consumer contractual contrary conveyance device displayed dispute economic encouraged environmental excludes exclusively he html inexpensive infringements interfere lead les limiting line local maintenance mark methods numbered occurs oct passed past potential procedures project provenance que rather recognized resides return rosen said sept severability suit supplement times unique unlimited visible 14 account allowing anywhere arranged asking assets assigned attach attributes build cessation circumstance combine contractor creations decision declaratory deleting deliver descriptive disclosed discretion downloading entered exceed expiration extensions fact features functioning good hereinafter hereto his informational initially initiation issued issues jury legally linking lower meets named net newsgroups none notified notifying organizations osi package packaging penalties posting proper prospectively protocols readily rest retained satisfactory scientific selected six soient someone standards study succeeded suite tangible titled trial union upper useful variety venture warrant wherever whichever window academic achieve adaptation admission affected affirmed affirms agreeable air aircraft altered appearance attributions authority became brief cc circumvention collateral commands compile constantly construction contrat copyleft county covering creator credits depends derogatory documented embodiments error executables execution extract facilitate factual faith follows generate high hope impair inaccuracies interaction interactive interpreter invalidate japan keys lawful materially mozilla navigation normal nuclear participate permissible perpetuity precisely prepared prevents programmer promizes publishes redistributed registered relicensing removed reviewing se security selection severe she since sometimes sought steward thirty tools total traffic undertaken updated url view wherein withdrawn working wrote 1999 2002 2003 6b 6d activity actually administers agreeing alleged alterations alternatively analogous apache architecture archival ask assent association assumes assumption back belonging bug choosing circumvent clara commitment comparisons compatibility compete compressed conflicts continued contributory conveys copied danger department deploy deployed differential directions disclaiming discontinue dollars elaborations executing exist explaining extended family feature filling function greater greatest group her identical illustration importing indemnification indemnified industrial installed instance institutes intention interpret irrevocably key lawsuits likewize logos losing mail maintains meaningful menu mpl next noderivs noncommercially omissions ont operations oral page parameters password peer performed performs permanent personality plain possesses pr proceeding prohibiting province reading reasons references relative releasing remote respects restricting review sa santa schemes science secondarily severed short side small sounds stand sublicenseable submitted supply table takes ten test threatened tiers tous transferred treat types unauthorized unavailability understood universal unrestricted upgrades usa utility utilize violates violations write yourself 2000 252 accessors accurate across adaptations adversely advertize affects ancillary anglais annotations anti appendix archiving argument arose assumptions authorizing balance basic bear believed beneficiary bind binding book canada center certified characterized collections commercially company compelled compilations computers confirm connected conspicuous contributing course covenant coverage covers criterion debugging declining decompression defenses denied denominated dfar differences differently directing discriminatory dissemination doubtful draft drawing durable dwelling dynamically easily effected embedded employee ends engineering enjoyment entertainment essentially estoppel exact expects expense expression expressions facility failures fault favor finds fixed flow forming governs hosts household incorporation independently indicates inline input intentionally interfered internet intimate invoked isolation july justify kinds knowingly layouts length lying macros masks measure merging misrepresentation negotiations never numerical obligate obligated obtains occasionally occurring online operated operates options originate originator owns packaged participant partners peers performer photographic posted predecessor presents preservation preserve prevented processing procuring produces propagate propagating propagation proviso publisher quebec quiet reciprocal recommend recordings referenced regenerate regulated reliance relink relying removal representative reproduced requests resolution revenue reverse rom say secondary secured semiconductor serves signs soon spare start subdividing sublicensed submit subprograms successors sue suffice systematic tells terminating tested textual tool transaction true typical uncombined university unnecessary unpacking unported willing wire wireless 00 02110 1301 1961 1971 1979 2004 2005 211 24 51 7015 actors affecting affiliates allegation alteration anthologies applicability april assimilated attention berne better boston broadcasts categorized chartered choreographic cinematographic cinematography circumvented circus citizen clicking close commerce communications communities conform connexes considerations contest cooperate corrected creators cured dancers declaim defamation deleted design destroy did dimensional discovery distort done donor dramatic dramatico dumb duplication eclipse editorial employed employees employer encyclopedias endorsed engraving executed exhaustive exists fields fifth fixation fixations floor folklore former franklin generous geographical geography guided handling happen heirs idea ies immediate immunities implicitly important importation improved incomplete indication induce inquiry inside instances introduced invasion labeled lawfully lawyer lecture level lithography ma manual map merely musicians mutilate office painting pamphlet paper payments per performances pertain phonogram phonograms photography phrase plan play pointer practices prejudicial preserving privileges processes producer promoting purchases qu range rebroadcast recitations recognizably redistributing reinstates render replaces representatives residuals rome safest sake school sculpture secret sense september sermon sign similarly sing singers sixty sketch sort sponsored sponsorship stored supplements synched terminology thereby thoroughly topography transformation transmits undertake uninterrupted untested vice viewable violate visual welcome whenever york 29 accessing acknowledgements adapter addendum adjacent administrative alongside apple arbitration archive area arise assurance august aux base beginning capacity carrying cecill certification characteristics charges concluded consents conversions correct declaration define defining des difference discussing displaying don eligible embed environment eupl everything exclude existence explains february fewer financial finished font freedoms ftp gets grossly help identifies improving incorporating informs installing internally january la latter limits linguistic mac managed mentioned metadata negligent officer opportunity originates osl pages pass phrases plural portability possibly preceding prevail principal promotional regards remotely rent replaced satisfies schema search seq specially specifying straightforwardly submission subsidiaries suggest suitability sun supersede supporting taking threshold timely tracking un underlying variant verify whoever yoyodyne 1991 2020 26 2d 6a abuse afin aggregated aim alis alternately announcement ant appeared assented assures attributed au auteur autre autres avec bec belong box button call capabilities cas ce cern ces cette ch ci collaboration collaborative comme commonly comp compute computing conc consid consult contractors contradiction contradicts conveniently corporate counter counts cr dans dant declatory deletions deliberate demarcate denying depend dependent der designs desirable determine diffuser directors distortion doit domains donn droit droits du dur easy educational electronically element elle engine enhancements epl erroneously es especially est exig exige extraction failed faire fait falls field finitions fonts framework fundamentally garantie gave gie global guidelinesfor3rdparties hence honoring hyperlinks icommons il improvements index initiated institution interference invalidity involved irreversible judice just label laid last lending lgpl libre lien lieu liliq linux loading manufacture manufacturer ment mention minist mit moins month mutilation ne newer nom null ongoing opensource opt optional os ou overt packages par pas paternit pattern permettre permitting personne personnel peut peuvent pour preferably premier principles printed procedure produit progress projects protective publier quelconque quelque qui quite ready recompile recompiling reflect renting reproduire reputations respecter responsabilit responsable rieure riv root roots sample sans semblance sens sente ses several si singular slightly something sont sous spanish specifications square street strictly sub subclass subroutines successor sur tables telle tenu termes testing thinking tout toute towards transferable transform tre txt typically unacceptable understanding une usenet utiliser verbal vertu vested virtue vis wishes word 000 19 1990 2001 2017 25 3c 4d0 4d1 90 abbreviations absent accepts accompagn accorde accorder achieved acqu acquiring acronyms actuelle additionally addresses administration affiliated agit alin ambule analysis anticipated appel applique apporter approuv apr arbitrator aspects assembl assembly assertion assign assigns assure assurer aucune auquel aussi autoris average ayant ayants background begin begins behind besoin bugs bundled ca calling capitalized celle certifi cessaire ceux chacun chapter chaque characterization che choisir cifique cis cise clarification collected comments commission companies compatibilit compatiblelicenses compiling complet completely completeness compliant composed computational concernant configure connaissance consentement consider considers construe contestation contexte contraire contributeur coon copie corrig customers cuter dedication defendant defines delay delivery dernier designer designers destin determined detriment developing diff dig disposal distinct distincte distribu distribue distribuer divers doctrines doivent donner dont effects email emp encore endeavour engage engaged engineer entend entente entry equivalents evidence ex excess exclure exclusif exemplaire exerc exerce exercer exercice expectation exploit exporting expr externally faisant faster faut fichier fichiers five forme frais fulfill functional funding gain garanties generic goal goes govern graphic groups guarantees hacker headers him historical honour hypothetical ibm identity illinois implementations importante inapplicables inconsistency incorpor incorpore increase indexes indique inherent insights integration interactively intermediate invented invested involvement james jours labor lai laquelle launched lend lequel licenci licencier lier liera limite livraison livrer logiciel loi lui maintaining majority mani marques me mentaires mentioning mentions mesure methodical microsystems minimal modest modifi module money morale naming nationale needs neighbouring networks newly ninety nominal notamment nouveau november npl num obscure occasions occur offre offrir ofl ohl operator orders ordinateur organisme originating outlined outputs partag partial particuli particulier partie patches pdf pendant perl permet permettant permettrait plainly platform pondre porting pose poss prescribed presented president prise produire proprietorship prot proved provider providers publication publicsource puisse python quantity quelle quent question raisonnable raisonnables reads recevra reciprocity recombine recombining record redevances rediges redistributes releases relinking relinquishment rely rence repeated replacement repr reproductions reproduit requize res reservation reserve respondent response restrictive retir retroactive reur rien rils risques ro rpl rule safe sauf saurait securities select selon senter sera seront servicemarks sets settled seulement seuls sheets signature signe sili siliation sm soit soumettre soumis soumize sources sp specification starts step stimulate stipul strongly studied subs subsist substituting suivantes suivants sujet sujette sultant sultat supersedes suppl supplemented supprim syntax tat tell templates temporary temps tents terminable territoriale think tiquettes titulaire tm totalit toutefois transmit treatment tribunaux triggers ty ult update usually uu uvre valide variants varies verb versa viewed views virus vote voting w3c weakly wholly whomever why willful writer 100 1011 18 1895 1989 2006 2008 20191 22 32 42 60th 6b1 accessed accesses accomplish accounting accurately achieves acknowledging acquisition active adams adapting advantages affiliate affirming agents aggregating agpl alike alternate alternatives american analytical analyze analyzing announces appoint appreciated approach archives arizes articles aspect assist assujetti assumed assumer audiovisual authored authorizations autonomy avoids award banner belgian beta blur blurred board bodies boilerplate bottom brackets breaches brings broad bsd cancels capability capital care caveat celui certainty chain champaign channel cipiendaire ciprocit city clarity classify clearing cnri cnris co colorado combin comment commit commitments communicates communicating competing complain completed complied comprize comprizes con concept concession conclude conduct confers confidentiality confusion consist consortium constant consultant contemplated contingent continuously contracting contractually contravention controlling convenience cooperation coordinated coordination correlations counterclaims cpl criteria cryptographic cultural custom dated dates dedicate dedicates dedicator defending demonstration dependence depth derives determination disadvantages disclosure distinction distinguished doesn down downloaded drive duly easier ecl edit edited edition education elects embargo embargoed enabling enclosed encourage endeavor endorsements enhanced enter environments equal equally equity erase ercim errant etc ethical europe evaluated evaluating exactly examples exceeding executors exempt exhaustion experimentation expire explanations exported exposed extension extracted extracting facilitating facto factors feel final fits flaw fois foo forbidden formation formerly forte france frequent frob fsf functionalities gathered gplv2 gplv3 growth gui handle hashes hazardous hdl heartened honored hosted humans hundred icon implementing imposes ineffective inferences info inherently initiatives injunctive innovation insist installs instrument insubstantial integrated intel intend intending intends interact interacting interactions interacts interfacing intermediaries inventor investigation ip jabber job justice knobs laboratory lasting latest latex lax leads learning left letting levels liabilities life little load locally locations log mainly mais malicious manufactured meant meeting minimis misconduct misrepresented models moindre monitoring motosoto mozillapl mozpl much near netscape nevertheless news niveau noderivatives nokia nonetheless notification nullify numerous october odc officers offices older omitted omitting organized osedu ours outcomes overall parallel parentheses participating patterns perceptible persist persistent philosophy php phpfoo piece plein political polyformproject position possess preceeding prepares preparing preserved preserves preston print proceedings procure producing profit properties prospective protectable protocol purport qualitatively quantitatively query questions quicktime quotes random rare recognize redistributors reducing reexporting reflecting regents reliability relief relinquish repeat replacing reports represented reproduces reservations residence resolve resolving reston restored resume revenues revision revize revizing revocation ricoh role runtime satisfied screen securely seeds seen serait servers shown simple sites souhaite sourced speaking splash st started statically stopping store strategy streaming strives studying subcontract subi submissions submitting subroutine subsections subset substituted successfully suggestions supercomputing teaching team technique technologies telling terminal texts thereon threat tolerant transforming translations transmitting transposed treats trends troisi tweaking unaltered unchanged undertaking unenforceability unequivocally unfair uphold urbana va valoir various vary ver very virginia viruses visibly voluntarily vovida vue vulnerabilities vulnerability wants washington weaker weapons whereas wherewithal white widespread widest willingness wishing withholding wording workgroup xml zend zero zope 01 04 05 06 0a 105 11749 120 160 1963 1970 1970s 1975 1982 1983 1984 1988 1994 1note 20021231 2009 2010 2013 2015 2016 2018 2019 2023 21 238 272 2882 2b 300 31 323 33 36 3a 3b 3h 41 43 500 69 7014 7022 7201 74 75015 75794 78153 94025 95051 ab abandoned abandons abide acceptable accident accomplishes acquires acquisitions acquitter adaptive adds adequate adhering adjudge adjudication adjust adjusted adjusting adjustment administrations administrators admitted advance affairs affirmative affirmer afghanistan afl aforementioned aforesaid agencies ahead ainsi ais alglib algorithm algorithms allegedly alleges allen alphabetical altering amateur ambiguous amend amendment amendments amicable amongyou ange annexes anniversary annotated annotation announce announcing answer anybody appearing appendices appointed appropriation approval apsl arbitral arbitrators archived areas arglistiger artifacts artificial arts ascii asked assessment assignment assistance assisting associates associating associes assurant atomique attack attn attorns attributable attribute auch aucun auf ausgeschlossen auspices authentic authenticated authoritative authorities automation automatique automatiquement autorit avenue aviation avril awards backup bases bedingungen beer begrenzt behavior bei beihang belief beliefs bell benchmark beopen ber berkeley beschr besides billable bison blank blanks blueoakcouncil bp bracket bracketed branding breached breaching broadcasting browser built bull bulletin bureau buy buyers bytecode cadre cancellation capture caract carriers carries catastrophic catrdmrk caus caution cautioned cc0 cddl cea cedex celles central centrum cependant certifier certifies cessibles cfgguide challenged chamber chance characterize characters charg charging charitable charts check chesnay chinese chooses cisg cite cla claimed clarifies classes clauses cldr cleared click clicks cn cnrs coherence combinaison combinant commensurate commerciales commissariat committed committees communiqu communiquer compact companys comparably competition compilers complements complicated complicense compression conceived concern conclusions conditional conducting conf confer confirment conformance conformant conforming conjectures considering consistency consistently constituent constrained consulting consumers contemporaneously contenir contenu contenues continuer continuing contractantes contrib controversy copier corbato corrections corruption coscl counterpart countersuit countless covenants cpal cret criminal crpa cua cuaoffice cuapl cuba culture currently cvw cwi dangerous dar datagrid datasets db deals decided decides decisions declarations declares decrease dedicated dedicating dedications dedicators default defect deficiencies delays deletes delineates demand demands demonstrate den denen denial depending depicted deploying dept deren derive deriving derni designation desire dessous destinations destruction detailing detected deter dev develops deviation devoid di die dies dieser difficult difficulties difficulty diffusion diligence diligent diminish directement directories disable disagreement disagreements disasters discourage discussion discussions disparate disposition disrupt distinctive distinctly distinguish distributee distributees disturbance divergence dna dod dokumentationsdateien domaine dommage dommages donated donation dot drafting drawings drawn dtd dtx dual durability durchf dutch duty earthquakes edg editor editors eiffel eine einer einschlie einschr elastic elected electric electricity eliminate elles elsewhere emergency employment empowered emulate enabled enclose encountered encryption enddispute energy enhance enlarged enough enquire enrichment ensor ensured entertain entessa enthalten entier entit entitlement entre er erf erh erlaubnis erreur erreurs erteilt essence establish establishes establishing establishment etalab etat ethicalsource eu events evidenced evil excepting exceutable excusable exemple exemption exercizes exhibition expansion expect experienced experiment expertize explain exploitation exploited exploiter exploiting explosions expose expresse exprim extensive extracts extraire fa facilitated facilite faciliter facts facult fahrl failing fairness fallback farther fauts favorable fear feasible feed fernando few ffentlichen figurant figure fill finding fines finies finland fins fire firmware firstly folgenden forbids forfeit forget formatters formulation fortran forum four fourniture fourth fr frameworx fran francisco freebsd frequently front fuck fuel fulfillment gal galement garanti genehmigungshinweis german gesetzlich gestatten gestellt gesundheit gi gift gilt glossary gnomovision go god gouv governmental gpg gracieux grand gratuit gratuite greatly grew grid grober gross groupe guiding guids gung haften haftung haftungsbeschr hague half halves harmed harmonization harvard headings health hearings helix helixcommunity helixlogo helpful helsinki henning hep herefrom hereinabove hiermit highly hill hinaus hippocratic history hn hobby holding holds honeywell honors hopes host hosting hren hrung htm hypertext hypertexte ibre icu ideal ideas identifi illegal illegality illimit ils immaterial immeuble immunity implications implies importance imported imposing impression inapplicable inappropriate incluant inclusive increases incur indirectement indispensable induire industry ineffectiveness inflation informations informatique informe initiates initiating injunction innovations innovative inquiries inria ins insofar inspection institut instituted institutions instructing instruction intangible integrating intellectuelle intelligence intentional interested interests interfaced interoperate interpreting interruptions intervention introduce introduction invariable invariant inventions investigations investments invitation invited invoke involve ipa iran iraq irrespective isc islandia isolated ist jams jedem jose jour jpg judged judgments juridique kamp kann kardinalpflicht keeping keeps keio kit kopie kopien kopieren korea kostenlos l321 laboratories languages latex3 leadership learn lease leave leaving leben leblanc ledger legality legend legends legibly legislative leib lesquelles let letter leur leurs lgplv2 lgplv3 libert libpng librement libya lic license1 licensev lich lift lifts likeness listing live llc llung login loopholes lorsque lppl lrgrwrks lt lucent main maintainer majeure managing manifest manuals mariadb markup mass massachusetts massive mathematics mathematisch meanings measurable mechanisms medical memorandum menlo mentionn mentionner merchant mercy mettre michel mid middleware mike ministre mise mission mistakes mitarbeiter mitre mmc modes modguide modifiable modifier monde mongodb motivation motivations mouse move mulan mulanpsl2 multi multiauthor multics mutandis mutatis nach nationals naumen nc ncsa ndern nection negotiating neighboring nergie nergies nethack nfs nicht nigel nkt nkung nokos nombre nominated nomination nonexclusive nontrivial norms north norway notably noted notes noting nouvelle nouvelles nria nrs nucler numbering numbers nutzung obige objective objectives objet oblige observance observe obstacle obstruct obtenues occurred occurrence oclc odbl oder ofa off officiel offline often ogiciel ogl ohio ohne old omit ones onto opaque openldap openlogisticsfoundation openoffice openseal opl ordinarily organe organizer originales orpl osdv oset osetfoundation oslo outcome outset outsourced ouverte ouvrir overtly owning paid paint paralysis parent parents paris park parmi participants participation particularly partir partys passage passages passes paying pecuniary penalized periodically perpetually personen perte pflicht philosophical phk physique pictures pie pig pixels pl platforms player plaza png point policy ponant portal posix post postage postgres postgres95 postgresql postscript poul pourront pouvant powers preexist preexisting prefer preparation presentation prime princeton principally pris privately processed processor processors producteurs productive produite produits professional professionals professor propos propose proposer propre propri proven prudent psf psl publi publics publique publiques publishers purchase purely purl purports pursuit pursuits pythonlabs qualifies quant queries raise rapportant rcsl reachable reached reader readers readmes realaudio realizes realjukebox realmedia realnetworks realone realplayer realsystem realvideo reassurances recent recherche rechte reciprocate recognition recognizes recommendation recommendations reconnaissance reconstituted records recurring redesign redesigned redistribuer redistributable redo reduced reduces reexported reflected reflects register registration regression relates relatif relations relax reliably relicense relied relies religious relinquished relinquishes relinquishing remained removes renamed rendering renvoyant replacements reporting repos representing republish rer rescission reselle resident respond resulted retailers retitle retrieval retrieved retrieving retroactively reusable reused rev revoke rich richard rieur rigen rightsholder rightsholders risource road rocquencourt royaume rpsl rs rsv rsvs rue ruled safeguard safety san sand saratoga satisfaction says schaden schemas scientifique screens seasonally seat seattle secondly sein selecting sence servants session setting settlements seul severable sgml shield ship shipment shoulder showing significantly signifies silicon simpl sissl situated situation size sleepycat slice socialtext solution solutions somewhere son sorte souhaitant souhaitent soumizes sourceforge sovereign soweit space spaces span spl spontan ssection ssen ssiger ssigkeit stability staff stallman stands statistical statistics statutes stephenson stichting storing stricken strikes strong struck structures stuff sty subcontractor subcontractors subdirectory subis sublicence sublicensee sublicensees submits subordonn subscribe subsidiary substantiate substitution subunit successful successive suchcontributors sudan suffered sugg suggested suits summary sup superseded suppfile supplementary suppliers supplying supported supremacy surrendered surrenders suspend suspends suspension sybase symbols syria tablissements tacit tacite tacitly task tax technicalpursuit teilen tel telecommunications telles tels temporarily tenus territories testcase testcases tests tex texinfo textbook thanks therefor therefrom thereunder theterms thought thousand thousands thwart tient tier titles titre tone toolkit torts tpl trac trace track trademarkedname tradename training transcripts transferees transfers transformations transformer transit translates transmettre transmitted transparent treasury tribunal tries truly trusted trustees try turn tv twenty typisch tzeng ucl ue unable unaffected unaffiliated unambiguous unambiguously unbeschr uncertainty unconditional unconditionally uncovered und undertakes undertakings undump unencumbered unequivocal unexec uni unicode uniformly unilateral unilaterally unjust unknown unlawful unlicense unlike unmaintained unprecedented unreachable unrelated unrest unsuccessful unter unterlizenzieren updatesor updating upfront upl upstream urban urheber urheberrechtshinweis urheberrechtsinhaber uris usable uschung usd utilis utilisateur utilisateurs utmost uunet v1 v2 valley valuable variables ventuellement ventuels verf verifiable verified verifying verkaufen verletzung vers versioning verteilen vertrags vertragsschluss vertreter verwenden vi video viewer vigueur vii violating virtual visant visit visiting vocal vocation voisins voluceau voluminous von vorhersehbar vorsatz vorstehende votes vrier vues w3 waiving war ware watcom water weblogs werden wesentlich wesentlichen wiki wird wise withdraws wonders wordnet workspace worse worth wrap xcf xxx xyz yes yet yours yyyy zlib zu zugeh zum zur zusammenf", licenses: [["0BSD", "AAAAAAAAAAAABAAAAACAACAFABCDBEAAAABAAICHKFNTGHNPBWjBHrCVSR0DzI0R"], ["AAL", "AAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACAAABABBCAABBABABBAAAAAJCCCACAIBBAAEFEACAACBBDAAAKBGDAACBGDGDBGHiBADBMWTJDACAAABOIHAEDNJBIAQkBNNECOVNgBCBmBAbfCM6BBVyG4Dff3FKXTjBnGyB5CyDiFnEnBd5CzJmCGY3HMvGqDLb9DlDgIgEuBpLsIkD"], ["AFL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAABAAAABADAAAAABAAABAAAAABBAAAAAAAAABCBAAABACBABCAAABABAACAAAACAACBABCADFAEAAACAABBEIIEBCAFEKABCIDBAEBDACBBNAFCGEOADEEMGADDPBFCLOCCABABBBDKEADGAGMABCHBFQTAChBRACAHFASINHIcDpBAY0CBJyBCVADIYU0CAEMaZrCgEhCY9BgB9C4D2B4tB"], ["AFL-1.2", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAABAAAAAAAAABAEAAAABAAABABAABAAAAAAAAAAABDAAAABACBABCAAABABAACAAADAACCBCADBDAADAAACAAAABEHAIEBCAFEKABCFCDBAEBDACDNAFCGEJDAAACEADMGADDFJBFCJBRCABABBBOEADCDAGMABCJFBOTAChBRACAHFARAINQcDgBIZ4BbBJyBCUAAMtB1CEMaHRrCgEhCBWdfgBgCchDW2B"], ["AFL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAABAACAAAAABAAAAAABAABAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAADAAACAAAAAAAAAAAADAAAABAAADAACAAABABCAADEEAABDABBCDBCABBEABDBJBACCCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBGACCBBAECJBCCJFAALBAADIDBABAHEBDBBKDCLDGAAEABDFFAIFAAAEEEAFCABNIaBACDrBvBAIRFFLNMLCSBAABKtBYhBNRMWDHGKrCBFzBM3BTWFQBQDBDZWLVHfgBXFOxCW4DxCtJ_e"], ["AFL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAABAACAAAAABAAAAAABAABAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAADAAACAAAAAAAAAAAADAAAABAAADAACAACABDADEEAABDABBCDBCABBEABDBJBACCCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBAFACCBBAECJBCCJFAALBAADIDBABAHADBDBBKDCLCAGAAEABDFFAIFAAAEEEAFCABNIaBACDrBvBAIRFFLNMLCSBAABKtBYhBNRMWDHGKrCBFzBM3BTWFQBQDBDZWLVHfgBXFOxCW4DxCcwI_e"], ["AFL-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAABAAABAABAACAAAAAAAAAABBABABACAAABBAAAABBABAAAAAAAAAAAAABBAAAABAAADAACAACABCAADDAEAABDABBCDCBEHCABBBAEBACABCBCAAADDBAABABAAAACBCACABAAABFBEAFAAFCDCBCABJCSABAACACBCEACBAACBACCDAHJBABMHLBAAMBEBABFAFDBBCBIACHDCHAAEABDDBAEAIFAAAEBCEGCABNjBBAAAEEBALXEQZbLZMDHCSBAAB4BYhBfAJBCCQCAHEBAJdJUEJBFPMINCJoBOTLKFQBQDBDZWICVHfgBXU8CWqD0CdlFEOP6BtB7C1Dkf"], ["AGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAABBAAAAADAAAAAABABABAABAAAAABAAABCBBAAAAAACABAAAAACAAAAAABBADAAAABBBBAAACAADBAAABAABCCAABAAAAAAABAAABAAAABADDAABBABAABAABCBAABAABAAAACCACAAAABABCAABCBAAAAAAACAAADAAAAAAADBDDABBACAABCAAAAAAABABBBBBBAAABAAAAAACAACAAAABBACDCAEAFAAACADAAACHAAJFABADAAACBAFDACEABBAEDDGDBCCADBACCADCAADACABCBBBAAEBBCAEABDAAECBBAABCAFAADEABCBDCCBBABDBIBEBCAAAABDADACBEAABECAAAAAAAAABAABDBCFAABABBBABDAEADBBABAABAAAABBCDEEADBAEBAABBAAGCACGDBAACAEIAAHACDACEAABCDAAEBBBBCCBCEFABDABBABACCBBBBABACADAABBAACDAAABDABBBDBKAACADFABBABDAAAEAAABBCBAGBAFDCABAABSFGAEADBLMFDDECEDCABIDABBCCHAACAAEEBFCAGBCBKCCNGCEAIDEFBDAFCBBEGJBCAAABBCDDEBKFCEAAANDCFBGADCAADEABACCBCCBBGAFCBDABFQLCEBBACEABJEGABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGBBACAACBABEBCAbrBVeKUBFlB8BNoEiE1HJ2FNB5CO4BaXAQCnByCqC8jB"], ["AGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAADAAAAADAAAABBABABAABAAAAABAAABCBBAAAAAACABABAADAAAACBADAAAABBBBAAACAADBAAABACCCAABAAAAABBAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAAABABCAABCBAAAAAAACAAADAAAAAAADBDDABBACACCAAAAAAABEBBBBAAABAAAAAACAACAAAABBACDCAEAFAAACADAAACHAAJFACDAAACBAFDACEABBAEDDGDBCCADBACCADCAADACABCBBBAAEBBCAEABDAAECBBAABCAFBDEABCBDCCBBABDBIBGCAAAABDADACBEACECAAAAAAAAABAABDBCFAABABBBABDAEADBBABAABAAAABBCDEEADBAEBAABBAAGCACKBADAEIAAHACDDEAABCDAAEBBDCCBCEFABDABBABACCBBBBABACADAABBAACDBABDABBBDBKAACADFABBABDAAAEAAABBCBAGBAFDCABAABSFGAEADNMFDDECEDCABIDABBCCHBCAAEEBFCAGEBKCCNGCEAIDKFAFEBEGJEAAABBCDIBKFCEAAANDCFBGADCAAIABACCBFBBGAFCBDABFQLCEBBACEABJEGABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGBBACBCBABEBCAnINoEiE1HJ2FP5CO4BaYTnByCqC"], ["ALGLIB-Documentation", "AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACBBAAECAEABCBBAAEAHFTLHAACBBFAMLFG_BDDBeuBGIINb_BlBzCEmBZiBP8B7QjFuU1JxiB"], ["APL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAABAAAAAAAAABAABAAAABAAAAAAAAAAAAAAAAAAABAAAAAACABAAADAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAABABAAAAAAADAACAACBAAAAAABAAAAABAAABABBAABBBBABAABABAAAAAACABAACAAAAAABBAAAAAABABAACAAABCACCAAAACABBBAAABCAABBAAACAAAAABBACAABBBACAAABAAABBCAAAAACBACACAAACACAABAAACAAAADBCBBBBCABBEIEDAAABABCCBBBACABBABCFAABDBBAAAAAABCFABADBBAABDEAAABCBABAAAACBBAACBBAAAAECAFBGCCBBCMCFADAEACAAADIAPGEBCEEAAFFBCEBBEEBCABBAABEAAAAICLEAFBCBBABEFGBCFCBRECCBFCABBHEECAGIHBDAAAIIFHMBBCDBFLKCFHEKGFFCCFBQEAKEEHCFIACAHICOOAXSFIKAIDLGODGHHAHAIfOFODLGFLCJQRAFBCACBLBALBhBAbIPYBHZKEGBC2BcGPTIGUhBjBEMEHFDJOKFDNFMnBBiBDB_BG0BQRMJCnBVrBQRPDRIGNKBAHIIlBCLCFRFflBCfOaFLJCSAtBDK1DDpCtBVhCaDPIFLc6BgB8CECAlB1BRtE0BNSFHqB0CAb2BEDOjBhBDYaUqBSsBDDOqCyDJ"], ["APSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABABAAAAABAAAAAAAABAAAAAAAAABAABAACAAAAAABAAAACAAAAAAAABAAAAAAAABACCBAAABAAAAAAAAAABBAAABAAAABBABBAAAAABAAAABAAADBABCAAABAACAAAAAACAAAACCBAABAAABBBBAAAAAABCBACAAABCDAAAACBEBCAABACBBAAABAAAAAACABDADAAABAAAAABACAAABAAAABBAAABABAACAAAAAABAAAHBCAABCAAADACBABBBBBBCBBABACABBCBABDBCBBCAECBADAAECBEFCABCABAEBACANFDCABCBECCAEACBKBJBADIGCBAJJUEAADGAEACAEACFADAGABBCFDCKAEAABFEDACABAHFDFCLDLIUBBFGAAAACCEAAGBBBHEAAAGLDHCDGNFGCABBBGDECGCCEFALJEAQAGEECBIUMABAEBSPCMIPDCEADDHDFKGDABDDAPHCKOABeGDMABFDABIBACGKAJBBDLHAIHJDHBFAADAHMSBNXEAIIIQJObCyBNLCVANHCYDDHsBpBaMAPKtBaDoDOrBuFrDiCiBPkET5Dc0EmC2M7OzBlGnG"], ["APSL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABABAAAAABAAAAAAAABAAAAAAAAABAABAACAAAAAABAAAACAAAAAAAABAAABAAABACCBAAABAAAAAAAAAABBAACAAAABBABBAAAAABAAAABAAADBAEAAABAACAAAAAACAAAACCBAABAAABBBBAAAAAABCBACAAABCDAAAAABBEBCAABACBBAAABAAAAAACABDADAAABAAAAACCAAABAAAABBAAABABAACAAAAAABAAAHBCAABBABADACBABBBBBBCBBABACABBCBABDBCDCAECBADAAECBEFCABCABAEBACAKCFDCABCBECCAAECBFEBJBADIEBCBAJJUEAADGAEACAEACFADAGABBCFGKAADAABFEDACACHFDFCLDLdBBFHAAACCEAAGBBBHEAAAGLDHCDGNAEGCABBBKECGCHGLJWAFAEECBIUMABAEBSPCMIPDCEADDHDQGDABDDAPHCKOABPOGDMABFDABIBACGKAJBBDLHAIHJDHBFAADAHMSBNcAIHAIQJObCHqBNLCVANHCHUDHsBpBaMANBKtBeoDOrB8CxCrDlDPkETnD3BrEZJiB9E1O7FAnC_LAA"], ["APSL-1.2", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAABAAAABAABAAAAAAAAABAABAADAAAAABAAAACAAAAAAAABAAABAAABAABCAAAAABAAAAAAAAAABBAABAAAAAAABABAAAAAAABAAAABAAADBADAAAABAACAAAAAACAAAACADAABAACBAABAAAAAABABBAABAAABCDAAAAABBEBCAABACBBAAABAAAAACAABDADAAAAAAAAAACCAAABAAAABBAAABABAACAAAAACAAAHBCAABCBADACBBABBBBADBBABADBBCBABDBCDCAECBADAABCCBEFCABCABAEBACABLFDCABCAAECCAFBABHCBJBADIFAABBAEEJILFADGAEACAEACFADAGABBCFGKAACAAABFEDACAKFDEACLDLMEDJBFHAAACCEAAIBBHFAHLDHCDUFGCABBBEKCGCHGLJFQAGEECBIDQMCAEBSPCMIPDCEADDHDXDABDDAPHCKGHCIcDMABJABKACGKAJBBDLHAIRDHBFAADACJHSBKCcAIIIQJOOCJCyBNAKCVANHCcDHsBpBaMAPJuBEZ9CJPJhBOvCxDvFgP0BrBiE"], ["APSL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAABAABAADAAAAABAAAACAAAAAAAABAAAAAAAABAAEAAAAABAAAAAABAABBAABAAAAAAABABAAAAAAABAAAAAAAAADBABBAAAABBCAAAAAACAAAACADAABAACBAAAAAAAAAAAAABBAABAAABCBBAAAAABBEBCAABACBBAAABAAAAAAABABDADAAAAAAAAAACCAAABAAAABBAAABABAACAAAAAABAAAHBCAABCBADACBBABBBBAACBBABADBBCBABDBCCACAECBADAABCCBADFCABCABAEAAACABBJFDCABCAAECCAFBABHCBJBADICCAABBAJJILFADGAEACAEACFADAGABBCFGFEAAABAAABFEDACAKFDEACLDLRNBFHABCCDAAAIBBHFAHLDCECDNBEFGCABBBPCGCHGLJFQAGEECBIDQMCAEBSPCMIDPCFDDHDQGDABDDAEKHCKOABlBDMABJABKACGKAJBBDLHABGBFJDHBFAADACRHKBKCdIIIQJORJCyBNAKCVANHCcDHArBpBaMAPFsBAE_CcJPJeCO4FIlBqT0B9F2c"], ["Apache-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAACAABBAEBBAAADAHCABDGCFCGAEAABAACBBBCAAIDGEFGDbjBDBmBFARMADLCBDHAEbCqBTaAHJSHOQOEIdA7BP8BNcN8DH8BOhBlCL9BBMzGgBtBhFrB2DkF6WpBzIxKZ"], ["Apache-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAACAABBAEBBAAADAHCABDGCAECAFAEAABAACBBBCAAIDLFGDOMGcDBHOPFARMADLCBDHAEGUCWdJbHJSHOQOEIdA7BP8BNcN1CmBHtDlCL9BBMzGjEsDiFkFkG3D9M9JxKZ"], ["Apache-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAADAABAAAAAACAAAAACABAAAAAABAAABBAAAAABACAAAAACABAAAAAAAABBABBBABAAAAAEBBABAAAAACABABDAAEBABAAEACJECCABBBAABAAADEFAACAAABADBADCAABABCBDBEDAIAADJECBIAABAABABHEDDABCBKAABEDFFBIJCBAFEBGBCBFAFBGOBGABDECCBAPDAFCDABCBEAHIABXHQABAOMHfKLCIPQASAHGBJANCIAPMECSwBQDTRFAgBuBIxBTQCkBBPCDHTCb3CaoBFsDULpBiBKYBKmC3Bab5BGCnBJUDaPCSGBQCEFCRHEE_BsDiClMyCUBZ8BJ"], ["Apache-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAADAABABAAACAAAAADBABAAABAAABBAAAAABACAAAAACABAAAAAAAABBABBBABCAAEDABAAAAACABABDAAEBABAAEACJHCABDAABAAADKAACAAACDBADCAABABCBDBEDAIAANECBIAABAABABHEDEBCMAABIFFBIJCBAFEBICBFAFBGOBGABDECCBAPDAFCDABCBEAHJBXHQABAOMHfKLCIPRSAHGLANCIQMHSwBQDTRFAgBuBIxBTQCkBBPCDbeyDoBFsDULsCKYBKmCyCb5BGqBJUDaPCSGSCEFCZEE_BvF"], ["Artistic-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAACBAABAABABBACAABCBAGBADAAAAABAABDAABAABCDABBACCAABBAAAGGCDABABAAFGBHACEIHIBBJDCBIEBGAAHBEBADFDABRABDMFLLBACIFBBSEDDGAMAHOEHXLODCFFPOAGfTBYICDJVAHPAHCIKDNtCRCCEGrBCDhBCECOWEeFFCMADCOMQWNsBLDCCjBEpCJCtBuBKqBAGC-BxCMoBKiCNKUoBH0CqCXZ1CMaXDAeIPRqCsCRHLGxIlEO"], ["Artistic-1.0-Perl", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABBAABAABABBACAABCBAGBADAAAAABAAAADAABAABCDABCCCAABBAAAFAGCDABABAAFAFAAHACEBGBFIBBIADCAAIEAAGAAFBBEBADFDABJDDABDJABFLLBACIFBBSEDDCBBAMAGAOBCHDAJILFIDCFDRANAGbDTBYICDJUAAHPAHCAHKDFHmBhBENDCCEGrBCDhBCECOWEeFFCMADCOMQkBArBLDCCjBEN7BJCoBEePHCnBCAGC-BNjCMoBKiCNKUMbH0CqCXZ1CMNkBDAeIPRqChBqBRHLG3MkLpMrFgJhK8F_BCjBE-B"], ["Artistic-1.0-cl8", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAACBAABAABABBACAABCBAGBADAAAAABAAAADAABAABCDABBACCAABBAAAFAGCDABABAAFGBHACEIHIBBJDCBIEBGAAHBEBADFDABRABDMAELLBACIFBBSEDDEBAMAHOEHESLFIDCFFPOAGfTBYICDJUAAHPAHCIKDNoCERCCEGrBCDhBCECOWEeFFCMADCOMQWNsBLDCCjBEpCJCoBEuBHCqBAGC-BxCMoBKiCNKUMbH0CqCXZ1CMaXDAeIPRqChBqBRHLGxIlEO"], ["Artistic-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABBAAAABBAAABAABAAAAAABAAAAABAAAAAABAACAAAACACABCAAAEAAADAAAAAAAAABBACACAAADAGDAABAAAGBCFAAAEAALAAAADBAHBAAABGDAADDAADEBCBABABIBABABACBCGGEAJEAIPDKAGFDACECDBDDUIAAGAEDDEFELHFDADIHAAQBCMCIFCDFAJAFECBFRECDACFUAIBNAJAERHFAUIDUEJHNDCBFGZINGDKCPCOZPHBNuBQfDYKDSDIlBG4CrBEbBHbLGMCHOyBgBNiBKBoBrBvBL4I9BeRUT4FoLzEgBwC2F5LrE7DblB1FrI2I"], ["BSD-1-Clause", "AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAABAAADCAADABCBBAAEAHCCDPTADBBFAMLFGjCDBtBfPINRJ9CHkBfOEmBA7BP8B"], ["BSD-2-Clause", "AAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAABAAACACAABBABCBBAAEAHCCDPTAACBBBDAMLFGjBfDBtBfPINRJ9CHJafOEmBA7BP8B"], ["BSD-2-Clause-Patent", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAACAABAABAAAAAABBAAAABBAAAACCCABDAADAAHAAAAACGDAAACBBAABBACGCABFABFGGcFIQCABCkBFbDPINHFDDEAoBEOBeGAIAaNROADTSAjBDTFJjBYkBe2BiBkBmBwDxHyQ"], ["BSD-2-Clause-Views", "AAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAABAAACACAABBABCBBAAEAHCCDPEOAACBBBDAFGLFGjBfDBdPDbPINRJC6CHJafOEQVA7BPoBTsNrG_wBvX6Y"], ["BSD-3-Clause", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAACAABBABCBBAAADAHCCDJFKEACAACBBBDAMLFGfDfDBmBGTJAAPIHAERJhCbHJafOEmBA7BP8B"], ["BSD-3-Clause-Clear", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAACAABAAAAACBBAAAACAHCCDJAEKEACAACBBBDAMAIBFGQODfDBfGGTJAAPIHAERJhCMOHJafOEmBA7BP8B"], ["BSD-3-Clause-LBNL", "AAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAABAAAABABAAABBAAACAABAECCDBHEABDADDAACAAEAABDCDFAFFFGBdDAMJFBDBDXKEBOEJAAPFCHAERJNaYaADDJWjBOrB8BPuBNjK0BE2CB0EhErF0DoGkMqN8MmMqF6ClG"], ["BSD-3-Clause-Open-MPI", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAACAABBAAACBBAAADAHCCDJAEKBCACAACBBBDALAJBCCGITCDCCZDBaLGHLJAAPAHHAEJHJhCbHJafOEmBA7BDL5BCwLkoD"], ["BSD-4-Clause", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAACAABBABCBBAAADAHCCDJFKEACAACBBBDAMGEFGDbDfDBmBGTJAAPCFHAEbhCMOHJafOEmBA7BP8BpIxFOiJunB"], ["BSL-1.0", "AAAAAAAAAAAAAAAAAAAABAAABAABAAAAAACBAAAACDAAAAACACCABACABDCBCCABBEGFPFCPIHJBGAIPDMCLDNXIuCLRUmBBIyBGH7BPkEMJmFjD5BkG1zB6tB"], ["BUSL-1.1", "AAAAAAAAAAAAAABAAAAAAAAAABBABCABBDAAABACBAABABDBBAAABBAABADCBCAABADAAAAAGAADAAEDAACKABBBDBBBBBACGAACOBCQAABCASBHMGDCBDNQABAAMxCDNEFBVFaBQBBpBoBO8DI8CMyBMM_HvBT1BvClEiBoO6N2CTtayCzBiGJ-GrH6G"], ["Beerware", "AAAAANGJBYJLwERO6BNpDpHmD7D6BsK5F7F4iBnFqBsLlIe4K2BuD_GV8GuGO"], ["BlueOak-1.0.0", "AAAAAAAAAABAAABBAABBAABDCAAAEAAABADIBFBDCEFAABCBCNBCZICGBIQAKCOAD4BDCEBABIDEGC0BXMABBWBOzBLoDHqB4BAuBnCO3BKfmBUpBqDCepB0B5RnLKyBpSgC5D-FlCnJhc"], ["CAL-1.0", "AAAAAAAAAAAAAAAAAAABAABAACAAAAAAAAABAAAAAABAAAAABABABABAAAABAAAABAAAABBAAAABAAAABAAAAAAAAAAAABAAAABAAAAAAAACAABAACABBAAAAAAAAAAAABAAABAAAABBCBACAABABBBACAAABBADAAAAAABBABBBAAAABBAEBDBAAABBBAACABABADBAAGBABBAAAAABAACBABBCABAAAABADACBCABAHADBBEABABGAEADBAAABDCCABEACABDABACBAAAADBBCJEBAAEAHFAJGABEBEADDEABEABEDAABCGEBCAHAABAEAFJDCEGDDAACFEDAABDAEBAAAABKGCCGSELAFCDBGAADBCHAKAHCBGZAFCCDBCICPAOPADCCFBCAFLCASZFBMDGKSABFCCGDLACABGAAIRFADSKACBODCMVJQJCDEAACDBADCCCAWUDXWGCJEHGKADIJfLVSCBcVhCMOTIBEFWfPzBCCqBXxBzBNzCddQRekBKGeCpB_DBMcWeAZwBB4BAyCJgCpBAFSHAQCrBECCIFObMRcCI4BBAJmBEMRkBNAL"], ["CAL-1.0-Combined-Work-Exception", "AAAAAAAAAAAAAAAAAAABAABAACAAAAAAAAABAAAAAABAAAAABABABABAAAABAAAABAAAABBAAAABAAAABAAAAAAAAAAAABAAAABAAAAAAAACAABAACABBAAAAAAAAAAAABAAABAAAABBCBACAABABBBACAAABBADAAAAAABBABBBAAAABBAEBDBAAABBBAACABABADBAAGBABBAAAAABAACBABBCABAAAABADACBCABAHADBBEABABGAEADBAAABDCCABEACABDABACBAAAADBBCJEBAAEAHFAJGABEBEADDEABEABEDAABCGEBCAHAABAEAFJDCEGDDAACFEDAABDAEBAAAABKGCCGSELAFCDBGAADBCHAKAHCBGZAFCCDBCICPAOPADCCFBCAFLCASZFBMDGKSABFCCGDLACABGAAIRFADSKACBODCMVJQJCDEAACDBADCCCAWUDXWGCJEHGKADIJfLVSCBcVhCMOTIBEFWfPzBCCqBXxBzBNzCddQRekBKGeCpB_DBMcWeAZwBB4BAyCJgCpBAFSHAQCrBECCIFObMRcCI4BBAJmBEMRkBNAL"], ["CATOSL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAABABAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAABABAAAAAABBAAAAAAAAAAABAAAAABAAAAABBAAABAAAABAAAAAAAAAAAAAAAAAADAAADBAACAAEBAABAAAAAAABABAABAAAAAAAAAEABAAAAAAABCAAAABFCAAAACDABBACAAADAACAABAGDEADACACACBBBBAABDADACDBABDBAAABCAAAAABABDABABBBGABBDCABGBEEBFEHBAEABBAADCADCBBAADCAAADBGBAADEABACABCAFCCADFCCCDCDCFEAAFBAALBBAGABAQDDDJEBFBBBACABACAAFCFECAEUBKGCEDBAGJBEGBBIABCFAEGBEFDCFJBEABDDFEBFCIFEBBCFPFCJEIAJVABOPCBFEDJJNCBBBiBNFJFABMBDNADGGEASCHEcACCECAEBADAKkBKFAGCQGARANNRBRIRJCCBdFDEBJAAOEYEVFKJwCGAHNOJjDiCuB5BOiB9C2BAxEGnC3D6B7EGDoBrCtBTRNpFrBqDTBDtBSVtBQAvBkCR0BoEuC9GV5ChFwCLJPI"], ["CC-BY-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAABAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAGADGABFGCGDEBAHICBLAFEABEFGBFCFEBDCAAOCADED-B4BMEQGDEEBCCNAAAAbZgBtFjJ3HtDvCyBDQc"], ["CC-BY-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAABAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAEDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCAAAGFACADCBDAdfQmBADIEXDEEBCCIBCAAAJAR6BtBlC8BAMCATDeAKA"], ["CC-BY-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAEDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCABEBFACADCBDAHVfQcJADCFEXDEEBCCIBCAAAJAR6BtBlC8BAMCATDGXABIA"], ["CC-BY-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAABCAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAABAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADADABBAAADBAAAACAABAADDDAABDDBDACABAABDCCDEEAAAACBAGBAABBCCCAFDAAECBABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADBGBCCBABAEBAACABAKAABAGADGABACBBABBCGBBADBILBBBGAAAADADAAAEFAABABAAEADLBAACAGBGCADCBDAAeTIIICDDFLOCEDQCKOHEMCANDkBIABJTdFCBPAFVHAb0BZDEDHDF6CDsBHGHZBTXEUCBBtBIWMHAFFLOUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBGtFJzBSgC"], ["CC-BY-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAABDAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAADEBAAAEACAABBCACCACAAABDACEAAACABDAAEAAABBABCABAAAKAACCAACAAJCACAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFIGBDCDEABDHBAAAAGCAHCDABAAABCGBBACABJECAAEFJBFEEDBDBDECAFDJGAKDGEBOBABDEFDBgBDADLCIQCFLCKiBAWCRHBARITABFCBGEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCAT"], ["CC-BY-NC-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABACBAAAAAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAFAADFAABBDGABGDEBAHHACBLAFEABEFGBFCFEBACCAAOBAADEDrBSadMEQGDEEBCCNAAAAWEZgBjBpE0CuG3HtDvCyBDQc"], ["CC-BY-NC-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCAAAGFABAADCBDAdMSQJcADIEXDEEBCCIBCAAAJAME6BjBJlC8BAMCATDeAHCA"], ["CC-BY-NC-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCABEBFABAADCBDAHVMSQJSJADCFEXDEEBCCIBCAAAJAME6BjBJlC8BAMCATDGXABFCA"], ["CC-BY-NC-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAAAACAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAAAAAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADADABBAAADBAAAACAABAADDDAABDDBDACABAABDCCDEEAAAACBAGBAABBCCCABDDAAECBABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADBGBCCBABAEBAACABAKAABAFAADFAABAABBBABBABGBBADBIHDBBBGAAAADADAAAEFAABABAAEADLAAAACAGBGBAADCBDAAeKIIIICDCAFLOCEDQCKOHEMCAMADkBIABJTPNFCBPAFVHAb0BZDEDHDFF0CDsBHGHZBTXEUCBBtBIWMHAFFLOUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBGtFJzBSgC"], ["CC-BY-NC-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAAAADAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAAACEBAAAEACAABBCACCACAAABDACEAAACABACAAEAAABBABCABAAAKAACCAACAAJCAABAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFAHGBDCDEABDHBAAAAEBCAFBCACABAAABCGBBACABJECAAEFJBFEEDBDBDECAFCAJGAFEDGEBOBABDEFACBgBDACALCIQCFLCKiBAVACRHBARITABFCBFAEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCATqK"], ["CC-BY-NC-ND-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAAAAAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAFAADFAABBDGABGDEBAHHACBLAFEABEFGBFCFEBACCAAOBAAIDrBSadMEQGDEEBCCNAAAAWekCpE0CuG6D8DtDvCyBDQc"], ["CC-BY-NC-ND-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCAAAGFABAAGBDAdMSQJcADIEXDEEBCCIBCAAAJAMjDJlC8BAMCATDeAHCAlK"], ["CC-BY-NC-ND-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCABEBFABAAGBDAHVMSQJSJADCFEXDEEBCCIBCAAAJAMjDJlC8BAMCATDGXABFCAlK"], ["CC-BY-NC-ND-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAACAAAAAAAAAAAAAAAABBABAAABABAAAAACAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAAAAAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBBACAAADADABBAAADBAAAACAABAADDDBBDDBDACABACDCCDJAAAACBAGBAADCCCABDDAAECBABABEFAAAEAACHADABDDAEACBCEDABAAABAFADBGBFBABAEBAACABAKAABAFAADFAABBBBBADABGBBADBIHDBBBGAAAADADAAAEFAABABAAEADLAAAACAGBGBAAGBDAAeKRRCDCAFLOCEDTKWEMCAMAoBJBdPNFCBPGVHAwCZDEDHDFF0CDsBHGHZBrBEUCBBtBIMJMHAFROUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBG"], ["CC-BY-NC-ND-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAAAADAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAAACEBAAAEACAABBCACCACAAABDAHAAACABACAAEAAABBABCABAAAKAACCAACAAJCAABAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFAHGBDCDEABDHBBAAEBDFBCACABAAABCGBBACABJECAAEFJBFEEDBDBDECAFCAJGAFEDGEBOBABDEFACBgBDACALCIQCRCKiBAVACRHBARITABFCBFAEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCA-KhX"], ["CC-BY-NC-SA-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAAAAAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAFAADFAABBDGABGDEBAHHACBLAFEABEFGBFCFEBACCAAOBAADEDrBSadMEQGDEEBCCNAAAAWEZgBjBkEE0CuG3HtDvCyBDQc"], ["CC-BY-NC-SA-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABEACABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAADDBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCAAAGFABAADCBDAdMSQJcADIEXDEEBCCIBCAAAJAMEPqBjBJcMb0BHAMCATDeAHCAqC3B9BHzPqJ"], ["CC-BY-NC-SA-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABDAACABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAADDBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCABEBFABAADCBDAHVMSQJSJADCFEXDEEBCCIBCAAAJAMEPqBjBJcMb0BHAMCATDGXABFCAqC3B9BHzPqJ"], ["CC-BY-NC-SA-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAAAACAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAAAAAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADAACABBAAADBAAAACAABAADDDAABDDBDACABAABDCCDEEAAAACBAGBAABBCCCAFDAAEBABABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADAAGBCCBABAEBAACABAKAABAFAADFAABAABBBABBABGBBADBIHDBBBGAAAADADAAAEFAABABAAEADLAAAACAGBGBAADCBDAAeKIIILDCAFLOCEDQCKOHEMCAMADkBIABJTPJDFCBNBAFDRHAbZaZDEDHDFFuCFDsBAGGHZBLHXEUCBBtBIWMHAFFLOUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOAACBABADBAABACDEAAGDCACABCDCBGtFJzBSgCxRqlB"], ["CC-BY-NC-SA-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAABABAAABAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAAAADAAAAABCACCAAABAAAABAAADBABBAAAAAAABABABAAAACEBAAAEACAABBCACCACAAABDACEAAACABACAAEAAABBABCABAAAKAACCAACAAJCAAAAAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAIBACIECAFCBADAAACADBECCDICAEDDBFAHGBDCDEABDHBBAAEBCAFBCACABAAABCGBBACABJECAAEBDJBFEEDBDBDECAFCAJGAEAEDGEBOBABDEFACBgBDACALCIQCRCKiBAVACRHBARITABFCBFAEAMABAAMACPLCECABCAGEYABEALEIEEBHBBAJDDBNQAOOcAADZVNXCCKIdSgBlCHHESJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCATqKhDlzB"], ["CC-BY-ND-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAABAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAGADGABFGCGDEBAHICBLAFEABEFGBFCFEBDCAAOCAID-B4BMEQGDEEBCCNAAAA1BuGjJ6D8DtDvCyBDQc"], ["CC-BY-ND-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAABAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDADADBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCAAAGFACAGBDAdfQmBADIEXDEEBCCIBCAAAJA6DlC8BAMCATDeAKAlK"], ["CC-BY-ND-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDADADBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCABEBFACAGBDAHVfQcJADCFEXDEEBCCIBCAAAJA6DlC8BAMCATDGXABIAlKue"], ["CC-BY-ND-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAACAAAAAAAAAAAAAAAABBABAAABABAAABCAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAABAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBBACAAADADABBAAADBAAAACAABAADDDBBDDBDACABACDCCDJAAAACBAGBAADCCCAFDAAECBABABEFAAAEAACHADABDDAEACBCEDABAAABAFADBGBFBABAEBAACABAKAABAGADGABDBBADCGBBADBILBBBGAAAADADAAAEFAABABAAEADLBAACAGBGCAGBDAAecRCDDFLOCEDTKWEMCANoBJBddFCBPGVHAwCZDEDHDF6CDsBHGHZBrBEUCBBtBIMJMHAFROUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBG"], ["CC-BY-ND-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAABDAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAADEBAAAEACAABBCACCACAAABDAHAAACABDAAEAAABBABCABAAAKAACCAACAAJCACAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFIGBDCDEABDHBBAAGDHCDABAAABCGBBACABJECAAEFJBFEEDBDBDECAFDJGAKDGEBOBABDEFDBgBDADLCIQCRCKiBAWCRHBARITABFCBGEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCAgiB"], ["CC-BY-SA-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAABAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAGADGABFGCGDEBAHICBLAFEABEFGBFCFEBDCAAOCADED-B4BMEQGDEEBCCNAAAAbZgBoFEjJ3HtDvCyBDQc"], ["CC-BY-SA-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAABAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABEACABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDADADBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCAAAMACADCBDAdfQmBADIEXDEEBCCIBCAAAJARPqBtBcMb0BHAMCATDeAKAqC3B9BHzPqJ"], ["CC-BY-SA-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABDAACABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDADADBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCABEHACADCBDAHVfQcJADCFEXDEEBCCIBCAAAJARPqBtBcMb0BHAMCATDGXABIAqC3B9BHzPqJ"], ["CC-BY-SA-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAABCAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAABAAEAAAABABAABAAAAABAABABDAAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADAACABBAAADBAAAACAABAADDDAABDACBDACABAABDCCDEEAAAACBAGBAABBCCCAFDAAEBABABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADBGBCCBABAEBAACABAKAABAGADGAAAACBBABBCGBBADBILBBBGAAAADADAAAEFAABABAAEADCCFBAACAGBGABADCBDAADaTIIICDDFLOCEDQCKOHEMCANDkBIABJTZDFCBNBAFDRHAHTZaZDEDHDF0CFDsBAGGHZBLHSEEUCBBtBIWMHAFFLOUEITKAEAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOAACBABADBAABACDEAAGDCACABCDCBGmCmDJzBSgCzDz9B"], ["CC-BY-SA-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAABABAAABAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAABDAAAAABCACCAAABAAAABAAADBABBAAAAAAABABABAAADEBAAAEACAABBCACCACAAABDACEAAACABDAAEAAABBABCABAAAKAACCAACAAJCABAAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAIBACIECAFCBADAAACADBECCDICAEDDBFIGBDCDEABDHBBAAGCAHCDABAAABCGBBACABJECAAEBDJBFEEDBDBDECAFDJGAEFDGEBOBABDEFDBgBDADLCIQCRCKiBAWCRHBARITABFCBGEAMABAAMACPLCECABCAGEYABEALEIEEBHBBAJDDBNQAOOcAADZVNXCCKIdSgBlCHHESJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCATsN"], ["CC-PDDC", "AAAAAAAAAABAADAAABBACCECAHAAIQDHCDDANEACaASBIFAAEFKUeBCgBoBoBRb8DkBLaMZAGeSCvBNFTnDjBzC2CKkBhDX5CI3BL0BCC5CUxGjESrDwG4E0CsDJ_BUxDhHTArDkNZAvB_B6E6D-MiDvEmE"], ["CC0-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAACAAADAAAADABBAAEBCFAABAEAAAAAAAACAABBBAACAAAABAABABDEAFBAEABBABAABDACACAADAAAAFCFBAADCHCEAACCBCCBGGADCAAAADAKEAAAOHZABBPEBIHBDBFAFBGACCBEIAHFBOCUEBDCFCAIFCJDCGCOBDACBEDCCCEACFVIJTFMJAnBCKMJBDGDFEABiBLgCcOkBNFFULaRMPABBXZKoBSRFDNIHJCLDEBCPLDDMVJlBIQGGUBYBUVJQnCABLjCxBQM9BQerD8D5BARjDYgDKiEkBPRvCzHcEKbmCN5CcQ8BLtCAX1B_BJyBLmBgBoBZ8CDwDZ3BxB1BRtCvESrEAU8BAOxBD"], ["CDDL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAABABAAAAAABBAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAABAAAAAAABAAABAAAABACABAAAAAAABAAAAAAAAAAAAABAAABAABAACAAAAAAACAAAABBBAAAAAAAAABADACAAAABAADAABCABABAAACAAAAAAAABBAAAAACCCAEAABABABAAAAAAABBBAABAADFACBAAAAAAAAABABAACGAACAAACCEBCAEAAECAABBDABACACBABBGEAABACABBCIFAAAAHABFBCBCBBBABDGBBDMBABCAAACGBBBCCDDABCBABBECAEAAAAEBADDECAHAECBFCFJBAAHCCEBBGCAJADAJKTDGJCDBHFAEJALEKACAKBHCHLBECAGLFFBCHUKNAAaIYJCEBKGXMCCLAMGRDBIuBEBANeAHVhBKMZLNYCFfdsC3CYDsByBsC4D_FsBrEmEAuG0E0RonB"], ["CDLA-Permissive-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABBAAAAAAAACAAAAABABACBAAABAAAABAAACAAAABAAAAABAABABACAABBCAAAABBABAAAAAACAACAABAABCAACBBACABAAAABACACAAABBAAAABCBCABJBABBFBADACEBABACADAAAAAAACCDAAAAAEAGAACCCABCHCAEACGFBACACCAAAHANBCDAAAEEAAEBJHDFCHADABDGCCDAKDBABBMAEJCAIHAFKDFGEABBCBBJCADEABBBAAGCAAIYLOIiBIBAKAAJHBVRODBGVFDENAXDINAGEADLI0BERBGBMKHHbFEEBoBYCCDaPDAJDPBQEBHDAAJGPyBRHFEvBFC1BALMEBAFE3B6BrDmCpB0CHOoCVFZoBQ9CnBVqDfMArBAvBPrBZpBaAAeAPkDGKBBGahBAPAoBFGDUHLDBpBIbCEZ9BGGMlB"], ["CDLA-Permissive-2.0", "AAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAABDBAAAAEABCAAACBEAAACABAABCDFCCAIAABAFAEABGBDGECDCCACCKJHDHHDSMAJMjBcCEITuBQfNZBGXoCCuCS_CKXzB5BH5E2DkLkLjT6BrD-CtMT_hB"], ["CDLA-Sharing-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABBAAAAAAAACAAAAABABACBAAABAAAABAAACAAAABAAAAABAABABACAABAACAAAABBABAAAAAACAACAABAABCAACBBACABAAAABAABACAACBABABCEABJBABBFBADACDCABACADAAAAAAAABCBBAAAAAEAGAAABCCABCHCAEACGEABACACCAAADDANEDAAAEEBEBJBFDFCHADABDGCCDAKDBABAAMAEBHCAIHAFKDFGEABBCBBJCADEABBBAFBCAAIYDHEJIiBIBAKBJHBVACNODBGVFDENAXDGBNAGEAPI0BERBGBMKHHbFEEBoBJOFDaPDAJDPBQEBHDAAJGPCHgBGFLECFEvBFC1BALMEBAFE3B6BrDmCpB0CHOoCVFZoBQ9CbLVqDfMArBAvBPrBZpBNMAAOPAPkDGKBBGahBAPAmBBFGDUHLDBpBIbCEZB3BDGGMlBpLyL"], ["CECILL-2.1", "AAAAAAAAAAAAAAAAAAABAABADAAAAAAAAAAABABAAAAAAAAAAACAABABAACAACAAAAAABAAAABAAAAAAAAAACAAADBAACAAAAAAAAAAACACAABAAABABBAAAABAAAAABDAAABAAAABBAAEADAAAAFBAABBBDAAAACACAAAABAACBABAAACBAAAABABAABAAAAABCABDABAAABBCBCAABAAAAAAAAAEAAAFAAACBABADCBBACAACBACAGBEFDDDAADDACBBBABADAABACCAAGDABCEAGCDAGIAABACBDCABDCFEIFBBBDGCCEDCCBBBCBCACBACDEATDBHFEEBBBCCHBABCCBBDEAQCJFCCAAEAADBBBECJBADEDJAEALEFEFACIRDHCBFKFBDAICGAAJEEKINFBBAFDFJHEIKFDKAALILADDGASBHAMCFJEIAGAQOTKHACPHHBVBABAKADeDABTAEIRDbBCBAAGYFFENWFbCCHBHeVHEWGMUDEPTCJnBCKiBKWHIHDefRCpCALmBCEBLECDOJFBBABNqBjBgBMDOiBhBWAFHHGpBEOCYEHZWHfdGJGCD6BMXZKQdLKXBBUHeHKJCKfVBGBeVrBDHuCoBIBQFUAAxBABAWCFACGCBWFTHASOAEKFFFOYAiBCLFACIEFBHJBDFJFMEECDBEANTBQTNVAUCGMHFBDAIEAJnBFDaBOGkBAPFAIBEIfCLBSesBjBhBFAJEaKAIHBOFCHNBFMNIhBTeAWKC"], ["CERN-OHL-P-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAACAAAAAAAAAAAABABAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAABAAABAAADAABAAAAAAABAAAAABAEAAAAABABDAAABAAABDACDBBAFACAEAAABAADCAAAAABBCBBBBCCBAABAIABBAADEABHCBBCDHGBIABLBCCCCEAAAABFDBDCBAHAAABAHAHPCGAAFADHCBNECFAEAIEHOBBQBEDEACEBHAJJCAOBBEOBABBAGAFPRAFCEFHIAFdGEGTDBCaJEAGLIFGABCrBNFAJDDmBgBDiBchBGAIFId_EDKKAoBAhCGdWvBoBAiBhBXElB_B0BJlBdgBoDceStBDKEcEbwBRAbpBwBISqBHDR2CC2BvDoBJ"], ["CERN-OHL-S-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABABAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAAAAAAAABAAAAABABCAAAAAAAABAABAAAAABABACACBBBAAAFACAADAAABAADABAAAAABBCBAABBCBAABABACEAADAACABAAAABAAFABAAAACCABFGBBGABLBCBACCADAAAABBDACBDCBAHAAABAHAADCGCEACCBBAAFADAGCBFECECBDAEAIBBABFOBBMDBEDEAABDABCFJJCACLBBEJEBABAAAGAFPAQAFCEAEHFCAFALLEGEGCBCLDBCGHLJEACDCIIFGABCDFLDHGCGGFAIADACHJUPQDFcHLIhBGAIFIdZEDMFJWOZfDKBIAZPzBEIGdWRdoBjBVLDTElBoBW0BJlBdgBnBgCVDCPFCFStBDKEcEbbURAbpBHIfISqBHDR2CC2BqBkCoBJmC2F8CUVIQnB"], ["CERN-OHL-W-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAAAAAAAABAAAAABABCAAAAAAAAAAAABAAAAABABACABAAABBAAAFACAADAAABAADABAAAAABBCBAABBCBAABABACEAADAACABAAAABAAFABAAAACCABFGBBGABLBCBACCADAAAABAACAACBDCBAHAAABAHAADCGCEACCAABAAFADAGCBFECECBDAEAIBBABFOBBMDBEDEACDABCFJCBEBAACJBBBEJEBABAAAGAFPAQAFCEAEHFCAFALAKEGEGCBCLDBCGHLAIEACDCIIFGABCDFLDHGCGGFAIADACHePQDFcHLIhBGAIFIdZEDMFJWONJBfDKBIAZPCwBEIGdPFARdoBjBVLDTElBoBW0BJCiBdgBnBgCVDCPFCFStBDKEcEbbURAbpBHIfISqBHDR2CC2BqBkCoBJmC2F8CUVIQnB4V"], ["CNRI-Python", "AAAAAAAAAAAAAAAAEAAAAAAAAAAAABAABBAAACDABAABAAAAAAAAAABAABCABCABAABAADDACADCDBBBABFAAECDCFAAAHADABHBCOCCDLAEDEACAFAHAGAJlBGGHEDCMCACAGHJFIGGDEcBEALCFFJPGhBIJA6BHApBRQVFmCbM2EAA8BlChDGzBBpCUeyBwBPRiCYxDTTgDoE7BWnBfMrB_BOlD3MiEBDADWVbA-BiCCMqCLKDPUmCFHF"], ["CPAL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAABAAAAAAAABAAAAAAAAABAACACAAAAAAAACAAABCAAAABAAABAABAAAAABAAAAAAAAAABAAAAAAAABAAAAACAAAAAAAAABAAAAAAAAAEABABAAAAAAAAAAAAAAABBAAABAEBAAABAAAABAAACAAAAAAAAEAACBBAAABAAAABAAAACABCABBGABAAAABAAAAAAAAABAAFBACBAAAACEABFADAACAABAAABBBDBABBACABBADCBABCAAACEBAABBCCACBBAAABABABBEBAAADAAAAADBACABBECAHACBCAAAECDAAAAHBADECCBCBAAADBCACEAAAACABHBDETCACDIACDACABAHADFADAGEBCAHCDAAFCBGAABHBBEAAABEBAAFABFAANBFDBDIAFCBFDHBAADJBCGADBJFGCAAKBBABBFABAADCCBECBIABJABGMAHEBPBDAAACADCfFKAAAbCBCHAAGAOCDBTACARMADJKLBFFHAOBCEJAAICHHHNDGACGRKNSCNDKBCBHLBTkBUJShB1BEKKhDFQO-BmCpBJMGzCwEmBtFJQGYCQ3HpDyCOnDLhI6DXlKoDkE3GIRC"], ["CPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAAAAAABAAABAAAAAAABAABAABAAAAAAABAAAAAAACAAAAAAAAAAAAAAABBAAABABACAABAAAAAABBAAAABBAAAAAAABABBABBBABCAABAAABDAAABAEAAAAABAABACBABBBABBCACAEAABABAAAAAAACAAAACABAAAAAAACAABCECAABBBABEBEBBBAADEHABDACDHFACACBBDBBDFCDCEAKCABAGIEBABBDDBGBBJSBGBCEALBBFAAFEDBAEECDCMCEMMCKBFBBCMADDCPMCGGFBDAEFJDFECLFgBQDJBEMAKZGFEEBEAHROJELMiCEBM0BSmBHEQIMBSDGMjCLTzBGiBuBUNHVJrBDELBxBb4BCkBLADqBlCuCgC5BO_JtEF"], ["CUA-OPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAABAAAAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAAAAAAAABABAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAABAAAAAAAABAAAAAAAAABAACACAAAAAAAACAAABCAAAABAAACABAAAAABAAAAABAAABAABABABAAAAACABAAAAAABAAAAAAAAAEABCAAAAAAAAAAAAAAABCAABAEBAACAAAABABEAAAAAAEAACBCAABAABBAAAACABCABBGABAAAABAABAAABBAAFBDBAAAACEABFADAACAABAAABBBDBABBACABBADCBABCAAACGBBBCCDDABBABABBECAADAAAAADBACABBECAHAECAAAECEAAAHBADECCBCBAAEBCACEAAAACAJBIWACDIACDDABAHAJADAGEBCAHCDAAFCBHABHDFAABEBAAFABFAANBFSAFCBFDHBAADJBJADBJFGCAAKBBABBFABAAGCGCBIABJCGMIEBPBDBADDClBKAAAbCBCIAGAOCDVACARMADJKLBCCFIOBCEJAAHACHHHNDGDGqBVNDKBCJLVkBeShB6BKKhDFQiCKnE6CwE_I8dAAka"], ["ECL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAABAABAABACBBBAABABCBABDAAAAACBBBABADBBBBEADAENCMKEFBJDTACABACEbKLDBQAAHDEHPIeIOFjBxBhBoBBYYCjBCHIQGnBKH1FnBChBJjCpEjBcpF7ErRiG3V"], ["ECL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAACAAAAACABAAAAAABAAABBAAAAABABAAAAAACABAAAAAAAABBABBBABAAAAAEAABABAAAAABAABABDAAEBABAAEACJECCABBBAABAAADEFAACAAABADBADCAABABCBDBEDAIAAACJEABBIAABAABABHEBBDABCBBIAABEDFAEBIJCBAFEBGBCBFAFBGOBGABDECCBAPDAFCDABCBEAHIABXHKFABAOMHfKLCIPQASAHGBJANCIAPMECSXYOBDTCOFAgBuBIxBTQCkBBPCDHTCbd5BaoBFsDULpBiBKYBKmC3BaoBSZAFCnBJUDaPCSGBQCKCRHEE_BTjB0BiCsFoCvEyCUBZ8BADE4C6B"], ["ECL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAADAABABAAACAAAAADBAAAAAABAAABBAAAAABABAAAAAACABAAAAAAAABBABBBABABAAEACABAAAAABAABABDAAEBABAAEACJHCABDAABAAADKAACAAABADBADCAABABCBDBEDAIAAAMEABBIAABAABABHEBBEBCDIAABIFAEBIJCBAFEBICBFAFBGOBGABDECCBAPDAFCDABCBEAHJBXHKFABAOMHfKLCIPRSAHGLANCIQMHSXYOBDTCOFAgBuBIxBTQCkBBPCDbed0CoBFsDULsCKYBKmCyCoBSZAFqBJUDaPCSGSCKCZEE_BTjB3DsFoCxKD9C6B"], ["EFL-1.0", "AAAAAAAAAAAAAAAAAABACBAABABAAEBBAABDABBAABBBABABHAAIFBGSFGhBQSoBBF5GIAMxDVvcIzBjYvgB"], ["EFL-2.0", "AAAAAAAAAAAAAAAAAABACBAABABAAADBBBBDABBAABBBABABHAAIFBGSFGhBQSqBFoCwEIAMxDVxZ9CIzBjYvgB"], ["EPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAAAAAABAAABAAAAAAABAABAABAAAAAAABAAAAAAACAAAAAAAAAAAAAAABBAAABABACAABAAAAAABBAAAABBAAAAAAABABBABBBABCAABAAABDAAABAEAAAAABAABACBABBBABBCACAEAABABAAAAAAACAAAACABAAAAAAACAABCECAABBBABEBEDBAADEHABDACDHFACACBBDBBDFCDCEAKCABAGIEBABBDDBGBBJSBGBCEALBBFAAFECABAEECDCMCEMMCKBFBBCMADDCPMCGGFBDAEFJDFECLFgBQDJBEMAKZGFEEBEAHROJELMiCEBM0BSmBHEQIMBSDGMjCLTzBGiBuBUNHVJrBDELBxBb4BCkBLADqBlCT6BgC5BO_JzE"], ["EPL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAADAAAAAAAAAAAAAABAAAAABABACAABAAAAAAAAAAABABBAAAAAAAAAABBAAABBABAAAAAAAAAAAADAAAAAAEAAAAABAAAAACABAAACABBCACACBAABABAAAABABAAAAACABAAAABACAAAABACBCAABAABABEBEDBAADEHABCAABAACHCBAACAEBBBBBDGAADCEABICABAGIEBABBDDBCDBBCEBCPBAFBCEABJDFAANABAEECDCDIAGAGEMABIBHBBCNDDCPMCNFBDAEFJDFECDBFFCSKIDDBBJAAEMABILNGEAECBMCRYELALN0BEBMIJhBSmBMBXMBCPDGMvCTzB4CUNHVJaQDELBvBBOHLAwBCkBLElBElCTA5B6DOP3CxElCzE-JrJpK0Cva"], ["EUDatagrid", "AAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAABDABAAAAAAAAAAAAAACAAABAAAAADABAABDECCEBBBADACAAABAACBBBCAABHBAFACBFGBBCLFGEBKAIHDBDEHFPEAAROCEGCFHAEJISDLORGbDNMFNYAOCAAiBDA7BP4BD4BWTZQuBmBTtCxBiCOJBoHtBhB9DL0DoFiGhBrECwB-DrJhKvSf_C1BnDY8JjKL"], ["EUPL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAABAAAAABBAAABABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAABAAAAAAAAABAAADAABABAABAAAAAABAAAABAAAAAAAADAAABABACAAAADACAAAAACABACAAAAAAACEADAAAAAABDBABACABAAABABAAAABABBAAAACBCBBAADEAAFAACBBBBBAACCCABGBFACBAAAAADABAAACCACCFBDEACAABBAABDABAAADACBAACCBDAEBABACAECECAAABCAACBBCDEJCCBDCCACAEBFIDACCDCCEBBDEFBHFBBHAJIIKCRHBIACGRDCKFYBBJPACRBKXABAASGGKECAHHAFAEAmBTQQQHBALCBMDDBBWDRLHlBLIBaBZXDDQCmBOTJEHQIOPFjBFHNKrBHtBcAKkB1ByBbkCoCDSFgBEPjBHHmBDEEEHQCFHEyEBtBL1B8BUjBE7BPEI2GbPNGCJBEJAJKWIkBZOdWCS2BM7BkBlBvN4M"], ["EUPL-1.2", "AAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAABAAAAABBAAABABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAABAAAAAAAAABAAADAABABAABAAAAAABAAAABAAAAAAAADAAABABACAAAADACAAAAACABACAAAAAAACEADAAAAAABBBAAABACABAAABCAAAABABBAAAACBCBBAADEAACCAACBBBBAAADABCABFABFAEAAAAADABAAACCACCFBDEACAABBAABBCBAAAACACBAACCBDAEBABACAECECAAABCAACBBCDOCEDCCACAEBFIDACCDCBAEBBDADFBFBFBBHAGCIICHCRHBIAbDCKAEYBBJAPCRBKXABAAQBGGKECAHHAFAEAmBTQQQHBALCBIDDDBBREDRLHlBLGBBaBZRFDDQCmBANJJJEYICLPBDjBFHNCHdNHJjBcAKJaDxByBbcnBiBlBWFgBEPWMHHmBDEADEHQCFHEvB8BlBBADoBL1B8BUjBE7BPEI_CjDSbCaEBCJBEJAJKWIkBZOdWCSDhBQM7BkBgBF2BeiRwGrH8B"], ["Elastic-2.0", "AAAAAAAAAAAAABBAAAAAABAABABAABAAABCAAABAABAABCBAAABEAACAACCABDCBABCDBABBAAAAACAAABCCCACBGDABAABCEAADDBEAGBACBABBACDIABDABBSQSHCANJBEDNEAEPIMLHEKNCNJDAKUDKAAJCCI_BCMyBE0BJBcViBjBREgBDiCfDkBpBhBiBzBfxBvC9CWV4DNQtBtDiB6J3BOsIqIkBgE_CmEyTsB0GuFqI"], ["Entessa", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAACAABBAEBBAAADADDCABACJAECAFAEAABAACBBBCAAIDLFGDOMGBaDBWPFARMADLCBDHAEGUCWTTbECJSHOQOEmBA7BP8BNcN1CmBHyCapDlBOzGjE5T3DoC8uB1JiE"], ["Fair", "BACBHABAALfJRWSIS4J3DwdMh0B"], ["Frameworx-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABABAAAAABAAAAACACACABBAAAAABACCBAABBAAAABBABAAAAABACABEAAABBACBABAABBACAGAAACAAAAHCAAAAAAAAAAEBABAFACABAAADCBCCDFBCCAGFADAACADDDADDHAFABCCCHABABBBGBCHAKBAJBCCHBAECADAAFAIAFAAKAABABAGPLDBEPFPBaDKDDPCJPABELDAHHHEcABBSOrBMDQKFKCHACHwBAeGSGpCfEFFHMiBCEDNKXFGrB8BLiBIkBNFCLjCAK2BMPXzBAjBONHyEqB0F3EDSeiDQ2BJY0BjBuCyCyGsDLiDXsCgFuBAvCCEGRpDAnBmBaKd1DFYsBAtBtCAqBlC4B4E5BSZhCH"], ["GFDL-1.3-only", "AAAAAAAAAAAAAAAAABAAAAAAACAAAACAAAAAAABAAABACAACABAAABBBAAAAAABAAACABABAAAABABAAAABAAABAAAAAAAAAAAAABAAACABAFACABAAAAAABABBABABCACEBABABAAAAAAABBBAAACCAAFAAACACBBBBAABFBBAAGCAAACABBAABAABBABBABAACABBDCAADAAAAACBACABAADBACBEGAAACCAEACCABDAAAABAHAECDAEABAABACCHCACAAACFDABCAAACADAABDAABBHCAABGBAAAAAAABCBBBBDDCBBCGBCCADDAABFCCBABFAACABBDMGABDCEADLBAABADAHHCFFKIEABABCGAHAFCGAAADCDDDEAAJAEFGCADACDDAGBDCDGACAADAADFBAFBBBAACMGCGGBAAAIAADAHAABBAJFBBAEXCRBACJBAACEAEDDADBBJMDDFBAAPJPAHHHJBDZHTJEGHCQFMBHEGBAGJGEBERBGERCAAEGBfCKBQAQEHLYECMDbOGJFNHBECEAEDBBADBrBMEALOAZHrBBGDJGSe9CgBLgBBAICSIDMEGFAABCGPkBCwCCrB8BLFkBJhBgBpBDDJceHJMZiC9BFUCB4DAAIEFEKkCLRVAAKBFFXBLCIAfEGJZBV0BmBBMWgBmBmBNrBIvBCWBIARGqBtBDFCnBV9BPTekBBCAWNZMAJPAAAAWLAJFEKLENGQ5BGAaDRLGUasBAICBPClDRJB"], ["GPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAABBAAEBAAAAAAAAAAAAAAAAAAAABAAAAABBAEFAEBAAAABBAADAAAAAABABAAABABAABAAAACBABBABACBAADBAAAACBABAADAABABFBBAEABCBBABBABFADFBCAABBHBADABFAABAAAAAACBAAABAABIAAAABDBCBEBAAABABADABAADAACAACGBAAAAACECBBCAABAFDABBEABAAAACABCBBBDBADAAICABEDACCJDAACFBBIANCDAACBBCAEGGBABIEGACABEGAEBDCAAEFEGDBLBDGBADDJAEFIBHAAABBLABEGAAGECCEHCBAEABAGBCHDCIEIEDCBADACADFCAAAAGBADAGNDBBDEKAGCADACGEDBHCECKEJBCAFIBFCECGCKBBOADACAADBDABEBAFCDCQJACDIBAcGEFQLHHXHHGVDDPGVGJHRBHNDQLAAJDQUSTClBLLEUCLGsBlCKHOGDAHEDERPIHCCAABDJDHIKABDCKBFNGDxDAKnBgECHJFjEsCEPExCRxBLlBa2C6GYSqBWhDmGQpJ4HvDzIuG"], ["GPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAABAAACAAAAAAAAAAAAACAABBAAEBAAAAAAAAAAAAABAAAAABAAAAABBAEFAEBAAAABBAADAAAAAABABAAABABAABAABCBABBABDBAADBAAAACBABAADAABABFBBFABCBBABBABFADFBDABBJADABFAABAAAAADBAAABAABJAAABDBCBEBAAACBADABAADAACAACGBAAAAACECBBCAABAFDABBECAAAACABGBDBADAAICABEDACCJDAACFBBIANCDAACBBCAEGGBABIEGACABEGAEBDCAAEFEGDBNKCDDJLIBHAAABBLABEGAAGECCEHCBAEABAGEHDCIEIEDCBEACADIAAAAGBADAGRBKKAGCADDGEDBSKEJBCAFIBFCECGCKBBOADADADBDABEBAFCDCQJACDICjBEFQLHHXPGZDPGVGjBBHRcAAJDQU7CLEUCLzBlCKWGDAHEIRPQCCAABNDHUBDCgB9DKnBgECXlHoD1G6GYSqBW"], ["GPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAAAABAAAAADAAAAAABABABAAAAAAAAABAAABCBBAAAAAACABAAAAADAAAAABBADAAAABBBBAAAABAADBAAABACCBAAABAAAAAAABAAABAAAABADDAABBABAABAABCBAABAABAAAACCACAAAAAAABCAABABBAAAAAAACAAADAAAAAAADBDDABBACAABCAABAAABABDBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFABAACAAACBAFDACEABBAEDDGDBCABACCACCADCAADACABCBBBAAEBBCAEABACAAECBBAABCACCAADEABABBDCCBBABBBBIBEBCAAAABDADACBADAABECAAAAAAAAABAABDBCFAABABDCDAEADBAAABAABAAAABAACDEEADAAAEBAABBAAGDJDBAACAEIAAAGACDACEAABCDAAEBAABBCCBCEACBABDABBABACCBBBBABACADAABBAACDBABACCBBBBAAKAACADAEABBABDAAAEAAABBBABAGBADBDCABAABMBDFGAEEBYFDDECEDCABIDABBFBFAACAAEEBFCAFABCBKCCLBGCEAIDEFBDAFCBBBCGJBCAAABBCDACEBKFCEAAANDCFBBEADCAADEABACCBCCBBGAFCBGFBDHCLCEBBACEABJEAEAABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGDACAACBAAAEBCAnCVLSKPEAAFYCKAeFGSpBCGAHiBKNOYHWVyBnD4C2F5B5GoD4CL"], ["GPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAAACAAAAADAAAABBABABAAAAAAAAABAAABCBBAAAAAACABABAADAAAACBADAAAABBBBAAAABAADBAAABACCBAAABAAAAABBAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAAAAAABCAABABBAAAAAAACAAADAAAAAAADBDDABBACACCAABAAABGBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFACACAAACBAFDACEABBAEDDGDBCCACCACCADCAADACABCBBBAAEBBCAEABACAAECBBAABCACCBDEABCBDCCBBABBBBIBGCAAAABDADACBADAABECAAAAAAAAABAABDBCFAABABDCDAEADBAAABAABAAAABEDEEADAAAEBAABBAAGDJDBADAEIAAAGACDDEAABCDAAEBBDCCBCEFABDABBABACCBBBBABACADAABBAACDBABDCBBBBAAKAACADFABBABDAAAEAAABBBABAGBADBDCABAABMFFGAEEaFDDECEDCABIDABBFHBCAAEEBFCAFAEBKCCNGCEAIDKFAFEBBCGJEAAABBCDAHBKFCEAAANDCFBBEADCAAIABACCBFBBGAFCBGFFHCLCEBBACEABJEAFABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGDACBCBAAAEBCApDtBFiBKAeFZpBCGAqBKNOgBWVyB"], ["HPND", "AAAAAAAAAAAAAAAAAAAAAAAACAFABABDBAACAAAABAABDCCBBACCHFHFKEACBMNPBWTMCHuBcDAOBShB4BrBmIM7GsB4ISmeCtN"], ["Hippocratic-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAABAABAABCAABABACAAAAACAADAABBAABBAAAAAAAAAAAABBEAAABADABAAAAGBBABDABADBBDABAADBABGAAAAAAAAAAABBAAABEBCFCAAEECABEAAABDABBAAACEEBABEBEBADDAAAAJFBLCFLNCCBDECEDAEFCBEGMBECAJBCAKDFATAELGMGHAFBBEUaDDADVAHGIOORAFBBLCIBAJCLLCBlBrBBEMFCjBFNLFHBWUMDGdCKcgBdNBIO0BBsBsBAdFDABahBXJuCIO9EhFiGjBNSAKKyBBJpB6BLbVFkBqBAkDbgBd1BwBoBuCHgBXOPqBhB7C5BKmCdoCEAhBqBAmBgDVNdJZqDzB-BCENUAuC6HtEUrEK"], ["ICU", "AAAAAAAAAAAAAAAAAAAAAAAACAABCABABBBBEAAAABAAAAACCABECCABECCFAAAEKEACBMNNBBSDCKFCMHIBNFMJpBUIW6BUWkBJwBPhFwF5CJjC9GRJtd"], ["IPA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAADAAAAAABACAAAAAABACBAAABBBCBAABAAACACBABGABCAAABBAAABAABAABAAAEAAACAABBABABAADABACCCACAABACCBEAEAAEBGABAAFADDCBBBACFDABBFABCDFAAAABFAAAGDBFCDEDBBFCDGHIGCADGAMKDCBFFIDDHBCAGCFGEDEZMEqBCAGgBCTGFAAXGAKBQBvBGAEPODOAMFCPTAgBgBJTWuBFRLKChC8EBJK5BhBQ9BvBQP7BqB6CEYKrBL4E6BBJ-BPfalDkC9D-B5BkCbnBGX4BjEnBqG_BJVVhGBjBsBazFGIjFgBhB3B3EOMhDKEApB-C_BvC"], ["IPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAABAABAAABAAAAABBAABAAAAABAAAABAAAAABCAAAAAABAAAAAAABBAAABABACAABAAAAAABBAAAABBAAAAAAABABBABBBABCAABAAABDAAABAEAAAAABAABACBABBBABBCACFAABABAAAAAADAAAACCAAAAAAACAABCECAABBBABEBEDBBDEHABDACDHFACACBBDBBACAEGCFKCABAGIEBABBDDBGBBJSBGBCEAGEBBFAAFEDBAEECDCMCEZABKBHBCMAHCPMCGGFBDAKJDKCLFgBQDJBEMAKZGFEEBEAHROJELMiCEBhCSmBHVIMBSDGMVtBLTzBGiBuBUNdJrBDELBxBbWhBCkBLADqBlCuCgC5BOtO"], ["ISC", "AAAAAAAAAAAABAAAAAAAAAACAFABABDBEAAAABAAICECCHFNTGHNPBWjBHrCTBSmEzI0R83C"], ["Intel", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAABAABBABCBBAAABBAECCBADHBCCDCDEACAACBBBDAMLFGNRNEQDBLQJGTJAAPIHAERFDUsBbHJaeAOEMIQA7BP8B2MK6G5MnN4bKczBqJPjHrBwKAXd-CjG6EU"], ["JSON", "AAAAAAAAAAAAAAAAAAAABAACAABCABAAABAABCBBAABABAACCABADCCABECCGGKKoBKLDCROQBNFW-ChCN7BJwBPC-EjEsBjDjC5H9EirC"], ["Jam", "AAAACDIDICAAPABPMJ5K-FqCJqC4X"], ["LGPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAABBAAADBAAAAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBABAABBAAAAABCCBBADAABCAABABBABFADFBCAAAABHBADABDBAABAAAAAACBAAABAABIAAAABDEAAADAAAAABABADABAABBAAABAAABGBAAAAAABECBBABAABAFBBABBBCABAAAABAABCBBBDBADAAICABEDACCJACAACFBBIANCDAACDCABCAFGAAABFCEGACAEBGAEBBBCAABCAAACEFADBHCAAADBEBADACJAEFAHBHAAABBLABADBDAAAEBACABACBCDDCBAEABAGEDDBBABDEEIBCDADEACADIAAAAGBADAKJACBAAIKAGCADACGBCCABPCDDCCBJBCAFIBFBAECCDCKBBBBKADADEBDABCBBAIDCALBBBHACDFCCaBGBCFGVHFBXECECGVDDLCAGBASGJHSAHEADDRABLAANLADULEBTBKDYAEABBHBBADDMDCLLINJGGFAEABGHbEAHBHLABBEDAHEDBBAKGKEIHCBAAABBBJDHIKABDCKBCCNGeHCaVDDBIFBACAIaFAAlBHGPXEAJSBAACFAAOjBN9BU5BNEZxCjCxBCtCA0C_BvB-CiBJdDCY"], ["LGPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAACAAAAAAAAAAAAACAABBAAADBABAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBABAABBAAAAABCCBBEAABCAABABBABFADFBDAAABHBADABDBAABAAAAADBAAABAABJAAABDEAAADAAAAACBADABAABBAAABAAABGBAAAAAABECBBABAABAFBBABBBCABAAAABAABGBDBADAAICABEDACCJACAACFBBIANCDAACDCABCAFGAAABFCEGACAEBGAEBBBCAABCAAACEFADBHCAAADBECDACJLAHBHAAABBLABADBDAAAEBACABACBCDDCBAEABAGEDDBBABDEEIBCDADEACADIAAAAGBADAKJACBAJKAGCADDGBCCABSDDCCBJBCAFIBFBAECCDCKBBBBKADADEBDABCBBAIDCALBBBHACDFCCaIBCFGVHFBXEHCGZDLCAGBASGJHSAHEADDRANAANMDULEXKDYAEABBHBBADDMDCLLINJGGFAEABGHgBAHBTABBEDAHEFBAKGKEQCBAAABBLDHUBDCPQlBHCaVDDBIFCCAIaFAAlBHGPXEAcBAACFAPxB9BuCNpHtCA0CxHJdDb"], ["LGPL-2.1-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAABBAAADBAAAAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBACABBAAAAABCCBBADBBCAABABAAAAAFADFBCAAAABHBADABEAAABAAAAAACBAAABAABIAAAABDEAAADAAAAABABADCAABBAACAAABEBBAAAAAABECBBABAABAFBBABBBCABAAAACABCBBBDBADAAICABEDACCJACAACFBBIANCEACGABCAFGAAABAECEGACAGGAEBBBCAABCBACEAEADBCECAAAACBEBADACJAEFAABEBHAAABBGEABABBBEAABCBACABACBCDCACBADAABAGEDDBBABDEBCKCDABBBCACADDEABAGBADAJKACBAAGBKAGCADACGBCDBGIBADDCCBJAACAFHABFBAECCDCKBBBBKADADADBDABCBBJGALBBBHACDICcGBCFDCQEHHGQGAHGVDACLCAGBASGJHCYEADDRABLAANAKEgBEAATBKDYAEABJBBADDMDCKALINJGGFAEABGHbEAHBHMBBEDAHEDBBAKGPIHCBAAABBBJDHIKABDCKBFNGmBJBRZDBCFEABDAIMNFAACiBHGDLLLEADFNEBAJAAOAEOOgDjCIZwBcDqBYMaJuBmCPPOTYGDIAaARBEHxCApBDCWINMAC"], ["LGPL-2.1-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAACAAAAAAAAAAAAACAABBAAADBABAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBACABCAAAABCCBBEBBCAABABAAAAAFADFBDAAABHBADABEAAABAAAAADBAAABAABJAAABDEAAADAAAAACBADCAABBAACAAABEBBAAAAAABECBBABAABAFBBABBBCABAAAACABGBDBADAAICABEDACCJACAACFBBIANCEACGABCAFGAAABAECEGACAGGAEBBBCAABCBACEAEADBCECAAAACBECDACJLAABEBHAAABBGEABABBBEAABCBACABACBCDCACBADAABAGEDDBBABDEBCKCDABBBCACADDEABAGBADAJKACBAHBKAGCADDGBCDBGKADDCCBJAACAFHABFBAECCDCKBBBBKADADADBDABCBBJGALBBBHACDICjBBCFDCQEHHGQGIGZACLCAGBASGJHCYEADVANAANAPgBEAWKDYAEABJBBADDMDCKALINJGGFAEABGHgBAHBUBBEDAHEFBAKGPQCBAAABBLDHUBDCgBtBJBRZDBCFEAFAIMNFAACiBHGDLLLEADTEBAJAPAEOzFzCcuBlBa4BmCPPOTYGDIbARGHyCpBDCWWMAC"], ["LGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAAAABAAAAAAAABBAAAABAAAAADAAAAAABABABAAAAAAAAABAAAAACBBAAAAAACABAAAAABBAAAAABBADAAAABBBBAAAABAADBAAABAABCBAAABAAAAAAABAAABAAAABADDAABBABAABAABCBAABAABAAAACCACAAAAAAABABAABABBAAAAAAACAAABBAAAAAAADBDBBABBACAABCAAAAAAABABBBBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFABAAABAAACBABDDACEABBAEDDGDBCABACCACCADCAABBACABCBBBAAEBAACABCAAAACAAECBBAABCACCAADEABAAABDCCBAAABBBBCFBEBCAAAABBBADACBABBAABECAAAAAAAAABAABDBCFAABABDBAACAEADBAAABAABAAAABAACDEEADAAAEBAABBAAGDJACBAACACBGBAAAGABADACEAABCDAAEBAABBCCBBACBACBABDABAAABACCBBBBABACADAABBAACDBABACCBBBBAAKAACADAEABBABDAAAEAAABBBABAGBABBBBBCABAABMBDFGAEEBRGFDDECEDCABIDABBFBFAACAABCEBFCAFABCBKCCAKBDCCEAIDEFBDAFCBBBCGDDBBCAAABBCDACEBKFCEAAANDCFBBEADBAAABBEABACCBCBABBFAABACCBGFBAABCCBCJBCCBBBACCBABJEAEAABAABAACAABCAABDEADCBACAACCBAACAAABAAAACAABABAADCDAABBBAAICAAFADACAACBAAAEBABAnCVLSKPEAAFYCKARMBDGSpBCGAHiBKNOYHWVgBRSAzC4CxBpCAFzBQEjB5GoD4CL"], ["LGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAAAABAAAAAAAABBAAAABAAAAADAAAABBABABAAAAAAAAABAAAAACBBAAAAAACABABAABBAAAACBADAAAABBBBAAAABAADBAAABAABCBAAABAAAAABBAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAAAAAABABAABABBAAAAAAACAAABBAAAAAAADBDBBABBACACCAAAAAAABEBBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFACAABAAACBABDDACEABBAEDDGDBCCACCACCADCAABBACABCBBBAAEBAACABCAAAACAAECBBAABCACCBDEABBABDCCBAAABBBBCFBGCAAAABBBADACBABBAABECAAAAAAAAABAABDBCFAABABDBAACAEADBAAABAABAAAABEDEEADAAAEBAABBAAGDJACBADACBGBAAAGABADDEAABCDAAEBBDCCBBACBFABDABAAABACCBBBBABACADAABBAACDBABACCBBBBAAKAACADAEABBABDAAAEAAABBBABAGBABBBBBCABAABMFFGAEETGFDDECEDCABIDABBFHBCAABCEBFCAFAEBKCCAKBDCCEAIDKFAFEBBCGDDBEAAABBCDAHBKFCEAAANDCFBBEADBAAABGABACCBEABBFAABACCBGFCABCCBCJBCCBBBACCBABJEAFABAABAACAABCAABDEADCBACAACCBAACAAABAAAACAABABAADCDAABBBAAICAAFADACBCBAAAEBABApDtBFiBKARMBDGSpBCGAqBKNOgBWVgBRSA-GpCAFkCE"], ["LGPL-3.0-only", "AAAAAAAAAAAAAABAAAAAAABACAAAABABAAAAABAACACAAFADAADACBAAACAAAFABABAFDCBACAAAAEEAAFAABACBABAAAABACGTGBEACBFFEABADABHENAGIBBQDBBBCAXBSGFDFCBODRDLDCGNABIEAOCLFAAIJDCJgBBCFMAWJCDNDF0BCCCSGDAEBEGAONMCBKOEFGIPEACHOCFBQLKKFHcAFHBGMBRYCDDBQTfPVuBCFrBFYGN8BCzBKFnCDmDEXKDAXAECOHMeINJNFAEABGHhBHajGdOKpIkBA-GpCAFkCE"], ["LPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAABAAAABABAAAAABBAABAAABAAAAAABAABABCAAAAAABAAAAAAABBAAABABAABAABAAAAAABBAAAABBAAAAAAABABBABBBABBAAABAAABCAAAABAEAAAAABAABACBABBBABBCACGABCAAAAAADBAACCAAAAAAACAABCECAABBBABEBEDBBDEHABDACDHFACACBBBBBBDAEGIKCABACDECAEBABBDDBGBBJSBGBCEALBBGAFEDBAEECDCMCEBXABKBFBBPAHCCMMCNFBDAKJDKCLmBQDJBEMAKBXGFEEBEAHROJELMrBWGYoBSmBHVIMAASDGMjCLTzBGgBBuBUNdJrBDELBxBbWhBCkBLADqBlCuC6CsK9B"], ["LPL-1.02", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAABAAAABABAAAAABBAABAAABBBAABAABABCAAAAAABAAAAAAABBAAABABAABAABAAAAAABBAAAAAABAAAAAAABABBABBBABBAAABAAABDAAABAEABAABAABACBABBBABBCACGABCAAAAAADBAACCAAAAAAACAABCECAABBBABEBEDBBDEHABDACDHFACACBBBBBBDAEGIKCABAGIEBABBDDBGBBJSBGBCEALBBGAFEDBAEECDCMCEBXABKHBBPAHCCMMCNDBBDAGDJDKCLhBEJGDJBEMAKBXGFEEBEAHROJELMrBWGYLcSmBHVIMAASDGMiBsBTzBGgBBuBUNdJrBDELBxBbWhBCkBMDqBlCuCgCZsKQsBnYxZ"], ["LPPL-1.3c", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABABADAAAAAAACABABAAABAABAAAAAAABAAAAAAAAAAAABBAAAABAAAAACAABACAAEBAAAAAAAAABAAAABCAFAACCFCBABAABAAAAAEACBCBAACADAABEAAABBCACBAGAAABCAABCCBABGABBCBACCABBCAAACEBEADBBAAAABAFBECHEAAFABBBBAIABGFADBAACCCBABBBCAHFACABDECGANABBCFBDAAABABFBDEGDCAEACGBFCCAAIBEOEECAEHAHBHBAGOJFACIBCAFAJAEABEACBEBKFEPFHMAEAEFCFJBFBGCJABCBAABDIJEFCADECLCATDAJADHCISGDFBDLKNFKAACDAHAFAASDDFNZCACEBEHPQDBJJpBAKIJKRGILBFDHKAYPAHCCBELDDSMOlBJALFBiBFCHxBUDe-BQZBIUYJfRcAGd9BRNMGDUOIXbUEnBQPMPdHUTJlBc2CaWfgC2CAQIOGSCuBBvCACqBOAQAMFKI7BEIGhB7BAAdFATkBM3B1BASaJADpCYYiBhBkBPxCUADBUQsBgBGECfEWGAkBoBSfkBATAUNAQwBePONONUHXAKLBABMgBcE"], ["LiLiQ-P-1.1", "dFCIFHIGBBDADCLAALEGNZUsBPDZSwDhBgBSboCwBImBnC1HzCiB2BjCVZ_BTkCOALlCwGMStBvGCkD-BPdYTLCCEAAAAAFABAAACBCAIAAHDCBAAAAEEBEACDBGIGABEAABCBGCAABBBAABDDAAAGBAAAADBAABDAJBAACADEBBCPAABCEBCAAAACFAAAABAEFAAAABBAAAAIFBADAAABABFCDDAAAABAACAEADBBAAAADBBAABAERABACJBACAAAAAAAAAACABBAECBHCDAEADBAACBAACCDABFCABABEGCBAAFBAAAADADAADACAABAAABECCAAAAABBBDABBABACCDAkUyHrY"], ["LiLiQ-R-1.1", "AcFCIFHIGBBDADCLAALEGNZUfDIBFHDZPCiBMgChBDcRAPAKxBQFwBIFgB-BIqCKvBewCzCAhB2B-BaZ_BTkCOALlCIfeRkDRMStBvGCXsC-BEKHVYTLCCEAAAAAFABAAACBCAIAAHDCBAAAAECBBEACDBGIGABEAABCBGCAABBBAABDDAAAGBAAAADBAABDAJBAACADEBBCPAABCEAACAAAACFAAAABAEFAAAABBAAAAFCFBADAAABABFCDDAAAABAACAEADBAAAAAADBBAABAERABACJBACAAAAAAAAAACAAABAECBGACDAEADBAACBAACCDABFCABABEGCBAAFBAAAADACAAADACAABAAABECCAAAAABBBDABBABACCDA-BBZEAINWpCEGA9BIJd-BENZKJlHyQA0KyD"], ["LiLiQ-Rplus-1.1", "dFCIFHIGBBDADCLAALEGNZUfDIBFHDZSvBgChBgBRAPAKoCwBImBnCqCKvBewCzCAhB2B5CZ_BTkCOALlCIfwB2DMStBvGCXsC-BEKHVYTLCCEAAAAAFABAAACBCAIAAHDCBAAAAECBBEACDBGIGABEAABCBGCAABBBAABDDAAAGBAAAADBAABDAJBAACADEBBCPAABCEAACAAAACFAAAABAEFAAAABBAAAAFCFBADAAABABFCDDAAAABAACAEADBAAAAAADBBAABAERABACJBACAAAAAAAAAACAAABAECBGACDAEADBAACBAACCDABFCABABEGCBAAFBAAAADACAAADACAABAAABECCAAAAABBBDABBABACCDA-BBZEAINWpCEGA9BIJd-BENZKJ"], ["MIT", "AAAAAAAAAAAAAAAAAAAABAACAABCABAAABAABCBBAABABAACCABADCCABECCGGVoBKLDCROQBNFW-ChCN7BJwBPC-EjEsBjDjC5H"], ["MIT-0", "AAAAAAAAAAAAAAAAAAAABAACAABCAEBBBCBBAABABAACCABHCABECCGGVoBKLDUOQBNFWPuCvC7BJwBPC-EwFjDjC5HgiB"], ["MIT-Modern-Variant", "AAAAAAAAAAAAAAAABBACBAABAABAAAADAABADAAAACAGBAAFCCBBCAOGRAAENGWmBkByCB8BMtCGjBrH-HgJzEmd"], ["MPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAABAAAAAAAACBAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAABAAAAAAABBAAAAAAAACABAAABAAAAAAAAAABAAAAABCAAAAAADAAAAAAABAABAAAAAGADAAAAAAACAAABCABAABAACABABAABAAAAACAABAABABACAAADABAAAAABAAAAAAAAAAECCAAAAAAAAAAAAAAABDABAHACAAAABABEBABAEAACBCAABAABAAAAAACABCABBGABABABAACBBCGBDBAAAACEABFADADAABAAABBBDBABBACABBADCBABCAAACBEDBCCDDABBABADIABCAAAADBACABBHAHAHABHFAIBADHCBCBBEBCACEAAAACAJBIBUDDIDDGIKEHGCAHABDAAFCJCLGABEBAABGHFHBFTFCBTAANBKDBJFGDLBBABHACAGCGCKPGaBPBGDCpBLAhBCIAGPCDVADRMAPUNKgBBICPHOJDGcNnBKBCJLBTEfeSKW6B3DFD6CkCiC-DsMzLB5CACyC2H_IiBiH-G"], ["MPL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAABAAAAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAAAAAAAABABAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAABAAAAAAAABAAABAAAABAACACAAAAAAAACAAABCAAAABAAACABAAAAABAAAAABAAABAABABABAAAAACABAAAAAAAAAAAAAAAAAEABCAAAAAAAAAAAAAAABCAABAEBAACAAAABABEAAAAAAEAACBCAABAABAAAAAACABCABBGABAAAABAABAAABBAAFBDBAAAACEABFADAACAABAAABBBDBABBACABBADCBABCAAACGBBBCCDDABBABABBECAADAAAAADBACABBECAHAECAAAECEAAAHBADECCBCBAAEBCACEAAAACAJBIWACDIACDDABAHAJADAGEBCAHCDAAFCBHABHDFAABEBAAFABFAANBFSAFCBFDHBAADJBJADBJFGCAAKBBABBFABAAGCGCBIABJCGMIEBPBDBADDClBKAAAbCBCIAGAOCDVACARMADJKLBFFIOBCEJAAICHHHNDGDGcNVNDKBCJLVEfeShB6BKKhDFDMtCnE6CwE_IvOAC"], ["MPL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAABBAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAAAAAAABAAABAAAABACABAAAABABBAAAAAAAAAAABAAABBAAAADAAAAAACAAAABBBAAAAAABABAACAAAAAAABAAACAAAEAAAAACEBACCBAAAAAAECAAAAAAAABCAACABAAAAAABBAAAAJACAAAABABAACAAAGDAAABAADCBCBAAAAEAACBDABBDAABCABAAAABBBDAEBBACABEAHAEABAABHFAEAEDAEEEBDIBBBABCBALBBCCHCABLCADCABDBACADDACADECGACBFCIBAATBBGCAHCRHoBCDECQHGEEDLBFBCHAEADDGCEBBFABHBKAEHIFFEBEcBHGEHEJOEBHCGIDKIDWNMhBoBBIIEEHRJkBJUGUyBpDGIPJhB0BCCXuB7DoBtJV5BNvC0D_BIKTOL"], ["MPL-2.0-no-copyleft-exception", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAABBAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAAAAAAABAAABAAAABACABAAAABABBAAAAAAAAAAABAAABBAAAADAAAAAACAAAABBBAAAAAABABAACAAAAAAABAAACAAAEAAAAACEBACCBAAAAAAECAAAAAAAABCAACABAAAAAABBAAAAJACAAAABABAACAAAGDAAABAADCBCBAAAAEAACBDABBDAABCABAAAABBBDAEBBACABEAHAEABAABHFAEAEDAEEEBDIBBBABCBALBBCCHCABLCADCABDBACADDACADECGACBFCIBAATBBGCAHCRHoBCDECQHGEEDLBFBCHAEADDGCEBBFABHBKAEHIFFEBEcBHGEHEJOEBHCGIDKIDWNMhBoBBIIEEHRJkBJUGUyBpDGIPJhB0BCCXuB7DoBtJV5BNvC0D_BIKTOL"], ["MS-PL", "AAAAAAAAAAABAACAAABAAABAAAAACABBDAAABDAABBAAADEAACACDBABBAAACFDCADAAEBIAABBAFBEOABBICJBHHDFBIXJPEHFJLFDVDdDOBIAKSgBbdLSpByCLqBBWSIP8BuDAsHwGU2LuBS1KlP"], ["MS-RL", "AAAAAAAAAAABAACAAAAAAAABAAAAACABBDAAABDAABBAAADEAACACDBABBAAACBDDCADAADABIAABBAFBEDFEABBICJBHHDFBIMEFJMCADHFJLFDCSDRLDOBIAKSgBKQdLKHpByCLqBBWSIP8B5CUAGlHwGU2LuBS-B2IiPC"], ["MirOS", "AAAAAAAAAAAACAAABAACABDAACDCGBBBCADBABABBDEHFBBADWACABHZFBsBGLGScTNBAHjBMK1BrChGmBNuGH3D5H1DGoBW4KvChEqEyfwQwH3MlG5E"], ["Motosoto", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAABAABAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAABAABAAAAAAABCACAAAABAADAABCAAAABABCABAAAAABAAAAAAAAAABAAAAAAABAAAAADABAAAAABAAAAAAAAAAABAABACAAAAAAAAAAAAAAABBBABAABEACBADEBAAAABEGCAABAAAABAAAACAAABAABBGAAAABABAAAAAABACABFABCAAADCBCAEADABBAAAABCAABACBABBDABBADCBABBAAAACBEAAEAAKABBABAAABHAABBAAAAADBACABBHADEEACBDDEAAAAGBADBCFBCBAAEBCACEAAAABAACGKQFACGFAGDCCFKAACAGGCAHHAFNBGECCAGCAABDABDCAFHBFALBEFCBFCAJAAIEBEFDBJFDCCBKBBABHABCFMCHCGCCCDEHNBPBFEePDFJBLNAHABEEDGGVAVJDOQEBKAHAFHBACEFDAABCDCBFHHABEFDGD-BINQM2BaYcJqD5GZzBxDE5BZzBtBjB-B9BoCpCEIDLTsFKLNqDgBbjCGY-DbV0DuFgByD8FkGMvBsBQYuExC"], ["MulanPSL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABBBAABBAAABAAABAAAABACABADAACAAAABEAEAACCBAAAABDAAAAEABABCABBCAADABBGBBCGAFBJDBFACECCAFCVACBEADBEAAXCAAEDODCDFGABBBBMCLAFMGDAEBAJAABEJBCaACPANFAABEXCLCIFNCGDzBwCVDoBtBhBeOQKA0BrCMfqCHoBiCPgByCkBHhEkL-FqBUfkBlBnK_DvBqBhBuCb2IqGoCyBM0B9C7DlJAsFyGsE"], ["Multics", "AAAAAAAAAAAAAABAABADLAHBBDABNHCFHHGBHEAEL4BFgBXgBFPADMCKoBcbCAAToBLsCzCL6BiBYJSsCbzCxBqBXjFmD1ByB9EgBJ4BhBkOjB6DXcuBuCoBwBlBwMUwChHAAAwDsBUmDnDAW3C-BeD8BdSCtBFPXgFxC"], ["NASA-1.3", "AAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAABAAAAAACAAAABAABABBBAAAAABGAAAAABAAAAACAAAAABAAAAABAABCAAAAAAAACAAAABBBAABBBAAAAABAAAABABABEAACABACBAABABCBAAABBDBAAAAAABAAABAFAFBCAAAAFBDBBAEABBCBAABAAAACAFBABBACADABAAAEACBBAGBADCCBAFBCDECHHAFBBCBABAACDCAAABCGGCFADBEEBAECDDFAADACCFCCFGFBAJBDAAMGBCCAAPEBFBIAQIFCBMALCHCKAEIHHFFCCFAEAFFBGAEACEADAANBFBBMNAJBBGDCAKCBEdAAFAHDBDcQAALCIHICAOAVCBQMfIHFEiBOdIGBBAGDKFNGoBAdGAlBUNJ0BGNFGoBVzBNdsBSAAAkDhB3BWfT7CCaccpCRtEXuClBbkDqCoI0DFLvCAzEUkC1BCjBM9BFgBMtCzDwLa2CLApCKjBBLWExBvB8BA"], ["NCSA", "AAAAAAAAAAAAAAAAAAAABAAABAABCACAAAAAAAAAAABBAAAAABAACCABADCCABBCCABGAFKEAEIfKLDPEOQBNFVAFTJAAgBAW8BODXRRJeRPtCzCAvFjDjCyDmEqJ-B_V"], ["NGPL", "AAAAAAAAAAAAABABAAAAABACAAAABAABBAABAAABABAAADBAAABFABABBACAABBBACAAAAADCBBBBCAABDGCBDDACAAABCDDKDCCBBBDHAMBDABGBAKBAAHAFDADCDAANCDAGBASXCFAGHDADAKBFCHBBJACADBEJFIClBAFIDRCKAGYjBLMgBFEXELAQSABdIONcKHEAIGcSIErBfLIsCA6BtBCNYBQdlBiC4CmDWqBrFzCmHY1F9D2ClGsDrBvOVlC7C4JM2BiHEjB9HtCEsD"], ["NPOSL-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAABAAABAABAACAAAAAAAAAABBABABACAAABBAAAABBABAAAAAAAAAAAAABBAAAABAAABBAACAACABCAADDAADAABDABBCACCBEDDCABBBAEBABAABECAAADDBAABACAAABABCACABAAABFBDAACCAAFCDCBCABJCAACNABAACACBCEACBAACBACCDAAGGCBABLAHLBAADIBEBABFAAEDBBCBIACHDCCEAAEABDFAEADEFAAAEBCEGCABNjBBAAAEEBALXEQZbLLNMDHCRABAABvBhBhBfAJBCCQCAHEBKdCGUEJBFPMINMoBOTLKFQBQBBBDZWICVnBHYXU8CWqD1BRqBlFEOPGsB0B7C1D5CqPmGqH_G-BrY"], ["NTP", "AAAAAAAAAAAAAAAAABAAGIAHAAFABDDFBCCCNHQEAEkD2CDP2B4ByJxB2FsB4I5eCjrC"], ["Naumen", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAABAACAAAABAACABBAAABBAHCABDDAEFKBABACAACBBBDAMLFGOQKUDAABBsBACQLPIAGAEQKCNgBPbHJJQfOEmBAKwBP5BCI1UyEP9lB0CJmBppB"], ["Nokia", "AAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAABAABABAABAABAAAAAAAAAAAABAAAABABAAAAAAAAAACAAAAAAAAAAAAABAAACAAAAAAABAABAAABAAAAAAAABAAAAAAAAABAACACAAABAAADAABCAAAABAAACABAAAAABAAAAAAAAACAABAAAABAAAAACABBAAAACAAAAAAAAFEAAAAAAACAAAAABBAAABAFAAACAAACCEAAAABEAACEAABAABAAAAAABAABCABDEABAADAABAAABCGBDBDCBFFAACAACAABBABBBDBCCCABBADCBABCAAALBECHABBABABBECAACAABBDBDCBECAHAEACAAECEAAAKDECCBCBAAEBCACEAAAANBAHWACFFAACDACCAIJAEGEBCAHABDAADBCBHAJDBDACEBAGABFAANCEPDFCBFDZBEEADBJFGCBKBBABHABAAGCJNJCGMIEBVBEDCwBAdCBCQAOCDVAHNEHADFDKNUTEJAAICHHHNDGDnCRMCJ4DEclCK0CVNPiE9ELjDrD4JoE6BwF1FpCkBhDH5HvBpCvH7Q"], ["OCLC-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAABAAAAABAAABAABAAAAAABABAAAAAAAAABAAADAAAAABBBABAAAAAABAAAAAAAAACABAAAABBAAABAAABBABBBAADDEAAAACACBBABFAAAABAAAAAAFAAACBAACAGBABBGBBAABABBABABACBCCAAAIABBBCACAACDAIADAFAAFPFDACHCGAFAAAACBAAAIBAADDCAAKADADQEBAIEECAAIBJJEACFHDKGCDBAGCSPEBMABOSAAIJADHEBGGQBHACACDKROLLAKGOHABCEDPFDMQBbaRBJTBVEJCFAJBOAGDKOJUKMEIDfUfCEdDFanBJDS2BROVDAHeFzCQIbKxCMlDkBrB2CqB_BnDpBH5BrFTU1ByD3D3CqBKlCwCDSjBYkH0H1GP2BuCgCJPPuBjBpB1CiC0BTtB"], ["ODC-By-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAABBAAAABABAAAAAAAAAAAAAAAAABABABAAAAAAEAAAAAAAAAAAAAAABAAACABAAAAAAAAAAAABCAAAABAAAABACCAAAAADBBAABAAAAACAAABABAAABBBBBAADFABACAAAAABAABAAAEACADCAACAAABCADABEAAAAABCAACAABEIAAAABAAADAAADAACABABACABAAAABAACAAAABACDCBBACAFAFAAABDAADCAFBBAADBEBDADBAALCCACECAABLCBGAAAAABAFAABBBCEABAADIBAFEAAHGECABAEBCBAAACDACCAAIFELMCFBBFGCCECDBAADCBCACIBBEAAOBEBEABQAFHDEIADBEWFJFCFBBFACBBAAILAGDDCJHRIJABEIHBMHKAGHDLLEJCHENNCLDLHAPADOGCUSDABHDBOBCEHiBPJBMBGdHOAFAGHBAUDFBBFFRCEAU0BhBAAJGGEAHItBCkBFDdqBSgBqCC1BULEHbGEeJBAhCEoBELPrBNRO2BGXFIIwBFoBLkBKVaGRBCfTPCIKAABVCiBuBPDNuBLCtBI2BcNAAzBQM"], ["ODbL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABBAAAAAAABAAAAAAAAAAAAAAAAABABABAAAAAACBAAAAAAAAAAAAAAABAAABAABABAAAAAAAAABABAAAAAAAAAABACCAAAAAACBBAABAAAAACAAABABAAAAABBBBAACADBAAAACAAAAABAABAAADAACACABAAACAAABCDAAAACBAAAAABCAACAABEFCAAAABAAACAAAADAACABABACABAAAABAACAAAABACDCBBACAFADAAAAABDAADCABDBBAADBEBACADBAADHCCACCBCAABBHAACBCDAAAAAAAAFAABDCEABAADIBAFEAAHGECABADABCBAAACDACCAAIFELKBCFBBBDGCCECDBAADCBCACIBBEAAOBEBEABAGEDADBGADEIADBEWFJFABFBBFACBBAAILAGDDCCOJBFBGJABEIHBMHKAGHDLLEJCHEIENCLDFFHAPADHGGCLCFSDABFBDBOBCAACHiBMCJBMBGdHOAFADCHBAUDFBBFFRCEAUCxBdDAAJCDGEAHEDtBCIbFDFXqBSgBqCC1BULECEbBBCEMDDJJBAhCEPYELPrBNROvBGGRFFIIwBFgBHLbIKVaGKGBCbDTPCIKAABVCPSuBPDBLuBLCtBIamBRNAAzBQM8CpB6B3C1TwN"], ["OFL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAABAAAAACAABABAABABACACAAAEABADACCAADBABAAAEBACBABDMCEADGAJDBHAADCAPDDBEEKBBIECICMAABDBBHKAEABFGTIAjBFFAMDECJECYEKIKGBACBDR0B3BUHJdVW6BSjBNEGYISNDhBDEqBYoBPEmCJpBlBkBEwBoCHzBO_BCyEhB4BBrFjBVgEAFDPDtBhB8BAsBa-D0BZoBtCXDyCCCoBK"], ["OFL-1.1-RFN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAABAAAAACAABABAABABACACAAAEABADACCAADBABAAAEBACBABDMCEADGAJDBHAADCAPDDBEEKBBIECICMAABDBBHKAEABFGTIAjBFFAMDECJECYEKIKGBACBDR0B3BUHJdVW6BSjBNEGYISNDhBDEqBYoBPEmCJpBlBkBEwBoCHzBO_BCyEhB4BBrFjBVgEAFDPDtBhB8BAsBa-D0BZoBtCXDyCCCoBK"], ["OFL-1.1-no-RFN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAABAAAAACAABABAABABACACAAAEABADACCAADBABAAAEBACBABDMCEADGAJDBHAADCAPDDBEEKBBIECICMAABDBBHKAEABFGTIAjBFFAMDECJECYEKIKGBACBDR0B3BUHJdVW6BSjBNEGYISNDhBDEqBYoBPEmCJpBlBkBEwBoCHzBO_BCyEhB4BBrFjBVgEAFDPDtBhB8BAsBa-D0BZoBtCXDyCCCoBK"], ["OGTSL", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAABAABABBDAABCBAGBADAAAAABAABDAABAABCDABBDCAABBAAAGGCDABAAAAAFGBHACEEACHIBBJDCBIEBGAAHGBABBFDACQABDMFLIBABACIFBBSEDGDASCODAFLGGLODIFJFOABEfTBYICDJVAHPAAGCEDKDNiBUVKGCCECDrBCDdDCECGHWENQLCMADRMQWLBNHNILDChBEEvBZJCqChCFHDLxBqBEfBMoBKnBaNKUoBHjBwBqCXZiDyBDAeIPRqCsCRGAS0DwCX4B1C5BgCtC4BhClCvGoDXhBXTrH6BegBHrBYapBLIL8DH2BiBAhCzCPaA"], ["OLDAP-2.8", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAABBADABAAAAADEDCCECCEACKEACAACBBBBBAMKABDGdFHXDBJYDGTLBEIIIEDNJCOrCHJaYGOEIHV8BPgBWElEjE7LmC8EajRrclHA0e"], ["OLFL-1.3", "AAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAABAAAAAAAAAAAABAAAACBAAABAAAAAAABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABDAABCBBBAABABAABAABDAAAAAAAAABAAAAAABAABDCAAAABBACAAAEAAAFBDCCAAABCACDACABAABBCAABEBADAAEACBAFCAAAABAHAAABBABDBDABAAACBBGABBEEEACAADBALEAHBCABBBDCCBBCDEEBFAABIFEEGJAHJDECHCEABIDAEABCEBFKKAFEEHEFBKGMADCACAHAIHYFOCCGOHLCIKBCCKDLDCEKLWDaGDJFCXEkBDCAFCGRFAIXJMAWctBDQCCTNJHA6BFWODaB4BAXHYe8BZWmBOKQHM3BOZ4BTAlBNMBdRJYajBBGENCEIZEEAuF-DpEuBtCmCrEvBAzDgBgDG9C3B1DfB_BAvBM7FFnCPPGDVmD4CvCgCALdsDrBuB"], ["OSC-1.0", "EwB4rBtYuE4gB5DcTBAPBBGBrEXAFQAAcNHAAAaFAACqBLLXBAAACOEAAASCLAxCBHAEAABJHOGFhBTEHBAUANILjBB7C_BTHjBGAA_B4BIEWAGAACNDACAAAAPAAAKAABQAAAA"], ["OSET-PL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAABAAAAAAAAAAABAAABAAAAAAACABAAAABABBAAAAAAAAAAABAAABBAAAAAAAAAAAAAACAAAABBBAAAAAABABAACAAAAAAAAAAAAABAAAEAAAAAABGAABCBAAAAAABCCAAAAAAAAAABAAABAABAAAAAABAAAAAADAEACAAAABABAACAAAAFDAAABAADCBCBAAAAEAACBACABAADAAAACAAAAAAABBBCAAEBBACABEADACAEABAABECAEADAAEDAADBCEBDIBBBABBABAJAABBCCCABBCABLABADBAABACBACAABADACADECGAEFCGBBAAHAGDBBGCAHCDKCCEXEBJBAACEABHIGAAFEEDGEBFBCCEABCADDCDCEBBFABHBKABCHIFFEBELAAAMAJGEHDAJOEBFBCGIACFEIDKLACJDIGaoBBCFEDEDAHIABFJHcJBJIGULNHQpDGIHHCGhB0BCCXuBxBpCoBvB9HV5BN-BQ0DAefIKASDKL9EkClBFV1EhBc-DF6CnBtBmBsK7FhIFAAnByG5BiD"], ["OSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAABAAAABAACAAAAABAAAAAAAAAAAABAAAAAABABCAAAAAAACAAAAAACABAAABAACAAAAABAAAAABABABACAACBABCAAAAAAAAAAAAAAAAAAEABBAAADAACADABCAEADEAABCAABBCACBABABBEABDLCCAEEABDDBAAFFECAABAAAHBJBAQBCABCGRADBAABABBBHACBADABCEBAEBAJBABCJFAMBAADMBABAHEBDBBEFDCKACAGAAEABDMIFAAAEEFFDBNIDWBAABLaIwBIRBCAFLNMLCVABBIYU6BNLFMFQDZ8BOBFzBMoBOEOWFQWBcXICVnB4BE4D2B0DsK-Q7E7J"], ["OSL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAABAAAAAABAAAAAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAAACAAAAAAAAAAAAAAAAAADAAAABAAADAACAAABABCAADEEAABDABBCDBABABBEABDBJBACABCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBEBACCBBAECJBABCJFAALBAADIDBABAHEBDBBEFDCLDGAAEABDFFAIFAAAEEEAFCABNIaBAABDHjBvBAIRFFLNMLCSBAABKtBYhBNRMFQDHGK8BOBFzBMoBOTWFQBQDBDZWLVnBgBXFOxCWrFetJ-Q"], ["OSL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAABAAAAAABAAAAAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAAACAAAAAAAAAAAAAAAAAADAAAABAAADAACAACABDADEEAABDABBCDBABABBEABDBJBACABCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBADBACCBBAECJBABCJFAALBAADIDBABAHADBDBBEFDCLCAGAAEABDFFAIFAAAEEEAFCABNIaBAABDHjBvBAIRFFLNMLCSBAABKtBYhBNRMFQDHGK8BOBFzBMoBOTWFQBQDBDZWLVnBgBXFOxCWrFecwI-Q0qB"], ["OSL-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAACAABAABAACAAAAAAAAAABBABABACAAABBAAAABBABAAAAAAAAAAAAABBAAAABAAADAACAACABCAADDAEAABDABBCDCBEHCABBBAEBACABECAAADDBAABABAAAACBCACABAAABFBEAFAAFCDCBCABJCSABAACACBCEACBAACBACCDAHJBABMHLBAAMBEBABFAFDBBCBIACHDCHAAEABDFAEAIFAAAEBCEGCABNjBBAAAEEBALXEQZbLZMDHCSBAAB4BYhBfAJBCCQCAHEBKdJUEJBFPMINMoBOTLKFQBQDBDZWICVnBgBXU8CWqD1BedlFEOPzBGtB7C1D"], ["OpenMDW-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAABCAABBAAAAABAABABAAABBAABAKEBAADAAECACGACBEACBLBBCFBBBBBCAEFCGBDCEIGLLGBBCGAJEDBBqBVEIMdBINIM0BLFBECAHnBfMSNbdpBaSEMbQgClCgBuBK-BKRe0CzBtIAvBpBgB-M4BtSbiB2FyFT4EOyE1H4J"], ["PDDL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACABAAABAAABAAABBAAAAAAAAAAABABAAAAAAABBAABBBAADBACCAAAAAAAAAABAAAAABDBCBAAFABAABAACAAAAAABABACAAAABAACAEEACAEBAADBBBAABCAACAAAABCBAADCBEFABDAAAAABABCDBABBDBCDAAACADAAEBACABCADBBDDFDDAEBDBCABACDCABBAACAAAGEDCDFADGDAECGBGAIACGADLDFEAABJGDCBBDGCBEEADDHABKRBFACLAEEBAHELLBABFBBAFBEJFEIDFDDBDCDBELCJEBGKNCFBGEBETCOGABHHDEFDMGHHBONHlBMAXBJBXRDIGUCPFOPEEJXAFSDABHWCEGAZIZOBFCbXNgBCHBVHHAiBeRjBHKA1BLIbJFd0BCzBlBNA7BHEHLEpBAEeLRwBEoBEHPxBbBOUWRXFIITcFeAILkBKVRIXhBDTbKAA0BO6BODAAoBxBELILBHOlBPR5BuB0CsBDPgChB1COXAANXRpC1CVdqBsByDoFmBDAAaDAgC2DAQTlC"], ["PHP-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAABAABBADABAAAAABBACADCAAADADBCCBACCADADAABAACBBBAAAAAEBFLFGDSEDNVDBJDCCFBQAAdADLCBDHAEFVCANgBOATFAHJFMHHGQOEmBAyBIPGNnBNHUN8DHyCqCdhChHAgB-B8F_U5GmCvP3DA-C1B"], ["PHP-3.01", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAABAABBADABAAAAABBACADCAAADADBCCBACCADADAABAACBBBAAAAAEBFLFGDSEDNVDBJDCCFBQAAdADLCBDHAEFVCANgBOATFAHJFMHHGQOEmBAyBIPGNnBNHUN8DHyCqCdhChHAgB-B8F_U5GmCvP3DA-C1B"], ["PolyForm-Noncommercial-1.0.0", "AAAAAAAAAAAAAAAAABAAAABAABABAABAAABCAAAAAAABAABCCAABFABAECBDAEABCFAAEAAAABECEAAFGCBBCCDBEACDCDFAHBAABKCAADABFWNBKEECCECIGPFFGBGHACAEFCLKBBYIFIFKLMLKFMBpBPCMHqBVjBJCSQM3BPMEOWDtBUIFQDAADlChBlBoCKkByBSWvBTZqBBSlDN3CwBjBKXC5FzEJMK7BtCjB4BvByBoE4DgER_Ic0HhE8HqDR9HmE3BuB"], ["PolyForm-Small-Business-1.0.0", "AAAAAAAAAAAAAAAAABAAAABAABABAABAAABCAAAAAAABAABCCAABFABAECDBAEABCFAAEAAACDACEAAEAGCBBCCDBEDGJAHBAABKCAADABFMJNBKEECCECIGPFFBGGHACAEFCLKBBYIFOKLMLKFJVPYCMHOb5BJVQM3BPMElBDzBOIWDAADlChBlBE5BJBIkByBSWmBcZqBB0DDDJ3CWZjBKX_C8CIpEAJMEFzBHtBhCgEvB7EyCgEIInC3GcgFBKrBA5D5CrLrO2B3BmDG"], ["PostgreSQL", "AAAAAAAAAAAAAAAAAABACBAABAABABADAABADAAAABAAGBAAAECCBBCAFIVCAAEKCGGBNrC-BTBSpBGFlBEiBuB2GQgB2D1BwBiCzCpEzElI7IkMU9X5EkED9cAA"], ["Python-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAABAABBAAAABAABAABAADDACAACABBBBBAAABAACAAAECDCFAAABFADABBBDBCNACCDLAADDCBACAAEAHAGAJOEJHEBBEHCBDCLACACAGHJFIGFADESJBEABJCFEAEEPGhBIGCASnBHADlBRQVFBMiBUQKM2EAAOGmBL5B6BmBGzBBFSwBUeRgBwBPRTuBYGAXvBNTDPTgDsDAa7BWnBfMrBqBUOlDzD2BsHiEBBBADWVbA-BiCCMqCLKDPUmCFHFTsBmDPpBiDuO8BwEMoDgCe"], ["QPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAABAABAAAABAAAABAAAAABAABBAAAAAABABAAABBAACABACAAACAAAADACABCACBCCDADAACABIEBBDCBAEHTADDCIACBCFFKDIFNBACLMAAAIAOGFECYDDeDACIAFAANDBBJBHCCJSIOuCLDZBHAnBKGBNeZb4DKAIdAuCUtCgBAVrBoCiFLzB5DqCjCuDGB2C_ExSDuC9Eza8GgF2BzFyB"], ["RPL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAAAAAAAAAABAAABBAAAAAAAABAAAABAAAAABAAAAAABAAAAAAABAACAABCAABACACAAABABAABBAAABAAAAAAAAAAAAAAAAAABBAAAAABBCACAAABBAFAAAAAAABAAAFAAAAAAABAAAAAAAACABBAAAAAADABAAAABABAAAAAABABACBBAAAAAAAAAAAGBABFAAABADAABBCBBACBABBCAAAABABAACBABBABACEBAABCAAGBBABBABAAAAAHAABBAAAAABBAAAABABFDABAABABCBAAAABAABCAFAADCAAAAACCBFAACBAAADBCACFAAABAABABCBDBACAGAAIBCABADCDBAEFCCDBAJABBAAFAFCACAACHAABCABEACBBCDECCHCAABDABCACDDDABBFBDADDCBCCCCEBBBCEAAHAEGDFBJBABACACCBAAIBBABHABCFBCAFAACGCGCABCDEBAELBBBFHBFBCCNBFCCTKBAFPGIAABEEDCDFACJAGAAKKBFBCAFBDCACHCBEBAJAAGAAHBBABAABAAAAAABCBBACDCCFAABNAEAAAEDAABDJJGBKBFLBDCFKJKABGADKClBCXREaKeCKjCAhCBSY1CPIXIDbMGSACEFCfcETda6BHCUGVQDI1BQXJU-BG7BGNDFBXXSKfKUhBNdNUAEFFEbCdQIPE5BMAKJNHLXJ2C6G0BoBAzB5HtJCamGeeI"], ["RPL-1.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAABBAAAAAAAABABABAAAAABAAAAAABAAAAAAABAACAABCAAAAAAAAACAAAAAABAADAAABAAAAAAAAAAAAAAAAAABBAABABBCABAAAABBAAEAAAAAAABAAAFBAAAAABAAAAAAAACABCAAABCAAAAAAAABABABAAABABACBBAAAAAAAAAAAECAABAACAAAABADAAAABCBBACBABBCAAAABABBCBABBABACEBAABCAAGBBABBABAAAAAHAABBAAAAABBAAAACECADBACAAACBAAAABAABCADBAAGAAAADCBAEAACBAAADBCAABDBAAABAAABBCBFACADBAAACKABADCDBAEFCCBBBAGCADAAFAIADAGACAAEABEACBBCDBCCCKAABDABCDACDCAABBFBACADDCECCCDABAABCEAAHFKAEBLABACABACBAAIBBABIBIBCAFAACGCGCABCIBAEABIBBBFHBFBCABFHBFCCTKBADBPGIAAGEGDCCACCGABEAAKKBFBCAFBDCACHCBEBAJAAFAAAHBBABAABAAABABCBBACDHDAABOEAAFDAABNFDGBKBFLBDCFKJCBFABGABBNTURFREaKeCKTvBAYoBBQBPI1CPIXGBDGQDIDGSACEIfcWBcAaiCCUGVQDImCXJDHI-BiCGNDFBvBdLTKQDhBNgCBDAKEXDCdQIPENrBMAKJNHLNJJlJ3BLDvCaSYNaZMwD-BpDjCMLoBpDeiBmFsB"], ["RPSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAABAAABAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAACAAAAABAAAAAAAAAABAAAAAAAAAAAAABAAAAAAAAAABAAAABAAAACAAABBAAAABAAAAAAAAAAAACAAACAACAABAACCABAAAAAAAAABBAABAAAAAABACAAAAABBEBCAABACBBAAAAAAAAAACAABDADAAAAAAAAAACABAAABAAAAAABAAAAAABAAAAAAAAAACAAAHBBABEBAAABACCAABBAABADBBABACABAAABBABBBBBABBABAACACBADAABCABBBABDBBAABCABAEAAACABBJAICABBAAAECBAAFBABHEEEAAAAABICCAABAAABCEEADHAEGAEADMACAEACDBADACDABBBADBAAEFBCAAABAAABAEEDACAFEFDBCACBCCDDGEDBAFBCCACGBFGAAADAAAEAACCCBBHADAAHLDGDDHMFGCABBBEKCGCCECCAFFIAADALEACDECBBABICAQIDCAEBSLDCFEBIPDCEECAHDJBLDABDDADLHCFEGECABILHEACDBCHABBHABKAJIBAIABBDLHAJLEDGAHAADACIAHNEBKCIQABAIIIQJOOCJCHjBGNAAJCVAGGHCWFDGAsBpBaMACMEEzBZCkBAKNbJZJLayBekDKlBaBLlB8B6DBRlBQ4CZSbIAMFaJEVQDiBoCEPSnBgBoBiEwBvCWqDCFrBNAA1BcHcfDxBWjCwBD7BFBAAAAAAB8BLSU6FQZfK"], ["RSCPL", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAABAAAAAAAAAAAABAAAAAAABAABAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAADAAAAAAABAAAAAAAAABCAAACAAAAAAAADAABCAAAAAABACABABAABAAAAABAAABAAAAABACAAAACABAAAAAAAAAAAAAAAAABABABCAAAAAAAAAAAAAAABDABABDBACBACCEBAAAACBAACBCAABAABAAABACABCABBFAABAAAABAABAAABABGBFAAAACEABGDAAABAABCBBBCABABBACABBABBCBABCAAACBEDBCCEABABBABABBHAADAAAAADBACABBHAHAHAAAECEAAAGABADHCBCBAAEBCACEBAACAIABIBIICACDIACDDCABFAJADAGEBCAFBABDAAFCBHABHDFBBEBAAFCFAANBFTFCBFDJAABLBKDBJFDCDLBBABHABAACDCGCNJCGVCBBEBKBDADCACgBPAdCBCIAGAKDAFVADRMALBWBLINFDACGAAICHHFBOCGDGgCCOKBCJDdkBxBhB6BVwB8MzEA5BmDgCyB5B9HejBBmC3BNE9DOFoDtBuDnB1HrFHBjC7BvFAEAFctDBVpC"], ["SISSL", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAABACABAABAABAAAAAAABAAABAAAABABAAAAAAAAAAABABAAABAAAAABAAABACAEAAABADAAABAABAAAAAAAACBDCAAABAAACAAABCABABBACABABBBBAAABAAACABAAEABBBABAABAAAAAAAAABAAEAEACAABAAAABCDACGAACBAABCEBAAAAEAAECAABAADAAAACABCABBGDAAABADBBCIFAAAAIBFAACAACAABBCBBDBABBACAEDCBABCAAACGACBCCDBBABCGEDAEAAAADCCADEDDDACEAAAADBAFAFCBADHCBCBBEBCACEBFJBONGDGABCDGJOHEELEAFCBCEABHDGABGAAIHHFAGTFETAAMABKBBBPGDAMEMQCXWIEXBAHoBICAONHJGAReRMZhBNXehBGqBMlBLkBkBuE3DF9HiPkE9I2D-DKnBOpJgBrPqChFAyBlCf"], ["SPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAABABAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAAAAAAAABABAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAABAAAAAAAABAAAAAAAAABAACACAAAAAAAACAAABCAAAABAAACABAAAAABAAAAABAAABAABABABAAAAACABAAAAAABBBAAAAAEABCAAAAAAAAAAAAAAABCAABAEBAACAAAABABEAAAAAAEAACBCAABAABBAAAACABCABIABAAAABAABAAABBAAFBDBAAAACEABFADAACAABAAABBBFABBACABBAACCBABCAAACGBBBCCDDABBABABBECAADAAAAADBACABBECAHAECBAECEAAAHBADECCBCBAAEBCACEAAAACAJBITCACDIACDDABAHAJADAGEBCAHCDAAFCBHABHDFAABEBAAFABFAANBFSAFCBFDHBAADEEBJADBJFGCAAKBBABBFABAAGCGCBIABJCGMIEBPBDBADDClBKAAAbCBCIAGAOCDVACARMADJKLBFFIOAACEJAAICHHHNDGDGqBVNDKBCJLVkBeShB6BKKhDFQtCnEW0GtI74B"], ["SSPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBBCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAADAAAAADAAAABBABABAABAAAAABAAABCBBAAAAAACABABAADAAAACBADAAAABBBBAAACAADBAAABAABCCAABAAAAAAABAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAACABDABCBAAAAAAACAAADAAAAAAEBDDABBACACCAABAAABGAABBAAAAAAAAAAACAACAAACBACDCAEAFAAADDABCHAAJFAGAAACBAFDACEADAEDDGDBCDFACCADCAEACABCBBBAFBBCAEABDAAEBABBAABCAFBDEABCBDCCBBGBIBGCAAAABDADACBEBBECAABAAAAABAABDBCFAACBDCEEADBBCAABAAAABIEEADBAEBAABBBGDNBADAEIAAHACDDEAABCEAEAABDCCBCEFAAADABBACCCBBBBABACADAABBAACDBABDCBBDBCFBBCADFADABDAAAEAAABBCCGBAFDCADUFGAEEaFDDEHDCAKDABBFHBCAAEEBFCAGEMCCNGCEAIDKFAFEBLJEAAABBCDIBKFCEAAANDCFBGADCAAIABAABCBFBBGAFCBGFCNLCEBBACEABJEGABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGDACBCBABEBCA1I_ZTzCoBPlGiB7CHjO_F"], ["SimPL-2.0", "AAAAAAAAAAABAAAAAAAAAAAAAACBACADACACABBAADBAAABFACBFBFADAABACCBAABAACIGAELAAFCFGHKSBGBLCUBEFZFILDDYTDAADQBLVHRadRlBlBUjBGgBSaBRGfBTgBMlBEMHFdjCDhCCXLCFiCNODKgBQ5CoClBjDyBvBaU7IwIxBtKqL3ChGxC6B0BhPkEc6C6BTnGEkI"], ["Sleepycat", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAACBBAAABBABCCCCDCGEADGBCAABAACBBBABAAFGLCCGFMMfDACBURGCMDJAAPIHAEEWcKZGJKHJCXZFOEmBA3BDP8BIMjEpB8DUoBxD_ExH0K1QOxH6QxNqI-NlD"], ["UCL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAACAABAABAACAAAAAAAAAABBABABACAAABBAAACBABAAAAAAAAAAAAABBAAAABAAADAACAACABCAADDAEAABDABBCDCBEHCABBBAEBACABECAAADDBAABABAAAACBCACABAAABFBEAFAAFCDCBCABJCSABAACACBCADACBAACBACCDAHJBABMHDHBAAMBEBABFAFDBBCBIACHDCHAAEABDFAEAIFAAAEBCEGCABNjBBAAAEEBALXEQZbLZMDHCSBAAB4BYhBfAJBCCQCAHEBKdJUEJBFPMINMoBOTLKFQBQDBDZWICVnBgBXQDLwCWqD1BedlFEOPzBGtB7C1DT81B_NAoB"], ["UPL-1.0", "AAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAABBAAAACAABAABABAACBAABABBADAAEBEADABGFPHLAFGCDJABFDDABKGJEEBEGBLcdVqB6BGHSZEPJMCfTGoBONvCBWsDFxBSlChELvFtHsd5XvctR"], ["Unicode-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAABAAABAABEAAAABAAAAAABBAABHCABECCFAAAEIBEACBMCDGNBBARDCKFCALHIBDJFMJpBUIWjBrBLKkBJoBHPnD5BwF5CJjCgB3CkDRJoCsCsXkkB"], ["Unicode-DFS-2016", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAABAABDAAAAABAAAAAABBAABHCABBCCABFAAAEDEAAEACBMCDGNBBAJHDCIBFCALHIBDJFMJXRUIWjBrBLKkBJoBHPpCd5BX4E2BiBJjCgB3CkDRJoCkBnBoJ-DkKzRmQpCgHmBLlE0H5N9FvB"], ["Unlicense", "AAAAAAAAAAAAAAAAAAAAAAAAABAABCABCBBBCAABAAABBAACCAEEHCBBCDBGJHPHdBLBBjBZMWDT4BwBBKFxBtBL3BhD5CTI4BRN9DD9C4HuGnBoLrDpLhGJmG0HrDvDnsBK"], ["VSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAABAABBAEBBAAADABBDCCACHBAECBFEACAACDBDACJCICCGfGBIRDBiBDGRMADAKICEAEISC0BJbECDFLOfOEmBA7BP8BBLITN6D-oBnJuEhD7TprB"], ["W3C", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAABAAABACBAAABAAAAAADBBCCBAAADAABCABBBACAGBADBADACBCBADDLOEHBOMBEACABWhBDBFIBBHBBBCHPGBFHIHBEQFLXqBGFB3BKBQjBeEKZuBKHiB5CsB4CuEoCgCpFzBDuB0BabS3BMT0EMmHasXb4CUoBgKO_BevMxCEjHhFfQtIyB"], ["W3C-20150513", "AAAAAAAAAAAAAAAAAAAAAAAAAAAABAABBAAABAAABDBAAABAAAABDBBCCBCDDDBBBACAGBGADACGIfHBOMGE6BEALCBBHDBCHFJIWHBVFjBfRmBYKB0BeEKZuBKhB6FtB4IpFzBnD9BLkCToM9HpQyF0O-Q"], ["WTFPL", "AAAABABAZCGBGHDFGBCSBNDKKkGiDtEYjBhDwBsEcb9Fra8M5wB"], ["Watcom-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAABAAAABAABAAAAAAAAABAABAAABAAAAAAAAAAAABAAAAAAAAABAAAAAAAABAFAAAAABAAAAAAAAAABBAABAAAAAAABABAAAAAAAAAAAAABABDBADAAAABAACAAAAAACAAAACADAABADBAABAAAAAABABBAABAAABCDAAAAABBEBCAABACBBAAABAAAAABAAABAABADAAAAAABAACCAAABAAAABBAAAAAABAACAAAAACAAAHBBAACCBADACBBABBBBADBBABAACBAACBABDBCDCAECCDBBABCBEFCABCABAEBACABCIFDCABCAFCCAFBABHEJBABBIFAADAEBCJILFADGAEACAEACFADAGABBCMFEAACAAABFEDACAKFDEACLBBLDIEDJBFHAADCEAAIBBHFAECLDHCDUFGCABBBEKCGCHGEGEEFGJAGEECBIDQIDCAEBSPCMIPDCFDDHDXDABHAPHNGHCIcDMABJABKACGKAJBBDLHAJQDHBFAADACJHSBKCdIIIQEEOOCJCgCAKCVANHCWFDHsBpBaMAFTKoBiC0BJZHWRHlHnPnIcjBiF3DxEVlEhRpFO"], ["WordNet", "AAAAAAAAAAAAAAAAAAAAAABACBADAAAABAACAABDABABABDDCABBCACJECAGIAJQVAAEnBEAACE1BFNMFNVDSJ4CY2BIK1CpBuBKpDgFtEqElCcmC-J0E2BwelnBvFtN"], ["X11", "AAAAAAAAAAAAAAAAAAAABAACAABCABAAABAABCBBAABABAACCABADCCABECCFAAFKEAElBCKLDCKGOQBNFMJnC4CN7BJwBPhFXrDWV5CJjCvHJyGsvB"], ["Xnet", "AAAAAAAAAAAAAAAAAAAABAAABAABCAAAAAABAABCBBAABABAACCABADCCABECCGGVPYKLBBCROQBNFW-CnBZN7BJjBMCMCf-DXrDsBjDvBToFwCsFvH"], ["ZPL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAACAAAABAABAABBAAABBAHCAAADDAEFKBABACAACBBBDABCHLFGOHIKGNDAABBsBACQLPEDAGACBFKKCNDcPLPECFDJIHOQOEIdAKwBP5BCItC5CE6CtMyEPxHghBJmBuHnI"], ["ZPL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAACACAAAABACAABBAAABBICBADDAKKBABACAACBBBDABCHLFGOHIKGRAABBmBmBGIIAGACBFKAJCNgBPbECFDJQfOEIdAKwBP8BItC5CpI4T8MjUJmBuH"], ["Zlib", "AAAAAAAAAAAAAAAAAACBCAADBDCAAAACCCCDBBCCAANUNJRfNpCNRKpBAkDzBlDgD0CDpC3KBxL7BVskB7FyH"], ["etalab-2.0", "YEFCmBBGDCLAMESOAViBHBeTFdwBA6CLiBPrBTNGAKtBkGvBF6COzCiBoCmBgB5CGKBZqBPOkD3BpDMMSALzHkDyBLPQMsBLCCEAAAAGCABCEAIAALCBAAAAEEBBCACDBAFIGAGAABCBGCAABBAAAABDDAAAGBAAAADBAABDAJBAACADEBBJSC0BhCjDgD3FoD_CsGBbKMAvBHKCCjBCEAFCCGVABDAOOAAAEJBLfCQDJMDuBABADAGAILDACABABFHADBMBBHAAGGCAAAxBECALDBDBRfDMRCACBOXACEAAHAeLAJDBHDPIAJDKDVAJEBADBAAEAAAJCYFLANFYXEVAAAAHdKTBFBABQCOCPReAAHAGJDDAHAV"], ["libpng-2.0", "AAAAAAAAAAAAAAABAAAAAAABAAABABACBAAAAAABABBAABACBBCBAAFADACCFGEBUARXJLnBCeNIIKGiBlBJ3BuBCzFS4C5HnFzL7BVskB7FyH"]], names: { "0BSD": "BSD Zero Clause License", "3D-Slicer-1.0": "3D Slicer License v1.0", AAL: "Attribution Assurance License", ADSL: "Amazon Digital Services License", "AFL-1.1": "Academic Free License v1.1", "AFL-1.2": "Academic Free License v1.2", "AFL-2.0": "Academic Free License v2.0", "AFL-2.1": "Academic Free License v2.1", "AFL-3.0": "Academic Free License v3.0", "AGPL-1.0": "Affero General Public License v1.0", "AGPL-1.0-only": "Affero General Public License v1.0 only", "AGPL-1.0-or-later": "Affero General Public License v1.0 or later", "AGPL-3.0": "GNU Affero General Public License v3.0", "AGPL-3.0-only": "GNU Affero General Public License v3.0 only", "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later", "ALGLIB-Documentation": "ALGLIB Documentation License", "AMD-newlib": "AMD newlib License", AMDPLPA: "AMD's plpa_map.c License", AML: "Apple MIT License", "AML-glslang": "AML glslang variant License", AMPAS: "Academy of Motion Picture Arts and Sciences BSD", "ANTLR-PD": "ANTLR Software Rights Notice", "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback", APAFML: "Adobe Postscript AFM License", "APL-1.0": "Adaptive Public License 1.0", "APSL-1.0": "Apple Public Source License 1.0", "APSL-1.1": "Apple Public Source License 1.1", "APSL-1.2": "Apple Public Source License 1.2", "APSL-2.0": "Apple Public Source License 2.0", "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0", "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1", Abstyles: "Abstyles License", "AdaCore-doc": "AdaCore Doc License", "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement", "Adobe-Display-PostScript": "Adobe Display PostScript License", "Adobe-Glyph": "Adobe Glyph List License", "Adobe-Utopia": "Adobe Utopia Font License", "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License", Afmparse: "Afmparse License", Aladdin: "Aladdin Free Public License", "Apache-1.0": "Apache License 1.0", "Apache-1.1": "Apache License 1.1", "Apache-2.0": "Apache License 2.0", "App-s2p": "App::s2p License", "Arphic-1999": "Arphic Public License", "Artistic-1.0": "Artistic License 1.0", "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)", "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8", "Artistic-2.0": "Artistic License 2.0", "Artistic-dist": "Artistic License 1.0 (dist)", "Aspell-RU": "Aspell Russian License", "BOLA-1.1": "Buena Onda License Agreement v1.1", "BSD-1-Clause": "BSD 1-Clause License", "BSD-2-Clause": 'BSD 2-Clause "Simplified" License', "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant", "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License", "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License", "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License", "BSD-2-Clause-Views": "BSD 2-Clause with views sentence", "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement", "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant", "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License', "BSD-3-Clause-Attribution": "BSD with attribution", "BSD-3-Clause-Clear": "BSD 3-Clause Clear License", "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license", "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license", "BSD-3-Clause-Modification": "BSD 3-Clause Modification", "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License", "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License", "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014", "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty", "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant", "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems", "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant", "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant", "BSD-3-Clause-flex": "BSD 3-Clause Flex variant", "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License', "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened", "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)", "BSD-4.3RENO": "BSD 4.3 RENO License", "BSD-4.3TAHOE": "BSD 4.3 TAHOE License", "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License", "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer", "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk", "BSD-Mark-Modifications": "BSD Mark Modifications License", "BSD-Protection": "BSD Protection License", "BSD-Source-Code": "BSD Source Code Attribution", "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant", "BSD-Systemics": "Systemics BSD variant license", "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license", "BSL-1.0": "Boost Software License 1.0", "BUSL-1.1": "Business Source License 1.1", Baekmuk: "Baekmuk License", Bahyph: "Bahyph License", Barr: "Barr License", Beerware: "Beerware License", "BitTorrent-1.0": "BitTorrent Open Source License v1.0", "BitTorrent-1.1": "BitTorrent Open Source License v1.1", "Bitstream-Charter": "Bitstream Charter Font License", "Bitstream-Vera": "Bitstream Vera Font License", "BlueOak-1.0.0": "Blue Oak Model License 1.0.0", "Boehm-GC": "Boehm-Demers-Weiser GC License", "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)", Borceux: "Borceux license", "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License", "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License", Buddy: "Buddy License", "C-UDA-1.0": "Computational Use of Data Agreement v1.0", "CAL-1.0": "Cryptographic Autonomy License 1.0", "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)", "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License", "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1", "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic", "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic", "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic", "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia", "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported", "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria", "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia", "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany", "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO", "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands", "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States", "CC-BY-4.0": "Creative Commons Attribution 4.0 International", "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic", "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic", "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic", "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported", "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany", "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International", "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic", "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic", "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic", "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported", "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany", "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO", "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International", "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic", "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic", "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany", "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France", "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales", "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic", "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported", "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany", "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO", "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International", "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic", "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic", "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic", "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported", "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany", "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International", "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic", "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic", "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales", "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan", "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic", "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported", "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria", "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany", "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO", "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International", "CC-PDDC": "Creative Commons Public Domain Dedication and Certification", "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal", "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic", "CC0-1.0": "Creative Commons Zero v1.0 Universal", "CDDL-1.0": "Common Development and Distribution License 1.0", "CDDL-1.1": "Common Development and Distribution License 1.1", "CDL-1.0": "Common Documentation License 1.0", "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0", "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0", "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0", "CECILL-1.0": "CeCILL Free Software License Agreement v1.0", "CECILL-1.1": "CeCILL Free Software License Agreement v1.1", "CECILL-2.0": "CeCILL Free Software License Agreement v2.0", "CECILL-2.1": "CeCILL Free Software License Agreement v2.1", "CECILL-B": "CeCILL-B Free Software License Agreement", "CECILL-C": "CeCILL-C Free Software License Agreement", "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1", "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2", "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive", "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal", "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal", CFITSIO: "CFITSIO License", "CMU-Mach": "CMU Mach License", "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant", "CNRI-Jython": "CNRI Jython License", "CNRI-Python": "CNRI Python License", "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement", "COIL-1.0": "Copyfree Open Innovation License", "CPAL-1.0": "Common Public Attribution License 1.0", "CPL-1.0": "Common Public License 1.0", "CPOL-1.02": "Code Project Open License 1.02", "CUA-OPL-1.0": "CUA Office Public License v1.0", Caldera: "Caldera License", "Caldera-no-preamble": "Caldera License (without preamble)", Catharon: "Catharon License", ClArtistic: "Clarified Artistic License", Clips: "Clips License", "Community-Spec-1.0": "Community Specification License 1.0", "Condor-1.1": "Condor Public License v1.1", "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License", Cronyx: "Cronyx License", Crossword: "Crossword License", CryptoSwift: "CryptoSwift License", CrystalStacker: "CrystalStacker License", Cube: "Cube License", "D-FSL-1.0": "Deutsche Freie Software Lizenz", "DEC-3-Clause": "DEC 3-Clause License", "DL-DE-BY-2.0": "Data licence Germany \u2013 attribution \u2013 version 2.0", "DL-DE-ZERO-2.0": "Data licence Germany \u2013 zero \u2013 version 2.0", DOC: "DOC License", "DRL-1.0": "Detection Rule License 1.0", "DRL-1.1": "Detection Rule License 1.1", DSDP: "DSDP License", "DocBook-DTD": "DocBook DTD License", "DocBook-Schema": "DocBook Schema License", "DocBook-Stylesheet": "DocBook Stylesheet License", "DocBook-XML": "DocBook XML License", Dotseqn: "Dotseqn License", "ECL-1.0": "Educational Community License v1.0", "ECL-2.0": "Educational Community License v2.0", "EFL-1.0": "Eiffel Forum License v1.0", "EFL-2.0": "Eiffel Forum License v2.0", EPICS: "EPICS Open License", "EPL-1.0": "Eclipse Public License 1.0", "EPL-2.0": "Eclipse Public License 2.0", "ESA-PL-permissive-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)", "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)", "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)", EUDatagrid: "EU DataGrid Software License", "EUPL-1.0": "European Union Public License 1.0", "EUPL-1.1": "European Union Public License 1.1", "EUPL-1.2": "European Union Public License 1.2", "Elastic-2.0": "Elastic License 2.0", Entessa: "Entessa Public License v1.0", "ErlPL-1.1": "Erlang Public License v1.1", Eurosym: "Eurosym License", FBM: "Fuzzy Bitmap License", "FDK-AAC": "Fraunhofer FDK AAC Codec Library", FSFAP: "FSF All Permissive License", "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)", FSFUL: "FSF Unlimited License", FSFULLR: "FSF Unlimited License (with License Retention)", FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)", FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)", "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License", "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License", FTL: "Freetype Project License", Fair: "Fair License", "Ferguson-Twofish": "Ferguson Twofish License", "Frameworx-1.0": "Frameworx Open License 1.0", "FreeBSD-DOC": "FreeBSD Documentation License", FreeImage: "FreeImage Public License v1.0", Furuseth: "Furuseth License", "GCR-docs": "Gnome GCR Documentation License", GD: "GD License", "GFDL-1.1": "GNU Free Documentation License v1.1", "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants", "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants", "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants", "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants", "GFDL-1.1-only": "GNU Free Documentation License v1.1 only", "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later", "GFDL-1.2": "GNU Free Documentation License v1.2", "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants", "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants", "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants", "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants", "GFDL-1.2-only": "GNU Free Documentation License v1.2 only", "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later", "GFDL-1.3": "GNU Free Documentation License v1.3", "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants", "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants", "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants", "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants", "GFDL-1.3-only": "GNU Free Documentation License v1.3 only", "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later", GL2PS: "GL2PS License", GLWTPL: "Good Luck With That Public License", "GPL-1.0": "GNU General Public License v1.0 only", "GPL-1.0+": "GNU General Public License v1.0 or later", "GPL-1.0-only": "GNU General Public License v1.0 only", "GPL-1.0-or-later": "GNU General Public License v1.0 or later", "GPL-2.0": "GNU General Public License v2.0 only", "GPL-2.0+": "GNU General Public License v2.0 or later", "GPL-2.0-only": "GNU General Public License v2.0 only", "GPL-2.0-or-later": "GNU General Public License v2.0 or later", "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception", "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception", "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception", "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception", "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception", "GPL-3.0": "GNU General Public License v3.0 only", "GPL-3.0+": "GNU General Public License v3.0 or later", "GPL-3.0-only": "GNU General Public License v3.0 only", "GPL-3.0-or-later": "GNU General Public License v3.0 or later", "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception", "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception", "Game-Programming-Gems": "Game Programming Gems License", Giftware: "Giftware License", Glide: "3dfx Glide License", Glulxe: "Glulxe License", "Graphics-Gems": "Graphics Gems License", Gutmann: "Gutmann License", HDF5: "HDF5 License", HIDAPI: "HIDAPI License", "HP-1986": "Hewlett-Packard 1986 License", "HP-1989": "Hewlett-Packard 1989 License", HPND: "Historical Permission Notice and Disclaimer", "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant", "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant", "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant", "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant", "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant", "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer", "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant", "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant", "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant", "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant", "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant", "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning", "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant", "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant", "HPND-export-US": "HPND with US Government export control warning", "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment", "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt", "HPND-export2-US": "HPND with US Government export control and 2 disclaimers", "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant", "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer", "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant", "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant", "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer", "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse", "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause", HTMLTIDY: "HTML Tidy License", HaskellReport: "Haskell Language Report License", "Hippocratic-2.1": "Hippocratic License 2.1", "IBM-pibs": "IBM PowerPC Initialization and Boot Software", ICU: "ICU License", "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement", IJG: "Independent JPEG Group License", "IJG-short": "Independent JPEG Group License - short", IPA: "IPA Font License", "IPL-1.0": "IBM Public License v1.0", ISC: "ISC License", "ISC-Veillard": "ISC Veillard variant", "ISO-permission": "ISO permission notice", ImageMagick: "ImageMagick License", Imlib2: "Imlib2 License", "Info-ZIP": "Info-ZIP License", "Inner-Net-2.0": "Inner Net License v2.0", InnoSetup: "Inno Setup License", Intel: "Intel Open Source License", "Intel-ACPI": "Intel ACPI Software License Agreement", "Interbase-1.0": "Interbase Public License v1.0", "JPL-image": "JPL Image Use Policy", JPNIC: "Japan Network Information Center License", JSON: "JSON License", Jam: "Jam License", "JasPer-2.0": "JasPer License", Kastrup: "Kastrup License", Kazlib: "Kazlib License", "Knuth-CTAN": "Knuth CTAN License", "LAL-1.2": "Licence Art Libre 1.2", "LAL-1.3": "Licence Art Libre 1.3", "LGPL-2.0": "GNU Library General Public License v2 only", "LGPL-2.0+": "GNU Library General Public License v2 or later", "LGPL-2.0-only": "GNU Library General Public License v2 only", "LGPL-2.0-or-later": "GNU Library General Public License v2 or later", "LGPL-2.1": "GNU Lesser General Public License v2.1 only", "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later", "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only", "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later", "LGPL-3.0": "GNU Lesser General Public License v3.0 only", "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later", "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only", "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later", LGPLLR: "Lesser General Public License For Linguistic Resources", LOOP: "Common Lisp LOOP License", "LPD-document": "LPD Documentation License", "LPL-1.0": "Lucent Public License Version 1.0", "LPL-1.02": "Lucent Public License v1.02", "LPPL-1.0": "LaTeX Project Public License v1.0", "LPPL-1.1": "LaTeX Project Public License v1.1", "LPPL-1.2": "LaTeX Project Public License v1.2", "LPPL-1.3a": "LaTeX Project Public License v1.3a", "LPPL-1.3c": "LaTeX Project Public License v1.3c", "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)", "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)", Latex2e: "Latex2e License", "Latex2e-translated-notice": "Latex2e with translated notice permission", Leptonica: "Leptonica License", "LiLiQ-P-1.1": "Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1", "LiLiQ-R-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1", "LiLiQ-Rplus-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1", Libpng: "libpng License", "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license", "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph", "Linux-man-pages-copyleft": "Linux man-pages Copyleft", "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs", "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant", "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License", MIPS: "MIPS License", MIT: "MIT License", "MIT-0": "MIT No Attribution", "MIT-CMU": "CMU License", "MIT-Click": "MIT Click License", "MIT-Festival": "MIT Festival Variant", "MIT-Khronos-old": "MIT Khronos - old variant", "MIT-Modern-Variant": "MIT License Modern Variant", "MIT-STK": "MIT-STK License", "MIT-Wu": "MIT Tom Wu Variant", "MIT-advertising": "Enlightenment License (e16)", "MIT-enna": "enna License", "MIT-feh": "feh License", "MIT-open-group": "MIT Open Group variant", "MIT-testregex": "MIT testregex Variant", MITNFA: "MIT +no-false-attribs license", MMIXware: "MMIXware License", "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1", "MPEG-SSG": "MPEG Software Simulation", "MPL-1.0": "Mozilla Public License 1.0", "MPL-1.1": "Mozilla Public License 1.1", "MPL-2.0": "Mozilla Public License 2.0", "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)", "MS-LPL": "Microsoft Limited Public License", "MS-PL": "Microsoft Public License", "MS-RL": "Microsoft Reciprocal License", MTLL: "Matrix Template Library License", "Mackerras-3-Clause": "Mackerras 3-Clause License", "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant", MakeIndex: "MakeIndex License", "Martin-Birgmeier": "Martin Birgmeier License", "McPhee-slideshow": "McPhee Slideshow License", Minpack: "Minpack License", MirOS: "The MirOS Licence", Motosoto: "Motosoto License", "MulanPSL-1.0": "Mulan Permissive Software License, Version 1", "MulanPSL-2.0": "Mulan Permissive Software License, Version 2", Multics: "Multics License", Mup: "Mup License", "NAIST-2003": "Nara Institute of Science and Technology License (2003)", "NASA-1.3": "NASA Open Source Agreement 1.3", "NBPL-1.0": "Net Boolean Public License v1", "NCBI-PD": "NCBI Public Domain Notice", "NCGL-UK-2.0": "Non-Commercial Government Licence", NCL: "NCL Source Code License", NCSA: "University of Illinois/NCSA Open Source License", NGPL: "Nethack General Public License", "NICTA-1.0": "NICTA Public Software License, Version 1.0", "NIST-PD": "NIST Public Domain Notice", "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant", "NIST-PD-fallback": "NIST Public Domain Notice with license fallback", "NIST-Software": "NIST Software License", "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0", "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0", NLPL: "No Limit Public License", NOSL: "Netizen Open Source License", "NPL-1.0": "Netscape Public License v1.0", "NPL-1.1": "Netscape Public License v1.1", "NPOSL-3.0": "Non-Profit Open Software License 3.0", NRL: "NRL License", "NTIA-PD": "NTIA Public Domain Notice", NTP: "NTP License", "NTP-0": "NTP No Attribution", Naumen: "Naumen Public License", "Net-SNMP": "Net-SNMP License", NetCDF: "NetCDF license", Newsletr: "Newsletr License", Nokia: "Nokia Open Source License", Noweb: "Noweb License", Nunit: "Nunit License", "O-UDA-1.0": "Open Use of Data Agreement v1.0", OAR: "OAR License", "OCCT-PL": "Open CASCADE Technology Public License", "OCLC-2.0": "OCLC Research Public License 2.0", "ODC-By-1.0": "Open Data Commons Attribution License v1.0", "ODbL-1.0": "Open Data Commons Open Database License v1.0", OFFIS: "OFFIS License", "OFL-1.0": "SIL Open Font License 1.0", "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name", "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name", "OFL-1.1": "SIL Open Font License 1.1", "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name", "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name", "OGC-1.0": "OGC Software License, Version 1.0", "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0", "OGL-Canada-2.0": "Open Government Licence - Canada", "OGL-UK-1.0": "Open Government Licence v1.0", "OGL-UK-2.0": "Open Government Licence v2.0", "OGL-UK-3.0": "Open Government Licence v3.0", OGTSL: "Open Group Test Suite License", "OLDAP-1.1": "Open LDAP Public License v1.1", "OLDAP-1.2": "Open LDAP Public License v1.2", "OLDAP-1.3": "Open LDAP Public License v1.3", "OLDAP-1.4": "Open LDAP Public License v1.4", "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)", "OLDAP-2.0.1": "Open LDAP Public License v2.0.1", "OLDAP-2.1": "Open LDAP Public License v2.1", "OLDAP-2.2": "Open LDAP Public License v2.2", "OLDAP-2.2.1": "Open LDAP Public License v2.2.1", "OLDAP-2.2.2": "Open LDAP Public License 2.2.2", "OLDAP-2.3": "Open LDAP Public License v2.3", "OLDAP-2.4": "Open LDAP Public License v2.4", "OLDAP-2.5": "Open LDAP Public License v2.5", "OLDAP-2.6": "Open LDAP Public License v2.6", "OLDAP-2.7": "Open LDAP Public License v2.7", "OLDAP-2.8": "Open LDAP Public License v2.8", "OLFL-1.3": "Open Logistics Foundation License Version 1.3", OML: "Open Market License", "OPL-1.0": "Open Public License v1.0", "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0", "OPUBL-1.0": "Open Publication License v1.0", "OSC-1.0": "OSC License 1.0", "OSET-PL-2.1": "OSET Public License version 2.1", "OSL-1.0": "Open Software License 1.0", "OSL-1.1": "Open Software License 1.1", "OSL-2.0": "Open Software License 2.0", "OSL-2.1": "Open Software License 2.1", "OSL-3.0": "Open Software License 3.0", OSSP: "OSSP License", "OpenMDW-1.0": "OpenMDW License Agreement v1.0", "OpenPBS-2.3": "OpenPBS v2.3 Software License", OpenSSL: "OpenSSL License", "OpenSSL-standalone": "OpenSSL License - standalone", OpenVision: "OpenVision License", PADL: "PADL License", "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0", "PHP-3.0": "PHP License v3.0", "PHP-3.01": "PHP License v3.01", PPL: "Peer Production License", "PSF-2.0": "Python Software Foundation License 2.0", "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3", "Parity-6.0.0": "The Parity Public License 6.0.0", "Parity-7.0.0": "The Parity Public License 7.0.0", Pixar: "Pixar License", Plexus: "Plexus Classworlds License", "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0", "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0", PostgreSQL: "PostgreSQL License", "Python-2.0": "Python License 2.0", "Python-2.0.1": "Python License 2.0.1", "QPL-1.0": "Q Public License 1.0", "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant", Qhull: "Qhull License", "RHeCos-1.1": "Red Hat eCos Public License v1.1", "RPL-1.1": "Reciprocal Public License 1.1", "RPL-1.5": "Reciprocal Public License 1.5", "RPSL-1.0": "RealNetworks Public Source License v1.0", "RSA-MD": "RSA Message-Digest License", RSCPL: "Ricoh Source Code Public License", Rdisc: "Rdisc License", Ruby: "Ruby License", "Ruby-pty": "Ruby pty extension license", "SAX-PD": "Sax Public Domain Notice", "SAX-PD-2.0": "Sax Public Domain Notice 2.0", SCEA: "SCEA Shared Source License", "SGI-B-1.0": "SGI Free Software License B v1.0", "SGI-B-1.1": "SGI Free Software License B v1.1", "SGI-B-2.0": "SGI Free Software License B v2.0", "SGI-OpenGL": "SGI OpenGL License", "SGMLUG-PM": "SGMLUG Parser Materials License", SGP4: "SGP4 Permission Notice", "SHL-0.5": "Solderpad Hardware License v0.5", "SHL-0.51": "Solderpad Hardware License, Version 0.51", SISSL: "Sun Industry Standards Source License v1.1", "SISSL-1.2": "Sun Industry Standards Source License v1.2", SL: "SL License", "SMAIL-GPL": "SMAIL General Public License", SMLNJ: "Standard ML of New Jersey License", SMPPL: "Secure Messaging Protocol Public License", SNIA: "SNIA Public License 1.1", SOFA: "SOFA Software License", "SPL-1.0": "Sun Public License v1.0", "SSH-OpenSSH": "SSH OpenSSH license", "SSH-short": "SSH short notice", "SSLeay-standalone": "SSLeay License - standalone", "SSPL-1.0": "Server Side Public License, v 1", "SUL-1.0": "Sustainable Use License v1.0", SWL: "Scheme Widget Library (SWL) Software License Agreement", Saxpath: "Saxpath License", SchemeReport: "Scheme Language Report License", Sendmail: "Sendmail License", "Sendmail-8.23": "Sendmail License 8.23", "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1", "SimPL-2.0": "Simple Public License 2.0", Sleepycat: "Sleepycat License", Soundex: "Soundex License", "Spencer-86": "Spencer License 86", "Spencer-94": "Spencer License 94", "Spencer-99": "Spencer License 99", "StandardML-NJ": "Standard ML of New Jersey License", "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3", "Sun-PPP": "Sun PPP License", "Sun-PPP-2000": "Sun PPP License (2000)", SunPro: "SunPro License", Symlinks: "Symlinks License", "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0", TCL: "TCL/TK License", "TCP-wrappers": "TCP Wrappers License", "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0", TMate: "TMate Open Source License", "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1", TOSL: "Trusster Open Source License", TPDL: "Time::ParseDate License", "TPL-1.0": "THOR Public License 1.0", TTWL: "Text-Tabs+Wrap License", TTYP0: "TTYP0 License", "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0", "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0", TekHVC: "TekHVC License", TermReadKey: "TermReadKey License", ThirdEye: "ThirdEye License", TrustedQSL: "TrustedQSL License", UCAR: "UCAR License", "UCL-1.0": "Upstream Compatibility License v1.0", "UMich-Merit": "Michigan/Merit Networks License", "UPL-1.0": "Universal Permissive License v1.0", "URT-RLE": "Utah Raster Toolkit Run Length Encoded License", "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0", UnRAR: "UnRAR License", "Unicode-3.0": "Unicode License v3", "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)", "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)", "Unicode-TOU": "Unicode Terms of Use", UnixCrypt: "UnixCrypt License", Unlicense: "The Unlicense", "Unlicense-libtelnet": "Unlicense - libtelnet variant", "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant", VOSTROM: "VOSTROM Public License for Open Source", "VSL-1.0": "Vovida Software License v1.0", Vim: "Vim License", "Vixie-Cron": "Vixie Cron License", W3C: "W3C Software Notice and License (2002-12-31)", "W3C-19980720": "W3C Software Notice and License (1998-07-20)", "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)", WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License", WTFPL: "Do What The F*ck You Want To Public License", "Watcom-1.0": "Sybase Open Watcom Public License 1.0", "Widget-Workshop": "Widget Workshop License", WordNet: "WordNet License", Wsuipa: "Wsuipa License", X11: "X11 License", "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant", "X11-no-permit-persons": "X11 no permit persons clause", "X11-swapped": "X11 swapped final paragraphs", "XFree86-1.1": "XFree86 License 1.1", XSkat: "XSkat License", "Xdebug-1.03": "Xdebug License v 1.03", Xerox: "Xerox License", Xfig: "Xfig License", Xnet: "X.Net License", "YPL-1.0": "Yahoo! Public License v1.0", "YPL-1.1": "Yahoo! Public License v1.1", "ZPL-1.1": "Zope Public License 1.1", "ZPL-2.0": "Zope Public License 2.0", "ZPL-2.1": "Zope Public License 2.1", Zed: "Zed License", Zeeff: "Zeeff License", "Zend-2.0": "Zend License v2.0", "Zimbra-1.3": "Zimbra Public License v1.3", "Zimbra-1.4": "Zimbra Public License v1.4", Zlib: "zlib License", "any-OSI": "Any OSI License", "any-OSI-perl-modules": "Any OSI License - Perl Modules", "bcrypt-Solar-Designer": "bcrypt Solar Designer License", blessing: "SQLite Blessing", "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5", "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6", "check-cvs": "check-cvs License", checkmk: "Checkmk License", "copyleft-next-0.3.0": "copyleft-next 0.3.0", "copyleft-next-0.3.1": "copyleft-next 0.3.1", curl: "curl License", "cve-tou": "Common Vulnerability Enumeration ToU License", diffmark: "diffmark license", dtoa: "David M. Gay dtoa License", dvipdfm: "dvipdfm License", "eCos-2.0": "eCos license version 2.0", eGenix: "eGenix.com Public License 1.1.0", "etalab-2.0": "Etalab Open License 2.0", fwlw: "fwlw License", "gSOAP-1.3b": "gSOAP Public License v1.3b", "generic-xts": "Generic XTS License", gnuplot: "gnuplot License", gtkbook: "gtkbook License", hdparm: "hdparm License", "hyphen-bulgarian": "hyphen-bulgarian License", iMatix: "iMatix Standard Function Library Agreement", jove: "Jove License", "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)", "libpng-2.0": "PNG Reference Library version 2", "libselinux-1.0": "libselinux public domain notice", libtiff: "libtiff License", "libutil-David-Nugent": "libutil David Nugent License", lsof: "lsof License", magaz: "magaz License", mailprio: "mailprio License", man2html: "man2html License", metamail: "metamail License", "mpi-permissive": "mpi Permissive License", mpich2: "mpich2 License", mplus: "mplus Font License", ngrep: "ngrep License", pkgconf: "pkgconf License", pnmstitch: "pnmstitch License", psfrag: "psfrag License", psutils: "psutils License", "python-ldap": "Python ldap License", radvd: "radvd License", snprintf: "snprintf License", softSurfer: "softSurfer License", "ssh-keyscan": "ssh-keyscan License", swrule: "swrule License", threeparttable: "threeparttable License", ulem: "ulem License", w3m: "w3m License", wwl: "WWL License", wxWindows: "wxWindows Library License", xinetd: "xinetd License", "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License", xlock: "xlock License", xpp: "XPP License", xzoom: "xzoom License", "zlib-acknowledgement": "zlib/libpng License with Acknowledgement" }, osi: ["0BSD", "AAL", "AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "ALGLIB-Documentation", "APL-1.0", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0", "Apache-1.1", "Apache-2.0", "Artistic-1.0", "Artistic-1.0-Perl", "Artistic-1.0-cl8", "Artistic-2.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-LBNL", "BSD-3-Clause-Open-MPI", "BSL-1.0", "BlueOak-1.0.0", "CAL-1.0", "CAL-1.0-Combined-Work-Exception", "CATOSL-1.1", "CDDL-1.0", "CECILL-2.1", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CNRI-Python", "CPAL-1.0", "CPL-1.0", "CUA-OPL-1.0", "ECL-1.0", "ECL-2.0", "EFL-1.0", "EFL-2.0", "EPL-1.0", "EPL-2.0", "EUDatagrid", "EUPL-1.1", "EUPL-1.2", "Entessa", "Fair", "Frameworx-1.0", "GPL-2.0", "GPL-2.0+", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0+", "GPL-3.0-only", "GPL-3.0-or-later", "GPL-3.0-with-GCC-exception", "HPND", "ICU", "IPA", "IPL-1.0", "ISC", "Intel", "Jam", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0+", "LGPL-3.0-only", "LGPL-3.0-or-later", "LPL-1.0", "LPL-1.02", "LPPL-1.3c", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "MIT", "MIT-0", "MIT-Modern-Variant", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MirOS", "Motosoto", "MulanPSL-2.0", "Multics", "NASA-1.3", "NCSA", "NGPL", "NPOSL-3.0", "NTP", "Naumen", "Nokia", "OCLC-2.0", "OFL-1.1", "OFL-1.1-RFN", "OFL-1.1-no-RFN", "OGTSL", "OLDAP-2.8", "OLFL-1.3", "OSC-1.0", "OSET-PL-2.1", "OSL-1.0", "OSL-2.0", "OSL-2.1", "OSL-3.0", "PHP-3.0", "PHP-3.01", "PostgreSQL", "Python-2.0", "QPL-1.0", "RPL-1.1", "RPL-1.5", "RPSL-1.0", "RSCPL", "SISSL", "SPL-1.0", "SimPL-2.0", "Sleepycat", "UCL-1.0", "UPL-1.0", "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "VSL-1.0", "W3C", "W3C-20150513", "Watcom-1.0", "WordNet", "Xnet", "ZPL-2.0", "ZPL-2.1", "Zlib", "wxWindows"] };

// src/facts/license/data.ts
var cache = null;
var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));
function decode(s) {
  const out = [];
  let prev = -1;
  let value = 0;
  let scale = 1;
  for (const c of s) {
    const d = DIGIT_VALUE.get(c) ?? 0;
    if (d >= 32) {
      value += (d - 32) * scale;
      scale *= 32;
    } else {
      value += d * scale;
      prev = prev + 1 + value;
      out.push(prev);
      value = 0;
      scale = 1;
    }
  }
  return out;
}
function referenceData() {
  if (cache) return cache;
  const data = license_data_default;
  const words = data.vocab.split(" ");
  const vocab = new Map(words.map((w, i) => [w, i]));
  const lists = words.map(() => []);
  const refs = data.licenses.map(([id, enc], r) => {
    const indices = decode(enc);
    for (const i of indices) lists[i]?.push(r);
    return { id, size: indices.length };
  });
  const names = new Map(Object.entries(data.names));
  const idsLower = new Map([...names.keys()].map((id) => [id.toLowerCase(), id]));
  const decoded = /* @__PURE__ */ new Map();
  const refWords = (ref) => {
    let set = decoded.get(ref);
    if (!set) {
      set = new Set(decode(data.licenses[ref]?.[1] ?? ""));
      decoded.set(ref, set);
    }
    return set;
  };
  cache = {
    refWords,
    vocab,
    refs,
    postings: lists.map((l) => Int32Array.from(l)),
    names,
    idsLower,
    osi: new Set(data.osi),
    spdxListVersion: data.spdxLicenseList
  };
  return cache;
}

// src/validate/spdx.ts
function unknownIds(expression) {
  const ids = referenceData().idsLower;
  const out = [];
  const tokens = expression.split(/[\s()]+/).filter((t) => t !== "");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "AND" || t === "OR") continue;
    if (t === "WITH") {
      i++;
      continue;
    }
    if (/^(?:LicenseRef|DocumentRef)-/i.test(t)) continue;
    const id = t.endsWith("+") ? t.slice(0, -1) : t;
    if (!ids.has(id.toLowerCase())) out.push(t);
  }
  return out;
}
function suggestion(id) {
  return didYouMean(id, [...referenceData().names.keys()]);
}
function spdxErrors(format2, value, parsed, root) {
  const fields = [];
  if (!value || typeof value !== "object") return [];
  const obj = value;
  if (format2 === "dataset-manifest" && Array.isArray(obj.datasets)) {
    obj.datasets.slice(0, 1e3).forEach((d, i) => {
      if (d && typeof d === "object")
        fields.push({ pointer: `/datasets/${i}/license`, value: d.license });
    });
  } else if (format2 === "citation-cff") {
    if (Array.isArray(obj.license))
      obj.license.forEach((l, i) => fields.push({ pointer: `/license/${i}`, value: l }));
    else fields.push({ pointer: "/license", value: obj.license });
  } else return [];
  const errors = [];
  for (const f of fields) {
    if (typeof f.value !== "string" || f.value.length > 500) continue;
    for (const id of unknownIds(f.value)) {
      const guess = suggestion(id);
      const where = describePath(f.pointer, root);
      const p = parsed.locate(f.pointer);
      const tail = format2 === "dataset-manifest" ? " (use LicenseRef-<name> for terms without an SPDX id)" : " (use license-url for a license without an SPDX id)";
      errors.push({
        pointer: f.pointer,
        line: p?.line ?? null,
        column: p?.column ?? null,
        message: `${where}: '${id}' is not an SPDX license id${guess ? ` \u2014 did you mean '${guess}'?` : tail}`
      });
    }
  }
  return errors;
}

// src/validate/validate.ts
var sortErrors = (errors) => errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
var MAX_LIST_ITEMS = 300;
function shortenLists(value, max) {
  let pruned = false;
  let budget = 2e5;
  const copy = (v, depth) => {
    if (budget-- <= 0 || depth > 200) return v;
    if (Array.isArray(v)) {
      if (v.length > max) pruned = true;
      return v.slice(0, max).map((x) => copy(x, depth + 1));
    }
    if (v && typeof v === "object") {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        Object.defineProperty(out, k, {
          value: copy(x, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      return out;
    }
    return v;
  };
  return { value: copy(value, 0), pruned };
}
function checkFile(path, text, kind) {
  const format2 = kind ?? detectFormat(path, text);
  if (!format2) {
    return {
      format: null,
      value: void 0,
      parsed: null,
      validation: {
        path,
        schema: "unknown",
        valid: false,
        errors: [
          {
            pointer: "",
            line: null,
            column: null,
            message: "not a declaration ReproScore recognises (model or dataset card, CITATION.cff, Croissant, dvc.yaml, .dvc, dvc.lock, MLproject, conda environment, datasets.yaml, .reproscore.yml)"
          }
        ]
      }
    };
  }
  let truncated = false;
  const result = (errors, value, parsed) => ({
    format: format2,
    value,
    parsed,
    validation: {
      path,
      schema: format2,
      valid: errors.length === 0,
      errors: capErrors(sortErrors(errors), truncated)
    }
  });
  try {
    const parsed = parseDeclaration(text, syntaxOf(format2));
    if (parsed.errors.length > 0) return result(parsed.errors, void 0, parsed);
    const value = parsed.value;
    if (value === null || value === void 0) {
      const p = parsed.locate("");
      const what = syntaxOf(format2) === "markdown" ? "the card metadata is empty" : "the file is empty";
      return result(
        [
          {
            pointer: "",
            line: p?.line ?? 1,
            column: p?.column ?? 1,
            message: `${what}: expected ${FORMAT_TITLES[format2]}`
          }
        ],
        value,
        parsed
      );
    }
    const root = syntaxOf(format2) === "markdown" ? "the card metadata" : "the file";
    let raw = [];
    const quick = firstErrorValidatorFor(format2);
    if (!quick(value)) {
      const validate = validatorFor(format2);
      const firstError = quick.errors ?? [];
      const { value: shortened, pruned } = shortenLists(value, MAX_LIST_ITEMS);
      if (pruned) truncated = true;
      raw = validate(shortened) ? firstError : validate.errors ?? firstError;
    }
    if (raw.length > MAX_RAW_ERRORS) {
      raw = raw.slice(0, MAX_RAW_ERRORS);
      truncated = true;
    }
    const errors = explainErrors(format2, raw, parsed, root, value);
    if (format2 === "croissant") errors.push(...danglingReferences(value, parsed));
    const flagged = new Set(errors.map((e) => e.pointer));
    errors.push(...spdxErrors(format2, value, parsed, root).filter((e) => !flagged.has(e.pointer)));
    return result(errors, value, parsed);
  } catch (err) {
    return result(
      [
        {
          pointer: "",
          line: null,
          column: null,
          message: `could not be validated: ${String(err?.message ?? err).slice(0, 200)}`
        }
      ],
      void 0,
      null
    );
  }
}
function validateFile(path, text, kind) {
  return checkFile(path, text, kind).validation;
}

// src/validate/command.ts
async function runValidate(files, io) {
  if (files.length === 0) {
    io.err(
      "usage: reproscore validate FILE...  (model/dataset cards, CITATION.cff, Croissant, dvc.yaml, .dvc, dvc.lock, MLproject, environment.yml, datasets.yaml, .reproscore.yml)"
    );
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let text;
    try {
      text = await io.readFile(file);
    } catch (err) {
      io.err(`${file}: cannot read: ${String(err?.message ?? err).split("\n")[0]}`);
      code = 2;
      continue;
    }
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    const format2 = detectFormat(file, text);
    if (!format2) {
      io.err(
        `${file}: format not recognised (name it CITATION.cff, dvc.yaml, environment.yml, datasets.yaml, \u2026, or add a \`$schema\`)`
      );
      code = 2;
      continue;
    }
    const v = validateFile(file, text, format2);
    if (v.valid) {
      io.out(`${file}: valid ${FORMAT_TITLES[format2]}`);
      continue;
    }
    for (const e of v.errors) io.out(`${file}:${e.line ?? 1}:${e.column ?? 1} ${e.message}`);
    if (code === 0) code = 1;
  }
  return code;
}

export {
  require__,
  config_schema_default,
  require_dist2 as require_dist,
  loadYaml,
  extractFrontMatter,
  parse2 as parse,
  printParseErrorCode,
  referenceData,
  scanFormat,
  wantsDeclaration,
  checkFile,
  runValidate
};
//# sourceMappingURL=chunk-PMC2CNOU.js.map
