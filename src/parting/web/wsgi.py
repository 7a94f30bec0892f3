"""The WSGI application, for ``parting serve`` and for a real server in front of a team's
workspace (``gunicorn parting.web.wsgi``)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parting.web.settings")
application = get_wsgi_application()
