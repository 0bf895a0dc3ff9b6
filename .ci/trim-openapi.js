#!/usr/bin/env node
// Writes the part of GitHub's OpenAPI description that idreq calls, fixed up
// so Stoplight Prism validates request bodies (see feasibility notes):
//   node .ci/trim-openapi.js SRC.json DST.json
// - keeps only the paths below, and the components they reference;
// - drops webhooks (their unresolved references make Prism fail);
// - moves `nullable` without `type` into the oneOf/anyOf branches: GitHub's
//   `milestone` schema (oneOf + nullable, no type) otherwise makes Prism skip
//   body validation for the whole operation.
const fs = require('fs');
const [src, dst] = process.argv.slice(2);
const PATHS = [
  '/user',
  '/repos/{owner}/{repo}',
  '/repos/{owner}/{repo}/issues',
  '/repos/{owner}/{repo}/issues/{issue_number}',
  '/repos/{owner}/{repo}/issues/{issue_number}/labels',
  '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/labels',
  '/repos/{owner}/{repo}/labels/{name}',
  '/search/issues',
];
// The operations idreq sends, per path; others are dropped to keep it small.
const METHODS = {
  '/user': ['get'],
  '/repos/{owner}/{repo}': ['get'],
  '/repos/{owner}/{repo}/issues': ['get', 'post'],
  '/repos/{owner}/{repo}/issues/{issue_number}': ['get', 'patch'],
  '/repos/{owner}/{repo}/issues/{issue_number}/labels': ['post'],
  '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': ['delete'],
  '/repos/{owner}/{repo}/issues/{issue_number}/comments': ['get', 'post'],
  '/repos/{owner}/{repo}/labels': ['get', 'post'],
  '/repos/{owner}/{repo}/labels/{name}': ['patch'],
  '/search/issues': ['get'],
};
const spec = JSON.parse(fs.readFileSync(src, 'utf8'));
const out = {
  openapi: spec.openapi,
  info: { ...spec.info, title: spec.info.title + ' (idreq subset)' },
  servers: spec.servers,
  paths: {},
  components: {},
};
for (const p of PATHS) {
  const item = spec.paths[p];
  if (!item) throw new Error('path missing from the spec: ' + p);
  const kept = {};
  for (const [k, v] of Object.entries(item)) {
    if (k === 'parameters' || METHODS[p].includes(k)) kept[k] = v;
  }
  out.paths[p] = kept;
}
// Copy every component reachable from the kept paths.
const seen = new Set();
function resolve(ref) {
  const parts = ref.replace(/^#\//, '').split('/');
  let o = spec;
  for (const part of parts) o = o[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return o;
}
function walk(o) {
  if (Array.isArray(o)) return o.forEach(walk);
  if (!o || typeof o !== 'object') return;
  if (typeof o.$ref === 'string' && !seen.has(o.$ref)) {
    seen.add(o.$ref);
    const [, , kind, name] = o.$ref.split('/');
    out.components[kind] = out.components[kind] || {};
    out.components[kind][name] = resolve(o.$ref);
    walk(out.components[kind][name]);
  }
  for (const v of Object.values(o)) walk(v);
}
walk(out.paths);
function fix(o) {
  if (Array.isArray(o)) return o.forEach(fix);
  if (!o || typeof o !== 'object') return;
  if (o.nullable === true && !('type' in o)) {
    delete o.nullable;
    for (const key of ['oneOf', 'anyOf']) {
      for (const b of o[key] || []) if (b && typeof b === 'object' && 'type' in b) b.nullable = true;
    }
  }
  Object.values(o).forEach(fix);
}
fix(out);
fs.writeFileSync(dst, JSON.stringify(out) + '\n');
console.error(`wrote ${dst}: ${Object.keys(out.paths).length} paths, ${seen.size} components`);
