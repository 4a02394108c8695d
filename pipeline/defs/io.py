"""The IO manager of the asset graph: Dagster's filesystem IO manager with ``pipeline.store``'s format.

Values live where Dagster's default would put them (``<DAGSTER_HOME>/storage/<asset>/<partition>``),
so the UI, the sensor's runs and the CLI share them; only the encoding differs: DataFrames inside a
value are Arrow sections read through a memory map instead of pickled copies.
"""

from pathlib import Path
from typing import Any

import dagster as dg
from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager

from pipeline import store


class FrameStoreIOManager(PickledObjectFilesystemIOManager):  # type: ignore[misc]
    """Per-asset, per-partition files under ``base_dir``; see ``pipeline.store`` for the format."""

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: Any) -> None:
        store.save(obj, Path(str(path)))

    def load_from_path(self, context: dg.InputContext, path: Any) -> Any:
        return store.load(Path(str(path)))


class FrameStore(dg.ConfigurableIOManagerFactory):  # type: ignore[misc]
    """``io_manager`` resource; ``base_dir`` defaults to the instance's storage folder, like Dagster's own."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> FrameStoreIOManager:
        base = self.base_dir or context.instance.storage_directory()  # type: ignore[union-attr]
        return FrameStoreIOManager(base_dir=base)
