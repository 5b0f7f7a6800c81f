#!/usr/bin/env python3
"""Build src/main/resources/gazetteer/sy-admin3.tsv.gz: the sub-district (OCHA admin3) of each Syrian populated
place of the gazetteer, keyed by its OCHA pcode (the gazetteer's source column names it: "OCHA/HDX C4268"), for
the ACLED CSV export's admin3 column. Python 3 standard library only.

Usage: python3 scripts/build-subdistricts.py [--ocha /work/shared/data/syria/syr_populated_places.csv]
Output columns (tab separated, UTF-8, gzip, sorted by pcode): pcode  admin3
"""
import argparse, csv, gzip, io, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "gazetteer", "sy-admin3.tsv.gz")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ocha", default="/work/shared/data/syria/syr_populated_places.csv")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    rows = {}
    with open(a.ocha, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["PCODE"].strip() and r["ADMIN3_EN"].strip():
                rows[r["PCODE"].strip()] = r["ADMIN3_EN"].strip().replace("\t", " ")
    buf = io.StringIO()
    for pcode in sorted(rows):
        buf.write(pcode + "\t" + rows[pcode] + "\n")
    # mtime 0: the same input gives the same bytes.
    with open(a.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print("wrote %s: %d places" % (a.out, len(rows)))


if __name__ == "__main__":
    main()
