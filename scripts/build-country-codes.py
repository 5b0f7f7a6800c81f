#!/usr/bin/env python3
"""Builds src/main/resources/org/orbat/export/countries.tsv, the country table the ACLED CSV export reads:
ISO 3166-1 alpha-2, alpha-3 and numeric codes, the English short name and ACLED's region.

Sources: GeoNames countryInfo (CC BY 4.0) for codes and short names ("Syria", "Turkey"), mledoze/countries
(ODbL 1.0) for the UN M49 sub-region. ACLED's regions (ACLED Codebook, "Event geography") are the UN
sub-regions with these differences: Western Asia and Iran and Egypt are the Middle East except the South
Caucasus, which joins Central Asia; Cyprus is Europe; Europe's sub-regions (and Russia) are one Europe;
Oceania's are one Oceania; Mexico is Central America.
usage: build-country-codes.py --data ../shared/data
"""
import argparse, csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "org", "orbat", "export", "countries.tsv")
REGION = {
    "Western Africa": "Western Africa", "Middle Africa": "Middle Africa", "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa", "Northern Africa": "Northern Africa", "Western Asia": "Middle East",
    "Central Asia": "Caucasus and Central Asia", "Southern Asia": "South Asia", "South-Eastern Asia": "Southeast Asia",
    "Eastern Asia": "East Asia", "Caribbean": "Caribbean", "Central America": "Central America",
    "South America": "South America", "North America": "North America",
}
EUROPE = {"Northern Europe", "Southern Europe", "Southeast Europe", "Western Europe", "Central Europe", "Eastern Europe"}
OCEANIA = {"Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"}
EXCEPTIONS = {"IR": "Middle East", "EG": "Middle East", "AM": "Caucasus and Central Asia",
              "AZ": "Caucasus and Central Asia", "GE": "Caucasus and Central Asia", "CY": "Europe",
              "MX": "Central America", "AQ": "Antarctica"}


def region(cca2, subregion):
    if cca2 in EXCEPTIONS:
        return EXCEPTIONS[cca2]
    if subregion in EUROPE:
        return "Europe"
    if subregion in OCEANIA:
        return "Oceania"
    return REGION.get(subregion, "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with countries/ and world/")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    info = {}
    for line in open(os.path.join(a.data, "world", "geonames_countryInfo.txt"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) > 4:
            info[cols[0]] = (cols[1], cols[2], cols[4])
    rows = []
    with open(os.path.join(a.data, "countries", "countries_compact.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            alpha3, numeric, name = info.get(r["cca2"], (r["cca3"], r["ccn3"], r["name_common"]))
            rows.append((r["cca2"], alpha3, str(int(numeric)) if numeric else "", name, region(r["cca2"], r["subregion"])))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# ISO 3166-1 codes, English short names and ACLED regions, built by scripts/build-country-codes.py\n"
                "# from GeoNames countryInfo (CC BY 4.0) and mledoze/countries (ODbL 1.0)\n")
        f.write("# alpha2\talpha3\tnumeric\tname\tregion\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print("%d countries -> %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
