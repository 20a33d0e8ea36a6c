#!/usr/bin/env python3
"""Checks that schemas/ agrees with oaas's decoders, using an external validator.

For every fixture file that holds exactly one OAAS or AOF document, check-jsonschema (from PyPI) must
accept the file against the kind's schema exactly when oaas reports no schema-level error
(`schema.*` at error severity) in it. Grammar checks (`value.*`) and semantic checks are oaas's own and
are not expressible in JSON Schema, so they are not compared.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def oaas_binary():
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    binary = os.path.join(path, "oaas")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "--product", "oaas"], cwd=ROOT, check=True)
    return binary


def main():
    binary = oaas_binary()
    fixtures = os.path.join(ROOT, "fixtures")
    compared, mismatches = 0, []
    for area in sorted(os.listdir(fixtures)):
        area_dir = os.path.join(fixtures, area)
        if not os.path.isdir(area_dir):
            continue
        for case in sorted(os.listdir(area_dir)):
            case_dir = os.path.join(area_dir, case)
            if not os.path.isdir(case_dir):
                continue
            for name in sorted(os.listdir(case_dir)):
                if not name.endswith((".yaml", ".yml")):
                    continue
                report = json.loads(subprocess.run(
                    # --no-config: a fixture's own .oaas.yml (fixtures/config) is a case, not settings.
                    [binary, "validate", "--no-config", "--format", "json", name], cwd=case_dir,
                    capture_output=True, text=True).stdout)
                documents = report["documents"]
                ids = [d["id"] for d in report["diagnostics"]]
                if len(documents) != 1 or any(i.startswith("yaml.") for i in ids):
                    continue
                with open(os.path.join(case_dir, name), "rb") as handle:
                    if handle.read().count(b"\n---") > 0:
                        continue
                schema = os.path.join(ROOT, "schemas", documents[0]["schema"])
                oaas_ok = not any(d["id"].startswith("schema.") and d["severity"] == "error"
                                  for d in report["diagnostics"])
                checked = subprocess.run(["check-jsonschema", "--schemafile", schema, name],
                                         cwd=case_dir, capture_output=True, text=True)
                compared += 1
                if (checked.returncode == 0) != oaas_ok:
                    mismatches.append(f"{area}/{case}/{name}: oaas {'accepts' if oaas_ok else 'rejects'} it, "
                                      f"check-jsonschema {'accepts' if checked.returncode == 0 else 'rejects'} it\n"
                                      + checked.stdout + checked.stderr)
    for mismatch in mismatches:
        print(mismatch)
    failed = len(mismatches)
    print(f"schema agreement: {compared - failed} passed, {failed} failed")
    if compared < 10:
        print("too few fixture files compared; expected at least 10")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
