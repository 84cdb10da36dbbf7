"""Settings of sachstand, read from environment variables (see docs/configuration.md).

Development works out of the box: SQLite in ./var, DEBUG on. Production sets DEBUG=false, a
SECRET_KEY of its own and DATABASE_URL; with DEBUG off and the default key the app refuses to start.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from sachstand.core.caches import cache_from_url
from sachstand.core.env import env_bool, env_int, env_int_list, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
# In a source checkout the data lives in its var/ folder, wherever a command is run from;
# an installed package keeps it in ./var unless SACHSTAND_DATA_DIR says otherwise.
_CHECKOUT = BASE_DIR.parents[1]
_DEFAULT_DATA_DIR = (
    _CHECKOUT / "var" if (_CHECKOUT / "pyproject.toml").is_file() else Path.cwd() / "var"
)
DATA_DIR = Path(env_str("SACHSTAND_DATA_DIR", str(_DEFAULT_DATA_DIR)))

DEFAULT_SECRET_KEY = "unsicherer-entwicklungsschluessel-nicht-in-produktion-verwenden"
DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", DEFAULT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEFAULT_SECRET_KEY:
    raise ImproperlyConfigured(
        "sachstand startet nicht: DEBUG ist ausgeschaltet, aber SECRET_KEY ist der öffentlich "
        "bekannte Entwicklungsschlüssel. Bitte SECRET_KEY auf einen geheimen, zufälligen Wert "
        "setzen (siehe docs/configuration.md)."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "sachstand.admin_site.SachstandAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "sachstand.core",
    "sachstand.municipalities",
    "sachstand.strategy",
    "sachstand.indicators",
    "sachstand.onlineservices",
    "sachstand.participation",
    "sachstand.reporting",
    "sachstand.eventlogs",
    "sachstand.imports",
    "sachstand.portal",
    "sachstand.api",
    "sachstand.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files carry the policy too (docs/security.md).
    "sachstand.core.csp.ContentSecurityPolicyMiddleware",
    # Serves the static files (design system, fonts) also with DEBUG off.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sachstand.core.middleware.GermanFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "sachstand.urls"
WSGI_APPLICATION = "sachstand.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'sachstand.sqlite3'}"
if env_str("DATABASE_URL", "") == "":
    DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "") or _DEFAULT_DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(DATA_DIR / "static")))
# The public pages' design system (KERN UX) and its fonts, installed by `make install` from the
# npm registry; WhiteNoise serves them (with DEBUG off after `collectstatic`).
STATICFILES_DIRS = [
    ("kern", _CHECKOUT / "node_modules" / "@kern-ux" / "native" / "dist"),
]
WHITENOISE_USE_FINDERS = True

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "sachstand API",
    "DESCRIPTION": "Öffentliche Daten der Digitalisierungsstrategie und Schreibzugriff für "
    "Redakteurinnen und Redakteure (Token).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "sachstand@localhost")

# ------------------------------------------------------------------------------------------------
# Security (docs/security.md): cookies, TLS, headers, Content-Security-Policy, login throttling.
# ------------------------------------------------------------------------------------------------
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# A working day; the session also ends when the browser closes.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# TLS usually ends at the provider's reverse proxy: the proxy says so in a header that it sets
# (and strips from the client's request); only then may Django trust it.
_PROXY_SSL_HEADER = env_str("SECURE_PROXY_SSL_HEADER", "")
if _PROXY_SSL_HEADER:
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _PROXY_SSL_HEADER.upper().replace("-", "_"),
        "https",
    )
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# The preload list takes whole registrable domains; whether to submit one is for the owner of
# that domain to decide, not a default of this application (docs/security.md).
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Exactly what the pages use: our own scripts, styles and fonts, KERN's icons as data: URIs.
# The HTML report adds the hashes of its own <style> (sachstand.core.csp).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# The cache holds the login throttle's counts, which all worker processes must share: the
# database in production, memory of the one development process otherwise (docs/security.md).
CACHES = {"default": cache_from_url(env_str("CACHE_URL", "locmem://" if DEBUG else "db://"))}
SACHSTAND_LOGIN_ATTEMPTS = env_int("SACHSTAND_LOGIN_ATTEMPTS", 5)
SACHSTAND_LOGIN_ATTEMPTS_PER_CLIENT = env_int("SACHSTAND_LOGIN_ATTEMPTS_PER_CLIENT", 50)
SACHSTAND_LOGIN_WINDOW = env_int("SACHSTAND_LOGIN_WINDOW", 15 * 60)
# Behind a reverse proxy REMOTE_ADDR is the proxy's: the header in which it passes the client's.
SACHSTAND_CLIENT_ADDRESS_HEADER = env_str("SACHSTAND_CLIENT_ADDRESS_HEADER", "")

# `check --deploy` would build the API schema with the default settings above and warn about enum
# names that only the schema's own settings name (sachstand.api.schema.SETTINGS); with those the
# schema is checked by tests/api/test_schema.py (`--fail-on-warn`).
SPECTACULAR_SETTINGS["ENABLE_DJANGO_DEPLOY_CHECK"] = False

# Fonts of the reports (TTF/OTF; Typst reads no woff2): Fira Sans, installed by `make install`
# from the npm registry into node_modules (SIL Open Font License 1.1).
SACHSTAND_FONT_DIR = Path(
    env_str(
        "SACHSTAND_FONT_DIR", str(_CHECKOUT / "node_modules" / "@expo-google-fonts" / "fira-sans")
    )
)

# SMTP for the reporting round's reminders (with EMAIL_BACKEND=...smtp.EmailBackend).
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# The reporting round's reminder e-mails: sent this many days before the deadline (each once), by
# `sachstand remind`, a daily job; links in them point to SACHSTAND_BASE_URL.
SACHSTAND_REMINDER_DAYS = env_int_list("SACHSTAND_REMINDER_DAYS", [14, 7, 1])
SACHSTAND_BASE_URL = env_str("SACHSTAND_BASE_URL", "http://127.0.0.1:8000")

# Old versions in the back office's history are shown, never restored around the services.
SIMPLE_HISTORY_REVERT_DISABLED = True

# The user that command-line writes are recorded under when no --user is given.
SACHSTAND_SYSTEM_USER = env_str("SACHSTAND_SYSTEM_USER", "system")

# The licence of the open data downloads and catalogue (docs/opendata.md): a URI of the DCAT-AP.de
# licence vocabulary; the default is the Datenlizenz Deutschland – Namensnennung – 2.0, the
# alternative e.g. http://dcat-ap.de/def/licenses/cc-by/4.0.
SACHSTAND_OPENDATA_LICENSE = env_str(
    "SACHSTAND_OPENDATA_LICENSE", "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
)

# Citizens' e-mail addresses (questions to the administration) serve only to send the answer and
# are deleted this many days after the question was closed, by `sachstand participation-purge`
# (a daily job; docs/participation.md).
SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS = env_int(
    "SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS", 90
)
