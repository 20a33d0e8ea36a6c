#!/usr/bin/env python3
"""Checks the JUnit XML of `oaas compliance-check --format junit` with an external JUnit parser.

Usage: scripts/check_junit.py path/to/oaas

For every compliance fixture (with its `args`) and the bundled example, runs the report as JUnit,
parses it with junitparser (from PyPI), and checks that it agrees with the JSON report of the same run:
one test case per control and declaration rule, failures exactly where the JSON says a control fails,
skipped cases for manual and not-applicable controls, and suite counts that add up.
"""
import json
import os
import subprocess
import sys

from junitparser import Error, Failure, JUnitXml, Skipped

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
oaas = os.path.abspath(sys.argv[1])


def run(folder, args, fmt):
    completed = subprocess.run([oaas, "compliance-check", *args, "--format", fmt, "."], cwd=folder, capture_output=True)
    if completed.returncode not in (0, 1):
        raise SystemExit(f"{folder}: exit {completed.returncode}: {completed.stderr.decode()}")
    return completed.stdout


def check(folder, args):
    xml = JUnitXml.fromstring(run(folder, args, "junit"))
    report = json.loads(run(folder, args, "json"))
    suites = list(xml)
    problems = []
    if len(suites) != len(report["frameworks"]):
        problems.append(f"{len(suites)} suites for {len(report['frameworks'])} frameworks")
    total = 0
    for suite, framework in zip(suites, report["frameworks"]):
        expected = [rule["status"] for rule in framework["declarations"]] + [c["status"] for c in framework["controls"]]
        cases = list(suite)
        total += len(cases)
        if len(cases) != len(expected) or suite.tests != len(expected):
            problems.append(f"{framework['framework']}: {len(cases)} cases (tests={suite.tests}) for {len(expected)} results")
            continue
        for case, status in zip(cases, expected):
            kinds = {type(result) for result in case.result}
            want = {"fail": {Failure}, "manual": {Skipped}, "not-applicable": {Skipped}, "pass": set()}[status]
            if kinds != want or Error in kinds:
                problems.append(f"{framework['framework']}: case {case.name!r} has {sorted(k.__name__ for k in kinds)}, expected {status}")
        if suite.failures != expected.count("fail") or suite.skipped != expected.count("manual") + expected.count("not-applicable"):
            problems.append(f"{framework['framework']}: suite counts do not add up")
    if xml.tests != total:
        problems.append(f"testsuites says {xml.tests} tests, the suites hold {total}")
    return total, problems


cases = []
fixtures = os.path.join(root, "fixtures", "compliance")
for name in sorted(os.listdir(fixtures)):
    folder = os.path.join(fixtures, name)
    with open(os.path.join(folder, "args")) as handle:
        args = [part for line in handle if line.strip() and not line.startswith("#") for part in line.strip().split(" ", 1)]
    cases.append((folder, args))
cases.append((os.path.join(root, "examples", "enterprise"), ["--framework", "all", "--as-of", "2026-11-21"]))

failed = False
count = 0
for folder, args in cases:
    total, problems = check(folder, args)
    count += total
    for problem in problems:
        print(f"{os.path.relpath(folder, root)}: {problem}")
        failed = True
if failed:
    sys.exit(1)
print(f"JUnit reports of {len(cases)} compliance runs ({count} test cases) parse with junitparser and agree with the JSON reports")
