#!/usr/bin/env python3
"""Validates the SARIF that `oaas security-scan`, `oaas validate` and `oaas compliance-check` emit with
`--format sarif`.

1. Against the official SARIF 2.1.0 JSON Schema (OASIS, `Schemata/sarif-schema-2.1.0.json`), with the
   external validator `check-jsonschema`. CI has no network access beyond PyPI, so the schema is taken
   from the source distribution of `sarif-pydantic` 0.6.2 on PyPI, which ships the OASIS file unchanged;
   its SHA-256 is pinned below so that a different file can never pass silently.
2. Against the stricter subset GitHub code scanning requires (see
   ../shared/reference/ci-and-editor-conventions.md §1.1): rules with id, short and full description and
   help; results with ruleId, message, a location with a relative URI and a 1-based region, and
   partialFingerprints; security-severity scores in range.
(That no secret appears in full in any format is asserted by the Swift tests, `RedactionFormatTests`.)

Usage: scripts/check_sarif.py path/to/oaas
"""
import glob
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile

SCHEMA_PACKAGE = "sarif-pydantic==0.6.2"
SCHEMA_MEMBER = "sarif_pydantic-0.6.2/sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "6352a05f9d03f181b8d9c71a46bdacc4fcff9d8ade5364858b425ba0c0994ed7"


def fetch_schema(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--no-binary", ":all:", "-d", folder, SCHEMA_PACKAGE],
        check=True)
    archive = glob.glob(os.path.join(folder, "sarif_pydantic-*.tar.gz"))[0]
    with tarfile.open(archive) as tar:
        data = tar.extractfile(SCHEMA_MEMBER).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SCHEMA_SHA256:
        sys.exit(f"SARIF schema from {SCHEMA_PACKAGE} has SHA-256 {digest}, expected {SCHEMA_SHA256}")
    path = os.path.join(folder, "sarif-schema-2.1.0.json")
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def github_subset_problems(log):
    problems = []
    if log.get("version") != "2.1.0" or not log.get("$schema"):
        problems.append("missing $schema or version 2.1.0")
    for run in log.get("runs", []):
        driver = run["tool"]["driver"]
        if not driver.get("name"):
            problems.append("tool.driver.name is empty")
        ids = set()
        for rule in driver.get("rules", []):
            ids.add(rule["id"])
            for key in ("shortDescription", "fullDescription", "help"):
                text = rule.get(key, {}).get("text", "")
                if not text or len(text) > 1024 and key != "help":
                    problems.append(f"rule {rule['id']}: {key}.text empty or too long")
            score = rule.get("properties", {}).get("security-severity")
            if score is not None and not 0.1 <= float(score) <= 10.0:
                problems.append(f"rule {rule['id']}: security-severity {score} out of range")
        for result in run.get("results", []):
            where = f"result {result.get('ruleId')}"
            if result.get("ruleId") not in ids:
                problems.append(f"{where}: rule not in tool.driver.rules")
            if not result.get("message", {}).get("text"):
                problems.append(f"{where}: empty message")
            if not result.get("partialFingerprints"):
                problems.append(f"{where}: no partialFingerprints")
            locations = result.get("locations", [])
            if not locations:
                problems.append(f"{where}: no location")
                continue
            physical = locations[0]["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            if uri.startswith("/") or "://" in uri:
                problems.append(f"{where}: URI {uri} is not relative")
            region = physical.get("region", {})
            if region.get("startLine", 0) < 1 or region.get("startColumn", 0) < 1:
                problems.append(f"{where}: region is not 1-based")
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    oaas = os.path.abspath(sys.argv[1])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    example = os.path.join(root, "examples", "enterprise")
    # (command, folder): every security fixture, the validate fixtures of the formats area, the
    # compliance fixtures, and the example under each command.
    runs = [("security-scan", folder) for folder in sorted(glob.glob(os.path.join(root, "fixtures", "security-*", "*")))]
    runs += [("validate", folder) for folder in sorted(glob.glob(os.path.join(root, "fixtures", "formats", "*")))]
    runs += [("compliance-check", folder) for folder in sorted(glob.glob(os.path.join(root, "fixtures", "compliance", "*")))]
    runs += [(command, example) for command in ("security-scan", "validate", "compliance-check")]
    with tempfile.TemporaryDirectory() as work:
        schema = fetch_schema(work)
        outputs = []
        failures = []
        for index, (command, folder) in enumerate(runs):
            args = []
            args_file = os.path.join(folder, "args")
            if os.path.exists(args_file):
                for line in open(args_file, encoding="utf-8"):
                    line = line.strip()
                    if line and not line.startswith("#"):
                        args += line.split(" ", 1)
            if command == "compliance-check" and "--as-of" not in args:
                args += ["--as-of", "2026-11-21"]
            run = subprocess.run([oaas, command, "--format", "sarif", *args, "."], cwd=folder,
                                 capture_output=True, text=True)
            if run.returncode not in (0, 1):
                failures.append(f"{command} {folder}: exit {run.returncode}: {run.stderr.strip()}")
                continue
            path = os.path.join(work, f"scan-{index}.sarif")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(run.stdout)
            outputs.append(path)
            log = json.loads(run.stdout)
            failures += [f"{command} {folder}: {problem}" for problem in github_subset_problems(log)]
            category = log["runs"][0].get("automationDetails", {}).get("id")
            if category != f"oaas/{command}/":
                failures.append(f"{command} {folder}: automationDetails.id is {category!r}")
        # The OASIS schema's `run.language` pattern has an unbalanced `]` that ECMAScript regex syntax
        # rejects (a known erratum); Python's regex syntax reads it as a literal, as the authors meant.
        check = subprocess.run(["check-jsonschema", "--regex-variant", "python", "--schemafile", schema, *outputs])
        if check.returncode != 0:
            failures.append("check-jsonschema rejected the SARIF above")
        results = sum(len(json.load(open(path))["runs"][0]["results"]) for path in outputs)
        if failures:
            print("\n".join(failures))
            sys.exit(1)
        print(f"SARIF: {len(outputs)} scans, {results} results, valid against the SARIF 2.1.0 schema and GitHub's subset")


if __name__ == "__main__":
    main()
