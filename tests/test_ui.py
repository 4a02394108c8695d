"""The Dagster UI as a client uses it: webserver on 127.0.0.1, GraphQL, a launched run, a clean stop."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import duckdb

from tests.conftest import ROOT, SAMPLE

BIN = Path(sys.executable).parent
SAMPLE_FILE = sorted(SAMPLE.glob("*.txt"))[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _graphql(port: int, query: str, variables: dict[str, object] | None = None) -> dict[str, object]:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        data = json.loads(resp.read())
    assert "errors" not in data, data
    return data["data"]  # type: ignore[no-any-return]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def webserver(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """`dagster dev` (webserver and daemon) on a free loopback port with its own DAGSTER_HOME; stopped with every child."""
    home, out, src = tmp_path / "home", tmp_path / "out", tmp_path / "in"
    home.mkdir()
    src.mkdir()
    shutil.copy(SAMPLE_FILE, src / SAMPLE_FILE.name)
    shutil.copy(ROOT / "pipeline" / "defs" / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = dict(os.environ, DAGSTER_HOME=str(home), PIPELINE_INPUT=str(src), PIPELINE_OUTPUT=str(out),
               DAGSTER_DISABLE_TELEMETRY="1")
    log = open(tmp_path / "webserver.log", "wb")
    proc = subprocess.Popen(
        [str(BIN / "dagster"), "dev", "-h", "127.0.0.1", "-p", str(port), "-w", str(ROOT / "workspace.yaml")],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5):
                    break
            except OSError:
                assert proc.poll() is None, (tmp_path / "webserver.log").read_text()[-3000:]
                time.sleep(0.5)
        else:
            pytest.fail("webserver did not start in 120 s")
        yield port, out
    finally:
        # `dagster dev` shuts its webserver, daemon and code servers down on SIGINT (it ignores SIGTERM).
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        deadline = time.monotonic() + 30
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        alive = _group_alive(proc.pid)
        if alive:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
        assert not alive, "webserver left processes behind"


def test_ui_loads_everything_and_runs_the_build(webserver: tuple[int, Path]) -> None:
    port, out = webserver
    data = _graphql(port, "{ workspaceOrError { ... on Workspace { locationEntries { name } } } }")
    location = data["workspaceOrError"]["locationEntries"][0]["name"]  # type: ignore[index]
    repo = {"repositoryLocationName": location, "repositoryName": "__repository__"}
    nodes = _graphql(port, "{ assetNodes { assetKey { path } assetChecksOrError { ... on AssetChecks { checks { name } } } } }")
    assets = {"/".join(n["assetKey"]["path"]) for n in nodes["assetNodes"]}  # type: ignore[index]
    from pipeline.defs import GLOBAL, PER_BATCH

    assert assets == set(PER_BATCH) | set(GLOBAL)
    checks = {c["name"] for n in nodes["assetNodes"] for c in n["assetChecksOrError"].get("checks", [])}  # type: ignore[index]
    assert {"gx_documents", "gx_events", "gx_event_mentions", "gx_actors", "gx_removed_lines"} <= checks
    sched = _graphql(port, "query($r: RepositorySelector!) { schedulesOrError(repositorySelector: $r) { ... on Schedules { results { name } } } }", {"r": repo})
    assert [s["name"] for s in sched["schedulesOrError"]["results"]] == ["daily_rebuild"]  # type: ignore[index]
    sens = _graphql(port, "query($r: RepositorySelector!) { sensorsOrError(repositorySelector: $r) { ... on Sensors { results { name } } } }", {"r": repo})
    assert [s["name"] for s in sens["sensorsOrError"]["results"]] == ["new_scrapes_sensor"]  # type: ignore[index]

    from dagster_graphql import DagsterGraphQLClient

    key = SAMPLE_FILE.name
    added = _graphql(port, """mutation($r: RepositorySelector!, $p: String!, $k: String!) {
        addDynamicPartition(repositorySelector: $r, partitionsDefName: $p, partitionKey: $k) { __typename } }""",
        {"r": repo, "p": "batches", "k": key})
    assert added["addDynamicPartition"]["__typename"] == "AddDynamicPartitionSuccess"  # type: ignore[index]
    client = DagsterGraphQLClient("127.0.0.1", port_number=port)
    for job, partition in (("ingest_batch", key), ("learn_boilerplate", None), ("process_batch", key), ("publish_dataset", None)):
        tags = {"dagster/partition": partition} if partition else None
        run_id = client.submit_job_execution(job, repository_location_name=location, repository_name="__repository__", tags=tags)
        deadline = time.monotonic() + 300
        status = None
        while time.monotonic() < deadline:
            status = client.get_run_status(run_id).value
            if status in ("SUCCESS", "FAILURE", "CANCELED"):
                break
            time.sleep(1)
        assert status == "SUCCESS", (job, status)
    with duckdb.connect(str(out / "events.duckdb"), read_only=True) as con:
        assert con.execute("SELECT source_path FROM documents").fetchall() == [(key,)]
