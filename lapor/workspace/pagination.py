"""Keyset pagination for the officers' tables.

Pages are cut on (key, id) instead of OFFSET, so page 400 costs the same as page 1 on the inbox
index and a report moving between pages never makes another one disappear or repeat. Rows whose
key is NULL (reports on hold have no running deadline) come last whatever the database's default.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import F, Q, QuerySet

PAGE_SIZE = 25
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NULL_MARK = "n"


@dataclass(frozen=True)
class Ordering:
    field: str
    descending: bool = False
    nulls_last: bool = False

    def order_by(self, *, reverse: bool = False) -> list:
        """ORDER BY for this ordering, or for its exact reverse (used to walk backwards)."""
        descending = self.descending != reverse
        direction = F(self.field).desc if descending else F(self.field).asc
        if not self.nulls_last:
            key = direction()
        elif reverse:
            key = direction(nulls_first=True)
        else:
            key = direction(nulls_last=True)
        return [key, F("id").desc() if descending else F("id").asc()]


BY_DEADLINE = Ordering("due_at", nulls_last=True)
NEWEST_FIRST = Ordering("created_at", descending=True)


@dataclass
class Page:
    rows: list
    next_cursor: str | None = None
    prev_cursor: str | None = None


def encode_cursor(value: datetime | None, pk: int) -> str:
    if value is None:
        return f"{NULL_MARK}.{pk}"
    return f"{(value - EPOCH) // timedelta(microseconds=1)}.{pk}"


def decode_cursor(raw: str | None) -> tuple[datetime | None, int] | None:
    """(key, id) from a cursor, or None when it is missing or malformed (then the first page is shown)."""
    if not raw or len(raw) > 64:
        return None
    head, _dot, tail = raw.partition(".")
    try:
        pk = int(tail)
        value = None if head == NULL_MARK else EPOCH + timedelta(microseconds=int(head))
    except (ValueError, OverflowError):
        return None
    return value, pk


def _beyond(ordering: Ordering, value, pk: int, *, forward: bool) -> Q:
    """Rows after (forward) or before the cursor row in the ordering."""
    f = ordering.field
    later = "lt" if ordering.descending == forward else "gt"
    if value is None:
        # Only NULL keys sort after a NULL key; every non-NULL key sorts before it.
        tie = Q(**{f"{f}__isnull": True, f"id__{later}": pk})
        return tie if forward else tie | Q(**{f"{f}__isnull": False})
    q = Q(**{f"{f}__{later}": value}) | Q(**{f: value, f"id__{later}": pk})
    if ordering.nulls_last and forward:
        q |= Q(**{f"{f}__isnull": True})
    return q


def _key(row, ordering: Ordering) -> str:
    return encode_cursor(getattr(row, ordering.field), row.pk)


def paginate(
    qs: QuerySet, ordering: Ordering, *, after: str | None = None, before: str | None = None, size: int = PAGE_SIZE
) -> Page:
    """One page of `qs` in `ordering`, after or before a cursor taken from a previous page."""
    after_key, before_key = decode_cursor(after), decode_cursor(before)
    if before_key is not None and after_key is None:
        rows = list(
            qs.filter(_beyond(ordering, *before_key, forward=False)).order_by(*ordering.order_by(reverse=True))[
                : size + 1
            ]
        )
        has_prev = len(rows) > size
        rows = rows[:size][::-1]
        return Page(
            rows=rows,
            next_cursor=_key(rows[-1], ordering) if rows else None,
            prev_cursor=_key(rows[0], ordering) if rows and has_prev else None,
        )
    if after_key is not None:
        qs = qs.filter(_beyond(ordering, *after_key, forward=True))
    rows = list(qs.order_by(*ordering.order_by())[: size + 1])
    has_next = len(rows) > size
    rows = rows[:size]
    return Page(
        rows=rows,
        next_cursor=_key(rows[-1], ordering) if has_next else None,
        prev_cursor=_key(rows[0], ordering) if rows and after_key is not None else None,
    )
