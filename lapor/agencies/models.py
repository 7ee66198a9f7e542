from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def subtree_of(self, agency: "Agency"):
        """The agency and everything below it."""
        return self.filter(path__startswith=agency.path)


class Agency(models.Model):
    """A government body on the SP4N network: ministry, pemda, OPD, BUMN/BUMD or a unit below them.

    The tree is stored as a materialised path of stable codes, so "everything under this agency"
    is one indexed prefix query whatever the depth.
    """

    class Level(models.TextChoices):
        PUSAT = "pusat", _("Pusat")
        PROVINSI = "provinsi", _("Provinsi")
        KABUPATEN_KOTA = "kabupaten/kota", _("Kabupaten/Kota")

    class Kind(models.TextChoices):
        KEMENTERIAN = "kementerian", _("Kementerian")
        LEMBAGA = "lembaga", _("Lembaga")
        PEMDA = "pemda", _("Pemerintah daerah")
        OPD = "opd", _("Perangkat daerah (OPD)")
        BUMN = "bumn", _("BUMN")
        BUMD = "bumd", _("BUMD")
        UNIT = "unit", _("Unit kerja")
        PENGAWAS = "pengawas", _("Lembaga pengawas")

    code = models.CharField(_("kode"), max_length=64, unique=True)
    name = models.CharField(_("nama"), max_length=200)
    short_name = models.CharField(_("singkatan"), max_length=60, blank=True)
    level = models.CharField(_("tingkat pemerintahan"), max_length=16, choices=Level.choices)
    kind = models.CharField(_("jenis"), max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name=_("induk")
    )
    path = models.CharField(max_length=400, unique=True, editable=False)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    region = models.ForeignKey(
        "regions.Region", on_delete=models.PROTECT, null=True, blank=True, related_name="agencies"
    )
    is_active = models.BooleanField(_("aktif"), default=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        verbose_name = _("instansi")
        verbose_name_plural = _("instansi")
        indexes = [
            models.Index(fields=["parent", "name"]),
            models.Index(fields=["kind", "level"]),
        ]

    def __str__(self):
        return self.name

    @staticmethod
    def build_path(code: str, parent: "Agency | None") -> str:
        return f"{parent.path if parent else '/'}{code}/"

    def save(self, *args, **kwargs):
        # The path is derived from the tree; keep it right whoever saves the row.
        self.path = self.build_path(self.code, self.parent)
        self.depth = self.path.count("/") - 2
        super().save(*args, **kwargs)

    def is_within(self, other: "Agency") -> bool:
        """True when this agency is `other` or below it."""
        return self.path.startswith(other.path)

    def ancestors(self) -> list["Agency"]:
        """From the top of the tree down to this agency's parent."""
        codes = self.path.strip("/").split("/")[:-1]
        by_code = {a.code: a for a in Agency.objects.filter(code__in=codes)}
        return [by_code[c] for c in codes if c in by_code]
