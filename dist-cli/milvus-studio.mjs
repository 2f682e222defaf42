import { createRequire as __cr } from 'node:module'
const require = __cr(import.meta.url)
var Uh = Object.create
var Rl = Object.defineProperty
var zh = Object.getOwnPropertyDescriptor
var jh = Object.getOwnPropertyNames
var Vh = Object.getPrototypeOf,
  Hh = Object.prototype.hasOwnProperty
var to = ((t) =>
  typeof require < 'u'
    ? require
    : typeof Proxy < 'u'
      ? new Proxy(t, { get: (e, n) => (typeof require < 'u' ? require : e)[n] })
      : t)(function (t) {
  if (typeof require < 'u') return require.apply(this, arguments)
  throw Error('Dynamic require of "' + t + '" is not supported')
})
var x = (t, e) => () => {
  try {
    return (e || t((e = { exports: {} }).exports, e), e.exports)
  } catch (n) {
    throw ((e = 0), n)
  }
}
var Wh = (t, e, n, r) => {
  if ((e && typeof e == 'object') || typeof e == 'function')
    for (let o of jh(e))
      !Hh.call(t, o) &&
        o !== n &&
        Rl(t, o, { get: () => e[o], enumerable: !(r = zh(e, o)) || r.enumerable })
  return t
}
var bt = (t, e, n) => (
  (n = t != null ? Uh(Vh(t)) : {}),
  Wh(e || !t || !t.__esModule ? Rl(n, 'default', { value: t, enumerable: !0 }) : n, t)
)
var F = x((de) => {
  'use strict'
  var Fs = Symbol.for('yaml.alias'),
    Pl = Symbol.for('yaml.document'),
    no = Symbol.for('yaml.map'),
    Ll = Symbol.for('yaml.pair'),
    Ks = Symbol.for('yaml.scalar'),
    ro = Symbol.for('yaml.seq'),
    ct = Symbol.for('yaml.node.type'),
    Gh = (t) => !!t && typeof t == 'object' && t[ct] === Fs,
    Yh = (t) => !!t && typeof t == 'object' && t[ct] === Pl,
    Qh = (t) => !!t && typeof t == 'object' && t[ct] === no,
    Jh = (t) => !!t && typeof t == 'object' && t[ct] === Ll,
    Nl = (t) => !!t && typeof t == 'object' && t[ct] === Ks,
    Xh = (t) => !!t && typeof t == 'object' && t[ct] === ro
  function $l(t) {
    if (t && typeof t == 'object')
      switch (t[ct]) {
        case no:
        case ro:
          return !0
      }
    return !1
  }
  function Zh(t) {
    if (t && typeof t == 'object')
      switch (t[ct]) {
        case Fs:
        case no:
        case Ks:
        case ro:
          return !0
      }
    return !1
  }
  var eg = (t) => (Nl(t) || $l(t)) && !!t.anchor
  de.ALIAS = Fs
  de.DOC = Pl
  de.MAP = no
  de.NODE_TYPE = ct
  de.PAIR = Ll
  de.SCALAR = Ks
  de.SEQ = ro
  de.hasAnchor = eg
  de.isAlias = Gh
  de.isCollection = $l
  de.isDocument = Yh
  de.isMap = Qh
  de.isNode = Zh
  de.isPair = Jh
  de.isScalar = Nl
  de.isSeq = Xh
})
var Jn = x((Bs) => {
  'use strict'
  var se = F(),
    Se = Symbol('break visit'),
    Ol = Symbol('skip children'),
    Xe = Symbol('remove node')
  function oo(t, e) {
    let n = Il(e)
    se.isDocument(t)
      ? fn(null, t.contents, n, Object.freeze([t])) === Xe && (t.contents = null)
      : fn(null, t, n, Object.freeze([]))
  }
  oo.BREAK = Se
  oo.SKIP = Ol
  oo.REMOVE = Xe
  function fn(t, e, n, r) {
    let o = Dl(t, e, n, r)
    if (se.isNode(o) || se.isPair(o)) return (_l(t, r, o), fn(t, o, n, r))
    if (typeof o != 'symbol') {
      if (se.isCollection(e)) {
        r = Object.freeze(r.concat(e))
        for (let s = 0; s < e.items.length; ++s) {
          let i = fn(s, e.items[s], n, r)
          if (typeof i == 'number') s = i - 1
          else {
            if (i === Se) return Se
            i === Xe && (e.items.splice(s, 1), (s -= 1))
          }
        }
      } else if (se.isPair(e)) {
        r = Object.freeze(r.concat(e))
        let s = fn('key', e.key, n, r)
        if (s === Se) return Se
        s === Xe && (e.key = null)
        let i = fn('value', e.value, n, r)
        if (i === Se) return Se
        i === Xe && (e.value = null)
      }
    }
    return o
  }
  async function so(t, e) {
    let n = Il(e)
    se.isDocument(t)
      ? (await pn(null, t.contents, n, Object.freeze([t]))) === Xe && (t.contents = null)
      : await pn(null, t, n, Object.freeze([]))
  }
  so.BREAK = Se
  so.SKIP = Ol
  so.REMOVE = Xe
  async function pn(t, e, n, r) {
    let o = await Dl(t, e, n, r)
    if (se.isNode(o) || se.isPair(o)) return (_l(t, r, o), pn(t, o, n, r))
    if (typeof o != 'symbol') {
      if (se.isCollection(e)) {
        r = Object.freeze(r.concat(e))
        for (let s = 0; s < e.items.length; ++s) {
          let i = await pn(s, e.items[s], n, r)
          if (typeof i == 'number') s = i - 1
          else {
            if (i === Se) return Se
            i === Xe && (e.items.splice(s, 1), (s -= 1))
          }
        }
      } else if (se.isPair(e)) {
        r = Object.freeze(r.concat(e))
        let s = await pn('key', e.key, n, r)
        if (s === Se) return Se
        s === Xe && (e.key = null)
        let i = await pn('value', e.value, n, r)
        if (i === Se) return Se
        i === Xe && (e.value = null)
      }
    }
    return o
  }
  function Il(t) {
    return typeof t == 'object' && (t.Collection || t.Node || t.Value)
      ? Object.assign(
          { Alias: t.Node, Map: t.Node, Scalar: t.Node, Seq: t.Node },
          t.Value && { Map: t.Value, Scalar: t.Value, Seq: t.Value },
          t.Collection && { Map: t.Collection, Seq: t.Collection },
          t,
        )
      : t
  }
  function Dl(t, e, n, r) {
    if (typeof n == 'function') return n(t, e, r)
    if (se.isMap(e)) return n.Map?.(t, e, r)
    if (se.isSeq(e)) return n.Seq?.(t, e, r)
    if (se.isPair(e)) return n.Pair?.(t, e, r)
    if (se.isScalar(e)) return n.Scalar?.(t, e, r)
    if (se.isAlias(e)) return n.Alias?.(t, e, r)
  }
  function _l(t, e, n) {
    let r = e[e.length - 1]
    if (se.isCollection(r)) r.items[t] = n
    else if (se.isPair(r)) t === 'key' ? (r.key = n) : (r.value = n)
    else if (se.isDocument(r)) r.contents = n
    else {
      let o = se.isAlias(r) ? 'alias' : 'scalar'
      throw new Error(`Cannot replace node with ${o} parent`)
    }
  }
  Bs.visit = oo
  Bs.visitAsync = so
})
var Us = x((Fl) => {
  'use strict'
  var ql = F(),
    tg = Jn(),
    ng = { '!': '%21', ',': '%2C', '[': '%5B', ']': '%5D', '{': '%7B', '}': '%7D' },
    rg = (t) => t.replace(/[!,[\]{}]/g, (e) => ng[e]),
    Xn = class t {
      constructor(e, n) {
        ;((this.docStart = null),
          (this.docEnd = !1),
          (this.yaml = Object.assign({}, t.defaultYaml, e)),
          (this.tags = Object.assign({}, t.defaultTags, n)))
      }
      clone() {
        let e = new t(this.yaml, this.tags)
        return ((e.docStart = this.docStart), e)
      }
      atDocument() {
        let e = new t(this.yaml, this.tags)
        switch (this.yaml.version) {
          case '1.1':
            this.atNextDocument = !0
            break
          case '1.2':
            ;((this.atNextDocument = !1),
              (this.yaml = { explicit: t.defaultYaml.explicit, version: '1.2' }),
              (this.tags = Object.assign({}, t.defaultTags)))
            break
        }
        return e
      }
      add(e, n) {
        this.atNextDocument &&
          ((this.yaml = { explicit: t.defaultYaml.explicit, version: '1.1' }),
          (this.tags = Object.assign({}, t.defaultTags)),
          (this.atNextDocument = !1))
        let r = e.trim().split(/[ \t]+/),
          o = r.shift()
        switch (o) {
          case '%TAG': {
            if (
              r.length !== 2 &&
              (n(0, '%TAG directive should contain exactly two parts'), r.length < 2)
            )
              return !1
            let [s, i] = r
            return ((this.tags[s] = i), !0)
          }
          case '%YAML': {
            if (((this.yaml.explicit = !0), r.length !== 1))
              return (n(0, '%YAML directive should contain exactly one part'), !1)
            let [s] = r
            if (s === '1.1' || s === '1.2') return ((this.yaml.version = s), !0)
            {
              let i = /^\d+\.\d+$/.test(s)
              return (n(6, `Unsupported YAML version ${s}`, i), !1)
            }
          }
          default:
            return (n(0, `Unknown directive ${o}`, !0), !1)
        }
      }
      tagName(e, n) {
        if (e === '!') return '!'
        if (e[0] !== '!') return (n(`Not a valid tag: ${e}`), null)
        if (e[1] === '<') {
          let i = e.slice(2, -1)
          return i === '!' || i === '!!'
            ? (n(`Verbatim tags aren't resolved, so ${e} is invalid.`), null)
            : (e[e.length - 1] !== '>' && n('Verbatim tags must end with a >'), i)
        }
        let [, r, o] = e.match(/^(.*!)([^!]*)$/s)
        o || n(`The ${e} tag has no suffix`)
        let s = this.tags[r]
        if (s)
          try {
            return s + decodeURIComponent(o)
          } catch (i) {
            return (n(String(i)), null)
          }
        return r === '!' ? e : (n(`Could not resolve tag: ${e}`), null)
      }
      tagString(e) {
        for (let [n, r] of Object.entries(this.tags))
          if (e.startsWith(r)) return n + rg(e.substring(r.length))
        return e[0] === '!' ? e : `!<${e}>`
      }
      toString(e) {
        let n = this.yaml.explicit ? [`%YAML ${this.yaml.version || '1.2'}`] : [],
          r = Object.entries(this.tags),
          o
        if (e && r.length > 0 && ql.isNode(e.contents)) {
          let s = {}
          ;(tg.visit(e.contents, (i, a) => {
            ql.isNode(a) && a.tag && (s[a.tag] = !0)
          }),
            (o = Object.keys(s)))
        } else o = []
        for (let [s, i] of r)
          (s === '!!' && i === 'tag:yaml.org,2002:') ||
            ((!e || o.some((a) => a.startsWith(i))) && n.push(`%TAG ${s} ${i}`))
        return n.join(`
`)
      }
    }
  Xn.defaultYaml = { explicit: !1, version: '1.2' }
  Xn.defaultTags = { '!!': 'tag:yaml.org,2002:' }
  Fl.Directives = Xn
})
var io = x((Zn) => {
  'use strict'
  var Kl = F(),
    og = Jn()
  function sg(t) {
    if (/[\x00-\x19\s,[\]{}]/.test(t)) {
      let n = `Anchor must not contain whitespace or control characters: ${JSON.stringify(t)}`
      throw new Error(n)
    }
    return !0
  }
  function Bl(t) {
    let e = new Set()
    return (
      og.visit(t, {
        Value(n, r) {
          r.anchor && e.add(r.anchor)
        },
      }),
      e
    )
  }
  function Ul(t, e) {
    for (let n = 1; ; ++n) {
      let r = `${t}${n}`
      if (!e.has(r)) return r
    }
  }
  function ig(t, e) {
    let n = [],
      r = new Map(),
      o = null
    return {
      onAnchor: (s) => {
        ;(n.push(s), o ?? (o = Bl(t)))
        let i = Ul(e, o)
        return (o.add(i), i)
      },
      setAnchors: () => {
        for (let s of n) {
          let i = r.get(s)
          if (typeof i == 'object' && i.anchor && (Kl.isScalar(i.node) || Kl.isCollection(i.node)))
            i.node.anchor = i.anchor
          else {
            let a = new Error('Failed to resolve repeated object (this should not happen)')
            throw ((a.source = s), a)
          }
        }
      },
      sourceObjects: r,
    }
  }
  Zn.anchorIsValid = sg
  Zn.anchorNames = Bl
  Zn.createNodeAnchors = ig
  Zn.findNewAnchor = Ul
})
var zs = x((zl) => {
  'use strict'
  function er(t, e, n, r) {
    if (r && typeof r == 'object')
      if (Array.isArray(r))
        for (let o = 0, s = r.length; o < s; ++o) {
          let i = r[o],
            a = er(t, r, String(o), i)
          a === void 0 ? delete r[o] : a !== i && (r[o] = a)
        }
      else if (r instanceof Map)
        for (let o of Array.from(r.keys())) {
          let s = r.get(o),
            i = er(t, r, o, s)
          i === void 0 ? r.delete(o) : i !== s && r.set(o, i)
        }
      else if (r instanceof Set)
        for (let o of Array.from(r)) {
          let s = er(t, r, o, o)
          s === void 0 ? r.delete(o) : s !== o && (r.delete(o), r.add(s))
        }
      else
        for (let [o, s] of Object.entries(r)) {
          let i = er(t, r, o, s)
          i === void 0 ? delete r[o] : i !== s && (r[o] = i)
        }
    return t.call(e, n, r)
  }
  zl.applyReviver = er
})
var wt = x((Vl) => {
  'use strict'
  var ag = F()
  function jl(t, e, n) {
    if (Array.isArray(t)) return t.map((r, o) => jl(r, String(o), n))
    if (t && typeof t.toJSON == 'function') {
      if (!n || !ag.hasAnchor(t)) return t.toJSON(e, n)
      let r = { aliasCount: 0, count: 1, res: void 0 }
      ;(n.anchors.set(t, r),
        (n.onCreate = (s) => {
          ;((r.res = s), delete n.onCreate)
        }))
      let o = t.toJSON(e, n)
      return (n.onCreate && n.onCreate(o), o)
    }
    return typeof t == 'bigint' && !n?.keep ? Number(t) : t
  }
  Vl.toJS = jl
})
var ao = x((Wl) => {
  'use strict'
  var lg = zs(),
    Hl = F(),
    cg = wt(),
    js = class {
      constructor(e) {
        Object.defineProperty(this, Hl.NODE_TYPE, { value: e })
      }
      clone() {
        let e = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this))
        return (this.range && (e.range = this.range.slice()), e)
      }
      toJS(e, { mapAsMap: n, maxAliasCount: r, onAnchor: o, reviver: s } = {}) {
        if (!Hl.isDocument(e)) throw new TypeError('A document argument is required')
        let i = {
            anchors: new Map(),
            doc: e,
            keep: !0,
            mapAsMap: n === !0,
            mapKeyWarned: !1,
            maxAliasCount: typeof r == 'number' ? r : 100,
          },
          a = cg.toJS(this, '', i)
        if (typeof o == 'function') for (let { count: l, res: c } of i.anchors.values()) o(c, l)
        return typeof s == 'function' ? lg.applyReviver(s, { '': a }, '', a) : a
      }
    }
  Wl.NodeBase = js
})
var tr = x((Gl) => {
  'use strict'
  var ug = io(),
    dg = Jn(),
    mn = F(),
    fg = ao(),
    pg = wt(),
    Vs = class extends fg.NodeBase {
      constructor(e) {
        ;(super(mn.ALIAS),
          (this.source = e),
          Object.defineProperty(this, 'tag', {
            set() {
              throw new Error('Alias nodes cannot have tags')
            },
          }))
      }
      resolve(e, n) {
        if (n?.maxAliasCount === 0) throw new ReferenceError('Alias resolution is disabled')
        let r
        n?.aliasResolveCache
          ? (r = n.aliasResolveCache)
          : ((r = []),
            dg.visit(e, {
              Node: (s, i) => {
                ;(mn.isAlias(i) || mn.hasAnchor(i)) && r.push(i)
              },
            }),
            n && (n.aliasResolveCache = r))
        let o
        for (let s of r) {
          if (s === this) break
          s.anchor === this.source && (o = s)
        }
        if (o && n) {
          let { anchors: s, doc: i, maxAliasCount: a } = n,
            l = s.get(o)
          if ((l || (pg.toJS(o, null, n), (l = s.get(o))), l?.res === void 0)) {
            let c = 'This should not happen: Alias anchor was not resolved?'
            throw new ReferenceError(c)
          }
          if (
            a >= 0 &&
            ((l.count += 1),
            l.aliasCount === 0 && (l.aliasCount = lo(i, o, s)),
            l.count * l.aliasCount > a)
          ) {
            let c = 'Excessive alias count indicates a resource exhaustion attack'
            throw new ReferenceError(c)
          }
        }
        return o
      }
      toJSON(e, n) {
        if (!n) return { source: this.source }
        let r = this.resolve(n.doc, n)
        if (!r) {
          let o = `Unresolved alias (the anchor must be set before the alias): ${this.source}`
          throw new ReferenceError(o)
        }
        return n.anchors.get(r).res
      }
      toString(e, n, r) {
        let o = `*${this.source}`
        if (e) {
          if (
            (ug.anchorIsValid(this.source),
            e.options.verifyAliasOrder && !e.anchors.has(this.source))
          ) {
            let s = `Unresolved alias (the anchor must be set before the alias): ${this.source}`
            throw new Error(s)
          }
          if (e.implicitKey) return `${o} `
        }
        return o
      }
    }
  function lo(t, e, n) {
    if (mn.isAlias(e)) {
      let r = e.resolve(t),
        o = n && r && n.get(r)
      return o ? o.count * o.aliasCount : 0
    } else if (mn.isCollection(e)) {
      let r = 0
      for (let o of e.items) {
        let s = lo(t, o, n)
        s > r && (r = s)
      }
      return r
    } else if (mn.isPair(e)) {
      let r = lo(t, e.key, n),
        o = lo(t, e.value, n)
      return Math.max(r, o)
    }
    return 1
  }
  Gl.Alias = Vs
})
var re = x((Hs) => {
  'use strict'
  var mg = F(),
    hg = ao(),
    gg = wt(),
    yg = (t) => !t || (typeof t != 'function' && typeof t != 'object'),
    xt = class extends hg.NodeBase {
      constructor(e) {
        ;(super(mg.SCALAR), (this.value = e))
      }
      toJSON(e, n) {
        return n?.keep ? this.value : gg.toJS(this.value, e, n)
      }
      toString() {
        return String(this.value)
      }
    }
  xt.BLOCK_FOLDED = 'BLOCK_FOLDED'
  xt.BLOCK_LITERAL = 'BLOCK_LITERAL'
  xt.PLAIN = 'PLAIN'
  xt.QUOTE_DOUBLE = 'QUOTE_DOUBLE'
  xt.QUOTE_SINGLE = 'QUOTE_SINGLE'
  Hs.Scalar = xt
  Hs.isScalarValue = yg
})
var nr = x((Ql) => {
  'use strict'
  var vg = tr(),
    Gt = F(),
    Yl = re(),
    kg = 'tag:yaml.org,2002:'
  function Sg(t, e, n) {
    if (e) {
      let r = n.filter((s) => s.tag === e),
        o = r.find((s) => !s.format) ?? r[0]
      if (!o) throw new Error(`Tag ${e} not found`)
      return o
    }
    return n.find((r) => r.identify?.(t) && !r.format)
  }
  function bg(t, e, n) {
    if ((Gt.isDocument(t) && (t = t.contents), Gt.isNode(t))) return t
    if (Gt.isPair(t)) {
      let d = n.schema[Gt.MAP].createNode?.(n.schema, null, n)
      return (d.items.push(t), d)
    }
    ;(t instanceof String ||
      t instanceof Number ||
      t instanceof Boolean ||
      (typeof BigInt < 'u' && t instanceof BigInt)) &&
      (t = t.valueOf())
    let { aliasDuplicateObjects: r, onAnchor: o, onTagObj: s, schema: i, sourceObjects: a } = n,
      l
    if (r && t && typeof t == 'object') {
      if (((l = a.get(t)), l)) return (l.anchor ?? (l.anchor = o(t)), new vg.Alias(l.anchor))
      ;((l = { anchor: null, node: null }), a.set(t, l))
    }
    e?.startsWith('!!') && (e = kg + e.slice(2))
    let c = Sg(t, e, i.tags)
    if (!c) {
      if ((t && typeof t.toJSON == 'function' && (t = t.toJSON()), !t || typeof t != 'object')) {
        let d = new Yl.Scalar(t)
        return (l && (l.node = d), d)
      }
      c = t instanceof Map ? i[Gt.MAP] : Symbol.iterator in Object(t) ? i[Gt.SEQ] : i[Gt.MAP]
    }
    s && (s(c), delete n.onTagObj)
    let f = c?.createNode
      ? c.createNode(n.schema, t, n)
      : typeof c?.nodeClass?.from == 'function'
        ? c.nodeClass.from(n.schema, t, n)
        : new Yl.Scalar(t)
    return (e ? (f.tag = e) : c.default || (f.tag = c.tag), l && (l.node = f), f)
  }
  Ql.createNode = bg
})
var uo = x((co) => {
  'use strict'
  var wg = nr(),
    Ze = F(),
    xg = ao()
  function Ws(t, e, n) {
    let r = n
    for (let o = e.length - 1; o >= 0; --o) {
      let s = e[o]
      if (typeof s == 'number' && Number.isInteger(s) && s >= 0) {
        let i = []
        ;((i[s] = r), (r = i))
      } else r = new Map([[s, r]])
    }
    return wg.createNode(r, void 0, {
      aliasDuplicateObjects: !1,
      keepUndefined: !1,
      onAnchor: () => {
        throw new Error('This should not happen, please report a bug.')
      },
      schema: t,
      sourceObjects: new Map(),
    })
  }
  var Jl = (t) => t == null || (typeof t == 'object' && !!t[Symbol.iterator]().next().done),
    Gs = class extends xg.NodeBase {
      constructor(e, n) {
        ;(super(e),
          Object.defineProperty(this, 'schema', {
            value: n,
            configurable: !0,
            enumerable: !1,
            writable: !0,
          }))
      }
      clone(e) {
        let n = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this))
        return (
          e && (n.schema = e),
          (n.items = n.items.map((r) => (Ze.isNode(r) || Ze.isPair(r) ? r.clone(e) : r))),
          this.range && (n.range = this.range.slice()),
          n
        )
      }
      addIn(e, n) {
        if (Jl(e)) this.add(n)
        else {
          let [r, ...o] = e,
            s = this.get(r, !0)
          if (Ze.isCollection(s)) s.addIn(o, n)
          else if (s === void 0 && this.schema) this.set(r, Ws(this.schema, o, n))
          else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${o}`)
        }
      }
      deleteIn(e) {
        let [n, ...r] = e
        if (r.length === 0) return this.delete(n)
        let o = this.get(n, !0)
        if (Ze.isCollection(o)) return o.deleteIn(r)
        throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)
      }
      getIn(e, n) {
        let [r, ...o] = e,
          s = this.get(r, !0)
        return o.length === 0
          ? !n && Ze.isScalar(s)
            ? s.value
            : s
          : Ze.isCollection(s)
            ? s.getIn(o, n)
            : void 0
      }
      hasAllNullValues(e) {
        return this.items.every((n) => {
          if (!Ze.isPair(n)) return !1
          let r = n.value
          return (
            r == null ||
            (e && Ze.isScalar(r) && r.value == null && !r.commentBefore && !r.comment && !r.tag)
          )
        })
      }
      hasIn(e) {
        let [n, ...r] = e
        if (r.length === 0) return this.has(n)
        let o = this.get(n, !0)
        return Ze.isCollection(o) ? o.hasIn(r) : !1
      }
      setIn(e, n) {
        let [r, ...o] = e
        if (o.length === 0) this.set(r, n)
        else {
          let s = this.get(r, !0)
          if (Ze.isCollection(s)) s.setIn(o, n)
          else if (s === void 0 && this.schema) this.set(r, Ws(this.schema, o, n))
          else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${o}`)
        }
      }
    }
  co.Collection = Gs
  co.collectionFromPath = Ws
  co.isEmptyPath = Jl
})
var rr = x((fo) => {
  'use strict'
  var Mg = (t) => t.replace(/^(?!$)(?: $)?/gm, '#')
  function Ys(t, e) {
    return /^\n+$/.test(t) ? t.substring(1) : e ? t.replace(/^(?! *$)/gm, e) : t
  }
  var Ag = (t, e, n) =>
    t.endsWith(`
`)
      ? Ys(n, e)
      : n.includes(`
`)
        ? `
` + Ys(n, e)
        : (t.endsWith(' ') ? '' : ' ') + n
  fo.indentComment = Ys
  fo.lineComment = Ag
  fo.stringifyComment = Mg
})
var Zl = x((or) => {
  'use strict'
  var Cg = 'flow',
    Qs = 'block',
    po = 'quoted'
  function Tg(
    t,
    e,
    n = 'flow',
    { indentAtStart: r, lineWidth: o = 80, minContentWidth: s = 20, onFold: i, onOverflow: a } = {},
  ) {
    if (!o || o < 0) return t
    o < s && (s = 0)
    let l = Math.max(1 + s, 1 + o - e.length)
    if (t.length <= l) return t
    let c = [],
      f = {},
      d = o - e.length
    typeof r == 'number' && (r > o - Math.max(2, s) ? c.push(0) : (d = o - r))
    let p,
      h,
      y = !1,
      m = -1,
      g = -1,
      k = -1
    n === Qs && ((m = Xl(t, m, e.length)), m !== -1 && (d = m + l))
    for (let w; (w = t[(m += 1)]);) {
      if (n === po && w === '\\') {
        switch (((g = m), t[m + 1])) {
          case 'x':
            m += 3
            break
          case 'u':
            m += 5
            break
          case 'U':
            m += 9
            break
          default:
            m += 1
        }
        k = m
      }
      if (
        w ===
        `
`
      )
        (n === Qs && (m = Xl(t, m, e.length)), (d = m + e.length + l), (p = void 0))
      else {
        if (
          w === ' ' &&
          h &&
          h !== ' ' &&
          h !==
            `
` &&
          h !== '	'
        ) {
          let A = t[m + 1]
          A &&
            A !== ' ' &&
            A !==
              `
` &&
            A !== '	' &&
            (p = m)
        }
        if (m >= d)
          if (p) (c.push(p), (d = p + l), (p = void 0))
          else if (n === po) {
            for (; h === ' ' || h === '	';) ((h = w), (w = t[(m += 1)]), (y = !0))
            let A = m > k + 1 ? m - 2 : g - 1
            if (f[A]) return t
            ;(c.push(A), (f[A] = !0), (d = A + l), (p = void 0))
          } else y = !0
      }
      h = w
    }
    if ((y && a && a(), c.length === 0)) return t
    i && i()
    let b = t.slice(0, c[0])
    for (let w = 0; w < c.length; ++w) {
      let A = c[w],
        T = c[w + 1] || t.length
      A === 0
        ? (b = `
${e}${t.slice(0, T)}`)
        : (n === po && f[A] && (b += `${t[A]}\\`),
          (b += `
${e}${t.slice(A + 1, T)}`))
    }
    return b
  }
  function Xl(t, e, n) {
    let r = e,
      o = e + 1,
      s = t[o]
    for (; s === ' ' || s === '	';)
      if (e < o + n) s = t[++e]
      else {
        do s = t[++e]
        while (
          s &&
          s !==
            `
`
        )
        ;((r = e), (o = e + 1), (s = t[o]))
      }
    return r
  }
  or.FOLD_BLOCK = Qs
  or.FOLD_FLOW = Cg
  or.FOLD_QUOTED = po
  or.foldFlowLines = Tg
})
var ir = x((ec) => {
  'use strict'
  var Ke = re(),
    Mt = Zl(),
    ho = (t, e) => ({
      indentAtStart: e ? t.indent.length : t.indentAtStart,
      lineWidth: t.options.lineWidth,
      minContentWidth: t.options.minContentWidth,
    }),
    go = (t) => /^(%|---|\.\.\.)/m.test(t)
  function Rg(t, e, n) {
    if (!e || e < 0) return !1
    let r = e - n,
      o = t.length
    if (o <= r) return !1
    for (let s = 0, i = 0; s < o; ++s)
      if (
        t[s] ===
        `
`
      ) {
        if (s - i > r) return !0
        if (((i = s + 1), o - i <= r)) return !1
      }
    return !0
  }
  function sr(t, e) {
    let n = JSON.stringify(t)
    if (e.options.doubleQuotedAsJSON) return n
    let { implicitKey: r } = e,
      o = e.options.doubleQuotedMinMultiLineLength,
      s = e.indent || (go(t) ? '  ' : ''),
      i = '',
      a = 0
    for (let l = 0, c = n[l]; c; c = n[++l])
      if (
        (c === ' ' &&
          n[l + 1] === '\\' &&
          n[l + 2] === 'n' &&
          ((i += n.slice(a, l) + '\\ '), (l += 1), (a = l), (c = '\\')),
        c === '\\')
      )
        switch (n[l + 1]) {
          case 'u':
            {
              i += n.slice(a, l)
              let f = n.substr(l + 2, 4)
              switch (f) {
                case '0000':
                  i += '\\0'
                  break
                case '0007':
                  i += '\\a'
                  break
                case '000b':
                  i += '\\v'
                  break
                case '001b':
                  i += '\\e'
                  break
                case '0085':
                  i += '\\N'
                  break
                case '00a0':
                  i += '\\_'
                  break
                case '2028':
                  i += '\\L'
                  break
                case '2029':
                  i += '\\P'
                  break
                default:
                  f.substr(0, 2) === '00' ? (i += '\\x' + f.substr(2)) : (i += n.substr(l, 6))
              }
              ;((l += 5), (a = l + 1))
            }
            break
          case 'n':
            if (r || n[l + 2] === '"' || n.length < o) l += 1
            else {
              for (
                i +=
                  n.slice(a, l) +
                  `

`;
                n[l + 2] === '\\' && n[l + 3] === 'n' && n[l + 4] !== '"';
              )
                ((i += `
`),
                  (l += 2))
              ;((i += s), n[l + 2] === ' ' && (i += '\\'), (l += 1), (a = l + 1))
            }
            break
          default:
            l += 1
        }
    return ((i = a ? i + n.slice(a) : n), r ? i : Mt.foldFlowLines(i, s, Mt.FOLD_QUOTED, ho(e, !1)))
  }
  function Js(t, e) {
    if (
      e.options.singleQuote === !1 ||
      (e.implicitKey &&
        t.includes(`
`)) ||
      /[ \t]\n|\n[ \t]/.test(t)
    )
      return sr(t, e)
    let n = e.indent || (go(t) ? '  ' : ''),
      r =
        "'" +
        t.replace(/'/g, "''").replace(
          /\n+/g,
          `$&
${n}`,
        ) +
        "'"
    return e.implicitKey ? r : Mt.foldFlowLines(r, n, Mt.FOLD_FLOW, ho(e, !1))
  }
  function hn(t, e) {
    let { singleQuote: n } = e.options,
      r
    if (n === !1) r = sr
    else {
      let o = t.includes('"'),
        s = t.includes("'")
      o && !s ? (r = Js) : s && !o ? (r = sr) : (r = n ? Js : sr)
    }
    return r(t, e)
  }
  var Xs
  try {
    Xs = new RegExp(
      `(^|(?<!
))
+(?!
|$)`,
      'g',
    )
  } catch {
    Xs = /\n+(?!\n|$)/g
  }
  function mo({ comment: t, type: e, value: n }, r, o, s) {
    let { blockQuote: i, commentString: a, lineWidth: l } = r.options
    if (!i || /\n[\t ]+$/.test(n)) return hn(n, r)
    let c = r.indent || (r.forceBlockIndent || go(n) ? '  ' : ''),
      f =
        i === 'literal'
          ? !0
          : i === 'folded' || e === Ke.Scalar.BLOCK_FOLDED
            ? !1
            : e === Ke.Scalar.BLOCK_LITERAL
              ? !0
              : !Rg(n, l, c.length)
    if (!n)
      return f
        ? `|
`
        : `>
`
    let d, p
    for (p = n.length; p > 0; --p) {
      let T = n[p - 1]
      if (
        T !==
          `
` &&
        T !== '	' &&
        T !== ' '
      )
        break
    }
    let h = n.substring(p),
      y = h.indexOf(`
`)
    ;(y === -1 ? (d = '-') : n === h || y !== h.length - 1 ? ((d = '+'), s && s()) : (d = ''),
      h &&
        ((n = n.slice(0, -h.length)),
        h[h.length - 1] ===
          `
` && (h = h.slice(0, -1)),
        (h = h.replace(Xs, `$&${c}`))))
    let m = !1,
      g,
      k = -1
    for (g = 0; g < n.length; ++g) {
      let T = n[g]
      if (T === ' ') m = !0
      else if (
        T ===
        `
`
      )
        k = g
      else break
    }
    let b = n.substring(0, k < g ? k + 1 : g)
    b && ((n = n.substring(b.length)), (b = b.replace(/\n+/g, `$&${c}`)))
    let A = (m ? (c ? '2' : '1') : '') + d
    if ((t && ((A += ' ' + a(t.replace(/ ?[\r\n]+/g, ' '))), o && o()), !f)) {
      let T = n
          .replace(
            /\n+/g,
            `
$&`,
          )
          .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2')
          .replace(/\n+/g, `$&${c}`),
        E = !1,
        O = ho(r, !0)
      i !== 'folded' &&
        e !== Ke.Scalar.BLOCK_FOLDED &&
        (O.onOverflow = () => {
          E = !0
        })
      let S = Mt.foldFlowLines(`${b}${T}${h}`, c, Mt.FOLD_BLOCK, O)
      if (!E)
        return `>${A}
${c}${S}`
    }
    return (
      (n = n.replace(/\n+/g, `$&${c}`)),
      `|${A}
${c}${b}${n}${h}`
    )
  }
  function Eg(t, e, n, r) {
    let { type: o, value: s } = t,
      { actualString: i, implicitKey: a, indent: l, indentStep: c, inFlow: f } = e
    if (
      (a &&
        s.includes(`
`)) ||
      (f && /[[\]{},]/.test(s))
    )
      return hn(s, e)
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(s))
      return a ||
        f ||
        !s.includes(`
`)
        ? hn(s, e)
        : mo(t, e, n, r)
    if (
      !a &&
      !f &&
      o !== Ke.Scalar.PLAIN &&
      s.includes(`
`)
    )
      return mo(t, e, n, r)
    if (go(s)) {
      if (l === '') return ((e.forceBlockIndent = !0), mo(t, e, n, r))
      if (a && l === c) return hn(s, e)
    }
    let d = s.replace(
      /\n+/g,
      `$&
${l}`,
    )
    if (i) {
      let p = (m) => m.default && m.tag !== 'tag:yaml.org,2002:str' && m.test?.test(d),
        { compat: h, tags: y } = e.doc.schema
      if (y.some(p) || h?.some(p)) return hn(s, e)
    }
    return a ? d : Mt.foldFlowLines(d, l, Mt.FOLD_FLOW, ho(e, !1))
  }
  function Pg(t, e, n, r) {
    let { implicitKey: o, inFlow: s } = e,
      i = typeof t.value == 'string' ? t : Object.assign({}, t, { value: String(t.value) }),
      { type: a } = t
    a !== Ke.Scalar.QUOTE_DOUBLE &&
      /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(i.value) &&
      (a = Ke.Scalar.QUOTE_DOUBLE)
    let l = (f) => {
        switch (f) {
          case Ke.Scalar.BLOCK_FOLDED:
          case Ke.Scalar.BLOCK_LITERAL:
            return o || s ? hn(i.value, e) : mo(i, e, n, r)
          case Ke.Scalar.QUOTE_DOUBLE:
            return sr(i.value, e)
          case Ke.Scalar.QUOTE_SINGLE:
            return Js(i.value, e)
          case Ke.Scalar.PLAIN:
            return Eg(i, e, n, r)
          default:
            return null
        }
      },
      c = l(a)
    if (c === null) {
      let { defaultKeyType: f, defaultStringType: d } = e.options,
        p = (o && f) || d
      if (((c = l(p)), c === null)) throw new Error(`Unsupported default string type ${p}`)
    }
    return c
  }
  ec.stringifyString = Pg
})
var ar = x((Zs) => {
  'use strict'
  var Lg = io(),
    At = F(),
    Ng = rr(),
    $g = ir()
  function Og(t, e) {
    let n = Object.assign(
        {
          blockQuote: !0,
          commentString: Ng.stringifyComment,
          defaultKeyType: null,
          defaultStringType: 'PLAIN',
          directives: null,
          doubleQuotedAsJSON: !1,
          doubleQuotedMinMultiLineLength: 40,
          falseStr: 'false',
          flowCollectionPadding: !0,
          indentSeq: !0,
          lineWidth: 80,
          minContentWidth: 20,
          nullStr: 'null',
          simpleKeys: !1,
          singleQuote: null,
          trailingComma: !1,
          trueStr: 'true',
          verifyAliasOrder: !0,
        },
        t.schema.toStringOptions,
        e,
      ),
      r
    switch (n.collectionStyle) {
      case 'block':
        r = !1
        break
      case 'flow':
        r = !0
        break
      default:
        r = null
    }
    return {
      anchors: new Set(),
      doc: t,
      flowCollectionPadding: n.flowCollectionPadding ? ' ' : '',
      indent: '',
      indentStep: typeof n.indent == 'number' ? ' '.repeat(n.indent) : '  ',
      inFlow: r,
      options: n,
    }
  }
  function Ig(t, e) {
    if (e.tag) {
      let o = t.filter((s) => s.tag === e.tag)
      if (o.length > 0) return o.find((s) => s.format === e.format) ?? o[0]
    }
    let n, r
    if (At.isScalar(e)) {
      r = e.value
      let o = t.filter((s) => s.identify?.(r))
      if (o.length > 1) {
        let s = o.filter((i) => i.test)
        s.length > 0 && (o = s)
      }
      n = o.find((s) => s.format === e.format) ?? o.find((s) => !s.format)
    } else ((r = e), (n = t.find((o) => o.nodeClass && r instanceof o.nodeClass)))
    if (!n) {
      let o = r?.constructor?.name ?? (r === null ? 'null' : typeof r)
      throw new Error(`Tag not resolved for ${o} value`)
    }
    return n
  }
  function Dg(t, e, { anchors: n, doc: r }) {
    if (!r.directives) return ''
    let o = [],
      s = (At.isScalar(t) || At.isCollection(t)) && t.anchor
    s && Lg.anchorIsValid(s) && (n.add(s), o.push(`&${s}`))
    let i = t.tag ?? (e.default ? null : e.tag)
    return (i && o.push(r.directives.tagString(i)), o.join(' '))
  }
  function _g(t, e, n, r) {
    if (At.isPair(t)) return t.toString(e, n, r)
    if (At.isAlias(t)) {
      if (e.doc.directives) return t.toString(e)
      if (e.resolvedAliases?.has(t))
        throw new TypeError('Cannot stringify circular structure without alias nodes')
      ;(e.resolvedAliases ? e.resolvedAliases.add(t) : (e.resolvedAliases = new Set([t])),
        (t = t.resolve(e.doc)))
    }
    let o,
      s = At.isNode(t) ? t : e.doc.createNode(t, { onTagObj: (l) => (o = l) })
    o ?? (o = Ig(e.doc.schema.tags, s))
    let i = Dg(s, o, e)
    i.length > 0 && (e.indentAtStart = (e.indentAtStart ?? 0) + i.length + 1)
    let a =
      typeof o.stringify == 'function'
        ? o.stringify(s, e, n, r)
        : At.isScalar(s)
          ? $g.stringifyString(s, e, n, r)
          : s.toString(e, n, r)
    return i
      ? At.isScalar(s) || a[0] === '{' || a[0] === '['
        ? `${i} ${a}`
        : `${i}
${e.indent}${a}`
      : a
  }
  Zs.createStringifyContext = Og
  Zs.stringify = _g
})
var oc = x((rc) => {
  'use strict'
  var ut = F(),
    tc = re(),
    nc = ar(),
    lr = rr()
  function qg({ key: t, value: e }, n, r, o) {
    let {
        allNullValues: s,
        doc: i,
        indent: a,
        indentStep: l,
        options: { commentString: c, indentSeq: f, simpleKeys: d },
      } = n,
      p = (ut.isNode(t) && t.comment) || null
    if (d) {
      if (p) throw new Error('With simple keys, key nodes cannot have comments')
      if (ut.isCollection(t) || (!ut.isNode(t) && typeof t == 'object')) {
        let O = 'With simple keys, collection cannot be used as a key value'
        throw new Error(O)
      }
    }
    let h =
      !d &&
      (!t ||
        (p && e == null && !n.inFlow) ||
        ut.isCollection(t) ||
        (ut.isScalar(t)
          ? t.type === tc.Scalar.BLOCK_FOLDED || t.type === tc.Scalar.BLOCK_LITERAL
          : typeof t == 'object'))
    n = Object.assign({}, n, { allNullValues: !1, implicitKey: !h && (d || !s), indent: a + l })
    let y = !1,
      m = !1,
      g = nc.stringify(
        t,
        n,
        () => (y = !0),
        () => (m = !0),
      )
    if (!h && !n.inFlow && g.length > 1024) {
      if (d)
        throw new Error(
          'With simple keys, single line scalar must not span more than 1024 characters',
        )
      h = !0
    }
    if (n.inFlow) {
      if (s || e == null) return (y && r && r(), g === '' ? '?' : h ? `? ${g}` : g)
    } else if ((s && !d) || (e == null && h))
      return ((g = `? ${g}`), p && !y ? (g += lr.lineComment(g, n.indent, c(p))) : m && o && o(), g)
    ;(y && (p = null),
      h
        ? (p && (g += lr.lineComment(g, n.indent, c(p))),
          (g = `? ${g}
${a}:`))
        : ((g = `${g}:`), p && (g += lr.lineComment(g, n.indent, c(p)))))
    let k, b, w
    ;(ut.isNode(e)
      ? ((k = !!e.spaceBefore), (b = e.commentBefore), (w = e.comment))
      : ((k = !1), (b = null), (w = null), e && typeof e == 'object' && (e = i.createNode(e))),
      (n.implicitKey = !1),
      !h && !p && ut.isScalar(e) && (n.indentAtStart = g.length + 1),
      (m = !1),
      !f &&
        l.length >= 2 &&
        !n.inFlow &&
        !h &&
        ut.isSeq(e) &&
        !e.flow &&
        !e.tag &&
        !e.anchor &&
        (n.indent = n.indent.substring(2)))
    let A = !1,
      T = nc.stringify(
        e,
        n,
        () => (A = !0),
        () => (m = !0),
      ),
      E = ' '
    if (p || k || b) {
      if (
        ((E = k
          ? `
`
          : ''),
        b)
      ) {
        let O = c(b)
        E += `
${lr.indentComment(O, n.indent)}`
      }
      T === '' && !n.inFlow
        ? E ===
            `
` &&
          w &&
          (E = `

`)
        : (E += `
${n.indent}`)
    } else if (!h && ut.isCollection(e)) {
      let O = T[0],
        S = T.indexOf(`
`),
        R = S !== -1,
        W = n.inFlow ?? e.flow ?? e.items.length === 0
      if (R || !W) {
        let G = !1
        if (R && (O === '&' || O === '!')) {
          let q = T.indexOf(' ')
          ;(O === '&' && q !== -1 && q < S && T[q + 1] === '!' && (q = T.indexOf(' ', q + 1)),
            (q === -1 || S < q) && (G = !0))
        }
        G ||
          (E = `
${n.indent}`)
      }
    } else
      (T === '' ||
        T[0] ===
          `
`) &&
        (E = '')
    return (
      (g += E + T),
      n.inFlow ? A && r && r() : w && !A ? (g += lr.lineComment(g, n.indent, c(w))) : m && o && o(),
      g
    )
  }
  rc.stringifyPair = qg
})
var ti = x((ei) => {
  'use strict'
  var sc = to('process')
  function Fg(t, ...e) {
    t === 'debug' && console.log(...e)
  }
  function Kg(t, e) {
    ;(t === 'debug' || t === 'warn') &&
      (typeof sc.emitWarning == 'function' ? sc.emitWarning(e) : console.warn(e))
  }
  ei.debug = Fg
  ei.warn = Kg
})
var bo = x((So) => {
  'use strict'
  var ko = F(),
    ic = re(),
    yo = '<<',
    vo = {
      identify: (t) => t === yo || (typeof t == 'symbol' && t.description === yo),
      default: 'key',
      tag: 'tag:yaml.org,2002:merge',
      test: /^<<$/,
      resolve: () => Object.assign(new ic.Scalar(Symbol(yo)), { addToJSMap: ac }),
      stringify: () => yo,
    },
    Bg = (t, e) =>
      (vo.identify(e) ||
        (ko.isScalar(e) && (!e.type || e.type === ic.Scalar.PLAIN) && vo.identify(e.value))) &&
      t?.doc.schema.tags.some((n) => n.tag === vo.tag && n.default)
  function ac(t, e, n) {
    let r = lc(t, n)
    if (ko.isSeq(r)) for (let o of r.items) ni(t, e, o)
    else if (Array.isArray(r)) for (let o of r) ni(t, e, o)
    else ni(t, e, r)
  }
  function ni(t, e, n) {
    let r = lc(t, n)
    if (!ko.isMap(r)) throw new Error('Merge sources must be maps or map aliases')
    let o = r.toJSON(null, t, Map)
    for (let [s, i] of o)
      e instanceof Map
        ? e.has(s) || e.set(s, i)
        : e instanceof Set
          ? e.add(s)
          : Object.prototype.hasOwnProperty.call(e, s) ||
            Object.defineProperty(e, s, {
              value: i,
              writable: !0,
              enumerable: !0,
              configurable: !0,
            })
    return e
  }
  function lc(t, e) {
    return t && ko.isAlias(e) ? e.resolve(t.doc, t) : e
  }
  So.addMergeToJSMap = ac
  So.isMergeKey = Bg
  So.merge = vo
})
var oi = x((dc) => {
  'use strict'
  var Ug = ti(),
    cc = bo(),
    zg = ar(),
    uc = F(),
    ri = wt()
  function jg(t, e, { key: n, value: r }) {
    if (uc.isNode(n) && n.addToJSMap) n.addToJSMap(t, e, r)
    else if (cc.isMergeKey(t, n)) cc.addMergeToJSMap(t, e, r)
    else {
      let o = ri.toJS(n, '', t)
      if (e instanceof Map) e.set(o, ri.toJS(r, o, t))
      else if (e instanceof Set) e.add(o)
      else {
        let s = Vg(n, o, t),
          i = ri.toJS(r, s, t)
        s in e
          ? Object.defineProperty(e, s, {
              value: i,
              writable: !0,
              enumerable: !0,
              configurable: !0,
            })
          : (e[s] = i)
      }
    }
    return e
  }
  function Vg(t, e, n) {
    if (e === null) return ''
    if (typeof e != 'object') return String(e)
    if (uc.isNode(t) && n?.doc) {
      let r = zg.createStringifyContext(n.doc, {})
      r.anchors = new Set()
      for (let s of n.anchors.keys()) r.anchors.add(s.anchor)
      ;((r.inFlow = !0), (r.inStringifyKey = !0))
      let o = t.toString(r)
      if (!n.mapKeyWarned) {
        let s = JSON.stringify(o)
        ;(s.length > 40 && (s = s.substring(0, 36) + '..."'),
          Ug.warn(
            n.doc.options.logLevel,
            `Keys with collection values will be stringified due to JS Object restrictions: ${s}. Set mapAsMap: true to use object keys.`,
          ),
          (n.mapKeyWarned = !0))
      }
      return o
    }
    return JSON.stringify(e)
  }
  dc.addPairToJSMap = jg
})
var Ct = x((si) => {
  'use strict'
  var fc = nr(),
    Hg = oc(),
    Wg = oi(),
    wo = F()
  function Gg(t, e, n) {
    let r = fc.createNode(t, void 0, n),
      o = fc.createNode(e, void 0, n)
    return new xo(r, o)
  }
  var xo = class t {
    constructor(e, n = null) {
      ;(Object.defineProperty(this, wo.NODE_TYPE, { value: wo.PAIR }),
        (this.key = e),
        (this.value = n))
    }
    clone(e) {
      let { key: n, value: r } = this
      return (wo.isNode(n) && (n = n.clone(e)), wo.isNode(r) && (r = r.clone(e)), new t(n, r))
    }
    toJSON(e, n) {
      let r = n?.mapAsMap ? new Map() : {}
      return Wg.addPairToJSMap(n, r, this)
    }
    toString(e, n, r) {
      return e?.doc ? Hg.stringifyPair(this, e, n, r) : JSON.stringify(this)
    }
  }
  si.Pair = xo
  si.createPair = Gg
})
var ii = x((mc) => {
  'use strict'
  var Yt = F(),
    pc = ar(),
    Mo = rr()
  function Yg(t, e, n) {
    return ((e.inFlow ?? t.flow) ? Jg : Qg)(t, e, n)
  }
  function Qg(
    { comment: t, items: e },
    n,
    { blockItemPrefix: r, flowChars: o, itemIndent: s, onChompKeep: i, onComment: a },
  ) {
    let {
        indent: l,
        options: { commentString: c },
      } = n,
      f = Object.assign({}, n, { indent: s, type: null }),
      d = !1,
      p = []
    for (let y = 0; y < e.length; ++y) {
      let m = e[y],
        g = null
      if (Yt.isNode(m))
        (!d && m.spaceBefore && p.push(''),
          Ao(n, p, m.commentBefore, d),
          m.comment && (g = m.comment))
      else if (Yt.isPair(m)) {
        let b = Yt.isNode(m.key) ? m.key : null
        b && (!d && b.spaceBefore && p.push(''), Ao(n, p, b.commentBefore, d))
      }
      d = !1
      let k = pc.stringify(
        m,
        f,
        () => (g = null),
        () => (d = !0),
      )
      ;(g && (k += Mo.lineComment(k, s, c(g))), d && g && (d = !1), p.push(r + k))
    }
    let h
    if (p.length === 0) h = o.start + o.end
    else {
      h = p[0]
      for (let y = 1; y < p.length; ++y) {
        let m = p[y]
        h += m
          ? `
${l}${m}`
          : `
`
      }
    }
    return (
      t
        ? ((h +=
            `
` + Mo.indentComment(c(t), l)),
          a && a())
        : d && i && i(),
      h
    )
  }
  function Jg({ items: t }, e, { flowChars: n, itemIndent: r }) {
    let {
      indent: o,
      indentStep: s,
      flowCollectionPadding: i,
      options: { commentString: a },
    } = e
    r += s
    let l = Object.assign({}, e, { indent: r, inFlow: !0, type: null }),
      c = !1,
      f = 0,
      d = []
    for (let y = 0; y < t.length; ++y) {
      let m = t[y],
        g = null
      if (Yt.isNode(m))
        (m.spaceBefore && d.push(''), Ao(e, d, m.commentBefore, !1), m.comment && (g = m.comment))
      else if (Yt.isPair(m)) {
        let b = Yt.isNode(m.key) ? m.key : null
        b && (b.spaceBefore && d.push(''), Ao(e, d, b.commentBefore, !1), b.comment && (c = !0))
        let w = Yt.isNode(m.value) ? m.value : null
        w
          ? (w.comment && (g = w.comment), w.commentBefore && (c = !0))
          : m.value == null && b?.comment && (g = b.comment)
      }
      g && (c = !0)
      let k = pc.stringify(m, l, () => (g = null))
      ;(c ||
        (c =
          d.length > f ||
          k.includes(`
`)),
        y < t.length - 1
          ? (k += ',')
          : e.options.trailingComma &&
            (e.options.lineWidth > 0 &&
              (c ||
                (c =
                  d.reduce((b, w) => b + w.length + 2, 2) + (k.length + 2) > e.options.lineWidth)),
            c && (k += ',')),
        g && (k += Mo.lineComment(k, r, a(g))),
        d.push(k),
        (f = d.length))
    }
    let { start: p, end: h } = n
    if (d.length === 0) return p + h
    if (!c) {
      let y = d.reduce((m, g) => m + g.length + 2, 2)
      c = e.options.lineWidth > 0 && y > e.options.lineWidth
    }
    if (c) {
      let y = p
      for (let m of d)
        y += m
          ? `
${s}${o}${m}`
          : `
`
      return `${y}
${o}${h}`
    } else return `${p}${i}${d.join(' ')}${i}${h}`
  }
  function Ao({ indent: t, options: { commentString: e } }, n, r, o) {
    if ((r && o && (r = r.replace(/^\n+/, '')), r)) {
      let s = Mo.indentComment(e(r), t)
      n.push(s.trimStart())
    }
  }
  mc.stringifyCollection = Yg
})
var Rt = x((li) => {
  'use strict'
  var Xg = ii(),
    Zg = oi(),
    ey = uo(),
    Tt = F(),
    Co = Ct(),
    ty = re()
  function cr(t, e) {
    let n = Tt.isScalar(e) ? e.value : e
    for (let r of t)
      if (Tt.isPair(r) && (r.key === e || r.key === n || (Tt.isScalar(r.key) && r.key.value === n)))
        return r
  }
  var ai = class extends ey.Collection {
    static get tagName() {
      return 'tag:yaml.org,2002:map'
    }
    constructor(e) {
      ;(super(Tt.MAP, e), (this.items = []))
    }
    static from(e, n, r) {
      let { keepUndefined: o, replacer: s } = r,
        i = new this(e),
        a = (l, c) => {
          if (typeof s == 'function') c = s.call(n, l, c)
          else if (Array.isArray(s) && !s.includes(l)) return
          ;(c !== void 0 || o) && i.items.push(Co.createPair(l, c, r))
        }
      if (n instanceof Map) for (let [l, c] of n) a(l, c)
      else if (n && typeof n == 'object') for (let l of Object.keys(n)) a(l, n[l])
      return (typeof e.sortMapEntries == 'function' && i.items.sort(e.sortMapEntries), i)
    }
    add(e, n) {
      let r
      Tt.isPair(e)
        ? (r = e)
        : !e || typeof e != 'object' || !('key' in e)
          ? (r = new Co.Pair(e, e?.value))
          : (r = new Co.Pair(e.key, e.value))
      let o = cr(this.items, r.key),
        s = this.schema?.sortMapEntries
      if (o) {
        if (!n) throw new Error(`Key ${r.key} already set`)
        Tt.isScalar(o.value) && ty.isScalarValue(r.value)
          ? (o.value.value = r.value)
          : (o.value = r.value)
      } else if (s) {
        let i = this.items.findIndex((a) => s(r, a) < 0)
        i === -1 ? this.items.push(r) : this.items.splice(i, 0, r)
      } else this.items.push(r)
    }
    delete(e) {
      let n = cr(this.items, e)
      return n ? this.items.splice(this.items.indexOf(n), 1).length > 0 : !1
    }
    get(e, n) {
      let o = cr(this.items, e)?.value
      return (!n && Tt.isScalar(o) ? o.value : o) ?? void 0
    }
    has(e) {
      return !!cr(this.items, e)
    }
    set(e, n) {
      this.add(new Co.Pair(e, n), !0)
    }
    toJSON(e, n, r) {
      let o = r ? new r() : n?.mapAsMap ? new Map() : {}
      n?.onCreate && n.onCreate(o)
      for (let s of this.items) Zg.addPairToJSMap(n, o, s)
      return o
    }
    toString(e, n, r) {
      if (!e) return JSON.stringify(this)
      for (let o of this.items)
        if (!Tt.isPair(o))
          throw new Error(`Map items must all be pairs; found ${JSON.stringify(o)} instead`)
      return (
        !e.allNullValues &&
          this.hasAllNullValues(!1) &&
          (e = Object.assign({}, e, { allNullValues: !0 })),
        Xg.stringifyCollection(this, e, {
          blockItemPrefix: '',
          flowChars: { start: '{', end: '}' },
          itemIndent: e.indent || '',
          onChompKeep: r,
          onComment: n,
        })
      )
    }
  }
  li.YAMLMap = ai
  li.findPair = cr
})
var gn = x((gc) => {
  'use strict'
  var ny = F(),
    hc = Rt(),
    ry = {
      collection: 'map',
      default: !0,
      nodeClass: hc.YAMLMap,
      tag: 'tag:yaml.org,2002:map',
      resolve(t, e) {
        return (ny.isMap(t) || e('Expected a mapping for this tag'), t)
      },
      createNode: (t, e, n) => hc.YAMLMap.from(t, e, n),
    }
  gc.map = ry
})
var Et = x((yc) => {
  'use strict'
  var oy = nr(),
    sy = ii(),
    iy = uo(),
    Ro = F(),
    ay = re(),
    ly = wt(),
    ci = class extends iy.Collection {
      static get tagName() {
        return 'tag:yaml.org,2002:seq'
      }
      constructor(e) {
        ;(super(Ro.SEQ, e), (this.items = []))
      }
      add(e) {
        this.items.push(e)
      }
      delete(e) {
        let n = To(e)
        return typeof n != 'number' ? !1 : this.items.splice(n, 1).length > 0
      }
      get(e, n) {
        let r = To(e)
        if (typeof r != 'number') return
        let o = this.items[r]
        return !n && Ro.isScalar(o) ? o.value : o
      }
      has(e) {
        let n = To(e)
        return typeof n == 'number' && n < this.items.length
      }
      set(e, n) {
        let r = To(e)
        if (typeof r != 'number') throw new Error(`Expected a valid index, not ${e}.`)
        let o = this.items[r]
        Ro.isScalar(o) && ay.isScalarValue(n) ? (o.value = n) : (this.items[r] = n)
      }
      toJSON(e, n) {
        let r = []
        n?.onCreate && n.onCreate(r)
        let o = 0
        for (let s of this.items) r.push(ly.toJS(s, String(o++), n))
        return r
      }
      toString(e, n, r) {
        return e
          ? sy.stringifyCollection(this, e, {
              blockItemPrefix: '- ',
              flowChars: { start: '[', end: ']' },
              itemIndent: (e.indent || '') + '  ',
              onChompKeep: r,
              onComment: n,
            })
          : JSON.stringify(this)
      }
      static from(e, n, r) {
        let { replacer: o } = r,
          s = new this(e)
        if (n && Symbol.iterator in Object(n)) {
          let i = 0
          for (let a of n) {
            if (typeof o == 'function') {
              let l = n instanceof Set ? a : String(i++)
              a = o.call(n, l, a)
            }
            s.items.push(oy.createNode(a, void 0, r))
          }
        }
        return s
      }
    }
  function To(t) {
    let e = Ro.isScalar(t) ? t.value : t
    return (
      e && typeof e == 'string' && (e = Number(e)),
      typeof e == 'number' && Number.isInteger(e) && e >= 0 ? e : null
    )
  }
  yc.YAMLSeq = ci
})
var yn = x((kc) => {
  'use strict'
  var cy = F(),
    vc = Et(),
    uy = {
      collection: 'seq',
      default: !0,
      nodeClass: vc.YAMLSeq,
      tag: 'tag:yaml.org,2002:seq',
      resolve(t, e) {
        return (cy.isSeq(t) || e('Expected a sequence for this tag'), t)
      },
      createNode: (t, e, n) => vc.YAMLSeq.from(t, e, n),
    }
  kc.seq = uy
})
var ur = x((Sc) => {
  'use strict'
  var dy = ir(),
    fy = {
      identify: (t) => typeof t == 'string',
      default: !0,
      tag: 'tag:yaml.org,2002:str',
      resolve: (t) => t,
      stringify(t, e, n, r) {
        return ((e = Object.assign({ actualString: !0 }, e)), dy.stringifyString(t, e, n, r))
      },
    }
  Sc.string = fy
})
var Eo = x((xc) => {
  'use strict'
  var bc = re(),
    wc = {
      identify: (t) => t == null,
      createNode: () => new bc.Scalar(null),
      default: !0,
      tag: 'tag:yaml.org,2002:null',
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new bc.Scalar(null),
      stringify: ({ source: t }, e) =>
        typeof t == 'string' && wc.test.test(t) ? t : e.options.nullStr,
    }
  xc.nullTag = wc
})
var ui = x((Ac) => {
  'use strict'
  var py = re(),
    Mc = {
      identify: (t) => typeof t == 'boolean',
      default: !0,
      tag: 'tag:yaml.org,2002:bool',
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (t) => new py.Scalar(t[0] === 't' || t[0] === 'T'),
      stringify({ source: t, value: e }, n) {
        if (t && Mc.test.test(t)) {
          let r = t[0] === 't' || t[0] === 'T'
          if (e === r) return t
        }
        return e ? n.options.trueStr : n.options.falseStr
      },
    }
  Ac.boolTag = Mc
})
var vn = x((Cc) => {
  'use strict'
  function my({ format: t, minFractionDigits: e, tag: n, value: r }) {
    if (typeof r == 'bigint') return String(r)
    let o = typeof r == 'number' ? r : Number(r)
    if (!isFinite(o)) return isNaN(o) ? '.nan' : o < 0 ? '-.inf' : '.inf'
    let s = Object.is(r, -0) ? '-0' : JSON.stringify(r)
    if (!t && e && (!n || n === 'tag:yaml.org,2002:float') && /^-?\d/.test(s) && !s.includes('e')) {
      let i = s.indexOf('.')
      i < 0 && ((i = s.length), (s += '.'))
      let a = e - (s.length - i - 1)
      for (; a-- > 0;) s += '0'
    }
    return s
  }
  Cc.stringifyNumber = my
})
var fi = x((Po) => {
  'use strict'
  var hy = re(),
    di = vn(),
    gy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (t) =>
        t.slice(-3).toLowerCase() === 'nan'
          ? NaN
          : t[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
      stringify: di.stringifyNumber,
    },
    yy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      format: 'EXP',
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (t) => parseFloat(t),
      stringify(t) {
        let e = Number(t.value)
        return isFinite(e) ? e.toExponential() : di.stringifyNumber(t)
      },
    },
    vy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(t) {
        let e = new hy.Scalar(parseFloat(t)),
          n = t.indexOf('.')
        return (n !== -1 && t[t.length - 1] === '0' && (e.minFractionDigits = t.length - n - 1), e)
      },
      stringify: di.stringifyNumber,
    }
  Po.float = vy
  Po.floatExp = yy
  Po.floatNaN = gy
})
var mi = x((No) => {
  'use strict'
  var Tc = vn(),
    Lo = (t) => typeof t == 'bigint' || Number.isInteger(t),
    pi = (t, e, n, { intAsBigInt: r }) => (r ? BigInt(t) : parseInt(t.substring(e), n))
  function Rc(t, e, n) {
    let { value: r } = t
    return Lo(r) && r >= 0 ? n + r.toString(e) : Tc.stringifyNumber(t)
  }
  var ky = {
      identify: (t) => Lo(t) && t >= 0,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      format: 'OCT',
      test: /^0o[0-7]+$/,
      resolve: (t, e, n) => pi(t, 2, 8, n),
      stringify: (t) => Rc(t, 8, '0o'),
    },
    Sy = {
      identify: Lo,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      test: /^[-+]?[0-9]+$/,
      resolve: (t, e, n) => pi(t, 0, 10, n),
      stringify: Tc.stringifyNumber,
    },
    by = {
      identify: (t) => Lo(t) && t >= 0,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      format: 'HEX',
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (t, e, n) => pi(t, 2, 16, n),
      stringify: (t) => Rc(t, 16, '0x'),
    }
  No.int = Sy
  No.intHex = by
  No.intOct = ky
})
var Pc = x((Ec) => {
  'use strict'
  var wy = gn(),
    xy = Eo(),
    My = yn(),
    Ay = ur(),
    Cy = ui(),
    hi = fi(),
    gi = mi(),
    Ty = [
      wy.map,
      My.seq,
      Ay.string,
      xy.nullTag,
      Cy.boolTag,
      gi.intOct,
      gi.int,
      gi.intHex,
      hi.floatNaN,
      hi.floatExp,
      hi.float,
    ]
  Ec.schema = Ty
})
var $c = x((Nc) => {
  'use strict'
  var Ry = re(),
    Ey = gn(),
    Py = yn()
  function Lc(t) {
    return typeof t == 'bigint' || Number.isInteger(t)
  }
  var $o = ({ value: t }) => JSON.stringify(t),
    Ly = [
      {
        identify: (t) => typeof t == 'string',
        default: !0,
        tag: 'tag:yaml.org,2002:str',
        resolve: (t) => t,
        stringify: $o,
      },
      {
        identify: (t) => t == null,
        createNode: () => new Ry.Scalar(null),
        default: !0,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: $o,
      },
      {
        identify: (t) => typeof t == 'boolean',
        default: !0,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: (t) => t === 'true',
        stringify: $o,
      },
      {
        identify: Lc,
        default: !0,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (t, e, { intAsBigInt: n }) => (n ? BigInt(t) : parseInt(t, 10)),
        stringify: ({ value: t }) => (Lc(t) ? t.toString() : JSON.stringify(t)),
      },
      {
        identify: (t) => typeof t == 'number',
        default: !0,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (t) => parseFloat(t),
        stringify: $o,
      },
    ],
    Ny = {
      default: !0,
      tag: '',
      test: /^/,
      resolve(t, e) {
        return (e(`Unresolved plain scalar ${JSON.stringify(t)}`), t)
      },
    },
    $y = [Ey.map, Py.seq].concat(Ly, Ny)
  Nc.schema = $y
})
var vi = x((Oc) => {
  'use strict'
  var dr = to('buffer'),
    yi = re(),
    Oy = ir(),
    Iy = {
      identify: (t) => t instanceof Uint8Array,
      default: !1,
      tag: 'tag:yaml.org,2002:binary',
      resolve(t, e) {
        if (typeof dr.Buffer == 'function') return dr.Buffer.from(t, 'base64')
        if (typeof atob == 'function') {
          let n = atob(t.replace(/[\n\r]/g, '')),
            r = new Uint8Array(n.length)
          for (let o = 0; o < n.length; ++o) r[o] = n.charCodeAt(o)
          return r
        } else
          return (
            e(
              'This environment does not support reading binary tags; either Buffer or atob is required',
            ),
            t
          )
      },
      stringify({ comment: t, type: e, value: n }, r, o, s) {
        if (!n) return ''
        let i = n,
          a
        if (typeof dr.Buffer == 'function')
          a =
            i instanceof dr.Buffer
              ? i.toString('base64')
              : dr.Buffer.from(i.buffer).toString('base64')
        else if (typeof btoa == 'function') {
          let l = ''
          for (let c = 0; c < i.length; ++c) l += String.fromCharCode(i[c])
          a = btoa(l)
        } else
          throw new Error(
            'This environment does not support writing binary tags; either Buffer or btoa is required',
          )
        if ((e ?? (e = yi.Scalar.BLOCK_LITERAL), e !== yi.Scalar.QUOTE_DOUBLE)) {
          let l = Math.max(r.options.lineWidth - r.indent.length, r.options.minContentWidth),
            c = Math.ceil(a.length / l),
            f = new Array(c)
          for (let d = 0, p = 0; d < c; ++d, p += l) f[d] = a.substr(p, l)
          a = f.join(
            e === yi.Scalar.BLOCK_LITERAL
              ? `
`
              : ' ',
          )
        }
        return Oy.stringifyString({ comment: t, type: e, value: a }, r, o, s)
      },
    }
  Oc.binary = Iy
})
var Do = x((Io) => {
  'use strict'
  var Oo = F(),
    ki = Ct(),
    Dy = re(),
    _y = Et()
  function Ic(t, e) {
    if (Oo.isSeq(t))
      for (let n = 0; n < t.items.length; ++n) {
        let r = t.items[n]
        if (!Oo.isPair(r)) {
          if (Oo.isMap(r)) {
            r.items.length > 1 && e('Each pair must have its own sequence indicator')
            let o = r.items[0] || new ki.Pair(new Dy.Scalar(null))
            if (
              (r.commentBefore &&
                (o.key.commentBefore = o.key.commentBefore
                  ? `${r.commentBefore}
${o.key.commentBefore}`
                  : r.commentBefore),
              r.comment)
            ) {
              let s = o.value ?? o.key
              s.comment = s.comment
                ? `${r.comment}
${s.comment}`
                : r.comment
            }
            r = o
          }
          t.items[n] = Oo.isPair(r) ? r : new ki.Pair(r)
        }
      }
    else e('Expected a sequence for this tag')
    return t
  }
  function Dc(t, e, n) {
    let { replacer: r } = n,
      o = new _y.YAMLSeq(t)
    o.tag = 'tag:yaml.org,2002:pairs'
    let s = 0
    if (e && Symbol.iterator in Object(e))
      for (let i of e) {
        typeof r == 'function' && (i = r.call(e, String(s++), i))
        let a, l
        if (Array.isArray(i))
          if (i.length === 2) ((a = i[0]), (l = i[1]))
          else throw new TypeError(`Expected [key, value] tuple: ${i}`)
        else if (i && i instanceof Object) {
          let c = Object.keys(i)
          if (c.length === 1) ((a = c[0]), (l = i[a]))
          else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)
        } else a = i
        o.items.push(ki.createPair(a, l, n))
      }
    return o
  }
  var qy = {
    collection: 'seq',
    default: !1,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: Ic,
    createNode: Dc,
  }
  Io.createPairs = Dc
  Io.pairs = qy
  Io.resolvePairs = Ic
})
var wi = x((bi) => {
  'use strict'
  var _c = F(),
    Si = wt(),
    fr = Rt(),
    Fy = Et(),
    qc = Do(),
    Qt = class t extends Fy.YAMLSeq {
      constructor() {
        ;(super(),
          (this.add = fr.YAMLMap.prototype.add.bind(this)),
          (this.delete = fr.YAMLMap.prototype.delete.bind(this)),
          (this.get = fr.YAMLMap.prototype.get.bind(this)),
          (this.has = fr.YAMLMap.prototype.has.bind(this)),
          (this.set = fr.YAMLMap.prototype.set.bind(this)),
          (this.tag = t.tag))
      }
      toJSON(e, n) {
        if (!n) return super.toJSON(e)
        let r = new Map()
        n?.onCreate && n.onCreate(r)
        for (let o of this.items) {
          let s, i
          if (
            (_c.isPair(o)
              ? ((s = Si.toJS(o.key, '', n)), (i = Si.toJS(o.value, s, n)))
              : (s = Si.toJS(o, '', n)),
            r.has(s))
          )
            throw new Error('Ordered maps must not include duplicate keys')
          r.set(s, i)
        }
        return r
      }
      static from(e, n, r) {
        let o = qc.createPairs(e, n, r),
          s = new this()
        return ((s.items = o.items), s)
      }
    }
  Qt.tag = 'tag:yaml.org,2002:omap'
  var Ky = {
    collection: 'seq',
    identify: (t) => t instanceof Map,
    nodeClass: Qt,
    default: !1,
    tag: 'tag:yaml.org,2002:omap',
    resolve(t, e) {
      let n = qc.resolvePairs(t, e),
        r = []
      for (let { key: o } of n.items)
        _c.isScalar(o) &&
          (r.includes(o.value)
            ? e(`Ordered maps must not include duplicate keys: ${o.value}`)
            : r.push(o.value))
      return Object.assign(new Qt(), n)
    },
    createNode: (t, e, n) => Qt.from(t, e, n),
  }
  bi.YAMLOMap = Qt
  bi.omap = Ky
})
var zc = x((xi) => {
  'use strict'
  var Fc = re()
  function Kc({ value: t, source: e }, n) {
    return e && (t ? Bc : Uc).test.test(e) ? e : t ? n.options.trueStr : n.options.falseStr
  }
  var Bc = {
      identify: (t) => t === !0,
      default: !0,
      tag: 'tag:yaml.org,2002:bool',
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Fc.Scalar(!0),
      stringify: Kc,
    },
    Uc = {
      identify: (t) => t === !1,
      default: !0,
      tag: 'tag:yaml.org,2002:bool',
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Fc.Scalar(!1),
      stringify: Kc,
    }
  xi.falseTag = Uc
  xi.trueTag = Bc
})
var jc = x((_o) => {
  'use strict'
  var By = re(),
    Mi = vn(),
    Uy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (t) =>
        t.slice(-3).toLowerCase() === 'nan'
          ? NaN
          : t[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
      stringify: Mi.stringifyNumber,
    },
    zy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      format: 'EXP',
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (t) => parseFloat(t.replace(/_/g, '')),
      stringify(t) {
        let e = Number(t.value)
        return isFinite(e) ? e.toExponential() : Mi.stringifyNumber(t)
      },
    },
    jy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(t) {
        let e = new By.Scalar(parseFloat(t.replace(/_/g, ''))),
          n = t.indexOf('.')
        if (n !== -1) {
          let r = t.substring(n + 1).replace(/_/g, '')
          r[r.length - 1] === '0' && (e.minFractionDigits = r.length)
        }
        return e
      },
      stringify: Mi.stringifyNumber,
    }
  _o.float = jy
  _o.floatExp = zy
  _o.floatNaN = Uy
})
var Hc = x((mr) => {
  'use strict'
  var Vc = vn(),
    pr = (t) => typeof t == 'bigint' || Number.isInteger(t)
  function qo(t, e, n, { intAsBigInt: r }) {
    let o = t[0]
    if (((o === '-' || o === '+') && (e += 1), (t = t.substring(e).replace(/_/g, '')), r)) {
      switch (n) {
        case 2:
          t = `0b${t}`
          break
        case 8:
          t = `0o${t}`
          break
        case 16:
          t = `0x${t}`
          break
      }
      let i = BigInt(t)
      return o === '-' ? BigInt(-1) * i : i
    }
    let s = parseInt(t, n)
    return o === '-' ? -1 * s : s
  }
  function Ai(t, e, n) {
    let { value: r } = t
    if (pr(r)) {
      let o = r.toString(e)
      return r < 0 ? '-' + n + o.substr(1) : n + o
    }
    return Vc.stringifyNumber(t)
  }
  var Vy = {
      identify: pr,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      format: 'BIN',
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (t, e, n) => qo(t, 2, 2, n),
      stringify: (t) => Ai(t, 2, '0b'),
    },
    Hy = {
      identify: pr,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      format: 'OCT',
      test: /^[-+]?0[0-7_]+$/,
      resolve: (t, e, n) => qo(t, 1, 8, n),
      stringify: (t) => Ai(t, 8, '0'),
    },
    Wy = {
      identify: pr,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (t, e, n) => qo(t, 0, 10, n),
      stringify: Vc.stringifyNumber,
    },
    Gy = {
      identify: pr,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      format: 'HEX',
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (t, e, n) => qo(t, 2, 16, n),
      stringify: (t) => Ai(t, 16, '0x'),
    }
  mr.int = Wy
  mr.intBin = Vy
  mr.intHex = Gy
  mr.intOct = Hy
})
var Ti = x((Ci) => {
  'use strict'
  var Bo = F(),
    Fo = Ct(),
    Ko = Rt(),
    Jt = class t extends Ko.YAMLMap {
      constructor(e) {
        ;(super(e), (this.tag = t.tag))
      }
      add(e) {
        let n
        ;(Bo.isPair(e)
          ? (n = e)
          : e && typeof e == 'object' && 'key' in e && 'value' in e && e.value === null
            ? (n = new Fo.Pair(e.key, null))
            : (n = new Fo.Pair(e, null)),
          Ko.findPair(this.items, n.key) || this.items.push(n))
      }
      get(e, n) {
        let r = Ko.findPair(this.items, e)
        return !n && Bo.isPair(r) ? (Bo.isScalar(r.key) ? r.key.value : r.key) : r
      }
      set(e, n) {
        if (typeof n != 'boolean')
          throw new Error(
            `Expected boolean value for set(key, value) in a YAML set, not ${typeof n}`,
          )
        let r = Ko.findPair(this.items, e)
        r && !n
          ? this.items.splice(this.items.indexOf(r), 1)
          : !r && n && this.items.push(new Fo.Pair(e))
      }
      toJSON(e, n) {
        return super.toJSON(e, n, Set)
      }
      toString(e, n, r) {
        if (!e) return JSON.stringify(this)
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, e, { allNullValues: !0 }), n, r)
        throw new Error('Set items must all have null values')
      }
      static from(e, n, r) {
        let { replacer: o } = r,
          s = new this(e)
        if (n && Symbol.iterator in Object(n))
          for (let i of n)
            (typeof o == 'function' && (i = o.call(n, i, i)),
              s.items.push(Fo.createPair(i, null, r)))
        return s
      }
    }
  Jt.tag = 'tag:yaml.org,2002:set'
  var Yy = {
    collection: 'map',
    identify: (t) => t instanceof Set,
    nodeClass: Jt,
    default: !1,
    tag: 'tag:yaml.org,2002:set',
    createNode: (t, e, n) => Jt.from(t, e, n),
    resolve(t, e) {
      if (Bo.isMap(t)) {
        if (t.hasAllNullValues(!0)) return Object.assign(new Jt(), t)
        e('Set items must all have null values')
      } else e('Expected a mapping for this tag')
      return t
    },
  }
  Ci.YAMLSet = Jt
  Ci.set = Yy
})
var Ei = x((Uo) => {
  'use strict'
  var Qy = vn()
  function Ri(t, e) {
    let n = t[0],
      r = n === '-' || n === '+' ? t.substring(1) : t,
      o = (i) => (e ? BigInt(i) : Number(i)),
      s = r
        .replace(/_/g, '')
        .split(':')
        .reduce((i, a) => i * o(60) + o(a), o(0))
    return n === '-' ? o(-1) * s : s
  }
  function Wc(t) {
    let { value: e } = t,
      n = (i) => i
    if (typeof e == 'bigint') n = (i) => BigInt(i)
    else if (isNaN(e) || !isFinite(e)) return Qy.stringifyNumber(t)
    let r = ''
    e < 0 && ((r = '-'), (e *= n(-1)))
    let o = n(60),
      s = [e % o]
    return (
      e < 60
        ? s.unshift(0)
        : ((e = (e - s[0]) / o), s.unshift(e % o), e >= 60 && ((e = (e - s[0]) / o), s.unshift(e))),
      r +
        s
          .map((i) => String(i).padStart(2, '0'))
          .join(':')
          .replace(/000000\d*$/, '')
    )
  }
  var Jy = {
      identify: (t) => typeof t == 'bigint' || Number.isInteger(t),
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      format: 'TIME',
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (t, e, { intAsBigInt: n }) => Ri(t, n),
      stringify: Wc,
    },
    Xy = {
      identify: (t) => typeof t == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      format: 'TIME',
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (t) => Ri(t, !1),
      stringify: Wc,
    },
    Gc = {
      identify: (t) => t instanceof Date,
      default: !0,
      tag: 'tag:yaml.org,2002:timestamp',
      test: RegExp(
        '^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$',
      ),
      resolve(t) {
        let e = t.match(Gc.test)
        if (!e) throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd')
        let [, n, r, o, s, i, a] = e.map(Number),
          l = e[7] ? Number((e[7] + '00').substr(1, 3)) : 0,
          c = Date.UTC(n, r - 1, o, s || 0, i || 0, a || 0, l),
          f = e[8]
        if (f && f !== 'Z') {
          let d = Ri(f, !1)
          ;(Math.abs(d) < 30 && (d *= 60), (c -= 6e4 * d))
        }
        return new Date(c)
      },
      stringify: ({ value: t }) => t?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? '',
    }
  Uo.floatTime = Xy
  Uo.intTime = Jy
  Uo.timestamp = Gc
})
var Jc = x((Qc) => {
  'use strict'
  var Zy = gn(),
    ev = Eo(),
    tv = yn(),
    nv = ur(),
    rv = vi(),
    Yc = zc(),
    Pi = jc(),
    zo = Hc(),
    ov = bo(),
    sv = wi(),
    iv = Do(),
    av = Ti(),
    Li = Ei(),
    lv = [
      Zy.map,
      tv.seq,
      nv.string,
      ev.nullTag,
      Yc.trueTag,
      Yc.falseTag,
      zo.intBin,
      zo.intOct,
      zo.int,
      zo.intHex,
      Pi.floatNaN,
      Pi.floatExp,
      Pi.float,
      rv.binary,
      ov.merge,
      sv.omap,
      iv.pairs,
      av.set,
      Li.intTime,
      Li.floatTime,
      Li.timestamp,
    ]
  Qc.schema = lv
})
var au = x((Oi) => {
  'use strict'
  var tu = gn(),
    cv = Eo(),
    nu = yn(),
    uv = ur(),
    dv = ui(),
    Ni = fi(),
    $i = mi(),
    fv = Pc(),
    pv = $c(),
    ru = vi(),
    hr = bo(),
    ou = wi(),
    su = Do(),
    Xc = Jc(),
    iu = Ti(),
    jo = Ei(),
    Zc = new Map([
      ['core', fv.schema],
      ['failsafe', [tu.map, nu.seq, uv.string]],
      ['json', pv.schema],
      ['yaml11', Xc.schema],
      ['yaml-1.1', Xc.schema],
    ]),
    eu = {
      binary: ru.binary,
      bool: dv.boolTag,
      float: Ni.float,
      floatExp: Ni.floatExp,
      floatNaN: Ni.floatNaN,
      floatTime: jo.floatTime,
      int: $i.int,
      intHex: $i.intHex,
      intOct: $i.intOct,
      intTime: jo.intTime,
      map: tu.map,
      merge: hr.merge,
      null: cv.nullTag,
      omap: ou.omap,
      pairs: su.pairs,
      seq: nu.seq,
      set: iu.set,
      timestamp: jo.timestamp,
    },
    mv = {
      'tag:yaml.org,2002:binary': ru.binary,
      'tag:yaml.org,2002:merge': hr.merge,
      'tag:yaml.org,2002:omap': ou.omap,
      'tag:yaml.org,2002:pairs': su.pairs,
      'tag:yaml.org,2002:set': iu.set,
      'tag:yaml.org,2002:timestamp': jo.timestamp,
    }
  function hv(t, e, n) {
    let r = Zc.get(e)
    if (r && !t) return n && !r.includes(hr.merge) ? r.concat(hr.merge) : r.slice()
    let o = r
    if (!o)
      if (Array.isArray(t)) o = []
      else {
        let s = Array.from(Zc.keys())
          .filter((i) => i !== 'yaml11')
          .map((i) => JSON.stringify(i))
          .join(', ')
        throw new Error(`Unknown schema "${e}"; use one of ${s} or define customTags array`)
      }
    if (Array.isArray(t)) for (let s of t) o = o.concat(s)
    else typeof t == 'function' && (o = t(o.slice()))
    return (
      n && (o = o.concat(hr.merge)),
      o.reduce((s, i) => {
        let a = typeof i == 'string' ? eu[i] : i
        if (!a) {
          let l = JSON.stringify(i),
            c = Object.keys(eu)
              .map((f) => JSON.stringify(f))
              .join(', ')
          throw new Error(`Unknown custom tag ${l}; use one of ${c}`)
        }
        return (s.includes(a) || s.push(a), s)
      }, [])
    )
  }
  Oi.coreKnownTags = mv
  Oi.getTags = hv
})
var _i = x((lu) => {
  'use strict'
  var Ii = F(),
    gv = gn(),
    yv = yn(),
    vv = ur(),
    Vo = au(),
    kv = (t, e) => (t.key < e.key ? -1 : t.key > e.key ? 1 : 0),
    Di = class t {
      constructor({
        compat: e,
        customTags: n,
        merge: r,
        resolveKnownTags: o,
        schema: s,
        sortMapEntries: i,
        toStringDefaults: a,
      }) {
        ;((this.compat = Array.isArray(e)
          ? Vo.getTags(e, 'compat')
          : e
            ? Vo.getTags(null, e)
            : null),
          (this.name = (typeof s == 'string' && s) || 'core'),
          (this.knownTags = o ? Vo.coreKnownTags : {}),
          (this.tags = Vo.getTags(n, this.name, r)),
          (this.toStringOptions = a ?? null),
          Object.defineProperty(this, Ii.MAP, { value: gv.map }),
          Object.defineProperty(this, Ii.SCALAR, { value: vv.string }),
          Object.defineProperty(this, Ii.SEQ, { value: yv.seq }),
          (this.sortMapEntries = typeof i == 'function' ? i : i === !0 ? kv : null))
      }
      clone() {
        let e = Object.create(t.prototype, Object.getOwnPropertyDescriptors(this))
        return ((e.tags = this.tags.slice()), e)
      }
    }
  lu.Schema = Di
})
var uu = x((cu) => {
  'use strict'
  var Sv = F(),
    qi = ar(),
    gr = rr()
  function bv(t, e) {
    let n = [],
      r = e.directives === !0
    if (e.directives !== !1 && t.directives) {
      let l = t.directives.toString(t)
      l ? (n.push(l), (r = !0)) : t.directives.docStart && (r = !0)
    }
    r && n.push('---')
    let o = qi.createStringifyContext(t, e),
      { commentString: s } = o.options
    if (t.commentBefore) {
      n.length !== 1 && n.unshift('')
      let l = s(t.commentBefore)
      n.unshift(gr.indentComment(l, ''))
    }
    let i = !1,
      a = null
    if (t.contents) {
      if (Sv.isNode(t.contents)) {
        if ((t.contents.spaceBefore && r && n.push(''), t.contents.commentBefore)) {
          let f = s(t.contents.commentBefore)
          n.push(gr.indentComment(f, ''))
        }
        ;((o.forceBlockIndent = !!t.comment), (a = t.contents.comment))
      }
      let l = a ? void 0 : () => (i = !0),
        c = qi.stringify(t.contents, o, () => (a = null), l)
      ;(a && (c += gr.lineComment(c, '', s(a))),
        (c[0] === '|' || c[0] === '>') && n[n.length - 1] === '---'
          ? (n[n.length - 1] = `--- ${c}`)
          : n.push(c))
    } else n.push(qi.stringify(t.contents, o))
    if (t.directives?.docEnd)
      if (t.comment) {
        let l = s(t.comment)
        l.includes(`
`)
          ? (n.push('...'), n.push(gr.indentComment(l, '')))
          : n.push(`... ${l}`)
      } else n.push('...')
    else {
      let l = t.comment
      ;(l && i && (l = l.replace(/^\n+/, '')),
        l &&
          ((!i || a) && n[n.length - 1] !== '' && n.push(''), n.push(gr.indentComment(s(l), ''))))
    }
    return (
      n.join(`
`) +
      `
`
    )
  }
  cu.stringifyDocument = bv
})
var yr = x((du) => {
  'use strict'
  var wv = tr(),
    kn = uo(),
    Ne = F(),
    xv = Ct(),
    Mv = wt(),
    Av = _i(),
    Cv = uu(),
    Fi = io(),
    Tv = zs(),
    Rv = nr(),
    Ki = Us(),
    Bi = class t {
      constructor(e, n, r) {
        ;((this.commentBefore = null),
          (this.comment = null),
          (this.errors = []),
          (this.warnings = []),
          Object.defineProperty(this, Ne.NODE_TYPE, { value: Ne.DOC }))
        let o = null
        typeof n == 'function' || Array.isArray(n)
          ? (o = n)
          : r === void 0 && n && ((r = n), (n = void 0))
        let s = Object.assign(
          {
            intAsBigInt: !1,
            keepSourceTokens: !1,
            logLevel: 'warn',
            prettyErrors: !0,
            strict: !0,
            stringKeys: !1,
            uniqueKeys: !0,
            version: '1.2',
          },
          r,
        )
        this.options = s
        let { version: i } = s
        ;(r?._directives
          ? ((this.directives = r._directives.atDocument()),
            this.directives.yaml.explicit && (i = this.directives.yaml.version))
          : (this.directives = new Ki.Directives({ version: i })),
          this.setSchema(i, r),
          (this.contents = e === void 0 ? null : this.createNode(e, o, r)))
      }
      clone() {
        let e = Object.create(t.prototype, { [Ne.NODE_TYPE]: { value: Ne.DOC } })
        return (
          (e.commentBefore = this.commentBefore),
          (e.comment = this.comment),
          (e.errors = this.errors.slice()),
          (e.warnings = this.warnings.slice()),
          (e.options = Object.assign({}, this.options)),
          this.directives && (e.directives = this.directives.clone()),
          (e.schema = this.schema.clone()),
          (e.contents = Ne.isNode(this.contents) ? this.contents.clone(e.schema) : this.contents),
          this.range && (e.range = this.range.slice()),
          e
        )
      }
      add(e) {
        Sn(this.contents) && this.contents.add(e)
      }
      addIn(e, n) {
        Sn(this.contents) && this.contents.addIn(e, n)
      }
      createAlias(e, n) {
        if (!e.anchor) {
          let r = Fi.anchorNames(this)
          e.anchor = !n || r.has(n) ? Fi.findNewAnchor(n || 'a', r) : n
        }
        return new wv.Alias(e.anchor)
      }
      createNode(e, n, r) {
        let o
        if (typeof n == 'function') ((e = n.call({ '': e }, '', e)), (o = n))
        else if (Array.isArray(n)) {
          let g = (b) => typeof b == 'number' || b instanceof String || b instanceof Number,
            k = n.filter(g).map(String)
          ;(k.length > 0 && (n = n.concat(k)), (o = n))
        } else r === void 0 && n && ((r = n), (n = void 0))
        let {
            aliasDuplicateObjects: s,
            anchorPrefix: i,
            flow: a,
            keepUndefined: l,
            onTagObj: c,
            tag: f,
          } = r ?? {},
          { onAnchor: d, setAnchors: p, sourceObjects: h } = Fi.createNodeAnchors(this, i || 'a'),
          y = {
            aliasDuplicateObjects: s ?? !0,
            keepUndefined: l ?? !1,
            onAnchor: d,
            onTagObj: c,
            replacer: o,
            schema: this.schema,
            sourceObjects: h,
          },
          m = Rv.createNode(e, f, y)
        return (a && Ne.isCollection(m) && (m.flow = !0), p(), m)
      }
      createPair(e, n, r = {}) {
        let o = this.createNode(e, null, r),
          s = this.createNode(n, null, r)
        return new xv.Pair(o, s)
      }
      delete(e) {
        return Sn(this.contents) ? this.contents.delete(e) : !1
      }
      deleteIn(e) {
        return kn.isEmptyPath(e)
          ? this.contents == null
            ? !1
            : ((this.contents = null), !0)
          : Sn(this.contents)
            ? this.contents.deleteIn(e)
            : !1
      }
      get(e, n) {
        return Ne.isCollection(this.contents) ? this.contents.get(e, n) : void 0
      }
      getIn(e, n) {
        return kn.isEmptyPath(e)
          ? !n && Ne.isScalar(this.contents)
            ? this.contents.value
            : this.contents
          : Ne.isCollection(this.contents)
            ? this.contents.getIn(e, n)
            : void 0
      }
      has(e) {
        return Ne.isCollection(this.contents) ? this.contents.has(e) : !1
      }
      hasIn(e) {
        return kn.isEmptyPath(e)
          ? this.contents !== void 0
          : Ne.isCollection(this.contents)
            ? this.contents.hasIn(e)
            : !1
      }
      set(e, n) {
        this.contents == null
          ? (this.contents = kn.collectionFromPath(this.schema, [e], n))
          : Sn(this.contents) && this.contents.set(e, n)
      }
      setIn(e, n) {
        kn.isEmptyPath(e)
          ? (this.contents = n)
          : this.contents == null
            ? (this.contents = kn.collectionFromPath(this.schema, Array.from(e), n))
            : Sn(this.contents) && this.contents.setIn(e, n)
      }
      setSchema(e, n = {}) {
        typeof e == 'number' && (e = String(e))
        let r
        switch (e) {
          case '1.1':
            ;(this.directives
              ? (this.directives.yaml.version = '1.1')
              : (this.directives = new Ki.Directives({ version: '1.1' })),
              (r = { resolveKnownTags: !1, schema: 'yaml-1.1' }))
            break
          case '1.2':
          case 'next':
            ;(this.directives
              ? (this.directives.yaml.version = e)
              : (this.directives = new Ki.Directives({ version: e })),
              (r = { resolveKnownTags: !0, schema: 'core' }))
            break
          case null:
            ;(this.directives && delete this.directives, (r = null))
            break
          default: {
            let o = JSON.stringify(e)
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${o}`)
          }
        }
        if (n.schema instanceof Object) this.schema = n.schema
        else if (r) this.schema = new Av.Schema(Object.assign(r, n))
        else throw new Error('With a null YAML version, the { schema: Schema } option is required')
      }
      toJS({ json: e, jsonArg: n, mapAsMap: r, maxAliasCount: o, onAnchor: s, reviver: i } = {}) {
        let a = {
            anchors: new Map(),
            doc: this,
            keep: !e,
            mapAsMap: r === !0,
            mapKeyWarned: !1,
            maxAliasCount: typeof o == 'number' ? o : 100,
          },
          l = Mv.toJS(this.contents, n ?? '', a)
        if (typeof s == 'function') for (let { count: c, res: f } of a.anchors.values()) s(f, c)
        return typeof i == 'function' ? Tv.applyReviver(i, { '': l }, '', l) : l
      }
      toJSON(e, n) {
        return this.toJS({ json: !0, jsonArg: e, mapAsMap: !1, onAnchor: n })
      }
      toString(e = {}) {
        if (this.errors.length > 0) throw new Error('Document with errors cannot be stringified')
        if ('indent' in e && (!Number.isInteger(e.indent) || Number(e.indent) <= 0)) {
          let n = JSON.stringify(e.indent)
          throw new Error(`"indent" option must be a positive integer, not ${n}`)
        }
        return Cv.stringifyDocument(this, e)
      }
    }
  function Sn(t) {
    if (Ne.isCollection(t)) return !0
    throw new Error('Expected a YAML collection as document contents')
  }
  du.Document = Bi
})
var Sr = x((kr) => {
  'use strict'
  var vr = class extends Error {
      constructor(e, n, r, o) {
        ;(super(), (this.name = e), (this.code = r), (this.message = o), (this.pos = n))
      }
    },
    Ui = class extends vr {
      constructor(e, n, r) {
        super('YAMLParseError', e, n, r)
      }
    },
    zi = class extends vr {
      constructor(e, n, r) {
        super('YAMLWarning', e, n, r)
      }
    },
    Ev = (t, e) => (n) => {
      if (n.pos[0] === -1) return
      n.linePos = n.pos.map((a) => e.linePos(a))
      let { line: r, col: o } = n.linePos[0]
      n.message += ` at line ${r}, column ${o}`
      let s = o - 1,
        i = t.substring(e.lineStarts[r - 1], e.lineStarts[r]).replace(/[\n\r]+$/, '')
      if (s >= 60 && i.length > 80) {
        let a = Math.min(s - 39, i.length - 79)
        ;((i = '\u2026' + i.substring(a)), (s -= a - 1))
      }
      if (
        (i.length > 80 && (i = i.substring(0, 79) + '\u2026'),
        r > 1 && /^ *$/.test(i.substring(0, s)))
      ) {
        let a = t.substring(e.lineStarts[r - 2], e.lineStarts[r - 1])
        ;(a.length > 80 &&
          (a =
            a.substring(0, 79) +
            `\u2026
`),
          (i = a + i))
      }
      if (/[^ ]/.test(i)) {
        let a = 1,
          l = n.linePos[1]
        l?.line === r && l.col > o && (a = Math.max(1, Math.min(l.col - o, 80 - s)))
        let c = ' '.repeat(s) + '^'.repeat(a)
        n.message += `:

${i}
${c}
`
      }
    }
  kr.YAMLError = vr
  kr.YAMLParseError = Ui
  kr.YAMLWarning = zi
  kr.prettifyError = Ev
})
var br = x((fu) => {
  'use strict'
  function Pv(
    t,
    { flow: e, indicator: n, next: r, offset: o, onError: s, parentIndent: i, startOnNewline: a },
  ) {
    let l = !1,
      c = a,
      f = a,
      d = '',
      p = '',
      h = !1,
      y = !1,
      m = null,
      g = null,
      k = null,
      b = null,
      w = null,
      A = null,
      T = null
    for (let S of t)
      switch (
        (y &&
          (S.type !== 'space' &&
            S.type !== 'newline' &&
            S.type !== 'comma' &&
            s(
              S.offset,
              'MISSING_CHAR',
              'Tags and anchors must be separated from the next token by white space',
            ),
          (y = !1)),
        m &&
          (c &&
            S.type !== 'comment' &&
            S.type !== 'newline' &&
            s(m, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
          (m = null)),
        S.type)
      ) {
        case 'space':
          ;(!e &&
            (n !== 'doc-start' || r?.type !== 'flow-collection') &&
            S.source.includes('	') &&
            (m = S),
            (f = !0))
          break
        case 'comment': {
          f ||
            s(
              S,
              'MISSING_CHAR',
              'Comments must be separated from other tokens by white space characters',
            )
          let R = S.source.substring(1) || ' '
          ;(d ? (d += p + R) : (d = R), (p = ''), (c = !1))
          break
        }
        case 'newline':
          ;(c ? (d ? (d += S.source) : (!A || n !== 'seq-item-ind') && (l = !0)) : (p += S.source),
            (c = !0),
            (h = !0),
            (g || k) && (b = S),
            (f = !0))
          break
        case 'anchor':
          ;(g && s(S, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor'),
            S.source.endsWith(':') &&
              s(S.offset + S.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', !0),
            (g = S),
            T ?? (T = S.offset),
            (c = !1),
            (f = !1),
            (y = !0))
          break
        case 'tag': {
          ;(k && s(S, 'MULTIPLE_TAGS', 'A node can have at most one tag'),
            (k = S),
            T ?? (T = S.offset),
            (c = !1),
            (f = !1),
            (y = !0))
          break
        }
        case n:
          ;((g || k) &&
            s(S, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${S.source} indicator`),
            A && s(S, 'UNEXPECTED_TOKEN', `Unexpected ${S.source} in ${e ?? 'collection'}`),
            (A = S),
            (c = n === 'seq-item-ind' || n === 'explicit-key-ind'),
            (f = !1))
          break
        case 'comma':
          if (e) {
            ;(w && s(S, 'UNEXPECTED_TOKEN', `Unexpected , in ${e}`), (w = S), (c = !1), (f = !1))
            break
          }
        default:
          ;(s(S, 'UNEXPECTED_TOKEN', `Unexpected ${S.type} token`), (c = !1), (f = !1))
      }
    let E = t[t.length - 1],
      O = E ? E.offset + E.source.length : o
    return (
      y &&
        r &&
        r.type !== 'space' &&
        r.type !== 'newline' &&
        r.type !== 'comma' &&
        (r.type !== 'scalar' || r.source !== '') &&
        s(
          r.offset,
          'MISSING_CHAR',
          'Tags and anchors must be separated from the next token by white space',
        ),
      m &&
        ((c && m.indent <= i) || r?.type === 'block-map' || r?.type === 'block-seq') &&
        s(m, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
      {
        comma: w,
        found: A,
        spaceBefore: l,
        comment: d,
        hasNewline: h,
        anchor: g,
        tag: k,
        newlineAfterProp: b,
        end: O,
        start: T ?? O,
      }
    )
  }
  fu.resolveProps = Pv
})
var Ho = x((pu) => {
  'use strict'
  function ji(t) {
    if (!t) return null
    switch (t.type) {
      case 'alias':
      case 'scalar':
      case 'double-quoted-scalar':
      case 'single-quoted-scalar':
        if (
          t.source.includes(`
`)
        )
          return !0
        if (t.end) {
          for (let e of t.end) if (e.type === 'newline') return !0
        }
        return !1
      case 'flow-collection':
        for (let e of t.items) {
          for (let n of e.start) if (n.type === 'newline') return !0
          if (e.sep) {
            for (let n of e.sep) if (n.type === 'newline') return !0
          }
          if (ji(e.key) || ji(e.value)) return !0
        }
        return !1
      default:
        return !0
    }
  }
  pu.containsNewline = ji
})
var Vi = x((mu) => {
  'use strict'
  var Lv = Ho()
  function Nv(t, e, n) {
    if (e?.type === 'flow-collection') {
      let r = e.end[0]
      r.indent === t &&
        (r.source === ']' || r.source === '}') &&
        Lv.containsNewline(e) &&
        n(r, 'BAD_INDENT', 'Flow end indicator should be more indented than parent', !0)
    }
  }
  mu.flowIndentCheck = Nv
})
var Hi = x((gu) => {
  'use strict'
  var hu = F()
  function $v(t, e, n) {
    let { uniqueKeys: r } = t.options
    if (r === !1) return !1
    let o =
      typeof r == 'function'
        ? r
        : (s, i) => s === i || (hu.isScalar(s) && hu.isScalar(i) && s.value === i.value)
    return e.some((s) => o(s.key, n))
  }
  gu.mapIncludes = $v
})
var wu = x((bu) => {
  'use strict'
  var yu = Ct(),
    Ov = Rt(),
    vu = br(),
    Iv = Ho(),
    ku = Vi(),
    Dv = Hi(),
    Su = 'All mapping items must start at the same column'
  function _v({ composeNode: t, composeEmptyNode: e }, n, r, o, s) {
    let i = s?.nodeClass ?? Ov.YAMLMap,
      a = new i(n.schema)
    n.atRoot && (n.atRoot = !1)
    let l = r.offset,
      c = null
    for (let f of r.items) {
      let { start: d, key: p, sep: h, value: y } = f,
        m = vu.resolveProps(d, {
          indicator: 'explicit-key-ind',
          next: p ?? h?.[0],
          offset: l,
          onError: o,
          parentIndent: r.indent,
          startOnNewline: !0,
        }),
        g = !m.found
      if (g) {
        if (
          (p &&
            (p.type === 'block-seq'
              ? o(
                  l,
                  'BLOCK_AS_IMPLICIT_KEY',
                  'A block sequence may not be used as an implicit map key',
                )
              : 'indent' in p && p.indent !== r.indent && o(l, 'BAD_INDENT', Su)),
          !m.anchor && !m.tag && !h)
        ) {
          ;((c = m.end),
            m.comment &&
              (a.comment
                ? (a.comment +=
                    `
` + m.comment)
                : (a.comment = m.comment)))
          continue
        }
        ;(m.newlineAfterProp || Iv.containsNewline(p)) &&
          o(
            p ?? d[d.length - 1],
            'MULTILINE_IMPLICIT_KEY',
            'Implicit keys need to be on a single line',
          )
      } else m.found?.indent !== r.indent && o(l, 'BAD_INDENT', Su)
      n.atKey = !0
      let k = m.end,
        b = p ? t(n, p, m, o) : e(n, k, d, null, m, o)
      ;(n.schema.compat && ku.flowIndentCheck(r.indent, p, o),
        (n.atKey = !1),
        Dv.mapIncludes(n, a.items, b) && o(k, 'DUPLICATE_KEY', 'Map keys must be unique'))
      let w = vu.resolveProps(h ?? [], {
        indicator: 'map-value-ind',
        next: y,
        offset: b.range[2],
        onError: o,
        parentIndent: r.indent,
        startOnNewline: !p || p.type === 'block-scalar',
      })
      if (((l = w.end), w.found)) {
        g &&
          (y?.type === 'block-map' &&
            !w.hasNewline &&
            o(l, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'),
          n.options.strict &&
            m.start < w.found.offset - 1024 &&
            o(
              b.range,
              'KEY_OVER_1024_CHARS',
              'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
            ))
        let A = y ? t(n, y, w, o) : e(n, l, h, null, w, o)
        ;(n.schema.compat && ku.flowIndentCheck(r.indent, y, o), (l = A.range[2]))
        let T = new yu.Pair(b, A)
        ;(n.options.keepSourceTokens && (T.srcToken = f), a.items.push(T))
      } else {
        ;(g && o(b.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values'),
          w.comment &&
            (b.comment
              ? (b.comment +=
                  `
` + w.comment)
              : (b.comment = w.comment)))
        let A = new yu.Pair(b)
        ;(n.options.keepSourceTokens && (A.srcToken = f), a.items.push(A))
      }
    }
    return (
      c && c < l && o(c, 'IMPOSSIBLE', 'Map comment with trailing content'),
      (a.range = [r.offset, l, c ?? l]),
      a
    )
  }
  bu.resolveBlockMap = _v
})
var Mu = x((xu) => {
  'use strict'
  var qv = Et(),
    Fv = br(),
    Kv = Vi()
  function Bv({ composeNode: t, composeEmptyNode: e }, n, r, o, s) {
    let i = s?.nodeClass ?? qv.YAMLSeq,
      a = new i(n.schema)
    ;(n.atRoot && (n.atRoot = !1), n.atKey && (n.atKey = !1))
    let l = r.offset,
      c = null
    for (let { start: f, value: d } of r.items) {
      let p = Fv.resolveProps(f, {
        indicator: 'seq-item-ind',
        next: d,
        offset: l,
        onError: o,
        parentIndent: r.indent,
        startOnNewline: !0,
      })
      if (!p.found)
        if (p.anchor || p.tag || d)
          d?.type === 'block-seq'
            ? o(p.end, 'BAD_INDENT', 'All sequence items must start at the same column')
            : o(l, 'MISSING_CHAR', 'Sequence item without - indicator')
        else {
          ;((c = p.end), p.comment && (a.comment = p.comment))
          continue
        }
      let h = d ? t(n, d, p, o) : e(n, p.end, f, null, p, o)
      ;(n.schema.compat && Kv.flowIndentCheck(r.indent, d, o), (l = h.range[2]), a.items.push(h))
    }
    return ((a.range = [r.offset, l, c ?? l]), a)
  }
  xu.resolveBlockSeq = Bv
})
var bn = x((Au) => {
  'use strict'
  function Uv(t, e, n, r) {
    let o = ''
    if (t) {
      let s = !1,
        i = ''
      for (let a of t) {
        let { source: l, type: c } = a
        switch (c) {
          case 'space':
            s = !0
            break
          case 'comment': {
            n &&
              !s &&
              r(
                a,
                'MISSING_CHAR',
                'Comments must be separated from other tokens by white space characters',
              )
            let f = l.substring(1) || ' '
            ;(o ? (o += i + f) : (o = f), (i = ''))
            break
          }
          case 'newline':
            ;(o && (i += l), (s = !0))
            break
          default:
            r(a, 'UNEXPECTED_TOKEN', `Unexpected ${c} at node end`)
        }
        e += l.length
      }
    }
    return { comment: o, offset: e }
  }
  Au.resolveEnd = Uv
})
var Eu = x((Ru) => {
  'use strict'
  var zv = F(),
    jv = Ct(),
    Cu = Rt(),
    Vv = Et(),
    Hv = bn(),
    Tu = br(),
    Wv = Ho(),
    Gv = Hi(),
    Wi = 'Block collections are not allowed within flow collections',
    Gi = (t) => t && (t.type === 'block-map' || t.type === 'block-seq')
  function Yv({ composeNode: t, composeEmptyNode: e }, n, r, o, s) {
    let i = r.start.source === '{',
      a = i ? 'flow map' : 'flow sequence',
      l = s?.nodeClass ?? (i ? Cu.YAMLMap : Vv.YAMLSeq),
      c = new l(n.schema)
    c.flow = !0
    let f = n.atRoot
    ;(f && (n.atRoot = !1), n.atKey && (n.atKey = !1))
    let d = r.offset + r.start.source.length
    for (let g = 0; g < r.items.length; ++g) {
      let k = r.items[g],
        { start: b, key: w, sep: A, value: T } = k,
        E = Tu.resolveProps(b, {
          flow: a,
          indicator: 'explicit-key-ind',
          next: w ?? A?.[0],
          offset: d,
          onError: o,
          parentIndent: r.indent,
          startOnNewline: !1,
        })
      if (!E.found) {
        if (!E.anchor && !E.tag && !A && !T) {
          ;(g === 0 && E.comma
            ? o(E.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${a}`)
            : g < r.items.length - 1 &&
              o(E.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${a}`),
            E.comment &&
              (c.comment
                ? (c.comment +=
                    `
` + E.comment)
                : (c.comment = E.comment)),
            (d = E.end))
          continue
        }
        !i &&
          n.options.strict &&
          Wv.containsNewline(w) &&
          o(
            w,
            'MULTILINE_IMPLICIT_KEY',
            'Implicit keys of flow sequence pairs need to be on a single line',
          )
      }
      if (g === 0) E.comma && o(E.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${a}`)
      else if ((E.comma || o(E.start, 'MISSING_CHAR', `Missing , between ${a} items`), E.comment)) {
        let O = ''
        e: for (let S of b)
          switch (S.type) {
            case 'comma':
            case 'space':
              break
            case 'comment':
              O = S.source.substring(1)
              break e
            default:
              break e
          }
        if (O) {
          let S = c.items[c.items.length - 1]
          ;(zv.isPair(S) && (S = S.value ?? S.key),
            S.comment
              ? (S.comment +=
                  `
` + O)
              : (S.comment = O),
            (E.comment = E.comment.substring(O.length + 1)))
        }
      }
      if (!i && !A && !E.found) {
        let O = T ? t(n, T, E, o) : e(n, E.end, A, null, E, o)
        ;(c.items.push(O), (d = O.range[2]), Gi(T) && o(O.range, 'BLOCK_IN_FLOW', Wi))
      } else {
        n.atKey = !0
        let O = E.end,
          S = w ? t(n, w, E, o) : e(n, O, b, null, E, o)
        ;(Gi(w) && o(S.range, 'BLOCK_IN_FLOW', Wi), (n.atKey = !1))
        let R = Tu.resolveProps(A ?? [], {
          flow: a,
          indicator: 'map-value-ind',
          next: T,
          offset: S.range[2],
          onError: o,
          parentIndent: r.indent,
          startOnNewline: !1,
        })
        if (R.found) {
          if (!i && !E.found && n.options.strict) {
            if (A)
              for (let q of A) {
                if (q === R.found) break
                if (q.type === 'newline') {
                  o(
                    q,
                    'MULTILINE_IMPLICIT_KEY',
                    'Implicit keys of flow sequence pairs need to be on a single line',
                  )
                  break
                }
              }
            E.start < R.found.offset - 1024 &&
              o(
                R.found,
                'KEY_OVER_1024_CHARS',
                'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
              )
          }
        } else
          T &&
            ('source' in T && T.source?.[0] === ':'
              ? o(T, 'MISSING_CHAR', `Missing space after : in ${a}`)
              : o(R.start, 'MISSING_CHAR', `Missing , or : between ${a} items`))
        let W = T ? t(n, T, R, o) : R.found ? e(n, R.end, A, null, R, o) : null
        W
          ? Gi(T) && o(W.range, 'BLOCK_IN_FLOW', Wi)
          : R.comment &&
            (S.comment
              ? (S.comment +=
                  `
` + R.comment)
              : (S.comment = R.comment))
        let G = new jv.Pair(S, W)
        if ((n.options.keepSourceTokens && (G.srcToken = k), i)) {
          let q = c
          ;(Gv.mapIncludes(n, q.items, S) && o(O, 'DUPLICATE_KEY', 'Map keys must be unique'),
            q.items.push(G))
        } else {
          let q = new Cu.YAMLMap(n.schema)
          ;((q.flow = !0), q.items.push(G))
          let Fe = (W ?? S).range
          ;((q.range = [S.range[0], Fe[1], Fe[2]]), c.items.push(q))
        }
        d = W ? W.range[2] : R.end
      }
    }
    let p = i ? '}' : ']',
      [h, ...y] = r.end,
      m = d
    if (h?.source === p) m = h.offset + h.source.length
    else {
      let g = a[0].toUpperCase() + a.substring(1),
        k = f
          ? `${g} must end with a ${p}`
          : `${g} in block collection must be sufficiently indented and end with a ${p}`
      ;(o(d, f ? 'MISSING_CHAR' : 'BAD_INDENT', k), h && h.source.length !== 1 && y.unshift(h))
    }
    if (y.length > 0) {
      let g = Hv.resolveEnd(y, m, n.options.strict, o)
      ;(g.comment &&
        (c.comment
          ? (c.comment +=
              `
` + g.comment)
          : (c.comment = g.comment)),
        (c.range = [r.offset, m, g.offset]))
    } else c.range = [r.offset, m, m]
    return c
  }
  Ru.resolveFlowCollection = Yv
})
var Lu = x((Pu) => {
  'use strict'
  var Qv = F(),
    Jv = re(),
    Xv = Rt(),
    Zv = Et(),
    ek = wu(),
    tk = Mu(),
    nk = Eu()
  function Yi(t, e, n, r, o, s) {
    let i =
        n.type === 'block-map'
          ? ek.resolveBlockMap(t, e, n, r, s)
          : n.type === 'block-seq'
            ? tk.resolveBlockSeq(t, e, n, r, s)
            : nk.resolveFlowCollection(t, e, n, r, s),
      a = i.constructor
    return o === '!' || o === a.tagName ? ((i.tag = a.tagName), i) : (o && (i.tag = o), i)
  }
  function rk(t, e, n, r, o) {
    let s = r.tag,
      i = s ? e.directives.tagName(s.source, (p) => o(s, 'TAG_RESOLVE_FAILED', p)) : null
    if (n.type === 'block-seq') {
      let { anchor: p, newlineAfterProp: h } = r,
        y = p && s ? (p.offset > s.offset ? p : s) : (p ?? s)
      y &&
        (!h || h.offset < y.offset) &&
        o(y, 'MISSING_CHAR', 'Missing newline after block sequence props')
    }
    let a =
      n.type === 'block-map'
        ? 'map'
        : n.type === 'block-seq'
          ? 'seq'
          : n.start.source === '{'
            ? 'map'
            : 'seq'
    if (
      !s ||
      !i ||
      i === '!' ||
      (i === Xv.YAMLMap.tagName && a === 'map') ||
      (i === Zv.YAMLSeq.tagName && a === 'seq')
    )
      return Yi(t, e, n, o, i)
    let l = e.schema.tags.find((p) => p.tag === i && p.collection === a)
    if (!l) {
      let p = e.schema.knownTags[i]
      if (p?.collection === a) (e.schema.tags.push(Object.assign({}, p, { default: !1 })), (l = p))
      else
        return (
          p
            ? o(
                s,
                'BAD_COLLECTION_TYPE',
                `${p.tag} used for ${a} collection, but expects ${p.collection ?? 'scalar'}`,
                !0,
              )
            : o(s, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${i}`, !0),
          Yi(t, e, n, o, i)
        )
    }
    let c = Yi(t, e, n, o, i, l),
      f = l.resolve?.(c, (p) => o(s, 'TAG_RESOLVE_FAILED', p), e.options) ?? c,
      d = Qv.isNode(f) ? f : new Jv.Scalar(f)
    return ((d.range = c.range), (d.tag = i), l?.format && (d.format = l.format), d)
  }
  Pu.composeCollection = rk
})
var Ji = x((Nu) => {
  'use strict'
  var Qi = re()
  function ok(t, e, n) {
    let r = e.offset,
      o = sk(e, t.options.strict, n)
    if (!o) return { value: '', type: null, comment: '', range: [r, r, r] }
    let s = o.mode === '>' ? Qi.Scalar.BLOCK_FOLDED : Qi.Scalar.BLOCK_LITERAL,
      i = e.source ? ik(e.source) : [],
      a = i.length
    for (let m = i.length - 1; m >= 0; --m) {
      let g = i[m][1]
      if (g === '' || g === '\r') a = m
      else break
    }
    if (a === 0) {
      let m =
          o.chomp === '+' && i.length > 0
            ? `
`.repeat(Math.max(1, i.length - 1))
            : '',
        g = r + o.length
      return (
        e.source && (g += e.source.length),
        { value: m, type: s, comment: o.comment, range: [r, g, g] }
      )
    }
    let l = e.indent + o.indent,
      c = e.offset + o.length,
      f = 0
    for (let m = 0; m < a; ++m) {
      let [g, k] = i[m]
      if (k === '' || k === '\r') o.indent === 0 && g.length > l && (l = g.length)
      else {
        ;(g.length < l &&
          n(
            c + g.length,
            'MISSING_CHAR',
            'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
          ),
          o.indent === 0 && (l = g.length),
          (f = m),
          l === 0 &&
            !t.atRoot &&
            n(c, 'BAD_INDENT', 'Block scalar values in collections must be indented'))
        break
      }
      c += g.length + k.length + 1
    }
    for (let m = i.length - 1; m >= a; --m) i[m][0].length > l && (a = m + 1)
    let d = '',
      p = '',
      h = !1
    for (let m = 0; m < f; ++m)
      d +=
        i[m][0].slice(l) +
        `
`
    for (let m = f; m < a; ++m) {
      let [g, k] = i[m]
      c += g.length + k.length + 1
      let b = k[k.length - 1] === '\r'
      if ((b && (k = k.slice(0, -1)), k && g.length < l)) {
        let A = `Block scalar lines must not be less indented than their ${o.indent ? 'explicit indentation indicator' : 'first line'}`
        ;(n(c - k.length - (b ? 2 : 1), 'BAD_INDENT', A), (g = ''))
      }
      s === Qi.Scalar.BLOCK_LITERAL
        ? ((d += p + g.slice(l) + k),
          (p = `
`))
        : g.length > l || k[0] === '	'
          ? (p === ' '
              ? (p = `
`)
              : !h &&
                p ===
                  `
` &&
                (p = `

`),
            (d += p + g.slice(l) + k),
            (p = `
`),
            (h = !0))
          : k === ''
            ? p ===
              `
`
              ? (d += `
`)
              : (p = `
`)
            : ((d += p + k), (p = ' '), (h = !1))
    }
    switch (o.chomp) {
      case '-':
        break
      case '+':
        for (let m = a; m < i.length; ++m)
          d +=
            `
` + i[m][0].slice(l)
        d[d.length - 1] !==
          `
` &&
          (d += `
`)
        break
      default:
        d += `
`
    }
    let y = r + o.length + e.source.length
    return { value: d, type: s, comment: o.comment, range: [r, y, y] }
  }
  function sk({ offset: t, props: e }, n, r) {
    if (e[0].type !== 'block-scalar-header')
      return (r(e[0], 'IMPOSSIBLE', 'Block scalar header not found'), null)
    let { source: o } = e[0],
      s = o[0],
      i = 0,
      a = '',
      l = -1
    for (let p = 1; p < o.length; ++p) {
      let h = o[p]
      if (!a && (h === '-' || h === '+')) a = h
      else {
        let y = Number(h)
        !i && y ? (i = y) : l === -1 && (l = t + p)
      }
    }
    l !== -1 && r(l, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${o}`)
    let c = !1,
      f = '',
      d = o.length
    for (let p = 1; p < e.length; ++p) {
      let h = e[p]
      switch (h.type) {
        case 'space':
          c = !0
        case 'newline':
          d += h.source.length
          break
        case 'comment':
          ;(n &&
            !c &&
            r(
              h,
              'MISSING_CHAR',
              'Comments must be separated from other tokens by white space characters',
            ),
            (d += h.source.length),
            (f = h.source.substring(1)))
          break
        case 'error':
          ;(r(h, 'UNEXPECTED_TOKEN', h.message), (d += h.source.length))
          break
        default: {
          let y = `Unexpected token in block scalar header: ${h.type}`
          r(h, 'UNEXPECTED_TOKEN', y)
          let m = h.source
          m && typeof m == 'string' && (d += m.length)
        }
      }
    }
    return { mode: s, indent: i, chomp: a, comment: f, length: d }
  }
  function ik(t) {
    let e = t.split(/\n( *)/),
      n = e[0],
      r = n.match(/^( *)/),
      s = [r?.[1] ? [r[1], n.slice(r[1].length)] : ['', n]]
    for (let i = 1; i < e.length; i += 2) s.push([e[i], e[i + 1]])
    return s
  }
  Nu.resolveBlockScalar = ok
})
var Zi = x((Ou) => {
  'use strict'
  var Xi = re(),
    ak = bn()
  function lk(t, e, n) {
    let { offset: r, type: o, source: s, end: i } = t,
      a,
      l,
      c = (p, h, y) => n(r + p, h, y)
    switch (o) {
      case 'scalar':
        ;((a = Xi.Scalar.PLAIN), (l = ck(s, c)))
        break
      case 'single-quoted-scalar':
        ;((a = Xi.Scalar.QUOTE_SINGLE), (l = uk(s, c)))
        break
      case 'double-quoted-scalar':
        ;((a = Xi.Scalar.QUOTE_DOUBLE), (l = dk(s, c)))
        break
      default:
        return (
          n(t, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${o}`),
          { value: '', type: null, comment: '', range: [r, r + s.length, r + s.length] }
        )
    }
    let f = r + s.length,
      d = ak.resolveEnd(i, f, e, n)
    return { value: l, type: a, comment: d.comment, range: [r, f, d.offset] }
  }
  function ck(t, e) {
    let n = ''
    switch (t[0]) {
      case '	':
        n = 'a tab character'
        break
      case ',':
        n = 'flow indicator character ,'
        break
      case '%':
        n = 'directive indicator character %'
        break
      case '|':
      case '>': {
        n = `block scalar indicator ${t[0]}`
        break
      }
      case '@':
      case '`': {
        n = `reserved character ${t[0]}`
        break
      }
    }
    return (n && e(0, 'BAD_SCALAR_START', `Plain value cannot start with ${n}`), $u(t))
  }
  function uk(t, e) {
    return (
      (t[t.length - 1] !== "'" || t.length === 1) &&
        e(t.length, 'MISSING_CHAR', "Missing closing 'quote"),
      $u(t.slice(1, -1)).replace(/''/g, "'")
    )
  }
  function $u(t) {
    let e = /(.*?)\r?\n/sy,
      n = e.exec(t)
    if (!n) return t
    let r, o
    try {
      ;((r = new RegExp('(?<![ 	])[ 	]+$')), (o = new RegExp('^[ 	]+|(?<![ 	])[ 	]+$', 'g')))
    } catch {
      ;((r = /[ \t]+$/), (o = /^[ \t]+|[ \t]+$/g))
    }
    let s = n[1].replace(r, ''),
      i = ' ',
      a = e.lastIndex
    for (; (n = e.exec(t));) {
      let c = n[1].replace(o, '')
      ;(c === ''
        ? i ===
          `
`
          ? (s += i)
          : (i = `
`)
        : ((s += i + c), (i = ' ')),
        (a = e.lastIndex))
    }
    let l = /[ \t]*(.*)/sy
    return ((l.lastIndex = a), (n = l.exec(t)), s + i + (n?.[1] ?? ''))
  }
  function dk(t, e) {
    let n = ''
    for (let r = 1; r < t.length - 1; ++r) {
      let o = t[r]
      if (!(
        o === '\r' &&
        t[r + 1] ===
          `
`
      ))
        if (
          o ===
          `
`
        ) {
          let { fold: s, offset: i } = fk(t, r)
          ;((n += s), (r = i))
        } else if (o === '\\') {
          let s = t[++r],
            i = pk[s]
          if (i) n += i
          else if (
            s ===
            `
`
          )
            for (s = t[r + 1]; s === ' ' || s === '	';) s = t[++r + 1]
          else if (
            s === '\r' &&
            t[r + 1] ===
              `
`
          )
            for (s = t[++r + 1]; s === ' ' || s === '	';) s = t[++r + 1]
          else if (s === 'x' || s === 'u' || s === 'U') {
            let a = s === 'x' ? 2 : s === 'u' ? 4 : 8
            ;((n += mk(t, r + 1, a, e)), (r += a))
          } else {
            let a = t.substr(r - 1, 2)
            ;(e(r - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${a}`), (n += a))
          }
        } else if (o === ' ' || o === '	') {
          let s = r,
            i = t[r + 1]
          for (; i === ' ' || i === '	';) i = t[++r + 1]
          i !==
            `
` &&
            !(
              i === '\r' &&
              t[r + 2] ===
                `
`
            ) &&
            (n += r > s ? t.slice(s, r + 1) : o)
        } else n += o
    }
    return (
      (t[t.length - 1] !== '"' || t.length === 1) &&
        e(t.length, 'MISSING_CHAR', 'Missing closing "quote'),
      n
    )
  }
  function fk(t, e) {
    let n = '',
      r = t[e + 1]
    for (
      ;
      (r === ' ' ||
        r === '	' ||
        r ===
          `
` ||
        r === '\r') &&
      !(
        r === '\r' &&
        t[e + 2] !==
          `
`
      );
    )
      (r ===
        `
` &&
        (n += `
`),
        (e += 1),
        (r = t[e + 1]))
    return (n || (n = ' '), { fold: n, offset: e })
  }
  var pk = {
    0: '\0',
    a: '\x07',
    b: '\b',
    e: '\x1B',
    f: '\f',
    n: `
`,
    r: '\r',
    t: '	',
    v: '\v',
    N: '\x85',
    _: '\xA0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '	': '	',
  }
  function mk(t, e, n, r) {
    let o = t.substr(e, n),
      i = o.length === n && /^[0-9a-fA-F]+$/.test(o) ? parseInt(o, 16) : NaN
    try {
      return String.fromCodePoint(i)
    } catch {
      let a = t.substr(e - 2, n + 2)
      return (r(e - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${a}`), a)
    }
  }
  Ou.resolveFlowScalar = lk
})
var _u = x((Du) => {
  'use strict'
  var Xt = F(),
    Iu = re(),
    hk = Ji(),
    gk = Zi()
  function yk(t, e, n, r) {
    let {
        value: o,
        type: s,
        comment: i,
        range: a,
      } = e.type === 'block-scalar'
        ? hk.resolveBlockScalar(t, e, r)
        : gk.resolveFlowScalar(e, t.options.strict, r),
      l = n ? t.directives.tagName(n.source, (d) => r(n, 'TAG_RESOLVE_FAILED', d)) : null,
      c
    t.options.stringKeys && t.atKey
      ? (c = t.schema[Xt.SCALAR])
      : l
        ? (c = vk(t.schema, o, l, n, r))
        : e.type === 'scalar'
          ? (c = kk(t, o, e, r))
          : (c = t.schema[Xt.SCALAR])
    let f
    try {
      let d = c.resolve(o, (p) => r(n ?? e, 'TAG_RESOLVE_FAILED', p), t.options)
      f = Xt.isScalar(d) ? d : new Iu.Scalar(d)
    } catch (d) {
      let p = d instanceof Error ? d.message : String(d)
      ;(r(n ?? e, 'TAG_RESOLVE_FAILED', p), (f = new Iu.Scalar(o)))
    }
    return (
      (f.range = a),
      (f.source = o),
      s && (f.type = s),
      l && (f.tag = l),
      c.format && (f.format = c.format),
      i && (f.comment = i),
      f
    )
  }
  function vk(t, e, n, r, o) {
    if (n === '!') return t[Xt.SCALAR]
    let s = []
    for (let a of t.tags)
      if (!a.collection && a.tag === n)
        if (a.default && a.test) s.push(a)
        else return a
    for (let a of s) if (a.test?.test(e)) return a
    let i = t.knownTags[n]
    return i && !i.collection
      ? (t.tags.push(Object.assign({}, i, { default: !1, test: void 0 })), i)
      : (o(r, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${n}`, n !== 'tag:yaml.org,2002:str'),
        t[Xt.SCALAR])
  }
  function kk({ atKey: t, directives: e, schema: n }, r, o, s) {
    let i =
      n.tags.find((a) => (a.default === !0 || (t && a.default === 'key')) && a.test?.test(r)) ||
      n[Xt.SCALAR]
    if (n.compat) {
      let a = n.compat.find((l) => l.default && l.test?.test(r)) ?? n[Xt.SCALAR]
      if (i.tag !== a.tag) {
        let l = e.tagString(i.tag),
          c = e.tagString(a.tag),
          f = `Value may be parsed as either ${l} or ${c}`
        s(o, 'TAG_RESOLVE_FAILED', f, !0)
      }
    }
    return i
  }
  Du.composeScalar = yk
})
var Fu = x((qu) => {
  'use strict'
  function Sk(t, e, n) {
    if (e) {
      n ?? (n = e.length)
      for (let r = n - 1; r >= 0; --r) {
        let o = e[r]
        switch (o.type) {
          case 'space':
          case 'comment':
          case 'newline':
            t -= o.source.length
            continue
        }
        for (o = e[++r]; o?.type === 'space';) ((t += o.source.length), (o = e[++r]))
        break
      }
    }
    return t
  }
  qu.emptyScalarPosition = Sk
})
var Uu = x((ta) => {
  'use strict'
  var bk = tr(),
    wk = F(),
    xk = Lu(),
    Ku = _u(),
    Mk = bn(),
    Ak = Fu(),
    Ck = { composeNode: Bu, composeEmptyNode: ea }
  function Bu(t, e, n, r) {
    let o = t.atKey,
      { spaceBefore: s, comment: i, anchor: a, tag: l } = n,
      c,
      f = !0
    switch (e.type) {
      case 'alias':
        ;((c = Tk(t, e, r)),
          (a || l) && r(e, 'ALIAS_PROPS', 'An alias node must not specify any properties'))
        break
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        ;((c = Ku.composeScalar(t, e, l, r)), a && (c.anchor = a.source.substring(1)))
        break
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        try {
          ;((c = xk.composeCollection(Ck, t, e, n, r)), a && (c.anchor = a.source.substring(1)))
        } catch (d) {
          let p = d instanceof Error ? d.message : String(d)
          r(e, 'RESOURCE_EXHAUSTION', p)
        }
        break
      default: {
        let d = e.type === 'error' ? e.message : `Unsupported token (type: ${e.type})`
        ;(r(e, 'UNEXPECTED_TOKEN', d), (f = !1))
      }
    }
    return (
      c ?? (c = ea(t, e.offset, void 0, null, n, r)),
      a && c.anchor === '' && r(a, 'BAD_ALIAS', 'Anchor cannot be an empty string'),
      o &&
        t.options.stringKeys &&
        (!wk.isScalar(c) ||
          typeof c.value != 'string' ||
          (c.tag && c.tag !== 'tag:yaml.org,2002:str')) &&
        r(l ?? e, 'NON_STRING_KEY', 'With stringKeys, all keys must be strings'),
      s && (c.spaceBefore = !0),
      i && (e.type === 'scalar' && e.source === '' ? (c.comment = i) : (c.commentBefore = i)),
      t.options.keepSourceTokens && f && (c.srcToken = e),
      c
    )
  }
  function ea(t, e, n, r, { spaceBefore: o, comment: s, anchor: i, tag: a, end: l }, c) {
    let f = { type: 'scalar', offset: Ak.emptyScalarPosition(e, n, r), indent: -1, source: '' },
      d = Ku.composeScalar(t, f, a, c)
    return (
      i &&
        ((d.anchor = i.source.substring(1)),
        d.anchor === '' && c(i, 'BAD_ALIAS', 'Anchor cannot be an empty string')),
      o && (d.spaceBefore = !0),
      s && ((d.comment = s), (d.range[2] = l)),
      d
    )
  }
  function Tk({ options: t }, { offset: e, source: n, end: r }, o) {
    let s = new bk.Alias(n.substring(1))
    ;(s.source === '' && o(e, 'BAD_ALIAS', 'Alias cannot be an empty string'),
      s.source.endsWith(':') &&
        o(e + n.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', !0))
    let i = e + n.length,
      a = Mk.resolveEnd(r, i, t.strict, o)
    return ((s.range = [e, i, a.offset]), a.comment && (s.comment = a.comment), s)
  }
  ta.composeEmptyNode = ea
  ta.composeNode = Bu
})
var Vu = x((ju) => {
  'use strict'
  var Rk = yr(),
    zu = Uu(),
    Ek = bn(),
    Pk = br()
  function Lk(t, e, { offset: n, start: r, value: o, end: s }, i) {
    let a = Object.assign({ _directives: e }, t),
      l = new Rk.Document(void 0, a),
      c = { atKey: !1, atRoot: !0, directives: l.directives, options: l.options, schema: l.schema },
      f = Pk.resolveProps(r, {
        indicator: 'doc-start',
        next: o ?? s?.[0],
        offset: n,
        onError: i,
        parentIndent: 0,
        startOnNewline: !0,
      })
    ;(f.found &&
      ((l.directives.docStart = !0),
      o &&
        (o.type === 'block-map' || o.type === 'block-seq') &&
        !f.hasNewline &&
        i(
          f.end,
          'MISSING_CHAR',
          'Block collection cannot start on same line with directives-end marker',
        )),
      (l.contents = o ? zu.composeNode(c, o, f, i) : zu.composeEmptyNode(c, f.end, r, null, f, i)))
    let d = l.contents.range[2],
      p = Ek.resolveEnd(s, d, !1, i)
    return (p.comment && (l.comment = p.comment), (l.range = [n, d, p.offset]), l)
  }
  ju.composeDoc = Lk
})
var ra = x((Gu) => {
  'use strict'
  var Nk = to('process'),
    $k = Us(),
    Ok = yr(),
    wr = Sr(),
    Hu = F(),
    Ik = Vu(),
    Dk = bn()
  function xr(t) {
    if (typeof t == 'number') return [t, t + 1]
    if (Array.isArray(t)) return t.length === 2 ? t : [t[0], t[1]]
    let { offset: e, source: n } = t
    return [e, e + (typeof n == 'string' ? n.length : 1)]
  }
  function Wu(t) {
    let e = '',
      n = !1,
      r = !1
    for (let o = 0; o < t.length; ++o) {
      let s = t[o]
      switch (s[0]) {
        case '#':
          ;((e +=
            (e === ''
              ? ''
              : r
                ? `

`
                : `
`) + (s.substring(1) || ' ')),
            (n = !0),
            (r = !1))
          break
        case '%':
          ;(t[o + 1]?.[0] !== '#' && (o += 1), (n = !1))
          break
        default:
          ;(n || (r = !0), (n = !1))
      }
    }
    return { comment: e, afterEmptyLine: r }
  }
  var na = class {
    constructor(e = {}) {
      ;((this.doc = null),
        (this.atDirectives = !1),
        (this.prelude = []),
        (this.errors = []),
        (this.warnings = []),
        (this.onError = (n, r, o, s) => {
          let i = xr(n)
          s
            ? this.warnings.push(new wr.YAMLWarning(i, r, o))
            : this.errors.push(new wr.YAMLParseError(i, r, o))
        }),
        (this.directives = new $k.Directives({ version: e.version || '1.2' })),
        (this.options = e))
    }
    decorate(e, n) {
      let { comment: r, afterEmptyLine: o } = Wu(this.prelude)
      if (r) {
        let s = e.contents
        if (n)
          e.comment = e.comment
            ? `${e.comment}
${r}`
            : r
        else if (o || e.directives.docStart || !s) e.commentBefore = r
        else if (Hu.isCollection(s) && !s.flow && s.items.length > 0) {
          let i = s.items[0]
          Hu.isPair(i) && (i = i.key)
          let a = i.commentBefore
          i.commentBefore = a
            ? `${r}
${a}`
            : r
        } else {
          let i = s.commentBefore
          s.commentBefore = i
            ? `${r}
${i}`
            : r
        }
      }
      if (n) {
        for (let s = 0; s < this.errors.length; ++s) e.errors.push(this.errors[s])
        for (let s = 0; s < this.warnings.length; ++s) e.warnings.push(this.warnings[s])
      } else ((e.errors = this.errors), (e.warnings = this.warnings))
      ;((this.prelude = []), (this.errors = []), (this.warnings = []))
    }
    streamInfo() {
      return {
        comment: Wu(this.prelude).comment,
        directives: this.directives,
        errors: this.errors,
        warnings: this.warnings,
      }
    }
    *compose(e, n = !1, r = -1) {
      for (let o of e) yield* this.next(o)
      yield* this.end(n, r)
    }
    *next(e) {
      switch ((Nk.env.LOG_STREAM && console.dir(e, { depth: null }), e.type)) {
        case 'directive':
          ;(this.directives.add(e.source, (n, r, o) => {
            let s = xr(e)
            ;((s[0] += n), this.onError(s, 'BAD_DIRECTIVE', r, o))
          }),
            this.prelude.push(e.source),
            (this.atDirectives = !0))
          break
        case 'document': {
          let n = Ik.composeDoc(this.options, this.directives, e, this.onError)
          ;(this.atDirectives &&
            !n.directives.docStart &&
            this.onError(e, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line'),
            this.decorate(n, !1),
            this.doc && (yield this.doc),
            (this.doc = n),
            (this.atDirectives = !1))
          break
        }
        case 'byte-order-mark':
        case 'space':
          break
        case 'comment':
        case 'newline':
          this.prelude.push(e.source)
          break
        case 'error': {
          let n = e.source ? `${e.message}: ${JSON.stringify(e.source)}` : e.message,
            r = new wr.YAMLParseError(xr(e), 'UNEXPECTED_TOKEN', n)
          this.atDirectives || !this.doc ? this.errors.push(r) : this.doc.errors.push(r)
          break
        }
        case 'doc-end': {
          if (!this.doc) {
            let r = 'Unexpected doc-end without preceding document'
            this.errors.push(new wr.YAMLParseError(xr(e), 'UNEXPECTED_TOKEN', r))
            break
          }
          this.doc.directives.docEnd = !0
          let n = Dk.resolveEnd(
            e.end,
            e.offset + e.source.length,
            this.doc.options.strict,
            this.onError,
          )
          if ((this.decorate(this.doc, !0), n.comment)) {
            let r = this.doc.comment
            this.doc.comment = r
              ? `${r}
${n.comment}`
              : n.comment
          }
          this.doc.range[2] = n.offset
          break
        }
        default:
          this.errors.push(
            new wr.YAMLParseError(xr(e), 'UNEXPECTED_TOKEN', `Unsupported token ${e.type}`),
          )
      }
    }
    *end(e = !1, n = -1) {
      if (this.doc) (this.decorate(this.doc, !0), yield this.doc, (this.doc = null))
      else if (e) {
        let r = Object.assign({ _directives: this.directives }, this.options),
          o = new Ok.Document(void 0, r)
        ;(this.atDirectives &&
          this.onError(n, 'MISSING_CHAR', 'Missing directives-end indicator line'),
          (o.range = [0, n, n]),
          this.decorate(o, !1),
          yield o)
      }
    }
  }
  Gu.Composer = na
})
var Ju = x((Wo) => {
  'use strict'
  var _k = Ji(),
    qk = Zi(),
    Fk = Sr(),
    Yu = ir()
  function Kk(t, e = !0, n) {
    if (t) {
      let r = (o, s, i) => {
        let a = typeof o == 'number' ? o : Array.isArray(o) ? o[0] : o.offset
        if (n) n(a, s, i)
        else throw new Fk.YAMLParseError([a, a + 1], s, i)
      }
      switch (t.type) {
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
          return qk.resolveFlowScalar(t, e, r)
        case 'block-scalar':
          return _k.resolveBlockScalar({ options: { strict: e } }, t, r)
      }
    }
    return null
  }
  function Bk(t, e) {
    let { implicitKey: n = !1, indent: r, inFlow: o = !1, offset: s = -1, type: i = 'PLAIN' } = e,
      a = Yu.stringifyString(
        { type: i, value: t },
        {
          implicitKey: n,
          indent: r > 0 ? ' '.repeat(r) : '',
          inFlow: o,
          options: { blockQuote: !0, lineWidth: -1 },
        },
      ),
      l = e.end ?? [
        {
          type: 'newline',
          offset: -1,
          indent: r,
          source: `
`,
        },
      ]
    switch (a[0]) {
      case '|':
      case '>': {
        let c = a.indexOf(`
`),
          f = a.substring(0, c),
          d =
            a.substring(c + 1) +
            `
`,
          p = [{ type: 'block-scalar-header', offset: s, indent: r, source: f }]
        return (
          Qu(p, l) ||
            p.push({
              type: 'newline',
              offset: -1,
              indent: r,
              source: `
`,
            }),
          { type: 'block-scalar', offset: s, indent: r, props: p, source: d }
        )
      }
      case '"':
        return { type: 'double-quoted-scalar', offset: s, indent: r, source: a, end: l }
      case "'":
        return { type: 'single-quoted-scalar', offset: s, indent: r, source: a, end: l }
      default:
        return { type: 'scalar', offset: s, indent: r, source: a, end: l }
    }
  }
  function Uk(t, e, n = {}) {
    let { afterKey: r = !1, implicitKey: o = !1, inFlow: s = !1, type: i } = n,
      a = 'indent' in t ? t.indent : null
    if ((r && typeof a == 'number' && (a += 2), !i))
      switch (t.type) {
        case 'single-quoted-scalar':
          i = 'QUOTE_SINGLE'
          break
        case 'double-quoted-scalar':
          i = 'QUOTE_DOUBLE'
          break
        case 'block-scalar': {
          let c = t.props[0]
          if (c.type !== 'block-scalar-header') throw new Error('Invalid block scalar header')
          i = c.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL'
          break
        }
        default:
          i = 'PLAIN'
      }
    let l = Yu.stringifyString(
      { type: i, value: e },
      {
        implicitKey: o || a === null,
        indent: a !== null && a > 0 ? ' '.repeat(a) : '',
        inFlow: s,
        options: { blockQuote: !0, lineWidth: -1 },
      },
    )
    switch (l[0]) {
      case '|':
      case '>':
        zk(t, l)
        break
      case '"':
        oa(t, l, 'double-quoted-scalar')
        break
      case "'":
        oa(t, l, 'single-quoted-scalar')
        break
      default:
        oa(t, l, 'scalar')
    }
  }
  function zk(t, e) {
    let n = e.indexOf(`
`),
      r = e.substring(0, n),
      o =
        e.substring(n + 1) +
        `
`
    if (t.type === 'block-scalar') {
      let s = t.props[0]
      if (s.type !== 'block-scalar-header') throw new Error('Invalid block scalar header')
      ;((s.source = r), (t.source = o))
    } else {
      let { offset: s } = t,
        i = 'indent' in t ? t.indent : -1,
        a = [{ type: 'block-scalar-header', offset: s, indent: i, source: r }]
      Qu(a, 'end' in t ? t.end : void 0) ||
        a.push({
          type: 'newline',
          offset: -1,
          indent: i,
          source: `
`,
        })
      for (let l of Object.keys(t)) l !== 'type' && l !== 'offset' && delete t[l]
      Object.assign(t, { type: 'block-scalar', indent: i, props: a, source: o })
    }
  }
  function Qu(t, e) {
    if (e)
      for (let n of e)
        switch (n.type) {
          case 'space':
          case 'comment':
            t.push(n)
            break
          case 'newline':
            return (t.push(n), !0)
        }
    return !1
  }
  function oa(t, e, n) {
    switch (t.type) {
      case 'scalar':
      case 'double-quoted-scalar':
      case 'single-quoted-scalar':
        ;((t.type = n), (t.source = e))
        break
      case 'block-scalar': {
        let r = t.props.slice(1),
          o = e.length
        t.props[0].type === 'block-scalar-header' && (o -= t.props[0].source.length)
        for (let s of r) s.offset += o
        ;(delete t.props, Object.assign(t, { type: n, source: e, end: r }))
        break
      }
      case 'block-map':
      case 'block-seq': {
        let o = {
          type: 'newline',
          offset: t.offset + e.length,
          indent: t.indent,
          source: `
`,
        }
        ;(delete t.items, Object.assign(t, { type: n, source: e, end: [o] }))
        break
      }
      default: {
        let r = 'indent' in t ? t.indent : -1,
          o =
            'end' in t && Array.isArray(t.end)
              ? t.end.filter(
                  (s) => s.type === 'space' || s.type === 'comment' || s.type === 'newline',
                )
              : []
        for (let s of Object.keys(t)) s !== 'type' && s !== 'offset' && delete t[s]
        Object.assign(t, { type: n, indent: r, source: e, end: o })
      }
    }
  }
  Wo.createScalarToken = Bk
  Wo.resolveAsScalar = Kk
  Wo.setScalarValue = Uk
})
var Zu = x((Xu) => {
  'use strict'
  var jk = (t) => ('type' in t ? Yo(t) : Go(t))
  function Yo(t) {
    switch (t.type) {
      case 'block-scalar': {
        let e = ''
        for (let n of t.props) e += Yo(n)
        return e + t.source
      }
      case 'block-map':
      case 'block-seq': {
        let e = ''
        for (let n of t.items) e += Go(n)
        return e
      }
      case 'flow-collection': {
        let e = t.start.source
        for (let n of t.items) e += Go(n)
        for (let n of t.end) e += n.source
        return e
      }
      case 'document': {
        let e = Go(t)
        if (t.end) for (let n of t.end) e += n.source
        return e
      }
      default: {
        let e = t.source
        if ('end' in t && t.end) for (let n of t.end) e += n.source
        return e
      }
    }
  }
  function Go({ start: t, key: e, sep: n, value: r }) {
    let o = ''
    for (let s of t) o += s.source
    if ((e && (o += Yo(e)), n)) for (let s of n) o += s.source
    return (r && (o += Yo(r)), o)
  }
  Xu.stringify = jk
})
var rd = x((nd) => {
  'use strict'
  var sa = Symbol('break visit'),
    Vk = Symbol('skip children'),
    ed = Symbol('remove item')
  function Zt(t, e) {
    ;('type' in t && t.type === 'document' && (t = { start: t.start, value: t.value }),
      td(Object.freeze([]), t, e))
  }
  Zt.BREAK = sa
  Zt.SKIP = Vk
  Zt.REMOVE = ed
  Zt.itemAtPath = (t, e) => {
    let n = t
    for (let [r, o] of e) {
      let s = n?.[r]
      if (s && 'items' in s) n = s.items[o]
      else return
    }
    return n
  }
  Zt.parentCollection = (t, e) => {
    let n = Zt.itemAtPath(t, e.slice(0, -1)),
      r = e[e.length - 1][0],
      o = n?.[r]
    if (o && 'items' in o) return o
    throw new Error('Parent collection not found')
  }
  function td(t, e, n) {
    let r = n(e, t)
    if (typeof r == 'symbol') return r
    for (let o of ['key', 'value']) {
      let s = e[o]
      if (s && 'items' in s) {
        for (let i = 0; i < s.items.length; ++i) {
          let a = td(Object.freeze(t.concat([[o, i]])), s.items[i], n)
          if (typeof a == 'number') i = a - 1
          else {
            if (a === sa) return sa
            a === ed && (s.items.splice(i, 1), (i -= 1))
          }
        }
        typeof r == 'function' && o === 'key' && (r = r(e, t))
      }
    }
    return typeof r == 'function' ? r(e, t) : r
  }
  nd.visit = Zt
})
var Qo = x((be) => {
  'use strict'
  var ia = Ju(),
    Hk = Zu(),
    Wk = rd(),
    aa = '\uFEFF',
    la = '',
    ca = '',
    ua = '',
    Gk = (t) => !!t && 'items' in t,
    Yk = (t) =>
      !!t &&
      (t.type === 'scalar' ||
        t.type === 'single-quoted-scalar' ||
        t.type === 'double-quoted-scalar' ||
        t.type === 'block-scalar')
  function Qk(t) {
    switch (t) {
      case aa:
        return '<BOM>'
      case la:
        return '<DOC>'
      case ca:
        return '<FLOW_END>'
      case ua:
        return '<SCALAR>'
      default:
        return JSON.stringify(t)
    }
  }
  function Jk(t) {
    switch (t) {
      case aa:
        return 'byte-order-mark'
      case la:
        return 'doc-mode'
      case ca:
        return 'flow-error-end'
      case ua:
        return 'scalar'
      case '---':
        return 'doc-start'
      case '...':
        return 'doc-end'
      case '':
      case `
`:
      case `\r
`:
        return 'newline'
      case '-':
        return 'seq-item-ind'
      case '?':
        return 'explicit-key-ind'
      case ':':
        return 'map-value-ind'
      case '{':
        return 'flow-map-start'
      case '}':
        return 'flow-map-end'
      case '[':
        return 'flow-seq-start'
      case ']':
        return 'flow-seq-end'
      case ',':
        return 'comma'
    }
    switch (t[0]) {
      case ' ':
      case '	':
        return 'space'
      case '#':
        return 'comment'
      case '%':
        return 'directive-line'
      case '*':
        return 'alias'
      case '&':
        return 'anchor'
      case '!':
        return 'tag'
      case "'":
        return 'single-quoted-scalar'
      case '"':
        return 'double-quoted-scalar'
      case '|':
      case '>':
        return 'block-scalar-header'
    }
    return null
  }
  be.createScalarToken = ia.createScalarToken
  be.resolveAsScalar = ia.resolveAsScalar
  be.setScalarValue = ia.setScalarValue
  be.stringify = Hk.stringify
  be.visit = Wk.visit
  be.BOM = aa
  be.DOCUMENT = la
  be.FLOW_END = ca
  be.SCALAR = ua
  be.isCollection = Gk
  be.isScalar = Yk
  be.prettyToken = Qk
  be.tokenType = Jk
})
var pa = x((sd) => {
  'use strict'
  var Mr = Qo()
  function Be(t) {
    switch (t) {
      case void 0:
      case ' ':
      case `
`:
      case '\r':
      case '	':
        return !0
      default:
        return !1
    }
  }
  var od = new Set('0123456789ABCDEFabcdef'),
    Xk = new Set(
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()",
    ),
    Jo = new Set(',[]{}'),
    Zk = new Set(` ,[]{}
\r	`),
    da = (t) => !t || Zk.has(t),
    fa = class {
      constructor() {
        ;((this.atEnd = !1),
          (this.blockScalarIndent = -1),
          (this.blockScalarKeep = !1),
          (this.buffer = ''),
          (this.flowKey = !1),
          (this.flowLevel = 0),
          (this.indentNext = 0),
          (this.indentValue = 0),
          (this.lineEndPos = null),
          (this.next = null),
          (this.pos = 0))
      }
      *lex(e, n = !1) {
        if (e) {
          if (typeof e != 'string') throw TypeError('source is not a string')
          ;((this.buffer = this.buffer ? this.buffer + e : e), (this.lineEndPos = null))
        }
        this.atEnd = !n
        let r = this.next ?? 'stream'
        for (; r && (n || this.hasChars(1));) r = yield* this.parseNext(r)
      }
      atLineEnd() {
        let e = this.pos,
          n = this.buffer[e]
        for (; n === ' ' || n === '	';) n = this.buffer[++e]
        return !n ||
          n === '#' ||
          n ===
            `
`
          ? !0
          : n === '\r'
            ? this.buffer[e + 1] ===
              `
`
            : !1
      }
      charAt(e) {
        return this.buffer[this.pos + e]
      }
      continueScalar(e) {
        let n = this.buffer[e]
        if (this.indentNext > 0) {
          let r = 0
          for (; n === ' ';) n = this.buffer[++r + e]
          if (n === '\r') {
            let o = this.buffer[r + e + 1]
            if (
              o ===
                `
` ||
              (!o && !this.atEnd)
            )
              return e + r + 1
          }
          return n ===
            `
` ||
            r >= this.indentNext ||
            (!n && !this.atEnd)
            ? e + r
            : -1
        }
        if (n === '-' || n === '.') {
          let r = this.buffer.substr(e, 3)
          if ((r === '---' || r === '...') && Be(this.buffer[e + 3])) return -1
        }
        return e
      }
      getLine() {
        let e = this.lineEndPos
        return (
          (typeof e != 'number' || (e !== -1 && e < this.pos)) &&
            ((e = this.buffer.indexOf(
              `
`,
              this.pos,
            )),
            (this.lineEndPos = e)),
          e === -1
            ? this.atEnd
              ? this.buffer.substring(this.pos)
              : null
            : (this.buffer[e - 1] === '\r' && (e -= 1), this.buffer.substring(this.pos, e))
        )
      }
      hasChars(e) {
        return this.pos + e <= this.buffer.length
      }
      setNext(e) {
        return (
          (this.buffer = this.buffer.substring(this.pos)),
          (this.pos = 0),
          (this.lineEndPos = null),
          (this.next = e),
          null
        )
      }
      peek(e) {
        return this.buffer.substr(this.pos, e)
      }
      *parseNext(e) {
        switch (e) {
          case 'stream':
            return yield* this.parseStream()
          case 'line-start':
            return yield* this.parseLineStart()
          case 'block-start':
            return yield* this.parseBlockStart()
          case 'doc':
            return yield* this.parseDocument()
          case 'flow':
            return yield* this.parseFlowCollection()
          case 'quoted-scalar':
            return yield* this.parseQuotedScalar()
          case 'block-scalar':
            return yield* this.parseBlockScalar()
          case 'plain-scalar':
            return yield* this.parsePlainScalar()
        }
      }
      *parseStream() {
        let e = this.getLine()
        if (e === null) return this.setNext('stream')
        if ((e[0] === Mr.BOM && (yield* this.pushCount(1), (e = e.substring(1))), e[0] === '%')) {
          let n = e.length,
            r = e.indexOf('#')
          for (; r !== -1;) {
            let s = e[r - 1]
            if (s === ' ' || s === '	') {
              n = r - 1
              break
            } else r = e.indexOf('#', r + 1)
          }
          for (;;) {
            let s = e[n - 1]
            if (s === ' ' || s === '	') n -= 1
            else break
          }
          let o = (yield* this.pushCount(n)) + (yield* this.pushSpaces(!0))
          return (yield* this.pushCount(e.length - o), this.pushNewline(), 'stream')
        }
        if (this.atLineEnd()) {
          let n = yield* this.pushSpaces(!0)
          return (yield* this.pushCount(e.length - n), yield* this.pushNewline(), 'stream')
        }
        return (yield Mr.DOCUMENT, yield* this.parseLineStart())
      }
      *parseLineStart() {
        let e = this.charAt(0)
        if (!e && !this.atEnd) return this.setNext('line-start')
        if (e === '-' || e === '.') {
          if (!this.atEnd && !this.hasChars(4)) return this.setNext('line-start')
          let n = this.peek(3)
          if ((n === '---' || n === '...') && Be(this.charAt(3)))
            return (
              yield* this.pushCount(3),
              (this.indentValue = 0),
              (this.indentNext = 0),
              n === '---' ? 'doc' : 'stream'
            )
        }
        return (
          (this.indentValue = yield* this.pushSpaces(!1)),
          this.indentNext > this.indentValue &&
            !Be(this.charAt(1)) &&
            (this.indentNext = this.indentValue),
          yield* this.parseBlockStart()
        )
      }
      *parseBlockStart() {
        let [e, n] = this.peek(2)
        if (!n && !this.atEnd) return this.setNext('block-start')
        if ((e === '-' || e === '?' || e === ':') && Be(n)) {
          let r = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0))
          return ((this.indentNext = this.indentValue + 1), (this.indentValue += r), 'block-start')
        }
        return 'doc'
      }
      *parseDocument() {
        yield* this.pushSpaces(!0)
        let e = this.getLine()
        if (e === null) return this.setNext('doc')
        let n = yield* this.pushIndicators()
        switch (e[n]) {
          case '#':
            yield* this.pushCount(e.length - n)
          case void 0:
            return (yield* this.pushNewline(), yield* this.parseLineStart())
          case '{':
          case '[':
            return (yield* this.pushCount(1), (this.flowKey = !1), (this.flowLevel = 1), 'flow')
          case '}':
          case ']':
            return (yield* this.pushCount(1), 'doc')
          case '*':
            return (yield* this.pushUntil(da), 'doc')
          case '"':
          case "'":
            return yield* this.parseQuotedScalar()
          case '|':
          case '>':
            return (
              (n += yield* this.parseBlockScalarHeader()),
              (n += yield* this.pushSpaces(!0)),
              yield* this.pushCount(e.length - n),
              yield* this.pushNewline(),
              yield* this.parseBlockScalar()
            )
          default:
            return yield* this.parsePlainScalar()
        }
      }
      *parseFlowCollection() {
        let e,
          n,
          r = -1
        do
          ((e = yield* this.pushNewline()),
            e > 0 ? ((n = yield* this.pushSpaces(!1)), (this.indentValue = r = n)) : (n = 0),
            (n += yield* this.pushSpaces(!0)))
        while (e + n > 0)
        let o = this.getLine()
        if (o === null) return this.setNext('flow')
        if (
          ((r !== -1 && r < this.indentNext && o[0] !== '#') ||
            (r === 0 && (o.startsWith('---') || o.startsWith('...')) && Be(o[3]))) &&
          !(r === this.indentNext - 1 && this.flowLevel === 1 && (o[0] === ']' || o[0] === '}'))
        )
          return ((this.flowLevel = 0), yield Mr.FLOW_END, yield* this.parseLineStart())
        let s = 0
        for (; o[s] === ',';)
          ((s += yield* this.pushCount(1)), (s += yield* this.pushSpaces(!0)), (this.flowKey = !1))
        switch (((s += yield* this.pushIndicators()), o[s])) {
          case void 0:
            return 'flow'
          case '#':
            return (yield* this.pushCount(o.length - s), 'flow')
          case '{':
          case '[':
            return (yield* this.pushCount(1), (this.flowKey = !1), (this.flowLevel += 1), 'flow')
          case '}':
          case ']':
            return (
              yield* this.pushCount(1),
              (this.flowKey = !0),
              (this.flowLevel -= 1),
              this.flowLevel ? 'flow' : 'doc'
            )
          case '*':
            return (yield* this.pushUntil(da), 'flow')
          case '"':
          case "'":
            return ((this.flowKey = !0), yield* this.parseQuotedScalar())
          case ':': {
            let i = this.charAt(1)
            if (this.flowKey || Be(i) || i === ',')
              return (
                (this.flowKey = !1),
                yield* this.pushCount(1),
                yield* this.pushSpaces(!0),
                'flow'
              )
          }
          default:
            return ((this.flowKey = !1), yield* this.parsePlainScalar())
        }
      }
      *parseQuotedScalar() {
        let e = this.charAt(0),
          n = this.buffer.indexOf(e, this.pos + 1)
        if (e === "'")
          for (; n !== -1 && this.buffer[n + 1] === "'";) n = this.buffer.indexOf("'", n + 2)
        else
          for (; n !== -1;) {
            let s = 0
            for (; this.buffer[n - 1 - s] === '\\';) s += 1
            if (s % 2 === 0) break
            n = this.buffer.indexOf('"', n + 1)
          }
        let r = this.buffer.substring(0, n),
          o = r.indexOf(
            `
`,
            this.pos,
          )
        if (o !== -1) {
          for (; o !== -1;) {
            let s = this.continueScalar(o + 1)
            if (s === -1) break
            o = r.indexOf(
              `
`,
              s,
            )
          }
          o !== -1 && (n = o - (r[o - 1] === '\r' ? 2 : 1))
        }
        if (n === -1) {
          if (!this.atEnd) return this.setNext('quoted-scalar')
          n = this.buffer.length
        }
        return (yield* this.pushToIndex(n + 1, !1), this.flowLevel ? 'flow' : 'doc')
      }
      *parseBlockScalarHeader() {
        ;((this.blockScalarIndent = -1), (this.blockScalarKeep = !1))
        let e = this.pos
        for (;;) {
          let n = this.buffer[++e]
          if (n === '+') this.blockScalarKeep = !0
          else if (n > '0' && n <= '9') this.blockScalarIndent = Number(n) - 1
          else if (n !== '-') break
        }
        return yield* this.pushUntil((n) => Be(n) || n === '#')
      }
      *parseBlockScalar() {
        let e = this.pos - 1,
          n = 0,
          r
        e: for (let s = this.pos; (r = this.buffer[s]); ++s)
          switch (r) {
            case ' ':
              n += 1
              break
            case `
`:
              ;((e = s), (n = 0))
              break
            case '\r': {
              let i = this.buffer[s + 1]
              if (!i && !this.atEnd) return this.setNext('block-scalar')
              if (
                i ===
                `
`
              )
                break
            }
            default:
              break e
          }
        if (!r && !this.atEnd) return this.setNext('block-scalar')
        if (n >= this.indentNext) {
          this.blockScalarIndent === -1
            ? (this.indentNext = n)
            : (this.indentNext =
                this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext))
          do {
            let s = this.continueScalar(e + 1)
            if (s === -1) break
            e = this.buffer.indexOf(
              `
`,
              s,
            )
          } while (e !== -1)
          if (e === -1) {
            if (!this.atEnd) return this.setNext('block-scalar')
            e = this.buffer.length
          }
        }
        let o = e + 1
        for (r = this.buffer[o]; r === ' ';) r = this.buffer[++o]
        if (r === '	') {
          for (
            ;
            r === '	' ||
            r === ' ' ||
            r === '\r' ||
            r ===
              `
`;
          )
            r = this.buffer[++o]
          e = o - 1
        } else if (!this.blockScalarKeep)
          do {
            let s = e - 1,
              i = this.buffer[s]
            i === '\r' && (i = this.buffer[--s])
            let a = s
            for (; i === ' ';) i = this.buffer[--s]
            if (
              i ===
                `
` &&
              s >= this.pos &&
              s + 1 + n > a
            )
              e = s
            else break
          } while (!0)
        return (yield Mr.SCALAR, yield* this.pushToIndex(e + 1, !0), yield* this.parseLineStart())
      }
      *parsePlainScalar() {
        let e = this.flowLevel > 0,
          n = this.pos - 1,
          r = this.pos - 1,
          o
        for (; (o = this.buffer[++r]);)
          if (o === ':') {
            let s = this.buffer[r + 1]
            if (Be(s) || (e && Jo.has(s))) break
            n = r
          } else if (Be(o)) {
            let s = this.buffer[r + 1]
            if (
              (o === '\r' &&
                (s ===
                `
`
                  ? ((r += 1),
                    (o = `
`),
                    (s = this.buffer[r + 1]))
                  : (n = r)),
              s === '#' || (e && Jo.has(s)))
            )
              break
            if (
              o ===
              `
`
            ) {
              let i = this.continueScalar(r + 1)
              if (i === -1) break
              r = Math.max(r, i - 2)
            }
          } else {
            if (e && Jo.has(o)) break
            n = r
          }
        return !o && !this.atEnd
          ? this.setNext('plain-scalar')
          : (yield Mr.SCALAR, yield* this.pushToIndex(n + 1, !0), e ? 'flow' : 'doc')
      }
      *pushCount(e) {
        return e > 0 ? (yield this.buffer.substr(this.pos, e), (this.pos += e), e) : 0
      }
      *pushToIndex(e, n) {
        let r = this.buffer.slice(this.pos, e)
        return r ? (yield r, (this.pos += r.length), r.length) : (n && (yield ''), 0)
      }
      *pushIndicators() {
        let e = 0
        e: for (;;) {
          switch (this.charAt(0)) {
            case '!':
              ;((e += yield* this.pushTag()), (e += yield* this.pushSpaces(!0)))
              continue e
            case '&':
              ;((e += yield* this.pushUntil(da)), (e += yield* this.pushSpaces(!0)))
              continue e
            case '-':
            case '?':
            case ':': {
              let n = this.flowLevel > 0,
                r = this.charAt(1)
              if (Be(r) || (n && Jo.has(r))) {
                ;(n
                  ? this.flowKey && (this.flowKey = !1)
                  : (this.indentNext = this.indentValue + 1),
                  (e += yield* this.pushCount(1)),
                  (e += yield* this.pushSpaces(!0)))
                continue e
              }
            }
          }
          break e
        }
        return e
      }
      *pushTag() {
        if (this.charAt(1) === '<') {
          let e = this.pos + 2,
            n = this.buffer[e]
          for (; !Be(n) && n !== '>';) n = this.buffer[++e]
          return yield* this.pushToIndex(n === '>' ? e + 1 : e, !1)
        } else {
          let e = this.pos + 1,
            n = this.buffer[e]
          for (; n;)
            if (Xk.has(n)) n = this.buffer[++e]
            else if (n === '%' && od.has(this.buffer[e + 1]) && od.has(this.buffer[e + 2]))
              n = this.buffer[(e += 3)]
            else break
          return yield* this.pushToIndex(e, !1)
        }
      }
      *pushNewline() {
        let e = this.buffer[this.pos]
        return e ===
          `
`
          ? yield* this.pushCount(1)
          : e === '\r' &&
              this.charAt(1) ===
                `
`
            ? yield* this.pushCount(2)
            : 0
      }
      *pushSpaces(e) {
        let n = this.pos - 1,
          r
        do r = this.buffer[++n]
        while (r === ' ' || (e && r === '	'))
        let o = n - this.pos
        return (o > 0 && (yield this.buffer.substr(this.pos, o), (this.pos = n)), o)
      }
      *pushUntil(e) {
        let n = this.pos,
          r = this.buffer[n]
        for (; !e(r);) r = this.buffer[++n]
        return yield* this.pushToIndex(n, !1)
      }
    }
  sd.Lexer = fa
})
var ha = x((id) => {
  'use strict'
  var ma = class {
    constructor() {
      ;((this.lineStarts = []),
        (this.addNewLine = (e) => this.lineStarts.push(e)),
        (this.linePos = (e) => {
          let n = 0,
            r = this.lineStarts.length
          for (; n < r;) {
            let s = (n + r) >> 1
            this.lineStarts[s] < e ? (n = s + 1) : (r = s)
          }
          if (this.lineStarts[n] === e) return { line: n + 1, col: 1 }
          if (n === 0) return { line: 0, col: e }
          let o = this.lineStarts[n - 1]
          return { line: n, col: e - o + 1 }
        }))
    }
  }
  id.LineCounter = ma
})
var ya = x((dd) => {
  'use strict'
  var eS = to('process'),
    ad = Qo(),
    tS = pa()
  function Pt(t, e) {
    for (let n = 0; n < t.length; ++n) if (t[n].type === e) return !0
    return !1
  }
  function ld(t) {
    for (let e = 0; e < t.length; ++e)
      switch (t[e].type) {
        case 'space':
        case 'comment':
        case 'newline':
          break
        default:
          return e
      }
    return -1
  }
  function ud(t) {
    switch (t?.type) {
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'flow-collection':
        return !0
      default:
        return !1
    }
  }
  function Xo(t) {
    switch (t.type) {
      case 'document':
        return t.start
      case 'block-map': {
        let e = t.items[t.items.length - 1]
        return e.sep ?? e.start
      }
      case 'block-seq':
        return t.items[t.items.length - 1].start
      default:
        return []
    }
  }
  function wn(t) {
    if (t.length === 0) return []
    let e = t.length
    e: for (; --e >= 0;)
      switch (t[e].type) {
        case 'doc-start':
        case 'explicit-key-ind':
        case 'map-value-ind':
        case 'seq-item-ind':
        case 'newline':
          break e
      }
    for (; t[++e]?.type === 'space';);
    return t.splice(e, t.length)
  }
  function Zo(t, e) {
    if (e.length < 1e5) Array.prototype.push.apply(t, e)
    else for (let n = 0; n < e.length; ++n) t.push(e[n])
  }
  function cd(t) {
    if (t.start.type === 'flow-seq-start')
      for (let e of t.items)
        e.sep &&
          !e.value &&
          !Pt(e.start, 'explicit-key-ind') &&
          !Pt(e.sep, 'map-value-ind') &&
          (e.key && (e.value = e.key),
          delete e.key,
          ud(e.value)
            ? e.value.end
              ? Zo(e.value.end, e.sep)
              : (e.value.end = e.sep)
            : Zo(e.start, e.sep),
          delete e.sep)
  }
  var ga = class {
    constructor(e) {
      ;((this.atNewLine = !0),
        (this.atScalar = !1),
        (this.indent = 0),
        (this.offset = 0),
        (this.onKeyLine = !1),
        (this.stack = []),
        (this.source = ''),
        (this.type = ''),
        (this.lexer = new tS.Lexer()),
        (this.onNewLine = e))
    }
    *parse(e, n = !1) {
      this.onNewLine && this.offset === 0 && this.onNewLine(0)
      for (let r of this.lexer.lex(e, n)) yield* this.next(r)
      n || (yield* this.end())
    }
    *next(e) {
      if (
        ((this.source = e), eS.env.LOG_TOKENS && console.log('|', ad.prettyToken(e)), this.atScalar)
      ) {
        ;((this.atScalar = !1), yield* this.step(), (this.offset += e.length))
        return
      }
      let n = ad.tokenType(e)
      if (n)
        if (n === 'scalar') ((this.atNewLine = !1), (this.atScalar = !0), (this.type = 'scalar'))
        else {
          switch (((this.type = n), yield* this.step(), n)) {
            case 'newline':
              ;((this.atNewLine = !0),
                (this.indent = 0),
                this.onNewLine && this.onNewLine(this.offset + e.length))
              break
            case 'space':
              this.atNewLine && e[0] === ' ' && (this.indent += e.length)
              break
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
              this.atNewLine && (this.indent += e.length)
              break
            case 'doc-mode':
            case 'flow-error-end':
              return
            default:
              this.atNewLine = !1
          }
          this.offset += e.length
        }
      else {
        let r = `Not a YAML token: ${e}`
        ;(yield* this.pop({ type: 'error', offset: this.offset, message: r, source: e }),
          (this.offset += e.length))
      }
    }
    *end() {
      for (; this.stack.length > 0;) yield* this.pop()
    }
    get sourceToken() {
      return { type: this.type, offset: this.offset, indent: this.indent, source: this.source }
    }
    *step() {
      let e = this.peek(1)
      if (this.type === 'doc-end' && e?.type !== 'doc-end') {
        for (; this.stack.length > 0;) yield* this.pop()
        this.stack.push({ type: 'doc-end', offset: this.offset, source: this.source })
        return
      }
      if (!e) return yield* this.stream()
      switch (e.type) {
        case 'document':
          return yield* this.document(e)
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
          return yield* this.scalar(e)
        case 'block-scalar':
          return yield* this.blockScalar(e)
        case 'block-map':
          return yield* this.blockMap(e)
        case 'block-seq':
          return yield* this.blockSequence(e)
        case 'flow-collection':
          return yield* this.flowCollection(e)
        case 'doc-end':
          return yield* this.documentEnd(e)
      }
      yield* this.pop()
    }
    peek(e) {
      return this.stack[this.stack.length - e]
    }
    *pop(e) {
      let n = e ?? this.stack.pop()
      if (!n)
        yield {
          type: 'error',
          offset: this.offset,
          source: '',
          message: 'Tried to pop an empty stack',
        }
      else if (this.stack.length === 0) yield n
      else {
        let r = this.peek(1)
        switch (
          (n.type === 'block-scalar'
            ? (n.indent = 'indent' in r ? r.indent : 0)
            : n.type === 'flow-collection' && r.type === 'document' && (n.indent = 0),
          n.type === 'flow-collection' && cd(n),
          r.type)
        ) {
          case 'document':
            r.value = n
            break
          case 'block-scalar':
            r.props.push(n)
            break
          case 'block-map': {
            let o = r.items[r.items.length - 1]
            if (o.value) {
              ;(r.items.push({ start: [], key: n, sep: [] }), (this.onKeyLine = !0))
              return
            } else if (o.sep) o.value = n
            else {
              ;(Object.assign(o, { key: n, sep: [] }), (this.onKeyLine = !o.explicitKey))
              return
            }
            break
          }
          case 'block-seq': {
            let o = r.items[r.items.length - 1]
            o.value ? r.items.push({ start: [], value: n }) : (o.value = n)
            break
          }
          case 'flow-collection': {
            let o = r.items[r.items.length - 1]
            !o || o.value
              ? r.items.push({ start: [], key: n, sep: [] })
              : o.sep
                ? (o.value = n)
                : Object.assign(o, { key: n, sep: [] })
            return
          }
          default:
            ;(yield* this.pop(), yield* this.pop(n))
        }
        if (
          (r.type === 'document' || r.type === 'block-map' || r.type === 'block-seq') &&
          (n.type === 'block-map' || n.type === 'block-seq')
        ) {
          let o = n.items[n.items.length - 1]
          o &&
            !o.sep &&
            !o.value &&
            o.start.length > 0 &&
            ld(o.start) === -1 &&
            (n.indent === 0 || o.start.every((s) => s.type !== 'comment' || s.indent < n.indent)) &&
            (r.type === 'document' ? (r.end = o.start) : r.items.push({ start: o.start }),
            n.items.splice(-1, 1))
        }
      }
    }
    *stream() {
      switch (this.type) {
        case 'directive-line':
          yield { type: 'directive', offset: this.offset, source: this.source }
          return
        case 'byte-order-mark':
        case 'space':
        case 'comment':
        case 'newline':
          yield this.sourceToken
          return
        case 'doc-mode':
        case 'doc-start': {
          let e = { type: 'document', offset: this.offset, start: [] }
          ;(this.type === 'doc-start' && e.start.push(this.sourceToken), this.stack.push(e))
          return
        }
      }
      yield {
        type: 'error',
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML stream`,
        source: this.source,
      }
    }
    *document(e) {
      if (e.value) return yield* this.lineEnd(e)
      switch (this.type) {
        case 'doc-start': {
          ld(e.start) !== -1
            ? (yield* this.pop(), yield* this.step())
            : e.start.push(this.sourceToken)
          return
        }
        case 'anchor':
        case 'tag':
        case 'space':
        case 'comment':
        case 'newline':
          e.start.push(this.sourceToken)
          return
      }
      let n = this.startBlockValue(e)
      n
        ? this.stack.push(n)
        : yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source,
          }
    }
    *scalar(e) {
      if (this.type === 'map-value-ind') {
        let n = Xo(this.peek(2)),
          r = wn(n),
          o
        e.end ? ((o = e.end), o.push(this.sourceToken), delete e.end) : (o = [this.sourceToken])
        let s = {
          type: 'block-map',
          offset: e.offset,
          indent: e.indent,
          items: [{ start: r, key: e, sep: o }],
        }
        ;((this.onKeyLine = !0), (this.stack[this.stack.length - 1] = s))
      } else yield* this.lineEnd(e)
    }
    *blockScalar(e) {
      switch (this.type) {
        case 'space':
        case 'comment':
        case 'newline':
          e.props.push(this.sourceToken)
          return
        case 'scalar':
          if (
            ((e.source = this.source), (this.atNewLine = !0), (this.indent = 0), this.onNewLine)
          ) {
            let n =
              this.source.indexOf(`
`) + 1
            for (; n !== 0;)
              (this.onNewLine(this.offset + n),
                (n =
                  this.source.indexOf(
                    `
`,
                    n,
                  ) + 1))
          }
          yield* this.pop()
          break
        default:
          ;(yield* this.pop(), yield* this.step())
      }
    }
    *blockMap(e) {
      let n = e.items[e.items.length - 1]
      switch (this.type) {
        case 'newline':
          if (((this.onKeyLine = !1), n.value)) {
            let r = 'end' in n.value ? n.value.end : void 0
            ;(Array.isArray(r) ? r[r.length - 1] : void 0)?.type === 'comment'
              ? r?.push(this.sourceToken)
              : e.items.push({ start: [this.sourceToken] })
          } else n.sep ? n.sep.push(this.sourceToken) : n.start.push(this.sourceToken)
          return
        case 'space':
        case 'comment':
          if (n.value) e.items.push({ start: [this.sourceToken] })
          else if (n.sep) n.sep.push(this.sourceToken)
          else {
            if (this.atIndentedComment(n.start, e.indent)) {
              let o = e.items[e.items.length - 2]?.value?.end
              if (Array.isArray(o)) {
                ;(Zo(o, n.start), o.push(this.sourceToken), e.items.pop())
                return
              }
            }
            n.start.push(this.sourceToken)
          }
          return
      }
      if (this.indent >= e.indent) {
        let r = !this.onKeyLine && this.indent === e.indent,
          o = r && (n.sep || n.explicitKey) && this.type !== 'seq-item-ind',
          s = []
        if (o && n.sep && !n.value) {
          let i = []
          for (let a = 0; a < n.sep.length; ++a) {
            let l = n.sep[a]
            switch (l.type) {
              case 'newline':
                i.push(a)
                break
              case 'space':
                break
              case 'comment':
                l.indent > e.indent && (i.length = 0)
                break
              default:
                i.length = 0
            }
          }
          i.length >= 2 && (s = n.sep.splice(i[1]))
        }
        switch (this.type) {
          case 'anchor':
          case 'tag':
            o || n.value
              ? (s.push(this.sourceToken), e.items.push({ start: s }), (this.onKeyLine = !0))
              : n.sep
                ? n.sep.push(this.sourceToken)
                : n.start.push(this.sourceToken)
            return
          case 'explicit-key-ind':
            ;(!n.sep && !n.explicitKey
              ? (n.start.push(this.sourceToken), (n.explicitKey = !0))
              : o || n.value
                ? (s.push(this.sourceToken), e.items.push({ start: s, explicitKey: !0 }))
                : this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken], explicitKey: !0 }],
                  }),
              (this.onKeyLine = !0))
            return
          case 'map-value-ind':
            if (n.explicitKey)
              if (n.sep)
                if (n.value) e.items.push({ start: [], key: null, sep: [this.sourceToken] })
                else if (Pt(n.sep, 'map-value-ind'))
                  this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: s, key: null, sep: [this.sourceToken] }],
                  })
                else if (ud(n.key) && !Pt(n.sep, 'newline')) {
                  let i = wn(n.start),
                    a = n.key,
                    l = n.sep
                  ;(l.push(this.sourceToken),
                    delete n.key,
                    delete n.sep,
                    this.stack.push({
                      type: 'block-map',
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: i, key: a, sep: l }],
                    }))
                } else
                  s.length > 0
                    ? (n.sep = n.sep.concat(s, this.sourceToken))
                    : n.sep.push(this.sourceToken)
              else if (Pt(n.start, 'newline'))
                Object.assign(n, { key: null, sep: [this.sourceToken] })
              else {
                let i = wn(n.start)
                this.stack.push({
                  type: 'block-map',
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: i, key: null, sep: [this.sourceToken] }],
                })
              }
            else
              n.sep
                ? n.value || o
                  ? e.items.push({ start: s, key: null, sep: [this.sourceToken] })
                  : Pt(n.sep, 'map-value-ind')
                    ? this.stack.push({
                        type: 'block-map',
                        offset: this.offset,
                        indent: this.indent,
                        items: [{ start: [], key: null, sep: [this.sourceToken] }],
                      })
                    : n.sep.push(this.sourceToken)
                : Object.assign(n, { key: null, sep: [this.sourceToken] })
            this.onKeyLine = !0
            return
          case 'alias':
          case 'scalar':
          case 'single-quoted-scalar':
          case 'double-quoted-scalar': {
            let i = this.flowScalar(this.type)
            o || n.value
              ? (e.items.push({ start: s, key: i, sep: [] }), (this.onKeyLine = !0))
              : n.sep
                ? this.stack.push(i)
                : (Object.assign(n, { key: i, sep: [] }), (this.onKeyLine = !0))
            return
          }
          default: {
            let i = this.startBlockValue(e)
            if (i) {
              if (i.type === 'block-seq') {
                if (!n.explicitKey && n.sep && !Pt(n.sep, 'newline')) {
                  yield* this.pop({
                    type: 'error',
                    offset: this.offset,
                    message: 'Unexpected block-seq-ind on same line with key',
                    source: this.source,
                  })
                  return
                }
              } else r && e.items.push({ start: s })
              this.stack.push(i)
              return
            }
          }
        }
      }
      ;(yield* this.pop(), yield* this.step())
    }
    *blockSequence(e) {
      let n = e.items[e.items.length - 1]
      switch (this.type) {
        case 'newline':
          if (n.value) {
            let r = 'end' in n.value ? n.value.end : void 0
            ;(Array.isArray(r) ? r[r.length - 1] : void 0)?.type === 'comment'
              ? r?.push(this.sourceToken)
              : e.items.push({ start: [this.sourceToken] })
          } else n.start.push(this.sourceToken)
          return
        case 'space':
        case 'comment':
          if (n.value) e.items.push({ start: [this.sourceToken] })
          else {
            if (this.atIndentedComment(n.start, e.indent)) {
              let o = e.items[e.items.length - 2]?.value?.end
              if (Array.isArray(o)) {
                ;(Zo(o, n.start), o.push(this.sourceToken), e.items.pop())
                return
              }
            }
            n.start.push(this.sourceToken)
          }
          return
        case 'anchor':
        case 'tag':
          if (n.value || this.indent <= e.indent) break
          n.start.push(this.sourceToken)
          return
        case 'seq-item-ind':
          if (this.indent !== e.indent) break
          n.value || Pt(n.start, 'seq-item-ind')
            ? e.items.push({ start: [this.sourceToken] })
            : n.start.push(this.sourceToken)
          return
      }
      if (this.indent > e.indent) {
        let r = this.startBlockValue(e)
        if (r) {
          this.stack.push(r)
          return
        }
      }
      ;(yield* this.pop(), yield* this.step())
    }
    *flowCollection(e) {
      let n = e.items[e.items.length - 1]
      if (this.type === 'flow-error-end') {
        let r
        do (yield* this.pop(), (r = this.peek(1)))
        while (r?.type === 'flow-collection')
      } else if (e.end.length === 0) {
        switch (this.type) {
          case 'comma':
          case 'explicit-key-ind':
            !n || n.sep
              ? e.items.push({ start: [this.sourceToken] })
              : n.start.push(this.sourceToken)
            return
          case 'map-value-ind':
            !n || n.value
              ? e.items.push({ start: [], key: null, sep: [this.sourceToken] })
              : n.sep
                ? n.sep.push(this.sourceToken)
                : Object.assign(n, { key: null, sep: [this.sourceToken] })
            return
          case 'space':
          case 'comment':
          case 'newline':
          case 'anchor':
          case 'tag':
            !n || n.value
              ? e.items.push({ start: [this.sourceToken] })
              : n.sep
                ? n.sep.push(this.sourceToken)
                : n.start.push(this.sourceToken)
            return
          case 'alias':
          case 'scalar':
          case 'single-quoted-scalar':
          case 'double-quoted-scalar': {
            let o = this.flowScalar(this.type)
            !n || n.value
              ? e.items.push({ start: [], key: o, sep: [] })
              : n.sep
                ? this.stack.push(o)
                : Object.assign(n, { key: o, sep: [] })
            return
          }
          case 'flow-map-end':
          case 'flow-seq-end':
            e.end.push(this.sourceToken)
            return
        }
        let r = this.startBlockValue(e)
        r ? this.stack.push(r) : (yield* this.pop(), yield* this.step())
      } else {
        let r = this.peek(2)
        if (
          r.type === 'block-map' &&
          ((this.type === 'map-value-ind' && r.indent === e.indent) ||
            (this.type === 'newline' && !r.items[r.items.length - 1].sep))
        )
          (yield* this.pop(), yield* this.step())
        else if (this.type === 'map-value-ind' && r.type !== 'flow-collection') {
          let o = Xo(r),
            s = wn(o)
          cd(e)
          let i = e.end.splice(1, e.end.length)
          i.push(this.sourceToken)
          let a = {
            type: 'block-map',
            offset: e.offset,
            indent: e.indent,
            items: [{ start: s, key: e, sep: i }],
          }
          ;((this.onKeyLine = !0), (this.stack[this.stack.length - 1] = a))
        } else yield* this.lineEnd(e)
      }
    }
    flowScalar(e) {
      if (this.onNewLine) {
        let n =
          this.source.indexOf(`
`) + 1
        for (; n !== 0;)
          (this.onNewLine(this.offset + n),
            (n =
              this.source.indexOf(
                `
`,
                n,
              ) + 1))
      }
      return { type: e, offset: this.offset, indent: this.indent, source: this.source }
    }
    startBlockValue(e) {
      switch (this.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
          return this.flowScalar(this.type)
        case 'block-scalar-header':
          return {
            type: 'block-scalar',
            offset: this.offset,
            indent: this.indent,
            props: [this.sourceToken],
            source: '',
          }
        case 'flow-map-start':
        case 'flow-seq-start':
          return {
            type: 'flow-collection',
            offset: this.offset,
            indent: this.indent,
            start: this.sourceToken,
            items: [],
            end: [],
          }
        case 'seq-item-ind':
          return {
            type: 'block-seq',
            offset: this.offset,
            indent: this.indent,
            items: [{ start: [this.sourceToken] }],
          }
        case 'explicit-key-ind': {
          this.onKeyLine = !0
          let n = Xo(e),
            r = wn(n)
          return (
            r.push(this.sourceToken),
            {
              type: 'block-map',
              offset: this.offset,
              indent: this.indent,
              items: [{ start: r, explicitKey: !0 }],
            }
          )
        }
        case 'map-value-ind': {
          this.onKeyLine = !0
          let n = Xo(e),
            r = wn(n)
          return {
            type: 'block-map',
            offset: this.offset,
            indent: this.indent,
            items: [{ start: r, key: null, sep: [this.sourceToken] }],
          }
        }
      }
      return null
    }
    atIndentedComment(e, n) {
      return this.type !== 'comment' || this.indent <= n
        ? !1
        : e.every((r) => r.type === 'newline' || r.type === 'space')
    }
    *documentEnd(e) {
      this.type !== 'doc-mode' &&
        (e.end ? e.end.push(this.sourceToken) : (e.end = [this.sourceToken]),
        this.type === 'newline' && (yield* this.pop()))
    }
    *lineEnd(e) {
      switch (this.type) {
        case 'comma':
        case 'doc-start':
        case 'doc-end':
        case 'flow-seq-end':
        case 'flow-map-end':
        case 'map-value-ind':
          ;(yield* this.pop(), yield* this.step())
          break
        case 'newline':
          this.onKeyLine = !1
        default:
          ;(e.end ? e.end.push(this.sourceToken) : (e.end = [this.sourceToken]),
            this.type === 'newline' && (yield* this.pop()))
      }
    }
  }
  dd.Parser = ga
})
var gd = x((Cr) => {
  'use strict'
  var fd = ra(),
    nS = yr(),
    Ar = Sr(),
    rS = ti(),
    oS = F(),
    sS = ha(),
    pd = ya()
  function md(t) {
    let e = t.prettyErrors !== !1
    return { lineCounter: t.lineCounter || (e && new sS.LineCounter()) || null, prettyErrors: e }
  }
  function iS(t, e = {}) {
    let { lineCounter: n, prettyErrors: r } = md(e),
      o = new pd.Parser(n?.addNewLine),
      s = new fd.Composer(e),
      i = Array.from(s.compose(o.parse(t)))
    if (r && n)
      for (let a of i)
        (a.errors.forEach(Ar.prettifyError(t, n)), a.warnings.forEach(Ar.prettifyError(t, n)))
    return i.length > 0 ? i : Object.assign([], { empty: !0 }, s.streamInfo())
  }
  function hd(t, e = {}) {
    let { lineCounter: n, prettyErrors: r } = md(e),
      o = new pd.Parser(n?.addNewLine),
      s = new fd.Composer(e),
      i = null
    for (let a of s.compose(o.parse(t), !0, t.length))
      if (!i) i = a
      else if (i.options.logLevel !== 'silent') {
        i.errors.push(
          new Ar.YAMLParseError(
            a.range.slice(0, 2),
            'MULTIPLE_DOCS',
            'Source contains multiple documents; please use YAML.parseAllDocuments()',
          ),
        )
        break
      }
    return (
      r &&
        n &&
        (i.errors.forEach(Ar.prettifyError(t, n)), i.warnings.forEach(Ar.prettifyError(t, n))),
      i
    )
  }
  function aS(t, e, n) {
    let r
    typeof e == 'function' ? (r = e) : n === void 0 && e && typeof e == 'object' && (n = e)
    let o = hd(t, n)
    if (!o) return null
    if ((o.warnings.forEach((s) => rS.warn(o.options.logLevel, s)), o.errors.length > 0)) {
      if (o.options.logLevel !== 'silent') throw o.errors[0]
      o.errors = []
    }
    return o.toJS(Object.assign({ reviver: r }, n))
  }
  function lS(t, e, n) {
    let r = null
    if (
      (typeof e == 'function' || Array.isArray(e) ? (r = e) : n === void 0 && e && (n = e),
      typeof n == 'string' && (n = n.length),
      typeof n == 'number')
    ) {
      let o = Math.round(n)
      n = o < 1 ? void 0 : o > 8 ? { indent: 8 } : { indent: o }
    }
    if (t === void 0) {
      let { keepUndefined: o } = n ?? e ?? {}
      if (!o) return
    }
    return oS.isDocument(t) && !r ? t.toString(n) : new nS.Document(t, r, n).toString(n)
  }
  Cr.parse = aS
  Cr.parseAllDocuments = iS
  Cr.parseDocument = hd
  Cr.stringify = lS
})
var dt = x((z) => {
  'use strict'
  var cS = ra(),
    uS = yr(),
    dS = _i(),
    va = Sr(),
    fS = tr(),
    Lt = F(),
    pS = Ct(),
    mS = re(),
    hS = Rt(),
    gS = Et(),
    yS = Qo(),
    vS = pa(),
    kS = ha(),
    SS = ya(),
    es = gd(),
    yd = Jn()
  z.Composer = cS.Composer
  z.Document = uS.Document
  z.Schema = dS.Schema
  z.YAMLError = va.YAMLError
  z.YAMLParseError = va.YAMLParseError
  z.YAMLWarning = va.YAMLWarning
  z.Alias = fS.Alias
  z.isAlias = Lt.isAlias
  z.isCollection = Lt.isCollection
  z.isDocument = Lt.isDocument
  z.isMap = Lt.isMap
  z.isNode = Lt.isNode
  z.isPair = Lt.isPair
  z.isScalar = Lt.isScalar
  z.isSeq = Lt.isSeq
  z.Pair = pS.Pair
  z.Scalar = mS.Scalar
  z.YAMLMap = hS.YAMLMap
  z.YAMLSeq = gS.YAMLSeq
  z.CST = yS
  z.Lexer = vS.Lexer
  z.LineCounter = kS.LineCounter
  z.Parser = SS.Parser
  z.parse = es.parse
  z.parseAllDocuments = es.parseAllDocuments
  z.parseDocument = es.parseDocument
  z.stringify = es.stringify
  z.visit = yd.visit
  z.visitAsync = yd.visitAsync
})
import { readFile as V0 } from 'node:fs/promises'
function El(t, e) {
  let n = [],
    r = new Map(),
    o = []
  for (let s = 0; s < t.length; s++) {
    let i = t[s] ?? ''
    if (i === '--') {
      n.push(...t.slice(s + 1))
      break
    }
    if (!i.startsWith('-') || i === '-') {
      n.push(i)
      continue
    }
    let a = i.indexOf('='),
      l = (a >= 0 ? i.slice(0, a) : i).replace(/^--?/, '')
    if (a >= 0) r.set(l, i.slice(a + 1))
    else if (e.includes(l)) {
      let c = t[s + 1]
      c === void 0 ? o.push(l) : (r.set(l, c), s++)
    } else r.set(l, !0)
  }
  return { positionals: n, options: r, missing: o }
}
var Th = bt(dt(), 1)
var ka = ['standalone', 'cluster'],
  Tr = ['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker', 'custom'],
  Sa = ['MinIO', 'S3', 'Azure'],
  ba = ['Delete', 'Retain'],
  wa = ['rollingUpgrade', 'rollingDowngrade', 'all', 'force'],
  xa = ['ClusterIP', 'NodePort', 'LoadBalancer'],
  Rr = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'],
  Er = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'],
  Te = [
    'standalone',
    'proxy',
    'mixCoord',
    'rootCoord',
    'dataCoord',
    'queryCoord',
    'indexCoord',
    'dataNode',
    'queryNode',
    'indexNode',
    'streamingNode',
    'cdc',
  ]
var Nt = 'milvusdb/milvus:v2.6.11',
  et = '1.3.8',
  ts = '[0-9A-Za-z-]+',
  bS = new RegExp(
    `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${ts}(?:\\.${ts})*))?(?:\\+(${ts}(?:\\.${ts})*))?$`,
  )
function xn(t) {
  if (typeof t != 'string') return
  let e = t.trim()
  if (e.startsWith('master-')) return { major: 2, minor: 6, patch: 0, raw: e, source: 'master' }
  let n = e.startsWith('v') ? e.slice(1) : e,
    r = wS(n, '.', 3).map(xS),
    o = r[r.length - 1] ?? ''
  if (r.length < 3 && /[+-]/.test(o)) return
  for (; r.length < 3;) r.push('0')
  let s = bS.exec(r.join('.'))
  if (!s) return
  let [i, a, l] = [Number(s[1]), Number(s[2]), Number(s[3])]
  if ([i, a, l].every(Number.isSafeInteger))
    return { major: i, minor: a, patch: l, raw: e, source: 'version' }
}
function wS(t, e, n) {
  let r = [],
    o = t
  for (; r.length < n - 1;) {
    let s = o.indexOf(e)
    if (s < 0) break
    ;(r.push(o.slice(0, s)), (o = o.slice(s + 1)))
  }
  return (r.push(o), r)
}
function xS(t) {
  if (t.length <= 1) return t
  let e = t.replace(/^0+/, '')
  return e === '' || !/^\d/.test(e) ? `0${e}` : e
}
function Mn(t) {
  let e = t.split('@')[0] ?? '',
    n = e.lastIndexOf(':')
  if (!(n < 0 || n < e.lastIndexOf('/'))) return e.slice(n + 1)
}
function $t(t) {
  let e = t.spec?.components?.image
  return typeof e == 'string' && e.trim() !== '' ? e : Nt
}
function Ue(t) {
  let e = t.spec?.components?.version
  if (typeof e == 'string' && e !== '') {
    let s = xn(e)
    return s && s.source !== 'master' ? { ...s, source: 'version' } : s
  }
  let n = $t(t),
    r = Mn(n)
  if (r === void 0) return
  let o = xn(r)
  return !o || o.source === 'master'
    ? o
    : { ...o, source: n === Nt && !MS(t) ? 'default' : 'image' }
}
function MS(t) {
  let e = t.spec?.components?.image
  return typeof e == 'string' && e.trim() !== ''
}
function $e(t, e, n) {
  let r = Ue(t)
  return r ? (r.major !== e ? r.major > e : r.minor >= n) : !1
}
function Ma(t, e) {
  return t.major - e.major || t.minor - e.minor || t.patch - e.patch
}
function D(t) {
  let e = t.spec?.mode
  return ka.includes(e) ? e : 'standalone'
}
function Pr(t) {
  let e = t.spec?.dependencies?.msgStreamType
  return e == null || e === ''
}
function M(t) {
  let e = t.spec?.dependencies?.msgStreamType
  return Tr.includes(e) ? e : kd(t)
}
function kd(t) {
  return D(t) === 'cluster' ? 'pulsar' : $e(t, 2, 6) ? 'woodpecker' : 'rocksmq'
}
var vd = ['rootCoord', 'dataCoord', 'queryCoord', 'indexCoord']
function ns(t, e) {
  let n = t.spec?.components?.[e]
  return n != null
}
function en(t) {
  let e = new Set()
  if ((ns(t, 'cdc') && e.add('cdc'), D(t) === 'standalone'))
    return (e.add('standalone'), Te.filter((s) => e.has(s)))
  let n = $e(t, 2, 6)
  for (let s of ['proxy', 'dataNode', 'queryNode']) e.add(s)
  let r = vd.some((s) => ns(t, s))
  if (n || !r) e.add('mixCoord')
  else {
    for (let s of vd) e.add(s)
    ns(t, 'mixCoord') && e.add('mixCoord')
  }
  n || e.add('indexNode')
  let o = t.spec?.components?.streamingMode === !0
  return ((n || o || ns(t, 'streamingNode')) && e.add('streamingNode'), Te.filter((s) => e.has(s)))
}
var AS = /^[A-Za-z_$][A-Za-z0-9_$-]*$/
function ee(t) {
  let e = ''
  for (let n of t)
    typeof n == 'number'
      ? (e += `[${n}]`)
      : AS.test(n)
        ? (e += e === '' ? n : `.${n}`)
        : (e += `[${JSON.stringify(n)}]`)
  return e
}
function Ot(t, e) {
  let n = t
  for (let r of e) {
    if (n === null || typeof n != 'object') return
    if (Array.isArray(n)) {
      let o = typeof r == 'number' ? r : /^\d+$/.test(r) ? Number(r) : -1
      if (o < 0) return
      n = n[o]
    } else {
      let o = String(r)
      if (!Object.prototype.hasOwnProperty.call(n, o)) return
      n = n[o]
    }
  }
  return n
}
var rs = ['__proto__', 'constructor', 'prototype']
function Sd(t, e = []) {
  return Aa(t, [], { nodes: 0, ancestors: new Set(), issues: e })
}
function Aa(t, e, n) {
  if (((n.nodes += 1), n.nodes > 5e5)) return An(n, e, 'too-large')
  switch (typeof t) {
    case 'string':
    case 'boolean':
      return t
    case 'number':
      return t
    case 'bigint':
      return Number.isSafeInteger(Number(t)) ? Number(t) : String(t)
    case 'undefined':
      return
    case 'object':
      return t === null ? null : CS(t, e, n)
    default:
      return An(n, e, 'unsupported')
  }
}
function An(t, e, n) {
  ;(n !== 'too-large' || !t.issues.some((r) => r.problem === 'too-large')) &&
    t.issues.push({ path: e, problem: n })
}
function CS(t, e, n) {
  if (n.ancestors.has(t)) return An(n, e, 'cycle')
  if (e.length >= 200) return An(n, e, 'too-deep')
  try {
    if (t instanceof Date) return Number.isNaN(t.getTime()) ? String(t) : t.toISOString()
    if (t instanceof String || t instanceof Number || t instanceof Boolean) return t.valueOf()
    n.ancestors.add(t)
    try {
      return Array.isArray(t) ? TS(t, e, n) : RS(t, e, n)
    } finally {
      n.ancestors.delete(t)
    }
  } catch {
    return An(n, e, 'unsupported')
  }
}
function TS(t, e, n) {
  let r = [],
    o = Math.min(t.length, 5e5)
  for (let s = 0; s < o; s += 1) {
    let i = Aa(t[s], [...e, s], n)
    if ((r.push(i === void 0 ? null : i), n.nodes > 5e5)) break
  }
  return r
}
function RS(t, e, n) {
  let r = {}
  for (let o of Object.keys(t)) {
    if (rs.includes(o)) {
      An(n, [...e, o], 'unsafe-key')
      continue
    }
    let s = Aa(t[o], [...e, o], n)
    if ((s !== void 0 && (r[o] = s), n.nodes > 5e5)) break
  }
  return r
}
function he(t) {
  return typeof t == 'object' && t !== null && !Array.isArray(t)
}
function u(t, e) {
  return { en: t, ko: e }
}
function v(t, e) {
  return { kind: 'string', description: t, ...e }
}
function te(t, e, n = {}) {
  return { kind: 'string', enum: t, description: e, ...n }
}
function N(t, e = {}) {
  return { kind: 'integer', description: t, ...e }
}
function Ca(t, e = {}) {
  return { kind: 'number', description: t, ...e }
}
function I(t, e) {
  return { kind: 'boolean', description: t, ...e }
}
function Ta(t, e = {}) {
  return { kind: 'quantity', description: t, ...e }
}
function V(t, e, n = {}) {
  return { kind: 'object', fields: t, description: e, ...n }
}
function tt(t, e = {}) {
  return { kind: 'object', fields: {}, opaque: !0, description: t, ...e }
}
function ne(t, e, n = {}) {
  return { kind: 'array', items: t, description: e, ...n }
}
function os(t, e, n = {}) {
  return { kind: 'map', values: t, description: e, ...n }
}
function P(t, e, n) {
  return {
    ...(e
      ? { kind: 'free-form', fields: e, description: t }
      : { kind: 'free-form', description: t }),
    ...n,
  }
}
function pe(t) {
  return os(v(u('A value.', '\uAC12\uC785\uB2C8\uB2E4.')), t)
}
var ES = V(
    {
      limits: os(
        Ta(
          u(
            'An upper bound for one resource.',
            '\uB9AC\uC18C\uC2A4 \uD558\uB098\uC758 \uC0C1\uD55C\uC785\uB2C8\uB2E4.',
          ),
        ),
        u(
          'Most a container may use, per resource (cpu, memory, ...).',
          '\uCEE8\uD14C\uC774\uB108\uAC00 \uC4F8 \uC218 \uC788\uB294 \uB9AC\uC18C\uC2A4\uBCC4 \uCD5C\uB300\uB7C9(cpu, memory \uB4F1)\uC785\uB2C8\uB2E4.',
        ),
      ),
      requests: os(
        Ta(
          u(
            'A reserved amount of one resource.',
            '\uB9AC\uC18C\uC2A4 \uD558\uB098\uC758 \uC608\uC57D\uB7C9\uC785\uB2C8\uB2E4.',
          ),
        ),
        u(
          'What the scheduler reserves for a container, per resource.',
          '\uC2A4\uCF00\uC904\uB7EC\uAC00 \uCEE8\uD14C\uC774\uB108\uC5D0 \uC608\uC57D\uD574 \uB450\uB294 \uB9AC\uC18C\uC2A4\uBCC4 \uC591\uC785\uB2C8\uB2E4.',
        ),
      ),
      claims: ne(
        tt(
          u(
            'A dynamic resource claim.',
            '\uB3D9\uC801 \uB9AC\uC18C\uC2A4 \uD074\uB808\uC784\uC785\uB2C8\uB2E4.',
          ),
        ),
        u(
          'Dynamic resource claims the container uses (rarely needed).',
          '\uCEE8\uD14C\uC774\uB108\uAC00 \uC4F0\uB294 \uB3D9\uC801 \uB9AC\uC18C\uC2A4 \uD074\uB808\uC784\uC785\uB2C8\uB2E4(\uAC70\uC758 \uC4F0\uC9C0 \uC54A\uC74C).',
        ),
      ),
    },
    u(
      'CPU and memory requests and limits for the pods.',
      '\uD30C\uB4DC\uC758 CPU\xB7\uBA54\uBAA8\uB9AC \uC694\uCCAD\uB7C9\uACFC \uC81C\uD55C\uC785\uB2C8\uB2E4.',
    ),
  ),
  PS = V(
    {
      name: v(u('Variable name.', '\uBCC0\uC218 \uC774\uB984\uC785\uB2C8\uB2E4.')),
      value: v(u('Literal value.', '\uC9C1\uC811 \uC9C0\uC815\uD55C \uAC12\uC785\uB2C8\uB2E4.')),
      valueFrom: tt(
        u(
          'Take the value from a Secret, ConfigMap or field instead.',
          '\uAC12\uC744 Secret, ConfigMap \uB610\uB294 \uD544\uB4DC\uC5D0\uC11C \uAC00\uC838\uC635\uB2C8\uB2E4.',
        ),
      ),
    },
    u('One environment variable.', '\uD658\uACBD \uBCC0\uC218 \uD558\uB098\uC785\uB2C8\uB2E4.'),
    { required: ['name'] },
  ),
  Ra = ne(
    PS,
    u(
      'Extra environment variables for the Milvus container.',
      'Milvus \uCEE8\uD14C\uC774\uB108\uC5D0 \uCD94\uAC00\uD560 \uD658\uACBD \uBCC0\uC218\uC785\uB2C8\uB2E4.',
    ),
  ),
  Ea = ne(
    V(
      {
        key: v(
          u(
            'Taint key to tolerate.',
            '\uD5C8\uC6A9\uD560 \uD14C\uC778\uD2B8 \uD0A4\uC785\uB2C8\uB2E4.',
          ),
        ),
        operator: v(u('Exists or Equal.', 'Exists \uB610\uB294 Equal\uC785\uB2C8\uB2E4.')),
        value: v(
          u(
            'Taint value to match.',
            '\uC77C\uCE58\uC2DC\uD0AC \uD14C\uC778\uD2B8 \uAC12\uC785\uB2C8\uB2E4.',
          ),
        ),
        effect: v(
          u(
            'Taint effect to match (NoSchedule, NoExecute, ...).',
            '\uC77C\uCE58\uC2DC\uD0AC \uD14C\uC778\uD2B8 \uD6A8\uACFC(NoSchedule, NoExecute \uB4F1)\uC785\uB2C8\uB2E4.',
          ),
        ),
        tolerationSeconds: N(
          u(
            'How long a NoExecute taint is tolerated.',
            'NoExecute \uD14C\uC778\uD2B8\uB97C \uACAC\uB514\uB294 \uC2DC\uAC04(\uCD08)\uC785\uB2C8\uB2E4.',
          ),
        ),
      },
      u('One toleration.', '\uD1A8\uB7EC\uB808\uC774\uC158 \uD558\uB098\uC785\uB2C8\uB2E4.'),
    ),
    u(
      'Taints the pods may be scheduled onto.',
      '\uD30C\uB4DC\uAC00 \uBC30\uCE58\uB420 \uC218 \uC788\uB3C4\uB85D \uD5C8\uC6A9\uD560 \uD14C\uC778\uD2B8 \uBAA9\uB85D\uC785\uB2C8\uB2E4.',
    ),
  ),
  Pa = ne(
    tt(u('One spread constraint.', '\uBD84\uC0B0 \uC81C\uC57D \uD558\uB098\uC785\uB2C8\uB2E4.')),
    u(
      'How pods spread across zones or nodes.',
      '\uD30C\uB4DC\uB97C \uC874\uC774\uB098 \uB178\uB4DC\uC5D0 \uC5B4\uB5BB\uAC8C \uBD84\uC0B0\uD560\uC9C0 \uC815\uD569\uB2C8\uB2E4.',
    ),
  ),
  LS = V(
    {
      name: v(
        u(
          'Name of the volume to mount.',
          '\uB9C8\uC6B4\uD2B8\uD560 \uBCFC\uB968 \uC774\uB984\uC785\uB2C8\uB2E4.',
        ),
      ),
      mountPath: v(
        u(
          'Path inside the container.',
          '\uCEE8\uD14C\uC774\uB108 \uC548\uC758 \uACBD\uB85C\uC785\uB2C8\uB2E4.',
        ),
      ),
      subPath: v(
        u(
          'Sub-path of the volume to mount.',
          '\uB9C8\uC6B4\uD2B8\uD560 \uBCFC\uB968\uC758 \uD558\uC704 \uACBD\uB85C\uC785\uB2C8\uB2E4.',
        ),
      ),
      subPathExpr: v(
        u(
          'Sub-path built from environment variables.',
          '\uD658\uACBD \uBCC0\uC218\uB85C \uB9CC\uB4DC\uB294 \uD558\uC704 \uACBD\uB85C\uC785\uB2C8\uB2E4.',
        ),
      ),
      readOnly: I(
        u(
          'Mount read-only.',
          '\uC77D\uAE30 \uC804\uC6A9\uC73C\uB85C \uB9C8\uC6B4\uD2B8\uD569\uB2C8\uB2E4.',
        ),
      ),
      mountPropagation: v(
        u(
          'How mounts propagate between host and container.',
          '\uD638\uC2A4\uD2B8\uC640 \uCEE8\uD14C\uC774\uB108 \uC0AC\uC774\uC758 \uB9C8\uC6B4\uD2B8 \uC804\uD30C \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
        ),
      ),
      recursiveReadOnly: v(
        u(
          'Whether read-only applies to sub-mounts.',
          '\uC77D\uAE30 \uC804\uC6A9\uC744 \uD558\uC704 \uB9C8\uC6B4\uD2B8\uC5D0\uB3C4 \uC801\uC6A9\uD560\uC9C0 \uC815\uD569\uB2C8\uB2E4.',
        ),
      ),
    },
    u('One volume mount.', '\uBCFC\uB968 \uB9C8\uC6B4\uD2B8 \uD558\uB098\uC785\uB2C8\uB2E4.'),
    { required: ['mountPath', 'name'] },
  ),
  La = {
    image: v(
      u(
        'Container image for these pods.',
        '\uC774 \uD30C\uB4DC\uC5D0 \uC4F8 \uCEE8\uD14C\uC774\uB108 \uC774\uBBF8\uC9C0\uC785\uB2C8\uB2E4.',
      ),
    ),
    version: v(
      u(
        'Milvus version of the image, when the tag does not say it.',
        '\uC774\uBBF8\uC9C0 \uD0DC\uADF8\uB85C \uC54C \uC218 \uC5C6\uC744 \uB54C \uC9C0\uC815\uD558\uB294 Milvus \uBC84\uC804\uC785\uB2C8\uB2E4.',
      ),
    ),
    imagePullPolicy: v(
      u(
        'When the kubelet pulls the image (Always, IfNotPresent, Never).',
        '\uC774\uBBF8\uC9C0\uB97C \uC5B8\uC81C \uBC1B\uC744\uC9C0 \uC815\uD569\uB2C8\uB2E4(Always, IfNotPresent, Never).',
      ),
    ),
    imagePullSecrets: ne(
      V(
        { name: v(u('Secret name.', 'Secret \uC774\uB984\uC785\uB2C8\uB2E4.')) },
        u('A registry Secret.', '\uB808\uC9C0\uC2A4\uD2B8\uB9AC Secret\uC785\uB2C8\uB2E4.'),
      ),
      u(
        'Secrets used to pull from a private registry.',
        '\uBE44\uACF5\uAC1C \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0\uC11C \uC774\uBBF8\uC9C0\uB97C \uBC1B\uC744 \uB54C \uC4F8 Secret\uC785\uB2C8\uB2E4.',
      ),
    ),
    resources: ES,
    env: Ra,
    nodeSelector: pe(
      u(
        'Node labels the pods must run on.',
        '\uD30C\uB4DC\uAC00 \uC2E4\uD589\uB420 \uB178\uB4DC\uC758 \uB808\uC774\uBE14 \uC870\uAC74\uC785\uB2C8\uB2E4.',
      ),
    ),
    affinity: tt(
      u(
        'Node and pod affinity rules.',
        '\uB178\uB4DC\xB7\uD30C\uB4DC \uC5B4\uD53C\uB2C8\uD2F0 \uADDC\uCE59\uC785\uB2C8\uB2E4.',
      ),
    ),
    tolerations: Ea,
    topologySpreadConstraints: Pa,
    volumes: ne(
      P(u('One pod volume.', '\uD30C\uB4DC \uBCFC\uB968 \uD558\uB098\uC785\uB2C8\uB2E4.')),
      u(
        'Extra pod volumes (free-form Kubernetes volumes).',
        '\uCD94\uAC00 \uD30C\uB4DC \uBCFC\uB968\uC785\uB2C8\uB2E4(\uC790\uC720 \uD615\uC2DD Kubernetes \uBCFC\uB968).',
      ),
    ),
    volumeMounts: ne(
      LS,
      u(
        'Where extra volumes are mounted in the Milvus container.',
        'Milvus \uCEE8\uD14C\uC774\uB108\uC5D0 \uCD94\uAC00 \uBCFC\uB968\uC744 \uB9C8\uC6B4\uD2B8\uD560 \uC704\uCE58\uC785\uB2C8\uB2E4.',
      ),
    ),
    serviceAccountName: v(
      u(
        'Service account the pods run as.',
        '\uD30C\uB4DC\uAC00 \uC0AC\uC6A9\uD560 \uC11C\uBE44\uC2A4 \uC5B4\uCE74\uC6B4\uD2B8\uC785\uB2C8\uB2E4.',
      ),
    ),
    priorityClassName: v(
      u(
        'Pod priority class.',
        '\uD30C\uB4DC \uC6B0\uC120\uC21C\uC704 \uD074\uB798\uC2A4\uC785\uB2C8\uB2E4.',
      ),
    ),
    schedulerName: v(
      u(
        'Scheduler that places the pods.',
        '\uD30C\uB4DC\uB97C \uBC30\uCE58\uD560 \uC2A4\uCF00\uC904\uB7EC\uC785\uB2C8\uB2E4.',
      ),
    ),
    hostNetwork: I(
      u(
        'Use the node network namespace.',
        '\uB178\uB4DC\uC758 \uB124\uD2B8\uC6CC\uD06C \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uB97C \uC0AC\uC6A9\uD569\uB2C8\uB2E4.',
      ),
    ),
    dnsPolicy: v(u('Pod DNS policy.', '\uD30C\uB4DC DNS \uC815\uCC45\uC785\uB2C8\uB2E4.')),
    podLabels: pe(
      u(
        'Extra labels on the pods.',
        '\uD30C\uB4DC\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uB808\uC774\uBE14\uC785\uB2C8\uB2E4.',
      ),
    ),
    podAnnotations: pe(
      u(
        'Extra annotations on the pods.',
        '\uD30C\uB4DC\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uC5B4\uB178\uD14C\uC774\uC158\uC785\uB2C8\uB2E4.',
      ),
    ),
    paused: I(
      u(
        'Stop reconciling these pods (for maintenance).',
        '\uC774 \uD30C\uB4DC\uC758 \uC870\uC815\uC744 \uBA48\uCDA5\uB2C8\uB2E4(\uC720\uC9C0\uBCF4\uC218\uC6A9).',
      ),
    ),
    commands: ne(
      v(u('One argument.', '\uC778\uC790 \uD558\uB098\uC785\uB2C8\uB2E4.')),
      u(
        'Replace the container command.',
        '\uCEE8\uD14C\uC774\uB108 \uC2E4\uD589 \uBA85\uB839\uC744 \uBC14\uAFC9\uB2C8\uB2E4.',
      ),
    ),
    runWithSubProcess: I(
      u(
        'Run Milvus as a child process of a small supervisor.',
        'Milvus\uB97C \uC791\uC740 \uAC10\uB3C5 \uD504\uB85C\uC138\uC2A4\uC758 \uC790\uC2DD\uC73C\uB85C \uC2E4\uD589\uD569\uB2C8\uB2E4.',
      ),
    ),
    probes: P(
      u(
        'Liveness, readiness and startup probe overrides (free-form).',
        'liveness\xB7readiness\xB7startup \uD504\uB85C\uBE0C \uC7AC\uC815\uC758\uC785\uB2C8\uB2E4(\uC790\uC720 \uD615\uC2DD).',
      ),
      void 0,
      { nullable: !0 },
    ),
    securityContext: P(
      u(
        'Pod security context (free-form).',
        '\uD30C\uB4DC \uBCF4\uC548 \uCEE8\uD14D\uC2A4\uD2B8\uC785\uB2C8\uB2E4(\uC790\uC720 \uD615\uC2DD).',
      ),
      void 0,
      { nullable: !0 },
    ),
  },
  bd = V(
    {
      name: v(
        u(
          'Name of the Milvus resource; also prefixes every object the operator creates.',
          'Milvus \uB9AC\uC18C\uC2A4 \uC774\uB984\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uB9CC\uB4DC\uB294 \uBAA8\uB4E0 \uAC1D\uCCB4 \uC774\uB984\uC758 \uC55E\uBD80\uBD84\uC774 \uB429\uB2C8\uB2E4.',
        ),
      ),
      namespace: v(
        u(
          'Namespace of the resource.',
          '\uB9AC\uC18C\uC2A4\uC758 \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uC785\uB2C8\uB2E4.',
        ),
        { default: 'default' },
      ),
      labels: pe(
        u(
          'Labels on the resource.',
          '\uB9AC\uC18C\uC2A4\uC5D0 \uBD99\uC77C \uB808\uC774\uBE14\uC785\uB2C8\uB2E4.',
        ),
      ),
      annotations: pe(
        u(
          'Annotations on the resource.',
          '\uB9AC\uC18C\uC2A4\uC5D0 \uBD99\uC77C \uC5B4\uB178\uD14C\uC774\uC158\uC785\uB2C8\uB2E4.',
        ),
      ),
      generateName: v(
        u(
          'Prefix for a generated name.',
          '\uC774\uB984\uC744 \uC790\uB3D9 \uC0DD\uC131\uD560 \uB54C \uC4F8 \uC811\uB450\uC0AC\uC785\uB2C8\uB2E4.',
        ),
      ),
      uid: v(u('Set by Kubernetes.', 'Kubernetes\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.')),
      resourceVersion: v(
        u('Set by Kubernetes.', 'Kubernetes\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.'),
      ),
      generation: N(u('Set by Kubernetes.', 'Kubernetes\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.')),
      creationTimestamp: v(
        u('Set by Kubernetes.', 'Kubernetes\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.'),
        { nullable: !0 },
      ),
      deletionTimestamp: v(
        u('Set by Kubernetes.', 'Kubernetes\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.'),
      ),
      deletionGracePeriodSeconds: N(
        u('Set by Kubernetes.', 'Kubernetes\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.'),
      ),
      finalizers: ne(
        v(u('A finalizer.', '\uD30C\uC774\uB110\uB77C\uC774\uC800\uC785\uB2C8\uB2E4.')),
        u(
          'Finalizers that delay deletion.',
          '\uC0AD\uC81C\uB97C \uB2A6\uCD94\uB294 \uD30C\uC774\uB110\uB77C\uC774\uC800 \uBAA9\uB85D\uC785\uB2C8\uB2E4.',
        ),
      ),
      ownerReferences: ne(
        tt(u('An owner.', '\uC18C\uC720\uC790\uC785\uB2C8\uB2E4.')),
        u(
          'Objects that own this one.',
          '\uC774 \uAC1D\uCCB4\uB97C \uC18C\uC720\uD55C \uAC1D\uCCB4 \uBAA9\uB85D\uC785\uB2C8\uB2E4.',
        ),
      ),
      managedFields: ne(
        tt(
          u(
            'A field manager entry.',
            '\uD544\uB4DC \uAD00\uB9AC\uC790 \uD56D\uBAA9\uC785\uB2C8\uB2E4.',
          ),
        ),
        u(
          'Server-side apply bookkeeping.',
          '\uC11C\uBC84 \uC0AC\uC774\uB4DC \uC801\uC6A9(SSA) \uAD00\uB9AC \uC815\uBCF4\uC785\uB2C8\uB2E4.',
        ),
      ),
    },
    u(
      'Name, namespace, labels and annotations of the resource.',
      '\uB9AC\uC18C\uC2A4\uC758 \uC774\uB984, \uB124\uC784\uC2A4\uD398\uC774\uC2A4, \uB808\uC774\uBE14, \uC5B4\uB178\uD14C\uC774\uC158\uC785\uB2C8\uB2E4.',
    ),
  )
var NS = N(
    u(
      'Pod count; -1 leaves it to a HorizontalPodAutoscaler.',
      '\uD30C\uB4DC \uC218\uC774\uBA70, -1\uC774\uBA74 HorizontalPodAutoscaler\uC5D0 \uB9E1\uAE41\uB2C8\uB2E4.',
    ),
    { min: -1, default: 1 },
  ),
  ft = {
    ...La,
    replicas: NS,
    sidecars: ne(
      P(
        u(
          'One sidecar container.',
          '\uC0AC\uC774\uB4DC\uCE74 \uCEE8\uD14C\uC774\uB108 \uD558\uB098\uC785\uB2C8\uB2E4.',
        ),
      ),
      u(
        'Extra containers next to Milvus (free-form).',
        'Milvus \uC606\uC5D0\uC11C \uC2E4\uD589\uD560 \uCD94\uAC00 \uCEE8\uD14C\uC774\uB108\uC785\uB2C8\uB2E4(\uC790\uC720 \uD615\uC2DD).',
      ),
    ),
    initContainers: ne(
      P(
        u(
          'One init container.',
          '\uCD08\uAE30\uD654 \uCEE8\uD14C\uC774\uB108 \uD558\uB098\uC785\uB2C8\uB2E4.',
        ),
      ),
      u(
        'Containers that run before Milvus starts (free-form).',
        'Milvus \uC2DC\uC791 \uC804\uC5D0 \uC2E4\uD589\uD560 \uCEE8\uD14C\uC774\uB108\uC785\uB2C8\uB2E4(\uC790\uC720 \uD615\uC2DD).',
      ),
    ),
  },
  $S = {
    serviceType: te(
      xa,
      u(
        'How the Milvus service is exposed.',
        'Milvus \uC11C\uBE44\uC2A4\uB97C \uB178\uCD9C\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
      ),
      { default: 'ClusterIP' },
    ),
    port: N(
      u(
        'Service port for the Milvus gRPC API; 0 or unset means 19530.',
        'Milvus gRPC API\uC758 \uC11C\uBE44\uC2A4 \uD3EC\uD2B8\uC774\uBA70, 0\uC774\uAC70\uB098 \uBE44\uC6B0\uBA74 19530\uC785\uB2C8\uB2E4.',
      ),
      { min: 0, max: 65535, default: 19530 },
    ),
    serviceRestfulPort: N(
      u(
        'Service port for the RESTful API.',
        'RESTful API\uC758 \uC11C\uBE44\uC2A4 \uD3EC\uD2B8\uC785\uB2C8\uB2E4.',
      ),
    ),
    serviceLabels: pe(
      u(
        'Extra labels on the Service.',
        'Service\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uB808\uC774\uBE14\uC785\uB2C8\uB2E4.',
      ),
    ),
    serviceAnnotations: pe(
      u(
        'Extra annotations on the Service (e.g. for a cloud load balancer).',
        'Service\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uC5B4\uB178\uD14C\uC774\uC158\uC785\uB2C8\uB2E4(\uD074\uB77C\uC6B0\uB4DC \uB85C\uB4DC\uBC38\uB7F0\uC11C \uC124\uC815 \uB4F1).',
      ),
    ),
    ingress: tt(
      u(
        'An Ingress in front of the service.',
        '\uC11C\uBE44\uC2A4 \uC55E\uC5D0 \uB458 Ingress\uC785\uB2C8\uB2E4.',
      ),
    ),
  },
  OS = V(
    {
      name: v(
        u(
          'Group name (DNS-1123 label); it becomes part of the Deployment name.',
          '\uADF8\uB8F9 \uC774\uB984(DNS-1123 \uB808\uC774\uBE14)\uC774\uBA70 Deployment \uC774\uB984\uC758 \uC77C\uBD80\uAC00 \uB429\uB2C8\uB2E4.',
        ),
      ),
      replicas: N(
        u(
          'Pods in this group; -1 leaves it to an autoscaler.',
          '\uC774 \uADF8\uB8F9\uC758 \uD30C\uB4DC \uC218\uC774\uBA70, -1\uC774\uBA74 \uC624\uD1A0\uC2A4\uCF00\uC77C\uB7EC\uC5D0 \uB9E1\uAE41\uB2C8\uB2E4.',
        ),
        { min: -1 },
      ),
      labels: pe(
        u(
          "Extra labels for this group's pods.",
          '\uC774 \uADF8\uB8F9 \uD30C\uB4DC\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uB808\uC774\uBE14\uC785\uB2C8\uB2E4.',
        ),
      ),
      annotations: pe(
        u(
          "Extra annotations for this group's pods.",
          '\uC774 \uADF8\uB8F9 \uD30C\uB4DC\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uC5B4\uB178\uD14C\uC774\uC158\uC785\uB2C8\uB2E4.',
        ),
      ),
      extraEnv: Ra,
      nodeSelector: pe(
        u(
          'Node labels for this group.',
          '\uC774 \uADF8\uB8F9\uC774 \uC2E4\uD589\uB420 \uB178\uB4DC \uB808\uC774\uBE14 \uC870\uAC74\uC785\uB2C8\uB2E4.',
        ),
      ),
      affinity: tt(
        u(
          'Affinity for this group.',
          '\uC774 \uADF8\uB8F9\uC758 \uC5B4\uD53C\uB2C8\uD2F0\uC785\uB2C8\uB2E4.',
        ),
      ),
      tolerations: Ea,
      topologySpreadConstraints: Pa,
    },
    u(
      'A deployment group: one more Deployment of this component with its own settings.',
      '\uBC30\uD3EC \uADF8\uB8F9: \uC790\uCCB4 \uC124\uC815\uC744 \uAC00\uC9C4 \uC774 \uCEF4\uD3EC\uB10C\uD2B8\uC758 \uCD94\uAC00 Deployment\uC785\uB2C8\uB2E4.',
    ),
    { required: ['name', 'replicas'] },
  ),
  xd = ne(
    OS,
    u(
      'Deployment groups that split this component across several Deployments.',
      '\uC774 \uCEF4\uD3EC\uB10C\uD2B8\uB97C \uC5EC\uB7EC Deployment\uB85C \uB098\uB204\uB294 \uBC30\uD3EC \uADF8\uB8F9\uC785\uB2C8\uB2E4.',
    ),
  ),
  IS = {
    standalone: {
      text: u(
        'The single Milvus pod of standalone mode.',
        'standalone \uBAA8\uB4DC\uC758 \uB2E8\uC77C Milvus \uD30C\uB4DC\uC785\uB2C8\uB2E4.',
      ),
      service: !0,
    },
    proxy: {
      text: u(
        'Proxy: the client entry point of a cluster.',
        'Proxy: \uD074\uB7EC\uC2A4\uD130\uC758 \uD074\uB77C\uC774\uC5B8\uD2B8 \uC9C4\uC785\uC810\uC785\uB2C8\uB2E4.',
      ),
      service: !0,
      groups: !0,
    },
    mixCoord: {
      text: u(
        'Mixed coordinator: all coordinators in one process.',
        '\uD1B5\uD569 \uCF54\uB514\uB124\uC774\uD130: \uBAA8\uB4E0 \uCF54\uB514\uB124\uC774\uD130\uB97C \uD55C \uD504\uB85C\uC138\uC2A4\uC5D0\uC11C \uC2E4\uD589\uD569\uB2C8\uB2E4.',
      ),
    },
    rootCoord: {
      text: u(
        'Root coordinator (separate-coordinator layout, before 2.6).',
        '\uB8E8\uD2B8 \uCF54\uB514\uB124\uC774\uD130(2.6 \uC774\uC804\uC758 \uAC1C\uBCC4 \uCF54\uB514\uB124\uC774\uD130 \uAD6C\uC131)\uC785\uB2C8\uB2E4.',
      ),
    },
    dataCoord: {
      text: u(
        'Data coordinator (separate-coordinator layout, before 2.6).',
        '\uB370\uC774\uD130 \uCF54\uB514\uB124\uC774\uD130(2.6 \uC774\uC804\uC758 \uAC1C\uBCC4 \uCF54\uB514\uB124\uC774\uD130 \uAD6C\uC131)\uC785\uB2C8\uB2E4.',
      ),
    },
    queryCoord: {
      text: u(
        'Query coordinator (separate-coordinator layout, before 2.6).',
        '\uCFFC\uB9AC \uCF54\uB514\uB124\uC774\uD130(2.6 \uC774\uC804\uC758 \uAC1C\uBCC4 \uCF54\uB514\uB124\uC774\uD130 \uAD6C\uC131)\uC785\uB2C8\uB2E4.',
      ),
    },
    indexCoord: {
      text: u(
        'Index coordinator (separate-coordinator layout, before 2.6).',
        '\uC778\uB371\uC2A4 \uCF54\uB514\uB124\uC774\uD130(2.6 \uC774\uC804\uC758 \uAC1C\uBCC4 \uCF54\uB514\uB124\uC774\uD130 \uAD6C\uC131)\uC785\uB2C8\uB2E4.',
      ),
    },
    dataNode: {
      text: u(
        'Data nodes: flush and compact segments.',
        '\uB370\uC774\uD130 \uB178\uB4DC: \uC138\uADF8\uBA3C\uD2B8\uB97C \uD50C\uB7EC\uC2DC\uD558\uACE0 \uCEF4\uD329\uC158\uD569\uB2C8\uB2E4.',
      ),
      groups: !0,
    },
    queryNode: {
      text: u(
        'Query nodes: load segments and serve searches.',
        '\uCFFC\uB9AC \uB178\uB4DC: \uC138\uADF8\uBA3C\uD2B8\uB97C \uC801\uC7AC\uD558\uACE0 \uAC80\uC0C9\uC744 \uCC98\uB9AC\uD569\uB2C8\uB2E4.',
      ),
      groups: !0,
    },
    indexNode: {
      text: u(
        'Index nodes: build indexes (Milvus before 2.6).',
        '\uC778\uB371\uC2A4 \uB178\uB4DC: \uC778\uB371\uC2A4\uB97C \uB9CC\uB4ED\uB2C8\uB2E4(Milvus 2.6 \uC774\uC804).',
      ),
      until: '2.6.0',
    },
    streamingNode: {
      text: u(
        'Streaming nodes: own the write-ahead log (Milvus 2.6+).',
        '\uC2A4\uD2B8\uB9AC\uBC0D \uB178\uB4DC: WAL(\uC120\uD589 \uAE30\uB85D \uB85C\uADF8)\uC744 \uB2F4\uB2F9\uD569\uB2C8\uB2E4(Milvus 2.6 \uC774\uC0C1).',
      ),
      groups: !0,
      since: '2.6.0',
    },
    cdc: {
      text: u(
        'Change data capture to another Milvus.',
        '\uB2E4\uB978 Milvus\uB85C \uBCC0\uACBD \uB370\uC774\uD130\uB97C \uBCF5\uC81C\uD558\uB294 CDC\uC785\uB2C8\uB2E4.',
      ),
    },
  }
function Oe(t, e) {
  return V(t, e.text, {
    ...(e.since ? { since: { milvus: e.since } } : {}),
    ...(e.until ? { until: { milvus: e.until } } : {}),
  })
}
var wd = { ...ft, ...$S },
  Na = { ...ft, groups: xd },
  Ie = IS,
  DS = {
    standalone: Oe(wd, Ie.standalone),
    proxy: Oe({ ...wd, groups: xd }, Ie.proxy),
    mixCoord: Oe(ft, Ie.mixCoord),
    rootCoord: Oe(ft, Ie.rootCoord),
    dataCoord: Oe(ft, Ie.dataCoord),
    queryCoord: Oe(ft, Ie.queryCoord),
    indexCoord: Oe(ft, Ie.indexCoord),
    dataNode: Oe(Na, Ie.dataNode),
    queryNode: Oe(Na, Ie.queryNode),
    indexNode: Oe(ft, Ie.indexNode),
    streamingNode: Oe(Na, Ie.streamingNode),
    cdc: Oe(ft, Ie.cdc),
  },
  Md = V(
    {
      ...La,
      image: v(
        u(
          'Milvus image for every component; its tag also tells the operator the Milvus version.',
          '\uBAA8\uB4E0 \uCEF4\uD3EC\uB10C\uD2B8\uC5D0 \uC4F8 Milvus \uC774\uBBF8\uC9C0\uC774\uBA70, \uD0DC\uADF8\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 Milvus \uBC84\uC804\uC744 \uD310\uB2E8\uD569\uB2C8\uB2E4.',
        ),
        { default: Nt },
      ),
      version: v(
        u(
          'Milvus version; when set it wins over the image tag for version decisions.',
          'Milvus \uBC84\uC804\uC774\uBA70, \uC9C0\uC815\uD558\uBA74 \uBC84\uC804 \uD310\uB2E8\uC5D0\uC11C \uC774\uBBF8\uC9C0 \uD0DC\uADF8\uBCF4\uB2E4 \uC6B0\uC120\uD569\uB2C8\uB2E4.',
        ),
      ),
      enableRollingUpdate: I(
        u(
          'Replace pods one by one on upgrades; forced off for RocksMQ/NATS standalone.',
          '\uC5C5\uADF8\uB808\uC774\uB4DC \uB54C \uD30C\uB4DC\uB97C \uD558\uB098\uC529 \uAD50\uCCB4\uD569\uB2C8\uB2E4. RocksMQ/NATS standalone\uC5D0\uC11C\uB294 \uAC15\uC81C\uB85C \uAEBC\uC9D1\uB2C8\uB2E4.',
        ),
        { default: !0 },
      ),
      rollingMode: N(
        u(
          'Rolling update strategy: 2 or 3 (0 means unset).',
          '\uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8 \uBC29\uC2DD\uC73C\uB85C 2 \uB610\uB294 3\uC785\uB2C8\uB2E4(0\uC740 \uBBF8\uC9C0\uC815).',
        ),
        { default: 2 },
      ),
      imageUpdateMode: te(
        wa,
        u(
          'Order in which components get a new image.',
          '\uCEF4\uD3EC\uB10C\uD2B8\uC5D0 \uC0C8 \uC774\uBBF8\uC9C0\uB97C \uC801\uC6A9\uD558\uB294 \uC21C\uC11C\uC785\uB2C8\uB2E4.',
        ),
        { default: 'rollingUpgrade' },
      ),
      updateConfigMapOnly: I(
        u(
          'On config changes, update the ConfigMap without restarting pods.',
          '\uC124\uC815\uC774 \uBC14\uB00C\uBA74 \uD30C\uB4DC\uB97C \uC7AC\uC2DC\uC791\uD558\uC9C0 \uC54A\uACE0 ConfigMap\uB9CC \uAC31\uC2E0\uD569\uB2C8\uB2E4.',
        ),
        { default: !0, nullable: !0 },
      ),
      streamingMode: I(
        u(
          'Run the streaming-node architecture; set by the operator for cluster mode.',
          '\uC2A4\uD2B8\uB9AC\uBC0D \uB178\uB4DC \uAD6C\uC870\uB85C \uC2E4\uD589\uD569\uB2C8\uB2E4. cluster \uBAA8\uB4DC\uC5D0\uC11C\uB294 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC124\uC815\uD569\uB2C8\uB2E4.',
        ),
        { nullable: !0 },
      ),
      targetPortType: te(
        ['string', 'integer'],
        u(
          'Whether Service target ports are names or numbers.',
          'Service \uB300\uC0C1 \uD3EC\uD2B8\uB97C \uC774\uB984\uC73C\uB85C \uC4F8\uC9C0 \uC22B\uC790\uB85C \uC4F8\uC9C0 \uC815\uD569\uB2C8\uB2E4.',
        ),
        { default: 'string' },
      ),
      disableMetric: I(
        u(
          'Do not create the metrics ServiceMonitor.',
          '\uBA54\uD2B8\uB9AD\uC6A9 ServiceMonitor\uB97C \uB9CC\uB4E4\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      metricInterval: v(
        u(
          'Scrape interval for metrics (e.g. 30s).',
          '\uBA54\uD2B8\uB9AD \uC218\uC9D1 \uAC04\uACA9\uC785\uB2C8\uB2E4(\uC608: 30s).',
        ),
      ),
      metricLabels: pe(
        u(
          'Extra labels on the metrics ServiceMonitor.',
          '\uBA54\uD2B8\uB9AD ServiceMonitor\uC5D0 \uBD99\uC77C \uCD94\uAC00 \uB808\uC774\uBE14\uC785\uB2C8\uB2E4.',
        ),
      ),
      toolImage: v(
        u(
          "Image of the operator's config-merge helper.",
          '\uC624\uD37C\uB808\uC774\uD130 \uC124\uC815 \uBCD1\uD569 \uB3C4\uAD6C\uC758 \uC774\uBBF8\uC9C0\uC785\uB2C8\uB2E4.',
        ),
      ),
      dummyImage: v(
        u(
          'Placeholder image used during some rollouts.',
          '\uC77C\uBD80 \uB864\uC544\uC6C3 \uC911\uC5D0 \uC4F0\uB294 \uC790\uB9AC\uD45C\uC2DC \uC774\uBBF8\uC9C0\uC785\uB2C8\uB2E4.',
        ),
      ),
      updateToolImage: I(
        u(
          'Upgrade the helper image together with the operator.',
          '\uC624\uD37C\uB808\uC774\uD130\uC640 \uD568\uAED8 \uB3C4\uAD6C \uC774\uBBF8\uC9C0\uB3C4 \uC5C5\uADF8\uB808\uC774\uB4DC\uD569\uB2C8\uB2E4.',
        ),
      ),
      enableManualMode: I(
        u(
          'Let you drive rollouts by hand (advanced).',
          '\uB864\uC544\uC6C3\uC744 \uC9C1\uC811 \uC81C\uC5B4\uD569\uB2C8\uB2E4(\uACE0\uAE09).',
        ),
      ),
      activeConfigMap: v(
        u(
          'Name of the ConfigMap the pods read (advanced).',
          '\uD30C\uB4DC\uAC00 \uC77D\uC744 ConfigMap \uC774\uB984\uC785\uB2C8\uB2E4(\uACE0\uAE09).',
        ),
      ),
      runAsNonRoot: I(
        u(
          'Run Milvus containers as a non-root user.',
          'Milvus \uCEE8\uD14C\uC774\uB108\uB97C root\uAC00 \uC544\uB2CC \uC0AC\uC6A9\uC790\uB85C \uC2E4\uD589\uD569\uB2C8\uB2E4.',
        ),
      ),
      ...DS,
    },
    u(
      'Images, replicas and pod settings of the Milvus components.',
      'Milvus \uCEF4\uD3EC\uB10C\uD2B8\uC758 \uC774\uBBF8\uC9C0, \uB808\uD50C\uB9AC\uCE74, \uD30C\uB4DC \uC124\uC815\uC785\uB2C8\uB2E4.',
    ),
  )
var Ad = P(
    u(
      'How Milvus connects to etcd.',
      'Milvus\uAC00 etcd\uC5D0 \uC5F0\uACB0\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
    ),
    {
      endpoints: v(
        u(
          'etcd endpoints, comma-separated; removed and rewritten by the operator from dependencies.etcd.',
          '\uC27C\uD45C\uB85C \uAD6C\uBD84\uD55C etcd \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC9C0\uC6B0\uACE0 dependencies.etcd \uAC12\uC73C\uB85C \uB2E4\uC2DC \uC501\uB2C8\uB2E4.',
        ),
      ),
      rootPath: v(
        u(
          'Key prefix for this Milvus in etcd; the operator sets it to the resource name.',
          'etcd \uC548\uC5D0\uC11C \uC774 Milvus\uAC00 \uC4F0\uB294 \uD0A4 \uC811\uB450\uC0AC\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uB9AC\uC18C\uC2A4 \uC774\uB984\uC73C\uB85C \uC124\uC815\uD569\uB2C8\uB2E4.',
        ),
      ),
      auth: P(
        u('etcd user authentication.', 'etcd \uC0AC\uC6A9\uC790 \uC778\uC99D\uC785\uB2C8\uB2E4.'),
        {
          enabled: I(
            u(
              'Log in to etcd with a user name and password.',
              '\uC0AC\uC6A9\uC790 \uC774\uB984\uACFC \uBE44\uBC00\uBC88\uD638\uB85C etcd\uC5D0 \uB85C\uADF8\uC778\uD569\uB2C8\uB2E4.',
            ),
          ),
          userName: v(
            u('etcd user name.', 'etcd \uC0AC\uC6A9\uC790 \uC774\uB984\uC785\uB2C8\uB2E4.'),
          ),
          password: v(
            u(
              'etcd password (plain text in the manifest).',
              'etcd \uBE44\uBC00\uBC88\uD638\uC785\uB2C8\uB2E4(\uB9E4\uB2C8\uD398\uC2A4\uD2B8\uC5D0 \uD3C9\uBB38\uC73C\uB85C \uB4E4\uC5B4\uAC10).',
            ),
          ),
        },
      ),
      ssl: P(u('TLS to etcd.', 'etcd\uC640\uC758 TLS \uC124\uC815\uC785\uB2C8\uB2E4.'), {
        enabled: I(
          u('Connect to etcd over TLS.', 'TLS\uB85C etcd\uC5D0 \uC5F0\uACB0\uD569\uB2C8\uB2E4.'),
          { default: !1 },
        ),
        tlsCert: v(
          u(
            'Path of the client certificate.',
            '\uD074\uB77C\uC774\uC5B8\uD2B8 \uC778\uC99D\uC11C \uACBD\uB85C\uC785\uB2C8\uB2E4.',
          ),
        ),
        tlsKey: v(
          u(
            'Path of the client key.',
            '\uD074\uB77C\uC774\uC5B8\uD2B8 \uD0A4 \uACBD\uB85C\uC785\uB2C8\uB2E4.',
          ),
        ),
        tlsCACert: v(
          u('Path of the CA certificate.', 'CA \uC778\uC99D\uC11C \uACBD\uB85C\uC785\uB2C8\uB2E4.'),
        ),
        tlsMinVersion: v(
          u(
            'Lowest TLS version accepted (1.0 to 1.3).',
            '\uD5C8\uC6A9\uD560 \uCD5C\uC18C TLS \uBC84\uC804(1.0~1.3)\uC785\uB2C8\uB2E4.',
          ),
        ),
      }),
    },
  ),
  Cd = P(
    u(
      'How Milvus connects to object storage.',
      'Milvus\uAC00 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC5D0 \uC5F0\uACB0\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
    ),
    {
      address: v(
        u(
          'Storage host; removed and rewritten by the operator from dependencies.storage.endpoint.',
          '\uC2A4\uD1A0\uB9AC\uC9C0 \uD638\uC2A4\uD2B8\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC9C0\uC6B0\uACE0 dependencies.storage.endpoint\uB85C \uB2E4\uC2DC \uC501\uB2C8\uB2E4.',
        ),
      ),
      port: N(
        u(
          'Storage port; removed and rewritten by the operator.',
          '\uC2A4\uD1A0\uB9AC\uC9C0 \uD3EC\uD2B8\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC9C0\uC6B0\uACE0 \uB2E4\uC2DC \uC501\uB2C8\uB2E4.',
        ),
        { min: 0, max: 65535 },
      ),
      accessKeyID: v(
        u(
          'Access key; normally filled from the storage Secret.',
          '\uC561\uC138\uC2A4 \uD0A4\uC774\uBA70, \uBCF4\uD1B5 \uC2A4\uD1A0\uB9AC\uC9C0 Secret\uC5D0\uC11C \uCC44\uC6CC\uC9D1\uB2C8\uB2E4.',
        ),
      ),
      secretAccessKey: v(
        u(
          'Secret key; normally filled from the storage Secret.',
          '\uC2DC\uD06C\uB9BF \uD0A4\uC774\uBA70, \uBCF4\uD1B5 \uC2A4\uD1A0\uB9AC\uC9C0 Secret\uC5D0\uC11C \uCC44\uC6CC\uC9D1\uB2C8\uB2E4.',
        ),
      ),
      useSSL: I(
        u(
          'Talk to the storage over TLS.',
          '\uC2A4\uD1A0\uB9AC\uC9C0\uC640 TLS\uB85C \uD1B5\uC2E0\uD569\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      ssl: P(
        u(
          'TLS files for storage.',
          '\uC2A4\uD1A0\uB9AC\uC9C0\uC6A9 TLS \uD30C\uC77C\uC785\uB2C8\uB2E4.',
        ),
        {
          tlsCACert: v(
            u(
              'Path of the CA certificate mounted in the pods.',
              '\uD30C\uB4DC\uC5D0 \uB9C8\uC6B4\uD2B8\uD55C CA \uC778\uC99D\uC11C \uACBD\uB85C\uC785\uB2C8\uB2E4.',
            ),
          ),
        },
      ),
      bucketName: v(
        u(
          'Bucket for Milvus data; the operator sets it to the resource name.',
          'Milvus \uB370\uC774\uD130\uC6A9 \uBC84\uD0B7\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uB9AC\uC18C\uC2A4 \uC774\uB984\uC73C\uB85C \uC124\uC815\uD569\uB2C8\uB2E4.',
        ),
      ),
      rootPath: v(
        u(
          'Prefix for Milvus objects in the bucket.',
          '\uBC84\uD0B7 \uC548\uC5D0\uC11C Milvus \uAC1D\uCCB4\uC5D0 \uBD99\uC77C \uC811\uB450\uC0AC\uC785\uB2C8\uB2E4.',
        ),
        { default: 'files' },
      ),
      useIAM: I(
        u(
          "Use the pod's cloud identity instead of keys.",
          '\uD0A4 \uB300\uC2E0 \uD30C\uB4DC\uC758 \uD074\uB77C\uC6B0\uB4DC ID\uB97C \uC501\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      cloudProvider: te(
        ['aws', 'gcp', 'aliyun', 'azure'],
        u(
          'Cloud of the storage (gcp for GCS, azure for Blob).',
          '\uC2A4\uD1A0\uB9AC\uC9C0\uAC00 \uC788\uB294 \uD074\uB77C\uC6B0\uB4DC\uC785\uB2C8\uB2E4(GCS\uB294 gcp, Blob\uC740 azure).',
        ),
        { default: 'aws' },
      ),
      iamEndpoint: v(
        u(
          'Custom endpoint for IAM credentials.',
          'IAM \uC790\uACA9 \uC99D\uBA85\uC6A9 \uC0AC\uC6A9\uC790 \uC9C0\uC815 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uC785\uB2C8\uB2E4.',
        ),
      ),
      region: v(u('Region of the bucket.', '\uBC84\uD0B7\uC758 \uB9AC\uC804\uC785\uB2C8\uB2E4.')),
      useVirtualHost: I(
        u(
          'Address the bucket as a host name (virtual-hosted style).',
          '\uBC84\uD0B7\uC744 \uD638\uC2A4\uD2B8 \uC774\uB984\uC73C\uB85C \uC9C0\uC815\uD569\uB2C8\uB2E4(virtual-hosted \uBC29\uC2DD).',
        ),
        { default: !1 },
      ),
    },
  ),
  Td = P(
    u(
      'Settings shared by all Milvus components.',
      '\uBAA8\uB4E0 Milvus \uCEF4\uD3EC\uB10C\uD2B8\uAC00 \uACF5\uC720\uD558\uB294 \uC124\uC815\uC785\uB2C8\uB2E4.',
    ),
    {
      storageType: v(
        u(
          'Storage backend (local or remote); Azure needs remote.',
          '\uC2A4\uD1A0\uB9AC\uC9C0 \uBC31\uC5D4\uB4DC(local \uB610\uB294 remote)\uC774\uBA70, Azure\uC5D0\uB294 remote\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4.',
        ),
        { default: 'remote' },
      ),
    },
  )
var _S = ['default', 'pulsar', 'kafka', 'rocksmq', 'natsmq', 'woodpecker'],
  Rd = P(
    u(
      'Which message queue Milvus uses and how it reads it.',
      'Milvus\uAC00 \uC4F8 \uBA54\uC2DC\uC9C0 \uD050\uC640 \uC77D\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
    ),
    {
      type: te(
        _S,
        u(
          'Message queue type; the operator overwrites it with msgStreamType (except custom).',
          '\uBA54\uC2DC\uC9C0 \uD050 \uC885\uB958\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 msgStreamType\uC73C\uB85C \uB36E\uC5B4\uC501\uB2C8\uB2E4(custom \uC81C\uC678).',
        ),
        { default: 'default', since: { milvus: '2.3.0' } },
      ),
      enablePursuitMode: I(
        u(
          'Read faster while a consumer is far behind.',
          '\uC18C\uBE44\uC790\uAC00 \uB9CE\uC774 \uB4A4\uCC98\uC84C\uC744 \uB54C \uB354 \uBE60\uB974\uAC8C \uC77D\uC2B5\uB2C8\uB2E4.',
        ),
        { default: !0 },
      ),
      pursuitLag: N(
        u(
          'Lag (seconds) that switches pursuit mode on.',
          '\uCD94\uACA9 \uBAA8\uB4DC\uB97C \uCF1C\uB294 \uC9C0\uC5F0 \uC2DC\uAC04(\uCD08)\uC785\uB2C8\uB2E4.',
        ),
        { default: 10 },
      ),
      pursuitBufferSize: N(
        u(
          'Buffer size (bytes) in pursuit mode.',
          '\uCD94\uACA9 \uBAA8\uB4DC\uC758 \uBC84\uD37C \uD06C\uAE30(\uBC14\uC774\uD2B8)\uC785\uB2C8\uB2E4.',
        ),
        { default: 8388608 },
      ),
      pursuitBufferTime: N(
        u(
          'Buffer time (seconds) in pursuit mode.',
          '\uCD94\uACA9 \uBAA8\uB4DC\uC758 \uBC84\uD37C \uC2DC\uAC04(\uCD08)\uC785\uB2C8\uB2E4.',
        ),
        { default: 60 },
      ),
      mqBufSize: N(
        u(
          'Messages buffered per consumer.',
          '\uC18C\uBE44\uC790\uB9C8\uB2E4 \uBC84\uD37C\uC5D0 \uB450\uB294 \uBA54\uC2DC\uC9C0 \uC218\uC785\uB2C8\uB2E4.',
        ),
        { default: 16 },
      ),
      dispatcher: P(
        u(
          'Tuning of the message dispatcher.',
          '\uBA54\uC2DC\uC9C0 \uB514\uC2A4\uD328\uCC98 \uD29C\uB2DD \uAC12\uC785\uB2C8\uB2E4.',
        ),
        {
          mergeCheckInterval: Ca(
            u(
              'Seconds between checks for dispatchers to merge.',
              '\uB514\uC2A4\uD328\uCC98 \uBCD1\uD569\uC744 \uAC80\uC0AC\uD558\uB294 \uAC04\uACA9(\uCD08)\uC785\uB2C8\uB2E4.',
            ),
            { default: 0.1 },
          ),
          targetBufSize: N(
            u(
              'Buffer size per dispatch target.',
              '\uB514\uC2A4\uD328\uCE58 \uB300\uC0C1\uBCC4 \uBC84\uD37C \uD06C\uAE30\uC785\uB2C8\uB2E4.',
            ),
            { default: 16 },
          ),
          maxTolerantLag: N(
            u(
              'Seconds a target may lag before it is split off.',
              '\uB300\uC0C1\uC774 \uBD84\uB9AC\uB418\uAE30 \uC804\uAE4C\uC9C0 \uD5C8\uC6A9\uB418\uB294 \uC9C0\uC5F0(\uCD08)\uC785\uB2C8\uB2E4.',
            ),
            { default: 3 },
          ),
        },
      ),
    },
  ),
  Ed = P(
    u(
      'Kafka client settings of Milvus.',
      'Milvus\uC758 Kafka \uD074\uB77C\uC774\uC5B8\uD2B8 \uC124\uC815\uC785\uB2C8\uB2E4.',
    ),
    {
      brokerList: v(
        u(
          'Brokers as one comma-separated string; the operator overwrites it from dependencies.kafka.brokerList.',
          '\uC27C\uD45C\uB85C \uAD6C\uBD84\uD55C \uBE0C\uB85C\uCEE4 \uBB38\uC790\uC5F4\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 dependencies.kafka.brokerList\uB85C \uB36E\uC5B4\uC501\uB2C8\uB2E4.',
        ),
        { default: 'localhost:9092' },
      ),
      securityProtocol: te(
        Rr,
        u(
          'How Milvus talks to the brokers: plain, TLS, SASL, or SASL over TLS.',
          'Milvus\uAC00 \uBE0C\uB85C\uCEE4\uC640 \uD1B5\uC2E0\uD558\uB294 \uBC29\uC2DD: \uD3C9\uBB38, TLS, SASL, TLS \uC704\uC758 SASL\uC785\uB2C8\uB2E4.',
        ),
      ),
      saslMechanisms: te(
        Er,
        u(
          'SASL mechanism; empty means PLAIN.',
          'SASL \uBA54\uCEE4\uB2C8\uC998\uC774\uBA70, \uBE44\uC6B0\uBA74 PLAIN\uC785\uB2C8\uB2E4.',
        ),
      ),
      saslUsername: v(
        u(
          'SASL user; a kafka.secretRef Secret wins over it.',
          'SASL \uC0AC\uC6A9\uC790\uC774\uBA70, kafka.secretRef Secret\uC774 \uC788\uC73C\uBA74 \uADF8\uCABD\uC774 \uC6B0\uC120\uD569\uB2C8\uB2E4.',
        ),
      ),
      saslPassword: v(
        u(
          'SASL password in plain text; prefer kafka.secretRef.',
          '\uD3C9\uBB38 SASL \uBE44\uBC00\uBC88\uD638\uC774\uBA70, kafka.secretRef \uC0AC\uC6A9\uC744 \uAD8C\uC7A5\uD569\uB2C8\uB2E4.',
        ),
      ),
      readTimeout: N(
        u(
          'Read timeout in seconds.',
          '\uC77D\uAE30 \uC81C\uD55C \uC2DC\uAC04(\uCD08)\uC785\uB2C8\uB2E4.',
        ),
        { default: 10 },
      ),
      queuedmaxkbytes: N(
        u(
          'Most data (KB) the consumer queues locally.',
          '\uC18C\uBE44\uC790\uAC00 \uB85C\uCEEC\uC5D0 \uC313\uC544 \uB458 \uCD5C\uB300 \uB370\uC774\uD130(KB)\uC785\uB2C8\uB2E4.',
        ),
        { default: 1e5 },
      ),
      ssl: P(
        u(
          'TLS files for the Kafka client.',
          'Kafka \uD074\uB77C\uC774\uC5B8\uD2B8\uC6A9 TLS \uD30C\uC77C\uC785\uB2C8\uB2E4.',
        ),
        {
          enabled: I(
            u(
              'Use TLS to the brokers.',
              '\uBE0C\uB85C\uCEE4\uC640 TLS\uB85C \uD1B5\uC2E0\uD569\uB2C8\uB2E4.',
            ),
            { default: !1, since: { milvus: '2.3.11' } },
          ),
          tlsCert: v(
            u(
              'Path of the client certificate (PEM).',
              '\uD074\uB77C\uC774\uC5B8\uD2B8 \uC778\uC99D\uC11C(PEM) \uACBD\uB85C\uC785\uB2C8\uB2E4.',
            ),
            { since: { milvus: '2.3.11' } },
          ),
          tlsKey: v(
            u(
              'Path of the client key (PEM).',
              '\uD074\uB77C\uC774\uC5B8\uD2B8 \uD0A4(PEM) \uACBD\uB85C\uC785\uB2C8\uB2E4.',
            ),
            { since: { milvus: '2.3.11' } },
          ),
          tlsCaCert: v(
            u(
              'Path of the CA certificate (PEM).',
              'CA \uC778\uC99D\uC11C(PEM) \uACBD\uB85C\uC785\uB2C8\uB2E4.',
            ),
            { since: { milvus: '2.3.11' } },
          ),
          tlsKeyPassword: v(
            u(
              'Password of the client key.',
              '\uD074\uB77C\uC774\uC5B8\uD2B8 \uD0A4\uC758 \uBE44\uBC00\uBC88\uD638\uC785\uB2C8\uB2E4.',
            ),
            { since: { milvus: '2.3.11' } },
          ),
        },
        { since: { milvus: '2.3.11' } },
      ),
      consumer: P(
        u(
          'Extra librdkafka consumer settings.',
          '\uCD94\uAC00 librdkafka \uCEE8\uC288\uBA38 \uC124\uC815\uC785\uB2C8\uB2E4.',
        ),
        void 0,
        { since: { milvus: '2.2.0' } },
      ),
      producer: P(
        u(
          'Extra librdkafka producer settings.',
          '\uCD94\uAC00 librdkafka \uD504\uB85C\uB4C0\uC11C \uC124\uC815\uC785\uB2C8\uB2E4.',
        ),
        void 0,
        { since: { milvus: '2.2.0' } },
      ),
    },
    { since: { milvus: '2.1.0' } },
  ),
  Pd = P(
    u(
      'Pulsar client settings of Milvus.',
      'Milvus\uC758 Pulsar \uD074\uB77C\uC774\uC5B8\uD2B8 \uC124\uC815\uC785\uB2C8\uB2E4.',
    ),
    {
      address: v(
        u(
          'Broker host; removed and rewritten by the operator from dependencies.pulsar.endpoint.',
          '\uBE0C\uB85C\uCEE4 \uD638\uC2A4\uD2B8\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC9C0\uC6B0\uACE0 dependencies.pulsar.endpoint\uB85C \uB2E4\uC2DC \uC501\uB2C8\uB2E4.',
        ),
        { default: 'localhost' },
      ),
      port: N(
        u(
          'Broker port; removed and rewritten by the operator.',
          '\uBE0C\uB85C\uCEE4 \uD3EC\uD2B8\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC9C0\uC6B0\uACE0 \uB2E4\uC2DC \uC501\uB2C8\uB2E4.',
        ),
        { default: 6650, min: 0, max: 65535 },
      ),
      webport: N(
        u('Pulsar admin (HTTP) port.', 'Pulsar \uAD00\uB9AC(HTTP) \uD3EC\uD2B8\uC785\uB2C8\uB2E4.'),
        { default: 80, min: 0, max: 65535 },
      ),
      webaddress: v(
        u(
          'Pulsar admin (HTTP) address.',
          'Pulsar \uAD00\uB9AC(HTTP) \uC8FC\uC18C\uC785\uB2C8\uB2E4.',
        ),
        { default: '' },
      ),
      maxMessageSize: N(
        u(
          'Largest message (bytes) Milvus sends; keep it within the broker limit.',
          'Milvus\uAC00 \uBCF4\uB0B4\uB294 \uCD5C\uB300 \uBA54\uC2DC\uC9C0 \uD06C\uAE30(\uBC14\uC774\uD2B8)\uC774\uBA70, \uBE0C\uB85C\uCEE4 \uD55C\uB3C4 \uC548\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.',
        ),
        { default: 2097152 },
      ),
      tenant: v(
        u(
          'Pulsar tenant for Milvus topics.',
          'Milvus \uD1A0\uD53D\uC774 \uC18D\uD560 Pulsar \uD14C\uB10C\uD2B8\uC785\uB2C8\uB2E4.',
        ),
        { default: 'public' },
      ),
      namespace: v(
        u(
          'Pulsar namespace for Milvus topics.',
          'Milvus \uD1A0\uD53D\uC774 \uC18D\uD560 Pulsar \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uC785\uB2C8\uB2E4.',
        ),
        { default: 'default' },
      ),
      authPlugin: v(
        u(
          'Client auth plugin, e.g. token.',
          '\uD074\uB77C\uC774\uC5B8\uD2B8 \uC778\uC99D \uD50C\uB7EC\uADF8\uC778\uC785\uB2C8\uB2E4(\uC608: token).',
        ),
        { since: { milvus: '2.2.0' } },
      ),
      authParams: v(
        u(
          'Auth parameters as key:value,key:value.',
          'key:value,key:value \uD615\uC2DD\uC758 \uC778\uC99D \uD30C\uB77C\uBBF8\uD130\uC785\uB2C8\uB2E4.',
        ),
        { since: { milvus: '2.2.0' } },
      ),
      requestTimeout: N(
        u(
          'Request timeout in seconds.',
          '\uC694\uCCAD \uC81C\uD55C \uC2DC\uAC04(\uCD08)\uC785\uB2C8\uB2E4.',
        ),
        { default: 60, since: { milvus: '2.3.0' } },
      ),
      enableClientMetrics: I(
        u(
          'Export Pulsar client metrics.',
          'Pulsar \uD074\uB77C\uC774\uC5B8\uD2B8 \uBA54\uD2B8\uB9AD\uC744 \uB0B4\uBCF4\uB0C5\uB2C8\uB2E4.',
        ),
      ),
      backlogAutoClearBytes: v(
        u(
          'Backlog size after which old messages are cleared.',
          '\uC774 \uD06C\uAE30\uB97C \uB118\uC73C\uBA74 \uC624\uB798\uB41C \uBC31\uB85C\uADF8\uB97C \uC9C0\uC6C1\uB2C8\uB2E4.',
        ),
        { default: '100m', since: { milvus: '2.6.0' } },
      ),
    },
  ),
  Ld = P(
    u(
      'Embedded RocksMQ settings (standalone only).',
      '\uB0B4\uC7A5 RocksMQ \uC124\uC815\uC785\uB2C8\uB2E4(standalone \uC804\uC6A9).',
    ),
    {
      path: v(
        u(
          'Where RocksMQ keeps its data; Milvus treats RocksMQ as enabled when set.',
          'RocksMQ \uB370\uC774\uD130 \uC704\uCE58\uC774\uBA70, \uAC12\uC774 \uC788\uC73C\uBA74 Milvus\uB294 RocksMQ\uB97C \uC0AC\uC6A9 \uAC00\uB2A5\uC73C\uB85C \uBD05\uB2C8\uB2E4.',
        ),
        { default: '/var/lib/milvus/rdb_data' },
      ),
      lrucacheratio: Ca(
        u(
          'Share of memory for the RocksDB cache.',
          'RocksDB \uCE90\uC2DC\uC5D0 \uC4F8 \uBA54\uBAA8\uB9AC \uBE44\uC728\uC785\uB2C8\uB2E4.',
        ),
        { default: 0.06 },
      ),
      rocksmqPageSize: N(
        u(
          'Page size in bytes.',
          '\uD398\uC774\uC9C0 \uD06C\uAE30(\uBC14\uC774\uD2B8)\uC785\uB2C8\uB2E4.',
        ),
        { default: 67108864 },
      ),
      retentionTimeInMinutes: N(
        u(
          'How long messages are kept (minutes).',
          '\uBA54\uC2DC\uC9C0 \uBCF4\uAD00 \uC2DC\uAC04(\uBD84)\uC785\uB2C8\uB2E4.',
        ),
        { default: 4320 },
      ),
      retentionSizeInMB: N(
        u(
          'How much log is kept per topic (MB).',
          '\uD1A0\uD53D\uB9C8\uB2E4 \uBCF4\uAD00\uD560 \uB85C\uADF8 \uD06C\uAE30(MB)\uC785\uB2C8\uB2E4.',
        ),
        { default: 8192 },
      ),
      compactionInterval: N(
        u(
          'Seconds between compactions.',
          '\uCEF4\uD329\uC158 \uAC04\uACA9(\uCD08)\uC785\uB2C8\uB2E4.',
        ),
        { default: 86400 },
      ),
      compressionTypes: v(
        u(
          'Compression per RocksDB level.',
          'RocksDB \uB808\uBCA8\uBCC4 \uC555\uCD95 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
        ),
        { default: '0,0,7,7,7' },
      ),
    },
  ),
  qS = P(
    u(
      'Embedded NATS server logging.',
      '\uB0B4\uC7A5 NATS \uC11C\uBC84 \uB85C\uAE45 \uC124\uC815\uC785\uB2C8\uB2E4.',
    ),
    {
      trace: I(
        u(
          'Log protocol traces.',
          '\uD504\uB85C\uD1A0\uCF5C \uCD94\uC801 \uB85C\uADF8\uB97C \uB0A8\uAE41\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      debug: I(
        u(
          'Log debug messages.',
          '\uB514\uBC84\uADF8 \uBA54\uC2DC\uC9C0\uB97C \uB85C\uADF8\uB85C \uB0A8\uAE41\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      logTime: I(
        u(
          'Prefix log lines with the time.',
          '\uB85C\uADF8 \uC904 \uC55E\uC5D0 \uC2DC\uAC01\uC744 \uBD99\uC785\uB2C8\uB2E4.',
        ),
        { default: !0 },
      ),
      logFile: v(u('Log file path.', '\uB85C\uADF8 \uD30C\uC77C \uACBD\uB85C\uC785\uB2C8\uB2E4.'), {
        default: '/tmp/milvus/logs/nats.log',
      }),
      logSizeLimit: N(
        u(
          'Rotate the log after this many bytes.',
          '\uC774 \uD06C\uAE30(\uBC14\uC774\uD2B8)\uB97C \uB118\uC73C\uBA74 \uB85C\uADF8\uB97C \uAD50\uCCB4\uD569\uB2C8\uB2E4.',
        ),
        { default: 536870912 },
      ),
    },
  ),
  FS = P(
    u(
      'How long NATS keeps messages.',
      'NATS\uAC00 \uBA54\uC2DC\uC9C0\uB97C \uBCF4\uAD00\uD558\uB294 \uAE30\uC900\uC785\uB2C8\uB2E4.',
    ),
    {
      maxAge: N(
        u(
          'Keep messages this many minutes.',
          '\uBA54\uC2DC\uC9C0\uB97C \uBCF4\uAD00\uD560 \uC2DC\uAC04(\uBD84)\uC785\uB2C8\uB2E4.',
        ),
        { default: 4320 },
      ),
      maxBytes: N(
        u(
          'Keep at most this many bytes per topic.',
          '\uD1A0\uD53D\uB9C8\uB2E4 \uBCF4\uAD00\uD560 \uCD5C\uB300 \uBC14\uC774\uD2B8\uC785\uB2C8\uB2E4.',
        ),
      ),
      maxMsgs: N(
        u(
          'Keep at most this many messages per topic.',
          '\uD1A0\uD53D\uB9C8\uB2E4 \uBCF4\uAD00\uD560 \uCD5C\uB300 \uBA54\uC2DC\uC9C0 \uC218\uC785\uB2C8\uB2E4.',
        ),
      ),
    },
  ),
  KS = { since: { milvus: '2.3.0' }, until: { milvus: '2.6.0' } },
  Nd = P(
    u(
      'Embedded NATS settings (Milvus 2.3 to 2.5).',
      '\uB0B4\uC7A5 NATS \uC124\uC815\uC785\uB2C8\uB2E4(Milvus 2.3~2.5).',
    ),
    {
      server: P(
        u('The embedded NATS server.', '\uB0B4\uC7A5 NATS \uC11C\uBC84\uC785\uB2C8\uB2E4.'),
        {
          port: N(
            u(
              'Client port of the embedded server.',
              '\uB0B4\uC7A5 \uC11C\uBC84\uC758 \uD074\uB77C\uC774\uC5B8\uD2B8 \uD3EC\uD2B8\uC785\uB2C8\uB2E4.',
            ),
            { default: 4222, min: 0, max: 65535 },
          ),
          storeDir: v(
            u(
              'Where NATS keeps its data.',
              'NATS \uB370\uC774\uD130 \uC704\uCE58\uC785\uB2C8\uB2E4.',
            ),
            { default: '/var/lib/milvus/nats' },
          ),
          maxFileStore: N(
            u(
              'Most disk (bytes) NATS may use.',
              'NATS\uAC00 \uC4F8 \uC218 \uC788\uB294 \uCD5C\uB300 \uB514\uC2A4\uD06C(\uBC14\uC774\uD2B8)\uC785\uB2C8\uB2E4.',
            ),
            { default: 17179869184 },
          ),
          maxPayload: N(
            u(
              'Largest message (bytes); must not exceed maxPending.',
              '\uCD5C\uB300 \uBA54\uC2DC\uC9C0 \uD06C\uAE30(\uBC14\uC774\uD2B8)\uC774\uBA70 maxPending\uBCF4\uB2E4 \uD06C\uBA74 \uC548 \uB429\uB2C8\uB2E4.',
            ),
            { default: 8388608 },
          ),
          maxPending: N(
            u(
              'Most bytes buffered per client connection.',
              '\uD074\uB77C\uC774\uC5B8\uD2B8 \uC5F0\uACB0\uB9C8\uB2E4 \uBC84\uD37C\uC5D0 \uB458 \uCD5C\uB300 \uBC14\uC774\uD2B8\uC785\uB2C8\uB2E4.',
            ),
            { default: 67108864 },
          ),
          initializeTimeout: N(
            u(
              'Milliseconds to wait for the server to start.',
              '\uC11C\uBC84 \uC2DC\uC791\uC744 \uAE30\uB2E4\uB9AC\uB294 \uC2DC\uAC04(\uBC00\uB9AC\uCD08)\uC785\uB2C8\uB2E4.',
            ),
            { default: 4e3 },
          ),
          monitor: qS,
          retention: FS,
        },
      ),
    },
    KS,
  )
var BS = { since: { milvus: '2.6.0' } },
  $d = u(
    ' (development line, newer than 2.6)',
    ' (2.6\uBCF4\uB2E4 \uC0C8\uB85C\uC6B4 \uAC1C\uBC1C \uBC84\uC804)',
  ),
  Lr = (t, e) => u(t + $d.en, e + $d.ko),
  US = P(
    u(
      'How Milvus writes to Woodpecker.',
      'Milvus\uAC00 Woodpecker\uC5D0 \uAE30\uB85D\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
    ),
    {
      segmentAppend: P(
        u(
          'Append queue of the writer.',
          '\uAE30\uB85D\uAE30\uC758 \uCD94\uAC00(append) \uD050\uC785\uB2C8\uB2E4.',
        ),
        {
          queueSize: N(
            u(
              'Pending appends per segment.',
              '\uC138\uADF8\uBA3C\uD2B8\uB9C8\uB2E4 \uB300\uAE30\uD558\uB294 \uCD94\uAC00 \uC694\uCCAD \uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 1e4 },
          ),
          maxRetries: N(
            u(
              'Retries for a failed append.',
              '\uC2E4\uD328\uD55C \uCD94\uAC00 \uC694\uCCAD\uC758 \uC7AC\uC2DC\uB3C4 \uD69F\uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 3 },
          ),
          maxBatchEntries: N(
            Lr('Entries per append batch', '\uCD94\uAC00 \uBC30\uCE58\uB2F9 \uD56D\uBAA9 \uC218'),
            { default: 1e3 },
          ),
          maxBatchBytes: N(
            Lr('Bytes per append batch', '\uCD94\uAC00 \uBC30\uCE58\uB2F9 \uBC14\uC774\uD2B8'),
            { default: 2e6 },
          ),
        },
      ),
      segmentRollingPolicy: P(
        u(
          'When the writer starts a new segment.',
          '\uAE30\uB85D\uAE30\uAC00 \uC0C8 \uC138\uADF8\uBA3C\uD2B8\uB97C \uC2DC\uC791\uD558\uB294 \uAE30\uC900\uC785\uB2C8\uB2E4.',
        ),
        {
          maxSize: v(
            u(
              'Roll after this size.',
              '\uC774 \uD06C\uAE30\uB97C \uB118\uC73C\uBA74 \uC0C8 \uC138\uADF8\uBA3C\uD2B8\uB85C \uB118\uC5B4\uAC11\uB2C8\uB2E4.',
            ),
            { default: '256M' },
          ),
          maxInterval: v(
            u(
              'Roll after this time.',
              '\uC774 \uC2DC\uAC04\uC774 \uC9C0\uB098\uBA74 \uC0C8 \uC138\uADF8\uBA3C\uD2B8\uB85C \uB118\uC5B4\uAC11\uB2C8\uB2E4.',
            ),
            { default: '10m' },
          ),
          maxBlocks: N(
            u(
              'Roll after this many blocks.',
              '\uC774 \uBE14\uB85D \uC218\uB97C \uB118\uC73C\uBA74 \uC0C8 \uC138\uADF8\uBA3C\uD2B8\uB85C \uB118\uC5B4\uAC11\uB2C8\uB2E4.',
            ),
            { default: 1e3 },
          ),
        },
      ),
      auditor: P(
        u(
          'Background segment checks.',
          '\uBC31\uADF8\uB77C\uC6B4\uB4DC \uC138\uADF8\uBA3C\uD2B8 \uC810\uAC80\uC785\uB2C8\uB2E4.',
        ),
        {
          maxInterval: v(
            u('Time between audits.', '\uC810\uAC80 \uAC04\uACA9\uC785\uB2C8\uB2E4.'),
            { default: '10s' },
          ),
        },
      ),
      directRead: P(
        Lr(
          'Reading straight from storage',
          '\uC800\uC7A5\uC18C\uC5D0\uC11C \uC9C1\uC811 \uC77D\uAE30',
        ),
        {
          enabled: I(
            u(
              'Read closed segments directly from storage.',
              '\uB2EB\uD78C \uC138\uADF8\uBA3C\uD2B8\uB97C \uC800\uC7A5\uC18C\uC5D0\uC11C \uC9C1\uC811 \uC77D\uC2B5\uB2C8\uB2E4.',
            ),
            { default: !0 },
          ),
          maxBatchSize: v(
            u(
              'Bytes per read batch.',
              '\uC77D\uAE30 \uBC30\uCE58\uB2F9 \uBC14\uC774\uD2B8\uC785\uB2C8\uB2E4.',
            ),
            { default: '16M' },
          ),
          maxFetchThreads: N(
            u(
              'Parallel fetch threads.',
              '\uBCD1\uB82C \uAC00\uC838\uC624\uAE30 \uC2A4\uB808\uB4DC \uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 4 },
          ),
        },
      ),
      quorum: P(
        Lr(
          'Quorum writes to LogStore service nodes',
          'LogStore \uC11C\uBE44\uC2A4 \uB178\uB4DC\uC5D0 \uB300\uD55C \uCFFC\uB7FC \uAE30\uB85D',
        ),
        {
          quorumBufferPools: P(
            u(
              'LogStore pools; the operator writes them from dependencies.woodpecker.quorumBufferPools.',
              'LogStore \uD480\uC774\uBA70, \uC624\uD37C\uB808\uC774\uD130\uAC00 dependencies.woodpecker.quorumBufferPools\uB85C \uC501\uB2C8\uB2E4.',
            ),
          ),
          quorumSelectStrategy: P(
            u(
              'How replicas are placed across nodes.',
              '\uBCF5\uC81C\uBCF8\uC744 \uB178\uB4DC\uC5D0 \uBC30\uCE58\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
            ),
            {
              affinityMode: te(
                ['soft', 'hard'],
                u(
                  'Whether placement rules are preferences or requirements.',
                  '\uBC30\uCE58 \uADDC\uCE59\uC744 \uC120\uD638\uB85C \uBCFC\uC9C0 \uD544\uC218\uB85C \uBCFC\uC9C0 \uC815\uD569\uB2C8\uB2E4.',
                ),
                { default: 'soft' },
              ),
              replicas: N(
                u(
                  'Copies of every entry (3 or 5).',
                  '\uD56D\uBAA9\uB9C8\uB2E4 \uB458 \uBCF5\uC81C\uBCF8 \uC218(3 \uB610\uB294 5)\uC785\uB2C8\uB2E4.',
                ),
                { default: 3 },
              ),
              strategy: te(
                [
                  'random',
                  'single-az-single-rg',
                  'single-az-multi-rg',
                  'multi-az-single-rg',
                  'multi-az-multi-rg',
                  'cross-region',
                  'custom',
                ],
                u(
                  'Placement strategy across zones and resource groups.',
                  '\uC874\uACFC \uB9AC\uC18C\uC2A4 \uADF8\uB8F9\uC5D0 \uAC78\uCE5C \uBC30\uCE58 \uC804\uB7B5\uC785\uB2C8\uB2E4.',
                ),
                { default: 'random' },
              ),
              customPlacement: P(
                u(
                  'Placement for the custom strategy.',
                  'custom \uC804\uB7B5\uC6A9 \uBC30\uCE58 \uC124\uC815\uC785\uB2C8\uB2E4.',
                ),
                void 0,
                { nullable: !0 },
              ),
            },
          ),
        },
      ),
    },
  ),
  zS = P(
    u(
      'How the log store flushes, compacts, reads and retains segments.',
      '\uB85C\uADF8 \uC800\uC7A5\uC18C\uAC00 \uC138\uADF8\uBA3C\uD2B8\uB97C \uD50C\uB7EC\uC2DC\xB7\uCEF4\uD329\uC158\xB7\uC77D\uAE30\xB7\uBCF4\uAD00\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
    ),
    {
      segmentSyncPolicy: P(
        u(
          'When buffered entries are flushed.',
          '\uBC84\uD37C\uC758 \uD56D\uBAA9\uC744 \uD50C\uB7EC\uC2DC\uD558\uB294 \uAE30\uC900\uC785\uB2C8\uB2E4.',
        ),
        {
          maxInterval: v(
            u(
              'Flush at least this often (object storage).',
              '\uCD5C\uC18C \uC774 \uAC04\uACA9\uB9C8\uB2E4 \uD50C\uB7EC\uC2DC\uD569\uB2C8\uB2E4(\uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0).',
            ),
            { default: '200ms' },
          ),
          maxIntervalForLocalStorage: v(
            u(
              'Flush interval for local storage.',
              '\uB85C\uCEEC \uC2A4\uD1A0\uB9AC\uC9C0\uC758 \uD50C\uB7EC\uC2DC \uAC04\uACA9\uC785\uB2C8\uB2E4.',
            ),
            { default: '10ms' },
          ),
          maxIntervalForService: v(
            Lr(
              'Flush interval in service mode',
              '\uC11C\uBE44\uC2A4 \uBAA8\uB4DC\uC758 \uD50C\uB7EC\uC2DC \uAC04\uACA9',
            ),
            { default: '10ms' },
          ),
          maxBytes: v(
            u(
              'Flush once this much is buffered.',
              '\uC774\uB9CC\uD07C \uC313\uC774\uBA74 \uD50C\uB7EC\uC2DC\uD569\uB2C8\uB2E4.',
            ),
            { default: '256M' },
          ),
          maxEntries: N(
            u(
              'Flush once this many entries are buffered.',
              '\uC774 \uD56D\uBAA9 \uC218\uB9CC\uD07C \uC313\uC774\uBA74 \uD50C\uB7EC\uC2DC\uD569\uB2C8\uB2E4.',
            ),
            { default: 1e4 },
          ),
          maxFlushRetries: N(
            u(
              'Retries for a failed flush.',
              '\uC2E4\uD328\uD55C \uD50C\uB7EC\uC2DC\uC758 \uC7AC\uC2DC\uB3C4 \uD69F\uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 5 },
          ),
          retryInterval: v(
            u(
              'Wait between flush retries.',
              '\uD50C\uB7EC\uC2DC \uC7AC\uC2DC\uB3C4 \uC0AC\uC774\uC758 \uB300\uAE30 \uC2DC\uAC04\uC785\uB2C8\uB2E4.',
            ),
            { default: '1000ms' },
          ),
          maxFlushSize: v(
            u(
              'Largest single flush.',
              '\uD55C \uBC88\uC5D0 \uD50C\uB7EC\uC2DC\uD560 \uCD5C\uB300 \uD06C\uAE30\uC785\uB2C8\uB2E4.',
            ),
            { default: '2M' },
          ),
          maxFlushThreads: N(
            u(
              'Parallel flush threads.',
              '\uBCD1\uB82C \uD50C\uB7EC\uC2DC \uC2A4\uB808\uB4DC \uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 32 },
          ),
        },
      ),
      segmentCompactionPolicy: P(
        u(
          'How small blocks are merged.',
          '\uC791\uC740 \uBE14\uB85D\uC744 \uD569\uCE58\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
        ),
        {
          maxSize: v(
            u(
              'Largest merged block.',
              '\uD569\uCE5C \uBE14\uB85D\uC758 \uCD5C\uB300 \uD06C\uAE30\uC785\uB2C8\uB2E4.',
            ),
            { default: '2M' },
          ),
          maxParallelUploads: N(
            u(
              'Parallel uploads while compacting.',
              '\uCEF4\uD329\uC158 \uC911 \uBCD1\uB82C \uC5C5\uB85C\uB4DC \uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 4 },
          ),
          maxParallelReads: N(
            u(
              'Parallel reads while compacting.',
              '\uCEF4\uD329\uC158 \uC911 \uBCD1\uB82C \uC77D\uAE30 \uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 8 },
          ),
        },
      ),
      segmentReadPolicy: P(
        u(
          'How segments are read back.',
          '\uC138\uADF8\uBA3C\uD2B8\uB97C \uB2E4\uC2DC \uC77D\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
        ),
        {
          maxBatchSize: v(
            u(
              'Bytes per read batch.',
              '\uC77D\uAE30 \uBC30\uCE58\uB2F9 \uBC14\uC774\uD2B8\uC785\uB2C8\uB2E4.',
            ),
            { default: '16M' },
          ),
          maxFetchThreads: N(
            u(
              'Parallel fetch threads.',
              '\uBCD1\uB82C \uAC00\uC838\uC624\uAE30 \uC2A4\uB808\uB4DC \uC218\uC785\uB2C8\uB2E4.',
            ),
            { default: 32 },
          ),
        },
      ),
      retentionPolicy: P(
        u(
          'How long the log is kept.',
          '\uB85C\uADF8\uB97C \uBCF4\uAD00\uD558\uB294 \uAE30\uAC04\uC785\uB2C8\uB2E4.',
        ),
        {
          ttl: v(
            u(
              'Keep truncated segments this long.',
              '\uC798\uB77C\uB0B8 \uC138\uADF8\uBA3C\uD2B8\uB97C \uC774 \uAE30\uAC04 \uB3D9\uC548 \uBCF4\uAD00\uD569\uB2C8\uB2E4.',
            ),
            { default: '72h' },
          ),
        },
      ),
      fencePolicy: P(
        u(
          'How writers are fenced off.',
          '\uAE30\uB85D\uAE30\uB97C \uCC28\uB2E8(fence)\uD558\uB294 \uBC29\uC2DD\uC785\uB2C8\uB2E4.',
        ),
        {
          conditionWrite: te(
            ['auto', 'enable', 'disable'],
            u(
              'Use conditional writes of the object store for fencing.',
              '\uCC28\uB2E8\uC5D0 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC758 \uC870\uAC74\uBD80 \uC4F0\uAE30\uB97C \uC0AC\uC6A9\uD560\uC9C0 \uC815\uD569\uB2C8\uB2E4.',
            ),
            { default: 'auto' },
          ),
        },
      ),
    },
  ),
  Od = P(
    u(
      'Woodpecker log settings (Milvus 2.6+).',
      'Woodpecker \uB85C\uADF8 \uC124\uC815\uC785\uB2C8\uB2E4(Milvus 2.6 \uC774\uC0C1).',
    ),
    {
      meta: P(
        u(
          'Where Woodpecker keeps its metadata.',
          'Woodpecker \uBA54\uD0C0\uB370\uC774\uD130 \uC704\uCE58\uC785\uB2C8\uB2E4.',
        ),
        {
          type: te(
            ['etcd'],
            u(
              'Metadata store (only etcd).',
              '\uBA54\uD0C0\uB370\uC774\uD130 \uC800\uC7A5\uC18C\uC785\uB2C8\uB2E4(etcd\uB9CC \uAC00\uB2A5).',
            ),
            { default: 'etcd' },
          ),
          prefix: v(
            u(
              'Key prefix in etcd; Milvus treats Woodpecker as enabled when set.',
              'etcd \uD0A4 \uC811\uB450\uC0AC\uC774\uBA70, \uAC12\uC774 \uC788\uC73C\uBA74 Milvus\uB294 Woodpecker\uB97C \uC0AC\uC6A9 \uAC00\uB2A5\uC73C\uB85C \uBD05\uB2C8\uB2E4.',
            ),
            { default: 'woodpecker' },
          ),
        },
      ),
      client: US,
      logstore: zS,
      storage: P(
        u(
          'Where the log data goes.',
          '\uB85C\uADF8 \uB370\uC774\uD130\uB97C \uC800\uC7A5\uD560 \uACF3\uC785\uB2C8\uB2E4.',
        ),
        {
          type: te(
            ['minio', 'local', 'service'],
            u(
              'minio (object storage), local (a disk: standalone or a shared filesystem) or service (external LogStore, development line).',
              'minio(\uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0), local(\uB514\uC2A4\uD06C: standalone \uB610\uB294 \uACF5\uC720 \uD30C\uC77C\uC2DC\uC2A4\uD15C), service(\uC678\uBD80 LogStore, \uAC1C\uBC1C \uBC84\uC804)\uC785\uB2C8\uB2E4.',
            ),
            { default: 'minio' },
          ),
          rootPath: v(
            u(
              'Root directory for local storage; default means under localStorage.path.',
              '\uB85C\uCEEC \uC800\uC7A5\uC18C\uC758 \uB8E8\uD2B8 \uACBD\uB85C\uC774\uBA70, default\uB294 localStorage.path \uC544\uB798\uB97C \uB73B\uD569\uB2C8\uB2E4.',
            ),
            { default: 'default' },
          ),
        },
      ),
    },
    BS,
  )
function Nr(t, e, n = 'Retain') {
  return V(
    {
      values: P(
        u(
          `Helm values for the bundled ${t.en} chart (merged over the chart defaults).`,
          `\uBC88\uB4E4 ${t.ko} \uCC28\uD2B8\uC758 Helm \uAC12\uC785\uB2C8\uB2E4(\uCC28\uD2B8 \uAE30\uBCF8\uAC12 \uC704\uC5D0 \uBCD1\uD569).`,
        ),
        void 0,
        { nullable: !0, keepNull: !0 },
      ),
      chartVersion: v(
        u(
          'Which bundled chart to deploy (etcd-v6/etcd-v8, pulsar-v2/pulsar-v3).',
          '\uBC30\uD3EC\uD560 \uBC88\uB4E4 \uCC28\uD2B8 \uBC84\uC804\uC785\uB2C8\uB2E4(etcd-v6/etcd-v8, pulsar-v2/pulsar-v3).',
        ),
        e ? { default: e } : {},
      ),
      deletionPolicy: te(
        ba,
        u(
          'Delete uninstalls the release when the Milvus resource is deleted; Retain keeps it.',
          'Delete\uB294 Milvus \uB9AC\uC18C\uC2A4\uB97C \uC9C0\uC6B8 \uB54C \uB9B4\uB9AC\uC2A4\uB3C4 \uC81C\uAC70\uD558\uACE0, Retain\uC740 \uB0A8\uACA8 \uB461\uB2C8\uB2E4.',
        ),
        { default: n },
      ),
      pvcDeletion: I(
        u(
          "With Delete, also delete the release's volumes (data is lost).",
          'Delete\uC640 \uD568\uAED8 \uB9B4\uB9AC\uC2A4\uC758 \uBCFC\uB968\uB3C4 \uC9C0\uC6C1\uB2C8\uB2E4(\uB370\uC774\uD130\uAC00 \uC0AC\uB77C\uC9D0).',
        ),
        { default: !1 },
      ),
    },
    u(
      `Let the operator install ${t.en} with Helm inside the cluster.`,
      `\uC624\uD37C\uB808\uC774\uD130\uAC00 \uD074\uB7EC\uC2A4\uD130 \uC548\uC5D0 Helm\uC73C\uB85C ${t.ko}\uC744(\uB97C) \uC124\uCE58\uD569\uB2C8\uB2E4.`,
    ),
  )
}
var Dd = V(
    {
      enabled: I(
        u(
          'Keep the log on a PersistentVolumeClaim instead of an emptyDir.',
          '\uB85C\uADF8\uB97C emptyDir \uB300\uC2E0 PersistentVolumeClaim\uC5D0 \uBCF4\uAD00\uD569\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      pvcDeletion: I(
        u(
          'Delete that claim (and the log) when the Milvus resource is deleted.',
          'Milvus \uB9AC\uC18C\uC2A4\uB97C \uC9C0\uC6B8 \uB54C \uADF8 \uD074\uB808\uC784(\uACFC \uB85C\uADF8)\uB3C4 \uC9C0\uC6C1\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      persistentVolumeClaim: V(
        {
          existingClaim: v(
            u(
              'Use this existing claim instead of creating one.',
              '\uC0C8\uB85C \uB9CC\uB4E4\uC9C0 \uC54A\uACE0 \uC774 \uAE30\uC874 \uD074\uB808\uC784\uC744 \uC501\uB2C8\uB2E4.',
            ),
          ),
          labels: pe(
            u(
              'Labels on the created claim.',
              '\uC0DD\uC131\uB418\uB294 \uD074\uB808\uC784\uC5D0 \uBD99\uC77C \uB808\uC774\uBE14\uC785\uB2C8\uB2E4.',
            ),
          ),
          annotations: pe(
            u(
              'Annotations on the created claim.',
              '\uC0DD\uC131\uB418\uB294 \uD074\uB808\uC784\uC5D0 \uBD99\uC77C \uC5B4\uB178\uD14C\uC774\uC158\uC785\uB2C8\uB2E4.',
            ),
          ),
          spec: P(
            u(
              'Claim spec (access modes, storage class, size); ReadWriteOnce and 5Gi when missing.',
              '\uD074\uB808\uC784 spec(\uC811\uADFC \uBAA8\uB4DC, \uC2A4\uD1A0\uB9AC\uC9C0 \uD074\uB798\uC2A4, \uD06C\uAE30)\uC774\uBA70, \uC5C6\uC73C\uBA74 ReadWriteOnce\uC640 5Gi\uC785\uB2C8\uB2E4.',
            ),
            void 0,
            { nullable: !0 },
          ),
        },
        u(
          'The claim the operator creates (named <name>-data) or reuses.',
          '\uC624\uD37C\uB808\uC774\uD130\uAC00 \uB9CC\uB4E4\uAC70\uB098(<name>-data) \uC7AC\uC0AC\uC6A9\uD558\uB294 \uD074\uB808\uC784\uC785\uB2C8\uB2E4.',
        ),
      ),
    },
    u(
      'Where the embedded log lives; mounted at /var/lib/milvus in every Milvus pod.',
      '\uB0B4\uC7A5 \uB85C\uADF8\uB97C \uC800\uC7A5\uD560 \uACF3\uC774\uBA70, \uBAA8\uB4E0 Milvus \uD30C\uB4DC\uC758 /var/lib/milvus\uC5D0 \uB9C8\uC6B4\uD2B8\uB429\uB2C8\uB2E4.',
    ),
  ),
  jS = V(
    {
      persistence: Dd,
      external: I(
        u(
          'Use a separately deployed Woodpecker LogStore service instead of the embedded one.',
          '\uB0B4\uC7A5 \uB300\uC2E0 \uBCC4\uB3C4\uB85C \uBC30\uD3EC\uD55C Woodpecker LogStore \uC11C\uBE44\uC2A4\uB97C \uC501\uB2C8\uB2E4.',
        ),
        { default: !1, since: { operator: '1.3.8' } },
      ),
      quorumBufferPools: ne(
        V(
          {
            name: v(u('Pool name.', '\uD480 \uC774\uB984\uC785\uB2C8\uB2E4.')),
            seeds: ne(
              v(
                u(
                  'A LogStore address (host:18080).',
                  'LogStore \uC8FC\uC18C(host:18080)\uC785\uB2C8\uB2E4.',
                ),
              ),
              u(
                'Addresses of the LogStore nodes in this pool.',
                '\uC774 \uD480\uC5D0 \uC18D\uD55C LogStore \uB178\uB4DC \uC8FC\uC18C\uC785\uB2C8\uB2E4.',
              ),
            ),
          },
          u(
            'One pool of LogStore nodes.',
            'LogStore \uB178\uB4DC \uD480 \uD558\uB098\uC785\uB2C8\uB2E4.',
          ),
          { required: ['name', 'seeds'] },
        ),
        u(
          'LogStore pools Milvus writes to when external is true.',
          'external\uC774 true\uC77C \uB54C Milvus\uAC00 \uAE30\uB85D\uD560 LogStore \uD480\uC785\uB2C8\uB2E4.',
        ),
        { since: { operator: '1.3.8' } },
      ),
    },
    u(
      'Woodpecker, the built-in log of Milvus 2.6 (embedded, or an external LogStore).',
      'Milvus 2.6\uC758 \uB0B4\uC7A5 \uB85C\uADF8\uC778 Woodpecker\uC785\uB2C8\uB2E4(\uB0B4\uC7A5 \uB610\uB294 \uC678\uBD80 LogStore).',
    ),
    { since: { milvus: '2.6.0', operator: '1.3.0' } },
  ),
  VS = V(
    {
      inCluster: Nr(u('Pulsar', 'Pulsar'), 'pulsar-v3'),
      external: I(
        u(
          'Use an existing Pulsar instead of installing one.',
          '\uC0C8\uB85C \uC124\uCE58\uD558\uC9C0 \uC54A\uACE0 \uAE30\uC874 Pulsar\uB97C \uC501\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      endpoint: v(
        u(
          'host:port of the external Pulsar broker or proxy (one string, not a list).',
          '\uC678\uBD80 Pulsar \uBE0C\uB85C\uCEE4\uB098 \uD504\uB85D\uC2DC\uC758 host:port\uC785\uB2C8\uB2E4(\uBAA9\uB85D\uC774 \uC544\uB2CC \uBB38\uC790\uC5F4 \uD558\uB098).',
        ),
      ),
    },
    u(
      'Apache Pulsar as the message stream.',
      '\uBA54\uC2DC\uC9C0 \uC2A4\uD2B8\uB9BC\uC73C\uB85C \uC4F0\uB294 Apache Pulsar\uC785\uB2C8\uB2E4.',
    ),
  ),
  HS = V(
    {
      inCluster: Nr(u('Kafka', 'Kafka')),
      external: I(
        u(
          'Use existing Kafka brokers instead of installing them.',
          '\uC0C8\uB85C \uC124\uCE58\uD558\uC9C0 \uC54A\uACE0 \uAE30\uC874 Kafka \uBE0C\uB85C\uCEE4\uB97C \uC501\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      brokerList: ne(
        v(
          u(
            'One broker, host:port.',
            '\uBE0C\uB85C\uCEE4 \uD558\uB098(host:port)\uC785\uB2C8\uB2E4.',
          ),
        ),
        u(
          'Kafka brokers to connect to (a list).',
          '\uC5F0\uACB0\uD560 Kafka \uBE0C\uB85C\uCEE4 \uBAA9\uB85D\uC785\uB2C8\uB2E4.',
        ),
      ),
      secretRef: v(
        u(
          'Secret with username and password (and optional ca.pem) for SASL; keeps credentials out of the manifest.',
          'SASL\uC6A9 username\xB7password(\uC120\uD0DD\uC801\uC73C\uB85C ca.pem)\uAC00 \uB4E0 Secret\uC774\uBA70, \uC790\uACA9 \uC99D\uBA85\uC744 \uB9E4\uB2C8\uD398\uC2A4\uD2B8 \uBC16\uC5D0 \uB461\uB2C8\uB2E4.',
        ),
        { since: { operator: '1.3.8' } },
      ),
    },
    u(
      'Apache Kafka as the message stream.',
      '\uBA54\uC2DC\uC9C0 \uC2A4\uD2B8\uB9BC\uC73C\uB85C \uC4F0\uB294 Apache Kafka\uC785\uB2C8\uB2E4.',
    ),
    { since: { milvus: '2.1.0' } },
  ),
  WS = V(
    {
      endpoints: ne(
        v(
          u(
            'One etcd client address, host:2379.',
            'etcd \uD074\uB77C\uC774\uC5B8\uD2B8 \uC8FC\uC18C \uD558\uB098(host:2379)\uC785\uB2C8\uB2E4.',
          ),
        ),
        u(
          'etcd client endpoints; required when external.',
          'etcd \uD074\uB77C\uC774\uC5B8\uD2B8 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uC774\uBA70, external\uC774\uBA74 \uD544\uC218\uC785\uB2C8\uB2E4.',
        ),
      ),
      external: I(
        u(
          'Use an existing etcd instead of installing one.',
          '\uC0C8\uB85C \uC124\uCE58\uD558\uC9C0 \uC54A\uACE0 \uAE30\uC874 etcd\uB97C \uC501\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      inCluster: Nr(u('etcd', 'etcd'), 'etcd-v8'),
    },
    u(
      'etcd, where Milvus keeps its metadata.',
      'Milvus\uAC00 \uBA54\uD0C0\uB370\uC774\uD130\uB97C \uBCF4\uAD00\uD558\uB294 etcd\uC785\uB2C8\uB2E4.',
    ),
  ),
  GS = V(
    {
      type: te(
        [...Sa, ''],
        u(
          'Object storage flavour: MinIO, S3 (also GCS and others) or Azure.',
          '\uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0 \uC885\uB958: MinIO, S3(GCS \uB4F1 \uD3EC\uD568) \uB610\uB294 Azure\uC785\uB2C8\uB2E4.',
        ),
        { default: 'MinIO' },
      ),
      secretRef: v(
        u(
          'Secret with accesskey and secretkey.',
          'accesskey\uC640 secretkey\uAC00 \uB4E0 Secret\uC785\uB2C8\uB2E4.',
        ),
      ),
      endpoint: v(
        u(
          'host[:port] of the storage service; required when external.',
          '\uC2A4\uD1A0\uB9AC\uC9C0 \uC11C\uBE44\uC2A4\uC758 host[:port]\uC774\uBA70, external\uC774\uBA74 \uD544\uC218\uC785\uB2C8\uB2E4.',
        ),
      ),
      inCluster: Nr(u('MinIO', 'MinIO')),
      external: I(
        u(
          'Use existing object storage instead of installing MinIO.',
          'MinIO\uB97C \uC124\uCE58\uD558\uC9C0 \uC54A\uACE0 \uAE30\uC874 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC501\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      ssl: V(
        {
          enabled: I(
            u(
              "The operator's health check uses TLS (Milvus needs minio.useSSL too).",
              '\uC624\uD37C\uB808\uC774\uD130 \uC0C1\uD0DC \uC810\uAC80\uC774 TLS\uB97C \uC501\uB2C8\uB2E4(Milvus\uC5D0\uB294 minio.useSSL\uB3C4 \uD544\uC694).',
            ),
            { default: !1 },
          ),
          caCertificateRef: v(
            u(
              'Secret holding the CA certificate under the key ca.crt.',
              'ca.crt \uD0A4\uC5D0 CA \uC778\uC99D\uC11C\uB97C \uB2F4\uC740 Secret\uC785\uB2C8\uB2E4.',
            ),
          ),
          insecureSkipVerify: I(
            u(
              'Skip certificate verification in the health check.',
              '\uC0C1\uD0DC \uC810\uAC80\uC5D0\uC11C \uC778\uC99D\uC11C \uAC80\uC99D\uC744 \uAC74\uB108\uB701\uB2C8\uB2E4.',
            ),
            { default: !1 },
          ),
        },
        u(
          "TLS for the operator's storage health check.",
          '\uC624\uD37C\uB808\uC774\uD130\uC758 \uC2A4\uD1A0\uB9AC\uC9C0 \uC0C1\uD0DC \uC810\uAC80\uC5D0 \uC4F8 TLS \uC124\uC815\uC785\uB2C8\uB2E4.',
        ),
        { since: { operator: '1.3.0' } },
      ),
    },
    u(
      'Object storage for segments, indexes and logs.',
      '\uC138\uADF8\uBA3C\uD2B8, \uC778\uB371\uC2A4, \uB85C\uADF8\uB97C \uC800\uC7A5\uD558\uB294 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC785\uB2C8\uB2E4.',
    ),
  ),
  YS = V(
    {
      enabled: I(
        u(
          'Deploy Text Embeddings Inference next to Milvus.',
          'Milvus \uC606\uC5D0 Text Embeddings Inference\uB97C \uBC30\uD3EC\uD569\uB2C8\uB2E4.',
        ),
        { default: !1 },
      ),
      inCluster: Nr(u('TEI', 'TEI'), void 0, 'Delete'),
    },
    u(
      'Text Embeddings Inference for embedding functions.',
      '\uC784\uBCA0\uB529 \uD568\uC218\uC5D0 \uC4F0\uB294 Text Embeddings Inference\uC785\uB2C8\uB2E4.',
    ),
  ),
  Id = (t, e = {}) => V({ persistence: Dd }, t, e),
  _d = V(
    {
      msgStreamType: te(
        [...Tr, ''],
        u(
          'Which message stream Milvus uses; empty lets the operator pick by mode and version.',
          'Milvus\uAC00 \uC4F8 \uBA54\uC2DC\uC9C0 \uC2A4\uD2B8\uB9BC\uC774\uBA70, \uBE44\uC6B0\uBA74 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uBAA8\uB4DC\uC640 \uBC84\uC804\uC5D0 \uB530\uB77C \uACE0\uB985\uB2C8\uB2E4.',
        ),
      ),
      rocksmq: Id(
        u(
          'RocksMQ, the embedded log for standalone Milvus.',
          'standalone Milvus\uC6A9 \uB0B4\uC7A5 \uB85C\uADF8\uC778 RocksMQ\uC785\uB2C8\uB2E4.',
        ),
      ),
      natsmq: Id(
        u(
          'NATS JetStream embedded in standalone Milvus 2.3 to 2.5 (removed in 2.6).',
          'standalone Milvus 2.3~2.5\uC5D0 \uB0B4\uC7A5\uB41C NATS JetStream\uC785\uB2C8\uB2E4(2.6\uC5D0\uC11C \uC81C\uAC70).',
        ),
        { since: { milvus: '2.3.0', operator: '0.8.0' }, until: { milvus: '2.6.0' } },
      ),
      woodpecker: jS,
      pulsar: VS,
      kafka: HS,
      customMsgStream: P(
        u(
          'Settings for msgStreamType custom; you also set spec.config.mq.type yourself.',
          'msgStreamType custom\uC6A9 \uC124\uC815\uC774\uBA70, spec.config.mq.type\uB3C4 \uC9C1\uC811 \uC9C0\uC815\uD574\uC57C \uD569\uB2C8\uB2E4.',
        ),
        void 0,
        { nullable: !0, keepNull: !0 },
      ),
      etcd: WS,
      storage: GS,
      tei: YS,
    },
    u(
      'The services Milvus depends on: message stream, etcd and object storage.',
      'Milvus\uAC00 \uC758\uC874\uD558\uB294 \uC11C\uBE44\uC2A4: \uBA54\uC2DC\uC9C0 \uC2A4\uD2B8\uB9BC, etcd, \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC785\uB2C8\uB2E4.',
    ),
  )
var QS = P(
    u(
      'Partial milvus.yaml merged over what the operator renders; unknown keys pass through.',
      '\uC624\uD37C\uB808\uC774\uD130\uAC00 \uB9CC\uB4E0 \uC124\uC815 \uC704\uC5D0 \uBCD1\uD569\uB418\uB294 \uBD80\uBD84 milvus.yaml\uC774\uBA70, \uBAA8\uB974\uB294 \uD0A4\uB3C4 \uADF8\uB300\uB85C \uC804\uB2EC\uB429\uB2C8\uB2E4.',
    ),
    {
      mq: Rd,
      kafka: Ed,
      pulsar: Pd,
      rocksmq: Ld,
      natsmq: Nd,
      woodpecker: Od,
      etcd: Ad,
      minio: Cd,
      common: Td,
    },
  ),
  JS = V(
    {
      mode: te(
        ['cluster', 'standalone'],
        u(
          'standalone runs one Milvus pod; cluster runs each component separately.',
          'standalone\uC740 Milvus \uD30C\uB4DC \uD558\uB098\uB85C, cluster\uB294 \uCEF4\uD3EC\uB10C\uD2B8\uB97C \uAC01\uAC01 \uB530\uB85C \uC2E4\uD589\uD569\uB2C8\uB2E4.',
        ),
        { default: 'standalone' },
      ),
      components: Md,
      dependencies: _d,
      config: QS,
      hookConfig: P(
        u(
          'Extra hook.yaml for Milvus hooks (free-form).',
          'Milvus \uD6C5\uC6A9 \uCD94\uAC00 hook.yaml\uC785\uB2C8\uB2E4(\uC790\uC720 \uD615\uC2DD).',
        ),
        void 0,
        { nullable: !0, keepNull: !0 },
      ),
    },
    u(
      'The desired Milvus deployment.',
      '\uC6D0\uD558\uB294 Milvus \uBC30\uD3EC \uC0C1\uD0DC\uC785\uB2C8\uB2E4.',
    ),
  ),
  It = V(
    {
      apiVersion: v(
        u(
          'API group and version: milvus.io/v1beta1.',
          'API \uADF8\uB8F9\uACFC \uBC84\uC804\uC774\uBA70 milvus.io/v1beta1\uC785\uB2C8\uB2E4.',
        ),
        { default: 'milvus.io/v1beta1' },
      ),
      kind: v(
        u(
          'Resource kind: Milvus.',
          '\uB9AC\uC18C\uC2A4 \uC885\uB958\uC774\uBA70 Milvus\uC785\uB2C8\uB2E4.',
        ),
        { default: 'Milvus' },
      ),
      metadata: bd,
      spec: JS,
      status: P(
        u(
          'Written by the operator; leave it out of manifests you apply.',
          '\uC624\uD37C\uB808\uC774\uD130\uAC00 \uC4F0\uB294 \uAC12\uC774\uBBC0\uB85C \uC801\uC6A9\uD560 \uB9E4\uB2C8\uD398\uC2A4\uD2B8\uC5D0\uB294 \uB123\uC9C0 \uB9C8\uC138\uC694.',
        ),
      ),
    },
    u(
      'A Milvus custom resource.',
      'Milvus \uCEE4\uC2A4\uD140 \uB9AC\uC18C\uC2A4\uC785\uB2C8\uB2E4.',
    ),
  )
function Fd(t) {
  return t.kind === 'object' || t.kind === 'map' || t.kind === 'free-form'
    ? 'object'
    : t.kind === 'array'
      ? 'array'
      : void 0
}
function Kd(t, e) {
  return e === 'array' ? Array.isArray(t) : he(t)
}
function Bd(t) {
  let e = []
  return (Ud(t, It, [], e), e)
}
function Ud(t, e, n, r) {
  if (e.kind === 'object')
    for (let [o, s] of Object.entries(e.fields)) Object.hasOwn(t, o) && qd(t, o, s, [...n, o], r)
  else if (e.kind === 'map') for (let o of Object.keys(t)) qd(t, o, e.values, [...n, o], r)
}
function qd(t, e, n, r, o) {
  let s = Fd(n)
  if (!s) return
  let i = t[e]
  if (!(i === null && n.keepNull)) {
    if (!Kd(i, s)) {
      ;(delete t[e], i !== null && o.push(jd(r, s)))
      return
    }
    zd(i, n, r, o)
  }
}
function zd(t, e, n, r) {
  if (e.kind === 'array' && Array.isArray(t)) {
    let o = Fd(e.items)
    t.forEach((s, i) => {
      o && !Kd(s, o) && !(s === null && e.items.keepNull)
        ? ((t[i] = o === 'array' ? [] : {}), r.push(jd([...n, i], o)))
        : o && zd(t[i], e.items, [...n, i], r)
    })
  } else he(t) && Ud(t, e, n, r)
}
function jd(t, e) {
  let n = ee(t)
  return {
    path: t,
    message:
      e === 'object'
        ? {
            en: `${n} must be a mapping; the value was ignored.`,
            ko: `${n} \uAC12\uC740 \uB9E4\uD551\uC774\uC5B4\uC57C \uD558\uBBC0\uB85C \uBB34\uC2DC\uD588\uC2B5\uB2C8\uB2E4.`,
          }
        : {
            en: `${n} must be a list; the value was ignored.`,
            ko: `${n} \uAC12\uC740 \uBAA9\uB85D\uC774\uC5B4\uC57C \uD558\uBBC0\uB85C \uBB34\uC2DC\uD588\uC2B5\uB2C8\uB2E4.`,
          },
  }
}
var XS = {
  'unsafe-key': (t) => ({
    en: `The key ${t} was dropped: it could change how objects behave and is never a Milvus field.`,
    ko: `${t} \uD0A4\uB294 \uAC1D\uCCB4 \uB3D9\uC791\uC744 \uBC14\uAFC0 \uC218 \uC788\uACE0 Milvus \uD544\uB4DC\uB3C4 \uC544\uB2C8\uBBC0\uB85C \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.`,
  }),
  cycle: (t) => ({
    en: `${t} refers back to itself; the repeated part was dropped.`,
    ko: `${t} \uAC12\uC774 \uC790\uAE30 \uC790\uC2E0\uC744 \uB2E4\uC2DC \uCC38\uC870\uD558\uC5EC \uBC18\uBCF5\uB418\uB294 \uBD80\uBD84\uC744 \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.`,
  }),
  'too-deep': (t) => ({
    en: `${t} is nested too deeply to be a Milvus resource; the deeper part was dropped.`,
    ko: `${t} \uAC12\uC758 \uC911\uCCA9\uC774 \uB108\uBB34 \uAE4A\uC5B4 Milvus \uB9AC\uC18C\uC2A4\uB85C \uBCFC \uC218 \uC5C6\uC73C\uBBC0\uB85C \uAE4A\uC740 \uBD80\uBD84\uC744 \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.`,
  }),
  'too-large': (t) => ({
    en: `The document is too large; everything from ${t} on was dropped.`,
    ko: `\uBB38\uC11C\uAC00 \uB108\uBB34 \uCEE4\uC11C ${t}\uBD80\uD130 \uB4A4\uC758 \uB0B4\uC6A9\uC744 \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.`,
  }),
  unsupported: (t) => ({
    en: `${t} holds a value that is not data (such as a function); it was dropped.`,
    ko: `${t}\uC5D0 \uD568\uC218\uCC98\uB7FC \uB370\uC774\uD130\uAC00 \uC544\uB2CC \uAC12\uC774 \uC788\uC5B4 \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.`,
  }),
}
function ZS(t) {
  return t.length === 0 ? 'the document' : ee(t)
}
function eb(t) {
  return { path: t.path, message: XS[t.problem](ZS(t.path)) }
}
function $r(t) {
  let e = [],
    n = Sd(t, e),
    r = e.map(eb),
    o = he(n) ? n : {}
  return (
    he(n) ||
      r.push({
        path: [],
        message: {
          en: 'The document is not a mapping of keys to values; started from an empty Milvus resource.',
          ko: '\uBB38\uC11C\uAC00 \uD0A4-\uAC12 \uB9E4\uD551\uC774 \uC544\uB2C8\uBBC0\uB85C \uBE48 Milvus \uB9AC\uC18C\uC2A4\uC5D0\uC11C \uC2DC\uC791\uD588\uC2B5\uB2C8\uB2E4.',
        },
      }),
    Vd(o, 'apiVersion', 'milvus.io/v1beta1', r),
    Vd(o, 'kind', 'Milvus', r),
    Hd(o, 'metadata', r),
    Hd(o, 'spec', r),
    r.push(...Bd(o)),
    { resource: tb(o), issues: r }
  )
}
function Vd(t, e, n, r) {
  let o = t[e]
  ;(typeof o == 'string' && o !== '') ||
    ((t[e] = n),
    r.push({
      path: [e],
      message:
        o == null || o === ''
          ? {
              en: `${e} is missing; assumed ${n}.`,
              ko: `${e} \uAC12\uC774 \uC5C6\uC5B4 ${n}(\uC73C)\uB85C \uAC04\uC8FC\uD588\uC2B5\uB2C8\uB2E4.`,
            }
          : {
              en: `${e} must be text; assumed ${n}.`,
              ko: `${e} \uAC12\uC740 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD558\uBBC0\uB85C ${n}(\uC73C)\uB85C \uAC04\uC8FC\uD588\uC2B5\uB2C8\uB2E4.`,
            },
    }))
}
function Hd(t, e, n) {
  let r = t[e]
  he(r) ||
    ((t[e] = {}),
    r != null &&
      n.push({
        path: [e],
        message: {
          en: `${e} must be a mapping; the value was ignored.`,
          ko: `${e} \uAC12\uC740 \uB9E4\uD551\uC774\uC5B4\uC57C \uD558\uBBC0\uB85C \uBB34\uC2DC\uD588\uC2B5\uB2C8\uB2E4.`,
        },
      }))
}
function tb(t) {
  let e = {}
  for (let n of ['apiVersion', 'kind', 'metadata', 'spec']) e[n] = t[n]
  for (let n of Object.keys(t)) Object.hasOwn(e, n) || (e[n] = t[n])
  return e
}
var $a = [
    'affinity',
    'commands',
    'dnsPolicy',
    'env',
    'hostNetwork',
    'image',
    'imagePullPolicy',
    'imagePullSecrets',
    'ingress',
    'nodeSelector',
    'paused',
    'podAnnotations',
    'podLabels',
    'priorityClassName',
    'probes',
    'replicas',
    'resources',
    'runWithSubProcess',
    'schedulerName',
    'securityContext',
    'serviceAccountName',
    'serviceAnnotations',
    'serviceLabels',
    'serviceType',
    'tolerations',
    'topologySpreadConstraints',
    'version',
    'volumeMounts',
    'volumes',
  ],
  Gd = ['mode', 'components', 'hookConfig'],
  Oa = 'milvus.io/v1alpha1',
  Yd = 'milvus.io/v1beta1',
  Wd = (t) => t
function pt(t) {
  return !he(t) || t.apiVersion !== Oa
    ? { value: t, notes: [], toOriginalPath: Wd }
    : t.kind === 'Milvus'
      ? rb(t)
      : t.kind === 'MilvusCluster'
        ? nb(t)
        : { value: t, notes: [], toOriginalPath: Wd }
}
function Or(t, e = []) {
  let n = {}
  for (let r of Object.keys(t)) !rs.includes(r) && !e.includes(r) && (n[r] = t[r])
  return n
}
function nb(t) {
  let e = he(t.spec) ? Or(t.spec, ['mode']) : {},
    n = { ...Or(t), apiVersion: Yd, kind: 'Milvus', spec: { mode: 'cluster', ...e } },
    r = [
      {
        en: 'Read as milvus.io/v1beta1 Milvus in cluster mode: the operator copies a v1alpha1 MilvusCluster into a Milvus of the same name with mode: cluster.',
        ko: 'milvus.io/v1beta1 Milvus(cluster \uBAA8\uB4DC)\uB85C \uC77D\uC5C8\uC2B5\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uB294 v1alpha1 MilvusCluster\uB97C \uAC19\uC740 \uC774\uB984\uC758 mode: cluster Milvus\uB85C \uBCF5\uC0AC\uD569\uB2C8\uB2E4.',
      },
    ],
    o = (s) =>
      s[0] === 'spec' && s[1] === 'mode' && !(he(t.spec) && Object.hasOwn(t.spec, 'mode'))
        ? ['kind']
        : s
  return { value: n, liftedFrom: `${Oa} MilvusCluster`, notes: r, toOriginalPath: o }
}
function rb(t) {
  let e = he(t.spec) ? t.spec : {},
    n = {},
    r = {}
  for (let c of Object.keys(e))
    rs.includes(c) ||
      Gd.includes(c) ||
      ($a.includes(c)
        ? (n[c] = e[c])
        : ['disableMetric', 'persistence', 'dependencies', 'config'].includes(c) || (r[c] = e[c]))
  let o = {}
  ;(Object.hasOwn(e, 'disableMetric') && (o.disableMetric = e.disableMetric),
    Object.keys(n).length > 0 && (o.standalone = n))
  let s = ob(e),
    i = { mode: 'standalone' }
  ;(Object.keys(o).length > 0 && (i.components = o),
    s !== void 0 && (i.dependencies = s),
    Object.hasOwn(e, 'config') && (i.config = e.config),
    Object.assign(i, r))
  let a = { ...Or(t), apiVersion: Yd, kind: 'Milvus', spec: i },
    l = Object.hasOwn(e, 'persistence')
  return { value: a, liftedFrom: `${Oa} Milvus`, notes: ib(e, l), toOriginalPath: (c) => sb(c, l) }
}
function ob(t) {
  if (!Object.hasOwn(t, 'persistence')) return t.dependencies
  let e = he(t.dependencies) ? Or(t.dependencies) : {},
    n = he(e.rocksmq) ? Or(e.rocksmq) : {}
  return ((e.rocksmq = { ...n, persistence: t.persistence }), e)
}
function sb(t, e) {
  if (t[0] !== 'spec') return t
  let [, n, r, o] = t
  if (n === 'mode') return ['apiVersion']
  if (n === 'components') {
    if (r === 'disableMetric') return ['spec', 'disableMetric', ...t.slice(3)]
    if (r === 'standalone' && typeof o == 'string' && $a.includes(o)) return ['spec', ...t.slice(3)]
    if (r === void 0 || r === 'standalone') return ['spec']
  }
  return e && n === 'dependencies' && r === 'rocksmq' && o === 'persistence'
    ? ['spec', 'persistence', ...t.slice(4)]
    : t
}
function ib(t, e) {
  let n = [
    {
      en: 'Read as milvus.io/v1beta1 Milvus in standalone mode: a v1alpha1 Milvus is always standalone and cannot describe a cluster. Component settings written directly under spec now sit under spec.components.standalone.',
      ko: 'milvus.io/v1beta1 Milvus(standalone \uBAA8\uB4DC)\uB85C \uC77D\uC5C8\uC2B5\uB2C8\uB2E4. v1alpha1 Milvus\uB294 \uD56D\uC0C1 standalone\uC774\uBA70 \uD074\uB7EC\uC2A4\uD130\uB97C \uD45C\uD604\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. spec \uBC14\uB85C \uC544\uB798\uC5D0 \uC4F4 \uCEF4\uD3EC\uB10C\uD2B8 \uC124\uC815\uC740 spec.components.standalone \uC544\uB798\uB85C \uC62E\uACBC\uC2B5\uB2C8\uB2E4.',
    },
  ]
  ;(e &&
    n.push({
      en: 'spec.persistence became spec.dependencies.rocksmq.persistence; the conversion replaces anything already written there.',
      ko: 'spec.persistence\uB294 spec.dependencies.rocksmq.persistence\uB85C \uC62E\uACA8\uC84C\uC73C\uBA70, \uBCC0\uD658 \uC2DC \uADF8\uACF3\uC5D0 \uC774\uBBF8 \uC788\uB358 \uAC12\uC740 \uB36E\uC5B4\uC501\uB2C8\uB2E4.',
    }),
    (Object.hasOwn(t, 'image') || Object.hasOwn(t, 'version')) &&
      n.push({
        en: 'The image and version moved to spec.components.standalone. The operator decides the Milvus version from spec.components.image/version only, so it assumes its default image (v2.6) for defaults such as the message stream.',
        ko: 'image\uC640 version\uC740 spec.components.standalone\uC73C\uB85C \uC62E\uACA8\uC84C\uC2B5\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uB294 spec.components.image/version\uC73C\uB85C\uB9CC Milvus \uBC84\uC804\uC744 \uD310\uB2E8\uD558\uBBC0\uB85C, \uBA54\uC2DC\uC9C0 \uC2A4\uD2B8\uB9BC \uAC19\uC740 \uAE30\uBCF8\uAC12\uC740 \uAE30\uBCF8 \uC774\uBBF8\uC9C0(v2.6) \uAE30\uC900\uC73C\uB85C \uC815\uD574\uC9D1\uB2C8\uB2E4.',
      }))
  for (let r of Gd)
    Object.hasOwn(t, r) &&
      n.push({
        en: `spec.${r} does not exist in v1alpha1 Milvus; the API server drops it. Use apiVersion milvus.io/v1beta1 to set it.`,
        ko: `v1alpha1 Milvus\uC5D0\uB294 spec.${r} \uD544\uB4DC\uAC00 \uC5C6\uC5B4 API \uC11C\uBC84\uAC00 \uBC84\uB9BD\uB2C8\uB2E4. \uC774 \uAC12\uC744 \uC4F0\uB824\uBA74 apiVersion\uC744 milvus.io/v1beta1\uB85C \uBC14\uAFB8\uC138\uC694.`,
      })
  return n
}
var ab = (t) => typeof t == 'number' || /^\d+$/.test(t)
function lb(t, e) {
  switch (t.kind) {
    case 'object':
      return {
        def: typeof e == 'string' && Object.hasOwn(t.fields, e) ? t.fields[e] : void 0,
        suffix: `.${e}`,
      }
    case 'free-form':
      return {
        def: typeof e == 'string' && t.fields && Object.hasOwn(t.fields, e) ? t.fields[e] : void 0,
        suffix: `.${e}`,
      }
    case 'array':
      return { def: ab(e) ? t.items : void 0, suffix: '[]' }
    case 'map':
      return { def: typeof e == 'string' ? t.values : void 0, suffix: '.*' }
    default:
      return { def: void 0, suffix: `.${e}` }
  }
}
function ss(t) {
  let e = It,
    n = '',
    r = !1
  for (let o of t) {
    if (!e) break
    e.kind === 'free-form' && (r = !0)
    let s = lb(e, o)
    ;((e = s.def), (n = n === '' ? s.suffix.replace(/^\./, '') : n + s.suffix))
  }
  return { def: e, path: n, inFreeForm: r }
}
function Cn(t) {
  let { def: e, path: n, inFreeForm: r } = ss(t)
  if (!e || t.length === 0) return
  let o = { path: n, kind: e.kind, description: e.description }
  return (
    e.kind === 'string' && e.enum && (o.enum = e.enum),
    e.default !== void 0 && (o.default = e.default),
    e.since && (o.since = e.since),
    e.until && (o.until = e.until),
    (e.kind === 'integer' || e.kind === 'number') &&
      (e.min !== void 0 && (o.min = e.min), e.max !== void 0 && (o.max = e.max)),
    e.nullable && (o.nullable = !0),
    r && (o.inFreeForm = !0),
    e.kind === 'object' && e.required && (o.required = e.required),
    o
  )
}
function Ia(t) {
  let { def: e, inFreeForm: n } = ss(t)
  if (!e) return n ? 'free-form' : void 0
  if (e.kind === 'free-form' || e.kind === 'map') return 'free-form'
  if (e.kind === 'object') return e.opaque ? void 0 : Object.keys(e.fields)
}
function Ir(t) {
  let { def: e } = ss(t)
  return e?.kind === 'object' || e?.kind === 'free-form' ? Object.keys(e.fields ?? {}) : []
}
var cb = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\\d+)?$'
function Dt(t, e) {
  return e ? [t, 'null'] : t
}
function ub(t, e) {
  let n = []
  return (
    t.since?.milvus &&
      n.push(e === 'en' ? `Milvus ${t.since.milvus}+` : `Milvus ${t.since.milvus} \uC774\uC0C1`),
    t.until?.milvus &&
      n.push(
        e === 'en'
          ? `not in Milvus ${t.until.milvus}+`
          : `Milvus ${t.until.milvus}\uBD80\uD130 \uC5C6\uC74C`,
      ),
    t.since?.operator &&
      n.push(
        e === 'en'
          ? `operator ${t.since.operator}+`
          : `\uC624\uD37C\uB808\uC774\uD130 ${t.since.operator} \uC774\uC0C1`,
      ),
    n.length > 0 ? ` (${n.join(', ')})` : ''
  )
}
function db(t, e) {
  let n = t.description[e] + ub(t, e),
    r = { description: n, markdownDescription: n }
  return (t.default !== void 0 && (r.default = t.default), r)
}
function Dr(t, e, n = !1) {
  let r = e.shared.get(t)
  if (r !== void 0 && !n) return { $ref: `#/definitions/${r}` }
  let o = db(t, e.lang)
  switch (t.kind) {
    case 'string':
      return { ...o, type: Dt('string', t.nullable), ...(t.enum ? { enum: [...t.enum] } : {}) }
    case 'integer':
    case 'number':
      return {
        ...o,
        type: Dt(t.kind, t.nullable),
        ...(t.min !== void 0 ? { minimum: t.min } : {}),
        ...(t.max !== void 0 ? { maximum: t.max } : {}),
      }
    case 'boolean':
      return { ...o, type: Dt('boolean', t.nullable) }
    case 'quantity':
      return { ...o, anyOf: [{ type: 'number' }, { type: 'string', pattern: cb }] }
    case 'array':
      return { ...o, type: Dt('array', t.nullable), items: Dr(t.items, e) }
    case 'map':
      return { ...o, type: Dt('object', t.nullable), additionalProperties: Dr(t.values, e) }
    case 'free-form':
      return {
        ...o,
        type: Dt('object', t.nullable),
        properties: Qd(t.fields ?? {}, e),
        additionalProperties: !0,
      }
    case 'object':
      return t.opaque
        ? { ...o, type: Dt('object', t.nullable) }
        : {
            ...o,
            type: Dt('object', t.nullable),
            properties: Qd(t.fields, e),
            additionalProperties: !1,
            ...(t.required ? { required: [...t.required] } : {}),
          }
  }
}
function Qd(t, e) {
  let n = {}
  for (let [r, o] of Object.entries(t)) n[r] = Dr(o, e)
  return n
}
function fb(t) {
  let e = new Map(),
    n = new Set(),
    r = (s, i) => {
      let a = e.get(s)
      if (a) {
        a.count += 1
        return
      }
      let l = i
      for (let c = 2; n.has(l); c += 1) l = `${i}${c}`
      if (
        (n.add(l), e.set(s, { name: l, count: 1 }), s.kind === 'object' || s.kind === 'free-form')
      )
        for (let [c, f] of Object.entries(s.fields ?? {})) r(f, c)
      else
        s.kind === 'array' ? r(s.items, `${i}Item`) : s.kind === 'map' && r(s.values, `${i}Value`)
    }
  r(t, 'milvus')
  let o = new Map()
  for (let [s, { name: i, count: a }] of e) a > 1 && o.set(s, i)
  return o
}
function Jd(t = 'en') {
  let e = { lang: t, shared: fb(It) },
    n = {}
  for (let [r, o] of e.shared) n[o] = Dr(r, e, !0)
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://milvus-config-studio.local/schemas/milvus-v1beta1.json',
    title: 'Milvus (milvus.io/v1beta1)',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', examples: ['milvus.io/v1beta1'] },
      kind: { type: 'string', examples: ['Milvus'] },
    },
    if: {
      properties: { apiVersion: { const: 'milvus.io/v1beta1' }, kind: { const: 'Milvus' } },
      required: ['apiVersion', 'kind'],
    },
    then: Dr(It, e),
    definitions: n,
  }
}
var pb = Jd('en')
var Xd = {
  endpoints: 'endpoint',
  component: 'components',
  securityPolicy: 'securityProtocol',
  resoureces: 'resources',
  limit: 'limits',
  request: 'requests',
  dependency: 'dependencies',
  msgStreamtype: 'msgStreamType',
  brokerlist: 'brokerList',
  brokers: 'brokerList',
}
function ze(t, e) {
  if (e.includes(t) || t.length > 200) return
  let n = Object.hasOwn(Xd, t) ? Xd[t] : void 0
  if (n !== void 0 && e.includes(n)) return n
  let r = t.toLowerCase(),
    o = e.find((l) => l.toLowerCase() === r)
  if (o !== void 0) return o
  let s = Math.max(1, Math.floor(t.length / 3)),
    i,
    a = 1 / 0
  for (let l of e) {
    let c = Zd(r, l.toLowerCase())
    c <= s && c < a && ((i = l), (a = c))
  }
  return i
}
function Zd(t, e) {
  if (t === e) return 0
  let n = [Array.from({ length: e.length + 1 }, (r, o) => o)]
  for (let r = 1; r <= t.length; r += 1) {
    let o = [r]
    for (let s = 1; s <= e.length; s += 1) {
      let i = t[r - 1] === e[s - 1] ? 0 : 1,
        a = Math.min((n[r - 1]?.[s] ?? 0) + 1, (o[s - 1] ?? 0) + 1, (n[r - 1]?.[s - 1] ?? 0) + i)
      ;(r > 1 &&
        s > 1 &&
        t[r - 1] === e[s - 2] &&
        t[r - 2] === e[s - 1] &&
        (a = Math.min(a, (n[r - 2]?.[s - 2] ?? 0) + 1)),
        o.push(a))
    }
    n.push(o)
  }
  return n[t.length]?.[e.length] ?? Math.max(t.length, e.length)
}
var ef = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/,
  mb = {
    '': 1,
    n: 1e-9,
    u: 1e-6,
    m: 0.001,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 1024,
    Mi: 1048576,
    Gi: 1073741824,
    Ti: 1099511627776,
    Pi: 0x4000000000000,
    Ei: 1152921504606847e3,
  }
function je(t) {
  return typeof t == 'number' ? Number.isFinite(t) : typeof t == 'string' && ef.test(t)
}
function Da(t) {
  if (typeof t == 'number') return Number.isFinite(t) ? t : void 0
  if (typeof t != 'string') return
  let e = ef.exec(t)
  if (!e) return
  let n = Number(e[1]),
    r = e[2] ?? ''
  if (/^[eE]/.test(r) && r.length > 1) return n * 10 ** Number(r.slice(1))
  let o = mb[r]
  return o === void 0 ? void 0 : n * o
}
var tf = { error: 0, warning: 1, info: 2 }
function is(t) {
  return t.map(String).join('\0')
}
function _a(t, e) {
  let n = []
  for (let r of e)
    try {
      r.check(t, (o, s, i) => {
        n.push({
          rule: r.id,
          severity: i?.severity ?? r.severity,
          path: [...o],
          message: s,
          explanation: i?.explanation ?? r.explanation,
          source: r.source,
          ...(i?.fix ? { fix: i.fix } : {}),
        })
      })
    } catch (o) {
      n.push({
        rule: 'internal-error',
        severity: 'warning',
        path: [],
        message: {
          en: `Rule ${r.id} failed on this document: ${String(o)}`,
          ko: `\uADDC\uCE59 ${r.id}\uC774(\uAC00) \uC774 \uBB38\uC11C\uC5D0\uC11C \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4: ${String(o)}`,
        },
        explanation: {
          en: 'This is a bug in the studio.',
          ko: '\uC2A4\uD29C\uB514\uC624\uC758 \uBC84\uADF8\uC785\uB2C8\uB2E4.',
        },
        source: 'milvus-config-studio',
      })
    }
  return n.sort(
    (r, o) =>
      tf[r.severity] - tf[o.severity] ||
      (is(r.path) < is(o.path) ? -1 : is(r.path) > is(o.path) ? 1 : 0) ||
      (r.rule < o.rule ? -1 : r.rule > o.rule ? 1 : 0),
  )
}
function H(t, e, n) {
  return { title: t, patches: [{ op: 'set', path: e, value: n }] }
}
function Q(t, ...e) {
  return { title: t, patches: e.map((n) => ({ op: 'delete', path: n })) }
}
function nf(t, e, n, r) {
  return {
    title: t,
    patches: [
      { op: 'delete', path: e },
      { op: 'set', path: [...e.slice(0, -1), n], value: r },
    ],
  }
}
function tn(t) {
  return { en: `Remove ${t}`, ko: `${t} \uC0AD\uC81C` }
}
function B(t) {
  return typeof t == 'object' && t !== null && !Array.isArray(t)
}
function hb(t, e) {
  let n = t
  for (let r of e)
    if (Array.isArray(n) && typeof r == 'number') n = n[r]
    else if (B(n) && typeof r == 'string' && Object.hasOwn(n, r)) n = n[r]
    else return
  return n
}
function De(...t) {
  return ['spec', 'config', ...t]
}
function ae(t, ...e) {
  return hb(t.spec.config, e)
}
function _t(t) {
  return t === !0 || (typeof t == 'string' && t.trim().toLowerCase() === 'true')
}
function ge(t) {
  return typeof t == 'string' && t.trim() !== ''
}
function nn(t) {
  let e = t.metadata?.name
  return ge(e) ? e : 'my-milvus'
}
function rf(t) {
  return (
    t
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split('/')[0] ?? ''
  )
    .replace(/:\d*$/, '')
    .toLowerCase()
}
function as(t) {
  return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
var Tn =
    'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go validateCommon/validateExternal (v1.3.8)',
  Rn = 'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go Default() (v1.3.8)',
  En = 'zilliztech/milvus-operator deployment-group validation in the Milvus webhook (v1.3.8)',
  ls = 'zilliztech/milvus-operator apis/milvus.io/v1beta1/dependencies_types.go (v1.3.8)',
  qt =
    'zilliztech/milvus-operator apis/milvus.io/v1beta1/components_types.go and pkg/controllers/components.go (v1.3.8)',
  Pn = 'zilliztech/milvus-operator pkg/controllers/configmaps.go (forced keys) (v1.3.8)',
  Ln =
    'zilliztech/milvus-operator pkg/external/minio.go health check and storage SSL handling (v1.3.8)',
  of =
    'bitnami etcd chart 6.3.3 / 8.12.0 values (auth.rbac.enabled renamed to auth.rbac.create); operator docs meta-storage.md',
  cs =
    'milvus-io/milvus configs/milvus.yaml minio.* and common.storageType; milvus.io docs deploy_s3 / GCS / Azure',
  us = 'k8s.io/apimachinery pkg/api/resource quantity.go (Kubernetes quantities)',
  sf = 'etcd docs: FAQ "Why an odd number of cluster members?"'
var gb = ['rootCoord', 'dataCoord', 'queryCoord', 'indexCoord']
function qa(t, e) {
  let n = t.spec.components?.[e]
  return B(n) && n.replicas !== 0
}
function yb(t, e, n) {
  if (qa(t, 'indexNode')) {
    let r = ['spec', 'components', 'indexNode']
    n(
      r,
      {
        en: `Milvus ${e} has no index node (data nodes build indexes), so indexNode is unused; remove it.`,
        ko: `Milvus ${e}\uC5D0\uB294 \uC778\uB371\uC2A4 \uB178\uB4DC\uAC00 \uC5C6\uC5B4(\uB370\uC774\uD130 \uB178\uB4DC\uAC00 \uC778\uB371\uC2A4\uB97C \uB9CC\uB4ED\uB2C8\uB2E4) indexNode\uAC00 \uC4F0\uC774\uC9C0 \uC54A\uC73C\uBBC0\uB85C \uC0AD\uC81C\uD558\uC138\uC694.`,
      },
      { fix: Q({ en: 'Remove indexNode', ko: 'indexNode \uC0AD\uC81C' }, r) },
    )
  }
  for (let r of gb) {
    if (!qa(t, r)) continue
    let o = ['spec', 'components', r]
    n(
      o,
      {
        en: `Milvus ${e} always runs mixCoord, so the separate ${r} settings are ignored; move them to mixCoord and remove ${r}.`,
        ko: `Milvus ${e}\uC740(\uB294) \uD56D\uC0C1 mixCoord\uB97C \uC2E4\uD589\uD558\uBBC0\uB85C \uBCC4\uB3C4\uC758 ${r} \uC124\uC815\uC740 \uBB34\uC2DC\uB429\uB2C8\uB2E4. \uC124\uC815\uC744 mixCoord\uB85C \uC62E\uAE30\uACE0 ${r}\uB97C \uC0AD\uC81C\uD558\uC138\uC694.`,
      },
      { fix: Q({ en: `Remove ${r}`, ko: `${r} \uC0AD\uC81C` }, o) },
    )
  }
}
function vb(t, e, n, r) {
  if (!qa(t, 'streamingNode') || t.spec.components?.streamingMode === !0) return
  let o = ['spec', 'components', 'streamingNode']
  if (n < 5) {
    r(
      o,
      {
        en: `Milvus ${e} has no streaming node, yet the operator would start one; remove streamingNode or use Milvus 2.6.`,
        ko: `Milvus ${e}\uC5D0\uB294 \uC2A4\uD2B8\uB9AC\uBC0D \uB178\uB4DC\uAC00 \uC5C6\uB294\uB370\uB3C4 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC774\uB97C \uB744\uC6B0\uB824 \uD558\uBBC0\uB85C, streamingNode\uB97C \uC0AD\uC81C\uD558\uAC70\uB098 Milvus 2.6\uC744 \uC0AC\uC6A9\uD558\uC138\uC694.`,
      },
      {
        severity: 'error',
        fix: Q({ en: 'Remove streamingNode', ko: 'streamingNode \uC0AD\uC81C' }, o),
      },
    )
    return
  }
  let s = ['spec', 'components', 'streamingMode']
  r(
    o,
    {
      en: `On Milvus ${e} a streamingNode switches on the beta streaming mode; set components.streamingMode to true to make that explicit, or remove streamingNode.`,
      ko: `Milvus ${e}\uC5D0\uC11C streamingNode\uB294 \uBCA0\uD0C0 \uC2A4\uD2B8\uB9AC\uBC0D \uBAA8\uB4DC\uB97C \uCF2D\uB2C8\uB2E4. components.streamingMode\uB97C true\uB85C \uBA85\uC2DC\uD558\uAC70\uB098 streamingNode\uB97C \uC0AD\uC81C\uD558\uC138\uC694.`,
    },
    { fix: H({ en: 'Turn on streamingMode', ko: 'streamingMode \uCF1C\uAE30' }, s, !0) },
  )
}
var af = {
  id: 'component-not-in-version',
  severity: 'warning',
  title: {
    en: 'Component not in this Milvus version',
    ko: '\uC774 Milvus \uBC84\uC804\uC5D0 \uC5C6\uB294 \uCEF4\uD3EC\uB10C\uD2B8',
  },
  explanation: {
    en: 'The set of Milvus roles changed with 2.6: index nodes were merged into data nodes, the four coordinators into mixCoord, and the streaming node became standard (2.5 has it only as a beta). Settings for roles the version does not have are ignored or start pods that cannot work.',
    ko: 'Milvus 2.6\uC5D0\uC11C \uC5ED\uD560 \uAD6C\uC131\uC774 \uBC14\uB00C\uC5C8\uC2B5\uB2C8\uB2E4. \uC778\uB371\uC2A4 \uB178\uB4DC\uB294 \uB370\uC774\uD130 \uB178\uB4DC\uC5D0, \uB124 \uAC1C\uC758 \uCF54\uB514\uB124\uC774\uD130\uB294 mixCoord\uC5D0 \uD569\uCCD0\uC84C\uACE0, \uC2A4\uD2B8\uB9AC\uBC0D \uB178\uB4DC\uB294 \uC815\uC2DD \uAD6C\uC131 \uC694\uC18C\uAC00 \uB418\uC5C8\uC2B5\uB2C8\uB2E4(2.5\uC5D0\uC11C\uB294 \uBCA0\uD0C0). \uD574\uB2F9 \uBC84\uC804\uC5D0 \uC5C6\uB294 \uC5ED\uD560\uC758 \uC124\uC815\uC740 \uBB34\uC2DC\uB418\uAC70\uB098 \uB3D9\uC791\uD560 \uC218 \uC5C6\uB294 \uD30C\uB4DC\uB97C \uB744\uC6C1\uB2C8\uB2E4.',
  },
  source: qt,
  check(t, e) {
    let n = t.resource
    if (D(n) !== 'cluster') return
    let r = Ue(n)
    if (!r) return
    let o = r.source === 'master' ? r.raw : `${r.major}.${r.minor}.${r.patch}`
    $e(n, 2, 6) ? yb(n, o, e) : r.major === 2 && vb(n, o, r.minor, e)
  },
}
var kb = ['standalone', 'cdc'],
  lf = {
    id: 'component-not-run-in-mode',
    severity: 'warning',
    title: {
      en: 'Replicas for a component this mode does not run',
      ko: '\uC774 \uBAA8\uB4DC\uC5D0\uC11C \uC2E4\uD589\uD558\uC9C0 \uC54A\uB294 \uCEF4\uD3EC\uB10C\uD2B8\uC758 replicas',
    },
    explanation: {
      en: 'In standalone mode every Milvus role runs inside the single standalone pod, so replicas for proxy, coordinators or nodes have no effect. In cluster mode the roles run as separate Deployments and the standalone Deployment stays at 0 replicas.',
      ko: 'standalone \uBAA8\uB4DC\uC5D0\uC11C\uB294 \uBAA8\uB4E0 Milvus \uC5ED\uD560\uC774 \uD558\uB098\uC758 standalone \uD30C\uB4DC \uC548\uC5D0\uC11C \uC2E4\uD589\uB418\uBBC0\uB85C proxy, \uCF54\uB514\uB124\uC774\uD130, \uB178\uB4DC\uC758 replicas\uB294 \uD6A8\uACFC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. cluster \uBAA8\uB4DC\uC5D0\uC11C\uB294 \uC5ED\uD560\uB9C8\uB2E4 \uBCC4\uB3C4 Deployment\uB85C \uC2E4\uD589\uB418\uACE0 standalone Deployment\uB294 replicas 0\uC73C\uB85C \uC720\uC9C0\uB429\uB2C8\uB2E4.',
    },
    source: qt,
    check(t, e) {
      let n = t.resource,
        r = n.spec.components
      if (B(r)) {
        if (D(n) === 'cluster') {
          let o = r.standalone?.replicas
          if (typeof o != 'number' || o === 0) return
          let s = ['spec', 'components', 'standalone', 'replicas']
          e(
            s,
            {
              en: `In cluster mode standalone.replicas ${o} starts a standalone Milvus beside the cluster; set it to 0 or remove it.`,
              ko: `cluster \uBAA8\uB4DC\uC5D0\uC11C standalone.replicas ${o}\uC740(\uB294) \uD074\uB7EC\uC2A4\uD130 \uC606\uC5D0 standalone Milvus\uB97C \uB744\uC6B0\uBBC0\uB85C 0\uC73C\uB85C \uBC14\uAFB8\uAC70\uB098 \uC0AD\uC81C\uD558\uC138\uC694.`,
            },
            {
              fix: H(
                {
                  en: 'Set standalone replicas to 0',
                  ko: 'standalone replicas\uB97C 0\uC73C\uB85C \uC124\uC815',
                },
                s,
                0,
              ),
            },
          )
          return
        }
        for (let o of Te) {
          if (kb.includes(o) || r[o]?.replicas === void 0) continue
          let s = ['spec', 'components', o, 'replicas']
          e(
            s,
            {
              en: `Standalone mode runs no separate ${o}, so ${o}.replicas is ignored; remove it or set spec.mode to cluster.`,
              ko: `standalone \uBAA8\uB4DC\uC5D0\uC11C\uB294 ${o}\uC774(\uAC00) \uB530\uB85C \uC2E4\uD589\uB418\uC9C0 \uC54A\uC544 ${o}.replicas\uAC00 \uBB34\uC2DC\uB418\uBBC0\uB85C, \uC0AD\uC81C\uD558\uAC70\uB098 spec.mode\uB97C cluster\uB85C \uC124\uC815\uD558\uC138\uC694.`,
            },
            { fix: Q({ en: `Remove ${o}.replicas`, ko: `${o}.replicas \uC0AD\uC81C` }, s) },
          )
        }
      }
    },
  }
var Sb = ['rootCoord', 'dataCoord', 'queryCoord', 'indexCoord'],
  cf = {
    id: 'coordinators-mixed-with-mixcoord',
    severity: 'warning',
    title: {
      en: 'Coordinators mixed with mixCoord',
      ko: 'mixCoord\uC640 \uD568\uAED8 \uC4F4 \uCF54\uB514\uB124\uC774\uD130',
    },
    explanation: {
      en: 'A cluster runs either one mixCoord (all coordinator roles in one Deployment, the default) or four separate coordinators. When mixCoord is present the operator uses it, and the separate coordinator settings have no effect.',
      ko: '\uD074\uB7EC\uC2A4\uD130\uB294 mixCoord \uD558\uB098(\uBAA8\uB4E0 \uCF54\uB514\uB124\uC774\uD130 \uC5ED\uD560\uC744 \uD55C Deployment\uC5D0\uC11C, \uAE30\uBCF8\uAC12) \uB610\uB294 \uB124 \uAC1C\uC758 \uAC1C\uBCC4 \uCF54\uB514\uB124\uC774\uD130 \uC911 \uD558\uB098\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4. mixCoord\uAC00 \uC788\uC73C\uBA74 \uC624\uD37C\uB808\uC774\uD130\uB294 \uADF8\uAC83\uC744 \uC4F0\uACE0 \uAC1C\uBCC4 \uCF54\uB514\uB124\uC774\uD130 \uC124\uC815\uC740 \uD6A8\uACFC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.',
    },
    source: qt,
    check(t, e) {
      let n = t.resource,
        r = n.spec.components
      if (!(D(n) !== 'cluster' || !B(r?.mixCoord)) && !$e(n, 2, 6))
        for (let o of Sb) {
          if (!B(r[o])) continue
          let s = ['spec', 'components', o]
          e(
            s,
            {
              en: `mixCoord is set, so the separate ${o} is not used; remove ${o}, or remove mixCoord to run the four coordinators.`,
              ko: `mixCoord\uAC00 \uC124\uC815\uB418\uC5B4 \uC788\uC5B4 \uAC1C\uBCC4 ${o}\uC740(\uB294) \uC4F0\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. ${o}\uB97C \uC0AD\uC81C\uD558\uAC70\uB098, \uB124 \uAC1C\uC758 \uCF54\uB514\uB124\uC774\uD130\uB97C \uC4F0\uB824\uBA74 mixCoord\uB97C \uC0AD\uC81C\uD558\uC138\uC694.`,
            },
            { fix: Q({ en: `Remove ${o}`, ko: `${o} \uC0AD\uC81C` }, s) },
          )
        }
    },
  }
var bb = ['proxy', 'dataNode', 'queryNode', 'streamingNode']
function Ft(t) {
  let e = []
  for (let n of bb) {
    let r = t.spec.components?.[n]?.groups
    Array.isArray(r) &&
      r.forEach((o, s) => {
        if (B(o)) {
          let i = ['spec', 'components', n, 'groups', s]
          e.push({ component: n, index: s, group: o, path: i })
        }
      })
  }
  return e
}
function _r(t, e, n) {
  let r = `${nn(t)}-milvus-${e.toLowerCase()}`
  return n === void 0 ? r : `${r}-${n}`
}
var wb = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
function uf(t) {
  return t.length <= 63 && wb.test(t)
}
function df(t) {
  let e = t
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '')
  return e === '' ? 'group' : e
}
var ff = ['milvus.io/', 'app.kubernetes.io/'],
  xb = [...ff, 'kubernetes.io/', 'k8s.io/']
function pf(t) {
  return ff.some((e) => t.startsWith(e))
}
function mf(t) {
  return xb.some((e) => t.startsWith(e))
}
var Mb = 253
function Ab(t, e, n, r) {
  let o = e.group.name,
    s = [...e.path, 'name']
  if (typeof o != 'string' || o === '') {
    r(s, {
      en: `deployment group name is required: give ${e.component} group ${e.index + 1} a short lower-case name such as zone-a.`,
      ko: `deployment group name is required: ${e.component}\uC758 ${e.index + 1}\uBC88\uC9F8 \uADF8\uB8F9\uC5D0 zone-a \uAC19\uC740 \uC9E7\uC740 \uC18C\uBB38\uC790 \uC774\uB984\uC744 \uC9C0\uC815\uD558\uC138\uC694.`,
    })
    return
  }
  if (uf(o))
    _r(t, e.component, o).length > Mb &&
      r(s, {
        en: `generated Deployment name must not exceed 253 characters: shorten group "${o}" or the resource name.`,
        ko: `generated Deployment name must not exceed 253 characters: \uADF8\uB8F9 \uC774\uB984 "${o}"\uC774\uB098 \uB9AC\uC18C\uC2A4 \uC774\uB984\uC744 \uC904\uC774\uC138\uC694.`,
      })
  else {
    let i = df(o)
    r(
      s,
      {
        en: `Group name "${o}" is not a valid DNS-1123 label; use lower-case letters, digits and '-' (starting and ending with a letter or digit, at most 63 characters), e.g. "${i}".`,
        ko: `\uADF8\uB8F9 \uC774\uB984 "${o}"\uC740(\uB294) \uC62C\uBC14\uB978 DNS-1123 \uB808\uC774\uBE14\uC774 \uC544\uB2D9\uB2C8\uB2E4. \uC18C\uBB38\uC790, \uC22B\uC790, '-'\uB9CC \uC4F0\uACE0(\uC601\uC22B\uC790\uB85C \uC2DC\uC791\uD558\uACE0 \uB05D\uB098\uBA70 63\uC790 \uC774\uD558) \uC608\uB97C \uB4E4\uC5B4 "${i}"\uCC98\uB7FC \uBC14\uAFB8\uC138\uC694.`,
      },
      {
        fix: H({ en: `Rename to ${i}`, ko: `${i}(\uC73C)\uB85C \uC774\uB984 \uBCC0\uACBD` }, s, i),
      },
    )
  }
  ;(n.has(o) &&
    r(s, {
      en: `Duplicate value: "${o}" is already a ${e.component} group; give each group of a component its own name.`,
      ko: `Duplicate value: "${o}"\uC740(\uB294) \uC774\uBBF8 ${e.component}\uC758 \uADF8\uB8F9 \uC774\uB984\uC774\uBBC0\uB85C, \uCEF4\uD3EC\uB10C\uD2B8 \uC548\uC758 \uADF8\uB8F9\uB9C8\uB2E4 \uB2E4\uB978 \uC774\uB984\uC744 \uC9C0\uC815\uD558\uC138\uC694.`,
    }),
    n.add(o))
}
var hf = {
  id: 'deployment-group-name',
  severity: 'error',
  title: {
    en: 'Invalid deployment group name',
    ko: '\uC798\uBABB\uB41C \uBC30\uD3EC \uADF8\uB8F9 \uC774\uB984',
  },
  explanation: {
    en: 'Each deployment group becomes its own Deployment named <resource>-milvus-<component>-<group>, so the webhook requires a name that is a valid Kubernetes label (lower-case letters, digits and dashes), unique within the component, and short enough for the generated Deployment name.',
    ko: '\uBC30\uD3EC \uADF8\uB8F9\uB9C8\uB2E4 <resource>-milvus-<component>-<group> \uC774\uB984\uC758 Deployment\uAC00 \uB530\uB85C \uB9CC\uB4E4\uC5B4\uC9C0\uBBC0\uB85C, \uC6F9\uD6C5\uC740 \uADF8\uB8F9 \uC774\uB984\uC774 \uC62C\uBC14\uB978 Kubernetes \uB808\uC774\uBE14(\uC18C\uBB38\uC790, \uC22B\uC790, \uB300\uC2DC)\uC774\uACE0 \uCEF4\uD3EC\uB10C\uD2B8 \uC548\uC5D0\uC11C \uC720\uC77C\uD558\uBA70 \uC0DD\uC131\uB420 Deployment \uC774\uB984\uC774 \uB108\uBB34 \uAE38\uC9C0 \uC54A\uAE30\uB97C \uC694\uAD6C\uD569\uB2C8\uB2E4.',
  },
  source: En,
  check(t, e) {
    let n = new Map()
    for (let r of Ft(t.resource)) {
      let o = n.get(r.component) ?? new Set()
      ;(n.set(r.component, o), Ab(t.resource, r, o, e))
    }
  },
}
var gf = {
  id: 'deployment-group-replicas',
  severity: 'error',
  title: {
    en: 'Invalid deployment group replicas',
    ko: '\uC798\uBABB\uB41C \uBC30\uD3EC \uADF8\uB8F9 replicas',
  },
  explanation: {
    en: 'Unlike a component, a deployment group has no default size: the webhook requires replicas on every group, either a count of 0 or more or -1 to let a HorizontalPodAutoscaler manage it.',
    ko: '\uCEF4\uD3EC\uB10C\uD2B8\uC640 \uB2EC\uB9AC \uBC30\uD3EC \uADF8\uB8F9\uC5D0\uB294 \uAE30\uBCF8 \uD06C\uAE30\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC6F9\uD6C5\uC740 \uBAA8\uB4E0 \uADF8\uB8F9\uC5D0 replicas\uB97C \uC694\uAD6C\uD558\uBA70, \uAC12\uC740 0 \uC774\uC0C1\uC758 \uAC1C\uC218\uC774\uAC70\uB098 HorizontalPodAutoscaler\uC5D0 \uB9E1\uAE30\uB294 -1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.',
  },
  source: En,
  check(t, e) {
    for (let { component: n, index: r, group: o, path: s } of Ft(t.resource)) {
      if (o.replicas !== void 0 && o.replicas !== null) continue
      let i = [...s, 'replicas'],
        a = typeof o.name == 'string' && o.name !== '' ? o.name : `#${r + 1}`
      e(
        i,
        {
          en: `deployment group replicas is required: set replicas on ${n} group ${a} (a count, or -1 for an HPA).`,
          ko: `deployment group replicas is required: ${n} \uADF8\uB8F9 ${a}\uC5D0 replicas(\uAC1C\uC218, \uB610\uB294 HPA\uC6A9 -1)\uB97C \uC9C0\uC815\uD558\uC138\uC694.`,
        },
        { fix: H({ en: 'Set 1 replica', ko: 'replicas 1\uB85C \uC124\uC815' }, i, 1) },
      )
    }
  },
}
var yf = {
  id: 'deployment-group-reserved-keys',
  severity: 'error',
  title: {
    en: 'Reserved label or annotation on a group',
    ko: '\uBC30\uD3EC \uADF8\uB8F9\uC758 \uC608\uC57D\uB41C \uB808\uC774\uBE14 \uB610\uB294 \uC5B4\uB178\uD14C\uC774\uC158',
  },
  explanation: {
    en: 'The operator uses labels under milvus.io/ and app.kubernetes.io/ to select and track its pods, and Kubernetes owns annotations under kubernetes.io/ and k8s.io/. The webhook rejects deployment groups that set them; pick your own prefix, such as topology.example.com/zone.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 milvus.io/, app.kubernetes.io/ \uB808\uC774\uBE14\uB85C \uD30C\uB4DC\uB97C \uC120\uD0DD\uD558\uACE0 \uCD94\uC801\uD558\uBA70, kubernetes.io/, k8s.io/ \uC5B4\uB178\uD14C\uC774\uC158\uC740 Kubernetes\uAC00 \uAD00\uB9AC\uD569\uB2C8\uB2E4. \uBC30\uD3EC \uADF8\uB8F9\uC5D0 \uC774\uB7F0 \uD0A4\uB97C \uB123\uC73C\uBA74 \uC6F9\uD6C5\uC774 \uAC70\uBD80\uD558\uBBC0\uB85C, topology.example.com/zone\uCC98\uB7FC \uC790\uC2E0\uB9CC\uC758 \uC811\uB450\uC0AC\uB97C \uC4F0\uC138\uC694.',
  },
  source: En,
  check(t, e) {
    for (let { group: n, path: r } of Ft(t.resource)) {
      let o = [
        { field: 'labels', isReserved: pf, text: 'label is reserved by milvus-operator' },
        {
          field: 'annotations',
          isReserved: mf,
          text: 'annotation is reserved by milvus-operator or Kubernetes',
        },
      ]
      for (let { field: s, isReserved: i, text: a } of o) {
        let l = n[s]
        if (B(l))
          for (let c of Object.keys(l).filter(i)) {
            let f = [...r, s, c]
            e(
              f,
              {
                en: `${a}: remove "${c}" from this group or move it under a prefix of your own.`,
                ko: `${a}: \uC774 \uADF8\uB8F9\uC5D0\uC11C "${c}"\uB97C \uC9C0\uC6B0\uAC70\uB098 \uC790\uC2E0\uB9CC\uC758 \uC811\uB450\uC0AC \uC544\uB798\uB85C \uC62E\uAE30\uC138\uC694.`,
              },
              { fix: Q({ en: `Remove ${c}`, ko: `${c} \uC0AD\uC81C` }, f) },
            )
          }
      }
    }
  },
}
var vf = {
  id: 'etcd-auth-needs-credentials',
  severity: 'error',
  title: {
    en: 'etcd auth without credentials',
    ko: '\uC790\uACA9 \uC99D\uBA85\uC774 \uC5C6\uB294 etcd \uC778\uC99D',
  },
  explanation: {
    en: 'spec.config.etcd.auth.enabled: true makes Milvus (and the operator health check) log in to etcd with etcd.auth.userName and etcd.auth.password. If either is missing, the login fails and Milvus cannot reach its metadata.',
    ko: 'spec.config.etcd.auth.enabled: true\uC774\uBA74 Milvus(\uC640 \uC624\uD37C\uB808\uC774\uD130 \uC0C1\uD0DC \uAC80\uC0AC)\uAC00 etcd.auth.userName\uACFC etcd.auth.password\uB85C etcd\uC5D0 \uB85C\uADF8\uC778\uD569\uB2C8\uB2E4. \uB458 \uC911 \uD558\uB098\uB77C\uB3C4 \uC5C6\uC73C\uBA74 \uB85C\uADF8\uC778\uC774 \uC2E4\uD328\uD574 Milvus\uAC00 \uBA54\uD0C0\uB370\uC774\uD130\uC5D0 \uC811\uADFC\uD558\uC9C0 \uBABB\uD569\uB2C8\uB2E4.',
  },
  source: Pn,
  check(t, e) {
    let n = t.resource
    if (!_t(ae(n, 'etcd', 'auth', 'enabled'))) return
    let r = ['userName', 'password'].filter((s) => !ge(ae(n, 'etcd', 'auth', s)))
    if (r.length === 0) return
    let o = r.join(', ')
    e(De('etcd', 'auth', 'enabled'), {
      en: `etcd auth is enabled but ${o} ${r.length > 1 ? 'are' : 'is'} empty; set spec.config.etcd.auth.${r[0]} (the etcd user Milvus logs in as) or turn auth off.`,
      ko: `etcd \uC778\uC99D\uC774 \uCF1C\uC838 \uC788\uC9C0\uB9CC ${o} \uAC12\uC774 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4. spec.config.etcd.auth.${r[0]}(Milvus\uAC00 \uB85C\uADF8\uC778\uD560 etcd \uC0AC\uC6A9\uC790 \uC815\uBCF4)\uB97C \uC124\uC815\uD558\uAC70\uB098 \uC778\uC99D\uC744 \uB044\uC138\uC694.`,
    })
  },
}
var kf = ['spec', 'dependencies', 'etcd', 'inCluster', 'chartVersion'],
  Cb = ['etcd-v6', 'etcd-v8'],
  Sf = {
    id: 'etcd-chart-version-known',
    severity: 'warning',
    title: {
      en: 'Unknown etcd chart version',
      ko: '\uC54C \uC218 \uC5C6\uB294 etcd \uCC28\uD2B8 \uBC84\uC804',
    },
    explanation: {
      en: 'The operator bundles two etcd charts, etcd-v6 and etcd-v8, and supports no other major version. Leave chartVersion out on a new resource to get etcd-v8; keep etcd-v6 only for a release that already runs chart 6.',
      ko: '\uC624\uD37C\uB808\uC774\uD130\uC5D0\uB294 etcd-v6\uACFC etcd-v8 \uB450 \uAC1C\uC758 etcd \uCC28\uD2B8\uB9CC \uB4E4\uC5B4 \uC788\uACE0 \uB2E4\uB978 \uBA54\uC774\uC800 \uBC84\uC804\uC740 \uC9C0\uC6D0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC0C8 \uB9AC\uC18C\uC2A4\uB77C\uBA74 chartVersion\uC744 \uBE44\uC6CC etcd-v8\uC744 \uC4F0\uACE0, \uC774\uBBF8 \uCC28\uD2B8 6\uC73C\uB85C \uB3D9\uC791 \uC911\uC778 \uB9B4\uB9AC\uC2A4\uC5D0\uC11C\uB9CC etcd-v6\uC744 \uC720\uC9C0\uD558\uC138\uC694.',
    },
    source: ls,
    check(t, e) {
      let n = t.resource.spec.dependencies?.etcd
      if (n?.external === !0) return
      let r = n?.inCluster?.chartVersion
      if (r === void 0 || r === '' || Cb.includes(r)) return
      let o = typeof r == 'string' ? r : JSON.stringify(r)
      e(
        kf,
        {
          en: `etcd chartVersion "${o}" is not one the operator ships; use etcd-v8 (or etcd-v6 for an existing chart 6 release).`,
          ko: `etcd chartVersion "${o}"\uC740(\uB294) \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC81C\uACF5\uD558\uB294 \uAC12\uC774 \uC544\uB2D9\uB2C8\uB2E4. etcd-v8\uC744 \uC4F0\uC138\uC694(\uAE30\uC874 \uCC28\uD2B8 6 \uB9B4\uB9AC\uC2A4\uB77C\uBA74 etcd-v6).`,
        },
        { fix: H({ en: 'Use etcd-v8', ko: 'etcd-v8 \uC0AC\uC6A9' }, kf, 'etcd-v8') },
      )
    },
  }
var bf = ['spec', 'dependencies', 'etcd', 'endpoints']
function Tb(t, e) {
  if (typeof e != 'string') return !1
  let n = as(nn(t))
  return new RegExp(
    `^${n}-etcd(-\\d+\\.${n}-etcd-headless)?\\.[a-z0-9-]+(\\.svc(\\.[a-z0-9.-]+)?)?:2379$`,
  ).test(e.trim())
}
var wf = {
  id: 'etcd-endpoints-in-cluster',
  severity: 'warning',
  title: {
    en: 'Endpoints on an in-cluster etcd',
    ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 etcd\uC5D0 \uC9C0\uC815\uD55C \uC5D4\uB4DC\uD3EC\uC778\uD2B8',
  },
  explanation: {
    en: 'When etcd is in-cluster the operator deploys it and, if endpoints is empty, points Milvus at its members. Endpoints you write are kept as they are, so Milvus uses them and the deployed etcd sits unused. Either remove them or mark etcd as external.',
    ko: 'etcd\uAC00 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80\uC774\uBA74 \uC624\uD37C\uB808\uC774\uD130\uAC00 etcd\uB97C \uBC30\uD3EC\uD558\uACE0, endpoints\uAC00 \uBE44\uC5B4 \uC788\uC744 \uB54C Milvus\uAC00 \uADF8 \uBA64\uBC84\uB97C \uBCF4\uB3C4\uB85D \uCC44\uC6C1\uB2C8\uB2E4. \uC9C1\uC811 \uC801\uC740 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB294 \uADF8\uB300\uB85C \uB0A8\uC544 Milvus\uAC00 \uADF8\uAC83\uC744 \uC0AC\uC6A9\uD558\uACE0 \uBC30\uD3EC\uB41C etcd\uB294 \uC4F0\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uC9C0\uC6B0\uAC70\uB098 etcd\uB97C external\uB85C \uD45C\uC2DC\uD558\uC138\uC694.',
  },
  source: Rn,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies?.etcd
    if (r === void 0 || r.external === !0 || !Array.isArray(r.endpoints)) return
    let o = r.endpoints.filter((s) => !Tb(n, s))
    o.length !== 0 &&
      e(
        bf,
        {
          en: `etcd is in-cluster but endpoints names ${o.join(', ')}, which Milvus would use instead of the deployed etcd; remove endpoints or set etcd.external to true.`,
          ko: `etcd\uAC00 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80\uC778\uB370 endpoints\uC5D0 ${o.join(', ')}\uC774(\uAC00) \uC788\uC5B4 Milvus\uAC00 \uBC30\uD3EC\uB41C etcd \uB300\uC2E0 \uC774\uB97C \uC0AC\uC6A9\uD569\uB2C8\uB2E4. endpoints\uB97C \uC9C0\uC6B0\uAC70\uB098 etcd.external\uC744 true\uB85C \uC124\uC815\uD558\uC138\uC694.`,
        },
        {
          fix: Q(
            { en: 'Remove the endpoints', ko: '\uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uC0AD\uC81C' },
            bf,
          ),
        },
      )
  },
}
var xf = {
  id: 'etcd-endpoints-in-config',
  severity: 'warning',
  title: {
    en: 'etcd endpoints in spec.config are replaced',
    ko: 'spec.config\uC758 etcd \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB294 \uB300\uCCB4\uB428',
  },
  explanation: {
    en: 'The operator removes etcd.endpoints from spec.config and writes the endpoints of spec.dependencies.etcd in their place, so a value here never reaches Milvus. Put external etcd addresses in spec.dependencies.etcd.endpoints with external: true.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 spec.config\uC5D0\uC11C etcd.endpoints\uB97C \uC9C0\uC6B0\uACE0 spec.dependencies.etcd\uC758 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uB300\uC2E0 \uAE30\uB85D\uD558\uBBC0\uB85C \uC5EC\uAE30 \uC801\uC740 \uAC12\uC740 Milvus\uC5D0 \uC804\uB2EC\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC678\uBD80 etcd \uC8FC\uC18C\uB294 external: true\uC640 \uD568\uAED8 spec.dependencies.etcd.endpoints\uC5D0 \uC801\uC73C\uC138\uC694.',
  },
  source: Pn,
  check(t, e) {
    if (ae(t.resource, 'etcd', 'endpoints') === void 0) return
    let n = De('etcd', 'endpoints')
    e(
      n,
      {
        en: 'The operator deletes spec.config.etcd.endpoints and writes its own; remove it and set spec.dependencies.etcd.endpoints instead.',
        ko: '\uC624\uD37C\uB808\uC774\uD130\uAC00 spec.config.etcd.endpoints\uB97C \uC9C0\uC6B0\uACE0 \uC790\uCCB4 \uAC12\uC744 \uC4F0\uBBC0\uB85C, \uC774 \uD0A4\uB97C \uC9C0\uC6B0\uACE0 spec.dependencies.etcd.endpoints\uB97C \uC124\uC815\uD558\uC138\uC694.',
      },
      { fix: Q(tn('spec.config.etcd.endpoints'), n) },
    )
  },
}
var Mf = 'spec.dependencies.etcd.endpoints should be configured',
  Af = {
    id: 'etcd-external-needs-endpoints',
    severity: 'error',
    title: {
      en: 'External etcd without endpoints',
      ko: '\uC5D4\uB4DC\uD3EC\uC778\uD2B8\uAC00 \uC5C6\uB294 \uC678\uBD80 etcd',
    },
    explanation: {
      en: 'With etcd.external set to true the operator does not deploy etcd and has no address to give Milvus, so its webhook rejects the resource until endpoints lists at least one host:port.',
      ko: 'etcd.external\uC774 true\uC774\uBA74 \uC624\uD37C\uB808\uC774\uD130\uB294 etcd\uB97C \uBC30\uD3EC\uD558\uC9C0 \uC54A\uACE0 Milvus\uC5D0 \uB118\uAE38 \uC8FC\uC18C\uB3C4 \uC5C6\uC73C\uBBC0\uB85C, endpoints\uC5D0 host:port\uAC00 \uD558\uB098 \uC774\uC0C1 \uB4E4\uC5B4\uAC08 \uB54C\uAE4C\uC9C0 \uC6F9\uD6C5\uC774 \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
    },
    source: Tn,
    check(t, e) {
      let n = t.resource.spec.dependencies?.etcd
      if (n?.external !== !0) return
      let r = n.endpoints
      ;(Array.isArray(r) && r.length > 0) ||
        e(
          ['spec', 'dependencies', 'etcd', 'endpoints'],
          {
            en: `${Mf}: list your etcd members as host:2379, or turn external off to let the operator deploy etcd.`,
            ko: `${Mf}: etcd \uBA64\uBC84\uB97C host:2379 \uD615\uC2DD\uC73C\uB85C \uB098\uC5F4\uD558\uAC70\uB098, external\uC744 \uB044\uACE0 \uC624\uD37C\uB808\uC774\uD130\uAC00 etcd\uB97C \uBC30\uD3EC\uD558\uAC8C \uD558\uC138\uC694.`,
          },
          {
            fix: Q(
              {
                en: 'Use an in-cluster etcd instead',
                ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 etcd \uC0AC\uC6A9',
              },
              ['spec', 'dependencies', 'etcd', 'external'],
            ),
          },
        )
    },
  }
var Rb = ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'auth', 'rbac'],
  Eb = { 'etcd-v6': 'enabled', 'etcd-v8': 'create' },
  Cf = {
    id: 'etcd-rbac-key-matches-chart',
    severity: 'warning',
    title: {
      en: 'etcd RBAC key does not match the chart',
      ko: 'etcd \uCC28\uD2B8\uC640 \uB9DE\uC9C0 \uC54A\uB294 RBAC \uD0A4',
    },
    explanation: {
      en: 'The etcd chart 8 (etcd-v8, what the operator installs for new resources) renamed auth.rbac.enabled to auth.rbac.create and enables RBAC unless told otherwise; chart 6 (etcd-v6) only reads auth.rbac.enabled. A key for the other chart is silently ignored, so RBAC may be on or off against your intent.',
      ko: 'etcd \uCC28\uD2B8 8(etcd-v8, \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC0C8 \uB9AC\uC18C\uC2A4\uC5D0 \uC124\uCE58\uD558\uB294 \uCC28\uD2B8)\uC740 auth.rbac.enabled\uB97C auth.rbac.create\uB85C \uBC14\uAFB8\uC5C8\uACE0 \uB530\uB85C \uC9C0\uC815\uD558\uC9C0 \uC54A\uC73C\uBA74 RBAC\uB97C \uCF2D\uB2C8\uB2E4. \uCC28\uD2B8 6(etcd-v6)\uC740 auth.rbac.enabled\uB9CC \uC77D\uC2B5\uB2C8\uB2E4. \uB2E4\uB978 \uCC28\uD2B8\uC758 \uD0A4\uB294 \uC870\uC6A9\uD788 \uBB34\uC2DC\uB418\uBBC0\uB85C RBAC\uAC00 \uC758\uB3C4\uC640 \uB2E4\uB974\uAC8C \uCF1C\uC9C0\uAC70\uB098 \uAEBC\uC9C8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.',
    },
    source: of,
    check(t, e) {
      let n = t.resource.spec.dependencies?.etcd
      if (n?.external === !0) return
      let r = n?.inCluster?.chartVersion ?? 'etcd-v8'
      if (r !== 'etcd-v6' && r !== 'etcd-v8') return
      let o = n?.inCluster?.values?.auth?.rbac
      if (!B(o)) return
      let s = Eb[r],
        i = r === 'etcd-v8' ? 'enabled' : 'create'
      if (!Object.hasOwn(o, i)) return
      let a = [...Rb, i],
        l = Object.hasOwn(o, s),
        c = l
          ? { en: `Remove auth.rbac.${i}`, ko: `auth.rbac.${i} \uC0AD\uC81C` }
          : {
              en: `Rename to auth.rbac.${s}`,
              ko: `auth.rbac.${s}(\uC73C)\uB85C \uC774\uB984 \uBCC0\uACBD`,
            }
      e(
        a,
        {
          en: `The ${r} chart ignores auth.rbac.${i}; ${l ? 'remove it and keep' : 'rename it to'} auth.rbac.${s}.`,
          ko: `${r} \uCC28\uD2B8\uB294 auth.rbac.${i}\uC744(\uB97C) \uBB34\uC2DC\uD558\uBBC0\uB85C ${l ? `\uC774 \uD0A4\uB97C \uC9C0\uC6B0\uACE0 auth.rbac.${s}\uB9CC \uB0A8\uAE30\uC138\uC694` : `auth.rbac.${s}(\uC73C)\uB85C \uC774\uB984\uC744 \uBC14\uAFB8\uC138\uC694`}.`,
        },
        { fix: l ? Q(c, a) : nf(c, a, s, o[i]) },
      )
    },
  }
var ds = ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'replicaCount']
function Pb(t) {
  return D(t) === 'cluster' ? 3 : 1
}
var Tf = {
  id: 'etcd-replicas-odd',
  severity: 'warning',
  title: { en: 'etcd member count', ko: 'etcd \uBA64\uBC84 \uC218' },
  explanation: {
    en: 'etcd keeps working while a majority of its members is up. Three members survive one failure and four members also survive only one, so an even count adds cost without adding safety. With no members, Milvus has nowhere to keep its metadata and does not start.',
    ko: 'etcd\uB294 \uBA64\uBC84\uC758 \uACFC\uBC18\uC218\uAC00 \uC0B4\uC544 \uC788\uB294 \uB3D9\uC548 \uB3D9\uC791\uD569\uB2C8\uB2E4. 3\uAC1C \uBA64\uBC84\uB294 1\uAC1C \uC7A5\uC560\uB97C \uACAC\uB514\uACE0 4\uAC1C \uBA64\uBC84\uB3C4 1\uAC1C\uAE4C\uC9C0\uB9CC \uACAC\uB514\uBBC0\uB85C, \uC9DD\uC218 \uBA64\uBC84\uB294 \uC548\uC804\uC131\uC740 \uADF8\uB300\uB85C\uC778 \uCC44 \uBE44\uC6A9\uB9CC \uB298\uB9BD\uB2C8\uB2E4. \uBA64\uBC84\uAC00 \uC5C6\uC73C\uBA74 Milvus\uAC00 \uBA54\uD0C0\uB370\uC774\uD130\uB97C \uC800\uC7A5\uD560 \uACF3\uC774 \uC5C6\uC5B4 \uC2DC\uC791\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  },
  source: sf,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies?.etcd
    if (r?.external === !0) return
    let o = r?.inCluster?.values?.replicaCount
    if (typeof o != 'number' || !Number.isFinite(o)) return
    if (o < 1 || !Number.isInteger(o)) {
      let i = o < 1 ? Pb(n) : Math.max(1, Math.round(o) | 1)
      e(
        ds,
        {
          en: `etcd replicaCount ${o} is not a usable member count; set a positive odd number such as ${i}.`,
          ko: `etcd replicaCount ${o}\uC740(\uB294) \uC4F8 \uC218 \uC5C6\uB294 \uBA64\uBC84 \uC218\uC785\uB2C8\uB2E4. ${i}\uCC98\uB7FC \uC591\uC758 \uD640\uC218\uB85C \uC124\uC815\uD558\uC138\uC694.`,
        },
        {
          severity: 'error',
          fix: H({ en: `Use ${i} members`, ko: `\uBA64\uBC84 ${i}\uAC1C \uC0AC\uC6A9` }, ds, i),
        },
      )
      return
    }
    if (o % 2 !== 0) return
    let s = o + 1
    e(
      ds,
      {
        en: `${o} etcd members survive no more failures than ${o - 1}; use an odd count such as ${s} (or ${o - 1}).`,
        ko: `etcd \uBA64\uBC84 ${o}\uAC1C\uB294 ${o - 1}\uAC1C\uBCF4\uB2E4 \uB354 \uB9CE\uC740 \uC7A5\uC560\uB97C \uACAC\uB514\uC9C0 \uBABB\uD558\uBBC0\uB85C ${s}\uAC1C(\uB610\uB294 ${o - 1}\uAC1C)\uCC98\uB7FC \uD640\uC218\uB85C \uC124\uC815\uD558\uC138\uC694.`,
      },
      { fix: H({ en: `Use ${s} members`, ko: `\uBA64\uBC84 ${s}\uAC1C \uC0AC\uC6A9` }, ds, s) },
    )
  },
}
var Rf = {
  id: 'minio-address-in-config',
  severity: 'warning',
  title: {
    en: 'MinIO address in spec.config is replaced',
    ko: 'spec.config\uC758 MinIO \uC8FC\uC18C\uB294 \uB300\uCCB4\uB428',
  },
  explanation: {
    en: 'The operator removes minio.address and minio.port from spec.config and derives them from spec.dependencies.storage.endpoint, so values here never reach Milvus. Set the storage endpoint instead.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 spec.config\uC5D0\uC11C minio.address\uC640 minio.port\uB97C \uC9C0\uC6B0\uACE0 spec.dependencies.storage.endpoint\uB85C\uBD80\uD130 \uB2E4\uC2DC \uB9CC\uB4E4\uBBC0\uB85C, \uC5EC\uAE30 \uC801\uC740 \uAC12\uC740 Milvus\uC5D0 \uC804\uB2EC\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uB300\uC2E0 \uC2A4\uD1A0\uB9AC\uC9C0 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uC124\uC815\uD558\uC138\uC694.',
  },
  source: Pn,
  check(t, e) {
    for (let n of ['address', 'port']) {
      if (ae(t.resource, 'minio', n) === void 0) continue
      let r = De('minio', n)
      e(
        r,
        {
          en: `The operator deletes spec.config.minio.${n} and writes its own from storage.endpoint; remove it and set spec.dependencies.storage.endpoint instead.`,
          ko: `\uC624\uD37C\uB808\uC774\uD130\uAC00 spec.config.minio.${n}\uB97C \uC9C0\uC6B0\uACE0 storage.endpoint\uB85C \uB2E4\uC2DC \uC4F0\uBBC0\uB85C, \uC774 \uD0A4\uB97C \uC9C0\uC6B0\uACE0 spec.dependencies.storage.endpoint\uB97C \uC124\uC815\uD558\uC138\uC694.`,
        },
        { fix: Q(tn(`spec.config.minio.${n}`), r) },
      )
    }
  },
}
var Ef = {
  id: 'replicas-hpa-managed',
  severity: 'info',
  title: { en: 'Replicas managed by an HPA', ko: 'HPA\uAC00 \uAD00\uB9AC\uD558\uB294 replicas' },
  explanation: {
    en: 'With replicas: -1 the operator leaves the Deployment size alone. Create a HorizontalPodAutoscaler whose scaleTargetRef is that Deployment, or the component keeps whatever size it had (one pod when new).',
    ko: 'replicas: -1\uC774\uBA74 \uC624\uD37C\uB808\uC774\uD130\uAC00 Deployment \uD06C\uAE30\uB97C \uAC74\uB4DC\uB9AC\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. scaleTargetRef\uAC00 \uADF8 Deployment\uC778 HorizontalPodAutoscaler\uB97C \uB9CC\uB4E4\uC9C0 \uC54A\uC73C\uBA74 \uCEF4\uD3EC\uB10C\uD2B8\uB294 \uC774\uC804 \uD06C\uAE30(\uC0C8\uB85C \uB9CC\uB4E4\uBA74 \uD30C\uB4DC 1\uAC1C)\uB97C \uC720\uC9C0\uD569\uB2C8\uB2E4.',
  },
  source: qt,
  check(t, e) {
    let n = t.resource
    for (let r of Te) {
      let o = n.spec.components?.[r]
      if (!B(o) || o.replicas !== -1) continue
      let s = _r(n, r)
      e(['spec', 'components', r, 'replicas'], {
        en: `${r} is sized by an HPA; create a HorizontalPodAutoscaler that targets Deployment ${s}.`,
        ko: `${r}\uC758 \uD06C\uAE30\uB294 HPA\uAC00 \uC815\uD558\uBBC0\uB85C Deployment ${s}\uC744(\uB97C) \uB300\uC0C1\uC73C\uB85C \uD558\uB294 HorizontalPodAutoscaler\uB97C \uB9CC\uB4DC\uC138\uC694.`,
      })
    }
    for (let { component: r, group: o, path: s } of Ft(n)) {
      if (o.replicas !== -1 || typeof o.name != 'string') continue
      let i = _r(n, r, o.name)
      e([...s, 'replicas'], {
        en: `${r} group ${o.name} is sized by an HPA; create a HorizontalPodAutoscaler that targets Deployment ${i}.`,
        ko: `${r} \uADF8\uB8F9 ${o.name}\uC758 \uD06C\uAE30\uB294 HPA\uAC00 \uC815\uD558\uBBC0\uB85C Deployment ${i}\uC744(\uB97C) \uB300\uC0C1\uC73C\uB85C \uD558\uB294 HorizontalPodAutoscaler\uB97C \uB9CC\uB4DC\uC138\uC694.`,
      })
    }
  },
}
function Pf(t, e, n) {
  if (B(n))
    return {
      owner: t,
      path: e,
      limits: B(n.limits) ? n.limits : void 0,
      requests: B(n.requests) ? n.requests : void 0,
    }
}
function fs(t) {
  let e = t.spec.components
  if (!B(e)) return []
  let n = [],
    r = Pf('components', ['spec', 'components', 'resources'], e.resources)
  r && n.push(r)
  for (let o of Te) {
    let s = e[o]
    if (!B(s)) continue
    let i = Pf(o, ['spec', 'components', o, 'resources'], s.resources)
    i && n.push(i)
  }
  return n
}
var Lb = { k: 'Ki', m: 'Mi', g: 'Gi', t: 'Ti', p: 'Pi', e: 'Ei' }
function Lf(t, e) {
  let n = e.replace(/\s+/g, ''),
    r = [n],
    o = /^(\d+(?:\.\d+)?)(?:cores?|cpus?|vcpus?)$/i.exec(n)
  o?.[1] && r.push(o[1])
  let s = /^(\d+(?:\.\d+)?)([kmgtpe])(i?b|i)?$/i.exec(n)
  if (s?.[1] && s[2] && (s[3] !== void 0 || t === 'memory')) {
    let i = Lb[s[2].toLowerCase()]
    i && !(s[2] === 'm' && s[3] === void 0) && r.push(`${s[1]}${i}`)
  }
  return r.find((i) => i !== e && je(i))
}
function Nf(t) {
  return typeof t == 'number'
    ? Number.isFinite(t)
      ? t
      : void 0
    : typeof t == 'string'
      ? Da(t)
      : void 0
}
var $f = {
  id: 'resources-requests-within-limits',
  severity: 'error',
  title: { en: 'Request above limit', ko: '\uD55C\uB3C4\uBCF4\uB2E4 \uD070 \uC694\uCCAD' },
  explanation: {
    en: 'Kubernetes schedules a pod by its requests and caps it at its limits, so a request larger than the limit is contradictory and the API server rejects the pod spec. Lower the request or raise the limit.',
    ko: 'Kubernetes\uB294 \uC694\uCCAD(requests)\uC73C\uB85C \uD30C\uB4DC\uB97C \uBC30\uCE58\uD558\uACE0 \uD55C\uB3C4(limits)\uB85C \uC0AC\uC6A9\uB7C9\uC744 \uC81C\uD55C\uD558\uBBC0\uB85C, \uC694\uCCAD\uC774 \uD55C\uB3C4\uBCF4\uB2E4 \uD06C\uBA74 \uBAA8\uC21C\uC774 \uB418\uC5B4 API \uC11C\uBC84\uAC00 \uD30C\uB4DC \uBA85\uC138\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4. \uC694\uCCAD\uC744 \uB0AE\uCD94\uAC70\uB098 \uD55C\uB3C4\uB97C \uB192\uC774\uC138\uC694.',
  },
  source: us,
  check(t, e) {
    for (let n of fs(t.resource))
      if (!(!n.limits || !n.requests))
        for (let [r, o] of Object.entries(n.requests)) {
          let s = n.limits[r],
            i = Nf(o),
            a = Nf(s)
          if (i === void 0 || a === void 0 || i <= a) continue
          let l = [...n.path, 'requests', r],
            c = n.owner === 'components' ? 'components.resources' : `${n.owner}.resources`
          e(
            l,
            {
              en: `${c} requests ${r} ${String(o)}, more than its limit ${String(s)}; lower the request or raise the limit.`,
              ko: `${c}\uC758 ${r} \uC694\uCCAD ${String(o)}\uC774(\uAC00) \uD55C\uB3C4 ${String(s)}\uBCF4\uB2E4 \uD07D\uB2C8\uB2E4. \uC694\uCCAD\uC744 \uB0AE\uCD94\uAC70\uB098 \uD55C\uB3C4\uB97C \uB192\uC774\uC138\uC694.`,
            },
            {
              fix: H(
                {
                  en: `Request ${String(s)}`,
                  ko: `\uC694\uCCAD\uC744 ${String(s)}(\uC73C)\uB85C \uC124\uC815`,
                },
                l,
                s,
              ),
            },
          )
        }
  },
}
function Nb(t, e, n, r) {
  if (typeof n == 'number' || typeof n != 'string') return
  if (je(n)) {
    let s = /^(\d+(?:\.\d+)?)m$/.exec(n.trim())
    if (e === 'memory' && s) {
      let i = `${s[1]}Mi`
      r(
        t,
        {
          en: `memory ${n} means ${n.replace('m', '')} thousandths of a byte; write ${i} for mebibytes.`,
          ko: `memory ${n}\uC740(\uB294) 1\uBC14\uC774\uD2B8\uC758 \uCC9C\uBD84\uC758 ${n.replace('m', '')}\uC744 \uB73B\uD558\uBBC0\uB85C, \uBA54\uBE44\uBC14\uC774\uD2B8\uB77C\uBA74 ${i}\uB85C \uC4F0\uC138\uC694.`,
        },
        { severity: 'warning', fix: H({ en: `Use ${i}`, ko: `${i} \uC0AC\uC6A9` }, t, i) },
      )
    }
    return
  }
  let o = Lf(e, n)
  r(
    t,
    {
      en: `${e} "${n}" is not a Kubernetes quantity, so the Deployment is rejected; write it like ${o ?? (e === 'cpu' ? '500m or 2' : '512Mi or 4Gi')}.`,
      ko: `${e} "${n}"\uC740(\uB294) Kubernetes \uC218\uB7C9 \uD615\uC2DD\uC774 \uC544\uB2C8\uC5B4\uC11C Deployment\uAC00 \uAC70\uBD80\uB429\uB2C8\uB2E4. ${o ?? (e === 'cpu' ? '500m \uB610\uB294 2' : '512Mi \uB610\uB294 4Gi')}\uCC98\uB7FC \uC4F0\uC138\uC694.`,
    },
    o === void 0 ? {} : { fix: H({ en: `Use ${o}`, ko: `${o} \uC0AC\uC6A9` }, t, o) },
  )
}
var Of = {
  id: 'resources-valid-quantity',
  severity: 'error',
  title: {
    en: 'Invalid resource quantity',
    ko: '\uC798\uBABB\uB41C \uB9AC\uC18C\uC2A4 \uC218\uB7C9',
  },
  explanation: {
    en: 'Kubernetes writes CPU as cores or millicores (2, 500m) and memory as bytes with a suffix (512Mi, 4Gi, or 4G for powers of ten). Units such as GB or cores are not understood, and the Deployment the operator creates is rejected.',
    ko: 'Kubernetes\uB294 CPU\uB97C \uCF54\uC5B4\uB098 \uBC00\uB9AC\uCF54\uC5B4(2, 500m)\uB85C, \uBA54\uBAA8\uB9AC\uB97C \uC811\uBBF8\uC0AC\uAC00 \uBD99\uC740 \uBC14\uC774\uD2B8(512Mi, 4Gi, 10\uC758 \uAC70\uB4ED\uC81C\uACF1\uC774\uBA74 4G)\uB85C \uC501\uB2C8\uB2E4. GB\uB098 cores \uAC19\uC740 \uB2E8\uC704\uB294 \uC778\uC2DD\uB418\uC9C0 \uC54A\uC544 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uB9CC\uB4DC\uB294 Deployment\uAC00 \uAC70\uBD80\uB429\uB2C8\uB2E4.',
  },
  source: us,
  check(t, e) {
    for (let n of fs(t.resource))
      for (let r of ['limits', 'requests'])
        for (let [o, s] of Object.entries(n[r] ?? {})) Nb([...n.path, r, o], o, s, e)
  },
}
var If = ['spec', 'components', 'rollingMode'],
  $b = [0, 2, 3],
  Df = {
    id: 'rolling-mode-valid',
    severity: 'error',
    title: {
      en: 'Unsupported rollingMode',
      ko: '\uC9C0\uC6D0\uD558\uC9C0 \uC54A\uB294 rollingMode',
    },
    explanation: {
      en: 'The operator implements two rolling-update strategies, 2 (the default) and 3. Its webhook rejects any other rollingMode with "rollingMode should be 2 or 3"; leave the field out to get 2.',
      ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 \uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8 \uBC29\uC2DD\uC73C\uB85C 2(\uAE30\uBCF8\uAC12)\uC640 3 \uB450 \uAC00\uC9C0\uB9CC \uAD6C\uD604\uD569\uB2C8\uB2E4. \uB2E4\uB978 rollingMode \uAC12\uC740 \uC6F9\uD6C5\uC774 "rollingMode should be 2 or 3"\uC73C\uB85C \uAC70\uBD80\uD558\uBBC0\uB85C, 2\uB97C \uC4F0\uB824\uBA74 \uD544\uB4DC\uB97C \uC0DD\uB7B5\uD558\uC138\uC694.',
    },
    source: Tn,
    check(t, e) {
      let n = t.resource.spec.components?.rollingMode
      typeof n != 'number' ||
        $b.includes(n) ||
        e(
          If,
          {
            en: `rollingMode should be 2 or 3 (now ${n}); set it to 2, the default, or to 3.`,
            ko: `rollingMode should be 2 or 3 (\uD604\uC7AC ${n}). \uAE30\uBCF8\uAC12\uC778 2\uB098 3\uC73C\uB85C \uC124\uC815\uD558\uC138\uC694.`,
          },
          { fix: H({ en: 'Use rollingMode 2', ko: 'rollingMode 2 \uC0AC\uC6A9' }, If, 2) },
        )
    },
  }
var _f = {
  id: 'storage-azure-needs-remote-type',
  severity: 'error',
  title: {
    en: 'Azure storage without storageType remote',
    ko: 'storageType remote \uC5C6\uB294 Azure \uC2A4\uD1A0\uB9AC\uC9C0',
  },
  explanation: {
    en: 'Milvus uses its Azure Blob client only when common.storageType is remote; otherwise it opens the storage with the MinIO client, which cannot talk to an Azure account, and data access fails.',
    ko: 'Milvus\uB294 common.storageType\uC774 remote\uC77C \uB54C\uB9CC Azure Blob \uD074\uB77C\uC774\uC5B8\uD2B8\uB97C \uC0AC\uC6A9\uD569\uB2C8\uB2E4. \uADF8\uB807\uC9C0 \uC54A\uC73C\uBA74 MinIO \uD074\uB77C\uC774\uC5B8\uD2B8\uB85C \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC5F4\uC5B4 Azure \uACC4\uC815\uACFC \uD1B5\uC2E0\uD558\uC9C0 \uBABB\uD558\uACE0 \uB370\uC774\uD130 \uC811\uADFC\uC774 \uC2E4\uD328\uD569\uB2C8\uB2E4.',
  },
  source: cs,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies?.storage
    if (r?.type !== 'Azure' || r.external !== !0) return
    let o = ae(n, 'common', 'storageType')
    if (o === 'remote') return
    let s = De('common', 'storageType'),
      i = H(
        { en: 'Set storageType to remote', ko: 'storageType\uC744 remote\uB85C \uC124\uC815' },
        s,
        'remote',
      )
    if (o == null || o === '') {
      e(
        s,
        {
          en: 'Azure Blob storage relies on common.storageType being remote; set spec.config.common.storageType: remote explicitly, as the Azure samples do.',
          ko: 'Azure Blob \uC2A4\uD1A0\uB9AC\uC9C0\uB294 common.storageType\uC774 remote\uC5EC\uC57C \uB3D9\uC791\uD558\uBBC0\uB85C, Azure \uC0D8\uD50C\uCC98\uB7FC spec.config.common.storageType: remote\uB97C \uBA85\uC2DC\uD558\uC138\uC694.',
        },
        { severity: 'info', fix: i },
      )
      return
    }
    e(
      s,
      {
        en: `Azure Blob storage needs spec.config.common.storageType remote, not ${String(o)}; change it so Milvus uses its Azure client.`,
        ko: `Azure Blob \uC2A4\uD1A0\uB9AC\uC9C0\uC5D0\uB294 spec.config.common.storageType\uC774 ${String(o)}\uC774(\uAC00) \uC544\uB2C8\uB77C remote\uC5EC\uC57C \uD558\uBBC0\uB85C, Milvus\uAC00 Azure \uD074\uB77C\uC774\uC5B8\uD2B8\uB97C \uC4F0\uB3C4\uB85D \uBC14\uAFB8\uC138\uC694.`,
      },
      { fix: i },
    )
  },
}
var qf = ['spec', 'dependencies', 'storage', 'ssl']
function Ob(t, e) {
  let n = t.spec.components
  return B(n)
    ? [n.volumes, ...Object.values(n).map((o) => (B(o) ? o.volumes : void 0))].some(
        (o) => Array.isArray(o) && o.some((s) => B(s) && B(s.configMap) && s.configMap.name === e),
      )
    : !1
}
var Ff = {
  id: 'storage-ca-secret',
  severity: 'info',
  title: {
    en: 'Storage CA must be a Secret with ca.crt',
    ko: '\uC2A4\uD1A0\uB9AC\uC9C0 CA\uB294 ca.crt \uD0A4\uAC00 \uC788\uB294 Secret\uC774\uC5B4\uC57C \uD568',
  },
  explanation: {
    en: 'For its TLS health check of the object storage, the operator loads the CA from the Secret named in storage.ssl.caCertificateRef, under the key ca.crt, in the resource namespace. A ConfigMap or another key is not found, and the storage is reported as unhealthy. Milvus itself reads the CA from the file at spec.config.minio.ssl.tlsCACert.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC758 TLS \uC0C1\uD0DC \uAC80\uC0AC\uB97C \uC704\uD574 storage.ssl.caCertificateRef\uB85C \uC9C0\uC815\uD55C Secret\uC758 ca.crt \uD0A4\uC5D0\uC11C CA\uB97C \uC77D\uC2B5\uB2C8\uB2E4(\uB9AC\uC18C\uC2A4\uC640 \uAC19\uC740 \uB124\uC784\uC2A4\uD398\uC774\uC2A4). ConfigMap\uC774\uB098 \uB2E4\uB978 \uD0A4\uB294 \uCC3E\uC9C0 \uBABB\uD574 \uC2A4\uD1A0\uB9AC\uC9C0\uAC00 \uBE44\uC815\uC0C1\uC73C\uB85C \uBCF4\uACE0\uB429\uB2C8\uB2E4. Milvus \uC790\uCCB4\uB294 spec.config.minio.ssl.tlsCACert \uACBD\uB85C\uC758 \uD30C\uC77C\uC5D0\uC11C CA\uB97C \uC77D\uC2B5\uB2C8\uB2E4.',
  },
  source: Ln,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies?.storage?.ssl
    if (!B(r)) return
    let o = r.caCertificateRef
    if (ge(o)) {
      let s = [...qf, 'caCertificateRef']
      if (Ob(n, o)) {
        e(
          s,
          {
            en: `The CA ${o} is mounted from a ConfigMap, but caCertificateRef must name a Secret with key ca.crt; create the CA as a Secret (and mount that Secret).`,
            ko: `CA ${o}\uC774(\uAC00) ConfigMap\uC73C\uB85C \uB9C8\uC6B4\uD2B8\uB418\uC5B4 \uC788\uC9C0\uB9CC caCertificateRef\uB294 ca.crt \uD0A4\uAC00 \uC788\uB294 Secret\uC744 \uAC00\uB9AC\uCF1C\uC57C \uD569\uB2C8\uB2E4. CA\uB97C Secret\uC73C\uB85C \uB9CC\uB4E4\uACE0 \uADF8 Secret\uC744 \uB9C8\uC6B4\uD2B8\uD558\uC138\uC694.`,
          },
          { severity: 'warning' },
        )
        return
      }
      e(s, {
        en: `Make sure ${o} is a Secret (not a ConfigMap) in this namespace with the CA under the key ca.crt.`,
        ko: `${o}\uC774(\uAC00) \uC774 \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uC5D0 \uC788\uB294 Secret(ConfigMap\uC774 \uC544\uB2D8)\uC774\uACE0 CA\uAC00 ca.crt \uD0A4\uC5D0 \uB4E4\uC5B4 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694.`,
      })
      return
    }
    r.enabled !== !0 ||
      r.insecureSkipVerify === !0 ||
      (ge(ae(n, 'minio', 'ssl', 'tlsCACert')) &&
        e([...qf, 'enabled'], {
          en: 'Milvus gets a private CA through minio.ssl.tlsCACert but the operator check has none; set storage.ssl.caCertificateRef to a Secret holding it as ca.crt.',
          ko: 'Milvus\uB294 minio.ssl.tlsCACert\uB85C \uC0AC\uC124 CA\uB97C \uBC1B\uC9C0\uB9CC \uC624\uD37C\uB808\uC774\uD130 \uC810\uAC80\uC5D0\uB294 CA\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uADF8 CA\uB97C ca.crt \uD0A4\uB85C \uB2F4\uC740 Secret\uC744 storage.ssl.caCertificateRef\uC5D0 \uC9C0\uC815\uD558\uC138\uC694.',
        }))
  },
}
var Fa = 'AZURE_CONNECTION_STRING'
function Ib(t, e) {
  let n = t.spec.components
  return B(n)
    ? [n.env, ...Object.values(n).map((o) => (B(o) ? o.env : void 0))].some(
        (o) => Array.isArray(o) && o.some((s) => B(s) && s.name === e),
      )
    : !1
}
var Kf = {
  id: 'storage-external-needs-credentials',
  severity: 'error',
  title: {
    en: 'External storage without credentials',
    ko: '\uC790\uACA9 \uC99D\uBA85\uC774 \uC5C6\uB294 \uC678\uBD80 \uC2A4\uD1A0\uB9AC\uC9C0',
  },
  explanation: {
    en: 'For external object storage the operator takes the access key and secret key from the Secret named in storage.secretRef (keys accesskey and secretkey). Without that Secret, Milvus needs spec.config.minio.useIAM: true (a cloud identity on the pods) or, for Azure, a connection string in AZURE_CONNECTION_STRING; with none of them it cannot sign in.',
    ko: '\uC678\uBD80 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC4F0\uBA74 \uC624\uD37C\uB808\uC774\uD130\uB294 storage.secretRef\uB85C \uC9C0\uC815\uD55C Secret(\uD0A4 accesskey, secretkey)\uC5D0\uC11C \uC561\uC138\uC2A4 \uD0A4\uC640 \uC2DC\uD06C\uB9BF \uD0A4\uB97C \uAC00\uC838\uC635\uB2C8\uB2E4. Secret\uC774 \uC5C6\uB2E4\uBA74 spec.config.minio.useIAM: true(\uD30C\uB4DC\uC758 \uD074\uB77C\uC6B0\uB4DC \uC544\uC774\uB374\uD2F0\uD2F0)\uB098, Azure\uC758 \uACBD\uC6B0 AZURE_CONNECTION_STRING \uC5F0\uACB0 \uBB38\uC790\uC5F4\uC774 \uD544\uC694\uD558\uBA70, \uC14B \uB2E4 \uC5C6\uC73C\uBA74 Milvus\uAC00 \uB85C\uADF8\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
  },
  source: Ln,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies?.storage
    if (r?.external !== !0 || ge(r.secretRef) || _t(ae(n, 'minio', 'useIAM'))) return
    let o = r.type === 'Azure'
    ;(o && Ib(n, Fa)) ||
      e(['spec', 'dependencies', 'storage', 'secretRef'], {
        en: o
          ? `External Azure storage has no credentials; set storage.secretRef to a Secret with accesskey and secretkey, set spec.config.minio.useIAM to true, or add ${Fa} to components.env.`
          : 'External storage has no credentials; set storage.secretRef to a Secret with accesskey and secretkey, or set spec.config.minio.useIAM to true.',
        ko: o
          ? `\uC678\uBD80 Azure \uC2A4\uD1A0\uB9AC\uC9C0\uC5D0 \uC790\uACA9 \uC99D\uBA85\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. storage.secretRef\uC5D0 accesskey\uC640 secretkey\uAC00 \uC788\uB294 Secret\uC744 \uC9C0\uC815\uD558\uAC70\uB098, spec.config.minio.useIAM\uC744 true\uB85C \uD558\uAC70\uB098, components.env\uC5D0 ${Fa}\uB97C \uCD94\uAC00\uD558\uC138\uC694.`
          : '\uC678\uBD80 \uC2A4\uD1A0\uB9AC\uC9C0\uC5D0 \uC790\uACA9 \uC99D\uBA85\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. storage.secretRef\uC5D0 accesskey\uC640 secretkey\uAC00 \uC788\uB294 Secret\uC744 \uC9C0\uC815\uD558\uAC70\uB098 spec.config.minio.useIAM\uC744 true\uB85C \uC124\uC815\uD558\uC138\uC694.',
      })
  },
}
var Bf = 'spec.dependencies.storage.endpoint should be configured',
  Uf = {
    id: 'storage-external-needs-endpoint',
    severity: 'error',
    title: {
      en: 'External storage without an endpoint',
      ko: '\uC5D4\uB4DC\uD3EC\uC778\uD2B8\uAC00 \uC5C6\uB294 \uC678\uBD80 \uC2A4\uD1A0\uB9AC\uC9C0',
    },
    explanation: {
      en: 'With storage.external set to true the operator deploys no MinIO and needs the address of your object storage (MinIO, S3, GCS or Azure) to give Milvus; its webhook rejects the resource until storage.endpoint is set.',
      ko: 'storage.external\uC774 true\uC774\uBA74 \uC624\uD37C\uB808\uC774\uD130\uB294 MinIO\uB97C \uBC30\uD3EC\uD558\uC9C0 \uC54A\uACE0, Milvus\uC5D0 \uB118\uAE38 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0(MinIO, S3, GCS, Azure) \uC8FC\uC18C\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4. storage.endpoint\uAC00 \uC124\uC815\uB420 \uB54C\uAE4C\uC9C0 \uC6F9\uD6C5\uC774 \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
    },
    source: Tn,
    check(t, e) {
      let n = t.resource.spec.dependencies?.storage
      if (n?.external !== !0 || ge(n.endpoint)) return
      let r = n.type === void 0 || n.type === '' || n.type === 'MinIO'
      e(
        ['spec', 'dependencies', 'storage', 'endpoint'],
        {
          en: `${Bf}: give the host:port of your object storage (for example s3.us-west-2.amazonaws.com:443), or turn external off.`,
          ko: `${Bf}: \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC758 host:port(\uC608: s3.us-west-2.amazonaws.com:443)\uB97C \uC785\uB825\uD558\uAC70\uB098 external\uC744 \uB044\uC138\uC694.`,
        },
        r
          ? {
              fix: Q(
                {
                  en: 'Use an in-cluster MinIO instead',
                  ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 MinIO \uC0AC\uC6A9',
                },
                ['spec', 'dependencies', 'storage', 'external'],
              ),
            }
          : {},
      )
    },
  }
var Db = 'storage.googleapis.com',
  zf = {
    id: 'storage-gcs-needs-gcp-provider',
    severity: 'warning',
    title: { en: 'GCS without cloudProvider gcp', ko: 'cloudProvider gcp \uC5C6\uB294 GCS' },
    explanation: {
      en: 'Milvus reaches Google Cloud Storage through its S3-compatible API, but it needs spec.config.minio.cloudProvider: gcp to sign requests and address buckets the way GCS expects. With useIAM it is required: the provider decides how Milvus obtains credentials from the workload identity.',
      ko: 'Milvus\uB294 S3 \uD638\uD658 API\uB85C Google Cloud Storage\uC5D0 \uC811\uADFC\uD558\uC9C0\uB9CC, GCS \uBC29\uC2DD\uB300\uB85C \uC694\uCCAD\uC5D0 \uC11C\uBA85\uD558\uACE0 \uBC84\uD0B7 \uC8FC\uC18C\uB97C \uB9CC\uB4E4\uB824\uBA74 spec.config.minio.cloudProvider: gcp\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4. useIAM\uC744 \uC4F8 \uB54C\uB294 \uD544\uC218\uC785\uB2C8\uB2E4. \uC6CC\uD06C\uB85C\uB4DC \uC544\uC774\uB374\uD2F0\uD2F0\uC5D0\uC11C \uC790\uACA9 \uC99D\uBA85\uC744 \uC5BB\uB294 \uBC29\uC2DD\uC774 provider\uC5D0 \uB530\uB77C \uC815\uD574\uC9C0\uAE30 \uB54C\uBB38\uC785\uB2C8\uB2E4.',
    },
    source: cs,
    check(t, e) {
      let n = t.resource,
        r = n.spec.dependencies?.storage
      if (r?.external !== !0 || !ge(r.endpoint) || rf(r.endpoint) !== Db) return
      let o = ae(n, 'minio', 'cloudProvider')
      if (o === 'gcp') return
      let s = De('minio', 'cloudProvider'),
        i = _t(ae(n, 'minio', 'useIAM')),
        a = typeof o == 'string' && o !== '' ? o : 'aws (the default)'
      e(
        s,
        {
          en: `The endpoint is Google Cloud Storage but minio.cloudProvider is ${a}; set spec.config.minio.cloudProvider to gcp.`,
          ko: `\uC5D4\uB4DC\uD3EC\uC778\uD2B8\uAC00 Google Cloud Storage\uC778\uB370 minio.cloudProvider\uAC00 ${a === 'aws (the default)' ? 'aws(\uAE30\uBCF8\uAC12)' : a}\uC785\uB2C8\uB2E4. spec.config.minio.cloudProvider\uB97C gcp\uB85C \uC124\uC815\uD558\uC138\uC694.`,
        },
        {
          ...(i ? { severity: 'error' } : {}),
          fix: H(
            { en: 'Set cloudProvider to gcp', ko: 'cloudProvider\uB97C gcp\uB85C \uC124\uC815' },
            s,
            'gcp',
          ),
        },
      )
    },
  }
var jf = ['spec', 'dependencies', 'storage']
function _b(t, e) {
  let n = as(nn(t))
  return new RegExp(`^${n}-minio\\.[a-z0-9-]+(\\.svc(\\.[a-z0-9.-]+)?)?:9000$`).test(e.trim())
}
var Vf = {
  id: 'storage-in-cluster-overwritten',
  severity: 'warning',
  title: {
    en: 'In-cluster storage settings are overwritten',
    ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 \uC2A4\uD1A0\uB9AC\uC9C0 \uC124\uC815\uC740 \uB36E\uC5B4\uC368\uC9D0',
  },
  explanation: {
    en: 'When storage is not external the operator deploys MinIO and always writes its own endpoint (<name>-minio.<namespace>:9000) and Secret (<name>-minio) into the resource. Values written here are replaced; to use your own storage, set external: true.',
    ko: '\uC2A4\uD1A0\uB9AC\uC9C0\uAC00 external\uC774 \uC544\uB2C8\uBA74 \uC624\uD37C\uB808\uC774\uD130\uAC00 MinIO\uB97C \uBC30\uD3EC\uD558\uACE0 \uC790\uCCB4 \uC5D4\uB4DC\uD3EC\uC778\uD2B8(<name>-minio.<namespace>:9000)\uC640 Secret(<name>-minio)\uC744 \uB9AC\uC18C\uC2A4\uC5D0 \uD56D\uC0C1 \uAE30\uB85D\uD569\uB2C8\uB2E4. \uC5EC\uAE30 \uC801\uC740 \uAC12\uC740 \uB300\uCCB4\uB418\uBBC0\uB85C, \uC9C1\uC811 \uC6B4\uC601\uD558\uB294 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC4F0\uB824\uBA74 external: true\uB85C \uC124\uC815\uD558\uC138\uC694.',
  },
  source: Rn,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies?.storage
    if (r === void 0 || r.external === !0) return
    let o = nn(n)
    if (ge(r.endpoint) && !_b(n, r.endpoint)) {
      let s = [...jf, 'endpoint']
      e(
        s,
        {
          en: `Storage is in-cluster, so the operator replaces endpoint ${r.endpoint} with its own MinIO address; remove it or set storage.external to true.`,
          ko: `\uC2A4\uD1A0\uB9AC\uC9C0\uAC00 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80\uC774\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 endpoint ${r.endpoint}\uC744(\uB97C) \uC790\uCCB4 MinIO \uC8FC\uC18C\uB85C \uBC14\uAFC9\uB2C8\uB2E4. \uC774 \uAC12\uC744 \uC9C0\uC6B0\uAC70\uB098 storage.external\uC744 true\uB85C \uC124\uC815\uD558\uC138\uC694.`,
        },
        { fix: Q(tn('storage.endpoint'), s) },
      )
    }
    if (ge(r.secretRef) && r.secretRef !== `${o}-minio`) {
      let s = [...jf, 'secretRef']
      e(
        s,
        {
          en: `Storage is in-cluster, so the operator replaces secretRef ${r.secretRef} with ${o}-minio; remove it or set storage.external to true.`,
          ko: `\uC2A4\uD1A0\uB9AC\uC9C0\uAC00 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80\uC774\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 secretRef ${r.secretRef}\uC744(\uB97C) ${o}-minio\uB85C \uBC14\uAFC9\uB2C8\uB2E4. \uC774 \uAC12\uC744 \uC9C0\uC6B0\uAC70\uB098 storage.external\uC744 true\uB85C \uC124\uC815\uD558\uC138\uC694.`,
        },
        { fix: Q(tn('storage.secretRef'), s) },
      )
    }
  },
}
var Hf = {
  id: 'storage-ssl-needs-milvus-tls',
  severity: 'warning',
  title: {
    en: 'Storage TLS only for the operator',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uC5D0\uB9CC \uC801\uC6A9\uB41C \uC2A4\uD1A0\uB9AC\uC9C0 TLS',
  },
  explanation: {
    en: 'spec.dependencies.storage.ssl tells the operator how to check the object storage over TLS. Milvus itself reads spec.config.minio.useSSL (and minio.ssl.tlsCACert for a private CA); without useSSL: true the Milvus pods connect in plain text.',
    ko: 'spec.dependencies.storage.ssl\uC740 \uC624\uD37C\uB808\uC774\uD130\uAC00 TLS\uB85C \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC810\uAC80\uD558\uB294 \uBC29\uBC95\uB9CC \uC815\uD569\uB2C8\uB2E4. Milvus \uC790\uCCB4\uB294 spec.config.minio.useSSL(\uC0AC\uC124 CA\uB77C\uBA74 minio.ssl.tlsCACert\uB3C4)\uC744 \uC77D\uC73C\uBBC0\uB85C, useSSL: true\uAC00 \uC5C6\uC73C\uBA74 Milvus \uD30C\uB4DC\uB294 \uD3C9\uBB38\uC73C\uB85C \uC5F0\uACB0\uD569\uB2C8\uB2E4.',
  },
  source: Ln,
  check(t, e) {
    let n = t.resource
    if (n.spec.dependencies?.storage?.ssl?.enabled !== !0 || _t(ae(n, 'minio', 'useSSL'))) return
    let r = De('minio', 'useSSL')
    e(
      r,
      {
        en: 'storage.ssl.enabled only makes the operator check storage over TLS; set spec.config.minio.useSSL to true so Milvus uses TLS too.',
        ko: 'storage.ssl.enabled\uB294 \uC624\uD37C\uB808\uC774\uD130\uC758 TLS \uC810\uAC80\uC5D0\uB9CC \uC4F0\uC774\uBBC0\uB85C, Milvus\uB3C4 TLS\uB97C \uC4F0\uB3C4\uB85D spec.config.minio.useSSL\uC744 true\uB85C \uC124\uC815\uD558\uC138\uC694.',
      },
      { fix: H({ en: 'Turn on minio.useSSL', ko: 'minio.useSSL \uCF1C\uAE30' }, r, !0) },
    )
  },
}
var Wf = {
  id: 'storage-type-needs-external',
  severity: 'warning',
  title: {
    en: 'Cloud storage type on an in-cluster MinIO',
    ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 MinIO\uC5D0 \uC9C0\uC815\uD55C \uD074\uB77C\uC6B0\uB4DC \uC2A4\uD1A0\uB9AC\uC9C0 \uC720\uD615',
  },
  explanation: {
    en: 'The operator looks only at storage.external to decide whether to deploy MinIO. With type S3 or Azure but external unset, it still installs MinIO in the cluster and points Milvus at it, ignoring the cloud service you meant.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 storage.external\uB9CC \uBCF4\uACE0 MinIO \uBC30\uD3EC \uC5EC\uBD80\uB97C \uC815\uD569\uB2C8\uB2E4. type\uC774 S3\uB098 Azure\uC5EC\uB3C4 external\uC774 \uC5C6\uC73C\uBA74 \uD074\uB7EC\uC2A4\uD130\uC5D0 MinIO\uB97C \uC124\uCE58\uD558\uACE0 Milvus\uB97C \uAC70\uAE30\uC5D0 \uC5F0\uACB0\uD558\uBBC0\uB85C, \uC758\uB3C4\uD55C \uD074\uB77C\uC6B0\uB4DC \uC11C\uBE44\uC2A4\uB294 \uBB34\uC2DC\uB429\uB2C8\uB2E4.',
  },
  source: Rn,
  check(t, e) {
    let n = t.resource.spec.dependencies?.storage
    if (n === void 0 || n.external === !0 || (n.type !== 'S3' && n.type !== 'Azure')) return
    let r = ['spec', 'dependencies', 'storage', 'external']
    e(
      ['spec', 'dependencies', 'storage', 'type'],
      {
        en: `Storage type ${n.type} without external: true still deploys an in-cluster MinIO; set storage.external to true and give the ${n.type} endpoint.`,
        ko: `external: true \uC5C6\uC774 \uC2A4\uD1A0\uB9AC\uC9C0 \uC720\uD615\uC744 ${n.type}(\uC73C)\uB85C \uB450\uBA74 \uC5EC\uC804\uD788 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 MinIO\uAC00 \uBC30\uD3EC\uB429\uB2C8\uB2E4. storage.external\uC744 true\uB85C \uD558\uACE0 ${n.type} \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uC9C0\uC815\uD558\uC138\uC694.`,
      },
      {
        fix: H(
          {
            en: 'Mark storage as external',
            ko: '\uC2A4\uD1A0\uB9AC\uC9C0\uB97C external\uB85C \uD45C\uC2DC',
          },
          r,
          !0,
        ),
      },
    )
  },
}
var Gf = {
  id: 'woodpecker-external-needs-external-deps',
  severity: 'warning',
  title: {
    en: 'External Woodpecker with in-cluster etcd or storage',
    ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 etcd\uB098 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC4F0\uB294 \uC678\uBD80 Woodpecker',
  },
  explanation: {
    en: 'An external Woodpecker service is deployed on its own and must read the same etcd and object storage as Milvus. An etcd or MinIO that the operator creates for this resource is private to it, so the LogStore cannot share it. Point both at external services that the LogStore also uses.',
    ko: '\uC678\uBD80 Woodpecker \uC11C\uBE44\uC2A4\uB294 \uB530\uB85C \uBC30\uD3EC\uB418\uBA70 Milvus\uC640 \uAC19\uC740 etcd\uC640 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC77D\uC5B4\uC57C \uD569\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC774 \uB9AC\uC18C\uC2A4\uC6A9\uC73C\uB85C \uB9CC\uB4DC\uB294 etcd\uB098 MinIO\uB294 \uC774 \uB9AC\uC18C\uC2A4 \uC804\uC6A9\uC774\uB77C LogStore\uAC00 \uD568\uAED8 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB458 \uB2E4 LogStore\uB3C4 \uC0AC\uC6A9\uD558\uB294 \uC678\uBD80 \uC11C\uBE44\uC2A4\uB85C \uC9C0\uC815\uD558\uC138\uC694.',
  },
  source: ls,
  check(t, e) {
    let n = t.resource,
      r = n.spec.dependencies
    M(n) !== 'woodpecker' ||
      r?.woodpecker?.external !== !0 ||
      (r.etcd?.external !== !0 &&
        e(['spec', 'dependencies', 'etcd', 'external'], {
          en: 'External Woodpecker must share its etcd with Milvus, but etcd is in-cluster; set etcd.external to true with the endpoints the LogStore uses.',
          ko: '\uC678\uBD80 Woodpecker\uB294 Milvus\uC640 etcd\uB97C \uD568\uAED8 \uC368\uC57C \uD558\uB294\uB370 etcd\uAC00 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80\uC785\uB2C8\uB2E4. etcd.external\uC744 true\uB85C \uD558\uACE0 LogStore\uAC00 \uC4F0\uB294 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uC9C0\uC815\uD558\uC138\uC694.',
        }),
      r.storage?.external !== !0 &&
        e(['spec', 'dependencies', 'storage', 'external'], {
          en: 'External Woodpecker must share its object storage with Milvus, but storage is in-cluster; set storage.external to true with the endpoint the LogStore uses.',
          ko: '\uC678\uBD80 Woodpecker\uB294 Milvus\uC640 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uD568\uAED8 \uC368\uC57C \uD558\uB294\uB370 \uC2A4\uD1A0\uB9AC\uC9C0\uAC00 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80\uC785\uB2C8\uB2E4. storage.external\uC744 true\uB85C \uD558\uACE0 LogStore\uAC00 \uC4F0\uB294 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uC9C0\uC815\uD558\uC138\uC694.',
        }))
  },
}
var Yf = [
  Af,
  Tf,
  Cf,
  Sf,
  xf,
  wf,
  vf,
  Gf,
  Uf,
  Kf,
  Ff,
  Hf,
  zf,
  _f,
  Vf,
  Wf,
  Rf,
  Df,
  hf,
  gf,
  yf,
  Of,
  $f,
  lf,
  af,
  cf,
  Ef,
]
function _(t, e, n) {
  return { title: t, patches: [{ op: 'set', path: e, value: n }] }
}
function we(t, ...e) {
  return { title: t, patches: e.map((n) => ({ op: 'delete', path: n })) }
}
function Nn(t, e, n, r) {
  let o = e.slice(0, -1)
  return {
    title: t,
    patches: [
      { op: 'delete', path: e },
      { op: 'set', path: [...o, n], value: r },
    ],
  }
}
var Kt = 'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go (v1.3.8)',
  $n = 'zilliztech/milvus-operator apis/milvus.io/v1beta1/milvus_webhook.go Default() (v1.3.8)',
  nt = 'zilliztech/milvus-operator config/crd/bases/milvus.io_milvuses.yaml (v1.3.8)',
  ps = 'zilliztech/milvus-operator apis/milvus.io/v1beta1/dependencies_types.go (v1.3.8)',
  ms = 'zilliztech/milvus-operator pkg/controllers/configmaps.go and tool/merge/main.go (v1.3.8)',
  rt = 'milvus-io/milvus internal/util/dependency/factory.go (branches 2.5, 2.6, master)',
  hs = 'milvus-io/milvus pkg/util/paramtable/service_param.go and configs/milvus.yaml',
  Bt = 'zilliztech/milvus-operator pkg/external/kafka.go (v1.3.8)',
  gs =
    'milvus.io docs: Configure Message Storage with Milvus Operator (message_storage_operator.md)',
  Qf = 'zilliztech/milvus-operator apis/milvus.io/v1alpha1 conversion (milvus_conversion.go)',
  On = 'zilliztech/milvus-helm charts/milvus/values.yaml (pulsarv3, pulsar, kafka sections)',
  In =
    'zilliztech/milvus-operator apis/milvus.io/v1beta1/dependencies_types.go Persistence, pkg/controllers/deployments.go'
var qb = [
    'milvus.io/v1beta1 Milvus',
    'milvus.io/v1alpha1 Milvus',
    'milvus.io/v1alpha1 MilvusCluster',
  ],
  Jf = {
    id: 'api-version-kind',
    severity: 'error',
    title: {
      en: 'Wrong apiVersion or kind',
      ko: '\uC798\uBABB\uB41C apiVersion \uB610\uB294 kind',
    },
    explanation: {
      en: 'The Milvus operator serves kind Milvus at apiVersion milvus.io/v1beta1 (and the older milvus.io/v1alpha1). Any other pair is not accepted by the cluster.',
      ko: 'Milvus \uC624\uD37C\uB808\uC774\uD130\uB294 apiVersion milvus.io/v1beta1(\uADF8\uB9AC\uACE0 \uC774\uC804\uC758 milvus.io/v1alpha1)\uC758 kind Milvus\uB97C \uC81C\uACF5\uD569\uB2C8\uB2E4. \uB2E4\uB978 \uC870\uD569\uC740 \uD074\uB7EC\uC2A4\uD130\uAC00 \uBC1B\uC544\uB4E4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
    },
    source: nt,
    check(t, e) {
      let { apiVersion: n, kind: r } = t.original
      if (!qb.includes(`${n} ${r}`)) {
        if (r === 'MilvusCluster') {
          e(
            ['kind'],
            {
              en: `MilvusCluster exists only as milvus.io/v1alpha1; with ${n} use kind: Milvus and spec.mode: cluster.`,
              ko: `MilvusCluster\uB294 milvus.io/v1alpha1\uC5D0\uB9CC \uC788\uC2B5\uB2C8\uB2E4. ${n}\uC5D0\uC11C\uB294 kind: Milvus\uC640 spec.mode: cluster\uB97C \uC4F0\uC138\uC694.`,
            },
            {
              fix: {
                title: {
                  en: 'Use kind Milvus in cluster mode',
                  ko: 'cluster \uBAA8\uB4DC\uC758 kind Milvus \uC0AC\uC6A9',
                },
                patches: [
                  { op: 'set', path: ['kind'], value: 'Milvus' },
                  { op: 'set', path: ['spec', 'mode'], value: 'cluster' },
                ],
              },
            },
          )
          return
        }
        if (r !== 'Milvus') {
          e(
            ['kind'],
            {
              en: `kind "${r}" is not served by the Milvus operator; use kind: Milvus.`,
              ko: `kind "${r}"\uB294 Milvus \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC81C\uACF5\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. kind: Milvus\uB97C \uC4F0\uC138\uC694.`,
            },
            {
              fix: _({ en: 'Use kind Milvus', ko: 'kind Milvus \uC0AC\uC6A9' }, ['kind'], 'Milvus'),
            },
          )
          return
        }
        e(
          ['apiVersion'],
          n === ''
            ? {
                en: 'apiVersion is missing, so Kubernetes cannot tell which resource this is; add apiVersion: milvus.io/v1beta1.',
                ko: 'apiVersion\uC774 \uC5C6\uC5B4 Kubernetes\uAC00 \uC5B4\uB5A4 \uB9AC\uC18C\uC2A4\uC778\uC9C0 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. apiVersion: milvus.io/v1beta1\uC744 \uCD94\uAC00\uD558\uC138\uC694.',
              }
            : {
                en: `apiVersion "${n}" is not served for ${r}; use apiVersion: milvus.io/v1beta1.`,
                ko: `${r}\uC5D0\uB294 apiVersion "${n}"\uC774(\uAC00) \uC81C\uACF5\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. apiVersion: milvus.io/v1beta1\uC744 \uC4F0\uC138\uC694.`,
              },
          {
            fix: _(
              { en: 'Use milvus.io/v1beta1', ko: 'milvus.io/v1beta1 \uC0AC\uC6A9' },
              ['apiVersion'],
              'milvus.io/v1beta1',
            ),
          },
        )
      }
    },
  }
function $(t) {
  return typeof t == 'object' && t !== null && !Array.isArray(t)
}
var Xf = ['rocksmq', 'natsmq', 'woodpecker']
function Dn(t) {
  let e = M(t)
  if (e === 'rocksmq' || e === 'natsmq') return e
  if (e === 'woodpecker' && t.spec.dependencies?.woodpecker?.external !== !0) return 'woodpecker'
}
function Ut(t, e) {
  return t.spec.dependencies?.[e]
}
var j = ['spec', 'dependencies'],
  le = ['spec', 'dependencies', 'msgStreamType']
function me(t, e) {
  let n = t.spec.config?.[e]
  return $(n) ? n : void 0
}
function mt(t, ...e) {
  let n = t.spec.config
  for (let r of e) {
    if (!$(n)) return
    n = n[r]
  }
  return n
}
function Zf(t) {
  return $e(t, 2, 6) ? 'woodpecker' : 'pulsar'
}
function ot(t) {
  return D(t) === 'cluster'
}
function J(t) {
  return (
    {
      rocksmq: 'RocksMQ',
      natsmq: 'NATS',
      pulsar: 'Pulsar',
      kafka: 'Kafka',
      woodpecker: 'Woodpecker',
      custom: 'a custom store',
    }[t] ?? t
  )
}
function ht(t) {
  if (typeof t == 'number' && Number.isInteger(t)) return t
  if (typeof t == 'string' && /^\s*-?\d+\s*$/.test(t)) return Number.parseInt(t, 10)
}
var Fb = 6,
  ep = [
    'resources',
    'replicaCount',
    'persistence',
    'configData',
    'nodeSelector',
    'tolerations',
    'affinity',
  ],
  Kb = { limit: 'limits', request: 'requests', Limits: 'limits', Requests: 'requests' },
  tp = ['cpu', 'memory', 'ephemeral-storage']
function Ka(t, e, n, r, o) {
  t(
    e,
    {
      en: `"${n}" is not a chart key and is ignored; did you mean "${r}"?`,
      ko: `"${n}"\uC740(\uB294) \uCC28\uD2B8 \uD0A4\uAC00 \uC544\uB2C8\uC5B4\uC11C \uBB34\uC2DC\uB429\uB2C8\uB2E4. "${r}"\uC744(\uB97C) \uB73B\uD558\uC168\uB098\uC694?`,
    },
    {
      fix: Nn(
        { en: `Rename to ${r}`, ko: `${r}(\uC73C)\uB85C \uC774\uB984 \uBCC0\uACBD` },
        e,
        r,
        o,
      ),
    },
  )
}
function Bb(t, e, n) {
  for (let [r, o] of Object.entries(e)) {
    let s = Kb[r]
    s !== void 0 && !(s in e)
      ? Ka(t, [...n, r], r, s, o)
      : tp.includes(r) &&
        t([...n, r], {
          en: `"${r}" sits directly under resources and is ignored; move it under limits or requests.`,
          ko: `"${r}"\uAC00 resources \uBC14\uB85C \uC544\uB798\uC5D0 \uC788\uC5B4 \uBB34\uC2DC\uB429\uB2C8\uB2E4. limits\uB098 requests \uC544\uB798\uB85C \uC62E\uAE30\uC138\uC694.`,
        })
  }
}
function np(t, e, n, r) {
  if (!(r > Fb))
    for (let [o, s] of Object.entries(e)) {
      let i = [...n, o],
        a = ep.includes(o) ? void 0 : ze(o, ep)
      ;(a !== void 0 && !(a in e) && Ka(t, i, o, a, s),
        o === 'replicas' &&
          !('replicaCount' in e) &&
          typeof s != 'object' &&
          Ka(t, i, o, 'replicaCount', s))
      let l = a === 'resources'
      if ($(s)) {
        if (o === 'resources' || l) {
          Bb(t, s, i)
          continue
        }
        if ((o === 'requests' || o === 'limits') && tp.some((c) => c in s)) {
          t(i, {
            en: `"${o}" must sit under resources; here the chart ignores it, so move it into resources.${o}.`,
            ko: `"${o}"\uB294 resources \uC544\uB798\uC5D0 \uC788\uC5B4\uC57C \uD569\uB2C8\uB2E4. \uC5EC\uAE30\uC11C\uB294 \uCC28\uD2B8\uAC00 \uBB34\uC2DC\uD558\uBBC0\uB85C resources.${o}\uB85C \uC62E\uAE30\uC138\uC694.`,
          })
          continue
        }
        np(t, s, i, r + 1)
      }
    }
}
var rp = {
  id: 'chart-values-typo',
  severity: 'warning',
  title: {
    en: 'Likely typo in chart values',
    ko: '\uCC28\uD2B8 \uAC12\uC758 \uC624\uD0C0 \uAC00\uB2A5\uC131',
  },
  explanation: {
    en: 'inCluster.values is handed to the Pulsar or Kafka Helm chart as is. The charts ignore keys they do not know, so a misspelt key such as resoureces, limit or replicas silently leaves the default in place.',
    ko: 'inCluster.values\uB294 Pulsar\uB098 Kafka Helm \uCC28\uD2B8\uC5D0 \uADF8\uB300\uB85C \uC804\uB2EC\uB429\uB2C8\uB2E4. \uCC28\uD2B8\uB294 \uBAA8\uB974\uB294 \uD0A4\uB97C \uBB34\uC2DC\uD558\uBBC0\uB85C resoureces, limit, replicas \uAC19\uC740 \uC624\uD0C0\uB294 \uC870\uC6A9\uD788 \uAE30\uBCF8\uAC12\uC744 \uADF8\uB300\uB85C \uB461\uB2C8\uB2E4.',
  },
  source: On,
  check(t, e) {
    for (let n of ['pulsar', 'kafka']) {
      let r = t.resource.spec.dependencies?.[n]?.inCluster?.values
      $(r) && np(e, r, [...j, n, 'inCluster', 'values'], 0)
    }
  },
}
var op = ['spec', 'config', 'mq', 'type'],
  sp = {
    id: 'config-mq-type-overwritten',
    severity: 'warning',
    title: {
      en: 'mq.type is overwritten',
      ko: 'mq.type\uC774 \uB36E\uC5B4\uC368\uC9D1\uB2C8\uB2E4',
    },
    explanation: {
      en: 'The operator renders mq.type from spec.dependencies.msgStreamType for every store except custom, replacing whatever spec.config.mq.type says. The store is chosen by msgStreamType only.',
      ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 custom\uC744 \uC81C\uC678\uD55C \uBAA8\uB4E0 \uC800\uC7A5\uC18C\uC5D0\uC11C mq.type\uC744 spec.dependencies.msgStreamType\uC73C\uB85C \uB9CC\uB4E4\uC5B4 spec.config.mq.type \uAC12\uC744 \uB300\uCCB4\uD569\uB2C8\uB2E4. \uC800\uC7A5\uC18C\uB294 msgStreamType\uC73C\uB85C\uB9CC \uC815\uD574\uC9D1\uB2C8\uB2E4.',
    },
    source: ms,
    check(t, e) {
      let n = t.resource,
        r = M(n),
        o = mt(n, 'mq', 'type')
      r === 'custom' ||
        o === void 0 ||
        o === r ||
        e(
          op,
          {
            en: `spec.config.mq.type (${String(o)}) is replaced by msgStreamType (${r}); remove it and choose the store with spec.dependencies.msgStreamType.`,
            ko: `spec.config.mq.type(${String(o)})\uC740 msgStreamType(${r})\uC73C\uB85C \uB300\uCCB4\uB429\uB2C8\uB2E4. \uC774 \uAC12\uC744 \uC0AD\uC81C\uD558\uACE0 \uC800\uC7A5\uC18C\uB294 spec.dependencies.msgStreamType\uC73C\uB85C \uC815\uD558\uC138\uC694.`,
          },
          { fix: we({ en: 'Remove mq.type', ko: 'mq.type \uC0AD\uC81C' }, op) },
        )
    },
  }
var ip = {
  id: 'config-pulsar-address-forced',
  severity: 'warning',
  title: {
    en: 'Pulsar address set in config',
    ko: 'config\uC5D0 \uC124\uC815\uD55C Pulsar \uC8FC\uC18C',
  },
  explanation: {
    en: 'The operator removes pulsar.address and pulsar.port from spec.config and fills them from spec.dependencies.pulsar.endpoint, so values written here never reach Milvus.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 spec.config\uC5D0\uC11C pulsar.address\uC640 pulsar.port\uB97C \uC9C0\uC6B0\uACE0 spec.dependencies.pulsar.endpoint\uB85C \uCC44\uC6B0\uBBC0\uB85C, \uC5EC\uAE30 \uC801\uC740 \uAC12\uC740 Milvus\uC5D0 \uC804\uB2EC\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  },
  source: $n,
  check(t, e) {
    let n = me(t.resource, 'pulsar')
    if (n)
      for (let r of ['address', 'port']) {
        if (!(r in n)) continue
        let o = ['spec', 'config', 'pulsar', r]
        e(
          o,
          {
            en: `spec.config.pulsar.${r} is removed by the operator; delete it and set spec.dependencies.pulsar.endpoint (host:port) instead.`,
            ko: `spec.config.pulsar.${r}\uB294 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC0AD\uC81C\uD569\uB2C8\uB2E4. \uC774 \uAC12\uC744 \uC9C0\uC6B0\uACE0 \uB300\uC2E0 spec.dependencies.pulsar.endpoint(host:port)\uB97C \uC124\uC815\uD558\uC138\uC694.`,
          },
          { fix: we({ en: `Remove pulsar.${r}`, ko: `pulsar.${r} \uC0AD\uC81C` }, o) },
        )
      }
  },
}
var Ub = ['pulsar', 'kafka', 'rocksmq', 'natsmq', 'woodpecker'],
  ap = {
    id: 'config-section-for-other-store',
    severity: 'warning',
    title: {
      en: 'Config section for another store',
      ko: '\uB2E4\uB978 \uC800\uC7A5\uC18C\uC758 config \uC139\uC158',
    },
    explanation: {
      en: 'Milvus only reads the settings of the store it runs on. The operator and its config merge step delete the pulsar, kafka, rocksmq and natsmq sections of the stores that are not selected; a woodpecker section is ignored by other stores.',
      ko: 'Milvus\uB294 \uC2E4\uD589 \uC911\uC778 \uC800\uC7A5\uC18C\uC758 \uC124\uC815\uB9CC \uC77D\uC2B5\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uC640 \uC124\uC815 \uBCD1\uD569 \uB2E8\uACC4\uB294 \uC120\uD0DD\uB418\uC9C0 \uC54A\uC740 \uC800\uC7A5\uC18C\uC758 pulsar, kafka, rocksmq, natsmq \uC139\uC158\uC744 \uC0AD\uC81C\uD558\uBA70, woodpecker \uC139\uC158\uC740 \uB2E4\uB978 \uC800\uC7A5\uC18C\uC5D0\uC11C \uBB34\uC2DC\uB429\uB2C8\uB2E4.',
    },
    source: ms,
    check(t, e) {
      let n = t.resource,
        r = M(n)
      if (r !== 'custom')
        for (let o of Ub) {
          if (o === r || me(n, o) === void 0) continue
          let s = ['spec', 'config', o]
          e(
            s,
            {
              en: `spec.config.${o} has no effect on ${J(r)} (the operator drops or ignores it); remove it, or switch msgStreamType to ${o}.`,
              ko: `spec.config.${o}\uC740(\uB294) ${J(r)}\uC5D0\uC11C \uC544\uBB34 \uD6A8\uACFC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4(\uC624\uD37C\uB808\uC774\uD130\uAC00 \uC0AD\uC81C\uD558\uAC70\uB098 \uBB34\uC2DC). \uC0AD\uC81C\uD558\uAC70\uB098 msgStreamType\uC744 ${o}(\uC73C)\uB85C \uBC14\uAFB8\uC138\uC694.`,
            },
            { fix: we({ en: `Remove config.${o}`, ko: `config.${o} \uC0AD\uC81C` }, s) },
          )
        }
    },
  }
var zb = ['mq', 'kafka', 'pulsar', 'rocksmq', 'natsmq', 'woodpecker'],
  jb = 6
function lp(t, e, n, r) {
  let o = Ir(n)
  if (!(o.length === 0 || r > jb))
    for (let [s, i] of Object.entries(e)) {
      let a = [...n, s]
      if (o.includes(s)) {
        $(i) && lp(t, i, a, r + 1)
        continue
      }
      let l = ze(s, o),
        c = ee(a),
        f = l !== void 0 && !(l in e)
      t(
        a,
        {
          en: `${c} is not a Milvus setting and is ignored; ${l ? `did you mean ${l}?` : `known keys here: ${o.join(', ')}.`}`,
          ko: `${c}\uC740(\uB294) Milvus \uC124\uC815\uC774 \uC544\uB2C8\uC5B4\uC11C \uBB34\uC2DC\uB429\uB2C8\uB2E4. ${l ? `${l}\uC744(\uB97C) \uB73B\uD558\uC168\uB098\uC694?` : `\uC5EC\uAE30\uC11C \uC4F8 \uC218 \uC788\uB294 \uD0A4: ${o.join(', ')}.`}`,
        },
        f && l
          ? {
              fix: Nn(
                { en: `Rename to ${l}`, ko: `${l}(\uC73C)\uB85C \uC774\uB984 \uBCC0\uACBD` },
                a,
                l,
                i,
              ),
            }
          : {},
      )
    }
}
var cp = {
  id: 'config-unknown-key',
  severity: 'warning',
  title: {
    en: 'Unknown message-storage setting',
    ko: '\uC54C \uC218 \uC5C6\uB294 \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C \uC124\uC815',
  },
  explanation: {
    en: 'spec.config is merged into milvus.yaml without checks. In the mq, kafka, pulsar, rocksmq, natsmq and woodpecker sections Milvus reads a fixed set of keys, so a misspelt key is carried along and silently ignored.',
    ko: 'spec.config\uB294 \uAC80\uC0AC \uC5C6\uC774 milvus.yaml\uC5D0 \uBCD1\uD569\uB429\uB2C8\uB2E4. mq, kafka, pulsar, rocksmq, natsmq, woodpecker \uC139\uC158\uC5D0\uC11C Milvus\uB294 \uC815\uD574\uC9C4 \uD0A4\uB9CC \uC77D\uC73C\uBBC0\uB85C, \uCCA0\uC790\uAC00 \uD2C0\uB9B0 \uD0A4\uB294 \uADF8\uB300\uB85C \uC804\uB2EC\uB418\uC5B4 \uC870\uC6A9\uD788 \uBB34\uC2DC\uB429\uB2C8\uB2E4.',
  },
  source: hs,
  check(t, e) {
    for (let n of zb) {
      let r = me(t.resource, n)
      r && lp(e, r, ['spec', 'config', n], 0)
    }
  },
}
var up = {
  id: 'custom-without-mq-type',
  severity: 'error',
  title: {
    en: 'Custom store without mq.type',
    ko: 'mq.type \uC5C6\uB294 custom \uC800\uC7A5\uC18C',
  },
  explanation: {
    en: 'For msgStreamType custom the operator leaves the Milvus message settings to you and writes no mq.type. Without one, Milvus picks by priority (rocksmq > pulsar > kafka in standalone, pulsar > kafka in cluster), which is rarely the store you configured.',
    ko: 'msgStreamType\uC774 custom\uC774\uBA74 \uC624\uD37C\uB808\uC774\uD130\uB294 Milvus \uBA54\uC2DC\uC9C0 \uC124\uC815\uC744 \uC0AC\uC6A9\uC790\uC5D0\uAC8C \uB9E1\uAE30\uACE0 mq.type\uC744 \uC4F0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAC12\uC774 \uC5C6\uC73C\uBA74 Milvus\uAC00 \uC6B0\uC120\uC21C\uC704(standalone\uC740 rocksmq > pulsar > kafka, \uD074\uB7EC\uC2A4\uD130\uB294 pulsar > kafka)\uB85C \uACE0\uB974\uBBC0\uB85C \uC124\uC815\uD55C \uC800\uC7A5\uC18C\uAC00 \uC120\uD0DD\uB418\uC9C0 \uC54A\uB294 \uACBD\uC6B0\uAC00 \uB9CE\uC2B5\uB2C8\uB2E4.',
  },
  source: rt,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'custom') return
    let r = mt(n, 'mq', 'type')
    if (typeof r == 'string' && r !== '' && r !== 'default') return
    let o = ot(n) ? 'pulsar' : 'rocksmq'
    e(['spec', 'config', 'mq', 'type'], {
      en: `msgStreamType custom needs spec.config.mq.type (pulsar, kafka, rocksmq or woodpecker); without it Milvus falls back to ${o}.`,
      ko: `msgStreamType custom\uC5D0\uB294 spec.config.mq.type(pulsar, kafka, rocksmq, woodpecker \uC911 \uD558\uB098)\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uC5C6\uC73C\uBA74 Milvus\uAC00 ${o}(\uC73C)\uB85C \uB300\uCCB4\uD569\uB2C8\uB2E4.`,
    })
  },
}
var dp = {
  id: 'default-store-choice',
  severity: 'info',
  title: {
    en: 'The operator picks the message store',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uAC00 \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uB97C \uACE0\uB985\uB2C8\uB2E4',
  },
  explanation: {
    en: 'With no msgStreamType the operator chooses: pulsar for cluster mode; for standalone, woodpecker on Milvus 2.6 or later and rocksmq before. Writing the value keeps the choice stable when the image changes.',
    ko: 'msgStreamType\uC774 \uC5C6\uC73C\uBA74 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uACE0\uB985\uB2C8\uB2E4. \uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uB294 pulsar, standalone\uC740 Milvus 2.6 \uC774\uC0C1\uC774\uBA74 woodpecker, \uADF8 \uC774\uC804\uC774\uBA74 rocksmq\uC785\uB2C8\uB2E4. \uAC12\uC744 \uC9C1\uC811 \uC801\uC5B4 \uB450\uBA74 \uC774\uBBF8\uC9C0\uAC00 \uBC14\uB00C\uC5B4\uB3C4 \uC120\uD0DD\uC774 \uC720\uC9C0\uB429\uB2C8\uB2E4.',
  },
  source: $n,
  check(t, e) {
    let n = t.resource
    if (!Pr(n)) return
    let r = M(n),
      o = D(n),
      s = Ue(n)?.raw,
      i = s ?? 'an unrecognised version (treated as before 2.6)',
      a = s ?? '\uC54C \uC218 \uC5C6\uB294 \uBC84\uC804(2.6 \uC774\uC804\uC73C\uB85C \uAC04\uC8FC)'
    e(
      le,
      {
        en: `No msgStreamType is set, so the operator will use ${r} for ${o} mode on Milvus ${i}; write msgStreamType: ${r} to make it explicit.`,
        ko: `msgStreamType\uC774 \uC5C6\uC73C\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uB294 Milvus ${a}\uC758 ${o} \uBAA8\uB4DC\uC5D0 ${r}\uC744(\uB97C) \uC0AC\uC6A9\uD569\uB2C8\uB2E4. \uBA85\uD655\uD788 \uD558\uB824\uBA74 msgStreamType: ${r}\uC744(\uB97C) \uC801\uC73C\uC138\uC694.`,
      },
      {
        fix: _({ en: `Write msgStreamType: ${r}`, ko: `msgStreamType: ${r} \uBA85\uC2DC` }, le, r),
      },
    )
  },
}
var fp = {
  id: 'embedded-store-in-cluster',
  severity: 'error',
  title: {
    en: 'RocksMQ or NATS in cluster mode',
    ko: '\uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uC758 RocksMQ \uB610\uB294 NATS',
  },
  explanation: {
    en: 'RocksMQ and NATS are embedded in one Milvus process and only work in standalone mode. In cluster mode Milvus stops at start with "mq rocksmq is only valid in standalone mode"; the operator webhook does not catch this.',
    ko: 'RocksMQ\uC640 NATS\uB294 \uD558\uB098\uC758 Milvus \uD504\uB85C\uC138\uC2A4 \uC548\uC5D0\uC11C \uB3D9\uC791\uD558\uBBC0\uB85C standalone \uBAA8\uB4DC\uC5D0\uC11C\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uC5D0\uC11C\uB294 Milvus\uAC00 \uC2DC\uC791\uD560 \uB54C "mq rocksmq is only valid in standalone mode"\uB85C \uC885\uB8CC\uB418\uBA70, \uC624\uD37C\uB808\uC774\uD130 \uC6F9\uD6C5\uC740 \uC774\uB97C \uB9C9\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  },
  source: rt,
  check(t, e) {
    let n = t.resource,
      r = M(n)
    if ((r !== 'rocksmq' && r !== 'natsmq') || !ot(n)) return
    let o = Zf(n),
      s = J(r)
    e(
      le,
      {
        en: `${s} only works in standalone mode, so this cluster will not start; switch msgStreamType to ${o} or set spec.mode to standalone.`,
        ko: `${s}\uB294 standalone \uBAA8\uB4DC\uC5D0\uC11C\uB9CC \uB3D9\uC791\uD558\uBBC0\uB85C \uC774 \uD074\uB7EC\uC2A4\uD130\uB294 \uC2DC\uC791\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. msgStreamType\uC744 ${o}(\uC73C)\uB85C \uBC14\uAFB8\uAC70\uB098 spec.mode\uB97C standalone\uC73C\uB85C \uC124\uC815\uD558\uC138\uC694.`,
      },
      { fix: _({ en: `Switch to ${J(o)}`, ko: `${J(o)}(\uC73C)\uB85C \uC804\uD658` }, le, o) },
    )
  },
}
function Ve(t) {
  return [...j, t, 'persistence']
}
function ys(t, e) {
  let n = Ut(t, e)?.persistence?.persistentVolumeClaim?.spec
  return $(n) ? n : void 0
}
function Ba(t) {
  return mt(t, 'woodpecker', 'storage', 'type') === 'local'
}
function vs(t) {
  let e = Dn(t)
  if (!(e === 'woodpecker' && !Ba(t))) return e
}
var pp = {
  id: 'embedded-store-without-persistence',
  severity: 'warning',
  title: {
    en: 'Embedded store without a volume',
    ko: '\uBCFC\uB968 \uC5C6\uB294 \uB0B4\uC7A5 \uC800\uC7A5\uC18C',
  },
  explanation: {
    en: 'RocksMQ, NATS and Woodpecker with local storage write the message log under /var/lib/milvus. Unless persistence is enabled that directory is an emptyDir, which disappears with the pod on every restart, reschedule or upgrade.',
    ko: 'RocksMQ, NATS, \uB85C\uCEEC \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC4F0\uB294 Woodpecker\uB294 \uBA54\uC2DC\uC9C0 \uB85C\uADF8\uB97C /var/lib/milvus \uC544\uB798\uC5D0 \uC501\uB2C8\uB2E4. persistence\uB97C \uCF1C\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uB514\uB809\uD130\uB9AC\uB294 emptyDir\uC774\uC5B4\uC11C \uC7AC\uC2DC\uC791, \uC7AC\uC2A4\uCF00\uC904, \uC5C5\uADF8\uB808\uC774\uB4DC \uB54C\uB9C8\uB2E4 \uD30C\uB4DC\uC640 \uD568\uAED8 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4.',
  },
  source: In,
  check(t, e) {
    let n = t.resource,
      r = vs(n)
    if (!r || Ut(n, r)?.persistence?.enabled === !0) return
    let o = [...Ve(r), 'enabled']
    e(
      o,
      {
        en: `${J(r)} keeps its message log on an emptyDir that is lost with the pod; set ${r}.persistence.enabled: true.`,
        ko: `${J(r)}\uC758 \uBA54\uC2DC\uC9C0 \uB85C\uADF8\uAC00 \uD30C\uB4DC\uC640 \uD568\uAED8 \uC0AC\uB77C\uC9C0\uB294 emptyDir\uC5D0 \uC800\uC7A5\uB429\uB2C8\uB2E4. ${r}.persistence.enabled: true\uB97C \uC124\uC815\uD558\uC138\uC694.`,
      },
      { fix: _({ en: 'Enable persistence', ko: 'persistence \uC0AC\uC6A9' }, o, !0) },
    )
  },
}
var mp = {
  id: 'external-woodpecker-needs-service-mode',
  severity: 'warning',
  title: {
    en: 'External Woodpecker needs service mode',
    ko: '\uC678\uBD80 Woodpecker\uC5D0\uB294 \uC11C\uBE44\uC2A4 \uBAA8\uB4DC\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4',
  },
  explanation: {
    en: 'With woodpecker.external the operator configures Milvus to write to Woodpecker LogStore nodes (storage.type service). Only Milvus builds with Woodpecker service mode understand that (the master line; the 2.6 releases allow minio and local only), and only operator v1.3.8 or later knows the external fields.',
    ko: 'woodpecker.external\uC744 \uCF1C\uBA74 \uC624\uD37C\uB808\uC774\uD130\uB294 Milvus\uAC00 Woodpecker LogStore \uB178\uB4DC\uC5D0 \uAE30\uB85D\uD558\uB3C4\uB85D \uC124\uC815\uD569\uB2C8\uB2E4(storage.type service). \uC774 \uC124\uC815\uC740 Woodpecker \uC11C\uBE44\uC2A4 \uBAA8\uB4DC\uAC00 \uB4E4\uC5B4\uAC04 Milvus \uBE4C\uB4DC(master \uACC4\uC5F4, 2.6 \uB9B4\uB9AC\uC2A4\uB294 minio\uC640 local\uB9CC \uD5C8\uC6A9)\uB9CC \uC774\uD574\uD558\uBA70, external \uD544\uB4DC\uB294 \uC624\uD37C\uB808\uC774\uD130 v1.3.8 \uC774\uC0C1\uC5D0\uC11C\uB9CC \uC778\uC2DD\uB429\uB2C8\uB2E4.',
  },
  source: ps,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'woodpecker' || n.spec.dependencies?.woodpecker?.external !== !0) return
    let r = Ue(n)
    if (r?.source === 'master') return
    let o = r?.raw ?? 'this image'
    e([...j, 'woodpecker', 'external'], {
      en: `External Woodpecker needs a Milvus build with Woodpecker service mode and operator v1.3.8+, but ${o} is a release without it; use a build that has service mode or set woodpecker.external to false.`,
      ko: `\uC678\uBD80 Woodpecker\uC5D0\uB294 Woodpecker \uC11C\uBE44\uC2A4 \uBAA8\uB4DC\uAC00 \uC788\uB294 Milvus \uBE4C\uB4DC\uC640 \uC624\uD37C\uB808\uC774\uD130 v1.3.8 \uC774\uC0C1\uC774 \uD544\uC694\uD558\uC9C0\uB9CC ${o}\uC740(\uB294) \uC11C\uBE44\uC2A4 \uBAA8\uB4DC\uAC00 \uC5C6\uB294 \uB9B4\uB9AC\uC2A4\uC785\uB2C8\uB2E4. \uC11C\uBE44\uC2A4 \uBAA8\uB4DC\uAC00 \uC788\uB294 \uBE4C\uB4DC\uB97C \uC4F0\uAC70\uB098 woodpecker.external\uC744 false\uB85C \uC124\uC815\uD558\uC138\uC694.`,
    })
  },
}
function hp(t) {
  return t != null && t !== '' && !(Array.isArray(t) && t.length === 0)
}
var gp = {
  id: 'in-cluster-endpoint-overwritten',
  severity: 'warning',
  title: {
    en: 'Address of an in-cluster store is overwritten',
    ko: '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 \uC800\uC7A5\uC18C \uC8FC\uC18C\uAC00 \uB36E\uC5B4\uC368\uC9D1\uB2C8\uB2E4',
  },
  explanation: {
    en: 'When Kafka or Pulsar is not external, the operator deploys it and replaces brokerList or endpoint with the address of that release. To use brokers that already exist, set external: true.',
    ko: 'Kafka\uB098 Pulsar\uAC00 \uC678\uBD80\uAC00 \uC544\uB2C8\uBA74 \uC624\uD37C\uB808\uC774\uD130\uAC00 \uC9C1\uC811 \uBC30\uD3EC\uD558\uACE0 brokerList\uB098 endpoint\uB97C \uADF8 \uB9B4\uB9AC\uC2A4 \uC8FC\uC18C\uB85C \uBC14\uAFC9\uB2C8\uB2E4. \uC774\uBBF8 \uC788\uB294 \uBE0C\uB85C\uCEE4\uB97C \uC4F0\uB824\uBA74 external: true\uB97C \uC124\uC815\uD558\uC138\uC694.',
  },
  source: $n,
  check(t, e) {
    let n = t.resource,
      r = M(n),
      o = n.spec.dependencies?.kafka,
      s = n.spec.dependencies?.pulsar,
      i = [
        {
          on: r === 'kafka' && o?.external !== !0 && hp(o?.brokerList),
          key: 'kafka',
          field: 'brokerList',
        },
        {
          on: r === 'pulsar' && s?.external !== !0 && hp(s?.endpoint),
          key: 'pulsar',
          field: 'endpoint',
        },
      ]
    for (let a of i) {
      if (!a.on) continue
      let l = [...j, a.key, a.field]
      e(
        l,
        {
          en: `${a.key}.${a.field} is replaced by the in-cluster ${a.key} address because ${a.key}.external is not true; set external: true to use these brokers, or remove ${a.field}.`,
          ko: `${a.key}.external\uC774 true\uAC00 \uC544\uB2C8\uBBC0\uB85C ${a.key}.${a.field}\uB294 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 ${a.key} \uC8FC\uC18C\uB85C \uB300\uCCB4\uB429\uB2C8\uB2E4. \uC774 \uBE0C\uB85C\uCEE4\uB97C \uC4F0\uB824\uBA74 external: true\uB97C \uC124\uC815\uD558\uACE0, \uC544\uB2C8\uBA74 ${a.field}\uB97C \uC0AD\uC81C\uD558\uC138\uC694.`,
        },
        { fix: we({ en: `Remove ${a.field}`, ko: `${a.field} \uC0AD\uC81C` }, l) },
      )
    }
  },
}
var yp = { ensemble: 2, write: 2, ack: 2 },
  vp = 3,
  kp = {
    defaultReplicationFactor: 3,
    offsetsTopicReplicationFactor: 3,
    transactionStateLogReplicationFactor: void 0,
    transactionStateLogMinIsr: void 0,
    minInsyncReplicas: void 0,
  }
var Vb = [...j, 'kafka', 'inCluster', 'values'],
  Sp = {
    id: 'kafka-replication-too-high',
    severity: 'error',
    title: {
      en: 'Kafka replication above the broker count',
      ko: '\uBE0C\uB85C\uCEE4 \uC218\uBCF4\uB2E4 \uD070 Kafka \uBCF5\uC81C \uACC4\uC218',
    },
    explanation: {
      en: 'Kafka cannot place more replicas of a partition than there are brokers. The in-cluster chart defaults to 3 brokers and replication factor 3, so lowering replicaCount alone leaves the factors too high and topic creation (including the consumer offsets topic) fails.',
      ko: 'Kafka\uB294 \uBE0C\uB85C\uCEE4 \uC218\uBCF4\uB2E4 \uB9CE\uC740 \uD30C\uD2F0\uC158 \uBCF5\uC81C\uBCF8\uC744 \uB458 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 \uCC28\uD2B8\uC758 \uAE30\uBCF8\uAC12\uC740 \uBE0C\uB85C\uCEE4 3\uAC1C, \uBCF5\uC81C \uACC4\uC218 3\uC774\uBBC0\uB85C replicaCount\uB9CC \uB0AE\uCD94\uBA74 \uBCF5\uC81C \uACC4\uC218\uAC00 \uB108\uBB34 \uCEE4\uC11C \uD1A0\uD53D(\uCEE8\uC288\uBA38 \uC624\uD504\uC14B \uD1A0\uD53D \uD3EC\uD568) \uC0DD\uC131\uC774 \uC2E4\uD328\uD569\uB2C8\uB2E4.',
    },
    source: On,
    check(t, e) {
      let n = t.resource,
        r = n.spec.dependencies?.kafka
      if (M(n) !== 'kafka' || r?.external === !0) return
      let o = $(r?.inCluster?.values) ? r.inCluster.values : {},
        s = ht(o.replicaCount) ?? vp
      for (let [i, a] of Object.entries(kp)) {
        let l = ht(o[i]) ?? a
        if (l === void 0 || l <= s) continue
        let c = [...Vb, i],
          f = i in o ? String(l) : `${l} (chart default)`,
          d = i in o ? String(l) : `${l}(\uCC28\uD2B8 \uAE30\uBCF8\uAC12)`
        e(
          c,
          {
            en: `${i} ${f} is larger than the ${s} Kafka broker(s), so topics cannot be created; set ${i} to ${s} or raise replicaCount.`,
            ko: `${i} \uAC12 ${d}\uC774(\uAC00) Kafka \uBE0C\uB85C\uCEE4 ${s}\uAC1C\uBCF4\uB2E4 \uCEE4\uC11C \uD1A0\uD53D\uC744 \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. ${i}\uB97C ${s}(\uC73C)\uB85C \uC124\uC815\uD558\uAC70\uB098 replicaCount\uB97C \uB298\uB9AC\uC138\uC694.`,
          },
          {
            fix: _(
              { en: `Set ${i} to ${s}`, ko: `${i}\uB97C ${s}(\uC73C)\uB85C \uC124\uC815` },
              c,
              s,
            ),
          },
        )
      }
    },
  }
var Hb = ['SASL_PLAINTEXT', 'SASL_SSL'],
  bp = ['saslMechanisms', 'saslUsername', 'saslPassword'],
  ye = ['spec', 'config', 'kafka']
function qr(t) {
  let e = me(t, 'kafka')?.securityProtocol
  return typeof e == 'string' ? e : ''
}
function _n(t) {
  return Hb.includes(qr(t))
}
function Fr(t) {
  return (typeof t == 'string' && t.trim() !== '') || typeof t == 'number'
}
function qn(t) {
  return Fr(t.spec.dependencies?.kafka?.secretRef)
}
var wp = {
  id: 'kafka-sasl-credentials-missing',
  severity: 'error',
  title: { en: 'SASL without credentials', ko: '\uC790\uACA9 \uC99D\uBA85 \uC5C6\uB294 SASL' },
  explanation: {
    en: "With SASL_PLAINTEXT or SASL_SSL the brokers ask for a user name and password. Without them the operator's health check and Milvus both fail to authenticate. Put them in a Secret named by spec.dependencies.kafka.secretRef (keys username and password), or as saslUsername/saslPassword.",
    ko: 'SASL_PLAINTEXT\uB098 SASL_SSL\uC744 \uC4F0\uBA74 \uBE0C\uB85C\uCEE4\uAC00 \uC0AC\uC6A9\uC790 \uC774\uB984\uACFC \uBE44\uBC00\uBC88\uD638\uB97C \uC694\uAD6C\uD569\uB2C8\uB2E4. \uC5C6\uC73C\uBA74 \uC624\uD37C\uB808\uC774\uD130 \uC0C1\uD0DC \uC810\uAC80\uACFC Milvus \uBAA8\uB450 \uC778\uC99D\uC5D0 \uC2E4\uD328\uD569\uB2C8\uB2E4. spec.dependencies.kafka.secretRef\uAC00 \uAC00\uB9AC\uD0A4\uB294 Secret(\uD0A4 username, password)\uC774\uB098 saslUsername/saslPassword\uC5D0 \uB123\uC73C\uC138\uC694.',
  },
  source: Bt,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'kafka' || !_n(n) || qn(n)) return
    let r = me(n, 'kafka') ?? {},
      o = ['saslUsername', 'saslPassword'].filter((i) => !Fr(r[i]))
    if (o.length === 0) return
    let s = qr(n)
    e(o.length === 2 ? [...j, 'kafka', 'secretRef'] : [...ye, o[0] ?? ''], {
      en: `${s} needs credentials but ${o.join(' and ')} ${o.length === 2 ? 'are' : 'is'} empty and no kafka.secretRef is set; create a Secret with username and password and name it in spec.dependencies.kafka.secretRef.`,
      ko: `${s}\uC5D0\uB294 \uC790\uACA9 \uC99D\uBA85\uC774 \uD544\uC694\uD558\uC9C0\uB9CC ${o.join(', ')} \uAC12\uC774 \uBE44\uC5B4 \uC788\uACE0 kafka.secretRef\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4. username\uACFC password\uB97C \uB2F4\uC740 Secret\uC744 \uB9CC\uB4E4\uACE0 spec.dependencies.kafka.secretRef\uC5D0 \uADF8 \uC774\uB984\uC744 \uC9C0\uC815\uD558\uC138\uC694.`,
    })
  },
}
var xp = {
  id: 'kafka-sasl-password-literal',
  severity: 'warning',
  title: {
    en: 'Kafka password written in the manifest',
    ko: '\uB9E4\uB2C8\uD398\uC2A4\uD2B8\uC5D0 \uC801\uD78C Kafka \uBE44\uBC00\uBC88\uD638',
  },
  explanation: {
    en: 'spec.config ends up in a ConfigMap that anyone who can read the namespace can read, and in every copy of this manifest. A Secret named by spec.dependencies.kafka.secretRef (operator v1.3.8+) keeps the password out of both; when set it overrides the literal.',
    ko: 'spec.config\uB294 \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uB97C \uC77D\uC744 \uC218 \uC788\uB294 \uB204\uAD6C\uB098 \uBCFC \uC218 \uC788\uB294 ConfigMap\uACFC \uC774 \uB9E4\uB2C8\uD398\uC2A4\uD2B8\uC758 \uBAA8\uB4E0 \uC0AC\uBCF8\uC5D0 \uB0A8\uC2B5\uB2C8\uB2E4. spec.dependencies.kafka.secretRef\uAC00 \uAC00\uB9AC\uD0A4\uB294 Secret(\uC624\uD37C\uB808\uC774\uD130 v1.3.8 \uC774\uC0C1)\uC744 \uC4F0\uBA74 \uBE44\uBC00\uBC88\uD638\uAC00 \uC5B4\uB514\uC5D0\uB3C4 \uB0A8\uC9C0 \uC54A\uC73C\uBA70, \uC124\uC815 \uC2DC \uB9AC\uD130\uB7F4\uBCF4\uB2E4 \uC6B0\uC120\uD569\uB2C8\uB2E4.',
  },
  source: Bt,
  check(t, e) {
    let n = t.resource,
      r = me(n, 'kafka')?.saslPassword
    if (!Fr(r)) return
    let s = `${n.metadata.name ?? 'milvus'}-kafka-sasl`
    if (qn(n)) {
      e(
        [...ye, 'saslPassword'],
        {
          en: 'kafka.saslPassword is overridden by the Secret in kafka.secretRef and only leaks the password; remove it.',
          ko: 'kafka.saslPassword\uB294 kafka.secretRef\uC758 Secret\uC5D0 \uAC00\uB824\uC838 \uC4F0\uC774\uC9C0 \uC54A\uACE0 \uBE44\uBC00\uBC88\uD638\uB9CC \uB178\uCD9C\uD569\uB2C8\uB2E4. \uC0AD\uC81C\uD558\uC138\uC694.',
        },
        {
          fix: {
            title: {
              en: 'Remove the literal password',
              ko: '\uB9AC\uD130\uB7F4 \uBE44\uBC00\uBC88\uD638 \uC0AD\uC81C',
            },
            patches: [{ op: 'delete', path: [...ye, 'saslPassword'] }],
          },
        },
      )
      return
    }
    e(
      [...ye, 'saslPassword'],
      {
        en: `kafka.saslPassword is stored in plain text in the manifest and its ConfigMap; move the credentials to a Secret (keys username, password) and set spec.dependencies.kafka.secretRef: ${s}.`,
        ko: `kafka.saslPassword\uAC00 \uB9E4\uB2C8\uD398\uC2A4\uD2B8\uC640 ConfigMap\uC5D0 \uD3C9\uBB38\uC73C\uB85C \uC800\uC7A5\uB429\uB2C8\uB2E4. \uC790\uACA9 \uC99D\uBA85\uC744 Secret(\uD0A4 username, password)\uC73C\uB85C \uC62E\uAE30\uACE0 spec.dependencies.kafka.secretRef: ${s}\uB97C \uC124\uC815\uD558\uC138\uC694.`,
      },
      {
        fix: {
          title: { en: `Use Secret ${s}`, ko: `Secret ${s} \uC0AC\uC6A9` },
          patches: [
            { op: 'delete', path: [...ye, 'saslPassword'] },
            { op: 'delete', path: [...ye, 'saslUsername'] },
            { op: 'set', path: [...j, 'kafka', 'secretRef'], value: s },
          ],
        },
      },
    )
  },
}
var Mp = {
  id: 'kafka-sasl-settings-ignored',
  severity: 'warning',
  title: {
    en: 'SASL settings without SASL',
    ko: 'SASL\uC774 \uC544\uB2CC\uB370 \uC788\uB294 SASL \uC124\uC815',
  },
  explanation: {
    en: 'saslMechanisms, saslUsername and saslPassword are used only when securityProtocol is SASL_PLAINTEXT or SASL_SSL. With PLAINTEXT, SSL or no protocol they are ignored, which usually means the protocol is not what was intended.',
    ko: 'saslMechanisms, saslUsername, saslPassword\uB294 securityProtocol\uC774 SASL_PLAINTEXT\uB098 SASL_SSL\uC77C \uB54C\uB9CC \uC4F0\uC785\uB2C8\uB2E4. PLAINTEXT, SSL \uB610\uB294 \uD504\uB85C\uD1A0\uCF5C\uC774 \uC5C6\uC73C\uBA74 \uBB34\uC2DC\uB418\uBA70, \uB300\uAC1C \uC758\uB3C4\uD55C \uD504\uB85C\uD1A0\uCF5C\uC774 \uC544\uB2C8\uB77C\uB294 \uB73B\uC785\uB2C8\uB2E4.',
  },
  source: Bt,
  check(t, e) {
    let n = t.resource,
      r = me(n, 'kafka')
    if (!r || M(n) !== 'kafka' || _n(n)) return
    let o = bp.filter((c) => c in r)
    if (o.length === 0) return
    let s = qr(n),
      i = s || 'no securityProtocol',
      a = s || 'securityProtocol \uBBF8\uC124\uC815 \uC0C1\uD0DC',
      l = o.map((c) => [...ye, c])
    e(
      l[0] ?? [...ye],
      {
        en: `${o.join(', ')} ${o.length > 1 ? 'are' : 'is'} ignored with ${i}; set securityProtocol to SASL_PLAINTEXT or SASL_SSL if the brokers need a login, or remove ${o.length > 1 ? 'them' : 'it'}.`,
        ko: `${a}\uC5D0\uC11C\uB294 ${o.join(', ')} \uC124\uC815\uC774 \uBB34\uC2DC\uB429\uB2C8\uB2E4. \uBE0C\uB85C\uCEE4\uC5D0 \uB85C\uADF8\uC778\uC774 \uD544\uC694\uD558\uBA74 securityProtocol\uC744 SASL_PLAINTEXT\uB098 SASL_SSL\uB85C \uC124\uC815\uD558\uACE0, \uC544\uB2C8\uBA74 \uC0AD\uC81C\uD558\uC138\uC694.`,
      },
      { fix: we({ en: 'Remove the SASL settings', ko: 'SASL \uC124\uC815 \uC0AD\uC81C' }, ...l) },
    )
  },
}
var Wb = [
  { key: 'securityProtocol', allowed: Rr, error: 'unspported security protocol' },
  { key: 'saslMechanisms', allowed: Er, error: 'unspported SASL mechanism' },
]
function Gb(t, e) {
  let n = (o) => o.toUpperCase().replace(/[-_\s]/g, '')
  return e.find((o) => n(o) === n(t)) ?? ze(t, e)
}
function Yb(t, e, n, r, o) {
  let s = [...ye, e],
    i = Gb(n, r),
    a = r.join(', ')
  t(
    s,
    {
      en: `kafka.${e} "${n}" is not supported (the operator reports "${o}: ${n}"); use one of ${a}${i ? ` (did you mean ${i}?)` : ''}.`,
      ko: `kafka.${e} \uAC12 "${n}"\uC740(\uB294) \uC9C0\uC6D0\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uC624\uD37C\uB808\uC774\uD130 \uC624\uB958: "${o}: ${n}"). ${a} \uC911 \uD558\uB098\uB97C \uC4F0\uC138\uC694${i ? ` (${i}\uC744(\uB97C) \uB73B\uD558\uC168\uB098\uC694?)` : ''}.`,
    },
    i ? { fix: _({ en: `Use ${i}`, ko: `${i} \uC0AC\uC6A9` }, s, i) } : {},
  )
}
var Ap = {
  id: 'kafka-security-enums',
  severity: 'error',
  title: {
    en: 'Unknown Kafka security setting',
    ko: '\uC54C \uC218 \uC5C6\uB294 Kafka \uBCF4\uC548 \uC124\uC815',
  },
  explanation: {
    en: "securityProtocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL and saslMechanisms PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (upper case). Any other value makes the operator's Kafka health check fail, so Milvus is never marked ready.",
    ko: 'securityProtocol\uC740 PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL \uC911 \uD558\uB098, saslMechanisms\uB294 PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 \uC911 \uD558\uB098(\uB300\uBB38\uC790)\uC5EC\uC57C \uD569\uB2C8\uB2E4. \uB2E4\uB978 \uAC12\uC774\uBA74 \uC624\uD37C\uB808\uC774\uD130\uC758 Kafka \uC0C1\uD0DC \uC810\uAC80\uC774 \uC2E4\uD328\uD574 Milvus\uAC00 \uC900\uBE44 \uC0C1\uD0DC\uAC00 \uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  },
  source: Bt,
  check(t, e) {
    let n = t.resource,
      r = me(n, 'kafka')
    if (!(!r || M(n) !== 'kafka'))
      for (let o of Wb) {
        let s = r[o.key]
        if (s == null || s === '') continue
        let i = String(s)
        o.allowed.includes(i) || Yb(e, o.key, i, o.allowed, o.error)
      }
  },
}
var Cp = {
  id: 'kafka-version-notes',
  severity: 'info',
  title: { en: 'Kafka version requirements', ko: 'Kafka \uBC84\uC804 \uC694\uAD6C \uC0AC\uD56D' },
  explanation: {
    en: 'The Milvus docs support Kafka brokers of the 2.x and 3.x lines only; nothing checks this at deploy time. SASL support in the operator arrived in v0.8.5 and spec.dependencies.kafka.secretRef in v1.3.8; an older operator drops the field.',
    ko: 'Milvus \uBB38\uC11C\uB294 2.x\uC640 3.x \uACC4\uC5F4 Kafka \uBE0C\uB85C\uCEE4\uB9CC \uC9C0\uC6D0\uD55C\uB2E4\uACE0 \uBC1D\uD788\uBA70, \uBC30\uD3EC \uC2DC\uC5D0\uB294 \uC774\uB97C \uD655\uC778\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uC758 SASL \uC9C0\uC6D0\uC740 v0.8.5, spec.dependencies.kafka.secretRef\uB294 v1.3.8\uBD80\uD130\uC774\uBA70, \uB354 \uC624\uB798\uB41C \uC624\uD37C\uB808\uC774\uD130\uB294 \uC774 \uD544\uB4DC\uB97C \uBC84\uB9BD\uB2C8\uB2E4.',
  },
  source: gs,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'kafka') return
    ;(n.spec.dependencies?.kafka?.external === !0 &&
      e([...j, 'kafka', 'external'], {
        en: "Milvus supports external Kafka brokers of version 2.x or 3.x only; check your brokers' version before connecting.",
        ko: 'Milvus\uB294 2.x \uB610\uB294 3.x \uBC84\uC804\uC758 \uC678\uBD80 Kafka \uBE0C\uB85C\uCEE4\uB9CC \uC9C0\uC6D0\uD569\uB2C8\uB2E4. \uC5F0\uACB0\uD558\uAE30 \uC804\uC5D0 \uBE0C\uB85C\uCEE4 \uBC84\uC804\uC744 \uD655\uC778\uD558\uC138\uC694.',
      }),
      qn(n)
        ? e([...j, 'kafka', 'secretRef'], {
            en: 'kafka.secretRef needs milvus-operator v1.3.8 or later; upgrade the operator first, or an older one silently drops the field.',
            ko: 'kafka.secretRef\uC5D0\uB294 milvus-operator v1.3.8 \uC774\uC0C1\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBA3C\uC800 \uC624\uD37C\uB808\uC774\uD130\uB97C \uC5C5\uADF8\uB808\uC774\uB4DC\uD558\uC138\uC694. \uC774\uC804 \uBC84\uC804\uC740 \uC774 \uD544\uB4DC\uB97C \uC870\uC6A9\uD788 \uBC84\uB9BD\uB2C8\uB2E4.',
          })
        : _n(n) &&
          e([...ye, 'securityProtocol'], {
            en: 'Kafka SASL needs milvus-operator v0.8.5 or later; make sure the installed operator is at least that version.',
            ko: 'Kafka SASL\uC5D0\uB294 milvus-operator v0.8.5 \uC774\uC0C1\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uC124\uCE58\uB41C \uC624\uD37C\uB808\uC774\uD130\uAC00 \uADF8 \uC774\uC0C1\uC778\uC9C0 \uD655\uC778\uD558\uC138\uC694.',
          }))
  },
}
var Qb = {
  en: 'Keep the volume (pvcDeletion: false)',
  ko: '\uBCFC\uB968 \uC720\uC9C0 (pvcDeletion: false)',
}
function Tp(t, e, n) {
  t(
    e,
    {
      en: `pvcDeletion: true deletes the ${J(n)} message log together with this resource, so a delete-and-recreate loses unconsumed messages; set pvcDeletion to false unless the data is disposable.`,
      ko: `pvcDeletion: true\uC774\uBA74 \uC774 \uB9AC\uC18C\uC2A4\uB97C \uC0AD\uC81C\uD560 \uB54C ${J(n)} \uBA54\uC2DC\uC9C0 \uB85C\uADF8\uB3C4 \uD568\uAED8 \uC0AD\uC81C\uB418\uC5B4, \uC0AD\uC81C \uD6C4 \uB2E4\uC2DC \uB9CC\uB4E4\uBA74 \uC18C\uBE44\uB418\uC9C0 \uC54A\uC740 \uBA54\uC2DC\uC9C0\uB97C \uC783\uC2B5\uB2C8\uB2E4. \uBC84\uB824\uB3C4 \uB418\uB294 \uB370\uC774\uD130\uAC00 \uC544\uB2C8\uB77C\uBA74 pvcDeletion\uC744 false\uB85C \uC124\uC815\uD558\uC138\uC694.`,
    },
    { fix: _(Qb, e, !1) },
  )
}
var Rp = {
  id: 'message-log-pvc-deletion',
  severity: 'warning',
  title: {
    en: 'Message log deleted with the resource',
    ko: '\uB9AC\uC18C\uC2A4\uC640 \uD568\uAED8 \uC0AD\uC81C\uB418\uB294 \uBA54\uC2DC\uC9C0 \uB85C\uADF8',
  },
  explanation: {
    en: 'With pvcDeletion the operator removes the persistent volume claims of the message store when the Milvus resource is deleted. Deleting and re-creating the resource, for example to fix a field, then starts from an empty log and Milvus loses what was not yet flushed.',
    ko: 'pvcDeletion\uC744 \uCF1C\uBA74 Milvus \uB9AC\uC18C\uC2A4\uB97C \uC0AD\uC81C\uD560 \uB54C \uC624\uD37C\uB808\uC774\uD130\uAC00 \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uC758 PVC\uB3C4 \uC9C0\uC6C1\uB2C8\uB2E4. \uD544\uB4DC\uB97C \uACE0\uCE58\uB824\uACE0 \uB9AC\uC18C\uC2A4\uB97C \uC0AD\uC81C\uD588\uB2E4\uAC00 \uB2E4\uC2DC \uB9CC\uB4E4\uBA74 \uBE48 \uB85C\uADF8\uC5D0\uC11C \uC2DC\uC791\uD558\uBA70, \uC544\uC9C1 \uD50C\uB7EC\uC2DC\uB418\uC9C0 \uC54A\uC740 \uB370\uC774\uD130\uB97C \uC783\uC2B5\uB2C8\uB2E4.',
  },
  source: In,
  check(t, e) {
    let n = t.resource,
      r = vs(n)
    r && Ut(n, r)?.persistence?.pvcDeletion === !0 && Tp(e, [...Ve(r), 'pvcDeletion'], r)
    let o = M(n)
    if (o !== 'pulsar' && o !== 'kafka') return
    let s = n.spec.dependencies?.[o],
      i = s?.inCluster
    s?.external === !0 ||
      i?.pvcDeletion !== !0 ||
      i.deletionPolicy !== 'Delete' ||
      Tp(e, [...j, o, 'inCluster', 'pvcDeletion'], o)
  },
}
var ks = ['metadata', 'name'],
  Jb = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  Ep = {
    id: 'metadata-name-required',
    severity: 'error',
    title: {
      en: 'Missing or invalid name',
      ko: '\uC774\uB984\uC774 \uC5C6\uAC70\uB098 \uC798\uBABB\uB428',
    },
    explanation: {
      en: 'Kubernetes requires metadata.name, a lower-case DNS name. The operator also derives the names of the etcd, storage and message-store releases, the ConfigMap and the data volume from it.',
      ko: 'Kubernetes\uB294 \uC18C\uBB38\uC790 DNS \uC774\uB984 \uD615\uC2DD\uC758 metadata.name\uC744 \uC694\uAD6C\uD569\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uB294 etcd, \uC2A4\uD1A0\uB9AC\uC9C0, \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C \uB9B4\uB9AC\uC2A4\uC640 ConfigMap, \uB370\uC774\uD130 \uBCFC\uB968\uC758 \uC774\uB984\uB3C4 \uC774 \uAC12\uC5D0\uC11C \uB9CC\uB4ED\uB2C8\uB2E4.',
    },
    source: nt,
    check(t, e) {
      let n = $(t.raw) ? t.raw.metadata : void 0,
        r = $(n) ? n.name : void 0
      if (typeof r == 'string' && r !== '') {
        if (Jb.test(r) && r.length <= 253) return
        let o = r
          .toLowerCase()
          .replace(/[^-a-z0-9.]+/g, '-')
          .replace(/^[-.]+|[-.]+$/g, '')
        e(
          ks,
          {
            en: `metadata.name "${r}" is not a valid Kubernetes name; use lower-case letters, digits and dashes, such as "${o || 'my-milvus'}".`,
            ko: `metadata.name "${r}"\uC740(\uB294) \uC62C\uBC14\uB978 Kubernetes \uC774\uB984\uC774 \uC544\uB2D9\uB2C8\uB2E4. "${o || 'my-milvus'}"\uCC98\uB7FC \uC18C\uBB38\uC790, \uC22B\uC790, \uB300\uC2DC\uB97C \uC4F0\uC138\uC694.`,
          },
          {
            fix: _(
              {
                en: `Rename to ${o || 'my-milvus'}`,
                ko: `${o || 'my-milvus'}(\uC73C)\uB85C \uC774\uB984 \uBCC0\uACBD`,
              },
              ks,
              o || 'my-milvus',
            ),
          },
        )
        return
      }
      e(
        ks,
        {
          en: 'metadata.name is missing, so Kubernetes rejects the resource; give it a name such as "my-milvus".',
          ko: 'metadata.name\uC774 \uC5C6\uC5B4 Kubernetes\uAC00 \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4. "my-milvus" \uAC19\uC740 \uC774\uB984\uC744 \uC9C0\uC815\uD558\uC138\uC694.',
        },
        {
          fix: _(
            { en: 'Name it my-milvus', ko: 'my-milvus\uB85C \uC774\uB984 \uC9C0\uC815' },
            ks,
            'my-milvus',
          ),
        },
      )
    },
  }
var Fn = 'v2.5.16'
function Pp(t) {
  let e = t.split('@')[0] ?? t,
    n = e.lastIndexOf('/'),
    r = e.lastIndexOf(':')
  return r > n ? e.slice(0, r) : e
}
function Lp(t) {
  if (D(t) !== 'standalone') return
  let e = t.spec.components?.standalone?.image
  return typeof e == 'string' && e.trim() !== '' ? e : void 0
}
function rn(t) {
  let e = Lp(t)
  if (e === void 0) return Ue(t)
  let n = Mn(e)
  return n === void 0 ? void 0 : xn(n)
}
function on(t, e, n) {
  let r = rn(t)
  return r !== void 0 && Ma(r, { major: e, minor: n, patch: 0, raw: '', source: 'version' }) >= 0
}
function Np(t, e, n) {
  let r = Lp(t)
  if (r !== void 0 || (n && D(t) === 'standalone')) {
    let i = [
      {
        op: 'set',
        path: ['spec', 'components', 'standalone', 'image'],
        value: `${Pp(r ?? $t(t))}:${e}`,
      },
    ]
    return (
      t.spec.components?.standalone?.version !== void 0 &&
        i.push({
          op: 'set',
          path: ['spec', 'components', 'standalone', 'version'],
          value: e.replace(/^v/, ''),
        }),
      i
    )
  }
  let o = [{ op: 'set', path: ['spec', 'components', 'image'], value: `${Pp($t(t))}:${e}` }]
  return (
    t.spec.components?.version !== void 0 &&
      o.push({ op: 'set', path: ['spec', 'components', 'version'], value: e.replace(/^v/, '') }),
    o
  )
}
var $p = {
  id: 'natsmq-experimental',
  severity: 'warning',
  title: {
    en: 'NATS is experimental and short-lived',
    ko: 'NATS\uB294 \uC2E4\uD5D8\uC801 \uAE30\uB2A5\uC774\uBA70 \uACE7 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4',
  },
  explanation: {
    en: 'Milvus added NATS in 2.3 as an experimental store and removed it in 2.6, so an instance on NATS cannot upgrade to 2.6 without moving its message log to another store first.',
    ko: 'Milvus\uB294 2.3\uC5D0\uC11C NATS\uB97C \uC2E4\uD5D8\uC801 \uC800\uC7A5\uC18C\uB85C \uCD94\uAC00\uD588\uACE0 2.6\uC5D0\uC11C \uC81C\uAC70\uD588\uC2B5\uB2C8\uB2E4. \uB530\uB77C\uC11C NATS\uB97C \uC4F0\uB294 \uC778\uC2A4\uD134\uC2A4\uB294 \uBA54\uC2DC\uC9C0 \uB85C\uADF8\uB97C \uB2E4\uB978 \uC800\uC7A5\uC18C\uB85C \uC62E\uAE30\uAE30 \uC804\uC5D0\uB294 2.6\uC73C\uB85C \uC5C5\uADF8\uB808\uC774\uB4DC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
  },
  source: rt,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'natsmq' || on(n, 2, 6)) return
    let r = rn(n)
    if (r) {
      if (!on(n, 2, 3)) {
        e(
          le,
          {
            en: `Milvus ${r.raw} predates NATS (added in 2.3) and will not start with it; use rocksmq or a Milvus 2.3 to 2.5 image.`,
            ko: `Milvus ${r.raw}\uC740(\uB294) NATS\uAC00 \uCD94\uAC00\uB41C 2.3\uBCF4\uB2E4 \uC624\uB798\uB41C \uBC84\uC804\uC774\uB77C \uC2DC\uC791\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. rocksmq\uB97C \uC4F0\uAC70\uB098 Milvus 2.3~2.5 \uC774\uBBF8\uC9C0\uB97C \uC0AC\uC6A9\uD558\uC138\uC694.`,
          },
          { severity: 'error' },
        )
        return
      }
      e(le, {
        en: `NATS is experimental on Milvus ${r.raw} and removed in 2.6; prefer rocksmq (or woodpecker after upgrading) unless you need messages over 64 KB.`,
        ko: `NATS\uB294 Milvus ${r.raw}\uC5D0\uC11C \uC2E4\uD5D8\uC801 \uAE30\uB2A5\uC774\uBA70 2.6\uC5D0\uC11C \uC81C\uAC70\uB429\uB2C8\uB2E4. 64KB\uAC00 \uB118\uB294 \uBA54\uC2DC\uC9C0\uAC00 \uD544\uC694\uD558\uC9C0 \uC54A\uB2E4\uBA74 rocksmq(\uC5C5\uADF8\uB808\uC774\uB4DC \uD6C4\uC5D0\uB294 woodpecker)\uB97C \uC0AC\uC6A9\uD558\uC138\uC694.`,
      })
    }
  },
}
var Xb = 8388608,
  Zb = 67108864,
  ew = ['spec', 'config', 'natsmq', 'server'],
  Op = {
    id: 'natsmq-payload-exceeds-pending',
    severity: 'error',
    title: {
      en: 'NATS maxPayload above maxPending',
      ko: 'maxPending\uBCF4\uB2E4 \uD070 NATS maxPayload',
    },
    explanation: {
      en: 'natsmq.server.maxPayload is the largest message NATS accepts and maxPending the most bytes buffered per connection. A payload larger than the buffer can never be delivered; NATS refuses to start with such settings. Defaults: maxPayload 8388608, maxPending 67108864.',
      ko: 'natsmq.server.maxPayload\uB294 NATS\uAC00 \uBC1B\uB294 \uAC00\uC7A5 \uD070 \uBA54\uC2DC\uC9C0, maxPending\uC740 \uC5F0\uACB0\uB2F9 \uBC84\uD37C\uC5D0 \uC313\uC744 \uC218 \uC788\uB294 \uCD5C\uB300 \uBC14\uC774\uD2B8\uC785\uB2C8\uB2E4. \uBC84\uD37C\uBCF4\uB2E4 \uD070 \uD398\uC774\uB85C\uB4DC\uB294 \uC804\uB2EC\uB420 \uC218 \uC5C6\uC73C\uBA70 NATS\uB294 \uC774\uB7F0 \uC124\uC815\uC73C\uB85C \uC2DC\uC791\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAE30\uBCF8\uAC12: maxPayload 8388608, maxPending 67108864.',
    },
    source: hs,
    check(t, e) {
      let n = t.resource
      if (M(n) !== 'natsmq') return
      let r = ht(mt(n, 'natsmq', 'server', 'maxPayload')),
        o = ht(mt(n, 'natsmq', 'server', 'maxPending'))
      if (r === void 0 && o === void 0) return
      let s = r ?? Xb,
        i = o ?? Zb
      if (s <= i) return
      let a = [...ew, 'maxPayload']
      e(
        a,
        {
          en: `natsmq.server.maxPayload (${s}) is larger than maxPending (${i}), so large messages can never be buffered; lower maxPayload to ${i} or raise maxPending.`,
          ko: `natsmq.server.maxPayload(${s})\uAC00 maxPending(${i})\uBCF4\uB2E4 \uCEE4\uC11C \uD070 \uBA54\uC2DC\uC9C0\uB97C \uBC84\uD37C\uC5D0 \uB2F4\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. maxPayload\uB97C ${i} \uC774\uD558\uB85C \uB0AE\uCD94\uAC70\uB098 maxPending\uC744 \uB298\uB9AC\uC138\uC694.`,
        },
        {
          fix: _(
            {
              en: `Set maxPayload to ${i}`,
              ko: `maxPayload\uB97C ${i}(\uC73C)\uB85C \uC124\uC815`,
            },
            a,
            i,
          ),
        },
      )
    },
  }
var Ip = {
  id: 'natsmq-removed-in-milvus-2-6',
  severity: 'error',
  title: {
    en: 'NATS on Milvus 2.6 or later',
    ko: 'Milvus 2.6 \uC774\uC0C1\uC5D0\uC11C\uC758 NATS',
  },
  explanation: {
    en: 'Milvus 2.6 dropped the embedded NATS message store and exits at start with "mq type natsmq is invalid". The operator accepts the value and, with no image pinned, runs its default 2.6 image.',
    ko: 'Milvus 2.6\uC5D0\uC11C\uB294 \uB0B4\uC7A5 NATS \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uAC00 \uC81C\uAC70\uB418\uC5B4 \uC2DC\uC791 \uC2DC "mq type natsmq is invalid"\uB85C \uC885\uB8CC\uB429\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uB294 \uC774 \uAC12\uC744 \uBC1B\uC544\uB4E4\uC774\uACE0, \uC774\uBBF8\uC9C0\uB97C \uC9C0\uC815\uD558\uC9C0 \uC54A\uC73C\uBA74 \uAE30\uBCF8 2.6 \uC774\uBBF8\uC9C0\uB97C \uC2E4\uD589\uD569\uB2C8\uB2E4.',
  },
  source: rt,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'natsmq' || !on(n, 2, 6)) return
    let o = rn(n)?.raw ?? '2.6+'
    e(
      le,
      {
        en: `Milvus ${o} has no NATS support and will not start; pin a 2.5 image (for example ${Fn}) or switch msgStreamType to woodpecker or rocksmq.`,
        ko: `Milvus ${o}\uC5D0\uB294 NATS \uC9C0\uC6D0\uC774 \uC5C6\uC5B4 \uC2DC\uC791\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. 2.5 \uC774\uBBF8\uC9C0(\uC608: ${Fn})\uB97C \uC9C0\uC815\uD558\uAC70\uB098 msgStreamType\uC744 woodpecker \uB610\uB294 rocksmq\uB85C \uBC14\uAFB8\uC138\uC694.`,
      },
      {
        fix: {
          title: { en: `Pin Milvus ${Fn}`, ko: `Milvus ${Fn}(\uC73C)\uB85C \uACE0\uC815` },
          patches: Np(n, Fn, t.original.apiVersion === 'milvus.io/v1alpha1'),
        },
      },
    )
  },
}
var nw = [...j, 'pulsar', 'inCluster', 'values'],
  gt = {
    ensemble: 'managedLedgerDefaultEnsembleSize',
    write: 'managedLedgerDefaultWriteQuorum',
    ack: 'managedLedgerDefaultAckQuorum',
  },
  Dp = {
    id: 'pulsar-quorum-invalid',
    severity: 'error',
    title: {
      en: 'Pulsar quorum cannot be met',
      ko: '\uCDA9\uC871\uD560 \uC218 \uC5C6\uB294 Pulsar \uCFFC\uB7FC',
    },
    explanation: {
      en: 'Pulsar stores each ledger on managedLedgerDefaultEnsembleSize bookies, writes managedLedgerDefaultWriteQuorum copies and waits for managedLedgerDefaultAckQuorum acknowledgements. The ensemble cannot exceed the number of bookies, and ensemble >= write quorum >= ack quorum must hold; otherwise topics cannot be created and Milvus never gets its channels. The chart defaults are 3 bookies and 2/2/2.',
      ko: 'Pulsar\uB294 \uAC01 \uB808\uC800\uB97C managedLedgerDefaultEnsembleSize\uAC1C\uC758 \uBD81\uD0A4\uC5D0 \uC800\uC7A5\uD558\uACE0, managedLedgerDefaultWriteQuorum\uAC1C\uC758 \uC0AC\uBCF8\uC744 \uC4F0\uBA70, managedLedgerDefaultAckQuorum\uAC1C\uC758 \uD655\uC778\uC744 \uAE30\uB2E4\uB9BD\uB2C8\uB2E4. \uC559\uC0C1\uBE14\uC740 \uBD81\uD0A4 \uC218\uB97C \uB118\uC744 \uC218 \uC5C6\uACE0 \uC559\uC0C1\uBE14 >= \uC4F0\uAE30 \uCFFC\uB7FC >= \uD655\uC778 \uCFFC\uB7FC\uC774\uC5B4\uC57C \uD558\uBA70, \uADF8\uB807\uC9C0 \uC54A\uC73C\uBA74 \uD1A0\uD53D\uC744 \uB9CC\uB4E4 \uC218 \uC5C6\uC5B4 Milvus\uAC00 \uCC44\uB110\uC744 \uC5BB\uC9C0 \uBABB\uD569\uB2C8\uB2E4. \uCC28\uD2B8 \uAE30\uBCF8\uAC12\uC740 \uBD81\uD0A4 3\uAC1C\uC640 2/2/2\uC785\uB2C8\uB2E4.',
    },
    source: On,
    check(t, e) {
      let n = t.resource,
        r = n.spec.dependencies?.pulsar
      if (M(n) !== 'pulsar' || r?.external === !0) return
      let o = $(r?.inCluster?.values) ? r.inCluster.values : {},
        s = r?.inCluster?.chartVersion === 'pulsar-v2',
        i = $(o.broker) && $(o.broker.configData) ? o.broker.configData : {},
        a = (h) => ht(i[gt[h]]),
        l = (h) => a(h) ?? (s ? void 0 : yp[h]),
        c = ht($(o.bookkeeper) ? o.bookkeeper.replicaCount : void 0) ?? 3,
        f = (h) => [...nw, 'broker', 'configData', gt[h]],
        d = l('ensemble')
      d !== void 0 &&
        d > c &&
        e(
          f('ensemble'),
          {
            en: `The ensemble size ${d} is larger than the ${c} bookies, so Pulsar cannot create ledgers; lower ${gt.ensemble} to ${c} or add bookies.`,
            ko: `\uC559\uC0C1\uBE14 \uD06C\uAE30 ${d}\uC774(\uAC00) \uBD81\uD0A4 ${c}\uAC1C\uBCF4\uB2E4 \uCEE4\uC11C Pulsar\uAC00 \uB808\uC800\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. ${gt.ensemble}\uB97C ${c} \uC774\uD558\uB85C \uB0AE\uCD94\uAC70\uB098 \uBD81\uD0A4\uB97C \uB298\uB9AC\uC138\uC694.`,
          },
          {
            fix: {
              title: {
                en: `Fit the quorum to ${c} bookies`,
                ko: `\uCFFC\uB7FC\uC744 \uBD81\uD0A4 ${c}\uAC1C\uC5D0 \uB9DE\uCD94\uAE30`,
              },
              patches: Object.keys(gt)
                .filter((h) => (l(h) ?? 0) > c)
                .map((h) => ({ op: 'set', path: f(h), value: String(c) })),
            },
          },
        )
      let p = [
        ['ensemble', 'write'],
        ['write', 'ack'],
      ]
      for (let [h, y] of p) {
        let m = l(h),
          g = l(y)
        m === void 0 ||
          g === void 0 ||
          g <= m ||
          e(
            f(y),
            {
              en: `${gt[y]} (${g}) is larger than ${gt[h]} (${m}); Pulsar needs ensemble >= write quorum >= ack quorum, so set it to ${m} or less.`,
              ko: `${gt[y]}(${g})\uAC00 ${gt[h]}(${m})\uBCF4\uB2E4 \uD07D\uB2C8\uB2E4. Pulsar\uB294 \uC559\uC0C1\uBE14 >= \uC4F0\uAE30 \uCFFC\uB7FC >= \uD655\uC778 \uCFFC\uB7FC\uC774\uC5B4\uC57C \uD558\uBBC0\uB85C ${m} \uC774\uD558\uB85C \uC124\uC815\uD558\uC138\uC694.`,
            },
            {
              fix: _(
                { en: `Set it to ${m}`, ko: `${m}(\uC73C)\uB85C \uC124\uC815` },
                f(y),
                String(m),
              ),
            },
          )
      }
    },
  }
var _p = ['spec', 'components', 'enableRollingUpdate'],
  qp = {
    id: 'rolling-update-turned-off',
    severity: 'warning',
    title: {
      en: 'Rolling update will be turned off',
      ko: '\uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uAC00 \uAEBC\uC9D1\uB2C8\uB2E4',
    },
    explanation: {
      en: 'A standalone Milvus on RocksMQ or NATS keeps its message log inside the pod, so two pods cannot run side by side. The operator silently sets enableRollingUpdate to false; if defaulting is skipped, its webhook rejects the resource with "enableRollingUpdate is not supported for msgStream rocksmq or natsmq. Set it to false or set spec.msgStreamType to kafka/pulsar".',
      ko: 'RocksMQ\uB098 NATS\uB97C \uC4F0\uB294 standalone Milvus\uB294 \uBA54\uC2DC\uC9C0 \uB85C\uADF8\uB97C \uD30C\uB4DC \uC548\uC5D0 \uB450\uBBC0\uB85C \uB450 \uD30C\uB4DC\uB97C \uB3D9\uC2DC\uC5D0 \uC2E4\uD589\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uB294 enableRollingUpdate\uB97C \uC870\uC6A9\uD788 false\uB85C \uBC14\uAFB8\uBA70, \uAE30\uBCF8\uAC12 \uC124\uC815\uC774 \uAC74\uB108\uB6F0\uC5B4\uC9C0\uBA74 \uC6F9\uD6C5\uC774 "enableRollingUpdate is not supported for msgStream rocksmq or natsmq. Set it to false or set spec.msgStreamType to kafka/pulsar" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
    },
    source: Kt,
    check(t, e) {
      let n = t.resource
      if (n.spec.components?.enableRollingUpdate !== !0 || ot(n)) return
      let r = M(n)
      ;(r !== 'rocksmq' && r !== 'natsmq') ||
        e(
          _p,
          {
            en: `The operator turns enableRollingUpdate off for a standalone ${J(r)} instance, so updates restart the pod; set it to false, or use woodpecker, pulsar or kafka for rolling updates.`,
            ko: `\uC624\uD37C\uB808\uC774\uD130\uB294 standalone ${J(r)} \uC778\uC2A4\uD134\uC2A4\uC5D0\uC11C enableRollingUpdate\uB97C \uB044\uBBC0\uB85C \uC5C5\uB370\uC774\uD2B8 \uB54C \uD30C\uB4DC\uAC00 \uC7AC\uC2DC\uC791\uB429\uB2C8\uB2E4. false\uB85C \uC124\uC815\uD558\uAC70\uB098, \uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uAC00 \uD544\uC694\uD558\uBA74 woodpecker, pulsar, kafka\uB97C \uC0AC\uC6A9\uD558\uC138\uC694.`,
          },
          {
            fix: _(
              {
                en: 'Set enableRollingUpdate: false',
                ko: 'enableRollingUpdate: false \uC124\uC815',
              },
              _p,
              !1,
            ),
          },
        )
    },
  }
var rw = 40
function Ss(t, e) {
  Ua(t, [], e, 0)
}
function Ua(t, e, n, r) {
  if (r > rw) return
  if (Array.isArray(t)) {
    t.forEach((s, i) => {
      let a = [...e, i],
        l = Cn(a)
      ;(n({ path: a, key: i, value: s, info: l, allowed: void 0, parent: void 0 }),
        l && Ua(s, a, n, r + 1))
    })
    return
  }
  if (!$(t)) return
  let o = Ia(e)
  for (let [s, i] of Object.entries(t)) {
    let a = [...e, s],
      l = Cn(a)
    ;(n({ path: a, key: s, value: i, info: l, allowed: o, parent: t }), l && Ua(i, a, n, r + 1))
  }
}
function st(t) {
  return pt(t).value
}
var ow = ['rocksmq', 'natsmq', 'woodpecker']
function sw(t, e, n, r, o, s) {
  let i = ['spec', 'config', n, r],
    a = $(s) && $(s[n]) ? s[n][r] : void 0,
    l = $(o) && $(a) ? { ...o, ...a } : o
  t(
    e,
    {
      en: `spec.dependencies.${n}.${r} is not an operator field and is pruned, so these ${n} settings never reach Milvus; move them to spec.config.${n}.${r}.`,
      ko: `spec.dependencies.${n}.${r}\uC740(\uB294) \uC624\uD37C\uB808\uC774\uD130 \uD544\uB4DC\uAC00 \uC544\uB2C8\uC5B4\uC11C \uC81C\uAC70\uB418\uBBC0\uB85C \uC774 ${n} \uC124\uC815\uC740 Milvus\uC5D0 \uC804\uB2EC\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. spec.config.${n}.${r}\uB85C \uC62E\uAE30\uC138\uC694.`,
    },
    {
      fix: {
        title: {
          en: `Move to spec.config.${n}.${r}`,
          ko: `spec.config.${n}.${r}\uB85C \uC774\uB3D9`,
        },
        patches: [
          { op: 'delete', path: e },
          { op: 'set', path: i, value: l },
        ],
      },
    },
  )
}
function iw(t, e, n) {
  return Cn([...t, e])?.kind === 'string' && Array.isArray(n) ? n[0] : n
}
var Fp = {
  id: 'schema-unknown-key',
  severity: 'error',
  title: { en: 'Unknown field', ko: '\uC54C \uC218 \uC5C6\uB294 \uD544\uB4DC' },
  explanation: {
    en: 'The Milvus CRD only keeps the fields it defines (free-form areas such as spec.config and inCluster.values aside). kubectl apply rejects an unknown field by default, and with validation off the API server silently drops it, so the setting never takes effect.',
    ko: 'Milvus CRD\uB294 \uC815\uC758\uD55C \uD544\uB4DC\uB9CC \uC720\uC9C0\uD569\uB2C8\uB2E4(spec.config, inCluster.values \uAC19\uC740 \uC790\uC720 \uD615\uC2DD \uC601\uC5ED \uC81C\uC678). kubectl apply\uB294 \uAE30\uBCF8\uC801\uC73C\uB85C \uC54C \uC218 \uC5C6\uB294 \uD544\uB4DC\uB97C \uAC70\uBD80\uD558\uBA70, \uAC80\uC99D\uC744 \uB044\uBA74 API \uC11C\uBC84\uAC00 \uC870\uC6A9\uD788 \uBC84\uB824\uC11C \uC124\uC815\uC774 \uC801\uC6A9\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  },
  source: nt,
  check(t, e) {
    let n = st(t.raw),
      r = $(n) ? n.spec : void 0,
      o = $(r) ? r.config : void 0
    Ss(n, ({ path: s, key: i, value: a, allowed: l, parent: c }) => {
      if (typeof i != 'string' || !Array.isArray(l) || l.includes(i)) return
      let f = s.slice(0, -1),
        d = String(f[2])
      if (
        f.length === 3 &&
        f[1] === 'dependencies' &&
        ow.includes(d) &&
        Ir(['spec', 'config', d]).includes(i)
      ) {
        sw(e, s, d, i, a, o)
        return
      }
      let p = ee(s),
        h = ze(i, l)
      if (h !== void 0) {
        let y = !(c && h in c)
        e(
          s,
          {
            en: `${p} is not a field of the Milvus resource and is dropped; did you mean ${h}?`,
            ko: `${p}\uC740(\uB294) Milvus \uB9AC\uC18C\uC2A4\uC758 \uD544\uB4DC\uAC00 \uC544\uB2C8\uC5B4\uC11C \uBC84\uB824\uC9D1\uB2C8\uB2E4. ${h}\uC744(\uB97C) \uB73B\uD558\uC168\uB098\uC694?`,
          },
          y
            ? {
                fix: Nn(
                  { en: `Rename to ${h}`, ko: `${h}(\uC73C)\uB85C \uC774\uB984 \uBCC0\uACBD` },
                  s,
                  h,
                  iw(f, h, a),
                ),
              }
            : {},
        )
        return
      }
      e(
        s,
        {
          en: `${p} is not a field of the Milvus resource and is dropped; remove it or move it where it belongs.`,
          ko: `${p}\uC740(\uB294) Milvus \uB9AC\uC18C\uC2A4\uC758 \uD544\uB4DC\uAC00 \uC544\uB2C8\uC5B4\uC11C \uBC84\uB824\uC9D1\uB2C8\uB2E4. \uC0AD\uC81C\uD558\uAC70\uB098 \uC62C\uBC14\uB978 \uC704\uCE58\uB85C \uC62E\uAE30\uC138\uC694.`,
        },
        { fix: we({ en: `Remove ${i}`, ko: `${i} \uC0AD\uC81C` }, s) },
      )
    })
  },
}
var aw = {
  string: { en: 'a string', ko: '\uBB38\uC790\uC5F4' },
  integer: { en: 'a whole number', ko: '\uC815\uC218' },
  number: { en: 'a number', ko: '\uC22B\uC790' },
  boolean: { en: 'true or false', ko: 'true \uB610\uB294 false' },
  object: { en: 'a mapping', ko: '\uB9E4\uD551' },
  map: { en: 'a mapping', ko: '\uB9E4\uD551' },
  array: { en: 'a list', ko: '\uBAA9\uB85D' },
  quantity: { en: 'a quantity such as 2 or 4Gi', ko: '2\uB098 4Gi \uAC19\uC740 \uC218\uB7C9' },
}
function lw(t, e) {
  switch (t) {
    case 'string':
      return typeof e == 'string'
    case 'integer':
      return typeof e == 'number' && Number.isInteger(e)
    case 'number':
      return typeof e == 'number'
    case 'boolean':
      return typeof e == 'boolean'
    case 'object':
    case 'map':
    case 'free-form':
      return typeof e == 'object' && e !== null && !Array.isArray(e)
    case 'array':
      return Array.isArray(e)
    case 'quantity':
      return typeof e == 'string' || typeof e == 'number'
    default:
      return !0
  }
}
function cw(t, e) {
  if (t === 'integer' && typeof e == 'string' && /^\s*-?\d+\s*$/.test(e))
    return { value: Number(e.trim()) }
  if (t === 'number' && typeof e == 'string' && e.trim() !== '' && Number.isFinite(Number(e)))
    return { value: Number(e) }
  if (t === 'boolean' && typeof e == 'string' && /^(true|false)$/i.test(e.trim()))
    return { value: e.trim().toLowerCase() === 'true' }
  if (t === 'string' && (typeof e == 'number' || typeof e == 'boolean')) return { value: String(e) }
  if (t === 'array' && typeof e == 'string')
    return {
      value: e
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    }
}
function uw(t, e, n, r) {
  if (lw(n.kind, r)) return !0
  let o = aw[n.kind] ?? { en: n.kind, ko: n.kind },
    s = cw(n.kind, r),
    i = ee(e)
  return (
    t(
      e,
      {
        en: `${i} must be ${o.en}, not ${JSON.stringify(r)}; ${s ? `write ${JSON.stringify(s.value)}` : 'correct the value'}.`,
        ko: `${i} \uAC12\uC740 ${JSON.stringify(r)}\uC774(\uAC00) \uC544\uB2C8\uB77C ${o.ko}\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4. ${s ? `${JSON.stringify(s.value)}(\uC73C)\uB85C \uC4F0\uC138\uC694` : '\uAC12\uC744 \uACE0\uCE58\uC138\uC694'}.`,
      },
      s
        ? {
            fix: _(
              {
                en: `Write ${JSON.stringify(s.value)}`,
                ko: `${JSON.stringify(s.value)}(\uC73C)\uB85C \uC4F0\uAE30`,
              },
              e,
              s.value,
            ),
          }
        : {},
    ),
    !1
  )
}
function dw(t, e, n, r) {
  let o = n.enum
  if (!o || typeof r != 'string' || o.includes(r)) return
  let s = e[e.length - 1]
  if (r === '' && (s === 'msgStreamType' || s === 'type')) return
  let i = o.filter((c) => c !== ''),
    a = ze(r, i),
    l = ee(e)
  t(
    e,
    {
      en: `${l} "${r}" is not allowed (values are case-sensitive: ${i.join(', ')}); ${a ? `use ${a}` : 'pick one of them'}.`,
      ko: `${l} \uAC12 "${r}"\uC740(\uB294) \uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uB300\uC18C\uBB38\uC790 \uAD6C\uBD84: ${i.join(', ')}). ${a ? `${a}\uC744(\uB97C) \uC4F0\uC138\uC694` : '\uC774 \uC911 \uD558\uB098\uB97C \uACE0\uB974\uC138\uC694'}.`,
    },
    a ? { fix: _({ en: `Use ${a}`, ko: `${a} \uC0AC\uC6A9` }, e, a) } : {},
  )
}
function fw(t, e, n, r) {
  if (typeof r != 'number') return
  let { min: o, max: s } = n,
    i = o !== void 0 && r < o ? o : s !== void 0 && r > s ? s : void 0
  if (i === void 0) return
  let a = ee(e),
    l = `${o ?? '-\u221E'}..${s ?? '\u221E'}`
  t(
    e,
    {
      en: `${a} ${r} is outside the allowed range ${l}, so the API server rejects the resource; use a value within it, such as ${i}.`,
      ko: `${a} \uAC12 ${r}\uC740(\uB294) \uD5C8\uC6A9 \uBC94\uC704(${l})\uB97C \uBC97\uC5B4\uB098 API \uC11C\uBC84\uAC00 \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4. ${i}\uCC98\uB7FC \uBC94\uC704 \uC548\uC758 \uAC12\uC744 \uC4F0\uC138\uC694.`,
    },
    { fix: _({ en: `Use ${i}`, ko: `${i} \uC0AC\uC6A9` }, e, i) },
  )
}
var Kp = {
  id: 'schema-value',
  severity: 'error',
  title: { en: 'Value the CRD does not accept', ko: 'CRD\uAC00 \uBC1B\uC9C0 \uC54A\uB294 \uAC12' },
  explanation: {
    en: 'The Milvus CRD checks types, allowed values and ranges of the fields it defines. A value of the wrong type, an enum value with the wrong case or a number out of range makes the API server reject the whole resource.',
    ko: 'Milvus CRD\uB294 \uC815\uC758\uD55C \uD544\uB4DC\uC758 \uD615\uC2DD, \uD5C8\uC6A9 \uAC12, \uBC94\uC704\uB97C \uAC80\uC0AC\uD569\uB2C8\uB2E4. \uD615\uC2DD\uC774 \uD2C0\uB9AC\uAC70\uB098, \uC5F4\uAC70 \uAC12\uC758 \uB300\uC18C\uBB38\uC790\uAC00 \uB2E4\uB974\uAC70\uB098, \uC22B\uC790\uAC00 \uBC94\uC704\uB97C \uBC97\uC5B4\uB098\uBA74 API \uC11C\uBC84\uAC00 \uB9AC\uC18C\uC2A4 \uC804\uCCB4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
  },
  source: nt,
  check(t, e) {
    Ss(st(t.raw), ({ path: n, value: r, info: o }) => {
      !o ||
        o.inFreeForm ||
        n.length < 2 ||
        r === null ||
        r === void 0 ||
        (uw(e, n, o, r) && (dw(e, n, o, r), fw(e, n, o, r)))
    })
  },
}
var Bp = {
  id: 'shared-rwo-volume-in-cluster',
  severity: 'error',
  title: {
    en: 'One ReadWriteOnce volume for many pods',
    ko: '\uC5EC\uB7EC \uD30C\uB4DC\uAC00 \uC4F0\uB294 ReadWriteOnce \uBCFC\uB968 \uD558\uB098',
  },
  explanation: {
    en: "The operator mounts the message store's data claim in every Milvus pod. In cluster mode those pods run on several nodes, and a ReadWriteOnce volume attaches to one node only, so pods elsewhere never start. Woodpecker on object storage (the default) needs no volume; with local storage use a ReadWriteMany class.",
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uC758 \uB370\uC774\uD130 PVC\uB97C \uBAA8\uB4E0 Milvus \uD30C\uB4DC\uC5D0 \uB9C8\uC6B4\uD2B8\uD569\uB2C8\uB2E4. \uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uC5D0\uC11C\uB294 \uD30C\uB4DC\uAC00 \uC5EC\uB7EC \uB178\uB4DC\uC5D0\uC11C \uC2E4\uD589\uB418\uB294\uB370 ReadWriteOnce \uBCFC\uB968\uC740 \uD55C \uB178\uB4DC\uC5D0\uB9CC \uBD99\uC73C\uBBC0\uB85C \uB2E4\uB978 \uB178\uB4DC\uC758 \uD30C\uB4DC\uB294 \uC2DC\uC791\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uB97C \uC4F0\uB294 Woodpecker(\uAE30\uBCF8\uAC12)\uB294 \uBCFC\uB968\uC774 \uD544\uC694 \uC5C6\uACE0, \uB85C\uCEEC \uC2A4\uD1A0\uB9AC\uC9C0\uB77C\uBA74 ReadWriteMany \uD074\uB798\uC2A4\uB97C \uC4F0\uC138\uC694.',
  },
  source: In,
  check(t, e) {
    let n = t.resource
    if (!ot(n) || Dn(n) !== 'woodpecker') return
    let r = Ut(n, 'woodpecker')?.persistence
    if (r?.enabled !== !0) return
    let s = ys(n, 'woodpecker')?.accessModes
    if (
      (Array.isArray(s) && s.includes('ReadWriteMany')) ||
      (r.persistentVolumeClaim?.existingClaim && s === void 0)
    )
      return
    let i = Ve('woodpecker')
    if (Ba(n)) {
      let l = [...i, 'persistentVolumeClaim', 'spec', 'accessModes']
      e(
        l,
        {
          en: 'Every cluster pod mounts this Woodpecker volume, but ReadWriteOnce attaches to one node only; use a ReadWriteMany storage class and accessModes: [ReadWriteMany].',
          ko: '\uBAA8\uB4E0 \uD074\uB7EC\uC2A4\uD130 \uD30C\uB4DC\uAC00 \uC774 Woodpecker \uBCFC\uB968\uC744 \uB9C8\uC6B4\uD2B8\uD558\uC9C0\uB9CC ReadWriteOnce\uB294 \uD55C \uB178\uB4DC\uC5D0\uB9CC \uBD99\uC2B5\uB2C8\uB2E4. ReadWriteMany \uC2A4\uD1A0\uB9AC\uC9C0 \uD074\uB798\uC2A4\uC640 accessModes: [ReadWriteMany]\uB97C \uC0AC\uC6A9\uD558\uC138\uC694.',
        },
        {
          fix: _({ en: 'Use ReadWriteMany', ko: 'ReadWriteMany \uC0AC\uC6A9' }, l, [
            'ReadWriteMany',
          ]),
        },
      )
      return
    }
    let a = [...i, 'enabled']
    e(
      a,
      {
        en: 'Woodpecker writes to object storage here, so this volume is useless, and as one ReadWriteOnce claim mounted by every cluster pod it blocks pods on other nodes; set persistence.enabled to false.',
        ko: '\uC5EC\uAE30\uC11C Woodpecker\uB294 \uC624\uBE0C\uC81D\uD2B8 \uC2A4\uD1A0\uB9AC\uC9C0\uC5D0 \uC4F0\uBBC0\uB85C \uC774 \uBCFC\uB968\uC740 \uC4F8\uBAA8\uAC00 \uC5C6\uC73C\uBA70, \uBAA8\uB4E0 \uD074\uB7EC\uC2A4\uD130 \uD30C\uB4DC\uAC00 \uB9C8\uC6B4\uD2B8\uD558\uB294 ReadWriteOnce PVC \uD558\uB098\uB77C\uC11C \uB2E4\uB978 \uB178\uB4DC\uC758 \uD30C\uB4DC\uB97C \uB9C9\uC2B5\uB2C8\uB2E4. persistence.enabled\uB97C false\uB85C \uC124\uC815\uD558\uC138\uC694.',
      },
      { fix: _({ en: 'Disable persistence', ko: 'persistence \uB044\uAE30' }, a, !1) },
    )
  },
}
function Up(t) {
  let e = /^\s*(\d+(?:\.\d+)?)\s*([kmgtpe])(i?)(b?)\s*$/i.exec(t)
  if (!e) return
  let [, n, r = '', o = '', s = ''] = e,
    i = r === 'k' || r === 'K' ? 'K' : r.toUpperCase(),
    a = o !== '' || s !== '' ? `${n}${i}i` : `${n}${i === 'K' ? 'k' : i}`
  return je(a) ? a : void 0
}
var zp = {
  id: 'storage-size-not-quantity',
  severity: 'error',
  title: {
    en: 'Volume size is not a Kubernetes quantity',
    ko: '\uBCFC\uB968 \uD06C\uAE30\uAC00 Kubernetes \uC218\uB7C9 \uD615\uC2DD\uC774 \uC544\uB2D9\uB2C8\uB2E4',
  },
  explanation: {
    en: 'Kubernetes sizes use binary suffixes (Ki, Mi, Gi, Ti) or decimal ones (k, M, G, T) without a trailing B. A value like 10GB cannot be parsed, so the claim is rejected and the message store has no volume.',
    ko: 'Kubernetes \uD06C\uAE30\uB294 \uC774\uC9C4 \uC811\uBBF8\uC0AC(Ki, Mi, Gi, Ti)\uB098 \uC2ED\uC9C4 \uC811\uBBF8\uC0AC(k, M, G, T)\uB97C \uC4F0\uBA70 \uB05D\uC5D0 B\uB97C \uBD99\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. 10GB \uAC19\uC740 \uAC12\uC740 \uD574\uC11D\uD560 \uC218 \uC5C6\uC5B4 PVC\uAC00 \uAC70\uBD80\uB418\uACE0 \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uC5D0 \uBCFC\uB968\uC774 \uC0DD\uAE30\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  },
  source: nt,
  check(t, e) {
    let n = t.resource
    for (let r of Xf) {
      let o = ys(n, r)?.resources
      if ($(o))
        for (let s of ['requests', 'limits']) {
          let i = $(o[s]) ? o[s].storage : void 0
          if (i === void 0 || ((typeof i == 'string' || typeof i == 'number') && je(i))) continue
          let a = [...Ve(r), 'persistentVolumeClaim', 'spec', 'resources', s, 'storage'],
            l = typeof i == 'string' ? Up(i) : void 0
          e(
            a,
            {
              en: `Storage size "${String(i)}" is not a Kubernetes quantity; write it like ${l ?? '10Gi'}.`,
              ko: `\uC800\uC7A5\uC18C \uD06C\uAE30 "${String(i)}"\uC740(\uB294) Kubernetes \uC218\uB7C9 \uD615\uC2DD\uC774 \uC544\uB2D9\uB2C8\uB2E4. ${l ?? '10Gi'}\uCC98\uB7FC \uC4F0\uC138\uC694.`,
            },
            l ? { fix: _({ en: `Use ${l}`, ko: `${l} \uC0AC\uC6A9` }, a, l) } : {},
          )
        }
    }
  },
}
var jp = {
  id: 'store-change-on-running-instance',
  severity: 'error',
  title: {
    en: 'Store or mode change on a running instance',
    ko: '\uC2E4\uD589 \uC911\uC778 \uC778\uC2A4\uD134\uC2A4\uC758 \uC800\uC7A5\uC18C \uB610\uB294 \uBAA8\uB4DC \uBCC0\uACBD',
  },
  explanation: {
    en: 'Milvus keeps its channels, positions and unflushed data in the message store it started with, and cluster and standalone lay out their data differently. Neither can be switched by editing the resource: the operator accepts the change, but Milvus then starts on an empty log or fails. Migrate instead: stop writes, flush, stop Milvus, change the settings and restart, or back up and restore into a new instance.',
    ko: 'Milvus\uB294 \uCC44\uB110, \uC704\uCE58, \uC544\uC9C1 \uD50C\uB7EC\uC2DC\uB418\uC9C0 \uC54A\uC740 \uB370\uC774\uD130\uB97C \uCC98\uC74C \uC2DC\uC791\uD55C \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uC5D0 \uB450\uBA70, cluster\uC640 standalone\uC740 \uB370\uC774\uD130 \uBC30\uCE58\uAC00 \uB2E4\uB985\uB2C8\uB2E4. \uC5B4\uB290 \uCABD\uB3C4 \uB9AC\uC18C\uC2A4\uB97C \uACE0\uCCD0\uC11C \uBC14\uAFC0 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC624\uD37C\uB808\uC774\uD130\uB294 \uBCC0\uACBD\uC744 \uBC1B\uC544\uB4E4\uC774\uC9C0\uB9CC Milvus\uB294 \uBE48 \uB85C\uADF8\uB85C \uC2DC\uC791\uD558\uAC70\uB098 \uC2E4\uD328\uD569\uB2C8\uB2E4. \uB300\uC2E0 \uC4F0\uAE30\uB97C \uBA48\uCD94\uACE0 \uD50C\uB7EC\uC2DC\uD55C \uB4A4 Milvus\uB97C \uC911\uC9C0\uD558\uACE0 \uC124\uC815\uC744 \uBC14\uAFD4 \uC7AC\uC2DC\uC791\uD558\uAC70\uB098, \uBC31\uC5C5 \uD6C4 \uC0C8 \uC778\uC2A4\uD134\uC2A4\uB85C \uBCF5\uC6D0\uD558\uB294 \uB9C8\uC774\uADF8\uB808\uC774\uC158\uC744 \uD558\uC138\uC694.',
  },
  source: gs,
  check(t, e) {
    let n = t.baseline
    if (!n) return
    let r = t.resource,
      [o, s] = [M(n), M(r)]
    o !== s &&
      e(le, {
        en: `The running instance uses ${J(o)} and the message store cannot change while Milvus runs (the operator does not stop this edit); keep msgStreamType: ${o}, or follow the migration runbook to move to ${J(s)}.`,
        ko: `\uC2E4\uD589 \uC911\uC778 \uC778\uC2A4\uD134\uC2A4\uB294 ${J(o)}\uC744(\uB97C) \uC4F0\uBA70 Milvus\uAC00 \uC2E4\uD589\uB418\uB294 \uB3D9\uC548\uC5D0\uB294 \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uB97C \uBC14\uAFC0 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4(\uC624\uD37C\uB808\uC774\uD130\uB294 \uC774 \uBCC0\uACBD\uC744 \uB9C9\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4). msgStreamType: ${o}\uB97C \uC720\uC9C0\uD558\uAC70\uB098, \uB9C8\uC774\uADF8\uB808\uC774\uC158 \uC808\uCC28\uC5D0 \uB530\uB77C ${J(s)}(\uC73C)\uB85C \uC62E\uAE30\uC138\uC694.`,
      })
    let [i, a] = [D(n), D(r)]
    i !== a &&
      e(['spec', 'mode'], {
        en: `The running instance is ${i} and cannot become ${a} in place (the operator accepts the edit but the data layout differs); keep mode: ${i}, or migrate into a new ${a} instance with backup and restore.`,
        ko: `\uC2E4\uD589 \uC911\uC778 \uC778\uC2A4\uD134\uC2A4\uB294 ${i} \uBAA8\uB4DC\uC774\uBA70 \uC81C\uC790\uB9AC\uC5D0\uC11C ${a} \uBAA8\uB4DC\uB85C \uBC14\uAFC0 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4(\uC624\uD37C\uB808\uC774\uD130\uB294 \uBCC0\uACBD\uC744 \uBC1B\uC544\uB4E4\uC774\uC9C0\uB9CC \uB370\uC774\uD130 \uBC30\uCE58\uAC00 \uB2E4\uB985\uB2C8\uB2E4). mode: ${i}\uB97C \uC720\uC9C0\uD558\uAC70\uB098, \uBC31\uC5C5\uACFC \uBCF5\uC6D0\uC73C\uB85C \uC0C8 ${a} \uC778\uC2A4\uD134\uC2A4\uB85C \uC62E\uAE30\uC138\uC694.`,
      })
  },
}
var pw = [
    ['rocksmq', 'rocksmq'],
    ['natsmq', 'natsmq'],
    ['woodpecker', 'woodpecker'],
    ['pulsar', 'pulsar'],
    ['kafka', 'kafka'],
    ['customMsgStream', 'custom'],
  ],
  Vp = {
    id: 'unused-store-block',
    severity: 'info',
    title: {
      en: 'Settings for a store that is not used',
      ko: '\uC0AC\uC6A9\uD558\uC9C0 \uC54A\uB294 \uC800\uC7A5\uC18C\uC758 \uC124\uC815',
    },
    explanation: {
      en: 'Only the block of the selected message store is read. The operator ignores blocks for other stores: it neither deploys them nor connects Milvus to them.',
      ko: '\uC120\uD0DD\uB41C \uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uC758 \uBE14\uB85D\uB9CC \uC77D\uD799\uB2C8\uB2E4. \uB2E4\uB978 \uC800\uC7A5\uC18C\uC758 \uBE14\uB85D\uC740 \uBB34\uC2DC\uB418\uC5B4 \uBC30\uD3EC\uB418\uC9C0\uB3C4, Milvus\uAC00 \uC5F0\uACB0\uB418\uC9C0\uB3C4 \uC54A\uC2B5\uB2C8\uB2E4.',
    },
    source: ps,
    check(t, e) {
      let n = t.resource,
        r = M(n),
        o = Pr(n),
        s = pw.filter(([i, a]) => {
          let l = n.spec.dependencies?.[i]
          return a !== r && $(l) && Object.keys(l).length > 0
        })
      for (let [i, a] of s) {
        let l = [...j, i]
        if (o) {
          e(
            l,
            {
              en: `spec.dependencies.${i} is ignored because msgStreamType is empty and the operator will pick ${r}; set msgStreamType: ${a} to use it, or remove the block.`,
              ko: `msgStreamType\uC774 \uBE44\uC5B4 \uC788\uC5B4 \uC624\uD37C\uB808\uC774\uD130\uAC00 ${r}\uC744(\uB97C) \uC120\uD0DD\uD558\uBBC0\uB85C spec.dependencies.${i}\uB294 \uBB34\uC2DC\uB429\uB2C8\uB2E4. \uC0AC\uC6A9\uD558\uB824\uBA74 msgStreamType: ${a}\uC744(\uB97C) \uC124\uC815\uD558\uACE0, \uC544\uB2C8\uBA74 \uBE14\uB85D\uC744 \uC0AD\uC81C\uD558\uC138\uC694.`,
            },
            {
              severity: 'warning',
              ...(s.length === 1
                ? { fix: _({ en: `Use ${a}`, ko: `${a} \uC0AC\uC6A9` }, le, a) }
                : {}),
            },
          )
          continue
        }
        e(
          l,
          {
            en: `spec.dependencies.${i} is ignored because msgStreamType is ${r}; remove the block or switch msgStreamType to ${a}.`,
            ko: `msgStreamType\uC774 ${r}\uC774\uBBC0\uB85C spec.dependencies.${i}\uB294 \uBB34\uC2DC\uB429\uB2C8\uB2E4. \uBE14\uB85D\uC744 \uC0AD\uC81C\uD558\uAC70\uB098 msgStreamType\uC744 ${a}(\uC73C)\uB85C \uBC14\uAFB8\uC138\uC694.`,
          },
          { fix: we({ en: `Remove ${i} settings`, ko: `${i} \uC124\uC815 \uC0AD\uC81C` }, l) },
        )
      }
    },
  }
var mw = {
  title: { en: 'Use milvus.io/v1beta1', ko: 'milvus.io/v1beta1 \uC0AC\uC6A9' },
  patches: [{ op: 'set', path: ['apiVersion'], value: 'milvus.io/v1beta1' }],
}
function hw(t) {
  let e = $(t) && $(t.spec) ? t.spec : {},
    n = $(e.dependencies) ? e.dependencies : {},
    r = $(n.rocksmq) ? n.rocksmq : {}
  return e.components !== void 0 || r.persistence !== void 0
}
var Hp = {
  id: 'v1alpha1-is-standalone',
  severity: 'info',
  title: {
    en: 'v1alpha1 Milvus is always standalone',
    ko: 'v1alpha1 Milvus\uB294 \uD56D\uC0C1 standalone\uC785\uB2C8\uB2E4',
  },
  explanation: {
    en: 'The operator converts a milvus.io/v1alpha1 Milvus into a v1beta1 Milvus in standalone mode; v1alpha1 has no spec.mode and drops cluster settings. Examples that deploy Pulsar or Kafka with it still run a single standalone pod. Use milvus.io/v1beta1 and set spec.mode.',
    ko: '\uC624\uD37C\uB808\uC774\uD130\uB294 milvus.io/v1alpha1 Milvus\uB97C standalone \uBAA8\uB4DC\uC758 v1beta1 Milvus\uB85C \uBCC0\uD658\uD569\uB2C8\uB2E4. v1alpha1\uC5D0\uB294 spec.mode\uAC00 \uC5C6\uACE0 \uD074\uB7EC\uC2A4\uD130 \uC124\uC815\uC740 \uBC84\uB824\uC9D1\uB2C8\uB2E4. Pulsar\uB098 Kafka\uB97C \uBC30\uD3EC\uD558\uB294 \uC608\uC81C\uB77C\uB3C4 standalone \uD30C\uB4DC \uD558\uB098\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4. milvus.io/v1beta1\uC744 \uC4F0\uACE0 spec.mode\uB97C \uC9C0\uC815\uD558\uC138\uC694.',
  },
  source: Qf,
  check(t, e) {
    if (t.original.apiVersion !== 'milvus.io/v1alpha1' || t.original.kind !== 'Milvus') return
    let n = M(t.resource),
      r = t.resource.metadata.name ?? '',
      o = t.resource.spec.dependencies,
      s = n === 'pulsar' || n === 'kafka' || o?.pulsar !== void 0 || o?.kafka !== void 0,
      i = s || /cluster/i.test(r),
      a = hw(st(t.raw)) ? {} : { fix: mw }
    e(
      ['apiVersion'],
      {
        en: `milvus.io/v1alpha1 Milvus always runs in standalone mode${s ? ', even with Pulsar or Kafka' : ''}; switch to apiVersion milvus.io/v1beta1 and set spec.mode (cluster or standalone).`,
        ko: `milvus.io/v1alpha1 Milvus\uB294 ${s ? 'Pulsar\uB098 Kafka\uB97C \uC4F0\uB354\uB77C\uB3C4 ' : ''}\uD56D\uC0C1 standalone \uBAA8\uB4DC\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4. apiVersion\uC744 milvus.io/v1beta1\uB85C \uBC14\uAFB8\uACE0 spec.mode(cluster \uB610\uB294 standalone)\uB97C \uC9C0\uC815\uD558\uC138\uC694.`,
      },
      { severity: i ? 'warning' : 'info', ...a },
    )
  },
}
function Wp(t) {
  return t == null || t === '' || (Array.isArray(t) && t.length === 0)
}
var Gp = {
  id: 'webhook-external-endpoint-required',
  severity: 'error',
  title: {
    en: 'External store without an address',
    ko: '\uC8FC\uC18C \uC5C6\uB294 \uC678\uBD80 \uC800\uC7A5\uC18C',
  },
  explanation: {
    en: 'For an external Kafka or Pulsar the operator cannot guess where the brokers are; its webhook rejects the resource until brokerList (Kafka) or endpoint (Pulsar) is set.',
    ko: '\uC678\uBD80 Kafka\uB098 Pulsar\uC758 \uACBD\uC6B0 \uC624\uD37C\uB808\uC774\uD130\uB294 \uBE0C\uB85C\uCEE4 \uC704\uCE58\uB97C \uC54C \uC218 \uC5C6\uC73C\uBBC0\uB85C, brokerList(Kafka)\uB098 endpoint(Pulsar)\uB97C \uC124\uC815\uD560 \uB54C\uAE4C\uC9C0 \uC6F9\uD6C5\uC774 \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
  },
  source: Kt,
  check(t, e) {
    let n = t.resource,
      r = M(n),
      o = (a) => Ot(st(t.raw), a),
      s = n.spec.dependencies?.kafka
    r === 'kafka' &&
      s?.external === !0 &&
      Wp(o([...j, 'kafka', 'brokerList'])) &&
      e([...j, 'kafka', 'brokerList'], {
        en: 'The operator rejects this with "spec.dependencies.kafka.brokerList should be configured"; list your Kafka brokers (host:9092) under brokerList.',
        ko: '\uC624\uD37C\uB808\uC774\uD130\uAC00 "spec.dependencies.kafka.brokerList should be configured" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4. brokerList\uC5D0 Kafka \uBE0C\uB85C\uCEE4(host:9092)\uB97C \uB098\uC5F4\uD558\uC138\uC694.',
      })
    let i = n.spec.dependencies?.pulsar
    r === 'pulsar' &&
      i?.external === !0 &&
      Wp(o([...j, 'pulsar', 'endpoint'])) &&
      e([...j, 'pulsar', 'endpoint'], {
        en: 'The operator rejects this with "spec.dependencies.pulsar.endpoint should be configured"; set endpoint to your Pulsar address (host:6650, one string).',
        ko: '\uC624\uD37C\uB808\uC774\uD130\uAC00 "spec.dependencies.pulsar.endpoint should be configured" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4. endpoint\uC5D0 Pulsar \uC8FC\uC18C(host:6650, \uBB38\uC790\uC5F4 \uD558\uB098)\uB97C \uC124\uC815\uD558\uC138\uC694.',
      })
  },
}
var gw = ['storageClassName', 'volumeName', 'volumeMode', 'volumeAttributesClassName'],
  yw = ['selector', 'dataSource', 'dataSourceRef', 'resources'],
  vw = {
    en: 'a map of resource names to quantities',
    ko: '\uB9AC\uC18C\uC2A4 \uC774\uB984\uACFC \uC218\uB7C9\uC758 \uB9E4\uD551',
  },
  kw = {
    en: 'a Kubernetes quantity (for example 10Gi)',
    ko: 'Kubernetes \uC218\uB7C9(\uC608: 10Gi)',
  },
  Sw = {
    en: 'a map (a PersistentVolumeClaim spec)',
    ko: '\uB9E4\uD551(PersistentVolumeClaim spec)',
  },
  bw = {
    en: 'a list of strings such as [ReadWriteOnce]',
    ko: '[ReadWriteOnce] \uAC19\uC740 \uBB38\uC790\uC5F4 \uBAA9\uB85D',
  },
  ww = { en: 'a string', ko: '\uBB38\uC790\uC5F4' },
  xw = { en: 'a map', ko: '\uB9E4\uD551' }
function Mw(t, e) {
  let n = []
  for (let r of ['requests', 'limits']) {
    let o = t[r]
    if (o !== void 0) {
      if (!$(o)) {
        n.push({ path: [...e, r], expected: vw })
        continue
      }
      for (let [s, i] of Object.entries(o))
        s !== 'storage' &&
          !((typeof i == 'string' || typeof i == 'number') && je(i)) &&
          n.push({ path: [...e, r, s], expected: kw })
    }
  }
  return n
}
function Aw(t, e) {
  if (!$(t)) return [{ path: e, expected: Sw }]
  let n = [],
    r = t.accessModes
  r !== void 0 &&
    !(Array.isArray(r) && r.every((o) => typeof o == 'string')) &&
    n.push({ path: [...e, 'accessModes'], expected: bw })
  for (let o of gw)
    t[o] !== void 0 &&
      t[o] !== null &&
      typeof t[o] != 'string' &&
      n.push({ path: [...e, o], expected: ww })
  for (let o of yw)
    t[o] !== void 0 && t[o] !== null && !$(t[o]) && n.push({ path: [...e, o], expected: xw })
  return ($(t.resources) && n.push(...Mw(t.resources, [...e, 'resources'])), n)
}
var Yp = {
  id: 'webhook-pvc-spec-invalid',
  severity: 'error',
  title: {
    en: 'Volume claim spec does not decode',
    ko: '\uD574\uC11D\uD560 \uC218 \uC5C6\uB294 PVC spec',
  },
  explanation: {
    en: 'The operator webhook decodes persistence.persistentVolumeClaim.spec of the selected built-in store as a Kubernetes PersistentVolumeClaimSpec and rejects the resource with "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]" when a field has the wrong type.',
    ko: '\uC624\uD37C\uB808\uC774\uD130 \uC6F9\uD6C5\uC740 \uC120\uD0DD\uB41C \uB0B4\uC7A5 \uC800\uC7A5\uC18C\uC758 persistence.persistentVolumeClaim.spec\uC744 Kubernetes PersistentVolumeClaimSpec\uC73C\uB85C \uD574\uC11D\uD558\uBA70, \uD544\uB4DC \uD615\uC2DD\uC774 \uD2C0\uB9AC\uBA74 "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]" \uC624\uB958\uB85C \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
  },
  source: Kt,
  check(t, e) {
    let n = t.resource,
      r = Dn(n)
    if (!r) return
    let o = Ot(st(t.raw), [...Ve(r), 'persistentVolumeClaim'])
    if (!$(o) || o.spec === void 0 || o.spec === null) return
    let s = [...Ve(r), 'persistentVolumeClaim', 'spec']
    for (let i of Aw(o.spec, s)) {
      let a = String(i.path[i.path.length - 1])
      e(i.path, {
        en: `The operator rejects this with "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]": ${a} must be ${i.expected.en}; correct its value.`,
        ko: `\uC624\uD37C\uB808\uC774\uD130\uAC00 "failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4. ${a} \uAC12\uC740 ${i.expected.ko} \uD615\uC2DD\uC774\uC5B4\uC57C \uD558\uB2C8 \uACE0\uCE58\uC138\uC694.`,
      })
    }
  },
}
var za = [...j, 'woodpecker', 'quorumBufferPools'],
  Qp = {
    id: 'webhook-woodpecker-pools',
    severity: 'error',
    title: {
      en: 'External Woodpecker without buffer pools',
      ko: '\uBC84\uD37C \uD480 \uC5C6\uB294 \uC678\uBD80 Woodpecker',
    },
    explanation: {
      en: 'An external Woodpecker is reached through quorumBufferPools: each pool needs a name and at least one seed (host:18080). The operator webhook rejects the resource otherwise.',
      ko: '\uC678\uBD80 Woodpecker\uB294 quorumBufferPools\uB97C \uD1B5\uD574 \uC811\uC18D\uD569\uB2C8\uB2E4. \uAC01 \uD480\uC5D0\uB294 \uC774\uB984\uACFC \uD558\uB098 \uC774\uC0C1\uC758 \uC2DC\uB4DC(host:18080)\uAC00 \uD544\uC694\uD558\uBA70, \uC5C6\uC73C\uBA74 \uC624\uD37C\uB808\uC774\uD130 \uC6F9\uD6C5\uC774 \uB9AC\uC18C\uC2A4\uB97C \uAC70\uBD80\uD569\uB2C8\uB2E4.',
    },
    source: Kt,
    check(t, e) {
      let n = t.resource,
        r = n.spec.dependencies?.woodpecker
      if (M(n) !== 'woodpecker' || r?.external !== !0) return
      let o = r.quorumBufferPools
      if (!Array.isArray(o) || o.length === 0) {
        e(za, {
          en: 'The operator rejects this with "spec.dependencies.woodpecker.quorumBufferPools should be configured"; add a pool with a name and the seeds of your LogStore nodes.',
          ko: '\uC624\uD37C\uB808\uC774\uD130\uAC00 "spec.dependencies.woodpecker.quorumBufferPools should be configured" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4. \uC774\uB984\uACFC LogStore \uB178\uB4DC \uC2DC\uB4DC\uB97C \uAC00\uC9C4 \uD480\uC744 \uCD94\uAC00\uD558\uC138\uC694.',
        })
        return
      }
      o.forEach((s, i) => {
        let a = $(s) ? s : {}
        ;((typeof a.name != 'string' || a.name === '') &&
          e([...za, i, 'name'], {
            en: `The operator rejects this with "spec.dependencies.woodpecker.quorumBufferPools[${i}].name should be configured"; give the pool a name.`,
            ko: `\uC624\uD37C\uB808\uC774\uD130\uAC00 "spec.dependencies.woodpecker.quorumBufferPools[${i}].name should be configured" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4. \uD480\uC5D0 \uC774\uB984\uC744 \uC9C0\uC815\uD558\uC138\uC694.`,
          }),
          (!Array.isArray(a.seeds) || a.seeds.length === 0) &&
            e([...za, i, 'seeds'], {
              en: `The operator rejects this with "spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds should be configured"; list at least one LogStore seed (host:18080).`,
              ko: `\uC624\uD37C\uB808\uC774\uD130\uAC00 "spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds should be configured" \uC624\uB958\uB85C \uAC70\uBD80\uD569\uB2C8\uB2E4. LogStore \uC2DC\uB4DC(host:18080)\uB97C \uD558\uB098 \uC774\uC0C1 \uB098\uC5F4\uD558\uC138\uC694.`,
            }))
      })
    },
  }
var Jp = {
  id: 'woodpecker-needs-milvus-2-6',
  severity: 'error',
  title: { en: 'Woodpecker before Milvus 2.6', ko: 'Milvus 2.6 \uC774\uC804\uC758 Woodpecker' },
  explanation: {
    en: 'Woodpecker arrived in Milvus 2.6.0. An older Milvus does not know mq.type woodpecker and exits at start.',
    ko: 'Woodpecker\uB294 Milvus 2.6.0\uBD80\uD130 \uC81C\uACF5\uB429\uB2C8\uB2E4. \uADF8\uBCF4\uB2E4 \uC624\uB798\uB41C Milvus\uB294 mq.type woodpecker\uB97C \uC54C\uC9C0 \uBABB\uD574 \uC2DC\uC791 \uC2DC \uC885\uB8CC\uB429\uB2C8\uB2E4.',
  },
  source: rt,
  check(t, e) {
    let n = t.resource
    if (M(n) !== 'woodpecker') return
    let r = rn(n)
    if (!r || on(n, 2, 6)) return
    let o = ot(n) ? 'pulsar' : 'rocksmq'
    e(
      le,
      {
        en: `Milvus ${r.raw} has no Woodpecker (it needs 2.6.0 or later); use a 2.6 image or switch msgStreamType to ${o}.`,
        ko: `Milvus ${r.raw}\uC5D0\uB294 Woodpecker\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4(2.6.0 \uC774\uC0C1 \uD544\uC694). 2.6 \uC774\uBBF8\uC9C0\uB97C \uC4F0\uAC70\uB098 msgStreamType\uC744 ${o}(\uC73C)\uB85C \uBC14\uAFB8\uC138\uC694.`,
      },
      { fix: _({ en: `Switch to ${J(o)}`, ko: `${J(o)}(\uC73C)\uB85C \uC804\uD658` }, le, o) },
    )
  },
}
var Cw = ['mode', 'components', 'hookConfig']
function Tw(t, e) {
  let n = e(t.path)
  if (n.length === t.path.length && n.every((o, s) => o === t.path[s]))
    return t.path[0] === 'spec' && Cw.includes(String(t.path[1])) ? void 0 : t
  if (!(n.length < 2 || n.at(-1) !== t.path.at(-1))) return { ...t, path: n }
}
function Rw(t, e) {
  let n = pt(e)
  if (n.liftedFrom === void 0) return t
  let r = []
  for (let o of t.patches) {
    let s = Tw(o, n.toOriginalPath)
    if (!s) return
    r.push(s)
  }
  return { ...t, patches: r }
}
function Xp(t) {
  return {
    ...t,
    check(e, n) {
      t.check(e, (r, o, s) => {
        if (!s?.fix) {
          n(r, o, s)
          return
        }
        let { fix: i, ...a } = s,
          l = Rw(i, e.raw)
        n(r, o, l ? { ...a, fix: l } : a)
      })
    },
  }
}
var Ew = [
    fp,
    Ip,
    $p,
    Jp,
    mp,
    up,
    dp,
    Vp,
    qp,
    Yp,
    Gp,
    Qp,
    Jf,
    Ep,
    Hp,
    Kp,
    Fp,
    cp,
    sp,
    ip,
    ap,
    gp,
    Ap,
    wp,
    xp,
    Mp,
    Cp,
    Rp,
    pp,
    Bp,
    zp,
    Dp,
    Sp,
    rp,
    Op,
    jp,
  ],
  Zp = Ew.map(Xp)
var bs = [...Zp, ...Yf]
var Bn = bt(dt(), 1),
  Pw = { prettyErrors: !1, uniqueKeys: !1, strict: !0 },
  ja = { maxChars: 6 * 1024 * 1024, maxDepth: 200, maxAliasCount: 1e4, maxDocuments: 1e3 }
function Lw(t, e) {
  let n = 0,
    r = [[t, 0]]
  for (; r.length > 0;) {
    let [o, s] = r.pop()
    if (o)
      switch (o.type) {
        case 'document':
          r.push([o.value, s])
          break
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
          if ((s + 1 > n && (n = s + 1), n > e)) return n
          for (let i of o.items) r.push(['key' in i ? i.key : void 0, s + 1], [i.value, s + 1])
          break
        default:
          break
      }
  }
  return n
}
function Kn(t, e, n, r) {
  return { code: 'yaml-limit', message: t, messageKo: e, start: n, end: r }
}
function Nw(t, e) {
  let n = new Bn.LineCounter()
  if (t.length > e.maxChars) {
    n.addNewLine(0)
    let f = (h) => (h / 1024 / 1024).toFixed(1),
      d = `The text is ${f(t.length)} MB; the studio reads at most ${f(e.maxChars)} MB.`,
      p = `\uD14D\uC2A4\uD2B8\uAC00 ${f(t.length)} MB\uC785\uB2C8\uB2E4. \uC2A4\uD29C\uB514\uC624\uB294 \uCD5C\uB300 ${f(e.maxChars)} MB\uAE4C\uC9C0 \uC77D\uC2B5\uB2C8\uB2E4.`
    return { documents: [], errors: [Kn(d, p, 0, 0)], lineCounter: n }
  }
  let r = Array.from(new Bn.Parser(n.addNewLine).parse(t)),
    o = r.filter((f) => f.type === 'document'),
    s = []
  if (o.length > e.maxDocuments) {
    let f = o[e.maxDocuments]
    s.push(
      Kn(
        `The text holds ${o.length} documents; only the first ${e.maxDocuments} are read.`,
        `\uBB38\uC11C\uAC00 ${o.length}\uAC1C \uC788\uC2B5\uB2C8\uB2E4. \uCC98\uC74C ${e.maxDocuments}\uAC1C\uB9CC \uC77D\uC2B5\uB2C8\uB2E4.`,
        f.offset,
        f.offset,
      ),
    )
  }
  let i = new Bn.Composer(Pw),
    a = [],
    l = [],
    c = 0
  for (let f = 0; f < r.length; f++) {
    let d = r[f]
    if (d.type === 'document') {
      if (c++ >= e.maxDocuments) break
      let p = $w(r, f, t.length)
      if (Lw(d, e.maxDepth) > e.maxDepth) {
        l.push({
          start: d.offset,
          end: p,
          limit: Kn(
            `This document nests deeper than ${e.maxDepth} levels; it is not read.`,
            `\uC774 \uBB38\uC11C\uB294 ${e.maxDepth}\uB2E8\uACC4\uBCF4\uB2E4 \uAE4A\uAC8C \uC911\uCCA9\uB418\uC5B4 \uC788\uC5B4 \uC77D\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.`,
            d.offset,
            d.offset,
          ),
        })
        continue
      }
      l.push({ start: d.offset, end: p })
    }
    for (let p of i.next(d)) a.push(p)
  }
  for (let f of i.end(c === 0, t.length)) a.push(f)
  return { documents: Ow(l, a, t.length), errors: s, lineCounter: n }
}
function $w(t, e, n) {
  for (let r = e + 1; r < t.length; r++) {
    let o = t[r]
    if (o.type === 'document') return o.offset
  }
  return n
}
function Ow(t, e, n) {
  if (t.length === 0) {
    let o = e[0]
    return [o ? { doc: o, start: o.range[0], end: o.range[2] } : { start: 0, end: n }]
  }
  let r = 0
  return t.map((o) => {
    if (o.limit) return o
    let s = e[r++]
    return s ? { doc: s, start: s.range[0], end: Math.max(s.range[2], o.start) } : o
  })
}
var em = 3,
  Iw = 2 * 1024 * 1024,
  ws = []
function tm(t, e) {
  let n = `${e.maxChars}/${e.maxDepth}/${e.maxDocuments}`,
    r = ws.find((s) => s.key === n && s.text === t)
  if (r) return r.stream
  let o = Nw(t, e)
  return (
    t.length > Iw ||
      (ws.unshift({ text: t, key: n, stream: o }), ws.length > em && (ws.length = em)),
    o
  )
}
var zt = bt(dt(), 1)
function nm(t) {
  let e = [],
    n = [t]
  for (; n.length > 0;) {
    let r = n.pop()
    if ((0, zt.isMap)(r)) {
      let o = new Set()
      for (let s of r.items) {
        if (!(0, zt.isPair)(s)) continue
        let i = s.key
        if ((0, zt.isScalar)(i)) {
          let a = `${typeof i.value}:${String(i.value)}`
          ;(o.has(a) &&
            i.range &&
            e.push({ key: String(i.value), start: i.range[0], end: i.range[1] }),
            o.add(a))
        } else i && n.push(i)
        n.push(s.value)
      }
    } else if ((0, zt.isSeq)(r)) for (let o of r.items) n.push(o)
  }
  return e.sort((r, o) => r.start - o.start)
}
var Sm = bt(dt(), 1)
var yt = Object.freeze(new Error('fast-yaml: outside the supported subset'))
function K() {
  throw yt
}
var Dw = /^(?:~|[Nn]ull|NULL)?$/,
  _w = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  qw = /^0o[0-7]+$/,
  Fw = /^[-+]?[0-9]+$/,
  Kw = /^0x[0-9a-fA-F]+$/,
  Bw = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  Uw = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  zw = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
function Un(t) {
  let e = t.charCodeAt(0)
  if ((e >= 97 && e <= 122) || (e >= 65 && e <= 90)) {
    let n = e | 32
    if (n !== 110 && n !== 116 && n !== 102) return t
  }
  return Dw.test(t)
    ? null
    : _w.test(t)
      ? t[0] === 't' || t[0] === 'T'
      : qw.test(t)
        ? parseInt(t.substring(2), 8)
        : Fw.test(t)
          ? parseInt(t, 10)
          : Kw.test(t)
            ? parseInt(t.substring(2), 16)
            : Bw.test(t)
              ? t.slice(-3).toLowerCase() === 'nan'
                ? NaN
                : t[0] === '-'
                  ? Number.NEGATIVE_INFINITY
                  : Number.POSITIVE_INFINITY
              : Uw.test(t) || zw.test(t)
                ? parseFloat(t)
                : t
}
var jw = {
    0: '\0',
    a: '\x07',
    b: '\b',
    e: '\x1B',
    f: '\f',
    n: `
`,
    r: '\r',
    t: '	',
    v: '\v',
    N: '\x85',
    _: '\xA0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
  },
  Vw = { x: 2, u: 4, U: 8 }
function Kr(t, e, n) {
  let r = '',
    o = e + 1,
    s = o
  for (; o < n;) {
    let i = t[o]
    if (i === '"') return { value: r + t.slice(s, o), end: o + 1 }
    if (i !== '\\') {
      o++
      continue
    }
    r += t.slice(s, o)
    let a = t[o + 1] ?? '',
      l = jw[a]
    if (l !== void 0) ((r += l), (o += 2))
    else {
      let c = Vw[a],
        f = c ? t.slice(o + 2, o + 2 + c) : ''
      ;(!c || f.length !== c || !/^[0-9a-fA-F]+$/.test(f)) && K()
      let d = parseInt(f, 16)
      ;(d > 1114111 && K(), (r += String.fromCodePoint(d)), (o += 2 + c))
    }
    s = o
  }
  return K()
}
function Br(t, e, n) {
  let r = '',
    o = e + 1,
    s = o
  for (; o < n;) {
    if (t[o] === "'") {
      if (t[o + 1] === "'") {
        ;((r += t.slice(s, o + 1)), (o += 2), (s = o))
        continue
      }
      return { value: r + t.slice(s, o), end: o + 1 }
    }
    o++
  }
  return K()
}
function rm(t, e, n) {
  let r = 0,
    o = '',
    s = e + 1
  for (; s < n && t[s] !== ' '; s++) {
    let i = t[s]
    !o && (i === '-' || i === '+') ? (o = i) : !r && i >= '1' && i <= '9' ? (r = Number(i)) : K()
  }
  for (; s < n; s++) t[s] !== ' ' && K()
  return { folded: t[e] === '>', indent: r, chomp: o }
}
function om(t, e, n) {
  let r = e.length
  for (let a = e.length - 1; a >= 0 && e[a][1] === ''; --a) r = a
  if (r === 0)
    return t.chomp === '+' && e.length > 0
      ? `
`.repeat(Math.max(1, e.length - 1))
      : ''
  let o = n + t.indent,
    s = 0
  for (let a = 0; a < r; ++a) {
    let [l, c] = e[a]
    if (c === '') t.indent === 0 && l > o && (o = l)
    else {
      ;(l < o && K(), t.indent === 0 && (o = l), (s = a), o === 0 && K())
      break
    }
  }
  for (let a = e.length - 1; a >= r; --a) e[a][0] > o && (r = a + 1)
  let i = ''
  for (let a = 0; a < s; ++a)
    i +=
      ' '.repeat(Math.max(0, e[a][0] - o)) +
      `
`
  if (((i += Hw(t.folded, e, s, r, o)), t.chomp === '+')) {
    for (let a = r; a < e.length; ++a)
      i +=
        `
` + ' '.repeat(Math.max(0, e[a][0] - o))
    i[i.length - 1] !==
      `
` &&
      (i += `
`)
  } else
    t.chomp === '' &&
      (i += `
`)
  return i
}
function Hw(t, e, n, r, o) {
  let s = '',
    i = '',
    a = !1
  for (let l = n; l < r; ++l) {
    let [c, f] = e[l]
    f && c < o && K()
    let d = ' '.repeat(Math.max(0, c - o))
    t
      ? c > o
        ? (i === ' '
            ? (i = `
`)
            : !a &&
              i ===
                `
` &&
              (i = `

`),
          (s += i + d + f),
          (i = `
`),
          (a = !0))
        : f === ''
          ? i ===
            `
`
            ? (s += `
`)
            : (i = `
`)
          : ((s += i + f), (i = ' '), (a = !1))
      : ((s += i + d + f),
        (i = `
`))
  }
  return s
}
function Va(t) {
  if (t.includes('	') || t.includes('\r') || t.includes('\uFEFF')) return
  let e = 1
  for (
    let a = t.indexOf(`
`);
    a >= 0;
    a = t.indexOf(
      `
`,
      a + 1,
    )
  )
    e++
  let n = new Int32Array(e),
    r = new Int32Array(e),
    o = new Int32Array(e),
    s = new Uint8Array(e),
    i = 0
  for (let a = 0; a < e; a++) {
    let l = t.indexOf(
        `
`,
        i,
      ),
      c = l < 0 ? t.length : l,
      f = i
    for (; f < c && t.charCodeAt(f) === 32;) f++
    ;((n[a] = i),
      (r[a] = c),
      (o[a] = f - i),
      (s[a] = f === c ? 0 : t.charCodeAt(f) === 35 ? 1 : 2),
      (i = c + 1))
  }
  return { text: t, starts: n, ends: r, indent: o, kind: s, count: e }
}
function sn(t, e, n) {
  for (; n > e;) {
    let r = t.charCodeAt(n - 1)
    if (r !== 10 && r !== 13 && r !== 32 && r !== 9) break
    n--
  }
  return n
}
var Ha = 32
function Ur(t, e, n) {
  for (; e < n && t.charCodeAt(e) === Ha;) e++
  return e
}
var sm = new Set('&*!%@`?:,[]{}#|>\'"-')
function Wa(t, e, n, r) {
  let o = t[e]
  if (o === '"' || o === "'") {
    let a = o === '"' ? Kr(t, e, n) : Br(t, e, n)
    return {
      t: 's',
      start: e,
      end: a.end,
      v: a.value,
      style: o === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
    }
  }
  ;(e >= n || sm.has(o)) && K()
  let s = e
  for (; s < n; s++) {
    let a = t.charCodeAt(s)
    if (a === 44 || a === r) break
    ;(a === 58 || a === 35 || a === 91 || a === 93 || a === 123 || a === 125) && K()
  }
  let i = sn(t, e, s)
  return { t: 's', start: e, end: i, v: Un(t.slice(e, i)), style: 'PLAIN' }
}
function im(t, e, n, r) {
  let o = Ur(t, e, n),
    s = t.charCodeAt(o)
  if (s === r) return { at: o + 1, closed: !0 }
  s !== 44 && K()
  let i = Ur(t, o + 1, n)
  return t.charCodeAt(i) === r ? { at: i + 1, closed: !0 } : { at: i, closed: !1 }
}
function Ww(t, e, n) {
  let r = [],
    o = Ur(t, e + 1, n),
    s = t.charCodeAt(o) === 93
  for (s && o++; !s;) {
    let i = Wa(t, o, n, 93)
    ;(r.push(i), ({ at: o, closed: s } = im(t, i.end, n, 93)))
  }
  return { t: 'q', start: e, end: o, items: r, flow: !0, v: r.map((i) => i.v) }
}
function Gw(t, e, n, r) {
  let o = [],
    s = {},
    i = Ur(t, e + 1, n),
    a = t.charCodeAt(i) === 125
  for (a && i++; !a;) {
    let l = Yw(t, i, n),
      c = Wa(t, Ur(t, l.after, n), n, 125),
      f = l.node.v === null ? '' : String(l.node.v)
    ;(f === '__proto__' || f === '<<') && K()
    let d = `${typeof l.node.v}:${String(l.node.v)}`
    ;(o.some((p) => `${typeof p.key.v}:${String(p.key.v)}` === d) && r.push(l.node),
      o.push({ key: l.node, value: c }),
      (s[f] = c.v),
      ({ at: i, closed: a } = im(t, c.end, n, 125)))
  }
  return { t: 'm', start: e, end: i, pairs: o, flow: !0, v: s }
}
function Yw(t, e, n) {
  let r = t[e],
    o
  if (r === '"' || r === "'") o = Wa(t, e, n, 125)
  else {
    ;(e >= n || sm.has(r)) && K()
    let s = e
    for (; s < n && t.charCodeAt(s) !== 58;) {
      let i = t.charCodeAt(s)
      ;((i === 44 || i === 35 || i === 91 || i === 93 || i === 123 || i === 125 || i === Ha) && K(),
        s++)
    }
    ;(s === e && K(), (o = { t: 's', start: e, end: s, v: Un(t.slice(e, s)), style: 'PLAIN' }))
  }
  return (
    (t.charCodeAt(o.end) !== 58 || t.charCodeAt(o.end + 1) !== Ha) && K(),
    { node: o, after: o.end + 1 }
  )
}
function am(t, e, n, r) {
  return t[e] === '[' ? Ww(t, e, n) : Gw(t, e, n, r)
}
var jt = 32
function um(t, e) {
  let n = { L: t, text: t.text, line: 0, depth: 0, maxDepth: e, duplicates: [] },
    r = zr(n, 0)
  if (r >= t.count) return { root: null, duplicates: [] }
  let o = Ya(n, r, t.starts[r] + t.indent[r], -1)
  return (
    zr(n, n.line) < t.count && K(),
    n.duplicates.sort((s, i) => s.start - i.start),
    { root: o, duplicates: n.duplicates }
  )
}
function zr(t, e) {
  let { kind: n, count: r } = t.L,
    o = e
  for (; o < r && n[o] !== 2;) o++
  return o
}
function Ga(t, e, n) {
  for (; e < n && t.charCodeAt(e) === jt;) e++
  return e
}
function Vr(t, e, n) {
  return t.charCodeAt(e) === 45 && (e + 1 === n || t.charCodeAt(e + 1) === jt)
}
function dm(t) {
  ++t.depth > t.maxDepth && K()
}
function Ya(t, e, n, r) {
  let o = n - t.L.starts[e],
    s = t.L.ends[e]
  if (Vr(t.text, n, s)) return ex(t, e, o)
  let i = fm(t, e, n)
  return i ? Zw(t, e, o, i) : hm(t, e, n, r)
}
var Qw = new Set('-?:,[]{}#&*!|>\'"%@`')
function fm(t, e, n) {
  let { text: r } = t,
    o = t.L.ends[e],
    s = r[n]
  if (s === '"' || s === "'") {
    let i = s === '"' ? Kr(r, n, o) : Br(r, n, o)
    if (r.charCodeAt(i.end) !== 58 || (i.end + 1 < o && r.charCodeAt(i.end + 1) !== jt)) return
    let a = s === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
    return { node: { t: 's', start: n, end: i.end, v: i.value, style: a }, after: i.end + 1 }
  }
  if (!Qw.has(s))
    for (let i = n; i < o; i++) {
      let a = r.charCodeAt(i)
      if (a === 35 && r.charCodeAt(i - 1) === jt) return
      if (!(a !== 58 || (i + 1 < o && r.charCodeAt(i + 1) !== jt)))
        return (
          (r.charCodeAt(i - 1) === jt || i - n > 1024) && K(),
          { node: { t: 's', start: n, end: i, v: Un(r.slice(n, i)), style: 'PLAIN' }, after: i + 1 }
        )
    }
}
function Jw(t, e) {
  let n = `${typeof e.v}:${String(e.v)}`
  return t.some((r) => `${typeof r.key.v}:${String(r.key.v)}` === n)
}
function Xw(t) {
  let e = t === null ? '' : String(t)
  return ((e === '__proto__' || e === '<<') && K(), e)
}
function Zw(t, e, n, r) {
  dm(t)
  let { text: o, L: s } = t,
    i = [],
    a = {},
    l = r,
    c = e
  for (;;) {
    let d = s.ends[c],
      p = Ga(o, l.after, d),
      h
    p === d || o.charCodeAt(p) === 35
      ? ((t.line = c + 1), (h = pm(t, n, !0, p, p < d)))
      : (h = hm(t, c, p, n))
    let y = Xw(l.node.v)
    ;(Object.prototype.hasOwnProperty.call(a, y) && Jw(i, l.node) && t.duplicates.push(l.node),
      i.push({ key: l.node, value: h }),
      (a[y] = h.v))
    let m = zr(t, t.line)
    if (m >= s.count || s.indent[m] < n) break
    s.indent[m] > n && K()
    let g = s.starts[m] + n,
      k = Vr(o, g, s.ends[m]) ? void 0 : fm(t, m, g)
    ;(k || K(), (l = k), (c = m))
  }
  t.depth--
  let f = r.node.start
  return { t: 'm', start: f, pairs: i, flow: !1, v: a, end: mm(t, f, n, i[i.length - 1].value) }
}
function ex(t, e, n) {
  dm(t)
  let { text: r, L: o } = t,
    s = [],
    i = o.starts[e] + n,
    a = e
  for (;;) {
    let c = o.ends[a],
      f = Ga(r, o.starts[a] + n + 1, c),
      d
    ;(f === c || r.charCodeAt(f) === 35
      ? ((t.line = a + 1), (d = pm(t, n, !1, f, f < c)))
      : (d = Ya(t, a, f, n)),
      s.push(d))
    let p = zr(t, t.line)
    if (
      p >= o.count ||
      o.indent[p] < n ||
      (o.indent[p] > n && K(), !Vr(r, o.starts[p] + n, o.ends[p]))
    )
      break
    a = p
  }
  t.depth--
  let l = s[s.length - 1]
  return { t: 'q', start: i, items: s, flow: !1, v: s.map((c) => c.v), end: mm(t, i, n, l) }
}
function pm(t, e, n, r, o) {
  let { L: s } = t,
    i = zr(t, t.line)
  if (i < s.count) {
    let l = s.indent[i],
      c = s.starts[i] + l
    if (l > e || (n && l === e && Vr(t.text, c, s.ends[i]))) return Ya(t, i, c, e)
  }
  let a = o ? s.ends[t.line - 1] : r
  for (let l = t.line; l < i; l++) s.kind[l] === 1 && (a = s.ends[l])
  return { t: 's', start: r, end: r, v: null, style: 'PLAIN', ...(a > r ? { reach: a } : {}) }
}
function tx(t, e, n) {
  let { L: r } = t,
    o = n.t !== 's' && !n.flow ? nx(t, n.start) : -1,
    s = -1,
    i = !1
  for (let a = t.line; a < r.count && r.kind[a] !== 2; a++) {
    if (r.kind[a] !== 1) continue
    let l = r.indent[a]
    ;(l <= e ? (i = !0) : l >= o ? (s = r.ends[a]) : K(), i && s >= 0 && K())
  }
  return s
}
function nx(t, e) {
  return (
    e -
    t.text.lastIndexOf(
      `
`,
      e - 1,
    ) -
    1
  )
}
function mm(t, e, n, r) {
  return sn(t.text, e, Math.max(r.reach ?? r.end, tx(t, n, r)))
}
function cm(t, e, n) {
  let r = Ga(t, e, n)
  return r === n ? {} : ((t.charCodeAt(r) !== 35 || r === e) && K(), { reach: n })
}
var rx = new Set('&*!%@`?:,[]{}#|>')
function hm(t, e, n, r) {
  let { text: o, L: s } = t,
    i = s.ends[e],
    a = o[n]
  if (((t.line = e + 1), a === '"' || a === "'")) {
    let d = a === '"' ? Kr(o, n, i) : Br(o, n, i),
      p = a === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
    return { t: 's', start: n, end: d.end, v: d.value, style: p, ...cm(o, d.end, i) }
  }
  if (a === '[' || a === '{') {
    t.depth + 1 > t.maxDepth && K()
    let d = am(o, n, i, t.duplicates)
    return { ...d, ...cm(o, d.end, i) }
  }
  if (a === '|' || a === '>') return sx(t, e, n, r)
  ;(rx.has(a) || Vr(o, n, i)) && K()
  let l = i
  for (let d = n + 1; d < i; d++) {
    let p = o.charCodeAt(d)
    if (
      (p === 58 && (d + 1 === i || o.charCodeAt(d + 1) === jt) && K(),
      p === 35 && o.charCodeAt(d - 1) === jt)
    ) {
      l = d
      break
    }
  }
  let c = sn(o, n, l),
    f = { t: 's', start: n, end: c, v: Un(o.slice(n, c)), style: 'PLAIN' }
  return l < i ? { ...f, reach: i } : f
}
function ox(t) {
  if (!t) return []
  let e = t.split(/\n( *)/),
    n = e[0],
    r = /^( *)/.exec(n)?.[1] ?? '',
    o = [[r.length, n.slice(r.length)]]
  for (let s = 1; s < e.length; s += 2) o.push([e[s].length, e[s + 1]])
  return o
}
function sx(t, e, n, r) {
  r < 0 && K()
  let { text: o, L: s } = t,
    i = rm(o, n, s.ends[e]),
    a = e + 1,
    l = -1
  for (; a < s.count && !(s.kind[a] !== 0 && s.indent[a] <= r); a++) s.kind[a] !== 0 && (l = a)
  t.line = a
  let c = e + 1 < s.count ? s.starts[e + 1] : o.length,
    f = a < s.count ? s.starts[a] : o.length,
    d = om(i, ox(o.slice(c, f)), r),
    p = l >= 0 ? sn(o, n, s.ends[l]) : sn(o, n, s.ends[e])
  return { t: 's', start: n, end: p, v: d, style: i.folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL' }
}
function He(t, e, n) {
  let r = t.linePos(e),
    o = t.linePos(n)
  return {
    start: { line: Math.max(1, r.line), col: r.col, offset: e },
    end: { line: Math.max(1, o.line), col: o.col, offset: n },
  }
}
function Ms(t, e, n, r) {
  return {
    code: 'yaml-duplicate-key',
    message: `The key "${e}" appears twice in this mapping; keep only one.`,
    messageKo: `"${e}" \uD0A4\uAC00 \uC774 \uB9E4\uD551\uC5D0 \uB450 \uBC88 \uB098\uC635\uB2C8\uB2E4. \uD558\uB098\uB9CC \uB0A8\uACA8 \uC8FC\uC138\uC694.`,
    range: He(t, n, r),
  }
}
function ix(t, e, n) {
  if (e.indent[n] !== 0 || e.kind[n] !== 2) return
  let r = e.starts[n],
    o = e.ends[n],
    s = t.charCodeAt(r)
  if (s === 37) throw yt
  if (s !== 45 && s !== 46) return
  let i = t.slice(r, r + 3)
  if (!(i !== '---' && i !== '...')) {
    for (let a = r + 3; a < o; a++) if (t.charCodeAt(a) !== 32) throw yt
    return i
  }
}
function ax(t, e) {
  let n = [],
    r = { marker: -1, from: 0 },
    o = !1
  for (let s = 0; s < e.count; s++) {
    let i = ix(t, e, s),
      a = e.starts[s]
    if (i === '---')
      (r && (r.marker >= 0 || o) && n.push({ ...r, to: a }),
        (r = { marker: a, from: s + 1 < e.count ? e.starts[s + 1] : t.length }),
        (o = !1))
    else if (i === '...') {
      if (!r || (r.marker < 0 && !o)) throw yt
      let l = s + 1 < e.count ? e.starts[s + 1] : t.length
      ;(n.push({ ...r, to: a, closedAt: l }), (r = void 0))
    } else if (e.kind[s] === 2) {
      if (!r) throw yt
      o = !0
    }
  }
  return (r && (r.marker >= 0 || o || n.length === 0) && n.push({ ...r, to: t.length }), n)
}
var lx = 32,
  gm = 4 * 1024 * 1024,
  zn = new Map(),
  As = 0,
  ym = -1
function cx(t, e) {
  ym !== e && (zn.clear(), (As = 0), (ym = e))
  let n = zn.get(t)
  if (n) return (Cs.cachedDocuments++, n)
  let r = Va(t)
  if (!r) throw yt
  let o = um(r, e)
  if ((Cs.parsedDocuments++, t.length <= gm)) {
    ;(zn.set(t, o), (As += t.length))
    for (let [s] of zn) {
      if (zn.size <= lx && As <= gm) break
      ;(zn.delete(s), (As -= s.length))
    }
  }
  return o
}
var Cs = { fast: 0, fallback: 0, parsedDocuments: 0, cachedDocuments: 0 }
function Ja(t, e, n, r, o) {
  if (n === e.length) {
    let i = [t.start + r, t.end + r]
    return (i[0] === i[1] && o && (i = o), o ? { value: i, key: o } : { value: i })
  }
  let s = String(e[n])
  if (t.t === 'm') {
    for (let i = t.pairs.length - 1; i >= 0; i--) {
      let a = t.pairs[i]
      if (String(a.key.v) !== s) continue
      let l = Ja(a.value, e, n + 1, r, [a.key.start + r, a.key.end + r])
      if (l) return l
    }
    return
  }
  if (t.t === 'q') {
    let i = Number(s),
      a = Number.isInteger(i) && String(i) === s ? t.items[i] : void 0
    return a ? Ja(a, e, n + 1, r) : void 0
  }
}
function ux(t) {
  let e = t
  for (;;)
    if (e.t === 'm' && !e.flow && e.pairs.length > 0) e = e.pairs[e.pairs.length - 1].value
    else if (e.t === 'q' && !e.flow && e.items.length > 0) e = e.items[e.items.length - 1]
    else return e
}
function vm(t, e, n) {
  for (let r = 0; r < t.count; r++) {
    let o = t.starts[r]
    if (o >= n.from && o < n.to && t.kind[r] === 1) return !0
  }
  return e.length < 0
}
function dx(t, e, n, r) {
  if (!r.root)
    return n.marker < 0
      ? [0, t.length]
      : [n.marker, n.closedAt ?? (vm(e, t, n) ? n.to : n.marker + 3)]
  let o = ux(r.root)
  if (o.t === 's' && o.start === o.end && n.closedAt === void 0) {
    let i = n.marker >= 0 ? n.marker : km(e, r.root.start + n.from)
    if (o.reach !== void 0 || vm(e, t, n)) throw yt
    return [i, o.end + n.from]
  }
  return [n.marker >= 0 ? n.marker : km(e, r.root.start + n.from), n.closedAt ?? n.to]
}
function km(t, e) {
  let n = 0,
    r = t.count - 1
  for (; n < r;) {
    let o = (n + r + 1) >> 1
    t.starts[o] <= e ? (n = o) : (r = o - 1)
  }
  return t.starts[n]
}
function fx(t, e, n, r, o, s) {
  let i = cx(t.slice(r.from, r.to), s),
    [a, l] = dx(t, e, r, i),
    c = He(n, a, l),
    f = r.from,
    d = r.marker + 3 - f,
    p = i.root ?? (r.marker >= 0 ? { t: 's', start: d, end: d, v: null, style: 'PLAIN' } : null),
    h = (k) => (p ? Ja(p, k, 0, f) : void 0),
    y = (k) => {
      for (let b = k.length; b >= 0; b--) {
        let w = h(b === k.length ? k : k.slice(0, b))
        if (!w) continue
        let A = b === k.length ? w.value : (w.key ?? w.value)
        return { range: He(n, A[0], A[1]), exact: b === k.length }
      }
      return { range: c, exact: !1 }
    },
    m = (k) => {
      let b = h(k)?.key
      return b ? He(n, b[0], b[1]) : void 0
    },
    g = i.duplicates.map((k) => Ms(n, String(k.v), k.start + f, k.end + f))
  return {
    index: o,
    value: p ? p.v : null,
    errors: g,
    warnings: [],
    range: c,
    rangeOf: y,
    keyRangeOf: m,
  }
}
function bm(t, e) {
  if (t.length > e.maxChars) return
  let n = Va(t)
  if (!n) return Qa()
  try {
    let r = ax(t, n)
    if (r.length > e.maxDocuments) return Qa()
    let o = new Sm.LineCounter()
    for (let i = 0; i < n.count; i++) o.addNewLine(n.starts[i])
    let s = r.map((i, a) => fx(t, n, o, i, a, e.maxDepth))
    return (Cs.fast++, { documents: s, errors: [], parser: 'fast' })
  } catch (r) {
    if (r === yt) return Qa()
    throw r
  }
}
function Qa() {
  Cs.fallback++
}
var Re = bt(dt(), 1)
function wm(t, e) {
  let n = e.range
  if (!n) return 0
  let r = n[1]
  for (; r > n[0];) {
    let o = t[r - 1]
    if (
      o !==
        `
` &&
      o !== '\r' &&
      o !== ' ' &&
      o !== '	'
    )
      break
    r--
  }
  return r
}
function Xa(t) {
  let e = ''
  for (let n of t) e += '\0' + String(n)
  return e
}
function px(t) {
  if ((0, Re.isScalar)(t)) return String(t.value)
  if (t == null) return ''
}
function xm(t, e) {
  let n = e.range
  return [n[0], Math.max(n[0], wm(t, e))]
}
function Mm(t, e) {
  let n = new Map(),
    r = (o, s, i) => {
      if (
        !o ||
        !((0, Re.isMap)(o) || (0, Re.isSeq)(o) || (0, Re.isScalar)(o) || (0, Re.isAlias)(o))
      ) {
        i && n.set(s, { value: i, key: i })
        return
      }
      let a = o.range ? xm(t, o) : i
      if (
        (a && a[0] === a[1] && i && (a = i),
        a && n.set(s, i ? { value: a, key: i } : { value: a }),
        (0, Re.isMap)(o))
      )
        for (let l of o.items) {
          if (!(0, Re.isPair)(l)) continue
          let c = px(l.key)
          if (c === void 0) continue
          let f = l.key,
            d = f?.range ? xm(t, f) : a
          r(l.value, s + '\0' + c, d)
        }
      else (0, Re.isSeq)(o) && o.items.forEach((l, c) => r(l, s + '\0' + String(c)))
    }
  return (r(e, ''), n)
}
var mx = {
  ALIAS_PROPS:
    '\uBCC4\uCE6D(*)\uC5D0\uB294 \uC575\uCEE4\uB098 \uD0DC\uADF8\uB97C \uBD99\uC77C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
  BAD_ALIAS:
    '\uBCC4\uCE6D(*)\uC774 \uAC00\uB9AC\uD0A4\uB294 \uC575\uCEE4(&)\uAC00 \uC55E\uC5D0 \uC815\uC758\uB418\uC5B4 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
  BAD_DIRECTIVE:
    '\uC54C \uC218 \uC5C6\uAC70\uB098 \uC798\uBABB\uB41C \uC9C0\uC2DC\uC790(%)\uC785\uB2C8\uB2E4.',
  BAD_DQ_ESCAPE:
    '\uD070\uB530\uC634\uD45C \uBB38\uC790\uC5F4 \uC548\uC758 \uC774\uC2A4\uCF00\uC774\uD504(\\)\uAC00 \uC798\uBABB\uB418\uC5C8\uC2B5\uB2C8\uB2E4.',
  BAD_INDENT:
    '\uB4E4\uC5EC\uC4F0\uAE30\uAC00 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAC19\uC740 \uB2E8\uACC4\uC758 \uD0A4\uB294 \uAC19\uC740 \uCE78\uC5D0\uC11C \uC2DC\uC791\uD574\uC57C \uD569\uB2C8\uB2E4.',
  BAD_PROP_ORDER:
    '\uC575\uCEE4\uC640 \uD0DC\uADF8\uC758 \uC21C\uC11C\uB098 \uC704\uCE58\uAC00 \uC798\uBABB\uB418\uC5C8\uC2B5\uB2C8\uB2E4.',
  BAD_SCALAR_START:
    '\uAC12\uC774 \uC774 \uBB38\uC790\uB85C \uC2DC\uC791\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB530\uC634\uD45C\uB85C \uAC10\uC2F8 \uC8FC\uC138\uC694.',
  BLOCK_AS_IMPLICIT_KEY:
    '\uC5EC\uB7EC \uC904 \uBE14\uB85D\uC740 \uD0A4\uB85C \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
  BLOCK_IN_FLOW:
    '\uC911\uAD04\uD638/\uB300\uAD04\uD638 \uC548\uC5D0\uB294 \uBE14\uB85D \uD615\uC2DD \uAC12\uC744 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
  DUPLICATE_KEY:
    '\uAC19\uC740 \uD0A4\uAC00 \uD55C \uB9F5\uC5D0 \uB450 \uBC88 \uB098\uC635\uB2C8\uB2E4. \uD558\uB098\uB9CC \uB0A8\uACA8 \uC8FC\uC138\uC694.',
  IMPOSSIBLE: 'YAML \uD30C\uC11C \uB0B4\uBD80 \uC624\uB958\uC785\uB2C8\uB2E4.',
  KEY_OVER_1024_CHARS:
    '\uC554\uC2DC\uC801 \uD0A4\uB294 1024\uC790\uB97C \uB118\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
  MISSING_CHAR:
    '\uB2EB\uB294 \uB530\uC634\uD45C\uB098 \uAD04\uD638, \uCF5C\uB860 \uAC19\uC740 \uD544\uC694\uD55C \uBB38\uC790\uAC00 \uBE60\uC838 \uC788\uC2B5\uB2C8\uB2E4.',
  MULTILINE_IMPLICIT_KEY:
    '\uD0A4\uB294 \uD55C \uC904\uC5D0 \uC788\uC5B4\uC57C \uD569\uB2C8\uB2E4. \uCF5C\uB860(:) \uB4A4\uC5D0 \uACF5\uBC31\uC774 \uC788\uB294\uC9C0 \uD655\uC778\uD574 \uC8FC\uC138\uC694.',
  MULTIPLE_ANCHORS:
    '\uD55C \uAC12\uC5D0 \uC575\uCEE4(&)\uAC00 \uB458 \uC774\uC0C1 \uBD99\uC5B4 \uC788\uC2B5\uB2C8\uB2E4.',
  MULTIPLE_DOCS:
    '\uBB38\uC11C\uAC00 \uD558\uB098\uC5EC\uC57C \uD558\uB294 \uACF3\uC5D0 \uC5EC\uB7EC \uBB38\uC11C\uAC00 \uC788\uC2B5\uB2C8\uB2E4.',
  MULTIPLE_TAGS:
    '\uD55C \uAC12\uC5D0 \uD0DC\uADF8(!)\uAC00 \uB458 \uC774\uC0C1 \uBD99\uC5B4 \uC788\uC2B5\uB2C8\uB2E4.',
  NON_STRING_KEY: '\uD0A4\uAC00 \uBB38\uC790\uC5F4\uC774 \uC544\uB2D9\uB2C8\uB2E4.',
  RESOURCE_EXHAUSTION:
    '\uBCC4\uCE6D \uD655\uC7A5\uC774 \uB108\uBB34 \uB9CE\uC544 \uC77D\uAE30\uB97C \uC911\uB2E8\uD588\uC2B5\uB2C8\uB2E4.',
  TAB_AS_INDENT:
    '\uB4E4\uC5EC\uC4F0\uAE30\uC5D0 \uD0ED\uC744 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uACF5\uBC31\uC744 \uC0AC\uC6A9\uD574 \uC8FC\uC138\uC694.',
  TAG_RESOLVE_FAILED:
    '\uC54C \uC218 \uC5C6\uB294 \uD0DC\uADF8\uC785\uB2C8\uB2E4. \uAC12\uC740 \uC2E4\uD589\uB418\uC9C0 \uC54A\uACE0 \uC77C\uBC18 \uB370\uC774\uD130\uB85C\uB9CC \uC77D\uD799\uB2C8\uB2E4.',
  UNEXPECTED_TOKEN:
    '\uC774 \uC704\uCE58\uC5D0 \uC62C \uC218 \uC5C6\uB294 \uB0B4\uC6A9\uC785\uB2C8\uB2E4.',
  BAD_COLLECTION_TYPE:
    '\uD0DC\uADF8\uAC00 \uCEEC\uB809\uC158 \uC885\uB958\uC640 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
}
function Am(t) {
  return mx[t] ?? 'YAML \uAD6C\uBB38 \uC624\uB958\uC785\uB2C8\uB2E4.'
}
var Za = '__proto__'
function Cm(t, e) {
  let n = new Set(),
    r = [[t, []]]
  for (; r.length > 0;) {
    let [o, s] = r.pop()
    if (typeof o != 'object' || o === null || n.has(o)) continue
    if ((n.add(o), Array.isArray(o))) {
      o.forEach((a, l) => r.push([a, [...s, l]]))
      continue
    }
    let i = o
    Object.prototype.hasOwnProperty.call(i, Za) && (delete i[Za], e.push([...s, Za]))
    for (let a of Object.keys(i)) r.push([i[a], [...s, a]])
  }
  return t
}
function el(t, e) {
  return { code: e.code, message: e.message, messageKo: e.messageKo, range: He(t, e.start, e.end) }
}
function Tm(t, e) {
  let n =
      e.code === 'DUPLICATE_KEY'
        ? 'yaml-duplicate-key'
        : e.code === 'TAG_RESOLVE_FAILED'
          ? 'yaml-tag'
          : 'yaml-syntax',
    r =
      e.code === 'TAG_RESOLVE_FAILED'
        ? `${e.message}; the value is kept as plain data and never executed.`
        : e.message
  return { code: n, message: r, messageKo: Am(e.code), range: He(t, e.pos[0], e.pos[1]) }
}
function hx(t, e, n) {
  try {
    let r = t.toJS({ maxAliasCount: e.maxAliasCount }),
      o = []
    return { value: n ? Cm(r, o) : r, unsafe: o }
  } catch (r) {
    let o = t.contents?.range?.[0] ?? t.range[0],
      i =
        r instanceof ReferenceError
          ? Kn(
              `Aliases expand to more than ${e.maxAliasCount} values (an alias bomb); this document is not read.`,
              `\uBCC4\uCE6D\uC774 ${e.maxAliasCount}\uAC1C\uAC00 \uB118\uB294 \uAC12\uC73C\uB85C \uD3BC\uCCD0\uC9D1\uB2C8\uB2E4(\uBCC4\uCE6D \uD3ED\uD0C4). \uC774 \uBB38\uC11C\uB294 \uC77D\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.`,
              o,
              o,
            )
          : Kn(
              `This document could not be read: ${String(r)}`,
              `\uC774 \uBB38\uC11C\uB97C \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: ${String(r)}`,
              o,
              o,
            )
    return { value: null, unsafe: [], limit: i }
  }
}
function gx(t, e, n, r, o) {
  let s = He(e, n.start, n.end),
    i = n.doc
  if (!i) {
    let y = n.limit ? [el(e, n.limit)] : []
    return {
      index: r,
      value: null,
      errors: y,
      warnings: [],
      range: s,
      rangeOf: () => ({ range: s, exact: !1 }),
      keyRangeOf: () => {},
    }
  }
  let a = hx(i, o, t.includes('__proto__')),
    l,
    c = () => (l ??= Mm(t, i.contents)),
    f = (y) => {
      let m = c()
      for (let g = y.length; g >= 0; g--) {
        let k = m.get(Xa(g === y.length ? y : y.slice(0, g)))
        if (!k) continue
        let b = g === y.length ? k.value : (k.key ?? k.value)
        return { range: He(e, b[0], b[1]), exact: g === y.length }
      }
      return { range: s, exact: !1 }
    },
    d = (y) => {
      let m = c().get(Xa(y))?.key
      return m ? He(e, m[0], m[1]) : void 0
    },
    p = i.errors.map((y) => Tm(e, y))
  for (let y of nm(i.contents)) p.push(Ms(e, y.key, y.start, y.end))
  a.limit && p.push(el(e, a.limit))
  let h = i.warnings.map((y) => Tm(e, y))
  for (let y of a.unsafe)
    h.push({
      code: 'yaml-unsafe-key',
      message: 'A `__proto__` key was ignored: it could change how objects behave.',
      messageKo:
        '`__proto__` \uD0A4\uB294 \uAC1D\uCCB4 \uB3D9\uC791\uC744 \uBC14\uAFC0 \uC218 \uC788\uC5B4 \uBB34\uC2DC\uD588\uC2B5\uB2C8\uB2E4.',
      range: f(y).range,
    })
  return { index: r, value: a.value, errors: p, warnings: h, range: s, rangeOf: f, keyRangeOf: d }
}
function yx(t, e) {
  let n = { ...ja, ...e },
    r = tm(t, n),
    o = r.lineCounter
  return {
    documents: r.documents.map((s, i) => gx(t, o, s, i, n)),
    errors: r.errors.map((s) => el(o, s)),
    parser: 'yaml',
  }
}
function Rm(t, e) {
  let n = { ...ja, ...e }
  return bm(t, n) ?? yx(t, n)
}
var jn = new Map(),
  Pm = { reused: 0, checked: 0 }
function Em(t, e, n) {
  return { line: t.line + n, col: t.col, offset: t.offset + e }
}
function vx(t, e, n) {
  return { start: Em(t.start, e, n), end: Em(t.end, e, n) }
}
function kx(t, e, n) {
  return t.range ? { ...t, range: vx(t.range, e, n) } : t
}
function Lm(t, e, n, r) {
  let o = jn.get(t)
  if (!o || o.rules !== e.rules || o.baseline !== e.baseline) return
  Pm.reused++
  let s = r.offset - o.startOffset,
    i = r.line - o.startLine
  return s === 0 && i === 0 && o.derived.index === n
    ? o.derived
    : { ...o.derived, index: n, findings: o.derived.findings.map((a) => kx(a, s, i)) }
}
function Nm(t, e, n, r) {
  if ((Pm.checked++, !(t.length > 4194304))) {
    ;(jn.delete(t),
      jn.set(t, {
        rules: e.rules,
        baseline: e.baseline,
        startOffset: n.offset,
        startLine: n.line,
        derived: r,
      }))
    for (let o of jn.keys()) {
      if (jn.size <= 16) break
      jn.delete(o)
    }
  }
}
var Sx = 'YAML 1.2 (yaml library); Kubernetes reads manifests as YAML',
  $m = {
    'yaml-syntax': {
      en: 'The text is not valid YAML at this point, so this document cannot be read. The form keeps showing the last version that parsed until the text is fixed.',
      ko: '\uC774 \uC704\uCE58\uC758 \uD14D\uC2A4\uD2B8\uAC00 \uC62C\uBC14\uB978 YAML\uC774 \uC544\uB2C8\uC5B4\uC11C \uBB38\uC11C\uB97C \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD14D\uC2A4\uD2B8\uB97C \uACE0\uCE60 \uB54C\uAE4C\uC9C0 \uD3FC\uC740 \uB9C8\uC9C0\uB9C9\uC73C\uB85C \uC77D\uC740 \uBC84\uC804\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4.',
    },
    'yaml-duplicate-key': {
      en: 'A key appears twice in the same mapping. kubectl and the API server keep only one of the two values, so the other setting is silently lost; delete the one you do not want.',
      ko: '\uAC19\uC740 \uB9E4\uD551\uC5D0 \uD0A4\uAC00 \uB450 \uBC88 \uB098\uC635\uB2C8\uB2E4. kubectl\uACFC API \uC11C\uBC84\uB294 \uB450 \uAC12 \uC911 \uD558\uB098\uB9CC \uB0A8\uAE30\uBBC0\uB85C \uB2E4\uB978 \uC124\uC815\uC740 \uB9D0\uC5C6\uC774 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4. \uC6D0\uD558\uC9C0 \uC54A\uB294 \uCABD\uC744 \uC9C0\uC6CC \uC8FC\uC138\uC694.',
    },
    'yaml-limit': {
      en: 'The studio stops reading documents that would take too long or too much memory (huge inputs, deep nesting, alias bombs, thousands of documents), so a hostile paste cannot freeze the page.',
      ko: '\uC2A4\uD29C\uB514\uC624\uB294 \uB108\uBB34 \uC624\uB798 \uAC78\uB9AC\uAC70\uB098 \uBA54\uBAA8\uB9AC\uB97C \uB9CE\uC774 \uC4F0\uB294 \uBB38\uC11C(\uC544\uC8FC \uD070 \uC785\uB825, \uAE4A\uC740 \uC911\uCCA9, \uBCC4\uCE6D \uD3ED\uD0C4, \uC218\uCC9C \uAC1C\uC758 \uBB38\uC11C)\uB294 \uC77D\uAE30\uB97C \uBA48\uCDA5\uB2C8\uB2E4. \uC545\uC758\uC801\uC778 \uBD99\uC5EC\uB123\uAE30\uB85C \uD398\uC774\uC9C0\uAC00 \uBA48\uCD94\uC9C0 \uC54A\uAC8C \uD558\uAE30 \uC704\uD574\uC11C\uC785\uB2C8\uB2E4.',
    },
    'yaml-tag': {
      en: 'Tags such as !!js/function or !!python/object make some YAML libraries run code. The studio never does: it reads the value as plain data. Kubernetes does not know these tags either, so remove them.',
      ko: '!!js/function\uC774\uB098 !!python/object \uAC19\uC740 \uD0DC\uADF8\uB294 \uC77C\uBD80 YAML \uB77C\uC774\uBE0C\uB7EC\uB9AC\uC5D0\uC11C \uCF54\uB4DC\uB97C \uC2E4\uD589\uD558\uAC8C \uD569\uB2C8\uB2E4. \uC2A4\uD29C\uB514\uC624\uB294 \uC808\uB300 \uC2E4\uD589\uD558\uC9C0 \uC54A\uACE0 \uAC12\uC744 \uC77C\uBC18 \uB370\uC774\uD130\uB85C\uB9CC \uC77D\uC2B5\uB2C8\uB2E4. \uCFE0\uBC84\uB124\uD2F0\uC2A4\uB3C4 \uC774\uB7F0 \uD0DC\uADF8\uB97C \uBAA8\uB974\uBBC0\uB85C \uC9C0\uC6CC \uC8FC\uC138\uC694.',
    },
    'yaml-unsafe-key': {
      en: 'A `__proto__` key can change how JavaScript objects behave in tools that merge data. It is never a Milvus field, so the studio ignores it.',
      ko: '`__proto__` \uD0A4\uB294 \uB370\uC774\uD130\uB97C \uBCD1\uD569\uD558\uB294 \uB3C4\uAD6C\uC5D0\uC11C JavaScript \uAC1D\uCCB4\uC758 \uB3D9\uC791\uC744 \uBC14\uAFC0 \uC218 \uC788\uC2B5\uB2C8\uB2E4. Milvus \uD544\uB4DC\uAC00 \uC544\uB2C8\uBBC0\uB85C \uC2A4\uD29C\uB514\uC624\uB294 \uC774 \uD0A4\uB97C \uBB34\uC2DC\uD569\uB2C8\uB2E4.',
    },
  },
  bx = $m['yaml-syntax']
function Ts(t, e) {
  return {
    rule: t.code,
    severity: e,
    path: [],
    message: { en: t.message, ko: t.messageKo ?? t.message },
    explanation: $m[t.code] ?? bx,
    source: Sx,
    range: t.range,
  }
}
function Om(t, e, n) {
  return {
    rule: 'normalize',
    severity: 'warning',
    path: [...t],
    message: e,
    explanation: {
      en: 'The studio could not read this value as the field it stands for, so the form and the checks ignore it. The text is left as you wrote it.',
      ko: '\uC774 \uAC12\uC744 \uD574\uB2F9 \uD544\uB4DC\uB85C \uC77D\uC744 \uC218 \uC5C6\uC5B4 \uD3FC\uACFC \uAC80\uC0AC\uC5D0\uC11C \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4. \uD14D\uC2A4\uD2B8\uB294 \uC791\uC131\uD55C \uADF8\uB300\uB85C \uB461\uB2C8\uB2E4.',
    },
    source: 'milvus-config-studio normalize()',
    ...(n ? { range: n } : {}),
  }
}
var tl = 'milvus.io/'
function Rs(t) {
  return typeof t == 'object' && t !== null && !Array.isArray(t)
}
function nl(t) {
  return typeof t == 'string' ? t : ''
}
function _m(t, e) {
  return e === 'Milvus'
    ? t === '' || t === `${tl}v1beta1` || t === `${tl}v1alpha1`
    : e === 'MilvusCluster' && t === `${tl}v1alpha1`
}
function qm(t, e, n = (r) => r) {
  let r = e.rangeOf(n(t.path))
  return r ? { ...t, range: r.range } : t
}
var Im = { error: 0, warning: 1, info: 2 }
function Es(t) {
  let e = (n) => n.range?.start.offset ?? -1
  return [...t].sort(
    (n, r) =>
      Im[n.severity] - Im[r.severity] ||
      e(n) - e(r) ||
      (n.rule < r.rule ? -1 : n.rule > r.rule ? 1 : 0),
  )
}
function wx(t) {
  return [...t.errors.map((e) => Ts(e, 'error')), ...t.warnings.map((e) => Ts(e, 'warning'))]
}
function xx(t, e, n, r) {
  let o = pt(t.value),
    { resource: s, issues: i } = $r(o.value),
    a = {
      resource: s,
      original: { apiVersion: e, kind: n },
      raw: t.value,
      ...(r.baseline ? { baseline: r.baseline } : {}),
    },
    l = _a(a, r.rules ?? bs).map((d) => qm(d, t, o.toOriginalPath)),
    c = new Set(l.map((d) => d.path.join('\0'))),
    f = i
      .filter((d) => !c.has(d.path.join('\0')))
      .map((d) => Om(d.path, d.message, t.rangeOf(o.toOriginalPath(d.path))?.range))
  return { resource: s, liftedFrom: o.liftedFrom, notes: o.notes, findings: [...l, ...f] }
}
function Dm(t, e) {
  let n = t.value,
    r = Rs(n) ? nl(n.apiVersion) : '',
    o = Rs(n) ? nl(n.kind) : '',
    s = Rs(n) && Rs(n.metadata) ? nl(n.metadata.name) : '',
    i = _m(r, o),
    a = wx(t),
    l = t.errors.length > 0,
    c = { index: t.index, apiVersion: r, kind: o, name: s, isMilvus: i, hasSyntaxErrors: l }
  if (!i || l) return { ...c, findings: Es(a) }
  let f = xx(t, r, o, e)
  return {
    ...c,
    resource: f.resource,
    ...(f.liftedFrom !== void 0 ? { liftedFrom: f.liftedFrom, liftNotes: f.notes } : {}),
    findings: Es([...a, ...f.findings]),
  }
}
function Hr(t, e = {}) {
  let n = Rm(t),
    r = n.parser === 'fast',
    o = n.documents.map((d) => {
      if (!r) return Dm(d, e)
      let p = t.slice(d.range.start.offset, d.range.end.offset),
        h = Lm(p, e, d.index, d.range.start)
      if (h) return h
      let y = Dm(d, e)
      return (Nm(p, e, d.range.start, y), y)
    }),
    s = o.findIndex((d) => d.isMilvus),
    i = o[s],
    a = n.errors.map((d) => Ts(d, 'error')),
    l = o.filter((d) => d !== i).flatMap((d) => d.findings),
    c = Es([...a, ...(i?.findings ?? []), ...l]),
    f = n.errors.length === 0 && (i ? !i.hasSyntaxErrors : o.every((d) => !d.hasSyntaxErrors))
  return {
    source: t,
    documents: o,
    milvusIndex: s,
    ...(i?.resource ? { resource: i.resource } : {}),
    findings: c,
    ok: f,
  }
}
var Fm = bt(dt(), 1)
var Mx = ['Milvus', 'MilvusCluster']
function rl(t) {
  let e = []
  try {
    let s = (0, Fm.parseAllDocuments)(t)
    Array.isArray(s) && s.forEach((i, a) => e.push(Ax(i, a)))
  } catch {
    return { documents: e, milvusIndex: -1 }
  }
  let n = e.findIndex((s) => Mx.includes(s.kind) && !s.hasErrors),
    r = e[n]?.value
  if (n < 0 || r === void 0) return { documents: e, milvusIndex: -1 }
  let { resource: o } = $r(pt(r).value)
  return { documents: e, milvusIndex: n, resource: o }
}
function Ax(t, e) {
  let n
  try {
    n = t.toJS({ maxAliasCount: 1e3 })
  } catch {
    n = null
  }
  let r = n !== null && typeof n == 'object' ? n : {},
    o = r.metadata !== null && typeof r.metadata == 'object' ? r.metadata : {}
  return {
    index: e,
    value: n,
    kind: typeof r.kind == 'string' ? r.kind : '',
    name: typeof o.name == 'string' ? o.name : '',
    hasErrors: t.errors.length > 0,
  }
}
function We(t) {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(t) ? t : `'${t.replace(/'/g, "'\\''")}'`
}
function Cx(t, e = 'MILVUS_MANIFEST') {
  let n = new Set(t.split(/\r?\n/).map((o) => o.trim())),
    r = e
  for (let o = 1; n.has(r); o++) r = `${e}_${o}`
  return r
}
function Km(t, e) {
  let n = Cx(t)
  return t.endsWith(`
`)
    ? `${e} <<'${n}'
${t}${n}`
    : `printf '%s' "$(cat <<'${n}'
${t}
${n}
)" | ${e}`
}
var Tx = `https://github.com/zilliztech/milvus-operator/releases/download/v${et}`,
  Rx = `${Tx}/milvus-operator-${et}.tgz`,
  Ex = `https://raw.githubusercontent.com/zilliztech/milvus-operator/v${et}/deploy/manifests/deployment.yaml`
function ol(t, e = {}) {
  let n = rl(t),
    r = n.resource,
    o = r?.metadata.name ?? '',
    s =
      typeof r?.metadata.namespace == 'string' && r.metadata.namespace !== ''
        ? r.metadata.namespace
        : 'default',
    i = [Px(o), Lx(e.operatorInstall ?? 'helm'), Nx(s), Ox($x(r, n.documents), s), Ix(t, s)]
  return (
    r && o !== '' && i.push(Dx(r, o, s)),
    i.filter((a) => a !== '').join(`

`) +
      `
`
  )
}
function Px(t) {
  return [
    '#!/usr/bin/env bash',
    `# Bring up the Milvus resource${t ? ` "${t.replace(/[\r\n]/g, ' ')}"` : ''} with Milvus Operator v${et}.`,
    '# Generated by Milvus Config Studio. Read it, replace the placeholders, then run it.',
    'set -euo pipefail',
  ].join(`
`)
}
function Lx(t) {
  return t === 'manifest'
    ? [
        `# 1. Install or upgrade the operator from its v${et} manifest (cert-manager is optional).`,
        `kubectl apply -f ${Ex}`,
        'kubectl wait --for=condition=Available deployment --all -n milvus-operator --timeout=5m',
      ].join(`
`)
    : [
        `# 1. Install or upgrade the operator with Helm, pinned to v${et}.`,
        '#    With a non-default cert-manager, add: --set checker.disableCertManagerCheck=true',
        `helm upgrade --install milvus-operator ${Rx} \\`,
        '  -n milvus-operator --create-namespace --wait',
      ].join(`
`)
}
function Nx(t) {
  return [
    '# 2. The namespace (created only if it does not exist yet).',
    `kubectl create namespace ${We(t)} --dry-run=client -o yaml | kubectl apply -f -`,
  ].join(`
`)
}
function $x(t, e) {
  if (!t) return []
  let n = t.spec.dependencies ?? {},
    r = new Set(e.filter((a) => a.kind === 'Secret').map((a) => a.name)),
    o = [],
    s = n.kafka?.secretRef
  typeof s == 'string' &&
    s !== '' &&
    M(t) === 'kafka' &&
    o.push({
      name: s,
      keys: ['username', 'password'],
      why: 'Kafka SASL credentials (dependencies.kafka.secretRef)',
    })
  let i = n.storage?.secretRef
  return (
    n.storage?.external === !0 &&
      typeof i == 'string' &&
      i !== '' &&
      o.push({
        name: i,
        keys: ['accesskey', 'secretkey'],
        why: 'object storage keys (dependencies.storage.secretRef)',
      }),
    o.filter((a) => !r.has(a.name))
  )
}
function Ox(t, e) {
  if (t.length === 0) return ''
  let n = [
    '# 3. Secrets the config refers to. PLACEHOLDER values: replace them with the real ones first',
    '#    (or create the Secrets another way and delete these lines).',
  ]
  for (let r of t) {
    n.push(`# ${r.why}`)
    let o = r.keys.map((s) => `--from-literal=${s}=${We(`<${s.toUpperCase()}-PLACEHOLDER>`)}`)
    n.push(
      `kubectl create secret generic ${We(r.name)} -n ${We(e)} \\`,
      `  ${o.join(' ')} \\`,
      '  --dry-run=client -o yaml | kubectl apply -f -',
    )
  }
  return n.join(`
`)
}
function Ix(t, e) {
  return [
    '# 4. The manifest, exactly as written in the studio (the quoted heredoc expands nothing).',
    Km(t, `kubectl apply -n ${We(e)} -f -`),
  ].join(`
`)
}
function Dx(t, e, n) {
  let r = `milvus/${We(e)} -n ${We(n)}`,
    o = M(t),
    s = [
      '# 5. Wait for the message store, then for Milvus.',
      `kubectl wait --for=condition=MsgStreamReady ${r} --timeout=20m`,
      `kubectl wait --for=condition=MilvusReady ${r} --timeout=20m`,
    ]
  if (o === 'custom')
    return (
      s.push('# msgStreamType is custom: check spec.config.mq.type in the Milvus logs yourself.'),
      s.join(`
`)
    )
  let i = We(`app.kubernetes.io/instance=${e}`)
  return (
    s.push(
      `# 6. Milvus should report the message store it chose: mqType=${o}.`,
      `logs="$(kubectl logs -n ${We(n)} -l ${i} --all-containers --tail=-1 2>&1 || true)"`,
      `if grep -q 'mqType=${o}' <<<"$logs"; then`,
      `  echo 'Milvus is using ${o}.'`,
      'else',
      `  echo 'mqType=${o} not found in the Milvus logs yet; read them before sending traffic.' >&2`,
      'fi',
    ),
    s.join(`
`)
  )
}
var il = bt(dt(), 1)
function Bm() {
  return { values: {}, unmapped: [], passthrough: [] }
}
var Ge = (t) => t !== null && typeof t == 'object' && !Array.isArray(t)
function L(t, e, n) {
  let r = t.values
  for (let o of e.slice(0, -1)) (Ge(r[o]) || (r[o] = {}), (r = r[o]))
  r[e[e.length - 1] ?? ''] = n
}
function an(t, e, n) {
  if (Ge(n))
    for (let [r, o] of Object.entries(n))
      (L(t, [...e, r], o), t.passthrough.push([...e, r].join('.')))
}
function Y(t, e, n) {
  t.unmapped.push({ path: ee(e), reason: n })
}
function Ps(t, e) {
  let n = /^(.*):(\d{1,5})$/.exec(t.trim())
  return n ? { host: n[1] ?? '', port: Number(n[2]) } : { host: t.trim(), port: e }
}
var oe = (t, e) => ({ en: t, ko: e }),
  Vt = oe(
    'The chart installs dependencies as part of the Milvus release, so their deletion policy follows the release.',
    '\uCC28\uD2B8\uB294 \uC758\uC874\uC131\uC744 Milvus \uB9B4\uB9AC\uC2A4\uC758 \uC77C\uBD80\uB85C \uC124\uCE58\uD558\uBBC0\uB85C \uC0AD\uC81C \uC815\uCC45\uC740 \uB9B4\uB9AC\uC2A4\uB97C \uB530\uB985\uB2C8\uB2E4.',
  )
var zm = {
    standalone: 'standalone',
    proxy: 'proxy',
    mixCoord: 'mixCoordinator',
    rootCoord: 'rootCoordinator',
    dataCoord: 'dataCoordinator',
    queryCoord: 'queryCoordinator',
    indexCoord: 'indexCoordinator',
    dataNode: 'dataNode',
    queryNode: 'queryNode',
    indexNode: 'indexNode',
    streamingNode: 'streamingNode',
    cdc: 'cdc',
  },
  _x = ['replicas', 'resources', 'nodeSelector', 'affinity', 'tolerations'],
  jm = [
    'nodeSelector',
    'affinity',
    'tolerations',
    'topologySpreadConstraints',
    'volumes',
    'volumeMounts',
  ],
  qx = new Set(['image', ...jm, ...Te]),
  sl = ['spec', 'components'],
  Um = oe(
    'The milvus-helm chart has no equivalent of this operator setting.',
    'milvus-helm \uCC28\uD2B8\uC5D0\uB294 \uC774 \uC624\uD37C\uB808\uC774\uD130 \uC124\uC815\uC5D0 \uD574\uB2F9\uD558\uB294 \uAC12\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.',
  )
function Vm(t, e) {
  let n = $t(e),
    r = Mn(n)
  if (n.includes('@') || r === void 0) {
    ;(L(t, ['image', 'all', 'repository'], n.split('@')[0] ?? n),
      Y(
        t,
        [...sl, 'image'],
        oe(
          'The chart takes a repository and a tag; a digest or a missing tag cannot be expressed.',
          '\uCC28\uD2B8\uB294 \uC800\uC7A5\uC18C\uC640 \uD0DC\uADF8\uB9CC \uBC1B\uC73C\uBBC0\uB85C \uB2E4\uC774\uC81C\uC2A4\uD2B8\uB098 \uD0DC\uADF8 \uC5C6\uB294 \uC774\uBBF8\uC9C0\uB294 \uD45C\uD604\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.',
        ),
      ))
    return
  }
  ;(L(t, ['image', 'all', 'repository'], n.slice(0, n.length - r.length - 1)),
    L(t, ['image', 'all', 'tag'], r))
}
function Hm(t, e) {
  let n = e.spec.components ?? {}
  for (let o of jm) n[o] !== void 0 && L(t, [o], n[o])
  for (let o of Object.keys(n)) qx.has(o) || Y(t, [...sl, o], Um)
  let r = en(e)
  D(e) === 'cluster' && Fx(t, r)
  for (let o of Te) {
    let s = n[o]
    if (!Ge(s)) continue
    let i = zm[o]
    o === 'cdc' && L(t, ['cdc', 'enabled'], !0)
    for (let [a, l] of Object.entries(s)) _x.includes(a) ? L(t, [i, a], l) : Y(t, [...sl, o, a], Um)
  }
}
function Fx(t, e) {
  let n = e.includes('rootCoord')
  L(t, ['mixCoordinator', 'enabled'], e.includes('mixCoord'))
  for (let r of ['rootCoord', 'dataCoord', 'queryCoord', 'indexCoord'])
    n && L(t, [zm[r], 'enabled'], !0)
  ;(e.includes('indexNode') && L(t, ['indexNode', 'enabled'], !0),
    L(t, ['streaming', 'enabled'], e.includes('streamingNode')))
}
var ln = ['spec', 'dependencies'],
  Kx = {
    bucketName: 'bucketName',
    rootPath: 'rootPath',
    useSSL: 'useSSL',
    useIAM: 'useIAM',
    cloudProvider: 'cloudProvider',
    iamEndpoint: 'iamEndpoint',
    region: 'region',
    useVirtualHost: 'useVirtualHost',
    accessKeyID: 'accessKey',
    secretAccessKey: 'secretKey',
  }
function Wm(t, e) {
  let n = e.spec.dependencies?.etcd
  if (n?.external === !0) {
    ;(L(t, ['etcd', 'enabled'], !1),
      L(t, ['externalEtcd', 'enabled'], !0),
      L(t, ['externalEtcd', 'endpoints'], Array.isArray(n.endpoints) ? n.endpoints : []))
    return
  }
  ;(L(t, ['etcd', 'enabled'], !0),
    L(t, ['externalEtcd', 'enabled'], !1),
    L(t, ['etcd', 'replicaCount'], D(e) === 'cluster' ? 3 : 1),
    an(t, ['etcd'], n?.inCluster?.values))
  let r = n?.inCluster
  ;(r?.chartVersion !== void 0 &&
    Y(
      t,
      [...ln, 'etcd', 'inCluster', 'chartVersion'],
      oe(
        'The chart pins its own etcd chart version.',
        '\uCC28\uD2B8\uB294 \uC790\uCCB4 etcd \uCC28\uD2B8 \uBC84\uC804\uC744 \uACE0\uC815\uD574 \uC501\uB2C8\uB2E4.',
      ),
    ),
    r?.deletionPolicy !== void 0 && Y(t, [...ln, 'etcd', 'inCluster', 'deletionPolicy'], Vt),
    r?.pvcDeletion !== void 0 && Y(t, [...ln, 'etcd', 'inCluster', 'pvcDeletion'], Vt))
}
function Gm(t, e) {
  let n = e.spec.dependencies?.storage
  if (n?.external !== !0) {
    ;(L(t, ['minio', 'enabled'], !0),
      L(t, ['externalS3', 'enabled'], !1),
      D(e) === 'standalone' && L(t, ['minio', 'mode'], 'standalone'),
      an(t, ['minio'], n?.inCluster?.values),
      n?.inCluster?.deletionPolicy !== void 0 &&
        Y(t, [...ln, 'storage', 'inCluster', 'deletionPolicy'], Vt),
      n?.inCluster?.pvcDeletion !== void 0 &&
        Y(t, [...ln, 'storage', 'inCluster', 'pvcDeletion'], Vt))
    return
  }
  let r = Ge(e.spec.config?.minio) ? e.spec.config.minio : {},
    o = r.useSSL === !0,
    { host: s, port: i } = Ps(typeof n.endpoint == 'string' ? n.endpoint : '', o ? 443 : 80)
  ;(L(t, ['minio', 'enabled'], !1),
    L(t, ['externalS3', 'enabled'], !0),
    L(t, ['externalS3', 'host'], s),
    L(t, ['externalS3', 'port'], i))
  for (let [a, l] of Object.entries(Kx)) r[a] !== void 0 && L(t, ['externalS3', l], r[a])
  ;(n.type === 'Azure' &&
    r.cloudProvider === void 0 &&
    L(t, ['externalS3', 'cloudProvider'], 'azure'),
    typeof n.secretRef == 'string' &&
      n.secretRef !== '' &&
      Y(
        t,
        [...ln, 'storage', 'secretRef'],
        oe(
          `The chart takes the keys as values; set externalS3.accessKey/secretKey from Secret "${n.secretRef}" at install time.`,
          `\uCC28\uD2B8\uB294 \uD0A4\uB97C \uAC12\uC73C\uB85C \uBC1B\uC2B5\uB2C8\uB2E4. \uC124\uCE58\uD560 \uB54C Secret "${n.secretRef}"\uC758 \uAC12\uC73C\uB85C externalS3.accessKey/secretKey\uB97C \uC9C0\uC815\uD558\uC138\uC694.`,
        ),
      ),
    n.ssl !== void 0 &&
      Y(
        t,
        [...ln, 'storage', 'ssl'],
        oe(
          "storage.ssl only drives the operator's health check; the chart has no such check.",
          'storage.ssl\uC740 \uC624\uD37C\uB808\uC774\uD130 \uC0C1\uD0DC \uC810\uAC80\uC5D0\uB9CC \uC4F0\uC774\uBA70 \uCC28\uD2B8\uC5D0\uB294 \uD574\uB2F9 \uC810\uAC80\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.',
        ),
      ))
}
function Ym(t, e) {
  let n = e.spec.dependencies?.tei
  n !== void 0 && (L(t, ['tei', 'enabled'], n.enabled === !0), an(t, ['tei'], n.inCluster?.values))
}
var Qm = ['pulsarv3', 'pulsar', 'kafka', 'woodpecker', 'externalPulsar', 'externalKafka']
var vt = ['spec', 'dependencies']
function Jm(t, e) {
  for (let o of Qm) L(t, [o, 'enabled'], !1)
  let n = M(e),
    r = D(e) === 'standalone'
  switch (
    (r && n !== 'custom' && L(t, ['standalone', 'messageQueue'], n),
    r &&
      n !== 'rocksmq' &&
      n !== 'natsmq' &&
      n !== 'woodpecker' &&
      L(t, ['standalone', 'persistence', 'enabled'], !1),
    n)
  ) {
    case 'rocksmq':
    case 'natsmq':
      r
        ? Zm(t, e.spec.dependencies?.[n]?.persistence, n)
        : Y(
            t,
            [...vt, 'msgStreamType'],
            oe(
              `${n} is embedded and only runs in standalone mode; the chart has no cluster form of it.`,
              `${n}\uB294 \uB0B4\uC7A5\uD615\uC774\uB77C \uC2A4\uD0E0\uB4DC\uC5BC\uB860\uC5D0\uC11C\uB9CC \uB3D9\uC791\uD558\uBA70 \uCC28\uD2B8\uC5D0\uB3C4 \uD074\uB7EC\uC2A4\uD130 \uD615\uD0DC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.`,
            ),
          )
      return
    case 'woodpecker':
      return Bx(t, e, r)
    case 'pulsar':
      return Ux(t, e)
    case 'kafka':
      return zx(t, e)
    case 'custom':
      Y(
        t,
        [...vt, 'msgStreamType'],
        oe(
          "A custom message stream has no chart switch; its mq settings travel in extraConfigFiles user.yaml, which overrides the chart's own choice.",
          'custom \uBA54\uC2DC\uC9C0 \uC2A4\uD2B8\uB9BC\uC740 \uCC28\uD2B8 \uC2A4\uC704\uCE58\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. mq \uC124\uC815\uC740 extraConfigFiles\uC758 user.yaml\uB85C \uC804\uB2EC\uB418\uBA70 \uCC28\uD2B8 \uC790\uCCB4 \uC120\uD0DD\uBCF4\uB2E4 \uC6B0\uC120\uD569\uB2C8\uB2E4.',
        ),
      )
      return
  }
}
function Bx(t, e, n) {
  let r = e.spec.dependencies?.woodpecker,
    o = r?.external === !0
  if (n) {
    ;(Zm(t, r?.persistence, 'woodpecker'),
      o &&
        Y(
          t,
          [...vt, 'woodpecker', 'external'],
          oe(
            'The chart runs a standalone Milvus with embedded Woodpecker only; an external LogStore is mapped for cluster mode.',
            '\uCC28\uD2B8\uB294 \uC2A4\uD0E0\uB4DC\uC5BC\uB860 Milvus\uC5D0 \uB0B4\uC7A5 Woodpecker\uB9CC \uC9C0\uC6D0\uD558\uBA70 \uC678\uBD80 LogStore\uB294 \uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uC5D0\uC11C\uB9CC \uB9E4\uD551\uB429\uB2C8\uB2E4.',
          ),
        ))
    return
  }
  ;(L(t, ['woodpecker', 'enabled'], !0),
    L(t, ['streaming', 'woodpecker', 'embedded'], !o),
    o &&
      r?.quorumBufferPools !== void 0 &&
      Y(
        t,
        [...vt, 'woodpecker', 'quorumBufferPools'],
        oe(
          'The chart deploys its own Woodpecker LogStore with one pool named default; your pools are not carried over.',
          '\uCC28\uD2B8\uB294 default\uB77C\uB294 \uD480 \uD558\uB098\uB85C \uC790\uCCB4 Woodpecker LogStore\uB97C \uBC30\uD3EC\uD558\uBBC0\uB85C \uC9C0\uC815\uD55C \uD480\uC740 \uC62E\uACA8\uC9C0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
        ),
      ),
    r?.persistence !== void 0 &&
      Y(
        t,
        [...vt, 'woodpecker', 'persistence'],
        oe(
          'In cluster mode the chart keeps no shared Milvus data volume for Woodpecker.',
          '\uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uC5D0\uC11C \uCC28\uD2B8\uB294 Woodpecker\uC6A9 \uACF5\uC720 Milvus \uB370\uC774\uD130 \uBCFC\uB968\uC744 \uB450\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
        ),
      ))
}
function Ux(t, e) {
  let n = e.spec.dependencies?.pulsar
  if (n?.external === !0) {
    let { host: o, port: s } = Ps(typeof n.endpoint == 'string' ? n.endpoint : '', 6650)
    ;(L(t, ['externalPulsar', 'enabled'], !0),
      L(t, ['externalPulsar', 'host'], o),
      L(t, ['externalPulsar', 'port'], s))
    return
  }
  let r = n?.inCluster?.chartVersion === 'pulsar-v2' ? 'pulsar' : 'pulsarv3'
  ;(L(t, [r, 'enabled'], !0), an(t, [r], n?.inCluster?.values), Xm(t, 'pulsar', n?.inCluster))
}
function zx(t, e) {
  let n = e.spec.dependencies?.kafka
  if (n?.external !== !0) {
    ;(L(t, ['kafka', 'enabled'], !0),
      an(t, ['kafka'], n?.inCluster?.values),
      Xm(t, 'kafka', n?.inCluster))
    return
  }
  let r = Ge(e.spec.config?.kafka) ? e.spec.config.kafka : {},
    o = (s, i) => (typeof s == 'string' && s !== '' ? s : i)
  ;(L(t, ['externalKafka', 'enabled'], !0),
    L(
      t,
      ['externalKafka', 'brokerList'],
      (Array.isArray(n.brokerList) ? n.brokerList : []).join(','),
    ),
    L(t, ['externalKafka', 'securityProtocol'], o(r.securityProtocol, 'PLAINTEXT')),
    L(t, ['externalKafka', 'sasl', 'mechanisms'], o(r.saslMechanisms, 'PLAIN')),
    typeof r.saslUsername == 'string' &&
      L(t, ['externalKafka', 'sasl', 'username'], r.saslUsername),
    typeof r.saslPassword == 'string' &&
      L(t, ['externalKafka', 'sasl', 'password'], r.saslPassword),
    typeof n.secretRef == 'string' &&
      n.secretRef !== '' &&
      Y(
        t,
        [...vt, 'kafka', 'secretRef'],
        oe(
          `The chart cannot read SASL credentials from a Secret; set externalKafka.sasl.username/password from Secret "${n.secretRef}" at install time.`,
          `\uCC28\uD2B8\uB294 Secret\uC5D0\uC11C SASL \uC790\uACA9 \uC99D\uBA85\uC744 \uC77D\uC9C0 \uBABB\uD569\uB2C8\uB2E4. \uC124\uCE58\uD560 \uB54C Secret "${n.secretRef}"\uC758 \uAC12\uC73C\uB85C externalKafka.sasl.username/password\uB97C \uC9C0\uC815\uD558\uC138\uC694.`,
        ),
      ))
}
function Xm(t, e, n) {
  ;(n?.deletionPolicy !== void 0 && Y(t, [...vt, e, 'inCluster', 'deletionPolicy'], Vt),
    n?.pvcDeletion !== void 0 && Y(t, [...vt, e, 'inCluster', 'pvcDeletion'], Vt))
}
function Zm(t, e, n) {
  let r = ['standalone', 'persistence']
  L(t, [...r, 'enabled'], e?.enabled === !0)
  let o = [...vt, n, 'persistence'],
    s = e?.persistentVolumeClaim
  typeof s?.existingClaim == 'string' &&
    s.existingClaim !== '' &&
    L(t, [...r, 'persistentVolumeClaim', 'existingClaim'], s.existingClaim)
  let i = Ge(s?.spec) ? s.spec : {}
  for (let [a, l] of Object.entries(i)) {
    let c = Ge(l) && Ge(l.requests) ? l.requests.storage : void 0
    a === 'storageClassName'
      ? L(t, [...r, 'persistentVolumeClaim', 'storageClass'], l)
      : a === 'accessModes' && Array.isArray(l)
        ? L(t, [...r, 'persistentVolumeClaim', 'accessModes'], l[0])
        : a === 'resources' && c !== void 0
          ? L(t, [...r, 'persistentVolumeClaim', 'size'], c)
          : Y(
              t,
              [...o, 'persistentVolumeClaim', 'spec', a],
              oe(
                'The chart sets only the storage class, access mode and size of the claim.',
                '\uCC28\uD2B8\uB294 PVC\uC758 \uC2A4\uD1A0\uB9AC\uC9C0 \uD074\uB798\uC2A4, \uC811\uADFC \uBAA8\uB4DC, \uD06C\uAE30\uB9CC \uC124\uC815\uD569\uB2C8\uB2E4.',
              ),
            )
  }
  e?.pvcDeletion === !0 &&
    Y(
      t,
      [...o, 'pvcDeletion'],
      oe(
        'The chart keeps the data volume when the release is removed (resource-policy keep).',
        '\uCC28\uD2B8\uB294 \uB9B4\uB9AC\uC2A4\uB97C \uC9C0\uC6CC\uB3C4 \uB370\uC774\uD130 \uBCFC\uB968\uC744 \uB0A8\uAE41\uB2C8\uB2E4(resource-policy keep).',
      ),
    )
  for (let a of ['labels', 'annotations'])
    s?.[a] !== void 0 &&
      Y(
        t,
        [...o, 'persistentVolumeClaim', a],
        oe(
          'The chart has no labels or annotations for the claim itself.',
          '\uCC28\uD2B8\uC5D0\uB294 PVC \uC790\uCCB4\uC758 \uB808\uC774\uBE14\uC774\uB098 \uC5B4\uB178\uD14C\uC774\uC158 \uC124\uC815\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.',
        ),
      )
}
function th(t) {
  let e = Bm()
  ;(L(e, ['cluster', 'enabled'], D(t) === 'cluster'),
    Vm(e, t),
    Hm(e, t),
    Jm(e, t),
    Wm(e, t),
    Gm(e, t),
    Ym(e, t))
  let n = t.spec.config
  return (
    n !== void 0 &&
      Object.keys(n).length > 0 &&
      L(e, ['extraConfigFiles', 'user.yaml'], (0, il.stringify)(n)),
    t.spec.hookConfig !== void 0 &&
      t.spec.hookConfig !== null &&
      Y(
        e,
        ['spec', 'hookConfig'],
        oe(
          'The chart has no hook.yaml; mount it yourself if you need it.',
          '\uCC28\uD2B8\uC5D0\uB294 hook.yaml\uC774 \uC5C6\uC73C\uBBC0\uB85C \uD544\uC694\uD558\uBA74 \uC9C1\uC811 \uB9C8\uC6B4\uD2B8\uD558\uC138\uC694.',
        ),
      ),
    e
  )
}
function al(t) {
  let e = th(t),
    n = eh(t.metadata.name ?? 'my-release') || 'my-release',
    r = eh(typeof t.metadata.namespace == 'string' ? t.metadata.namespace : 'default') || 'default'
  return {
    yaml:
      [
        `# Values for the milvus-helm chart, generated by Milvus Config Studio from "${n}".`,
        `# helm upgrade --install ${n} milvus/milvus -n ${r} -f values.yaml`,
        '',
      ].join(`
`) + (0, il.stringify)(e.values, { lineWidth: 0 }),
    unmapped: e.unmapped,
  }
}
function eh(t) {
  return t.replace(/[^\w.-]/g, '')
}
var _e = (t, e) => ({ en: t, ko: e }),
  Ht = ['spec', 'dependencies'],
  Ls = _e(
    'Deleting the Milvus resource keeps this release (deletionPolicy Retain).',
    'Milvus \uB9AC\uC18C\uC2A4\uB97C \uC0AD\uC81C\uD574\uB3C4 \uC774 \uB9B4\uB9AC\uC2A4\uB294 \uB0A8\uC2B5\uB2C8\uB2E4(deletionPolicy Retain).',
  )
function nh(t, e) {
  let n = e.metadata.name ?? '',
    r =
      typeof t.get(['metadata', 'namespace']) == 'string'
        ? String(t.get(['metadata', 'namespace']))
        : 'default'
  ;(jx(t, e, n, r),
    Vx(t, e, n, r),
    Hx(t, e, n, r),
    e.spec.dependencies?.tei?.enabled === !0 &&
      t.set(
        [...Ht, 'tei', 'inCluster', 'deletionPolicy'],
        'Delete',
        _e(
          'The TEI release is deleted with the resource.',
          'TEI \uB9B4\uB9AC\uC2A4\uB294 \uB9AC\uC18C\uC2A4\uC640 \uD568\uAED8 \uC0AD\uC81C\uB429\uB2C8\uB2E4.',
        ),
      ))
}
function jx(t, e, n, r) {
  let o = e.spec.dependencies?.etcd
  if (o?.external === !0) return
  let s = [...Ht, 'etcd']
  t.set(
    [...s, 'inCluster', 'chartVersion'],
    'etcd-v8',
    _e(
      'New resources get the etcd v8 chart.',
      '\uC0C8 \uB9AC\uC18C\uC2A4\uB294 etcd v8 \uCC28\uD2B8\uB97C \uC501\uB2C8\uB2E4.',
    ),
  )
  let i = D(e) === 'cluster' ? 3 : 1
  ;(t.set(
    [...s, 'inCluster', 'values', 'replicaCount'],
    i,
    _e(
      `etcd runs ${i} replica(s) in this mode.`,
      `\uC774 \uBAA8\uB4DC\uC5D0\uC11C etcd\uB294 \uBCF5\uC81C\uBCF8 ${i}\uAC1C\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4.`,
    ),
  ),
    t.set([...s, 'inCluster', 'deletionPolicy'], 'Retain', Ls))
  let a = Number(t.get([...s, 'inCluster', 'values', 'replicaCount'])),
    l = Array.from(
      { length: Number.isSafeInteger(a) && a > 0 && a < 100 ? a : 1 },
      (f, d) => `${n}-etcd-${d}.${n}-etcd-headless.${r}:2379`,
    ),
    c = o?.endpoints
  ;(!Array.isArray(c) || c.length === 0) &&
    t.set(
      [...s, 'endpoints'],
      l,
      _e(
        'The operator fills in the endpoints of the etcd pods it deploys.',
        '\uC624\uD37C\uB808\uC774\uD130\uAC00 \uBC30\uD3EC\uD558\uB294 etcd \uD30C\uB4DC\uC758 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uCC44\uC6C1\uB2C8\uB2E4.',
      ),
      !0,
    )
}
function Vx(t, e, n, r) {
  let o = [...Ht, 'storage']
  ;(t.set(
    [...o, 'type'],
    'MinIO',
    _e(
      'The storage type defaults to MinIO.',
      '\uC2A4\uD1A0\uB9AC\uC9C0 \uC885\uB958 \uAE30\uBCF8\uAC12\uC740 MinIO\uC785\uB2C8\uB2E4.',
    ),
  ),
    e.spec.dependencies?.storage?.external !== !0 &&
      (t.set(
        [...o, 'endpoint'],
        `${n}-minio.${r}:9000`,
        _e(
          'In-cluster MinIO: the operator overwrites the endpoint with its own service.',
          '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 MinIO\uC774\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 endpoint\uB97C \uC790\uCCB4 \uC11C\uBE44\uC2A4 \uC8FC\uC18C\uB85C \uB36E\uC5B4\uC501\uB2C8\uB2E4.',
        ),
        !0,
      ),
      t.set(
        [...o, 'secretRef'],
        `${n}-minio`,
        _e(
          'In-cluster MinIO: the operator overwrites secretRef with the Secret it creates.',
          '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 MinIO\uC774\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 secretRef\uB97C \uC790\uC2E0\uC774 \uB9CC\uB4E0 Secret\uC73C\uB85C \uB36E\uC5B4\uC501\uB2C8\uB2E4.',
        ),
        !0,
      ),
      D(e) === 'standalone' &&
        t.set(
          [...o, 'inCluster', 'values', 'mode'],
          'standalone',
          _e(
            'A standalone Milvus gets a single-node MinIO.',
            '\uC2A4\uD0E0\uB4DC\uC5BC\uB860 Milvus\uC5D0\uB294 \uB2E8\uC77C \uB178\uB4DC MinIO\uAC00 \uBC30\uD3EC\uB429\uB2C8\uB2E4.',
          ),
        ),
      t.set([...o, 'inCluster', 'deletionPolicy'], 'Retain', Ls)))
}
function Hx(t, e, n, r) {
  let o = M(e),
    s = e.spec.dependencies
  ;(o === 'kafka' &&
    s?.kafka?.external !== !0 &&
    (t.set(
      [...Ht, 'kafka', 'brokerList'],
      [`${n}-kafka.${r}:9092`],
      _e(
        'In-cluster Kafka: the operator overwrites brokerList with the service of the Kafka it deploys.',
        '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 Kafka\uC774\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 brokerList\uB97C \uBC30\uD3EC\uD55C Kafka \uC11C\uBE44\uC2A4 \uC8FC\uC18C\uB85C \uB36E\uC5B4\uC501\uB2C8\uB2E4.',
      ),
      !0,
    ),
    t.set([...Ht, 'kafka', 'inCluster', 'deletionPolicy'], 'Retain', Ls)),
    o === 'pulsar' &&
      s?.pulsar?.external !== !0 &&
      (t.set(
        [...Ht, 'pulsar', 'endpoint'],
        `${n}-pulsar-proxy.${r}:6650`,
        _e(
          'In-cluster Pulsar: the operator overwrites the endpoint with its Pulsar proxy service.',
          '\uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 Pulsar\uC774\uBBC0\uB85C \uC624\uD37C\uB808\uC774\uD130\uAC00 endpoint\uB97C Pulsar \uD504\uB85D\uC2DC \uC11C\uBE44\uC2A4 \uC8FC\uC18C\uB85C \uB36E\uC5B4\uC501\uB2C8\uB2E4.',
        ),
        !0,
      ),
      t.set(
        [...Ht, 'pulsar', 'inCluster', 'chartVersion'],
        'pulsar-v3',
        _e(
          'New resources get the Pulsar 3 chart (an existing resource without this field keeps pulsar-v2).',
          '\uC0C8 \uB9AC\uC18C\uC2A4\uB294 Pulsar 3 \uCC28\uD2B8\uB97C \uC501\uB2C8\uB2E4(\uC774 \uD544\uB4DC\uAC00 \uC5C6\uB294 \uAE30\uC874 \uB9AC\uC18C\uC2A4\uB294 pulsar-v2 \uC720\uC9C0).',
        ),
      ),
      t.set([...Ht, 'pulsar', 'inCluster', 'deletionPolicy'], 'Retain', Ls)))
}
var rh = (t) => t !== null && typeof t == 'object' && !Array.isArray(t),
  Ns = class {
    changes = []
    root
    constructor(e) {
      this.root = e
    }
    get(e) {
      return Ot(this.root, e)
    }
    set(e, n, r, o = !1) {
      let s = this.get(e),
        i = s == null || s === ''
      if (!i && (!o || Wx(s, n))) return
      let a = this.container(e.slice(0, -1)),
        l = String(e[e.length - 1])
      a && ((a[l] = n), this.changes.push({ path: ee(e), kind: i ? 'added' : 'changed', note: r }))
    }
    remove(e, n) {
      let r = this.get(e.slice(0, -1)),
        o = String(e[e.length - 1])
      !rh(r) ||
        !Object.hasOwn(r, o) ||
        (delete r[o], this.changes.push({ path: ee(e), kind: 'removed', note: n }))
    }
    container(e) {
      let n = this.root
      for (let r of e) {
        let o = String(r),
          s = n[o]
        if (s == null) n[o] = {}
        else if (!rh(s)) return
        n = n[o]
      }
      return n
    }
  }
function Wx(t, e) {
  return JSON.stringify(t) === JSON.stringify(e)
}
var fe = (t, e) => ({ en: t, ko: e }),
  Gx = fe(
    'Default Helm values of the in-cluster etcd, MinIO, Pulsar and Kafka charts are merged by the operator too; they are left out here.',
    '\uC624\uD37C\uB808\uC774\uD130\uB294 \uD074\uB7EC\uC2A4\uD130 \uB0B4\uBD80 etcd, MinIO, Pulsar, Kafka \uCC28\uD2B8\uC758 \uAE30\uBCF8 Helm \uAC12\uB3C4 \uBCD1\uD569\uD558\uC9C0\uB9CC \uC5EC\uAE30\uC11C\uB294 \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4.',
  ),
  Yx = [
    ['minio', 'address'],
    ['minio', 'port'],
    ['pulsar', 'address'],
    ['pulsar', 'port'],
    ['etcd', 'endpoints'],
  ]
function ll(t) {
  let e = structuredClone(t),
    n = new Ns(e)
  return (Qx(n, t), Jx(n, t), nh(n, t), Zx(n), { resource: e, changes: n.changes, notes: [Gx] })
}
function Qx(t, e) {
  ;(t.set(
    ['metadata', 'namespace'],
    'default',
    fe(
      'The namespace defaults to "default".',
      '\uB124\uC784\uC2A4\uD398\uC774\uC2A4 \uAE30\uBCF8\uAC12\uC740 "default"\uC785\uB2C8\uB2E4.',
    ),
  ),
    t.set(
      ['metadata', 'labels', 'milvus.io/operator-version'],
      et,
      fe(
        'The operator labels the resource with its own version.',
        '\uC624\uD37C\uB808\uC774\uD130\uAC00 \uC790\uAE30 \uBC84\uC804\uC744 \uB808\uC774\uBE14\uB85C \uBD99\uC785\uB2C8\uB2E4.',
      ),
    ),
    t.set(
      ['spec', 'mode'],
      'standalone',
      fe(
        'Without a mode the resource is standalone.',
        'mode\uAC00 \uC5C6\uC73C\uBA74 \uC2A4\uD0E0\uB4DC\uC5BC\uB860\uC785\uB2C8\uB2E4.',
      ),
    ),
    t.set(
      ['spec', 'dependencies', 'msgStreamType'],
      M(e),
      fe(
        'No message store was chosen: cluster mode gets Pulsar; standalone gets Woodpecker on Milvus 2.6+ and RocksMQ before.',
        '\uBA54\uC2DC\uC9C0 \uC800\uC7A5\uC18C\uB97C \uACE0\uB974\uC9C0 \uC54A\uC558\uC73C\uBBC0\uB85C \uD074\uB7EC\uC2A4\uD130\uB294 Pulsar, \uC2A4\uD0E0\uB4DC\uC5BC\uB860\uC740 Milvus 2.6 \uC774\uC0C1\uC5D0\uC11C Woodpecker, \uADF8 \uC804\uC5D0\uB294 RocksMQ\uAC00 \uB429\uB2C8\uB2E4.',
      ),
    ))
}
function Jx(t, e) {
  let n = ['spec', 'components']
  ;(t.set(
    [...n, 'image'],
    Nt,
    fe(
      "The operator's default Milvus image.",
      '\uC624\uD37C\uB808\uC774\uD130\uC758 \uAE30\uBCF8 Milvus \uC774\uBBF8\uC9C0\uC785\uB2C8\uB2E4.',
    ),
  ),
    t.set(
      [...n, 'imageUpdateMode'],
      'rollingUpgrade',
      fe(
        'Image changes roll out as upgrades by default.',
        '\uC774\uBBF8\uC9C0 \uBCC0\uACBD\uC740 \uAE30\uBCF8\uC801\uC73C\uB85C \uB864\uB9C1 \uC5C5\uADF8\uB808\uC774\uB4DC\uB85C \uC801\uC6A9\uB429\uB2C8\uB2E4.',
      ),
    ),
    t.set(
      [...n, 'rollingMode'],
      2,
      fe(
        'Rolling mode 2 is the default.',
        '\uB864\uB9C1 \uBAA8\uB4DC \uAE30\uBCF8\uAC12\uC740 2\uC785\uB2C8\uB2E4.',
      ),
    ),
    t.set(
      [...n, 'updateConfigMapOnly'],
      !0,
      fe(
        'Config changes update the ConfigMap only, without restarting pods.',
        '\uC124\uC815 \uBCC0\uACBD \uC2DC \uD30C\uB4DC\uB97C \uC7AC\uC2DC\uC791\uD558\uC9C0 \uC54A\uACE0 ConfigMap\uB9CC \uAC31\uC2E0\uD569\uB2C8\uB2E4.',
      ),
    ))
  let r = D(e) === 'cluster',
    o = en(e)
  r &&
    (t.set(
      [...n, 'standalone', 'replicas'],
      0,
      fe(
        'Cluster mode runs no standalone pod.',
        '\uD074\uB7EC\uC2A4\uD130 \uBAA8\uB4DC\uC5D0\uC11C\uB294 \uC2A4\uD0E0\uB4DC\uC5BC\uB860 \uD30C\uB4DC\uB97C \uC2E4\uD589\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.',
      ),
      !0,
    ),
    t.set(
      [...n, 'streamingMode'],
      o.includes('streamingNode'),
      fe(
        'Streaming mode follows whether a streaming node runs (Milvus 2.6+ always has one).',
        '\uC2A4\uD2B8\uB9AC\uBC0D \uBAA8\uB4DC\uB294 \uC2A4\uD2B8\uB9AC\uBC0D \uB178\uB4DC \uC2E4\uD589 \uC5EC\uBD80\uB97C \uB530\uB985\uB2C8\uB2E4(Milvus 2.6 \uC774\uC0C1\uC740 \uD56D\uC0C1 \uC2E4\uD589).',
      ),
    ))
  for (let s of o)
    t.set(
      [...n, s, 'replicas'],
      1,
      fe(
        `The operator creates ${s} with one replica.`,
        `\uC624\uD37C\uB808\uC774\uD130\uAC00 ${s}\uC744(\uB97C) \uBCF5\uC81C\uBCF8 1\uAC1C\uB85C \uB9CC\uB4ED\uB2C8\uB2E4.`,
      ),
    )
  Xx(t, e, r)
}
function Xx(t, e, n) {
  let r = ['spec', 'components', 'enableRollingUpdate'],
    o = M(e)
  if (!n && (o === 'rocksmq' || o === 'natsmq')) {
    t.set(
      r,
      !1,
      fe(
        'Rolling updates are turned off: an embedded RocksMQ/NATS in standalone cannot be shared by two pods.',
        '\uC2A4\uD0E0\uB4DC\uC5BC\uB860\uC758 \uB0B4\uC7A5 RocksMQ/NATS\uB294 \uB450 \uD30C\uB4DC\uAC00 \uD568\uAED8 \uC4F8 \uC218 \uC5C6\uC73C\uBBC0\uB85C \uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uAC00 \uAEBC\uC9D1\uB2C8\uB2E4.',
      ),
      !0,
    )
    return
  }
  if (
    (t.set(
      r,
      !0,
      fe(
        'Rolling updates are on by default.',
        '\uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uB294 \uAE30\uBCF8\uC73C\uB85C \uCF1C\uC9D1\uB2C8\uB2E4.',
      ),
    ),
    t.get(r) === !0)
  )
    for (let i of ['rootCoord', 'dataCoord', 'indexCoord', 'queryCoord'])
      t.set(
        ['spec', 'config', i, 'enableActiveStandby'],
        !0,
        fe(
          'With rolling updates the coordinators run active-standby.',
          '\uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uB97C \uC4F0\uBA74 \uCF54\uB514\uB124\uC774\uD130\uAC00 \uC561\uD2F0\uBE0C-\uC2A4\uD0E0\uBC14\uC774\uB85C \uB3D9\uC791\uD569\uB2C8\uB2E4.',
        ),
      )
}
function Zx(t) {
  t.set(
    ['spec', 'config'],
    {},
    fe('An empty config is filled in.', '\uBE48 config\uAC00 \uCC44\uC6CC\uC9D1\uB2C8\uB2E4.'),
  )
  for (let e of Yx)
    t.remove(
      ['spec', 'config', ...e],
      fe(
        `The operator deletes config.${e.join('.')} and writes its own value from the dependencies.`,
        `\uC624\uD37C\uB808\uC774\uD130\uAC00 config.${e.join('.')}\uC744(\uB97C) \uC9C0\uC6B0\uACE0 dependencies\uC5D0\uC11C \uACC4\uC0B0\uD55C \uAC12\uC744 \uC501\uB2C8\uB2E4.`,
      ),
    )
}
var Wr = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  r0 = new Map([...Wr].map((t, e) => [t, e]))
function cl(t) {
  let e = []
  for (let n = 0; n < t.length; n += 3) {
    let r = t[n] ?? 0,
      o = t[n + 1] ?? 0,
      s = t[n + 2] ?? 0,
      i = (r << 16) | (o << 8) | s,
      a = t.length - n
    ;(e.push(Wr[(i >> 18) & 63] ?? '', Wr[(i >> 12) & 63] ?? ''),
      a > 1 && e.push(Wr[(i >> 6) & 63] ?? ''),
      a > 2 && e.push(Wr[i & 63] ?? ''))
  }
  return e.join('')
}
function oh(t) {
  if (t.length % 4 === 1) return
  let e = new Uint8Array(Math.floor((t.length * 3) / 4)),
    n = 0,
    r = 0,
    o = 0
  for (let s of t) {
    let i = r0.get(s)
    if (i === void 0) return
    ;((n = ((n << 6) | i) & 16777215), (r += 6), r >= 8 && ((r -= 8), (e[o++] = (n >> r) & 255)))
  }
  return e.subarray(0, o)
}
import { createRequire as o0 } from 'module'
var s0 = o0('/'),
  Vn,
  i0,
  a0
try {
  ;((Vn = s0('worker_threads')), (i0 = Vn.Worker), (a0 = Vn.isMarkedAsUntransferable))
} catch {}
var ie = Uint8Array,
  Ee = Uint16Array,
  yl = Int32Array,
  $s = new ie([
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0, 0, 0,
  ]),
  Os = new ie([
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13, 0, 0,
  ]),
  pl = new ie([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]),
  lh = function (t, e) {
    for (var n = new Ee(31), r = 0; r < 31; ++r) n[r] = e += 1 << t[r - 1]
    for (var o = new yl(n[30]), r = 1; r < 30; ++r)
      for (var s = n[r]; s < n[r + 1]; ++s) o[s] = ((s - n[r]) << 5) | r
    return { b: n, r: o }
  },
  Vn = lh($s, 2),
  ch = Vn.b,
  ml = Vn.r
;((ch[28] = 258), (ml[258] = 28))
var uh = lh(Os, 0),
  l0 = uh.b,
  sh = uh.r,
  hl = new Ee(32768)
for (U = 0; U < 32768; ++U)
  ((kt = ((U & 43690) >> 1) | ((U & 21845) << 1)),
    (kt = ((kt & 52428) >> 2) | ((kt & 13107) << 2)),
    (kt = ((kt & 61680) >> 4) | ((kt & 3855) << 4)),
    (hl[U] = (((kt & 65280) >> 8) | ((kt & 255) << 8)) >> 1))
var kt,
  U,
  it = function (t, e, n) {
    for (var r = t.length, o = 0, s = new Ee(e); o < r; ++o) t[o] && ++s[t[o] - 1]
    var i = new Ee(e)
    for (o = 1; o < e; ++o) i[o] = (i[o - 1] + s[o - 1]) << 1
    var a
    if (n) {
      a = new Ee(1 << e)
      var l = 15 - e
      for (o = 0; o < r; ++o)
        if (t[o])
          for (
            var c = (o << 4) | t[o], f = e - t[o], d = i[t[o] - 1]++ << f, p = d | ((1 << f) - 1);
            d <= p;
            ++d
          )
            a[hl[d] >> l] = c
    } else for (a = new Ee(r), o = 0; o < r; ++o) t[o] && (a[o] = hl[i[t[o] - 1]++] >> (15 - t[o]))
    return a
  },
  Wt = new ie(288)
for (U = 0; U < 144; ++U) Wt[U] = 8
var U
for (U = 144; U < 256; ++U) Wt[U] = 9
var U
for (U = 256; U < 280; ++U) Wt[U] = 7
var U
for (U = 280; U < 288; ++U) Wt[U] = 8
var U,
  Jr = new ie(32)
for (U = 0; U < 32; ++U) Jr[U] = 5
var U,
  c0 = it(Wt, 9, 0),
  u0 = it(Wt, 9, 1),
  d0 = it(Jr, 5, 0),
  f0 = it(Jr, 5, 1),
  ul = function (t) {
    for (var e = t[0], n = 1; n < t.length; ++n) t[n] > e && (e = t[n])
    return e
  },
  Ye = function (t, e, n) {
    var r = (e / 8) | 0
    return ((t[r] | (t[r + 1] << 8)) >> (e & 7)) & n
  },
  dl = function (t, e) {
    var n = (e / 8) | 0
    return (t[n] | (t[n + 1] << 8) | (t[n + 2] << 16)) >> (e & 7)
  },
  vl = function (t) {
    return ((t + 7) / 8) | 0
  },
  Qr = function (t, e, n) {
    return (
      (e == null || e < 0) && (e = 0),
      (n == null || n > t.length) && (n = t.length),
      new ie(t.subarray(e, n))
    )
  }
var p0 = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    ,
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data',
  ],
  Qe = function (t, e, n) {
    var r = new Error(e || p0[t])
    if (((r.code = t), Error.captureStackTrace && Error.captureStackTrace(r, Qe), !n)) throw r
    return r
  },
  m0 = function (t, e, n, r) {
    var o = t.length,
      s = r ? r.length : 0
    if (!o || (e.f && !e.l)) return n || new ie(0)
    var i = !n,
      a = i || e.i != 2,
      l = e.i
    i && (n = new ie(o * 3))
    var c = function (Yn) {
        var Qn = n.length
        if (Yn > Qn) {
          var dn = new ie(Math.max(Qn * 2, Yn))
          ;(dn.set(n), (n = dn))
        }
      },
      f = e.f || 0,
      d = e.p || 0,
      p = e.b || 0,
      h = e.l,
      y = e.d,
      m = e.m,
      g = e.n,
      k = o * 8
    do {
      if (!h) {
        f = Ye(t, d, 1)
        var b = Ye(t, d + 1, 3)
        if (((d += 3), b))
          if (b == 1) ((h = u0), (y = f0), (m = 9), (g = 5))
          else if (b == 2) {
            var E = Ye(t, d, 31) + 257,
              O = Ye(t, d + 10, 15) + 4,
              S = E + Ye(t, d + 5, 31) + 1
            d += 14
            for (var R = new ie(S), W = new ie(19), G = 0; G < O; ++G)
              W[pl[G]] = Ye(t, d + G * 3, 7)
            d += O * 3
            for (var q = ul(W), Fe = (1 << q) - 1, Me = it(W, q, 1), G = 0; G < S;) {
              var ve = Me[Ye(t, d, Fe)]
              d += ve & 15
              var w = ve >> 4
              if (w < 16) R[G++] = w
              else {
                var ce = 0,
                  X = 0
                for (
                  w == 16
                    ? ((X = 3 + Ye(t, d, 3)), (d += 2), (ce = R[G - 1]))
                    : w == 17
                      ? ((X = 3 + Ye(t, d, 7)), (d += 3))
                      : w == 18 && ((X = 11 + Ye(t, d, 127)), (d += 7));
                  X--;
                )
                  R[G++] = ce
              }
            }
            var ke = R.subarray(0, E),
              ue = R.subarray(E)
            ;((m = ul(ke)), (g = ul(ue)), (h = it(ke, m, 1)), (y = it(ue, g, 1)))
          } else Qe(1)
        else {
          var w = vl(d) + 4,
            A = t[w - 4] | (t[w - 3] << 8),
            T = w + A
          if (T > o) {
            l && Qe(0)
            break
          }
          ;(a && c(p + A), n.set(t.subarray(w, T), p), (e.b = p += A), (e.p = d = T * 8), (e.f = f))
          continue
        }
        if (d > k) {
          l && Qe(0)
          break
        }
      }
      a && c(p + 131072)
      for (var Gn = (1 << m) - 1, Le = (1 << g) - 1, lt = d; ; lt = d) {
        var ce = h[dl(t, d) & Gn],
          Ae = ce >> 4
        if (((d += ce & 15), d > k)) {
          l && Qe(0)
          break
        }
        if ((ce || Qe(2), Ae < 256)) n[p++] = Ae
        else if (Ae == 256) {
          ;((lt = d), (h = null))
          break
        } else {
          var Ce = Ae - 254
          if (Ae > 264) {
            var G = Ae - 257,
              Z = $s[G]
            ;((Ce = Ye(t, d, (1 << Z) - 1) + ch[G]), (d += Z))
          }
          var Je = y[dl(t, d) & Le],
            cn = Je >> 4
          ;(Je || Qe(3), (d += Je & 15))
          var ue = l0[cn]
          if (cn > 3) {
            var Z = Os[cn]
            ;((ue += dl(t, d) & ((1 << Z) - 1)), (d += Z))
          }
          if (d > k) {
            l && Qe(0)
            break
          }
          a && c(p + 131072)
          var un = p + Ce
          if (p < ue) {
            var Zr = s - ue,
              eo = Math.min(ue, un)
            for (Zr + p < 0 && Qe(3); p < eo; ++p) n[p] = r[Zr + p]
          }
          for (; p < un; ++p) n[p] = n[p - ue]
        }
      }
      ;((e.l = h),
        (e.p = lt),
        (e.b = p),
        (e.f = f),
        h && ((f = 1), (e.m = m), (e.d = y), (e.n = g)))
    } while (!f)
    return p != n.length && i ? Qr(n, 0, p) : n.subarray(0, p)
  },
  St = function (t, e, n) {
    n <<= e & 7
    var r = (e / 8) | 0
    ;((t[r] |= n), (t[r + 1] |= n >> 8))
  },
  Gr = function (t, e, n) {
    n <<= e & 7
    var r = (e / 8) | 0
    ;((t[r] |= n), (t[r + 1] |= n >> 8), (t[r + 2] |= n >> 16))
  },
  fl = function (t, e) {
    for (var n = [], r = 0; r < t.length; ++r) t[r] && n.push({ s: r, f: t[r] })
    var o = n.length,
      s = n.slice()
    if (!o) return { t: fh, l: 0 }
    if (o == 1) {
      var i = new ie(n[0].s + 1)
      return ((i[n[0].s] = 1), { t: i, l: 1 })
    }
    ;(n.sort(function (T, E) {
      return T.f - E.f
    }),
      n.push({ s: -1, f: 25001 }))
    var a = n[0],
      l = n[1],
      c = 0,
      f = 1,
      d = 2
    for (n[0] = { s: -1, f: a.f + l.f, l: a, r: l }; f != o - 1;)
      ((a = n[n[c].f < n[d].f ? c++ : d++]),
        (l = n[c != f && n[c].f < n[d].f ? c++ : d++]),
        (n[f++] = { s: -1, f: a.f + l.f, l: a, r: l }))
    for (var p = s[0].s, r = 1; r < o; ++r) s[r].s > p && (p = s[r].s)
    var h = new Ee(p + 1),
      y = gl(n[f - 1], h, 0)
    if (y > e) {
      var r = 0,
        m = 0,
        g = y - e,
        k = 1 << g
      for (
        s.sort(function (E, O) {
          return h[O.s] - h[E.s] || E.f - O.f
        });
        r < o;
        ++r
      ) {
        var b = s[r].s
        if (h[b] > e) ((m += k - (1 << (y - h[b]))), (h[b] = e))
        else break
      }
      for (m >>= g; m > 0;) {
        var w = s[r].s
        h[w] < e ? (m -= 1 << (e - h[w]++ - 1)) : ++r
      }
      for (; r >= 0 && m; --r) {
        var A = s[r].s
        h[A] == e && (--h[A], ++m)
      }
      y = e
    }
    return { t: new ie(h), l: y }
  },
  gl = function (t, e, n) {
    return t.s == -1 ? Math.max(gl(t.l, e, n + 1), gl(t.r, e, n + 1)) : (e[t.s] = n)
  },
  ih = function (t) {
    for (var e = t.length; e && !t[--e];);
    for (
      var n = new Ee(++e),
        r = 0,
        o = t[0],
        s = 1,
        i = function (l) {
          n[r++] = l
        },
        a = 1;
      a <= e;
      ++a
    )
      if (t[a] == o && a != e) ++s
      else {
        if (!o && s > 2) {
          for (; s > 138; s -= 138) i(32754)
          s > 2 && (i(s > 10 ? ((s - 11) << 5) | 28690 : ((s - 3) << 5) | 12305), (s = 0))
        } else if (s > 3) {
          for (i(o), --s; s > 6; s -= 6) i(8304)
          s > 2 && (i(((s - 3) << 5) | 8208), (s = 0))
        }
        for (; s--;) i(o)
        ;((s = 1), (o = t[a]))
      }
    return { c: n.subarray(0, r), n: e }
  },
  Yr = function (t, e) {
    for (var n = 0, r = 0; r < e.length; ++r) n += t[r] * e[r]
    return n
  },
  dh = function (t, e, n) {
    var r = n.length,
      o = vl(e + 2)
    ;((t[o] = r & 255), (t[o + 1] = r >> 8), (t[o + 2] = t[o] ^ 255), (t[o + 3] = t[o + 1] ^ 255))
    for (var s = 0; s < r; ++s) t[o + s + 4] = n[s]
    return (o + 4 + r) * 8
  },
  ah = function (t, e, n, r, o, s, i, a, l, c, f) {
    ;(St(e, f++, n), ++o[256])
    for (
      var d = fl(o, 15),
        p = d.t,
        h = d.l,
        y = fl(s, 15),
        m = y.t,
        g = y.l,
        k = ih(p),
        b = k.c,
        w = k.n,
        A = ih(m),
        T = A.c,
        E = A.n,
        O = new Ee(19),
        S = 0;
      S < b.length;
      ++S
    )
      ++O[b[S] & 31]
    for (var S = 0; S < T.length; ++S) ++O[T[S] & 31]
    for (var R = fl(O, 7), W = R.t, G = R.l, q = 19; q > 4 && !W[pl[q - 1]]; --q);
    var Fe = (c + 5) << 3,
      Me = Yr(o, Wt) + Yr(s, Jr) + i,
      ve = Yr(o, p) + Yr(s, m) + i + 14 + 3 * q + Yr(O, W) + 2 * O[16] + 3 * O[17] + 7 * O[18]
    if (l >= 0 && Fe <= Me && Fe <= ve) return dh(e, f, t.subarray(l, l + c))
    var ce, X, ke, ue
    if ((St(e, f, 1 + (ve < Me)), (f += 2), ve < Me)) {
      ;((ce = it(p, h, 0)), (X = p), (ke = it(m, g, 0)), (ue = m))
      var Gn = it(W, G, 0)
      ;(St(e, f, w - 257), St(e, f + 5, E - 1), St(e, f + 10, q - 4), (f += 14))
      for (var S = 0; S < q; ++S) St(e, f + 3 * S, W[pl[S]])
      f += 3 * q
      for (var Le = [b, T], lt = 0; lt < 2; ++lt)
        for (var Ae = Le[lt], S = 0; S < Ae.length; ++S) {
          var Ce = Ae[S] & 31
          ;(St(e, f, Gn[Ce]),
            (f += W[Ce]),
            Ce > 15 && (St(e, f, (Ae[S] >> 5) & 127), (f += Ae[S] >> 12)))
        }
    } else ((ce = c0), (X = Wt), (ke = d0), (ue = Jr))
    for (var S = 0; S < a; ++S) {
      var Z = r[S]
      if (Z > 255) {
        var Ce = (Z >> 18) & 31
        ;(Gr(e, f, ce[Ce + 257]),
          (f += X[Ce + 257]),
          Ce > 7 && (St(e, f, (Z >> 23) & 31), (f += $s[Ce])))
        var Je = Z & 31
        ;(Gr(e, f, ke[Je]), (f += ue[Je]), Je > 3 && (Gr(e, f, (Z >> 5) & 8191), (f += Os[Je])))
      } else (Gr(e, f, ce[Z]), (f += X[Z]))
    }
    return (Gr(e, f, ce[256]), f + X[256])
  },
  h0 = new yl([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]),
  fh = new ie(0),
  g0 = function (t, e, n, r, o, s) {
    var i = s.z || t.length,
      a = new ie(r + i + 5 * (1 + Math.ceil(i / 7e3)) + o),
      l = a.subarray(r, a.length - o),
      c = s.l,
      f = (s.r || 0) & 7
    if (e) {
      f && (l[0] = s.r >> 3)
      for (
        var d = h0[e - 1],
          p = d >> 13,
          h = d & 8191,
          y = (1 << n) - 1,
          m = s.p || new Ee(32768),
          g = s.h || new Ee(y + 1),
          k = Math.ceil(n / 3),
          b = 2 * k,
          w = function (qs) {
            return (t[qs] ^ (t[qs + 1] << k) ^ (t[qs + 2] << b)) & y
          },
          A = new yl(25e3),
          T = new Ee(288),
          E = new Ee(32),
          O = 0,
          S = 0,
          R = s.i || 0,
          W = 0,
          G = s.w || 0,
          q = 0;
        R + 2 < i;
        ++R
      ) {
        var Fe = w(R),
          Me = R & 32767,
          ve = g[Fe]
        if (((m[Me] = ve), (g[Fe] = Me), G <= R)) {
          var ce = i - R
          if ((O > 7e3 || W > 24576) && (ce > 423 || !c)) {
            ;((f = ah(t, l, 0, A, T, E, S, W, q, R - q, f)), (W = O = S = 0), (q = R))
            for (var X = 0; X < 286; ++X) T[X] = 0
            for (var X = 0; X < 30; ++X) E[X] = 0
          }
          var ke = 2,
            ue = 0,
            Gn = h,
            Le = (Me - ve) & 32767
          if (ce > 2 && Fe == w(R - Le))
            for (
              var lt = Math.min(p, ce) - 1, Ae = Math.min(32767, R), Ce = Math.min(258, ce);
              Le <= Ae && --Gn && Me != ve;
            ) {
              if (t[R + ke] == t[R + ke - Le]) {
                for (var Z = 0; Z < Ce && t[R + Z] == t[R + Z - Le]; ++Z);
                if (Z > ke) {
                  if (((ke = Z), (ue = Le), Z > lt)) break
                  for (var Je = Math.min(Le, Z - 2), cn = 0, X = 0; X < Je; ++X) {
                    var un = (R - Le + X) & 32767,
                      Zr = m[un],
                      eo = (un - Zr) & 32767
                    eo > cn && ((cn = eo), (ve = un))
                  }
                }
              }
              ;((Me = ve), (ve = m[Me]), (Le += (Me - ve) & 32767))
            }
          if (ue) {
            A[W++] = 268435456 | (ml[ke] << 18) | sh[ue]
            var Yn = ml[ke] & 31,
              Qn = sh[ue] & 31
            ;((S += $s[Yn] + Os[Qn]), ++T[257 + Yn], ++E[Qn], (G = R + ke), ++O)
          } else ((A[W++] = t[R]), ++T[t[R]])
        }
      }
      for (R = Math.max(R, G); R < i; ++R) ((A[W++] = t[R]), ++T[t[R]])
      ;((f = ah(t, l, c, A, T, E, S, W, q, R - q, f)),
        c ||
          ((s.r = (f & 7) | (l[(f / 8) | 0] << 3)),
          (f -= 7),
          (s.h = g),
          (s.p = m),
          (s.i = R),
          (s.w = G)))
    } else {
      for (var R = s.w || 0; R < i + c; R += 65535) {
        var dn = R + 65535
        ;(dn >= i && ((l[(f / 8) | 0] = c), (dn = i)), (f = dh(l, f + 1, t.subarray(R, dn))))
      }
      s.i = i
    }
    return Qr(a, 0, r + vl(f) + o)
  }
var y0 = function (t, e, n, r, o) {
  if (!o && ((o = { l: 1 }), e.dictionary)) {
    var s = e.dictionary.subarray(-32768),
      i = new ie(s.length + t.length)
    ;(i.set(s), i.set(t, s.length), (t = i), (o.w = s.length))
  }
  return g0(
    t,
    e.level == null ? 6 : e.level,
    e.mem == null
      ? o.l
        ? Math.ceil(Math.max(8, Math.min(13, Math.log(t.length))) * 1.5)
        : 20
      : 12 + e.mem,
    n,
    r,
    o,
  )
}
function ph(t, e) {
  return y0(t, e || {}, 0, 0)
}
var mh = (function () {
  function t(e, n) {
    ;(typeof e == 'function' && ((n = e), (e = {})), (this.ondata = n))
    var r = e && e.dictionary && e.dictionary.subarray(-32768)
    ;((this.s = { i: 0, b: r ? r.length : 0 }),
      (this.o = new ie(32768)),
      (this.p = new ie(0)),
      r && this.o.set(r))
  }
  return (
    (t.prototype.e = function (e) {
      if ((this.ondata || Qe(5), this.d && Qe(4), !this.p.length)) this.p = e
      else if (e.length) {
        var n = new ie(this.p.length + e.length)
        ;(n.set(this.p), n.set(e, this.p.length), (this.p = n))
      }
    }),
    (t.prototype.c = function (e) {
      this.s.i = +(this.d = e || !1)
      var n = this.s.b,
        r = m0(this.p, this.s, this.o)
      ;(this.ondata(Qr(r, n, this.s.b), this.d),
        (this.o = Qr(r, this.s.b - 32768)),
        (this.s.b = this.o.length),
        (this.p = Qr(this.p, (this.s.p / 8) | 0)),
        (this.s.p &= 7))
    }),
    (t.prototype.push = function (e, n) {
      ;(this.e(e), this.c(n))
    }),
    t
  )
})()
var v0 = typeof TextDecoder < 'u' && new TextDecoder(),
  k0 = 0
try {
  ;(v0.decode(fh, { stream: !0 }), (k0 = 1))
} catch {}
var hh = 1024,
  S0 = 0
function gh(t, e) {
  return ph(t, e ? { level: 9, mem: 8, dictionary: e } : { level: 9, mem: 8 })
}
function yh(t, e, n) {
  let r = [],
    o = 0,
    s = !1,
    i = new mh(n ? { dictionary: n } : {}, (a, l) => {
      ;((o += a.byteLength), r.push(a), l && (s = !0))
    })
  try {
    for (let a = 0; a < t.length || a === 0; a += hh) {
      let l = Math.min(t.length, a + hh)
      if ((i.push(t.subarray(a, l), l >= t.length), o > e)) return { ok: !1, code: 'too-large' }
      if (l >= t.length) break
    }
  } catch (a) {
    return { ok: !1, code: b0(a) === S0 ? 'truncated' : 'corrupt' }
  }
  return s ? { ok: !0, bytes: w0(r, o) } : { ok: !1, code: 'truncated' }
}
function b0(t) {
  return typeof t == 'object' && t !== null && 'code' in t && typeof t.code == 'number'
    ? t.code
    : void 0
}
function w0(t, e) {
  if (t.length === 1 && t[0]) return t[0]
  let n = new Uint8Array(e),
    r = 0
  for (let o of t) (n.set(o, r), (r += o.byteLength))
  return n
}
var x0 = (() => {
  let t = new Uint32Array(256)
  for (let e = 0; e < 256; e++) {
    let n = e
    for (let r = 0; r < 8; r++) n = n & 1 ? 3988292384 ^ (n >>> 1) : n >>> 1
    t[e] = n >>> 0
  }
  return t
})()
function kl(t) {
  let e = 4294967295
  for (let n of t) e = (x0[(e ^ n) & 255] ?? 0) ^ (e >>> 8)
  return (e ^ 4294967295) >>> 0
}
function vh(t) {
  return kl(t).toString(16).padStart(8, '0')
}
var kh = `            affinityMode: soft
            affinityMode: hard
            replicas: 3
            strategy: random
            strategy: single-az-single-rg
            strategy: single-az-multi-rg
            strategy: multi-az-single-rg
            strategy: multi-az-multi-rg
            strategy: cross-region
            strategy: custom
            customPlacement:
              name: 
              value: 
              valueFrom:
              key: 
              operator: 
              effect: 
              tolerationSeconds: 
          existingClaim: 
          spec:
          trace: true
          trace: false
          debug: true
          debug: false
          logTime: true
          logTime: false
          logFile: /tmp/milvus/logs/nats.log
          logSizeLimit: 536870912
          maxAge: 4320
          maxBytes: 
          maxMsgs: 
          queueSize: 10000
          maxRetries: 3
          maxBatchEntries: 1000
          maxBatchBytes: 2000000
          maxSize: 256M
          maxInterval: 10m
          maxBlocks: 1000
          maxInterval: 10s
          enabled: true
          enabled: false
          maxBatchSize: 16M
          maxFetchThreads: 4
          quorumBufferPools:
          quorumSelectStrategy:
          maxInterval: 200ms
          maxIntervalForLocalStorage: 10ms
          maxIntervalForService: 10ms
          maxBytes: 256M
          maxEntries: 10000
          maxFlushRetries: 5
          retryInterval: 1000ms
          maxFlushSize: 2M
          maxFlushThreads: 32
          maxSize: 2M
          maxParallelUploads: 4
          maxParallelReads: 8
          maxFetchThreads: 32
          ttl: 72h
          conditionWrite: auto
          conditionWrite: enable
          conditionWrite: disable
          name: 
        limits:
        requests:
        claims:
          value: 
          valueFrom:
          key: 
          operator: 
          effect: 
          tolerationSeconds: 
          mountPath: 
          subPath: 
          subPathExpr: 
          readOnly: true
          readOnly: false
          mountPropagation: 
          recursiveReadOnly: 
          replicas: 
          labels:
          annotations:
          extraEnv:
          nodeSelector:
          affinity:
          tolerations:
          topologySpreadConstraints:
        enabled: true
        enabled: false
        pvcDeletion: true
        pvcDeletion: false
        persistentVolumeClaim:
          seeds:
        values:
        chartVersion: pulsar-v3
        deletionPolicy: Delete
        deletionPolicy: Retain
        chartVersion: 
        chartVersion: etcd-v8
        caCertificateRef: 
        insecureSkipVerify: true
        insecureSkipVerify: false
        mergeCheckInterval: 0.1
        targetBufSize: 16
        maxTolerantLag: 3
        tlsCert: 
        tlsKey: 
        tlsCaCert: 
        tlsKeyPassword: 
        port: 4222
        storeDir: /var/lib/milvus/nats
        maxFileStore: 17179869184
        maxPayload: 8388608
        maxPending: 67108864
        initializeTimeout: 4000
        monitor:
        retention:
        type: etcd
        prefix: woodpecker
        segmentAppend:
        segmentRollingPolicy:
        auditor:
        directRead:
        quorum:
        segmentSyncPolicy:
        segmentCompactionPolicy:
        segmentReadPolicy:
        retentionPolicy:
        fencePolicy:
        type: minio
        type: local
        type: service
        rootPath: default
        userName: 
        password: 
        tlsCACert: 
        tlsMinVersion: 
        name: 
      limits:
      requests:
      claims:
        value: 
        valueFrom:
        key: 
        operator: 
        effect: 
        tolerationSeconds: 
        mountPath: 
        subPath: 
        subPathExpr: 
        readOnly: true
        readOnly: false
        mountPropagation: 
        recursiveReadOnly: 
      image: 
      version: 
      imagePullPolicy: 
      imagePullSecrets:
      resources:
      env:
      nodeSelector:
      affinity:
      tolerations:
      topologySpreadConstraints:
      volumes:
      volumeMounts:
      serviceAccountName: 
      priorityClassName: 
      schedulerName: 
      hostNetwork: true
      hostNetwork: false
      dnsPolicy: 
      podLabels:
      podAnnotations:
      paused: true
      paused: false
      commands:
      runWithSubProcess: true
      runWithSubProcess: false
      probes:
      securityContext:
      replicas: 1
      sidecars:
      initContainers:
      serviceType: ClusterIP
      serviceType: NodePort
      serviceType: LoadBalancer
      port: 19530
      serviceRestfulPort: 
      serviceLabels:
      serviceAnnotations:
      ingress:
      groups:
      persistence:
      external: true
      external: false
      quorumBufferPools:
      inCluster:
      endpoint: 
      brokerList:
      secretRef: 
      endpoints:
      type: MinIO
      type: S3
      type: Azure
      ssl:
      enabled: true
      enabled: false
      type: default
      type: pulsar
      type: kafka
      type: rocksmq
      type: natsmq
      type: woodpecker
      enablePursuitMode: true
      enablePursuitMode: false
      pursuitLag: 10
      pursuitBufferSize: 8388608
      pursuitBufferTime: 60
      mqBufSize: 16
      dispatcher:
      brokerList: localhost:9092
      securityProtocol: PLAINTEXT
      securityProtocol: SSL
      securityProtocol: SASL_PLAINTEXT
      securityProtocol: SASL_SSL
      saslMechanisms: PLAIN
      saslMechanisms: SCRAM-SHA-256
      saslMechanisms: SCRAM-SHA-512
      saslUsername: 
      saslPassword: 
      readTimeout: 10
      queuedmaxkbytes: 100000
      consumer:
      producer:
      address: localhost
      port: 6650
      webport: 80
      webaddress: 
      maxMessageSize: 2097152
      tenant: public
      namespace: default
      authPlugin: 
      authParams: 
      requestTimeout: 60
      enableClientMetrics: true
      enableClientMetrics: false
      backlogAutoClearBytes: 100m
      path: /var/lib/milvus/rdb_data
      lrucacheratio: 0.06
      rocksmqPageSize: 67108864
      retentionTimeInMinutes: 4320
      retentionSizeInMB: 8192
      compactionInterval: 86400
      compressionTypes: 0,0,7,7,7
      server:
      meta:
      client:
      logstore:
      storage:
      endpoints: 
      rootPath: 
      auth:
      address: 
      port: 
      accessKeyID: 
      secretAccessKey: 
      useSSL: true
      useSSL: false
      bucketName: 
      rootPath: files
      useIAM: true
      useIAM: false
      cloudProvider: aws
      cloudProvider: gcp
      cloudProvider: aliyun
      cloudProvider: azure
      iamEndpoint: 
      region: 
      useVirtualHost: true
      useVirtualHost: false
      storageType: remote
    image: milvusdb/milvus:v2.6.11
    version: 
    imagePullPolicy: 
    imagePullSecrets:
    resources:
    env:
    nodeSelector:
    affinity:
    tolerations:
    topologySpreadConstraints:
    volumes:
    volumeMounts:
    serviceAccountName: 
    priorityClassName: 
    schedulerName: 
    hostNetwork: true
    hostNetwork: false
    dnsPolicy: 
    podLabels:
    podAnnotations:
    paused: true
    paused: false
    commands:
    runWithSubProcess: true
    runWithSubProcess: false
    probes:
    securityContext:
    enableRollingUpdate: true
    enableRollingUpdate: false
    rollingMode: 2
    imageUpdateMode: rollingUpgrade
    imageUpdateMode: rollingDowngrade
    imageUpdateMode: all
    imageUpdateMode: force
    updateConfigMapOnly: true
    updateConfigMapOnly: false
    streamingMode: true
    streamingMode: false
    targetPortType: string
    targetPortType: integer
    disableMetric: true
    disableMetric: false
    metricInterval: 
    metricLabels:
    toolImage: 
    dummyImage: 
    updateToolImage: true
    updateToolImage: false
    enableManualMode: true
    enableManualMode: false
    activeConfigMap: 
    runAsNonRoot: true
    runAsNonRoot: false
    standalone:
    proxy:
    mixCoord:
    rootCoord:
    dataCoord:
    queryCoord:
    indexCoord:
    dataNode:
    queryNode:
    indexNode:
    streamingNode:
    cdc:
    msgStreamType: rocksmq
    msgStreamType: natsmq
    msgStreamType: pulsar
    msgStreamType: kafka
    msgStreamType: woodpecker
    msgStreamType: custom
    rocksmq:
    natsmq:
    woodpecker:
    pulsar:
    kafka:
    customMsgStream:
    etcd:
    storage:
    tei:
    mq:
    minio:
    common:
  name: 
  namespace: default
  labels:
  annotations:
  generateName: 
  uid: 
  resourceVersion: 
  generation: 
  creationTimestamp: 
  deletionTimestamp: 
  deletionGracePeriodSeconds: 
  finalizers:
  ownerReferences:
  mode: cluster
  mode: standalone
  components:
  dependencies:
  config:
  hookConfig:
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
spec:
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  namespace: default
  labels:
    app: milvus
spec:
  mode: standalone
  mode: cluster
  dependencies:
    msgStreamType: woodpecker
    msgStreamType: pulsar
    msgStreamType: kafka
    msgStreamType: rocksmq
    etcd:
      inCluster:
        deletionPolicy: Delete
        pvcDeletion: true
        values:
    storage:
      inCluster:
    pulsar:
      inCluster:
    kafka:
      external: true
      endpoints:
  components:
    image: milvusdb/milvus:v2.6.11
    image: milvusdb/milvus:v2.5.16
    resources:
      requests:
        cpu: 
        memory: 
      limits:
  config:
`
var xe = bt(dt(), 1)
var Sh = new Set([
    'password',
    'passwd',
    'pwd',
    'passphrase',
    'secret',
    'secrets',
    'token',
    'tokens',
    'credential',
    'credentials',
    'username',
    'apikey',
    'accesskey',
    'secretkey',
    'privatekey',
    'authparams',
  ]),
  M0 = new Set([
    'ref',
    'refs',
    'name',
    'names',
    'file',
    'path',
    'dir',
    'enabled',
    'enable',
    'type',
    'plugin',
    'mechanism',
    'mechanisms',
    'protocol',
    'mode',
    'policy',
    'ttl',
    'timeout',
    'interval',
    'size',
    'length',
    'count',
  ]),
  A0 = new Set([
    'topology',
    'partition',
    'routing',
    'primary',
    'sort',
    'hash',
    'label',
    'node',
    'match',
    'field',
    'metric',
    'shard',
    'clustering',
    'cache',
    'dedup',
    'group',
    'lookup',
    'index',
    'foreign',
    'unique',
    'object',
    'tag',
    'annotation',
    'selector',
    'config',
    'map',
    'tls',
    'ssl',
    'client',
  ]),
  C0 = new Set(['access', 'secret', 'api', 'private', 'account', 'encryption', 'master'])
function T0(t) {
  return t
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((e) => e !== '')
    .map((e) => e.toLowerCase())
}
function Is(t) {
  let e = T0(t),
    n = e[e.length - 1]
  if (n === void 0) return !1
  let r = e.join('')
  return r === 'existingsecret'
    ? !1
    : r === 'connectionstring' || e.includes('username') || r.endsWith('username')
      ? !0
      : M0.has(n)
        ? !1
        : R0(e)
          ? !0
          : n === 'id' || n === 'ids' || n === 'key' || n === 'keys'
            ? !1
            : Sh.has(r) || e.some((o) => Sh.has(o))
}
function R0(t) {
  return t.some((e, n) => {
    if (e !== 'key' || n === 0) return !1
    let r = t[n - 1] ?? ''
    return C0.has(r) ? !0 : n === t.length - 1 && !A0.has(r)
  })
}
var E0 =
  /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|CONNECTION_?STRING|USERNAME|(ACCESS|API|PRIVATE|ACCOUNT)_?KEY|_KEY$/i
function Sl(t) {
  return E0.test(t)
}
var Xr = '<redacted>'
function wl(t) {
  let { hits: e, broken: n } = L0(t),
    r = [...new Map(e.map((i) => [i.start, i])).values()].sort((i, a) => a.start - i.start),
    o = t
  for (let i of r) {
    let a = o.slice(i.start, i.end),
      l = /\s*$/.exec(a)?.[0] ?? ''
    o = o.slice(0, i.start) + Xr + l + o.slice(i.end)
  }
  let s = e.map(({ document: i, path: a, key: l }) => ({ document: i, path: a, key: l }))
  return n ? P0(o, s) : { text: o, removed: s }
}
function P0(t, e) {
  let n = 0
  return {
    text: t
      .split(
        `
`,
      )
      .map((o) => {
        ;/^---(\s|$)/.test(o) && n++
        let s = /^(\s*(?:-\s+)?["']?([^\s"':#][^"':#]*?)["']?\s*:\s+)(\S.*?)(\s+#.*)?(\r?)$/.exec(o)
        return !s || !Is(s[2] ?? '') || s[3] === Xr || /^[|>{[&*!]/.test(s[3] ?? '')
          ? o
          : (e.push({ document: n, path: s[2] ?? '', key: s[2] ?? '' }),
            `${s[1] ?? ''}${Xr}${s[4] ?? ''}${s[5] ?? ''}`)
      }).join(`
`),
    removed: e,
  }
}
function L0(t) {
  let e = [],
    n
  try {
    n = (0, xe.parseAllDocuments)(t, { uniqueKeys: !1 })
  } catch {
    return { hits: e, broken: !0 }
  }
  if (!Array.isArray(n)) return { hits: e, broken: !1 }
  let r = n.some((o) => o.errors.length > 0)
  return (
    n.forEach((o, s) => {
      let i = (0, xe.isMap)(o.contents) && Ds(o.contents.get('kind', !0)) === 'Secret',
        a = new bl(o, s, i, e)
      ;(a.visit(o.contents, [], !1, 0), (r ||= a.truncated))
    }),
    { hits: e, broken: r }
  )
}
function Ds(t) {
  return (0, xe.isScalar)(t) && (typeof t.value == 'string' || typeof t.value == 'number')
    ? String(t.value)
    : void 0
}
var N0 = 500,
  bl = class {
    doc
    index
    isSecretKind
    hits
    expanded = new Set()
    truncated = !1
    constructor(e, n, r, o) {
      ;((this.doc = e), (this.index = n), (this.isSecretKind = r), (this.hits = o))
    }
    visit(e, n, r, o) {
      if (e != null) {
        if (o > N0) {
          this.truncated = !0
          return
        }
        ;(0, xe.isScalar)(e)
          ? this.scalar(e, n, r)
          : (0, xe.isAlias)(e)
            ? this.alias(e, n, r, o)
            : (0, xe.isMap)(e)
              ? this.map(e.items, n, r, o)
              : (0, xe.isSeq)(e) && e.items.forEach((s, i) => this.visit(s, [...n, i], r, o + 1))
      }
    }
    map(e, n, r, o) {
      let s = Ds(e.find((i) => Ds(i.key) === 'name')?.value)
      for (let i of e) {
        let a = Ds(i.key) ?? '',
          l = [...n, a],
          c = this.isSecretKind && n.length === 0 && (a === 'data' || a === 'stringData'),
          f = a === 'value' && s !== void 0 && Sl(s),
          d = r || c || f || Is(a)
        this.visit(i.value, l, d, o + 1)
      }
    }
    scalar(e, n, r) {
      if (!r || !e.range) return
      let o = e.value
      if (o === null || o === '' || o === Xr) return
      let [s, i] = e.range
      i <= s || this.record(s, i, n)
    }
    alias(e, n, r, o) {
      if (!r || !e.range) return
      this.record(e.range[0], e.range[1], n)
      let s = (0, xe.isAlias)(e) ? e.resolve(this.doc) : void 0
      !s ||
        (0, xe.isAlias)(s) ||
        this.expanded.has(s) ||
        (this.expanded.add(s), this.visit(s, n, !0, o + 1))
    }
    record(e, n, r) {
      let o = [...r].reverse().find((s) => typeof s == 'string') ?? ''
      this.hits.push({ document: this.index, path: ee(r), key: o, start: e, end: n })
    }
  }
var wh = 2,
  Hn = 2 * 1024 * 1024,
  xh = 4 * 1024 * 1024
var $0 = {
  truncated: {
    en: 'This link is incomplete: it was probably cut off when it was copied. Ask for the whole link.',
    ko: '\uB9C1\uD06C\uAC00 \uC644\uC804\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uBCF5\uC0AC\uD558\uB294 \uC911\uC5D0 \uC798\uB9B0 \uAC83 \uAC19\uC73C\uB2C8 \uC804\uCCB4 \uB9C1\uD06C\uB97C \uB2E4\uC2DC \uBC1B\uC544 \uC8FC\uC138\uC694.',
  },
  corrupt: {
    en: 'This link is damaged and cannot be read. Your current work was kept.',
    ko: '\uB9C1\uD06C\uAC00 \uC190\uC0C1\uB418\uC5B4 \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC9C0\uAE08 \uC791\uC5C5 \uC911\uC778 \uB0B4\uC6A9\uC740 \uADF8\uB300\uB85C \uB450\uC5C8\uC2B5\uB2C8\uB2E4.',
  },
  version: {
    en: 'This link was made by a newer version of the studio. Open it there, or update this one.',
    ko: '\uB354 \uC0C8\uB85C\uC6B4 \uBC84\uC804\uC758 \uC2A4\uD29C\uB514\uC624\uC5D0\uC11C \uB9CC\uB4E0 \uB9C1\uD06C\uC785\uB2C8\uB2E4. \uADF8 \uBC84\uC804\uC5D0\uC11C \uC5F4\uAC70\uB098 \uC774 \uC2A4\uD29C\uB514\uC624\uB97C \uC5C5\uB370\uC774\uD2B8\uD574 \uC8FC\uC138\uC694.',
  },
  'too-large': {
    en: 'This link holds more than 2 MB of text, so it was not opened.',
    ko: '\uB9C1\uD06C\uC5D0 \uB2F4\uAE34 \uD14D\uC2A4\uD2B8\uAC00 2MB\uB97C \uB118\uC5B4\uC11C \uC5F4\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4.',
  },
  foreign: {
    en: 'This is not a Milvus Config Studio share link.',
    ko: 'Milvus Config Studio \uACF5\uC720 \uB9C1\uD06C\uAC00 \uC544\uB2D9\uB2C8\uB2E4.',
  },
}
function xl(t, e) {
  try {
    return Promise.resolve(O0(t, e))
  } catch (n) {
    return Promise.reject(n instanceof Error ? n : new Error(String(n)))
  }
}
function O0(t, e) {
  if (t.length > Hn) throw new RangeError(`Share links carry at most ${Hn} bytes of text.`)
  let { text: n, removed: r } = e.includeSecrets ? { text: t, removed: [] } : wl(t),
    o = new TextEncoder().encode(n)
  if (o.byteLength > Hn)
    throw new RangeError(`The document is ${o.byteLength} bytes; share links carry at most ${Hn}.`)
  let s = cl(gh(o, Ah())),
    i = `#s${wh}.${s}.${Mh(o)}`
  return { fragment: i, removed: r, length: i.length }
}
var I0 = new Map([
  [1, { checksum: vh, whole: /^[0-9a-f]{8}$/, partial: /^[0-9a-f]{0,7}$/, dictionary: () => {} }],
  [
    2,
    { checksum: Mh, whole: /^[A-Za-z0-9_-]{6}$/, partial: /^[A-Za-z0-9_-]{0,5}$/, dictionary: Ah },
  ],
])
function Ml(t) {
  return Promise.resolve(D0(t))
}
function D0(t) {
  let e = _0(String(t))
  if (e.length > xh) return at('too-large')
  let n = /^s(\d{1,6})\./.exec(e)
  if (!n) return at('foreign')
  let r = Number(n[1]),
    o = I0.get(r)
  if (!o) return at('version')
  let s = e.slice(n[0].length)
  if (!/^[A-Za-z0-9_.-]*$/.test(s)) return at('corrupt')
  let i = s.lastIndexOf('.')
  if (i < 0) return at('truncated')
  let a = s.slice(i + 1)
  if (!o.whole.test(a)) return at(o.partial.test(a) ? 'truncated' : 'corrupt')
  let l = oh(s.slice(0, i))
  if (!l) return at('corrupt')
  let c = yh(l, Hn, o.dictionary())
  if (!c.ok) return at(c.code)
  if (o.checksum(c.bytes) !== a) return at('corrupt')
  try {
    return {
      ok: !0,
      source: new TextDecoder('utf-8', { fatal: !0, ignoreBOM: !0 }).decode(c.bytes),
      version: r,
    }
  } catch {
    return at('corrupt')
  }
}
function Mh(t) {
  let e = kl(t)
  return cl(new Uint8Array([e >>> 24, (e >>> 16) & 255, (e >>> 8) & 255, e & 255]))
}
var bh
function Ah() {
  return ((bh ??= new TextEncoder().encode(kh)), bh)
}
function _0(t) {
  let e = t.indexOf('#')
  return (e >= 0 ? t.slice(e + 1) : t).replace(/\s+/g, '')
}
function at(t) {
  return { ok: !1, code: t, error: $0[t] }
}
var Pe = { ok: 0, findings: 1, usage: 2 }
function Ch(t) {
  return typeof t == 'string' ? t : new TextDecoder('utf-8').decode(t)
}
var Rh = ['manifest', 'kubectl', 'helm', 'effective'],
  Wn = (t, e = '') => ({ code: Pe.ok, stdout: t, stderr: e }),
  Al = (t) => ({ code: Pe.findings, stdout: '', stderr: t })
function Eh(t, e, n, r) {
  if (t === 'manifest') return Wn(e)
  if (t === 'kubectl') return Wn(ol(e, { operatorInstall: r }))
  let o = Hr(e).resource
  if (!o)
    return Al(
      n === 'ko'
        ? `Milvus \uB9AC\uC18C\uC2A4\uB97C \uCC3E\uC9C0 \uBABB\uD588\uAC70\uB098 \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.
`
        : `No readable Milvus resource in the input.
`,
    )
  if (t === 'helm') {
    let { yaml: c, unmapped: f } = al(o),
      d = f.map((h) => `#   ${h.path}: ${h.reason[n]}`),
      p =
        d.length > 0
          ? `
# ${n === 'ko' ? '\uCC28\uD2B8\uB85C \uC62E\uAE30\uC9C0 \uBABB\uD55C \uC124\uC815' : 'Not carried over to the chart'}:
${d.join(`
`)}
`
          : ''
    return Wn(c + p)
  }
  let { resource: s, changes: i, notes: a } = ll(o),
    l = [...a.map((c) => `# ${c[n]}`), ...i.map((c) => `# ${c.kind} ${c.path}: ${c.note[n]}`)].map(
      (c) => c.replace(/[\r\n]+/g, ' '),
    )
  return Wn(`${l.join(`
`)}
${(0, Th.stringify)(s)}`)
}
async function Ph(t, e, n) {
  try {
    let { fragment: r, removed: o } = await xl(t, { includeSecrets: e }),
      s = o.map((a) => `  ${a.document > 0 ? `#${a.document} ` : ''}${a.path}`),
      i =
        s.length > 0
          ? `${n === 'ko' ? '\uB9C1\uD06C\uC5D0\uC11C \uC81C\uAC70\uD55C \uBE44\uBC00 \uAC12' : 'Secrets removed from the link'} (${s.length}):
${s.join(`
`)}
`
          : ''
    return Wn(
      `${r}
`,
      i,
    )
  } catch (r) {
    return Al(`${r instanceof Error ? r.message : String(r)}
`)
  }
}
async function Lh(t, e) {
  let n = await Ml(t)
  return n.ok
    ? Wn(n.source)
    : Al(`${n.code}: ${n.error[e]}
`)
}
var Nh = { error: 'error', warning: 'warning', info: 'note' }
function $h(t, e, n) {
  let r = [],
    o = t.files.flatMap((l) =>
      l.documents.flatMap((c) =>
        c.findings.map(
          (f) => (
            r.includes(f.rule) || r.push(f.rule),
            {
              ruleId: f.rule,
              ruleIndex: r.indexOf(f.rule),
              level: Nh[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: q0(l.file) },
                    region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
                  },
                  ...(f.path
                    ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] }
                    : {}),
                },
              ],
            }
          ),
        ),
      ),
    ),
    s = r.map((l) => {
      let c = bs.find((f) => f.id === l)
      return {
        id: l,
        shortDescription: { text: c ? c.title[e] : l },
        ...(c ? { fullDescription: { text: c.explanation[e] } } : {}),
        ...(c ? { defaultConfiguration: { level: Nh[c.severity] } } : {}),
      }
    }),
    i = t.files
      .filter((l) => l.error !== void 0)
      .map((l) => ({ level: 'error', message: { text: `${l.file}: ${l.error ?? ''}` } })),
    a = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'milvus-studio', version: n, rules: s } },
          results: o,
          invocations: [{ executionSuccessful: i.length === 0, toolExecutionNotifications: i }],
        },
      ],
    }
  return (
    JSON.stringify(a, null, 2) +
    `
`
  )
}
function q0(t) {
  return t
    .split('/')
    .map((e) => encodeURIComponent(e))
    .join('/')
}
function Oh(t, e) {
  let n = [],
    r = { error: 0, warning: 0, info: 0 }
  for (let o of t.files) {
    if (o.error !== void 0) {
      n.push(
        `${o.file}: ${e === 'ko' ? '\uC77D\uC744 \uC218 \uC5C6\uC74C' : 'cannot read'}: ${o.error}`,
      )
      continue
    }
    for (let s of o.documents)
      for (let i of s.findings) {
        r[i.severity]++
        let a = i.path ? ` ${i.path}` : ''
        n.push(`${o.file}:${i.line}:${i.column}: ${i.severity} ${F0(i.message)} [${i.rule}]${a}`)
      }
  }
  return (
    n.push(
      e === 'ko'
        ? `\uC624\uB958 ${r.error}\uAC1C, \uACBD\uACE0 ${r.warning}\uAC1C, \uC815\uBCF4 ${r.info}\uAC1C (\uD30C\uC77C ${t.files.length}\uAC1C)`
        : `${r.error} error(s), ${r.warning} warning(s), ${r.info} info (${t.files.length} file(s))`,
    ),
    n.join(`
`) +
      `
`
  )
}
function F0(t) {
  return [...t].map((e) => ((e.codePointAt(0) ?? 0) < 32 || e === '\x7F' ? ' ' : e)).join('')
}
function Dh(t, e, n) {
  let r = Hr(e),
    o = new Set(),
    s = r.documents.map(
      (a) => (
        a.findings.forEach((l) => o.add(l)),
        { index: a.index, kind: a.kind, name: a.name, findings: a.findings.map((l) => Ih(l, n)) }
      ),
    ),
    i = r.findings.filter((a) => !o.has(a))
  return (
    i.length > 0 && s.unshift({ index: -1, kind: '', name: '', findings: i.map((a) => Ih(a, n)) }),
    { file: t, documents: s }
  )
}
function Ih(t, e) {
  return {
    rule: t.rule,
    severity: t.severity,
    path: ee(t.path),
    line: t.range?.start.line ?? 1,
    column: t.range?.start.col ?? 1,
    message: t.message[e] || t.message.en,
  }
}
function _h(t) {
  return t.files.some((e) =>
    e.documents.some((n) => n.findings.some((r) => r.severity === 'error')),
  )
}
function qh(t) {
  return t.files.some((e) => e.error !== void 0)
}
var Cl = `milvus-studio: check and export Milvus Operator \`Milvus\` resources

Usage:
  milvus-studio lint [--format text|json|sarif] [--lang en|ko] FILE...
  milvus-studio export --to manifest|kubectl|helm|effective [--operator-install helm|manifest] FILE
  milvus-studio share encode FILE [--include-secrets]
  milvus-studio share decode LINK
  milvus-studio --help

lint exits 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.
share encode removes secrets (passwords, keys, tokens, Secret data) unless --include-secrets is given.
`
var Kh = '0.1.0',
  K0 = ['text', 'json', 'sarif'],
  Fh = ['format', 'lang', 'to', 'operator-install']
async function Bh(t, e) {
  try {
    let n = await B0(t, e)
    return (n.stdout && e.stdout(n.stdout), n.stderr && e.stderr(n.stderr), n.code)
  } catch (n) {
    return (
      e.stderr(`milvus-studio: unexpected failure: ${n instanceof Error ? n.message : String(n)}
`),
      Pe.usage
    )
  }
}
var qe = (t) => ({
  code: Pe.usage,
  stdout: '',
  stderr: `${
    t
      ? `milvus-studio: ${t}

`
      : ''
  }${Cl}`,
})
function _s(t, e, n) {
  return t === void 0 ? n : typeof t == 'string' && e.includes(t) ? t : void 0
}
async function B0(t, e) {
  let n = El(t, Fh),
    [r, ...o] = n.positionals
  if (n.options.has('help') || n.options.has('h')) return { code: Pe.ok, stdout: Cl, stderr: '' }
  if (n.options.has('version'))
    return {
      code: Pe.ok,
      stdout: `${Kh}
`,
      stderr: '',
    }
  if (n.missing.length > 0) return qe(`--${n.missing[0] ?? ''} needs a value`)
  let s = _s(n.options.get('lang'), ['en', 'ko'], 'en')
  if (!s) return qe('--lang must be en or ko')
  let i = new Set([...Fh, 'include-secrets']),
    a = [...n.options.keys()].find((l) => !i.has(l))
  if (a !== void 0) return qe(`unknown option --${a}`)
  switch (r) {
    case 'lint':
      return U0(o, n.options.get('format'), s, e)
    case 'export':
      return z0(o, n.options, s, e)
    case 'share':
      return j0(o, n.options.has('include-secrets'), s, e)
    case void 0:
      return qe()
    default:
      return qe(`unknown command "${r.slice(0, 40)}"`)
  }
}
async function Tl(t, e) {
  try {
    return { text: Ch(await e.readFile(t)) }
  } catch (n) {
    let r = n?.code
    return { error: typeof r == 'string' ? r : n instanceof Error ? n.message : 'unreadable' }
  }
}
async function U0(t, e, n, r) {
  let o = _s(e, K0, 'text')
  if (!o) return qe('--format must be text, json or sarif')
  if (t.length === 0) return qe('lint needs at least one FILE')
  let s = { files: [] }
  for (let l of t) {
    let c = await Tl(l, r)
    s.files.push('text' in c ? Dh(l, c.text, n) : { file: l, documents: [], error: c.error })
  }
  let i =
    o === 'json'
      ? `${JSON.stringify(s)}
`
      : o === 'sarif'
        ? $h(s, n, Kh)
        : Oh(s, n)
  return { code: qh(s) ? Pe.usage : _h(s) ? Pe.findings : Pe.ok, stdout: i, stderr: '' }
}
async function z0(t, e, n, r) {
  let o = _s(e.get('to'), Rh, 'manifest'),
    s = _s(e.get('operator-install'), ['helm', 'manifest'], 'helm')
  if (!o || !e.has('to')) return qe('export needs --to manifest|kubectl|helm|effective')
  if (!s) return qe('--operator-install must be helm or manifest')
  if (t.length !== 1 || t[0] === void 0) return qe('export needs exactly one FILE')
  let i = await Tl(t[0], r)
  return 'text' in i
    ? Eh(o, i.text, n, s)
    : {
        code: Pe.usage,
        stdout: '',
        stderr: `${t[0]}: cannot read: ${i.error}
`,
      }
}
async function j0(t, e, n, r) {
  let [o, s, ...i] = t
  if (s === void 0 || i.length > 0) return qe('share needs encode FILE or decode LINK')
  if (o === 'decode') return Lh(s, n)
  if (o !== 'encode') return qe('share needs encode FILE or decode LINK')
  let a = await Tl(s, r)
  return 'text' in a
    ? Ph(a.text, e, n)
    : {
        code: Pe.usage,
        stdout: '',
        stderr: `${s}: cannot read: ${a.error}
`,
      }
}
var H0 = await Bh(process.argv.slice(2), {
  readFile: (t) => V0(t),
  stdout: (t) => {
    process.stdout.write(t)
  },
  stderr: (t) => {
    process.stderr.write(t)
  },
})
process.exitCode = H0
