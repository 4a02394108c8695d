"""Actor dictionary: ISO 3166 countries from pycountry, their capitals and demonyms from countryinfo, plus curated
aliases, organisations and people."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import metadata
from itertools import accumulate
from pathlib import Path
from typing import Final, Literal

import countryinfo
import pycountry

from pipeline.extract.trie import alternation

# Words and numbers; apostrophes, dots and hyphens split tokens, so "U.S." -> "U S", "Russia's" -> "Russia s".
TOKEN: Final = re.compile(r"[^\W\d_]++|\d++")
# The same tokens as split() separators; on ASCII text the letter class is [A-Za-z], which the engine tests faster.
_TOKEN_SPLIT: Final = re.compile(r"([^\W\d_]++|\d++)")
_TOKEN_SPLIT_ASCII: Final = re.compile(r"([A-Za-z]++|[0-9]++)")
# A non-ASCII letter or digit. Text without one (only quotes, dashes and the like beyond ASCII) splits the same
# with the ASCII classes.
_NON_ASCII_WORD_CHAR: Final = re.compile(r"[^\x00-\x7f](?<=\w)")

# place: a city of the generated place list ("Kharkiv"), which names its country only as a place.
AliasKind = Literal["name", "demonym", "place", "role", "dominant", "description"]
# The curated actor file (resources.DATA_DIR / "actors_curated.csv").
ACTORS_CSV: Final = Path(__file__).resolve().parent.parent / "data" / "actors_curated.csv"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the dictionary, as published in the actors table."""

    code: str
    name: str
    kind: str
    country_code: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AliasHit:
    """What an alias stands for: the event code it yields and how it was written."""

    code: str
    alias_kind: AliasKind
    actor_kind: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Alias lookup keyed by space-joined tokens; roles are matched lower-cased."""

    actors: tuple[ActorEntry, ...]
    aliases: dict[str, AliasHit]
    roles: dict[str, AliasHit]
    starters: dict[str, tuple[int, int]]
    # Starters that begin no multi-word entry, with what they name on their own (see one_word_hits).
    one_word: dict[str, AliasHit]
    pairs: frozenset[str]
    # A person's full name ("Jake Sullivan") -> (its place in the file, the surname, the event code).
    full_names: dict[str, tuple[int, str, str]]
    # Lower-cased surname of one listed official -> the event code (see document.read_document), and a scan of the
    # capitalised surnames (whole words).
    titled_surnames: dict[str, str]
    titled_surname_scan: re.Pattern[str]
    country_words: dict[str, str]
    title_words: frozenset[str]
    version: str
    # Description key ("baltic state") -> the countries it can stand for (None: any); see descriptions.csv.
    descriptions: dict[str, frozenset[str] | None]
    # ISO alpha-3 code -> the countries it borders (countryinfo).
    borders: dict[str, frozenset[str]]
    # ISO alpha-3 code -> its treaty allies (alliances.csv; empty when not loaded).
    allies: dict[str, frozenset[str]]
    # One-pass scans of a whole document, compiled from the tables above (see _scans).
    full_name_scan: re.Pattern[str]
    country_scan: re.Pattern[str]
    title_then_word: re.Pattern[str]


@dataclass(slots=True)
class Tokens:
    """The TOKEN tokens of a text: their strings and [start, end) offsets, as parallel lists."""

    words: list[str]
    starts: list[int]
    ends: list[int]


def tokenize(text: str) -> Tokens:
    """Tokens of text; offsets come from the lengths of the split parts (no per-token match objects)."""
    ascii_words = text.isascii() or _NON_ASCII_WORD_CHAR.search(text) is None
    parts = (_TOKEN_SPLIT_ASCII if ascii_words else _TOKEN_SPLIT).split(text)
    # parts = [gap0, word0, gap1, word1, ..., gapN]: running lengths alternate word starts and ends.
    offsets = list(accumulate(map(len, parts)))
    return Tokens(parts[1::2], offsets[0:-1:2], offsets[1::2])


def alias_key(alias: str) -> str:
    """The lookup key of an alias: its tokens joined by single spaces."""
    return " ".join(TOKEN.findall(alias))


def read_commented_csv(path: Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Rows of a CSV whose leading '#' lines are a provenance header; also returns 'key: value' header fields."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: dict[str, str] = {}
    for line in lines:
        if line.startswith("#") and ":" in line:
            key, _, value = line[1:].partition(":")
            header.setdefault(key.strip(), value.strip())
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(body)), header


def _pycountry_names(country: object) -> list[str]:
    """ISO names of one country without the inverted 'Korea, Republic of' forms."""
    names = [getattr(country, f, None) for f in ("name", "common_name", "official_name")]
    return [n for n in names if n and "," not in n]


def _country_entries(curated: dict[str, dict[str, str]], generated: dict[str, list[str]]) -> list[ActorEntry]:
    """One entry per ISO 3166-1 country: pycountry names plus curated aliases and demonyms, then generated ones;
    then the curated countries ISO 3166-1 lacks."""
    out = []
    for c in pycountry.countries:
        code = c.alpha_3
        row = curated.get(code)
        extra = _split(row["aliases"]) + _split(row["demonyms"]) if row else []
        name = row["name"] if row else (getattr(c, "common_name", None) or c.name)
        aliases = tuple(dict.fromkeys(_pycountry_names(c) + extra + generated.get(code, [])))
        out.append(ActorEntry(code, name, "country", code, aliases))
    # Curated states ISO 3166-1 does not list (Kosovo, under the user-assigned code XKX).
    listed = {e.code for e in out}
    out += [ActorEntry(code, row["name"], "country", code, tuple(_split(row["aliases"]) + _split(row["demonyms"])))
            for code, row in curated.items() if code not in listed]
    return out


# countryinfo capitals that, in news English, more often name another place (Georgetown in Washington, Kingston in
# Ontario or New York, Santiago de Compostela, San Jose in California, Panama City in Florida, Saint-Denis by Paris)
# or a person (Sucre, Moroni), or an institution ("the Commonwealth", not the Philippine district): not read as their
# country on their own.
AMBIGUOUS_PLACES: Final = frozenset({"Georgetown", "Kingston", "Santiago", "San Juan", "San José", "San Jose",
                                        "Saint-Denis", "Panama City", "Sucre", "Moroni", "City of Victoria",
                                        "Jerusalem", "Washington D.C.", "Basse-Terre", "Fort-de-France",
                                        "Commonwealth"})
# ... of which these capitals are read as their state in a story that names it ("Santiago has asked Venezuela" in a
# story about Chile; see document.read_document).
AMBIGUOUS_CAPITALS: Final = {"Georgetown": "GUY", "Kingston": "JAM", "Santiago": "CHL", "Sucre": "BOL", "Moroni": "COM"}
# Surnames many officials of many states bear: a title before one does not say whose it is.
COMMON_SURNAMES: Final = frozenset(
    "ali khan hassan hasan hussein husain ahmed ahmad mohamed mohammed muhammad rashid ibrahim ismail yusuf abdullah "
    "rahman karim aziz salem saleh said omar osman mahmoud hamid nasser kamal haddad singh kumar sharma gupta patel "
    "shah rao reddy das nguyen tran pham wong chen zhang wang yang zhao huang zhou liang lin tan lim park choi jung "
    "kang yoon silva santos pereira oliveira rodrigues fernandes gomes martins garcia rodriguez martinez lopez "
    "gonzalez hernandez perez sanchez ramirez torres flores diaz morales ortiz castro ruiz jimenez alvarez romero "
    "smith johnson williams brown jones miller davis wilson taylor anderson thomas jackson white harris martin "
    "thompson moore clark lewis walker young allen king wright scott green baker adams nelson hill campbell mitchell "
    "roberts carter phillips evans turner parker collins edwards stewart morris murphy cook rogers morgan cooper "
    "peterson bailey reed kelly howard cox ward richardson wood watson brooks bennett gray james hughes price myers "
    "long foster sanders ross powell sullivan russell ortega jenkins perry butler barnes fisher henderson coleman "
    "simmons patterson jordan reynolds hamilton graham wallace west cole hayes bryant gibson ellis stevens murray "
    "ford marshall owens harrison mcdonald kennedy wells lawrence payne moussa diallo traore keita coulibaly "
    "mensah okafor okonkwo bello ivanov petrov smirnov kuznetsov popov sokolov kovalenko shevchenko bondarenko "
    "muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann".split())
# Countries this small (population) get no generated capital or demonym: their capitals are mostly small towns whose
# names are shared with other places or people, and their news is mostly about them by name.
GENERATED_MIN_POPULATION: Final = 250_000


def generated_country_words(countries: Iterable[tuple[str, str | None, str | None, int]],
                            known: set[str]) -> tuple[dict[str, list[str]], set[str]]:
    """Capitals and demonyms (singular and plural) by ISO alpha-3 code, from (code, capital, demonym, population)
    rows; also the set of demonym words. A word another row also claims, or that the curated file (known) already
    lists, is left out: the curated file decides, and an ambiguous word names nobody."""
    claims: dict[str, set[str]] = {}
    demonyms: set[str] = set()
    for code, capital, demonym, population in countries:
        if population < GENERATED_MIN_POPULATION:
            continue
        words = [capital] if capital and capital not in AMBIGUOUS_PLACES else []
        for d in _split((demonym or "").replace(",", "|")):
            # "Kenyan" -> "Kenyans", "Thai" -> "Thais"; "Swiss", "Turkish", "Chinese" have no plural of their own.
            forms = [d] if d.endswith(("s", "sh", "ch", "ese", "x", "z")) else [d, d + "s"]
            words += forms
            demonyms.update(forms)
        for w in words:
            claims.setdefault(w, set()).add(code)
    out: dict[str, list[str]] = {}
    for w, codes in claims.items():
        if len(codes) == 1 and alias_key(w) not in known:
            out.setdefault(next(iter(codes)), []).append(w)
    return out, {alias_key(d) for d in demonyms}


def _countryinfo_rows() -> list[tuple[str, str | None, str | None, int]]:
    """(ISO alpha-3, capital, demonym, population) of every countryinfo country with an ISO code."""
    rows = []
    for c in countryinfo.all_countries():
        try:
            iso = c.iso(3)
        except (KeyError, TypeError, ValueError, countryinfo.CountryNotFoundError):
            continue
        population = _field(c, "population")
        rows.append((iso, _text(_field(c, "capital")), _text(_field(c, "demonym")),
                     population if isinstance(population, int) else 0))
    return rows


def _field(c: countryinfo.CountryInfo, name: str) -> object:
    """One countryinfo field as the package gives it (a string, a number, a list), None where it has none."""
    try:
        return getattr(c, name)()
    except (KeyError, TypeError, ValueError, countryinfo.CountryNotFoundError):
        return None


def _text(value: object) -> str | None:
    """A text field's value; the package gives a few as lists (Vatican City's capital), whose first is taken."""
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) and value else None


def _split(field: str | None) -> list[str]:
    """Aliases of a '|'-separated field."""
    return [a.strip() for a in (field or "").split("|") if a.strip()]


def _curated_and_generated(rows: list[dict[str, str]]) -> tuple[set[str], dict[str, list[str]], set[str]]:
    """Alias keys of the curated rows and pycountry names; the countryinfo words they leave free, and the
    generated demonyms."""
    known = {alias_key(a) for r in rows for a in _split(r["aliases"]) + _split(r["demonyms"])}
    known.update(alias_key(n) for c in pycountry.countries for n in _pycountry_names(c))
    generated, generated_demonyms = generated_country_words(_countryinfo_rows(), known)
    return known, generated, generated_demonyms


def known_country_words(actors_csv: Path = ACTORS_CSV) -> set[str]:
    """Alias keys every source but the place list gives (curated rows, pycountry, countryinfo)."""
    rows, _ = read_commented_csv(actors_csv)
    known, generated, _ = _curated_and_generated(rows)
    return known | {alias_key(w) for words in generated.values() for w in words}


def read_places(places_csv: Path | None) -> tuple[dict[str, list[str]], str | None]:
    """Country code -> its place names, from places_generated.csv or places_curated.csv, and the file's version
    (none of either when the file is not given)."""
    if places_csv is None:
        return {}, None
    rows, header = read_commented_csv(places_csv)
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["country_code"], []).append(r["name"])
    return out, header.get("version", "places")


def load_gazetteer(*, actors_csv: Path, roles_csv: Path, places_csv: Path | None = None,
                   curated_places_csv: Path | None = None, descriptions_csv: Path | None = None,
                   alliances_csv: Path | None = None) -> Gazetteer:
    """Build the gazetteer from pycountry, countryinfo, the curated data files and the generated place list."""
    rows, header = read_commented_csv(actors_csv)
    curated = {r["code"]: r for r in rows if r["kind"] == "country"}
    known, generated, generated_demonyms = _curated_and_generated(rows)
    entries = _country_entries(curated, generated)
    entries += [
        ActorEntry(r["code"], r["name"], r["kind"], r["country_code"] or None,
                   tuple(_split(r["aliases"]) + _split(r["demonyms"])))
        for r in rows if r["kind"] != "country"
    ]
    demonyms = {alias_key(a) for r in rows for a in _split(r["demonyms"])} | generated_demonyms
    aliases: dict[str, AliasHit] = {}
    for e in entries:
        # A person acts for the state or organisation their code starts with (RUS.LAVROV, NATO.STOLTENBERG).
        event_code = e.code.split(".", 1)[0] if e.kind == "person" else e.code
        for a in e.aliases:
            key = alias_key(a)
            if key and key not in aliases:
                kind: AliasKind = "demonym" if key in demonyms else "name"
                aliases[key] = AliasHit(event_code, kind, e.kind)
    # Places last: a city never takes a word another source gives ("Georgia" the country, not the US state).
    places, generated_version = read_places(places_csv)
    curated_places, curated_version = read_places(curated_places_csv)
    for code, names in curated_places.items():
        places[code] = places.get(code, []) + names
    places_version = "+".join(v for v in (generated_version, curated_version) if v)
    # The curated regions and front-line towns say where an act happened, not who acts or whom a story is about:
    # their hits are of kind "region" (phrases._region keeps them as places and objects only; they are no country
    # words).
    regions = {alias_key(n) for names in curated_places.values() for n in names}
    for code, names in places.items():
        for n in names:
            key = alias_key(n)
            aliases.setdefault(key, AliasHit(code, "place", "region" if key in regions else "country"))
    entries = [replace(e, aliases=e.aliases + tuple(places[e.code])) if e.kind == "country" and e.code in places
               else e for e in entries]
    role_rows, _ = read_commented_csv(roles_csv)
    roles = {
        alias_key(r["role"].lower()): AliasHit("", "dominant" if r["resolves"] == "dominant" else "role", "role")
        for r in role_rows
    }
    descriptions, descriptions_version = read_descriptions(descriptions_csv)
    allies, alliances_version = read_alliances(alliances_csv)
    for key in descriptions:
        # Matched like a role (any case); find_items keeps it only after "the" or "his"/"its"/... (see there).
        roles.setdefault(key, AliasHit(DESCRIPTION + key, "description", "description"))
    person_titles = frozenset(alias_key(r["role"].lower()).split(" ")[-1] for r in role_rows if r["person"] == "yes")
    people = [(a, a.split()[-1], e.code.split(".", 1)[0]) for e in entries if e.kind == "person"
              for a in e.aliases if " " in a]
    full_names = {a: (i, surname, code) for i, (a, surname, code) in enumerate(people)}
    # A listed official's surname after a title ("Foreign Minister Landsbergis"), when the surname is uncommon and names
    # nothing else ("Interior Minister Rashid", "General Ali" may be anyone).
    surname_codes: dict[str, set[str]] = {}
    for _, surname, code in people:
        surname_codes.setdefault(surname.lower(), set()).add(code)
    titled_surnames = {w: next(iter(c)) for w, c in surname_codes.items() if len(c) == 1
                       and len(w) > 4 and w not in COMMON_SURNAMES and w not in aliases and w.capitalize() not in aliases}
    # Multi-word names only as curated or generated names ("South Korea", "the White House"), not the generated places
    # ("East London" is South Africa's only to the place list).
    country_words = {k: h.code for k, h in aliases.items()
                     if h.actor_kind == "country" and (" " not in k or h.alias_kind != "place")}
    starters = _starters(aliases, roles)
    return Gazetteer(
        actors=tuple(entries),
        aliases=aliases,
        roles=roles,
        starters=starters,
        one_word=one_word_hits(starters, aliases, roles),
        pairs=frozenset(" ".join(k.split(" ")[:2]) for k in list(aliases) + list(roles) if " " in k),
        title_words=person_titles,
        country_words=country_words,
        full_names=full_names,
        titled_surnames=titled_surnames,
        titled_surname_scan=re.compile(alternation((w.capitalize() for w in titled_surnames),
                                                   after_first=r"(?<![^\W\d_].)") + r"(?![^\W\d_])"),
        version=f"{header.get('version', 'unknown')}+pycountry-{metadata.version('pycountry')}"
                f"+countryinfo-{metadata.version('countryinfo')}"
                + (f"+{places_version}" if places_version else "")
                + (f"+descriptions-{descriptions_version}" if descriptions_version else "")
                + (f"+{alliances_version}" if alliances_version else ""),
        descriptions=descriptions,
        borders=country_borders() if descriptions else {},
        allies=allies,
        # Full names occur anywhere ("Jake Sullivan's"); a country word is a whole token (a maximal run of
        # letters, as TOKEN cuts them).
        full_name_scan=re.compile(alternation(full_names)),
        country_scan=re.compile(
            "(?:" + alternation(country_words, after_first=r"(?<![^\W\d_].)") + r")(?![^\W\d_])"),
        # A title word (commas around it allowed) and the whitespace-separated word after it.
        title_then_word=re.compile(r"(?<!\S),*+(?:" + alternation(person_titles) + r"),*+(?=\s++(\S++))"),
    )


# A country's name inside a region's ("Latin America", "South American"): no mention of the country.
_REGION_FIRST_WORDS: Final = frozenset({"Latin", "South", "Central", "North"})
_REGION_BEFORE: Final = re.compile("(?:" + "|".join(sorted(_REGION_FIRST_WORDS)) + r")\s$")
_AMERICA: Final = frozenset({"America", "American", "Americans"})


def in_region_name(text: str, start: int) -> bool:
    """True when the name at offset start is the last word of a region's name ("Governments across Latin America")."""
    return text.startswith("America", start) and _REGION_BEFORE.search(text, max(0, start - 9), start) is not None


def region_word(previous: str, word: str) -> bool:
    """in_region_name for tokens: word, after the token previous, ends a region's name ("Latin" "America")."""
    return word in _AMERICA and previous in _REGION_FIRST_WORDS


# Code prefix of a description's hit: the rest is its key in Gazetteer.descriptions.
DESCRIPTION: Final = "@DESC:"
# The countries column of a pair ("the two leaders"), and what Gazetteer.descriptions holds for it; likewise for
# a neighbour of the subject ("its neighbour"), whose countries are read from Gazetteer.borders.
PAIR: Final = "@pair"
PAIR_SET: Final = frozenset({PAIR})
BORDERS: Final = "@borders"
BORDERS_SET: Final = frozenset({BORDERS})
# Marks a plural description that stands for all of its countries ("the Baltic states"): one of its codes.
ALL: Final = "@all"
# "@count:3": a number of parties named before ("the three sides"): that many distinct countries, the nearest first.
COUNT: Final = "@count:"
# A plural head that stands for a list of countries only after a number ("the three juntas", "the five Central Asian
# states"); the number is read from the text (see reference._described).
COUNTED: Final = "@counted"
COUNTED_SET: Final = frozenset({COUNTED})


def country_borders() -> dict[str, frozenset[str]]:
    """ISO alpha-3 code -> the codes of the countries it borders, from countryinfo."""
    out: dict[str, frozenset[str]] = {}
    for c in countryinfo.all_countries():
        try:
            iso = c.iso(3)
            borders = c.borders()
        except (KeyError, TypeError, ValueError, countryinfo.CountryNotFoundError):
            continue
        if borders:
            # countryinfo writes Kosovo "KOS"; the actors table has it as XKX.
            out[iso] = frozenset("XKX" if b == "KOS" else str(b) for b in borders)
    return out


def read_alliances(path: Path | None) -> tuple[dict[str, frozenset[str]], str | None]:
    """ISO alpha-3 code -> the other members of the alliances it belongs to, from alliances.csv, and its version."""
    if path is None:
        return {}, None
    rows, header = read_commented_csv(path)
    members: dict[str, set[str]] = {}
    for r in rows:
        members.setdefault(r["alliance"], set()).add(r["country_code"])
    allies: dict[str, set[str]] = {}
    for group in members.values():
        for code in group:
            allies.setdefault(code, set()).update(group - {code})
    return {code: frozenset(others) for code, others in allies.items()}, header.get("version", "alliances")


def read_descriptions(path: Path | None) -> tuple[dict[str, frozenset[str] | None], str | None]:
    """Description key -> the country codes it allows (None: any), from descriptions.csv, and the file's version."""
    if path is None:
        return {}, None
    rows, header = read_commented_csv(path)
    regions: dict[str, set[str]] = {}
    if any("@" in r["countries"] for r in rows):
        for c in countryinfo.all_countries():
            try:
                iso = c.iso(3)
            except (KeyError, TypeError, ValueError, countryinfo.CountryNotFoundError):
                continue
            for field in ("region", "subregion"):
                name = _text(_field(c, field))
                if name:
                    regions.setdefault(f"@{field}:{name.lower()}", set()).add(iso)
    out: dict[str, frozenset[str] | None] = {}
    for r in rows:
        key = alias_key(r["description"].lower())
        special = {"*": None, PAIR: PAIR_SET, BORDERS: BORDERS_SET, COUNTED: COUNTED_SET}
        if r["countries"].strip() in special:
            out[key] = special[r["countries"].strip()]
            continue
        codes: set[str] = set()
        for part in _split(r["countries"]):
            codes |= {ALL} if part == ALL else {part} if part.startswith(COUNT) \
                else regions.get(part.lower(), set()) if part.startswith("@") else {part}
        out[key] = frozenset(codes)
    return out, header.get("version")


# Nominative and relative pronouns (and "them"): possible actors whose antecedent is resolved in context.
PRONOUNS: Final = ("he", "she", "it", "they", "them", "him", "we", "I", "which", "who", "He", "She", "It", "They", "We",
                    "Which", "Who", "its", "their")


def _starters(aliases: dict[str, AliasHit], roles: dict[str, AliasHit]) -> dict[str, tuple[int, int]]:
    """Token -> (longest alias, longest role) starting with it, in tokens; pronouns map to (0, 0)."""
    out: dict[str, tuple[int, int]] = {p: (0, 0) for p in PRONOUNS}
    for k in aliases:
        first, n = k.split(" ")[0], k.count(" ") + 1
        a, r = out.get(first, (0, 0))
        out[first] = (max(a, n), r)
    for k in roles:
        first, n = k.split(" ")[0], k.count(" ") + 1
        # Roles match in any case: index the lower, Title and UPPER spellings of their first word.
        for variant in {first, first.capitalize(), first.upper()}:
            a, r = out.get(variant, (0, 0))
            out[variant] = (a, max(r, n))
    return out


def one_word_hits(starters: dict[str, tuple[int, int]], aliases: dict[str, AliasHit],
                  roles: dict[str, AliasHit]) -> dict[str, AliasHit]:
    """Token -> its hit, for the tokens that start only one-word entries: the alias, else the role (lower-cased)."""
    out: dict[str, AliasHit] = {}
    for w, (max_alias, max_role) in starters.items():
        if max_alias > 1 or max_role > 1:
            continue
        hit = aliases.get(w) if max_alias else None
        if hit is None and max_role:
            hit = roles.get(w.lower())
        if hit is not None:
            out[w] = hit
    return out
