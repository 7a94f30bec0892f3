from typing import Any

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "parting.web"
    label = "web"

    def ready(self) -> None:
        # The worker (parting.store.jobs) runs large imports with the web's uploads code,
        # and the demo portfolio of the empty workspace's button.
        from parting.store.jobs import register

        register("import", _run_import)


def _run_import(job: Any, progress: Any) -> dict[str, Any]:
    from parting.web import demo, uploads

    if job.payload.get("demo"):
        return demo.run_job(job, progress)
    return uploads.run_job(job, progress)
