"""Settings for kpiportal, read from the environment (see README, "Settings").

Defaults run the demo anywhere: SQLite in the project folder, no Redis (tasks run
in-process), DEBUG on. Production sets DEBUG=0 and must then give a real SECRET_KEY.
"""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
env.smart_cast = False

DEBUG: bool = env.bool("DEBUG", default=True)

_DEV_SECRET = "dev-only-not-secret-kpiportal"
SECRET_KEY: str = env.str("SECRET_KEY", default=_DEV_SECRET if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET or len(SECRET_KEY) < 40):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of 40+ characters when DEBUG is off."
    )

ALLOWED_HOSTS: list[str] = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS: list[str] = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "core",  # the floor: roles, the Celery app, template tags
    # Before import_export: its `import` command is replaced by the portal's own.
    "indicators",
    "import_export",
    "simple_history",
    "django_celery_beat",
    "axes",
    "csp",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served from here: no CDN
    "kpiportal",
    "submissions",
    "reports",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout into the plain page below.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kpiportal.urls"
# An owner of many indicators posts 7 fields a return on "My returns", and Review's bulk
# approve one a return: Django's default of 1,000 fields would refuse both.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000
# Inputs, textareas and selects written in Python, the same markup as Django's templates
# (a third of My returns' time went on widget templates at the deadline).
FORM_RENDERER = "core.widgets.PythonWidgetRenderer"

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
                "kpiportal.context_processors.roles",
            ],
        },
    },
    {
        # The parts of a page drawn once a return (My returns' cards, Review's rows), put into the
        # Django page by the `jinja` tag: kpiportal/jinja.py says why.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "kpiportal.jinja.environment"},
    },
]

WSGI_APPLICATION = "kpiportal.wsgi.application"

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database that does not answer is a plain error within seconds, not a hung request.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env.int(
        "DATABASE_CONNECT_TIMEOUT", default=5
    )
elif DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The demo's web, worker and beat share one file: wait for each other's writes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", 20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sign-in with the council's own accounts (OpenID Connect: Microsoft Entra ID or any
# provider), on when OIDC_RP_CLIENT_ID is set; see kpiportal/oidc.py and the README.
OIDC_RP_CLIENT_ID: str = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET: str = env.str("OIDC_RP_CLIENT_SECRET", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT: str = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT: str = env.str("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT: str = env.str("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT: str = env.str("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_OP_LOGOUT_ENDPOINT: str = env.str("OIDC_OP_LOGOUT_ENDPOINT", default="")
OIDC_RP_SIGN_ALGO: str = env.str("OIDC_RP_SIGN_ALGO", default="RS256")
OIDC_RP_SCOPES: str = env.str("OIDC_RP_SCOPES", default="openid email profile")
OIDC_STORE_ID_TOKEN = True  # for signing out of the provider too
OIDC_TIMEOUT = 10  # seconds: a provider that does not answer is a plain failure
OIDC_LOGIN_REDIRECT_URL_FAILURE = "/accounts/login/"
# Someone the portal does not know: refused (0), or created with no role (1).
OIDC_CREATE_USERS: bool = env.bool("OIDC_CREATE_USERS", default=False)
# "group-id=Role name,…": roles from the provider's groups at each sign-in; empty: roles
# are given in the portal.
OIDC_GROUP_ROLES: list[str] = env.list("OIDC_GROUP_ROLES", default=[])
# Password sign-in, for small councils and the demo; 0 where everyone uses the provider.
PASSWORD_SIGN_IN: bool = env.bool("PASSWORD_SIGN_IN", default=True)
# argon2id at OWASP's parameters (core/hashers.py); older PBKDF2 hashes still verify
# and are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "core.hashers.OwaspArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out sign-in
    *(["django.contrib.auth.backends.ModelBackend"] if PASSWORD_SIGN_IN else []),
    *(["kpiportal.oidc.CouncilAccounts"] if OIDC_RP_CLIENT_ID else []),
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env.str(
            "STATICFILES_BACKEND",
            default="django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}

# Without collectstatic (the demo, tests) whitenoise serves straight from the source folders.
WHITENOISE_USE_FINDERS = DEBUG

# Security. With DEBUG off, `manage.py check --deploy` reports nothing.
SECURE_SSL_REDIRECT: bool = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Behind a proxy that ends TLS (most council hosting), trust its X-Forwarded-Proto.
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS: int = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
# Sessions end after this much inactivity (each request pushes the end back).
SESSION_COOKIE_AGE: int = env.int("SESSION_IDLE_MINUTES", default=30) * 60
# Pages warn this long before an idle session ends, with a button to stay signed in.
SESSION_WARNING_SECONDS: int = env.int("SESSION_WARNING_SECONDS", default=120)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_ENGINE = "core.sessions"  # Django's database sessions, saved without an fsync wait
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Each web process's own memory. "pages": Review's listings, kept while nothing they were
# read from changes (core/changes.py); about 35 KB each, the least recently used dropped.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": env.int("KEPT_PAGES", default=200)},
    },
}
# No inline script or style anywhere: everything comes from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Login throttling: 5 failures for a username from one address lock it for 15 minutes.
AXES_FAILURE_LIMIT: int = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # it would log usernames and addresses
AXES_CLIENT_STR_CALLABLE = "core.logs.anonymous_client"
# Behind PROXY_COUNT trusted proxies, the client is the address they report (see
# core/proxies.py), not the last proxy's: lockouts are then one client's, not everyone's.
PROXY_COUNT: int = env.int("PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "core.proxies.client_address"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="kpiportal <performance@localhost>")
# A mail relay that hangs must not hold a worker for ever: give up, and send again later.
EMAIL_TIMEOUT: int = env.int("EMAIL_TIMEOUT", default=20)
# The link put in e-mails; there is no request to build it from in a Celery task.
# The demo (`make run HOST=… PORT=…`) serves where HOST and PORT say, and links there.
SITE_URL = env.str(
    "SITE_URL",
    default=f"http://{env.str('HOST', default='127.0.0.1')}:{env.int('PORT', default=8000)}",
)
# Where the accessibility statement tells people to report a problem.
ACCESSIBILITY_CONTACT_EMAIL: str = env.str(
    "ACCESSIBILITY_CONTACT_EMAIL", default="performance@localhost"
)

# Celery: with no broker, tasks run in-process so the default needs no Redis.
CELERY_BROKER_URL: str = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# The demo's worker and beat need no Redis: kombu's filesystem transport, a folder of
# messages (`make run` sets CELERY_BROKER_URL=filesystem:// and this folder).
CELERY_FILESYSTEM_FOLDER: str = env.str("CELERY_FILESYSTEM_FOLDER", default="")
_BROKER_IS_FOLDER = CELERY_BROKER_URL.startswith("filesystem://")
CELERY_RESULT_BACKEND: str | None = env.str("CELERY_RESULT_BACKEND", default="") or (
    None if _BROKER_IS_FOLDER else CELERY_BROKER_URL or None
)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A request that queues a task must not hang when Redis is down: fail fast, and let the
# outbox (notifications) or the caller's fallback (freeze) take over.
# Every connection to Redis gives up in seconds: a request that queues work answers in
# a few seconds whether Redis refuses or hangs (the outbox and in-process fallbacks then
# take over), and a worker that cannot reach it fails and is retried, never stuck.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 2,
    # A task whose worker died unacknowledged is given to another worker after this long.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    # How often workers look for such tasks: every interval × throttle seconds.
    "unacked_restore_interval": env.int("CELERY_RESTORE_INTERVAL", default=10),
    "unacked_restore_throttle": env.int("CELERY_RESTORE_THROTTLE", default=10),
}
if _BROKER_IS_FOLDER:
    _folder = Path(CELERY_FILESYSTEM_FOLDER or BASE_DIR / ".demo-queue")
    for _part in ("out", "processed"):
        (_folder / _part).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_folder / "out"),
        "data_folder_out": str(_folder / "out"),
        "processed_folder": str(_folder / "processed"),
        "store_processed": False,
    }
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
# The result backend (Redis too) with the same timeouts: reading a result never hangs.
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 2
CELERY_REDIS_SOCKET_TIMEOUT = 2
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 2}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Every periodic task, in one place (django-celery-beat copies these into its tables).
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "open-return-periods": {
        "task": "submissions.open_due_periods",
        "schedule": crontab(hour=6, minute=0),
    },
    "freeze-due-months": {
        "task": "reports.freeze_due_months",
        "schedule": crontab(hour=18, minute=0, day_of_week="mon-fri"),
    },
    "deliver-pending-notifications": {
        "task": "submissions.deliver_pending_notifications",
        "schedule": crontab(minute="*/5"),
    },
    "send-return-reminders": {
        "task": "submissions.send_reminders",
        "schedule": crontab(hour=8, minute=30, day_of_week="mon-fri"),
    },
}
# The demo's clock: "2026-11-20" makes the portal (pages, worker and beat alike) live as
# if it were that day, to walk a month through in minutes. Refused outside DEBUG.
DEMO_TODAY: str = env.str("DEMO_TODAY", default="")
# The demo runs every periodic task each minute (each is idempotent, and reminders go at
# most once a day per return), so a moved clock shows its effect at once.
if env.bool("DEMO_BEAT_EVERY_MINUTE", default=False):
    for _entry in CELERY_BEAT_SCHEDULE.values():
        _entry["schedule"] = crontab()
# Working days after a month's deadline on which beat freezes it.
FREEZE_WORKING_DAYS_AFTER_DEADLINE: int = env.int("FREEZE_WORKING_DAYS_AFTER_DEADLINE", default=3)
# Working days after month end that owners have for their returns.
RETURNS_DEADLINE_WORKING_DAYS: int = env.int("RETURNS_DEADLINE_WORKING_DAYS", default=10)

# The council, as the committee paper's title block names it.
ORGANISATION_NAME: str = env.str("ORGANISATION_NAME", default="Demo County Council")
# The most indicators one dashboard web page lays out in full: a whole council or a
# directorate with more shows the counts of its parts, each linking to a page of its own,
# so that no page is megabytes (the PDF and XLSX always hold every table).
DASHBOARD_PAGE_INDICATORS: int = env.int("DASHBOARD_PAGE_INDICATORS", default=250)
# Councils that rate a KPI with no floor standard by an amber band (AMBER within this
# percentage of the target) set it here; an indicator may set its own. Off by default: a
# missed target with no floor is RED.
AMBER_TOLERANCE_PERCENT: float | None = env.float("AMBER_TOLERANCE_PERCENT", default=None)

IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# The most an import takes at once, in rows and in bytes; beyond it the file is refused.
IMPORT_MAX_ROWS: int = env.int("IMPORT_MAX_ROWS", default=10_000)
IMPORT_MAX_BYTES: int = env.int("IMPORT_MAX_BYTES", default=5 * 1024 * 1024)

# Open data: published snapshots, free to reuse under this licence (see docs/open-data.md).
OPEN_DATA_LICENCE: dict[str, str] = {
    "name": env.str("OPEN_DATA_LICENCE_NAME", default="Open Government Licence v3.0"),
    "url": env.str(
        "OPEN_DATA_LICENCE_URL",
        default="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
}

# The API for source systems (api/): JSON only, versioned under /api/v1/. Service accounts
# write figures with a token; people read with their portal session, under their role.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.ServiceAccountAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ApiRateThrottle"],
    # Requests a minute (or /second, /hour, /day) for each caller: a service account, or a
    # person. Counted in the Django cache, which is each web process's own memory: with
    # several gunicorn workers a caller may get up to that many times the rate.
    "DEFAULT_THROTTLE_RATES": {
        "figures": env.str("API_FIGURES_RATE", default="300/minute"),
        "read": env.str("API_READ_RATE", default="600/minute"),
    },
    "EXCEPTION_HANDLER": "api.exceptions.handler",
    # Where a caller has no account, throttling keys on the address the trusted proxies
    # report (as login throttling does), never on a forgeable X-Forwarded-For.
    "NUM_PROXIES": PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "kpiportal API",
    "DESCRIPTION": (
        "Indicators, targets and frozen snapshots for people under their portal role; "
        "figures from source systems, posted with a service account's token as drafts or "
        "submitted for review, never approved."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    # Swagger UI from drf-spectacular-sidecar's static files: nothing from the internet.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None, "deepLinking": True},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "core.logs.RedactPersonalData"}},
    "formatters": {"plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]}
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
