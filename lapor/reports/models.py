from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class Category(models.Model):
    """The SP4N-LAPOR! category tree (kategori), two levels deep."""

    code = models.SlugField(_("kode"), max_length=160, unique=True)
    name = models.CharField(_("nama"), max_length=200)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="children")
    # Pengaduan "berkadar pengawasan" take 60 working days to complete instead of 14.
    supervisory = models.BooleanField(_("berkadar pengawasan"), default=False)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("kategori")
        verbose_name_plural = _("kategori")

    def __str__(self):
        return self.name


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Belum terverifikasi")
    ON_HOLD = "on_hold", _("Ditunda")
    ARCHIVED = "archived", _("Diarsipkan")
    DISPOSED = "disposed", _("Terdisposisi")
    FOLLOWED_UP = "followed_up", _("Ditindaklanjuti")
    REPORTER_REPLIED = "reporter_replied", _("Ditanggapi oleh pelapor")
    CLOSED = "closed", _("Selesai")


OPEN_STATUSES = [Status.SUBMITTED, Status.ON_HOLD, Status.DISPOSED, Status.FOLLOWED_UP, Status.REPORTER_REPLIED]


class Kind(models.TextChoices):
    PENGADUAN = "pengaduan", _("Pengaduan")
    ASPIRASI = "aspirasi", _("Aspirasi")
    PERMINTAAN_INFORMASI = "permintaan_informasi", _("Permintaan informasi")


class Channel(models.TextChoices):
    WEB = "web", _("Website")
    API = "api", _("API")
    MOBILE = "mobile", _("Aplikasi seluler")
    SMS = "sms", _("SMS 1708")
    EMAIL = "email", _("Email")
    SOCIAL = "social", _("Media sosial")
    LETTER = "letter", _("Surat")
    WALK_IN = "walk_in", _("Datang langsung")
    PHONE = "phone", _("Telepon")
    INTEGRATION = "integration", _("Aplikasi terhubung")


class ArchiveReason(models.TextChoices):
    SPAM = "spam", _("Spam atau iklan")
    DUPLICATE = "duplicate", _("Duplikat laporan lain")
    UNCLEAR = "unclear", _("Tidak jelas atau tidak lengkap")
    NOT_PUBLIC_SERVICE = "not_public_service", _("Bukan masalah pelayanan publik")
    OTHER = "other", _("Lainnya")


class ClosedBy(models.TextChoices):
    ADMIN = "admin", _("Ditutup oleh admin")
    SYSTEM = "system", _("Ditutup oleh sistem")


class Report(models.Model):
    """A pengaduan, aspirasi or permintaan informasi, wherever it is in its lifecycle.

    `status`, `agency` and the deadlines change only through `reports.workflow.transition`.
    """

    tracking_id = models.CharField(_("nomor pelacakan"), max_length=16, unique=True)
    kind = models.CharField(_("klasifikasi"), max_length=24, choices=Kind.choices)
    title = models.CharField(_("judul laporan"), max_length=200)
    body = models.TextField(_("isi laporan"))
    incident_date = models.DateField(_("tanggal kejadian"), null=True, blank=True)
    region = models.ForeignKey(
        "regions.Region", on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("wilayah")
    )
    location_text = models.CharField(_("lokasi kejadian"), max_length=255, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("kategori"))
    channel = models.CharField(_("kanal"), max_length=16, choices=Channel.choices, default=Channel.WEB)

    anonymous = models.BooleanField(_("anonim"), default=False)
    confidential = models.BooleanField(_("rahasia"), default=False)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="reports"
    )
    # A reporter without an account is reached through this contact and follows up with a secret token.
    contact = models.CharField(_("kontak pelapor"), max_length=200, blank=True)
    reporter_token_hash = models.CharField(max_length=64, blank=True, db_index=True)

    chosen_agency = models.ForeignKey(
        "agencies.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("instansi tujuan pilihan pelapor"),
    )
    # The agency holding the report now; NULL while it waits in the national verification queue.
    agency = models.ForeignKey(
        "agencies.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("instansi"),
    )
    # Copy of agency.path so that "reports in my subtree" needs no join.
    agency_path = models.CharField(max_length=400, blank=True, default="")

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    archive_reason = models.CharField(_("alasan arsip"), max_length=24, choices=ArchiveReason.choices, blank=True)
    # Merged as a duplicate: archived, and following this report's answers (its reporter is told of them).
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplikat dari"),
    )
    closed_by = models.CharField(max_length=8, choices=ClosedBy.choices, blank=True)
    # Compare-and-set guard: every transition bumps it, so two officers cannot both move the report.
    version = models.PositiveIntegerField(default=0)

    due_at = models.DateTimeField(_("batas waktu tahap ini"), null=True, blank=True)
    completion_due_at = models.DateTimeField(_("batas waktu penyelesaian"), null=True, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    rating_score = models.PositiveSmallIntegerField(_("penilaian"), null=True, blank=True)
    rating_comment = models.TextField(_("komentar penilaian"), blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    support_count = models.PositiveIntegerField(_("dukungan"), default=0)

    created_at = models.DateTimeField(_("tanggal laporan"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The title, and the title and body, with personal data masked (`public_copies`): what searches and
    # duplicate suggestions match for readers who may not see the original, so that typing a NIK or a
    # phone number cannot find the report whose page hides it. Written once at filing (title and body
    # never change); a row without it is simply not found by those searches.
    public_title = models.TextField(blank=True, editable=False)
    public_text = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("laporan")
        verbose_name_plural = _("laporan")
        indexes = [
            # The officers' inbox: reports in a subtree, by status, soonest deadline first.
            models.Index(fields=["agency_path", "status", "due_at"], name="report_inbox_idx"),
            # Open reports only, in deadline order: the first inbox page of a big subtree reads 25 index
            # entries instead of sorting thousands. varchar_pattern_ops lets PostgreSQL use the index for
            # the path prefix (LIKE '/pemprov-32/%') whatever the database collation.
            models.Index(
                fields=["agency_path", "due_at", "id", "status"],
                name="report_inbox_open_idx",
                opclasses=["varchar_pattern_ops", "", "", ""],
                condition=Q(status__in=OPEN_STATUSES),
            ),
            models.Index(
                fields=["due_at", "id", "status"], name="report_open_due_idx", condition=Q(status__in=OPEN_STATUSES)
            ),
            # The deadline sweeps' second clock: the completion deadline of open reports.
            models.Index(
                fields=["completion_due_at", "id", "status"],
                name="report_open_completion_idx",
                condition=Q(status__in=OPEN_STATUSES),
            ),
            models.Index(fields=["agency", "status", "due_at"], name="report_agency_status_idx"),
            # The national verification queue and the deadline sweeps.
            models.Index(fields=["status", "due_at"], name="report_status_due_idx"),
            models.Index(fields=["reporter", "-created_at"], name="report_reporter_idx"),
            models.Index(fields=["confidential", "verified_at"], name="report_public_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=[s.value for s in Status]), name="report_status_valid"),
            models.CheckConstraint(condition=Q(kind__in=[k.value for k in Kind]), name="report_kind_valid"),
            models.CheckConstraint(
                condition=Q(rating_score__isnull=True) | Q(rating_score__gte=1, rating_score__lte=5),
                name="report_rating_range",
            ),
        ]

    def __str__(self):
        return f"#{self.tracking_id} {self.title}"

    @property
    def is_public(self) -> bool:
        """Anyone may read it: verified, not rahasia, not archived."""
        return bool(self.verified_at) and not self.confidential and self.status != Status.ARCHIVED

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def public_copies(title: str, body: str) -> dict[str, str]:
    """`public_title` and `public_text` (masked title, a newline, masked body) of a report.

    The masks are written as their Indonesian msgids whatever language the filer used, so the stored
    text does not depend on who filed it (pages mask again, in the reader's language, when they show it).
    """
    from lapor.routing.redaction import mask_personal_data

    with translation.override(None):
        public_title = mask_personal_data(title)
        public_body = mask_personal_data(body)
    return {"public_title": public_title, "public_text": f"{public_title}\n{public_body}"}


class ReportEvent(models.Model):
    """One step of a report's timeline. Written once, never changed: it is the audit trail."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=24)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_role = models.CharField(max_length=20, blank=True)
    actor_agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Where the report went with this step (disposition, return, re-routing).
    agency = models.ForeignKey("agencies.Agency", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    message = models.TextField(blank=True)
    reason = models.CharField(max_length=200, blank=True)
    # Internal notes are visible to officers only.
    is_internal = models.BooleanField(default=False)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["report", "created_at"], name="event_report_idx"),
            # Notification recovery looks for the last days' events whose fan-out never ran.
            models.Index(fields=["created_at"], name="event_created_idx"),
        ]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Report events are immutable.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Report events are immutable.")


def attachment_path(instance: "Attachment", filename: str) -> str:
    return f"attachments/{instance.report.tracking_id}/{instance.sha256[:16]}{instance.extension}"


class Attachment(models.Model):
    """A checked file (image or PDF) with its metadata stripped."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    event = models.ForeignKey(ReportEvent, on_delete=models.SET_NULL, null=True, blank=True, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "application/pdf": ".pdf"}

    @property
    def extension(self) -> str:
        return self.EXTENSIONS.get(self.content_type, "")

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class Support(models.Model):
    """A citizen's "dukung" of a public report; one per person."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "user"], name="support_once")]
