"""Time limits as data: the SLA policies per stage and classification, and the holiday calendar's corrections."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    VERIFICATION = "verification", _("Verifikasi dan penerusan")
    FIRST_RESPONSE = "first_response", _("Tindak lanjut pertama")
    COMPLETION = "completion", _("Penyelesaian")
    REPLY_WINDOW = "reply_window", _("Batas tanggapan pelapor")


class Classification(models.TextChoices):
    ANY = "any", _("Semua klasifikasi")
    PERMINTAAN_INFORMASI = "permintaan_informasi", _("Permintaan informasi")
    PENGADUAN = "pengaduan", _("Pengaduan tidak berkadar pengawasan")
    PENGADUAN_BERKADAR_PENGAWASAN = "pengaduan_berkadar_pengawasan", _("Pengaduan berkadar pengawasan")
    ASPIRASI = "aspirasi", _("Aspirasi")


class Unit(models.TextChoices):
    WORKING = "working", _("hari kerja")
    CALENDAR = "calendar", _("hari kalender")


class SlaPolicy(models.Model):
    """One version of a time limit: `days` for `stage` of reports of `classification`.

    A policy line is (stage, classification, agency); each edit adds a row with the next `version`
    and a `valid_from`, and rows are never updated, so the limit in force at any past instant can be
    told and a report keeps the deadline computed when its stage started. National lines have no
    agency; an agency's line applies to its whole subtree and may only be stricter than the national
    one. `is_active=False` withdraws an agency's line from `valid_from` on.
    """

    stage = models.CharField(_("tahap"), max_length=20, choices=Stage.choices)
    classification = models.CharField(
        _("klasifikasi"), max_length=32, choices=Classification.choices, default=Classification.ANY
    )
    days = models.PositiveSmallIntegerField(_("jumlah hari"))
    unit = models.CharField(_("satuan"), max_length=10, choices=Unit.choices, default=Unit.WORKING)
    agency = models.ForeignKey(
        "agencies.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("instansi"),
        help_text=_("Kosong untuk kebijakan nasional; berlaku juga untuk unit di bawah instansi ini."),
    )
    version = models.PositiveIntegerField(_("versi"), editable=False)
    valid_from = models.DateTimeField(_("berlaku sejak"))
    is_active = models.BooleanField(_("berlaku"), default=True)
    note = models.CharField(_("dasar atau catatan perubahan"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["stage", "classification", "agency_id", "-version"]
        verbose_name = _("kebijakan batas waktu")
        verbose_name_plural = _("kebijakan batas waktu")
        indexes = [models.Index(fields=["stage", "classification", "valid_from"], name="slapolicy_lookup_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["stage", "classification", "version"],
                condition=Q(agency__isnull=True),
                name="slapolicy_national_version_unique",
            ),
            models.UniqueConstraint(
                fields=["stage", "classification", "agency", "version"],
                condition=Q(agency__isnull=False),
                name="slapolicy_agency_version_unique",
            ),
            models.CheckConstraint(condition=Q(days__gte=1, days__lte=365), name="slapolicy_days_range"),
            models.CheckConstraint(condition=Q(stage__in=[s.value for s in Stage]), name="slapolicy_stage_valid"),
            models.CheckConstraint(
                condition=Q(classification__in=[c.value for c in Classification]),
                name="slapolicy_classification_valid",
            ),
            models.CheckConstraint(condition=Q(unit__in=[u.value for u in Unit]), name="slapolicy_unit_valid"),
        ]

    def __str__(self):
        scope = self.agency.name if self.agency_id else _("nasional")
        return f"{self.get_stage_display()} · {self.get_classification_display()} · {scope} · v{self.version}"

    @property
    def line(self) -> tuple[str, str, int | None]:
        return (self.stage, self.classification, self.agency_id)


class CalendarOverride(models.Model):
    """A correction of the holiday library: a day off added (regional holiday, new cuti bersama) or removed.

    Without a region it applies nationwide; with one it applies to that region and everything in it
    (a province's override reaches its kabupaten/kota and kecamatan). The most specific entry for a
    day wins; weekends stay weekends.
    """

    class Kind(models.TextChoices):
        ADD = "add", _("Tambah hari libur")
        REMOVE = "remove", _("Batalkan hari libur")

    date = models.DateField(_("tanggal"))
    kind = models.CharField(_("jenis"), max_length=6, choices=Kind.choices)
    name = models.CharField(_("keterangan"), max_length=200)
    region = models.ForeignKey(
        "regions.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wilayah"),
        help_text=_("Kosong untuk seluruh Indonesia."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["date"]
        verbose_name = _("koreksi kalender hari libur")
        verbose_name_plural = _("koreksi kalender hari libur")
        indexes = [models.Index(fields=["date"], name="calendaroverride_date_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["date"], condition=Q(region__isnull=True), name="calendaroverride_national_unique"
            ),
            models.UniqueConstraint(
                fields=["date", "region"], condition=Q(region__isnull=False), name="calendaroverride_region_unique"
            ),
            models.CheckConstraint(condition=Q(kind__in=["add", "remove"]), name="calendaroverride_kind_valid"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}: {self.name}"


class EscalationRule(models.Model):
    """When each escalation level fires: `delay_days` working days after a missed deadline.

    Level 1 tells the holding agency's admins, level 2 the admins of the agency above it, level 3
    the national admins and oversight (pengawas). National data, edited by the national admin; the
    data migration seeds 0 / 2 / 5 HK. Unlike SLA policies these are not versioned: an escalation
    moves nobody's legal deadline, it only decides when more people are told that one was missed.
    """

    class Level(models.IntegerChoices):
        AGENCY = 1, _("Admin instansi pemegang laporan")
        PARENT = 2, _("Admin instansi induk")
        NATIONAL = 3, _("Admin nasional dan pengawas")

    level = models.PositiveSmallIntegerField(_("tingkat"), choices=Level.choices, unique=True)
    delay_days = models.PositiveSmallIntegerField(
        _("hari kerja setelah batas waktu"),
        help_text=_("0 berarti segera setelah batas waktu terlewati."),
    )
    is_active = models.BooleanField(_("berlaku"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["level"]
        verbose_name = _("aturan eskalasi")
        verbose_name_plural = _("aturan eskalasi")
        constraints = [
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=3), name="escalationrule_level_range"),
            models.CheckConstraint(condition=Q(delay_days__lte=60), name="escalationrule_delay_range"),
        ]

    def __str__(self):
        return f"{self.get_level_display()}: +{self.delay_days} HK"


class Escalation(models.Model):
    """One reminder (level 0) or escalation level reached for one deadline of one report.

    The unique row (report, deadline_at, level) is the claim: a sweep inserts it before writing the
    timeline event and the notifications, in the same transaction, so two sweeps (or a sweep run
    again after a crash) can never remind or escalate twice; the insert returns only the rows this
    sweep won (the others were already there or won by a concurrent sweep).
    """

    REMINDER = 0

    report = models.ForeignKey("reports.Report", on_delete=models.CASCADE, related_name="escalations")
    deadline_at = models.DateTimeField()
    level = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField()
    # The timeline event of an escalation level (reminders have none).
    event = models.ForeignKey("reports.ReportEvent", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # Set once the notifications of this row are written. The row is their outbox: a sweep claims and
    # commits in bulk, a task notifies, and recovery picks up rows whose task a dead worker lost.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # By the column: ordering by "report" would join every report to sort by its own default order.
        ordering = ["report_id", "deadline_at", "level"]
        verbose_name = _("eskalasi")
        verbose_name_plural = _("eskalasi")
        constraints = [
            models.UniqueConstraint(fields=["report", "deadline_at", "level"], name="escalation_once"),
            models.CheckConstraint(condition=Q(level__gte=0, level__lte=3), name="escalation_level_range"),
        ]
        indexes = [
            # Only the rows still waiting for their notifications: small, whatever the history.
            models.Index(
                fields=["created_at"], name="escalation_unnotified_idx", condition=Q(notified_at__isnull=True)
            ),
        ]

    def __str__(self):
        return f"{self.report_id} · {self.deadline_at:%Y-%m-%d} · {self.level}"
