"""API bearer tokens: issuing, checking and revoking them. Only a token's SHA-256 is stored."""

import secrets
from datetime import timedelta

from django.utils import timezone

from .models import ApiToken, User, hash_token

TOKEN_LIFETIME = timedelta(days=30)
# Writing last_used_at on every request would turn each read into a write; once a minute is enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def bearer_token(request) -> str:
    """The raw token of an `Authorization: Bearer <token>` header, or "" when there is none."""
    scheme, _sep, raw = request.headers.get("Authorization", "").partition(" ")
    return raw.strip() if scheme.lower() == "bearer" else ""


def api_token_issue(*, user: User) -> tuple[str, ApiToken]:
    """Create a token for `user`; the raw value is returned once and never stored."""
    raw = ApiToken.PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, key_hash=hash_token(raw), expires_at=timezone.now() + TOKEN_LIFETIME)
    return raw, token


def api_token_user(raw: str) -> User | None:
    """The active user behind a raw token, or None when it is unknown, expired or its user is disabled."""
    raw = (raw or "").strip()
    if not raw.startswith(ApiToken.PREFIX) or len(raw) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=hash_token(raw)).first()
    now = timezone.now()
    if token is None or token.expires_at <= now or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def api_token_revoke(raw: str) -> bool:
    """Delete the token; True when it existed."""
    deleted, _details = ApiToken.objects.filter(key_hash=hash_token((raw or "").strip())).delete()
    return deleted > 0
