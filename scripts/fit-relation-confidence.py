#!/usr/bin/env python3
"""Fit the confidence of Orbat's relations (src/main/resources/review/relation-confidence.tsv) and check it.

A relation read from an article counts right when the hand annotation of that article (RELATIONS-GUIDE.md in
../shared/eval) states it, matched as relations_score.py matches. Half the annotated articles (by a hash of the
article id) give each relation type's share right, shrunk toward the share over all types (two pseudo-relations);
the other half, never used to fit, checks the confidence the export carries: the reliability table printed gives per
confidence bucket the relations there and the share of them right, and the last line the largest gap over buckets of
30 or more. Too few relations are wrong (4 of 109 on the dev articles) to fit anything finer than a share per type.
Python 3 standard library; reads relations_score.py for its matching rules.

usage: python3 scripts/fit-relation-confidence.py --pred fakes.json --gold ../shared/eval/fakes-dev-relations.jsonl \
           [--out src/main/resources/review/relation-confidence.tsv | --check]
"""
import argparse, hashlib, importlib.util, json, os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def scorer(gold_path):
    path = os.path.join(os.path.dirname(os.path.abspath(gold_path)), "relations_score.py")
    spec = importlib.util.spec_from_file_location("relations_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True); ap.add_argument("--gold", required=True)
    ap.add_argument("--out"); ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    rs = scorer(a.gold)
    gold = defaultdict(list)
    for line in open(a.gold, encoding="utf-8"):
        if line.strip():
            g = json.loads(line); gold[g["doc"]]
            if g.get("type"): gold[g["doc"]].append(g)
    pred = json.load(open(a.pred, encoding="utf-8"))
    actors = {x["id"]: x for x in pred.get("actors", [])}
    doc_of = {d["id"]: str(d.get("source_id")) for d in pred.get("documents", []) if d.get("source_id") is not None}
    items = {}
    for r in pred.get("relations", []):
        fam = rs.FAMILY.get(r.get("type"), r.get("type"))
        for ev in r.get("evidence", []):
            doc = doc_of.get(ev.get("document"))
            if doc in gold:
                key = (doc, fam, r.get("source"), r.get("target"))
                items[key] = max(items.get(key, 0.0), r.get("confidence") or 0.0)

    def holds(fam, s, t, g):
        if rs.FAMILY.get(g["type"], g["type"]) != fam: return False
        sa, ta = actors.get(s, {"name": s}), actors.get(t, {"name": t})
        if rs.name_match(g["source"], sa) and rs.name_match(g["target"], ta): return True
        return fam in rs.SYMMETRIC and rs.name_match(g["source"], ta) and rs.name_match(g["target"], sa)

    fit, check = defaultdict(lambda: [0, 0]), []
    for (doc, fam, s, t), conf in items.items():
        right = any(holds(fam, s, t, g) for g in gold[doc])
        if int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 2 == 0:
            fit[fam][0] += right; fit[fam][1] += 1
        else:
            check.append((conf, 1.0 if right else 0.0))
    if not a.check:
        total = [sum(v[0] for v in fit.values()), sum(v[1] for v in fit.values())]
        overall = total[0] / max(1, total[1])
        print(f"fitted on {total[1]} relations of half the articles (right: {overall:.2f}); {len(check)} kept apart")
        rows = {fam: (v[0] + 2 * overall) / (v[1] + 2) for fam, v in sorted(fit.items())}
        if a.out:
            with open(a.out, "w") as f:
                f.write("# Confidence of a relation by type: its share right among the relations Orbat read from half of the\n"
                        "# 60 hand-annotated FA-KES dev articles (../shared/eval/fakes-dev-relations.jsonl, articles whose id\n"
                        "# hashes even), shrunk toward the share over all types; fitted by scripts/fit-relation-confidence.py.\n"
                        "# type\tconfidence\n")
                f.write(f"default\t{overall:.4f}\n")
                for fam, c in rows.items():
                    f.write(f"{fam}\t{c:.4f}\n")
        for fam, c in rows.items():
            print(f"  {fam:22s} {fit[fam][0]}/{fit[fam][1]}  confidence {c:.3f}")
        return
    print(f"checked on {len(check)} relations of the articles kept apart, with the confidence the export carries")
    buckets = defaultdict(list)
    for conf, y in check:
        buckets[min(9, int(conf * 10))].append((conf, y))
    print("bucket      relations  mean confidence  share right")
    gaps = []
    for b in sorted(buckets):
        v = buckets[b]
        m, share = sum(p for p, _ in v) / len(v), sum(y for _, y in v) / len(v)
        if len(v) >= 30: gaps.append(abs(m - share))
        print(f"{b / 10:.1f}-{(b + 1) / 10:.1f}  {len(v):11d}  {m:15.2f}  {share:11.2f}")
    print(f"SCORE calibration_gap={max(gaps) if gaps else 1.0:.3f} buckets={len(gaps)} relations={len(check)}")


if __name__ == "__main__":
    main()
