import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    function str2(strs, ...args) {
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
    exports.str = str2;
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
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
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
    function alwaysValidSchema(it, schema2) {
      if (typeof schema2 == "boolean")
        return schema2;
      if (Object.keys(schema2).length === 0)
        return true;
      checkUnknownRules(it, schema2);
      return !schemaHasRules(schema2, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema2 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema2 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema2) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema2, rules) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema2, RULES) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema2, keyword, $data) {
      if (!$data) {
        if (typeof schema2 == "number" || typeof schema2 == "boolean")
          return schema2;
        if (typeof schema2 == "string")
          return (0, codegen_1._)`${schema2}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
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
    var Type2;
    (function(Type3) {
      Type3[Type3["Num"] = 0] = "Num";
      Type3[Type3["Str"] = 1] = "Str";
    })(Type2 || (exports.Type = Type2 = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type2.Num;
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
      const { gen, schema: schema2, validateName } = it;
      if (schema2 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema2 == "object" && schema2.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema2 } = it;
      if (schema2 === false) {
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
    function schemaHasRulesForType({ schema: schema2, self }, type2) {
      const group = self.RULES.types[type2];
      return group && group !== true && shouldUseGroup(schema2, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema2, group) {
      return group.rules.some((rule) => shouldUseRule(schema2, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema2, rule) {
      var _a;
      return schema2[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema2[kwd] !== void 0));
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
    function getSchemaTypes(schema2) {
      const types2 = getJSONTypes(schema2.type);
      const hasNull = types2.includes("null");
      if (hasNull) {
        if (schema2.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types2.length && schema2.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema2.nullable === true)
          types2.push("null");
      }
      return types2;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types2 = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types2.every(rules_1.isJSONType))
        return types2;
      throw new Error("type must be JSONType or JSONType[]: " + types2.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types2) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types2, opts.coerceTypes);
      const checkTypes = types2.length > 0 && !(coerceTo.length === 0 && types2.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types2[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types2, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types2, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types2, coerceTypes) {
      return coerceTypes ? types2.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types2, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types2, data, opts.strictNumbers), () => gen.assign(coerced, data)));
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
      const types2 = (0, util_1.toHash)(dataTypes);
      if (types2.array && types2.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types2.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types2.null;
        delete types2.array;
        delete types2.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types2.number)
        delete types2.integer;
      for (const t in types2)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema2 }) => `must be ${schema2}`,
      params: ({ schema: schema2, schemaValue }) => typeof schema2 == "string" ? (0, codegen_1._)`{type: ${schema2}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema2 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema2, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema2.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema2,
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
      const { gen, schema: schema2, keyword, it } = cxt;
      if (!Array.isArray(schema2))
        throw new Error("ajv implementation error");
      const alwaysValid = schema2.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema2.forEach((_sch, i) => {
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
      const { gen, keyword, schema: schema2, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema2, parentSchema, it);
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
      const { gen, keyword, schema: schema2, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema2, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
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
    function validSchemaType(schema2, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema2) : st === "object" ? schema2 && typeof schema2 == "object" && !Array.isArray(schema2) : typeof schema2 == st || allowUndefined && typeof schema2 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema2, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema2, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema2[keyword]);
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
    function getSubschema(it, { keyword, schemaProp, schema: schema2, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema2 !== void 0) {
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
      if (schema2 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema2,
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
    var traverse = module.exports = function(schema2, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema2, "", schema2);
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
    function _traverse(opts, pre, post, schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema2 && typeof schema2 == "object" && !Array.isArray(schema2)) {
        pre(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema2) {
          var sch = schema2[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema2, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema2, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema2);
          }
        }
        post(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
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
    function inlineRef(schema2, limit = true) {
      if (typeof schema2 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema2);
      if (!limit)
        return false;
      return countKeys(schema2) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema2) {
      for (const key in schema2) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema2[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema2) {
      let count = 0;
      for (const key in schema2) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema2[key] == "object") {
          (0, util_1.eachItem)(schema2[key], (sch) => count += countKeys(sch));
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
    function getSchemaRefs(schema2, baseId) {
      if (typeof schema2 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema2[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema2, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
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
    function validateFunction({ gen, validateName, schema: schema2, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema2, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema2, opts)).code(body));
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
      const { schema: schema2, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema2.$comment)
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
    function funcSourceUrl(schema2, opts) {
      const schId = typeof schema2 == "object" && schema2[opts.schemaId];
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
    function schemaCxtHasRules({ schema: schema2, self }) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema2, gen, opts } = it;
      if (opts.$comment && schema2.$comment)
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
      const types2 = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types2);
      schemaKeywords(it, types2, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema2, errSchemaPath, opts, self } = it;
      if (schema2.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema2, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema2, opts } = it;
      if (schema2.default !== void 0 && opts.useDefaults && opts.strictSchema) {
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
    function commentKeyword({ gen, schemaEnv, schema: schema2, errSchemaPath, opts }) {
      const msg = schema2.$comment;
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
    function schemaKeywords(it, types2, typeErrors, errsCount) {
      const { gen, schema: schema2, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema2.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema2, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types2);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema2, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types2.length === 1 && types2[0] === group.type && typeErrors) {
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
      const { gen, schema: schema2, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema2, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types2) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types2);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types2);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types2) {
      if (!types2.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types2;
        return;
      }
      types2.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types2);
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
          const { type: type2 } = rule.definition;
          if (type2.length && !type2.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type2.join(",")}" for keyword "${keyword}"`);
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
        let schema2;
        if (typeof env.schema == "object")
          schema2 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema2 === null || schema2 === void 0 ? void 0 : schema2[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema2 === null || schema2 === void 0 ? void 0 : schema2.$async;
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
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
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
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema2 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema2)
          _sch = new SchemaEnv({ schema: schema2, schemaId, root, baseId });
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
    function resolve3(root, ref) {
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
        const { schema: schema2 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema2[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema2, schemaId, root, baseId });
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
    function getJsonPointer(parsedRef, { baseId, schema: schema2, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema2 === "boolean")
          return;
        const partSchema = schema2[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema2 = partSchema;
        const schId = typeof schema2 === "object" && schema2[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema2 != "boolean" && schema2.$ref && !(0, util_1.schemaHasRulesButRef)(schema2, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema2.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema2, schemaId, root, baseId });
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
    var isIPv42 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
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
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv42(part)) return void 0;
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
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
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
    function reescapeHostDelimiters(host, isIP3) {
      const re = isIP3 ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
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
        if (!isIPv42(host)) {
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
      isIPv4: isIPv42,
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
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4: isIPv42, nonSimpleDomain } = require_utils();
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
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
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
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv42(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
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
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
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
    function canonicalizeHost(parsed, options, schemeHandler, isIP3) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP3)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP3 === false && nonSimpleDomain(parsed.host)) {
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
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP3) {
      return Boolean(
        parsed.host && isIP3 === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
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
      let isIP3 = false;
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
          const ipv4result = isIPv42(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP3 = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP3 ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP3 = true;
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
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP3);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP3 ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP3) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP3 || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP3) : host;
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
    function parse(uri, opts) {
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
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse
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
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
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
    var Ajv2 = class {
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
      compile(schema2, _meta) {
        const sch = this._addSchema(schema2, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema2, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema2, meta);
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
      addSchema(schema2, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema2)) {
          for (const sch of schema2)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema2 === "object") {
          const { schemaId } = this.opts;
          id = schema2[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema2, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema2, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema2, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema2, throwOrLogError) {
        if (typeof schema2 == "boolean")
          return true;
        let $schema;
        $schema = schema2.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema2);
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
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
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
            const schema2 = keywords[key];
            if ($data && schema2)
              keywords[key] = schemaOrData(schema2);
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
      _addSchema(schema2, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema2 == "object") {
          id = schema2[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema2 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema2);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema2, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema2, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema2, true);
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
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
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
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
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
    function schemaOrData(schema2) {
      return { anyOf: [schema2, $dataRef] };
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
    var core2 = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core2;
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
    function ucs2length2(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
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
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema2);
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
        const { gen, schema: schema2, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema2.length === 0)
          return;
        const useLoop = schema2.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema2) {
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
            for (const prop of schema2) {
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
            gen.if((0, code_1.checkMissingProp)(cxt, schema2, missing));
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
        const { gen, data, $data, schema: schema2, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema2)
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
        const { gen, data, $data, schemaCode, schema: schema2 } = cxt;
        if ($data || schema2 && typeof schema2 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema2} !== ${data}`);
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
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        if (!$data && schema2.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema2.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema2))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema2.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema2[i];
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
      const { gen, schema: schema2, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema2 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
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
        const { schema: schema2, it } = cxt;
        if (Array.isArray(schema2))
          return validateTuple(cxt, "additionalItems", schema2);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
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
        const { schema: schema2, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
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
        const { gen, schema: schema2, parentSchema, data, it } = cxt;
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
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
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
    function splitDependencies({ schema: schema2 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema2) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema2[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema2[key];
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
        const { gen, schema: schema2, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
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
        const { gen, schema: schema2, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema2))
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
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema2 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema2 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
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
        const { gen, schema: schema2, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema2);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema2[p]));
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
          return it.opts.useDefaults && !it.compositeRule && schema2[prop].default !== void 0;
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
        const { gen, schema: schema2, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema2);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema2[p]));
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
        const { gen, schema: schema2, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
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
        const { gen, schema: schema2, parentSchema, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema2;
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
        const { gen, schema: schema2, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema2.forEach((sch, i) => {
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
      const schema2 = it.schema[keyword];
      return schema2 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema2);
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
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
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
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema2];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema2}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema2)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema2, ref: fmtDef, code });
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
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
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
    var format = [format_1.default];
    exports.default = format;
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
        const { gen, data, schema: schema2, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema2.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema2.mapping)
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
    var Ajv2 = class extends core_1.default {
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
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
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

// src/config/policy.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute, join as join2, resolve } from "node:path";

// src/config/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached = null;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "maildns") return cached = dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return cached = process.cwd();
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/config/source.ts
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_EXPANDED_NODES = 1e5;
var MAX_NESTING = 64;
var START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function positionOf(source, offset) {
  let starts = source.lineStarts;
  if (!starts) {
    starts = [0];
    for (let i = source.text.indexOf("\n"); i >= 0; i = source.text.indexOf("\n", i + 1)) starts.push(i + 1);
    source.lineStarts = starts;
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
function span(source, start, end) {
  const a = positionOf(source, start);
  const b = positionOf(source, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function parseSource(file, bytes) {
  const problems = [];
  const source = { file, text: "", tree: null, value: void 0, problems };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    problems.push({ ruleId: "file-binary", messageId: "nul", data: { offset: nul }, position: START });
    return source;
  }
  let text;
  try {
    text = UTF8.decode(bytes);
  } catch {
    problems.push({ ruleId: "file-binary", messageId: "encoding", data: {}, position: START });
    return source;
  }
  if (text.charCodeAt(0) === 65279) {
    problems.push({ ruleId: "file-bom", messageId: "bom", data: {}, position: START });
    text = text.slice(1);
  }
  source.text = text;
  const crlf = text.indexOf("\r\n");
  if (crlf >= 0) problems.push({ ruleId: "file-crlf", messageId: "crlf", data: {}, position: span(source, crlf, crlf + 1) });
  const depth = moreOpenersThan(text, MAX_NESTING) ? flowNestingDepth(text) : 0;
  if (depth > MAX_NESTING) {
    problems.push({ ruleId: "file-syntax", messageId: "tooDeep", data: { depth, max: MAX_NESTING }, position: START });
    return source;
  }
  const tree = { start: [], end: [], kind: [], parent: [], result: [] };
  const open = [];
  let value;
  try {
    value = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") {
          if (open.length > MAX_NESTING + 2) throw new NestingError();
          const index = tree.start.length;
          tree.start.push(state.position);
          tree.end.push(state.position);
          tree.kind.push("null");
          tree.parent.push(open.length ? open[open.length - 1] : -1);
          tree.result.push(void 0);
          open.push(index);
        } else {
          const index = open.pop();
          tree.end[index] = state.position;
          tree.kind[index] = state.kind ?? "null";
          tree.result[index] = state.result;
          trim(text, tree, index);
        }
      }
    });
  } catch (error) {
    problems.push(syntaxProblem(source, error));
    return source;
  }
  const mayExpand = tree.start.length > MAX_EXPANDED_NODES || text.includes("*");
  if (mayExpand && expandedSize(value, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES) {
    problems.push({ ruleId: "file-syntax", messageId: "aliasBomb", data: { max: MAX_EXPANDED_NODES }, position: START });
    return source;
  }
  source.tree = tree.start.length ? tree : null;
  source.value = value;
  findControlCharacters(source, tree, problems);
  return source;
}
var NestingError = class extends Error {
};
function syntaxProblem(source, error) {
  if (error instanceof NestingError || error instanceof RangeError) {
    return { ruleId: "file-syntax", messageId: "tooDeep", data: { depth: MAX_NESTING + 1, max: MAX_NESTING }, position: START };
  }
  const e = error;
  const reason = e.reason ?? e.message ?? String(error);
  const at = Math.min(e.mark?.position ?? 0, source.text.length);
  if (/duplicated mapping key/.test(reason)) {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*?)(?=\s*:)/.exec(source.text.slice(at))?.[1] ?? "";
    return { ruleId: "file-duplicate-key", messageId: "duplicate", data: { key }, position: span(source, at, at + key.length) };
  }
  const control = CONTROL.exec(source.text);
  if (control && /printable|JSON character/i.test(reason)) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
    return { ruleId: "file-syntax", messageId: "syntax", data: { detail: `raw control character U+${code} (not allowed in YAML text): remove it` }, position: span(source, control.index, control.index + 1) };
  }
  const position = span(source, at, at + 1);
  if (/tab/i.test(reason)) return { ruleId: "file-syntax", messageId: "tab", data: { detail: reason }, position };
  return { ruleId: "file-syntax", messageId: "syntax", data: { detail: reason }, position };
}
var isBlank = (code) => code === 32 || code === 9 || code === 10 || code === 13;
function trim(text, tree, index) {
  let start = tree.start[index];
  let end = tree.end[index];
  const scalar = tree.kind[index] === "scalar";
  for (; ; ) {
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    const c = text.charCodeAt(start);
    if (start >= end || c !== 38 && c !== 33) break;
    let i = start + 1;
    while (i < end && !isBlank(text.charCodeAt(i)) && !",[]{}".includes(text[i])) i++;
    if (scalar && i < end && !isBlank(text.charCodeAt(i))) break;
    start = i;
  }
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  tree.start[index] = start;
  tree.end[index] = end;
}
function childrenOf(tree, index) {
  const children = [];
  for (let i = index + 1; i < tree.parent.length; i++) if (tree.parent[i] === index) children.push(i);
  if (children.length === 1 && tree.kind[children[0]] === tree.kind[index] && tree.kind[index] !== "scalar") return childrenOf(tree, children[0]);
  return children;
}
function moreOpenersThan(text, limit) {
  let count = 0;
  for (const opener of ["[", "{"]) {
    for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) if (++count > limit) return true;
  }
  return false;
}
function flowNestingDepth(text) {
  let depth = 0;
  let max = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return max;
}
function expandedSize(value, limit) {
  const memo = /* @__PURE__ */ new Map();
  const size = (v, depth) => {
    if (v === null || typeof v !== "object") return 1;
    const known = memo.get(v);
    if (known !== void 0) return known;
    if (depth > MAX_NESTING * 2) return limit + 1;
    let total = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      total += size(child, depth + 1);
      if (total > limit) break;
    }
    memo.set(v, total);
    return total;
  };
  return size(value, 0);
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
function findControlCharacters(source, tree, problems) {
  if (!CONTROL.test(source.text) && !source.text.includes("\\")) return;
  for (let i = 0; i < tree.kind.length; i++) {
    const result = tree.result[i];
    if (tree.kind[i] !== "scalar" || typeof result !== "string") continue;
    const match = CONTROL.exec(result);
    if (match) {
      const code = match[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
      problems.push({ ruleId: "file-control-character", messageId: "control", data: { code: `U+${code}` }, position: span(source, tree.start[i], tree.end[i]) });
    }
  }
}
function nodeAt(tree, path, key = false) {
  let current = 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const children = childrenOf(tree, current);
    const kind = tree.kind[current];
    if (kind === "mapping") {
      let found = -1;
      for (let k = 0; k + 1 < children.length; k += 2) {
        if (String(tree.result[children[k]]) === String(step)) found = k;
      }
      if (found < 0) return current;
      const keyNode = children[found];
      if (i === path.length - 1 && key) return keyNode;
      const value = children[found + 1];
      current = tree.kind[value] === "null" && tree.start[value] >= tree.end[value] ? keyNode : value;
    } else if (kind === "sequence" && typeof step === "number" && children[step] !== void 0) {
      current = children[step];
    } else {
      return current;
    }
  }
  return current;
}
function locate(source, path, range, key = false) {
  const tree = source.tree;
  if (!tree) return START;
  const node = nodeAt(tree, path, key);
  const start = tree.start[node];
  const end = tree.end[node];
  const result = tree.result[node];
  if (range && tree.kind[node] === "scalar" && typeof result === "string") {
    const raw = source.text.slice(start, end);
    const value = result;
    let offset = null;
    if (raw === value) offset = 0;
    else if ((raw[0] === '"' || raw[0] === "'") && raw.slice(1, -1) === value) offset = 1;
    if (offset !== null) {
      const from = Math.min(range[0], value.length);
      const to = Math.min(Math.max(range[1], from), value.length);
      return span(source, start + offset + from, start + offset + to);
    }
  }
  return span(source, start, end);
}

// src/config/suggest.ts
function closest(word, candidates) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/config/policy.ts
var DEFAULT_POLICY = "ovh";
var SHIPPED_POLICIES = ["ovh", "rfc", "strict", "parked"];
var PolicyError = class extends Error {
  constructor(file, position, message) {
    super(`${file}:${position.line}:${position.column}: ${message}`);
    this.file = file;
    this.position = position;
  }
  name = "PolicyError";
};
var LEVELS = ["off", "info", "warn", "error"];
function globToRegExp(glob) {
  const escaped = glob.toLowerCase().replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}
function policyPath(nameOrFile, cwd) {
  if (SHIPPED_POLICIES.includes(nameOrFile)) return join2(packageRoot(), "policies", `${nameOrFile}.yaml`);
  return isAbsolute(nameOrFile) ? nameOrFile : resolve(cwd, nameOrFile);
}
function loadPolicy(nameOrFile, rules, cwd) {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const validators = /* @__PURE__ */ new Map();
  const ajv = new import_ajv.Ajv({ allErrors: true, strict: false, useDefaults: true });
  const validatorFor = (rule) => {
    let v = validators.get(rule.meta.id);
    if (!v) validators.set(rule.meta.id, v = ajv.compile(rule.meta.options));
    return v;
  };
  const layers = [];
  const loadLayer = (file2, chain, displayName2) => {
    if (chain.includes(file2)) throw new PolicyError(displayName2, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `extends loops back to itself (${chain.join(" → ")})`);
    let bytes;
    try {
      bytes = readFileSync2(file2);
    } catch {
      throw new PolicyError(displayName2, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `cannot read the policy pack: use one of ${SHIPPED_POLICIES.join(", ")} or a path to a pack file`);
    }
    const source = parseSource(displayName2, bytes);
    const fatal = source.problems.find((p) => p.ruleId !== "file-crlf" && p.ruleId !== "file-bom");
    if (fatal || !source.value || typeof source.value !== "object") {
      throw new PolicyError(displayName2, fatal?.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, `not a valid policy pack (${fatal ? String(fatal.data.detail ?? fatal.ruleId) : "expected a mapping with `rules:`"})`);
    }
    const pack = source.value;
    const fail = (path, message, key = false) => {
      throw new PolicyError(displayName2, locate(source, path, void 0, key), message);
    };
    for (const key of Object.keys(pack)) {
      if (!["name", "description", "extends", "defaults", "ovhRules", "rules", "overrides"].includes(key)) {
        fail([key], `unknown key '${key}' in a policy pack (allowed: name, description, extends, defaults, ovhRules, rules, overrides)`, true);
      }
    }
    const parents = pack.extends === void 0 ? [] : Array.isArray(pack.extends) ? pack.extends : [pack.extends];
    for (const parent of parents) {
      const parentFile = SHIPPED_POLICIES.includes(String(parent)) ? policyPath(String(parent), cwd) : resolve(file2, "..", String(parent));
      loadLayer(parentFile, [...chain, file2], String(parent));
    }
    if (pack.defaults !== void 0 && pack.defaults !== "recommended" && pack.defaults !== "off") fail(["defaults"], "defaults must be 'recommended' (every rule at its default level) or 'off' (only the rules listed)");
    if (pack.ovhRules !== void 0 && typeof pack.ovhRules !== "boolean") fail(["ovhRules"], "ovhRules must be true or false");
    const readRules = (value, base) => {
      const result = /* @__PURE__ */ new Map();
      if (value === void 0 || value === null) return result;
      if (typeof value !== "object" || Array.isArray(value)) fail(base, "rules must be a mapping of rule id to a level (off|info|warn|error) or {level, options}");
      for (const [id, setting] of Object.entries(value)) {
        const rule = byId.get(id);
        if (!rule) {
          const hint = closest(id, [...byId.keys()]);
          fail([...base, id], `unknown rule '${id}'${hint ? `: did you mean '${hint}'?` : ""} (maildns rules lists them)`, true);
        }
        let level;
        let options;
        if (typeof setting === "string") level = setting;
        else if (setting && typeof setting === "object" && !Array.isArray(setting)) {
          const s = setting;
          for (const k of Object.keys(s)) if (k !== "level" && k !== "options") fail([...base, id, k], `unknown key '${k}': a rule setting has 'level' and 'options'`, true);
          level = s.level;
          options = s.options;
        } else fail([...base, id], `'${id}' must be a level (off|info|warn|error) or {level, options}`);
        if (level !== void 0 && !LEVELS.includes(level)) fail(typeof setting === "string" ? [...base, id] : [...base, id, "level"], `level must be one of off, info, warn, error (got '${String(level)}')`);
        if (options !== void 0) {
          const validate2 = validatorFor(rule);
          const copy = structuredClone(options);
          if (!validate2(copy)) {
            const error = validate2.errors?.[0];
            const property = Object.keys(rule.meta.options.properties);
            fail([...base, id, "options", ...error?.instancePath ? error.instancePath.slice(1).split("/") : []], `bad option for ${id}: ${error?.instancePath || "options"} ${error?.message ?? "is invalid"}${error?.keyword === "additionalProperties" ? ` '${String(error.params.additionalProperty)}'` : ""} (options: ${property.length ? property.join(", ") : "none"}; e.g. ${JSON.stringify(Object.fromEntries(Object.entries(rule.meta.options.properties).map(([k, v]) => [k, v.default])))})`);
          }
        }
        result.set(id, { ...level !== void 0 ? { level } : {}, ...options !== void 0 ? { options } : {} });
      }
      return result;
    };
    const rulesLayer = readRules(pack.rules, ["rules"]);
    const overrides = [];
    if (pack.overrides !== void 0) {
      if (!Array.isArray(pack.overrides)) fail(["overrides"], "overrides must be a list of {domains: [glob...], rules: {...}}");
      pack.overrides.forEach((o, i) => {
        const entry = o ?? {};
        const globs = entry.domains === void 0 ? [] : Array.isArray(entry.domains) ? entry.domains : [entry.domains];
        if (globs.length === 0) fail(["overrides", i], "an override needs `domains:` (one or more globs such as '*.example.com')");
        overrides.push({ patterns: globs.map((g) => globToRegExp(String(g))), rules: readRules(entry.rules, ["overrides", i, "rules"]) });
      });
    }
    layers.push({
      defaults: pack.defaults ?? null,
      ovhRules: typeof pack.ovhRules === "boolean" ? pack.ovhRules : null,
      rules: rulesLayer,
      overrides
    });
  };
  const file = policyPath(nameOrFile, cwd);
  const displayName = SHIPPED_POLICIES.includes(nameOrFile) ? `policies/${nameOrFile}.yaml` : nameOrFile;
  loadLayer(file, [], displayName);
  const validateOptions = (rule, options) => {
    const merged = {};
    for (const [name, property] of Object.entries(rule.meta.options.properties)) merged[name] = structuredClone(property.default);
    return { ...merged, ...structuredClone(options) };
  };
  const cache = /* @__PURE__ */ new Map();
  const hasOverrides = layers.some((layer) => layer.overrides.length > 0);
  return {
    name: nameOrFile,
    file: displayName,
    settingsFor(domain) {
      if (!hasOverrides) {
        const hit2 = cache.get("");
        if (hit2) return hit2;
      }
      const applicable = layers.flatMap((layer) => [layer.rules, ...layer.overrides.filter((o) => o.patterns.some((p) => p.test(domain))).map((o) => o.rules)]);
      const key = applicable.length === layers.length ? "" : domain;
      const hit = cache.get(key);
      if (hit) return hit;
      const defaults = layers.reduce((acc, l) => l.defaults ?? acc, null) ?? "recommended";
      const ovhRules = layers.reduce((acc, l) => l.ovhRules ?? acc, null) ?? true;
      const settings = /* @__PURE__ */ new Map();
      for (const rule of rules) {
        let level = defaults === "off" || !ovhRules && rule.meta.ovhOnly ? "off" : rule.meta.defaultLevel;
        let options = {};
        for (const layer of applicable) {
          const s = layer.get(rule.meta.id);
          if (!s) continue;
          if (s.level) level = s.level;
          if (s.options) options = { ...options, ...s.options };
        }
        settings.set(rule.meta.id, { level, options: validateOptions(rule, options) });
      }
      cache.set(key, settings);
      return settings;
    }
  };
}

// src/engine/types.ts
function defineRule(rule) {
  return rule;
}

// src/mail/host.ts
import { isIPv4, isIPv6 } from "node:net";
import { domainToASCII, domainToUnicode } from "node:url";
var BARE_SCHEMES = /^(mailto|smtps?|submissions?|imaps?|pop3?s?|https?|ftp|ldaps?|tel|sip):(?!\d)/i;
var SCHEME_WITH_SLASHES = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
var LDH = /^[A-Za-z0-9-]$/;
var MAX_LABEL = 63;
var MAX_NAME = 253;
var analysisCache = /* @__PURE__ */ new Map();
var ANALYSIS_CACHE_SIZE = 4096;
function analyseHost(text) {
  const input = typeof text === "string" ? text : String(text);
  const cached2 = analysisCache.get(input);
  if (cached2) return cached2;
  const analysis = deepFreeze(analyseHostUncached(input));
  if (analysisCache.size >= ANALYSIS_CACHE_SIZE) analysisCache.clear();
  analysisCache.set(input, analysis);
  return analysis;
}
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
function analyseHostUncached(input) {
  const problems = [];
  const add = (code, start, end) => {
    problems.push({ code, start, end, text: input.slice(start, end) });
  };
  for (const match of input.matchAll(/\s+/g)) add("whitespace", match.index, match.index + match[0].length);
  let lo = 0;
  let hi = input.length;
  while (lo < hi && /\s/.test(input[lo])) lo++;
  while (hi > lo && /\s/.test(input[hi - 1])) hi--;
  const result = (kind, extra = {}) => ({
    input,
    kind,
    host: input.slice(lo, hi),
    hostStart: lo,
    hostEnd: hi,
    trailingDot: false,
    ascii: null,
    unicode: null,
    idn: false,
    labels: [],
    problems: problems.sort((a, b) => a.start - b.start || a.end - b.end),
    suggestion: null,
    ...extra
  });
  if (lo >= hi) {
    add("empty", 0, input.length);
    return result("empty");
  }
  const scheme = SCHEME_WITH_SLASHES.exec(input.slice(lo, hi)) ?? BARE_SCHEMES.exec(input.slice(lo, hi));
  if (scheme) {
    add("scheme", lo, lo + scheme[0].length);
    lo += scheme[0].length;
  }
  const pathAt = firstIndexOf(input, ["/", "?", "#"], lo, hi);
  if (pathAt >= 0) {
    add("path", pathAt, hi);
    hi = pathAt;
  }
  const at = input.lastIndexOf("@", hi - 1);
  if (at >= lo) {
    add("at-sign", lo, at + 1);
    lo = at + 1;
  }
  if (input[lo] === "[") {
    const close = input.indexOf("]", lo);
    if (close > lo && close < hi) {
      const rest = input.slice(close + 1, hi);
      if (/^:\d*$/.test(rest)) {
        add("port", close + 1, hi);
        hi = close + 1;
      }
      const inner = input.slice(lo + 1, close).replace(/^IPv6:/i, "");
      if (close + 1 === hi && (isIPv6(inner) || isIPv4(inner))) {
        add("ip-literal", lo, hi);
        return result(isIPv6(inner) ? "ipv6" : "ipv4", { ascii: inner.toLowerCase(), unicode: inner.toLowerCase() });
      }
    }
  }
  const core2 = input.slice(lo, hi);
  if (isIPv6(core2)) {
    add("ip-literal", lo, hi);
    return result("ipv6", { ascii: core2.toLowerCase(), unicode: core2.toLowerCase() });
  }
  const colons = [...core2].filter((c) => c === ":").length;
  if (colons === 1) {
    const colon = input.indexOf(":", lo);
    if (/^\d*$/.test(input.slice(colon + 1, hi))) {
      add("port", colon, hi);
      hi = colon;
    }
  }
  const bare = input.slice(lo, hi);
  const undotted = bare.endsWith(".") ? bare.slice(0, -1) : bare;
  if (isIPv4(undotted)) {
    add("ip-literal", lo, hi);
    return result("ipv4", { ascii: undotted, unicode: undotted });
  }
  if (bare === ".") return result("null", { trailingDot: true, ascii: "", unicode: "" });
  if (bare === "") {
    add("empty", lo, hi);
    return result("empty");
  }
  return analyseLabels(input, lo, hi, problems, add, result);
}
function analyseLabels(input, lo, hi, problems, add, result) {
  const trailingDot = hi > lo && input[hi - 1] === ".";
  const nameEnd = trailingDot ? hi - 1 : hi;
  const labels = [];
  let idn = false;
  let start = lo;
  for (; ; ) {
    const dot = input.indexOf(".", start);
    const end = dot < 0 || dot >= nameEnd ? nameEnd : dot;
    const label = analyseLabel(input, start, end, add);
    if (label.idn) idn = true;
    if (end === start) {
      const from = start > lo ? start - 1 : lo;
      const to = Math.min(hi, start + 1);
      const previous = problems[problems.length - 1];
      if (previous?.code === "empty-label" && previous.end >= from) {
        previous.end = to;
        previous.text = input.slice(previous.start, to);
      } else add("empty-label", from, to);
    }
    labels.push({ text: input.slice(start, end), ascii: label.ascii, start, end });
    if (end >= nameEnd) break;
    start = end + 1;
  }
  const ascii = labels.map((l) => l.ascii).join(".");
  if (ascii.length > MAX_NAME) add("name-too-long", lo, hi);
  const unicode = ascii === "" ? "" : domainToUnicode(ascii) || ascii;
  const coreClean = !problems.some((p) => p.start >= lo && p.end <= hi && p.code !== "port");
  const suggestion = coreClean && ascii !== "" ? `${ascii}.` : null;
  return result("hostname", { trailingDot, ascii, unicode, idn, labels, suggestion });
}
function analyseLabel(input, start, end, add) {
  const text = input.slice(start, end);
  let nonAscii = false;
  let broken = false;
  let i = start;
  while (i < end) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      broken = true;
      i++;
      continue;
    }
    if (ch.charCodeAt(0) > 127) {
      nonAscii = true;
      i++;
      continue;
    }
    if (LDH.test(ch)) {
      i++;
      continue;
    }
    const code = ch === "_" ? "underscore" : "bad-character";
    let j = i + 1;
    while (j < end && input[j] === ch) j++;
    add(code, i, j);
    broken = true;
    i = j;
  }
  if (text.startsWith("-")) add("hyphen-edge", start, start + 1);
  if (text.length > 1 && text.endsWith("-")) add("hyphen-edge", end - 1, end);
  let ascii = text.toLowerCase();
  const isALabel = /^xn--/i.test(text);
  if (nonAscii && !broken) {
    ascii = domainToASCII(text);
    if (ascii === "" || ascii.includes(".")) {
      add("idn-invalid", start, end);
      ascii = "";
    }
  } else if (isALabel && !broken && domainToUnicode(text) === "") {
    add("idn-invalid", start, end);
  }
  if ((ascii || text).length > MAX_LABEL) add("label-too-long", start, end);
  return { ascii, idn: nonAscii || isALabel };
}
function firstIndexOf(text, needles, from, to) {
  let best = -1;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
  }
  return best;
}
function isCleanHostname(analysis, allowed = []) {
  return analysis.kind === "hostname" && analysis.problems.every((p) => allowed.includes(p.code));
}

// src/mail/ovh.ts
var OVH_SPF_INCLUDE = "mx.ovh.com";
var OVH_SHARED_OFFERS = ["mx-plan", "email-pro", "hosted-exchange", "zimbra"];
var OVH_OFFERS = [...OVH_SHARED_OFFERS, "private-exchange"];
function ovhMxSet(region) {
  const suffix = region === "ca" ? "mail.ovh.ca" : "mail.ovh.net";
  return [
    { priority: 1, host: `mx0.${suffix}.` },
    { priority: 5, host: `mx1.${suffix}.` },
    { priority: 50, host: `mx2.${suffix}.` },
    { priority: 100, host: `mx3.${suffix}.` },
    { priority: 200, host: `mx4.${suffix}.` }
  ];
}
var OVH_LEGACY_MX_HOST = /^(mx[1-4]|mxb|redirect)\.ovh\.net\.?$/i;
var OVH_DKIM_CNAME_TARGET = /^(?<selector>[^.]+)\._domainkey\.\d+\.[a-z]{2}\.dkim\.mail\.ovh\.net\.$/;
var OVH_DKIM_SELECTOR_NAME = /^ovh(mo|ex|emp)\d*-selector-?[12]$/;
function ovhClientHosts(offer, region, server) {
  if (offer === "email-pro" || offer === "hosted-exchange" || offer === "private-exchange") {
    if (server) return { imap: [server], smtp: [server] };
    if (offer === "hosted-exchange" && region === "ca") return { imap: ["ex.mail.ovh.ca"], smtp: ["ex.mail.ovh.ca"] };
    return offer === "email-pro" ? { imap: ["pro?.mail.ovh.net"], smtp: ["pro?.mail.ovh.net"] } : { imap: ["ex?.mail.ovh.net"], smtp: ["ex?.mail.ovh.net"] };
  }
  if (region === "ca") return { imap: ["imap.mail.ovh.ca"], smtp: ["smtp.mail.ovh.ca"] };
  return { imap: ["ssl0.ovh.net", "imap.mail.ovh.net"], smtp: ["ssl0.ovh.net", "smtp.mail.ovh.net"] };
}
function isOvhHosted(domain) {
  return domain.mail.provider === "ovh" && domain.mail.offer !== null;
}
function isOvhShared(domain) {
  return isOvhHosted(domain) && OVH_SHARED_OFFERS.includes(domain.mail.offer);
}

// src/mail/srv.ts
function relativeOwner(name, domain) {
  const lower = name.trim().toLowerCase().replace(/\.$/, "");
  const suffix = `.${domain.toLowerCase()}`;
  if (lower === domain.toLowerCase()) return "";
  return lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : lower;
}
var SRV_OWNER = /^_([a-z0-9](?:[a-z0-9-]{0,13}[a-z0-9])?)\._(tcp|udp)$/;
function parseSrvOwner(service, domain) {
  const match = SRV_OWNER.exec(relativeOwner(service, domain));
  if (!match || match[1].includes("--")) return null;
  return { service: match[1], proto: match[2] };
}
var OVH_MAILCONFIG_HOST = "mailconfig.ovh.net";
var OVH_SERVER_HOST = /^(pro\d*|ex\d*)\.mail\.ovh\.(net|ca)$/;
function autodiscoverFamily(offer) {
  return offer === "mx-plan" || offer === "zimbra" ? "mailconfig" : "server";
}
function matchesClientHost(host, allowed) {
  if (host.kind !== "hostname" || host.ascii === null) return false;
  return allowed.some((pattern) => {
    const normalised = pattern.toLowerCase().replace(/\.$/, "");
    if (!normalised.includes("?")) return host.ascii === normalised;
    const regex = new RegExp(`^${normalised.replace(/\./g, "\\.").replace(/\?/g, "\\d+")}$`);
    return regex.test(host.ascii);
  });
}
function ovhClientHostsFor(protocol, offer, region, server) {
  return ovhClientHosts(offer, region, server)[protocol];
}

// src/rules/autodiscover-cname-conflict.ts
var AUTOCONFIG_NAMES = /* @__PURE__ */ new Set(["autodiscover", "autoconfig"]);
var autodiscover_cname_conflict_default = defineRule({
  meta: {
    id: "autodiscover-cname-conflict",
    area: "srv",
    description: "On Email Pro and Exchange, no autodiscover/autoconfig CNAME contradicts the `_autodiscover._tcp` SRV record.",
    references: ["OVH-MAILDNS"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      conflict: {
        text: "{{name}} CNAME {{target}} competes with _autodiscover._tcp → {{srvTarget}}: clients may follow the CNAME and get the wrong server; remove the CNAME (OVH-MAILDNS)"
      }
    },
    fix: "Keep `_autodiscover._tcp` only; delete the autodiscover/autoconfig CNAMEs."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mail.offer === null || autodiscoverFamily(domain.mail.offer) !== "server") return;
    const srvTargets = domain.srv.filter((s) => relativeOwner(s.service, domain.domain) === "_autodiscover._tcp").map((s) => ({ written: s.target, host: analyseHost(s.target) })).filter((s) => s.host.kind === "hostname");
    if (srvTargets.length === 0) return;
    const srvHosts = new Set(srvTargets.map((s) => s.host.ascii));
    for (const cname of domain.cname) {
      const name = relativeOwner(cname.name, domain.domain);
      if (!AUTOCONFIG_NAMES.has(name)) continue;
      if (srvHosts.has(analyseHost(cname.target).ascii)) continue;
      ctx.report({
        messageId: "conflict",
        data: { name: cname.name, target: cname.target, srvTarget: srvTargets[0].written },
        at: { path: [...cname.path, "name"] }
      });
    }
  }
});

// src/rules/autodiscover-offer-mismatch.ts
var autodiscover_offer_mismatch_default = defineRule({
  meta: {
    id: "autodiscover-offer-mismatch",
    area: "srv",
    description: "`_autodiscover._tcp` points at the autoconfiguration host of the domain's OVH offer.",
    references: ["OVH-MAILDNS", "WILD"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      mailconfigOnServerOffer: {
        text: "_autodiscover._tcp points at {{target}} (MX Plan's autoconfiguration), but the domain uses OVH {{offer}}: point it at {{expected}}"
      },
      serverOnMailconfigOffer: {
        text: "_autodiscover._tcp points at {{target}} (an Email Pro/Exchange server), but the domain uses OVH {{offer}}: point it at mailconfig.ovh.net."
      },
      otherServer: {
        text: "_autodiscover._tcp points at {{target}}, but mail.server is {{server}}: clients would be configured for another server"
      }
    },
    fix: "MX Plan/Zimbra: target mailconfig.ovh.net.; Email Pro/Exchange: your server, e.g. pro1.mail.ovh.net."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mail.offer === null) return;
    const offer = domain.mail.offer;
    const family = autodiscoverFamily(offer);
    const server = domain.mail.server ? analyseHost(domain.mail.server).ascii : null;
    for (const srv of domain.srv) {
      if (relativeOwner(srv.service, domain.domain) !== "_autodiscover._tcp") continue;
      const target = analyseHost(srv.target);
      if (target.kind !== "hostname" || target.ascii === null) continue;
      const at = { path: [...srv.path, "target"] };
      if (family === "server" && target.ascii === OVH_MAILCONFIG_HOST) {
        const expected = server ? `${server}.` : "your Email Pro/Exchange server (e.g. pro1.mail.ovh.net.)";
        ctx.report({ messageId: "mailconfigOnServerOffer", data: { target: srv.target, offer, expected }, at });
      } else if (family === "mailconfig" && OVH_SERVER_HOST.test(target.ascii)) {
        ctx.report({ messageId: "serverOnMailconfigOffer", data: { target: srv.target, offer }, at });
      } else if (family === "server" && server && OVH_SERVER_HOST.test(target.ascii) && target.ascii !== server) {
        ctx.report({ messageId: "otherServer", data: { target: srv.target, server: domain.mail.server ?? "" }, at });
      }
    }
  }
});

// src/rules/client-cleartext-port.ts
var SECURE = {
  imap: "port 993 with tls: ssl",
  smtp: "port 465 with tls: ssl (or 587 with tls: starttls)",
  pop: "port 995 with tls: ssl"
};
var LEGACY_PORTS = /* @__PURE__ */ new Set([110, 143]);
var client_cleartext_port_default = defineRule({
  meta: {
    id: "client-cleartext-port",
    area: "client",
    description: "Client profiles never use cleartext access (tls: none, or the legacy ports 110 and 143).",
    references: ["RFC8314 §3", "RFC8314 §4"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cleartext: { text: "{{protocol}} on port {{port}} without TLS sends passwords in clear (RFC 8314 §3); use {{secure}}" },
      legacyPort: { text: "{{protocol}} on port {{port}}, the protocol's legacy cleartext port (RFC 8314 §3 prefers implicit TLS); use {{secure}}" }
    },
    fix: "imap 993/ssl, pop 995/ssl, smtp 465/ssl or 587/starttls."
  },
  check(ctx) {
    const { clients } = ctx.domain;
    const endpoints = [
      ["imap", clients.imap],
      ["smtp", clients.smtp],
      ["pop", clients.pop]
    ];
    for (const [protocol, endpoint2] of endpoints) {
      if (endpoint2 === null) continue;
      const data = { protocol: protocol.toUpperCase(), port: endpoint2.port, secure: SECURE[protocol] };
      if (endpoint2.tls === "none") ctx.report({ messageId: "cleartext", data, at: { path: [...endpoint2.path, "tls"] } });
      else if (LEGACY_PORTS.has(endpoint2.port)) ctx.report({ messageId: "legacyPort", data, at: { path: [...endpoint2.path, "port"] } });
    }
  }
});

// src/rules/client-imap-settings.ts
var IMAPS_PORT = 993;
var client_imap_settings_default = defineRule({
  meta: {
    id: "client-imap-settings",
    area: "client",
    description: "The IMAP client profile uses port 993 with SSL/TLS and, for OVH mail, the offer's IMAP host.",
    references: ["OVH-TB-MXP", "OVH-TB-PRO", "OVH-TB-EX", "OVH-EXCA", "RFC8314 §3.2"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      port: { text: "IMAP uses port {{port}}; use 993 with tls: ssl (implicit TLS, RFC 8314 §3.2; OVH's client guides)" },
      tls: { text: "IMAP on port 993 with tls: {{tls}}; port 993 is implicit TLS, write tls: ssl" },
      host: { text: "IMAP host {{host}} is not OVH's IMAP server for {{offer}}; use {{expected}}" }
    },
    fix: "`imap: { host: ssl0.ovh.net, port: 993, tls: ssl }` (MX Plan; Email Pro/Exchange: your pro?/ex? server)."
  },
  check(ctx) {
    const { domain } = ctx;
    const imap = domain.clients.imap;
    if (imap === null) return;
    if (imap.port !== IMAPS_PORT) ctx.report({ messageId: "port", data: { port: imap.port }, at: { path: [...imap.path, "port"] } });
    else if (imap.tls !== "ssl") ctx.report({ messageId: "tls", data: { tls: imap.tls }, at: { path: [...imap.path, "tls"] } });
    if (!isOvhHosted(domain) || domain.mail.offer === null) return;
    const allowed = ovhClientHostsFor("imap", domain.mail.offer, domain.mail.region, domain.mail.server);
    if (!matchesClientHost(analyseHost(imap.host), allowed)) {
      ctx.report({ messageId: "host", data: { host: imap.host, offer: domain.mail.offer, expected: allowed.join(" or ") }, at: { path: [...imap.path, "host"] } });
    }
  }
});

// src/rules/client-smtp-settings.ts
var client_smtp_settings_default = defineRule({
  meta: {
    id: "client-smtp-settings",
    area: "client",
    description: "The SMTP client profile submits on 465 with SSL/TLS or 587 with STARTTLS and, for OVH mail, to the offer's SMTP host.",
    references: ["OVH-TB-MXP", "OVH-ZIMBRA", "OVH-TB-PRO", "OVH-TB-EX", "RFC8314 §3.3", "RFC6409 §1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      port25: { text: "SMTP submission on port 25: that port is for server-to-server relay (RFC 6409 §1) and often blocked; use 465 with tls: ssl or 587 with tls: starttls" },
      port: { text: "SMTP submission on port {{port}}; use 465 with tls: ssl or 587 with tls: starttls (RFC 8314 §3.3)" },
      tls: { text: "SMTP on port {{port}} with tls: {{tls}}; port {{port}} needs tls: {{expected}}" },
      host: { text: "SMTP host {{host}} is not OVH's SMTP server for {{offer}}; use {{expected}}" }
    },
    fix: "`smtp: { host: ssl0.ovh.net, port: 465, tls: ssl }` or `{ port: 587, tls: starttls }`."
  },
  check(ctx) {
    const { domain } = ctx;
    const smtp = domain.clients.smtp;
    if (smtp === null) return;
    const expectedTls = smtp.port === 465 ? "ssl" : smtp.port === 587 ? "starttls" : null;
    if (smtp.port === 25) ctx.report({ messageId: "port25", at: { path: [...smtp.path, "port"] } });
    else if (expectedTls === null) ctx.report({ messageId: "port", data: { port: smtp.port }, at: { path: [...smtp.path, "port"] } });
    else if (smtp.tls !== expectedTls) {
      ctx.report({ messageId: "tls", data: { port: smtp.port, tls: smtp.tls, expected: expectedTls }, at: { path: [...smtp.path, "tls"] } });
    }
    if (!isOvhHosted(domain) || domain.mail.offer === null) return;
    const allowed = ovhClientHostsFor("smtp", domain.mail.offer, domain.mail.region, domain.mail.server);
    if (!matchesClientHost(analyseHost(smtp.host), allowed)) {
      ctx.report({ messageId: "host", data: { host: smtp.host, offer: domain.mail.offer, expected: allowed.join(" or ") }, at: { path: [...smtp.path, "host"] } });
    }
  }
});

// src/mail/dkim.ts
import { createPublicKey } from "node:crypto";

// src/mail/parse-once.ts
function parseOnce(parse) {
  const parsed = /* @__PURE__ */ new WeakMap();
  return (text) => {
    let result = parsed.get(text);
    if (result === void 0) {
      result = parse(text.value);
      parsed.set(text, result);
    }
    return result;
  };
}

// src/mail/dkim.ts
var KNOWN_TAGS = /* @__PURE__ */ new Set(["v", "g", "h", "k", "n", "p", "s", "t"]);
var TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
var FWS_CHARS = " 	\r\n";
var MAX_KEY_BYTES = 16384;
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
function isFws(char) {
  return FWS_CHARS.includes(char);
}
var ANY_FWS = /[ \t\r\n]/;
var ALL_FWS = /[ \t\r\n]+/g;
var NOT_VALUE_CHAR = /[^\x21-\x3a\x3c-\x7e \t\r\n]/;
function parseDkimKey(text) {
  const tags = [];
  const errors = [];
  const byName = /* @__PURE__ */ new Map();
  let specStart = 0;
  while (specStart <= text.length) {
    const semicolon = text.indexOf(";", specStart);
    const specEnd = semicolon === -1 ? text.length : semicolon;
    const tag = parseTagSpec(text, specStart, specEnd, semicolon !== -1, errors);
    if (tag) {
      if (byName.has(tag.name)) {
        errors.push({ code: "duplicate-tag", start: tag.start, end: tag.end, tag: tag.name });
      } else {
        byName.set(tag.name, tag);
      }
      tags.push(tag);
    }
    if (semicolon === -1) break;
    specStart = semicolon + 1;
  }
  const k = byName.get("k");
  const h = byName.get("h");
  const s = byName.get("s");
  const t = byName.get("t");
  const p = byName.get("p");
  const keyData = p ? stripFws(p.value) : null;
  return {
    text,
    tags,
    byName,
    keyType: k ? k.value : "rsa",
    hashes: h ? splitList(text, h) : null,
    serviceTypes: s ? splitList(text, s) : null,
    flags: t ? splitList(text, t) : null,
    keyData,
    key: p && keyData !== null ? decodeKey(text, p, keyData) : { status: "missing" },
    errors
  };
}
function parseTagSpec(text, from, to, endsWithSemicolon, errors) {
  let start = from;
  let end = to;
  while (start < end && isFws(text[start])) start++;
  while (end > start && isFws(text[end - 1])) end--;
  if (start === end) {
    const isLast = !endsWithSemicolon;
    const isEmptyRecord = from === 0 && !endsWithSemicolon;
    if (!isLast && !isEmptyRecord) errors.push({ code: "empty-tag", start: to, end: to + 1 });
    return null;
  }
  const equals = text.indexOf("=", start);
  if (equals === -1 || equals >= end) {
    errors.push({ code: "missing-equals", start, end });
    return null;
  }
  let nameEnd = equals;
  while (nameEnd > start && isFws(text[nameEnd - 1])) nameEnd--;
  const name = text.slice(start, nameEnd);
  if (!TAG_NAME.test(name)) errors.push({ code: "bad-tag-name", start, end: Math.max(nameEnd, start + 1), tag: name });
  let valueStart = equals + 1;
  while (valueStart < end && isFws(text[valueStart])) valueStart++;
  const valueEnd = Math.max(valueStart, end);
  const badChar = text.slice(valueStart, valueEnd).search(NOT_VALUE_CHAR);
  if (badChar !== -1) errors.push({ code: "bad-value-char", start: valueStart + badChar, end: valueStart + badChar + 1, tag: name });
  return {
    name,
    value: text.slice(valueStart, valueEnd),
    start,
    end: Math.max(end, equals + 1),
    nameStart: start,
    nameEnd,
    valueStart,
    valueEnd,
    known: KNOWN_TAGS.has(name)
  };
}
function stripFws(value) {
  return ANY_FWS.test(value) ? value.replace(ALL_FWS, "") : value;
}
function splitList(text, tag) {
  const items = [];
  let from = tag.valueStart;
  while (from <= tag.valueEnd) {
    const colon = text.indexOf(":", from);
    const to = colon === -1 || colon > tag.valueEnd ? tag.valueEnd : colon;
    let start = from;
    let end = to;
    while (start < end && isFws(text[start])) start++;
    while (end > start && isFws(text[end - 1])) end--;
    items.push({ value: text.slice(start, end), start, end });
    if (to === tag.valueEnd) break;
    from = to + 1;
  }
  return items.filter((item) => item.value !== "");
}
function compactOffsets(text, tag) {
  const offsets = [];
  for (let i = tag.valueStart; i < tag.valueEnd; i++) if (!isFws(text[i])) offsets.push(i);
  return offsets;
}
function decodeKey(text, p, data) {
  if (data === "") return { status: "revoked" };
  const at = (index) => {
    const offset = data === p.value ? p.valueStart + index : compactOffsets(text, p)[index];
    return { start: offset, end: offset + 1 };
  };
  const firstPad = data.indexOf("=");
  const body = firstPad === -1 ? data : data.slice(0, firstPad);
  const badChar = body.search(/[^A-Za-z0-9+/]/);
  if (badChar !== -1) return { status: "bad-base64", problem: "char", ...at(badChar) };
  if (firstPad !== -1) {
    const padding = data.slice(firstPad);
    const strayAfterPad = padding.search(/[^=]/);
    if (strayAfterPad !== -1) {
      const index = firstPad + strayAfterPad;
      const problem = /[A-Za-z0-9+/]/.test(data[index]) ? "padding" : "char";
      return problem === "padding" ? { status: "bad-base64", problem, ...at(firstPad) } : { status: "bad-base64", problem, ...at(index) };
    }
    if (padding.length > 2) return { status: "bad-base64", problem: "padding", ...at(firstPad) };
  }
  if (data.length % 4 !== 0) return { status: "bad-base64", problem: "length", start: p.valueStart, end: p.valueEnd };
  const der = Buffer.from(data, "base64");
  return describeKey(der);
}
function derAt(der, offset, limit) {
  if (offset + 2 > limit) return null;
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 128) {
    const count = length & 127;
    if (count === 0 || count > 3 || start + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    start += count;
  }
  return start + length <= limit ? { tag, start, end: start + length } : null;
}
function integerBits(der, element) {
  let i = element.start;
  while (i < element.end && der[i] === 0) i++;
  if (i === element.end) return 0;
  return (element.end - i - 1) * 8 + (32 - Math.clz32(der[i]));
}
function rsaPublicKeyBits(der, start, end) {
  const sequence = derAt(der, start, end);
  if (!sequence || sequence.tag !== 48 || sequence.end !== end) return null;
  const modulus = derAt(der, sequence.start, sequence.end);
  if (!modulus || modulus.tag !== 2) return null;
  const exponent = derAt(der, modulus.end, sequence.end);
  if (!exponent || exponent.tag !== 2 || exponent.end !== sequence.end) return null;
  return integerBits(der, modulus);
}
var RSA_ALGORITHM = Buffer.from("300d06092a864886f70d0101010500", "hex");
function rsaBitsFromDer(der) {
  const outer = derAt(der, 0, der.length);
  if (!outer || outer.tag !== 48 || outer.end !== der.length) return null;
  const algorithm = derAt(der, outer.start, outer.end);
  if (algorithm && algorithm.tag === 48) {
    if (!Buffer.from(der.subarray(outer.start, algorithm.end)).equals(RSA_ALGORITHM)) return null;
    const bitString = derAt(der, algorithm.end, outer.end);
    if (!bitString || bitString.tag !== 3 || bitString.end !== outer.end || der[bitString.start] !== 0) return null;
    const bits2 = rsaPublicKeyBits(der, bitString.start + 1, bitString.end);
    return bits2 ? { bits: bits2, encoding: "spki" } : null;
  }
  const bits = rsaPublicKeyBits(der, 0, der.length);
  return bits ? { bits, encoding: "pkcs1" } : null;
}
function describeKey(der) {
  const bytes = der.length;
  if (bytes === 32) return { status: "ok", type: "ed25519", encoding: "raw", bytes };
  if (bytes > MAX_KEY_BYTES) return { status: "undecodable", bytes };
  const rsa = rsaBitsFromDer(der);
  if (rsa) return { status: "ok", type: "rsa", bits: rsa.bits, encoding: rsa.encoding, bytes };
  for (const encoding of ["spki", "pkcs1"]) {
    try {
      const key = createPublicKey({ key: der, format: "der", type: encoding });
      if (key.asymmetricKeyType === "rsa") {
        const bits = key.asymmetricKeyDetails?.modulusLength;
        if (typeof bits === "number") return { status: "ok", type: "rsa", bits, encoding, bytes };
      }
      if (key.asymmetricKeyType === "ed25519" && encoding === "spki" && der.subarray(0, 12).equals(ED25519_SPKI_PREFIX)) {
        return { status: "ok", type: "ed25519", encoding: "spki", bytes };
      }
      return { status: "undecodable", bytes };
    } catch {
    }
  }
  return { status: "undecodable", bytes };
}
var dkimKeyOf = parseOnce(parseDkimKey);
function selectorKeys(selectors) {
  const out = [];
  for (const selector of selectors) {
    if (selector.text) out.push({ selector, text: selector.text, record: dkimKeyOf(selector.text) });
  }
  return out;
}
function valueRange(tag) {
  return tag.valueEnd > tag.valueStart ? [tag.valueStart, tag.valueEnd] : [tag.start, tag.end];
}
function ovhSelectorPair(name) {
  const match = /^(.*\D)([12])$/.exec(name.toLowerCase());
  if (!match) return { prefix: name.toLowerCase(), number: null };
  return { prefix: match[1], number: match[2] === "1" ? 1 : 2 };
}
function loneOvhSelectors(selectors) {
  const ovhSelectors = selectors.filter((s) => s.ovh);
  const pairs2 = /* @__PURE__ */ new Map();
  const lone = [];
  for (const selector of ovhSelectors) {
    const { prefix, number } = ovhSelectorPair(selector.name);
    if (number === null) {
      if (ovhSelectors.length === 1) lone.push({ selector, missing: null });
      continue;
    }
    const pair = pairs2.get(prefix) ?? { first: selector, numbers: /* @__PURE__ */ new Set() };
    pair.numbers.add(number);
    pairs2.set(prefix, pair);
  }
  for (const { first, numbers } of pairs2.values()) {
    if (numbers.size === 2) continue;
    lone.push({ selector: first, missing: `${first.name.slice(0, -1)}${numbers.has(1) ? "2" : "1"}` });
  }
  return lone;
}
function shorten(text, max = 60) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// src/rules/dkim-bad-base64.ts
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code > 32 && code < 127 ? char : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
var dkim_bad_base64_default = defineRule({
  meta: {
    id: "dkim-bad-base64",
    area: "dkim",
    description: "A DKIM key record's p= must be valid base64 (alphabet, padding, length a multiple of 4) holding a public key of the record's type.",
    references: ["RFC6376 §3.6.1", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      badChar: { text: "selector {{selector}}: '{{char}}' is not a base64 character in p=" },
      badPadding: { text: "selector {{selector}}: '=' padding is only allowed as the last one or two characters of p=" },
      badLength: { text: "selector {{selector}}: p= has {{length}} base64 characters, not a multiple of 4 (part of the key is missing)" },
      notRsaKey: { text: "selector {{selector}}: p= decodes to {{bytes}} bytes that are not an RSA public key (k={{keyType}})" }
    },
    fix: "Paste the key again from the signer (one base64 block, no quotes or line breaks inside)."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      const base = { selector: selector.name };
      if (key.status === "bad-base64") {
        const at = ctx.textAnchor(text, key.start, key.end);
        if (key.problem === "char") ctx.report({ messageId: "badChar", data: { ...base, char: visible(text.value.slice(key.start, key.end)) }, at });
        if (key.problem === "padding") ctx.report({ messageId: "badPadding", data: base, at });
        if (key.problem === "length") ctx.report({ messageId: "badLength", data: { ...base, length: record.keyData?.length ?? 0 }, at });
        continue;
      }
      if (record.keyType !== "rsa") continue;
      const notRsa = key.status === "undecodable" || key.status === "ok" && key.type !== "rsa";
      if (notRsa) {
        const [start, end] = valueRange(record.byName.get("p"));
        ctx.report({ messageId: "notRsaKey", data: { ...base, bytes: key.bytes, keyType: record.keyType }, at: ctx.textAnchor(text, start, end) });
      }
    }
  }
});

// src/rules/dkim-cname-conflict.ts
function relativeOwner2(name, domain) {
  const lower = name.trim().toLowerCase().replace(/\.$/, "");
  return lower.endsWith(`.${domain}`) ? lower.slice(0, -domain.length - 1) : lower;
}
function kindOf(selector) {
  if (selector.target !== null) return "CNAME";
  return selector.text !== null ? "TXT" : "no record";
}
var dkim_cname_conflict_default = defineRule({
  meta: {
    id: "dkim-cname-conflict",
    area: "dkim",
    description: "A DKIM selector name must hold either one CNAME or one key record, never both or two of either.",
    references: ["RFC1034 §3.6.2", "RFC2181 §10.1", "RFC6376 §3.6.2.2"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cnameWithRecord: { text: "selector {{selector}} has both cname: and record:; a CNAME cannot share {{selector}}._domainkey with a TXT record" },
      duplicateSelector: { text: "selector {{selector}} ({{kind}}) is declared twice: selector #{{first}} already declares it ({{firstKind}})" },
      cnameEntry: { text: "cname entry {{name}} is also DKIM selector {{selector}} ({{kind}}); declare the selector once, under dkim.selectors" }
    },
    fix: "Keep one declaration per selector: cname: for a delegated key (OVH), or record: for a key you publish yourself."
  },
  check(ctx) {
    const selectors = ctx.domain.dkim?.selectors ?? [];
    const firstByName = /* @__PURE__ */ new Map();
    selectors.forEach((selector, index) => {
      if (selector.target !== null && selector.text !== null) {
        ctx.report({ messageId: "cnameWithRecord", data: { selector: selector.name }, at: { path: [...selector.path, "cname"] } });
      }
      const key = selector.name.toLowerCase();
      const first = firstByName.get(key);
      if (first) {
        ctx.report({
          messageId: "duplicateSelector",
          data: { selector: selector.name, kind: kindOf(selector), first: first.index + 1, firstKind: kindOf(first.selector) },
          at: { path: [...selector.path, "name"] }
        });
      } else {
        firstByName.set(key, { selector, index });
      }
    });
    for (const entry of ctx.domain.cname) {
      const owner = relativeOwner2(entry.name, ctx.domain.domain);
      if (!owner.endsWith("._domainkey")) continue;
      const declared = firstByName.get(owner.slice(0, -"._domainkey".length));
      if (!declared) continue;
      ctx.report({
        messageId: "cnameEntry",
        data: { name: shorten(entry.name), selector: declared.selector.name, kind: kindOf(declared.selector) },
        at: { path: [...entry.path, "name"] }
      });
    }
  }
});

// src/rules/dkim-cname-target-invalid.ts
function problemOf(key) {
  switch (key.status) {
    case "missing":
      return "it has no p= tag";
    case "bad-base64":
      return "its p= is not valid base64";
    case "undecodable":
      return "its p= decodes to neither an RSA nor an Ed25519 key";
    default:
      return "it holds no usable key";
  }
}
var dkim_cname_target_invalid_default = defineRule({
  meta: {
    id: "dkim-cname-target-invalid",
    area: "dkim",
    description: "Every DKIM selector delegated by CNAME points at a name that holds a valid key record in live DNS.",
    references: ["RFC6376 §3.6.2.1", "RFC6376 §3.6.1", "RFC6376 §6.1.2", "OVH-DKIM"],
    defaultLevel: "error",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      targetMissing: {
        text: "selector {{selector}} points at {{target}}, which does not exist (NXDOMAIN): verifiers find no key and DKIM fails for mail signed with it"
      },
      noKey: {
        text: "selector {{selector}} points at {{target}}, which publishes no TXT record: verifiers find no key and DKIM fails for mail signed with it"
      },
      invalidKey: {
        text: "selector {{selector}} points at {{target}}, whose TXT record is not a usable DKIM key ({{problem}}): DKIM fails for mail signed with it"
      },
      revoked: {
        text: "selector {{selector}} is declared active but the key at {{target}} is revoked (empty p=): mail signed with it fails DKIM",
        tier: "lower"
      },
      lookupFailed: {
        text: "could not read the key of selector {{selector}} at {{target}}: the TXT lookup failed ({{reason}}); whether the key exists is unknown",
        tier: "lower"
      }
    },
    fix: "Copy the CNAME target exactly as OVH's API gives it (GET /email/domain/{domain}/dkim), trailing dot included, or enable DKIM at OVH so the key is published."
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.dkim) return;
    const selectors = domain.dkim.selectors.filter((s) => s.kind === "cname" && s.target !== null).map((selector) => ({ selector, host: analyseHost(selector.target) })).filter(({ host }) => isCleanHostname(host, ["underscore"]) && host.ascii !== null);
    const answers = await Promise.all(selectors.map(({ host }) => dns.txt(host.ascii)));
    selectors.forEach(({ selector, host }, i) => {
      const answer = answers[i];
      const at = { path: [...selector.path, "cname"] };
      const data = { selector: selector.name, target: host.ascii };
      if (answer.status === "failed") return ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
      if (answer.status === "nxdomain") return ctx.report({ messageId: "targetMissing", data, at });
      if (answer.status !== "ok") return ctx.report({ messageId: "noKey", data, at });
      const keys = answer.records.map((record) => parseDkimKey(record).key);
      if (keys.some((key) => key.status === "ok")) return;
      if (keys.some((key) => key.status === "revoked")) {
        if (selector.active) ctx.report({ messageId: "revoked", data, at });
        return;
      }
      ctx.report({ messageId: "invalidKey", data: { ...data, problem: keys[0] ? problemOf(keys[0]) : "it holds no usable key" }, at });
    });
  }
});

// src/rules/dkim-ed25519-length.ts
var dkim_ed25519_length_default = defineRule({
  meta: {
    id: "dkim-ed25519-length",
    area: "dkim",
    description: "A k=ed25519 key record's p= must decode to exactly 32 bytes, the raw public key.",
    references: ["RFC8463 §4.2"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wrongLength: { text: "selector {{selector}}: k=ed25519 but p= decodes to {{bytes}} bytes instead of 32" },
      spkiWrapped: { text: "selector {{selector}}: p= holds the {{bytes}}-byte SubjectPublicKeyInfo form; k=ed25519 wants only the raw 32-byte key (its last 32 bytes)" }
    },
    fix: "Publish the base64 of the raw 32-byte key: 44 characters ending in '='."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      if (record.keyType !== "ed25519") continue;
      if (key.status !== "ok" && key.status !== "undecodable") continue;
      if (key.bytes === 32) continue;
      const [start, end] = valueRange(record.byName.get("p"));
      const spki = key.status === "ok" && key.type === "ed25519" && key.encoding === "spki";
      ctx.report({ messageId: spki ? "spkiWrapped" : "wrongLength", data: { selector: selector.name, bytes: key.bytes }, at: ctx.textAnchor(text, start, end) });
    }
  }
});

// src/rules/dkim-g-tag-obsolete.ts
var dkim_g_tag_obsolete_default = defineRule({
  meta: {
    id: "dkim-g-tag-obsolete",
    area: "dkim",
    description: "The g= tag of RFC 4871 is obsolete in DKIM key records and is ignored by verifiers.",
    references: ["RFC6376 §3.6.1", "OVH-DKIM"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      obsolete: { text: "selector {{selector}}: g={{value}} is an RFC 4871 tag that RFC 6376 no longer defines; verifiers ignore it" }
    },
    fix: "Remove g= from the record."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      for (const tag of record.tags) {
        if (tag.name === "g") ctx.report({ messageId: "obsolete", data: { selector: selector.name, value: shorten(tag.value) }, at: ctx.textAnchor(text, tag.start, tag.end) });
      }
    }
  }
});

// src/rules/dkim-key-too-short.ts
var dkim_key_too_short_default = defineRule({
  meta: {
    id: "dkim-key-too-short",
    area: "dkim",
    description: "An RSA DKIM key must be at least hardMinBits long (RFC 8301: 1024) and should be at least minBits (2048).",
    references: ["RFC8301 §3.2"],
    defaultLevel: "error",
    kind: "static",
    options: {
      type: "object",
      properties: {
        minBits: { type: "integer", minimum: 512, description: "Recommended minimum RSA modulus size; shorter keys get the lower-tier finding.", default: 2048 },
        hardMinBits: { type: "integer", minimum: 512, description: "Required minimum RSA modulus size; shorter keys get the full-level finding.", default: 1024 }
      },
      additionalProperties: false
    },
    messages: {
      tooShort: { text: "selector {{selector}}: the RSA key has {{bits}} bits; at least {{min}} are required (RFC 8301 §3.2)" },
      belowRecommended: { text: "selector {{selector}}: the RSA key has {{bits}} bits; {{min}} or more are recommended (RFC 8301 §3.2)", tier: "lower" }
    },
    fix: "Generate a 2048-bit key under a new selector, publish it, switch signing, then revoke the old one."
  },
  check(ctx) {
    const { minBits, hardMinBits } = ctx.options;
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const key = record.key;
      if (record.keyType !== "rsa" || key.status !== "ok" || key.type !== "rsa") continue;
      const [start, end] = valueRange(record.byName.get("p"));
      const at = ctx.textAnchor(text, start, end);
      if (key.bits < hardMinBits) {
        ctx.report({ messageId: "tooShort", data: { selector: selector.name, bits: key.bits, min: hardMinBits }, at });
      } else if (key.bits < minBits) {
        ctx.report({ messageId: "belowRecommended", data: { selector: selector.name, bits: key.bits, min: minBits }, at });
      }
    }
  }
});

// src/rules/dkim-missing-selector.ts
var dkim_missing_selector_default = defineRule({
  meta: {
    id: "dkim-missing-selector",
    area: "dkim",
    description: "A domain whose OVH offer signs its mail with DKIM must declare the OVH selectors.",
    references: ["OVH-DKIM", "RFC6376 §3.6.2.1"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    options: {
      type: "object",
      properties: {
        offers: {
          type: "array",
          items: { enum: ["mx-plan", "email-pro", "hosted-exchange", "private-exchange", "zimbra"] },
          uniqueItems: true,
          description: "OVH offers with OVH-managed DKIM. Private Exchange is left out by default: OVH's DKIM guide names MX Plan, Exchange, Email Pro and Zimbra (UNVERIFIED for Private Exchange).",
          default: ["mx-plan", "email-pro", "hosted-exchange", "zimbra"]
        }
      },
      additionalProperties: false
    },
    messages: {
      noSelector: { text: "{{domain}} sends mail through OVH ({{offer}}) but declares no OVH DKIM selector: its mail goes out unsigned" }
    },
    fix: "Enable DKIM for the domain at OVH, read the two selectors from the API and declare each as name + cname under dkim.selectors."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || !domain.mail.sends) return;
    const offer = domain.mail.offer;
    if (!ctx.options.offers.includes(offer)) return;
    if ((domain.dkim?.selectors ?? []).some((s) => s.ovh)) return;
    ctx.report({
      messageId: "noSelector",
      data: { domain: domain.domain, offer },
      at: { path: domain.dkim ? domain.dkim.path : [...domain.mail.path, "offer"] }
    });
  }
});

// src/rules/dkim-ovh-both-selectors.ts
var dkim_ovh_both_selectors_default = defineRule({
  meta: {
    id: "dkim-ovh-both-selectors",
    area: "dkim",
    description: "Both selectors of an OVH DKIM pair (selector1 and selector2) should be declared.",
    references: ["OVH-DKIM"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingPartner: { text: "OVH selector {{selector}} is declared without {{missing}}: OVH needs both to rotate keys (panel error 501)" },
      onlyOne: { text: "only one OVH selector ({{selector}}) is declared: OVH needs both of its selectors to rotate keys (panel error 501)" }
    },
    fix: "Declare both selectors OVH's API lists for the domain, each with its CNAME."
  },
  check(ctx) {
    if (!isOvhHosted(ctx.domain)) return;
    for (const { selector, missing } of loneOvhSelectors(ctx.domain.dkim?.selectors ?? [])) {
      const at = { path: [...selector.path, "name"] };
      if (missing === null) ctx.report({ messageId: "onlyOne", data: { selector: selector.name }, at });
      else ctx.report({ messageId: "missingPartner", data: { selector: selector.name, missing }, at });
    }
  }
});

// src/rules/dkim-ovh-must-be-cname.ts
var dkim_ovh_must_be_cname_default = defineRule({
  meta: {
    id: "dkim-ovh-must-be-cname",
    area: "dkim",
    description: "An OVH-managed DKIM selector must be a CNAME to <selector>._domainkey.<id>.<xx>.dkim.mail.ovh.net. with the same selector.",
    references: ["OVH-DKIM"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      publishedAsTxt: { text: "OVH selector {{selector}} is published as a TXT key: OVH rotates its keys, so publish the CNAME OVH gives for it" },
      badTarget: { text: "{{target}} is not an OVH DKIM target (<selector>._domainkey.<id>.<xx>.dkim.mail.ovh.net.)" },
      selectorMismatch: { text: "the CNAME of selector {{selector}} points at OVH selector {{targetSelector}}; the two names must be the same" },
      missingTrailingDot: { text: "{{target}} has no trailing dot; write {{target}}. as OVH's DKIM guide asks" }
    },
    fix: "Declare the selector with cname: set to the target OVH's API gives for it (GET /email/domain/<domain>/dkim), ending in a dot."
  },
  check(ctx) {
    if (!isOvhHosted(ctx.domain)) return;
    for (const selector of ctx.domain.dkim?.selectors ?? []) {
      if (!selector.ovh) continue;
      if (selector.kind === "txt") {
        if (selector.text) ctx.report({ messageId: "publishedAsTxt", data: { selector: selector.name }, at: { path: selector.text.path } });
        continue;
      }
      const target = selector.target ?? "";
      const shown = shorten(target, 120);
      const at = { path: [...selector.path, "cname"] };
      const lower = target.trim().toLowerCase();
      const hasDot = lower.endsWith(".");
      const match = OVH_DKIM_CNAME_TARGET.exec(hasDot ? lower : `${lower}.`);
      if (!match) {
        ctx.report({ messageId: "badTarget", data: { selector: selector.name, target: shown }, at });
        continue;
      }
      const targetSelector = match.groups?.selector ?? "";
      if (targetSelector !== selector.name.toLowerCase()) {
        ctx.report({ messageId: "selectorMismatch", data: { selector: selector.name, targetSelector }, at });
      }
      if (!hasDot) ctx.report({ messageId: "missingTrailingDot", data: { selector: selector.name, target: shown }, at });
    }
  }
});

// src/rules/dkim-revoked.ts
var dkim_revoked_default = defineRule({
  meta: {
    id: "dkim-revoked",
    area: "dkim",
    description: "A DKIM key record with an empty p= is revoked: an error when the selector is active, information otherwise.",
    references: ["RFC6376 §3.6.1"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      revokedActive: { text: "selector {{selector}} is marked active but its key is revoked (empty p=): every signature with it fails" },
      revoked: { text: "selector {{selector}} is revoked (empty p=); remove it once no mail in transit can still carry its signature", tier: "info" }
    },
    fix: "Sign with a selector that has a key, and set active: false on the revoked one."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      if (record.key.status !== "revoked") continue;
      const p = record.byName.get("p");
      ctx.report({ messageId: selector.active ? "revokedActive" : "revoked", data: { selector: selector.name }, at: ctx.textAnchor(text, p.start, p.end) });
    }
  }
});

// src/rules/dkim-rotation-too-soon.ts
var DAY_MS = 864e5;
function daysBetween(from, to) {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / DAY_MS);
}
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
var dkim_rotation_too_soon_default = defineRule({
  meta: {
    id: "dkim-rotation-too-soon",
    area: "dkim",
    description: "After an OVH DKIM switch (dkim.switchedAt), the old selector must stay declared for at least minDays days.",
    references: ["OVH-DKIM"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: {
      type: "object",
      properties: {
        minDays: { type: "integer", minimum: 0, description: "Days the previous selector stays published after signing switched (OVH asks for 7).", default: 7 }
      },
      additionalProperties: false
    },
    messages: {
      tooSoon: { text: "signing switched to {{selector}} on {{switchedAt}}, {{days}} day(s) ago, and its pair selector is gone: keep the old selector until {{until}} ({{minDays}} days)" }
    },
    fix: "Keep the previous selector declared (active: false) until minDays days after switchedAt, then remove it."
  },
  check(ctx) {
    const dkim = ctx.domain.dkim;
    if (!isOvhHosted(ctx.domain) || !dkim?.switchedAt) return;
    const days = daysBetween(dkim.switchedAt, ctx.today);
    if (days === null || days >= ctx.options.minDays) return;
    for (const { selector } of loneOvhSelectors(dkim.selectors)) {
      ctx.report({
        messageId: "tooSoon",
        data: {
          selector: selector.name,
          switchedAt: dkim.switchedAt,
          days,
          minDays: ctx.options.minDays,
          until: addDays(dkim.switchedAt, ctx.options.minDays)
        },
        at: { path: [...dkim.path, "switchedAt"] }
      });
    }
  }
});

// src/mail/dmarc.ts
var STANDARD_TAGS = /* @__PURE__ */ new Set(["v", "p", "sp", "adkim", "aspf", "rua", "ruf", "fo"]);
var HISTORIC_TAGS = /* @__PURE__ */ new Set(["pct", "rf", "ri"]);
var DMARCBIS_TAGS = /* @__PURE__ */ new Set(["np", "t", "psd"]);
var DMARC_POLICIES = ["none", "quarantine", "reject"];
function tagKind(key) {
  if (STANDARD_TAGS.has(key)) return "standard";
  if (HISTORIC_TAGS.has(key)) return "historic";
  if (DMARCBIS_TAGS.has(key)) return "dmarcbis";
  return "unknown";
}
var WHITESPACE = /\s/;
function trimRange(text, from, to) {
  let start = from;
  let end = to;
  while (start < end && WHITESPACE.test(text[start])) start++;
  while (end > start && WHITESPACE.test(text[end - 1])) end--;
  return [start, end];
}
function parseDmarc(text) {
  const source = typeof text === "string" ? text : "";
  const tags = [];
  let segmentStart = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && source[i] !== ";") continue;
    const [start, end] = trimRange(source, segmentStart, i);
    segmentStart = i + 1;
    if (start === end) continue;
    tags.push(parseTag(source, start, end, tags.length));
  }
  const first = tags[0];
  const versionFirst = first !== void 0 && first.hasEquals && first.key === "v" && first.value === "DMARC1";
  return { text: source, tags, versionFirst };
}
function parseTag(text, start, end, index) {
  let equals = start;
  while (equals < end && text[equals] !== "=") equals++;
  const hasEquals = equals < end;
  const [nameStart, nameEnd] = hasEquals ? trimRange(text, start, equals) : [start, end];
  const [valueStart, valueEnd] = hasEquals ? trimRange(text, equals + 1, end) : [end, end];
  const name = text.slice(nameStart, nameEnd);
  const key = name.toLowerCase();
  const value = text.slice(valueStart, valueEnd);
  const uris = hasEquals && (key === "rua" || key === "ruf") ? parseUriList(text, valueStart, valueEnd) : null;
  return { name, key, value, index, start, end, nameStart, nameEnd, valueStart, valueEnd, hasEquals, kind: tagKind(key), uris };
}
var SCHEME_PREFIX = /^[A-Za-z][A-Za-z0-9+.-]*:/;
var SCHEME_AT = /[A-Za-z][A-Za-z0-9+.-]*:/y;
function parseUriList(text, from, to) {
  const list = { uris: [], badSeparators: [], emptyEntries: [] };
  let entryStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ",") continue;
    const [start, end] = trimRange(text, entryStart, i);
    entryStart = i + 1;
    if (start === end) {
      list.emptyEntries.push({ start, end });
      continue;
    }
    let uriStart = start;
    let position = start;
    while (position < end) {
      if (!WHITESPACE.test(text[position])) {
        position++;
        continue;
      }
      const gapStart = position;
      while (position < end && WHITESPACE.test(text[position])) position++;
      SCHEME_AT.lastIndex = position;
      if (SCHEME_AT.test(text)) {
        list.uris.push(parseUri(text, uriStart, gapStart));
        list.badSeparators.push({ start: gapStart, end: position });
        uriStart = position;
      }
    }
    list.uris.push(parseUri(text, uriStart, end));
  }
  return list;
}
function parseUri(text, start, end) {
  const raw = text.slice(start, end);
  const scheme = SCHEME_PREFIX.exec(raw);
  const addressStart = start + (scheme ? scheme[0].length : 0);
  const bang = raw.lastIndexOf("!");
  const hasSize = bang !== -1 && start + bang >= addressStart;
  const addressEnd = hasSize ? start + bang : end;
  return {
    text: raw,
    start,
    end,
    scheme: scheme ? scheme[0].slice(0, -1).toLowerCase() : null,
    address: text.slice(addressStart, addressEnd),
    addressStart,
    addressEnd,
    size: hasSize ? text.slice(start + bang + 1, end) : null,
    sizeStart: hasSize ? start + bang : end,
    sizeEnd: end
  };
}
function isValidReportSize(size) {
  return /^\d+[kmgt]?$/i.test(size);
}
var LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
var DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
function isValidMailbox(encoded) {
  const withoutQuery = encoded.split("?")[0] ?? "";
  let address;
  try {
    address = decodeURIComponent(withoutQuery);
  } catch {
    return false;
  }
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).replace(/\.$/, "");
  if (local.length > 64 || !local.split(".").every((atom) => LOCAL_ATOM.test(atom))) return false;
  const labels = domain.split(".");
  if (domain.length > 253 || labels.length < 2) return false;
  return labels.every((label) => DOMAIN_LABEL.test(label)) && /[A-Za-z]/.test(labels[labels.length - 1]);
}
function findTag(record, key) {
  return record.tags.find((tag) => tag.hasEquals && tag.key === key);
}
function headRange(record) {
  const first = record.tags[0];
  return first ? [first.start, first.end] : [0, record.text.length];
}
function valueRange2(tag) {
  return tag.value === "" ? [tag.start, tag.end] : [tag.valueStart, tag.valueEnd];
}
function policyRange(record) {
  const p = findTag(record, "p");
  return p ? valueRange2(p) : headRange(record);
}
function policyOf(value) {
  const lower = value.trim().toLowerCase();
  return DMARC_POLICIES.includes(lower) ? lower : null;
}
function effectivePolicy(record, target = "domain") {
  const chain = target === "domain" ? ["p"] : target === "subdomain" ? ["sp", "p"] : ["np", "sp", "p"];
  for (const key of chain) {
    const tag = findTag(record, key);
    const policy = tag ? policyOf(tag.value) : null;
    if (tag && policy) return { policy, tag };
  }
  return { policy: "none", tag: null };
}
function isTesting(record) {
  return findTag(record, "t")?.value.toLowerCase() === "y";
}
var parseDmarcText = parseOnce(parseDmarc);
function daysBetween2(from, to) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return Math.round((end - start) / 864e5);
}
function rampStages(decl) {
  const stages = decl.history.map((stage, historyIndex) => ({
    policy: policyOf(stage.p),
    since: stage.since,
    historyIndex
  }));
  stages.push({ policy: effectivePolicy(parseDmarcText(decl.text)).policy, since: decl.since, historyIndex: null });
  return stages;
}
function stageAnchor(decl, stage, textAnchor2) {
  const entry = stage.historyIndex === null ? void 0 : decl.history[stage.historyIndex];
  if (entry) return { path: entry.path };
  return textAnchor2(decl.text, ...policyRange(parseDmarcText(decl.text)));
}
function noneRunStart(decl) {
  if (decl.since === null) return null;
  let start = decl.since;
  for (let i = decl.history.length - 1; i >= 0; i--) {
    const stage = decl.history[i];
    if (policyOf(stage.p) !== "none") break;
    start = stage.since;
  }
  return start;
}

// src/rules/dkim-selector-removed.ts
var dkim_selector_removed_default = defineRule({
  meta: {
    id: "dkim-selector-removed",
    area: "dkim",
    description: "Flags a DKIM selector that is published live but no longer declared in the file, so the change would delete it.",
    references: ["OVH-DKIM", "RFC6376 §3.6.2.1"],
    defaultLevel: "warn",
    kind: "transition",
    options: {
      type: "object",
      properties: {
        minDays: { type: "integer", minimum: 0, description: "Days after `dkim.switchedAt` from which removing the old selector is routine (OVH-DKIM: keep it at least 7 days).", default: 7 }
      },
      additionalProperties: false
    },
    messages: {
      removed: {
        text: "selector {{selector}} is published live but the file no longer declares it: this change deletes {{name}}, and mail signed with it that is still in transit fails DKIM (OVH keeps the old selector at least {{minDays}} days after a rotation)"
      },
      removedAfterRotation: {
        text: "selector {{selector}} is published live and this change deletes it, {{days}} days after the switch on {{switchedAt}} (at least {{minDays}} days, as OVH's rotation asks)",
        tier: "info"
      }
    },
    fix: "Keep the old selector in the file (active: false) until at least 7 days after dkim.switchedAt, then remove it."
  },
  check(ctx) {
    const { domain, observed, today } = ctx;
    if (!observed?.dkim) return;
    const { minDays } = ctx.options;
    const declared = new Set((domain.dkim?.selectors ?? []).map((s) => s.name.toLowerCase()));
    const switchedAt = domain.dkim?.switchedAt ?? null;
    const days = switchedAt === null ? NaN : daysBetween2(switchedAt, today);
    const path = domain.dkim ? domain.dkim.path : ["domain"];
    for (const selector of observed.dkim.selectors) {
      if (declared.has(selector.name.toLowerCase())) continue;
      const name = `${selector.name}._domainkey.${domain.domain}`;
      const at = { path, name };
      if (switchedAt !== null && days >= minDays) {
        ctx.report({ messageId: "removedAfterRotation", data: { selector: selector.name, days, switchedAt, minDays }, at });
      } else {
        ctx.report({ messageId: "removed", data: { selector: selector.name, name, minDays }, at });
      }
    }
  }
});

// src/rules/dkim-sha1-only.ts
var dkim_sha1_only_default = defineRule({
  meta: {
    id: "dkim-sha1-only",
    area: "dkim",
    description: "A DKIM key record's h= must allow sha256 when present; sha1 alone is unusable.",
    references: ["RFC8301 §3.1", "RFC6376 §3.6.1"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      sha1Only: { text: "selector {{selector}}: h={{value}} allows only sha1, which verifiers must refuse (RFC 8301 §3.1)" },
      noSha256: { text: "selector {{selector}}: h={{value}} does not allow sha256, so no signature with this key can verify" }
    },
    fix: "Omit h= or write h=sha256."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const h = record.byName.get("h");
      if (!h || !record.hashes || record.hashes.some((item) => item.value === "sha256")) continue;
      const [start, end] = valueRange(h);
      const sha1 = record.hashes.length > 0 && record.hashes.every((item) => item.value === "sha1");
      ctx.report({ messageId: sha1 ? "sha1Only" : "noSha256", data: { selector: selector.name, value: shorten(h.value) }, at: ctx.textAnchor(text, start, end) });
    }
  }
});

// src/rules/dkim-syntax.ts
var MESSAGE_FOR = {
  "empty-tag": "emptyTag",
  "missing-equals": "missingEquals",
  "bad-tag-name": "badTagName",
  "bad-value-char": "badValueChar",
  "duplicate-tag": "duplicateTag"
};
function visible2(char) {
  const code = char.codePointAt(0) ?? 0;
  return code > 32 && code < 127 ? char : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
var dkim_syntax_default = defineRule({
  meta: {
    id: "dkim-syntax",
    area: "dkim",
    description: "A DKIM key record must be a valid tag-list (RFC 6376 §3.2) with each tag once and a p= tag.",
    references: ["RFC6376 §3.2", "RFC6376 §3.6.1"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingKey: { text: "selector {{selector}}: the key record has no p= tag (required); verifiers ignore it" },
      emptyTag: { text: "selector {{selector}}: empty tag between two ';' makes the key record invalid" },
      missingEquals: { text: "selector {{selector}}: '{{spec}}' is not a tag=value pair" },
      badTagName: { text: "selector {{selector}}: '{{tag}}' is not a tag name (a letter, then letters, digits or '_')" },
      badValueChar: { text: "selector {{selector}}: {{char}} is not allowed in the value of {{tag}}=" },
      duplicateTag: { text: "selector {{selector}}: {{tag}}= appears twice, which invalidates the whole key record (RFC 6376 §3.2)" }
    },
    fix: "Write the record as tag=value pairs separated by ';', each tag once, with p=: v=DKIM1; k=rsa; p=MIIB…"
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const base = { selector: selector.name };
      for (const error of record.errors) {
        const spec = text.value.slice(error.start, error.end);
        ctx.report({
          messageId: MESSAGE_FOR[error.code],
          data: { ...base, spec: shorten(spec), tag: shorten(error.tag ?? ""), char: visible2(spec) },
          at: ctx.textAnchor(text, error.start, error.end)
        });
      }
      if (record.key.status === "missing") ctx.report({ messageId: "missingKey", data: base, at: { path: text.path } });
    }
  }
});

// src/rules/dkim-testing-flag.ts
var dkim_testing_flag_default = defineRule({
  meta: {
    id: "dkim-testing-flag",
    area: "dkim",
    description: "An active DKIM selector should not carry the t=y testing flag.",
    references: ["RFC6376 §3.6.1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      testing: { text: "selector {{selector}} signs mail but has t=y: verifiers may treat its mail as unsigned" }
    },
    fix: "Remove y from t= once signing works (keep t=s if you need it)."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      if (!selector.active) continue;
      const flag = record.flags?.find((item) => item.value === "y");
      if (flag) ctx.report({ messageId: "testing", data: { selector: selector.name }, at: ctx.textAnchor(text, flag.start, flag.end) });
    }
  }
});

// src/rules/dkim-unknown-key-type.ts
var KEY_TYPES = ["rsa", "ed25519"];
var dkim_unknown_key_type_default = defineRule({
  meta: {
    id: "dkim-unknown-key-type",
    area: "dkim",
    description: "A DKIM key record's k= must be rsa or ed25519.",
    references: ["RFC6376 §3.6.1", "RFC6376 §3.2", "RFC8463"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknown: { text: "selector {{selector}}: key type k={{value}} is not rsa or ed25519; verifiers ignore this key" },
      wrongCase: { text: "selector {{selector}}: k={{value}} must be written k={{expected}} (tag values are case-sensitive)" }
    },
    fix: "k=rsa (or omit k), or k=ed25519 with a 32-byte key."
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const k = record.byName.get("k");
      if (!k || KEY_TYPES.includes(k.value)) continue;
      const [start, end] = valueRange(k);
      const at = ctx.textAnchor(text, start, end);
      const expected = k.value.toLowerCase();
      if (KEY_TYPES.includes(expected)) {
        ctx.report({ messageId: "wrongCase", data: { selector: selector.name, value: k.value, expected }, at });
      } else {
        ctx.report({ messageId: "unknown", data: { selector: selector.name, value: shorten(k.value) }, at });
      }
    }
  }
});

// src/rules/dkim-version-not-first.ts
var dkim_version_not_first_default = defineRule({
  meta: {
    id: "dkim-version-not-first",
    area: "dkim",
    description: "A DKIM key record's v= tag, when present, must come first and be exactly DKIM1.",
    references: ["RFC6376 §3.6.1"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notFirst: { text: "selector {{selector}}: v= is tag {{position}} of the key record; it must be the first tag or verifiers discard the key" },
      badValue: { text: "selector {{selector}}: v={{value}} is not DKIM1 (the value is case-sensitive)" }
    },
    fix: "Start the record with v=DKIM1; e.g. v=DKIM1; k=rsa; p=MIIB…"
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      const version = record.byName.get("v");
      if (!version) continue;
      const position = record.tags.indexOf(version);
      if (position > 0) {
        ctx.report({
          messageId: "notFirst",
          data: { selector: selector.name, position: position + 1 },
          at: ctx.textAnchor(text, version.start, version.end)
        });
      }
      if (version.value !== "DKIM1") {
        const [start, end] = valueRange(version);
        ctx.report({ messageId: "badValue", data: { selector: selector.name, value: shorten(version.value) }, at: ctx.textAnchor(text, start, end) });
      }
    }
  }
});

// src/rules/dmarc-alignment-values.ts
var dmarc_alignment_values_default = defineRule({
  meta: {
    id: "dmarc-alignment-values",
    area: "dmarc",
    description: "adkim= and aspf= are r (relaxed) or s (strict).",
    references: ["RFC7489 §6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalid: { text: "{{tag}}={{value}} is not an alignment mode: use r (relaxed) or s (strict, exact domain match)." }
    },
    fix: "aspf=r (or aspf=s for an exact domain match)"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.key !== "adkim" && tag.key !== "aspf") continue;
      if (/^[rs]$/i.test(tag.value)) continue;
      const [start, end] = valueRange2(tag);
      ctx.report({ messageId: "invalid", data: { tag: tag.name, value: tag.value }, at: ctx.textAnchor(dmarc.text, start, end) });
    }
  }
});

// src/rules/dmarc-duplicate-tag.ts
var dmarc_duplicate_tag_default = defineRule({
  meta: {
    id: "dmarc-duplicate-tag",
    area: "dmarc",
    description: "Each tag appears once in the DMARC record.",
    references: ["RFC7489 §6.3", "RFC6376 §3.2", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "{{tag}}= appears again (first as {{first}}): a repeated tag makes the whole tag-list invalid." }
    },
    fix: "Keep each tag once, e.g. v=DMARC1; p=quarantine; adkim=r; aspf=r; rua=mailto:dmarc@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const firstByKey = /* @__PURE__ */ new Map();
    for (const tag of record.tags) {
      if (!tag.hasEquals) continue;
      const first = firstByKey.get(tag.key);
      if (first === void 0) {
        firstByKey.set(tag.key, record.text.slice(tag.start, tag.end));
        continue;
      }
      ctx.report({ messageId: "duplicate", data: { tag: tag.name, first }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
    }
  }
});

// src/mail/spf.ts
import { isIP } from "node:net";

// src/mail/spf-macro.ts
var MACRO_LETTERS = "slodiphcrtv";
var EXPLANATION_ONLY_LETTERS = "crt";
var DELIMITERS = ".-+,/_=";
function parseMacroString(text, offset = 0, context = "record") {
  const macros = [];
  const errors = [];
  let hasExpand = false;
  let literalTailStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "%") {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === "%" || next === "_" || next === "-") {
      hasExpand = true;
      i += 2;
      literalTailStart = i;
      continue;
    }
    if (next !== "{") {
      const end2 = next === void 0 ? i + 1 : i + 2;
      errors.push({
        code: "macro-syntax",
        message: next === void 0 ? "a lone '%' ends the string; write '%%' for a literal percent sign" : `'%${next}' is not a macro; use %{letter}, or %% %_ %- for a literal '%', space or '%20'`,
        start: offset + i,
        end: offset + end2
      });
      i = end2;
      continue;
    }
    const close = text.indexOf("}", i + 2);
    if (close < 0) {
      errors.push({ code: "macro-syntax", message: "'%{' has no closing '}'", start: offset + i, end: offset + text.length });
      break;
    }
    const body = text.slice(i + 2, close);
    const parsed = parseMacroBody(body);
    const start = offset + i;
    const end = offset + close + 1;
    if (typeof parsed === "string") {
      errors.push({ code: "macro-syntax", message: parsed, start, end });
    } else {
      macros.push({ ...parsed, start, end });
      if (context === "record" && EXPLANATION_ONLY_LETTERS.includes(parsed.letter)) {
        errors.push({
          code: "macro-context",
          message: `macro letter '${parsed.letter}' is only allowed in explanation text (the TXT record named by exp=)`,
          start,
          end
        });
      }
    }
    hasExpand = true;
    i = close + 1;
    literalTailStart = i;
  }
  return {
    macros,
    hasExpand,
    endsWithExpand: hasExpand && literalTailStart === text.length,
    literalTailStart,
    errors
  };
}
function parseMacroBody(body) {
  if (body === "") return "empty macro '%{}'; expected a letter such as %{d} or %{i}";
  const written = body[0];
  const letter = written.toLowerCase();
  if (!MACRO_LETTERS.includes(letter)) {
    return `'${written}' is not a macro letter; use one of s l o d i p h v (c r t only in explanation text)`;
  }
  const match = /^([0-9]*)(r?)(.*)$/i.exec(body.slice(1));
  const [, digitText = "", reverseText = "", delimiters = ""] = match;
  if (digitText !== "" && Number(digitText) === 0) {
    return `the part count in '%{${body}}' must be greater than zero (RFC 7208 §7.3)`;
  }
  for (const character of delimiters) {
    if (!DELIMITERS.includes(character)) {
      return `'${character}' in '%{${body}}' is not a delimiter; delimiters are . - + , / _ =`;
    }
  }
  return {
    letter,
    urlEscape: written !== letter,
    digits: digitText === "" ? null : Number(digitText),
    reverse: reverseText !== "",
    delimiters
  };
}

// src/mail/spf.ts
var SPF_MECHANISMS = ["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"];
var SPF_MODIFIERS = ["redirect", "exp"];
var QUALIFIERS = "+-~?";
var VERSION = "v=spf1";
function parseSpf(text) {
  const errors = [];
  const terms = [];
  const tokens = splitOnSpaces(text);
  const version = { valid: false, start: 0, end: 0 };
  const first = tokens[0];
  if (first === void 0) {
    errors.push({ code: "version", message: "the record is empty; it must start with v=spf1", start: 0, end: text.length });
  } else if (first.start > 0) {
    errors.push({ code: "version", message: "the record starts with a space; it must start with v=spf1", start: 0, end: first.start });
  }
  const seenModifiers = /* @__PURE__ */ new Set();
  tokens.forEach((token, index) => {
    let { start } = token;
    const { end } = token;
    if (index === 0) {
      const lower = token.text.toLowerCase();
      if (lower === VERSION) {
        Object.assign(version, { valid: start === 0, start, end });
        return;
      }
      Object.assign(version, { start, end });
      if (!lower.startsWith(VERSION)) {
        errors.push({ code: "version", message: `the record must start with v=spf1, not "${token.text}"`, start, end });
        return;
      }
      version.end = start + VERSION.length;
      errors.push({ code: "version", message: "v=spf1 must be followed by a space", start, end });
      start += VERSION.length;
    } else if (token.text.toLowerCase() === VERSION) {
      errors.push({ code: "version", message: "v=spf1 must be the first thing in the record", start, end });
      terms.push({ kind: "invalid", text: token.text, start, end, name: "" });
      return;
    }
    const term = parseTerm(text.slice(start, end), start, errors);
    if (term.kind === "modifier" && term.known) {
      if (seenModifiers.has(term.name)) {
        errors.push({
          code: "duplicate-modifier",
          message: `${term.name}= appears more than once; RFC 7208 §6 allows each at most once`,
          start,
          end
        });
      }
      seenModifiers.add(term.name);
    }
    terms.push(term);
  });
  errors.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, version, terms, errors };
}
function splitOnSpaces(text) {
  const tokens = [];
  const pattern = /[^ ]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
function parseTerm(text, start, errors) {
  const end = start + text.length;
  const badCharacter = findInvalidCharacter(text);
  if (badCharacter >= 0) {
    const codePoint = text.codePointAt(badCharacter);
    const width = codePoint > 65535 ? 2 : 1;
    errors.push({
      code: "invalid-character",
      message: `character U+${codePoint.toString(16).toUpperCase().padStart(4, "0")} is not allowed in an SPF record (visible ASCII only; write IDNs as xn-- A-labels)`,
      start: start + badCharacter,
      end: start + badCharacter + width
    });
  }
  const checkDomains = badCharacter < 0;
  const nameStart = text.search(/[A-Za-z]/);
  const prefix = nameStart < 0 ? text : text.slice(0, nameStart);
  const nameMatch = /^[A-Za-z][A-Za-z0-9_.-]*/.exec(text.slice(Math.max(nameStart, 0)));
  const name = nameMatch ? nameMatch[0].toLowerCase() : "";
  const afterName = nameStart < 0 ? text.length : nameStart + name.length;
  const separator = text[afterName];
  if (nameStart < 0 || name === "" || /[:/=%]/.test(prefix)) {
    errors.push({ code: "bad-term", message: `"${text}" is neither a mechanism nor a modifier`, start, end });
    return { kind: "invalid", text, start, end, name: "" };
  }
  if (separator === "=") {
    if (prefix !== "") {
      errors.push({
        code: prefix.length === 1 && QUALIFIERS.includes(prefix) ? "bad-term" : "bad-qualifier",
        message: `modifiers take no qualifier: write "${text.slice(nameStart)}"`,
        start,
        end
      });
      return { kind: "invalid", text, start, end, name };
    }
    return parseModifier(text, start, name, afterName + 1, checkDomains, errors);
  }
  if (prefix.length > 1 || prefix.length === 1 && !QUALIFIERS.includes(prefix)) {
    errors.push({
      code: "bad-qualifier",
      message: `"${prefix}" is not a qualifier; use one of + - ~ ? (or none, which means +)`,
      start,
      end: start + prefix.length
    });
    return { kind: "invalid", text, start, end, name };
  }
  const mechanism = {
    kind: "mechanism",
    text,
    start,
    end,
    name,
    qualifier: prefix || "+",
    qualifierWritten: prefix !== "",
    known: SPF_MECHANISMS.includes(name),
    value: null,
    valueStart: null,
    domainSpec: null,
    ip: null,
    cidr4: null,
    cidr6: null,
    macros: []
  };
  if (!mechanism.known) {
    errors.push({
      code: "unknown-mechanism",
      message: `"${name}" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)`,
      start,
      end
    });
    if (separator === ":") {
      mechanism.value = text.slice(afterName + 1);
      mechanism.valueStart = start + afterName + 1;
    }
    return mechanism;
  }
  readArguments(mechanism, text.slice(afterName), start + afterName, checkDomains, errors);
  return mechanism;
}
function findInvalidCharacter(text) {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126) return i;
  }
  return -1;
}
function parseModifier(text, start, name, valueOffset, checkDomains, errors) {
  const value = text.slice(valueOffset);
  const valueStart = start + valueOffset;
  const known = SPF_MODIFIERS.includes(name);
  const macroString = parseMacroString(value, valueStart, "record");
  const modifier = {
    kind: "modifier",
    text,
    start,
    end: start + text.length,
    name,
    known,
    value,
    valueStart,
    macros: macroString.macros
  };
  if (!known) {
    errors.push(...macroString.errors.filter((error) => error.code === "macro-syntax"));
    return modifier;
  }
  if (value === "") {
    errors.push({ code: "missing-domain", message: `${name}= needs a domain, e.g. ${name}=_spf.example.com`, start, end: modifier.end });
    return modifier;
  }
  errors.push(...macroString.errors);
  if (checkDomains) checkDomainSpec(value, valueStart, macroString, errors);
  return modifier;
}
function readArguments(mechanism, rest, restStart, checkDomains, errors) {
  const { name, start, end } = mechanism;
  const fail = (code, message, from = start, to = end) => {
    errors.push({ code, message, start: from, end: to });
  };
  if (rest !== "" && rest[0] !== ":" && rest[0] !== "/") {
    fail("unexpected-argument", `"${rest}" cannot follow ${name}; expected ":" or "/"`);
    return;
  }
  const hasValue = rest[0] === ":";
  switch (name) {
    case "all": {
      if (rest !== "") fail("unexpected-argument", `all takes no argument: write "${mechanism.qualifierWritten ? mechanism.qualifier : ""}all"`);
      return;
    }
    case "include":
    case "exists": {
      if (!hasValue || rest.length === 1) {
        fail("missing-domain", `${name} needs a domain, e.g. ${name}:${name === "include" ? "_spf.example.com" : "%{i}._spf.example.com"}`);
        if (!hasValue) return;
      }
      readDomainSpec(mechanism, rest.slice(1), restStart + 1, checkDomains, errors);
      return;
    }
    case "ptr": {
      if (!hasValue) {
        if (rest !== "") fail("unexpected-argument", "ptr takes no CIDR length");
        return;
      }
      if (rest.length === 1) fail("missing-domain", "ptr: needs a domain after the colon (or write ptr alone)");
      readDomainSpec(mechanism, rest.slice(1), restStart + 1, checkDomains, errors);
      return;
    }
    case "a":
    case "mx": {
      const slash = hasValue ? firstSlashOutsideMacros(rest) : 0;
      const cidrText = slash < 0 ? "" : rest.slice(slash);
      if (hasValue) {
        const domainText = rest.slice(1, slash < 0 ? rest.length : slash);
        if (domainText === "") {
          fail("missing-domain", `${name}: needs a domain after the colon (or write ${name} alone for this domain)`);
        }
        readDomainSpec(mechanism, domainText, restStart + 1, checkDomains, errors);
      }
      if (cidrText !== "") readDualCidr(mechanism, cidrText, restStart + (slash < 0 ? 0 : slash), errors);
      return;
    }
    case "ip4":
    case "ip6": {
      readIp(mechanism, rest, restStart, errors);
      return;
    }
  }
}
function readDomainSpec(mechanism, domainSpec, domainStart, checkDomains, errors) {
  mechanism.value = domainSpec;
  mechanism.valueStart = domainStart;
  if (domainSpec === "") return;
  mechanism.domainSpec = domainSpec;
  const macroString = parseMacroString(domainSpec, domainStart, "record");
  mechanism.macros = macroString.macros;
  errors.push(...macroString.errors);
  if (checkDomains) checkDomainSpec(domainSpec, domainStart, macroString, errors);
}
function firstSlashOutsideMacros(text) {
  let inMacro = false;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    if (character === "%" && text[i + 1] === "{") inMacro = true;
    else if (character === "}") inMacro = false;
    else if (character === "/" && !inMacro) return i;
  }
  return -1;
}
var TOPLABEL = /^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$/;
var LABEL = /^[A-Za-z0-9_-]+$/;
function checkDomainSpec(domainSpec, domainStart, macroString, errors) {
  if (macroString.errors.length > 0) return;
  const fail = (message) => {
    errors.push({ code: "bad-domain", message, start: domainStart, end: domainStart + domainSpec.length });
  };
  if (!macroString.hasExpand) {
    const labels = domainSpec.replace(/\.$/, "").split(".");
    if (labels.some((label) => label === "")) return fail(`"${domainSpec}" has an empty label`);
    const oddLabel = labels.find((label) => !LABEL.test(label));
    if (oddLabel !== void 0) {
      return fail(`"${domainSpec}" is not a host name ("${oddLabel}" holds characters other than letters, digits, "-" and "_")`);
    }
    if (labels.some((label) => label.length > 63)) return fail(`"${domainSpec}" has a label longer than 63 octets`);
    if (labels.length < 2) return fail(`"${domainSpec}" is a single label; SPF needs a full domain name such as ${domainSpec}.example.com`);
    if (!TOPLABEL.test(labels[labels.length - 1])) {
      return fail(`"${domainSpec}" ends with "${labels[labels.length - 1]}", which cannot be a top label (an IP address? use ip4:/ip6:)`);
    }
    return;
  }
  if (macroString.endsWithExpand) return;
  const tail = domainSpec.slice(macroString.literalTailStart).replace(/\.$/, "");
  const dot = tail.lastIndexOf(".");
  if (dot < 0 || !TOPLABEL.test(tail.slice(dot + 1))) {
    fail(`"${domainSpec}" must end with a macro or with "." and a top label (RFC 7208 §7.1, domain-end)`);
  }
}
function readDualCidr(mechanism, cidrText, cidrStart, errors) {
  const match = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(cidrText);
  const range = { start: cidrStart, end: cidrStart + cidrText.length };
  if (!match || match[1] === void 0 && match[2] === void 0) {
    errors.push({
      code: "invalid-cidr",
      message: `"${cidrText}" is not a CIDR length; write /24 for IPv4, //64 for IPv6, or /24//64 for both`,
      ...range
    });
    return;
  }
  mechanism.cidr4 = readCidrLength(match[1], 32, "IPv4", range, errors);
  mechanism.cidr6 = readCidrLength(match[2], 128, "IPv6", range, errors);
}
function readCidrLength(digits, max, family, range, errors) {
  if (digits === void 0) return null;
  if (digits.length > 1 && digits.startsWith("0")) {
    errors.push({ code: "invalid-cidr", message: `${family} CIDR length "${digits}" has a leading zero`, ...range });
    return null;
  }
  const length = Number(digits);
  if (length > max) {
    errors.push({ code: "invalid-cidr", message: `${family} CIDR length ${length} is larger than ${max}`, ...range });
    return null;
  }
  return length;
}
function readIp(mechanism, rest, restStart, errors) {
  const family = mechanism.name === "ip4" ? 4 : 6;
  const example = family === 4 ? "ip4:192.0.2.0/24" : "ip6:2001:db8::/32";
  if (rest[0] !== ":" || rest.length === 1) {
    errors.push({ code: "invalid-ip", message: `${mechanism.name} needs an address, e.g. ${example}`, start: mechanism.start, end: mechanism.end });
    return;
  }
  const slash = rest.indexOf("/");
  const address = rest.slice(1, slash < 0 ? rest.length : slash);
  mechanism.value = rest.slice(1);
  mechanism.valueStart = restStart + 1;
  mechanism.ip = address;
  const detected = address.includes("%") ? 0 : isIP(address);
  if (detected !== family) {
    const other = detected === 0 ? "" : ` (it is an IPv${detected} address: use ip${detected}:)`;
    errors.push({
      code: "invalid-ip",
      message: `"${address}" is not an IPv${family} address${other}`,
      start: restStart + 1,
      end: restStart + 1 + address.length
    });
  }
  if (slash < 0) return;
  const cidrText = rest.slice(slash);
  const range = { start: restStart + slash, end: restStart + rest.length };
  const match = /^\/([0-9]+)$/.exec(cidrText);
  if (!match) {
    errors.push({ code: "invalid-cidr", message: `"${cidrText}" is not a CIDR length; write e.g. ${example}`, ...range });
    return;
  }
  const length = readCidrLength(match[1], family === 4 ? 32 : 128, `IPv${family}`, range, errors);
  if (family === 4) mechanism.cidr4 = length;
  else mechanism.cidr6 = length;
}
var LOOKUP_MECHANISMS = ["include", "a", "mx", "ptr", "exists"];
function lookupTerms(record) {
  const hasAll = record.terms.some((term) => term.kind === "mechanism" && term.name === "all");
  const result = [];
  let afterAll = false;
  for (const term of record.terms) {
    if (term.kind === "mechanism") {
      if (LOOKUP_MECHANISMS.includes(term.name)) result.push({ term, cost: 1, reachable: !afterAll });
      if (term.name === "all") afterAll = true;
    } else if (term.kind === "modifier" && term.name === "redirect") {
      result.push({ term, cost: 1, reachable: !hasAll });
    }
  }
  return result;
}
function countLookups(record) {
  return lookupTerms(record).reduce((sum, entry) => sum + (entry.reachable ? entry.cost : 0), 0);
}
function firstAll(record) {
  for (const term of record.terms) if (term.kind === "mechanism" && term.name === "all") return term;
  return null;
}
function mechanisms(record) {
  return record.terms.filter((term) => term.kind === "mechanism");
}
function modifiers(record) {
  return record.terms.filter((term) => term.kind === "modifier");
}
function normalizeDomainSpec(domainSpec) {
  return domainSpec.toLowerCase().replace(/\.$/, "");
}
function suggestMechanism(name, value = null) {
  const lower = name.toLowerCase();
  if (/^ip(v?[46])?$/.test(lower) || lower === "ipv") {
    if (/[46]$/.test(lower)) return lower.endsWith("4") ? "ip4" : "ip6";
    return value !== null && value.includes(":") ? "ip6" : "ip4";
  }
  if (lower.includes(".")) return "include";
  let best = null;
  let bestDistance = 3;
  for (const candidate of SPF_MECHANISMS) {
    const distance2 = editDistance(lower, candidate);
    const limit = candidate.length <= 3 ? 1 : 2;
    if (distance2 <= limit && distance2 < bestDistance) {
      best = candidate;
      bestDistance = distance2;
    }
  }
  return best;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}

// src/mail/spf-lint.ts
var parseSpfText = parseOnce(parseSpf);
function domainSpf(domain) {
  const spf = domain.spf;
  if (!spf) return null;
  return { spf, text: spf.text, record: parseSpfText(spf.text) };
}
function spfRecord(domain) {
  const found = domainSpf(domain);
  if (!found) return null;
  return found.text.value.trimStart().toLowerCase().startsWith("v=spf1") ? found : null;
}
var SPF_ERROR_OWNER = {
  version: "spf-syntax",
  "invalid-character": "spf-syntax",
  "bad-qualifier": "spf-syntax",
  "bad-term": "spf-syntax",
  "missing-domain": "spf-syntax",
  "unexpected-argument": "spf-syntax",
  "bad-domain": "spf-syntax",
  "unknown-mechanism": "spf-unknown-mechanism",
  "invalid-ip": "spf-invalid-cidr",
  "invalid-cidr": "spf-invalid-cidr",
  "duplicate-modifier": "spf-duplicate-modifier",
  "macro-syntax": "spf-macro-syntax",
  "macro-context": "spf-macro-syntax"
};
function errorsFor(record, ruleId) {
  return record.errors.filter((error) => SPF_ERROR_OWNER[error.code] === ruleId);
}
function termTextAt(record, error) {
  const term = record.terms.find((t) => t.start <= error.start && error.end <= t.end);
  return term ? term.text : record.text.slice(error.start, error.end);
}
function wholeRecord(record) {
  const start = record.text.length - record.text.trimStart().length;
  const end = record.text.trimEnd().length;
  return end > start ? [start, end] : [0, record.text.length];
}

// src/rules/dmarc-enforce-without-auth.ts
var dmarc_enforce_without_auth_default = defineRule({
  meta: {
    id: "dmarc-enforce-without-auth",
    area: "dmarc",
    description: "DMARC enforces (quarantine or reject) only once SPF and DKIM are in place for the domain's mail.",
    references: ["RFC9989 §5.1.1", "RFC9989 §5.1.2", "RFC9989 §5.1.6", "OVH-DMARC", "OVH-SPF", "OVH-DKIM"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noOvhSpf: {
        text: "{{tag}}={{policy}} while the SPF record does not authorize OVH's servers (include:{{include}}): mail sent through OVH would fail DMARC."
      },
      noSpf: { text: "{{tag}}={{policy}} while the domain publishes no SPF record: only DKIM-signed mail could pass DMARC." },
      noOvhDkim: {
        text: "{{tag}}={{policy}} while no OVH DKIM selector is active: mail sent through OVH is unsigned and relies on SPF alone (forwarding breaks it)."
      },
      noDkim: {
        text: "{{tag}}={{policy}} while no DKIM selector is active: mail relies on SPF alone, which forwarding breaks."
      }
    },
    fix: "Publish SPF (v=spf1 include:mx.ovh.com ~all for OVH) and activate DKIM first; until then p=none as a declared monitoring stage."
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends) return;
    const record = parseDmarcText(dmarc.text);
    const enforcing = enforcingTag(effectivePolicy(record).tag, findTag(record, "sp"));
    if (!enforcing) return;
    const at = ctx.textAnchor(dmarc.text, ...valueRange2(enforcing));
    const data = { tag: enforcing.name, policy: enforcing.value, include: OVH_SPF_INCLUDE };
    const spf = spfRecord(domain)?.record ?? null;
    if (isOvhShared(domain)) {
      const authorizesOvh = (spf?.version.valid ?? false) && mechanisms(spf).some(
        (m) => m.name === "include" && m.qualifier === "+" && m.domainSpec !== null && normalizeDomainSpec(m.domainSpec) === OVH_SPF_INCLUDE
      );
      if (!authorizesOvh) ctx.report({ messageId: "noOvhSpf", data, at });
    } else if (!spf?.version.valid) {
      ctx.report({ messageId: "noSpf", data, at });
    }
    const active = (domain.dkim?.selectors ?? []).filter((selector) => selector.active);
    if (isOvhHosted(domain)) {
      if (!active.some((selector) => selector.ovh)) ctx.report({ messageId: "noOvhDkim", data, at });
    } else if (active.length === 0) {
      ctx.report({ messageId: "noDkim", data, at });
    }
  }
});
function enforcingTag(p, sp) {
  const enforces = (tag) => {
    const policy = tag ? policyOf(tag.value) : null;
    return policy === "quarantine" || policy === "reject";
  };
  if (enforces(p)) return p;
  if (enforces(sp)) return sp;
  return null;
}

// src/rules/dmarc-external-rua-unauthorized.ts
var TWO_LABEL_SUFFIXES = /* @__PURE__ */ new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "me.uk",
  "ltd.uk",
  "plc.uk",
  "net.uk",
  "sch.uk",
  "com.au",
  "net.au",
  "org.au",
  "edu.au",
  "gov.au",
  "asn.au",
  "id.au",
  "co.nz",
  "net.nz",
  "org.nz",
  "govt.nz",
  "ac.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "ac.jp",
  "go.jp",
  "co.za",
  "org.za",
  "gov.za",
  "ac.za",
  "com.br",
  "net.br",
  "org.br",
  "gov.br",
  "com.cn",
  "net.cn",
  "org.cn",
  "gov.cn",
  "com.mx",
  "com.ar",
  "com.tr",
  "com.sg",
  "com.hk",
  "com.tw",
  "com.my",
  "com.pl",
  "co.in",
  "net.in",
  "org.in",
  "co.il",
  "co.kr",
  "or.kr",
  "co.id",
  "gouv.fr",
  "asso.fr",
  "nom.fr",
  "com.fr",
  "tm.fr",
  "gc.ca",
  "qc.ca",
  "on.ca"
]);
function organizationalDomain(name) {
  const labels = name.toLowerCase().replace(/\.$/, "").split(".").filter((label) => label !== "");
  const take = labels.length >= 3 && TWO_LABEL_SUFFIXES.has(labels.slice(-2).join(".")) ? 3 : 2;
  return labels.slice(-take).join(".");
}
function decodedHost(address) {
  let decoded = address;
  try {
    decoded = decodeURIComponent(address);
  } catch {
  }
  const at = decoded.lastIndexOf("@");
  if (at < 0) return null;
  const host = decoded.slice(at + 1).trim().toLowerCase().replace(/\.$/, "");
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(host) ? host : null;
}
var dmarc_external_rua_unauthorized_default = defineRule({
  meta: {
    id: "dmarc-external-rua-unauthorized",
    area: "dmarc",
    description: "Report addresses (rua/ruf) outside the domain's organisation are authorised by the receiving host's `<domain>._report._dmarc.<host>` TXT record (checked with live DNS).",
    references: ["RFC7489 §7.1", "DMARC-AGG", "RFC9989 §4.7"],
    defaultLevel: "warn",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unauthorized: {
        text: "{{tag}} sends reports to {{host}}, outside {{orgDomain}}, but {{record}} has no TXT record starting v=DMARC1 ({{found}}): receivers drop this address and send no reports there (RFC 7489 §7.1)"
      },
      lookupFailed: {
        text: "could not check whether {{host}} accepts {{tag}} reports for {{domain}}: the TXT lookup of {{record}} failed ({{reason}})",
        tier: "lower"
      }
    },
    fix: 'Ask the report receiver to publish `<your-domain>._report._dmarc.<their-host> TXT "v=DMARC1"`, or use an address in your own domain.'
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.dmarc) return;
    const text = domain.dmarc.text;
    const policyDomain = domain.domain;
    const orgDomain = organizationalDomain(policyDomain);
    const targets = [];
    for (const tag of parseDmarcText(text).tags) {
      if (tag.key !== "rua" && tag.key !== "ruf" || !tag.uris) continue;
      for (const uri of tag.uris.uris) {
        if (uri.scheme !== "mailto") continue;
        const host = decodedHost(uri.address);
        if (host && organizationalDomain(host) !== orgDomain) targets.push({ tag: tag.key, host, start: uri.addressStart, end: uri.addressEnd });
      }
    }
    const answers = /* @__PURE__ */ new Map();
    for (const { host } of targets) if (!answers.has(host)) answers.set(host, dns.txt(`${policyDomain}._report._dmarc.${host}`));
    for (const target of targets) {
      const answer = await answers.get(target.host);
      const record = `${policyDomain}._report._dmarc.${target.host}`;
      const at = { ...ctx.textAnchor(text, target.start, target.end), name: `_dmarc.${policyDomain}` };
      if (answer.status === "failed") {
        ctx.report({ messageId: "lookupFailed", data: { tag: target.tag, host: target.host, domain: policyDomain, record, reason: answer.reason }, at });
        continue;
      }
      if (answer.status === "ok" && answer.records.some((r) => r.trimStart().startsWith("v=DMARC1"))) continue;
      const found = answer.status === "nxdomain" ? "the name does not exist" : answer.status === "nodata" ? "no TXT there" : "other TXT records only";
      ctx.report({ messageId: "unauthorized", data: { tag: target.tag, host: target.host, orgDomain, record, found }, at });
    }
  }
});

// src/rules/dmarc-fo-values.ts
var FO_OPTIONS = /* @__PURE__ */ new Set(["0", "1", "d", "s"]);
var dmarc_fo_values_default = defineRule({
  meta: {
    id: "dmarc-fo-values",
    area: "dmarc",
    description: "fo= is a colon-separated list of 0, 1, d and s, and comes with a ruf= address.",
    references: ["RFC7489 §6.3", "RFC9989 §4.7", "RFC9991"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalid: { text: 'fo={{value}}: "{{option}}" is not a failure-reporting option (0, 1, d or s, separated by colons).' },
      conflict: { text: "fo={{value}} asks for both 0 (report when all checks fail) and 1 (report when any fails): pick one." },
      withoutRuf: { text: "fo={{value}} has no effect without a ruf= address for failure reports.", tier: "info" }
    },
    fix: "fo=1; ruf=mailto:dmarc-failures@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const hasRuf = findTag(record, "ruf") !== void 0;
    for (const tag of record.tags) {
      if (!tag.hasEquals || tag.key !== "fo") continue;
      const valueAt = ctx.textAnchor(dmarc.text, ...valueRange2(tag));
      const options = tag.value.split(":").map((option) => option.trim().toLowerCase());
      const invalid = options.find((option) => !FO_OPTIONS.has(option));
      if (invalid !== void 0) {
        ctx.report({ messageId: "invalid", data: { value: tag.value, option: invalid }, at: valueAt });
      } else if (options.includes("0") && options.includes("1")) {
        ctx.report({ messageId: "conflict", data: { value: tag.value }, at: valueAt });
      }
      if (!hasRuf) ctx.report({ messageId: "withoutRuf", data: { value: tag.value }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
    }
  }
});

// src/rules/dmarc-missing.ts
var dmarc_missing_default = defineRule({
  meta: {
    id: "dmarc-missing",
    area: "dmarc",
    description: "A domain that sends mail publishes a DMARC policy record at _dmarc.",
    references: ["RFC7489 §6.1", "RFC9989 §5.1.4", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingWithDkim: {
        text: "{{domain}} sends mail and signs it with DKIM, but publishes no DMARC record at _dmarc.{{domain}}: receivers get no policy and send no reports."
      },
      missing: {
        text: "{{domain}} sends mail but publishes no DMARC record at _dmarc.{{domain}}: receivers get no policy and send no reports.",
        tier: "lower"
      }
    },
    fix: 'dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" (p=none only as a declared monitoring stage)'
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.dmarc || !domain.mail.sends) return;
    const signs = (domain.dkim?.selectors ?? []).some((selector) => selector.active);
    ctx.report({
      messageId: signs ? "missingWithDkim" : "missing",
      data: { domain: domain.domain },
      at: { path: ["domain"], name: `_dmarc.${domain.domain}` }
    });
  }
});

// src/rules/dmarc-no-rua.ts
var dmarc_no_rua_default = defineRule({
  meta: {
    id: "dmarc-no-rua",
    area: "dmarc",
    description: "A sending domain's DMARC record asks for aggregate reports with rua=.",
    references: ["RFC9989 §5.1.3", "RFC9989 §5.1.4", "RFC9989 §5.1.5", "OVH-DMARC"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "The DMARC record has no rua=: without aggregate reports nobody sees which mail fails, so the policy cannot be tightened safely."
      }
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc || !ctx.domain.mail.sends) return;
    const record = parseDmarcText(dmarc.text);
    if (record.tags.length === 0 || findTag(record, "rua")) return;
    const [start, end] = headRange(record);
    ctx.report({ messageId: "missing", at: ctx.textAnchor(dmarc.text, start, end) });
  }
});

// src/rules/dmarc-none-monitoring-stage.ts
var dmarc_none_monitoring_stage_default = defineRule({
  meta: {
    id: "dmarc-none-monitoring-stage",
    area: "dmarc",
    description: "p=none on a sending domain is an explicitly declared monitoring stage (dmarc.since), and is flagged as one.",
    references: ["OVH-DMARC", "RFC9989 §5.1.3", "RFC9989 §5.1.7"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      undeclared: {
        text: "p=none without dmarc.since: monitoring must be a declared stage with a start date, or the record should enforce (p=quarantine with rua=)."
      },
      declared: {
        text: "p=none is a monitoring stage (since {{since}}): nothing is enforced yet; move to p=quarantine once SPF and DKIM pass in the reports.",
        tier: "lower"
      }
    },
    fix: 'dmarc: { record: "v=DMARC1; p=none; rua=mailto:dmarc@example.com", since: 2026-11-01 }, or p=quarantine'
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends || domain.file === null) return;
    const record = parseDmarcText(dmarc.text);
    if (effectivePolicy(record).policy !== "none") return;
    const at = ctx.textAnchor(dmarc.text, ...policyRange(record));
    const since = noneRunStart(dmarc);
    if (since === null) ctx.report({ messageId: "undeclared", at });
    else ctx.report({ messageId: "declared", data: { since }, at });
  }
});

// src/rules/dmarc-none-observation-too-short.ts
var dmarc_none_observation_too_short_default = defineRule({
  meta: {
    id: "dmarc-none-observation-too-short",
    area: "dmarc",
    description: "A sending domain watches p=none reports for at least minNoneDays before enforcing.",
    references: ["G-DMARC", "OVH-DMARC", "RFC9989 §5.1.5"],
    defaultLevel: "warn",
    kind: "static",
    options: {
      type: "object",
      properties: {
        minNoneDays: {
          type: "integer",
          minimum: 0,
          description: "Fewest days a p=none stage must last before the next stage (Google: one week; OVH: several weeks).",
          default: 7
        }
      },
      additionalProperties: false
    },
    messages: {
      tooShort: {
        text: "p={{policy}} came {{days}} days after p=none began ({{noneSince}}); watch the reports for at least {{min}} days (2–4 weeks catches monthly senders)."
      }
    },
    fix: "Keep p=none with rua= for at least a week, preferably 2–4 weeks, before p=quarantine."
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends) return;
    let noneStart = null;
    for (const stage of rampStages(dmarc)) {
      if (stage.policy === "none") {
        noneStart ??= stage.since;
        continue;
      }
      const end = stage.since ?? (stage.historyIndex === null ? ctx.today : null);
      if (noneStart !== null && stage.policy !== null && end !== null) {
        const days = daysBetween2(noneStart, end);
        if (days < ctx.options.minNoneDays) {
          ctx.report({
            messageId: "tooShort",
            data: { policy: stage.policy, days, noneSince: noneStart, min: ctx.options.minNoneDays },
            at: stageAnchor(dmarc, stage, ctx.textAnchor)
          });
        }
      }
      noneStart = null;
    }
  }
});

// src/rules/dmarc-none-too-long.ts
var dmarc_none_too_long_default = defineRule({
  meta: {
    id: "dmarc-none-too-long",
    area: "dmarc",
    description: "A sending domain does not stay at p=none for longer than maxNoneDays.",
    references: ["RFC9989 §5.1.7", "MS-DMARC", "OVH-DMARC"],
    defaultLevel: "warn",
    kind: "static",
    options: {
      type: "object",
      properties: {
        maxNoneDays: {
          type: "integer",
          minimum: 1,
          description: "Days a sending domain may stay at p=none before this rule warns (project default 90).",
          default: 90
        }
      },
      additionalProperties: false
    },
    messages: {
      tooLong: {
        text: "p=none since {{since}} ({{days}} days, limit {{max}}): monitoring is a stage, not the goal; move to p=quarantine once the reports are clean."
      }
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com (record the none stage in dmarc.history)"
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends) return;
    const record = parseDmarcText(dmarc.text);
    if (effectivePolicy(record).policy !== "none") return;
    const since = noneRunStart(dmarc);
    if (since === null) return;
    const days = daysBetween2(since, ctx.today);
    if (!(days > ctx.options.maxNoneDays)) return;
    ctx.report({
      messageId: "tooLong",
      data: { since, days, max: ctx.options.maxNoneDays },
      at: ctx.textAnchor(dmarc.text, ...policyRange(record))
    });
  }
});

// src/rules/dmarc-np-suggest.ts
var dmarc_np_suggest_default = defineRule({
  meta: {
    id: "dmarc-np-suggest",
    area: "dmarc",
    description: "An enforcing DMARC record also rejects mail from non-existent subdomains (np=reject).",
    references: ["RFC9989 §4.7"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "p={{policy}} without np=reject: mail from subdomains that do not exist gets {{effective}}; RFC 9989 receivers can reject it outright."
      },
      weak: { text: "np={{value}} is weaker than reject: nobody sends from subdomains that do not exist, so reject their mail." }
    },
    fix: "v=DMARC1; p=quarantine; np=reject; rua=mailto:dmarc@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const domainPolicy = effectivePolicy(record, "domain");
    if (!domainPolicy.tag || domainPolicy.policy === "none") return;
    const nonexistent = effectivePolicy(record, "nonexistent");
    if (nonexistent.policy === "reject") return;
    const np = findTag(record, "np");
    if (np && nonexistent.tag === np) {
      ctx.report({ messageId: "weak", data: { value: np.value }, at: ctx.textAnchor(dmarc.text, ...valueRange2(np)) });
      return;
    }
    const p = domainPolicy.tag;
    ctx.report({
      messageId: "missing",
      data: { policy: domainPolicy.policy, effective: nonexistent.policy },
      at: ctx.textAnchor(dmarc.text, p.start, p.end)
    });
  }
});

// src/rules/dmarc-p-invalid.ts
var dmarc_p_invalid_default = defineRule({
  meta: {
    id: "dmarc-p-invalid",
    area: "dmarc",
    description: "The p= tag is one of none, quarantine or reject.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalid: { text: "p={{value}} is not a DMARC policy (none, quarantine or reject): receivers fall back to p=none or ignore the record." }
    },
    fix: "p=quarantine (or p=reject once SPF and DKIM are in place)"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.key !== "p" || policyOf(tag.value)) continue;
      const [start, end] = valueRange2(tag);
      ctx.report({ messageId: "invalid", data: { value: tag.value }, at: ctx.textAnchor(dmarc.text, start, end) });
    }
  }
});

// src/rules/dmarc-p-missing.ts
var dmarc_p_missing_default = defineRule({
  meta: {
    id: "dmarc-p-missing",
    area: "dmarc",
    description: "The DMARC record has a p= tag.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "The DMARC record has no p= tag: RFC 7489 requires it, and RFC 9989 receivers read the record as p=none."
      }
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    if (record.tags.length === 0 || findTag(record, "p")) return;
    const [start, end] = headRange(record);
    ctx.report({ messageId: "missing", at: ctx.textAnchor(dmarc.text, start, end) });
  }
});

// src/rules/dmarc-p-not-second.ts
var dmarc_p_not_second_default = defineRule({
  meta: {
    id: "dmarc-p-not-second",
    area: "dmarc",
    description: "The p= tag comes right after v=DMARC1, as the RFC 7489 grammar requires.",
    references: ["RFC7489 §6.4", "RFC9989 §4.7"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notSecond: { text: "p= is tag number {{position}}; RFC 7489's grammar wants it right after v=DMARC1 (RFC 9989 allows any order)." }
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    if (!record.versionFirst) return;
    const p = findTag(record, "p");
    if (!p || p.index === 1) return;
    ctx.report({ messageId: "notSecond", data: { position: p.index + 1 }, at: ctx.textAnchor(dmarc.text, p.start, p.end) });
  }
});

// src/rules/dmarc-parked-domain.ts
var dmarc_parked_domain_default = defineRule({
  meta: {
    id: "dmarc-parked-domain",
    area: "dmarc",
    description: "A domain that sends no mail publishes p=reject, so nobody can send in its name.",
    references: ["MS-DMARC", "RFC9989 §4.7"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: { text: "{{domain}} sends no mail but publishes no DMARC record: publish p=reject so forged mail is refused." },
      notReject: { text: "{{domain}} sends no mail, yet its DMARC policy is {{policy}}: p=reject refuses all forged mail." }
    },
    fix: 'dmarc: "v=DMARC1; p=reject;"'
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.mail.sends) return;
    const dmarc = domain.dmarc;
    if (!dmarc) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: ["domain"], name: `_dmarc.${domain.domain}` } });
      return;
    }
    const record = parseDmarcText(dmarc.text);
    const { policy } = effectivePolicy(record);
    if (policy === "reject") return;
    ctx.report({
      messageId: "notReject",
      data: { domain: domain.domain, policy: `p=${policy}` },
      at: ctx.textAnchor(dmarc.text, ...policyRange(record))
    });
  }
});

// src/rules/dmarc-pct-historic.ts
var dmarc_pct_historic_default = defineRule({
  meta: {
    id: "dmarc-pct-historic",
    area: "dmarc",
    description: "The record avoids pct=, rf= and ri=, which RFC 9989 made historic.",
    references: ["RFC9989 App. A.6", "RFC9989 §9.3", "G-DMARC", "MS-DMARC"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      pct: {
        text: "pct={{value}} is historic in RFC 9989: receivers applied it inconsistently except 0 and 100; use t=y while testing a policy."
      },
      historic: { text: "{{tag}}= is historic in RFC 9989 and ignored by its receivers." }
    },
    fix: "p=quarantine (or p=quarantine; t=y while testing)"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.kind !== "historic") continue;
      const at = ctx.textAnchor(dmarc.text, tag.start, tag.end);
      if (tag.key === "pct") ctx.report({ messageId: "pct", data: { value: tag.value }, at });
      else ctx.report({ messageId: "historic", data: { tag: tag.name }, at });
    }
  }
});

// src/rules/dmarc-pct-range.ts
var dmarc_pct_range_default = defineRule({
  meta: {
    id: "dmarc-pct-range",
    area: "dmarc",
    description: "The pct= tag is a whole number from 0 to 100.",
    references: ["RFC7489 §6.3", "RFC7489 §6.4"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      outOfRange: { text: "pct={{value}} is not a whole number from 0 to 100." }
    },
    fix: "pct=50, or drop pct and use t=y while testing (RFC 9989)"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.key !== "pct") continue;
      if (/^\d{1,3}$/.test(tag.value) && Number(tag.value) <= 100) continue;
      const [start, end] = valueRange2(tag);
      ctx.report({ messageId: "outOfRange", data: { value: tag.value }, at: ctx.textAnchor(dmarc.text, start, end) });
    }
  }
});

// src/rules/dmarc-ramp-skip.ts
var dmarc_ramp_skip_default = defineRule({
  meta: {
    id: "dmarc-ramp-skip",
    area: "dmarc",
    description: "A sending domain reaches p=reject through a recorded p=quarantine stage, never straight from p=none or from nothing.",
    references: ["MS-DMARC", "G-DMARC", "RFC9989 §5.1.5", "RFC9989 §5.1.6", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noneToReject: {
        text: "p=reject (since {{since}}) follows p=none (since {{noneSince}}) with no quarantine stage: legitimate mail the reports missed would be refused outright."
      },
      firstReject: {
        text: "The first recorded DMARC stage is already p=reject (since {{since}}): a sending domain goes through p=quarantine first."
      }
    },
    fix: "Record the ramp: history: [{p: none, since: ...}, {p: quarantine, since: ...}], then p=reject."
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends) return;
    if (dmarc.history.length === 0 && dmarc.since === null) return;
    const stages = rampStages(dmarc).filter((stage) => stage.policy !== null);
    stages.forEach((stage, i) => {
      if (stage.policy !== "reject") return;
      const previous = stages[i - 1];
      const at = stageAnchor(dmarc, stage, ctx.textAnchor);
      const since = stage.since ?? "an undeclared date";
      if (!previous) ctx.report({ messageId: "firstReject", data: { since }, at });
      else if (previous.policy === "none") ctx.report({ messageId: "noneToReject", data: { since, noneSince: previous.since ?? "an undeclared date" }, at });
    });
  }
});

// src/rules/dmarc-ramp-transition.ts
var STRENGTH = { none: 0, quarantine: 1, reject: 2 };
function stanceOf(decl) {
  const record = decl ? parseDmarcText(decl.text) : null;
  if (!record || !record.versionFirst) return { strength: 0, policy: null, label: "no DMARC record" };
  const { policy } = effectivePolicy(record);
  const testing = isTesting(record);
  return { strength: Math.max(0, STRENGTH[policy] - (testing ? 1 : 0)), policy, label: `p=${policy}${testing ? "; t=y" : ""}` };
}
var dmarc_ramp_transition_default = defineRule({
  meta: {
    id: "dmarc-ramp-transition",
    area: "dmarc",
    description: "A plan never moves a sending domain's live DMARC policy from p=none (or no record) straight to p=reject, and flags any loosening.",
    references: ["RFC9989 §5.1.5", "RFC9989 §5.1.6", "RFC9989 §4.7", "MS-DMARC", "G-DMARC", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "transition",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      skip: {
        text: "this change moves DMARC from {{before}} (live) straight to {{after}}: a sending domain goes through p=quarantine first, so mail the reports missed lands in spam rather than being refused"
      },
      loosening: {
        text: "this change loosens DMARC from {{before}} (live) to {{after}}: receivers will accept more unauthenticated mail as {{domain}}; make sure that is intended",
        tier: "lower"
      }
    },
    fix: "Apply p=quarantine first (with rua), watch the reports, then move to p=reject in a later change."
  },
  check(ctx) {
    const { domain, observed } = ctx;
    if (!observed) return;
    const before = stanceOf(observed.dmarc);
    const after = stanceOf(domain.dmarc);
    const record = domain.dmarc ? parseDmarcText(domain.dmarc.text) : null;
    const at = domain.dmarc && record ? ctx.textAnchor(domain.dmarc.text, ...policyRange(record)) : { path: ["domain"] };
    const data = { before: before.label, after: after.label, domain: domain.domain };
    if (domain.mail.sends && before.strength === 0 && after.strength === STRENGTH.reject) {
      ctx.report({ messageId: "skip", data, at });
    } else if (after.strength < before.strength) {
      ctx.report({ messageId: "loosening", data, at });
    }
  }
});

// src/rules/dmarc-ruf-expectations.ts
var dmarc_ruf_expectations_default = defineRule({
  meta: {
    id: "dmarc-ruf-expectations",
    area: "dmarc",
    description: "A ruf= address comes with the knowledge that few receivers send failure reports.",
    references: ["MS-DMARC", "RFC9991"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ruf: {
        text: "ruf= asks for failure reports, which many receivers (Microsoft 365 among them) never send for privacy reasons: rely on rua= aggregate reports."
      }
    },
    fix: "Keep rua=mailto:dmarc@example.com as the source of truth; ruf= is optional."
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (tag.hasEquals && tag.key === "ruf") ctx.report({ messageId: "ruf", at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
    }
  }
});

// src/rules/dmarc-sp-np-invalid.ts
var dmarc_sp_np_invalid_default = defineRule({
  meta: {
    id: "dmarc-sp-np-invalid",
    area: "dmarc",
    description: "sp= and np= name a valid policy, and sp= is only set where it applies.",
    references: ["RFC7489 §6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    options: {
      type: "object",
      properties: {
        twoLabelSuffixes: {
          type: "array",
          items: { type: "string" },
          description: "Public suffixes of two labels (co.uk, com.au, ...) under which a three-label domain is still an Organizational Domain; any other domain of three labels or more counts as a subdomain.",
          default: ["co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "com.br", "com.cn", "co.za", "com.mx", "co.in", "gouv.fr", "asso.fr", "qc.ca"]
        }
      },
      additionalProperties: false
    },
    messages: {
      invalid: { text: "{{tag}}={{value}} is not a DMARC policy (none, quarantine or reject): receivers fall back to {{fallback}}." },
      spOnSubdomain: {
        text: "sp= has no effect on {{domain}}, which is not an Organizational Domain: receivers read sp= only at the top of the tree.",
        tier: "info"
      }
    },
    fix: "sp=quarantine / np=reject"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const isSubdomain = looksLikeSubdomain(ctx.domain.domain, ctx.options.twoLabelSuffixes);
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.key !== "sp" && tag.key !== "np") continue;
      const at = ctx.textAnchor(dmarc.text, ...valueRange2(tag));
      if (!policyOf(tag.value)) {
        const fallback = tag.key === "np" ? "sp= or p=" : "p=";
        ctx.report({ messageId: "invalid", data: { tag: tag.name, value: tag.value, fallback }, at });
      }
      if (tag.key === "sp" && isSubdomain) {
        ctx.report({ messageId: "spOnSubdomain", data: { domain: ctx.domain.domain }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
      }
    }
  }
});
function looksLikeSubdomain(domain, twoLabelSuffixes) {
  const labels = domain.toLowerCase().split(".").filter((label) => label !== "");
  if (labels.length < 3) return false;
  const lastTwo = labels.slice(-2).join(".");
  const suffixLabels = twoLabelSuffixes.map((s) => s.toLowerCase().replace(/^\.|\.$/g, "")).includes(lastTwo) ? 2 : 1;
  return labels.length > suffixLabels + 1;
}

// src/rules/dmarc-t-y-lingering.ts
var dmarc_t_y_lingering_default = defineRule({
  meta: {
    id: "dmarc-t-y-lingering",
    area: "dmarc",
    description: "t=y (testing) does not stay on an enforcing policy for longer than a test needs.",
    references: ["RFC9989 §4.7", "RFC9989 App. A.6"],
    defaultLevel: "warn",
    kind: "static",
    options: {
      type: "object",
      properties: {
        testingMaxDays: {
          type: "integer",
          minimum: 1,
          description: "Days an enforcing policy may keep t=y after `dmarc.since` before this rule warns.",
          default: 30
        }
      },
      additionalProperties: false
    },
    messages: {
      lingering: {
        text: "t=y has kept p={{policy}} in testing for {{days}} days (since {{since}}, limit {{max}}): receivers apply one level below it; drop t=y or go back a stage."
      }
    },
    fix: "v=DMARC1; p=reject; rua=mailto:dmarc@example.com (t=y removed)"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc?.since) return;
    const record = parseDmarcText(dmarc.text);
    const t = findTag(record, "t");
    const { policy } = effectivePolicy(record);
    if (!t || t.value.toLowerCase() !== "y" || policy === "none") return;
    const days = daysBetween2(dmarc.since, ctx.today);
    if (!(days > ctx.options.testingMaxDays)) return;
    ctx.report({
      messageId: "lingering",
      data: { policy, days, since: dmarc.since, max: ctx.options.testingMaxDays },
      at: ctx.textAnchor(dmarc.text, t.start, t.end)
    });
  }
});

// src/rules/dmarc-uri-syntax.ts
var dmarc_uri_syntax_default = defineRule({
  meta: {
    id: "dmarc-uri-syntax",
    area: "dmarc",
    description: "rua= and ruf= hold comma-separated mailto: URIs with valid addresses.",
    references: ["RFC7489 §6.2", "RFC7489 §6.3", "RFC7489 §6.4", "RFC9989 §4.7", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingScheme: { text: '{{tag}} entry "{{uri}}" is not a URI: write mailto:{{uri}}.' },
      badSeparator: { text: "{{tag}} URIs must be separated by a comma, not by whitespace: receivers read one broken URI." },
      semicolonSeparator: {
        text: '"{{uri}}" follows {{tag}} after a semicolon, which ends the tag: separate report URIs with a comma.'
      },
      invalidAddress: { text: '{{tag}} address "{{address}}" is not a valid mailbox: reports cannot be delivered.' },
      emptyUri: { text: "{{tag}} has an empty entry where a mailto: URI is expected." },
      invalidSize: { text: '{{tag}} size limit "!{{size}}" is not a number with an optional k, m, g or t unit.' },
      unsupportedScheme: {
        text: '{{tag}} URI scheme "{{scheme}}:" is not mailto:, the only scheme receivers must support.',
        tier: "lower"
      },
      sizeSuffix: { text: '{{tag}} size limit "!{{size}}" is obsolete in RFC 9989 and ignored by its receivers.', tier: "info" }
    },
    fix: "rua=mailto:dmarc@example.com,mailto:reports@example.net"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const anchor = (start, end) => ctx.textAnchor(dmarc.text, start, end);
    let previousUriTag = null;
    for (const tag of record.tags) {
      if (!tag.hasEquals && previousUriTag && /^mailto:/i.test(tag.name)) {
        ctx.report({ messageId: "semicolonSeparator", data: { tag: previousUriTag, uri: tag.name }, at: anchor(tag.start, tag.end) });
        continue;
      }
      previousUriTag = tag.uris ? tag.name : null;
      if (!tag.uris) continue;
      const name = tag.name;
      for (const empty of tag.uris.emptyEntries) {
        ctx.report({ messageId: "emptyUri", data: { tag: name }, at: tag.value === "" ? anchor(tag.start, tag.end) : anchor(empty.start, empty.end) });
      }
      for (const gap of tag.uris.badSeparators) {
        ctx.report({ messageId: "badSeparator", data: { tag: name }, at: anchor(gap.start, gap.end) });
      }
      for (const uri of tag.uris.uris) {
        if (uri.scheme === null) {
          ctx.report({ messageId: "missingScheme", data: { tag: name, uri: uri.text }, at: anchor(uri.start, uri.end) });
        } else if (uri.scheme !== "mailto") {
          ctx.report({ messageId: "unsupportedScheme", data: { tag: name, scheme: uri.scheme }, at: anchor(uri.start, uri.end) });
          continue;
        }
        if (!isValidMailbox(uri.address)) {
          const [start, end] = uri.address === "" ? [uri.start, uri.end] : [uri.addressStart, uri.addressEnd];
          ctx.report({ messageId: "invalidAddress", data: { tag: name, address: uri.address }, at: anchor(start, end) });
        }
        if (uri.size === null) continue;
        ctx.report({
          messageId: isValidReportSize(uri.size) ? "sizeSuffix" : "invalidSize",
          data: { tag: name, size: uri.size },
          at: anchor(uri.sizeStart, uri.sizeEnd)
        });
      }
    }
  }
});

// src/rules/dmarc-v-first.ts
var dmarc_v_first_default = defineRule({
  meta: {
    id: "dmarc-v-first",
    area: "dmarc",
    description: "The DMARC record starts with the tag v=DMARC1, spelled exactly.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      empty: { text: "The DMARC record is empty: it must start with v=DMARC1." },
      notFirst: { text: 'The DMARC record starts with "{{found}}" instead of v=DMARC1: receivers discard it.' },
      badValue: { text: "v={{value}} is not v=DMARC1 (the value is case-sensitive): receivers discard the record." }
    },
    fix: "Start the record with v=DMARC1; e.g. v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const first = record.tags[0];
    if (!first) {
      ctx.report({ messageId: "empty", at: ctx.textAnchor(dmarc.text, 0, record.text.length) });
      return;
    }
    if (record.versionFirst) return;
    if (first.hasEquals && first.key === "v") {
      ctx.report({ messageId: "badValue", data: { value: first.value }, at: ctx.textAnchor(dmarc.text, first.valueStart, first.valueEnd) });
    } else {
      ctx.report({
        messageId: "notFirst",
        data: { found: record.text.slice(first.start, first.end) },
        at: ctx.textAnchor(dmarc.text, first.start, first.end)
      });
    }
  }
});

// src/rules/dmarc-wrong-location.ts
var DMARC_VERSION = /v[ \t]*=[ \t]*DMARC1(?![A-Za-z0-9])/gi;
function dmarcVersions(text) {
  const boundaries = /* @__PURE__ */ new Set([0]);
  let offset = 0;
  for (const s of text.strings ?? []) boundaries.add(offset += s.length);
  const found = [];
  for (const match of text.value.matchAll(DMARC_VERSION)) {
    const start = match.index;
    if (boundaries.has(start) || /[\s;]/.test(text.value[start - 1] ?? "")) found.push({ start, found: match[0] });
  }
  return found;
}
var dmarc_wrong_location_default = defineRule({
  meta: {
    id: "dmarc-wrong-location",
    area: "dmarc",
    description: "No v=DMARC1 record is written at a name other than _dmarc (in the SPF field at the apex, a DKIM selector, or the MTA-STS/TLS-RPT records).",
    references: ["RFC7489 §6.1", "RFC9989 §4.7", "DNSC"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      inSpf: {
        text: 'The spf field holds a DMARC record ("{{found}}"), published at {{name}}: receivers read DMARC only at _dmarc.{{domain}}, and it breaks the SPF record there.'
      },
      elsewhere: {
        text: 'A DMARC record ("{{found}}") is written for {{name}}: receivers read DMARC only at _dmarc.{{domain}}, so it has no effect there.'
      }
    },
    fix: 'Move the record to the dmarc field: dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"'
  },
  check(ctx) {
    const domain = ctx.domain;
    const check = (text, name, messageId) => {
      for (const { start, found } of dmarcVersions(text)) {
        ctx.report({ messageId, data: { found, name, domain: domain.domain }, at: ctx.textAnchor(text, start, text.value.length) });
      }
    };
    if (domain.spf) check(domain.spf.text, domain.domain, "inSpf");
    for (const selector of domain.dkim?.selectors ?? []) {
      if (selector.text) check(selector.text, `${selector.name}._domainkey.${domain.domain}`, "elsewhere");
    }
    if (domain.mtaSts?.text) check(domain.mtaSts.text, `_mta-sts.${domain.domain}`, "elsewhere");
    if (domain.tlsRpt) check(domain.tlsRpt.text, `_smtp._tls.${domain.domain}`, "elsewhere");
  }
});

// src/rules/file-binary.ts
var file_binary_default = defineRule({
  meta: {
    id: "file-binary",
    area: "lint",
    description: "The file is UTF-8 text without NUL bytes.",
    references: ["YAML 1.2 §5.2 (character encodings)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      nul: { text: "NUL byte at offset {{offset}}: this is a binary file, not a domain file" },
      encoding: { text: "not valid UTF-8: save the file as UTF-8" }
    },
    fix: "Save the file as UTF-8 text."
  }
});

// src/rules/file-bom.ts
var file_bom_default = defineRule({
  meta: {
    id: "file-bom",
    area: "lint",
    description: "The file has no UTF-8 byte order mark (some tools then misread the first key).",
    references: ["YAML 1.2 §5.2"],
    defaultLevel: "info",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      bom: { text: "byte order mark at the start of the file: save as UTF-8 without BOM" }
    },
    fix: "Save as UTF-8 without BOM."
  }
});

// src/rules/file-control-character.ts
var file_control_character_default = defineRule({
  meta: {
    id: "file-control-character",
    area: "lint",
    description: "No control characters inside values: DNS text records must not carry them.",
    references: ["RFC1035 §3.3.14", "TF-REC"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      control: { text: "control character {{code}} inside this value: remove it (usually a copy-paste accident)" }
    },
    fix: "Retype the value without the invisible character."
  }
});

// src/rules/file-crlf.ts
var file_crlf_default = defineRule({
  meta: {
    id: "file-crlf",
    area: "lint",
    description: "Lines end with LF, not CRLF, so diffs and annotations stay exact.",
    references: ["design.md §8"],
    defaultLevel: "info",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      crlf: { text: "Windows line endings (CRLF): convert the file to LF (git config core.autocrlf input)" }
    },
    fix: "Convert the file to LF line endings."
  }
});

// src/rules/file-duplicate-key.ts
var file_duplicate_key_default = defineRule({
  meta: {
    id: "file-duplicate-key",
    area: "lint",
    description: "No key appears twice in one mapping (YAML parsers disagree on which one wins).",
    references: ["YAML 1.2 §3.2.1.1"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: 'key "{{key}}" appears twice in the same mapping: keep one' }
    },
    fix: "Remove or merge the repeated key."
  }
});

// src/rules/file-schema.ts
var file_schema_default = defineRule({
  meta: {
    id: "file-schema",
    area: "lint",
    description: "The file follows the domain file schema: known keys, right types, allowed values.",
    references: ["src/schema/domain.schema.json"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknownKey: { text: 'unknown key "{{key}}" in {{where}}: {{hint}}' },
      type: { text: "{{where}} must be {{expected}}" },
      enum: { text: "{{where}} must be one of: {{allowed}}" },
      required: { text: '{{where}} needs "{{key}}"' },
      invalid: { text: "{{where}} {{detail}}" },
      notMapping: { text: 'a domain file is a mapping with at least "domain:" (e.g. domain: example.com)' },
      badDomain: { text: '"{{domain}}" is not a usable domain name: write it like example.com (IDN accepted)' }
    },
    fix: "Write the value the schema expects; editors complete it from the yaml-language-server modeline."
  }
});

// src/rules/file-syntax.ts
var file_syntax_default = defineRule({
  meta: {
    id: "file-syntax",
    area: "lint",
    description: "The file is valid YAML: no syntax errors, no tabs for indentation, no alias bombs, no absurd nesting.",
    references: ["YAML 1.2 §6.1 (indentation spaces)", "design.md §8"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      syntax: { text: "YAML syntax error: {{detail}}" },
      tab: { text: "tab character used for indentation ({{detail}}): YAML indents with spaces only" },
      aliasBomb: { text: "too many alias expansions (more than {{max}}): the file looks like an alias bomb" },
      tooDeep: { text: "nesting {{depth}} levels deep (at most {{max}}): a domain file is never this deep" }
    },
    fix: "Fix the YAML at this position; indent with spaces; do not build structures out of aliases."
  }
});

// src/rules/file-too-large.ts
var file_too_large_default = defineRule({
  meta: {
    id: "file-too-large",
    area: "lint",
    description: "The file is smaller than the size limit (domain files are a few kilobytes).",
    references: ["design.md §8"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      tooLarge: { text: "{{size}} bytes is over the {{max}}-byte limit for a domain file: split it or check that it is the right file" }
    },
    fix: "Keep one domain per file, a few kilobytes at most."
  }
});

// src/rules/lint-duplicate-domain.ts
var lint_duplicate_domain_default = defineRule({
  meta: {
    id: "lint-duplicate-domain",
    area: "lint",
    description: "Each domain is described by one file only.",
    references: ["design.md §2"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "{{domain}} is also described in {{other}}: keep one file per domain" }
    },
    fix: "Merge the two files into one."
  }
});

// src/rules/lint-suppression-expired.ts
var lint_suppression_expired_default = defineRule({
  meta: {
    id: "lint-suppression-expired",
    area: "lint",
    description: "A suppression whose until date has passed no longer hides findings and must be reviewed.",
    references: ["style.md (suppressions need a reason and may expire)"],
    defaultLevel: "warn",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      expired: { text: "suppression of {{rule}} expired on {{until}}: fix the finding or renew the suppression with a new reason" }
    },
    fix: "Fix what the rule reports, or extend until: with a fresh reason."
  }
});

// src/rules/lint-suppression-unknown-rule.ts
var lint_suppression_unknown_rule_default = defineRule({
  meta: {
    id: "lint-suppression-unknown-rule",
    area: "lint",
    description: "A suppression names a rule that exists.",
    references: ["rules.md §4 (rule ids are the public contract)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknown: { text: "no rule is called {{rule}}: see maildns rules for the ids" }
    },
    fix: "Use a rule id from maildns rules."
  }
});

// src/rules/lint-suppression-unused.ts
var lint_suppression_unused_default = defineRule({
  meta: {
    id: "lint-suppression-unused",
    area: "lint",
    description: "A suppression that hides nothing is stale and should be removed.",
    references: ["style.md (suppressions need a reason and may expire)"],
    defaultLevel: "warn",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unused: { text: "suppression of {{rule}} matches no finding: remove it" }
    },
    fix: "Remove the suppression."
  }
});

// src/rules/mta-sts-enforce-first.ts
var mta_sts_enforce_first_default = defineRule({
  meta: {
    id: "mta-sts-enforce-first",
    area: "mta-sts",
    description: "An MTA-STS policy in enforce mode follows a declared testing stage.",
    references: ["RFC8461 §3.2", "RFC8461 §5", "RFC8460 §3"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      enforceFirst: {
        text: "MTA-STS mode enforce with no earlier testing stage in mtaSts.history: senders will refuse to deliver if any MX fails certificate checks, and nothing has shown yet that they pass."
      }
    },
    fix: "Start with mode: testing and a TLS-RPT record, then switch to enforce and record the testing stage in mtaSts.history: [{ mode: testing, since: 2026-09-01 }]"
  },
  check(ctx) {
    const mtaSts = ctx.domain.mtaSts;
    const policy = mtaSts?.policy;
    if (!mtaSts || !policy || policy.mode !== "enforce") return;
    if (mtaSts.history.some((stage) => stage.mode === "testing")) return;
    ctx.report({ messageId: "enforceFirst", at: { path: [...policy.path, "mode"] } });
  }
});

// src/mail/mta-sts.ts
var isWsp = (c) => c === " " || c === "	";
function splitFields(text) {
  const source = typeof text === "string" ? text : "";
  const list = { fields: [], emptyFields: [], strayWhitespace: [] };
  let segmentStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const atEnd = i === source.length;
    if (!atEnd && source[i] !== ";") continue;
    let start = segmentStart;
    let end = i;
    while (start < end && isWsp(source[start])) start++;
    while (end > start && isWsp(source[end - 1])) end--;
    segmentStart = i + 1;
    if (start === end) {
      if (!atEnd) list.emptyFields.push({ start: i, end: i + 1 });
      continue;
    }
    list.fields.push(parseField(source, start, end));
  }
  let lead = 0;
  while (lead < source.length && isWsp(source[lead])) lead++;
  if (lead > 0 && lead < source.length) list.strayWhitespace.push({ start: 0, end: lead });
  let tail = source.length;
  while (tail > 0 && isWsp(source[tail - 1])) tail--;
  if (tail < source.length && tail > 0 && source[tail - 1] !== ";") list.strayWhitespace.push({ start: tail, end: source.length });
  return list;
}
function parseField(text, start, end) {
  let equals = start;
  while (equals < end && text[equals] !== "=") equals++;
  const hasEquals = equals < end;
  const nameEnd = hasEquals ? equals : end;
  const valueStart = hasEquals ? equals + 1 : end;
  return {
    name: text.slice(start, nameEnd),
    value: text.slice(valueStart, end),
    start,
    end,
    nameStart: start,
    nameEnd,
    valueStart,
    valueEnd: end,
    hasEquals
  };
}
var problemAt = (text, kind, start, end) => ({
  kind,
  start,
  end,
  found: text.slice(start, end)
});
var EXTENSION_VALUE = /^[\x21-\x3A\x3C\x3E-\x7E]+$/;
var STS_EXTENSION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
var STS_ID = /^[A-Za-z0-9]{1,32}$/;
var STS_VERSION = "STSv1";
function versionedFields(source, version) {
  const list = splitFields(source);
  const first = list.fields[0];
  if (!first) return null;
  const problems = [];
  for (const s of list.strayWhitespace) problems.push(problemAt(source, "strayWhitespace", s.start, s.end));
  for (const s of list.emptyFields) problems.push(problemAt(source, "emptyField", s.start, s.end));
  const versionAttempt = first.hasEquals && first.name.trim().toLowerCase() === "v";
  if (!versionAttempt || first.name !== "v") problems.push(problemAt(source, "versionMissing", first.start, first.end));
  else if (first.value !== version) {
    const [start, end] = first.valueStart < first.valueEnd ? [first.valueStart, first.valueEnd] : [first.start, first.end];
    problems.push(problemAt(source, "versionValue", start, end));
  }
  return { first, rest: versionAttempt ? list.fields.slice(1) : list.fields, problems };
}
function stsRecordProblems(text) {
  const source = typeof text === "string" ? text : "";
  const record = versionedFields(source, STS_VERSION);
  if (!record) return [problemAt(source, "empty", 0, source.length)];
  const { first, rest } = record;
  const problems = [...record.problems];
  let idSeen = false;
  let idCaseSeen = false;
  for (const field of rest) {
    const key = field.name.trim();
    if (field.hasEquals && key === "id") {
      if (idSeen) {
        problems.push(problemAt(source, "idDuplicate", field.start, field.end));
        continue;
      }
      idSeen = true;
      if (key !== field.name) problems.push(problemAt(source, "fieldSyntax", field.start, field.end));
      if (!STS_ID.test(field.value)) {
        const [start, end] = field.valueStart < field.valueEnd ? [field.valueStart, field.valueEnd] : [field.start, field.end];
        problems.push(problemAt(source, "idValue", start, end));
      }
      continue;
    }
    if (field.hasEquals && key.toLowerCase() === "id") {
      idCaseSeen = true;
      problems.push(problemAt(source, "idCase", field.nameStart, field.nameEnd));
      continue;
    }
    if (field === first) continue;
    if (!field.hasEquals || !STS_EXTENSION_NAME.test(field.name) || !EXTENSION_VALUE.test(field.value)) {
      problems.push(problemAt(source, "fieldSyntax", field.start, field.end));
    }
  }
  if (!idSeen && !idCaseSeen) problems.push(problemAt(source, "idMissing", 0, source.length));
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}
var STS_MODES = ["enforce", "testing", "none"];
var isStsMode = (mode) => STS_MODES.includes(mode);
function normaliseHostName(name) {
  return name.trim().replace(/\.$/, "").toLowerCase();
}
var LABEL2 = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
function isValidMxPattern(pattern) {
  const name = normaliseHostName(pattern);
  const domain = name.startsWith("*.") ? name.slice(2) : name;
  if (domain === "" || domain.length > 253) return false;
  return domain.split(".").every((label) => LABEL2.test(label));
}
function mxPatternMatches(pattern, host) {
  const p = normaliseHostName(pattern);
  const h = normaliseHostName(host);
  if (p === "" || h === "") return false;
  if (!p.startsWith("*.")) return p === h;
  const suffix = p.slice(1);
  if (!h.endsWith(suffix)) return false;
  const label = h.slice(0, h.length - suffix.length);
  return label.length > 0 && !label.includes(".");
}
var STS_MAX_AGE_LIMIT = 31557600;

// src/rules/mta-sts-max-age.ts
var mta_sts_max_age_default = defineRule({
  meta: {
    id: "mta-sts-max-age",
    area: "mta-sts",
    description: "The MTA-STS policy's max_age is a whole number of seconds from 0 to 31557600 (one year).",
    references: ["RFC8461 §3.2"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      tooLarge: { text: "max_age {{value}} is above the RFC 8461 maximum of {{limit}} seconds (one year): the policy is invalid." },
      notInteger: { text: "max_age {{value}} is not a whole number of seconds from 0 to {{limit}}: the policy is invalid." }
    },
    fix: "maxAge: 604800 (one week; weeks or more are typical)"
  },
  check(ctx) {
    const policy = ctx.domain.mtaSts?.policy;
    if (!policy) return;
    const value = policy.maxAge;
    const at = { path: [...policy.path, "maxAge"] };
    const data = { value: String(value), limit: STS_MAX_AGE_LIMIT };
    if (!Number.isInteger(value) || value < 0) ctx.report({ messageId: "notInteger", data, at });
    else if (value > STS_MAX_AGE_LIMIT) ctx.report({ messageId: "tooLarge", data, at });
  }
});

// src/rules/mta-sts-policy-mx.ts
var mta_sts_policy_mx_default = defineRule({
  meta: {
    id: "mta-sts-policy-mx",
    area: "mta-sts",
    description: "The MTA-STS policy has a valid mode and mx patterns that cover every MX host of the domain.",
    references: ["RFC8461 §3.2", "RFC8461 §4.1", "RFC8461 §5"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unmatchedHost: {
        text: "MX host {{host}} matches none of the MTA-STS policy's mx patterns ({{patterns}}): senders enforcing the policy will not deliver to it."
      },
      noPatterns: { text: "The MTA-STS policy lists no mx pattern: in mode {{mode}} every MX host fails validation." },
      badPattern: {
        text: '"{{pattern}}" is not an MTA-STS mx pattern: write a host name, or *. followed by one (the wildcard stands for exactly one leftmost label).'
      },
      badMode: { text: 'MTA-STS mode "{{mode}}" is not one of {{modes}} (case-sensitive): the policy is invalid.' }
    },
    fix: `List a pattern for every MX host, e.g. mx: "*.mail.ovh.net" for OVH's mx0–mx4.mail.ovh.net`
  },
  check(ctx) {
    const policy = ctx.domain.mtaSts?.policy;
    if (!policy) return;
    const mxPath = [...policy.path, "mx"];
    if (!isStsMode(policy.mode)) {
      ctx.report({ messageId: "badMode", data: { mode: policy.mode, modes: STS_MODES.join(", ") }, at: { path: [...policy.path, "mode"] } });
    }
    policy.mx.forEach((pattern, i) => {
      if (!isValidMxPattern(pattern)) ctx.report({ messageId: "badPattern", data: { pattern }, at: { path: [...mxPath, i] } });
    });
    if (policy.mode === "none") return;
    if (policy.mx.length === 0) {
      ctx.report({ messageId: "noPatterns", data: { mode: policy.mode }, at: { path: mxPath } });
      return;
    }
    const mx = ctx.domain.mx;
    if (!mx || mx.preset === "null") return;
    const seen = /* @__PURE__ */ new Set();
    for (const entry of mx.entries) {
      const host = normaliseHostName(entry.host);
      if (host === "" || seen.has(host)) continue;
      seen.add(host);
      if (policy.mx.some((pattern) => mxPatternMatches(pattern, host))) continue;
      ctx.report({ messageId: "unmatchedHost", data: { host: entry.host, patterns: policy.mx.join(", ") }, at: { path: mxPath } });
    }
  }
});

// src/rules/mta-sts-txt-syntax.ts
var mta_sts_txt_syntax_default = defineRule({
  meta: {
    id: "mta-sts-txt-syntax",
    area: "mta-sts",
    description: "The _mta-sts TXT record is v=STSv1; id=<1 to 32 letters and digits>, with well-formed extension fields.",
    references: ["RFC8461 §3.1"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      empty: { text: "The _mta-sts record is empty: it must be v=STSv1; id=<1 to 32 letters and digits>." },
      versionMissing: { text: 'The _mta-sts record starts with "{{found}}" instead of v=STSv1 (case-sensitive): senders ignore it.' },
      versionValue: { text: 'v={{found}} is not v=STSv1 (case-sensitive, and a ";" must follow it): senders ignore the record.' },
      idMissing: { text: "The _mta-sts record has no id= field: senders ignore it." },
      idValue: { text: 'The MTA-STS id "{{found}}" must be 1 to 32 letters and digits (no dashes, dots or spaces).' },
      idCase: { text: '"{{found}}" must be written id (field names are case-sensitive): without it the record has no id.' },
      idDuplicate: { text: 'A second id field "{{found}}": give the record exactly one id.' },
      fieldSyntax: { text: '"{{found}}" is not a valid field: write name=value (a name of letters, digits, _ - ., no spaces around =, a value without spaces, = or ;).' },
      emptyField: { text: 'An empty field (two ";" in a row, or a ";" at the start): the record is invalid.' },
      strayWhitespace: { text: 'Whitespace at the start or end of the _mta-sts record: the record must start with v=STSv1 and may only end with ";" and spaces.' }
    },
    fix: "v=STSv1; id=20260901 (change the id each time the policy file changes)"
  },
  check(ctx) {
    const text = ctx.domain.mtaSts?.text;
    if (!text) return;
    for (const problem of stsRecordProblems(text.value)) {
      const at = problem.start < problem.end ? ctx.textAnchor(text, problem.start, problem.end) : { path: text.path };
      ctx.report({ messageId: problem.kind, data: { found: problem.found }, at });
    }
  }
});

// src/mail/mx.ts
function mxFieldPath(mx, entry, field) {
  return mx.preset !== null ? entry.path : [...entry.path, field];
}
function isWrittenEntry(mx) {
  return mx.preset === null;
}
var OVH_MX_CORE = /^mx([0-4])\.mail\.ovh\.(net|ca)$/;
function ovhMxHost(analysis) {
  if (analysis.kind !== "hostname" || analysis.ascii === null) return null;
  const match = OVH_MX_CORE.exec(analysis.ascii);
  if (!match) return null;
  const index = Number(match[1]);
  const region = match[2] === "ca" ? "ca" : "eu";
  return { index, region, tablePriority: ovhMxSet(region)[index].priority, host: analysis.ascii };
}
function isLegacyOvhMxHost(analysis) {
  return analysis.kind === "hostname" && analysis.ascii !== null && OVH_LEGACY_MX_HOST.test(analysis.ascii);
}
function analyseMxEntries(mx) {
  return (mx?.entries ?? []).map((entry, index) => ({ entry, index, host: analyseHost(entry.host) }));
}
function mxTargetKey(analysis) {
  if (analysis.ascii !== null) return `${analysis.kind}:${analysis.ascii}`;
  return `raw:${analysis.input.trim().toLowerCase().replace(/\.$/, "")}`;
}

// src/rules/mx-duplicate-priority.ts
var mx_duplicate_priority_default = defineRule({
  meta: {
    id: "mx-duplicate-priority",
    area: "mx",
    description: "Flags MX entries sharing one preference value (legal load balancing, but unusual for an ordered set).",
    references: ["RFC5321 §5.1"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      samePriority: {
        text: "{{host}} has priority {{priority}}, like {{other}}: senders pick between them at random (RFC 5321 §5.1); give distinct priorities if one is meant as backup"
      }
    },
    fix: "Give each exchanger its own priority (lower is tried first), unless you want load balancing."
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    const first = /* @__PURE__ */ new Map();
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind === "null") continue;
      const other = first.get(entry.priority);
      if (other === void 0) {
        first.set(entry.priority, entry.host);
        continue;
      }
      ctx.report({ messageId: "samePriority", data: { host: entry.host, priority: entry.priority, other }, at: { path: mxFieldPath(mx, entry, "priority") } });
    }
  }
});

// src/rules/mx-duplicate-target.ts
var mx_duplicate_target_default = defineRule({
  meta: {
    id: "mx-duplicate-target",
    area: "mx",
    description: "Each exchanger appears once in the MX set (names compared case-insensitively, trailing dot ignored).",
    references: ["RFC5321 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: {
        text: "{{host}} is already listed (as {{first}} with priority {{firstPriority}}): senders use only one of them (RFC 5321 §5.1); remove this entry or fix the host name"
      }
    },
    fix: "Keep one entry per exchanger."
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    const seen = /* @__PURE__ */ new Map();
    for (const { entry, host } of analyseMxEntries(mx)) {
      const key = mxTargetKey(host);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { host: entry.host, priority: entry.priority });
        continue;
      }
      ctx.report({
        messageId: "duplicate",
        data: { host: entry.host, first: first.host, firstPriority: first.priority },
        at: { path: mxFieldPath(mx, entry, "host") }
      });
    }
  }
});

// src/rules/mx-legacy-ovh-host.ts
var mx_legacy_ovh_host_default = defineRule({
  meta: {
    id: "mx-legacy-ovh-host",
    area: "mx",
    description: "MX targets do not use OVH's legacy exchangers (mx1-4.ovh.net, mxb.ovh.net, redirect.ovh.net).",
    references: ["WILD", "OVH-MX"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      legacy: {
        text: "{{host}} is one of OVH's legacy exchangers (old MX Plan filtering/redirect modes); OVH now documents {{expected}}"
      }
    },
    fix: "Use OVH's current set: mx: ovh, or mx0..mx4.mail.ovh.net. with OVH's priorities."
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null) return;
    const expected = ovhMxSet(domain.mail.region).map((e) => `${e.priority} ${e.host}`).join(", ");
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (!isLegacyOvhMxHost(host)) continue;
      ctx.report({ messageId: "legacy", data: { host: entry.host, expected }, at: { path: mxFieldPath(mx, entry, "host") } });
    }
  }
});

// src/rules/mx-missing.ts
var mx_missing_default = defineRule({
  meta: {
    id: "mx-missing",
    area: "mx",
    description: "A domain that receives mail declares at least one MX record.",
    references: ["RFC5321 §5.1", "RFC7505 §3", "OVH-MX"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noMx: {
        text: "{{domain}} receives mail but declares no MX: senders would fall back to its A/AAAA address (RFC 5321 §5.1); add `mx:` ({{example}})"
      },
      emptyMx: {
        text: "{{domain}} receives mail but its MX list is empty: senders would fall back to its A/AAAA address (RFC 5321 §5.1); list its exchangers ({{example}})"
      },
      nullMx: {
        text: "{{domain}} is declared as receiving mail but publishes a null MX, which tells senders it accepts no mail (RFC 7505 §3); list its exchangers or set `mail.receives: false`"
      }
    },
    fix: "mx: ovh (OVH mail), or a list of {host, priority}; for a domain that takes no mail, mx: none with mail.receives: false."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!domain.mail.receives) return;
    const example = domain.mail.provider === "ovh" ? "`mx: ovh`" : "`- { host: mx.example.net., priority: 10 }`";
    const mx = domain.mx;
    if (mx === null) {
      ctx.report({ messageId: "noMx", data: { domain: domain.domain, example }, at: { path: domain.mail.path } });
    } else if (mx.entries.length === 0) {
      ctx.report({ messageId: "emptyMx", data: { domain: domain.domain, example }, at: { path: mx.path } });
    } else if (mx.preset === "null" || mx.entries.every((e) => e.host.trim() === ".")) {
      ctx.report({ messageId: "nullMx", data: { domain: domain.domain }, at: { path: mx.path } });
    }
  }
});

// src/rules/mx-not-ovh.ts
var mx_not_ovh_default = defineRule({
  meta: {
    id: "mx-not-ovh",
    area: "mx",
    description: "On OVH's shared mail offers every MX target is one of OVH's exchangers mx0..mx4.mail.ovh.net (or .ca).",
    references: ["OVH-MX"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    options: {
      type: "object",
      properties: {
        gateways: {
          type: "array",
          items: { type: "string" },
          description: "Host names of filtering gateways that relay to OVH and may stand in the MX set (trailing dot optional).",
          default: []
        }
      },
      additionalProperties: false
    },
    messages: {
      notOvh: {
        text: "MX target {{host}} is not an OVH exchanger, but the domain's mail is OVH {{offer}}: mail sent there never reaches the OVH mailboxes; use OVH's set ({{expected}})"
      }
    },
    fix: "mx: ovh, or list OVH's exchangers for the region (e.g. `- { host: mx1.mail.ovh.net., priority: 5 }`)."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhShared(domain) || domain.mx === null || domain.mx.preset !== null) return;
    const mx = domain.mx;
    const gateways = new Set(ctx.options.gateways.map((g) => g.trim().toLowerCase().replace(/\.$/, "")));
    const expected = ovhMxSet(domain.mail.region).map((e) => e.host).join(", ");
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind !== "hostname") continue;
      if (ovhMxHost(host) || isLegacyOvhMxHost(host)) continue;
      if (host.ascii !== null && gateways.has(host.ascii)) continue;
      ctx.report({
        messageId: "notOvh",
        data: { host: entry.host, offer: domain.mail.offer ?? "", expected },
        at: { path: mxFieldPath(mx, entry, "host") }
      });
    }
  }
});

// src/rules/mx-null-bad-form.ts
var NULL_LOOKALIKE = /^(\d+\s+\.|\.{2,}|localhost\.?)$/i;
var mx_null_bad_form_default = defineRule({
  meta: {
    id: "mx-null-bad-form",
    area: "mx",
    description: 'A null MX is written exactly as preference 0 with target ".".',
    references: ["RFC7505 §3"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      badPriority: { text: 'null MX "." has priority {{priority}}; RFC 7505 §3 requires 0' },
      badTarget: {
        text: 'MX target "{{host}}" looks like a null MX but is not one: the target must be the root "." alone, with priority 0 (RFC 7505 §3)'
      }
    },
    fix: 'mx: none (or `- { host: ".", priority: 0 }` as the only entry).'
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind === "null" && entry.priority !== 0) {
        ctx.report({ messageId: "badPriority", data: { priority: entry.priority }, at: { path: mxFieldPath(mx, entry, "priority") } });
      } else if (NULL_LOOKALIKE.test(entry.host.trim())) {
        ctx.report({ messageId: "badTarget", data: { host: entry.host }, at: { path: mxFieldPath(mx, entry, "host") } });
      }
    }
  }
});

// src/rules/mx-null-with-others.ts
var mx_null_with_others_default = defineRule({
  meta: {
    id: "mx-null-with-others",
    area: "mx",
    description: 'A null MX ("0 .") is the only MX record of the domain.',
    references: ["RFC7505 §3"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      withOthers: {
        text: 'the null MX "." says the domain accepts no mail, yet {{count}} other MX record(s) are listed ({{others}}); RFC 7505 §3 forbids mixing them: keep only the null MX, or remove it'
      }
    },
    fix: 'Either `mx: none` alone (no mail), or real exchangers without the "." entry.'
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    const entries = analyseMxEntries(mx);
    const nulls = entries.filter((e) => e.host.kind === "null");
    const others = entries.filter((e) => e.host.kind !== "null");
    if (nulls.length === 0 || others.length === 0) return;
    for (const { entry } of nulls) {
      ctx.report({
        messageId: "withOthers",
        data: { count: others.length, others: others.map((o) => o.entry.host).join(", ") },
        at: { path: mxFieldPath(mx, entry, "host") }
      });
    }
  }
});

// src/rules/mx-ovh-incomplete.ts
var mx_ovh_incomplete_default = defineRule({
  meta: {
    id: "mx-ovh-incomplete",
    area: "mx",
    description: "An OVH-hosted domain lists at least two of OVH's MX hosts, so senders have a backup exchanger.",
    references: ["OVH-MX", "RFC5321 §5.1"],
    defaultLevel: "info",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      single: {
        text: "only one OVH exchanger ({{host}}) is listed: senders have no backup when it is unavailable; add another from OVH's set ({{expected}}) or write `mx: ovh`"
      }
    },
    fix: "mx: ovh, or at least two of mx0..mx4.mail.ovh.net."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mx === null) return;
    const ovhHosts = /* @__PURE__ */ new Map();
    for (const { entry, host } of analyseMxEntries(domain.mx)) {
      const ovh = ovhMxHost(host);
      if (ovh) ovhHosts.set(ovh.host, entry.host);
    }
    if (ovhHosts.size !== 1) return;
    const [written] = ovhHosts.values();
    const expected = ovhMxSet(domain.mail.region).map((e) => e.host).join(", ");
    ctx.report({ messageId: "single", data: { host: written ?? "", expected }, at: { path: domain.mx.path } });
  }
});

// src/rules/mx-ovh-priority-drift.ts
var mx_ovh_priority_drift_default = defineRule({
  meta: {
    id: "mx-ovh-priority-drift",
    area: "mx",
    description: "OVH's MX hosts carry the priorities of OVH's published table.",
    references: ["OVH-MX", "WILD"],
    defaultLevel: "info",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      drift: {
        text: "{{host}} has priority {{priority}}, OVH's table gives it {{expected}}; this works, but matching the table keeps OVH's intended fallback order"
      }
    },
    fix: "Use OVH's priorities: mx0 1, mx1 5, mx2 50, mx3 100, mx4 200 (or write mx: ovh)."
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (!isOvhHosted(domain) || mx === null || mx.preset !== null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      const ovh = ovhMxHost(host);
      if (!ovh || entry.priority === ovh.tablePriority) continue;
      ctx.report({
        messageId: "drift",
        data: { host: entry.host, priority: entry.priority, expected: ovh.tablePriority },
        at: { path: mxFieldPath(mx, entry, "priority") }
      });
    }
  }
});

// src/rules/mx-ovh-region-mix.ts
var SUFFIX = { eu: "mail.ovh.net", ca: "mail.ovh.ca" };
var mx_ovh_region_mix_default = defineRule({
  meta: {
    id: "mx-ovh-region-mix",
    area: "mx",
    description: "OVH MX hosts all belong to one region (mail.ovh.net or mail.ovh.ca), the one declared in mail.region.",
    references: ["OVH-MX", "OVH-EXCA"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wrongRegion: {
        text: "{{host}} is an OVH exchanger of region {{hostRegion}} ({{hostSuffix}}), but mail.region is {{region}}: use {{expected}}"
      },
      mixed: {
        text: "the MX set mixes OVH's regions ({{netCount}} host(s) under mail.ovh.net, {{caCount}} under mail.ovh.ca); keep the hosts of the region that holds the mailboxes"
      }
    },
    fix: "List only the exchangers of the mailboxes' region (mx: ovh with the right mail.region)."
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null || mx.preset !== null) return;
    const ovh = analyseMxEntries(mx).map((a) => ({ ...a, ovh: ovhMxHost(a.host) })).filter((a) => a.ovh !== null);
    if (isOvhHosted(domain)) {
      const region = domain.mail.region;
      const table = ovhMxSet(region);
      for (const { entry, ovh: host } of ovh) {
        if (host.region === region) continue;
        ctx.report({
          messageId: "wrongRegion",
          data: { host: entry.host, hostRegion: host.region, hostSuffix: SUFFIX[host.region], region, expected: table[host.index].host },
          at: { path: mxFieldPath(mx, entry, "host") }
        });
      }
      return;
    }
    const netCount = ovh.filter((a) => a.ovh.region === "eu").length;
    const caCount = ovh.length - netCount;
    if (netCount > 0 && caCount > 0) ctx.report({ messageId: "mixed", data: { netCount, caCount }, at: { path: mx.path } });
  }
});

// src/rules/mx-priority-range.ts
var MAX_PREFERENCE = 65535;
var mx_priority_range_default = defineRule({
  meta: {
    id: "mx-priority-range",
    area: "mx",
    description: "MX priorities are integers from 0 to 65535.",
    references: ["RFC1035 §3.3.9", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      outOfRange: {
        text: "MX priority {{priority}} of {{host}} is outside 0..65535 (a 16-bit field, RFC 1035 §3.3.9); OVH's API rejects it"
      }
    },
    fix: "Use a priority between 0 and 65535, e.g. OVH's 1, 5, 50, 100, 200."
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    for (const entry of mx.entries) {
      if (Number.isInteger(entry.priority) && entry.priority >= 0 && entry.priority <= MAX_PREFERENCE) continue;
      ctx.report({ messageId: "outOfRange", data: { priority: String(entry.priority), host: entry.host }, at: { path: mxFieldPath(mx, entry, "priority") } });
    }
  }
});

// src/rules/mx-target-cname.ts
var mx_target_cname_default = defineRule({
  meta: {
    id: "mx-target-cname",
    area: "mx",
    description: "No MX exchange is an alias (CNAME) in live DNS.",
    references: ["RFC2181 §10.3", "RFC5321 §5.1"],
    defaultLevel: "error",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      alias: {
        text: "the MX exchange {{host}} is an alias (CNAME to {{target}}): MX targets must name a host with its own A/AAAA records (RFC 2181 §10.3, RFC 5321 §5.1)"
      },
      lookupFailed: {
        text: "could not check whether the MX exchange {{host}} is an alias: the CNAME lookup failed ({{reason}})",
        tier: "lower"
      }
    },
    fix: "Point the MX at the canonical host name: the target of the alias, which has A/AAAA records."
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.mx || domain.mx.preset === "null") return;
    const mx = domain.mx;
    const entries = analyseMxEntries(mx).filter((e) => isCleanHostname(e.host) && e.host.ascii !== null);
    const answers = await Promise.all(entries.map((e) => dns.cname(e.host.ascii)));
    entries.forEach(({ entry, host }, i) => {
      const answer = answers[i];
      const at = { path: mxFieldPath(mx, entry, "host") };
      if (answer.status === "ok" && answer.records.length > 0) {
        ctx.report({ messageId: "alias", data: { host: host.ascii, target: answer.records[0] }, at });
      } else if (answer.status === "failed") {
        ctx.report({ messageId: "lookupFailed", data: { host: host.ascii, reason: answer.reason }, at });
      }
    });
  }
});

// src/rules/mx-target-ip.ts
var mx_target_ip_default = defineRule({
  meta: {
    id: "mx-target-ip",
    area: "mx",
    description: "MX targets are host names, never IPv4 or IPv6 address literals.",
    references: ["RFC5321 §5.1", "RFC1035 §3.3.9"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ipLiteral: {
        text: "MX target {{address}} is an {{family}} address: an MX must name a host (RFC 5321 §5.1); publish an A/AAAA record such as mx.{{domain}}. for it and point the MX there"
      }
    },
    fix: "Point the MX at a host name with an A/AAAA record, e.g. `- { host: mx.example.com., priority: 10 }`."
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind !== "ipv4" && host.kind !== "ipv6") continue;
      const literal = host.problems.find((p) => p.code === "ip-literal");
      ctx.report({
        messageId: "ipLiteral",
        data: { address: literal?.text ?? entry.host, family: host.kind === "ipv4" ? "IPv4" : "IPv6", domain: domain.domain },
        at: {
          path: mxFieldPath(mx, entry, "host"),
          ...literal && isWrittenEntry(mx) ? { range: [literal.start, literal.end] } : {}
        }
      });
    }
  }
});

// src/rules/mx-target-not-hostname.ts
var MESSAGE_FOR2 = {
  scheme: "scheme",
  "at-sign": "atSign",
  port: "port",
  path: "path",
  whitespace: "whitespace",
  underscore: "underscore",
  empty: "empty",
  "bad-character": "badName",
  "hyphen-edge": "badName",
  "empty-label": "badName",
  "label-too-long": "badName",
  "name-too-long": "badName",
  "idn-invalid": "badName"
};
var REASON = {
  "bad-character": "only letters, digits, hyphens and dots are allowed",
  "hyphen-edge": "a label cannot start or end with a hyphen",
  "empty-label": "two dots in a row (or a leading dot) leave an empty label",
  "label-too-long": "a label is longer than 63 characters",
  "name-too-long": "the name is longer than 253 characters",
  "idn-invalid": "this label is not a valid internationalised (IDNA) label"
};
var mx_target_not_hostname_default = defineRule({
  meta: {
    id: "mx-target-not-hostname",
    area: "mx",
    description: "MX targets are bare host names: no URL scheme, path, port, e-mail address, spaces or underscores.",
    references: ["RFC1035 §3.3.9", "RFC1123 §2.1", "RFC5321 §5.1", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      scheme: { text: 'MX target "{{host}}" starts with the URL scheme "{{part}}": an MX names a host, not a URL; write {{instead}}' },
      atSign: { text: 'MX target "{{host}}" is an e-mail address: "{{part}}" is not part of a host name; write {{instead}}' },
      port: { text: 'MX target "{{host}}" has a port "{{part}}": MX delivery always uses port 25 (RFC 5321 §5.1) and the target holds only the host; write {{instead}}' },
      path: { text: 'MX target "{{host}}" has a path "{{part}}": the target holds only the host; write {{instead}}' },
      whitespace: { text: 'MX target "{{host}}" contains whitespace; write {{instead}}' },
      underscore: {
        text: 'MX target "{{host}}" contains "_": host names use letters, digits and hyphens only (RFC 1123 §2.1); underscores belong in SRV and TXT owner names'
      },
      empty: { text: `MX target is empty: write the exchanger's host name, or "." with priority 0 for a null MX (RFC 7505)` },
      badName: { text: 'MX target "{{host}}" is not a valid host name: {{reason}} ("{{part}}")' }
    },
    fix: "Write the host name alone with a trailing dot, e.g. `host: mx1.mail.ovh.net.`"
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      const instead = host.suggestion ? `"${host.suggestion}"` : "the exchanger's host name alone";
      for (const problem of host.problems) {
        const messageId = MESSAGE_FOR2[problem.code];
        if (!messageId) continue;
        ctx.report({
          messageId,
          data: { host: entry.host, part: problem.text, instead, reason: REASON[problem.code] ?? "" },
          at: { path: mxFieldPath(mx, entry, "host"), ...rangeOf(problem, isWrittenEntry(mx)) }
        });
      }
    }
  }
});
function rangeOf(problem, written) {
  return written && problem.end > problem.start ? { range: [problem.start, problem.end] } : {};
}

// src/rules/mx-target-unresolvable.ts
var mx_target_unresolvable_default = defineRule({
  meta: {
    id: "mx-target-unresolvable",
    area: "mx",
    description: "Every MX exchange exists in live DNS and has A or AAAA records.",
    references: ["RFC5321 §5.1"],
    defaultLevel: "error",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSuchHost: {
        text: "the MX exchange {{host}} does not exist (NXDOMAIN): mail sent to this exchange cannot be delivered (RFC 5321 §5.1)"
      },
      noAddress: {
        text: "the MX exchange {{host}} has no A or AAAA records: senders cannot connect to it (RFC 5321 §5.1)"
      },
      lookupFailed: {
        text: "could not resolve the MX exchange {{host}}: the address lookup failed ({{reason}}); whether it exists is unknown",
        tier: "lower"
      }
    },
    fix: "Point the MX at a host that exists, e.g. OVH's mx0.mail.ovh.net. for an OVH-hosted domain."
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.mx || domain.mx.preset === "null") return;
    const mx = domain.mx;
    const entries = analyseMxEntries(mx).filter((e) => isCleanHostname(e.host) && e.host.ascii !== null);
    const answers = await Promise.all(entries.map((e) => dns.addresses(e.host.ascii)));
    entries.forEach(({ entry, host }, i) => {
      const answer = answers[i];
      const at = { path: mxFieldPath(mx, entry, "host") };
      const data = { host: host.ascii };
      if (answer.status === "nxdomain") ctx.report({ messageId: "noSuchHost", data, at });
      else if (answer.status === "nodata") ctx.report({ messageId: "noAddress", data, at });
      else if (answer.status === "failed") ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
    });
  }
});

// src/rules/mx-trailing-dot.ts
var mx_trailing_dot_default = defineRule({
  meta: {
    id: "mx-trailing-dot",
    area: "mx",
    description: "MX targets are written as absolute names, with a trailing dot.",
    references: ["OVH-DKIM", "MGR", "RFC1035 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      relative: {
        text: 'MX target {{host}} has no trailing dot: in zone-file terms it is relative to the zone ({{relative}}); write "{{absolute}}"'
      }
    },
    fix: "Add the trailing dot: `host: mx1.mail.ovh.net.`"
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null || !isWrittenEntry(mx)) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind !== "hostname" || host.problems.length > 0 || host.trailingDot || host.ascii === null) continue;
      ctx.report({
        messageId: "relative",
        data: { host: entry.host, relative: `${host.ascii}.${domain.domain}.`, absolute: `${host.ascii}.` },
        at: { path: mxFieldPath(mx, entry, "host"), range: [host.hostStart, host.hostEnd] }
      });
    }
  }
});

// src/rules/ovh-verification-cname-leftover.ts
var CHECK_LABEL = /^[a-z0-9-]*[a-z0-9]-check$/;
var ovh_verification_cname_leftover_default = defineRule({
  meta: {
    id: "ovh-verification-cname-leftover",
    area: "ovh",
    description: "Flags OVH's one-off `<token>-check` ownership CNAME, to remove once the domain is validated.",
    references: ["OVH-MAILDNS"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      leftover: {
        text: "{{name}} looks like OVH's one-off ownership CNAME (<token>-check): OVH reads it only while validating the domain for Email Pro/Exchange; remove it once validation is done"
      }
    },
    fix: "Delete the `-check` CNAME after OVH has validated the domain."
  },
  check(ctx) {
    for (const cname of ctx.domain.cname) {
      const owner = relativeOwner(cname.name, ctx.domain.domain);
      const firstLabel = owner.split(".")[0] ?? "";
      if (!CHECK_LABEL.test(firstLabel)) continue;
      ctx.report({ messageId: "leftover", data: { name: cname.name }, at: { path: [...cname.path, "name"] } });
    }
  }
});

// src/rules/spf-duplicate-include.ts
var LOOKUP = /* @__PURE__ */ new Set(["include", "a", "mx", "ptr", "exists"]);
function identity(term) {
  if (!term.known || term.name === "all") return null;
  if (term.name === "ip4" || term.name === "ip6") {
    if (term.ip === null) return null;
    return `${term.name}:${term.ip.toLowerCase()}/${term.name === "ip4" ? term.cidr4 ?? 32 : term.cidr6 ?? 128}`;
  }
  const target = term.domainSpec === null ? "" : normalizeDomainSpec(term.domainSpec);
  return `${term.name}:${target}/${term.cidr4 ?? ""}//${term.cidr6 ?? ""}`;
}
var spf_duplicate_include_default = defineRule({
  meta: {
    id: "spf-duplicate-include",
    area: "spf",
    description: "No SPF mechanism (include, a, mx, ptr, exists, ip4, ip6) is listed twice.",
    references: ["RFC7208 §4.6.4", "RFC7208 §3.4"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicateLookup: { text: "`{{term}}` repeats `{{first}}`: it can match nothing new and costs one more of the 10 DNS lookups (RFC 7208 §4.6.4); remove it" },
      duplicate: { text: "`{{term}}` repeats `{{first}}` and can match nothing new; remove it" }
    },
    fix: "List each sender once."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const seen = /* @__PURE__ */ new Map();
    for (const term of mechanisms(found.record)) {
      const key = identity(term);
      if (key === null) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, term);
        continue;
      }
      ctx.report({
        messageId: LOOKUP.has(term.name) ? "duplicateLookup" : "duplicate",
        data: { term: term.text, first: first.text },
        at: ctx.textAnchor(found.text, term.start, term.end)
      });
    }
  }
});

// src/rules/spf-duplicate-modifier.ts
var spf_duplicate_modifier_default = defineRule({
  meta: {
    id: "spf-duplicate-modifier",
    area: "spf",
    description: "redirect= and exp= appear at most once each in an SPF record.",
    references: ["RFC7208 §6"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "`{{term}}`: {{name}}= already appears as `{{first}}`; a second one makes the record a permerror (RFC 7208 §6)" }
    },
    fix: "Keep one `redirect=` (and one `exp=`)."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    const all = modifiers(record);
    for (const error of errorsFor(record, "spf-duplicate-modifier")) {
      const term = all.find((m) => m.start === error.start);
      if (!term) continue;
      const first = all.find((m) => m.name === term.name);
      ctx.report({
        messageId: "duplicate",
        data: { term: term.text, name: term.name, first: first.text },
        at: ctx.textAnchor(text, term.start, term.end)
      });
    }
  }
});

// src/mail/spf-live.ts
var DEFAULT_MAX_DEPTH = 12;
var DEFAULT_MAX_LOOKUPS = 50;
function isSpfText(text) {
  const lower = text.slice(0, 7).toLowerCase();
  return lower === "v=spf1" || lower === "v=spf1 ";
}
function queryFor(term, domain) {
  if (term.macros.length > 0) return { kind: "none" };
  if (term.kind === "modifier") return { kind: "spf", name: normalizeDomainSpec(term.value), mode: "redirect" };
  const target = term.domainSpec === null ? domain : normalizeDomainSpec(term.domainSpec);
  switch (term.name) {
    case "include":
      return term.domainSpec === null ? { kind: "none" } : { kind: "spf", name: target, mode: "include" };
    case "mx":
      return { kind: "mx", name: target };
    case "a":
      return { kind: "addresses", name: target };
    case "exists":
      return term.domainSpec === null ? { kind: "none" } : { kind: "addresses", name: target };
    default:
      return { kind: "none" };
  }
}
function ask(dns, query) {
  switch (query.kind) {
    case "spf":
      return dns.txt(query.name);
    case "mx":
      return dns.mx(query.name);
    case "addresses":
      return dns.addresses(query.name);
    default:
      return Promise.resolve(null);
  }
}
function queryName(query) {
  return query.kind === "spf" ? "TXT" : query.kind === "mx" ? "MX" : "A/AAAA";
}
async function safely(promise) {
  try {
    return await promise;
  } catch (error) {
    return { status: "failed", reason: "network", detail: error instanceof Error ? error.message : String(error) };
  }
}
async function walkRecord(walk, record, domain, chain, top) {
  const { tree } = walk;
  const entries = lookupTerms(record).filter((entry) => entry.reachable);
  const room = Math.max(0, walk.maxLookups - tree.lookups);
  const queries = entries.map((entry) => queryFor(entry.term, domain));
  const answers = queries.map((query, i) => i < room ? safely(ask(walk.dns, query)) : Promise.resolve(null));
  for (let i = 0; i < entries.length; i++) {
    const term = entries[i].term;
    if (tree.lookups >= walk.maxLookups) {
      tree.truncated = true;
      return;
    }
    const here = top ?? { term: term.text, start: term.start, end: term.end };
    const before = tree.lookups;
    tree.lookups += 1;
    const query = queries[i];
    const place = { top: here, chain, term: term.text };
    const answer = await (i < room ? answers[i] : safely(ask(walk.dns, query)));
    if (answer !== null) await follow(walk, query, answer, place, chain);
    if (top === null) {
      const cost = { ...here, cost: tree.lookups - before };
      tree.perTerm.push(cost);
    }
  }
}
async function follow(walk, query, answer, place, chain) {
  const { tree } = walk;
  if (query.kind === "none") return;
  if (answer.status === "failed") {
    tree.failures.push({ ...place, name: query.name, query: queryName(query), reason: answer.reason, ...answer.detail ? { detail: answer.detail } : {} });
    tree.complete = false;
    return;
  }
  if (answer.status !== "ok") {
    tree.voids.push({ ...place, name: query.name, query: queryName(query), status: answer.status });
    if (query.kind === "spf") tree.missingRecords.push({ ...place, target: query.name, kind: query.mode, status: answer.status });
    return;
  }
  if (query.kind === "mx") {
    const hosts = answer.records.filter((r) => r.exchange !== "").length;
    tree.mxSets.push({ ...place, name: query.name, hosts });
    return;
  }
  if (query.kind !== "spf") return;
  const spfTexts = answer.records.filter(isSpfText);
  if (spfTexts.length === 0) {
    tree.missingRecords.push({ ...place, target: query.name, kind: query.mode, status: "no-spf" });
    return;
  }
  if (spfTexts.length > 1) {
    tree.multipleRecords.push({ ...place, target: query.name, kind: query.mode, count: spfTexts.length });
    return;
  }
  if (chain.includes(query.name)) {
    tree.loops.push({ ...place, target: query.name, kind: query.mode });
    return;
  }
  if (chain.length > walk.maxDepth) {
    tree.truncated = true;
    tree.complete = false;
    return;
  }
  await walkRecord(walk, parseIncluded(spfTexts[0]), query.name, [...chain, query.name], place.top);
}
var includedRecords = /* @__PURE__ */ new Map();
var MAX_INCLUDED_RECORDS = 1e4;
function parseIncluded(text) {
  let record = includedRecords.get(text);
  if (!record) {
    record = parseSpf(text);
    if (includedRecords.size >= MAX_INCLUDED_RECORDS) includedRecords.delete(includedRecords.keys().next().value);
    includedRecords.set(text, record);
  }
  return record;
}
async function evaluateSpfTree(domain, text, dns, options = {}) {
  const tree = {
    lookups: 0,
    perTerm: [],
    voids: [],
    loops: [],
    missingRecords: [],
    multipleRecords: [],
    mxSets: [],
    failures: [],
    truncated: false,
    complete: true
  };
  const walk = {
    dns,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxLookups: options.maxLookups ?? DEFAULT_MAX_LOOKUPS,
    tree
  };
  const apex = normalizeDomainSpec(domain);
  await walkRecord(walk, parseSpf(text), apex, [apex], null);
  if (tree.truncated) tree.complete = false;
  if (options.senderAt) {
    for (const entry of tree.perTerm) {
      const sender = options.senderAt(entry.start, entry.end);
      if (sender !== null) entry.sender = sender;
    }
  }
  return tree;
}
function senderAt(model, text) {
  return (start) => {
    const segment = text.segments?.find((s) => start >= s.start && start < s.end);
    if (!segment || segment.path[1] !== "senders" || typeof segment.path[2] !== "number") return null;
    return model.spf?.senders[segment.path[2]]?.name ?? null;
  };
}
var trees = /* @__PURE__ */ new WeakMap();
function domainSpfTree(model, dns) {
  const found = spfRecord(model);
  if (!found) return null;
  let byText = trees.get(dns);
  if (!byText) trees.set(dns, byText = /* @__PURE__ */ new WeakMap());
  let tree = byText.get(found.text);
  if (!tree) {
    tree = evaluateSpfTree(model.domain, found.text.value, dns, { senderAt: senderAt(model, found.text) });
    byText.set(found.text, tree);
  }
  return tree.then((t) => ({ text: found.text, tree: t }));
}
function formatChain(chain) {
  return chain.join(" → ");
}
function formatCosts(perTerm) {
  return perTerm.map((entry) => `${entry.term} ${entry.cost}${entry.sender ? ` (${entry.sender})` : ""}`).join(", ");
}

// src/rules/spf-include-loop.ts
var spf_include_loop_default = defineRule({
  meta: {
    id: "spf-include-loop",
    area: "spf",
    description: "No include:/redirect= chain met during SPF evaluation comes back to a domain it already passed through (checked with live DNS).",
    references: ["RFC7208 §4.6.4", "RFC7208 §5.2", "RFC7208 §6.1"],
    defaultLevel: "error",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      loop: {
        text: "`{{term}}` closes a loop: {{loop}}. Evaluation never ends on its own; receivers stop at the 10-lookup limit with permerror (RFC 7208 §4.6.4)"
      }
    },
    fix: "Break the cycle: the record at the end of the chain must not include or redirect back to one above it."
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    for (const loop of tree.loops) {
      ctx.report({
        messageId: "loop",
        data: { term: loop.term, loop: formatChain([...loop.chain, loop.target]) },
        at: ctx.textAnchor(text, loop.top.start, loop.top.end)
      });
    }
  }
});

// src/rules/spf-include-no-record.ts
function via(place) {
  return place.chain.length > 1 ? `, reached through ${formatChain(place.chain)}` : "";
}
var spf_include_no_record_default = defineRule({
  meta: {
    id: "spf-include-no-record",
    area: "spf",
    description: "Every include: and redirect= target reached during SPF evaluation publishes an SPF record (checked with live DNS).",
    references: ["RFC7208 §5.2", "RFC7208 §6.1", "RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSuchName: {
        text: "`{{term}}` points at {{target}}, which does not exist (NXDOMAIN): evaluation ends in permerror (RFC 7208 §5.2/§6.1){{via}}"
      },
      noSpf: {
        text: "`{{term}}` points at {{target}}, which publishes no v=spf1 record{{found}}: evaluation ends in permerror (RFC 7208 §5.2/§6.1){{via}}"
      },
      lookupFailed: {
        text: "could not check `{{term}}`: the TXT lookup of {{target}} failed ({{reason}}){{via}}; whether it publishes SPF is unknown",
        tier: "lower"
      }
    },
    fix: "Remove the include of a sender you no longer use, or correct the name to the one the sender documents."
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    for (const missing of tree.missingRecords) {
      const at = ctx.textAnchor(text, missing.top.start, missing.top.end);
      const data = { term: missing.term, target: missing.target, via: via(missing) };
      if (missing.status === "nxdomain") ctx.report({ messageId: "noSuchName", data, at });
      else ctx.report({ messageId: "noSpf", data: { ...data, found: missing.status === "nodata" ? " (no TXT at all)" : " (only other TXT records)" }, at });
    }
    for (const failure of tree.failures.filter((f) => f.query === "TXT")) {
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, target: failure.name, reason: failure.reason, via: via(failure) },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end)
      });
    }
  }
});

// src/rules/spf-invalid-cidr.ts
var spf_invalid_cidr_default = defineRule({
  meta: {
    id: "spf-invalid-cidr",
    area: "spf",
    description: "ip4/ip6 values are addresses of their family and every CIDR length is well-formed and in range (ip4 ≤ 32, ip6 ≤ 128).",
    references: ["RFC7208 §5.6", "RFC7208 §5.3", "RFC7208 §5.4", "RFC7208 §12"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalidCidr: { text: "`{{term}}`: {{detail}}; the whole record is a permerror (RFC 7208 §5.6)" },
      invalidIp: { text: "`{{term}}`: {{detail}}; the whole record is a permerror (RFC 7208 §5.6)" }
    },
    fix: "`ip4:192.0.2.0/24`, `ip6:2001:db8::/32`, `a/24//64`."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    for (const error of errorsFor(record, "spf-invalid-cidr")) {
      ctx.report({
        messageId: error.code === "invalid-ip" ? "invalidIp" : "invalidCidr",
        data: { term: termTextAt(record, error), detail: error.message },
        at: ctx.textAnchor(text, error.start, error.end)
      });
    }
  }
});

// src/rules/spf-lookup-budget-change.ts
var STATIC_BASIS = "the records' own terms; includes not resolved";
var LIVE_BASIS = "through every include and redirect";
function ownCount(model) {
  const found = spfRecord(model);
  return found ? countLookups(found.record) : 0;
}
async function liveCount(model, dns) {
  const walked = domainSpfTree(model, dns);
  if (!walked) return 0;
  const { tree } = await walked;
  return tree.complete ? tree.lookups : null;
}
var spf_lookup_budget_change_default = defineRule({
  meta: {
    id: "spf-lookup-budget-change",
    area: "spf",
    description: "Shows how a change moves the domain's SPF DNS-lookup count (live record before, file after), and warns when it grows to the warning threshold.",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "warn",
    kind: "transition",
    options: {
      type: "object",
      properties: {
        warnAt: { type: "integer", minimum: 1, description: "Report at the rule's level when the count grows from below this to this or more (spf-lookup-limit's default warning threshold: 8).", default: 8 }
      },
      additionalProperties: false
    },
    messages: {
      changed: {
        text: "SPF lookups: {{before}} → {{after}} of 10 (counted {{basis}})",
        tier: "info"
      },
      crossesWarn: {
        text: "SPF lookups: {{before}} → {{after}} of 10 (counted {{basis}}): the change reaches {{warnAt}} or more, leaving little room before RFC 7208 §4.6.4's limit of 10"
      }
    },
    fix: "Drop senders no longer used, or replace an include with the sender's ip4:/ip6: ranges, to keep room under 10."
  },
  async check(ctx) {
    const { domain, observed, dns } = ctx;
    if (!observed) return;
    let before = null;
    let after = null;
    if (dns) [before, after] = await Promise.all([liveCount(observed, dns), liveCount(domain, dns)]);
    const live = before !== null && after !== null;
    if (!live) [before, after] = [ownCount(observed), ownCount(domain)];
    if (before === after) return;
    const { warnAt } = ctx.options;
    const data = { before, after, basis: live ? LIVE_BASIS : STATIC_BASIS, warnAt };
    const at = { path: domain.spf ? domain.spf.path : ["domain"] };
    ctx.report({ messageId: before < warnAt && after >= warnAt ? "crossesWarn" : "changed", data, at });
  }
});

// src/rules/spf-lookup-limit.ts
var spf_lookup_limit_default = defineRule({
  meta: {
    id: "spf-lookup-limit",
    area: "spf",
    description: "SPF evaluation stays within the RFC 7208 limit of 10 DNS lookups: counted through every include and redirect with live DNS, or the record's own terms (a lower bound) without.",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "static",
    options: {
      type: "object",
      properties: {
        max: { type: "integer", minimum: 1, description: "Lookups allowed (RFC 7208 §4.6.4: 10); more is reported at the rule's level.", default: 10 },
        warnAt: { type: "integer", minimum: 1, description: "From this many lookups on, report one level lower: little room is left for what includes add.", default: 8 }
      },
      additionalProperties: false
    },
    messages: {
      overLimit: {
        text: "the record itself needs {{count}} DNS lookups, more than the {{max}} RFC 7208 §4.6.4 allows: evaluation fails with permerror at `{{term}}` (includes add their own lookups on top)"
      },
      nearLimit: {
        text: "the record itself already needs {{count}} of the {{max}} DNS lookups RFC 7208 §4.6.4 allows (from `{{term}}` on); every include adds its own, so the real count is higher",
        tier: "lower"
      },
      overLimitLive: {
        text: "evaluating the SPF record takes {{count}} DNS lookups through its includes and redirects, more than the {{max}} RFC 7208 §4.6.4 allows: receivers stop with permerror within `{{term}}` (lookups per term: {{costs}})"
      },
      nearLimitLive: {
        text: "evaluating the SPF record takes {{count}} of the {{max}} DNS lookups RFC 7208 §4.6.4 allows, counted through its includes and redirects (lookups per term: {{costs}})",
        tier: "lower"
      },
      countIncomplete: {
        text: "the SPF lookup count is incomplete: the {{query}} lookup of {{name}} failed ({{reason}}), so what lies behind `{{term}}` is unknown; {{count}} lookups counted so far (lookups per term: {{costs}})",
        tier: "lower"
      }
    },
    fix: "Drop unused senders, replace a/mx/ptr with ip4:/ip6:, or merge vendors' includes."
  },
  check(ctx) {
    if (ctx.dns) return checkLive(ctx);
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { max, warnAt } = ctx.options;
    const reachable = lookupTerms(found.record).filter((entry) => entry.reachable);
    let count = 0;
    let overAt;
    let nearAt;
    for (const entry of reachable) {
      count += entry.cost;
      if (count > max && !overAt) overAt = entry;
      if (count >= warnAt && !nearAt) nearAt = entry;
    }
    const at = overAt ?? nearAt;
    if (!at) return;
    ctx.report({
      messageId: overAt ? "overLimit" : "nearLimit",
      data: { count, max, term: at.term.text },
      at: ctx.textAnchor(found.text, at.term.start, at.term.end)
    });
  }
});
async function checkLive(ctx) {
  const walked = await domainSpfTree(ctx.domain, ctx.dns);
  if (!walked) return;
  const { text, tree } = walked;
  const { max, warnAt } = ctx.options;
  const costs = formatCosts(tree.perTerm) || "none";
  let running = 0;
  let overAt;
  let nearAt;
  for (const entry of tree.perTerm) {
    running += entry.cost;
    if (running > max && !overAt) overAt = entry;
    if (running >= warnAt && !nearAt) nearAt = entry;
  }
  if (overAt) {
    ctx.report({ messageId: "overLimitLive", data: { count: tree.lookups, max, term: overAt.term, costs }, at: ctx.textAnchor(text, overAt.start, overAt.end) });
    return;
  }
  const failure = tree.failures[0];
  if (failure) {
    ctx.report({
      messageId: "countIncomplete",
      data: { count: tree.lookups, query: failure.query, name: failure.name, reason: failure.reason, term: failure.top.term, costs },
      at: ctx.textAnchor(text, failure.top.start, failure.top.end)
    });
    return;
  }
  if (nearAt) {
    ctx.report({ messageId: "nearLimitLive", data: { count: tree.lookups, max, costs }, at: ctx.textAnchor(text, nearAt.start, nearAt.end) });
  }
}

// src/rules/spf-macro-syntax.ts
var spf_macro_syntax_default = defineRule({
  meta: {
    id: "spf-macro-syntax",
    area: "spf",
    description: "SPF macros are well-formed %{...} expands or %% %_ %- escapes, and c/r/t only appear in explanation text.",
    references: ["RFC7208 §7.1", "RFC7208 §7.3"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      malformed: { text: "`{{term}}`: {{detail}} (RFC 7208 §7.1)" },
      explanationOnly: { text: "`{{term}}`: {{detail}} (RFC 7208 §7.1); in the record it is a permerror" }
    },
    fix: "`exists:%{i}._spf.example.com`; write `%%` for a literal percent sign."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    for (const error of errorsFor(record, "spf-macro-syntax")) {
      ctx.report({
        messageId: error.code === "macro-context" ? "explanationOnly" : "malformed",
        data: { term: termTextAt(record, error), detail: error.message },
        at: ctx.textAnchor(text, error.start, error.end)
      });
    }
  }
});

// src/rules/spf-missing.ts
var spf_missing_default = defineRule({
  meta: {
    id: "spf-missing",
    area: "spf",
    description: "A domain that sends mail declares an SPF record.",
    references: ["RFC7208 §2.3", "OVH-SPF"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: '{{domain}} sends mail but declares no SPF record: receivers get "none" and cannot tell forged mail apart (RFC 7208 §2.3); add `spf: "{{example}}"`'
      }
    },
    fix: 'spf: "v=spf1 include:mx.ovh.com ~all" (OVH shared offers), listing every other sender too.'
  },
  check(ctx) {
    const { domain } = ctx;
    if (!domain.mail.sends || domain.spf) return;
    const example = isOvhShared(domain) ? `v=spf1 include:${OVH_SPF_INCLUDE} ~all` : "v=spf1 <your senders> ~all";
    ctx.report({ messageId: "missing", data: { domain: domain.domain, example }, at: { path: domain.mail.path } });
  }
});

// src/rules/spf-missing-all.ts
var spf_missing_all_default = defineRule({
  meta: {
    id: "spf-missing-all",
    area: "spf",
    description: "The SPF record ends with an all mechanism or delegates with redirect=.",
    references: ["RFC7208 §4.7", "RFC7208 §5.1", "RFC7208 §6.1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingAll: { text: 'the SPF record has neither an all mechanism nor redirect=, so unlisted senders get "neutral" (RFC 7208 §4.7); end it with ~all or -all' }
    },
    fix: "Append `~all` (or `-all` once every sender is listed)."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record } = found;
    if (record.terms.some((t) => t.name === "all" || t.kind === "modifier" && t.name === "redirect")) return;
    const [start, end] = wholeRecord(record);
    ctx.report({ messageId: "missingAll", at: ctx.textAnchor(found.text, start, end) });
  }
});

// src/rules/spf-missing-ovh-include.ts
var UNDOCUMENTED_OVH_INCLUDE = "mx.ovh.net";
var spf_missing_ovh_include_default = defineRule({
  meta: {
    id: "spf-missing-ovh-include",
    area: "spf",
    description: "Domains on OVH's shared mail offers authorise OVH's servers with include:mx.ovh.com.",
    references: ["OVH-SPF"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "{{domain}} uses OVH's {{offer}} offer but its SPF record has no include:mx.ovh.com, so mail sent through OVH fails SPF (OVH-SPF); add it before the all (if another of your includes already pulls it in, only the live check can tell: suppress with a reason)"
      },
      notPass: {
        text: "`{{term}}` lists OVH's servers with the {{qualifier}} qualifier, so their mail does not pass SPF; write include:mx.ovh.com"
      },
      undocumentedInclude: {
        text: "`{{term}}`: mx.ovh.net is not an SPF domain OVH documents; OVH's guide uses include:mx.ovh.com"
      },
      extraUndocumentedInclude: {
        text: "`{{term}}`: mx.ovh.net is not an SPF domain OVH documents and include:mx.ovh.com is already present; remove it (it costs a DNS lookup)",
        tier: "info"
      }
    },
    fix: "v=spf1 include:mx.ovh.com <other senders> ~all"
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhShared(domain)) return;
    const found = spfRecord(domain);
    if (!found) return;
    const { record, text } = found;
    const includes = mechanisms(record).filter((m) => m.name === "include" && m.domainSpec !== null);
    const ovh = includes.filter((m) => normalizeDomainSpec(m.domainSpec) === OVH_SPF_INCLUDE);
    const undocumented = includes.filter((m) => normalizeDomainSpec(m.domainSpec) === UNDOCUMENTED_OVH_INCLUDE);
    const report = (messageId, term, data = {}) => ctx.report({ messageId, data: { term: term.text, ...data }, at: ctx.textAnchor(text, term.start, term.end) });
    if (ovh.some((m) => m.qualifier === "+")) {
      for (const term of undocumented) report("extraUndocumentedInclude", term);
      return;
    }
    if (ovh.length > 0) {
      report("notPass", ovh[0], { qualifier: ovh[0].qualifier });
      return;
    }
    if (undocumented.length > 0) {
      for (const term of undocumented) report("undocumentedInclude", term);
      return;
    }
    const redirects = modifiers(record).some((m) => m.name === "redirect");
    if (redirects && !firstAll(record)) return;
    const [start, end] = wholeRecord(record);
    ctx.report({
      messageId: "missing",
      data: { domain: domain.domain, offer: domain.mail.offer ?? "" },
      at: ctx.textAnchor(text, start, end)
    });
  }
});

// src/rules/spf-multiple.ts
var spf_multiple_default = defineRule({
  meta: {
    id: "spf-multiple",
    area: "spf",
    description: "The domain, and every include/redirect target its SPF reaches, publishes at most one v=spf1 record (checked with live DNS).",
    references: ["RFC7208 §3.2", "RFC7208 §4.5", "OVH-SPF"],
    defaultLevel: "error",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      multiple: {
        text: "{{name}} publishes {{count}} v=spf1 records live ({{records}}): receivers return permerror and no SPF applies (RFC 7208 §3.2, §4.5); check both the SPF and the TXT entries in OVH's panel"
      },
      multipleAtTarget: {
        text: "`{{term}}` points at {{target}}, which publishes {{count}} v=spf1 records: evaluation ends in permerror (RFC 7208 §4.5){{via}}"
      },
      lookupFailed: {
        text: "could not count the SPF records of {{name}}: the TXT lookup failed ({{reason}})",
        tier: "lower"
      }
    },
    fix: "Keep one v=spf1 TXT record per name: merge the terms and delete the other record (the apply of this file replaces the apex SPF record with one)."
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    if (!dns) return;
    const at = { path: domain.spf ? domain.spf.path : ["domain"], name: domain.domain };
    const apex = await dns.txt(domain.domain).catch((error) => ({ status: "failed", reason: "network", detail: String(error) }));
    if (apex.status === "failed") {
      ctx.report({ messageId: "lookupFailed", data: { name: domain.domain, reason: apex.reason }, at });
    } else if (apex.status === "ok") {
      const records = apex.records.filter(isSpfText);
      if (records.length > 1) {
        ctx.report({ messageId: "multiple", data: { name: domain.domain, count: records.length, records: records.map((r) => `"${shorten(r)}"`).join(", ") }, at });
      }
    }
    const walked = await domainSpfTree(domain, dns);
    if (!walked) return;
    for (const found of walked.tree.multipleRecords) {
      ctx.report({
        messageId: "multipleAtTarget",
        data: { term: found.term, target: found.target, count: found.count, via: found.chain.length > 1 ? `, reached through ${formatChain(found.chain)}` : "" },
        at: ctx.textAnchor(walked.text, found.top.start, found.top.end)
      });
    }
  }
});

// src/rules/spf-mx-address-limit.ts
function via2(place) {
  return place.chain.length > 1 ? `, reached through ${formatChain(place.chain)}` : "";
}
var spf_mx_address_limit_default = defineRule({
  meta: {
    id: "spf-mx-address-limit",
    area: "spf",
    description: "No `mx` term met during SPF evaluation names a domain with more than 10 MX hosts (checked with live DNS).",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    options: {
      type: "object",
      properties: {
        max: { type: "integer", minimum: 1, description: "MX hosts one `mx` term may name (RFC 7208 §4.6.4: 10).", default: 10 }
      },
      additionalProperties: false
    },
    messages: {
      tooManyHosts: {
        text: "`{{term}}` makes receivers look up the addresses of {{hosts}} MX hosts of {{name}}, more than the {{max}} RFC 7208 §4.6.4 allows: the mx mechanism ends in permerror{{via}}"
      },
      lookupFailed: {
        text: "could not count the MX hosts behind `{{term}}`: the MX lookup of {{name}} failed ({{reason}}){{via}}",
        tier: "lower"
      }
    },
    fix: "Replace the `mx` term with the sending provider's include: or with ip4:/ip6: ranges."
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    const { max } = ctx.options;
    for (const over of tree.mxSets) {
      if (over.hosts <= max) continue;
      ctx.report({
        messageId: "tooManyHosts",
        data: { term: over.term, hosts: over.hosts, name: over.name, max, via: via2(over) },
        at: ctx.textAnchor(text, over.top.start, over.top.end)
      });
    }
    for (const failure of tree.failures.filter((f) => f.query === "MX")) {
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, name: failure.name, reason: failure.reason, via: via2(failure) },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end)
      });
    }
  }
});

// src/rules/spf-no-mail-domain.ts
function isRejectAll(record) {
  const [only] = record.terms;
  return record.version.valid && record.errors.length === 0 && record.terms.length === 1 && only?.kind === "mechanism" && only.name === "all" && only.qualifier === "-";
}
var spf_no_mail_domain_default = defineRule({
  meta: {
    id: "spf-no-mail-domain",
    area: "spf",
    description: "A domain that sends no mail publishes exactly v=spf1 -all.",
    references: ["MS-DMARC", "RFC7208 §8.4", "RFC7208 §5.1"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: { text: "{{domain}} sends no mail but publishes no SPF record; publish `v=spf1 -all` so receivers fail mail forged in its name" },
      notRejectAll: { text: "{{domain}} sends no mail, so its SPF record should be exactly `v=spf1 -all` (it authorises nobody); found `{{record}}`" }
    },
    fix: 'spf: "v=spf1 -all"'
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.mail.sends) return;
    const found = domainSpf(domain);
    if (!found) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: domain.mail.path } });
      return;
    }
    if (isRejectAll(found.record)) return;
    const [start, end] = wholeRecord(found.record);
    ctx.report({
      messageId: "notRejectAll",
      data: { domain: domain.domain, record: found.text.value.trim() },
      at: ctx.textAnchor(found.text, start, end)
    });
  }
});

// src/rules/spf-permissive-all.ts
var spf_permissive_all_default = defineRule({
  meta: {
    id: "spf-permissive-all",
    area: "spf",
    description: "The SPF record's all mechanism does not pass (+all, all) or stay neutral (?all) for unlisted senders.",
    references: ["RFC7208 §5.1", "RFC7208 §4.6.2", "RFC7208 §8.2"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      passAll: { text: '`{{term}}` lets every host on the Internet send mail as {{domain}} (result "pass", RFC 7208 §5.1); end with ~all or -all' },
      neutralAll: { text: "`{{term}}` gives unlisted senders a neutral result (RFC 7208 §8.2), as if there were no policy; end with ~all or -all", tier: "lower" }
    },
    fix: "End the record with `~all` (softfail) or `-all` (fail)."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all || all.qualifier !== "+" && all.qualifier !== "?") return;
    ctx.report({
      messageId: all.qualifier === "+" ? "passAll" : "neutralAll",
      data: { term: all.text, domain: ctx.domain.domain },
      at: ctx.textAnchor(found.text, all.start, all.end)
    });
  }
});

// src/mail/spf-ip.ts
import { isIP as isIP2 } from "node:net";
function ipToBigInt(address) {
  const family = address.includes("%") ? 0 : isIP2(address);
  if (family === 4) {
    return { value: address.split(".").reduce((acc, octet) => acc << 8n | BigInt(Number(octet)), 0n), bits: 32 };
  }
  if (family !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipToBigInt(dotted[1]).value;
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === void 0 || tail === "" ? [] : tail.split(":");
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array(tail === void 0 ? 0 : missing).fill("0"), ...tailGroups];
  return { value: groups.reduce((acc, group) => acc << 16n | BigInt(parseInt(group, 16)), 0n), bits: 128 };
}
function ipInNetwork(address, network, prefix) {
  const [addressText = "", ownPrefixText] = address.split("/");
  const ip = ipToBigInt(addressText);
  const net = ipToBigInt(network);
  if (!ip || !net || ip.bits !== net.bits) return false;
  const length = prefix ?? net.bits;
  const ownLength = ownPrefixText === void 0 ? ip.bits : Number(ownPrefixText);
  if (!Number.isInteger(ownLength) || ownLength < length) return false;
  const shift = BigInt(net.bits - length);
  return ip.value >> shift === net.value >> shift;
}

// src/rules/spf-private-exchange-ips.ts
var spf_private_exchange_ips_default = defineRule({
  meta: {
    id: "spf-private-exchange-ips",
    area: "spf",
    description: "A Private Exchange domain's SPF record lists every declared sending address (mail.ips) with ip4:/ip6:.",
    references: ["OVH-SPF", "RFC7208 §5.6"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notListed: {
        text: "the Private Exchange server address {{ip}} (mail.ips) is not covered by any ip4:/ip6: term, so its mail fails SPF (OVH-SPF); add `{{term}}`"
      }
    },
    fix: "v=spf1 ip4:<server IPv4> ip6:<server IPv6> ~all (add include:mx.ovh.com if shared offers send too)."
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mail.offer !== "private-exchange" || domain.mail.ips.length === 0) return;
    const found = spfRecord(domain);
    if (!found) return;
    const { record } = found;
    if (modifiers(record).some((m) => m.name === "redirect") && !firstAll(record)) return;
    const networks = mechanisms(record).filter((m) => (m.name === "ip4" || m.name === "ip6") && m.qualifier === "+" && m.ip !== null);
    const [start, end] = wholeRecord(record);
    for (const ip of domain.mail.ips) {
      const parsed = ipToBigInt(ip.split("/")[0] ?? "");
      if (!parsed) continue;
      const covered = networks.some((m) => ipInNetwork(ip, m.ip, m.name === "ip4" ? m.cidr4 : m.cidr6));
      if (covered) continue;
      ctx.report({
        messageId: "notListed",
        data: { ip, term: `${parsed.bits === 32 ? "ip4" : "ip6"}:${ip}` },
        at: ctx.textAnchor(found.text, start, end)
      });
    }
  }
});

// src/rules/spf-ptr.ts
var spf_ptr_default = defineRule({
  meta: {
    id: "spf-ptr",
    area: "spf",
    description: "The SPF record does not use the ptr mechanism.",
    references: ["RFC7208 §5.5"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ptr: { text: "`{{term}}`: the ptr mechanism SHOULD NOT be published (RFC 7208 §5.5): it is slow, depends on reverse DNS and costs lookups; list the senders with ip4:/ip6: or include:" }
    },
    fix: "Replace ptr with the senders' ip4:/ip6: ranges or their provider's include:."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    for (const term of mechanisms(found.record)) {
      if (term.name !== "ptr") continue;
      ctx.report({ messageId: "ptr", data: { term: term.text }, at: ctx.textAnchor(found.text, term.start, term.end) });
    }
  }
});

// src/rules/spf-record-too-large.ts
import { Buffer as Buffer2 } from "node:buffer";
var spf_record_too_large_default = defineRule({
  meta: {
    id: "spf-record-too-large",
    area: "spf",
    description: "The SPF record stays short enough for its DNS answer to fit in 512 octets.",
    references: ["RFC7208 §3.4"],
    defaultLevel: "warn",
    kind: "static",
    options: {
      type: "object",
      properties: {
        maxLength: { type: "integer", minimum: 1, description: "Largest SPF record, in octets (character-strings joined), before the answer risks passing 512 octets.", default: 450 }
      },
      additionalProperties: false
    },
    messages: {
      tooLarge: {
        text: "the SPF record is {{length}} octets (more than {{max}}): with the rest of the DNS answer it may pass 512 octets and be truncated (RFC 7208 §3.4); move senders behind include: or drop unused ones"
      }
    },
    fix: "Replace long ip4:/ip6: lists with the provider's include:, or drop senders no longer used."
  },
  check(ctx) {
    const found = domainSpf(ctx.domain);
    if (!found) return;
    const length = Buffer2.byteLength(found.text.value, "utf8");
    if (length <= ctx.options.maxLength) return;
    const [start, end] = wholeRecord(found.record);
    ctx.report({ messageId: "tooLarge", data: { length, max: ctx.options.maxLength }, at: ctx.textAnchor(found.text, start, end) });
  }
});

// src/rules/spf-redirect-with-all.ts
var spf_redirect_with_all_default = defineRule({
  meta: {
    id: "spf-redirect-with-all",
    area: "spf",
    description: "An SPF record does not combine redirect= with an all mechanism (the redirect would be ignored).",
    references: ["RFC7208 §6.1", "RFC7208 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ignoredRedirect: { text: "`{{term}}` is ignored because the record has `{{all}}` (RFC 7208 §6.1); keep either the redirect or the all" }
    },
    fix: "`v=spf1 redirect=_spf.example.com` (no all), or list the senders and end with all."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all) return;
    for (const modifier of modifiers(found.record)) {
      if (modifier.name !== "redirect") continue;
      ctx.report({ messageId: "ignoredRedirect", data: { term: modifier.text, all: all.text }, at: ctx.textAnchor(found.text, modifier.start, modifier.end) });
    }
  }
});

// src/rules/spf-softfail-advice.ts
var spf_softfail_advice_default = defineRule({
  meta: {
    id: "spf-softfail-advice",
    area: "spf",
    description: "Advises moving from ~all to -all once every sender of the domain is listed.",
    references: ["OVH-SPF", "RFC7208 §8.5", "RFC7208 §8.4"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      softfail: { text: "`{{term}}` only soft-fails unlisted senders (RFC 7208 §8.5); OVH's guide recommends -all once every sender of {{domain}} is listed" }
    },
    fix: "Once every sender is in the record, end it with `-all`; suppress this rule with a reason while some are unknown."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all || all.qualifier !== "~") return;
    ctx.report({ messageId: "softfail", data: { term: all.text, domain: ctx.domain.domain }, at: ctx.textAnchor(found.text, all.start, all.end) });
  }
});

// src/rules/spf-string-too-long.ts
import { Buffer as Buffer3 } from "node:buffer";
var MAX_STRING_OCTETS = 255;
var spf_string_too_long_default = defineRule({
  meta: {
    id: "spf-string-too-long",
    area: "spf",
    description: "Each character-string of the SPF record holds at most 255 octets.",
    references: ["RFC1035 §3.3", "RFC7208 §3.3"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      stringTooLong: {
        text: "character-string {{index}} of the SPF record is {{octets}} octets; a TXT string holds at most 255 (RFC 1035 §3.3): split it (strings are joined without spaces, RFC 7208 §3.3)"
      },
      singleString: {
        text: "the SPF record is one {{octets}}-octet string: a zone file must split it into strings of at most 255 octets (RFC 1035 §3.3); OVH's API takes it as one string and splits it itself (how is UNVERIFIED: check with dig after apply)",
        tier: "info"
      }
    },
    fix: `record: ["v=spf1 … first 255 octets", "… rest -all"] for a zone file; one string for OVH's API.`
  },
  check(ctx) {
    const found = domainSpf(ctx.domain);
    if (!found) return;
    const { text, record } = found;
    if (text.strings && text.strings.length > 0) {
      let offset = 0;
      text.strings.forEach((string, index) => {
        const octets2 = Buffer3.byteLength(string, "utf8");
        if (octets2 > MAX_STRING_OCTETS) {
          ctx.report({ messageId: "stringTooLong", data: { index: index + 1, octets: octets2 }, at: ctx.textAnchor(text, offset, offset + string.length) });
        }
        offset += string.length;
      });
      return;
    }
    const octets = Buffer3.byteLength(text.value, "utf8");
    if (octets <= MAX_STRING_OCTETS) return;
    const [start, end] = wholeRecord(record);
    ctx.report({ messageId: "singleString", data: { octets }, at: ctx.textAnchor(text, start, end) });
  }
});

// src/rules/spf-syntax.ts
var MESSAGE_FOR3 = {
  version: "version",
  "invalid-character": "invalidCharacter",
  "bad-qualifier": "badQualifier",
  "bad-term": "badTerm",
  "missing-domain": "missingDomain",
  "unexpected-argument": "unexpectedArgument",
  "bad-domain": "badDomain"
};
var spf_syntax_default = defineRule({
  meta: {
    id: "spf-syntax",
    area: "spf",
    description: "The SPF record follows the RFC 7208 §12 grammar (version first, space-separated terms, valid qualifiers and domains).",
    references: ["RFC7208 §4.5", "RFC7208 §4.6", "RFC7208 §12"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      version: { text: "not a valid SPF record: {{detail}} (RFC 7208 §4.5); receivers ignore it or return permerror" },
      invalidCharacter: { text: "`{{term}}`: {{detail}}" },
      badQualifier: { text: "`{{term}}`: {{detail}} (RFC 7208 §4.6.2)" },
      badTerm: { text: "`{{term}}` is not a valid SPF term: {{detail}} (RFC 7208 §4.6.1)" },
      missingDomain: { text: "`{{term}}`: {{detail}}" },
      unexpectedArgument: { text: "`{{term}}`: {{detail}}" },
      badDomain: { text: "`{{term}}`: {{detail}}" }
    },
    fix: "Start with `v=spf1 `, separate terms with spaces, e.g. `v=spf1 include:mx.ovh.com ~all`."
  },
  check(ctx) {
    const found = domainSpf(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    const isSpf = spfRecord(ctx.domain) !== null;
    for (const error of errorsFor(record, "spf-syntax")) {
      if (!isSpf && error.code !== "version") continue;
      ctx.report({
        messageId: MESSAGE_FOR3[error.code] ?? "badTerm",
        data: { term: termTextAt(record, error), detail: error.message },
        at: ctx.textAnchor(text, error.start, error.end)
      });
    }
  }
});

// src/rules/spf-terms-after-all.ts
var spf_terms_after_all_default = defineRule({
  meta: {
    id: "spf-terms-after-all",
    area: "spf",
    description: "No SPF mechanism follows the all mechanism (it would never be evaluated).",
    references: ["RFC7208 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      afterAll: { text: "`{{term}}` comes after `{{all}}` and is never evaluated (RFC 7208 §5.1); move it before `{{all}}`" }
    },
    fix: "Put all at the end: `v=spf1 include:mx.ovh.com -all`."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all) return;
    for (const term of found.record.terms) {
      if (term.start <= all.start || term.kind === "modifier") continue;
      ctx.report({ messageId: "afterAll", data: { term: term.text, all: all.text }, at: ctx.textAnchor(found.text, term.start, term.end) });
    }
  }
});

// src/rules/spf-unknown-mechanism.ts
function rewrite(term, suggestion) {
  const qualifier = term.qualifierWritten ? term.qualifier : "";
  if (suggestion === "include" && term.value === null && term.name.includes(".")) return `${qualifier}include:${term.name}`;
  return `${qualifier}${suggestion}${term.text.slice(qualifier.length + term.name.length)}`;
}
var spf_unknown_mechanism_default = defineRule({
  meta: {
    id: "spf-unknown-mechanism",
    area: "spf",
    description: "Every SPF mechanism is one of all, include, a, mx, ptr, ip4, ip6, exists, and no mechanism is written as a modifier.",
    references: ["RFC7208 §5", "RFC7208 §6", "RFC7208 §12"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknownWithSuggestion: { text: "`{{term}}`: {{name}} is not an SPF mechanism, so the whole record is a permerror; did you mean `{{suggestion}}`?" },
      unknown: { text: "`{{term}}`: {{name}} is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists), so the whole record is a permerror" },
      mechanismAsModifier: {
        text: "`{{term}}` reads as an unknown modifier, which receivers ignore (RFC 7208 §6): nothing is authorised by it; write `{{suggestion}}`",
        tier: "lower"
      },
      misspelledModifier: {
        text: "`{{term}}` is an unknown modifier, which receivers ignore (RFC 7208 §6); did you mean `{{suggestion}}`?",
        tier: "lower"
      }
    },
    fix: "Use a real mechanism with a colon: `ip4:192.0.2.1`, `include:mx.ovh.com`."
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    for (const error of errorsFor(record, "spf-unknown-mechanism")) {
      const term = record.terms.find((t) => t.kind === "mechanism" && t.start === error.start);
      if (!term) continue;
      const suggestion = suggestMechanism(term.name, term.value);
      const at = ctx.textAnchor(text, term.start, term.end);
      if (suggestion) {
        ctx.report({ messageId: "unknownWithSuggestion", data: { term: term.text, name: term.name, suggestion: rewrite(term, suggestion) }, at });
      } else {
        ctx.report({ messageId: "unknown", data: { term: term.text, name: term.name }, at });
      }
    }
    for (const modifier of modifiers(record)) {
      if (modifier.known) continue;
      const at = ctx.textAnchor(text, modifier.start, modifier.end);
      if (SPF_MECHANISMS.includes(modifier.name)) {
        const suggestion = modifier.name === "all" ? "-all" : `${modifier.name}:${modifier.value}`;
        ctx.report({ messageId: "mechanismAsModifier", data: { term: modifier.text, suggestion }, at });
      } else if (modifier.name.length >= 5 && editDistance(modifier.name, "redirect") <= 2) {
        ctx.report({ messageId: "misspelledModifier", data: { term: modifier.text, suggestion: `redirect=${modifier.value}` }, at });
      }
    }
  }
});

// src/rules/spf-void-lookups.ts
function describeVoid(v) {
  const where = v.chain.length > 1 ? ` (in ${v.chain[v.chain.length - 1]})` : "";
  return `${v.term}${where}: ${v.name} ${v.status === "nxdomain" ? "does not exist" : `has no ${v.query} records`}`;
}
var spf_void_lookups_default = defineRule({
  meta: {
    id: "spf-void-lookups",
    area: "spf",
    description: "SPF evaluation meets at most two void lookups (NXDOMAIN or no answer), counted through every include and redirect with live DNS.",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    options: {
      type: "object",
      properties: {
        max: { type: "integer", minimum: 0, description: "Void lookups receivers tolerate (RFC 7208 §4.6.4: 2); more is reported at the rule's level, exactly this many one level lower.", default: 2 }
      },
      additionalProperties: false
    },
    messages: {
      tooMany: {
        text: "SPF evaluation meets {{count}} void lookups, more than the {{max}} RFC 7208 §4.6.4 allows: receivers stop with permerror within `{{term}}` ({{voids}})"
      },
      atLimit: {
        text: "SPF evaluation meets {{count}} void lookups, the most RFC 7208 §4.6.4 allows: one more dead name makes it a permerror ({{voids}})",
        tier: "lower"
      },
      lookupFailed: {
        text: "could not tell whether `{{term}}` is a void lookup: the {{query}} lookup of {{name}} failed ({{reason}}){{via}}",
        tier: "lower"
      }
    },
    fix: "Remove includes of senders you no longer use and a:/mx: terms naming hosts that are gone."
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    const { max } = ctx.options;
    const voids = tree.voids;
    const summary = voids.map(describeVoid).join("; ");
    if (voids.length > max) {
      const at = voids[max].top;
      ctx.report({ messageId: "tooMany", data: { count: voids.length, max, term: at.term, voids: summary }, at: ctx.textAnchor(text, at.start, at.end) });
    } else if (voids.length === max && max > 0) {
      const at = voids[max - 1].top;
      ctx.report({ messageId: "atLimit", data: { count: voids.length, max, voids: summary }, at: ctx.textAnchor(text, at.start, at.end) });
    }
    for (const failure of tree.failures.filter((f) => f.query === "A/AAAA")) {
      const via3 = failure.chain.length > 1 ? `, reached through ${formatChain(failure.chain)}` : "";
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, query: failure.query, name: failure.name, reason: failure.reason, via: via3 },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end)
      });
    }
  }
});

// src/rules/srv-format.ts
var FIELDS = ["priority", "weight", "port"];
var MAX_FIELD = 65535;
var TARGET_PROBLEMS = [
  "empty",
  "scheme",
  "at-sign",
  "port",
  "path",
  "whitespace",
  "underscore",
  "bad-character",
  "hyphen-edge",
  "empty-label",
  "label-too-long",
  "name-too-long",
  "idn-invalid"
];
var srv_format_default = defineRule({
  meta: {
    id: "srv-format",
    area: "srv",
    description: "SRV records have a `_service._tcp|_udp` owner, priority, weight and port in 0..65535, and a host-name target.",
    references: ["RFC2782", "RFC6335 §5.1", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      badService: { text: 'SRV owner "{{service}}" is not of the form _service._tcp or _service._udp (RFC 2782), e.g. _imaps._tcp' },
      outOfRange: { text: "SRV {{field}} {{value}} is outside 0..65535 (a 16-bit field, RFC 2782)" },
      targetIp: { text: "SRV target {{target}} is an IP address; RFC 2782 requires a host name with A/AAAA records" },
      badTarget: { text: 'SRV target "{{target}}" is not a host name ("{{part}}"); write {{instead}}' }
    },
    fix: "`- { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }`"
  },
  check(ctx) {
    for (const srv of ctx.domain.srv) {
      if (!parseSrvOwner(srv.service, ctx.domain.domain)) {
        ctx.report({ messageId: "badService", data: { service: srv.service }, at: { path: [...srv.path, "service"] } });
      }
      for (const field of FIELDS) {
        const value = srv[field];
        if (Number.isInteger(value) && value >= 0 && value <= MAX_FIELD) continue;
        ctx.report({ messageId: "outOfRange", data: { field, value: String(value) }, at: { path: [...srv.path, field] } });
      }
      const target = analyseHost(srv.target);
      if (target.kind === "ipv4" || target.kind === "ipv6") {
        ctx.report({ messageId: "targetIp", data: { target: srv.target }, at: { path: [...srv.path, "target"] } });
        continue;
      }
      const instead = target.suggestion ? `"${target.suggestion}"` : "the server's host name alone";
      for (const problem of target.problems) {
        if (!TARGET_PROBLEMS.includes(problem.code)) continue;
        ctx.report({
          messageId: "badTarget",
          data: { target: srv.target, part: problem.text, instead },
          at: { path: [...srv.path, "target"], ...problem.end > problem.start ? { range: [problem.start, problem.end] } : {} }
        });
      }
    }
  }
});

// src/rules/srv-imaps.ts
var IMAPS_PORT2 = 993;
var srv_imaps_default = defineRule({
  meta: {
    id: "srv-imaps",
    area: "srv",
    description: "On MX Plan and Zimbra, `_imaps._tcp` points at port 993 of OVH's IMAP server.",
    references: ["RFC6186 §3.2", "OVH-TB-MXP", "OVH-ZIMBRA", "WILD"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      port: { text: "_imaps._tcp advertises port {{port}}; IMAP over TLS is port 993 (RFC 6186 §3.2), which OVH serves on {{expected}}" },
      target: { text: "_imaps._tcp points at {{target}}, which is not OVH's IMAP server for {{offer}}; use {{expected}}" }
    },
    fix: "`- { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }`"
  },
  check(ctx) {
    const { domain } = ctx;
    const offer = domain.mail.offer;
    if (!isOvhHosted(domain) || offer !== "mx-plan" && offer !== "zimbra") return;
    const allowed = ovhClientHostsFor("imap", offer, domain.mail.region, null);
    const expected = allowed.map((h) => `${h}.`).join(" or ");
    for (const srv of domain.srv) {
      if (relativeOwner(srv.service, domain.domain) !== "_imaps._tcp") continue;
      const target = analyseHost(srv.target);
      if (target.kind === "null") continue;
      if (srv.port !== IMAPS_PORT2) ctx.report({ messageId: "port", data: { port: srv.port, expected }, at: { path: [...srv.path, "port"] } });
      if (!matchesClientHost(target, allowed)) {
        ctx.report({ messageId: "target", data: { target: srv.target, offer, expected }, at: { path: [...srv.path, "target"] } });
      }
    }
  }
});

// src/rules/srv-submission-port-mismatch.ts
var srv_submission_port_mismatch_default = defineRule({
  meta: {
    id: "srv-submission-port-mismatch",
    area: "srv",
    description: "`_submission._tcp` advertises the STARTTLS port 587 and `_submissions._tcp` the implicit-TLS port 465.",
    references: ["RFC6186 §3.1", "RFC8314 §5.1", "WILD"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      implicitOnSubmission: {
        text: "_submission._tcp points at port 465, but that label means STARTTLS on 587 (RFC 6186 §3.1); port 465 belongs to _submissions._tcp (RFC 8314 §5.1). OVH's default zone does this"
      },
      starttlsOnSubmissions: {
        text: "_submissions._tcp points at port 587, but that label means implicit TLS on 465 (RFC 8314 §5.1); port 587 belongs to _submission._tcp"
      }
    },
    fix: "`_submissions._tcp` → 465 and `_submission._tcp` → 587 (e.g. target ssl0.ovh.net.)."
  },
  check(ctx) {
    for (const srv of ctx.domain.srv) {
      if (analyseHost(srv.target).kind === "null") continue;
      const owner = relativeOwner(srv.service, ctx.domain.domain);
      if (owner === "_submission._tcp" && srv.port === 465) {
        ctx.report({ messageId: "implicitOnSubmission", at: { path: [...srv.path, "port"] } });
      } else if (owner === "_submissions._tcp" && srv.port === 587) {
        ctx.report({ messageId: "starttlsOnSubmissions", at: { path: [...srv.path, "port"] } });
      }
    }
  }
});

// src/rules/srv-target-cname.ts
var srv_target_cname_default = defineRule({
  meta: {
    id: "srv-target-cname",
    area: "srv",
    description: "No SRV target is an alias (CNAME) in live DNS.",
    references: ["RFC2782", "RFC6186 §3"],
    defaultLevel: "warn",
    kind: "live",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      alias: {
        text: "the {{service}} SRV target {{target}} is an alias (CNAME to {{canonical}}): RFC 2782 says the target MUST NOT be an alias, and some clients ignore such records"
      },
      lookupFailed: {
        text: "could not check whether the {{service}} SRV target {{target}} is an alias: the CNAME lookup failed ({{reason}})",
        tier: "lower"
      }
    },
    fix: "Point the SRV record at the canonical host (the alias's target), e.g. ssl0.ovh.net. for OVH's MX Plan."
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns) return;
    const records = domain.srv.map((record) => ({ record, host: analyseHost(record.target) })).filter(({ host }) => isCleanHostname(host) && host.ascii !== null);
    const answers = await Promise.all(records.map(({ host }) => dns.cname(host.ascii)));
    records.forEach(({ record, host }, i) => {
      const answer = answers[i];
      const at = { path: [...record.path, "target"] };
      const data = { service: record.service, target: host.ascii };
      if (answer.status === "ok" && answer.records.length > 0) ctx.report({ messageId: "alias", data: { ...data, canonical: answer.records[0] }, at });
      else if (answer.status === "failed") ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
    });
  }
});

// src/mail/tls-rpt.ts
var TLSRPT_VERSION = "TLSRPTv1";
var TLSRPT_SCHEMES = ["mailto", "https"];
var TLSRPT_EXTENSION_NAME = /^[A-Za-z0-9_.-]{1,32}$/;
var SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
var isWsp2 = (c) => c === " " || c === "	";
function parseRuaUris(text, from, to) {
  const uris = [];
  const emptyEntries = [];
  let entryStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ",") continue;
    let start = entryStart;
    let end = i;
    while (start < end && isWsp2(text[start])) start++;
    while (end > start && isWsp2(text[end - 1])) end--;
    const previousComma = entryStart - 1;
    entryStart = i + 1;
    if (start === end) {
      const comma = i < to ? i : previousComma >= from ? previousComma : -1;
      emptyEntries.push(comma >= 0 ? { start: comma, end: comma + 1 } : { start, end });
      continue;
    }
    const uri = text.slice(start, end);
    const scheme = SCHEME.exec(uri)?.[1]?.toLowerCase() ?? null;
    uris.push({ text: uri, start, end, scheme });
  }
  return { uris, emptyEntries };
}
function isUsableReportUri(uri) {
  if (/[\s!]/.test(uri.text)) return false;
  const rest = uri.text.slice((uri.scheme ?? "").length + 1);
  if (uri.scheme === "mailto") return /^[^@?]+@[^@?.][^@?]*(\?.*)?$/.test(rest);
  if (uri.scheme === "https") return /^\/\/[^/?#@]+([/?#].*)?$/.test(rest);
  return false;
}
function tlsRptProblems(text) {
  const source = typeof text === "string" ? text : "";
  const record = versionedFields(source, TLSRPT_VERSION);
  if (!record) return [problemAt(source, "empty", 0, source.length)];
  const { first, rest } = record;
  const problems = [...record.problems];
  let ruaSeen = false;
  for (const field of rest) {
    if (field.hasEquals && field.name.trim().toLowerCase() === "rua") {
      ruaSeen = true;
      if (field.name !== "rua") problems.push(problemAt(source, "fieldSyntax", field.nameStart, field.nameEnd));
      const { uris, emptyEntries } = parseRuaUris(source, field.valueStart, field.valueEnd);
      if (uris.length === 0) {
        problems.push(problemAt(source, "ruaEmpty", field.start, field.end));
        continue;
      }
      for (const e of emptyEntries) problems.push(problemAt(source, "ruaEmpty", e.start, e.end));
      for (const uri of uris) {
        if (uri.scheme === null || !TLSRPT_SCHEMES.includes(uri.scheme)) problems.push(problemAt(source, "uriScheme", uri.start, uri.end));
        else if (!isUsableReportUri(uri)) problems.push(problemAt(source, "uriInvalid", uri.start, uri.end));
      }
      continue;
    }
    if (field === first) continue;
    if (!field.hasEquals || !TLSRPT_EXTENSION_NAME.test(field.name) || !EXTENSION_VALUE.test(field.value)) {
      problems.push(problemAt(source, "fieldSyntax", field.start, field.end));
    }
  }
  if (!ruaSeen) problems.push(problemAt(source, "ruaMissing", 0, source.length));
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

// src/rules/tls-rpt-syntax.ts
var tls_rpt_syntax_default = defineRule({
  meta: {
    id: "tls-rpt-syntax",
    area: "mta-sts",
    description: "The _smtp._tls TXT record starts with v=TLSRPTv1; and has a rua of mailto: or https: URIs.",
    references: ["RFC8460 §3"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      empty: { text: "The _smtp._tls record is empty: it must be v=TLSRPTv1; rua=mailto:<address>." },
      versionMissing: { text: 'The _smtp._tls record starts with "{{found}}" instead of v=TLSRPTv1 (case-sensitive): senders ignore it.' },
      versionValue: { text: 'v={{found}} is not v=TLSRPTv1 (case-sensitive, and a ";" must follow it): senders ignore the record.' },
      ruaMissing: { text: "The _smtp._tls record has no rua= field: senders have nowhere to send TLS reports." },
      ruaEmpty: { text: 'An empty rua entry "{{found}}": list mailto: or https: URIs separated by commas.' },
      uriScheme: { text: '"{{found}}" is not a mailto: or https: URI: TLS-RPT only delivers reports to those two schemes.' },
      uriInvalid: { text: '"{{found}}" is not a usable report URI (mailto: needs an address, https: a host; no spaces, and ! or , must be percent-encoded).' },
      fieldSyntax: { text: '"{{found}}" is not a valid field: write name=value (names are case-sensitive, no spaces around =, a value without spaces, = or ;).' },
      emptyField: { text: 'An empty field (two ";" in a row, or a ";" at the start): the record is invalid.' },
      strayWhitespace: { text: 'Whitespace at the start or end of the _smtp._tls record: the record must start with v=TLSRPTv1 and may only end with ";" and spaces.' }
    },
    fix: "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"
  },
  check(ctx) {
    const text = ctx.domain.tlsRpt?.text;
    if (!text) return;
    for (const problem of tlsRptProblems(text.value)) {
      const at = problem.start < problem.end ? ctx.textAnchor(text, problem.start, problem.end) : { path: text.path };
      ctx.report({ messageId: problem.kind, data: { found: problem.found }, at });
    }
  }
});

// src/mail/ttl.ts
function ttlSites(domain) {
  const sites = [{ what: "the file's default", ttl: domain.ttl, path: ["ttl"] }];
  const own = (what, ttl, path) => {
    if (ttl !== domain.ttl) sites.push({ what, ttl, path: [...path, "ttl"] });
  };
  if (domain.mx?.preset === null) for (const e of domain.mx.entries) own(`MX ${e.host}`, e.ttl, e.path);
  if (domain.spf) own("SPF", domain.spf.ttl, domain.spf.path);
  for (const s of domain.dkim?.selectors ?? []) own(`DKIM ${s.name}`, s.ttl, s.path);
  if (domain.dmarc) own("DMARC", domain.dmarc.ttl, domain.dmarc.path);
  for (const s of domain.srv) own(`SRV ${s.service}`, s.ttl, s.path);
  for (const c of domain.cname) own(`CNAME ${c.name}`, c.ttl, c.path);
  return sites;
}

// src/rules/ttl-above-panel-max.ts
var PANEL_MAX_TTL = 86400;
var ttl_above_panel_max_default = defineRule({
  meta: {
    id: "ttl-above-panel-max",
    area: "ttl",
    description: "TTLs stay at or below 86400 seconds, the maximum OVH's control panel accepts.",
    references: ["MGR", "RFC2181 §8"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      aboveMax: { text: "{{what}} TTL {{ttl}} is above 86400 (one day), the most OVH's panel accepts: editing the record there would fail, and fixes take that long to spread" }
    },
    fix: "ttl: 86400 at most (3600 is OVH's default)."
  },
  check(ctx) {
    for (const site of ttlSites(ctx.domain)) {
      if (site.ttl <= PANEL_MAX_TTL) continue;
      ctx.report({ messageId: "aboveMax", data: { what: site.what, ttl: site.ttl }, at: { path: site.path } });
    }
  }
});

// src/rules/ttl-below-ovh-min.ts
var OVH_MIN_TTL = 60;
var ttl_below_ovh_min_default = defineRule({
  meta: {
    id: "ttl-below-ovh-min",
    area: "ttl",
    description: "Every TTL is 0 (the zone default) or at least 60 seconds, the minimum OVH accepts.",
    references: ["TF-REC", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      belowMin: { text: "{{what}} TTL {{ttl}} is below OVH's minimum of 60 seconds: the apply would be refused; use at least 60, or 0 for the zone default" }
    },
    fix: "ttl: 300 (or 0 for the zone default, 3600)."
  },
  check(ctx) {
    for (const site of ttlSites(ctx.domain)) {
      if (site.ttl === 0 || site.ttl >= OVH_MIN_TTL) continue;
      ctx.report({ messageId: "belowMin", data: { what: site.what, ttl: site.ttl }, at: { path: site.path } });
    }
  }
});

// src/rules/ttl-mail-too-short.ts
var ttl_mail_too_short_default = defineRule({
  meta: {
    id: "ttl-mail-too-short",
    area: "ttl",
    description: "MX, SPF, DKIM and DMARC TTLs are not kept short outside a declared migration window.",
    references: ["OVH-MX"],
    defaultLevel: "info",
    kind: "static",
    options: {
      type: "object",
      properties: {
        minTtl: { type: "integer", minimum: 0, description: "Shortest TTL accepted for mail records outside a migration window (seconds).", default: 300 }
      },
      additionalProperties: false
    },
    messages: {
      tooShort: {
        text: "{{what}} TTL {{ttl}} is below {{minTtl}} seconds with no migration under way: keep it short only before a change (set migrationUntil), otherwise use 3600 like OVH"
      }
    },
    fix: "ttl: 3600, or declare `migrationUntil: YYYY-MM-DD` while a change is under way."
  },
  check(ctx) {
    const { domain, options, today } = ctx;
    if (domain.migrationUntil !== null && today <= domain.migrationUntil) return;
    for (const site of mailTtlSites(domain)) {
      if (site.ttl === 0 || site.ttl >= options.minTtl) continue;
      ctx.report({ messageId: "tooShort", data: { what: site.what, ttl: site.ttl, minTtl: options.minTtl }, at: { path: site.path } });
    }
  }
});
function mailTtlSites(domain) {
  const records = [];
  for (const e of domain.mx?.entries ?? []) records.push({ what: `MX ${e.host}`, ttl: e.ttl, path: [...e.path, "ttl"] });
  if (domain.spf) records.push({ what: "SPF", ttl: domain.spf.ttl, path: [...domain.spf.path, "ttl"] });
  for (const s of domain.dkim?.selectors ?? []) records.push({ what: `DKIM ${s.name}`, ttl: s.ttl, path: [...s.path, "ttl"] });
  if (domain.dmarc) records.push({ what: "DMARC", ttl: domain.dmarc.ttl, path: [...domain.dmarc.path, "ttl"] });
  const usesDefault = records.some((r) => r.ttl === domain.ttl);
  const sites = usesDefault ? [{ what: "the file's default (used by mail records)", ttl: domain.ttl, path: ["ttl"] }] : [];
  return [...sites, ...records.filter((r) => r.ttl !== domain.ttl)];
}

// src/rules/ttl-rrset-mismatch.ts
var ttl_rrset_mismatch_default = defineRule({
  meta: {
    id: "ttl-rrset-mismatch",
    area: "ttl",
    description: "Records of one RRset (the MX set, the SRV records of one service) share one TTL.",
    references: ["RFC2181 §5.2"],
    defaultLevel: "warn",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      mismatch: {
        text: "{{rrset}} record {{record}} has TTL {{ttl}} while {{first}} has {{firstTtl}}: one RRset must share one TTL (RFC 2181 §5.2); resolvers use the lowest"
      }
    },
    fix: "Give every record of the set the same ttl (or none, to use the file default)."
  },
  check(ctx) {
    const { domain } = ctx;
    const sets = [];
    if (domain.mx?.preset === null) sets.push(["MX", domain.mx.entries.map((e) => ({ label: e.host, ttl: e.ttl, path: e.path }))]);
    const srvSets = /* @__PURE__ */ new Map();
    for (const s of domain.srv) {
      const owner = relativeOwner(s.service, domain.domain);
      srvSets.set(owner, [...srvSets.get(owner) ?? [], { label: `${s.port} ${s.target}`, ttl: s.ttl, path: s.path }]);
    }
    for (const [owner, members] of srvSets) sets.push([`SRV ${owner}`, members]);
    for (const [rrset, members] of sets) {
      const first = members[0];
      if (!first) continue;
      for (const member of members.slice(1)) {
        if (member.ttl === first.ttl) continue;
        ctx.report({
          messageId: "mismatch",
          data: { rrset, record: member.label, ttl: member.ttl, first: first.label, firstTtl: first.ttl },
          at: { path: [...member.path, "ttl"] }
        });
      }
    }
  }
});

// src/rules/txt-ovh-embedded-quote.ts
var txt_ovh_embedded_quote_default = defineRule({
  meta: {
    id: "txt-ovh-embedded-quote",
    area: "txt",
    description: "SPF, DKIM and DMARC texts contain no double quote or backslash, which OVH's API cannot store intact.",
    references: ["DNSC", "TF-REC"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      quote: {
        text: "{{record}} text contains {{char}} at position {{position}}: OVH's API quotes TXT values itself and cannot store an embedded quote or backslash intact; remove it (no record of these types needs one)"
      }
    },
    fix: "Write the value without quotes or backslashes, e.g. drop quotes around a DKIM n= note."
  },
  check(ctx) {
    const { domain } = ctx;
    const texts = [];
    if (domain.spf) texts.push(["SPF", domain.spf.text]);
    for (const s of domain.dkim?.selectors ?? []) if (s.text) texts.push([`DKIM ${s.name}`, s.text]);
    if (domain.dmarc) texts.push(["DMARC", domain.dmarc.text]);
    for (const [record, text] of texts) {
      for (let i = 0; i < text.value.length; i++) {
        const ch = text.value[i];
        if (ch !== '"' && ch !== "\\") continue;
        ctx.report({
          messageId: "quote",
          data: { record, char: ch === '"' ? 'a double quote (")' : "a backslash (\\)", position: i + 1 },
          at: ctx.textAnchor(text, i, i + 1)
        });
      }
    }
  }
});

// src/rules/txt-ovh-multistring.ts
var txt_ovh_multistring_default = defineRule({
  meta: {
    id: "txt-ovh-multistring",
    area: "txt",
    description: "SPF, DKIM and DMARC texts are written as one string, the form OVH's API takes.",
    references: ["DNSC", "RFC7208 §3.3"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      multistring: {
        text: "{{record}} is written as {{count}} strings, but OVH's API takes one: maildns will send them joined ({{length}} characters) and OVH splits long values itself; write one string"
      }
    },
    fix: 'record: "v=DKIM1; k=rsa; p=MIIB...IDAQAB" (one string, however long).'
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain)) return;
    const texts = [];
    if (domain.spf) texts.push(["SPF", domain.spf.text]);
    for (const s of domain.dkim?.selectors ?? []) if (s.text) texts.push([`DKIM ${s.name}`, s.text]);
    if (domain.dmarc) texts.push(["DMARC", domain.dmarc.text]);
    for (const [record, text] of texts) {
      if (!text.strings || text.strings.length < 2) continue;
      ctx.report({ messageId: "multistring", data: { record, count: text.strings.length, length: text.value.length }, at: { path: text.path } });
    }
  }
});

// src/rules/index.ts
var allRules = [
  autodiscover_cname_conflict_default,
  autodiscover_offer_mismatch_default,
  client_cleartext_port_default,
  client_imap_settings_default,
  client_smtp_settings_default,
  dkim_bad_base64_default,
  dkim_cname_conflict_default,
  dkim_cname_target_invalid_default,
  dkim_ed25519_length_default,
  dkim_g_tag_obsolete_default,
  dkim_key_too_short_default,
  dkim_missing_selector_default,
  dkim_ovh_both_selectors_default,
  dkim_ovh_must_be_cname_default,
  dkim_revoked_default,
  dkim_rotation_too_soon_default,
  dkim_selector_removed_default,
  dkim_sha1_only_default,
  dkim_syntax_default,
  dkim_testing_flag_default,
  dkim_unknown_key_type_default,
  dkim_version_not_first_default,
  dmarc_alignment_values_default,
  dmarc_duplicate_tag_default,
  dmarc_enforce_without_auth_default,
  dmarc_external_rua_unauthorized_default,
  dmarc_fo_values_default,
  dmarc_missing_default,
  dmarc_no_rua_default,
  dmarc_none_monitoring_stage_default,
  dmarc_none_observation_too_short_default,
  dmarc_none_too_long_default,
  dmarc_np_suggest_default,
  dmarc_p_invalid_default,
  dmarc_p_missing_default,
  dmarc_p_not_second_default,
  dmarc_parked_domain_default,
  dmarc_pct_historic_default,
  dmarc_pct_range_default,
  dmarc_ramp_skip_default,
  dmarc_ramp_transition_default,
  dmarc_ruf_expectations_default,
  dmarc_sp_np_invalid_default,
  dmarc_t_y_lingering_default,
  dmarc_uri_syntax_default,
  dmarc_v_first_default,
  dmarc_wrong_location_default,
  file_binary_default,
  file_bom_default,
  file_control_character_default,
  file_crlf_default,
  file_duplicate_key_default,
  file_schema_default,
  file_syntax_default,
  file_too_large_default,
  lint_duplicate_domain_default,
  lint_suppression_expired_default,
  lint_suppression_unknown_rule_default,
  lint_suppression_unused_default,
  mta_sts_enforce_first_default,
  mta_sts_max_age_default,
  mta_sts_policy_mx_default,
  mta_sts_txt_syntax_default,
  mx_duplicate_priority_default,
  mx_duplicate_target_default,
  mx_legacy_ovh_host_default,
  mx_missing_default,
  mx_not_ovh_default,
  mx_null_bad_form_default,
  mx_null_with_others_default,
  mx_ovh_incomplete_default,
  mx_ovh_priority_drift_default,
  mx_ovh_region_mix_default,
  mx_priority_range_default,
  mx_target_cname_default,
  mx_target_ip_default,
  mx_target_not_hostname_default,
  mx_target_unresolvable_default,
  mx_trailing_dot_default,
  ovh_verification_cname_leftover_default,
  spf_duplicate_include_default,
  spf_duplicate_modifier_default,
  spf_include_loop_default,
  spf_include_no_record_default,
  spf_invalid_cidr_default,
  spf_lookup_budget_change_default,
  spf_lookup_limit_default,
  spf_macro_syntax_default,
  spf_missing_default,
  spf_missing_all_default,
  spf_missing_ovh_include_default,
  spf_multiple_default,
  spf_mx_address_limit_default,
  spf_no_mail_domain_default,
  spf_permissive_all_default,
  spf_private_exchange_ips_default,
  spf_ptr_default,
  spf_record_too_large_default,
  spf_redirect_with_all_default,
  spf_softfail_advice_default,
  spf_string_too_long_default,
  spf_syntax_default,
  spf_terms_after_all_default,
  spf_unknown_mechanism_default,
  spf_void_lookups_default,
  srv_format_default,
  srv_imaps_default,
  srv_submission_port_mismatch_default,
  srv_target_cname_default,
  tls_rpt_syntax_default,
  ttl_above_panel_max_default,
  ttl_below_ovh_min_default,
  ttl_mail_too_short_default,
  ttl_rrset_mismatch_default,
  txt_ovh_embedded_quote_default,
  txt_ovh_multistring_default
];

// src/engine/files.ts
import * as fs from "node:fs";
import { readdirSync, statSync } from "node:fs";
import { join as join3, relative, resolve as resolve2, sep } from "node:path";

// src/cli/command.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/engine/files.ts
var isDomainFile = (name) => /\.ya?ml$/i.test(name) && !/^Pulumi\./.test(name) && !name.startsWith(".");
function findDomainFiles(paths, cwd) {
  const found = /* @__PURE__ */ new Map();
  const add = (absolute) => {
    const display = relative(cwd, absolute).split(sep).join("/") || absolute;
    found.set(absolute, { display: display.startsWith("..") ? absolute : display, absolute });
  };
  const walk = (dir, depth) => {
    if (depth > 16) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join3(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile() && isDomainFile(entry.name)) add(full);
    }
  };
  for (const path of paths) {
    const absolute = resolve2(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`${path}: no such file or directory (give domain files or folders, e.g. stacks/)`);
    }
    if (stats.isDirectory()) walk(absolute, 0);
    else add(absolute);
  }
  return [...found.values()].sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
}
function readBoundedFile(files, path, max) {
  const fd = files.openSync(path, "r");
  try {
    const size = files.fstatSync(fd).size;
    if (size > max) return { tooLarge: size };
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const n = files.readSync(fd, bytes, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { bytes: offset === size ? bytes : bytes.slice(0, offset) };
  } finally {
    files.closeSync(fd);
  }
}
function readDomainFile(ref) {
  try {
    return readBoundedFile(fs, ref.absolute, MAX_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`${ref.display}: cannot read (${error.code ?? "error"})`);
  }
}

// src/config/domain.ts
import { domainToASCII as domainToASCII2 } from "node:url";
var DEFAULT_TTL = 3600;
var asList = (value) => value === void 0 || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
var TextBuilder = class {
  constructor(separator) {
    this.separator = separator;
  }
  value = "";
  segments = [];
  add(part, path) {
    if (this.value.length > 0) this.value += this.separator;
    this.segments.push({ start: this.value.length, end: this.value.length + part.length, path });
    this.value += part;
  }
  build(path) {
    return { value: this.value, path, segments: this.segments };
  }
};
function recordText(value, path) {
  if (Array.isArray(value)) {
    const strings = value.map(String);
    return { value: strings.join(""), path, strings };
  }
  return { value: String(value), path };
}
function toALabel(name) {
  const trimmed = name.trim().replace(/\.$/, "");
  if (trimmed === "" || /\s/.test(trimmed)) return null;
  const ascii = domainToASCII2(trimmed);
  return ascii === "" ? null : ascii.toLowerCase();
}
function renderSpf(spf) {
  const builder = new TextBuilder(" ");
  builder.add("v=spf1", ["spf"]);
  if (spf.mx === true) builder.add("mx", ["spf", "mx"]);
  if (spf.a === true) builder.add("a", ["spf", "a"]);
  const listTerms = (value, prefix, path) => {
    if (Array.isArray(value)) value.forEach((item, i) => builder.add(`${prefix}:${String(item)}`, [...path, i]));
    else if (value !== void 0) builder.add(`${prefix}:${String(value)}`, path);
  };
  listTerms(spf.ip4, "ip4", ["spf", "ip4"]);
  listTerms(spf.ip6, "ip6", ["spf", "ip6"]);
  listTerms(spf.include, "include", ["spf", "include"]);
  const senders = [];
  (Array.isArray(spf.senders) ? spf.senders : []).forEach((sender, i) => {
    const path = ["spf", "senders", i];
    const terms = [];
    for (const kind of ["ip4", "ip6", "include"]) {
      const value = sender[kind];
      const list = asList(value);
      list.forEach((item, j) => {
        const term = `${kind}:${item}`;
        terms.push(term);
        builder.add(term, Array.isArray(value) ? [...path, kind, j] : [...path, kind]);
      });
    }
    senders.push({ name: String(sender.name), terms, path });
  });
  if (typeof spf.redirect === "string") builder.add(`redirect=${spf.redirect}`, ["spf", "redirect"]);
  if (typeof spf.all === "string") builder.add(`${spf.all}all`, ["spf", "all"]);
  return { text: builder.build(["spf"]), senders };
}
var DMARC_TAG_ORDER = ["p", "sp", "np", "adkim", "aspf", "pct", "t", "fo", "rua", "ruf"];
function renderDmarc(dmarc) {
  const builder = new TextBuilder("; ");
  builder.add("v=DMARC1", ["dmarc"]);
  for (const tag of DMARC_TAG_ORDER) {
    const value = dmarc[tag];
    if (value === void 0) continue;
    const text = Array.isArray(value) ? value.map(String).join(",") : String(value);
    builder.add(`${tag}=${text}`, ["dmarc", tag]);
  }
  return builder.build(["dmarc"]);
}
function endpoint(value, path) {
  if (!value || typeof value !== "object") return null;
  const v = value;
  return { host: String(v.host), port: Number(v.port), tls: v.tls, path };
}
function buildDomainModel(file, value) {
  const domain = toALabel(String(value.domain));
  if (!domain) return { invalidDomain: String(value.domain) };
  const ttl = typeof value.ttl === "number" ? value.ttl : DEFAULT_TTL;
  const mailValue = value.mail ?? {};
  const provider = mailValue.provider ?? "external";
  const region = mailValue.region ?? "eu";
  const mail = {
    provider,
    offer: provider === "ovh" ? mailValue.offer ?? "mx-plan" : null,
    region,
    sends: typeof mailValue.sends === "boolean" ? mailValue.sends : provider !== "none",
    receives: typeof mailValue.receives === "boolean" ? mailValue.receives : provider !== "none",
    server: typeof mailValue.server === "string" ? mailValue.server : null,
    ips: asList(mailValue.ips),
    path: ["mail"]
  };
  let mx = null;
  if (value.mx === "ovh") {
    mx = { preset: "ovh", entries: ovhMxSet(region).map((e) => ({ ...e, ttl, path: ["mx"] })), path: ["mx"] };
  } else if (value.mx === "none") {
    mx = { preset: "null", entries: [{ host: ".", priority: 0, ttl, path: ["mx"] }], path: ["mx"] };
  } else if (Array.isArray(value.mx)) {
    mx = {
      preset: null,
      entries: value.mx.map((e, i) => ({
        host: String(e.host),
        priority: Number(e.priority),
        ttl: typeof e.ttl === "number" ? e.ttl : ttl,
        path: ["mx", i]
      })),
      path: ["mx"]
    };
  }
  let spf = null;
  if (typeof value.spf === "string") {
    spf = { text: recordText(value.spf, ["spf"]), structured: false, senders: [], ttl, path: ["spf"] };
  } else if (value.spf && typeof value.spf === "object") {
    const s = value.spf;
    const recordTtl = typeof s.ttl === "number" ? s.ttl : ttl;
    if (s.record !== void 0) {
      spf = { text: recordText(s.record, ["spf", "record"]), structured: false, senders: [], ttl: recordTtl, path: ["spf"] };
    } else {
      const { text, senders } = renderSpf(s);
      spf = { text, structured: true, senders, ttl: recordTtl, path: ["spf"] };
    }
  }
  let dkim = null;
  if (value.dkim && typeof value.dkim === "object") {
    const d = value.dkim;
    const selectors = (Array.isArray(d.selectors) ? d.selectors : []).map((s, i) => {
      const path = ["dkim", "selectors", i];
      const name = String(s.name);
      return {
        name,
        kind: s.cname !== void 0 ? "cname" : "txt",
        target: s.cname !== void 0 ? String(s.cname) : null,
        text: s.record !== void 0 ? recordText(s.record, [...path, "record"]) : null,
        active: s.active !== false,
        ovh: typeof s.ovh === "boolean" ? s.ovh : OVH_DKIM_SELECTOR_NAME.test(name),
        ttl: typeof s.ttl === "number" ? s.ttl : ttl,
        path
      };
    });
    dkim = { selectors, switchedAt: typeof d.switchedAt === "string" ? d.switchedAt : null, path: ["dkim"] };
  }
  let dmarc = null;
  if (typeof value.dmarc === "string") {
    dmarc = { text: recordText(value.dmarc, ["dmarc"]), structured: false, since: null, history: [], ttl, path: ["dmarc"] };
  } else if (value.dmarc && typeof value.dmarc === "object") {
    const d = value.dmarc;
    const history = (Array.isArray(d.history) ? d.history : []).map((h, i) => ({
      p: String(h.p),
      pct: typeof h.pct === "number" ? h.pct : null,
      t: h.t === void 0 ? null : String(h.t) === "y",
      since: String(h.since),
      path: ["dmarc", "history", i]
    }));
    const structured = d.record === void 0;
    dmarc = {
      text: structured ? renderDmarc(d) : recordText(d.record, ["dmarc", "record"]),
      structured,
      since: typeof d.since === "string" ? d.since : null,
      history,
      ttl: typeof d.ttl === "number" ? d.ttl : ttl,
      path: ["dmarc"]
    };
  }
  const srv = (Array.isArray(value.srv) ? value.srv : []).map((s, i) => ({
    service: String(s.service),
    priority: typeof s.priority === "number" ? s.priority : 0,
    weight: typeof s.weight === "number" ? s.weight : 0,
    port: Number(s.port),
    target: String(s.target),
    ttl: typeof s.ttl === "number" ? s.ttl : ttl,
    path: ["srv", i]
  }));
  const cname = (Array.isArray(value.cname) ? value.cname : []).map((c, i) => ({
    name: String(c.name),
    target: String(c.target),
    ttl: typeof c.ttl === "number" ? c.ttl : ttl,
    path: ["cname", i]
  }));
  let mtaSts = null;
  if (value.mtaSts && typeof value.mtaSts === "object") {
    const m = value.mtaSts;
    const policy = m.policy;
    mtaSts = {
      text: typeof m.record === "string" ? recordText(m.record, ["mtaSts", "record"]) : null,
      policy: policy ? { mode: String(policy.mode), mx: asList(policy.mx), maxAge: Number(policy.maxAge), path: ["mtaSts", "policy"] } : null,
      since: typeof m.since === "string" ? m.since : null,
      history: (Array.isArray(m.history) ? m.history : []).map((h, i) => ({ mode: String(h.mode), since: String(h.since), path: ["mtaSts", "history", i] })),
      ttl: typeof m.ttl === "number" ? m.ttl : ttl,
      path: ["mtaSts"]
    };
  }
  let tlsRpt = null;
  if (typeof value.tlsRpt === "string") tlsRpt = { text: recordText(value.tlsRpt, ["tlsRpt"]), ttl, path: ["tlsRpt"] };
  else if (value.tlsRpt && typeof value.tlsRpt === "object") {
    const t = value.tlsRpt;
    tlsRpt = { text: recordText(t.record, ["tlsRpt", "record"]), ttl: typeof t.ttl === "number" ? t.ttl : ttl, path: ["tlsRpt"] };
  }
  const clientsValue = value.clients ?? {};
  const suppressions = (Array.isArray(value.lint) ? value.lint : []).map((s, i) => ({
    rule: String(s.rule),
    reason: String(s.reason),
    until: typeof s.until === "string" ? s.until : null,
    path: ["lint", i]
  }));
  return {
    model: {
      file,
      domain,
      ttl,
      mail,
      mx,
      spf,
      dkim,
      dmarc,
      srv,
      cname,
      mtaSts,
      tlsRpt,
      clients: {
        imap: endpoint(clientsValue.imap, ["clients", "imap"]),
        smtp: endpoint(clientsValue.smtp, ["clients", "smtp"]),
        pop: endpoint(clientsValue.pop, ["clients", "pop"])
      },
      migrationUntil: typeof value.migrationUntil === "string" ? value.migrationUntil : null,
      suppressions
    }
  };
}

// src/schema/domain-validator.generated.js
var runtime0 = { default: function ucs2length(str2) {
  const len = str2.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str2.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str2.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
} };
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://maildns.dev/schema/domain.schema.json", "title": "maildns domain file", "description": "One domain's mail DNS (MX, SPF, DKIM, DMARC, client records) as code. See the README for every field.", "type": "object", "additionalProperties": false, "required": ["domain"], "properties": { "domain": { "type": "string", "minLength": 1, "maxLength": 253, "description": "The domain (IDN accepted, stored as its A-label), e.g. example.com." }, "ttl": { "$ref": "#/definitions/ttl", "description": "Default TTL for every record in this file (default 3600, OVH's zone default)." }, "mail": { "type": "object", "additionalProperties": false, "required": ["provider"], "description": "Who hosts the mailboxes and whether the domain sends and receives mail.", "properties": { "provider": { "enum": ["ovh", "external", "none"], "description": "ovh: an OVHcloud offer; external: another provider; none: a parked domain (null MX, v=spf1 -all, p=reject)." }, "offer": { "enum": ["mx-plan", "email-pro", "hosted-exchange", "private-exchange", "zimbra"], "description": "The OVHcloud mail offer (provider ovh)." }, "region": { "enum": ["eu", "ca"], "description": "OVHcloud region of the mail service (default eu)." }, "server": { "type": "string", "description": "Email Pro / Exchange server host, e.g. pro1.mail.ovh.net." }, "ips": { "type": "array", "items": { "type": "string" }, "description": "Private Exchange sending addresses." }, "sends": { "type": "boolean", "description": "Whether the domain sends mail (default: provider is not none)." }, "receives": { "type": "boolean", "description": "Whether the domain receives mail (default: provider is not none)." } } }, "mx": { "description": "MX records: `ovh` (OVH's documented set for the region), `none` (RFC 7505 null MX) or a list.", "oneOf": [{ "enum": ["ovh", "none"] }, { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["host", "priority"], "properties": { "host": { "type": "string", "description": "Mail exchanger host name, e.g. mx0.mail.ovh.net." }, "priority": { "type": "integer", "description": "Preference, 0 to 65535 (lower is tried first)." }, "ttl": { "$ref": "#/definitions/ttl" } } } }] }, "spf": { "description": 'The SPF record as text ("v=spf1 include:mx.ovh.com ~all") or in structured form.', "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "properties": { "record": { "$ref": "#/definitions/recordText" }, "mx": { "type": "boolean", "description": "Authorize the domain's MX hosts (costs one lookup)." }, "a": { "type": "boolean", "description": "Authorize the domain's A/AAAA addresses (costs one lookup)." }, "ip4": { "$ref": "#/definitions/stringList" }, "ip6": { "$ref": "#/definitions/stringList" }, "include": { "$ref": "#/definitions/stringList" }, "senders": { "type": "array", "description": "Third-party senders (newsletter, CRM), so the linter can say which sender costs how many lookups.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "include": { "$ref": "#/definitions/stringList" }, "ip4": { "$ref": "#/definitions/stringList" }, "ip6": { "$ref": "#/definitions/stringList" } } } }, "redirect": { "type": "string", "description": "redirect= modifier target." }, "all": { "enum": ["-", "~", "?", "+"], "description": "Qualifier of the final all term (omit for none)." }, "ttl": { "$ref": "#/definitions/ttl" } } }] }, "dkim": { "type": "object", "additionalProperties": false, "properties": { "switchedAt": { "$ref": "#/definitions/date", "description": "Day signing moved to the current selector (OVH: keep the old one at least 7 days)." }, "selectors": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "description": "Selector, e.g. ovhmo1234567-selector1 (read it from OVH's API)." }, "cname": { "type": "string", "description": "CNAME delegation target (OVH publishes its keys this way)." }, "record": { "$ref": "#/definitions/recordText" }, "active": { "type": "boolean", "description": "Whether mail is signed with this selector now (default true)." }, "ovh": { "type": "boolean", "description": "Whether OVH manages this selector (default: the name follows OVH's pattern)." }, "ttl": { "$ref": "#/definitions/ttl" } } } } } }, "dmarc": { "description": "The DMARC record as text or in structured form, with the date the current policy took effect.", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "properties": { "record": { "type": "string" }, "p": { "type": "string", "description": "none | quarantine | reject" }, "sp": { "type": "string" }, "np": { "type": "string" }, "pct": { "type": "integer" }, "t": { "type": "string" }, "rua": { "$ref": "#/definitions/stringList" }, "ruf": { "$ref": "#/definitions/stringList" }, "adkim": { "type": "string" }, "aspf": { "type": "string" }, "fo": { "type": "string" }, "since": { "$ref": "#/definitions/date" }, "history": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["p", "since"], "properties": { "p": { "type": "string" }, "pct": { "type": "integer" }, "t": { "type": "string" }, "since": { "$ref": "#/definitions/date" } } } }, "ttl": { "$ref": "#/definitions/ttl" } } }] }, "srv": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "port", "target"], "properties": { "service": { "type": "string", "description": "e.g. _submission._tcp, _imaps._tcp, _autodiscover._tcp" }, "priority": { "type": "integer" }, "weight": { "type": "integer" }, "port": { "type": "integer" }, "target": { "type": "string" }, "ttl": { "$ref": "#/definitions/ttl" } } } }, "cname": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "target"], "properties": { "name": { "type": "string", "description": "Owner label, e.g. autoconfig" }, "target": { "type": "string" }, "ttl": { "$ref": "#/definitions/ttl" } } } }, "mtaSts": { "type": "object", "additionalProperties": false, "description": "MTA-STS (RFC 8461): the _mta-sts TXT record, and the policy you serve at https://mta-sts.<domain>/.well-known/mta-sts.txt so maildns can check it against your MX.", "properties": { "record": { "type": "string", "description": "The _mta-sts TXT record, e.g. v=STSv1; id=20260901" }, "policy": { "type": "object", "additionalProperties": false, "required": ["mode", "mx", "maxAge"], "properties": { "mode": { "type": "string", "description": "enforce | testing | none" }, "mx": { "$ref": "#/definitions/stringList", "description": "MX patterns, e.g. *.mail.ovh.net" }, "maxAge": { "type": "integer", "description": "max_age in seconds (at most 31557600)" } } }, "since": { "$ref": "#/definitions/date", "description": "When the current policy mode took effect." }, "history": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["mode", "since"], "properties": { "mode": { "type": "string" }, "since": { "$ref": "#/definitions/date" } } } }, "ttl": { "$ref": "#/definitions/ttl" } } }, "tlsRpt": { "description": "TLS-RPT (RFC 8460): the _smtp._tls TXT record, e.g. v=TLSRPTv1; rua=mailto:tlsrpt@example.com", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["record"], "properties": { "record": { "type": "string" }, "ttl": { "$ref": "#/definitions/ttl" } } }] }, "clients": { "type": "object", "additionalProperties": false, "properties": { "imap": { "$ref": "#/definitions/client" }, "smtp": { "$ref": "#/definitions/client" }, "pop": { "$ref": "#/definitions/client" } } }, "migrationUntil": { "$ref": "#/definitions/date", "description": "Until this day short TTLs are accepted (a migration is under way)." }, "lint": { "type": "array", "description": "Suppressions: each needs a reason and may expire.", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string" }, "reason": { "type": "string", "minLength": 3 }, "until": { "$ref": "#/definitions/date" } } } } }, "definitions": { "ttl": { "type": "integer", "minimum": 0, "maximum": 2147483647, "description": "TTL in seconds: 0 (zone default) or at least 60 for OVH." }, "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "A day, YYYY-MM-DD." }, "stringList": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "recordText": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "client": { "type": "object", "additionalProperties": false, "required": ["host", "port", "tls"], "properties": { "host": { "type": "string" }, "port": { "type": "integer", "minimum": 1, "maximum": 65535 }, "tls": { "enum": ["ssl", "starttls", "none"] } } } } };
var schema12 = { "type": "integer", "minimum": 0, "maximum": 2147483647, "description": "TTL in seconds: 0 (zone default) or at least 60 for OVH." };
var schema14 = { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] };
var schema15 = { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] };
var schema22 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "A day, YYYY-MM-DD." };
var schema37 = { "type": "object", "additionalProperties": false, "required": ["host", "port", "tls"], "properties": { "host": { "type": "string" }, "port": { "type": "integer", "minimum": 1, "maximum": 65535 }, "tls": { "enum": ["ssl", "starttls", "none"] } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.domain === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.domain !== void 0) {
      let data0 = data.domain;
      if (typeof data0 === "string") {
        if (func3(data0) > 253) {
          const err2 = { instancePath: instancePath + "/domain", schemaPath: "#/properties/domain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema11.properties.domain, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err3 = { instancePath: instancePath + "/domain", schemaPath: "#/properties/domain/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.domain, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/domain", schemaPath: "#/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.domain.type, parentSchema: schema11.properties.domain, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.ttl !== void 0) {
      let data1 = data.ttl;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err5 = { instancePath: instancePath + "/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.mail !== void 0) {
      let data2 = data.mail;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.provider === void 0) {
          const err8 = { instancePath: instancePath + "/mail", schemaPath: "#/properties/mail/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema11.properties.mail.required, parentSchema: schema11.properties.mail, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "provider" || key1 === "offer" || key1 === "region" || key1 === "server" || key1 === "ips" || key1 === "sends" || key1 === "receives")) {
            const err9 = { instancePath: instancePath + "/mail", schemaPath: "#/properties/mail/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mail, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.provider !== void 0) {
          let data3 = data2.provider;
          if (!(data3 === "ovh" || data3 === "external" || data3 === "none")) {
            const err10 = { instancePath: instancePath + "/mail/provider", schemaPath: "#/properties/mail/properties/provider/enum", keyword: "enum", params: { allowedValues: schema11.properties.mail.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mail.properties.provider.enum, parentSchema: schema11.properties.mail.properties.provider, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.offer !== void 0) {
          let data4 = data2.offer;
          if (!(data4 === "mx-plan" || data4 === "email-pro" || data4 === "hosted-exchange" || data4 === "private-exchange" || data4 === "zimbra")) {
            const err11 = { instancePath: instancePath + "/mail/offer", schemaPath: "#/properties/mail/properties/offer/enum", keyword: "enum", params: { allowedValues: schema11.properties.mail.properties.offer.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mail.properties.offer.enum, parentSchema: schema11.properties.mail.properties.offer, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.region !== void 0) {
          let data5 = data2.region;
          if (!(data5 === "eu" || data5 === "ca")) {
            const err12 = { instancePath: instancePath + "/mail/region", schemaPath: "#/properties/mail/properties/region/enum", keyword: "enum", params: { allowedValues: schema11.properties.mail.properties.region.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mail.properties.region.enum, parentSchema: schema11.properties.mail.properties.region, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.server !== void 0) {
          let data6 = data2.server;
          if (typeof data6 !== "string") {
            const err13 = { instancePath: instancePath + "/mail/server", schemaPath: "#/properties/mail/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mail.properties.server.type, parentSchema: schema11.properties.mail.properties.server, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.ips !== void 0) {
          let data7 = data2.ips;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 !== "string") {
                const err14 = { instancePath: instancePath + "/mail/ips/" + i0, schemaPath: "#/properties/mail/properties/ips/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mail.properties.ips.items.type, parentSchema: schema11.properties.mail.properties.ips.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/mail/ips", schemaPath: "#/properties/mail/properties/ips/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mail.properties.ips.type, parentSchema: schema11.properties.mail.properties.ips, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.sends !== void 0) {
          let data9 = data2.sends;
          if (typeof data9 !== "boolean") {
            const err16 = { instancePath: instancePath + "/mail/sends", schemaPath: "#/properties/mail/properties/sends/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.mail.properties.sends.type, parentSchema: schema11.properties.mail.properties.sends, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.receives !== void 0) {
          let data10 = data2.receives;
          if (typeof data10 !== "boolean") {
            const err17 = { instancePath: instancePath + "/mail/receives", schemaPath: "#/properties/mail/properties/receives/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.mail.properties.receives.type, parentSchema: schema11.properties.mail.properties.receives, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/mail", schemaPath: "#/properties/mail/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mail.type, parentSchema: schema11.properties.mail, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.mx !== void 0) {
      let data11 = data.mx;
      const _errs24 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs25 = errors;
      if (!(data11 === "ovh" || data11 === "none")) {
        const err19 = { instancePath: instancePath + "/mx", schemaPath: "#/properties/mx/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.mx.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mx.oneOf[0].enum, parentSchema: schema11.properties.mx.oneOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs25 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs26 = errors;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.host === void 0) {
              const err20 = { instancePath: instancePath + "/mx/" + i1, schemaPath: "#/properties/mx/oneOf/1/items/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema11.properties.mx.oneOf[1].items.required, parentSchema: schema11.properties.mx.oneOf[1].items, data: data12 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data12.priority === void 0) {
              const err21 = { instancePath: instancePath + "/mx/" + i1, schemaPath: "#/properties/mx/oneOf/1/items/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property 'priority'", schema: schema11.properties.mx.oneOf[1].items.required, parentSchema: schema11.properties.mx.oneOf[1].items, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key2 in data12) {
              if (!(key2 === "host" || key2 === "priority" || key2 === "ttl")) {
                const err22 = { instancePath: instancePath + "/mx/" + i1, schemaPath: "#/properties/mx/oneOf/1/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mx.oneOf[1].items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data12.host !== void 0) {
              let data13 = data12.host;
              if (typeof data13 !== "string") {
                const err23 = { instancePath: instancePath + "/mx/" + i1 + "/host", schemaPath: "#/properties/mx/oneOf/1/items/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mx.oneOf[1].items.properties.host.type, parentSchema: schema11.properties.mx.oneOf[1].items.properties.host, data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data12.priority !== void 0) {
              let data14 = data12.priority;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
                const err24 = { instancePath: instancePath + "/mx/" + i1 + "/priority", schemaPath: "#/properties/mx/oneOf/1/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.mx.oneOf[1].items.properties.priority.type, parentSchema: schema11.properties.mx.oneOf[1].items.properties.priority, data: data14 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data12.ttl !== void 0) {
              let data15 = data12.ttl;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                const err25 = { instancePath: instancePath + "/mx/" + i1 + "/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data15 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data15 == "number") {
                if (data15 > 2147483647 || isNaN(data15)) {
                  const err26 = { instancePath: instancePath + "/mx/" + i1 + "/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err27 = { instancePath: instancePath + "/mx/" + i1 + "/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/mx/" + i1, schemaPath: "#/properties/mx/oneOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mx.oneOf[1].items.type, parentSchema: schema11.properties.mx.oneOf[1].items, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/mx", schemaPath: "#/properties/mx/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mx.oneOf[1].type, parentSchema: schema11.properties.mx.oneOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs26 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err30 = { instancePath: instancePath + "/mx", schemaPath: "#/properties/mx/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.mx.oneOf, parentSchema: schema11.properties.mx, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.spf !== void 0) {
      let data16 = data.spf;
      const _errs39 = errors;
      let valid10 = false;
      let passing1 = null;
      const _errs40 = errors;
      if (typeof data16 !== "string") {
        const err31 = { instancePath: instancePath + "/spf", schemaPath: "#/properties/spf/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spf.oneOf[0].type, parentSchema: schema11.properties.spf.oneOf[0], data: data16 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid1 = _errs40 === errors;
      if (_valid1) {
        valid10 = true;
        passing1 = 0;
      }
      const _errs42 = errors;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          if (!func2.call(schema11.properties.spf.oneOf[1].properties, key3)) {
            const err32 = { instancePath: instancePath + "/spf", schemaPath: "#/properties/spf/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spf.oneOf[1], data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data16.record !== void 0) {
          let data17 = data16.record;
          const _errs47 = errors;
          let valid13 = false;
          let passing2 = null;
          const _errs48 = errors;
          if (typeof data17 !== "string") {
            const err33 = { instancePath: instancePath + "/spf/record", schemaPath: "#/definitions/recordText/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.oneOf[0].type, parentSchema: schema14.oneOf[0], data: data17 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid2 = _errs48 === errors;
          if (_valid2) {
            valid13 = true;
            passing2 = 0;
          }
          const _errs50 = errors;
          if (Array.isArray(data17)) {
            if (data17.length < 1) {
              const err34 = { instancePath: instancePath + "/spf/record", schemaPath: "#/definitions/recordText/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.oneOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len2 = data17.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data18 = data17[i2];
              if (typeof data18 !== "string") {
                const err35 = { instancePath: instancePath + "/spf/record/" + i2, schemaPath: "#/definitions/recordText/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.oneOf[1].items.type, parentSchema: schema14.oneOf[1].items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/spf/record", schemaPath: "#/definitions/recordText/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.oneOf[1].type, parentSchema: schema14.oneOf[1], data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var _valid2 = _errs50 === errors;
          if (_valid2 && valid13) {
            valid13 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid13 = true;
              passing2 = 1;
            }
          }
          if (!valid13) {
            const err37 = { instancePath: instancePath + "/spf/record", schemaPath: "#/definitions/recordText/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema14.oneOf, parentSchema: schema14, data: data17 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          } else {
            errors = _errs47;
            if (vErrors !== null) {
              if (_errs47) {
                vErrors.length = _errs47;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data16.mx !== void 0) {
          let data19 = data16.mx;
          if (typeof data19 !== "boolean") {
            const err38 = { instancePath: instancePath + "/spf/mx", schemaPath: "#/properties/spf/oneOf/1/properties/mx/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spf.oneOf[1].properties.mx.type, parentSchema: schema11.properties.spf.oneOf[1].properties.mx, data: data19 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data16.a !== void 0) {
          let data20 = data16.a;
          if (typeof data20 !== "boolean") {
            const err39 = { instancePath: instancePath + "/spf/a", schemaPath: "#/properties/spf/oneOf/1/properties/a/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spf.oneOf[1].properties.a.type, parentSchema: schema11.properties.spf.oneOf[1].properties.a, data: data20 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data16.ip4 !== void 0) {
          let data21 = data16.ip4;
          const _errs60 = errors;
          let valid17 = false;
          let passing3 = null;
          const _errs61 = errors;
          if (typeof data21 !== "string") {
            const err40 = { instancePath: instancePath + "/spf/ip4", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data21 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var _valid3 = _errs61 === errors;
          if (_valid3) {
            valid17 = true;
            passing3 = 0;
          }
          const _errs63 = errors;
          if (Array.isArray(data21)) {
            const len3 = data21.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data22 = data21[i3];
              if (typeof data22 !== "string") {
                const err41 = { instancePath: instancePath + "/spf/ip4/" + i3, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/spf/ip4", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data21 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid3 = _errs63 === errors;
          if (_valid3 && valid17) {
            valid17 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid17 = true;
              passing3 = 1;
            }
          }
          if (!valid17) {
            const err43 = { instancePath: instancePath + "/spf/ip4", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          } else {
            errors = _errs60;
            if (vErrors !== null) {
              if (_errs60) {
                vErrors.length = _errs60;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data16.ip6 !== void 0) {
          let data23 = data16.ip6;
          const _errs69 = errors;
          let valid21 = false;
          let passing4 = null;
          const _errs70 = errors;
          if (typeof data23 !== "string") {
            const err44 = { instancePath: instancePath + "/spf/ip6", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data23 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid4 = _errs70 === errors;
          if (_valid4) {
            valid21 = true;
            passing4 = 0;
          }
          const _errs72 = errors;
          if (Array.isArray(data23)) {
            const len4 = data23.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data24 = data23[i4];
              if (typeof data24 !== "string") {
                const err45 = { instancePath: instancePath + "/spf/ip6/" + i4, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/spf/ip6", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data23 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          var _valid4 = _errs72 === errors;
          if (_valid4 && valid21) {
            valid21 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid21 = true;
              passing4 = 1;
            }
          }
          if (!valid21) {
            const err47 = { instancePath: instancePath + "/spf/ip6", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          } else {
            errors = _errs69;
            if (vErrors !== null) {
              if (_errs69) {
                vErrors.length = _errs69;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data16.include !== void 0) {
          let data25 = data16.include;
          const _errs78 = errors;
          let valid25 = false;
          let passing5 = null;
          const _errs79 = errors;
          if (typeof data25 !== "string") {
            const err48 = { instancePath: instancePath + "/spf/include", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data25 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid5 = _errs79 === errors;
          if (_valid5) {
            valid25 = true;
            passing5 = 0;
          }
          const _errs81 = errors;
          if (Array.isArray(data25)) {
            const len5 = data25.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data26 = data25[i5];
              if (typeof data26 !== "string") {
                const err49 = { instancePath: instancePath + "/spf/include/" + i5, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/spf/include", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data25 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var _valid5 = _errs81 === errors;
          if (_valid5 && valid25) {
            valid25 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid25 = true;
              passing5 = 1;
            }
          }
          if (!valid25) {
            const err51 = { instancePath: instancePath + "/spf/include", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data25 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          } else {
            errors = _errs78;
            if (vErrors !== null) {
              if (_errs78) {
                vErrors.length = _errs78;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data16.senders !== void 0) {
          let data27 = data16.senders;
          if (Array.isArray(data27)) {
            const len6 = data27.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data28 = data27[i6];
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                if (data28.name === void 0) {
                  const err52 = { instancePath: instancePath + "/spf/senders/" + i6, schemaPath: "#/properties/spf/oneOf/1/properties/senders/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.spf.oneOf[1].properties.senders.items.required, parentSchema: schema11.properties.spf.oneOf[1].properties.senders.items, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                for (const key4 in data28) {
                  if (!(key4 === "name" || key4 === "include" || key4 === "ip4" || key4 === "ip6")) {
                    const err53 = { instancePath: instancePath + "/spf/senders/" + i6, schemaPath: "#/properties/spf/oneOf/1/properties/senders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spf.oneOf[1].properties.senders.items, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data28.name !== void 0) {
                  let data29 = data28.name;
                  if (typeof data29 !== "string") {
                    const err54 = { instancePath: instancePath + "/spf/senders/" + i6 + "/name", schemaPath: "#/properties/spf/oneOf/1/properties/senders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spf.oneOf[1].properties.senders.items.properties.name.type, parentSchema: schema11.properties.spf.oneOf[1].properties.senders.items.properties.name, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data28.include !== void 0) {
                  let data30 = data28.include;
                  const _errs94 = errors;
                  let valid32 = false;
                  let passing6 = null;
                  const _errs95 = errors;
                  if (typeof data30 !== "string") {
                    const err55 = { instancePath: instancePath + "/spf/senders/" + i6 + "/include", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  var _valid6 = _errs95 === errors;
                  if (_valid6) {
                    valid32 = true;
                    passing6 = 0;
                  }
                  const _errs97 = errors;
                  if (Array.isArray(data30)) {
                    const len7 = data30.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data31 = data30[i7];
                      if (typeof data31 !== "string") {
                        const err56 = { instancePath: instancePath + "/spf/senders/" + i6 + "/include/" + i7, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/spf/senders/" + i6 + "/include", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  var _valid6 = _errs97 === errors;
                  if (_valid6 && valid32) {
                    valid32 = false;
                    passing6 = [passing6, 1];
                  } else {
                    if (_valid6) {
                      valid32 = true;
                      passing6 = 1;
                    }
                  }
                  if (!valid32) {
                    const err58 = { instancePath: instancePath + "/spf/senders/" + i6 + "/include", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  } else {
                    errors = _errs94;
                    if (vErrors !== null) {
                      if (_errs94) {
                        vErrors.length = _errs94;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data28.ip4 !== void 0) {
                  let data32 = data28.ip4;
                  const _errs103 = errors;
                  let valid36 = false;
                  let passing7 = null;
                  const _errs104 = errors;
                  if (typeof data32 !== "string") {
                    const err59 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip4", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data32 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  var _valid7 = _errs104 === errors;
                  if (_valid7) {
                    valid36 = true;
                    passing7 = 0;
                  }
                  const _errs106 = errors;
                  if (Array.isArray(data32)) {
                    const len8 = data32.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data33 = data32[i8];
                      if (typeof data33 !== "string") {
                        const err60 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip4/" + i8, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip4", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data32 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                  var _valid7 = _errs106 === errors;
                  if (_valid7 && valid36) {
                    valid36 = false;
                    passing7 = [passing7, 1];
                  } else {
                    if (_valid7) {
                      valid36 = true;
                      passing7 = 1;
                    }
                  }
                  if (!valid36) {
                    const err62 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip4", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  } else {
                    errors = _errs103;
                    if (vErrors !== null) {
                      if (_errs103) {
                        vErrors.length = _errs103;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data28.ip6 !== void 0) {
                  let data34 = data28.ip6;
                  const _errs112 = errors;
                  let valid40 = false;
                  let passing8 = null;
                  const _errs113 = errors;
                  if (typeof data34 !== "string") {
                    const err63 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip6", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data34 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  var _valid8 = _errs113 === errors;
                  if (_valid8) {
                    valid40 = true;
                    passing8 = 0;
                  }
                  const _errs115 = errors;
                  if (Array.isArray(data34)) {
                    const len9 = data34.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data35 = data34[i9];
                      if (typeof data35 !== "string") {
                        const err64 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip6/" + i9, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip6", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data34 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  var _valid8 = _errs115 === errors;
                  if (_valid8 && valid40) {
                    valid40 = false;
                    passing8 = [passing8, 1];
                  } else {
                    if (_valid8) {
                      valid40 = true;
                      passing8 = 1;
                    }
                  }
                  if (!valid40) {
                    const err66 = { instancePath: instancePath + "/spf/senders/" + i6 + "/ip6", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  } else {
                    errors = _errs112;
                    if (vErrors !== null) {
                      if (_errs112) {
                        vErrors.length = _errs112;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/spf/senders/" + i6, schemaPath: "#/properties/spf/oneOf/1/properties/senders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spf.oneOf[1].properties.senders.items.type, parentSchema: schema11.properties.spf.oneOf[1].properties.senders.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/spf/senders", schemaPath: "#/properties/spf/oneOf/1/properties/senders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spf.oneOf[1].properties.senders.type, parentSchema: schema11.properties.spf.oneOf[1].properties.senders, data: data27 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data16.redirect !== void 0) {
          let data36 = data16.redirect;
          if (typeof data36 !== "string") {
            const err69 = { instancePath: instancePath + "/spf/redirect", schemaPath: "#/properties/spf/oneOf/1/properties/redirect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spf.oneOf[1].properties.redirect.type, parentSchema: schema11.properties.spf.oneOf[1].properties.redirect, data: data36 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data16.all !== void 0) {
          let data37 = data16.all;
          if (!(data37 === "-" || data37 === "~" || data37 === "?" || data37 === "+")) {
            const err70 = { instancePath: instancePath + "/spf/all", schemaPath: "#/properties/spf/oneOf/1/properties/all/enum", keyword: "enum", params: { allowedValues: schema11.properties.spf.oneOf[1].properties.all.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spf.oneOf[1].properties.all.enum, parentSchema: schema11.properties.spf.oneOf[1].properties.all, data: data37 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data16.ttl !== void 0) {
          let data38 = data16.ttl;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)))) {
            const err71 = { instancePath: instancePath + "/spf/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data38 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (typeof data38 == "number") {
            if (data38 > 2147483647 || isNaN(data38)) {
              const err72 = { instancePath: instancePath + "/spf/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data38 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data38 < 0 || isNaN(data38)) {
              const err73 = { instancePath: instancePath + "/spf/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data38 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/spf", schemaPath: "#/properties/spf/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spf.oneOf[1].type, parentSchema: schema11.properties.spf.oneOf[1], data: data16 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      var _valid1 = _errs42 === errors;
      if (_valid1 && valid10) {
        valid10 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid10 = true;
          passing1 = 1;
        }
      }
      if (!valid10) {
        const err75 = { instancePath: instancePath + "/spf", schemaPath: "#/properties/spf/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.spf.oneOf, parentSchema: schema11.properties.spf, data: data16 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      } else {
        errors = _errs39;
        if (vErrors !== null) {
          if (_errs39) {
            vErrors.length = _errs39;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.dkim !== void 0) {
      let data39 = data.dkim;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key5 in data39) {
          if (!(key5 === "switchedAt" || key5 === "selectors")) {
            const err76 = { instancePath: instancePath + "/dkim", schemaPath: "#/properties/dkim/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dkim, data: data39 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data39.switchedAt !== void 0) {
          let data40 = data39.switchedAt;
          if (typeof data40 === "string") {
            if (!pattern0.test(data40)) {
              const err77 = { instancePath: instancePath + "/dkim/switchedAt", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data40 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/dkim/switchedAt", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data40 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data39.selectors !== void 0) {
          let data41 = data39.selectors;
          if (Array.isArray(data41)) {
            const len10 = data41.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data42 = data41[i10];
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.name === void 0) {
                  const err79 = { instancePath: instancePath + "/dkim/selectors/" + i10, schemaPath: "#/properties/dkim/properties/selectors/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.dkim.properties.selectors.items.required, parentSchema: schema11.properties.dkim.properties.selectors.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                for (const key6 in data42) {
                  if (!(key6 === "name" || key6 === "cname" || key6 === "record" || key6 === "active" || key6 === "ovh" || key6 === "ttl")) {
                    const err80 = { instancePath: instancePath + "/dkim/selectors/" + i10, schemaPath: "#/properties/dkim/properties/selectors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dkim.properties.selectors.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data42.name !== void 0) {
                  let data43 = data42.name;
                  if (typeof data43 !== "string") {
                    const err81 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/name", schemaPath: "#/properties/dkim/properties/selectors/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dkim.properties.selectors.items.properties.name.type, parentSchema: schema11.properties.dkim.properties.selectors.items.properties.name, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data42.cname !== void 0) {
                  let data44 = data42.cname;
                  if (typeof data44 !== "string") {
                    const err82 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/cname", schemaPath: "#/properties/dkim/properties/selectors/items/properties/cname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dkim.properties.selectors.items.properties.cname.type, parentSchema: schema11.properties.dkim.properties.selectors.items.properties.cname, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data42.record !== void 0) {
                  let data45 = data42.record;
                  const _errs142 = errors;
                  let valid50 = false;
                  let passing9 = null;
                  const _errs143 = errors;
                  if (typeof data45 !== "string") {
                    const err83 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/record", schemaPath: "#/definitions/recordText/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.oneOf[0].type, parentSchema: schema14.oneOf[0], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                  var _valid9 = _errs143 === errors;
                  if (_valid9) {
                    valid50 = true;
                    passing9 = 0;
                  }
                  const _errs145 = errors;
                  if (Array.isArray(data45)) {
                    if (data45.length < 1) {
                      const err84 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/record", schemaPath: "#/definitions/recordText/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.oneOf[1], data: data45 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                    const len11 = data45.length;
                    for (let i11 = 0; i11 < len11; i11++) {
                      let data46 = data45[i11];
                      if (typeof data46 !== "string") {
                        const err85 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/record/" + i11, schemaPath: "#/definitions/recordText/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.oneOf[1].items.type, parentSchema: schema14.oneOf[1].items, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/record", schemaPath: "#/definitions/recordText/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.oneOf[1].type, parentSchema: schema14.oneOf[1], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                  var _valid9 = _errs145 === errors;
                  if (_valid9 && valid50) {
                    valid50 = false;
                    passing9 = [passing9, 1];
                  } else {
                    if (_valid9) {
                      valid50 = true;
                      passing9 = 1;
                    }
                  }
                  if (!valid50) {
                    const err87 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/record", schemaPath: "#/definitions/recordText/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema14.oneOf, parentSchema: schema14, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  } else {
                    errors = _errs142;
                    if (vErrors !== null) {
                      if (_errs142) {
                        vErrors.length = _errs142;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data42.active !== void 0) {
                  let data47 = data42.active;
                  if (typeof data47 !== "boolean") {
                    const err88 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/active", schemaPath: "#/properties/dkim/properties/selectors/items/properties/active/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.dkim.properties.selectors.items.properties.active.type, parentSchema: schema11.properties.dkim.properties.selectors.items.properties.active, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data42.ovh !== void 0) {
                  let data48 = data42.ovh;
                  if (typeof data48 !== "boolean") {
                    const err89 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/ovh", schemaPath: "#/properties/dkim/properties/selectors/items/properties/ovh/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.dkim.properties.selectors.items.properties.ovh.type, parentSchema: schema11.properties.dkim.properties.selectors.items.properties.ovh, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data42.ttl !== void 0) {
                  let data49 = data42.ttl;
                  if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                    const err90 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  if (typeof data49 == "number") {
                    if (data49 > 2147483647 || isNaN(data49)) {
                      const err91 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    if (data49 < 0 || isNaN(data49)) {
                      const err92 = { instancePath: instancePath + "/dkim/selectors/" + i10 + "/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err93 = { instancePath: instancePath + "/dkim/selectors/" + i10, schemaPath: "#/properties/dkim/properties/selectors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dkim.properties.selectors.items.type, parentSchema: schema11.properties.dkim.properties.selectors.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/dkim/selectors", schemaPath: "#/properties/dkim/properties/selectors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.dkim.properties.selectors.type, parentSchema: schema11.properties.dkim.properties.selectors, data: data41 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/dkim", schemaPath: "#/properties/dkim/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dkim.type, parentSchema: schema11.properties.dkim, data: data39 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.dmarc !== void 0) {
      let data50 = data.dmarc;
      const _errs157 = errors;
      let valid54 = false;
      let passing10 = null;
      const _errs158 = errors;
      if (typeof data50 !== "string") {
        const err96 = { instancePath: instancePath + "/dmarc", schemaPath: "#/properties/dmarc/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[0].type, parentSchema: schema11.properties.dmarc.oneOf[0], data: data50 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
      var _valid10 = _errs158 === errors;
      if (_valid10) {
        valid54 = true;
        passing10 = 0;
      }
      const _errs160 = errors;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        for (const key7 in data50) {
          if (!func2.call(schema11.properties.dmarc.oneOf[1].properties, key7)) {
            const err97 = { instancePath: instancePath + "/dmarc", schemaPath: "#/properties/dmarc/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dmarc.oneOf[1], data: data50 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data50.record !== void 0) {
          let data51 = data50.record;
          if (typeof data51 !== "string") {
            const err98 = { instancePath: instancePath + "/dmarc/record", schemaPath: "#/properties/dmarc/oneOf/1/properties/record/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.record.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.record, data: data51 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data50.p !== void 0) {
          let data52 = data50.p;
          if (typeof data52 !== "string") {
            const err99 = { instancePath: instancePath + "/dmarc/p", schemaPath: "#/properties/dmarc/oneOf/1/properties/p/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.p.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.p, data: data52 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data50.sp !== void 0) {
          let data53 = data50.sp;
          if (typeof data53 !== "string") {
            const err100 = { instancePath: instancePath + "/dmarc/sp", schemaPath: "#/properties/dmarc/oneOf/1/properties/sp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.sp.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.sp, data: data53 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data50.np !== void 0) {
          let data54 = data50.np;
          if (typeof data54 !== "string") {
            const err101 = { instancePath: instancePath + "/dmarc/np", schemaPath: "#/properties/dmarc/oneOf/1/properties/np/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.np.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.np, data: data54 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data50.pct !== void 0) {
          let data55 = data50.pct;
          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
            const err102 = { instancePath: instancePath + "/dmarc/pct", schemaPath: "#/properties/dmarc/oneOf/1/properties/pct/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.dmarc.oneOf[1].properties.pct.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.pct, data: data55 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data50.t !== void 0) {
          let data56 = data50.t;
          if (typeof data56 !== "string") {
            const err103 = { instancePath: instancePath + "/dmarc/t", schemaPath: "#/properties/dmarc/oneOf/1/properties/t/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.t.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.t, data: data56 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data50.rua !== void 0) {
          let data57 = data50.rua;
          const _errs177 = errors;
          let valid57 = false;
          let passing11 = null;
          const _errs178 = errors;
          if (typeof data57 !== "string") {
            const err104 = { instancePath: instancePath + "/dmarc/rua", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data57 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          var _valid11 = _errs178 === errors;
          if (_valid11) {
            valid57 = true;
            passing11 = 0;
          }
          const _errs180 = errors;
          if (Array.isArray(data57)) {
            const len12 = data57.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data58 = data57[i12];
              if (typeof data58 !== "string") {
                const err105 = { instancePath: instancePath + "/dmarc/rua/" + i12, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data58 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/dmarc/rua", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data57 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          var _valid11 = _errs180 === errors;
          if (_valid11 && valid57) {
            valid57 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid57 = true;
              passing11 = 1;
            }
          }
          if (!valid57) {
            const err107 = { instancePath: instancePath + "/dmarc/rua", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data57 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          } else {
            errors = _errs177;
            if (vErrors !== null) {
              if (_errs177) {
                vErrors.length = _errs177;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data50.ruf !== void 0) {
          let data59 = data50.ruf;
          const _errs186 = errors;
          let valid61 = false;
          let passing12 = null;
          const _errs187 = errors;
          if (typeof data59 !== "string") {
            const err108 = { instancePath: instancePath + "/dmarc/ruf", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data59 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          var _valid12 = _errs187 === errors;
          if (_valid12) {
            valid61 = true;
            passing12 = 0;
          }
          const _errs189 = errors;
          if (Array.isArray(data59)) {
            const len13 = data59.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data60 = data59[i13];
              if (typeof data60 !== "string") {
                const err109 = { instancePath: instancePath + "/dmarc/ruf/" + i13, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data60 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/dmarc/ruf", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data59 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          var _valid12 = _errs189 === errors;
          if (_valid12 && valid61) {
            valid61 = false;
            passing12 = [passing12, 1];
          } else {
            if (_valid12) {
              valid61 = true;
              passing12 = 1;
            }
          }
          if (!valid61) {
            const err111 = { instancePath: instancePath + "/dmarc/ruf", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data59 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          } else {
            errors = _errs186;
            if (vErrors !== null) {
              if (_errs186) {
                vErrors.length = _errs186;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data50.adkim !== void 0) {
          let data61 = data50.adkim;
          if (typeof data61 !== "string") {
            const err112 = { instancePath: instancePath + "/dmarc/adkim", schemaPath: "#/properties/dmarc/oneOf/1/properties/adkim/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.adkim.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.adkim, data: data61 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data50.aspf !== void 0) {
          let data62 = data50.aspf;
          if (typeof data62 !== "string") {
            const err113 = { instancePath: instancePath + "/dmarc/aspf", schemaPath: "#/properties/dmarc/oneOf/1/properties/aspf/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.aspf.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.aspf, data: data62 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data50.fo !== void 0) {
          let data63 = data50.fo;
          if (typeof data63 !== "string") {
            const err114 = { instancePath: instancePath + "/dmarc/fo", schemaPath: "#/properties/dmarc/oneOf/1/properties/fo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.fo.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.fo, data: data63 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        if (data50.since !== void 0) {
          let data64 = data50.since;
          if (typeof data64 === "string") {
            if (!pattern0.test(data64)) {
              const err115 = { instancePath: instancePath + "/dmarc/since", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data64 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
          } else {
            const err116 = { instancePath: instancePath + "/dmarc/since", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data64 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data50.history !== void 0) {
          let data65 = data50.history;
          if (Array.isArray(data65)) {
            const len14 = data65.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data66 = data65[i14];
              if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                if (data66.p === void 0) {
                  const err117 = { instancePath: instancePath + "/dmarc/history/" + i14, schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/required", keyword: "required", params: { missingProperty: "p" }, message: "must have required property 'p'", schema: schema11.properties.dmarc.oneOf[1].properties.history.items.required, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                if (data66.since === void 0) {
                  const err118 = { instancePath: instancePath + "/dmarc/history/" + i14, schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'", schema: schema11.properties.dmarc.oneOf[1].properties.history.items.required, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
                for (const key8 in data66) {
                  if (!(key8 === "p" || key8 === "pct" || key8 === "t" || key8 === "since")) {
                    const err119 = { instancePath: instancePath + "/dmarc/history/" + i14, schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
                if (data66.p !== void 0) {
                  let data67 = data66.p;
                  if (typeof data67 !== "string") {
                    const err120 = { instancePath: instancePath + "/dmarc/history/" + i14 + "/p", schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/properties/p/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.history.items.properties.p.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items.properties.p, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data66.pct !== void 0) {
                  let data68 = data66.pct;
                  if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)))) {
                    const err121 = { instancePath: instancePath + "/dmarc/history/" + i14 + "/pct", schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/properties/pct/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.dmarc.oneOf[1].properties.history.items.properties.pct.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items.properties.pct, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data66.t !== void 0) {
                  let data69 = data66.t;
                  if (typeof data69 !== "string") {
                    const err122 = { instancePath: instancePath + "/dmarc/history/" + i14 + "/t", schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/properties/t/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dmarc.oneOf[1].properties.history.items.properties.t.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items.properties.t, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data66.since !== void 0) {
                  let data70 = data66.since;
                  if (typeof data70 === "string") {
                    if (!pattern0.test(data70)) {
                      const err123 = { instancePath: instancePath + "/dmarc/history/" + i14 + "/since", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  } else {
                    const err124 = { instancePath: instancePath + "/dmarc/history/" + i14 + "/since", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              } else {
                const err125 = { instancePath: instancePath + "/dmarc/history/" + i14, schemaPath: "#/properties/dmarc/oneOf/1/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dmarc.oneOf[1].properties.history.items.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history.items, data: data66 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
          } else {
            const err126 = { instancePath: instancePath + "/dmarc/history", schemaPath: "#/properties/dmarc/oneOf/1/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.dmarc.oneOf[1].properties.history.type, parentSchema: schema11.properties.dmarc.oneOf[1].properties.history, data: data65 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data50.ttl !== void 0) {
          let data71 = data50.ttl;
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)))) {
            const err127 = { instancePath: instancePath + "/dmarc/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data71 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          if (typeof data71 == "number") {
            if (data71 > 2147483647 || isNaN(data71)) {
              const err128 = { instancePath: instancePath + "/dmarc/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data71 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data71 < 0 || isNaN(data71)) {
              const err129 = { instancePath: instancePath + "/dmarc/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data71 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/dmarc", schemaPath: "#/properties/dmarc/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dmarc.oneOf[1].type, parentSchema: schema11.properties.dmarc.oneOf[1], data: data50 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
      var _valid10 = _errs160 === errors;
      if (_valid10 && valid54) {
        valid54 = false;
        passing10 = [passing10, 1];
      } else {
        if (_valid10) {
          valid54 = true;
          passing10 = 1;
        }
      }
      if (!valid54) {
        const err131 = { instancePath: instancePath + "/dmarc", schemaPath: "#/properties/dmarc/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.dmarc.oneOf, parentSchema: schema11.properties.dmarc, data: data50 };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      } else {
        errors = _errs157;
        if (vErrors !== null) {
          if (_errs157) {
            vErrors.length = _errs157;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.srv !== void 0) {
      let data72 = data.srv;
      if (Array.isArray(data72)) {
        const len15 = data72.length;
        for (let i15 = 0; i15 < len15; i15++) {
          let data73 = data72[i15];
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            if (data73.service === void 0) {
              const err132 = { instancePath: instancePath + "/srv/" + i15, schemaPath: "#/properties/srv/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.srv.items.required, parentSchema: schema11.properties.srv.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data73.port === void 0) {
              const err133 = { instancePath: instancePath + "/srv/" + i15, schemaPath: "#/properties/srv/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema11.properties.srv.items.required, parentSchema: schema11.properties.srv.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data73.target === void 0) {
              const err134 = { instancePath: instancePath + "/srv/" + i15, schemaPath: "#/properties/srv/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.properties.srv.items.required, parentSchema: schema11.properties.srv.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            for (const key9 in data73) {
              if (!(key9 === "service" || key9 === "priority" || key9 === "weight" || key9 === "port" || key9 === "target" || key9 === "ttl")) {
                const err135 = { instancePath: instancePath + "/srv/" + i15, schemaPath: "#/properties/srv/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.srv.items, data: data73 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data73.service !== void 0) {
              let data74 = data73.service;
              if (typeof data74 !== "string") {
                const err136 = { instancePath: instancePath + "/srv/" + i15 + "/service", schemaPath: "#/properties/srv/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.srv.items.properties.service.type, parentSchema: schema11.properties.srv.items.properties.service, data: data74 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data73.priority !== void 0) {
              let data75 = data73.priority;
              if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)))) {
                const err137 = { instancePath: instancePath + "/srv/" + i15 + "/priority", schemaPath: "#/properties/srv/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.srv.items.properties.priority.type, parentSchema: schema11.properties.srv.items.properties.priority, data: data75 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data73.weight !== void 0) {
              let data76 = data73.weight;
              if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)))) {
                const err138 = { instancePath: instancePath + "/srv/" + i15 + "/weight", schemaPath: "#/properties/srv/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.srv.items.properties.weight.type, parentSchema: schema11.properties.srv.items.properties.weight, data: data76 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data73.port !== void 0) {
              let data77 = data73.port;
              if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)))) {
                const err139 = { instancePath: instancePath + "/srv/" + i15 + "/port", schemaPath: "#/properties/srv/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.srv.items.properties.port.type, parentSchema: schema11.properties.srv.items.properties.port, data: data77 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data73.target !== void 0) {
              let data78 = data73.target;
              if (typeof data78 !== "string") {
                const err140 = { instancePath: instancePath + "/srv/" + i15 + "/target", schemaPath: "#/properties/srv/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.srv.items.properties.target.type, parentSchema: schema11.properties.srv.items.properties.target, data: data78 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data73.ttl !== void 0) {
              let data79 = data73.ttl;
              if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)))) {
                const err141 = { instancePath: instancePath + "/srv/" + i15 + "/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data79 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
              if (typeof data79 == "number") {
                if (data79 > 2147483647 || isNaN(data79)) {
                  const err142 = { instancePath: instancePath + "/srv/" + i15 + "/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                if (data79 < 0 || isNaN(data79)) {
                  const err143 = { instancePath: instancePath + "/srv/" + i15 + "/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err144 = { instancePath: instancePath + "/srv/" + i15, schemaPath: "#/properties/srv/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.srv.items.type, parentSchema: schema11.properties.srv.items, data: data73 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
      } else {
        const err145 = { instancePath: instancePath + "/srv", schemaPath: "#/properties/srv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.srv.type, parentSchema: schema11.properties.srv, data: data72 };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.cname !== void 0) {
      let data80 = data.cname;
      if (Array.isArray(data80)) {
        const len16 = data80.length;
        for (let i16 = 0; i16 < len16; i16++) {
          let data81 = data80[i16];
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            if (data81.name === void 0) {
              const err146 = { instancePath: instancePath + "/cname/" + i16, schemaPath: "#/properties/cname/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.cname.items.required, parentSchema: schema11.properties.cname.items, data: data81 };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
            if (data81.target === void 0) {
              const err147 = { instancePath: instancePath + "/cname/" + i16, schemaPath: "#/properties/cname/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.properties.cname.items.required, parentSchema: schema11.properties.cname.items, data: data81 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            for (const key10 in data81) {
              if (!(key10 === "name" || key10 === "target" || key10 === "ttl")) {
                const err148 = { instancePath: instancePath + "/cname/" + i16, schemaPath: "#/properties/cname/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.cname.items, data: data81 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data81.name !== void 0) {
              let data82 = data81.name;
              if (typeof data82 !== "string") {
                const err149 = { instancePath: instancePath + "/cname/" + i16 + "/name", schemaPath: "#/properties/cname/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.cname.items.properties.name.type, parentSchema: schema11.properties.cname.items.properties.name, data: data82 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
            if (data81.target !== void 0) {
              let data83 = data81.target;
              if (typeof data83 !== "string") {
                const err150 = { instancePath: instancePath + "/cname/" + i16 + "/target", schemaPath: "#/properties/cname/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.cname.items.properties.target.type, parentSchema: schema11.properties.cname.items.properties.target, data: data83 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data81.ttl !== void 0) {
              let data84 = data81.ttl;
              if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
                const err151 = { instancePath: instancePath + "/cname/" + i16 + "/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data84 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (typeof data84 == "number") {
                if (data84 > 2147483647 || isNaN(data84)) {
                  const err152 = { instancePath: instancePath + "/cname/" + i16 + "/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data84 };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (data84 < 0 || isNaN(data84)) {
                  const err153 = { instancePath: instancePath + "/cname/" + i16 + "/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data84 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err154 = { instancePath: instancePath + "/cname/" + i16, schemaPath: "#/properties/cname/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.cname.items.type, parentSchema: schema11.properties.cname.items, data: data81 };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/cname", schemaPath: "#/properties/cname/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.cname.type, parentSchema: schema11.properties.cname, data: data80 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.mtaSts !== void 0) {
      let data85 = data.mtaSts;
      if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
        for (const key11 in data85) {
          if (!(key11 === "record" || key11 === "policy" || key11 === "since" || key11 === "history" || key11 === "ttl")) {
            const err156 = { instancePath: instancePath + "/mtaSts", schemaPath: "#/properties/mtaSts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mtaSts, data: data85 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data85.record !== void 0) {
          let data86 = data85.record;
          if (typeof data86 !== "string") {
            const err157 = { instancePath: instancePath + "/mtaSts/record", schemaPath: "#/properties/mtaSts/properties/record/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mtaSts.properties.record.type, parentSchema: schema11.properties.mtaSts.properties.record, data: data86 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        if (data85.policy !== void 0) {
          let data87 = data85.policy;
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            if (data87.mode === void 0) {
              const err158 = { instancePath: instancePath + "/mtaSts/policy", schemaPath: "#/properties/mtaSts/properties/policy/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema11.properties.mtaSts.properties.policy.required, parentSchema: schema11.properties.mtaSts.properties.policy, data: data87 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            if (data87.mx === void 0) {
              const err159 = { instancePath: instancePath + "/mtaSts/policy", schemaPath: "#/properties/mtaSts/properties/policy/required", keyword: "required", params: { missingProperty: "mx" }, message: "must have required property 'mx'", schema: schema11.properties.mtaSts.properties.policy.required, parentSchema: schema11.properties.mtaSts.properties.policy, data: data87 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data87.maxAge === void 0) {
              const err160 = { instancePath: instancePath + "/mtaSts/policy", schemaPath: "#/properties/mtaSts/properties/policy/required", keyword: "required", params: { missingProperty: "maxAge" }, message: "must have required property 'maxAge'", schema: schema11.properties.mtaSts.properties.policy.required, parentSchema: schema11.properties.mtaSts.properties.policy, data: data87 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            for (const key12 in data87) {
              if (!(key12 === "mode" || key12 === "mx" || key12 === "maxAge")) {
                const err161 = { instancePath: instancePath + "/mtaSts/policy", schemaPath: "#/properties/mtaSts/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mtaSts.properties.policy, data: data87 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data87.mode !== void 0) {
              let data88 = data87.mode;
              if (typeof data88 !== "string") {
                const err162 = { instancePath: instancePath + "/mtaSts/policy/mode", schemaPath: "#/properties/mtaSts/properties/policy/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mtaSts.properties.policy.properties.mode.type, parentSchema: schema11.properties.mtaSts.properties.policy.properties.mode, data: data88 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data87.mx !== void 0) {
              let data89 = data87.mx;
              const _errs261 = errors;
              let valid81 = false;
              let passing13 = null;
              const _errs262 = errors;
              if (typeof data89 !== "string") {
                const err163 = { instancePath: instancePath + "/mtaSts/policy/mx", schemaPath: "#/definitions/stringList/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data89 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              var _valid13 = _errs262 === errors;
              if (_valid13) {
                valid81 = true;
                passing13 = 0;
              }
              const _errs264 = errors;
              if (Array.isArray(data89)) {
                const len17 = data89.length;
                for (let i17 = 0; i17 < len17; i17++) {
                  let data90 = data89[i17];
                  if (typeof data90 !== "string") {
                    const err164 = { instancePath: instancePath + "/mtaSts/policy/mx/" + i17, schemaPath: "#/definitions/stringList/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.oneOf[1].items.type, parentSchema: schema15.oneOf[1].items, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
              } else {
                const err165 = { instancePath: instancePath + "/mtaSts/policy/mx", schemaPath: "#/definitions/stringList/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data89 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              var _valid13 = _errs264 === errors;
              if (_valid13 && valid81) {
                valid81 = false;
                passing13 = [passing13, 1];
              } else {
                if (_valid13) {
                  valid81 = true;
                  passing13 = 1;
                }
              }
              if (!valid81) {
                const err166 = { instancePath: instancePath + "/mtaSts/policy/mx", schemaPath: "#/definitions/stringList/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data89 };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              } else {
                errors = _errs261;
                if (vErrors !== null) {
                  if (_errs261) {
                    vErrors.length = _errs261;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data87.maxAge !== void 0) {
              let data91 = data87.maxAge;
              if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)))) {
                const err167 = { instancePath: instancePath + "/mtaSts/policy/maxAge", schemaPath: "#/properties/mtaSts/properties/policy/properties/maxAge/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.mtaSts.properties.policy.properties.maxAge.type, parentSchema: schema11.properties.mtaSts.properties.policy.properties.maxAge, data: data91 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
          } else {
            const err168 = { instancePath: instancePath + "/mtaSts/policy", schemaPath: "#/properties/mtaSts/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mtaSts.properties.policy.type, parentSchema: schema11.properties.mtaSts.properties.policy, data: data87 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data85.since !== void 0) {
          let data92 = data85.since;
          if (typeof data92 === "string") {
            if (!pattern0.test(data92)) {
              const err169 = { instancePath: instancePath + "/mtaSts/since", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data92 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          } else {
            const err170 = { instancePath: instancePath + "/mtaSts/since", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data92 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        if (data85.history !== void 0) {
          let data93 = data85.history;
          if (Array.isArray(data93)) {
            const len18 = data93.length;
            for (let i18 = 0; i18 < len18; i18++) {
              let data94 = data93[i18];
              if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                if (data94.mode === void 0) {
                  const err171 = { instancePath: instancePath + "/mtaSts/history/" + i18, schemaPath: "#/properties/mtaSts/properties/history/items/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema11.properties.mtaSts.properties.history.items.required, parentSchema: schema11.properties.mtaSts.properties.history.items, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
                if (data94.since === void 0) {
                  const err172 = { instancePath: instancePath + "/mtaSts/history/" + i18, schemaPath: "#/properties/mtaSts/properties/history/items/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'", schema: schema11.properties.mtaSts.properties.history.items.required, parentSchema: schema11.properties.mtaSts.properties.history.items, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
                for (const key13 in data94) {
                  if (!(key13 === "mode" || key13 === "since")) {
                    const err173 = { instancePath: instancePath + "/mtaSts/history/" + i18, schemaPath: "#/properties/mtaSts/properties/history/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mtaSts.properties.history.items, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
                if (data94.mode !== void 0) {
                  let data95 = data94.mode;
                  if (typeof data95 !== "string") {
                    const err174 = { instancePath: instancePath + "/mtaSts/history/" + i18 + "/mode", schemaPath: "#/properties/mtaSts/properties/history/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mtaSts.properties.history.items.properties.mode.type, parentSchema: schema11.properties.mtaSts.properties.history.items.properties.mode, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                if (data94.since !== void 0) {
                  let data96 = data94.since;
                  if (typeof data96 === "string") {
                    if (!pattern0.test(data96)) {
                      const err175 = { instancePath: instancePath + "/mtaSts/history/" + i18 + "/since", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data96 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                  } else {
                    const err176 = { instancePath: instancePath + "/mtaSts/history/" + i18 + "/since", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
              } else {
                const err177 = { instancePath: instancePath + "/mtaSts/history/" + i18, schemaPath: "#/properties/mtaSts/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mtaSts.properties.history.items.type, parentSchema: schema11.properties.mtaSts.properties.history.items, data: data94 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
          } else {
            const err178 = { instancePath: instancePath + "/mtaSts/history", schemaPath: "#/properties/mtaSts/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mtaSts.properties.history.type, parentSchema: schema11.properties.mtaSts.properties.history, data: data93 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data85.ttl !== void 0) {
          let data97 = data85.ttl;
          if (!(typeof data97 == "number" && (!(data97 % 1) && !isNaN(data97)))) {
            const err179 = { instancePath: instancePath + "/mtaSts/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data97 };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
          if (typeof data97 == "number") {
            if (data97 > 2147483647 || isNaN(data97)) {
              const err180 = { instancePath: instancePath + "/mtaSts/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data97 };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (data97 < 0 || isNaN(data97)) {
              const err181 = { instancePath: instancePath + "/mtaSts/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data97 };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          }
        }
      } else {
        const err182 = { instancePath: instancePath + "/mtaSts", schemaPath: "#/properties/mtaSts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mtaSts.type, parentSchema: schema11.properties.mtaSts, data: data85 };
        if (vErrors === null) {
          vErrors = [err182];
        } else {
          vErrors.push(err182);
        }
        errors++;
      }
    }
    if (data.tlsRpt !== void 0) {
      let data98 = data.tlsRpt;
      const _errs287 = errors;
      let valid90 = false;
      let passing14 = null;
      const _errs288 = errors;
      if (typeof data98 !== "string") {
        const err183 = { instancePath: instancePath + "/tlsRpt", schemaPath: "#/properties/tlsRpt/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tlsRpt.oneOf[0].type, parentSchema: schema11.properties.tlsRpt.oneOf[0], data: data98 };
        if (vErrors === null) {
          vErrors = [err183];
        } else {
          vErrors.push(err183);
        }
        errors++;
      }
      var _valid14 = _errs288 === errors;
      if (_valid14) {
        valid90 = true;
        passing14 = 0;
      }
      const _errs290 = errors;
      if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
        if (data98.record === void 0) {
          const err184 = { instancePath: instancePath + "/tlsRpt", schemaPath: "#/properties/tlsRpt/oneOf/1/required", keyword: "required", params: { missingProperty: "record" }, message: "must have required property 'record'", schema: schema11.properties.tlsRpt.oneOf[1].required, parentSchema: schema11.properties.tlsRpt.oneOf[1], data: data98 };
          if (vErrors === null) {
            vErrors = [err184];
          } else {
            vErrors.push(err184);
          }
          errors++;
        }
        for (const key14 in data98) {
          if (!(key14 === "record" || key14 === "ttl")) {
            const err185 = { instancePath: instancePath + "/tlsRpt", schemaPath: "#/properties/tlsRpt/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tlsRpt.oneOf[1], data: data98 };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
        }
        if (data98.record !== void 0) {
          let data99 = data98.record;
          if (typeof data99 !== "string") {
            const err186 = { instancePath: instancePath + "/tlsRpt/record", schemaPath: "#/properties/tlsRpt/oneOf/1/properties/record/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tlsRpt.oneOf[1].properties.record.type, parentSchema: schema11.properties.tlsRpt.oneOf[1].properties.record, data: data99 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
        if (data98.ttl !== void 0) {
          let data100 = data98.ttl;
          if (!(typeof data100 == "number" && (!(data100 % 1) && !isNaN(data100)))) {
            const err187 = { instancePath: instancePath + "/tlsRpt/ttl", schemaPath: "#/definitions/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.type, parentSchema: schema12, data: data100 };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
          if (typeof data100 == "number") {
            if (data100 > 2147483647 || isNaN(data100)) {
              const err188 = { instancePath: instancePath + "/tlsRpt/ttl", schemaPath: "#/definitions/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema12, data: data100 };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
            if (data100 < 0 || isNaN(data100)) {
              const err189 = { instancePath: instancePath + "/tlsRpt/ttl", schemaPath: "#/definitions/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data100 };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
          }
        }
      } else {
        const err190 = { instancePath: instancePath + "/tlsRpt", schemaPath: "#/properties/tlsRpt/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tlsRpt.oneOf[1].type, parentSchema: schema11.properties.tlsRpt.oneOf[1], data: data98 };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      }
      var _valid14 = _errs290 === errors;
      if (_valid14 && valid90) {
        valid90 = false;
        passing14 = [passing14, 1];
      } else {
        if (_valid14) {
          valid90 = true;
          passing14 = 1;
        }
      }
      if (!valid90) {
        const err191 = { instancePath: instancePath + "/tlsRpt", schemaPath: "#/properties/tlsRpt/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.tlsRpt.oneOf, parentSchema: schema11.properties.tlsRpt, data: data98 };
        if (vErrors === null) {
          vErrors = [err191];
        } else {
          vErrors.push(err191);
        }
        errors++;
      } else {
        errors = _errs287;
        if (vErrors !== null) {
          if (_errs287) {
            vErrors.length = _errs287;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.clients !== void 0) {
      let data101 = data.clients;
      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
        for (const key15 in data101) {
          if (!(key15 === "imap" || key15 === "smtp" || key15 === "pop")) {
            const err192 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.clients, data: data101 };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        if (data101.imap !== void 0) {
          let data102 = data101.imap;
          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
            if (data102.host === void 0) {
              const err193 = { instancePath: instancePath + "/clients/imap", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema37.required, parentSchema: schema37, data: data102 };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
            if (data102.port === void 0) {
              const err194 = { instancePath: instancePath + "/clients/imap", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema37.required, parentSchema: schema37, data: data102 };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            if (data102.tls === void 0) {
              const err195 = { instancePath: instancePath + "/clients/imap", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "tls" }, message: "must have required property 'tls'", schema: schema37.required, parentSchema: schema37, data: data102 };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
            for (const key16 in data102) {
              if (!(key16 === "host" || key16 === "port" || key16 === "tls")) {
                const err196 = { instancePath: instancePath + "/clients/imap", schemaPath: "#/definitions/client/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data102 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data102.host !== void 0) {
              let data103 = data102.host;
              if (typeof data103 !== "string") {
                const err197 = { instancePath: instancePath + "/clients/imap/host", schemaPath: "#/definitions/client/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.host.type, parentSchema: schema37.properties.host, data: data103 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data102.port !== void 0) {
              let data104 = data102.port;
              if (!(typeof data104 == "number" && (!(data104 % 1) && !isNaN(data104)))) {
                const err198 = { instancePath: instancePath + "/clients/imap/port", schemaPath: "#/definitions/client/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.port.type, parentSchema: schema37.properties.port, data: data104 };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
              if (typeof data104 == "number") {
                if (data104 > 65535 || isNaN(data104)) {
                  const err199 = { instancePath: instancePath + "/clients/imap/port", schemaPath: "#/definitions/client/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema37.properties.port, data: data104 };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
                if (data104 < 1 || isNaN(data104)) {
                  const err200 = { instancePath: instancePath + "/clients/imap/port", schemaPath: "#/definitions/client/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.port, data: data104 };
                  if (vErrors === null) {
                    vErrors = [err200];
                  } else {
                    vErrors.push(err200);
                  }
                  errors++;
                }
              }
            }
            if (data102.tls !== void 0) {
              let data105 = data102.tls;
              if (!(data105 === "ssl" || data105 === "starttls" || data105 === "none")) {
                const err201 = { instancePath: instancePath + "/clients/imap/tls", schemaPath: "#/definitions/client/properties/tls/enum", keyword: "enum", params: { allowedValues: schema37.properties.tls.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.tls.enum, parentSchema: schema37.properties.tls, data: data105 };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
          } else {
            const err202 = { instancePath: instancePath + "/clients/imap", schemaPath: "#/definitions/client/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data102 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
        }
        if (data101.smtp !== void 0) {
          let data106 = data101.smtp;
          if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
            if (data106.host === void 0) {
              const err203 = { instancePath: instancePath + "/clients/smtp", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema37.required, parentSchema: schema37, data: data106 };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
            if (data106.port === void 0) {
              const err204 = { instancePath: instancePath + "/clients/smtp", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema37.required, parentSchema: schema37, data: data106 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
            if (data106.tls === void 0) {
              const err205 = { instancePath: instancePath + "/clients/smtp", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "tls" }, message: "must have required property 'tls'", schema: schema37.required, parentSchema: schema37, data: data106 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            for (const key17 in data106) {
              if (!(key17 === "host" || key17 === "port" || key17 === "tls")) {
                const err206 = { instancePath: instancePath + "/clients/smtp", schemaPath: "#/definitions/client/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data106 };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
            if (data106.host !== void 0) {
              let data107 = data106.host;
              if (typeof data107 !== "string") {
                const err207 = { instancePath: instancePath + "/clients/smtp/host", schemaPath: "#/definitions/client/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.host.type, parentSchema: schema37.properties.host, data: data107 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data106.port !== void 0) {
              let data108 = data106.port;
              if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)))) {
                const err208 = { instancePath: instancePath + "/clients/smtp/port", schemaPath: "#/definitions/client/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.port.type, parentSchema: schema37.properties.port, data: data108 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
              if (typeof data108 == "number") {
                if (data108 > 65535 || isNaN(data108)) {
                  const err209 = { instancePath: instancePath + "/clients/smtp/port", schemaPath: "#/definitions/client/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema37.properties.port, data: data108 };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
                if (data108 < 1 || isNaN(data108)) {
                  const err210 = { instancePath: instancePath + "/clients/smtp/port", schemaPath: "#/definitions/client/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.port, data: data108 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              }
            }
            if (data106.tls !== void 0) {
              let data109 = data106.tls;
              if (!(data109 === "ssl" || data109 === "starttls" || data109 === "none")) {
                const err211 = { instancePath: instancePath + "/clients/smtp/tls", schemaPath: "#/definitions/client/properties/tls/enum", keyword: "enum", params: { allowedValues: schema37.properties.tls.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.tls.enum, parentSchema: schema37.properties.tls, data: data109 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
          } else {
            const err212 = { instancePath: instancePath + "/clients/smtp", schemaPath: "#/definitions/client/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data106 };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
        }
        if (data101.pop !== void 0) {
          let data110 = data101.pop;
          if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
            if (data110.host === void 0) {
              const err213 = { instancePath: instancePath + "/clients/pop", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema37.required, parentSchema: schema37, data: data110 };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
            if (data110.port === void 0) {
              const err214 = { instancePath: instancePath + "/clients/pop", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema37.required, parentSchema: schema37, data: data110 };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
            if (data110.tls === void 0) {
              const err215 = { instancePath: instancePath + "/clients/pop", schemaPath: "#/definitions/client/required", keyword: "required", params: { missingProperty: "tls" }, message: "must have required property 'tls'", schema: schema37.required, parentSchema: schema37, data: data110 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            for (const key18 in data110) {
              if (!(key18 === "host" || key18 === "port" || key18 === "tls")) {
                const err216 = { instancePath: instancePath + "/clients/pop", schemaPath: "#/definitions/client/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data110 };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data110.host !== void 0) {
              let data111 = data110.host;
              if (typeof data111 !== "string") {
                const err217 = { instancePath: instancePath + "/clients/pop/host", schemaPath: "#/definitions/client/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.host.type, parentSchema: schema37.properties.host, data: data111 };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
            if (data110.port !== void 0) {
              let data112 = data110.port;
              if (!(typeof data112 == "number" && (!(data112 % 1) && !isNaN(data112)))) {
                const err218 = { instancePath: instancePath + "/clients/pop/port", schemaPath: "#/definitions/client/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.port.type, parentSchema: schema37.properties.port, data: data112 };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
              if (typeof data112 == "number") {
                if (data112 > 65535 || isNaN(data112)) {
                  const err219 = { instancePath: instancePath + "/clients/pop/port", schemaPath: "#/definitions/client/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema37.properties.port, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err219];
                  } else {
                    vErrors.push(err219);
                  }
                  errors++;
                }
                if (data112 < 1 || isNaN(data112)) {
                  const err220 = { instancePath: instancePath + "/clients/pop/port", schemaPath: "#/definitions/client/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.port, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              }
            }
            if (data110.tls !== void 0) {
              let data113 = data110.tls;
              if (!(data113 === "ssl" || data113 === "starttls" || data113 === "none")) {
                const err221 = { instancePath: instancePath + "/clients/pop/tls", schemaPath: "#/definitions/client/properties/tls/enum", keyword: "enum", params: { allowedValues: schema37.properties.tls.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.tls.enum, parentSchema: schema37.properties.tls, data: data113 };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
          } else {
            const err222 = { instancePath: instancePath + "/clients/pop", schemaPath: "#/definitions/client/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data110 };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
      } else {
        const err223 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.clients.type, parentSchema: schema11.properties.clients, data: data101 };
        if (vErrors === null) {
          vErrors = [err223];
        } else {
          vErrors.push(err223);
        }
        errors++;
      }
    }
    if (data.migrationUntil !== void 0) {
      let data114 = data.migrationUntil;
      if (typeof data114 === "string") {
        if (!pattern0.test(data114)) {
          const err224 = { instancePath: instancePath + "/migrationUntil", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data114 };
          if (vErrors === null) {
            vErrors = [err224];
          } else {
            vErrors.push(err224);
          }
          errors++;
        }
      } else {
        const err225 = { instancePath: instancePath + "/migrationUntil", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data114 };
        if (vErrors === null) {
          vErrors = [err225];
        } else {
          vErrors.push(err225);
        }
        errors++;
      }
    }
    if (data.lint !== void 0) {
      let data115 = data.lint;
      if (Array.isArray(data115)) {
        const len19 = data115.length;
        for (let i19 = 0; i19 < len19; i19++) {
          let data116 = data115[i19];
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            if (data116.rule === void 0) {
              const err226 = { instancePath: instancePath + "/lint/" + i19, schemaPath: "#/properties/lint/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema11.properties.lint.items.required, parentSchema: schema11.properties.lint.items, data: data116 };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
            if (data116.reason === void 0) {
              const err227 = { instancePath: instancePath + "/lint/" + i19, schemaPath: "#/properties/lint/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.lint.items.required, parentSchema: schema11.properties.lint.items, data: data116 };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
            for (const key19 in data116) {
              if (!(key19 === "rule" || key19 === "reason" || key19 === "until")) {
                const err228 = { instancePath: instancePath + "/lint/" + i19, schemaPath: "#/properties/lint/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.lint.items, data: data116 };
                if (vErrors === null) {
                  vErrors = [err228];
                } else {
                  vErrors.push(err228);
                }
                errors++;
              }
            }
            if (data116.rule !== void 0) {
              let data117 = data116.rule;
              if (typeof data117 !== "string") {
                const err229 = { instancePath: instancePath + "/lint/" + i19 + "/rule", schemaPath: "#/properties/lint/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.items.properties.rule.type, parentSchema: schema11.properties.lint.items.properties.rule, data: data117 };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
            if (data116.reason !== void 0) {
              let data118 = data116.reason;
              if (typeof data118 === "string") {
                if (func3(data118) < 3) {
                  const err230 = { instancePath: instancePath + "/lint/" + i19 + "/reason", schemaPath: "#/properties/lint/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.properties.lint.items.properties.reason, data: data118 };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              } else {
                const err231 = { instancePath: instancePath + "/lint/" + i19 + "/reason", schemaPath: "#/properties/lint/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.items.properties.reason.type, parentSchema: schema11.properties.lint.items.properties.reason, data: data118 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
            }
            if (data116.until !== void 0) {
              let data119 = data116.until;
              if (typeof data119 === "string") {
                if (!pattern0.test(data119)) {
                  const err232 = { instancePath: instancePath + "/lint/" + i19 + "/until", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema22, data: data119 };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
              } else {
                const err233 = { instancePath: instancePath + "/lint/" + i19 + "/until", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data119 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
          } else {
            const err234 = { instancePath: instancePath + "/lint/" + i19, schemaPath: "#/properties/lint/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.lint.items.type, parentSchema: schema11.properties.lint.items, data: data116 };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
      } else {
        const err235 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.lint.type, parentSchema: schema11.properties.lint, data: data115 };
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
    }
  } else {
    const err236 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err236];
    } else {
      vErrors.push(err236);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/schema.ts
function checkDomainSchema(value) {
  if (validate(value)) return [];
  return describe(validate.errors ?? []);
}
function toPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describe(errors) {
  const relevant = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "if");
  const isNoise = (e) => e.keyword === "type" && relevant.some((o) => o !== e && o.keyword !== "type" && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
  const problems = [];
  const typesAt = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const error of relevant) {
    if (isNoise(error)) continue;
    const path = toPath(error.instancePath);
    const where = path.length ? path.join(".") : "the file";
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(error.params.additionalProperty);
        const allowed = Object.keys(error.parentSchema?.properties ?? {});
        const suggestion = closest(key, allowed);
        const id = `unknown:${error.instancePath}/${key}`;
        if (seen.has(id)) break;
        seen.add(id);
        problems.push({
          path: [...path, key],
          atKey: true,
          messageId: "unknownKey",
          data: {
            key,
            where,
            hint: suggestion ? `did you mean '${suggestion}'?` : `allowed keys: ${allowed.join(", ")}`
          }
        });
        break;
      }
      case "type": {
        const set2 = typesAt.get(error.instancePath) ?? /* @__PURE__ */ new Set();
        set2.add(String(error.params.type).replace("object", "a mapping").replace("array", "a list"));
        typesAt.set(error.instancePath, set2);
        break;
      }
      case "enum": {
        const id = `enum:${error.instancePath}`;
        if (seen.has(id)) break;
        seen.add(id);
        const allowed = error.params.allowedValues.map(String);
        problems.push({ path, atKey: false, messageId: "enum", data: { where, allowed: allowed.join(", ") } });
        break;
      }
      case "required":
        problems.push({ path, atKey: false, messageId: "required", data: { where, key: String(error.params.missingProperty) } });
        break;
      default:
        problems.push({ path, atKey: false, messageId: "invalid", data: { where, detail: error.message ?? error.keyword } });
    }
  }
  for (const [pointer, types2] of typesAt) {
    const path = toPath(pointer);
    problems.push({ path, atKey: false, messageId: "type", data: { where: path.length ? path.join(".") : "the file", expected: [...types2].join(" or ") } });
  }
  return problems;
}

// src/engine/anchor.ts
function textAnchor(text, start, end) {
  if (text.segments) {
    const segment = text.segments.find((s) => start >= s.start && start < Math.max(s.end, s.start + 1)) ?? text.segments.find((s) => start <= s.end);
    return { path: segment?.path ?? text.path };
  }
  if (text.strings && text.strings.length > 0) {
    let offset = 0;
    for (let i = 0; i < text.strings.length; i++) {
      const length = text.strings[i].length;
      if (start < offset + length || i === text.strings.length - 1) {
        return { path: [...text.path, i], range: [start - offset, Math.min(end, offset + length) - offset] };
      }
      offset += length;
    }
  }
  return { path: text.path, range: [start, end] };
}
function ownerNameFor(domain, path) {
  const [root, index] = path;
  if (root === "dmarc") return `_dmarc.${domain.domain}`;
  if (root === "mtaSts") return `_mta-sts.${domain.domain}`;
  if (root === "tlsRpt") return `_smtp._tls.${domain.domain}`;
  if (root === "dkim" && path[1] === "selectors" && typeof path[2] === "number") {
    const selector = domain.dkim?.selectors[path[2]];
    if (selector) return `${selector.name}._domainkey.${domain.domain}`;
  }
  if (root === "srv" && typeof index === "number" && domain.srv[index]) return `${domain.srv[index].service}.${domain.domain}`;
  if (root === "cname" && typeof index === "number" && domain.cname[index]) return `${domain.cname[index].name}.${domain.domain}`;
  return domain.domain;
}

// src/engine/messages.ts
function fillTemplate(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}
var LOWER = { error: "warn", warn: "info", info: "info" };
function levelFor(setting, spec) {
  if (setting === "off") return "off";
  if (spec?.tier === "lower") return LOWER[setting];
  if (spec?.tier === "info") return "info";
  return setting;
}

// src/engine/lint.ts
var NO_POSITION = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function ruleIndex(rules) {
  let index = indexCache.get(rules);
  if (!index) indexCache.set(rules, index = new Map(rules.map((r) => [r.meta.id, r])));
  return index;
}
var indexCache = /* @__PURE__ */ new WeakMap();
function makeFinding(rule, ruleId, messageId, data, setting, where) {
  const spec = rule?.meta.messages[messageId];
  const level = levelFor(setting?.level ?? rule?.meta.defaultLevel ?? "error", spec);
  if (level === "off") return null;
  return {
    ruleId,
    level,
    message: fillTemplate(spec?.text ?? messageId, data),
    domain: where.domain,
    file: where.file,
    name: where.name,
    ...where.position,
    messageId,
    data
  };
}
function fileFinding(options, ruleId, messageId, data, setting, where) {
  return makeFinding(ruleIndex(options.rules).get(ruleId), ruleId, messageId, data, setting, { ...where, position: NO_POSITION });
}
function problemFindings(problems, source, options, domain, settings) {
  const index = ruleIndex(options.rules);
  const findings = [];
  for (const p of problems) {
    const f = makeFinding(index.get(p.ruleId), p.ruleId, p.messageId, p.data, settings.get(p.ruleId), { domain, file: source.file, name: null, position: p.position });
    if (f) findings.push(f);
  }
  return findings;
}
function loadDomainFile(file, bytes) {
  const source = parseSource(file, bytes);
  const value = source.value;
  const domainName = value && typeof value === "object" && typeof value.domain === "string" ? value.domain : "";
  const problems = [...source.problems];
  const unreadable = problems.some((p) => p.ruleId === "file-syntax" || p.ruleId === "file-binary" || p.ruleId === "file-duplicate-key");
  if (!unreadable) {
    if (value === void 0 || value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push({ ruleId: "file-schema", messageId: "notMapping", data: {}, position: locate(source, []) });
    } else {
      for (const s of checkDomainSchema(value)) {
        problems.push({ ruleId: "file-schema", messageId: s.messageId, data: s.data, position: locate(source, s.path, void 0, s.atKey), path: s.path });
      }
    }
  }
  const blocking = problems.some((p) => p.ruleId === "file-schema" || p.ruleId === "file-syntax" || p.ruleId === "file-binary" || p.ruleId === "file-duplicate-key" || p.ruleId === "file-too-large");
  if (value === void 0 || blocking) return { source, problems, domainName, model: null };
  const built = buildDomainModel(file, value);
  if ("invalidDomain" in built) {
    problems.push({ ruleId: "file-schema", messageId: "badDomain", data: { domain: built.invalidDomain }, position: locate(source, ["domain"]) });
    return { source, problems, domainName, model: null };
  }
  return { source, problems, domainName: built.model.domain, model: built.model };
}
async function lintFile(file, bytes, options) {
  const { source, problems, domainName, model } = loadDomainFile(file, bytes);
  if (!model) return { findings: problemFindings(problems, source, options, domainName, options.policy.settingsFor(domainName)), domain: null };
  const settings = options.policy.settingsFor(model.domain);
  const findings = [...problemFindings(problems, source, options, model.domain, settings), ...await runRules(model, source, options, settings)];
  return { findings: applySuppressions(model, source, findings, options, settings), domain: model };
}
var activeCache = /* @__PURE__ */ new WeakMap();
function activeRules(rules, settings) {
  let byRules = activeCache.get(settings);
  if (!byRules) activeCache.set(settings, byRules = /* @__PURE__ */ new WeakMap());
  let active = byRules.get(rules);
  if (!active) {
    active = [];
    for (const rule of rules) {
      const setting = settings.get(rule.meta.id);
      if (rule.check && setting && setting.level !== "off") active.push({ rule, setting });
    }
    byRules.set(rules, active);
  }
  return active;
}
async function runRules(model, source, options, settings = options.policy.settingsFor(model.domain)) {
  const findings = [];
  const observed = options.observed?.get(model.domain) ?? null;
  const dns = options.dns ?? null;
  let current = null;
  const report = (r) => {
    const { rule, setting } = current;
    const position = source ? locate(source, r.at.path, r.at.range) : NO_POSITION;
    const f = makeFinding(rule, rule.meta.id, r.messageId, r.data ?? {}, setting, {
      domain: model.domain,
      file: model.file,
      name: r.at.name ?? ownerNameFor(model, r.at.path),
      position
    });
    if (f) findings.push(f);
  };
  const context = { domain: model, options: {}, today: options.today, observed, dns, report, textAnchor };
  for (const entry of activeRules(options.rules, settings)) {
    const kind = entry.rule.meta.kind;
    if (kind === "live" && !dns || kind === "transition" && !observed) continue;
    current = entry;
    context.options = entry.setting.options;
    const result = entry.rule.check(context);
    if (result instanceof Promise) await result;
  }
  return findings;
}
function applySuppressions(model, source, findings, options, settings) {
  if (model.suppressions.length === 0) return findings;
  const index = ruleIndex(options.rules);
  const kept = [];
  const used = /* @__PURE__ */ new Set();
  const active = model.suppressions.map((s) => s.until === null || s.until >= options.today);
  for (const finding of findings) {
    const i = model.suppressions.findIndex((s, n) => active[n] && s.rule === finding.ruleId);
    if (i >= 0) used.add(i);
    else kept.push(finding);
  }
  const extra = (ruleId, messageId, data, anchor) => {
    const f = makeFinding(index.get(ruleId), ruleId, messageId, data, settings.get(ruleId), { domain: model.domain, file: model.file, name: model.domain, position: locate(source, anchor.path) });
    if (f) kept.push(f);
  };
  model.suppressions.forEach((s, i) => {
    if (!index.has(s.rule)) extra("lint-suppression-unknown-rule", "unknown", { rule: s.rule }, { path: [...s.path, "rule"] });
    else if (!active[i]) extra("lint-suppression-expired", "expired", { rule: s.rule, until: s.until ?? "" }, { path: [...s.path, "until"] });
    else if (!used.has(i)) extra("lint-suppression-unused", "unused", { rule: s.rule }, { path: s.path });
  });
  return kept;
}

// src/engine/read-ahead.ts
import { Worker } from "node:worker_threads";
var READ_AHEAD_MIN_FILES = 200;
var BATCH_FILES = 64;
var THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const readBoundedFile = ${readBoundedFile.toString()};
const { paths, max, batch } = workerData;
let items = [];
let transfer = [];
for (let i = 0; i < paths.length; i++) {
  let item;
  try {
    item = readBoundedFile(fs, paths[i], max);
    if (item.bytes) transfer.push(item.bytes.buffer);
  } catch (error) {
    item = { code: (error && error.code) || "error" };
  }
  items.push(item);
  if (items.length === batch || i === paths.length - 1) {
    parentPort.postMessage(items, transfer);
    items = [];
    transfer = [];
  }
}
`;
function directReader(refs) {
  return { read: (index) => readDomainFile(refs[index]), close: () => {
  } };
}
function fileReader(refs) {
  if (refs.length < READ_AHEAD_MIN_FILES) return directReader(refs);
  let worker;
  try {
    worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { paths: refs.map((r) => r.absolute), max: MAX_FILE_BYTES, batch: BATCH_FILES } });
  } catch {
    return directReader(refs);
  }
  worker.unref();
  const arrived = [];
  let failed = false;
  let waiting = null;
  const wake = () => {
    const resume = waiting;
    waiting = null;
    resume?.();
  };
  worker.on("message", (items) => {
    for (const item of items) arrived.push(item);
    wake();
  });
  worker.on("error", () => {
    failed = true;
    wake();
  });
  worker.on("exit", () => {
    if (arrived.length < refs.length) failed = true;
    wake();
  });
  const settle = (index) => {
    const item = arrived[index];
    if (item === void 0) return readDomainFile(refs[index]);
    arrived[index] = void 0;
    if ("code" in item) return readDomainFile(refs[index]);
    return item;
  };
  return {
    read(index) {
      if (index < arrived.length || failed) return settle(index);
      return new Promise((resolve3, reject) => {
        const check = () => {
          if (index < arrived.length || failed) {
            try {
              resolve3(settle(index));
            } catch (error) {
              reject(error);
            }
          } else waiting = check;
        };
        check();
      });
    },
    close() {
      void worker.terminate();
    }
  };
}

// src/engine/summary.ts
function summarize(findings) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else if (f.level === "warn") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

// src/engine/run.ts
var LEVEL_ORDER = { error: 0, warn: 1, info: 2 };
function compareFindings(a, b) {
  return (a.file ?? "").localeCompare(b.file ?? "") || a.domain.localeCompare(b.domain) || a.line - b.line || a.column - b.column || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
function resolvePolicy(policy, rules, cwd) {
  return typeof policy === "object" ? policy : loadPolicy(policy ?? DEFAULT_POLICY, rules, cwd);
}
async function lintRefs(refs, engine, keepModels, onFile) {
  const outcomes = [];
  const reader = fileReader(refs);
  try {
    for (const ref of refs) {
      const pending = reader.read(outcomes.length);
      const read = pending instanceof Promise ? await pending : pending;
      if ("tooLarge" in read) {
        const data = { size: read.tooLarge, max: MAX_FILE_BYTES };
        const finding = fileFinding(engine, "file-too-large", "tooLarge", data, engine.policy.settingsFor("").get("file-too-large"), { domain: "", file: ref.display, name: null });
        outcomes.push({ findings: finding ? [finding] : [], domain: null, domainName: null });
      } else {
        const result = await lintFile(ref.display, read.bytes, engine);
        outcomes.push({ findings: result.findings, domain: keepModels ? result.domain : null, domainName: result.domain?.domain ?? null });
      }
      onFile?.(outcomes.length);
    }
  } finally {
    reader.close();
  }
  return outcomes;
}
async function lintPaths(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, cwd);
  const today = options.today ?? todayUtc();
  const engine = { rules, policy, today, dns: options.dns ?? null, observed: options.observed ?? null };
  const refs = findDomainFiles(paths, cwd);
  const outcomes = await lintRefs(refs, engine, options.models !== false, (done) => options.onFile?.(done, refs.length));
  const findings = [];
  const domains = [];
  const fileOfDomain = /* @__PURE__ */ new Map();
  outcomes.forEach((outcome, i) => {
    findings.push(...outcome.findings);
    const name = outcome.domainName;
    if (name === null) return;
    const previous = fileOfDomain.get(name);
    if (previous === void 0) {
      fileOfDomain.set(name, refs[i].display);
      if (outcome.domain) domains.push(outcome.domain);
      return;
    }
    const data = { domain: name, other: previous };
    const finding = fileFinding(engine, "lint-duplicate-domain", "duplicate", data, policy.settingsFor(name).get("lint-duplicate-domain"), { domain: name, file: refs[i].display, name });
    if (finding) findings.push(finding);
  });
  findings.sort(compareFindings);
  return { findings, domains, domainCount: fileOfDomain.size, files: refs.length, ...summarize(findings) };
}

// src/model/records.ts
function absoluteHost(host) {
  const trimmed = host.trim().toLowerCase();
  if (trimmed === "." || trimmed === "") return ".";
  return trimmed.endsWith(".") ? trimmed : `${trimmed}.`;
}
function fqdn(subdomain, domain) {
  return subdomain === "" ? domain : `${subdomain}.${domain}`;
}
function desiredRecords(domain) {
  const sets = [];
  const add = (subdomain, type2, ttl, values, role, path) => {
    sets.push({ name: fqdn(subdomain, domain.domain), subdomain, type: type2, ttl, values: [...values].sort(), role, path });
  };
  if (domain.mx && domain.mx.entries.length > 0) {
    const entries = domain.mx.entries;
    add("", "MX", entries[0].ttl, entries.map((e) => `${e.priority} ${absoluteHost(e.host)}`), "mx", domain.mx.path);
  }
  if (domain.spf) add("", "TXT", domain.spf.ttl, [domain.spf.text.value], "spf", domain.spf.path);
  for (const selector of domain.dkim?.selectors ?? []) {
    const sub = `${selector.name}._domainkey`;
    if (selector.kind === "cname" && selector.target) add(sub, "CNAME", selector.ttl, [absoluteHost(selector.target)], "dkim", selector.path);
    if (selector.kind === "txt" && selector.text) add(sub, "TXT", selector.ttl, [selector.text.value], "dkim", selector.path);
  }
  if (domain.dmarc) add("_dmarc", "TXT", domain.dmarc.ttl, [domain.dmarc.text.value], "dmarc", domain.dmarc.path);
  const srvByService = /* @__PURE__ */ new Map();
  for (const srv of domain.srv) srvByService.set(srv.service, [...srvByService.get(srv.service) ?? [], srv]);
  for (const [service, records] of srvByService) {
    add(service, "SRV", records[0].ttl, records.map((r) => `${r.priority} ${r.weight} ${r.port} ${absoluteHost(r.target)}`), "srv", records[0].path);
  }
  for (const cname of domain.cname) add(cname.name, "CNAME", cname.ttl, [absoluteHost(cname.target)], "cname", cname.path);
  if (domain.mtaSts?.text) add("_mta-sts", "TXT", domain.mtaSts.ttl, [domain.mtaSts.text.value], "mta-sts", domain.mtaSts.path);
  if (domain.tlsRpt) add("_smtp._tls", "TXT", domain.tlsRpt.ttl, [domain.tlsRpt.text.value], "tls-rpt", domain.tlsRpt.path);
  return sets.sort((a, b) => a.name === b.name ? a.type.localeCompare(b.type) : a.name.localeCompare(b.name));
}
export {
  DEFAULT_POLICY,
  PolicyError,
  SHIPPED_POLICIES,
  absoluteHost,
  allRules,
  compareFindings,
  desiredRecords,
  lintFile,
  lintPaths,
  loadPolicy,
  resolvePolicy,
  runRules,
  summarize,
  todayUtc
};
