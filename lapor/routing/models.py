"""Routing: authority rules (data), trained models (versioned), and each report's routing decisions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lapor.agencies.models import Agency


class AuthorityRule(models.Model):
    """Which level of government answers one kind of affair, and which of its bodies (UU 23/2014).

    `target` is a national body's agency code for level "pusat"; for the regional levels it is the OPD
    slug below the region's government ("disdik" → "pemda-3273-disdik"), or "" for the government itself.
    """

    code = models.SlugField(_("kode"), max_length=60, unique=True)
    affair = models.CharField(_("urusan"), max_length=200)
    level = models.CharField(_("tingkat pemerintahan"), max_length=16, choices=Agency.Level.choices)
    target = models.CharField(_("instansi/OPD tujuan"), max_length=80, blank=True)
    category = models.ForeignKey(
        "reports.Category", on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("kategori")
    )
    keywords = models.JSONField(_("kata kunci"), default=list, help_text=_("Frasa dalam bentuk baku, huruf kecil."))
    basis = models.CharField(_("dasar hukum"), max_length=300, blank=True)
    is_active = models.BooleanField(_("aktif"), default=True)
    # Set when the national admin saves the rule: `load_reference` then leaves it as they made it,
    # and brings the rules nobody edited up to the shipped data file.
    edited_locally = models.BooleanField(_("diubah admin nasional"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("aturan kewenangan")
        verbose_name_plural = _("aturan kewenangan")

    def __str__(self):
        return f"{self.affair} → {self.get_level_display()}"

    @property
    def label(self) -> str:
        return f"{self.level}|{self.target}"


class RoutingModel(models.Model):
    """One trained version of the text classifier, with what it was trained on and how well it did."""

    version = models.PositiveIntegerField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    is_active = models.BooleanField(default=False)
    examples = models.PositiveIntegerField(_("contoh pelatihan"), default=0)
    from_history = models.PositiveIntegerField(_("dari riwayat laporan"), default=0)
    metrics = models.JSONField(default=dict)
    blob = models.BinaryField()  # the fitted pipeline (joblib), written only by lapor.routing.training

    class Meta:
        ordering = ["-version"]
        verbose_name = _("model penerusan")
        verbose_name_plural = _("model penerusan")

    def __str__(self):
        return f"v{self.version}"


class RoutingDecision(models.Model):
    """What the router concluded for a report at one moment: its suggestions, confidence and reasons."""

    class Outcome(models.TextChoices):
        AUTO = "auto", _("Diteruskan otomatis")
        KEPT = "kept", _("Pilihan pelapor dipertahankan")
        QUEUE = "queue", _("Menunggu verifikasi")

    report = models.ForeignKey("reports.Report", on_delete=models.CASCADE, related_name="routing_decisions")
    created_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    agency = models.ForeignKey(Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    confidence = models.FloatField(default=0)
    suggestions = models.JSONField(default=list)  # [{agency_id, name, level, confidence, reasons: [...]}]
    explanation = models.JSONField(default=dict)  # rule, words, region source, spam verdict, model version
    model_version = models.PositiveIntegerField(null=True, blank=True)
    excluded_agency_ids = models.JSONField(default=list)  # agencies that said "bukan wewenang"

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["report", "-created_at"], name="routing_decision_report_idx")]

    def __str__(self):
        return f"{self.report_id}: {self.outcome} ({self.confidence:.2f})"


class RoutingFeedback(models.Model):
    """A correction by officers: this report did not belong to `wrong_agency` (bukan wewenang)."""

    report = models.ForeignKey("reports.Report", on_delete=models.CASCADE, related_name="+")
    event = models.OneToOneField("reports.ReportEvent", on_delete=models.CASCADE, related_name="+")
    wrong_agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    suggested_agency = models.ForeignKey(Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
