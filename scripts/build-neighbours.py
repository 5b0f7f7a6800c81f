#!/usr/bin/env python3
"""Writes src/main/resources/gazetteer/neighbours.tsv: each country (ISO 3166-1 alpha-2) and the countries it shares
a land border with, from GeoNames' countryInfo.txt (CC BY 4.0; column "neighbours"). Python 3 standard library only:

    python3 scripts/build-neighbours.py --data /work/shared/data
"""
import argparse
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "gazetteer", "neighbours.tsv")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with world/geonames_countryInfo.txt")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    rows = []
    with open(os.path.join(a.data, "world", "geonames_countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 18 or not cols[17].strip():
                continue
            rows.append((cols[0], ",".join(sorted(n for n in cols[17].split(",") if n))))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Countries and their land neighbours (ISO alpha-2), from GeoNames countryInfo.txt (CC BY 4.0);\n")
        out.write("# built by scripts/build-neighbours.py, do not edit.\n")
        for country, neighbours in sorted(rows):
            out.write("%s\t%s\n" % (country, neighbours))


if __name__ == "__main__":
    main()
