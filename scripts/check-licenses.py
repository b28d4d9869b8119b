#!/usr/bin/env python3
"""Fails when a crate the binary links cannot be used under a non-copyleft licence.

Reads `cargo metadata` for the normal (non-dev) dependency graph of the lifelines binary. A licence
expression passes when at least one of its OR-alternatives contains no GPL-family licence
(GPL, LGPL, AGPL). Crates with no licence field fail too, so they get looked at.
"""
import json
import re
import subprocess
import sys

meta = json.loads(
    subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)
packages = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}

# Walk normal and build dependencies from the root package; dev-dependencies never reach the binary.
root = meta["resolve"]["root"]
seen, stack = set(), [root]
while stack:
    node = nodes[stack.pop()]
    for dep in node["deps"]:
        kinds = {k["kind"] for k in dep["dep_kinds"]}
        if kinds & {None, "build"} and dep["pkg"] not in seen:
            seen.add(dep["pkg"])
            stack.append(dep["pkg"])

copyleft = re.compile(r"\b(A|L)?GPL")
bad = []
for pid in sorted(seen, key=lambda i: packages[i]["name"]):
    p = packages[pid]
    lic = p.get("license")
    if not lic:
        bad.append(f"{p['name']} {p['version']}: no licence field")
        continue
    alternatives = re.split(r"\s+OR\s+|/", lic.replace("(", "").replace(")", ""))
    if all(copyleft.search(a) for a in alternatives):
        bad.append(f"{p['name']} {p['version']}: {lic}")

for line in bad:
    print("licence:", line)
print(f"licences: {len(seen)} crates in the binary, {len(bad)} copyleft-only")
sys.exit(1 if bad else 0)
