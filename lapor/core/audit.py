"""Logging of sensitive reads, to the database and to the `lapor.audit` logger."""

import logging

from .models import AccessLog

logger = logging.getLogger("lapor.audit")


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") if request is not None else None


def log_access(*, user, action: str, object_type: str, object_id, detail: str = "", request=None) -> None:
    user_id = user.pk if user is not None and user.is_authenticated else None
    AccessLog.objects.create(
        user_id=user_id,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        detail=detail[:200],
        ip_address=client_ip(request),
    )
    logger.info("%s %s:%s by user=%s %s", action, object_type, object_id, user_id, detail)
