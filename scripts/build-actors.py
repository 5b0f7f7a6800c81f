#!/usr/bin/env python3
"""Generate Orbat's country and UCDP actor tables from open data.

usage: scripts/build-actors.py [--data ../shared/data] [--out src/main/resources]

Writes, from the open tables named below (never by hand):
  actors/generated/countries.json     every country as a state, its military ("Military Forces of X")
                                      and its police ("Police Forces of X"), named the way the ACLED
                                      codebook names state forces, with the press names as aliases
                                      ("Yemeni forces", "Afghan police", "Myanmar army")
  actors/generated/ucdp.json          non-state armed groups of the conflicts UCDP recorded since 2010,
                                      with UCDP's names, original-language names and acronyms
  extract/demonyms-generated.tsv      nationality adjective -> state name
  extract/state-forces-generated.tsv  state -> its military, for StateForces
  actors/generated/home-countries.tsv armed group -> the countries UCDP locates its conflicts in (ISO
                                      alpha-2), for reports naming no place the gazetteer knows

Sources:
  countries/countries.json   mledoze/countries, (c) Mohammed Le Doze and contributors, ODbL 1.0
  phoenix/Phoenix.Countries.actors.txt, Phoenix.MilNonState.actors.txt
                             Open Event Data Alliance, PETRARCH2 dictionaries, MIT licence
  ucdp/ucdp-actor-221.csv, ucdp-actor-261_new-since-221_ActorId-ge-7229.csv, Dyadic_v24_1.csv,
  ucdp_ged_*.csv             Uppsala Conflict Data Program, CC BY 4.0

The curated registry (actors/registry.json, actors/current-wars.json) is read only to give the
generated military entries of states whose forces it already curates the curated ids (so their
aliases merge into the curated actor) and to leave out states it already holds. Which names win
when two layers share one is decided by the loader (ActorRegistry), not here.
"""
import argparse, csv, json, os, re, unicodedata
from collections import defaultdict

MILITARY_HEADS = ["forces", "army", "troops", "military", "soldiers", "armed forces", "security forces",
                  "government forces", "government troops", "army troops", "military forces", "defence forces",
                  "defense forces", "air force", "warplanes", "military aircraft", "jets", "navy",
                  "national army", "regime forces", "junta", "junta forces", "special forces", "commandos",
                  "artillery", "drones", "military drones", "airforce", "air defence", "air defense",
                  "military personnel", "servicemen", "marines", "paratroopers"]
NAME_MILITARY_HEADS = ["army", "armed forces", "military", "security forces", "junta", "air force",
                       "defence forces", "defense forces", "government forces"]
POLICE_HEADS = ["police", "policemen", "police officers", "police forces", "police officer", "riot police",
                "gendarmerie", "gendarmes", "national police", "border police"]
NAME_POLICE_HEADS = ["police", "national police", "gendarmerie"]
DEMONYM_SUFFIXES = ("an", "ian", "ese", "i", "ish", "ean", "ite", "n")
# Entities that field no forces of their own in the news (uninhabited or with another state's army)
# are left out by the countries table's own flags: only independent states, UN members and the
# observer/partly recognised states the table lists with a demonym.
EXTRA_STATES = {"PSE", "XKX", "ESH", "TWN"}
# Alternative spellings that are ordinary English words: Iceland's own name "Island" would make every
# "Island" in a place name ("Quifuqui Island") a mention of the state.
ENGLISH_WORDS = {"island"}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def latin(s):
    return all(ord(ch) < 0x250 or unicodedata.category(ch).startswith("M") for ch in s)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def phoenix_country_words(path):
    """Single-word synonyms of each Phoenix country entry, by ISO3 code ([AFG])."""
    out, code, words = defaultdict(set), None, []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"^([A-Z][A-Z_'\-]*?)_?\s+\[([A-Z]{3})\]\s*$", line)
            if m:
                code = m[2]
                out[code].add(m[1].replace("_", " ").strip())
                continue
            if line.startswith("+") and code:
                out[code].add(line[1:].strip().rstrip("_").replace("_", " "))
            elif line and not line.startswith(("+", "#", "\t", " ")):
                code = None
    return out


def phoenix_demonyms(words, names):
    """Phoenix synonyms that read as nationality adjectives built on a country name (MYANMARESE,
    YEMENITE): the name's stem and a demonym suffix. The dictionary also lists cities, provinces and
    misspellings under a country (MEXICALI, TURKEI), which this leaves out."""
    out = set()
    for w in words:
        if " " in w or "-" in w or not w.isalpha():
            continue
        lw = w.lower()
        for n in names:
            stem = re.sub(r"[aeiouy]+$", "", fold(n))
            if len(stem) >= 4 and lw.startswith(stem) and lw[len(stem):] in DEMONYM_SUFFIXES:
                out.add(w.capitalize())
    return out


def curated(resources):
    """Names, aliases and ids of the curated registry files."""
    actors = []
    for name in ("actors/registry.json", "actors/current-wars.json"):
        path = os.path.join(resources, name)
        if os.path.exists(path):
            actors += json.load(open(path, encoding="utf-8"))["actors"]
    return actors


def curated_forces(resources, by_name):
    """curated state id -> curated id of its armed forces, from extract/state-forces.tsv."""
    out = {}
    for line in open(os.path.join(resources, "extract/state-forces.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[1].lower() in by_name and cols[0].lower() in by_name:
            out.setdefault(by_name[cols[0].lower()], by_name[cols[1].lower()])
    return out


def countries(data, resources):
    table = json.load(open(os.path.join(data, "countries/countries.json"), encoding="utf-8"))
    phoenix = phoenix_country_words(os.path.join(data, "phoenix/Phoenix.Countries.actors.txt"))
    cur = curated(resources)
    by_name = {}
    for a in cur:
        for n in [a["name"]] + a.get("aliases", []):
            by_name.setdefault(n.lower(), a["id"])
    curated_states = {n.lower(): a["id"] for a in cur if a["kind"] == "state" for n in [a["name"]] + a.get("aliases", [])}
    forces = curated_forces(resources, by_name)
    actors, demonyms, state_forces, names_of_state, country_forces = [], [], [], {}, []
    # "Congolese" and "Dominican" name two states each: no alias is made from them
    shared = defaultdict(set)
    for c in table:
        for g in ("m", "f"):
            for d in re.split(r",| or ", c.get("demonyms", {}).get("eng", {}).get(g) or ""):
                if d.strip() and (c.get("independent") or c.get("unMember") or c["cca3"] in EXTRA_STATES):
                    shared[d.strip()].add(c["cca3"])
    for c in sorted(table, key=lambda c: c["name"]["common"]):
        if not (c.get("independent") or c.get("unMember") or c["cca3"] in EXTRA_STATES):
            continue
        name = c["name"]["common"]
        official = c["name"]["official"]
        alt = [a for a in c.get("altSpellings", []) if len(a) > 3 and latin(a) and "," not in a
               and a.lower() not in ENGLISH_WORDS]
        # short names beside the common one ("Burma"), when the Phoenix dictionary lists them for the
        # country too: the table's alternative spellings also hold words like "Prathet" ("country")
        listed = {fold(w) for w in phoenix.get(c["cca3"], ())}
        names = [name] + [a for a in alt if len(a.split()) <= 2 and fold(a) in listed
                          and not a.lower().startswith(("republic", "state"))]
        names = list(dict.fromkeys(names))
        # "Antiguan, Barbudan" and "Kittitian or Nevisian" are two adjectives
        dem = {d.strip() for g in ("m", "f") for d in re.split(r",| or ", c.get("demonyms", {}).get("eng", {}).get(g) or "")}
        dem |= phoenix_demonyms(phoenix.get(c["cca3"], ()), [name, official] + alt)
        dem = sorted(d for d in dem if d and d.lower() != name.lower())
        state_id = next((curated_states[n.lower()] for n in [name, official] + alt if n.lower() in curated_states), slug(name))
        source = [f"countries:{c['cca3']}"]
        if c["cca3"] in phoenix:
            source.append(f"phoenix:{c['cca3']}")
        ara = c.get("translations", {}).get("ara", {})
        state = {"id": state_id, "name": name, "kind": "state", "iso3": c["cca3"], "iso2": c["cca2"],
                 "capital": c.get("capital", []),
                 "aliases": sorted({official, *alt, *(v for v in ara.values() if v)} - {name}),
                 "abbreviations": [], "references": [], "lineage": [], "sources": source}
        actors.append(state)
        the = "the " if re.match(r"^(United|Central African|Dominican|Czech|Marshall|Solomon|Philippines|Netherlands|Bahamas|Gambia|Comoros|Maldives)", name) else ""
        military_name = f"Military Forces of {the}{name}"
        mil_id = forces.get(state_id, f"military-forces-of-{slug(name)}")
        own = [d for d in dem if len(shared.get(d, ())) <= 1]
        mil_aliases = {f"{d} {h}" for d in own for h in MILITARY_HEADS}
        mil_aliases |= {f"{n} {h}" for n in names for h in NAME_MILITARY_HEADS}
        mil_aliases |= {f"Armed Forces of {the}{name}", f"Army of {the}{name}", military_name}
        actors.append({"id": mil_id, "name": military_name, "kind": "state_force", "state": state_id,
                       "aliases": sorted(mil_aliases - {military_name} | ({military_name} if mil_id != f"military-forces-of-{slug(name)}" else set())),
                       "abbreviations": [], "references": [], "lineage": [], "sources": source})
        police_name = f"Police Forces of {the}{name}"
        pol_aliases = {f"{d} {h}" for d in own for h in POLICE_HEADS} | {f"{n} {h}" for n in names for h in NAME_POLICE_HEADS}
        actors.append({"id": f"police-forces-of-{slug(name)}", "name": police_name, "kind": "state_force",
                       "state": state_id, "aliases": sorted(pol_aliases), "abbreviations": [], "references": [],
                       "lineage": [], "sources": source})
        for d in dem:
            demonyms.append((d, name))
        if state_id != slug(name):
            names_of_state[state_id] = name
        if mil_id.startswith("military-forces-of-"):
            state_forces.append((name, military_name))
        country_forces.append((c["cca2"], mil_id, f"police-forces-of-{slug(name)}"))
    return actors, demonyms, state_forces, country_forces


# ---------------------------------------------------------------------------------------------
# UCDP

GENERIC_WORDS = {"forces", "force", "army", "group", "militia", "militias", "government", "military", "faction",
                 "insurgents", "rebels", "opposition", "of", "the", "and", "movement", "front", "party",
                 "islamic", "state", "national", "liberation", "people", "peoples", "popular", "democratic",
                 "revolutionary", "united", "council", "union", "resistance", "armed", "supporters", "mujahideen",
                 "jihad", "for", "in", "army", "defence", "defense", "self", "organization", "organisation"}


def ucdp_rows(data):
    rows = []
    for name in ("ucdp/ucdp-actor-221.csv", "ucdp/ucdp-actor-261_new-since-221_ActorId-ge-7229.csv"):
        with open(os.path.join(data, name), encoding="utf-8-sig") as f:
            rows += [dict(r, _file=name) for r in csv.DictReader(f)]
    return rows


def recent_ids(data, since):
    """UCDP actor ids seen fighting since `since`: state-based dyads and the GED samples."""
    ids, names = set(), set()
    with open(os.path.join(data, "ucdp/Dyadic_v24_1.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if int(r["year"]) >= since:
                for col in ("side_a_id", "side_b_id", "side_a_2nd", "side_b_2nd"):
                    ids.update(x.strip() for x in (r.get(col) or "").split(",") if x.strip().isdigit())
    for ged in ("ucdp/ucdp_ged_mexico_2023.csv", "ucdp/ucdp_ged_myanmar_2020-2023.csv"):
        with open(os.path.join(data, ged), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                ids.update({r["side_a_new_id"], r["side_b_new_id"]})
                names.update({r["side_a"], r["side_b"]})
    return ids, names


# UCDP labels that are descriptions rather than names ("Syrian insurgents"), and gang names that are
# common words or places in the languages of the press ("Maidan", "Holanda", "Full Force", "Los Rusos"):
# as aliases they would turn ordinary words into actors.
DESCRIPTIVE = re.compile(r"\b(insurgents|supporters|opposition)$|^(the|la|los|las|el) [a-z]+$", re.I)
COMMON_WORDS = {"maidan", "holanda", "yoda", "full force", "chain guys", "fatales", "the base", "new forces",
                "southern bloc", "united warriors", "the reds", "the sentinel", "latin kings", "mafia 18",
                "grand ravine", "terre noire", "sans echec", "sans defaite", "la coalition", "la raza",
                "los rusos", "la terraza"}


def usable_name(n):
    n = (n or "").strip()
    if not n or n.lower() in ("n/a", "na") or "?" in n or len(n) < 4:
        return None
    # a short mixed-case token ("HaY") is an acronym written loosely, too ambiguous as a name
    if len(n.split()) == 1 and len(n) <= 5 and any(ch.isupper() for ch in n[1:]):
        return None
    toks = re.findall(r"[a-z]+", fold(n))
    if not toks or all(t in GENERIC_WORDS for t in toks):
        return None
    if re.match(r"^(government of|military faction|forces of the|opposition|insurgents|supporters of)\b", n, re.I):
        return None
    if DESCRIPTIVE.search(n) or fold(n) in COMMON_WORDS:
        return None
    return n


def acronym(n):
    """An all-capitals acronym of three or more letters; shorter ones (AA, IS) are too ambiguous."""
    bare = n.replace("-", "").replace(".", "").replace(" ", "")
    return n if bare.isalnum() and bare.upper() == bare and len(bare) >= 3 and any(ch.isalpha() for ch in bare) and " " not in n else None


def ucdp(data, since):
    ids, ged_names = recent_ids(data, since)
    actors = []
    for r in ucdp_rows(data):
        recent = r["ActorId"] in ids or r["NameData"] in ged_names or "261" in r["_file"]
        if r["Org"] not in ("1", "2") or not recent:
            continue
        candidates = [r["NameOrigFullEng"], r["NewNameFullEng"], r["NameData"], r["NameOrig"], r["NewName"],
                      r["NameOrigFull"], r["NewNameFullMotherTongue"]]
        abbreviations, names = [], []
        for n in candidates:
            n = (n or "").strip()
            if acronym(n):
                abbreviations.append(n)
            elif usable_name(n):
                names.append(n)
        names = list(dict.fromkeys(names))
        if not names:
            continue
        # UCDP writes "Forces of Khalifa Haftar": the group is named for its leader, so the leader's
        # name alone would make every mention of the man a mention of the group
        actors.append({"id": "ucdp-" + r["ActorId"], "name": names[0], "kind": "group",
                       "aliases": names[1:], "abbreviations": sorted(set(abbreviations)), "references": [],
                       "lineage": [], "location": r["Location"],
                       "sources": [f"ucdp:actor {r['ActorId']} (v{r['Version']})"]})
    return actors


ORG_WORDS = {"movement", "front", "army", "brigade", "brigades", "group", "party", "council", "forces",
             "organization", "organisation", "jihad", "jamaat", "harakat", "tehrik", "tehreek", "lashkar", "jaish",
             "ansar", "hizb", "mujahideen", "militia", "liberation", "alliance", "union", "cartel"}


def milnonstate_aliases(data, actors):
    """Adds Phoenix MilNonState synonyms to the UCDP groups whose name one of its entries shares."""
    groups, current = [], None
    with open(os.path.join(data, "phoenix/Phoenix.MilNonState.actors.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#")[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                if current is not None:
                    current.append(line[1:].strip())
            elif not line.startswith(("\t", " ")):
                current = [re.sub(r"\s*\[.*$", "", line).strip()]
                groups.append(current)
    def clean(p):
        return re.sub(r"\s+", " ", p.replace("_", " ")).strip().strip("-")
    def key(p):
        return re.sub(r"[^a-z0-9]+", " ", fold(clean(p))).strip()
    by_key = {}
    for g in groups:
        for p in g:
            by_key.setdefault(key(p), g)
    for a in actors:
        for n in [a["name"]] + a["aliases"]:
            g = by_key.get(key(n))
            if g:
                own = {t for m in [a["name"]] + a["aliases"] for t in key(m).split() if len(t) >= 4 and t not in GENERIC_WORDS}
                # the dictionary also lists a group's leaders among its synonyms ("Hassan Nasrallah");
                # a synonym counts when it shares a word with UCDP's names or names an organisation
                g = [p for p in g if set(key(p).split()) & (own | ORG_WORDS)]
                extra = [clean(p).title() if clean(p).isupper() and len(clean(p)) > 5 else clean(p) for p in g]
                a["aliases"] = list(dict.fromkeys(a["aliases"] + [x for x in extra if usable_name(x) and not acronym(x) and x != a["name"]]))
                a["sources"].append("phoenix:MilNonState")
                break
    return actors


# UCDP location names the countries table spells otherwise
UCDP_COUNTRY_NAMES = {"turkey": "TR"}


def ucdp_locations(data, table):
    """UCDP actor id -> the ISO alpha-2 codes of the countries its Location column names (historic states
    such as "South Yemen" have none and are left out)."""
    codes = dict(UCDP_COUNTRY_NAMES)
    for c in table:
        for n in [c["name"]["common"], c["name"]["official"]] + c.get("altSpellings", []):
            codes.setdefault(n.lower(), c["cca2"])
    out = {}
    for r in ucdp_rows(data):
        iso = []
        for part in re.split(r",\s*", r["Location"] or ""):
            part = part.strip().lower()
            code = codes.get(part) or codes.get(re.sub(r"\s*\(.*\)", "", part))
            if code and code not in iso:
                iso.append(code)
        if iso:
            out[r["ActorId"]] = iso
    return out


def home_countries(data, curated_actors, ucdp_actors):
    """actor id -> ISO codes of its home countries, for UCDP's groups and the curated groups that cite a
    UCDP actor as a source or share a name with one."""
    table = json.load(open(os.path.join(data, "countries/countries.json"), encoding="utf-8"))
    locations = ucdp_locations(data, table)
    by_name = {}
    for r in ucdp_rows(data):
        for n in (r["NameData"], r["NameOrig"], r["NameOrigFullEng"], r["NewName"], r["NewNameFullEng"]):
            if usable_name(n) and r["ActorId"] in locations:
                by_name.setdefault(fold(n.strip()), r["ActorId"])
    out = {}
    for a in ucdp_actors:
        ucdp_id = a["id"][len("ucdp-"):]
        if ucdp_id in locations:
            out[a["id"]] = locations[ucdp_id]
    for a in curated_actors:
        if a.get("kind") not in ("group", "coalition", None):
            continue
        cited = [m[1] for s in a.get("sources", []) for m in [re.match(r"ucdp:actor (\d+)", s)] if m]
        named = [by_name[fold(n)] for n in [a["name"]] + a.get("aliases", []) if fold(n) in by_name]
        for ucdp_id in cited + named:
            if ucdp_id in locations:
                out[a["id"]] = locations[ucdp_id]
                break
    return out


def registry_file(about, sources, actors):
    return {"about": about, "generated_by": "scripts/build-actors.py", "sources": sources, "actors": actors}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="src/main/resources")
    ap.add_argument("--since", type=int, default=2010, help="UCDP dyads from this year on count as current")
    args = ap.parse_args()
    country_actors, demonyms, state_forces, country_forces = countries(args.data, args.out)
    names = {a["id"]: a["name"] for a in country_actors}
    for a in curated(args.out):
        names[a["id"]] = a["name"]
    countries_sources = [
        {"id": "countries", "title": "Country data from mledoze/countries (https://github.com/mledoze/countries), "
                                      "(c) Mohammed Le Doze and contributors, licensed under ODbL 1.0",
         "url": "https://github.com/mledoze/countries"},
        {"id": "phoenix", "title": "Open Event Data Alliance, PETRARCH2 Phoenix dictionaries (CAMEO), MIT licence",
         "url": "https://github.com/openeventdata/petrarch2"},
        {"id": "acled", "title": "ACLED Codebook: state forces named 'Military Forces of <state>' and "
                                 "'Police Forces of <state>'", "url": "https://acleddata.com/resources/general-guides/"}]
    os.makedirs(os.path.join(args.out, "actors/generated"), exist_ok=True)
    with open(os.path.join(args.out, "actors/generated/countries.json"), "w", encoding="utf-8") as f:
        json.dump(registry_file(
            "Every country as a state with its military and police, generated from open country tables. "
            "This derived database is offered under the ODbL 1.0, as its source requires.",
            countries_sources, country_actors), f, ensure_ascii=False, indent=1)
        f.write("\n")
    ucdp_actors = milnonstate_aliases(args.data, ucdp(args.data, args.since))
    ucdp_sources = [
        {"id": "ucdp", "title": "UCDP Actor Dataset v22.1 and v26.1, Dyadic Dataset v24.1, GED; Uppsala Conflict "
                                "Data Program, CC BY 4.0", "url": "https://ucdp.uu.se/downloads/"},
        countries_sources[1]]
    with open(os.path.join(args.out, "actors/generated/ucdp.json"), "w", encoding="utf-8") as f:
        json.dump(registry_file(
            f"Non-state armed groups UCDP records in conflicts since {args.since}, generated from UCDP's actor list "
            "(UCDP, CC BY 4.0) with synonyms from Phoenix's MilNonState dictionary (MIT).",
            ucdp_sources, ucdp_actors), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(args.out, "extract/demonyms-generated.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-actors.py: nationality adjective -> state, from mledoze/countries\n"
                "# (ODbL 1.0) and the PETRARCH2 Phoenix country dictionary (MIT). Curated rows in demonyms.tsv win.\n")
        states = defaultdict(set)
        for d, name in demonyms:
            states[d].add(name)
        for d in sorted(states):
            # "Congolese", "Dominican": an adjective of two states names no one state
            f.write(f"{d}\t{next(iter(states[d])) if len(states[d]) == 1 else ''}\n")
    with open(os.path.join(args.out, "extract/state-forces-generated.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-actors.py: every state's armed forces, named after the ACLED codebook\n"
                "# ('Military Forces of <state>'). Curated rows in state-forces.tsv win.\n")
        for name, forces in sorted(state_forces):
            f.write(f"{name}\t{forces}\n")
    with open(os.path.join(args.out, "extract/country-forces.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-actors.py: ISO 3166-1 alpha-2 code -> the state's military and police,\n"
                "# for generic words ('the military', 'police') in reports of events in that country. From\n"
                "# mledoze/countries (ODbL 1.0); curated forces (state-forces.tsv) keep their curated names.\n")
        for iso2, military, police in sorted(country_forces):
            f.write(f"{iso2}\t{names[military]}\t{names[police]}\n")
    homes = home_countries(args.data, curated(args.out), ucdp_actors)
    with open(os.path.join(args.out, "actors/generated/home-countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-actors.py: armed group id -> the countries (ISO 3166-1 alpha-2) UCDP's\n"
                "# actor list locates its conflicts in (UCDP Actor Dataset, CC BY 4.0; country names from\n"
                "# mledoze/countries, ODbL 1.0). For events whose report names no place the gazetteer knows.\n")
        for actor_id in sorted(homes):
            f.write(f"{actor_id}\t{' '.join(homes[actor_id])}\n")
    print(f"countries: {len(country_actors)} actors; ucdp: {len(ucdp_actors)} groups; demonyms: {len(demonyms)}")


if __name__ == "__main__":
    main()
