from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .phone import normalize_phone
from .services import user_needs_email_verification


class RegisterForm(forms.Form):
    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=150,
        error_messages={"required": _("Nama lengkap wajib diisi.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Alamat email"),
        required=False,
        error_messages={"invalid": _("Alamat email tidak valid.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Nomor telepon"),
        required=False,
        max_length=30,
        help_text=_("Isi email, nomor telepon, atau keduanya."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "placeholder": "0812 3456 7890"}),
    )
    password1 = forms.CharField(
        label=_("Kata sandi"),
        strip=False,
        help_text=_("Minimal 8 karakter, bukan angka saja, dan tidak mudah ditebak."),
        error_messages={"required": _("Kata sandi wajib diisi.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Ulangi kata sandi"),
        strip=False,
        error_messages={"required": _("Ulangi kata sandi Anda.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    language = forms.ChoiceField(label=_("Bahasa"), choices=settings.LANGUAGES, initial="id")

    def clean_phone(self):
        raw = self.cleaned_data["phone"].strip()
        if raw and normalize_phone(raw) is None:
            raise ValidationError(_("Nomor telepon tidak valid. Contoh: 0812 3456 7890."))
        return raw

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and not self.has_error("email"):
            self.add_error("email", _("Isi alamat email atau nomor telepon (salah satu wajib)."))
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("Kedua kata sandi tidak sama."))
        return cleaned


# Where the register service's error keys land on the form.
REGISTER_ERROR_FIELDS = {"password": "password1"}


class LoginForm(AuthenticationForm):
    """Sign in with e-mail, phone or username. Goes through authenticate(request), so django-axes counts."""

    username = forms.CharField(
        label=_("Email, nomor telepon, atau nama pengguna"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    password = forms.CharField(
        label=_("Kata sandi"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    error_messages = {
        "invalid_login": _("Email/nomor telepon atau kata sandi salah. Perhatikan huruf besar dan kecil."),
        "inactive": _("Akun ini tidak aktif."),
        "email_unverified": _(
            "Alamat email Anda belum diverifikasi. Buka tautan verifikasi yang kami kirim ke email Anda."
        ),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if user_needs_email_verification(user):
            raise ValidationError(self.error_messages["email_unverified"], code="email_unverified")


class ResendVerificationForm(forms.Form):
    email = forms.EmailField(
        label=_("Alamat email"),
        error_messages={"required": _("Alamat email wajib diisi."), "invalid": _("Alamat email tidak valid.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
