"""Rate limits on filing reports, per client address and per reporter, for the portal form and the API.

Two limits, both read from settings at every request (so a test can set a small one):

- `REPORT_RATE_LIMIT_PER_ADDRESS` (default 20/h) counts every filing attempt from one network
  address, valid or not: it is the flood guard, and it runs before any validation or write. IPv6
  clients are counted per /64, the block one household or phone usually gets.
- `REPORT_RATE_LIMIT_PER_REPORTER` (default 10/h) counts only reports actually filed by one
  reporter: the signed-in account, or for a reporter without an account the contact they gave
  (normalised, so "0812-1111-2222" and "+62 812 1111 2222" are one person). A citizen who corrects a
  form error is therefore never locked out by it. Nothing limits an anonymous reporter without a
  contact except the address limit: an unverified contact is only a hint, the address is the guard.

Why django-ratelimit: it is the maintained, widely used counter for Django (fixed windows with a
per-key jitter, hashed cache keys, IPv6 masking, fail-open switch) and its `get_usage` can both peek
(`increment=False`) and count, which the two-step per-reporter limit needs. Its decorator and
middleware are not used: the portal must re-render the form with the typed data and the API must
answer problem+json, so the views ask and answer themselves. It is not in INSTALLED_APPS: it has no
models, and its system check only warns about backends it does not list.

The counters live in Django's default cache, shared by every process: Redis through `CACHE_URL`, or a
database table. django-ratelimit calls Django's database cache unfit because its `incr` is a read then
a write, so two processes can lose a count; `DatabaseCache` below makes `incr` one transaction (SQLite
runs IMMEDIATE transactions here, PostgreSQL locks the row), which makes the database cache exact.

If the cache fails (Redis down, table missing) filing goes on unlimited and the error is logged: the
complaint channel must not close because a counter store did; the spam score still applies.
"""

import ipaddress
import logging
import math
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router, transaction
from django.utils.translation import ngettext
from django_ratelimit.core import get_usage

from lapor.accounts.phone import normalize_phone

audit = logging.getLogger("lapor.audit")
logger = logging.getLogger(__name__)

ADDRESS_GROUP = "report-file:address"
REPORTER_GROUP = "report-file:reporter"
IPV6_PREFIX = 64
RATE_PATTERN = re.compile(r"^\d+/\d*[smhd]$")


@dataclass(frozen=True)
class Refusal:
    """Why a filing was refused, and in how many seconds the caller may try again."""

    scope: str  # "address" or "reporter"
    retry_after: int

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.retry_after / 60))

    @property
    def message(self) -> str:
        if self.scope == "address":
            return ngettext(
                "Terlalu banyak laporan dikirim dari jaringan Anda dalam waktu singkat. Silakan coba lagi dalam "
                "%(minutes)s menit.",
                "Terlalu banyak laporan dikirim dari jaringan Anda dalam waktu singkat. Silakan coba lagi dalam "
                "%(minutes)s menit.",
                self.minutes,
            ) % {"minutes": self.minutes}
        return ngettext(
            "Anda sudah mengirim terlalu banyak laporan dalam waktu singkat. Silakan kirim lagi dalam %(minutes)s menit.",
            "Anda sudah mengirim terlalu banyak laporan dalam waktu singkat. Silakan kirim lagi dalam %(minutes)s menit.",
            self.minutes,
        ) % {"minutes": self.minutes}


# --- Who is asking ---------------------------------------------------------------------------------


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request) -> str | None:
    """The client's IP address: REMOTE_ADDR, or X-Forwarded-For as set by `TRUSTED_PROXY_COUNT` proxies.

    The header is read only when proxies are declared, and only the entry the outermost trusted proxy
    wrote (the n-th from the right): the entries left of it come from the client and may be forged.
    """
    hops = settings.TRUSTED_PROXY_COUNT
    if hops > 0:
        forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= hops:
            address = _valid_ip(forwarded[-hops])
            if address:
                return address
    return _valid_ip(request.META.get("REMOTE_ADDR") or "")


def address_bucket(address: str) -> str:
    """The unit counted for an address: itself for IPv4, its /64 network for IPv6."""
    ip = ipaddress.ip_address(address)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/{IPV6_PREFIX}", strict=False))
    return str(ip)


def normalise_contact(contact: str) -> str:
    """One spelling per person: phone numbers in E.164, e-mail lowercased without a +tag, else folded text."""
    text = " ".join((contact or "").split())
    if not text:
        return ""
    if "@" in text:
        local, _at, domain = text.casefold().rpartition("@")
        return f"email:{local.split('+', 1)[0]}@{domain}"
    phone = normalize_phone(text)
    if phone:
        return f"phone:{phone}"
    return f"text:{text.casefold()}"


def reporter_key(user, contact: str = "") -> str | None:
    """The reporter a filing is counted against: the account, else the contact; None when neither is known."""
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    normalised = normalise_contact(contact)
    return f"contact:{normalised}" if normalised else None


# --- The limits ------------------------------------------------------------------------------------


def _usage(request, group: str, value: str, rate: str | None, *, increment: bool) -> dict | None:
    if not rate:
        return None
    try:
        return get_usage(request, group=group, key=lambda _group, _request: value, rate=rate, increment=increment)
    except Exception:
        # The counter store failed: log it loudly, and let the citizen file (see the module docstring).
        logger.exception("Rate-limit counter unavailable for %s; filing is not limited", group)
        return None


def _refuse(request, scope: str, usage: dict, *, address: str | None, reporter: str | None) -> Refusal:
    refusal = Refusal(scope=scope, retry_after=max(1, int(usage["time_left"])))
    # A contact is personal data: the log says only which kind of reporter hit the limit.
    who = reporter if reporter and reporter.startswith("user:") else ("contact" if reporter else "-")
    audit.warning(
        "report_file_rate_limited scope=%s path=%s address=%s reporter=%s count=%s limit=%s retry_after=%s",
        scope,
        request.path,
        address or "-",
        who,
        usage["count"],
        usage["limit"],
        refusal.retry_after,
    )
    return refusal


def attempt_from_address(request) -> Refusal | None:
    """Count one filing attempt from the client's address; a Refusal once the address is over its limit."""
    address = client_address(request)
    if address is None:
        return None
    usage = _usage(
        request, ADDRESS_GROUP, address_bucket(address), settings.REPORT_RATE_LIMIT_PER_ADDRESS, increment=True
    )
    if usage is None or not usage["should_limit"]:
        return None
    return _refuse(request, "address", usage, address=address, reporter=None)


def reporter_refusal(request, reporter: str | None) -> Refusal | None:
    """A Refusal when this reporter already filed as many reports as this window allows (counts nothing)."""
    if reporter is None:
        return None
    usage = _usage(request, REPORTER_GROUP, reporter, settings.REPORT_RATE_LIMIT_PER_REPORTER, increment=False)
    if usage is None or usage["count"] < usage["limit"]:
        return None
    return _refuse(request, "reporter", usage, address=client_address(request), reporter=reporter)


def count_filing(request, reporter: str | None) -> None:
    """Count a report that was filed against its reporter's limit."""
    if reporter is not None:
        _usage(request, REPORTER_GROUP, reporter, settings.REPORT_RATE_LIMIT_PER_REPORTER, increment=True)


# --- The shared counter store ----------------------------------------------------------------------


class DatabaseCache(DjangoDatabaseCache):
    """Django's database cache with an `incr` that two processes cannot interleave.

    Django's own `incr` reads, adds and writes in separate statements, so concurrent increments may
    be lost. Here they run in one transaction: SQLite's IMMEDIATE transactions (config/settings.py)
    take the write lock at BEGIN; PostgreSQL locks the row first with SELECT … FOR UPDATE.
    """

    def incr(self, key, delta=1, version=None):
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                quote_name = connection.ops.quote_name
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT {quote_name('cache_key')} FROM {quote_name(self._table)} "
                        f"WHERE {quote_name('cache_key')} = %s FOR UPDATE",
                        [self.make_and_validate_key(key, version=version)],
                    )
            return super().incr(key, delta, version)
