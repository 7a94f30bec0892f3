from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "parting.web"
    label = "web"

    def ready(self) -> None:
        # The worker (parting.store.jobs) runs large imports with the web's uploads code.
        from parting.store.jobs import register
        from parting.web.uploads import run_job

        register("import", run_job)
