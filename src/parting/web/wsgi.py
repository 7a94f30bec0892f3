"""The WSGI application, for ``parting serve`` and for a real server in front of a team's
workspace (``gunicorn parting.web.wsgi``). The rescoring worker starts with it, a thread
in the same process, so neither needs another service (``PARTING_WORKER=off`` leaves it
to another process of the same workspace)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parting.site.settings")
application = get_wsgi_application()

if os.environ.get("PARTING_WORKER", "thread") != "off":
    from parting.store.jobs import start_worker

    start_worker()
