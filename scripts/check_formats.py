#!/usr/bin/env python3
"""Checks the CI report formats of `oaas validate` and `oaas security-scan` with external readers.

Usage: scripts/check_formats.py path/to/oaas

Runs `oaas validate --format junit|checkstyle|gitlab|github .` in the bundled example and in every
fixtures/formats case, and `oaas security-scan --format …` in the example and every
fixtures/security-secrets case (each with the options of its `args` file), and checks:

- every run exits 0 or 1 (never 2, a usage error, or 3, an internal error), and 1 exactly when the JUnit
  report has a failing test case;
- JUnit: parsed by junitparser (from PyPI); the counts of testsuites, testsuite and test cases agree,
  classname+name pairs are unique (GitLab keeps only the first of a duplicate), every case names its
  file, and nothing is reported as an error;
- Checkstyle: well-formed for `xmllint --noout` (Debian's libxml2-utils), root `checkstyle` with a
  version, `file` elements with a name, `error` elements with line, column, severity
  (error|warning|info), message and an `oaas.` source; the same files as the JUnit test cases;
- GitLab Code Quality: a JSON array of issues with description, check_name, fingerprint, a severity of
  GitLab's enum and a location with a path and a 1-based `lines.begin`; fingerprints unique; the same
  findings (file, line, ID) as the Checkstyle report;
- GitHub annotations: every line outside the `::stop-commands::` fence is a well-formed workflow command
  (known command, known properties, every `%`, `:` and `,` escaped, no raw CR), with columns only on
  one-line ranges; at most 10 annotations of each level; the overflow notice present exactly when a
  level has more than 10 findings, and its count agreeing with what was left out; the fence closed, and
  the text inside it exactly the text report of the same run;
- fixtures/formats cases: each report is byte-identical to the case's golden file, so that the command
  line renders what `FormatGoldenTests` checked.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from junitparser import Error, Failure, JUnitXml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 10
GOLDEN = {"junit": "expected.junit.xml", "checkstyle": "expected.checkstyle.xml", "gitlab": "expected.gitlab.json",
          "github": "expected.github"}
GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}
# GitLab's severity of each oaas severity (GitLabCodeQualityReporter), to count findings per level.
LEVEL_OF_GITLAB = {"critical": "error", "major": "error", "minor": "warning", "info": "notice"}
PROPERTIES = {"file", "line", "endLine", "col", "endColumn", "title"}
COMMAND = re.compile(r"^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$")
BAD_DATA_ESCAPE = re.compile(r"%(?!25|0D|0A)")
BAD_PROPERTY_ESCAPE = re.compile(r"%(?!25|0D|0A|3A|2C)")
OVERFLOW = re.compile(r"^(\d+) more findings? (?:were|was) not annotated")


def run(oaas, command, fmt, folder, args):
    """The report of `oaas <command> --format <fmt> <args> .` in `folder`, and the exit status."""
    argv = [oaas, command] + (["--format", fmt] if fmt else []) + args + ["."]
    env = dict(os.environ, NO_COLOR="1")
    completed = subprocess.run(argv, cwd=folder, capture_output=True, env=env)
    return completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8", "replace")


def check_junit(text, command):
    problems = []
    xml = JUnitXml.fromstring(text.encode("utf-8"))
    if not isinstance(xml, JUnitXml):
        return ["the root element is not <testsuites>"], set(), 0
    names, failing, total, failures = set(), set(), 0, 0
    seen = set()
    for suite in xml:
        cases = list(suite)
        suite_failures = 0
        for case in cases:
            key = (case.classname, case.name)
            if key in seen:
                problems.append(f"duplicate test case {key}")
            seen.add(key)
            if case.classname != f"oaas.{command}":
                problems.append(f"case {case.name!r} has classname {case.classname!r}")
            if case._elem.get("file") != case.name:
                problems.append(f"case {case.name!r} has file {case._elem.get('file')!r}")
            kinds = {type(result) for result in case.result}
            if Error in kinds or kinds - {Failure}:
                problems.append(f"case {case.name!r} has {sorted(k.__name__ for k in kinds)}")
            if Failure in kinds:
                suite_failures += 1
                failing.add(case.name)
                failure = next(result for result in case.result if isinstance(result, Failure))
                if failure.type not in ("error", "warning", "note") or not failure.message or not failure.text:
                    problems.append(f"case {case.name!r}: failure without type, message or text")
            names.add(case.name)
        if suite.tests != len(cases) or suite.failures != suite_failures or suite.errors != 0:
            problems.append(f"suite {suite.name!r}: tests={suite.tests} failures={suite.failures} for "
                            f"{len(cases)} cases, {suite_failures} failing")
        total += len(cases)
        failures += suite_failures
    if xml.tests != total or xml.failures != failures:
        problems.append(f"testsuites says tests={xml.tests} failures={xml.failures}; the suites hold {total}, {failures}")
    return problems, names, failures


def check_checkstyle(text):
    problems = []
    with tempfile.NamedTemporaryFile("w", suffix=".xml", encoding="utf-8", delete=False) as handle:
        handle.write(text)
    try:
        lint = subprocess.run(["xmllint", "--noout", handle.name], capture_output=True, text=True)
    finally:
        os.unlink(handle.name)
    if lint.returncode != 0:
        return [f"xmllint: {lint.stderr.strip()}"], set(), collections.Counter()
    root = ET.fromstring(text.encode("utf-8"))
    if root.tag != "checkstyle" or not root.get("version"):
        problems.append(f"root <{root.tag}> is not <checkstyle version=…>")
    files, findings = set(), collections.Counter()
    for file in root:
        name = file.get("name")
        if file.tag != "file" or not name:
            problems.append(f"<{file.tag}> under <checkstyle> is not <file name=…>")
            continue
        if name in files:
            problems.append(f"file {name!r} listed twice")
        files.add(name)
        for error in file:
            attributes = {key: error.get(key) for key in ("line", "column", "severity", "message", "source")}
            if error.tag != "error" or None in attributes.values():
                problems.append(f"{name}: <{error.tag}> lacks one of {sorted(attributes)}")
                continue
            if not (attributes["line"].isdigit() and int(attributes["line"]) >= 1 and attributes["column"].isdigit()
                    and int(attributes["column"]) >= 1):
                problems.append(f"{name}: line/column {attributes['line']}/{attributes['column']} not 1-based")
            if attributes["severity"] not in ("error", "warning", "info"):
                problems.append(f"{name}: severity {attributes['severity']!r}")
            if not attributes["source"].startswith("oaas."):
                problems.append(f"{name}: source {attributes['source']!r}")
            findings[(name, int(attributes["line"]), attributes["source"][len("oaas."):])] += 1
    return problems, files, findings


def check_gitlab(text):
    problems = []
    issues = json.loads(text)
    if not isinstance(issues, list):
        return ["not a JSON array"], collections.Counter(), []
    findings, fingerprints = collections.Counter(), set()
    for index, issue in enumerate(issues):
        where = f"issue {index}"
        location = issue.get("location") if isinstance(issue, dict) else None
        lines = location.get("lines") if isinstance(location, dict) else None
        if not (isinstance(issue, dict) and all(isinstance(issue.get(k), str) and issue.get(k)
                                                 for k in ("description", "check_name", "fingerprint", "severity"))
                and isinstance(location, dict) and isinstance(location.get("path"), str)
                and isinstance(lines, dict) and isinstance(lines.get("begin"), int) and lines["begin"] >= 1):
            problems.append(f"{where}: missing or mistyped keys: {issue!r}")
            continue
        if issue["severity"] not in GITLAB_SEVERITIES:
            problems.append(f"{where}: severity {issue['severity']!r}")
        if lines.get("end", lines["begin"]) < lines["begin"]:
            problems.append(f"{where}: lines.end before lines.begin")
        if issue["fingerprint"] in fingerprints:
            problems.append(f"{where}: duplicate fingerprint {issue['fingerprint']}")
        fingerprints.add(issue["fingerprint"])
        findings[(location["path"], lines["begin"], issue["check_name"])] += 1
    return problems, findings, issues


def check_github(text, issues, report_text, files):
    """Checks the workflow commands against the GitLab issues (the same active findings) and the text report."""
    problems = []
    totals = collections.Counter(LEVEL_OF_GITLAB.get(issue.get("severity"), "?") for issue in issues)
    overflowing = any(count > LIMIT for count in totals.values())
    annotated, omitted, fenced = collections.Counter(), None, None
    lines = text.split("\n")
    if text and lines[-1] != "":
        problems.append("output does not end with a newline")
    lines = lines[:-1] if text else []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if "\r" in line:
            problems.append(f"raw CR in {line!r}")
        match = COMMAND.match(line)
        if not match:
            problems.append(f"not a workflow command: {line!r}")
            continue
        name, properties, data = match.group(1), match.group(2), match.group(3)
        if name == "stop-commands":
            # The text report: everything up to `::token::` is printed, not processed.
            token = data
            try:
                end = lines.index(f"::{token}::", index)
            except ValueError:
                problems.append(f"::stop-commands::{token} is never closed")
                break
            if not token or fenced is not None:
                problems.append("empty token or a second fence")
            fenced = "".join(part + "\n" for part in lines[index:end])
            index = end + 1
            continue
        if name not in ("error", "warning", "notice"):
            problems.append(f"unexpected command {name!r}")
            continue
        if BAD_DATA_ESCAPE.search(data):
            problems.append(f"unescaped % in data: {line!r}")
        if properties is None:
            match = OVERFLOW.match(data)
            if name != "notice" or not match or omitted is not None:
                problems.append(f"annotation without properties: {line!r}")
            else:
                omitted = int(match.group(1))
            annotated[name] += 1
            continue
        values = {}
        for pair in properties.split(","):
            key, _, value = pair.partition("=")
            if key not in PROPERTIES or not value or key in values:
                problems.append(f"bad property {pair!r} in {line!r}")
            if BAD_PROPERTY_ESCAPE.search(value):
                problems.append(f"unescaped % in property {pair!r}")
            values[key] = value
        numbers = {key: values[key] for key in ("line", "endLine", "col", "endColumn") if key in values}
        if not all(value.isdigit() and int(value) >= 1 for value in numbers.values()):
            problems.append(f"non-positive position in {line!r}")
        elif ("col" in numbers or "endColumn" in numbers) and numbers.get("endLine", numbers.get("line")) != numbers.get("line"):
            problems.append(f"columns on a multi-line range (the runner drops them): {line!r}")
        elif "endColumn" in numbers and int(numbers["endColumn"]) < int(numbers.get("col", "1")):
            problems.append(f"endColumn before col: {line!r}")
        file = values.get("file", "").replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        if file not in files:
            problems.append(f"annotation of a file not reported on: {file!r}")
        if "line" not in values or "title" not in values:
            problems.append(f"annotation without line or title: {line!r}")
        annotated[name] += 1
    for level in ("error", "warning", "notice"):
        if annotated[level] > LIMIT:
            problems.append(f"{annotated[level]} {level} annotations; GitHub keeps {LIMIT}")
    shown = sum(annotated.values()) - (1 if omitted is not None else 0)
    if overflowing != (omitted is not None):
        problems.append(f"overflow notice {'missing' if overflowing else 'unexpected'} for {dict(totals)}")
    if shown + (omitted or 0) != len(issues):
        problems.append(f"{shown} annotations and {omitted or 0} omitted for {len(issues)} findings")
    if (fenced or "") != report_text:
        problems.append("the fenced text is not the text report of the same run")
    return problems


def arguments(folder):
    args = []
    path = os.path.join(folder, "args")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                args += line.split(" ", 1)
    return args


def check(oaas, command, folder):
    """Every format of one run; returns the problems and a count of findings."""
    args = arguments(folder)
    outputs, problems = {}, []
    for fmt in ("junit", "checkstyle", "gitlab", "github", None):
        status, stdout, stderr = run(oaas, command, fmt, folder, args)
        if status not in (0, 1):
            return [f"--format {fmt or 'text'}: exit {status}: {stderr.strip()}"], 0
        outputs[fmt] = (status, stdout)
    statuses = {status for status, _ in outputs.values()}
    if len(statuses) != 1:
        problems.append(f"the exit status depends on the format: {statuses}")
    junit_problems, cases, failures = check_junit(outputs["junit"][1], command)
    problems += [f"junit: {p}" for p in junit_problems]
    if (outputs["junit"][0] == 1) != (failures > 0):
        problems.append(f"exit {outputs['junit'][0]} with {failures} failing test cases")
    style_problems, files, style_findings = check_checkstyle(outputs["checkstyle"][1])
    problems += [f"checkstyle: {p}" for p in style_problems]
    if files != cases:
        problems.append(f"checkstyle files {sorted(files)} differ from JUnit cases {sorted(cases)}")
    gitlab_problems, gitlab_findings, issues = check_gitlab(outputs["gitlab"][1])
    problems += [f"gitlab: {p}" for p in gitlab_problems]
    if gitlab_findings != style_findings:
        problems.append(f"gitlab and checkstyle findings differ: {sorted((gitlab_findings - style_findings).elements())} "
                        f"vs {sorted((style_findings - gitlab_findings).elements())}")
    problems += [f"github: {p}" for p in check_github(outputs["github"][1], issues, outputs[None][1], files)]
    if os.path.dirname(folder) == os.path.join(ROOT, "fixtures", "formats"):
        for fmt, golden in GOLDEN.items():
            with open(os.path.join(folder, golden), encoding="utf-8") as handle:
                if handle.read() != outputs[fmt][1]:
                    problems.append(f"--format {fmt} differs from {golden}")
    return problems, len(issues)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    oaas = os.path.abspath(sys.argv[1])
    example = os.path.join(ROOT, "examples", "enterprise")

    def cases(area):
        folder = os.path.join(ROOT, "fixtures", area)
        return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if os.path.isdir(os.path.join(folder, name))]

    runs = [("validate", folder) for folder in [example] + cases("formats")]
    runs += [("security-scan", folder) for folder in [example] + cases("security-secrets")]
    failed, findings = False, 0
    for command, folder in runs:
        problems, count = check(oaas, command, folder)
        findings += count
        for problem in problems:
            print(f"{command} {os.path.relpath(folder, ROOT)}: {problem}")
            failed = True
    if failed:
        sys.exit(1)
    print(f"JUnit, Checkstyle, GitLab Code Quality and GitHub annotations of {len(runs)} runs ({findings} findings) "
          "pass junitparser, xmllint and the structural checks")


if __name__ == "__main__":
    main()
