"""Django settings for Parting's shell: the workspace store and the web app.

Read through small typed helpers that fail loudly on a bad value. SQLite in the workspace
by default; PostgreSQL when ``DATABASE_URL`` is set.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

from parting.i18n import LOCALE_DIR
from parting.site.folders import DATABASE_FILE, workspace_dir


def envbool(name: str, default: str) -> bool:
    value = os.environ.get(name, default).strip().lower()
    if value not in ("true", "false", "1", "0", "yes", "no"):
        raise ValueError(f"{name} must be true or false, not {value!r}")
    return value in ("true", "1", "yes")


def envint(name: str, default: str) -> int:
    value = os.environ.get(name, default)
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None


WORKSPACE_DIR = workspace_dir()
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = envbool("PARTING_DEBUG", "false")
# A local tool gets a per-workspace secret written on first run (never in the repo);
# a server sets PARTING_SECRET_KEY.
SECRET_KEY = os.environ.get("PARTING_SECRET_KEY", "")
if not SECRET_KEY:
    _secret_file = WORKSPACE_DIR / "secret.key"
    if _secret_file.exists():
        SECRET_KEY = _secret_file.read_text().strip()
    else:
        SECRET_KEY = "parting-unset-" + os.urandom(24).hex()  # replaced by `parting init`

ALLOWED_HOSTS = [
    h for h in os.environ.get("PARTING_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "axes",
    "parting.store",
    "parting.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "parting.web.middleware.CoreLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "parting.web.middleware.AllOrNothingMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "parting.web.middleware.PermissionsPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out log-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "parting.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "parting.web.context.roles",
                "parting.web.context.scoring",
            ],
        },
    }
]
WSGI_APPLICATION = "parting.web.wsgi.application"

_database_url = os.environ.get("DATABASE_URL", "")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(WORKSPACE_DIR / DATABASE_FILE),
            "OPTIONS": {
                # WAL lets the web app read while an import writes.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                # A writer waits this long for another (a rescore storing its verdicts on
                # a busy machine) rather than failing with "database is locked".
                "timeout": 30,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "default" is each process's own memory; "shared" is a folder of the workspace that the
# web processes and the worker all read: the worker draws a new run's charts into it.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(WORKSPACE_DIR / "cache"),
        "TIMEOUT": 24 * 3600,
        "OPTIONS": {"MAX_ENTRIES": 200},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portfolio"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
# Each language is offered under its own name, so a reader finds theirs whatever the
# interface is showing now.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("vi", "Tiếng Việt"),
    ("sl", "Slovenščina"),
]
LOCALE_PATHS = [LOCALE_DIR]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATIC_ROOT = WORKSPACE_DIR / "static"

# Uploads are parsed, never executed or served back.
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("PARTING_UPLOAD_MAX_BYTES", str(50 * 1024 * 1024))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Pages hand HTMX the CSRF token themselves; no script needs to read the cookie.
CSRF_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "same-origin"
if envbool("PARTING_PRODUCTION", "false"):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = envbool("PARTING_SSL_REDIRECT", "true")
    SECURE_HSTS_SECONDS = 31536000
    # Behind a reverse proxy that ends TLS, Django sees plain HTTP; the proxy says the
    # original scheme in X-Forwarded-Proto. Trusted only when set, since a client reaching
    # Django directly could send the header itself.
    if envbool("PARTING_BEHIND_PROXY", "false"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        # Log-in throttling counts the client's address, which the proxy appends last.
        AXES_CLIENT_IP_CALLABLE = "parting.web.middleware.forwarded_address"
    CSRF_TRUSTED_ORIGINS = [
        o
        for o in os.environ.get(
            "PARTING_CSRF_TRUSTED_ORIGINS",
            ",".join(f"https://{h}" for h in ALLOWED_HOSTS if h not in ("127.0.0.1", "localhost")),
        ).split(",")
        if o
    ]

# Every server error is logged with its traceback (to stderr, where ``parting serve``
# writes), whatever PARTING_DEBUG says: a 500 must never pass unseen.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "parting": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
    },
}

# --- Headers a browser enforces (docs/security.md) ------------------------------------
# Content-Security-Policy: scripts only from Parting's own static files (no inline script,
# no eval), nothing framed, forms posted only here. Inline style attributes stay allowed:
# the SVG charts carry them, and a style cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Permissions-Policy: Parting uses no camera, microphone, location, payment or sensor.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# --- Log-in throttling (django-axes) ----------------------------------------------------
# After five failed log-ins for one account, or from one address, further attempts are
# refused for fifteen minutes; a successful log-in clears the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("PARTING_LOGIN_ATTEMPTS", "5")
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "parting/locked_out.html"
AXES_VERBOSE = False
