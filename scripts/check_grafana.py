#!/usr/bin/env python3
"""Checks the output of `oaas build --target grafana` against Grafana's dashboard model.

Usage: scripts/check_grafana.py [--require-sdk] DIR...

DIR is an `oaas build --out` directory (or a fixture's `expected/` folder). For every dashboard in
DIR/grafana/dashboards/*.json, a structural check written against the documented dashboard JSON model
(https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/):

- required keys and their types (uid, title, schemaVersion, tags, time, refresh, templating, panels …);
- uid at most 40 characters of [A-Za-z0-9_-] (Grafana's IsValidShortUID), unique, and the file's name;
- panels: unique integer ids, known plugin types, a title, a description, a gridPos inside the 24
  columns, no two panels overlapping, thresholds starting with a base step, units from a known list;
- every data source reference is the templated `${datasource}` variable (of type `datasource`, plugin
  `prometheus`), except the built-in Grafana annotation; every `$variable` a query uses is defined;

and for DIR/grafana/provisioning/dashboards.yaml: `apiVersion: 1` and file `providers` with a name, a
folder and an absolute `options.path`.

Then, when the Python Grafana foundation SDK (`grafana-foundation-sdk`) is installed, every dashboard
is decoded with `grafana_foundation_sdk.models.dashboard.Dashboard.from_json` (after registering the
SDK's panel and query plugins), and re-encoded: every Prometheus query must decode as the SDK's
`prometheus.Dataquery`, every panel's options as its plugin's `Options`, and every key the dashboard
writes must survive the round trip, i.e. be part of the SDK's dashboard model. Without the SDK the
script says so, and fails only under --require-sdk.
"""
import glob
import json
import os
import re
import sys

import yaml

UID = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
COLUMNS = 24
PANEL_TYPES = {
    "row", "timeseries", "stat", "gauge", "table", "heatmap", "piechart", "text", "barchart", "bargauge",
    "histogram", "state-timeline", "status-history", "logs", "nodeGraph", "xychart", "trend", "candlestick",
}
VARIABLE_TYPES = {"datasource", "query", "custom", "constant", "interval", "textbox", "adhoc", "groupby"}
# The units oaas writes, and the other common ids of Grafana's unit registry (`valueFormats`).
KNOWN_UNITS = {
    "none", "short", "string", "percent", "percentunit", "s", "ms", "µs", "ns", "m", "h", "d", "dtdurations",
    "dtdurationms", "bytes", "decbytes", "kbytes", "mbytes", "gbytes", "tbytes", "bits", "decbits", "bps", "Bps",
    "binbps", "binBps", "pps", "ops", "reqps", "rps", "wps", "iops", "cps", "opm", "reqpm", "rpm", "wpm", "cpm",
    "currencyUSD", "currencyEUR", "currencyGBP", "currencyJPY", "celsius", "fahrenheit", "hertz", "watt", "volt",
}
# Grafana's own variables, usable in any query.
GLOBAL_VARIABLES = {
    "__rate_interval", "__interval", "__interval_ms", "__range", "__range_s", "__range_ms", "__from", "__to",
    "__dashboard", "__org", "__user", "__name", "__all", "timeFilter", "__timeFilter",
}
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
BUILT_IN_ANNOTATION_SOURCE = {"type": "grafana", "uid": "-- Grafana --"}


def expect(problems, where, condition, message):
    if not condition:
        problems.append(f"{where}: {message}")


def typed(problems, where, value, key, kind, required=True):
    if key not in value:
        expect(problems, where, not required, f"missing {key}")
        return None
    item = value[key]
    ok = isinstance(item, kind) and not (kind is int and isinstance(item, bool))
    expect(problems, where, ok, f"{key} is {type(item).__name__}, expected {kind.__name__ if isinstance(kind, type) else kind}")
    return item if ok else None


def datasource_references(value, path):
    """Every `datasource` object below `value`, with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "datasource" and isinstance(item, dict):
                yield path + "." + key, item
            else:
                yield from datasource_references(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from datasource_references(item, f"{path}[{index}]")


def check_variables(problems, where, dashboard):
    templating = typed(problems, where, dashboard, "templating", dict)
    variables = typed(problems, where + ".templating", templating or {}, "list", list) or []
    names = set()
    for index, variable in enumerate(variables):
        at = f"{where}.templating.list[{index}]"
        name = typed(problems, at, variable, "name", str)
        kind = typed(problems, at, variable, "type", str)
        expect(problems, at, kind in VARIABLE_TYPES, f"unknown variable type {kind!r}")
        expect(problems, at, name not in names, f"variable {name!r} defined twice")
        names.add(name)
        if kind == "query":
            expect(problems, at, variable.get("datasource") == DATASOURCE, "a query variable must read ${datasource}")
            expect(problems, at, isinstance(variable.get("query"), (str, dict)), "a query variable needs a query")
    datasource = next((v for v in variables if v.get("name") == "datasource"), None)
    expect(problems, where, datasource is not None, "no `datasource` template variable")
    if datasource is not None:
        expect(problems, where, datasource.get("type") == "datasource" and datasource.get("query") == "prometheus",
               "the `datasource` variable must be of type datasource with query prometheus")
    return names


def overlap(a, b):
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def check_panel(problems, at, panel, variables):
    kind = typed(problems, at, panel, "type", str)
    expect(problems, at, kind in PANEL_TYPES, f"unknown panel type {kind!r}")
    title = typed(problems, at, panel, "title", str)
    expect(problems, at, bool(title), "empty title")
    grid = typed(problems, at, panel, "gridPos", dict) or {}
    for key in ("h", "w", "x", "y"):
        typed(problems, at + ".gridPos", grid, key, int)
    if all(isinstance(grid.get(k), int) for k in "hwxy"):
        expect(problems, at, grid["x"] >= 0 and grid["y"] >= 0 and grid["w"] >= 1 and grid["h"] >= 1, "gridPos out of range")
        expect(problems, at, grid["x"] + grid["w"] <= COLUMNS, f"gridPos wider than {COLUMNS} columns")
    if kind == "row":
        typed(problems, at, panel, "collapsed", bool)
        typed(problems, at, panel, "panels", list)
        return grid
    description = typed(problems, at, panel, "description", str)
    expect(problems, at, bool(description), "empty description")
    if kind == "text":
        return grid
    expect(problems, at, panel.get("datasource") == DATASOURCE, "the panel must read the ${datasource} variable")
    targets = typed(problems, at, panel, "targets", list) or []
    references = set()
    for number, target in enumerate(targets):
        where = f"{at}.targets[{number}]"
        expression = typed(problems, where, target, "expr", str)
        expect(problems, where, bool(expression), "empty expr")
        ref = typed(problems, where, target, "refId", str)
        expect(problems, where, ref not in references, f"refId {ref!r} used twice")
        references.add(ref)
        typed(problems, where, target, "legendFormat", str)
        for name in re.findall(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)", expression or ""):
            expect(problems, where, name in variables or name in GLOBAL_VARIABLES, f"undefined variable ${name}")
    defaults = (typed(problems, at, panel, "fieldConfig", dict) or {}).get("defaults")
    expect(problems, at, isinstance(defaults, dict), "fieldConfig.defaults missing")
    defaults = defaults if isinstance(defaults, dict) else {}
    unit = typed(problems, at + ".fieldConfig.defaults", defaults, "unit", str)
    if unit is not None:
        expect(problems, at, unit in KNOWN_UNITS or unit.startswith("suffix:"), f"unknown unit {unit!r}")
    steps = (defaults.get("thresholds") or {}).get("steps")
    expect(problems, at, isinstance(steps, list) and steps and steps[0].get("value") is None, "thresholds need a base step")
    if isinstance(steps, list):
        values = [step.get("value") for step in steps[1:]]
        expect(problems, at, all(isinstance(v, (int, float)) for v in values) and values == sorted(values),
               "threshold steps must ascend")
    return grid


def check_dashboard(path, seen_uids):
    problems = []
    where = os.path.basename(path)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    dashboard = json.loads(text)
    uid = typed(problems, where, dashboard, "uid", str)
    expect(problems, where, uid is not None and UID.match(uid), f"uid {uid!r} is not [A-Za-z0-9_-]{{1,40}}")
    expect(problems, where, where == f"{uid}.json", "the file is not named after the uid")
    expect(problems, where, uid not in seen_uids, f"uid {uid!r} used by {seen_uids.get(uid)}")
    seen_uids[uid] = where
    expect(problems, where, bool(typed(problems, where, dashboard, "title", str)), "empty title")
    version = typed(problems, where, dashboard, "schemaVersion", int)
    expect(problems, where, version is None or version >= 36, "schemaVersion below 36")
    tags = typed(problems, where, dashboard, "tags", list) or []
    expect(problems, where, all(isinstance(tag, str) for tag in tags), "tags must be strings")
    time = typed(problems, where, dashboard, "time", dict) or {}
    typed(problems, where + ".time", time, "from", str)
    typed(problems, where + ".time", time, "to", str)
    typed(problems, where, dashboard, "refresh", str)
    typed(problems, where, dashboard, "editable", bool)
    typed(problems, where, dashboard, "timezone", str)
    annotations = typed(problems, where, dashboard, "annotations", dict) or {}
    typed(problems, where + ".annotations", annotations, "list", list)
    variables = check_variables(problems, where, dashboard)
    panels = typed(problems, where, dashboard, "panels", list) or []
    ids, grids = set(), []
    for index, panel in enumerate(panels):
        at = f"{where}.panels[{index}]"
        panel_id = typed(problems, at, panel, "id", int)
        expect(problems, at, panel_id not in ids, f"panel id {panel_id} used twice")
        ids.add(panel_id)
        grid = check_panel(problems, at, panel, variables)
        if all(isinstance(grid.get(k), int) for k in "hwxy"):
            for other_index, other in grids:
                expect(problems, at, not overlap(grid, other), f"overlaps panels[{other_index}]")
            grids.append((index, grid))
    for at, reference in datasource_references(dashboard, where):
        expect(problems, at, reference in (DATASOURCE, BUILT_IN_ANNOTATION_SOURCE),
               f"data source {reference} is not the ${{datasource}} variable")
    expect(problems, where, text.endswith("\n"), "no trailing newline")
    return dashboard, problems


def check_provisioning(path):
    problems = []
    where = os.path.relpath(path)
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    expect(problems, where, isinstance(document, dict) and document.get("apiVersion") == 1, "apiVersion must be 1")
    providers = (document or {}).get("providers")
    expect(problems, where, isinstance(providers, list) and providers, "no providers")
    for index, provider in enumerate(providers or []):
        at = f"{where}: providers[{index}]"
        typed(problems, at, provider, "name", str)
        typed(problems, at, provider, "folder", str)
        expect(problems, at, provider.get("type") == "file", "type must be file")
        for key in ("disableDeletion", "allowUiUpdates"):
            typed(problems, at, provider, key, bool, required=False)
        typed(problems, at, provider, "updateIntervalSeconds", int, required=False)
        path_value = (provider.get("options") or {}).get("path")
        expect(problems, at, isinstance(path_value, str) and path_value.startswith("/"), "options.path must be absolute")
    return problems


def survives(original, decoded, path):
    """Keys and values of `original` missing or changed in `decoded` (a null is the same as no key)."""
    if isinstance(original, dict):
        if not isinstance(decoded, dict):
            return [f"{path}: no longer an object"]
        lost = []
        for key, value in original.items():
            if value is None:
                continue
            if key not in decoded:
                lost.append(f"{path}.{key}: not in the SDK's model")
            else:
                lost += survives(value, decoded[key], f"{path}.{key}")
        return lost
    if isinstance(original, list):
        if not isinstance(decoded, list) or len(original) != len(decoded):
            return [f"{path}: list changed"]
        lost = []
        for index, (a, b) in enumerate(zip(original, decoded)):
            lost += survives(a, b, f"{path}[{index}]")
        return lost
    return [] if original == decoded else [f"{path}: {original!r} became {decoded!r}"]


def sdk_decoder():
    try:
        from grafana_foundation_sdk.cog.encoder import JSONEncoder
        from grafana_foundation_sdk.cog.plugins import register_default_plugins
        from grafana_foundation_sdk.cog.runtime import UnknownDataquery
        from grafana_foundation_sdk.models import prometheus
        from grafana_foundation_sdk.models.dashboard import Dashboard, RowPanel
    except ImportError:
        return None
    register_default_plugins()

    def decode(name, data):
        problems = []
        dashboard = Dashboard.from_json(data)
        for index, panel in enumerate(dashboard.panels or []):
            if isinstance(panel, RowPanel):
                continue
            for number, target in enumerate(panel.targets or []):
                expect(problems, f"{name}.panels[{index}].targets[{number}]",
                       isinstance(target, prometheus.Dataquery) and not isinstance(target, UnknownDataquery),
                       f"decoded as {type(target).__name__}, not prometheus.Dataquery")
            if panel.type_val != "text" or panel.options is not None:
                expect(problems, f"{name}.panels[{index}].options", not isinstance(panel.options, dict),
                       f"not decoded by the {panel.type_val} plugin")
        encoded = json.loads(json.dumps(dashboard, cls=JSONEncoder))
        problems += [f"{name}: {line}" for line in survives(data, encoded, "$")]
        return problems

    return decode


def main(arguments):
    require_sdk = "--require-sdk" in arguments
    folders = [a for a in arguments if a != "--require-sdk"]
    if not folders:
        raise SystemExit(__doc__)
    decode = sdk_decoder()
    problems, count = [], 0
    for folder in folders:
        dashboards = sorted(glob.glob(os.path.join(folder, "grafana", "dashboards", "*.json")))
        provisioning = os.path.join(folder, "grafana", "provisioning", "dashboards.yaml")
        if not dashboards:
            problems.append(f"{folder}: no grafana/dashboards/*.json")
        if os.path.exists(provisioning):
            problems += check_provisioning(provisioning)
        else:
            problems.append(f"{folder}: no grafana/provisioning/dashboards.yaml")
        seen = {}
        for path in dashboards:
            data, found = check_dashboard(path, seen)
            problems += [f"{folder}/{line}" for line in found]
            if decode is not None:
                problems += [f"{folder}/{line}" for line in decode(os.path.basename(path), data)]
            count += 1
    if decode is None:
        print("grafana-foundation-sdk is not installed: dashboards were not decoded with it", file=sys.stderr)
        if require_sdk:
            problems.append("grafana-foundation-sdk is required (--require-sdk)")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"{count} dashboards checked" + (", and decoded with grafana-foundation-sdk" if decode else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
