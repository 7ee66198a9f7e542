from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """An administrative region with its Kemendagri code (e.g. 21, 21.71, 21.71.01)."""

    class Level(models.TextChoices):
        PROVINSI = "provinsi", _("Provinsi")
        KABUPATEN = "kabupaten", _("Kabupaten")
        KOTA = "kota", _("Kota")
        KECAMATAN = "kecamatan", _("Kecamatan")

    class TimeZone(models.TextChoices):
        WIB = "Asia/Jakarta", "WIB"
        WITA = "Asia/Makassar", "WITA"
        WIT = "Asia/Jayapura", "WIT"

    code = models.CharField(_("kode"), max_length=13, unique=True)
    name = models.CharField(_("nama"), max_length=120)
    level = models.CharField(_("tingkat"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="children")
    timezone = models.CharField(_("zona waktu"), max_length=20, choices=TimeZone.choices, default=TimeZone.WIB)

    class Meta:
        ordering = ["code"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        indexes = [models.Index(fields=["level", "name"])]

    def __str__(self):
        return self.name

    @property
    def full_name(self) -> str:
        parts, region = [], self
        while region is not None:
            parts.append(region.name)
            region = region.parent
        return ", ".join(parts)
