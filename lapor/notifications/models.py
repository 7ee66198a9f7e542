"""Notifications: an outbox row per (event, recipient, channel), and each user's preferences.

A state change enqueues, in its own transaction, one task that works out who hears of it and writes
their rows with subject and body already rendered in each recipient's language (`NotifiedEvent`
records that this was done, so recovery can redo it for a task a dead worker lost). E-mail and SMS
rows are then delivered by a task each (see `delivery.py`); in-app rows are "sent" once written.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")
    INAPP = "inapp", _("Di aplikasi")


class Kind(models.TextChoices):
    # To the reporter.
    RECEIVED = "received", _("Laporan diterima")
    VERIFIED = "verified", _("Laporan diverifikasi")
    ROUTED = "routed", _("Laporan diteruskan")
    ANSWERED = "answered", _("Tindak lanjut dari instansi")
    ON_HOLD = "on_hold", _("Laporan ditunda")
    ARCHIVED = "archived", _("Laporan diarsipkan")
    CLOSED = "closed", _("Laporan ditutup")
    EXTENSION = "extension", _("Perpanjangan batas waktu")
    # To officers.
    NEW_DISPOSITION = "new_disposition", _("Disposisi baru")
    REMINDER = "reminder", _("Pengingat batas waktu")
    ESCALATION = "escalation", _("Eskalasi")
    REPORTER_REPLIED = "reporter_replied", _("Tanggapan pelapor")


REPORTER_KINDS = [
    Kind.RECEIVED,
    Kind.VERIFIED,
    Kind.ROUTED,
    Kind.ANSWERED,
    Kind.ON_HOLD,
    Kind.ARCHIVED,
    Kind.CLOSED,
    Kind.EXTENSION,
]
OFFICER_KINDS = [Kind.NEW_DISPOSITION, Kind.REMINDER, Kind.ESCALATION, Kind.REPORTER_REPLIED]


class Status(models.TextChoices):
    PENDING = "pending", _("Menunggu dikirim")
    SENDING = "sending", _("Sedang dikirim")
    SENT = "sent", _("Terkirim")
    FAILED = "failed", _("Gagal")


class Notification(models.Model):
    """One message to one recipient on one channel. Delivered once; its delivery is recorded here."""

    report = models.ForeignKey("reports.Report", on_delete=models.CASCADE, related_name="notifications")
    # The timeline event announced; NULL for notices that have none (a deadline reminder): those use `key`.
    event = models.ForeignKey(
        "reports.ReportEvent", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    key = models.CharField(max_length=100, blank=True)
    kind = models.CharField(_("jenis"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("kanal"), max_length=8, choices=Channel.choices)

    # A user with an account, or (a reporter without one) the contact they gave: `address` alone.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    # "u:<user id>" or "c:<address>": who, independent of the channel, for the uniqueness rule.
    recipient_key = models.CharField(max_length=220)
    # E-mail address or E.164 phone number at the time of writing; empty in-app.
    address = models.CharField(max_length=254, blank=True)
    language = models.CharField(max_length=8, default="id")

    subject = models.CharField(_("subjek"), max_length=255)
    body = models.TextField(_("isi"))
    # Where the recipient reads more: a path on this site.
    url = models.CharField(max_length=300, blank=True)

    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    # Not to be tried before this instant (retry backoff); stale-delivery recovery reads it too.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The claim of the delivery in progress: who may mark it sent (compare-and-set on the token).
    claimed_at = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    # Written before the first send and reused by every retry, so a repeat is recognisable downstream.
    message_id = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notifikasi")
        verbose_name_plural = _("notifikasi")
        indexes = [
            # The bell and the list page: one user's in-app notifications, newest first.
            models.Index(fields=["user", "channel", "-created_at"], name="notif_user_list_idx"),
            models.Index(
                fields=["user"],
                name="notif_unread_idx",
                condition=Q(channel="inapp", read_at__isnull=True),
            ),
            # Recovery of deliveries that stalled (pending or claimed by a worker that died).
            models.Index(
                fields=["status", "next_attempt_at"],
                name="notif_undelivered_idx",
                condition=Q(status__in=["pending", "sending"]),
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["event", "recipient_key", "channel"], name="notification_once_per_event"),
            models.UniqueConstraint(
                fields=["report", "key", "recipient_key", "channel"],
                condition=Q(event__isnull=True),
                name="notification_once_per_key",
            ),
            models.CheckConstraint(condition=Q(event__isnull=False) | ~Q(key=""), name="notification_event_or_key"),
            models.CheckConstraint(condition=Q(channel__in=["email", "sms", "inapp"]), name="notification_channel"),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "sending", "sent", "failed"]), name="notification_status"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient_key} ({self.channel})"

    @property
    def is_unread(self) -> bool:
        return self.channel == Channel.INAPP and self.read_at is None


class NotifiedEvent(models.Model):
    """A timeline event whose notifications have been written (by the fan-out task or recovery)."""

    event = models.OneToOneField("reports.ReportEvent", on_delete=models.CASCADE, primary_key=True)
    notified_at = models.DateTimeField(auto_now_add=True, db_index=True)  # pruned by age (lapor.core.housekeeping)
    notifications = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"event {self.event_id}: {self.notifications}"


class NotificationPreference(models.Model):
    """How one user wants to hear from LAPOR!. Without a row, `defaults_for(user)` applies."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="notification_preference"
    )
    email_enabled = models.BooleanField(_("email"), default=True)
    sms_enabled = models.BooleanField(_("SMS"), default=False)
    inapp_enabled = models.BooleanField(_("di aplikasi"), default=True)
    # Kinds the user does not want by e-mail or SMS (the in-app list still records them).
    muted_kinds = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pengaturan notifikasi")
        verbose_name_plural = _("pengaturan notifikasi")

    @classmethod
    def defaults_for(cls, user) -> "NotificationPreference":
        """E-mail and in-app on; SMS on only for someone who gave a phone number."""
        return cls(user=user, email_enabled=True, sms_enabled=bool(user.phone), inapp_enabled=True, muted_kinds=[])

    def wants(self, channel: str, kind: str) -> bool:
        if channel == Channel.INAPP:
            return self.inapp_enabled
        if kind in (self.muted_kinds or []):
            return False
        return self.email_enabled if channel == Channel.EMAIL else self.sms_enabled
