// Test harness of specdriven (spec-json's SchemaPortabilityTest runs it): compiles every JSON Schema with
// ajv in strict mode (draft 2020-12), compiles every regular expression the schemas hold as ECMA-262 with
// and without the u flag, and validates the documents of a manifest. Prints one JSON document of results.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020').default;

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = { ajv: require('ajv/package.json').version, schemas: [], patterns: [], documents: [] };

/** Every pattern and patternProperties key, with its JSON Pointer. */
function patterns(node, pointer, found) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => patterns(item, pointer + '/' + i, found));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const here = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
      if (key === 'pattern' && typeof value === 'string') found.push({ pointer: here, pattern: value });
      if (key === 'patternProperties' && value && typeof value === 'object') {
        for (const p of Object.keys(value)) found.push({ pointer: here + '/' + p, pattern: p });
      }
      patterns(value, here, found);
    }
  }
  return found;
}

const validators = {};
for (const s of manifest.schemas) {
  const schema = JSON.parse(fs.readFileSync(s.path, 'utf8'));
  for (const p of patterns(schema, '', [])) {
    // Without the u flag ECMA-262 reads \p{L} as the letters "p{L}", silently; Python's re has no \p at all.
    if (/(^|[^\\])(\\\\)*\\[pP]\{/.test(p.pattern)) {
      out.patterns.push({ schema: s.name, pointer: p.pointer, flags: 'portable', ok: false,
        error: 'a Unicode property escape (\\p{..}) means something else without the u flag and does not compile in Python' });
    }
    for (const flags of ['', 'u']) {
      try {
        new RegExp(p.pattern, flags);
        out.patterns.push({ schema: s.name, pointer: p.pointer, flags, ok: true });
      } catch (e) {
        out.patterns.push({ schema: s.name, pointer: p.pointer, flags, ok: false, error: String(e.message) });
      }
    }
  }
  try {
    // strict: true turns every strict-mode warning into an error (unknown keywords, formats, types, tuples)
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    validators[s.name] = ajv.compile(schema);
    out.schemas.push({ name: s.name, ok: true });
  } catch (e) {
    out.schemas.push({ name: s.name, ok: false, error: String(e.message) });
  }
}
for (const d of manifest.documents) {
  const validate = validators[d.schema];
  if (!validate) {
    out.documents.push({ name: d.name, valid: false, errors: ['schema ' + d.schema + ' did not compile'] });
    continue;
  }
  let doc;
  try {
    doc = JSON.parse(d.text);
  } catch (e) {
    out.documents.push({ name: d.name, valid: false, notJson: true, errors: [String(e.message)] });
    continue;
  }
  const valid = validate(doc);
  out.documents.push({ name: d.name, valid, errors: valid ? [] : validate.errors.slice(0, 5).map(
      e => (e.instancePath || '/') + ' ' + e.message) });
}
process.stdout.write(JSON.stringify(out));
