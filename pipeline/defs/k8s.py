"""Code location for Kubernetes: the same assets, with each step of a run in its own pod.

Point the Dagster Helm chart's user deployment at ``pipeline.defs.k8s:defs`` and use
deploy/k8s/dagster.yaml as the instance (K8sRunLauncher, Postgres storage). Input and
output folders come from PIPELINE_INPUT / PIPELINE_OUTPUT, e.g. a shared volume.
"""

from dagster_k8s import k8s_job_executor

from pipeline.defs import make_definitions

# Step pods need the same image and the shared volume as the run pod; their resources are
# sized for the heaviest step (GX validation of a large batch).
EXECUTOR = k8s_job_executor.configured(
    {
        "max_concurrent": 4,
        "step_k8s_config": {"container_config": {"resources": {"requests": {"cpu": "1", "memory": "2Gi"}}}},
    },
    name="k8s_steps",
)

defs = make_definitions(executor=EXECUTOR)
