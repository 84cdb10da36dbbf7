"""Settings of sachstand, read from environment variables (see docs/configuration.md).

Development works out of the box: SQLite in ./var, DEBUG on. Production sets DEBUG=false, a
SECRET_KEY of its own and DATABASE_URL; with DEBUG off and the default key the app refuses to start.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from sachstand.core.env import env_bool, env_int, env_list, env_str

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
    "sachstand.reporting",
    "sachstand.eventlogs",
    "sachstand.imports",
    "sachstand.portal",
    "sachstand.api",
    "sachstand.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
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
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
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

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

# Fonts of the reports (TTF/OTF; Typst reads no woff2): Fira Sans, installed by `make install`
# from the npm registry into node_modules (SIL Open Font License 1.1).
SACHSTAND_FONT_DIR = Path(
    env_str(
        "SACHSTAND_FONT_DIR", str(_CHECKOUT / "node_modules" / "@expo-google-fonts" / "fira-sans")
    )
)

# The user that command-line writes are recorded under when no --user is given.
SACHSTAND_SYSTEM_USER = env_str("SACHSTAND_SYSTEM_USER", "system")

# The licence of the open data downloads and catalogue (docs/opendata.md): a URI of the DCAT-AP.de
# licence vocabulary; the default is the Datenlizenz Deutschland – Namensnennung – 2.0, the
# alternative e.g. http://dcat-ap.de/def/licenses/cc-by/4.0.
SACHSTAND_OPENDATA_LICENSE = env_str(
    "SACHSTAND_OPENDATA_LICENSE", "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
)
