#!/usr/bin/env python3
"""Plausibility of the tolls and dates in a knowledge-base export, against per-article labelled tolls.

usage: toll-date-stats.py --pred kb.json --gold corpus.jsonl [--years 2011-2018] [--list N]

Why: an event toll read from a cumulative war tally, a "lives saved" figure or a population count
is off by orders of magnitude, and a resolution number or a clock time read as a year puts an event
centuries away. These figures catch both without hand-coded rows. Each corpus line carries 'id' and
a 'gold' object with nb_civilians and nb_noncivilians (the FA-KES labels); the export's documents
carry 'source_id' = that id. An event belongs to the documents its evidence cites.

Prints:
  toll_sum          sum of event tolls
  tolls_over_1000   events whose toll is above 1,000
  tolled_events     events with a toll
  over_3x_label     share of tolled events whose toll exceeds 3 x the article's labelled toll + 20
                    (an event citing several articles is judged against the largest label)
  events            events
  outside_years     share of dated events whose year lies outside --years
With --list N, the N worst events of each kind are printed with their evidence sentence.
Standard library only.
"""
import argparse
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--years", default="2011-2018")
    ap.add_argument("--list", type=int, default=0)
    a = ap.parse_args()
    first, last = (int(y) for y in a.years.split("-"))
    label = {}
    for line in open(a.gold, encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            lab = g.get("gold", {})
            label[str(g["id"])] = int(lab.get("nb_civilians") or 0) + int(lab.get("nb_noncivilians") or 0)
    pred = json.load(open(a.pred, encoding="utf-8"))
    source = {d["id"]: str(d.get("source_id") or d["id"]) for d in pred.get("documents", [])}
    events = pred.get("events", [])
    tolled, over, outside, dated = [], [], [], 0
    for e in events:
        toll = e.get("fatalities")
        docs = {source.get(ev.get("document")) for ev in e.get("evidence", [])}
        labels = [label[d] for d in docs if d in label]
        if toll:
            tolled.append(e)
            if labels and toll > 3 * max(labels) + 20:
                over.append((toll, max(labels), e))
        date = str(e.get("date") or "")
        if date[:4].isdigit():
            dated += 1
            if not first <= int(date[:4]) <= last:
                outside.append(e)
    print(f"toll_sum        {sum(e['fatalities'] for e in tolled)}")
    print(f"tolls_over_1000 {sum(1 for e in tolled if e['fatalities'] > 1000)}")
    print(f"tolled_events   {len(tolled)}")
    print(f"over_3x_label   {len(over) / len(tolled) if tolled else 0:.3f}  ({len(over)})")
    print(f"events          {len(events)}")
    print(f"outside_years   {len(outside) / dated if dated else 0:.4f}  ({len(outside)} of {dated} dated)")
    if a.list:
        print("-- largest tolls above 3x label + 20")
        for toll, lab, e in sorted(over, key=lambda x: -x[0])[:a.list]:
            print(f"{toll:>9} label={lab:<5} {sentence(e, toll)}")
        print("-- dated outside the years")
        for e in outside[:a.list]:
            print(f"{e.get('date')} {sentence(e, None)}")


def sentence(event, toll):
    evidence = event.get("evidence", [])
    chosen = next((ev for ev in evidence if toll is not None and ev.get("fatalities") == toll), None)
    chosen = chosen or (evidence[0] if evidence else {})
    return (chosen.get("text") or "")[:200].replace("\n", " ")


if __name__ == "__main__":
    main()
