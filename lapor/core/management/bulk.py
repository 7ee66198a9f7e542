"""Idempotent bulk loading of reference rows keyed by a stable `code`."""

from dataclasses import dataclass

from django.db import models

BATCH_SIZE = 500


@dataclass
class SyncCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: "SyncCounts") -> "SyncCounts":
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def __str__(self) -> str:
        return f"{self.total} ({self.created} baru, {self.updated} diperbarui, {self.unchanged} tetap)"


def sync_by_code(
    model: type[models.Model], rows: dict[str, dict], *, create_only: frozenset[str] = frozenset()
) -> tuple[SyncCounts, dict[str, int]]:
    """Create missing rows and update changed ones so the table holds `rows` ({code: {attname: value}}).

    Rows not in `rows` are left alone. Foreign keys are given by attname (`parent_id`), so parents
    must be synced first. Fields in `create_only` are set on new rows only: operators own them
    afterwards. Returns the counts and the primary key of every code in `rows`.
    """
    counts = SyncCounts()
    if not rows:
        return counts, {}
    attnames = sorted({name for values in rows.values() for name in values} - create_only)
    existing = model.objects.in_bulk(list(rows), field_name="code")
    to_create, to_update = [], []
    for code, values in rows.items():
        obj = existing.get(code)
        if obj is None:
            to_create.append(model(code=code, **values))
            continue
        changes = {name: value for name, value in values.items() if name not in create_only}
        if any(getattr(obj, name) != value for name, value in changes.items()):
            for name, value in changes.items():
                setattr(obj, name, value)
            to_update.append(obj)
        else:
            counts.unchanged += 1
    if to_create:
        model.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
        counts.created = len(to_create)
    if to_update:
        fields = [model._meta.get_field(name).name for name in attnames]
        model.objects.bulk_update(to_update, fields, batch_size=BATCH_SIZE)
        counts.updated = len(to_update)
    codes, ids = list(rows), {}
    for start in range(0, len(codes), BATCH_SIZE):
        chunk = codes[start : start + BATCH_SIZE]
        ids.update(model.objects.filter(code__in=chunk).values_list("code", "pk"))
    return counts, ids
