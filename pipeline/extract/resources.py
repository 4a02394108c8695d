"""Everything the coder knows, loaded once from the versioned data files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pipeline.extract.gazetteer import Gazetteer, load_gazetteer, read_commented_csv
from pipeline.extract.triggers import TriggerBook, load_triggers

DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Interop:
    """CAMEO code, quad class and intensity of one PLOVER type/mode."""

    cameo_code: str
    quad_class: int
    intensity: float


@dataclass(frozen=True)
class CoderResources:
    """Gazetteer, trigger rules and the PLOVER -> CAMEO/quad/intensity table."""

    gazetteer: Gazetteer
    triggers: TriggerBook
    interop: dict[tuple[str, str], Interop]
    igo_codes: frozenset[str]
    country_codes: frozenset[str]
    version: str

    def interop_for(self, event_type: str, mode: str | None) -> Interop:
        """The table row of (type, mode), falling back to the type's default row."""
        row = self.interop.get((event_type, mode or "")) or self.interop.get((event_type, ""))
        return row if row is not None else Interop("", 0, 0.0)


def load_interop(path: Path) -> tuple[dict[tuple[str, str], Interop], str]:
    """Read plover_cameo.csv: the table and its version."""
    rows, header = read_commented_csv(path)
    table = {
        (r["event_type"], r["mode"]): Interop(r["cameo_code"], int(r["quad_class"]), float(r["intensity"]))
        for r in rows
    }
    return table, header.get("version", "unknown")


def load_resources(data_dir: Path = DATA_DIR) -> CoderResources:
    """Load the gazetteer, triggers and interop table from data_dir."""
    gaz = load_gazetteer(actors_csv=data_dir / "actors_curated.csv", roles_csv=data_dir / "actor_roles.csv",
                         places_csv=data_dir / "places_generated.csv",
                         curated_places_csv=data_dir / "places_curated.csv",
                         descriptions_csv=data_dir / "descriptions.csv",
                         alliances_csv=data_dir / "alliances.csv")
    triggers = load_triggers(data_dir / "triggers.toml")
    interop, interop_version = load_interop(data_dir / "plover_cameo.csv")
    return CoderResources(
        gazetteer=gaz,
        triggers=triggers,
        interop=interop,
        # One string naming every knowledge file's version, for build metadata.
        version=f"actors {gaz.version}; triggers {triggers.version}; plover_cameo {interop_version}",
        igo_codes=frozenset(a.code for a in gaz.actors if a.kind == "igo"),
        country_codes=frozenset(a.code for a in gaz.actors if a.kind == "country"),
    )
