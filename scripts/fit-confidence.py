#!/usr/bin/env python3
"""Fit the confidence of Orbat's events (src/main/resources/review/event-confidence.tsv) and check it.

An event is counted right when an ACLED coder agrees on all three of: its ACLED event type, its date, and a place
within 50 km of the coder's. Half the coded rows (by a hash of the row id) fit a logistic model of features an
export carries (see EventConfidence.java, which computes the same features); the other half, never used to fit,
checks it: the reliability table printed (and quoted in docs/evaluation.md) gives, per confidence bucket, how many
events fall there and the share of them that are right. Python 3 standard library only.

usage: python3 scripts/fit-confidence.py --kb acled.json --gold ../shared/corpus/acled-dev.jsonl \
           --out src/main/resources/review/event-confidence.tsv
       python3 scripts/fit-confidence.py --kb acled.json --gold ../shared/corpus/acled-dev.jsonl --check
(acled.json: `orbat export` of a knowledge base holding the gold file's rows, ingested as they are; --check scores the
confidence the export carries, from the shipped weights, on the held-out half and prints the largest gap between a
bucket's mean confidence and its share right, over buckets of 30 or more events, on a last SCORE line)
"""
import argparse, hashlib, json, math

FEATURES = ["bias", "reports", "claimed", "day", "undated", "placed_exact", "unplaced", "two_sided", "tolled",
            "organisational", "crowded"]
ORGANISATIONAL = {"disbanding", "declaration", "agreement", "formation"}


def features(e, per_doc):
    ev = e.get("evidence", [])
    locs = e.get("locations", [])
    date = e.get("date")
    doc = ev[0]["document"] if ev else None
    return [1.0,
            math.log1p(len(ev)),
            1.0 if any(x.get("stance") != "asserted" for x in ev) else 0.0,
            1.0 if date and len(date) == 10 else 0.0,
            1.0 if not date else 0.0,
            1.0 if any(l.get("precision") == "exact" for l in locs) else 0.0,
            1.0 if not locs else 0.0,
            1.0 if e.get("side1") and e.get("side2") else 0.0,
            1.0 if e.get("fatalities") is not None else 0.0,
            1.0 if e["type"] in ORGANISATIONAL else 0.0,
            math.log(max(1, per_doc.get(doc, 1)))]


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def right(e, g):
    if e.get("acled", {}).get("event_type") != g["event_type"]:
        return False
    if e.get("date") != g["event_date"]:
        return False
    try:
        gold = (float(g["latitude"]), float(g["longitude"]))
    except (TypeError, ValueError, KeyError):
        return False
    return any(km((l["lat"], l["lon"]), gold) <= 50 for l in e.get("locations", []))


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def fit(xs, ys, l2=0.01, steps=4000, rate=0.5):
    w = [0.0] * len(xs[0])
    n = len(xs)
    for _ in range(steps):
        grad = [l2 * wi for wi in w]
        grad[0] = 0.0
        for x, y in zip(xs, ys):
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            for i, xi in enumerate(x):
                grad[i] += (p - y) * xi / n
        w = [wi - rate * gi for wi, gi in zip(w, grad)]
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", "--pred", dest="kb", required=True); ap.add_argument("--gold", required=True); ap.add_argument("--out")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    kb = json.load(open(a.kb))
    gold = {}
    for line in open(a.gold):
        row = json.loads(line)
        gold[row["id"]] = row["gold"]
    row_of = {d["id"]: d.get("source_id") for d in kb["documents"]}
    per_doc = {}
    for e in kb["events"]:
        if e.get("evidence"):
            d = e["evidence"][0]["document"]
            per_doc[d] = per_doc.get(d, 0) + 1
    fit_x, fit_y, check = [], [], []
    for e in kb["events"]:
        if not e.get("evidence"):
            continue
        rid = row_of.get(e["evidence"][0]["document"])
        if rid not in gold:
            continue
        x, y = features(e, per_doc), 1.0 if right(e, gold[rid]) else 0.0
        if int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 2 == 0:
            fit_x.append(x); fit_y.append(y)
        else:
            check.append((x, y, e.get("confidence")))
    if a.check:
        print(f"checked on {len(check)} events of the held-out half, with the confidence the export carries")
    else:
        w = fit(fit_x, fit_y)
        print(f"fitted on {len(fit_x)} events (right: {sum(fit_y) / len(fit_y):.2f}), checked on {len(check)} others")
    print("bucket      events  mean confidence  share right")
    buckets = {}
    for x, y, exported in check:
        p = exported if a.check else sigmoid(sum(a_ * b for a_, b in zip(w, x)))
        b = min(9, int(p * 10))
        buckets.setdefault(b, []).append((p, y))
    for b in sorted(buckets):
        items = buckets[b]
        mean_p = sum(p for p, _ in items) / len(items)
        share = sum(y for _, y in items) / len(items)
        flag = "" if len(items) < 30 else ("  ok" if abs(mean_p - share) <= 0.10 else "  OFF")
        print(f"{b / 10:.1f}-{(b + 1) / 10:.1f}  {len(items):8d}  {mean_p:15.2f}  {share:11.2f}{flag}")
    gaps = [abs(sum(p for p, _ in v) / len(v) - sum(y for _, y in v) / len(v)) for v in buckets.values() if len(v) >= 30]
    print(f"SCORE calibration_gap={max(gaps) if gaps else 1.0:.3f} buckets={len(gaps)} events={len(check)}")
    if a.out and not a.check:
        with open(a.out, "w") as f:
            f.write("# Weights of the event confidence model (logistic), fitted by scripts/fit-confidence.py on half of the\n"
                    "# ACLED dev rows (../shared/corpus/acled-dev.jsonl, rows whose id hashes even) as Orbat read them; an event\n"
                    "# counts right when the coder agrees on its ACLED event type, date and place (within 50 km).\n"
                    "# feature\tweight\n")
            for name, wi in zip(FEATURES, w):
                f.write(f"{name}\t{wi:.6f}\n")


if __name__ == "__main__":
    main()
