"""What the bench scripts share: pointing Django at the bench database, and small statistics."""

import math
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/lapor_bench"
# Settings refuse the development key outside DEBUG; the bench runs with DEBUG off like production.
BENCH_SECRET_KEY = "bench-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz"
# Keep the bench's static files and uploads out of the project's var/.
BENCH_VAR_DIR = "/tmp/lapor-bench-var"
PROTECTED_DATABASES = {"postgres", "test", "template0", "template1"}


def bench_environ(database_url: str) -> dict[str, str]:
    """Environment for Django (in this process or in the server it starts) against the bench database."""
    return {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": BENCH_SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "VAR_DIR": BENCH_VAR_DIR,
        "LOG_LEVEL": "WARNING",
        "CONN_MAX_AGE": "600",
        # As in production: rate-limit counters in Redis. The limits are counted on every filing but
        # set out of reach, since the load comes from one address.
        "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/0"),
        "REPORT_RATE_LIMIT_PER_ADDRESS": os.environ.get("BENCH_RATE_LIMIT", "100000000/h"),
        "REPORT_RATE_LIMIT_PER_REPORTER": os.environ.get("BENCH_RATE_LIMIT", "100000000/h"),
    }


def is_postgres(database_url: str) -> bool:
    return urlsplit(database_url).scheme in {"postgres", "postgresql", "pgsql", "postgis"}


def database_name(database_url: str) -> str:
    return urlsplit(database_url).path.lstrip("/")


def ensure_postgres_database(database_url: str) -> bool:
    """Create the bench database when it is missing; True when it was created.

    Connects to the `postgres` maintenance database only to run CREATE DATABASE.
    """
    import psycopg
    from psycopg import sql

    name = database_name(database_url)
    if not name or name in PROTECTED_DATABASES:
        raise SystemExit(f"Refusing to use database {name!r}: pick a database of its own for the bench.")
    parts = urlsplit(database_url)
    maintenance = urlunsplit((parts.scheme.replace("pgsql", "postgresql"), parts.netloc, "/postgres", "", ""))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            return False
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True


def setup_django(database_url: str) -> None:
    if is_postgres(database_url) and database_name(database_url) in PROTECTED_DATABASES:
        raise SystemExit(f"Refusing to use database {database_name(database_url)!r}.")
    os.environ.update(bench_environ(database_url))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    import django

    django.setup()


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), math.ceil(p / 100 * len(sorted_values))))
    return sorted_values[rank - 1]


def summary_ms(seconds: list[float]) -> str:
    values = sorted(s * 1000 for s in seconds)
    if not values:
        return "no samples"
    return (
        f"n={len(values)} p50={percentile(values, 50):.2f} ms p95={percentile(values, 95):.2f} ms "
        f"p99={percentile(values, 99):.2f} ms max={values[-1]:.2f} ms"
    )
