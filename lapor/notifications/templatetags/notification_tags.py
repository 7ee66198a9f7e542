from django import template

from lapor.notifications.selectors import UNREAD_SHOWN_MAX, unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> str:
    """The signed-in user's unread in-app notifications for the bell: "", "3", or "99+"."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    count = unread_count(user) if user is not None else 0
    if not count:
        return ""
    return f"{UNREAD_SHOWN_MAX}+" if count > UNREAD_SHOWN_MAX else str(count)
