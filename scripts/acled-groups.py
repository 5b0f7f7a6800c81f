#!/usr/bin/env python3
"""Figures of the ACLED scorer per group of rows: Syria, the rows outside Syria, and the weakest country.

Issue 13 asks for figures on the rows outside Syria (loc10, loc50, admin1, actors, the mean) and for no country
below a mean of 0.70; acled_score.py's --by-country table leaves loc10 and admin1 out and prints no minimum, so
this reads the per-row outcomes it writes with --dump and aggregates them the way it does (each figure a share
of the rows it applies to; the mean over coverage, type, date, loc50, fatalities, actor1, actor2, a figure a
group has no rows for counting 0, as the scorer's table does). Python 3 standard library only.

usage: python3 ../shared/eval/acled_score.py --gold ../shared/corpus/acled-dev.jsonl --pred kb.json --dump rows.jsonl
       python3 scripts/acled-groups.py --dump rows.jsonl [--min-rows 1]
Prints one line per figure and a last SCORE line: outside_<figure>=..., syria_<figure>=...,
country_mean_min=... (over countries with at least --min-rows rows, every country by default;
a country of three rows moves by a third of a figure on one row).
"""
import argparse, json, sys
from collections import defaultdict

FIGURES = ["coverage", "type", "subtype", "date", "loc10", "loc50", "admin1", "fatalities", "actor1", "actor2",
           "dyad"]
MEAN_OF = ["coverage", "type", "date", "loc50", "fatalities", "actor1", "actor2"]


def aggregate(rows):
    hit, seen = defaultdict(int), defaultdict(int)
    for r in rows:
        for k, v in r["m"].items():
            seen[k] += 1
            hit[k] += bool(v)
    out = {k: hit[k] / seen[k] for k in seen}
    # as acled_score.py counts it: a figure the group has no rows for (Colombia's rows have no toll) counts 0
    out["mean"] = sum(out.get(k, 0.0) for k in MEAN_OF) / len(MEAN_OF)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", required=True, help="acled_score.py --dump output")
    ap.add_argument("--min-rows", type=int, default=1)
    a = ap.parse_args()
    try:
        rows = [json.loads(line) for line in open(a.dump, encoding="utf-8") if line.strip()]
    except (OSError, ValueError) as e:
        sys.exit(f"{a.dump}: cannot read the scorer's dump: {e}")
    if not rows:
        sys.exit(f"{a.dump}: no rows")
    by_country = defaultdict(list)
    for r in rows:
        by_country[r["country"]].append(r)
    score = {}
    for group, members in (("outside", [r for r in rows if r["country"] != "Syria"]), ("syria", by_country["Syria"])):
        if members:
            figures = aggregate(members)
            for k in FIGURES + ["mean"]:
                if k in figures:
                    score[f"{group}_{k}"] = figures[k]
    means = {c: aggregate(rs)["mean"] for c, rs in by_country.items() if len(rs) >= a.min_rows}
    weakest = min(means, key=means.get)
    for c in sorted(means, key=means.get):
        print(f"{c:30s} mean {means[c]:.3f}  (rows={len(by_country[c])})")
    score["country_mean_min"] = means[weakest]
    for k, v in score.items():
        print(f"{k:22s} {v:.3f}")
    print("SCORE " + " ".join(f"{k}={v:.2f}" for k, v in score.items()) + f" weakest={weakest.replace(' ', '_')}")


if __name__ == "__main__":
    main()
