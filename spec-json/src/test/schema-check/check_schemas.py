"""Test harness of specdriven (spec-json's SchemaPortabilityTest runs it when jsonschema is installed).

Checks every JSON Schema of a manifest with Python's jsonschema (draft 2020-12, the meta-schema and its
"regex" formats), compiles every pattern with Python's re, and validates the manifest's documents.
Prints one JSON document of results.
"""
import json
import re
import sys
from importlib.metadata import version

import jsonschema


def patterns(node, pointer, found):
    if isinstance(node, list):
        for i, item in enumerate(node):
            patterns(item, pointer + "/" + str(i), found)
    elif isinstance(node, dict):
        for key, value in node.items():
            here = pointer + "/" + key.replace("~", "~0").replace("/", "~1")
            if key == "pattern" and isinstance(value, str):
                found.append((here, value))
            if key == "patternProperties" and isinstance(value, dict):
                for p in value:
                    found.append((here + "/" + p, p))
            patterns(value, here, found)
    return found


def main(path):
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    out = {"jsonschema": version("jsonschema"), "schemas": [], "patterns": [], "documents": []}
    validators = {}
    for s in manifest["schemas"]:
        with open(s["path"], encoding="utf-8") as f:
            schema = json.load(f)
        for pointer, pattern in patterns(schema, "", []):
            try:
                re.compile(pattern)
                out["patterns"].append({"schema": s["name"], "pointer": pointer, "ok": True})
            except re.error as e:
                out["patterns"].append({"schema": s["name"], "pointer": pointer, "ok": False, "error": str(e)})
        try:
            cls = jsonschema.Draft202012Validator
            cls.check_schema(schema, format_checker=cls.FORMAT_CHECKER)
            validators[s["name"]] = cls(schema, format_checker=cls.FORMAT_CHECKER)
            out["schemas"].append({"name": s["name"], "ok": True})
        except (jsonschema.SchemaError, re.error) as e:
            out["schemas"].append({"name": s["name"], "ok": False, "error": str(e).splitlines()[0]})
    for d in manifest["documents"]:
        validator = validators.get(d["schema"])
        if validator is None:
            out["documents"].append({"name": d["name"], "valid": False, "errors": ["schema did not compile"]})
            continue
        try:
            doc = json.loads(d["text"])
        except ValueError as e:
            out["documents"].append({"name": d["name"], "valid": False, "notJson": True, "errors": [str(e)]})
            continue
        errors = ["/" + "/".join(str(p) for p in e.absolute_path) + " " + e.message.splitlines()[0][:300]
                  for e in validator.iter_errors(doc)][:5]
        out["documents"].append({"name": d["name"], "valid": not errors, "errors": errors})
    sys.stdout.write(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
