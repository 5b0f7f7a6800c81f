#!/usr/bin/env python3
"""Builds the offline base map of the analyst page (src/main/resources/web/basemap/).

- syria-admin1.geojson: Syria's 14 governorates from OCHA/HDX's syr_admin1.geojson
  (../shared/data/syria/), coordinates rounded to 3 decimals (about 100 m) and repeated
  points dropped, so the file stays small.
- countries.geojson: Natural Earth country outlines around Syria, decoded from the TopoJSON
  countries-50m.json of the npm package world-atlas (ISC; Natural Earth is public domain).
  Get it with: cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz

Usage: scripts/build-basemap.py [SYR_ADMIN1_GEOJSON] [WORLD_ATLAS_COUNTRIES_JSON]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "web", "basemap")
ADMIN1 = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "syria", "syr_admin1.geojson")
ATLAS = sys.argv[2] if len(sys.argv) > 2 else "/tmp/package/countries-50m.json"
# Syria and its neighbours, with a margin: lon 30..50, lat 28..42.
BOX = (30.0, 28.0, 50.0, 42.0)


def ring(points):
    out = []
    for x, y in points:
        p = [round(x, 3), round(y, 3)]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def simplify(geometry):
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    kept = []
    for poly in polys:
        rings = [r for r in (ring(r) for r in poly) if r]
        if rings:
            kept.append(rings)
    return {"type": "MultiPolygon", "coordinates": kept}


def admin1():
    data = json.load(open(ADMIN1, encoding="utf-8"))
    features = [{"type": "Feature",
                 "properties": {"name": f["properties"]["NAME_EN"], "pcode": f["properties"]["PCODE"]},
                 "geometry": simplify(f["geometry"])} for f in data["features"]]
    return {"type": "FeatureCollection",
            "attribution": "Governorates: OCHA / Humanitarian Data Exchange, Syrian Arab Republic - Administrative Boundaries",
            "features": features}


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def stitch(indexes, arcs):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def in_box(rings):
    return any(BOX[0] <= x <= BOX[2] and BOX[1] <= y <= BOX[3] for r in rings for x, y in r)


def countries():
    topo = json.load(open(ATLAS, encoding="utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        rings = [[stitch(r, arcs) for r in poly] for poly in polys]
        rings = [poly for poly in rings if in_box(poly)]
        if not rings:
            continue
        features.append({"type": "Feature", "properties": {"name": g["properties"]["name"]},
                         "geometry": simplify({"type": "MultiPolygon", "coordinates": rings})})
    return {"type": "FeatureCollection",
            "attribution": "Countries: Natural Earth (public domain), via world-atlas",
            "features": features}


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{path}: {os.path.getsize(path)} bytes, {len(data['features'])} features")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("syria-admin1.geojson", admin1())
    write("countries.geojson", countries())
