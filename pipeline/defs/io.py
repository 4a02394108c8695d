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
    """Per-asset, per-partition files under ``base_dir``; see ``pipeline.store`` for the format.

    A value written during this run is handed to the steps that read it later in the same run
    as the object itself, not a second copy from its file: an in-process run keeps every output
    in memory until it ends anyway (Dagster's output capture), so a reload would only double the
    memory. Stages never modify their inputs in place (they build new frames)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._written: dict[str, Any] = {}

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: Any) -> None:
        store.save(obj, Path(str(path)))
        self._written[str(path)] = obj

    def load_from_path(self, context: dg.InputContext, path: Any) -> Any:
        if str(path) in self._written:
            return self._written[str(path)]
        return store.load(Path(str(path)))

    def load_partitions(self, context: dg.InputContext) -> Any:
        """Dagster's loading of partitions without its debug message per partition: each message is a row
        written to the run's event log, ~1.5 s for an input over 100 batches. A missing file raises."""
        paths = self._get_paths_for_partitions(context)
        keys = context.asset_partition_keys
        context.log.debug(f"Loading {len(keys)} partitions of {context.asset_key.to_user_string()}")
        if len(keys) == 1:
            return self.load_from_path(context, paths[keys[0]])
        return {key: self.load_from_path(context, paths[key]) for key in keys}


class FrameStore(dg.ConfigurableIOManagerFactory):  # type: ignore[misc]
    """``io_manager`` resource; ``base_dir`` defaults to the instance's storage folder, like Dagster's own."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> FrameStoreIOManager:
        base = self.base_dir or context.instance.storage_directory()  # type: ignore[union-attr]
        return FrameStoreIOManager(base_dir=base)
