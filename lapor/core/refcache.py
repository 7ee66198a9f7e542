"""Small, rarely edited tables kept in each process's memory for a short while.

Filing a report reads the same handful of rows every time: the region and category by code, the
SLA policies in force, the calendar overrides of the year. They change a few times a year, so a
request should not pay a query for each. Each `ProcessCache` holds its loader's result for
`REFERENCE_CACHE_SECONDS` (0 turns caching off, as in the tests): an edit in this process clears it
at once (the model's save/delete signals), and other processes see it at the latest after that many
seconds. Deadlines computed in that window use the previous calendar, which the sweeps and the
next stage correct; nothing else is cached this way.
"""

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from django.conf import settings
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")


def enabled() -> bool:
    return settings.REFERENCE_CACHE_SECONDS > 0


class ProcessCache(Generic[T]):
    """The loader's result, reloaded after the TTL or an edit; callers check `enabled()` first when
    loading everything would cost more than the single query it replaces."""

    def __init__(self, loader: Callable[[], T], *, models=()):
        self._loader = loader
        self._value: T | None = None
        self._loaded_at = float("-inf")
        self._lock = threading.Lock()
        for model in models:
            post_save.connect(self._on_change, sender=model, weak=False)
            post_delete.connect(self._on_change, sender=model, weak=False)

    def get(self) -> T:
        ttl = settings.REFERENCE_CACHE_SECONDS
        if ttl <= 0:
            return self._loader()
        with self._lock:
            if time.monotonic() - self._loaded_at >= ttl or self._value is None:
                self._value = self._loader()
                self._loaded_at = time.monotonic()
            return self._value

    def clear(self) -> None:
        with self._lock:
            self._value = None
            self._loaded_at = float("-inf")

    def _on_change(self, **kwargs) -> None:
        self.clear()
