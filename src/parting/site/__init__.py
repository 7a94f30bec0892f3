"""The Django project: settings shared by the workspace store and the web app (the store
needs them without the web app, so they do not live under ``web/``)."""
