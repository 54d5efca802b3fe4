import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TISUZJXF.js";

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
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
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
    function findPair(items, key) {
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
        const prev = findPair(this.items, _pair.key);
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
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
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
    exports.findPair = findPair;
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
var require_schema = __commonJS({
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
var require_schema2 = __commonJS({
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
var require_schema3 = __commonJS({
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
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
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
var require_errors = __commonJS({
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
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap && !sep && !props.found) {
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
            if (!isMap && !props.found && ctx.options.strict) {
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
          if (isMap) {
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
      const expectedEnd = isMap ? "}" : "]";
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
    var errors = require_errors();
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
    var errors = require_errors();
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
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar;
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
    var errors = require_errors();
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
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
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

// src/util/path.ts
var lastPath = "";
var lastBase = "";
var lastName = "";
var lastExt = "";
function baseOf(path) {
  if (path !== lastPath) {
    lastPath = path;
    lastBase = path.slice(path.lastIndexOf("/") + 1);
  }
  return lastBase;
}
function extOf(name) {
  if (name !== lastName) {
    lastName = name;
    const dot = name.lastIndexOf(".");
    lastExt = dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
  }
  return lastExt;
}
function depthOf(path, max = Infinity) {
  let n = 0;
  for (let at = path.indexOf("/"); at !== -1 && n < max; at = path.indexOf("/", at + 1)) n++;
  return n;
}
function someDir(path, test) {
  let start = 0;
  for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", start)) {
    if (test(path.slice(start, at))) return true;
    start = at + 1;
  }
  return false;
}
var INERT_EXTENSIONS = /* @__PURE__ */ new Set([
  "npy",
  "npz",
  "pkl",
  "pickle",
  "joblib",
  "pt",
  "pth",
  "ckpt",
  "bin",
  "safetensors",
  "h5",
  "hdf5",
  "onnx",
  "tflite",
  "pb",
  "gguf",
  "msgpack",
  "png",
  "jpg",
  "jpeg",
  "gif",
  "bmp",
  "tif",
  "tiff",
  "webp",
  "ico",
  "svg",
  "mp3",
  "mp4",
  "wav",
  "flac",
  "ogg",
  "avi",
  "mov",
  "mkv",
  "csv",
  "tsv",
  "parquet",
  "arrow",
  "feather",
  "tfrecord",
  "gz",
  "tgz",
  "zip",
  "tar",
  "bz2",
  "xz",
  "zst",
  "7z",
  "pdf",
  "so",
  "o",
  "a",
  "dll",
  "dylib",
  "exe",
  "pyc",
  "pyd",
  "c",
  "cc",
  "cpp",
  "cxx",
  "h",
  "hpp",
  "cu",
  "cuh",
  "js",
  "mjs",
  "ts",
  "tsx",
  "jsx",
  "java",
  "go",
  "rs",
  "html",
  "htm",
  "css",
  "scss",
  "log",
  "pyi"
]);
function endsWithCI(name, suffix) {
  return name.length >= suffix.length && name.slice(name.length - suffix.length).toLowerCase() === suffix;
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

// src/util/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
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
      strict: true,
      // the library would print its own warnings (a mapping used as a key) on standard error: never from a scan
      logLevel: "error"
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
  visit2(text, visitor, options);
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
  visit2(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit2(text, visitor, options = ParseOptions.DEFAULT) {
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

// src/facts/license-data.json
var license_data_default = { generatedBy: "scripts/gen-license-data.mjs", spdxLicenseList: "6.12.0", vocab: "and is the as in of to any for or use be not purpose no provided without including with copyright that other from warranties by if damages implied otherwize on particular such are arizing shall license all notice conditions whether may but following liable must copy its distribution liability under an consequential out software distribute form granted fitness special rights express free you however warranty incidental terms event limited even permission subject it make disclaimer above have non modify version which copies limitation possibility do modifications source made has merchantability 1 law so code each hereby means notices right work at except kind name party 2 applicable original available contract only royalty their include those works your grants legal public used will does modified exclusive prior written more apply indirect advized documentation terminate extent permitted definitions direct grant theory offer reproduce than time information loss modification section agreement licensed required been either one automatically based where part provide data licenses necessary applies entity recipients then display obligations expressly patent trademark way 3 associated infringement resulting constitutes negligence agree intended termination basis commercial create tort control derivative exercizing includes purposes reasonable stated defined parties unless who claim different laws prominent action below case included individual provision additional also compliance exercize acceptance nothing published recipient sale unenforceable derived respect same entire holder sublicense survive third using 0 claims date remain 6 can licensor sections makes separate worldwide connection received 4 distributing general ii making perform performance term 5 every file provisions publicly whole business files cause charge exemplary hereunder services accept authorized failure into some distributed further upon deemed number person restrictions access created effect medium publish allow between continue how impose itself own reasonably versions against choose comply contained first limitations related through title writing enforceable least names sell within 7 after anyone contributions contributors new offered reserved should specified full manner property would attribution herein provides they when computer fee notwithstanding org reformed specific entities patents requirements set text affect contents contributor licensing neither nor retain users 8 along appear communication disclaims document losses well agreed concerning prohibited result unmodified common goods intellectual miscellaneous product alter behalf directly independent previous profits trademarks absence application breach example media now products promote restrict terminated them valid caused definition excluding service author contains covered end hereafter identified infringe limit similar there addition considered fair give holders quality representations risk transfer agreements jurisdiction ownership relationship authorship damage enforceability exclusion expressed given invalid keep known object power reproduction require responsible support thereof waiver litigation stating subsequent cannot changes corporation days defects order released user act equivalent executable governed here preferred remove scope circumstances controlled errors jurisdictions long obtain perpetual place readable refer reserves was 30 appropriate both change development effective excluded held intact portions relating take trade alleging alone arrangement combination condition containing endorse indicate language others permit programs reason uses violation another consent essential marks organization program release bound complete construed court direction distinguishing material measures offering two validity whatsoever binary consistent costs force obligation open remainder satisfy strict supplied world add being consideration designated forth inability infringed materials offers owned plus possible regarding revized themselves wide attempt carry cure incorporated installation later nature receive requested restriction see accuracy electronic fees incorporate incurred machine management met noninfringement portion represents scripts sole statement technological via compilation corresponding could cross future import individuals matter minimum personal prohibits protection 50 agrees certain clear contain cost fail formats indicating international licensee list logo stop therefore translation united 9 actions commons conflict copying courts existing iii indemnify interruption irrevocable larger persons punitive redistribution states usage 11 address assume differ duration fifty foundation knowledge percent practicable responsibility whom allowed assert authors aware collective copyrightable creative current distributes foregoing image infringes injury interface refers solely statutory withdraw becoming beneficial character convention described digital disclaimed forms goodwill immediately indirectly outstanding pre receives relevant shares state steps changed choice client counterclaim exceptions explicitly having identifier individually inform malfunction permissions physical previously reference royalties serve signed single stoppage understandings waived 10 collect constitute copyrights enforce expenses governing licensable location meet needed placed preamble process specifies standard complying compulsory contacted disclaimers ensure hardware hereof modules payment protected resource substitute whose accordance adapted brought contracts contribution controls defective exchange exercized firm generally implemented marked noncommercial procurement pursuant read reduce sure treaty waives always clearly community consented copyrighted correction creativecommons death determining indemnity intent lawsuit modifying musical once presence prove pseudonym relation repair servicing share sound structure transformed transmission verbatim while able already beyond creation detail guidelines interpreted item nations outside over paragraph prepare private publicity requires restricted website 12 charged conspicuously dealing licensees listed network obtaining redistributions regard specifically sufficient together utilizing violated were whatever accompanying activities although attorney avoidance called cease combined credit despite doubt entirety everyone freely inc most mutual origin period present produce sublicenses technically three uri venue 1996 according additions appears applied assembled before body contact conveyed discoverable election initial interest issue latent maximum mean meaning need pay permits please properly receipt recording represent request sharing society storage uniform acquire acquired apart art conveying cover customarily exception freedom gnu institute know mutually proprietary technical ways 101 60 agency ccpl compatible compensation constituting devized due else gives identifying interfaces method moving obtained recast redistribute regulation remains sentences timed ability actual among anything because calculated cases clause combining compiled content countries creates duplicate exhibit facilities get longer necessarily output put requiring responsibilities restricts still subsequently substantial we 13 17 article collection collectively deletion distributors forbid government hold normally notify option our primarily prohibit selling shared specify status substance system void waive acting added amount attached attorneys changing combines comes communicate comparable component contributes defend description distributor drafter embodied enable follow furnished gpl initiate judgement library likely many merchantibility operation providing reproducing sold taken understand voluntary want accessible advantage amended combinations components conditioned convenient describing enforced entitled fails fit format june licensors link lost march parts programming publishing qualify regardless requirement results run secure what year about agent audio away bring complies composition concerns derivatives designate directory documents entirely implication imply inconsistent informed interpretation mode months motion ordinary performing prevent problems protecting re referred representation research server settlement spirit sublicensing thus translated updates warrants wipo wish years 212 227 7202 abridgment advertizing allows alternative anthology artistic becomes benefit com condensation customary dealings defense describe digitally distributions dramatization effectively effort encyclopedia english extend fictionalization finally find found fulfilled harmless implementation like look mechanical mechanism music operate originally periodical phonorecord phonorecords picture privacy produced promptly reinstated rules running show site statute synching synchronization systems thereto though 2007 accepted accompany addressed asserting california delete designed develop directed endorsement enforcing et european french generated giving implement imposed infringing linked lists mailing major merchantable merge note protect receiving saying sentence sublicensable thereafter twelve until value widely absolutely aggregate benefits best communicated context continues contribute convey creating de decide deployment disclaim domain during earlier federal filed functions impossible install instead iv member might national operating permanently primary prominently rename replace repository resolved retains screenplay subsection suitable sustained terminates therein things transferring validly acknowledge arrange availability commence contradict contributed country database december documenting downstream drafted enables ever exclusions excuse expected export far fulfilling inclusion integrity judicial less mere model modifies monetary official places possession practice refrain remaining seek significant skill us utilization volume web 28 accompanies acknowledgement adapt applications assurances authorize authorizes become chosen closely collecting compiler confusingly consequence consisting deny developed developers devices displays dispose district download elect elements ensuring fixes fullest functionality grantor gratis guarantee had honor human identifiable inaccurate indicated insert items kernel lesser market moral partnership people permissive pertinent placing practical prevailing price rendered respective runs scheme secrets sent separately simultaneously substantially surrender understands waivable words 115 20 absolute accord adopted america appropriately approved approximates asserted avoid believe configuration contrast customer databases day detailed developer differs doing efforts enforcement execute fashion fully header identify incompatible initiative interchange joint lines located maintain natural noncompliance notifies paragraphs pertaining pieces precize provisionally recover referring reinstatement remedies resellers reuse revisions revoked risks series sharealike simply sufficiently throughout too tortious type up usc 114 15 1995 48 96 accepting accordingly acknowledges acts advice api apparatus appropriateness ascap authorization automatic blanket bmi broadcast causes class come competent council deal deprive describes details directive disputes ec en equipment equitable explicit external fall fox generis goals granting harry hyperlink identification images incorporates instructions internal journal large lawrence le libraries literary machines maintained matters members moreover multiple northern parliament physically policies prejudice production proxy regulations remedy reputation seeking separable sesac soundexchange speak sponsor statements sui supplier supports technology toward translate treated webcast webcasting 16 accompanied adding affero aggregation alters apis appeal applying arrangements believes carefully civil conducts conjunction consists consumer contractual contrary conveyance device displayed dispute economic encouraged environmental excludes exclusively he html inexpensive infringements interfere lead les limiting line local maintenance mark methods numbered occurs oct passed past potential procedures project provenance que rather recognized resides return rosen said sept severability suit supplement times unique unlimited visible 14 account allowing anywhere arranged asking assets assigned attach attributes build cessation circumstance combine contractor creations decision declaratory deleting deliver descriptive disclosed discretion downloading entered exceed expiration extensions fact features functioning good hereinafter hereto his informational initially initiation issued issues jury legally linking lower meets named net newsgroups none notified notifying organizations osi package packaging penalties posting proper prospectively protocols readily rest retained satisfactory scientific selected six soient someone standards study succeeded suite tangible titled trial union upper useful variety venture warrant wherever whichever window academic achieve adaptation admission affected affirmed affirms agreeable air aircraft altered appearance attributions authority became brief cc circumvention collateral commands compile constantly construction contrat copyleft county covering creator credits depends derogatory documented embodiments error executables execution extract facilitate factual faith follows generate high hope impair inaccuracies interaction interactive interpreter invalidate japan keys lawful materially mozilla navigation normal nuclear participate permissible perpetuity precisely prepared prevents programmer promizes publishes redistributed registered relicensing removed reviewing se security selection severe she since sometimes sought steward thirty tools total traffic undertaken updated url view wherein withdrawn working wrote 1999 2002 2003 6b 6d activity actually administers agreeing alleged alterations alternatively analogous apache architecture archival ask assent association assumes assumption back belonging bug choosing circumvent clara commitment comparisons compatibility compete compressed conflicts continued contributory conveys copied danger department deploy deployed differential directions disclaiming discontinue dollars elaborations executing exist explaining extended family feature filling function greater greatest group her identical illustration importing indemnification indemnified industrial installed instance institutes intention interpret irrevocably key lawsuits likewize logos losing mail maintains meaningful menu mpl next noderivs noncommercially omissions ont operations oral page parameters password peer performed performs permanent personality plain possesses pr proceeding prohibiting province reading reasons references relative releasing remote respects restricting review sa santa schemes science secondarily severed short side small sounds stand sublicenseable submitted supply table takes ten test threatened tiers tous transferred treat types unauthorized unavailability understood universal unrestricted upgrades usa utility utilize violates violations write yourself 2000 252 accessors accurate across adaptations adversely advertize affects ancillary anglais annotations anti appendix archiving argument arose assumptions authorizing balance basic bear believed beneficiary bind binding book canada center certified characterized collections commercially company compelled compilations computers confirm connected conspicuous contributing course covenant coverage covers criterion debugging declining decompression defenses denied denominated dfar differences differently directing discriminatory dissemination doubtful draft drawing durable dwelling dynamically easily effected embedded employee ends engineering enjoyment entertainment essentially estoppel exact expects expense expression expressions facility failures fault favor finds fixed flow forming governs hosts household incorporation independently indicates inline input intentionally interfered internet intimate invoked isolation july justify kinds knowingly layouts length lying macros masks measure merging misrepresentation negotiations never numerical obligate obligated obtains occasionally occurring online operated operates options originate originator owns packaged participant partners peers performer photographic posted predecessor presents preservation preserve prevented processing procuring produces propagate propagating propagation proviso publisher quebec quiet reciprocal recommend recordings referenced regenerate regulated reliance relink relying removal representative reproduced requests resolution revenue reverse rom say secondary secured semiconductor serves signs soon spare start subdividing sublicensed submit subprograms successors sue suffice systematic tells terminating tested textual tool transaction true typical uncombined university unnecessary unpacking unported willing wire wireless 00 02110 1301 1961 1971 1979 2004 2005 211 24 51 7015 actors affecting affiliates allegation alteration anthologies applicability april assimilated attention berne better boston broadcasts categorized chartered choreographic cinematographic cinematography circumvented circus citizen clicking close commerce communications communities conform connexes considerations contest cooperate corrected creators cured dancers declaim defamation deleted design destroy did dimensional discovery distort done donor dramatic dramatico dumb duplication eclipse editorial employed employees employer encyclopedias endorsed engraving executed exhaustive exists fields fifth fixation fixations floor folklore former franklin generous geographical geography guided handling happen heirs idea ies immediate immunities implicitly important importation improved incomplete indication induce inquiry inside instances introduced invasion labeled lawfully lawyer lecture level lithography ma manual map merely musicians mutilate office painting pamphlet paper payments per performances pertain phonogram phonograms photography phrase plan play pointer practices prejudicial preserving privileges processes producer promoting purchases qu range rebroadcast recitations recognizably redistributing reinstates render replaces representatives residuals rome safest sake school sculpture secret sense september sermon sign similarly sing singers sixty sketch sort sponsored sponsorship stored supplements synched terminology thereby thoroughly topography transformation transmits undertake uninterrupted untested vice viewable violate visual welcome whenever york 29 accessing acknowledgements adapter addendum adjacent administrative alongside apple arbitration archive area arise assurance august aux base beginning capacity carrying cecill certification characteristics charges concluded consents conversions correct declaration define defining des difference discussing displaying don eligible embed environment eupl everything exclude existence explains february fewer financial finished font freedoms ftp gets grossly help identifies improving incorporating informs installing internally january la latter limits linguistic mac managed mentioned metadata negligent officer opportunity originates osl pages pass phrases plural portability possibly preceding prevail principal promotional regards remotely rent replaced satisfies schema search seq specially specifying straightforwardly submission subsidiaries suggest suitability sun supersede supporting taking threshold timely tracking un underlying variant verify whoever yoyodyne 1991 2020 26 2d 6a abuse afin aggregated aim alis alternately announcement ant appeared assented assures attributed au auteur autre autres avec bec belong box button call capabilities cas ce cern ces cette ch ci collaboration collaborative comme commonly comp compute computing conc consid consult contractors contradiction contradicts conveniently corporate counter counts cr dans dant declatory deletions deliberate demarcate denying depend dependent der designs desirable determine diffuser directors distortion doit domains donn droit droits du dur easy educational electronically element elle engine enhancements epl erroneously es especially est exig exige extraction failed faire fait falls field finitions fonts framework fundamentally garantie gave gie global guidelinesfor3rdparties hence honoring hyperlinks icommons il improvements index initiated institution interference invalidity involved irreversible judice just label laid last lending lgpl libre lien lieu liliq linux loading manufacture manufacturer ment mention minist mit moins month mutilation ne newer nom null ongoing opensource opt optional os ou overt packages par pas paternit pattern permettre permitting personne personnel peut peuvent pour preferably premier principles printed procedure produit progress projects protective publier quelconque quelque qui quite ready recompile recompiling reflect renting reproduire reputations respecter responsabilit responsable rieure riv root roots sample sans semblance sens sente ses several si singular slightly something sont sous spanish specifications square street strictly sub subclass subroutines successor sur tables telle tenu termes testing thinking tout toute towards transferable transform tre txt typically unacceptable understanding une usenet utiliser verbal vertu vested virtue vis wishes word 000 19 1990 2001 2017 25 3c 4d0 4d1 90 abbreviations absent accepts accompagn accorde accorder achieved acqu acquiring acronyms actuelle additionally addresses administration affiliated agit alin ambule analysis anticipated appel applique apporter approuv apr arbitrator aspects assembl assembly assertion assign assigns assure assurer aucune auquel aussi autoris average ayant ayants background begin begins behind besoin bugs bundled ca calling capitalized celle certifi cessaire ceux chacun chapter chaque characterization che choisir cifique cis cise clarification collected comments commission companies compatibilit compatiblelicenses compiling complet completely completeness compliant composed computational concernant configure connaissance consentement consider considers construe contestation contexte contraire contributeur coon copie corrig customers cuter dedication defendant defines delay delivery dernier designer designers destin determined detriment developing diff dig disposal distinct distincte distribu distribue distribuer divers doctrines doivent donner dont effects email emp encore endeavour engage engaged engineer entend entente entry equivalents evidence ex excess exclure exclusif exemplaire exerc exerce exercer exercice expectation exploit exporting expr externally faisant faster faut fichier fichiers five forme frais fulfill functional funding gain garanties generic goal goes govern graphic groups guarantees hacker headers him historical honour hypothetical ibm identity illinois implementations importante inapplicables inconsistency incorpor incorpore increase indexes indique inherent insights integration interactively intermediate invented invested involvement james jours labor lai laquelle launched lend lequel licenci licencier lier liera limite livraison livrer logiciel loi lui maintaining majority mani marques me mentaires mentioning mentions mesure methodical microsystems minimal modest modifi module money morale naming nationale needs neighbouring networks newly ninety nominal notamment nouveau november npl num obscure occasions occur offre offrir ofl ohl operator orders ordinateur organisme originating outlined outputs partag partial particuli particulier partie patches pdf pendant perl permet permettant permettrait plainly platform pondre porting pose poss prescribed presented president prise produire proprietorship prot proved provider providers publication publicsource puisse python quantity quelle quent question raisonnable raisonnables reads recevra reciprocity recombine recombining record redevances rediges redistributes releases relinking relinquishment rely rence repeated replacement repr reproductions reproduit requize res reservation reserve respondent response restrictive retir retroactive reur rien rils risques ro rpl rule safe sauf saurait securities select selon senter sera seront servicemarks sets settled seulement seuls sheets signature signe sili siliation sm soit soumettre soumis soumize sources sp specification starts step stimulate stipul strongly studied subs subsist substituting suivantes suivants sujet sujette sultant sultat supersedes suppl supplemented supprim syntax tat tell templates temporary temps tents terminable territoriale think tiquettes titulaire tm totalit toutefois transmit treatment tribunaux triggers ty ult update usually uu uvre valide variants varies verb versa viewed views virus vote voting w3c weakly wholly whomever why willful writer 100 1011 18 1895 1989 2006 2008 20191 22 32 42 60th 6b1 accessed accesses accomplish accounting accurately achieves acknowledging acquisition active adams adapting advantages affiliate affirming agents aggregating agpl alike alternate alternatives american analytical analyze analyzing announces appoint appreciated approach archives arizes articles aspect assist assujetti assumed assumer audiovisual authored authorizations autonomy avoids award banner belgian beta blur blurred board bodies boilerplate bottom brackets breaches brings broad bsd cancels capability capital care caveat celui certainty chain champaign channel cipiendaire ciprocit city clarity classify clearing cnri cnris co colorado combin comment commit commitments communicates communicating competing complain completed complied comprize comprizes con concept concession conclude conduct confers confidentiality confusion consist consortium constant consultant contemplated contingent continuously contracting contractually contravention controlling convenience cooperation coordinated coordination correlations counterclaims cpl criteria cryptographic cultural custom dated dates dedicate dedicates dedicator defending demonstration dependence depth derives determination disadvantages disclosure distinction distinguished doesn down downloaded drive duly easier ecl edit edited edition education elects embargo embargoed enabling enclosed encourage endeavor endorsements enhanced enter environments equal equally equity erase ercim errant etc ethical europe evaluated evaluating exactly examples exceeding executors exempt exhaustion experimentation expire explanations exported exposed extension extracted extracting facilitating facto factors feel final fits flaw fois foo forbidden formation formerly forte france frequent frob fsf functionalities gathered gplv2 gplv3 growth gui handle hashes hazardous hdl heartened honored hosted humans hundred icon implementing imposes ineffective inferences info inherently initiatives injunctive innovation insist installs instrument insubstantial integrated intel intend intending intends interact interacting interactions interacts interfacing intermediaries inventor investigation ip jabber job justice knobs laboratory lasting latest latex lax leads learning left letting levels liabilities life little load locally locations log mainly mais malicious manufactured meant meeting minimis misconduct misrepresented models moindre monitoring motosoto mozillapl mozpl much near netscape nevertheless news niveau noderivatives nokia nonetheless notification nullify numerous october odc officers offices older omitted omitting organized osedu ours outcomes overall parallel parentheses participating patterns perceptible persist persistent philosophy php phpfoo piece plein political polyformproject position possess preceeding prepares preparing preserved preserves preston print proceedings procure producing profit properties prospective protectable protocol purport qualitatively quantitatively query questions quicktime quotes random rare recognize redistributors reducing reexporting reflecting regents reliability relief relinquish repeat replacing reports represented reproduces reservations residence resolve resolving reston restored resume revenues revision revize revizing revocation ricoh role runtime satisfied screen securely seeds seen serait servers shown simple sites souhaite sourced speaking splash st started statically stopping store strategy streaming strives studying subcontract subi submissions submitting subroutine subsections subset substituted successfully suggestions supercomputing teaching team technique technologies telling terminal texts thereon threat tolerant transforming translations transmitting transposed treats trends troisi tweaking unaltered unchanged undertaking unenforceability unequivocally unfair uphold urbana va valoir various vary ver very virginia viruses visibly voluntarily vovida vue vulnerabilities vulnerability wants washington weaker weapons whereas wherewithal white widespread widest willingness wishing withholding wording workgroup xml zend zero zope 01 04 05 06 0a 105 11749 120 160 1963 1970 1970s 1975 1982 1983 1984 1988 1994 1note 20021231 2009 2010 2013 2015 2016 2018 2019 2023 21 238 272 2882 2b 300 31 323 33 36 3a 3b 3h 41 43 500 69 7014 7022 7201 74 75015 75794 78153 94025 95051 ab abandoned abandons abide acceptable accident accomplishes acquires acquisitions acquitter adaptive adds adequate adhering adjudge adjudication adjust adjusted adjusting adjustment administrations administrators admitted advance affairs affirmative affirmer afghanistan afl aforementioned aforesaid agencies ahead ainsi ais alglib algorithm algorithms allegedly alleges allen alphabetical altering amateur ambiguous amend amendment amendments amicable amongyou ange annexes anniversary annotated annotation announce announcing answer anybody appearing appendices appointed appropriation approval apsl arbitral arbitrators archived areas arglistiger artifacts artificial arts ascii asked assessment assignment assistance assisting associates associating associes assurant atomique attack attn attorns attributable attribute auch aucun auf ausgeschlossen auspices authentic authenticated authoritative authorities automation automatique automatiquement autorit avenue aviation avril awards backup bases bedingungen beer begrenzt behavior bei beihang belief beliefs bell benchmark beopen ber berkeley beschr besides billable bison blank blanks blueoakcouncil bp bracket bracketed branding breached breaching broadcasting browser built bull bulletin bureau buy buyers bytecode cadre cancellation capture caract carriers carries catastrophic catrdmrk caus caution cautioned cc0 cddl cea cedex celles central centrum cependant certifier certifies cessibles cfgguide challenged chamber chance characterize characters charg charging charitable charts check chesnay chinese chooses cisg cite cla claimed clarifies classes clauses cldr cleared click clicks cn cnrs coherence combinaison combinant commensurate commerciales commissariat committed committees communiqu communiquer compact companys comparably competition compilers complements complicated complicense compression conceived concern conclusions conditional conducting conf confer confirment conformance conformant conforming conjectures considering consistency consistently constituent constrained consulting consumers contemporaneously contenir contenu contenues continuer continuing contractantes contrib controversy copier corbato corrections corruption coscl counterpart countersuit countless covenants cpal cret criminal crpa cua cuaoffice cuapl cuba culture currently cvw cwi dangerous dar datagrid datasets db deals decided decides decisions declarations declares decrease dedicated dedicating dedications dedicators default defect deficiencies delays deletes delineates demand demands demonstrate den denen denial depending depicted deploying dept deren derive deriving derni designation desire dessous destinations destruction detailing detected deter dev develops deviation devoid di die dies dieser difficult difficulties difficulty diffusion diligence diligent diminish directement directories disable disagreement disagreements disasters discourage discussion discussions disparate disposition disrupt distinctive distinctly distinguish distributee distributees disturbance divergence dna dod dokumentationsdateien domaine dommage dommages donated donation dot drafting drawings drawn dtd dtx dual durability durchf dutch duty earthquakes edg editor editors eiffel eine einer einschlie einschr elastic elected electric electricity eliminate elles elsewhere emergency employment empowered emulate enabled enclose encountered encryption enddispute energy enhance enlarged enough enquire enrichment ensor ensured entertain entessa enthalten entier entit entitlement entre er erf erh erlaubnis erreur erreurs erteilt essence establish establishes establishing establishment etalab etat ethicalsource eu events evidenced evil excepting exceutable excusable exemple exemption exercizes exhibition expansion expect experienced experiment expertize explain exploitation exploited exploiter exploiting explosions expose expresse exprim extensive extracts extraire fa facilitated facilite faciliter facts facult fahrl failing fairness fallback farther fauts favorable fear feasible feed fernando few ffentlichen figurant figure fill finding fines finies finland fins fire firmware firstly folgenden forbids forfeit forget formatters formulation fortran forum four fourniture fourth fr frameworx fran francisco freebsd frequently front fuck fuel fulfillment gal galement garanti genehmigungshinweis german gesetzlich gestatten gestellt gesundheit gi gift gilt glossary gnomovision go god gouv governmental gpg gracieux grand gratuit gratuite greatly grew grid grober gross groupe guiding guids gung haften haftung haftungsbeschr hague half halves harmed harmonization harvard headings health hearings helix helixcommunity helixlogo helpful helsinki henning hep herefrom hereinabove hiermit highly hill hinaus hippocratic history hn hobby holding holds honeywell honors hopes host hosting hren hrung htm hypertext hypertexte ibre icu ideal ideas identifi illegal illegality illimit ils immaterial immeuble immunity implications implies importance imported imposing impression inapplicable inappropriate incluant inclusive increases incur indirectement indispensable induire industry ineffectiveness inflation informations informatique informe initiates initiating injunction innovations innovative inquiries inria ins insofar inspection institut instituted institutions instructing instruction intangible integrating intellectuelle intelligence intentional interested interests interfaced interoperate interpreting interruptions intervention introduce introduction invariable invariant inventions investigations investments invitation invited invoke involve ipa iran iraq irrespective isc islandia isolated ist jams jedem jose jour jpg judged judgments juridique kamp kann kardinalpflicht keeping keeps keio kit kopie kopien kopieren korea kostenlos l321 laboratories languages latex3 leadership learn lease leave leaving leben leblanc ledger legality legend legends legibly legislative leib lesquelles let letter leur leurs lgplv2 lgplv3 libert libpng librement libya lic license1 licensev lich lift lifts likeness listing live llc llung login loopholes lorsque lppl lrgrwrks lt lucent main maintainer majeure managing manifest manuals mariadb markup mass massachusetts massive mathematics mathematisch meanings measurable mechanisms medical memorandum menlo mentionn mentionner merchant mercy mettre michel mid middleware mike ministre mise mission mistakes mitarbeiter mitre mmc modes modguide modifiable modifier monde mongodb motivation motivations mouse move mulan mulanpsl2 multi multiauthor multics mutandis mutatis nach nationals naumen nc ncsa ndern nection negotiating neighboring nergie nergies nethack nfs nicht nigel nkt nkung nokos nombre nominated nomination nonexclusive nontrivial norms north norway notably noted notes noting nouvelle nouvelles nria nrs nucler numbering numbers nutzung obige objective objectives objet oblige observance observe obstacle obstruct obtenues occurred occurrence oclc odbl oder ofa off officiel offline often ogiciel ogl ohio ohne old omit ones onto opaque openldap openlogisticsfoundation openoffice openseal opl ordinarily organe organizer originales orpl osdv oset osetfoundation oslo outcome outset outsourced ouverte ouvrir overtly owning paid paint paralysis parent parents paris park parmi participants participation particularly partir partys passage passages passes paying pecuniary penalized periodically perpetually personen perte pflicht philosophical phk physique pictures pie pig pixels pl platforms player plaza png point policy ponant portal posix post postage postgres postgres95 postgresql postscript poul pourront pouvant powers preexist preexisting prefer preparation presentation prime princeton principally pris privately processed processor processors producteurs productive produite produits professional professionals professor propos propose proposer propre propri proven prudent psf psl publi publics publique publiques publishers purchase purely purl purports pursuit pursuits pythonlabs qualifies quant queries raise rapportant rcsl reachable reached reader readers readmes realaudio realizes realjukebox realmedia realnetworks realone realplayer realsystem realvideo reassurances recent recherche rechte reciprocate recognition recognizes recommendation recommendations reconnaissance reconstituted records recurring redesign redesigned redistribuer redistributable redo reduced reduces reexported reflected reflects register registration regression relates relatif relations relax reliably relicense relied relies religious relinquished relinquishes relinquishing remained removes renamed rendering renvoyant replacements reporting repos representing republish rer rescission reselle resident respond resulted retailers retitle retrieval retrieved retrieving retroactively reusable reused rev revoke rich richard rieur rigen rightsholder rightsholders risource road rocquencourt royaume rpsl rs rsv rsvs rue ruled safeguard safety san sand saratoga satisfaction says schaden schemas scientifique screens seasonally seat seattle secondly sein selecting sence servants session setting settlements seul severable sgml shield ship shipment shoulder showing significantly signifies silicon simpl sissl situated situation size sleepycat slice socialtext solution solutions somewhere son sorte souhaitant souhaitent soumizes sourceforge sovereign soweit space spaces span spl spontan ssection ssen ssiger ssigkeit stability staff stallman stands statistical statistics statutes stephenson stichting storing stricken strikes strong struck structures stuff sty subcontractor subcontractors subdirectory subis sublicence sublicensee sublicensees submits subordonn subscribe subsidiary substantiate substitution subunit successful successive suchcontributors sudan suffered sugg suggested suits summary sup superseded suppfile supplementary suppliers supplying supported supremacy surrendered surrenders suspend suspends suspension sybase symbols syria tablissements tacit tacite tacitly task tax technicalpursuit teilen tel telecommunications telles tels temporarily tenus territories testcase testcases tests tex texinfo textbook thanks therefor therefrom thereunder theterms thought thousand thousands thwart tient tier titles titre tone toolkit torts tpl trac trace track trademarkedname tradename training transcripts transferees transfers transformations transformer transit translates transmettre transmitted transparent treasury tribunal tries truly trusted trustees try turn tv twenty typisch tzeng ucl ue unable unaffected unaffiliated unambiguous unambiguously unbeschr uncertainty unconditional unconditionally uncovered und undertakes undertakings undump unencumbered unequivocal unexec uni unicode uniformly unilateral unilaterally unjust unknown unlawful unlicense unlike unmaintained unprecedented unreachable unrelated unrest unsuccessful unter unterlizenzieren updatesor updating upfront upl upstream urban urheber urheberrechtshinweis urheberrechtsinhaber uris usable uschung usd utilis utilisateur utilisateurs utmost uunet v1 v2 valley valuable variables ventuellement ventuels verf verifiable verified verifying verkaufen verletzung vers versioning verteilen vertrags vertragsschluss vertreter verwenden vi video viewer vigueur vii violating virtual visant visit visiting vocal vocation voisins voluceau voluminous von vorhersehbar vorsatz vorstehende votes vrier vues w3 waiving war ware watcom water weblogs werden wesentlich wesentlichen wiki wird wise withdraws wonders wordnet workspace worse worth wrap xcf xxx xyz yes yet yours yyyy zlib zu zugeh zum zur zusammenf", licenses: [["0BSD", "AAAAAAAAAAAABAAAAACAACAFABCDBEAAAABAAICHKFNTGHNPBWjBHrCVSR0DzI0R"], ["AAL", "AAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACAAABABBCAABBABABBAAAAAJCCCACAIBBAAEFEACAACBBDAAAKBGDAACBGDGDBGHiBADBMWTJDACAAABOIHAEDNJBIAQkBNNECOVNgBCBmBAbfCM6BBVyG4Dff3FKXTjBnGyB5CyDiFnEnBd5CzJmCGY3HMvGqDLb9DlDgIgEuBpLsIkD"], ["AFL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAABAAAABADAAAAABAAABAAAAABBAAAAAAAAABCBAAABACBABCAAABABAACAAAACAACBABCADFAEAAACAABBEIIEBCAFEKABCIDBAEBDACBBNAFCGEOADEEMGADDPBFCLOCCABABBBDKEADGAGMABCHBFQTAChBRACAHFASINHIcDpBAY0CBJyBCVADIYU0CAEMaZrCgEhCY9BgB9C4D2B4tB"], ["AFL-1.2", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAABAAAAAAAAABAEAAAABAAABABAABAAAAAAAAAAABDAAAABACBABCAAABABAACAAADAACCBCADBDAADAAACAAAABEHAIEBCAFEKABCFCDBAEBDACDNAFCGEJDAAACEADMGADDFJBFCJBRCABABBBOEADCDAGMABCJFBOTAChBRACAHFARAINQcDgBIZ4BbBJyBCUAAMtB1CEMaHRrCgEhCBWdfgBgCchDW2B"], ["AFL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAABAACAAAAABAAAAAABAABAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAADAAACAAAAAAAAAAAADAAAABAAADAACAAABABCAADEEAABDABBCDBCABBEABDBJBACCCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBGACCBBAECJBCCJFAALBAADIDBABAHEBDBBKDCLDGAAEABDFFAIFAAAEEEAFCABNIaBACDrBvBAIRFFLNMLCSBAABKtBYhBNRMWDHGKrCBFzBM3BTWFQBQDBDZWLVHfgBXFOxCW4DxCtJ_e"], ["AFL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAABAACAAAAABAAAAAABAABAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAADAAACAAAAAAAAAAAADAAAABAAADAACAACABDADEEAABDABBCDBCABBEABDBJBACCCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBAFACCBBAECJBCCJFAALBAADIDBABAHADBDBBKDCLCAGAAEABDFFAIFAAAEEEAFCABNIaBACDrBvBAIRFFLNMLCSBAABKtBYhBNRMWDHGKrCBFzBM3BTWFQBQDBDZWLVHfgBXFOxCW4DxCcwI_e"], ["AFL-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAABAAABAABAACAAAAAAAAAABBABABACAAABBAAAABBABAAAAAAAAAAAAABBAAAABAAADAACAACABCAADDAEAABDABBCDCBEHCABBBAEBACABCBCAAADDBAABABAAAACBCACABAAABFBEAFAAFCDCBCABJCSABAACACBCEACBAACBACCDAHJBABMHLBAAMBEBABFAFDBBCBIACHDCHAAEABDDBAEAIFAAAEBCEGCABNjBBAAAEEBALXEQZbLZMDHCSBAAB4BYhBfAJBCCQCAHEBAJdJUEJBFPMINCJoBOTLKFQBQDBDZWICVHfgBXU8CWqD0CdlFEOP6BtB7C1Dkf"], ["AGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAABBAAAAADAAAAAABABABAABAAAAABAAABCBBAAAAAACABAAAAACAAAAAABBADAAAABBBBAAACAADBAAABAABCCAABAAAAAAABAAABAAAABADDAABBABAABAABCBAABAABAAAACCACAAAABABCAABCBAAAAAAACAAADAAAAAAADBDDABBACAABCAAAAAAABABBBBBBAAABAAAAAACAACAAAABBACDCAEAFAAACADAAACHAAJFABADAAACBAFDACEABBAEDDGDBCCADBACCADCAADACABCBBBAAEBBCAEABDAAECBBAABCAFAADEABCBDCCBBABDBIBEBCAAAABDADACBEAABECAAAAAAAAABAABDBCFAABABBBABDAEADBBABAABAAAABBCDEEADBAEBAABBAAGCACGDBAACAEIAAHACDACEAABCDAAEBBBBCCBCEFABDABBABACCBBBBABACADAABBAACDAAABDABBBDBKAACADFABBABDAAAEAAABBCBAGBAFDCABAABSFGAEADBLMFDDECEDCABIDABBCCHAACAAEEBFCAGBCBKCCNGCEAIDEFBDAFCBBEGJBCAAABBCDDEBKFCEAAANDCFBGADCAADEABACCBCCBBGAFCBDABFQLCEBBACEABJEGABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGBBACAACBABEBCAbrBVeKUBFlB8BNoEiE1HJ2FNB5CO4BaXAQCnByCqC8jB"], ["AGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAADAAAAADAAAABBABABAABAAAAABAAABCBBAAAAAACABABAADAAAACBADAAAABBBBAAACAADBAAABACCCAABAAAAABBAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAAABABCAABCBAAAAAAACAAADAAAAAAADBDDABBACACCAAAAAAABEBBBBAAABAAAAAACAACAAAABBACDCAEAFAAACADAAACHAAJFACDAAACBAFDACEABBAEDDGDBCCADBACCADCAADACABCBBBAAEBBCAEABDAAECBBAABCAFBDEABCBDCCBBABDBIBGCAAAABDADACBEACECAAAAAAAAABAABDBCFAABABBBABDAEADBBABAABAAAABBCDEEADBAEBAABBAAGCACKBADAEIAAHACDDEAABCDAAEBBDCCBCEFABDABBABACCBBBBABACADAABBAACDBABDABBBDBKAACADFABBABDAAAEAAABBCBAGBAFDCABAABSFGAEADNMFDDECEDCABIDABBCCHBCAAEEBFCAGEBKCCNGCEAIDKFAFEBEGJEAAABBCDIBKFCEAAANDCFBGADCAAIABACCBFBBGAFCBDABFQLCEBBACEABJEGABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGBBACBCBABEBCAnINoEiE1HJ2FP5CO4BaYTnByCqC"], ["ALGLIB-Documentation", "AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACBBAAECAEABCBBAAEAHFTLHAACBBFAMLFG_BDDBeuBGIINb_BlBzCEmBZiBP8B7QjFuU1JxiB"], ["APL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAABAAAAAAAAABAABAAAABAAAAAAAAAAAAAAAAAAABAAAAAACABAAADAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAABABAAAAAAADAACAACBAAAAAABAAAAABAAABABBAABBBBABAABABAAAAAACABAACAAAAAABBAAAAAABABAACAAABCACCAAAACABBBAAABCAABBAAACAAAAABBACAABBBACAAABAAABBCAAAAACBACACAAACACAABAAACAAAADBCBBBBCABBEIEDAAABABCCBBBACABBABCFAABDBBAAAAAABCFABADBBAABDEAAABCBABAAAACBBAACBBAAAAECAFBGCCBBCMCFADAEACAAADIAPGEBCEEAAFFBCEBBEEBCABBAABEAAAAICLEAFBCBBABEFGBCFCBRECCBFCABBHEECAGIHBDAAAIIFHMBBCDBFLKCFHEKGFFCCFBQEAKEEHCFIACAHICOOAXSFIKAIDLGODGHHAHAIfOFODLGFLCJQRAFBCACBLBALBhBAbIPYBHZKEGBC2BcGPTIGUhBjBEMEHFDJOKFDNFMnBBiBDB_BG0BQRMJCnBVrBQRPDRIGNKBAHIIlBCLCFRFflBCfOaFLJCSAtBDK1DDpCtBVhCaDPIFLc6BgB8CECAlB1BRtE0BNSFHqB0CAb2BEDOjBhBDYaUqBSsBDDOqCyDJ"], ["APSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABABAAAAABAAAAAAAABAAAAAAAAABAABAACAAAAAABAAAACAAAAAAAABAAAAAAAABACCBAAABAAAAAAAAAABBAAABAAAABBABBAAAAABAAAABAAADBABCAAABAACAAAAAACAAAACCBAABAAABBBBAAAAAABCBACAAABCDAAAACBEBCAABACBBAAABAAAAAACABDADAAABAAAAABACAAABAAAABBAAABABAACAAAAAABAAAHBCAABCAAADACBABBBBBBCBBABACABBCBABDBCBBCAECBADAAECBEFCABCABAEBACANFDCABCBECCAEACBKBJBADIGCBAJJUEAADGAEACAEACFADAGABBCFDCKAEAABFEDACABAHFDFCLDLIUBBFGAAAACCEAAGBBBHEAAAGLDHCDGNFGCABBBGDECGCCEFALJEAQAGEECBIUMABAEBSPCMIPDCEADDHDFKGDABDDAPHCKOABeGDMABFDABIBACGKAJBBDLHAIHJDHBFAADAHMSBNXEAIIIQJObCyBNLCVANHCYDDHsBpBaMAPKtBaDoDOrBuFrDiCiBPkET5Dc0EmC2M7OzBlGnG"], ["APSL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABABAAAAABAAAAAAAABAAAAAAAAABAABAACAAAAAABAAAACAAAAAAAABAAABAAABACCBAAABAAAAAAAAAABBAACAAAABBABBAAAAABAAAABAAADBAEAAABAACAAAAAACAAAACCBAABAAABBBBAAAAAABCBACAAABCDAAAAABBEBCAABACBBAAABAAAAAACABDADAAABAAAAACCAAABAAAABBAAABABAACAAAAAABAAAHBCAABBABADACBABBBBBBCBBABACABBCBABDBCDCAECBADAAECBEFCABCABAEBACAKCFDCABCBECCAAECBFEBJBADIEBCBAJJUEAADGAEACAEACFADAGABBCFGKAADAABFEDACACHFDFCLDLdBBFHAAACCEAAGBBBHEAAAGLDHCDGNAEGCABBBKECGCHGLJWAFAEECBIUMABAEBSPCMIPDCEADDHDQGDABDDAPHCKOABPOGDMABFDABIBACGKAJBBDLHAIHJDHBFAADAHMSBNcAIHAIQJObCHqBNLCVANHCHUDHsBpBaMANBKtBeoDOrB8CxCrDlDPkETnD3BrEZJiB9E1O7FAnC_LAA"], ["APSL-1.2", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAABAAAABAABAAAAAAAAABAABAADAAAAABAAAACAAAAAAAABAAABAAABAABCAAAAABAAAAAAAAAABBAABAAAAAAABABAAAAAAABAAAABAAADBADAAAABAACAAAAAACAAAACADAABAACBAABAAAAAABABBAABAAABCDAAAAABBEBCAABACBBAAABAAAAACAABDADAAAAAAAAAACCAAABAAAABBAAABABAACAAAAACAAAHBCAABCBADACBBABBBBADBBABADBBCBABDBCDCAECBADAABCCBEFCABCABAEBACABLFDCABCAAECCAFBABHCBJBADIFAABBAEEJILFADGAEACAEACFADAGABBCFGKAACAAABFEDACAKFDEACLDLMEDJBFHAAACCEAAIBBHFAHLDHCDUFGCABBBEKCGCHGLJFQAGEECBIDQMCAEBSPCMIPDCEADDHDXDABDDAPHCKGHCIcDMABJABKACGKAJBBDLHAIRDHBFAADACJHSBKCcAIIIQJOOCJCyBNAKCVANHCcDHsBpBaMAPJuBEZ9CJPJhBOvCxDvFgP0BrBiE"], ["APSL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAABAABAADAAAAABAAAACAAAAAAAABAAAAAAAABAAEAAAAABAAAAAABAABBAABAAAAAAABABAAAAAAABAAAAAAAAADBABBAAAABBCAAAAAACAAAACADAABAACBAAAAAAAAAAAAABBAABAAABCBBAAAAABBEBCAABACBBAAABAAAAAAABABDADAAAAAAAAAACCAAABAAAABBAAABABAACAAAAAABAAAHBCAABCBADACBBABBBBAACBBABADBBCBABDBCCACAECBADAABCCBADFCABCABAEAAACABBJFDCABCAAECCAFBABHCBJBADICCAABBAJJILFADGAEACAEACFADAGABBCFGFEAAABAAABFEDACAKFDEACLDLRNBFHABCCDAAAIBBHFAHLDCECDNBEFGCABBBPCGCHGLJFQAGEECBIDQMCAEBSPCMIDPCFDDHDQGDABDDAEKHCKOABlBDMABJABKACGKAJBBDLHABGBFJDHBFAADACRHKBKCdIIIQJORJCyBNAKCVANHCcDHArBpBaMAPFsBAE_CcJPJeCO4FIlBqT0B9F2c"], ["Apache-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAACAABBAEBBAAADAHCABDGCFCGAEAABAACBBBCAAIDGEFGDbjBDBmBFARMADLCBDHAEbCqBTaAHJSHOQOEIdA7BP8BNcN8DH8BOhBlCL9BBMzGgBtBhFrB2DkF6WpBzIxKZ"], ["Apache-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAACAABBAEBBAAADAHCABDGCAECAFAEAABAACBBBCAAIDLFGDOMGcDBHOPFARMADLCBDHAEGUCWdJbHJSHOQOEIdA7BP8BNcN1CmBHtDlCL9BBMzGjEsDiFkFkG3D9M9JxKZ"], ["Apache-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAADAABAAAAAACAAAAACABAAAAAABAAABBAAAAABACAAAAACABAAAAAAAABBABBBABAAAAAEBBABAAAAACABABDAAEBABAAEACJECCABBBAABAAADEFAACAAABADBADCAABABCBDBEDAIAADJECBIAABAABABHEDDABCBKAABEDFFBIJCBAFEBGBCBFAFBGOBGABDECCBAPDAFCDABCBEAHIABXHQABAOMHfKLCIPQASAHGBJANCIAPMECSwBQDTRFAgBuBIxBTQCkBBPCDHTCb3CaoBFsDULpBiBKYBKmC3Bab5BGCnBJUDaPCSGBQCEFCRHEE_BsDiClMyCUBZ8BJ"], ["Apache-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAADAABABAAACAAAAADBABAAABAAABBAAAAABACAAAAACABAAAAAAAABBABBBABCAAEDABAAAAACABABDAAEBABAAEACJHCABDAABAAADKAACAAACDBADCAABABCBDBEDAIAANECBIAABAABABHEDEBCMAABIFFBIJCBAFEBICBFAFBGOBGABDECCBAPDAFCDABCBEAHJBXHQABAOMHfKLCIPRSAHGLANCIQMHSwBQDTRFAgBuBIxBTQCkBBPCDbeyDoBFsDULsCKYBKmCyCb5BGqBJUDaPCSGSCEFCZEE_BvF"], ["Artistic-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAACBAABAABABBACAABCBAGBADAAAAABAABDAABAABCDABBACCAABBAAAGGCDABABAAFGBHACEIHIBBJDCBIEBGAAHBEBADFDABRABDMFLLBACIFBBSEDDGAMAHOEHXLODCFFPOAGfTBYICDJVAHPAHCIKDNtCRCCEGrBCDhBCECOWEeFFCMADCOMQWNsBLDCCjBEpCJCtBuBKqBAGC-BxCMoBKiCNKUoBH0CqCXZ1CMaXDAeIPRqCsCRHLGxIlEO"], ["Artistic-1.0-Perl", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABBAABAABABBACAABCBAGBADAAAAABAAAADAABAABCDABCCCAABBAAAFAGCDABABAAFAFAAHACEBGBFIBBIADCAAIEAAGAAFBBEBADFDABJDDABDJABFLLBACIFBBSEDDCBBAMAGAOBCHDAJILFIDCFDRANAGbDTBYICDJUAAHPAHCAHKDFHmBhBENDCCEGrBCDhBCECOWEeFFCMADCOMQkBArBLDCCjBEN7BJCoBEePHCnBCAGC-BNjCMoBKiCNKUMbH0CqCXZ1CMNkBDAeIPRqChBqBRHLG3MkLpMrFgJhK8F_BCjBE-B"], ["Artistic-1.0-cl8", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAACBAABAABABBACAABCBAGBADAAAAABAAAADAABAABCDABBACCAABBAAAFAGCDABABAAFGBHACEIHIBBJDCBIEBGAAHBEBADFDABRABDMAELLBACIFBBSEDDEBAMAHOEHESLFIDCFFPOAGfTBYICDJUAAHPAHCIKDNoCERCCEGrBCDhBCECOWEeFFCMADCOMQWNsBLDCCjBEpCJCoBEuBHCqBAGC-BxCMoBKiCNKUMbH0CqCXZ1CMaXDAeIPRqChBqBRHLGxIlEO"], ["Artistic-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABBAAAABBAAABAABAAAAAABAAAAABAAAAAABAACAAAACACABCAAAEAAADAAAAAAAAABBACACAAADAGDAABAAAGBCFAAAEAALAAAADBAHBAAABGDAADDAADEBCBABABIBABABACBCGGEAJEAIPDKAGFDACECDBDDUIAAGAEDDEFELHFDADIHAAQBCMCIFCDFAJAFECBFRECDACFUAIBNAJAERHFAUIDUEJHNDCBFGZINGDKCPCOZPHBNuBQfDYKDSDIlBG4CrBEbBHbLGMCHOyBgBNiBKBoBrBvBL4I9BeRUT4FoLzEgBwC2F5LrE7DblB1FrI2I"], ["BSD-1-Clause", "AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAABAAADCAADABCBBAAEAHCCDPTADBBFAMLFGjCDBtBfPINRJ9CHkBfOEmBA7BP8B"], ["BSD-2-Clause", "AAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAABAAACACAABBABCBBAAEAHCCDPTAACBBBDAMLFGjBfDBtBfPINRJ9CHJafOEmBA7BP8B"], ["BSD-2-Clause-Patent", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAACAABAABAAAAAABBAAAABBAAAACCCABDAADAAHAAAAACGDAAACBBAABBACGCABFABFGGcFIQCABCkBFbDPINHFDDEAoBEOBeGAIAaNROADTSAjBDTFJjBYkBe2BiBkBmBwDxHyQ"], ["BSD-2-Clause-Views", "AAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAABAAACACAABBABCBBAAEAHCCDPEOAACBBBDAFGLFGjBfDBdPDbPINRJC6CHJafOEQVA7BPoBTsNrG_wBvX6Y"], ["BSD-3-Clause", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAACAABBABCBBAAADAHCCDJFKEACAACBBBDAMLFGfDfDBmBGTJAAPIHAERJhCbHJafOEmBA7BP8B"], ["BSD-3-Clause-Clear", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAACAABAAAAACBBAAAACAHCCDJAEKEACAACBBBDAMAIBFGQODfDBfGGTJAAPIHAERJhCMOHJafOEmBA7BP8B"], ["BSD-3-Clause-LBNL", "AAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAABAAAABABAAABBAAACAABAECCDBHEABDADDAACAAEAABDCDFAFFFGBdDAMJFBDBDXKEBOEJAAPFCHAERJNaYaADDJWjBOrB8BPuBNjK0BE2CB0EhErF0DoGkMqN8MmMqF6ClG"], ["BSD-3-Clause-Open-MPI", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAACAABBAAACBBAAADAHCCDJAEKBCACAACBBBDALAJBCCGITCDCCZDBaLGHLJAAPAHHAEJHJhCbHJafOEmBA7BDL5BCwLkoD"], ["BSD-4-Clause", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAACAABBABCBBAAADAHCCDJFKEACAACBBBDAMGEFGDbDfDBmBGTJAAPCFHAEbhCMOHJafOEmBA7BP8BpIxFOiJunB"], ["BSL-1.0", "AAAAAAAAAAAAAAAAAAAABAAABAABAAAAAACBAAAACDAAAAACACCABACABDCBCCABBEGFPFCPIHJBGAIPDMCLDNXIuCLRUmBBIyBGH7BPkEMJmFjD5BkG1zB6tB"], ["BUSL-1.1", "AAAAAAAAAAAAAABAAAAAAAAAABBABCABBDAAABACBAABABDBBAAABBAABADCBCAABADAAAAAGAADAAEDAACKABBBDBBBBBACGAACOBCQAABCASBHMGDCBDNQABAAMxCDNEFBVFaBQBBpBoBO8DI8CMyBMM_HvBT1BvClEiBoO6N2CTtayCzBiGJ-GrH6G"], ["Beerware", "AAAAANGJBYJLwERO6BNpDpHmD7D6BsK5F7F4iBnFqBsLlIe4K2BuD_GV8GuGO"], ["BlueOak-1.0.0", "AAAAAAAAAABAAABBAABBAABDCAAAEAAABADIBFBDCEFAABCBCNBCZICGBIQAKCOAD4BDCEBABIDEGC0BXMABBWBOzBLoDHqB4BAuBnCO3BKfmBUpBqDCepB0B5RnLKyBpSgC5D-FlCnJhc"], ["CAL-1.0", "AAAAAAAAAAAAAAAAAAABAABAACAAAAAAAAABAAAAAABAAAAABABABABAAAABAAAABAAAABBAAAABAAAABAAAAAAAAAAAABAAAABAAAAAAAACAABAACABBAAAAAAAAAAAABAAABAAAABBCBACAABABBBACAAABBADAAAAAABBABBBAAAABBAEBDBAAABBBAACABABADBAAGBABBAAAAABAACBABBCABAAAABADACBCABAHADBBEABABGAEADBAAABDCCABEACABDABACBAAAADBBCJEBAAEAHFAJGABEBEADDEABEABEDAABCGEBCAHAABAEAFJDCEGDDAACFEDAABDAEBAAAABKGCCGSELAFCDBGAADBCHAKAHCBGZAFCCDBCICPAOPADCCFBCAFLCASZFBMDGKSABFCCGDLACABGAAIRFADSKACBODCMVJQJCDEAACDBADCCCAWUDXWGCJEHGKADIJfLVSCBcVhCMOTIBEFWfPzBCCqBXxBzBNzCddQRekBKGeCpB_DBMcWeAZwBB4BAyCJgCpBAFSHAQCrBECCIFObMRcCI4BBAJmBEMRkBNAL"], ["CAL-1.0-Combined-Work-Exception", "AAAAAAAAAAAAAAAAAAABAABAACAAAAAAAAABAAAAAABAAAAABABABABAAAABAAAABAAAABBAAAABAAAABAAAAAAAAAAAABAAAABAAAAAAAACAABAACABBAAAAAAAAAAAABAAABAAAABBCBACAABABBBACAAABBADAAAAAABBABBBAAAABBAEBDBAAABBBAACABABADBAAGBABBAAAAABAACBABBCABAAAABADACBCABAHADBBEABABGAEADBAAABDCCABEACABDABACBAAAADBBCJEBAAEAHFAJGABEBEADDEABEABEDAABCGEBCAHAABAEAFJDCEGDDAACFEDAABDAEBAAAABKGCCGSELAFCDBGAADBCHAKAHCBGZAFCCDBCICPAOPADCCFBCAFLCASZFBMDGKSABFCCGDLACABGAAIRFADSKACBODCMVJQJCDEAACDBADCCCAWUDXWGCJEHGKADIJfLVSCBcVhCMOTIBEFWfPzBCCqBXxBzBNzCddQRekBKGeCpB_DBMcWeAZwBB4BAyCJgCpBAFSHAQCrBECCIFObMRcCI4BBAJmBEMRkBNAL"], ["CATOSL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAABABAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAABABAAAAAABBAAAAAAAAAAABAAAAABAAAAABBAAABAAAABAAAAAAAAAAAAAAAAAADAAADBAACAAEBAABAAAAAAABABAABAAAAAAAAAEABAAAAAAABCAAAABFCAAAACDABBACAAADAACAABAGDEADACACACBBBBAABDADACDBABDBAAABCAAAAABABDABABBBGABBDCABGBEEBFEHBAEABBAADCADCBBAADCAAADBGBAADEABACABCAFCCADFCCCDCDCFEAAFBAALBBAGABAQDDDJEBFBBBACABACAAFCFECAEUBKGCEDBAGJBEGBBIABCFAEGBEFDCFJBEABDDFEBFCIFEBBCFPFCJEIAJVABOPCBFEDJJNCBBBiBNFJFABMBDNADGGEASCHEcACCECAEBADAKkBKFAGCQGARANNRBRIRJCCBdFDEBJAAOEYEVFKJwCGAHNOJjDiCuB5BOiB9C2BAxEGnC3D6B7EGDoBrCtBTRNpFrBqDTBDtBSVtBQAvBkCR0BoEuC9GV5ChFwCLJPI"], ["CC-BY-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAABAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAGADGABFGCGDEBAHICBLAFEABEFGBFCFEBDCAAOCADED-B4BMEQGDEEBCCNAAAAbZgBtFjJ3HtDvCyBDQc"], ["CC-BY-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAABAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAEDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCAAAGFACADCBDAdfQmBADIEXDEEBCCIBCAAAJAR6BtBlC8BAMCATDeAKA"], ["CC-BY-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAEDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCABEBFACADCBDAHVfQcJADCFEXDEEBCCIBCAAAJAR6BtBlC8BAMCATDGXABIA"], ["CC-BY-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAABCAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAABAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADADABBAAADBAAAACAABAADDDAABDDBDACABAABDCCDEEAAAACBAGBAABBCCCAFDAAECBABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADBGBCCBABAEBAACABAKAABAGADGABACBBABBCGBBADBILBBBGAAAADADAAAEFAABABAAEADLBAACAGBGCADCBDAAeTIIICDDFLOCEDQCKOHEMCANDkBIABJTdFCBPAFVHAb0BZDEDHDF6CDsBHGHZBTXEUCBBtBIWMHAFFLOUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBGtFJzBSgC"], ["CC-BY-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAABDAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAADEBAAAEACAABBCACCACAAABDACEAAACABDAAEAAABBABCABAAAKAACCAACAAJCACAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFIGBDCDEABDHBAAAAGCAHCDABAAABCGBBACABJECAAEFJBFEEDBDBDECAFDJGAKDGEBOBABDEFDBgBDADLCIQCFLCKiBAWCRHBARITABFCBGEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCAT"], ["CC-BY-NC-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABACBAAAAAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAFAADFAABBDGABGDEBAHHACBLAFEABEFGBFCFEBACCAAOBAADEDrBSadMEQGDEEBCCNAAAAWEZgBjBpE0CuG3HtDvCyBDQc"], ["CC-BY-NC-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCAAAGFABAADCBDAdMSQJcADIEXDEEBCCIBCAAAJAME6BjBJlC8BAMCATDeAHCA"], ["CC-BY-NC-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCABEBFABAADCBDAHVMSQJSJADCFEXDEEBCCIBCAAAJAME6BjBJlC8BAMCATDGXABFCA"], ["CC-BY-NC-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAAAACAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAAAAAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADADABBAAADBAAAACAABAADDDAABDDBDACABAABDCCDEEAAAACBAGBAABBCCCABDDAAECBABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADBGBCCBABAEBAACABAKAABAFAADFAABAABBBABBABGBBADBIHDBBBGAAAADADAAAEFAABABAAEADLAAAACAGBGBAADCBDAAeKIIIICDCAFLOCEDQCKOHEMCAMADkBIABJTPNFCBPAFVHAb0BZDEDHDFF0CDsBHGHZBTXEUCBBtBIWMHAFFLOUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBGtFJzBSgC"], ["CC-BY-NC-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAAAADAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAAACEBAAAEACAABBCACCACAAABDACEAAACABACAAEAAABBABCABAAAKAACCAACAAJCAABAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFAHGBDCDEABDHBAAAAEBCAFBCACABAAABCGBBACABJECAAEFJBFEEDBDBDECAFCAJGAFEDGEBOBABDEFACBgBDACALCIQCFLCKiBAVACRHBARITABFCBFAEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCATqK"], ["CC-BY-NC-ND-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAAAAAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAFAADFAABBDGABGDEBAHHACBLAFEABEFGBFCFEBACCAAOBAAIDrBSadMEQGDEEBCCNAAAAWekCpE0CuG6D8DtDvCyBDQc"], ["CC-BY-NC-ND-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCAAAGFABAAGBDAdMSQJcADIEXDEEBCCIBCAAAJAMjDJlC8BAMCATDeAHCAlK"], ["CC-BY-NC-ND-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAADDBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCABEBFABAAGBDAHVMSQJSJADCFEXDEEBCCIBCAAAJAMjDJlC8BAMCATDGXABFCAlK"], ["CC-BY-NC-ND-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAACAAAAAAAAAAAAAAAABBABAAABABAAAAACAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAAAAAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBBACAAADADABBAAADBAAAACAABAADDDBBDDBDACABACDCCDJAAAACBAGBAADCCCABDDAAECBABABEFAAAEAACHADABDDAEACBCEDABAAABAFADBGBFBABAEBAACABAKAABAFAADFAABBBBBADABGBBADBIHDBBBGAAAADADAAAEFAABABAAEADLAAAACAGBGBAAGBDAAeKRRCDCAFLOCEDTKWEMCAMAoBJBdPNFCBPGVHAwCZDEDHDFF0CDsBHGHZBrBEUCBBtBIMJMHAFROUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBG"], ["CC-BY-NC-ND-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAAAADAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAAACEBAAAEACAABBCACCACAAABDAHAAACABACAAEAAABBABCABAAAKAACCAACAAJCAABAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFAHGBDCDEABDHBBAAEBDFBCACABAAABCGBBACABJECAAEFJBFEEDBDBDECAFCAJGAFEDGEBOBABDEFACBgBDACALCIQCRCKiBAVACRHBARITABFCBFAEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCA-KhX"], ["CC-BY-NC-SA-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAAAAAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAFAADFAABBDGABGDEBAHHACBLAFEABEFGBFCFEBACCAAOBAADEDrBSadMEQGDEEBCCNAAAAWEZgBjBkEE0CuG3HtDvCyBDQc"], ["CC-BY-NC-SA-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABEACABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDAADDBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCAAAGFABAADCBDAdMSQJcADIEXDEEBCCIBCAAAJAMEPqBjBJcMb0BHAMCATDeAHCAqC3B9BHzPqJ"], ["CC-BY-NC-SA-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAAAABAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAAAAAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABCBCADAAAADAABDBCACBBACABDAACABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDAADDBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAFAADFAABBDGABGBBADBAHHDBLAFADAAAEFBEBEACAJBAABCABEBFABAADCBDAHVMSQJSJADCFEXDEEBCCIBCAAAJAMEPqBjBJcMb0BHAMCATDGXABFCAqC3B9BHzPqJ"], ["CC-BY-NC-SA-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAAAACAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAAAAAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADAACABBAAADBAAAACAABAADDDAABDDBDACABAABDCCDEEAAAACBAGBAABBCCCAFDAAEBABABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADAAGBCCBABAEBAACABAKAABAFAADFAABAABBBABBABGBBADBIHDBBBGAAAADADAAAEFAABABAAEADLAAAACAGBGBAADCBDAAeKIIILDCAFLOCEDQCKOHEMCAMADkBIABJTPJDFCBNBAFDRHAbZaZDEDHDFFuCFDsBAGGHZBLHXEUCBBtBIWMHAFFLOUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOAACBABADBAABACDEAAGDCACABCDCBGtFJzBSgCxRqlB"], ["CC-BY-NC-SA-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAABABAAABAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAAAADAAAAABCACCAAABAAAABAAADBABBAAAAAAABABABAAAACEBAAAEACAABBCACCACAAABDACEAAACABACAAEAAABBABCABAAAKAACCAACAAJCAAAAAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAIBACIECAFCBADAAACADBECCDICAEDDBFAHGBDCDEABDHBBAAEBCAFBCACABAAABCGBBACABJECAAEBDJBFEEDBDBDECAFCAJGAEAEDGEBOBABDEFACBgBDACALCIQCRCKiBAVACRHBARITABFCBFAEAMABAAMACPLCECABCAGEYABEALEIEEBHBBAJDDBNQAOOcAADZVNXCCKIdSgBlCHHESJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCATqKhDlzB"], ["CC-BY-ND-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAABAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAGADGABFGCGDEBAHICBLAFEABEFGBFCFEBDCAAOCAID-B4BMEQGDEEBCCNAAAA1BuGjJ6D8DtDvCyBDQc"], ["CC-BY-ND-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAABAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABEDABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDADADBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCAAAGFACAGBDAdfQmBADIEXDEEBCCIBCAAAJA6DlC8BAMCATDeAKAlK"], ["CC-BY-ND-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABDADABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDADADBEECCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCABEBFACAGBDAHVfQcJADCFEXDEEBCCIBCAAAJA6DlC8BAMCATDGXABIAlKue"], ["CC-BY-ND-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAACAAAAAAAAAAAAAAAABBABAAABABAAABCAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAABAAEAAAABABAABAAAAABAABABEAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBBACAAADADABBAAADBAAAACAABAADDDBBDDBDACABACDCCDJAAAACBAGBAADCCCAFDAAECBABABEFAAAEAACHADABDDAEACBCEDABAAABAFADBGBFBABAEBAACABAKAABAGADGABDBBADCGBBADBILBBBGAAAADADAAAEFAABABAAEADLBAACAGBGCAGBDAAecRCDDFLOCEDTKWEMCANoBJBddFCBPGVHAwCZDEDHDF6CDsBHGHZBrBEUCBBtBIMJMHAFROUEITKFAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOBCBABADBAABACDEAAGDCACABCDCBG"], ["CC-BY-ND-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAACBAAABAAAAACABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAABDAAAAABCACCAAABAAAABAAEBABBAAAAAAABABABAAADEBAAAEACAABBCACCACAAABDAHAAACABDAAEAAABBABCABAAAKAACCAACAAJCACAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAKACIECAFCBADAAACADBECCDICAEDDBFIGBDCDEABDHBBAAGDHCDABAAABCGBBACABJECAAEFJBFEEDBDBDECAFDJGAKDGEBOBABDEFDBgBDADLCIQCRCKiBAWCRHBARITABFCBGEAMABAAMDPLCECABDGEYABFLEIEEBHBBAJDDBNQAOOcAAdVNXCCKIdSgBlCHMSJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCAgiB"], ["CC-BY-SA-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAABAAAABBABACAAAAAAAAAAAAAABAAAAAAAAABAAAAAACBAAABAAAAAACAAAAAAAAABBAAAAAAAABBCABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAABCABAAAAAABAABBAABAAEAAAABCAAABAAAACABAGAAABAAADABCABAACBEAABEACDAAAADBBACBCAEBACABEDAAABBAACCCABDAACADFJBHCAJGHDBEAGAAAADABCDFDBEECBAGDHBKADABDDGCECBGAAABCEFGHDAFAAAACACOAGADGABFGCGDEBAHICBLAFEABEFGBFCFEBDCAAOCADED-B4BMEQGDEEBCCNAAAAbZgBoFEjJ3HtDvCyBDQc"], ["CC-BY-SA-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAACCABAAAAAABAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABEACABBBAACCCABACAACADFBDACBDACCAJGLBEAGBAADCCDADADBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEAAAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCAAAMACADCBDAdfQmBADIEXDEEBCCIBCAAAJARPqBtBcMb0BHAMCATDeAKAqC3B9BHzPqJ"], ["CC-BY-SA-2.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABAABAAAAAAAAAAAAAABAAAAAAAAABAAAAAAABBAAABAAAAAACAAAABAAABBAAAAAAAABBABABAAABBAABAAAAAABAAAAABAABAAAAAAABAAAAAFABAAAAAAAAAABAAAABAAEAAAABABAAABAAAABAABABEAAABAAADCCABAACBEAABECADAAAADAABDBCACBBACABDAACABBBADCCABACAACADFBDACBDACCAJGLAAEAGBAADCCDADADBEBCCCEFAGBKADABDDGCEEGAAABAFAFGHEAEBAACABMCAGADGABFCDCGBBADBAHLBLAFADAAAEFBEBEACAJBBBCABEHACADCBDAHVfQcJADCFEXDEEBCCIBCAAAJARPqBtBcMb0BHAMCATDGXABIAqC3B9BHzPqJ"], ["CC-BY-SA-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAABAAAAAABAAAAAAAAAAAAAAAAABBABAAABABAAABCAAAAAAAAABAAAAAAAAABAAAAAAAAAAABACCAAAAAAAAAAAAABAAAABAAEAAAABABAABAAAAABAABABDAAAAAAAAADCCABAABABBCAABCBABEAAAADAABCAEACBAAACAAADAACABBAAADBAAAACAABAADDDAABDACBDACABAABDCCDEEAAAACBAGBAABBCCCAFDAAEBABABABEFAAAADAACBFADABDDAEACBCEDABAAABAFADBGBCCBABAEBAACABAKAABAGADGAAAACBBABBCGBBADBILBBBGAAAADADAAAEFAABABAAEADCCFBAACAGBGABADCBDAADaTIIICDDFLOCEDQCKOHEMCANDkBIABJTZDFCBNBAFDRHAHTZaZDEDHDF0CFDsBAGGHZBLHSEEUCBBtBIWMHAFFLOUEITKAEAWeANEASXBADAADCECBCCAABOAFBCAAGBFABEIOAACBABADBAABACDEAAGDCACABCDCBGmCmDJzBSgCzDz9B"], ["CC-BY-SA-4.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAABAAAAAAAAAAAABABAAABAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACBAABAAAAABAAAAAAAAAABBAAAAAAABDAAAAABCACCAAABAAAABAAADBABBAAAAAAABABABAAADEBAAAEACAABBCACCACAAABDACEAAACABDAAEAAABBABCABAAAKAACCAACAAJCABAAAABCABABFCEDAAAAECBACECBEBJCBCBBFBDAGEBACAECAIBACIECAFCBADAAACADBECCDICAEDDBFIGBDCDEABDHBBAAGCAHCDABAAABCGBBACABJECAAEBDJBFEEDBDBDECAFDJGAEFDGEBOBABDEFDBgBDADLCIQCRCKiBAWCRHBARITABFCBGEAMABAAMACPLCECABCAGEYABEALEIEEBHBBAJDDBNQAOOcAADZVNXCCKIdSgBlCHHESJoBSOpBbMGyBMEJDAINCRBCCDCAAbAJUCATsN"], ["CC-PDDC", "AAAAAAAAAABAADAAABBACCECAHAAIQDHCDDANEACaASBIFAAEFKUeBCgBoBoBRb8DkBLaMZAGeSCvBNFTnDjBzC2CKkBhDX5CI3BL0BCC5CUxGjESrDwG4E0CsDJ_BUxDhHTArDkNZAvB_B6E6D-MiDvEmE"], ["CC0-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAACAAADAAAADABBAAEBCFAABAEAAAAAAAACAABBBAACAAAABAABABDEAFBAEABBABAABDACACAADAAAAFCFBAADCHCEAACCBCCBGGADCAAAADAKEAAAOHZABBPEBIHBDBFAFBGACCBEIAHFBOCUEBDCFCAIFCJDCGCOBDACBEDCCCEACFVIJTFMJAnBCKMJBDGDFEABiBLgCcOkBNFFULaRMPABBXZKoBSRFDNIHJCLDEBCPLDDMVJlBIQGGUBYBUVJQnCABLjCxBQM9BQerD8D5BARjDYgDKiEkBPRvCzHcEKbmCN5CcQ8BLtCAX1B_BJyBLmBgBoBZ8CDwDZ3BxB1BRtCvESrEAU8BAOxBD"], ["CDDL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAABABAAAAAABBAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAABAAAAAAABAAABAAAABACABAAAAAAABAAAAAAAAAAAAABAAABAABAACAAAAAAACAAAABBBAAAAAAAAABADACAAAABAADAABCABABAAACAAAAAAAABBAAAAACCCAEAABABABAAAAAAABBBAABAADFACBAAAAAAAAABABAACGAACAAACCEBCAEAAECAABBDABACACBABBGEAABACABBCIFAAAAHABFBCBCBBBABDGBBDMBABCAAACGBBBCCDDABCBABBECAEAAAAEBADDECAHAECBFCFJBAAHCCEBBGCAJADAJKTDGJCDBHFAEJALEKACAKBHCHLBECAGLFFBCHUKNAAaIYJCEBKGXMCCLAMGRDBIuBEBANeAHVhBKMZLNYCFfdsC3CYDsByBsC4D_FsBrEmEAuG0E0RonB"], ["CDLA-Permissive-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABBAAAAAAAACAAAAABABACBAAABAAAABAAACAAAABAAAAABAABABACAABBCAAAABBABAAAAAACAACAABAABCAACBBACABAAAABACACAAABBAAAABCBCABJBABBFBADACEBABACADAAAAAAACCDAAAAAEAGAACCCABCHCAEACGFBACACCAAAHANBCDAAAEEAAEBJHDFCHADABDGCCDAKDBABBMAEJCAIHAFKDFGEABBCBBJCADEABBBAAGCAAIYLOIiBIBAKAAJHBVRODBGVFDENAXDINAGEADLI0BERBGBMKHHbFEEBoBYCCDaPDAJDPBQEBHDAAJGPyBRHFEvBFC1BALMEBAFE3B6BrDmCpB0CHOoCVFZoBQ9CnBVqDfMArBAvBPrBZpBaAAeAPkDGKBBGahBAPAoBFGDUHLDBpBIbCEZ9BGGMlB"], ["CDLA-Permissive-2.0", "AAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAABDBAAAAEABCAAACBEAAACABAABCDFCCAIAABAFAEABGBDGECDCCACCKJHDHHDSMAJMjBcCEITuBQfNZBGXoCCuCS_CKXzB5BH5E2DkLkLjT6BrD-CtMT_hB"], ["CDLA-Sharing-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABBAAAAAAAACAAAAABABACBAAABAAAABAAACAAAABAAAAABAABABACAABAACAAAABBABAAAAAACAACAABAABCAACBBACABAAAABAABACAACBABABCEABJBABBFBADACDCABACADAAAAAAAABCBBAAAAAEAGAAABCCABCHCAEACGEABACACCAAADDANEDAAAEEBEBJBFDFCHADABDGCCDAKDBABAAMAEBHCAIHAFKDFGEABBCBBJCADEABBBAFBCAAIYDHEJIiBIBAKBJHBVACNODBGVFDENAXDGBNAGEAPI0BERBGBMKHHbFEEBoBJOFDaPDAJDPBQEBHDAAJGPCHgBGFLECFEvBFC1BALMEBAFE3B6BrDmCpB0CHOoCVFZoBQ9CbLVqDfMArBAvBPrBZpBNMAAOPAPkDGKBBGahBAPAmBBFGDUHLDBpBIbCEZB3BDGGMlBpLyL"], ["CECILL-2.1", "AAAAAAAAAAAAAAAAAAABAABADAAAAAAAAAAABABAAAAAAAAAAACAABABAACAACAAAAAABAAAABAAAAAAAAAACAAADBAACAAAAAAAAAAACACAABAAABABBAAAABAAAAABDAAABAAAABBAAEADAAAAFBAABBBDAAAACACAAAABAACBABAAACBAAAABABAABAAAAABCABDABAAABBCBCAABAAAAAAAAAEAAAFAAACBABADCBBACAACBACAGBEFDDDAADDACBBBABADAABACCAAGDABCEAGCDAGIAABACBDCABDCFEIFBBBDGCCEDCCBBBCBCACBACDEATDBHFEEBBBCCHBABCCBBDEAQCJFCCAAEAADBBBECJBADEDJAEALEFEFACIRDHCBFKFBDAICGAAJEEKINFBBAFDFJHEIKFDKAALILADDGASBHAMCFJEIAGAQOTKHACPHHBVBABAKADeDABTAEIRDbBCBAAGYFFENWFbCCHBHeVHEWGMUDEPTCJnBCKiBKWHIHDefRCpCALmBCEBLECDOJFBBABNqBjBgBMDOiBhBWAFHHGpBEOCYEHZWHfdGJGCD6BMXZKQdLKXBBUHeHKJCKfVBGBeVrBDHuCoBIBQFUAAxBABAWCFACGCBWFTHASOAEKFFFOYAiBCLFACIEFBHJBDFJFMEECDBEANTBQTNVAUCGMHFBDAIEAJnBFDaBOGkBAPFAIBEIfCLBSesBjBhBFAJEaKAIHBOFCHNBFMNIhBTeAWKC"], ["CERN-OHL-P-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAACAAAAAAAAAAAABABAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAABAAABAAADAABAAAAAAABAAAAABAEAAAAABABDAAABAAABDACDBBAFACAEAAABAADCAAAAABBCBBBBCCBAABAIABBAADEABHCBBCDHGBIABLBCCCCEAAAABFDBDCBAHAAABAHAHPCGAAFADHCBNECFAEAIEHOBBQBEDEACEBHAJJCAOBBEOBABBAGAFPRAFCEFHIAFdGEGTDBCaJEAGLIFGABCrBNFAJDDmBgBDiBchBGAIFId_EDKKAoBAhCGdWvBoBAiBhBXElB_B0BJlBdgBoDceStBDKEcEbwBRAbpBwBISqBHDR2CC2BvDoBJ"], ["CERN-OHL-S-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABABAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAAAAAAAABAAAAABABCAAAAAAAABAABAAAAABABACACBBBAAAFACAADAAABAADABAAAAABBCBAABBCBAABABACEAADAACABAAAABAAFABAAAACCABFGBBGABLBCBACCADAAAABBDACBDCBAHAAABAHAADCGCEACCBBAAFADAGCBFECECBDAEAIBBABFOBBMDBEDEAABDABCFJJCACLBBEJEBABAAAGAFPAQAFCEAEHFCAFALLEGEGCBCLDBCGHLJEACDCIIFGABCDFLDHGCGGFAIADACHJUPQDFcHLIhBGAIFIdZEDMFJWOZfDKBIAZPzBEIGdWRdoBjBVLDTElBoBW0BJlBdgBnBgCVDCPFCFStBDKEcEbbURAbpBHIfISqBHDR2CC2BqBkCoBJmC2F8CUVIQnB"], ["CERN-OHL-W-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAAAAAAAABAAAAABABCAAAAAAAAAAAABAAAAABABACABAAABBAAAFACAADAAABAADABAAAAABBCBAABBCBAABABACEAADAACABAAAABAAFABAAAACCABFGBBGABLBCBACCADAAAABAACAACBDCBAHAAABAHAADCGCEACCAABAAFADAGCBFECECBDAEAIBBABFOBBMDBEDEACDABCFJCBEBAACJBBBEJEBABAAAGAFPAQAFCEAEHFCAFALAKEGEGCBCLDBCGHLAIEACDCIIFGABCDFLDHGCGGFAIADACHePQDFcHLIhBGAIFIdZEDMFJWONJBfDKBIAZPCwBEIGdPFARdoBjBVLDTElBoBW0BJCiBdgBnBgCVDCPFCFStBDKEcEbbURAbpBHIfISqBHDR2CC2BqBkCoBJmC2F8CUVIQnB4V"], ["CNRI-Python", "AAAAAAAAAAAAAAAAEAAAAAAAAAAAABAABBAAACDABAABAAAAAAAAAABAABCABCABAABAADDACADCDBBBABFAAECDCFAAAHADABHBCOCCDLAEDEACAFAHAGAJlBGGHEDCMCACAGHJFIGGDEcBEALCFFJPGhBIJA6BHApBRQVFmCbM2EAA8BlChDGzBBpCUeyBwBPRiCYxDTTgDoE7BWnBfMrB_BOlD3MiEBDADWVbA-BiCCMqCLKDPUmCFHF"], ["CPAL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAABAAAAAAAABAAAAAAAAABAACACAAAAAAAACAAABCAAAABAAABAABAAAAABAAAAAAAAAABAAAAAAAABAAAAACAAAAAAAAABAAAAAAAAAEABABAAAAAAAAAAAAAAABBAAABAEBAAABAAAABAAACAAAAAAAAEAACBBAAABAAAABAAAACABCABBGABAAAABAAAAAAAAABAAFBACBAAAACEABFADAACAABAAABBBDBABBACABBADCBABCAAACEBAABBCCACBBAAABABABBEBAAADAAAAADBACABBECAHACBCAAAECDAAAAHBADECCBCBAAADBCACEAAAACABHBDETCACDIACDACABAHADFADAGEBCAHCDAAFCBGAABHBBEAAABEBAAFABFAANBFDBDIAFCBFDHBAADJBCGADBJFGCAAKBBABBFABAADCCBECBIABJABGMAHEBPBDAAACADCfFKAAAbCBCHAAGAOCDBTACARMADJKLBFFHAOBCEJAAICHHHNDGACGRKNSCNDKBCBHLBTkBUJShB1BEKKhDFQO-BmCpBJMGzCwEmBtFJQGYCQ3HpDyCOnDLhI6DXlKoDkE3GIRC"], ["CPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAAAAAABAAABAAAAAAABAABAABAAAAAAABAAAAAAACAAAAAAAAAAAAAAABBAAABABACAABAAAAAABBAAAABBAAAAAAABABBABBBABCAABAAABDAAABAEAAAAABAABACBABBBABBCACAEAABABAAAAAAACAAAACABAAAAAAACAABCECAABBBABEBEBBBAADEHABDACDHFACACBBDBBDFCDCEAKCABAGIEBABBDDBGBBJSBGBCEALBBFAAFEDBAEECDCMCEMMCKBFBBCMADDCPMCGGFBDAEFJDFECLFgBQDJBEMAKZGFEEBEAHROJELMiCEBM0BSmBHEQIMBSDGMjCLTzBGiBuBUNHVJrBDELBxBb4BCkBLADqBlCuCgC5BO_JtEF"], ["CUA-OPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAABAAAAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAAAAAAAABABAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAABAAAAAAAABAAAAAAAAABAACACAAAAAAAACAAABCAAAABAAACABAAAAABAAAAABAAABAABABABAAAAACABAAAAAABAAAAAAAAAEABCAAAAAAAAAAAAAAABCAABAEBAACAAAABABEAAAAAAEAACBCAABAABBAAAACABCABBGABAAAABAABAAABBAAFBDBAAAACEABFADAACAABAAABBBDBABBACABBADCBABCAAACGBBBCCDDABBABABBECAADAAAAADBACABBECAHAECAAAECEAAAHBADECCBCBAAEBCACEAAAACAJBIWACDIACDDABAHAJADAGEBCAHCDAAFCBHABHDFAABEBAAFABFAANBFSAFCBFDHBAADJBJADBJFGCAAKBBABBFABAAGCGCBIABJCGMIEBPBDBADDClBKAAAbCBCIAGAOCDVACARMADJKLBCCFIOBCEJAAHACHHHNDGDGqBVNDKBCJLVkBeShB6BKKhDFQiCKnE6CwE_I8dAAka"], ["ECL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAABAABAABACBBBAABABCBABDAAAAACBBBABADBBBBEADAENCMKEFBJDTACABACEbKLDBQAAHDEHPIeIOFjBxBhBoBBYYCjBCHIQGnBKH1FnBChBJjCpEjBcpF7ErRiG3V"], ["ECL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAACAAAAACABAAAAAABAAABBAAAAABABAAAAAACABAAAAAAAABBABBBABAAAAAEAABABAAAAABAABABDAAEBABAAEACJECCABBBAABAAADEFAACAAABADBADCAABABCBDBEDAIAAACJEABBIAABAABABHEBBDABCBBIAABEDFAEBIJCBAFEBGBCBFAFBGOBGABDECCBAPDAFCDABCBEAHIABXHKFABAOMHfKLCIPQASAHGBJANCIAPMECSXYOBDTCOFAgBuBIxBTQCkBBPCDHTCbd5BaoBFsDULpBiBKYBKmC3BaoBSZAFCnBJUDaPCSGBQCKCRHEE_BTjB0BiCsFoCvEyCUBZ8BADE4C6B"], ["ECL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAADAABABAAACAAAAADBAAAAAABAAABBAAAAABABAAAAAACABAAAAAAAABBABBBABABAAEACABAAAAABAABABDAAEBABAAEACJHCABDAABAAADKAACAAABADBADCAABABCBDBEDAIAAAMEABBIAABAABABHEBBEBCDIAABIFAEBIJCBAFEBICBFAFBGOBGABDECCBAPDAFCDABCBEAHJBXHKFABAOMHfKLCIPRSAHGLANCIQMHSXYOBDTCOFAgBuBIxBTQCkBBPCDbed0CoBFsDULsCKYBKmCyCoBSZAFqBJUDaPCSGSCKCZEE_BTjB3DsFoCxKD9C6B"], ["EFL-1.0", "AAAAAAAAAAAAAAAAAABACBAABABAAEBBAABDABBAABBBABABHAAIFBGSFGhBQSoBBF5GIAMxDVvcIzBjYvgB"], ["EFL-2.0", "AAAAAAAAAAAAAAAAAABACBAABABAAADBBBBDABBAABBBABABHAAIFBGSFGhBQSqBFoCwEIAMxDVxZ9CIzBjYvgB"], ["EPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAAAAAABAAABAAAAAAABAABAABAAAAAAABAAAAAAACAAAAAAAAAAAAAAABBAAABABACAABAAAAAABBAAAABBAAAAAAABABBABBBABCAABAAABDAAABAEAAAAABAABACBABBBABBCACAEAABABAAAAAAACAAAACABAAAAAAACAABCECAABBBABEBEDBAADEHABDACDHFACACBBDBBDFCDCEAKCABAGIEBABBDDBGBBJSBGBCEALBBFAAFECABAEECDCMCEMMCKBFBBCMADDCPMCGGFBDAEFJDFECLFgBQDJBEMAKZGFEEBEAHROJELMiCEBM0BSmBHEQIMBSDGMjCLTzBGiBuBUNHVJrBDELBxBb4BCkBLADqBlCT6BgC5BO_JzE"], ["EPL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAADAAAAAAAAAAAAAABAAAAABABACAABAAAAAAAAAAABABBAAAAAAAAAABBAAABBABAAAAAAAAAAAADAAAAAAEAAAAABAAAAACABAAACABBCACACBAABABAAAABABAAAAACABAAAABACAAAABACBCAABAABABEBEDBAADEHABCAABAACHCBAACAEBBBBBDGAADCEABICABAGIEBABBDDBCDBBCEBCPBAFBCEABJDFAANABAEECDCDIAGAGEMABIBHBBCNDDCPMCNFBDAEFJDFECDBFFCSKIDDBBJAAEMABILNGEAECBMCRYELALN0BEBMIJhBSmBMBXMBCPDGMvCTzB4CUNHVJaQDELBvBBOHLAwBCkBLElBElCTA5B6DOP3CxElCzE-JrJpK0Cva"], ["EUDatagrid", "AAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAABDABAAAAAAAAAAAAAACAAABAAAAADABAABDECCEBBBADACAAABAACBBBCAABHBAFACBFGBBCLFGEBKAIHDBDEHFPEAAROCEGCFHAEJISDLORGbDNMFNYAOCAAiBDA7BP4BD4BWTZQuBmBTtCxBiCOJBoHtBhB9DL0DoFiGhBrECwB-DrJhKvSf_C1BnDY8JjKL"], ["EUPL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAABAAAAABBAAABABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAABAAAAAAAAABAAADAABABAABAAAAAABAAAABAAAAAAAADAAABABACAAAADACAAAAACABACAAAAAAACEADAAAAAABDBABACABAAABABAAAABABBAAAACBCBBAADEAAFAACBBBBBAACCCABGBFACBAAAAADABAAACCACCFBDEACAABBAABDABAAADACBAACCBDAEBABACAECECAAABCAACBBCDEJCCBDCCACAEBFIDACCDCCEBBDEFBHFBBHAJIIKCRHBIACGRDCKFYBBJPACRBKXABAASGGKECAHHAFAEAmBTQQQHBALCBMDDBBWDRLHlBLIBaBZXDDQCmBOTJEHQIOPFjBFHNKrBHtBcAKkB1ByBbkCoCDSFgBEPjBHHmBDEEEHQCFHEyEBtBL1B8BUjBE7BPEI2GbPNGCJBEJAJKWIkBZOdWCS2BM7BkBlBvN4M"], ["EUPL-1.2", "AAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAABAAAAABBAAABABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAABAAAAAAAAABAAADAABABAABAAAAAABAAAABAAAAAAAADAAABABACAAAADACAAAAACABACAAAAAAACEADAAAAAABBBAAABACABAAABCAAAABABBAAAACBCBBAADEAACCAACBBBBAAADABCABFABFAEAAAAADABAAACCACCFBDEACAABBAABBCBAAAACACBAACCBDAEBABACAECECAAABCAACBBCDOCEDCCACAEBFIDACCDCBAEBBDADFBFBFBBHAGCIICHCRHBIAbDCKAEYBBJAPCRBKXABAAQBGGKECAHHAFAEAmBTQQQHBALCBIDDDBBREDRLHlBLGBBaBZRFDDQCmBANJJJEYICLPBDjBFHNCHdNHJjBcAKJaDxByBbcnBiBlBWFgBEPWMHHmBDEADEHQCFHEvB8BlBBADoBL1B8BUjBE7BPEI_CjDSbCaEBCJBEJAJKWIkBZOdWCSDhBQM7BkBgBF2BeiRwGrH8B"], ["Elastic-2.0", "AAAAAAAAAAAAABBAAAAAABAABABAABAAABCAAABAABAABCBAAABEAACAACCABDCBABCDBABBAAAAACAAABCCCACBGDABAABCEAADDBEAGBACBABBACDIABDABBSQSHCANJBEDNEAEPIMLHEKNCNJDAKUDKAAJCCI_BCMyBE0BJBcViBjBREgBDiCfDkBpBhBiBzBfxBvC9CWV4DNQtBtDiB6J3BOsIqIkBgE_CmEyTsB0GuFqI"], ["Entessa", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAACAABBAEBBAAADADDCABACJAECAFAEAABAACBBBCAAIDLFGDOMGBaDBWPFARMADLCBDHAEGUCWTTbECJSHOQOEmBA7BP8BNcN1CmBHyCapDlBOzGjE5T3DoC8uB1JiE"], ["Fair", "BACBHABAALfJRWSIS4J3DwdMh0B"], ["Frameworx-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABABAAAAABAAAAACACACABBAAAAABACCBAABBAAAABBABAAAAABACABEAAABBACBABAABBACAGAAACAAAAHCAAAAAAAAAAEBABAFACABAAADCBCCDFBCCAGFADAACADDDADDHAFABCCCHABABBBGBCHAKBAJBCCHBAECADAAFAIAFAAKAABABAGPLDBEPFPBaDKDDPCJPABELDAHHHEcABBSOrBMDQKFKCHACHwBAeGSGpCfEFFHMiBCEDNKXFGrB8BLiBIkBNFCLjCAK2BMPXzBAjBONHyEqB0F3EDSeiDQ2BJY0BjBuCyCyGsDLiDXsCgFuBAvCCEGRpDAnBmBaKd1DFYsBAtBtCAqBlC4B4E5BSZhCH"], ["GFDL-1.3-only", "AAAAAAAAAAAAAAAAABAAAAAAACAAAACAAAAAAABAAABACAACABAAABBBAAAAAABAAACABABAAAABABAAAABAAABAAAAAAAAAAAAABAAACABAFACABAAAAAABABBABABCACEBABABAAAAAAABBBAAACCAAFAAACACBBBBAABFBBAAGCAAACABBAABAABBABBABAACABBDCAADAAAAACBACABAADBACBEGAAACCAEACCABDAAAABAHAECDAEABAABACCHCACAAACFDABCAAACADAABDAABBHCAABGBAAAAAAABCBBBBDDCBBCGBCCADDAABFCCBABFAACABBDMGABDCEADLBAABADAHHCFFKIEABABCGAHAFCGAAADCDDDEAAJAEFGCADACDDAGBDCDGACAADAADFBAFBBBAACMGCGGBAAAIAADAHAABBAJFBBAEXCRBACJBAACEAEDDADBBJMDDFBAAPJPAHHHJBDZHTJEGHCQFMBHEGBAGJGEBERBGERCAAEGBfCKBQAQEHLYECMDbOGJFNHBECEAEDBBADBrBMEALOAZHrBBGDJGSe9CgBLgBBAICSIDMEGFAABCGPkBCwCCrB8BLFkBJhBgBpBDDJceHJMZiC9BFUCB4DAAIEFEKkCLRVAAKBFFXBLCIAfEGJZBV0BmBBMWgBmBmBNrBIvBCWBIARGqBtBDFCnBV9BPTekBBCAWNZMAJPAAAAWLAJFEKLENGQ5BGAaDRLGUasBAICBPClDRJB"], ["GPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAABBAAEBAAAAAAAAAAAAAAAAAAAABAAAAABBAEFAEBAAAABBAADAAAAAABABAAABABAABAAAACBABBABACBAADBAAAACBABAADAABABFBBAEABCBBABBABFADFBCAABBHBADABFAABAAAAAACBAAABAABIAAAABDBCBEBAAABABADABAADAACAACGBAAAAACECBBCAABAFDABBEABAAAACABCBBBDBADAAICABEDACCJDAACFBBIANCDAACBBCAEGGBABIEGACABEGAEBDCAAEFEGDBLBDGBADDJAEFIBHAAABBLABEGAAGECCEHCBAEABAGBCHDCIEIEDCBADACADFCAAAAGBADAGNDBBDEKAGCADACGEDBHCECKEJBCAFIBFCECGCKBBOADACAADBDABEBAFCDCQJACDIBAcGEFQLHHXHHGVDDPGVGJHRBHNDQLAAJDQUSTClBLLEUCLGsBlCKHOGDAHEDERPIHCCAABDJDHIKABDCKBFNGDxDAKnBgECHJFjEsCEPExCRxBLlBa2C6GYSqBWhDmGQpJ4HvDzIuG"], ["GPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAABAAACAAAAAAAAAAAAACAABBAAEBAAAAAAAAAAAAABAAAAABAAAAABBAEFAEBAAAABBAADAAAAAABABAAABABAABAABCBABBABDBAADBAAAACBABAADAABABFBBFABCBBABBABFADFBDABBJADABFAABAAAAADBAAABAABJAAABDBCBEBAAACBADABAADAACAACGBAAAAACECBBCAABAFDABBECAAAACABGBDBADAAICABEDACCJDAACFBBIANCDAACBBCAEGGBABIEGACABEGAEBDCAAEFEGDBNKCDDJLIBHAAABBLABEGAAGECCEHCBAEABAGEHDCIEIEDCBEACADIAAAAGBADAGRBKKAGCADDGEDBSKEJBCAFIBFCECGCKBBOADADADBDABEBAFCDCQJACDICjBEFQLHHXPGZDPGVGjBBHRcAAJDQU7CLEUCLzBlCKWGDAHEIRPQCCAABNDHUBDCgB9DKnBgECXlHoD1G6GYSqBW"], ["GPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAAAABAAAAADAAAAAABABABAAAAAAAAABAAABCBBAAAAAACABAAAAADAAAAABBADAAAABBBBAAAABAADBAAABACCBAAABAAAAAAABAAABAAAABADDAABBABAABAABCBAABAABAAAACCACAAAAAAABCAABABBAAAAAAACAAADAAAAAAADBDDABBACAABCAABAAABABDBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFABAACAAACBAFDACEABBAEDDGDBCABACCACCADCAADACABCBBBAAEBBCAEABACAAECBBAABCACCAADEABABBDCCBBABBBBIBEBCAAAABDADACBADAABECAAAAAAAAABAABDBCFAABABDCDAEADBAAABAABAAAABAACDEEADAAAEBAABBAAGDJDBAACAEIAAAGACDACEAABCDAAEBAABBCCBCEACBABDABBABACCBBBBABACADAABBAACDBABACCBBBBAAKAACADAEABBABDAAAEAAABBBABAGBADBDCABAABMBDFGAEEBYFDDECEDCABIDABBFBFAACAAEEBFCAFABCBKCCLBGCEAIDEFBDAFCBBBCGJBCAAABBCDACEBKFCEAAANDCFBBEADCAADEABACCBCCBBGAFCBGFBDHCLCEBBACEABJEAEAABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGDACAACBAAAEBCAnCVLSKPEAAFYCKAeFGSpBCGAHiBKNOYHWVyBnD4C2F5B5GoD4CL"], ["GPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAAACAAAAADAAAABBABABAAAAAAAAABAAABCBBAAAAAACABABAADAAAACBADAAAABBBBAAAABAADBAAABACCBAAABAAAAABBAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAAAAAABCAABABBAAAAAAACAAADAAAAAAADBDDABBACACCAABAAABGBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFACACAAACBAFDACEABBAEDDGDBCCACCACCADCAADACABCBBBAAEBBCAEABACAAECBBAABCACCBDEABCBDCCBBABBBBIBGCAAAABDADACBADAABECAAAAAAAAABAABDBCFAABABDCDAEADBAAABAABAAAABEDEEADAAAEBAABBAAGDJDBADAEIAAAGACDDEAABCDAAEBBDCCBCEFABDABBABACCBBBBABACADAABBAACDBABDCBBBBAAKAACADFABBABDAAAEAAABBBABAGBADBDCABAABMFFGAEEaFDDECEDCABIDABBFHBCAAEEBFCAFAEBKCCNGCEAIDKFAFEBBCGJEAAABBCDAHBKFCEAAANDCFBBEADCAAIABACCBFBBGAFCBGFFHCLCEBBACEABJEAFABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGDACBCBAAAEBCApDtBFiBKAeFZpBCGAqBKNOgBWVyB"], ["HPND", "AAAAAAAAAAAAAAAAAAAAAAAACAFABABDBAACAAAABAABDCCBBACCHFHFKEACBMNPBWTMCHuBcDAOBShB4BrBmIM7GsB4ISmeCtN"], ["Hippocratic-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAABAABAABCAABABACAAAAACAADAABBAABBAAAAAAAAAAAABBEAAABADABAAAAGBBABDABADBBDABAADBABGAAAAAAAAAAABBAAABEBCFCAAEECABEAAABDABBAAACEEBABEBEBADDAAAAJFBLCFLNCCBDECEDAEFCBEGMBECAJBCAKDFATAELGMGHAFBBEUaDDADVAHGIOORAFBBLCIBAJCLLCBlBrBBEMFCjBFNLFHBWUMDGdCKcgBdNBIO0BBsBsBAdFDABahBXJuCIO9EhFiGjBNSAKKyBBJpB6BLbVFkBqBAkDbgBd1BwBoBuCHgBXOPqBhB7C5BKmCdoCEAhBqBAmBgDVNdJZqDzB-BCENUAuC6HtEUrEK"], ["ICU", "AAAAAAAAAAAAAAAAAAAAAAAACAABCABABBBBEAAAABAAAAACCABECCABECCFAAAEKEACBMNNBBSDCKFCMHIBNFMJpBUIW6BUWkBJwBPhFwF5CJjC9GRJtd"], ["IPA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAADAAAAAABACAAAAAABACBAAABBBCBAABAAACACBABGABCAAABBAAABAABAABAAAEAAACAABBABABAADABACCCACAABACCBEAEAAEBGABAAFADDCBBBACFDABBFABCDFAAAABFAAAGDBFCDEDBBFCDGHIGCADGAMKDCBFFIDDHBCAGCFGEDEZMEqBCAGgBCTGFAAXGAKBQBvBGAEPODOAMFCPTAgBgBJTWuBFRLKChC8EBJK5BhBQ9BvBQP7BqB6CEYKrBL4E6BBJ-BPfalDkC9D-B5BkCbnBGX4BjEnBqG_BJVVhGBjBsBazFGIjFgBhB3B3EOMhDKEApB-C_BvC"], ["IPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAABAABAAABAAAAABBAABAAAAABAAAABAAAAABCAAAAAABAAAAAAABBAAABABACAABAAAAAABBAAAABBAAAAAAABABBABBBABCAABAAABDAAABAEAAAAABAABACBABBBABBCACFAABABAAAAAADAAAACCAAAAAAACAABCECAABBBABEBEDBBDEHABDACDHFACACBBDBBACAEGCFKCABAGIEBABBDDBGBBJSBGBCEAGEBBFAAFEDBAEECDCMCEZABKBHBCMAHCPMCGGFBDAKJDKCLFgBQDJBEMAKZGFEEBEAHROJELMiCEBhCSmBHVIMBSDGMVtBLTzBGiBuBUNdJrBDELBxBbWhBCkBLADqBlCuCgC5BOtO"], ["ISC", "AAAAAAAAAAAABAAAAAAAAAACAFABABDBEAAAABAAICECCHFNTGHNPBWjBHrCTBSmEzI0R83C"], ["Intel", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAABAABBABCBBAAABBAECCBADHBCCDCDEACAACBBBDAMLFGNRNEQDBLQJGTJAAPIHAERFDUsBbHJaeAOEMIQA7BP8B2MK6G5MnN4bKczBqJPjHrBwKAXd-CjG6EU"], ["JSON", "AAAAAAAAAAAAAAAAAAAABAACAABCABAAABAABCBBAABABAACCABADCCABECCGGKKoBKLDCROQBNFW-ChCN7BJwBPC-EjEsBjDjC5H9EirC"], ["Jam", "AAAACDIDICAAPABPMJ5K-FqCJqC4X"], ["LGPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAABBAAADBAAAAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBABAABBAAAAABCCBBADAABCAABABBABFADFBCAAAABHBADABDBAABAAAAAACBAAABAABIAAAABDEAAADAAAAABABADABAABBAAABAAABGBAAAAAABECBBABAABAFBBABBBCABAAAABAABCBBBDBADAAICABEDACCJACAACFBBIANCDAACDCABCAFGAAABFCEGACAEBGAEBBBCAABCAAACEFADBHCAAADBEBADACJAEFAHBHAAABBLABADBDAAAEBACABACBCDDCBAEABAGEDDBBABDEEIBCDADEACADIAAAAGBADAKJACBAAIKAGCADACGBCCABPCDDCCBJBCAFIBFBAECCDCKBBBBKADADEBDABCBBAIDCALBBBHACDFCCaBGBCFGVHFBXECECGVDDLCAGBASGJHSAHEADDRABLAANLADULEBTBKDYAEABBHBBADDMDCLLINJGGFAEABGHbEAHBHLABBEDAHEDBBAKGKEIHCBAAABBBJDHIKABDCKBCCNGeHCaVDDBIFBACAIaFAAlBHGPXEAJSBAACFAAOjBN9BU5BNEZxCjCxBCtCA0C_BvB-CiBJdDCY"], ["LGPL-2.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAACAAAAAAAAAAAAACAABBAAADBABAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBABAABBAAAAABCCBBEAABCAABABBABFADFBDAAABHBADABDBAABAAAAADBAAABAABJAAABDEAAADAAAAACBADABAABBAAABAAABGBAAAAAABECBBABAABAFBBABBBCABAAAABAABGBDBADAAICABEDACCJACAACFBBIANCDAACDCABCAFGAAABFCEGACAEBGAEBBBCAABCAAACEFADBHCAAADBECDACJLAHBHAAABBLABADBDAAAEBACABACBCDDCBAEABAGEDDBBABDEEIBCDADEACADIAAAAGBADAKJACBAJKAGCADDGBCCABSDDCCBJBCAFIBFBAECCDCKBBBBKADADEBDABCBBAIDCALBBBHACDFCCaIBCFGVHFBXEHCGZDLCAGBASGJHSAHEADDRANAANMDULEXKDYAEABBHBBADDMDCLLINJGGFAEABGHgBAHBTABBEDAHEFBAKGKEQCBAAABBLDHUBDCPQlBHCaVDDBIFCCAIaFAAlBHGPXEAcBAACFAPxB9BuCNpHtCA0CxHJdDb"], ["LGPL-2.1-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAABBAAADBAAAAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBACABBAAAAABCCBBADBBCAABABAAAAAFADFBCAAAABHBADABEAAABAAAAAACBAAABAABIAAAABDEAAADAAAAABABADCAABBAACAAABEBBAAAAAABECBBABAABAFBBABBBCABAAAACABCBBBDBADAAICABEDACCJACAACFBBIANCEACGABCAFGAAABAECEGACAGGAEBBBCAABCBACEAEADBCECAAAACBEBADACJAEFAABEBHAAABBGEABABBBEAABCBACABACBCDCACBADAABAGEDDBBABDEBCKCDABBBCACADDEABAGBADAJKACBAAGBKAGCADACGBCDBGIBADDCCBJAACAFHABFBAECCDCKBBBBKADADADBDABCBBJGALBBBHACDICcGBCFDCQEHHGQGAHGVDACLCAGBASGJHCYEADDRABLAANAKEgBEAATBKDYAEABJBBADDMDCKALINJGGFAEABGHbEAHBHMBBEDAHEDBBAKGPIHCBAAABBBJDHIKABDCKBFNGmBJBRZDBCFEABDAIMNFAACiBHGDLLLEADFNEBAJAAOAEOOgDjCIZwBcDqBYMaJuBmCPPOTYGDIAaARBEHxCApBDCWINMAC"], ["LGPL-2.1-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAACAAAAAAAAAAAAACAABBAAADBABAAAAAAAAAAAAAAAAABABAABBAEFAEAAAAAABBAADAAAAAABABAAABABAAAAAABCBABBABACBAADAAAAAACBACABCAAAABCCBBEBBCAABABAAAAAFADFBDAAABHBADABEAAABAAAAADBAAABAABJAAABDEAAADAAAAACBADCAABBAACAAABEBBAAAAAABECBBABAABAFBBABBBCABAAAACABGBDBADAAICABEDACCJACAACFBBIANCEACGABCAFGAAABAECEGACAGGAEBBBCAABCBACEAEADBCECAAAACBECDACJLAABEBHAAABBGEABABBBEAABCBACABACBCDCACBADAABAGEDDBBABDEBCKCDABBBCACADDEABAGBADAJKACBAHBKAGCADDGBCDBGKADDCCBJAACAFHABFBAECCDCKBBBBKADADADBDABCBBJGALBBBHACDICjBBCFDCQEHHGQGIGZACLCAGBASGJHCYEADVANAANAPgBEAWKDYAEABJBBADDMDCKALINJGGFAEABGHgBAHBUBBEDAHEFBAKGPQCBAAABBLDHUBDCgBtBJBRZDBCFEAFAIMNFAACiBHGDLLLEADTEBAJAPAEOzFzCcuBlBa4BmCPPOTYGDIbARGHyCpBDCWWMAC"], ["LGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAAAABAAAAAAAABBAAAABAAAAADAAAAAABABABAAAAAAAAABAAAAACBBAAAAAACABAAAAABBAAAAABBADAAAABBBBAAAABAADBAAABAABCBAAABAAAAAAABAAABAAAABADDAABBABAABAABCBAABAABAAAACCACAAAAAAABABAABABBAAAAAAACAAABBAAAAAAADBDBBABBACAABCAAAAAAABABBBBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFABAAABAAACBABDDACEABBAEDDGDBCABACCACCADCAABBACABCBBBAAEBAACABCAAAACAAECBBAABCACCAADEABAAABDCCBAAABBBBCFBEBCAAAABBBADACBABBAABECAAAAAAAAABAABDBCFAABABDBAACAEADBAAABAABAAAABAACDEEADAAAEBAABBAAGDJACBAACACBGBAAAGABADACEAABCDAAEBAABBCCBBACBACBABDABAAABACCBBBBABACADAABBAACDBABACCBBBBAAKAACADAEABBABDAAAEAAABBBABAGBABBBBBCABAABMBDFGAEEBRGFDDECEDCABIDABBFBFAACAABCEBFCAFABCBKCCAKBDCCEAIDEFBDAFCBBBCGDDBBCAAABBCDACEBKFCEAAANDCFBBEADBAAABBEABACCBCBABBFAABACCBGFBAABCCBCJBCCBBBACCBABJEAEAABAABAACAABCAABDEADCBACAACCBAACAAABAAAACAABABAADCDAABBBAAICAAFADACAACBAAAEBABAnCVLSKPEAAFYCKARMBDGSpBCGAHiBKNOYHWVgBRSAzC4CxBpCAFzBQEjB5GoD4CL"], ["LGPL-3.0-only", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAAAABAAAAAAAABBAAAABAAAAADAAAABBABABAAAAAAAAABAAAAACBBAAAAAACABABAABBAAAACBADAAAABBBBAAAABAADBAAABAABCBAAABAAAAABBAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAAAAAABABAABABBAAAAAAACAAABBAAAAAAADBDBBABBACACCAAAAAAABEBBBBAAABAAAAAACAACAAACBACDCAEADBAAACADAAACHAAJFACAABAAACBABDDACEABBAEDDGDBCCACCACCADCAABBACABCBBBAAEBAACABCAAAACAAECBBAABCACCBDEABBABDCCBAAABBBBCFBGCAAAABBBADACBABBAABECAAAAAAAAABAABDBCFAABABDBAACAEADBAAABAABAAAABEDEEADAAAEBAABBAAGDJACBADACBGBAAAGABADDEAABCDAAEBBDCCBBACBFABDABAAABACCBBBBABACADAABBAACDBABACCBBBBAAKAACADAEABBABDAAAEAAABBBABAGBABBBBBCABAABMFFGAEETGFDDECEDCABIDABBFHBCAABCEBFCAFAEBKCCAKBDCCEAIDKFAFEBBCGDDBEAAABBCDAHBKFCEAAANDCFBBEADBAAABGABACCBEABBFAABACCBGFCABCCBCJBCCBBBACCBABJEAFABAABAACAABCAABDEADCBACAACCBAACAAABAAAACAABABAADCDAABBBAAICAAFADACBCBAAAEBABApDtBFiBKARMBDGSpBCGAqBKNOgBWVgBRSA-GpCAFkCE"], ["LGPL-3.0-only", "AAAAAAAAAAAAAABAAAAAAABACAAAABABAAAAABAACACAAFADAADACBAAACAAAFABABAFDCBACAAAAEEAAFAABACBABAAAABACGTGBEACBFFEABADABHENAGIBBQDBBBCAXBSGFDFCBODRDLDCGNABIEAOCLFAAIJDCJgBBCFMAWJCDNDF0BCCCSGDAEBEGAONMCBKOEFGIPEACHOCFBQLKKFHcAFHBGMBRYCDDBQTfPVuBCFrBFYGN8BCzBKFnCDmDEXKDAXAECOHMeINJNFAEABGHhBHajGdOKpIkBA-GpCAFkCE"], ["LPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAABAAAABABAAAAABBAABAAABAAAAAABAABABCAAAAAABAAAAAAABBAAABABAABAABAAAAAABBAAAABBAAAAAAABABBABBBABBAAABAAABCAAAABAEAAAAABAABACBABBBABBCACGABCAAAAAADBAACCAAAAAAACAABCECAABBBABEBEDBBDEHABDACDHFACACBBBBBBDAEGIKCABACDECAEBABBDDBGBBJSBGBCEALBBGAFEDBAEECDCMCEBXABKBFBBPAHCCMMCNFBDAKJDKCLmBQDJBEMAKBXGFEEBEAHROJELMrBWGYoBSmBHVIMAASDGMjCLTzBGgBBuBUNdJrBDELBxBbWhBCkBLADqBlCuC6CsK9B"], ["LPL-1.02", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAAAAABAAAABABAAAAABBAABAAABBBAABAABABCAAAAAABAAAAAAABBAAABABAABAABAAAAAABBAAAAAABAAAAAAABABBABBBABBAAABAAABDAAABAEABAABAABACBABBBABBCACGABCAAAAAADBAACCAAAAAAACAABCECAABBBABEBEDBBDEHABDACDHFACACBBBBBBDAEGIKCABAGIEBABBDDBGBBJSBGBCEALBBGAFEDBAEECDCMCEBXABKHBBPAHCCMMCNDBBDAGDJDKCLhBEJGDJBEMAKBXGFEEBEAHROJELMrBWGYLcSmBHVIMAASDGMiBsBTzBGgBBuBUNdJrBDELBxBbWhBCkBMDqBlCuCgCZsKQsBnYxZ"], ["LPPL-1.3c", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABABADAAAAAAACABABAAABAABAAAAAAABAAAAAAAAAAAABBAAAABAAAAACAABACAAEBAAAAAAAAABAAAABCAFAACCFCBABAABAAAAAEACBCBAACADAABEAAABBCACBAGAAABCAABCCBABGABBCBACCABBCAAACEBEADBBAAAABAFBECHEAAFABBBBAIABGFADBAACCCBABBBCAHFACABDECGANABBCFBDAAABABFBDEGDCAEACGBFCCAAIBEOEECAEHAHBHBAGOJFACIBCAFAJAEABEACBEBKFEPFHMAEAEFCFJBFBGCJABCBAABDIJEFCADECLCATDAJADHCISGDFBDLKNFKAACDAHAFAASDDFNZCACEBEHPQDBJJpBAKIJKRGILBFDHKAYPAHCCBELDDSMOlBJALFBiBFCHxBUDe-BQZBIUYJfRcAGd9BRNMGDUOIXbUEnBQPMPdHUTJlBc2CaWfgC2CAQIOGSCuBBvCACqBOAQAMFKI7BEIGhB7BAAdFATkBM3B1BASaJADpCYYiBhBkBPxCUADBUQsBgBGECfEWGAkBoBSfkBATAUNAQwBePONONUHXAKLBABMgBcE"], ["LiLiQ-P-1.1", "dFCIFHIGBBDADCLAALEGNZUsBPDZSwDhBgBSboCwBImBnC1HzCiB2BjCVZ_BTkCOALlCwGMStBvGCkD-BPdYTLCCEAAAAAFABAAACBCAIAAHDCBAAAAEEBEACDBGIGABEAABCBGCAABBBAABDDAAAGBAAAADBAABDAJBAACADEBBCPAABCEBCAAAACFAAAABAEFAAAABBAAAAIFBADAAABABFCDDAAAABAACAEADBBAAAADBBAABAERABACJBACAAAAAAAAAACABBAECBHCDAEADBAACBAACCDABFCABABEGCBAAFBAAAADADAADACAABAAABECCAAAAABBBDABBABACCDAkUyHrY"], ["LiLiQ-R-1.1", "AcFCIFHIGBBDADCLAALEGNZUfDIBFHDZPCiBMgChBDcRAPAKxBQFwBIFgB-BIqCKvBewCzCAhB2B-BaZ_BTkCOALlCIfeRkDRMStBvGCXsC-BEKHVYTLCCEAAAAAFABAAACBCAIAAHDCBAAAAECBBEACDBGIGABEAABCBGCAABBBAABDDAAAGBAAAADBAABDAJBAACADEBBCPAABCEAACAAAACFAAAABAEFAAAABBAAAAFCFBADAAABABFCDDAAAABAACAEADBAAAAAADBBAABAERABACJBACAAAAAAAAAACAAABAECBGACDAEADBAACBAACCDABFCABABEGCBAAFBAAAADACAAADACAABAAABECCAAAAABBBDABBABACCDA-BBZEAINWpCEGA9BIJd-BENZKJlHyQA0KyD"], ["LiLiQ-Rplus-1.1", "dFCIFHIGBBDADCLAALEGNZUfDIBFHDZSvBgChBgBRAPAKoCwBImBnCqCKvBewCzCAhB2B5CZ_BTkCOALlCIfwB2DMStBvGCXsC-BEKHVYTLCCEAAAAAFABAAACBCAIAAHDCBAAAAECBBEACDBGIGABEAABCBGCAABBBAABDDAAAGBAAAADBAABDAJBAACADEBBCPAABCEAACAAAACFAAAABAEFAAAABBAAAAFCFBADAAABABFCDDAAAABAACAEADBAAAAAADBBAABAERABACJBACAAAAAAAAAACAAABAECBGACDAEADBAACBAACCDABFCABABEGCBAAFBAAAADACAAADACAABAAABECCAAAAABBBDABBABACCDA-BBZEAINWpCEGA9BIJd-BENZKJ"], ["MIT", "AAAAAAAAAAAAAAAAAAAABAACAABCABAAABAABCBBAABABAACCABADCCABECCGGVoBKLDCROQBNFW-ChCN7BJwBPC-EjEsBjDjC5H"], ["MIT-0", "AAAAAAAAAAAAAAAAAAAABAACAABCAEBBBCBBAABABAACCABHCABECCGGVoBKLDUOQBNFWPuCvC7BJwBPC-EwFjDjC5HgiB"], ["MIT-Modern-Variant", "AAAAAAAAAAAAAAAABBACBAABAABAAAADAABADAAAACAGBAAFCCBBCAOGRAAENGWmBkByCB8BMtCGjBrH-HgJzEmd"], ["MPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAABAAAAAAAACBAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAABAAAAAAABBAAAAAAAACABAAABAAAAAAAAAABAAAAABCAAAAAADAAAAAAABAABAAAAAGADAAAAAAACAAABCABAABAACABABAABAAAAACAABAABABACAAADABAAAAABAAAAAAAAAAECCAAAAAAAAAAAAAAABDABAHACAAAABABEBABAEAACBCAABAABAAAAAACABCABBGABABABAACBBCGBDBAAAACEABFADADAABAAABBBDBABBACABBADCBABCAAACBEDBCCDDABBABADIABCAAAADBACABBHAHAHABHFAIBADHCBCBBEBCACEAAAACAJBIBUDDIDDGIKEHGCAHABDAAFCJCLGABEBAABGHFHBFTFCBTAANBKDBJFGDLBBABHACAGCGCKPGaBPBGDCpBLAhBCIAGPCDVADRMAPUNKgBBICPHOJDGcNnBKBCJLBTEfeSKW6B3DFD6CkCiC-DsMzLB5CACyC2H_IiBiH-G"], ["MPL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAABAAAAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAAAAAAAABABAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAABAAAAAAAABAAABAAAABAACACAAAAAAAACAAABCAAAABAAACABAAAAABAAAAABAAABAABABABAAAAACABAAAAAAAAAAAAAAAAAEABCAAAAAAAAAAAAAAABCAABAEBAACAAAABABEAAAAAAEAACBCAABAABAAAAAACABCABBGABAAAABAABAAABBAAFBDBAAAACEABFADAACAABAAABBBDBABBACABBADCBABCAAACGBBBCCDDABBABABBECAADAAAAADBACABBECAHAECAAAECEAAAHBADECCBCBAAEBCACEAAAACAJBIWACDIACDDABAHAJADAGEBCAHCDAAFCBHABHDFAABEBAAFABFAANBFSAFCBFDHBAADJBJADBJFGCAAKBBABBFABAAGCGCBIABJCGMIEBPBDBADDClBKAAAbCBCIAGAOCDVACARMADJKLBFFIOBCEJAAICHHHNDGDGcNVNDKBCJLVEfeShB6BKKhDFDMtCnE6CwE_IvOAC"], ["MPL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAABBAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAAAAAAABAAABAAAABACABAAAABABBAAAAAAAAAAABAAABBAAAADAAAAAACAAAABBBAAAAAABABAACAAAAAAABAAACAAAEAAAAACEBACCBAAAAAAECAAAAAAAABCAACABAAAAAABBAAAAJACAAAABABAACAAAGDAAABAADCBCBAAAAEAACBDABBDAABCABAAAABBBDAEBBACABEAHAEABAABHFAEAEDAEEEBDIBBBABCBALBBCCHCABLCADCABDBACADDACADECGACBFCIBAATBBGCAHCRHoBCDECQHGEEDLBFBCHAEADDGCEBBFABHBKAEHIFFEBEcBHGEHEJOEBHCGIDKIDWNMhBoBBIIEEHRJkBJUGUyBpDGIPJhB0BCCXuB7DoBtJV5BNvC0D_BIKTOL"], ["MPL-2.0-no-copyleft-exception", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAABBAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAAAAAAABAAABAAAABACABAAAABABBAAAAAAAAAAABAAABBAAAADAAAAAACAAAABBBAAAAAABABAACAAAAAAABAAACAAAEAAAAACEBACCBAAAAAAECAAAAAAAABCAACABAAAAAABBAAAAJACAAAABABAACAAAGDAAABAADCBCBAAAAEAACBDABBDAABCABAAAABBBDAEBBACABEAHAEABAABHFAEAEDAEEEBDIBBBABCBALBBCCHCABLCADCABDBACADDACADECGACBFCIBAATBBGCAHCRHoBCDECQHGEEDLBFBCHAEADDGCEBBFABHBKAEHIFFEBEcBHGEHEJOEBHCGIDKIDWNMhBoBBIIEEHRJkBJUGUyBpDGIPJhB0BCCXuB7DoBtJV5BNvC0D_BIKTOL"], ["MS-PL", "AAAAAAAAAAABAACAAABAAABAAAAACABBDAAABDAABBAAADEAACACDBABBAAACFDCADAAEBIAABBAFBEOABBICJBHHDFBIXJPEHFJLFDVDdDOBIAKSgBbdLSpByCLqBBWSIP8BuDAsHwGU2LuBS1KlP"], ["MS-RL", "AAAAAAAAAAABAACAAAAAAAABAAAAACABBDAAABDAABBAAADEAACACDBABBAAACBDDCADAADABIAABBAFBEDFEABBICJBHHDFBIMEFJMCADHFJLFDCSDRLDOBIAKSgBKQdLKHpByCLqBBWSIP8B5CUAGlHwGU2LuBS-B2IiPC"], ["MirOS", "AAAAAAAAAAAACAAABAACABDAACDCGBBBCADBABABBDEHFBBADWACABHZFBsBGLGScTNBAHjBMK1BrChGmBNuGH3D5H1DGoBW4KvChEqEyfwQwH3MlG5E"], ["Motosoto", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAABAABAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAABAABAAAAAAABCACAAAABAADAABCAAAABABCABAAAAABAAAAAAAAAABAAAAAAABAAAAADABAAAAABAAAAAAAAAAABAABACAAAAAAAAAAAAAAABBBABAABEACBADEBAAAABEGCAABAAAABAAAACAAABAABBGAAAABABAAAAAABACABFABCAAADCBCAEADABBAAAABCAABACBABBDABBADCBABBAAAACBEAAEAAKABBABAAABHAABBAAAAADBACABBHADEEACBDDEAAAAGBADBCFBCBAAEBCACEAAAABAACGKQFACGFAGDCCFKAACAGGCAHHAFNBGECCAGCAABDABDCAFHBFALBEFCBFCAJAAIEBEFDBJFDCCBKBBABHABCFMCHCGCCCDEHNBPBFEePDFJBLNAHABEEDGGVAVJDOQEBKAHAFHBACEFDAABCDCBFHHABEFDGD-BINQM2BaYcJqD5GZzBxDE5BZzBtBjB-B9BoCpCEIDLTsFKLNqDgBbjCGY-DbV0DuFgByD8FkGMvBsBQYuExC"], ["MulanPSL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABABBBAABBAAABAAABAAAABACABADAACAAAABEAEAACCBAAAABDAAAAEABABCABBCAADABBGBBCGAFBJDBFACECCAFCVACBEADBEAAXCAAEDODCDFGABBBBMCLAFMGDAEBAJAABEJBCaACPANFAABEXCLCIFNCGDzBwCVDoBtBhBeOQKA0BrCMfqCHoBiCPgByCkBHhEkL-FqBUfkBlBnK_DvBqBhBuCb2IqGoCyBM0B9C7DlJAsFyGsE"], ["Multics", "AAAAAAAAAAAAAABAABADLAHBBDABNHCFHHGBHEAEL4BFgBXgBFPADMCKoBcbCAAToBLsCzCL6BiBYJSsCbzCxBqBXjFmD1ByB9EgBJ4BhBkOjB6DXcuBuCoBwBlBwMUwChHAAAwDsBUmDnDAW3C-BeD8BdSCtBFPXgFxC"], ["NASA-1.3", "AAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAABAAAAAACAAAABAABABBBAAAAABGAAAAABAAAAACAAAAABAAAAABAABCAAAAAAAACAAAABBBAABBBAAAAABAAAABABABEAACABACBAABABCBAAABBDBAAAAAABAAABAFAFBCAAAAFBDBBAEABBCBAABAAAACAFBABBACADABAAAEACBBAGBADCCBAFBCDECHHAFBBCBABAACDCAAABCGGCFADBEEBAECDDFAADACCFCCFGFBAJBDAAMGBCCAAPEBFBIAQIFCBMALCHCKAEIHHFFCCFAEAFFBGAEACEADAANBFBBMNAJBBGDCAKCBEdAAFAHDBDcQAALCIHICAOAVCBQMfIHFEiBOdIGBBAGDKFNGoBAdGAlBUNJ0BGNFGoBVzBNdsBSAAAkDhB3BWfT7CCaccpCRtEXuClBbkDqCoI0DFLvCAzEUkC1BCjBM9BFgBMtCzDwLa2CLApCKjBBLWExBvB8BA"], ["NCSA", "AAAAAAAAAAAAAAAAAAAABAAABAABCACAAAAAAAAAAABBAAAAABAACCABADCCABBCCABGAFKEAEIfKLDPEOQBNFVAFTJAAgBAW8BODXRRJeRPtCzCAvFjDjCyDmEqJ-B_V"], ["NGPL", "AAAAAAAAAAAAABABAAAAABACAAAABAABBAABAAABABAAADBAAABFABABBACAABBBACAAAAADCBBBBCAABDGCBDDACAAABCDDKDCCBBBDHAMBDABGBAKBAAHAFDADCDAANCDAGBASXCFAGHDADAKBFCHBBJACADBEJFIClBAFIDRCKAGYjBLMgBFEXELAQSABdIONcKHEAIGcSIErBfLIsCA6BtBCNYBQdlBiC4CmDWqBrFzCmHY1F9D2ClGsDrBvOVlC7C4JM2BiHEjB9HtCEsD"], ["NPOSL-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAABAAABAABAACAAAAAAAAAABBABABACAAABBAAAABBABAAAAAAAAAAAAABBAAAABAAABBAACAACABCAADDAADAABDABBCACCBEDDCABBBAEBABAABECAAADDBAABACAAABABCACABAAABFBDAACCAAFCDCBCABJCAACNABAACACBCEACBAACBACCDAAGGCBABLAHLBAADIBEBABFAAEDBBCBIACHDCCEAAEABDFAEADEFAAAEBCEGCABNjBBAAAEEBALXEQZbLLNMDHCRABAABvBhBhBfAJBCCQCAHEBKdCGUEJBFPMINMoBOTLKFQBQBBBDZWICVnBHYXU8CWqD1BRqBlFEOPGsB0B7C1D5CqPmGqH_G-BrY"], ["NTP", "AAAAAAAAAAAAAAAAABAAGIAHAAFABDDFBCCCNHQEAEkD2CDP2B4ByJxB2FsB4I5eCjrC"], ["Naumen", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAABAACAAAABAACABBAAABBAHCABDDAEFKBABACAACBBBDAMLFGOQKUDAABBsBACQLPIAGAEQKCNgBPbHJJQfOEmBAKwBP5BCI1UyEP9lB0CJmBppB"], ["Nokia", "AAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAABAABABAABAABAAAAAAAAAAAABAAAABABAAAAAAAAAACAAAAAAAAAAAAABAAACAAAAAAABAABAAABAAAAAAAABAAAAAAAAABAACACAAABAAADAABCAAAABAAACABAAAAABAAAAAAAAACAABAAAABAAAAACABBAAAACAAAAAAAAFEAAAAAAACAAAAABBAAABAFAAACAAACCEAAAABEAACEAABAABAAAAAABAABCABDEABAADAABAAABCGBDBDCBFFAACAACAABBABBBDBCCCABBADCBABCAAALBECHABBABABBECAACAABBDBDCBECAHAEACAAECEAAAKDECCBCBAAEBCACEAAAANBAHWACFFAACDACCAIJAEGEBCAHABDAADBCBHAJDBDACEBAGABFAANCEPDFCBFDZBEEADBJFGCBKBBABHABAAGCJNJCGMIEBVBEDCwBAdCBCQAOCDVAHNEHADFDKNUTEJAAICHHHNDGDnCRMCJ4DEclCK0CVNPiE9ELjDrD4JoE6BwF1FpCkBhDH5HvBpCvH7Q"], ["OCLC-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAABAAAAABAAABAABAAAAAABABAAAAAAAAABAAADAAAAABBBABAAAAAABAAAAAAAAACABAAAABBAAABAAABBABBBAADDEAAAACACBBABFAAAABAAAAAAFAAACBAACAGBABBGBBAABABBABABACBCCAAAIABBBCACAACDAIADAFAAFPFDACHCGAFAAAACBAAAIBAADDCAAKADADQEBAIEECAAIBJJEACFHDKGCDBAGCSPEBMABOSAAIJADHEBGGQBHACACDKROLLAKGOHABCEDPFDMQBbaRBJTBVEJCFAJBOAGDKOJUKMEIDfUfCEdDFanBJDS2BROVDAHeFzCQIbKxCMlDkBrB2CqB_BnDpBH5BrFTU1ByD3D3CqBKlCwCDSjBYkH0H1GP2BuCgCJPPuBjBpB1CiC0BTtB"], ["ODC-By-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAABBAAAABABAAAAAAAAAAAAAAAAABABABAAAAAAEAAAAAAAAAAAAAAABAAACABAAAAAAAAAAAABCAAAABAAAABACCAAAAADBBAABAAAAACAAABABAAABBBBBAADFABACAAAAABAABAAAEACADCAACAAABCADABEAAAAABCAACAABEIAAAABAAADAAADAACABABACABAAAABAACAAAABACDCBBACAFAFAAABDAADCAFBBAADBEBDADBAALCCACECAABLCBGAAAAABAFAABBBCEABAADIBAFEAAHGECABAEBCBAAACDACCAAIFELMCFBBFGCCECDBAADCBCACIBBEAAOBEBEABQAFHDEIADBEWFJFCFBBFACBBAAILAGDDCJHRIJABEIHBMHKAGHDLLEJCHENNCLDLHAPADOGCUSDABHDBOBCEHiBPJBMBGdHOAFAGHBAUDFBBFFRCEAU0BhBAAJGGEAHItBCkBFDdqBSgBqCC1BULEHbGEeJBAhCEoBELPrBNRO2BGXFIIwBFoBLkBKVaGRBCfTPCIKAABVCiBuBPDNuBLCtBI2BcNAAzBQM"], ["ODbL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABBAAAAAAABAAAAAAAAAAAAAAAAABABABAAAAAACBAAAAAAAAAAAAAAABAAABAABABAAAAAAAAABABAAAAAAAAAABACCAAAAAACBBAABAAAAACAAABABAAAAABBBBAACADBAAAACAAAAABAABAAADAACACABAAACAAABCDAAAACBAAAAABCAACAABEFCAAAABAAACAAAADAACABABACABAAAABAACAAAABACDCBBACAFADAAAAABDAADCABDBBAADBEBACADBAADHCCACCBCAABBHAACBCDAAAAAAAAFAABDCEABAADIBAFEAAHGECABADABCBAAACDACCAAIFELKBCFBBBDGCCECDBAADCBCACIBBEAAOBEBEABAGEDADBGADEIADBEWFJFABFBBFACBBAAILAGDDCCOJBFBGJABEIHBMHKAGHDLLEJCHEIENCLDFFHAPADHGGCLCFSDABFBDBOBCAACHiBMCJBMBGdHOAFADCHBAUDFBBFFRCEAUCxBdDAAJCDGEAHEDtBCIbFDFXqBSgBqCC1BULECEbBBCEMDDJJBAhCEPYELPrBNROvBGGRFFIIwBFgBHLbIKVaGKGBCbDTPCIKAABVCPSuBPDBLuBLCtBIamBRNAAzBQM8CpB6B3C1TwN"], ["OFL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAABAAAAACAABABAABABACACAAAEABADACCAADBABAAAEBACBABDMCEADGAJDBHAADCAPDDBEEKBBIECICMAABDBBHKAEABFGTIAjBFFAMDECJECYEKIKGBACBDR0B3BUHJdVW6BSjBNEGYISNDhBDEqBYoBPEmCJpBlBkBEwBoCHzBO_BCyEhB4BBrFjBVgEAFDPDtBhB8BAsBa-D0BZoBtCXDyCCCoBK"], ["OFL-1.1-RFN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAABAAAAACAABABAABABACACAAAEABADACCAADBABAAAEBACBABDMCEADGAJDBHAADCAPDDBEEKBBIECICMAABDBBHKAEABFGTIAjBFFAMDECJECYEKIKGBACBDR0B3BUHJdVW6BSjBNEGYISNDhBDEqBYoBPEmCJpBlBkBEwBoCHzBO_BCyEhB4BBrFjBVgEAFDPDtBhB8BAsBa-D0BZoBtCXDyCCCoBK"], ["OFL-1.1-no-RFN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAABAAAAACAABABAABABACACAAAEABADACCAADBABAAAEBACBABDMCEADGAJDBHAADCAPDDBEEKBBIECICMAABDBBHKAEABFGTIAjBFFAMDECJECYEKIKGBACBDR0B3BUHJdVW6BSjBNEGYISNDhBDEqBYoBPEmCJpBlBkBEwBoCHzBO_BCyEhB4BBrFjBVgEAFDPDtBhB8BAsBa-D0BZoBtCXDyCCCoBK"], ["OGTSL", "AAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAABAABABBDAABCBAGBADAAAAABAABDAABAABCDABBDCAABBAAAGGCDABAAAAAFGBHACEEACHIBBJDCBIEBGAAHGBABBFDACQABDMFLIBABACIFBBSEDGDASCODAFLGGLODIFJFOABEfTBYICDJVAHPAAGCEDKDNiBUVKGCCECDrBCDdDCECGHWENQLCMADRMQWLBNHNILDChBEEvBZJCqChCFHDLxBqBEfBMoBKnBaNKUoBHjBwBqCXZiDyBDAeIPRqCsCRGAS0DwCX4B1C5BgCtC4BhClCvGoDXhBXTrH6BegBHrBYapBLIL8DH2BiBAhCzCPaA"], ["OLDAP-2.8", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAABBADABAAAAADEDCCECCEACKEACAACBBBBBAMKABDGdFHXDBJYDGTLBEIIIEDNJCOrCHJaYGOEIHV8BPgBWElEjE7LmC8EajRrclHA0e"], ["OLFL-1.3", "AAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAABAAAAAAAAAAAABAAAACBAAABAAAAAAABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABDAABCBBBAABABAABAABDAAAAAAAAABAAAAAABAABDCAAAABBACAAAEAAAFBDCCAAABCACDACABAABBCAABEBADAAEACBAFCAAAABAHAAABBABDBDABAAACBBGABBEEEACAADBALEAHBCABBBDCCBBCDEEBFAABIFEEGJAHJDECHCEABIDAEABCEBFKKAFEEHEFBKGMADCACAHAIHYFOCCGOHLCIKBCCKDLDCEKLWDaGDJFCXEkBDCAFCGRFAIXJMAWctBDQCCTNJHA6BFWODaB4BAXHYe8BZWmBOKQHM3BOZ4BTAlBNMBdRJYajBBGENCEIZEEAuF-DpEuBtCmCrEvBAzDgBgDG9C3B1DfB_BAvBM7FFnCPPGDVmD4CvCgCALdsDrBuB"], ["OSC-1.0", "EwB4rBtYuE4gB5DcTBAPBBGBrEXAFQAAcNHAAAaFAACqBLLXBAAACOEAAASCLAxCBHAEAABJHOGFhBTEHBAUANILjBB7C_BTHjBGAA_B4BIEWAGAACNDACAAAAPAAAKAABQAAAA"], ["OSET-PL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAABABAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAABAAAAAAAAAAABAAABAAAAAAACABAAAABABBAAAAAAAAAAABAAABBAAAAAAAAAAAAAACAAAABBBAAAAAABABAACAAAAAAAAAAAAABAAAEAAAAAABGAABCBAAAAAABCCAAAAAAAAAABAAABAABAAAAAABAAAAAADAEACAAAABABAACAAAAFDAAABAADCBCBAAAAEAACBACABAADAAAACAAAAAAABBBCAAEBBACABEADACAEABAABECAEADAAEDAADBCEBDIBBBABBABAJAABBCCCABBCABLABADBAABACBACAABADACADECGAEFCGBBAAHAGDBBGCAHCDKCCEXEBJBAACEABHIGAAFEEDGEBFBCCEABCADDCDCEBBFABHBKABCHIFFEBELAAAMAJGEHDAJOEBFBCGIACFEIDKLACJDIGaoBBCFEDEDAHIABFJHcJBJIGULNHQpDGIHHCGhB0BCCXuBxBpCoBvB9HV5BN-BQ0DAefIKASDKL9EkClBFV1EhBc-DF6CnBtBmBsK7FhIFAAnByG5BiD"], ["OSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAABAAAABAACAAAAABAAAAAAAAAAAABAAAAAABABCAAAAAAACAAAAAACABAAABAACAAAAABAAAAABABABACAACBABCAAAAAAAAAAAAAAAAAAEABBAAADAACADABCAEADEAABCAABBCACBABABBEABDLCCAEEABDDBAAFFECAABAAAHBJBAQBCABCGRADBAABABBBHACBADABCEBAEBAJBABCJFAMBAADMBABAHEBDBBEFDCKACAGAAEABDMIFAAAEEFFDBNIDWBAABLaIwBIRBCAFLNMLCVABBIYU6BNLFMFQDZ8BOBFzBMoBOEOWFQWBcXICVnB4BE4D2B0DsK-Q7E7J"], ["OSL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAABAAAAAABAAAAAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAAACAAAAAAAAAAAAAAAAAADAAAABAAADAACAAABABCAADEEAABDABBCDBABABBEABDBJBACABCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBEBACCBBAECJBABCJFAALBAADIDBABAHEBDBBEFDCLDGAAEABDFFAIFAAAEEEAFCABNIaBAABDHjBvBAIRFFLNMLCSBAABKtBYhBNRMFQDHGK8BOBFzBMoBOTWFQBQDBDZWLVnBgBXFOxCWrFetJ-Q"], ["OSL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAACAAAAABAAAAAABAAAAAAAAAAAAAAABCAAAAAAAABAAAAAACAAAAAABAACAAAAABAAAAACBABACAAABBAAACAAAAAAAAAAAAAAAAAADAAAABAAADAACAACABDADEEAABDABBCDBABABBEABDBJBACABCEAAADDBAABCAAAACEABAABAAAHBEAFAAFJBCABCGCOADBAABAAABBHACBADBACCBBAECJBABCJFAALBAADIDBABAHADBDBBEFDCLCAGAAEABDFFAIFAAAEEEAFCABNIaBAABDHjBvBAIRFFLNMLCSBAABKtBYhBNRMFQDHGK8BOBFzBMoBOTWFQBQDBDZWLVnBgBXFOxCWrFecwI-Q0qB"], ["OSL-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAACAABAABAACAAAAAAAAAABBABABACAAABBAAAABBABAAAAAAAAAAAAABBAAAABAAADAACAACABCAADDAEAABDABBCDCBEHCABBBAEBACABECAAADDBAABABAAAACBCACABAAABFBEAFAAFCDCBCABJCSABAACACBCEACBAACBACCDAHJBABMHLBAAMBEBABFAFDBBCBIACHDCHAAEABDFAEAIFAAAEBCEGCABNjBBAAAEEBALXEQZbLZMDHCSBAAB4BYhBfAJBCCQCAHEBKdJUEJBFPMINMoBOTLKFQBQDBDZWICVnBgBXU8CWqD1BedlFEOPzBGtB7C1D"], ["OpenMDW-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAABCAABBAAAAABAABABAAABBAABAKEBAADAAECACGACBEACBLBBCFBBBBBCAEFCGBDCEIGLLGBBCGAJEDBBqBVEIMdBINIM0BLFBECAHnBfMSNbdpBaSEMbQgClCgBuBK-BKRe0CzBtIAvBpBgB-M4BtSbiB2FyFT4EOyE1H4J"], ["PDDL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACABAAABAAABAAABBAAAAAAAAAAABABAAAAAAABBAABBBAADBACCAAAAAAAAAABAAAAABDBCBAAFABAABAACAAAAAABABACAAAABAACAEEACAEBAADBBBAABCAACAAAABCBAADCBEFABDAAAAABABCDBABBDBCDAAACADAAEBACABCADBBDDFDDAEBDBCABACDCABBAACAAAGEDCDFADGDAECGBGAIACGADLDFEAABJGDCBBDGCBEEADDHABKRBFACLAEEBAHELLBABFBBAFBEJFEIDFDDBDCDBELCJEBGKNCFBGEBETCOGABHHDEFDMGHHBONHlBMAXBJBXRDIGUCPFOPEEJXAFSDABHWCEGAZIZOBFCbXNgBCHBVHHAiBeRjBHKA1BLIbJFd0BCzBlBNA7BHEHLEpBAEeLRwBEoBEHPxBbBOUWRXFIITcFeAILkBKVRIXhBDTbKAA0BO6BODAAoBxBELILBHOlBPR5BuB0CsBDPgChB1COXAANXRpC1CVdqBsByDoFmBDAAaDAgC2DAQTlC"], ["PHP-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAABAABBADABAAAAABBACADCAAADADBCCBACCADADAABAACBBBAAAAAEBFLFGDSEDNVDBJDCCFBQAAdADLCBDHAEFVCANgBOATFAHJFMHHGQOEmBAyBIPGNnBNHUN8DHyCqCdhChHAgB-B8F_U5GmCvP3DA-C1B"], ["PHP-3.01", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAABAABBADABAAAAABBACADCAAADADBCCBACCADADAABAACBBBAAAAAEBFLFGDSEDNVDBJDCCFBQAAdADLCBDHAEFVCANgBOATFAHJFMHHGQOEmBAyBIPGNnBNHUN8DHyCqCdhChHAgB-B8F_U5GmCvP3DA-C1B"], ["PolyForm-Noncommercial-1.0.0", "AAAAAAAAAAAAAAAAABAAAABAABABAABAAABCAAAAAAABAABCCAABFABAECBDAEABCFAAEAAAABECEAAFGCBBCCDBEACDCDFAHBAABKCAADABFWNBKEECCECIGPFFGBGHACAEFCLKBBYIFIFKLMLKFMBpBPCMHqBVjBJCSQM3BPMEOWDtBUIFQDAADlChBlBoCKkByBSWvBTZqBBSlDN3CwBjBKXC5FzEJMK7BtCjB4BvByBoE4DgER_Ic0HhE8HqDR9HmE3BuB"], ["PolyForm-Small-Business-1.0.0", "AAAAAAAAAAAAAAAAABAAAABAABABAABAAABCAAAAAAABAABCCAABFABAECDBAEABCFAAEAAACDACEAAEAGCBBCCDBEDGJAHBAABKCAADABFMJNBKEECCECIGPFFBGGHACAEFCLKBBYIFOKLMLKFJVPYCMHOb5BJVQM3BPMElBDzBOIWDAADlChBlBE5BJBIkByBSWmBcZqBB0DDDJ3CWZjBKX_C8CIpEAJMEFzBHtBhCgEvB7EyCgEIInC3GcgFBKrBA5D5CrLrO2B3BmDG"], ["PostgreSQL", "AAAAAAAAAAAAAAAAAABACBAABAABABADAABADAAAABAAGBAAAECCBBCAFIVCAAEKCGGBNrC-BTBSpBGFlBEiBuB2GQgB2D1BwBiCzCpEzElI7IkMU9X5EkED9cAA"], ["Python-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAABAABBAAAABAABAABAADDACAACABBBBBAAABAACAAAECDCFAAABFADABBBDBCNACCDLAADDCBACAAEAHAGAJOEJHEBBEHCBDCLACACAGHJFIGFADESJBEABJCFEAEEPGhBIGCASnBHADlBRQVFBMiBUQKM2EAAOGmBL5B6BmBGzBBFSwBUeRgBwBPRTuBYGAXvBNTDPTgDsDAa7BWnBfMrBqBUOlDzD2BsHiEBBBADWVbA-BiCCMqCLKDPUmCFHFTsBmDPpBiDuO8BwEMoDgCe"], ["QPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAABAABAAAABAAAABAAAAABAABBAAAAAABABAAABBAACABACAAACAAAADACABCACBCCDADAACABIEBBDCBAEHTADDCIACBCFFKDIFNBACLMAAAIAOGFECYDDeDACIAFAANDBBJBHCCJSIOuCLDZBHAnBKGBNeZb4DKAIdAuCUtCgBAVrBoCiFLzB5DqCjCuDGB2C_ExSDuC9Eza8GgF2BzFyB"], ["RPL-1.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAAAAAAAAAABAAABBAAAAAAAABAAAABAAAAABAAAAAABAAAAAAABAACAABCAABACACAAABABAABBAAABAAAAAAAAAAAAAAAAAABBAAAAABBCACAAABBAFAAAAAAABAAAFAAAAAAABAAAAAAAACABBAAAAAADABAAAABABAAAAAABABACBBAAAAAAAAAAAGBABFAAABADAABBCBBACBABBCAAAABABAACBABBABACEBAABCAAGBBABBABAAAAAHAABBAAAAABBAAAABABFDABAABABCBAAAABAABCAFAADCAAAAACCBFAACBAAADBCACFAAABAABABCBDBACAGAAIBCABADCDBAEFCCDBAJABBAAFAFCACAACHAABCABEACBBCDECCHCAABDABCACDDDABBFBDADDCBCCCCEBBBCEAAHAEGDFBJBABACACCBAAIBBABHABCFBCAFAACGCGCABCDEBAELBBBFHBFBCCNBFCCTKBAFPGIAABEEDCDFACJAGAAKKBFBCAFBDCACHCBEBAJAAGAAHBBABAABAAAAAABCBBACDCCFAABNAEAAAEDAABDJJGBKBFLBDCFKJKABGADKClBCXREaKeCKjCAhCBSY1CPIXIDbMGSACEFCfcETda6BHCUGVQDI1BQXJU-BG7BGNDFBXXSKfKUhBNdNUAEFFEbCdQIPE5BMAKJNHLXJ2C6G0BoBAzB5HtJCamGeeI"], ["RPL-1.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAABBAAAAAAAABABABAAAAABAAAAAABAAAAAAABAACAABCAAAAAAAAACAAAAAABAADAAABAAAAAAAAAAAAAAAAAABBAABABBCABAAAABBAAEAAAAAAABAAAFBAAAAABAAAAAAAACABCAAABCAAAAAAAABABABAAABABACBBAAAAAAAAAAAECAABAACAAAABADAAAABCBBACBABBCAAAABABBCBABBABACEBAABCAAGBBABBABAAAAAHAABBAAAAABBAAAACECADBACAAACBAAAABAABCADBAAGAAAADCBAEAACBAAADBCAABDBAAABAAABBCBFACADBAAACKABADCDBAEFCCBBBAGCADAAFAIADAGACAAEABEACBBCDBCCCKAABDABCDACDCAABBFBACADDCECCCDABAABCEAAHFKAEBLABACABACBAAIBBABIBIBCAFAACGCGCABCIBAEABIBBBFHBFBCABFHBFCCTKBADBPGIAAGEGDCCACCGABEAAKKBFBCAFBDCACHCBEBAJAAFAAAHBBABAABAAABABCBBACDHDAABOEAAFDAABNFDGBKBFLBDCFKJCBFABGABBNTURFREaKeCKTvBAYoBBQBPI1CPIXGBDGQDIDGSACEIfcWBcAaiCCUGVQDImCXJDHI-BiCGNDFBvBdLTKQDhBNgCBDAKEXDCdQIPENrBMAKJNHLNJJlJ3BLDvCaSYNaZMwD-BpDjCMLoBpDeiBmFsB"], ["RPSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAABAAABAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAACAAAAABAAAAAAAAAABAAAAAAAAAAAAABAAAAAAAAAABAAAABAAAACAAABBAAAABAAAAAAAAAAAACAAACAACAABAACCABAAAAAAAAABBAABAAAAAABACAAAAABBEBCAABACBBAAAAAAAAAACAABDADAAAAAAAAAACABAAABAAAAAABAAAAAABAAAAAAAAAACAAAHBBABEBAAABACCAABBAABADBBABACABAAABBABBBBBABBABAACACBADAABCABBBABDBBAABCABAEAAACABBJAICABBAAAECBAAFBABHEEEAAAAABICCAABAAABCEEADHAEGAEADMACAEACDBADACDABBBADBAAEFBCAAABAAABAEEDACAFEFDBCACBCCDDGEDBAFBCCACGBFGAAADAAAEAACCCBBHADAAHLDGDDHMFGCABBBEKCGCCECCAFFIAADALEACDECBBABICAQIDCAEBSLDCFEBIPDCEECAHDJBLDABDDADLHCFEGECABILHEACDBCHABBHABKAJIBAIABBDLHAJLEDGAHAADACIAHNEBKCIQABAIIIQJOOCJCHjBGNAAJCVAGGHCWFDGAsBpBaMACMEEzBZCkBAKNbJZJLayBekDKlBaBLlB8B6DBRlBQ4CZSbIAMFaJEVQDiBoCEPSnBgBoBiEwBvCWqDCFrBNAA1BcHcfDxBWjCwBD7BFBAAAAAAB8BLSU6FQZfK"], ["RSCPL", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAABAAAAAAAAAAAABAAAAAAABAABAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAADAAAAAAABAAAAAAAAABCAAACAAAAAAAADAABCAAAAAABACABABAABAAAAABAAABAAAAABACAAAACABAAAAAAAAAAAAAAAAABABABCAAAAAAAAAAAAAAABDABABDBACBACCEBAAAACBAACBCAABAABAAABACABCABBFAABAAAABAABAAABABGBFAAAACEABGDAAABAABCBBBCABABBACABBABBCBABCAAACBEDBCCEABABBABABBHAADAAAAADBACABBHAHAHAAAECEAAAGABADHCBCBAAEBCACEBAACAIABIBIICACDIACDDCABFAJADAGEBCAFBABDAAFCBHABHDFBBEBAAFCFAANBFTFCBFDJAABLBKDBJFDCDLBBABHABAACDCGCNJCGVCBBEBKBDADCACgBPAdCBCIAGAKDAFVADRMALBWBLINFDACGAAICHHFBOCGDGgCCOKBCJDdkBxBhB6BVwB8MzEA5BmDgCyB5B9HejBBmC3BNE9DOFoDtBuDnB1HrFHBjC7BvFAEAFctDBVpC"], ["SISSL", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAABACABAABAABAAAAAAABAAABAAAABABAAAAAAAAAAABABAAABAAAAABAAABACAEAAABADAAABAABAAAAAAAACBDCAAABAAACAAABCABABBACABABBBBAAABAAACABAAEABBBABAABAAAAAAAAABAAEAEACAABAAAABCDACGAACBAABCEBAAAAEAAECAABAADAAAACABCABBGDAAABADBBCIFAAAAIBFAACAACAABBCBBDBABBACAEDCBABCAAACGACBCCDBBABCGEDAEAAAADCCADEDDDACEAAAADBAFAFCBADHCBCBBEBCACEBFJBONGDGABCDGJOHEELEAFCBCEABHDGABGAAIHHFAGTFETAAMABKBBBPGDAMEMQCXWIEXBAHoBICAONHJGAReRMZhBNXehBGqBMlBLkBkBuE3DF9HiPkE9I2D-DKnBOpJgBrPqChFAyBlCf"], ["SPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAABABAAAAAABBAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAABAAAAAAAAAAAAAAAAAABABAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAABABAAAAAAABAAAAAAAABAAAAAAAAABAACACAAAAAAAACAAABCAAAABAAACABAAAAABAAAAABAAABAABABABAAAAACABAAAAAABBBAAAAAEABCAAAAAAAAAAAAAAABCAABAEBAACAAAABABEAAAAAAEAACBCAABAABBAAAACABCABIABAAAABAABAAABBAAFBDBAAAACEABFADAACAABAAABBBFABBACABBAACCBABCAAACGBBBCCDDABBABABBECAADAAAAADBACABBECAHAECBAECEAAAHBADECCBCBAAEBCACEAAAACAJBITCACDIACDDABAHAJADAGEBCAHCDAAFCBHABHDFAABEBAAFABFAANBFSAFCBFDHBAADEEBJADBJFGCAAKBBABBFABAAGCGCBIABJCGMIEBPBDBADDClBKAAAbCBCIAGAOCDVACARMADJKLBFFIOAACEJAAICHHHNDGDGqBVNDKBCJLVkBeShB6BKKhDFQtCnEW0GtI74B"], ["SSPL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAABAAAAAAAAAAAAAAAAAABBAAABBBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBBCBAAAAAAAAAAAABAAAAAAAAAAAAACAAABAABAABBAAAAAAAABBAADAAAAADAAAABBABABAABAAAAABAAABCBBAAAAAACABABAADAAAACBADAAAABBBBAAACAADBAAABAABCCAABAAAAAAABAAABAAAABADEABBABAABAABCBAABAABAAAACCACAAACABDABCBAAAAAAACAAADAAAAAAEBDDABBACACCAABAAABGAABBAAAAAAAAAAACAACAAACBACDCAEAFAAADDABCHAAJFAGAAACBAFDACEADAEDDGDBCDFACCADCAEACABCBBBAFBBCAEABDAAEBABBAABCAFBDEABCBDCCBBGBIBGCAAAABDADACBEBBECAABAAAAABAABDBCFAACBDCEEADBBCAABAAAABIEEADBAEBAABBBGDNBADAEIAAHACDDEAABCEAEAABDCCBCEFAAADABBACCCBBBBABACADAABBAACDBABDCBBDBCFBBCADFADABDAAAEAAABBCCGBAFDCADUFGAEEaFDDEHDCAKDABBFHBCAAEEBFCAGEMCCNGCEAIDKFAFEBLJEAAABBCDIBKFCEAAANDCFBGADCAAIABAABCBFBBGAFCBGFCNLCEBBACEABJEGABBBAACBBCAABIAGBACAAFBEAEAAADABABBDCDAABBBAAIDAGDACBCBABEBCA1I_ZTzCoBPlGiB7CHjO_F"], ["SimPL-2.0", "AAAAAAAAAAABAAAAAAAAAAAAAACBACADACACABBAADBAAABFACBFBFADAABACCBAABAACIGAELAAFCFGHKSBGBLCUBEFZFILDDYTDAADQBLVHRadRlBlBUjBGgBSaBRGfBTgBMlBEMHFdjCDhCCXLCFiCNODKgBQ5CoClBjDyBvBaU7IwIxBtKqL3ChGxC6B0BhPkEc6C6BTnGEkI"], ["Sleepycat", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABBAAACBBAAABBABCCCCDCGEADGBCAABAACBBBABAAFGLCCGFMMfDACBURGCMDJAAPIHAEEWcKZGJKHJCXZFOEmBA3BDP8BIMjEpB8DUoBxD_ExH0K1QOxH6QxNqI-NlD"], ["UCL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAABAAAAABAAAAAAAAABAAAAAACAABAABAACAAAAAAAAAABBABABACAAABBAAACBABAAAAAAAAAAAAABBAAAABAAADAACAACABCAADDAEAABDABBCDCBEHCABBBAEBACABECAAADDBAABABAAAACBCACABAAABFBEAFAAFCDCBCABJCSABAACACBCADACBAACBACCDAHJBABMHDHBAAMBEBABFAFDBBCBIACHDCHAAEABDFAEAIFAAAEBCEGCABNjBBAAAEEBALXEQZbLZMDHCSBAAB4BYhBfAJBCCQCAHEBKdJUEJBFPMINMoBOTLKFQBQDBDZWICVnBgBXQDLwCWqD1BedlFEOPzBGtB7C1DT81B_NAoB"], ["UPL-1.0", "AAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAABBAAAACAABAABABAACBAABABBADAAEBEADABGFPHLAFGCDJABFDDABKGJEEBEGBLcdVqB6BGHSZEPJMCfTGoBONvCBWsDFxBSlChELvFtHsd5XvctR"], ["Unicode-3.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAABAAABAABEAAAABAAAAAABBAABHCABECCFAAAEIBEACBMCDGNBBARDCKFCALHIBDJFMJpBUIWjBrBLKkBJoBHPnD5BwF5CJjCgB3CkDRJoCsCsXkkB"], ["Unicode-DFS-2016", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAABAABDAAAAABAAAAAABBAABHCABBCCABFAAAEDEAAEACBMCDGNBBAJHDCIBFCALHIBDJFMJXRUIWjBrBLKkBJoBHPpCd5BX4E2BiBJjCgB3CkDRJoCkBnBoJ-DkKzRmQpCgHmBLlE0H5N9FvB"], ["Unlicense", "AAAAAAAAAAAAAAAAAAAAAAAAABAABCABCBBBCAABAAABBAACCAEEHCBBCDBGJHPHdBLBBjBZMWDT4BwBBKFxBtBL3BhD5CTI4BRN9DD9C4HuGnBoLrDpLhGJmG0HrDvDnsBK"], ["VSL-1.0", "AAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAABAABBAEBBAAADABBDCCACHBAECBFEACAACDBDACJCICCGfGBIRDBiBDGRMADAKICEAEISC0BJbECDFLOfOEmBA7BP8BBLITN6D-oBnJuEhD7TprB"], ["W3C", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAABAAABACBAAABAAAAAADBBCCBAAADAABCABBBACAGBADBADACBCBADDLOEHBOMBEACABWhBDBFIBBHBBBCHPGBFHIHBEQFLXqBGFB3BKBQjBeEKZuBKHiB5CsB4CuEoCgCpFzBDuB0BabS3BMT0EMmHasXb4CUoBgKO_BevMxCEjHhFfQtIyB"], ["W3C-20150513", "AAAAAAAAAAAAAAAAAAAAAAAAAAAABAABBAAABAAABDBAAABAAAABDBBCCBCDDDBBBACAGBGADACGIfHBOMGE6BEALCBBHDBCHFJIWHBVFjBfRmBYKB0BeEKZuBKhB6FtB4IpFzBnD9BLkCToM9HpQyF0O-Q"], ["WTFPL", "AAAABABAZCGBGHDFGBCSBNDKKkGiDtEYjBhDwBsEcb9Fra8M5wB"], ["Watcom-1.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAABAAAABAABAAAAAAAAABAABAAABAAAAAAAAAAAABAAAAAAAAABAAAAAAAABAFAAAAABAAAAAAAAAABBAABAAAAAAABABAAAAAAAAAAAAABABDBADAAAABAACAAAAAACAAAACADAABADBAABAAAAAABABBAABAAABCDAAAAABBEBCAABACBBAAABAAAAABAAABAABADAAAAAABAACCAAABAAAABBAAAAAABAACAAAAACAAAHBBAACCBADACBBABBBBADBBABAACBAACBABDBCDCAECCDBBABCBEFCABCABAEBACABCIFDCABCAFCCAFBABHEJBABBIFAADAEBCJILFADGAEACAEACFADAGABBCMFEAACAAABFEDACAKFDEACLBBLDIEDJBFHAADCEAAIBBHFAECLDHCDUFGCABBBEKCGCHGEGEEFGJAGEECBIDQIDCAEBSPCMIPDCFDDHDXDABHAPHNGHCIcDMABJABKACGKAJBBDLHAJQDHBFAADACJHSBKCdIIIQEEOOCJCgCAKCVANHCWFDHsBpBaMAFTKoBiC0BJZHWRHlHnPnIcjBiF3DxEVlEhRpFO"], ["WordNet", "AAAAAAAAAAAAAAAAAAAAAABACBADAAAABAACAABDABABABDDCABBCACJECAGIAJQVAAEnBEAACE1BFNMFNVDSJ4CY2BIK1CpBuBKpDgFtEqElCcmC-J0E2BwelnBvFtN"], ["X11", "AAAAAAAAAAAAAAAAAAAABAACAABCABAAABAABCBBAABABAACCABADCCABECCFAAFKEAElBCKLDCKGOQBNFMJnC4CN7BJwBPhFXrDWV5CJjCvHJyGsvB"], ["Xnet", "AAAAAAAAAAAAAAAAAAAABAAABAABCAAAAAABAABCBBAABABAACCABADCCABECCGGVPYKLBBCROQBNFW-CnBZN7BJjBMCMCf-DXrDsBjDvBToFwCsFvH"], ["ZPL-2.0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAACAAAABAABAABBAAABBAHCAAADDAEFKBABACAACBBBDABCHLFGOHIKGNDAABBsBACQLPEDAGACBFKKCNDcPLPECFDJIHOQOEIdAKwBP5BCItC5CE6CtMyEPxHghBJmBuHnI"], ["ZPL-2.1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAACACAAAABACAABBAAABBICBADDAKKBABACAACBBBDABCHLFGOHIKGRAABBmBmBGIIAGACBFKAJCNgBPbECFDJQfOEIdAKwBP8BItC5CpI4T8MjUJmBuH"], ["Zlib", "AAAAAAAAAAAAAAAAAACBCAADBDCAAAACCCCDBBCCAANUNJRfNpCNRKpBAkDzBlDgD0CDpC3KBxL7BVskB7FyH"], ["etalab-2.0", "YEFCmBBGDCLAMESOAViBHBeTFdwBA6CLiBPrBTNGAKtBkGvBF6COzCiBoCmBgB5CGKBZqBPOkD3BpDMMSALzHkDyBLPQMsBLCCEAAAAGCABCEAIAALCBAAAAEEBBCACDBAFIGAGAABCBGCAABBAAAABDDAAAGBAAAADBAABDAJBAACADEBBJSC0BhCjDgD3FoD_CsGBbKMAvBHKCCjBCEAFCCGVABDAOOAAAEJBLfCQDJMDuBABADAGAILDACABABFHADBMBBHAAGGCAAAxBECALDBDBRfDMRCACBOXACEAAHAeLAJDBHDPIAJDKDVAJEBADBAAEAAAJCYFLANFYXEVAAAAHdKTBFBABQCOCPReAAHAGJDDAHAV"], ["libpng-2.0", "AAAAAAAAAAAAAAABAAAAAAABAAABABACBAAAAAABABBAABACBBCBAAFADACCFGEBUARXJLnBCeNIIKGiBlBJ3BuBCzFS4C5HnFzL7BVskB7FyH"]], names: { "0BSD": "BSD Zero Clause License", "3D-Slicer-1.0": "3D Slicer License v1.0", AAL: "Attribution Assurance License", ADSL: "Amazon Digital Services License", "AFL-1.1": "Academic Free License v1.1", "AFL-1.2": "Academic Free License v1.2", "AFL-2.0": "Academic Free License v2.0", "AFL-2.1": "Academic Free License v2.1", "AFL-3.0": "Academic Free License v3.0", "AGPL-1.0": "Affero General Public License v1.0", "AGPL-1.0-only": "Affero General Public License v1.0 only", "AGPL-1.0-or-later": "Affero General Public License v1.0 or later", "AGPL-3.0": "GNU Affero General Public License v3.0", "AGPL-3.0-only": "GNU Affero General Public License v3.0 only", "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later", "ALGLIB-Documentation": "ALGLIB Documentation License", "AMD-newlib": "AMD newlib License", AMDPLPA: "AMD's plpa_map.c License", AML: "Apple MIT License", "AML-glslang": "AML glslang variant License", AMPAS: "Academy of Motion Picture Arts and Sciences BSD", "ANTLR-PD": "ANTLR Software Rights Notice", "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback", APAFML: "Adobe Postscript AFM License", "APL-1.0": "Adaptive Public License 1.0", "APSL-1.0": "Apple Public Source License 1.0", "APSL-1.1": "Apple Public Source License 1.1", "APSL-1.2": "Apple Public Source License 1.2", "APSL-2.0": "Apple Public Source License 2.0", "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0", "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1", Abstyles: "Abstyles License", "AdaCore-doc": "AdaCore Doc License", "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement", "Adobe-Display-PostScript": "Adobe Display PostScript License", "Adobe-Glyph": "Adobe Glyph List License", "Adobe-Utopia": "Adobe Utopia Font License", "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License", Afmparse: "Afmparse License", Aladdin: "Aladdin Free Public License", "Apache-1.0": "Apache License 1.0", "Apache-1.1": "Apache License 1.1", "Apache-2.0": "Apache License 2.0", "App-s2p": "App::s2p License", "Arphic-1999": "Arphic Public License", "Artistic-1.0": "Artistic License 1.0", "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)", "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8", "Artistic-2.0": "Artistic License 2.0", "Artistic-dist": "Artistic License 1.0 (dist)", "Aspell-RU": "Aspell Russian License", "BOLA-1.1": "Buena Onda License Agreement v1.1", "BSD-1-Clause": "BSD 1-Clause License", "BSD-2-Clause": 'BSD 2-Clause "Simplified" License', "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant", "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License", "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License", "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License", "BSD-2-Clause-Views": "BSD 2-Clause with views sentence", "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement", "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant", "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License', "BSD-3-Clause-Attribution": "BSD with attribution", "BSD-3-Clause-Clear": "BSD 3-Clause Clear License", "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license", "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license", "BSD-3-Clause-Modification": "BSD 3-Clause Modification", "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License", "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License", "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014", "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty", "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant", "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems", "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant", "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant", "BSD-3-Clause-flex": "BSD 3-Clause Flex variant", "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License', "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened", "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)", "BSD-4.3RENO": "BSD 4.3 RENO License", "BSD-4.3TAHOE": "BSD 4.3 TAHOE License", "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License", "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer", "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk", "BSD-Mark-Modifications": "BSD Mark Modifications License", "BSD-Protection": "BSD Protection License", "BSD-Source-Code": "BSD Source Code Attribution", "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant", "BSD-Systemics": "Systemics BSD variant license", "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license", "BSL-1.0": "Boost Software License 1.0", "BUSL-1.1": "Business Source License 1.1", Baekmuk: "Baekmuk License", Bahyph: "Bahyph License", Barr: "Barr License", Beerware: "Beerware License", "BitTorrent-1.0": "BitTorrent Open Source License v1.0", "BitTorrent-1.1": "BitTorrent Open Source License v1.1", "Bitstream-Charter": "Bitstream Charter Font License", "Bitstream-Vera": "Bitstream Vera Font License", "BlueOak-1.0.0": "Blue Oak Model License 1.0.0", "Boehm-GC": "Boehm-Demers-Weiser GC License", "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)", Borceux: "Borceux license", "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License", "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License", Buddy: "Buddy License", "C-UDA-1.0": "Computational Use of Data Agreement v1.0", "CAL-1.0": "Cryptographic Autonomy License 1.0", "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)", "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License", "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1", "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic", "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic", "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic", "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia", "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported", "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria", "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia", "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany", "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO", "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands", "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States", "CC-BY-4.0": "Creative Commons Attribution 4.0 International", "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic", "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic", "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic", "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported", "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany", "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International", "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic", "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic", "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic", "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported", "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany", "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO", "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International", "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic", "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic", "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany", "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France", "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales", "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic", "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported", "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany", "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO", "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International", "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic", "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic", "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic", "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported", "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany", "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International", "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic", "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic", "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales", "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan", "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic", "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported", "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria", "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany", "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO", "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International", "CC-PDDC": "Creative Commons Public Domain Dedication and Certification", "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal", "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic", "CC0-1.0": "Creative Commons Zero v1.0 Universal", "CDDL-1.0": "Common Development and Distribution License 1.0", "CDDL-1.1": "Common Development and Distribution License 1.1", "CDL-1.0": "Common Documentation License 1.0", "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0", "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0", "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0", "CECILL-1.0": "CeCILL Free Software License Agreement v1.0", "CECILL-1.1": "CeCILL Free Software License Agreement v1.1", "CECILL-2.0": "CeCILL Free Software License Agreement v2.0", "CECILL-2.1": "CeCILL Free Software License Agreement v2.1", "CECILL-B": "CeCILL-B Free Software License Agreement", "CECILL-C": "CeCILL-C Free Software License Agreement", "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1", "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2", "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive", "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal", "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal", CFITSIO: "CFITSIO License", "CMU-Mach": "CMU Mach License", "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant", "CNRI-Jython": "CNRI Jython License", "CNRI-Python": "CNRI Python License", "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement", "COIL-1.0": "Copyfree Open Innovation License", "CPAL-1.0": "Common Public Attribution License 1.0", "CPL-1.0": "Common Public License 1.0", "CPOL-1.02": "Code Project Open License 1.02", "CUA-OPL-1.0": "CUA Office Public License v1.0", Caldera: "Caldera License", "Caldera-no-preamble": "Caldera License (without preamble)", Catharon: "Catharon License", ClArtistic: "Clarified Artistic License", Clips: "Clips License", "Community-Spec-1.0": "Community Specification License 1.0", "Condor-1.1": "Condor Public License v1.1", "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License", Cronyx: "Cronyx License", Crossword: "Crossword License", CryptoSwift: "CryptoSwift License", CrystalStacker: "CrystalStacker License", Cube: "Cube License", "D-FSL-1.0": "Deutsche Freie Software Lizenz", "DEC-3-Clause": "DEC 3-Clause License", "DL-DE-BY-2.0": "Data licence Germany \u2013 attribution \u2013 version 2.0", "DL-DE-ZERO-2.0": "Data licence Germany \u2013 zero \u2013 version 2.0", DOC: "DOC License", "DRL-1.0": "Detection Rule License 1.0", "DRL-1.1": "Detection Rule License 1.1", DSDP: "DSDP License", "DocBook-DTD": "DocBook DTD License", "DocBook-Schema": "DocBook Schema License", "DocBook-Stylesheet": "DocBook Stylesheet License", "DocBook-XML": "DocBook XML License", Dotseqn: "Dotseqn License", "ECL-1.0": "Educational Community License v1.0", "ECL-2.0": "Educational Community License v2.0", "EFL-1.0": "Eiffel Forum License v1.0", "EFL-2.0": "Eiffel Forum License v2.0", EPICS: "EPICS Open License", "EPL-1.0": "Eclipse Public License 1.0", "EPL-2.0": "Eclipse Public License 2.0", "ESA-PL-permissive-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)", "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)", "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)", EUDatagrid: "EU DataGrid Software License", "EUPL-1.0": "European Union Public License 1.0", "EUPL-1.1": "European Union Public License 1.1", "EUPL-1.2": "European Union Public License 1.2", "Elastic-2.0": "Elastic License 2.0", Entessa: "Entessa Public License v1.0", "ErlPL-1.1": "Erlang Public License v1.1", Eurosym: "Eurosym License", FBM: "Fuzzy Bitmap License", "FDK-AAC": "Fraunhofer FDK AAC Codec Library", FSFAP: "FSF All Permissive License", "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)", FSFUL: "FSF Unlimited License", FSFULLR: "FSF Unlimited License (with License Retention)", FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)", FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)", "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License", "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License", FTL: "Freetype Project License", Fair: "Fair License", "Ferguson-Twofish": "Ferguson Twofish License", "Frameworx-1.0": "Frameworx Open License 1.0", "FreeBSD-DOC": "FreeBSD Documentation License", FreeImage: "FreeImage Public License v1.0", Furuseth: "Furuseth License", "GCR-docs": "Gnome GCR Documentation License", GD: "GD License", "GFDL-1.1": "GNU Free Documentation License v1.1", "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants", "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants", "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants", "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants", "GFDL-1.1-only": "GNU Free Documentation License v1.1 only", "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later", "GFDL-1.2": "GNU Free Documentation License v1.2", "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants", "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants", "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants", "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants", "GFDL-1.2-only": "GNU Free Documentation License v1.2 only", "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later", "GFDL-1.3": "GNU Free Documentation License v1.3", "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants", "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants", "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants", "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants", "GFDL-1.3-only": "GNU Free Documentation License v1.3 only", "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later", GL2PS: "GL2PS License", GLWTPL: "Good Luck With That Public License", "GPL-1.0": "GNU General Public License v1.0 only", "GPL-1.0+": "GNU General Public License v1.0 or later", "GPL-1.0-only": "GNU General Public License v1.0 only", "GPL-1.0-or-later": "GNU General Public License v1.0 or later", "GPL-2.0": "GNU General Public License v2.0 only", "GPL-2.0+": "GNU General Public License v2.0 or later", "GPL-2.0-only": "GNU General Public License v2.0 only", "GPL-2.0-or-later": "GNU General Public License v2.0 or later", "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception", "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception", "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception", "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception", "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception", "GPL-3.0": "GNU General Public License v3.0 only", "GPL-3.0+": "GNU General Public License v3.0 or later", "GPL-3.0-only": "GNU General Public License v3.0 only", "GPL-3.0-or-later": "GNU General Public License v3.0 or later", "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception", "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception", "Game-Programming-Gems": "Game Programming Gems License", Giftware: "Giftware License", Glide: "3dfx Glide License", Glulxe: "Glulxe License", "Graphics-Gems": "Graphics Gems License", Gutmann: "Gutmann License", HDF5: "HDF5 License", HIDAPI: "HIDAPI License", "HP-1986": "Hewlett-Packard 1986 License", "HP-1989": "Hewlett-Packard 1989 License", HPND: "Historical Permission Notice and Disclaimer", "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant", "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant", "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant", "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant", "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant", "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer", "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant", "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant", "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant", "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant", "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant", "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning", "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant", "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant", "HPND-export-US": "HPND with US Government export control warning", "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment", "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt", "HPND-export2-US": "HPND with US Government export control and 2 disclaimers", "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant", "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer", "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant", "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant", "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer", "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse", "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause", HTMLTIDY: "HTML Tidy License", HaskellReport: "Haskell Language Report License", "Hippocratic-2.1": "Hippocratic License 2.1", "IBM-pibs": "IBM PowerPC Initialization and Boot Software", ICU: "ICU License", "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement", IJG: "Independent JPEG Group License", "IJG-short": "Independent JPEG Group License - short", IPA: "IPA Font License", "IPL-1.0": "IBM Public License v1.0", ISC: "ISC License", "ISC-Veillard": "ISC Veillard variant", "ISO-permission": "ISO permission notice", ImageMagick: "ImageMagick License", Imlib2: "Imlib2 License", "Info-ZIP": "Info-ZIP License", "Inner-Net-2.0": "Inner Net License v2.0", InnoSetup: "Inno Setup License", Intel: "Intel Open Source License", "Intel-ACPI": "Intel ACPI Software License Agreement", "Interbase-1.0": "Interbase Public License v1.0", "JPL-image": "JPL Image Use Policy", JPNIC: "Japan Network Information Center License", JSON: "JSON License", Jam: "Jam License", "JasPer-2.0": "JasPer License", Kastrup: "Kastrup License", Kazlib: "Kazlib License", "Knuth-CTAN": "Knuth CTAN License", "LAL-1.2": "Licence Art Libre 1.2", "LAL-1.3": "Licence Art Libre 1.3", "LGPL-2.0": "GNU Library General Public License v2 only", "LGPL-2.0+": "GNU Library General Public License v2 or later", "LGPL-2.0-only": "GNU Library General Public License v2 only", "LGPL-2.0-or-later": "GNU Library General Public License v2 or later", "LGPL-2.1": "GNU Lesser General Public License v2.1 only", "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later", "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only", "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later", "LGPL-3.0": "GNU Lesser General Public License v3.0 only", "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later", "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only", "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later", LGPLLR: "Lesser General Public License For Linguistic Resources", LOOP: "Common Lisp LOOP License", "LPD-document": "LPD Documentation License", "LPL-1.0": "Lucent Public License Version 1.0", "LPL-1.02": "Lucent Public License v1.02", "LPPL-1.0": "LaTeX Project Public License v1.0", "LPPL-1.1": "LaTeX Project Public License v1.1", "LPPL-1.2": "LaTeX Project Public License v1.2", "LPPL-1.3a": "LaTeX Project Public License v1.3a", "LPPL-1.3c": "LaTeX Project Public License v1.3c", "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)", "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)", Latex2e: "Latex2e License", "Latex2e-translated-notice": "Latex2e with translated notice permission", Leptonica: "Leptonica License", "LiLiQ-P-1.1": "Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1", "LiLiQ-R-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1", "LiLiQ-Rplus-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1", Libpng: "libpng License", "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license", "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph", "Linux-man-pages-copyleft": "Linux man-pages Copyleft", "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs", "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant", "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License", MIPS: "MIPS License", MIT: "MIT License", "MIT-0": "MIT No Attribution", "MIT-CMU": "CMU License", "MIT-Click": "MIT Click License", "MIT-Festival": "MIT Festival Variant", "MIT-Khronos-old": "MIT Khronos - old variant", "MIT-Modern-Variant": "MIT License Modern Variant", "MIT-STK": "MIT-STK License", "MIT-Wu": "MIT Tom Wu Variant", "MIT-advertising": "Enlightenment License (e16)", "MIT-enna": "enna License", "MIT-feh": "feh License", "MIT-open-group": "MIT Open Group variant", "MIT-testregex": "MIT testregex Variant", MITNFA: "MIT +no-false-attribs license", MMIXware: "MMIXware License", "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1", "MPEG-SSG": "MPEG Software Simulation", "MPL-1.0": "Mozilla Public License 1.0", "MPL-1.1": "Mozilla Public License 1.1", "MPL-2.0": "Mozilla Public License 2.0", "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)", "MS-LPL": "Microsoft Limited Public License", "MS-PL": "Microsoft Public License", "MS-RL": "Microsoft Reciprocal License", MTLL: "Matrix Template Library License", "Mackerras-3-Clause": "Mackerras 3-Clause License", "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant", MakeIndex: "MakeIndex License", "Martin-Birgmeier": "Martin Birgmeier License", "McPhee-slideshow": "McPhee Slideshow License", Minpack: "Minpack License", MirOS: "The MirOS Licence", Motosoto: "Motosoto License", "MulanPSL-1.0": "Mulan Permissive Software License, Version 1", "MulanPSL-2.0": "Mulan Permissive Software License, Version 2", Multics: "Multics License", Mup: "Mup License", "NAIST-2003": "Nara Institute of Science and Technology License (2003)", "NASA-1.3": "NASA Open Source Agreement 1.3", "NBPL-1.0": "Net Boolean Public License v1", "NCBI-PD": "NCBI Public Domain Notice", "NCGL-UK-2.0": "Non-Commercial Government Licence", NCL: "NCL Source Code License", NCSA: "University of Illinois/NCSA Open Source License", NGPL: "Nethack General Public License", "NICTA-1.0": "NICTA Public Software License, Version 1.0", "NIST-PD": "NIST Public Domain Notice", "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant", "NIST-PD-fallback": "NIST Public Domain Notice with license fallback", "NIST-Software": "NIST Software License", "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0", "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0", NLPL: "No Limit Public License", NOSL: "Netizen Open Source License", "NPL-1.0": "Netscape Public License v1.0", "NPL-1.1": "Netscape Public License v1.1", "NPOSL-3.0": "Non-Profit Open Software License 3.0", NRL: "NRL License", "NTIA-PD": "NTIA Public Domain Notice", NTP: "NTP License", "NTP-0": "NTP No Attribution", Naumen: "Naumen Public License", "Net-SNMP": "Net-SNMP License", NetCDF: "NetCDF license", Newsletr: "Newsletr License", Nokia: "Nokia Open Source License", Noweb: "Noweb License", Nunit: "Nunit License", "O-UDA-1.0": "Open Use of Data Agreement v1.0", OAR: "OAR License", "OCCT-PL": "Open CASCADE Technology Public License", "OCLC-2.0": "OCLC Research Public License 2.0", "ODC-By-1.0": "Open Data Commons Attribution License v1.0", "ODbL-1.0": "Open Data Commons Open Database License v1.0", OFFIS: "OFFIS License", "OFL-1.0": "SIL Open Font License 1.0", "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name", "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name", "OFL-1.1": "SIL Open Font License 1.1", "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name", "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name", "OGC-1.0": "OGC Software License, Version 1.0", "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0", "OGL-Canada-2.0": "Open Government Licence - Canada", "OGL-UK-1.0": "Open Government Licence v1.0", "OGL-UK-2.0": "Open Government Licence v2.0", "OGL-UK-3.0": "Open Government Licence v3.0", OGTSL: "Open Group Test Suite License", "OLDAP-1.1": "Open LDAP Public License v1.1", "OLDAP-1.2": "Open LDAP Public License v1.2", "OLDAP-1.3": "Open LDAP Public License v1.3", "OLDAP-1.4": "Open LDAP Public License v1.4", "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)", "OLDAP-2.0.1": "Open LDAP Public License v2.0.1", "OLDAP-2.1": "Open LDAP Public License v2.1", "OLDAP-2.2": "Open LDAP Public License v2.2", "OLDAP-2.2.1": "Open LDAP Public License v2.2.1", "OLDAP-2.2.2": "Open LDAP Public License 2.2.2", "OLDAP-2.3": "Open LDAP Public License v2.3", "OLDAP-2.4": "Open LDAP Public License v2.4", "OLDAP-2.5": "Open LDAP Public License v2.5", "OLDAP-2.6": "Open LDAP Public License v2.6", "OLDAP-2.7": "Open LDAP Public License v2.7", "OLDAP-2.8": "Open LDAP Public License v2.8", "OLFL-1.3": "Open Logistics Foundation License Version 1.3", OML: "Open Market License", "OPL-1.0": "Open Public License v1.0", "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0", "OPUBL-1.0": "Open Publication License v1.0", "OSC-1.0": "OSC License 1.0", "OSET-PL-2.1": "OSET Public License version 2.1", "OSL-1.0": "Open Software License 1.0", "OSL-1.1": "Open Software License 1.1", "OSL-2.0": "Open Software License 2.0", "OSL-2.1": "Open Software License 2.1", "OSL-3.0": "Open Software License 3.0", OSSP: "OSSP License", "OpenMDW-1.0": "OpenMDW License Agreement v1.0", "OpenPBS-2.3": "OpenPBS v2.3 Software License", OpenSSL: "OpenSSL License", "OpenSSL-standalone": "OpenSSL License - standalone", OpenVision: "OpenVision License", PADL: "PADL License", "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0", "PHP-3.0": "PHP License v3.0", "PHP-3.01": "PHP License v3.01", PPL: "Peer Production License", "PSF-2.0": "Python Software Foundation License 2.0", "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3", "Parity-6.0.0": "The Parity Public License 6.0.0", "Parity-7.0.0": "The Parity Public License 7.0.0", Pixar: "Pixar License", Plexus: "Plexus Classworlds License", "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0", "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0", PostgreSQL: "PostgreSQL License", "Python-2.0": "Python License 2.0", "Python-2.0.1": "Python License 2.0.1", "QPL-1.0": "Q Public License 1.0", "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant", Qhull: "Qhull License", "RHeCos-1.1": "Red Hat eCos Public License v1.1", "RPL-1.1": "Reciprocal Public License 1.1", "RPL-1.5": "Reciprocal Public License 1.5", "RPSL-1.0": "RealNetworks Public Source License v1.0", "RSA-MD": "RSA Message-Digest License", RSCPL: "Ricoh Source Code Public License", Rdisc: "Rdisc License", Ruby: "Ruby License", "Ruby-pty": "Ruby pty extension license", "SAX-PD": "Sax Public Domain Notice", "SAX-PD-2.0": "Sax Public Domain Notice 2.0", SCEA: "SCEA Shared Source License", "SGI-B-1.0": "SGI Free Software License B v1.0", "SGI-B-1.1": "SGI Free Software License B v1.1", "SGI-B-2.0": "SGI Free Software License B v2.0", "SGI-OpenGL": "SGI OpenGL License", "SGMLUG-PM": "SGMLUG Parser Materials License", SGP4: "SGP4 Permission Notice", "SHL-0.5": "Solderpad Hardware License v0.5", "SHL-0.51": "Solderpad Hardware License, Version 0.51", SISSL: "Sun Industry Standards Source License v1.1", "SISSL-1.2": "Sun Industry Standards Source License v1.2", SL: "SL License", "SMAIL-GPL": "SMAIL General Public License", SMLNJ: "Standard ML of New Jersey License", SMPPL: "Secure Messaging Protocol Public License", SNIA: "SNIA Public License 1.1", SOFA: "SOFA Software License", "SPL-1.0": "Sun Public License v1.0", "SSH-OpenSSH": "SSH OpenSSH license", "SSH-short": "SSH short notice", "SSLeay-standalone": "SSLeay License - standalone", "SSPL-1.0": "Server Side Public License, v 1", "SUL-1.0": "Sustainable Use License v1.0", SWL: "Scheme Widget Library (SWL) Software License Agreement", Saxpath: "Saxpath License", SchemeReport: "Scheme Language Report License", Sendmail: "Sendmail License", "Sendmail-8.23": "Sendmail License 8.23", "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1", "SimPL-2.0": "Simple Public License 2.0", Sleepycat: "Sleepycat License", Soundex: "Soundex License", "Spencer-86": "Spencer License 86", "Spencer-94": "Spencer License 94", "Spencer-99": "Spencer License 99", "StandardML-NJ": "Standard ML of New Jersey License", "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3", "Sun-PPP": "Sun PPP License", "Sun-PPP-2000": "Sun PPP License (2000)", SunPro: "SunPro License", Symlinks: "Symlinks License", "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0", TCL: "TCL/TK License", "TCP-wrappers": "TCP Wrappers License", "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0", TMate: "TMate Open Source License", "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1", TOSL: "Trusster Open Source License", TPDL: "Time::ParseDate License", "TPL-1.0": "THOR Public License 1.0", TTWL: "Text-Tabs+Wrap License", TTYP0: "TTYP0 License", "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0", "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0", TekHVC: "TekHVC License", TermReadKey: "TermReadKey License", ThirdEye: "ThirdEye License", TrustedQSL: "TrustedQSL License", UCAR: "UCAR License", "UCL-1.0": "Upstream Compatibility License v1.0", "UMich-Merit": "Michigan/Merit Networks License", "UPL-1.0": "Universal Permissive License v1.0", "URT-RLE": "Utah Raster Toolkit Run Length Encoded License", "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0", UnRAR: "UnRAR License", "Unicode-3.0": "Unicode License v3", "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)", "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)", "Unicode-TOU": "Unicode Terms of Use", UnixCrypt: "UnixCrypt License", Unlicense: "The Unlicense", "Unlicense-libtelnet": "Unlicense - libtelnet variant", "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant", VOSTROM: "VOSTROM Public License for Open Source", "VSL-1.0": "Vovida Software License v1.0", Vim: "Vim License", "Vixie-Cron": "Vixie Cron License", W3C: "W3C Software Notice and License (2002-12-31)", "W3C-19980720": "W3C Software Notice and License (1998-07-20)", "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)", WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License", WTFPL: "Do What The F*ck You Want To Public License", "Watcom-1.0": "Sybase Open Watcom Public License 1.0", "Widget-Workshop": "Widget Workshop License", WordNet: "WordNet License", Wsuipa: "Wsuipa License", X11: "X11 License", "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant", "X11-no-permit-persons": "X11 no permit persons clause", "X11-swapped": "X11 swapped final paragraphs", "XFree86-1.1": "XFree86 License 1.1", XSkat: "XSkat License", "Xdebug-1.03": "Xdebug License v 1.03", Xerox: "Xerox License", Xfig: "Xfig License", Xnet: "X.Net License", "YPL-1.0": "Yahoo! Public License v1.0", "YPL-1.1": "Yahoo! Public License v1.1", "ZPL-1.1": "Zope Public License 1.1", "ZPL-2.0": "Zope Public License 2.0", "ZPL-2.1": "Zope Public License 2.1", Zed: "Zed License", Zeeff: "Zeeff License", "Zend-2.0": "Zend License v2.0", "Zimbra-1.3": "Zimbra Public License v1.3", "Zimbra-1.4": "Zimbra Public License v1.4", Zlib: "zlib License", "any-OSI": "Any OSI License", "any-OSI-perl-modules": "Any OSI License - Perl Modules", "bcrypt-Solar-Designer": "bcrypt Solar Designer License", blessing: "SQLite Blessing", "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5", "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6", "check-cvs": "check-cvs License", checkmk: "Checkmk License", "copyleft-next-0.3.0": "copyleft-next 0.3.0", "copyleft-next-0.3.1": "copyleft-next 0.3.1", curl: "curl License", "cve-tou": "Common Vulnerability Enumeration ToU License", diffmark: "diffmark license", dtoa: "David M. Gay dtoa License", dvipdfm: "dvipdfm License", "eCos-2.0": "eCos license version 2.0", eGenix: "eGenix.com Public License 1.1.0", "etalab-2.0": "Etalab Open License 2.0", fwlw: "fwlw License", "gSOAP-1.3b": "gSOAP Public License v1.3b", "generic-xts": "Generic XTS License", gnuplot: "gnuplot License", gtkbook: "gtkbook License", hdparm: "hdparm License", "hyphen-bulgarian": "hyphen-bulgarian License", iMatix: "iMatix Standard Function Library Agreement", jove: "Jove License", "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)", "libpng-2.0": "PNG Reference Library version 2", "libselinux-1.0": "libselinux public domain notice", libtiff: "libtiff License", "libutil-David-Nugent": "libutil David Nugent License", lsof: "lsof License", magaz: "magaz License", mailprio: "mailprio License", man2html: "man2html License", metamail: "metamail License", "mpi-permissive": "mpi Permissive License", mpich2: "mpich2 License", mplus: "mplus Font License", ngrep: "ngrep License", pkgconf: "pkgconf License", pnmstitch: "pnmstitch License", psfrag: "psfrag License", psutils: "psutils License", "python-ldap": "Python ldap License", radvd: "radvd License", snprintf: "snprintf License", softSurfer: "softSurfer License", "ssh-keyscan": "ssh-keyscan License", swrule: "swrule License", threeparttable: "threeparttable License", ulem: "ulem License", w3m: "w3m License", wwl: "WWL License", wxWindows: "wxWindows Library License", xinetd: "xinetd License", "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License", xlock: "xlock License", xpp: "XPP License", xzoom: "xzoom License", "zlib-acknowledgement": "zlib/libpng License with Acknowledgement" }, osi: ["0BSD", "AAL", "AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "ALGLIB-Documentation", "APL-1.0", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0", "Apache-1.1", "Apache-2.0", "Artistic-1.0", "Artistic-1.0-Perl", "Artistic-1.0-cl8", "Artistic-2.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-LBNL", "BSD-3-Clause-Open-MPI", "BSL-1.0", "BlueOak-1.0.0", "CAL-1.0", "CAL-1.0-Combined-Work-Exception", "CATOSL-1.1", "CDDL-1.0", "CECILL-2.1", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CNRI-Python", "CPAL-1.0", "CPL-1.0", "CUA-OPL-1.0", "ECL-1.0", "ECL-2.0", "EFL-1.0", "EFL-2.0", "EPL-1.0", "EPL-2.0", "EUDatagrid", "EUPL-1.1", "EUPL-1.2", "Entessa", "Fair", "Frameworx-1.0", "GPL-2.0", "GPL-2.0+", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0+", "GPL-3.0-only", "GPL-3.0-or-later", "GPL-3.0-with-GCC-exception", "HPND", "ICU", "IPA", "IPL-1.0", "ISC", "Intel", "Jam", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0+", "LGPL-3.0-only", "LGPL-3.0-or-later", "LPL-1.0", "LPL-1.02", "LPPL-1.3c", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "MIT", "MIT-0", "MIT-Modern-Variant", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MirOS", "Motosoto", "MulanPSL-2.0", "Multics", "NASA-1.3", "NCSA", "NGPL", "NPOSL-3.0", "NTP", "Naumen", "Nokia", "OCLC-2.0", "OFL-1.1", "OFL-1.1-RFN", "OFL-1.1-no-RFN", "OGTSL", "OLDAP-2.8", "OLFL-1.3", "OSC-1.0", "OSET-PL-2.1", "OSL-1.0", "OSL-2.0", "OSL-2.1", "OSL-3.0", "PHP-3.0", "PHP-3.01", "PostgreSQL", "Python-2.0", "QPL-1.0", "RPL-1.1", "RPL-1.5", "RPSL-1.0", "RSCPL", "SISSL", "SPL-1.0", "SimPL-2.0", "Sleepycat", "UCL-1.0", "UPL-1.0", "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "VSL-1.0", "W3C", "W3C-20150513", "Watcom-1.0", "WordNet", "Xnet", "ZPL-2.0", "ZPL-2.1", "Zlib", "wxWindows"] };

// src/facts/license/data.ts
var cache = null;
var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var DIGIT_VALUE = new Int8Array(128);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
function decodeInto(s, out, at, counts) {
  const words = counts.length;
  let prev = -1;
  let value = 0;
  let scale = 1;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    const d = code < 128 ? DIGIT_VALUE[code] : 0;
    if (d >= 32) {
      value += (d - 32) * scale;
      scale *= 32;
    } else {
      value += d * scale;
      prev = prev + 1 + value;
      out[at++] = prev;
      if (prev < words) counts[prev]++;
      value = 0;
      scale = 1;
    }
  }
  return at;
}
function fillPostings(indices, ref, cursors, out, words) {
  for (let k = 0; k < indices.length; k++) {
    const w = indices[k];
    if (w < words) out[--cursors[w]] = ref;
  }
}
function referenceData() {
  if (cache) return cache;
  const data = license_data_default;
  const words = data.vocab.split(" ");
  const nWords = words.length;
  const vocab = /* @__PURE__ */ new Map();
  for (let i = 0; i < nWords; i++) vocab.set(words[i], i);
  const licenses = data.licenses;
  let capacity = 0;
  for (const [, enc] of licenses) capacity += enc.length;
  const all = new Int32Array(capacity);
  const starts = new Int32Array(licenses.length + 1);
  const offsets = new Int32Array(nWords + 1);
  const counts = offsets.subarray(0, nWords);
  const refs = [];
  let end = 0;
  for (let r = 0; r < licenses.length; r++) {
    const [id, enc] = licenses[r];
    starts[r] = end;
    end = decodeInto(enc, all, end, counts);
    refs.push({ id, size: end - starts[r] });
  }
  starts[licenses.length] = end;
  for (let w = 1; w < nWords; w++) offsets[w] += offsets[w - 1];
  offsets[nWords] = nWords > 0 ? offsets[nWords - 1] : 0;
  const postings = new Int32Array(offsets[nWords]);
  for (let r = licenses.length - 1; r >= 0; r--) {
    fillPostings(all.subarray(starts[r], starts[r + 1]), r, offsets, postings, nWords);
  }
  const names = new Map(Object.entries(data.names));
  let idsLower = null;
  const decoded = /* @__PURE__ */ new Map();
  const refWords = (ref) => {
    let set = decoded.get(ref);
    if (!set) {
      const known = Number.isInteger(ref) && ref >= 0 && ref < licenses.length;
      set = new Set(known ? all.subarray(starts[ref], starts[ref + 1]) : []);
      decoded.set(ref, set);
    }
    return set;
  };
  cache = {
    refWords,
    vocab,
    refs,
    postings: { offsets, refs: postings },
    names,
    // only declaration validation needs it: built on first use
    get idsLower() {
      return idsLower ??= new Map([...names.keys()].map((id) => [id.toLowerCase(), id]));
    },
    osi: new Set(data.osi),
    spdxListVersion: data.spdxLicenseList
  };
  return cache;
}

export {
  require_dist,
  loadYaml,
  extractFrontMatter,
  baseOf,
  extOf,
  depthOf,
  someDir,
  INERT_EXTENSIONS,
  endsWithCI,
  createScanner2 as createScanner,
  parse2 as parse,
  parseTree2 as parseTree,
  printParseErrorCode,
  referenceData,
  FORMAT_TITLES,
  syntaxOf,
  detectFormat,
  scanFormat
};
//# sourceMappingURL=chunk-KSKFZIKP.js.map
