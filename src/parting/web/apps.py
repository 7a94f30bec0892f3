from typing import Any

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "parting.web"
    label = "web"

    def ready(self) -> None:
        # The worker (parting.store.jobs) runs large imports with the web's uploads code,
        # and the demo portfolio of the empty workspace's button; after a run, it draws
        # the portfolio's charts before any reader asks for them.
        from parting.store.jobs import prepare_after_run, register

        register("import", _run_import)
        prepare_after_run("charts", _draw_charts)


def _draw_charts(run: Any) -> None:
    from parting.web.charts import draw_for_run

    draw_for_run(run)


def _run_import(job: Any, progress: Any) -> dict[str, Any]:
    from parting.web import demo, uploads

    if job.payload.get("demo"):
        return demo.run_job(job, progress)
    return uploads.run_job(job, progress)
