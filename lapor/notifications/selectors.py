"""Reading notifications: only ever a user's own in-app notifications."""

from django.db.models import QuerySet

from .models import Channel, Notification, NotificationPreference

UNREAD_SHOWN_MAX = 99


def inapp_for(user) -> QuerySet:
    """The user's in-app notifications, newest first."""
    return Notification.objects.filter(user=user, channel=Channel.INAPP).select_related("report")


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, channel=Channel.INAPP, read_at__isnull=True).count()


def preferences_for(user) -> NotificationPreference:
    """The saved preferences, or the defaults when the user never changed them."""
    return NotificationPreference.objects.filter(user=user).first() or NotificationPreference.defaults_for(user)
