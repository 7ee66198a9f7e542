import socket
import uuid

import pytest

from lapor.core.cache import RedisCache

REDIS = "redis://127.0.0.1:6379/15"


def redis_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_running(), reason="no Redis server on 127.0.0.1:6379")
def test_the_redis_cache_counts_through_one_reused_client():
    cache = RedisCache(REDIS, {})
    key = f"test-{uuid.uuid4().hex}"
    try:
        assert cache.add(key, 0, 60) and not cache.add(key, 5, 60)
        assert [cache.incr(key) for _ in range(3)] == [1, 2, 3]
        assert cache.get(key) == 3 and cache.incr(key, 10) == 13
        with pytest.raises(ValueError):
            cache.incr(f"{key}-missing")  # as Django's: never creates the key
        assert cache.get(f"{key}-missing") is None
        client = cache._cache.get_client(key, write=True)
        assert cache._cache.get_client(key, write=True) is client  # Django would build a new one
    finally:
        cache.delete(key)
