"""Shared fixtures: paths to the bundled sample and ../shared, and one sample build per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """Path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared (gold labels, AEB benchmark) is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Materialize the whole asset graph on the bundled sample once; returns the output folder."""
    from pipeline.cli import build

    out = tmp_path_factory.mktemp("sample_build")
    assert build(input_dir=SAMPLE, output_dir=out, quiet=True) == 0
    return out
