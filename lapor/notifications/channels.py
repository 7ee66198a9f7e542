"""Sending one notification by e-mail or SMS, and asking the transport whether it already did.

`was_sent` is what lets a crashed delivery be finished without sending twice: it looks for the
message id in the transport's own record (the mail directory of Django's file backend, the locmem
outbox, an SMS gateway that keeps one). SMTP keeps no such record; `None` says so.
"""

import email
import os
import smtplib
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends import filebased, locmem
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

from . import sms
from .models import Channel, Notification

# Well below the claim timeout of delivery.py, so a live worker never outlasts its claim.
SEND_TIMEOUT_SECONDS = 30
FILE_SEPARATOR = b"-" * 79 + b"\n"


class PermanentFailure(Exception):
    """Trying again cannot help (the server refused the address)."""


def send_email(notification: Notification) -> None:
    absolute_url = settings.SITE_URL + notification.url if notification.url else settings.SITE_URL
    context = {
        "notification": notification,
        "absolute_url": absolute_url,
        "SITE_URL": settings.SITE_URL,
        "preferences_url": settings.SITE_URL + reverse("notifications:preferences") if notification.user_id else "",
    }
    with translation.override(notification.language):
        text = render_to_string("notifications/email.txt", context)
        html = render_to_string("notifications/email.html", context)
    message = EmailMultiAlternatives(
        notification.subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [notification.address],
        headers={"Message-ID": notification.message_id},
        connection=get_connection(timeout=SEND_TIMEOUT_SECONDS),
    )
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        raise PermanentFailure(str(exc)) from exc


def send_sms(notification: Notification) -> None:
    sms.get_backend().send(to=notification.address, body=notification.body, message_id=notification.message_id)


SENDERS = {Channel.EMAIL: send_email, Channel.SMS: send_sms}


def send(notification: Notification) -> None:
    SENDERS[notification.channel](notification)


def message_ids_in_mail_dir(directory: Path, *, since=None) -> list[str]:
    """Message-IDs of the complete messages Django's file backend wrote (files changed since `since`)."""
    found = []
    if not directory.is_dir():
        return found
    threshold = (since - timedelta(seconds=2)).timestamp() if since else None
    for entry in os.scandir(directory):
        if not entry.is_file() or (threshold is not None and entry.stat().st_mtime < threshold):
            continue
        data = Path(entry.path).read_bytes()
        # Each message is followed by a separator line; a piece without one was cut off mid-write.
        for chunk in data.split(FILE_SEPARATOR)[:-1]:
            message_id = email.message_from_bytes(chunk.lstrip(b"\n")).get("Message-ID")
            if message_id:
                found.append(message_id.strip())
    return found


def email_was_sent(notification: Notification) -> bool | None:
    backend = import_string(settings.EMAIL_BACKEND)
    if issubclass(backend, locmem.EmailBackend):
        outbox = getattr(mail, "outbox", [])
        return any(m.extra_headers.get("Message-ID") == notification.message_id for m in outbox)
    if issubclass(backend, filebased.EmailBackend):
        directory = Path(getattr(settings, "EMAIL_FILE_PATH", "") or "")
        return notification.message_id in message_ids_in_mail_dir(directory, since=notification.claimed_at)
    return None


def was_sent(notification: Notification) -> bool | None:
    """Whether the transport already accepted this notification's message id (None: it cannot tell)."""
    if notification.channel == Channel.EMAIL:
        return email_was_sent(notification)
    if notification.channel == Channel.SMS:
        return sms.get_backend().was_sent(notification.message_id) if sms.sms_available() else None
    return True
