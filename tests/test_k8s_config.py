"""The Kubernetes deployment files load: instance config (K8sRunLauncher, Postgres) and the k8s code location."""

from __future__ import annotations

import yaml
from dagster._config import process_config
from dagster_k8s import K8sRunLauncher
from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage, PostgresScheduleStorage

from tests.conftest import ROOT

CONFIG = ROOT / "deploy" / "k8s" / "dagster.yaml"


def test_instance_config_validates_against_dagster_schemas(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dagster._core.instance.config import dagster_instance_config

    for var in ("DAGSTER_PG_HOST", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_DB"):
        monkeypatch.setenv(var, "x")
    config, _ = dagster_instance_config(str(CONFIG.parent), config_filename=CONFIG.name)
    assert config["run_launcher"]["class"] == "K8sRunLauncher"
    raw = yaml.safe_load(CONFIG.read_text())
    launcher = process_config(K8sRunLauncher.config_type(), raw["run_launcher"]["config"])
    assert launcher.success, launcher.errors
    for storage in (PostgresRunStorage, PostgresEventLogStorage, PostgresScheduleStorage):
        result = process_config(storage.config_type(), raw["storage"]["postgres"])
        assert result.success, (storage.__name__, result.errors)


def test_k8s_code_location_loads_with_the_k8s_executor() -> None:
    from pipeline.defs import GLOBAL, PER_BATCH
    from pipeline.defs.k8s import defs

    repo = defs.get_repository_def()
    assert {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()} == set(PER_BATCH) | set(GLOBAL)
    job = defs.resolve_job_def("process_batch")
    assert job.executor_def.name == "k8s_steps"
