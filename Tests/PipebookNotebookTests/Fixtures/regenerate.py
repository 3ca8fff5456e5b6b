#!/usr/bin/env python3
"""Regenerates the expected results PipebookNotebookTests compares with, from the reference tools.

    python3 -m venv /tmp/nbref && /tmp/nbref/bin/pip install ipython nbformat jupytext papermill
    /tmp/nbref/bin/python Tests/PipebookNotebookTests/Fixtures/regenerate.py

Writes, beside this script:
- pretty.json: IPython's pretty text for each expression of pretty_cases.py;
- percent/NAME.expected.json: the cells jupytext reads from percent/NAME.py (type, source,
  metadata) and the kernelspec of its header, and percent/NAME.written.py: what jupytext writes back for them;
- ipynb/NAME.expected.ipynb: what nbformat writes after reading ipynb/NAME.ipynb (upgraded to
  4.5; cell ids, which nbformat makes at random, are kept as the Swift reader gives them when
  valid and replaced by "ID<index>" otherwise);
- parameters.json: papermill's injected cell for a few notebooks and parameter sets;
- nbformat.v4.5.schema.json: nbformat's schema for the notebooks Pipebook writes.
Pipebook never needs Python: these files are committed and `swift test` only reads them.
"""

import glob
import json
import os
import shutil

import IPython.lib.pretty
import jupytext
import nbformat
import papermill.parameterize
import papermill.cli

HERE = os.path.dirname(os.path.abspath(__file__))


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=1, ensure_ascii=False)
        f.write("\n")


def pretty():
    namespace = {}
    with open(os.path.join(HERE, "pretty_cases.py"), encoding="utf-8") as f:
        exec(f.read(), namespace)
    exec(namespace["SETUP"], namespace)
    cases = [{"expression": e, "text": IPython.lib.pretty.pretty(eval(e, namespace))} for e in namespace["CASES"]]
    write_json(os.path.join(HERE, "pretty.json"), cases)


def percent():
    fmt = {"extension": ".py", "format_name": "percent", "notebook_metadata_filter": "-all"}
    for path in sorted(glob.glob(os.path.join(HERE, "percent", "*.py"))):
        if path.endswith(".written.py"):
            continue
        with open(path, encoding="utf-8") as f:
            nb = jupytext.reads(f.read(), fmt="py:percent")
        cells = [{"cell_type": c.cell_type, "source": c.source, "metadata": c.metadata} for c in nb.cells]
        base = path[:-3]
        # jupytext adds its own "jupytext" metadata; the kernelspec is what a runner needs.
        write_json(base + ".expected.json", {"kernelspec": nb.metadata.get("kernelspec"), "cells": cells})
        with open(base + ".written.py", "w", encoding="utf-8") as f:
            f.write(jupytext.writes(nb, fmt=fmt))


def ipynb():
    for path in sorted(glob.glob(os.path.join(HERE, "ipynb", "*.ipynb"))):
        if path.endswith(".expected.ipynb"):
            continue
        with open(path, encoding="utf-8") as f:
            original_ids = [cell.get("id") for cell in json.load(f)["cells"]]
        nb = nbformat.read(path, as_version=4)
        nb = nbformat.v4.upgrade(nb)
        seen = set()
        for index, (cell, original) in enumerate(zip(nb.cells, original_ids)):
            # nbformat gives missing or repeated ids random values; the test puts "ID<n>" there.
            cell["id"] = "ID%d" % index if original is None or original in seen else original
            seen.add(original)
        with open(path[:-6] + ".expected.ipynb", "w", encoding="utf-8") as f:
            nbformat.write(nb, f)


def parameters():
    cases = [
        ("ipynb/v4.4.ipynb", [("alpha", "0.25"), ("name", "sea \"snail\"\n"), ("count", "7"), ("flag", "True"),
                              ("nothing", "None"), ("big", "1_000"), ("text", "ünïcode"), ("neg", "-3.5e2")]),
        ("ipynb/v4.0.ipynb", [("epochs", "3")]),
    ]
    results = []
    for notebook, pairs in cases:
        nb = nbformat.read(os.path.join(HERE, notebook), as_version=4)
        for cell in nb.cells:
            # papermill's execute_notebook gives every cell a tags list before parameterising.
            cell.metadata.setdefault("tags", [])
        nb.metadata["papermill"] = {}
        values = {name: papermill.cli._resolve_type(text) for name, text in pairs}
        nb = papermill.parameterize.parameterize_notebook(nb, values)
        cells = [{"source": c.source, "tags": c.metadata.get("tags", [])} for c in nb.cells]
        results.append({"notebook": notebook, "parameters": pairs, "cells": cells,
                        "metadata": nb.metadata.papermill["parameters"]})
    write_json(os.path.join(HERE, "parameters.json"), results)


def schema():
    source = os.path.join(os.path.dirname(nbformat.__file__), "v4", "nbformat.v4.5.schema.json")
    shutil.copyfile(source, os.path.join(HERE, "nbformat.v4.5.schema.json"))


if __name__ == "__main__":
    pretty()
    percent()
    ipynb()
    parameters()
    schema()
