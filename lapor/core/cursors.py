"""Keyset pagination with opaque cursors, for lists that must stay fast at any depth.

A page is `ORDER BY k1, k2 … LIMIT n+1` below (or above) the last row of the previous page; the
cursor is that row's key values, base64url-encoded JSON. No OFFSET, so page 10 000 costs what page 1
costs, and rows inserted meanwhile neither repeat nor vanish.
"""

import base64
import binascii
import json
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()  # keeps microseconds, which the keyset needs
    return value


def encode_cursor(values: list) -> str:
    raw = json.dumps([_plain(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, qs: QuerySet, keys: tuple[str, ...]) -> list:
    invalid = ValidationError({"cursor": _("Kursor halaman tidak valid.")})
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise invalid from exc
    if not isinstance(values, list) or len(values) != len(keys):
        raise invalid
    parsed = []
    for key, value in zip(keys, values, strict=True):
        if value is None or isinstance(value, dict | list):
            raise invalid
        try:
            value = qs.model._meta.get_field(key).to_python(value)
        except (ValidationError, TypeError, ValueError) as exc:
            raise invalid from exc
        if isinstance(value, datetime) and value.tzinfo is None:
            raise invalid
        parsed.append(value)
    return parsed


def _after(keys: tuple[str, ...], values: list, descending: bool) -> Q:
    """Rows strictly after `values` in the order (k1, k2, …), as (k1 > v1) | (k1 = v1 & k2 > v2) | …"""
    op = "lt" if descending else "gt"
    q = Q(pk__in=[])
    for i, key in enumerate(keys):
        term = Q(**{f"{key}__{op}": values[i]})
        for prev_key, prev_value in zip(keys[:i], values[:i], strict=True):
            term &= Q(**{prev_key: prev_value})
        q |= term
    return q


def keyset_page(
    qs: QuerySet, *, keys: tuple[str, ...], limit: int, cursor: str | None, descending: bool = False
) -> tuple[list, str | None]:
    """One page of `qs` ordered by `keys` (unique together), and the cursor of the next page or None."""
    if cursor:
        qs = qs.filter(_after(keys, decode_cursor(cursor, qs, keys), descending))
    order = [f"-{k}" if descending else k for k in keys]
    rows = list(qs.order_by(*order)[: limit + 1])
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode_cursor([getattr(last, k) for k in keys])


def set_next_page_headers(request, response, next_cursor: str | None) -> None:
    """Announce the next page of a JSON list: `X-Next-Cursor` and an RFC 8288 `Link: <…>; rel="next"`."""
    if not next_cursor:
        return
    params = request.GET.copy()
    params["cursor"] = next_cursor
    response["X-Next-Cursor"] = next_cursor
    response["Link"] = f'<{request.build_absolute_uri(request.path)}?{params.urlencode()}>; rel="next"'
