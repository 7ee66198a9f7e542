"""Who hears about a report, on which channels: the reporter (account or contact) and officers.

A reporter is reached through their account (per their preferences) or, without one, through the
contact they gave: an e-mail address or an Indonesian phone number. Officers are the members of the
agency now holding the report (petugas and admin instansi); their messages never carry the reporter.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation

from lapor.accounts.models import Membership
from lapor.accounts.phone import normalize_phone
from lapor.agencies.models import Agency
from lapor.reports.models import Report, ReportEvent

from .content import OFFICER, REPORTER, Recipient
from .models import Channel, Notification, NotificationPreference
from .sms import sms_available

Role = Membership.Role
OFFICER_ROLES = (Role.PETUGAS, Role.ADMIN_INSTANSI)


def _language(code: str | None) -> str:
    try:
        return translation.get_supported_language_variant(code or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def for_users(users, *, kind: str, audience: str) -> list[Recipient]:
    """Each active user's channels for this kind, after their preferences (defaults without a row)."""
    users = [u for u in users if u.is_active]
    if not users:
        return []
    saved = {p.user_id: p for p in NotificationPreference.objects.filter(user__in=users)}
    sms_on = sms_available()
    result = []
    for user in users:
        prefs = saved.get(user.pk) or NotificationPreference.defaults_for(user)
        base = {"key": f"u:{user.pk}", "language": _language(user.language), "audience": audience, "user": user}
        base["name"] = user.display_name
        if prefs.wants(Channel.INAPP, kind):
            result.append(Recipient(channel=Channel.INAPP, address="", **base))
        # A citizen's address counts once confirmed; officials' addresses are entered by their admins.
        if user.email and (audience == OFFICER or user.email_verified) and prefs.wants(Channel.EMAIL, kind):
            result.append(Recipient(channel=Channel.EMAIL, address=user.email, **base))
        if user.phone and sms_on and prefs.wants(Channel.SMS, kind):
            result.append(Recipient(channel=Channel.SMS, address=user.phone, **base))
    return result


def contact_channel(contact: str) -> tuple[str, str] | None:
    """(channel, address) for a contact a reporter typed: an e-mail address or a phone number."""
    contact = (contact or "").strip()
    if "@" in contact:
        try:
            validate_email(contact)
        except ValidationError:
            return None
        return Channel.EMAIL, contact.lower()
    phone = normalize_phone(contact)
    if phone and sms_available():
        return Channel.SMS, phone
    return None


def _contact_language(report: Report, key: str, event: ReportEvent | None) -> str:
    """The language of earlier messages to this contact; at filing, the language the reporter used."""
    earlier = (
        Notification.objects.filter(report=report, recipient_key=key)
        .order_by("created_at", "id")
        .values_list("language", flat=True)
        .first()
    )
    if earlier:
        return earlier
    if event is not None and event.action == "submit":
        return _language(translation.get_language())
    return _language(None)


def reporter(report: Report, *, kind: str, event: ReportEvent | None = None) -> list[Recipient]:
    """The reporter: through their account when they have one, otherwise through their contact."""
    if report.reporter_id:
        return for_users([report.reporter], kind=kind, audience=REPORTER)
    found = contact_channel(report.contact)
    if found is None:
        return []
    channel, address = found
    key = f"c:{address}"
    return [
        Recipient(
            key=key,
            channel=channel,
            address=address,
            language=_contact_language(report, key, event),
            audience=REPORTER,
        )
    ]


def officers_of(agency: Agency | None, *, roles=OFFICER_ROLES, exclude_user_ids=()) -> list:
    """Members of `agency` with `roles`; when it has none, the admins of the nearest agency above that has some.

    `exclude_user_ids` (the actor) are left out afterwards, so an admin disposing to their own empty unit
    is not replaced by the admins above them.
    """
    if agency is None:
        return []
    members = [
        m.user
        for m in Membership.objects.filter(agency=agency, role__in=roles, user__is_active=True).select_related("user")
    ]
    if not members and agency.parent_id:
        codes = agency.path.strip("/").split("/")[:-1]
        above = (
            Membership.objects.filter(agency__code__in=codes, role=Role.ADMIN_INSTANSI, user__is_active=True)
            .select_related("user", "agency")
            .order_by("-agency__depth")
        )
        nearest = None
        for m in above:
            if nearest is not None and m.agency.depth != nearest:
                break
            nearest = m.agency.depth
            members.append(m.user)
    unique = {user.pk: user for user in members if user.pk not in exclude_user_ids}
    return list(unique.values())


def officers(
    report: Report, *, kind: str, agency: Agency | None, roles=OFFICER_ROLES, exclude_user_ids=()
) -> list[Recipient]:
    return for_users(officers_of(agency, roles=roles, exclude_user_ids=exclude_user_ids), kind=kind, audience=OFFICER)
