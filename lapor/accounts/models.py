import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """Everyone who signs in: citizens (pelapor) and officials (through their memberships)."""

    # Citizens sign in with e-mail or phone; both are optional but unique when given.
    email = models.EmailField(_("alamat email"), blank=True, null=True, unique=True)
    phone = models.CharField(_("nomor telepon"), max_length=20, blank=True, null=True, unique=True)
    full_name = models.CharField(_("nama lengkap"), max_length=150, blank=True)
    email_verified = models.BooleanField(_("email terverifikasi"), default=False)
    language = models.CharField(_("bahasa"), max_length=8, choices=settings.LANGUAGES, default="id")

    objects = UserManager()

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

    def save(self, *args, **kwargs):
        # Store "no value" as NULL so the unique constraints allow many users without one.
        self.email = self.email.strip().lower() if self.email else None
        self.phone = self.phone or None
        super().save(*args, **kwargs)


class Membership(models.Model):
    """A role held by an official in one agency; it reaches that agency's whole subtree."""

    class Role(models.TextChoices):
        ADMIN_NASIONAL = "admin_nasional", _("Admin Nasional")
        ADMIN_INSTANSI = "admin_instansi", _("Admin Instansi")
        PETUGAS = "petugas", _("Pejabat Penghubung / Operator Unit")
        PIMPINAN = "pimpinan", _("Pimpinan")
        PENGAWAS = "pengawas", _("Pengawas")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("peran"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "agency", "role"], name="membership_unique_role"),
            models.CheckConstraint(
                condition=Q(role__in=["admin_nasional", "admin_instansi", "petugas", "pimpinan", "pengawas"]),
                name="membership_role_valid",
            ),
        ]
        verbose_name = _("keanggotaan instansi")
        verbose_name_plural = _("keanggotaan instansi")

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.agency}"

    @property
    def is_nationwide(self) -> bool:
        """National admins, and oversight bodies at the top of the tree, see the whole country."""
        if self.role == self.Role.ADMIN_NASIONAL:
            return True
        return self.role == self.Role.PENGAWAS and self.agency.parent_id is None


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the JSON API; only its hash is stored."""

    PREFIX = "lpr_"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("token API")
        verbose_name_plural = _("token API")
