"""The WSGI application, for ``parting serve`` and for a real server in front of a team's
workspace (``gunicorn parting.web.wsgi``). ``parting serve`` runs the worker as a process
of its own (``parting worker``) and sets ``PARTING_WORKER=off`` here; another server gets
a worker thread in each of its processes unless it sets the same and runs ``parting
worker`` beside it (recommended: scoring in a thread slows the pages of that process)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parting.site.settings")
application = get_wsgi_application()

if os.environ.get("PARTING_WORKER", "thread") != "off":
    from parting.store.jobs import start_worker

    start_worker()
