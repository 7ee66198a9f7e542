"""Settings for SP4N-LAPOR!, read from the environment.

One file on purpose: every option is an environment variable with a development default, so
`make run` needs nothing else and production needs only variables (see README "Configuration").
"""

import os
import re
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]
DEBUG = env_bool("DEBUG", False)

DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", DEVELOPMENT_SECRET_KEY)
# Commands that only read or write source files (migrations, translations) never sign anything.
SOURCE_ONLY_COMMANDS = {"makemigrations", "showmigrations", "sqlmigrate", "makemessages", "compilemessages"}
SOURCE_ONLY = len(sys.argv) > 1 and sys.argv[0].endswith("manage.py") and sys.argv[1] in SOURCE_ONLY_COMMANDS
if not DEBUG and not TESTING and not SOURCE_ONLY and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is the development key. Set SECRET_KEY in the environment, or DEBUG=1 for development."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" + (",testserver" if TESTING else ""))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "lapor.core.admin_site.LaporAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "ninja",  # serves the API docs (Swagger UI) from local static files, not a CDN
    "lapor.core",
    "lapor.regions",
    "lapor.agencies",
    "lapor.sla",
    "lapor.accounts",
    "lapor.reports",
    "lapor.notifications",
    "lapor.routing",
    "lapor.portal",
    "lapor.workspace",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so that it sees the outcome of authentication in the views below it.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
                "django.template.context_processors.i18n",
                "lapor.core.context_processors.site",
            ],
        },
    },
]

# SQLite by default so that `make run` needs no server; PostgreSQL through DATABASE_URL.
# IMMEDIATE transactions and a busy timeout let the web process and the task worker share one file.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=0 if TESTING else env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "lapor.accounts.backends.EmailPhoneOrUsernameBackend",
    "lapor.accounts.backends.NationalAdminPermissions",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    # Argon2 is deliberately slow; tests hash hundreds of passwords.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

# Login throttling: 5 failures for one username from one address lock it for 15 minutes.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "lapor.accounts.views.locked_out"
AXES_VERBOSE = False

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise expects it even before collectstatic
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Attachments: LAPOR! accepts at most 2 MB per file; operators may raise it.
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 2 * 1024 * 1024)
ATTACHMENT_MAX_COUNT = env_int("ATTACHMENT_MAX_COUNT", 5)
DATA_UPLOAD_MAX_MEMORY_SIZE = ATTACHMENT_MAX_BYTES * ATTACHMENT_MAX_COUNT + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = ATTACHMENT_MAX_BYTES + 1024

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.filebased.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SP4N-LAPOR! <noreply@lapor.localhost>")

# SMS: a dotted path to a gateway adapter (lapor.notifications.sms). Development writes to var/sms.log;
# production sends no SMS until a gateway is configured.
SMS_BACKEND = os.environ.get("SMS_BACKEND") or ("lapor.notifications.sms.FileBackend" if DEBUG or TESTING else "")

# Reference rows read by every filing (regions, categories, SLA policies, calendar overrides) are
# kept in each process for this many seconds; an edit is seen by other processes after at most that.
REFERENCE_CACHE_SECONDS = 0 if TESTING else env_int("REFERENCE_CACHE_SECONDS", 60)

# The router (lapor/routing) sends a new report to the agency it finds when its confidence reaches
# ROUTING_AUTO_THRESHOLD (0..1); below, the report waits in the verification queue with suggestions.
# Below ROUTING_OPD_THRESHOLD for one OPD it names the OPD's government instead. ROUTING_ENABLED=0
# turns automatic routing off (suggestions are still computed on demand); off in tests unless set.
ROUTING_ENABLED = False if TESTING else env_bool("ROUTING_ENABLED", True)
ROUTING_AUTO_THRESHOLD = float(os.environ.get("ROUTING_AUTO_THRESHOLD", "0.8"))
ROUTING_OPD_THRESHOLD = float(os.environ.get("ROUTING_OPD_THRESHOLD", "0.7"))
# run_sweeps --loop queues a retraining on the answered reports when the model is this many hours old.
ROUTING_RETRAIN_HOURS = env_int("ROUTING_RETRAIN_HOURS", 24)

# Deadline sweeps remind officers this many working days before a deadline (0 turns reminders off);
# a notification claimed by a worker that died is recovered after this many seconds.
SLA_REMINDER_WORKING_DAYS = env_int("SLA_REMINDER_WORKING_DAYS", 1)
NOTIFICATION_CLAIM_TIMEOUT = env_int("NOTIFICATION_CLAIM_TIMEOUT", 600)
# Finished background-task rows are pruned (daily, by run_sweeps --loop) after this many days.
TASK_RESULTS_RETENTION_DAYS = env_int("TASK_RESULTS_RETENTION_DAYS", 14)

# Background work: the database backend enqueues in the same transaction as the state change.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend" if TESTING else "django_tasks_db.DatabaseBackend",
    }
}

# Shared cache: every web process must see the same rate-limit counts. Redis through CACHE_URL
# (redis://host:6379/0), else a table in the database, made by `manage.py createcachetable` (`make run`
# does it; the test runner makes it for the test database). The database cache culls entries past
# MAX_ENTRIES at random, which would forget live counters, hence the high ceiling.
CACHE_URL = os.environ.get("CACHE_URL", "").strip()
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "lapor.core.cache.RedisCache", "LOCATION": CACHE_URL}}
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis://, rediss:// or unix:// address (or unset).")
else:
    CACHES = {
        "default": {
            "BACKEND": "lapor.core.ratelimit.DatabaseCache",
            "LOCATION": "lapor_cache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }


def env_rate(name: str, default: str) -> str | None:
    """A rate such as 20/h (per s, m, h, d, or 15m); 0, off or empty turns the limit off."""
    value = os.environ.get(name, default).strip().lower()
    if value in {"", "0", "off"}:
        return None
    if not re.fullmatch(r"\d+/\d*[smhd]", value):
        raise ImproperlyConfigured(f"{name} must look like 20/h (count/period with s, m, h or d), or off.")
    return value


# Filing limits (lapor/core/ratelimit.py): every attempt per client address (flood guard), and filed
# reports per reporter (account, else normalised contact). Off in tests unless a test sets them.
REPORT_RATE_LIMIT_PER_ADDRESS = None if TESTING else env_rate("REPORT_RATE_LIMIT_PER_ADDRESS", "20/h")
REPORT_RATE_LIMIT_PER_REPORTER = None if TESTING else env_rate("REPORT_RATE_LIMIT_PER_REPORTER", "10/h")
# How many reverse proxies in front of the app append to X-Forwarded-For; 0 trusts only REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# A counter store that fails must not close the complaint channel (the failure is logged).
RATELIMIT_FAIL_OPEN = True
# Reports scoring at least this (0..1, lapor/routing/spam.py) go to verification instead of auto-routing.
SPAM_SCORE_THRESHOLD = float(os.environ.get("SPAM_SCORE_THRESHOLD", "0.6"))

# The password of the demo accounts made by `seed_demo` (never in production mode).
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "lapor-demo-2026")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG and not TESTING)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
if env_bool("SECURE_PROXY_SSL", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Access to sensitive data (confidential reports, reporter identity) is also written here.
        "lapor.audit": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "axes": {"level": "WARNING"},
    },
}
