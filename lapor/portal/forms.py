"""Citizen-facing forms. They parse and check types; the report services own the rules."""

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lapor.regions.models import Region
from lapor.regions.selectors import KAB_KOTA_LEVELS
from lapor.reports.models import Channel, Kind
from lapor.reports.services import ReportInput

from . import selectors

ACCEPT = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf"
KECAMATAN_LEVELS = [Region.Level.KECAMATAN]


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files under one name; cleans to a (possibly empty) list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT, "multiple": True}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


def attachment_help() -> str:
    limit_mb = settings.ATTACHMENT_MAX_BYTES / (1024 * 1024)
    return _(
        "Foto (JPG, PNG, WEBP) atau dokumen PDF, paling besar %(limit)s MB per berkas, paling banyak %(count)s "
        "berkas. Data lokasi (EXIF) pada foto dihapus otomatis."
    ) % {"limit": f"{limit_mb:g}", "count": settings.ATTACHMENT_MAX_COUNT}


def _placeholder(text):
    return [("", text)]


class ReportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Klasifikasi laporan"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
        initial=Kind.PENGADUAN,
        error_messages={
            "required": _("Pilih klasifikasi: pengaduan, aspirasi, atau permintaan informasi."),
            "invalid_choice": _("Pilih klasifikasi: pengaduan, aspirasi, atau permintaan informasi."),
        },
    )
    title = forms.CharField(
        label=_("Judul laporan"),
        min_length=5,
        max_length=200,
        error_messages={
            "required": _("Judul laporan wajib diisi."),
            "min_length": _("Judul laporan minimal 5 karakter."),
            "max_length": _("Judul laporan paling panjang 200 karakter."),
        },
        widget=forms.TextInput(attrs={"placeholder": _("Contoh: Jalan berlubang di depan Pasar Induk")}),
    )
    body = forms.CharField(
        label=_("Isi laporan"),
        min_length=20,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_("Ceritakan apa yang terjadi, di mana, kapan, dan siapa yang terlibat. Minimal 20 karakter."),
        error_messages={
            "required": _("Isi laporan wajib diisi."),
            "min_length": _("Isi laporan minimal 20 karakter: ceritakan apa, di mana, dan kapan."),
            "max_length": _("Isi laporan paling panjang 10.000 karakter."),
        },
    )
    incident_date = forms.DateField(
        label=_("Tanggal kejadian"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"],
        error_messages={"invalid": _("Tanggal kejadian tidak valid.")},
    )
    provinsi = forms.ChoiceField(
        label=_("Provinsi"),
        required=False,
        error_messages={"invalid_choice": _("Pilih provinsi dari daftar.")},
    )
    kabkota = forms.ChoiceField(
        label=_("Kabupaten/Kota"),
        required=False,
        error_messages={"invalid_choice": _("Pilih kabupaten/kota di provinsi yang dipilih.")},
    )
    kecamatan = forms.ChoiceField(
        label=_("Kecamatan (opsional)"),
        required=False,
        error_messages={"invalid_choice": _("Pilih kecamatan di kabupaten/kota yang dipilih.")},
    )
    location = forms.CharField(
        label=_("Lokasi kejadian"),
        required=False,
        max_length=255,
        help_text=_("Nama jalan, gedung, atau patokan terdekat."),
        error_messages={"max_length": _("Lokasi kejadian paling panjang 255 karakter.")},
    )
    latitude = forms.DecimalField(
        label=_("Lintang"),
        required=False,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
        error_messages={"invalid": _("Koordinat tidak valid.")},
    )
    longitude = forms.DecimalField(
        label=_("Bujur"),
        required=False,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
        error_messages={"invalid": _("Koordinat tidak valid.")},
    )
    agency_search = forms.CharField(
        label=_("Instansi tujuan (opsional)"),
        required=False,
        max_length=200,
        help_text=_(
            "Ketik nama instansi lalu pilih dari daftar. Kosongkan bila tidak tahu: admin akan meneruskan "
            "laporan ke instansi yang berwenang."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "type": "search"}),
    )
    agency_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    category = forms.TypedChoiceField(
        label=_("Kategori"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Kategori tidak dikenal.")},
    )
    attachments = MultipleFileField(label=_("Lampiran"))
    anonymous = forms.BooleanField(
        label=_("Anonim"),
        required=False,
        help_text=_(
            "Nama Anda disembunyikan dari instansi yang menangani dan dari publik. Hanya admin nasional yang "
            "dapat melihatnya, untuk verifikasi."
        ),
    )
    confidential = forms.BooleanField(
        label=_("Rahasia"),
        required=False,
        help_text=_(
            "Laporan tidak ditampilkan di halaman publik. Hanya Anda dan petugas yang berwenang yang dapat membacanya."
        ),
    )
    contact = forms.CharField(
        label=_("Kontak (email/telepon, opsional)"),
        required=False,
        max_length=200,
        help_text=_("Agar petugas dapat menghubungi Anda bila perlu. Tidak ditampilkan kepada publik."),
        error_messages={"max_length": _("Kontak paling panjang 200 karakter.")},
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            del self.fields["contact"]
        self.fields["attachments"].help_text = attachment_help()
        self.fields["incident_date"].widget.attrs["max"] = timezone.localdate().isoformat()
        self.fields["category"].choices = _placeholder(_("— Pilih kategori —")) + selectors.category_choices()
        self.fields["provinsi"].choices = _placeholder(_("— Pilih provinsi —")) + [
            (r.code, r.name) for r in selectors.provinces()
        ]
        # The dependent selects list the children of what was chosen, so a re-rendered form keeps them.
        province = self._raw("provinsi")
        kabkota = self._raw("kabkota")
        self.fields["kabkota"].choices = _placeholder(_("— Pilih kabupaten/kota —")) + [
            (r.code, r.name) for r in selectors.region_children(province, KAB_KOTA_LEVELS)
        ]
        self.fields["kecamatan"].choices = _placeholder(_("— Pilih kecamatan —")) + [
            (r.code, r.name) for r in selectors.region_children(kabkota, KECAMATAN_LEVELS)
        ]
        # htmx reloads the dependent <option>s; without JavaScript the province alone is still accepted.
        regions_url = reverse("portal:regions")
        self.fields["provinsi"].widget.attrs.update(
            {"hx-get": regions_url, "hx-target": "#id_kabkota", "hx-trigger": "change", "hx-swap": "innerHTML"}
        )
        self.fields["kabkota"].widget.attrs.update(
            {"hx-get": regions_url, "hx-target": "#id_kecamatan", "hx-trigger": "change", "hx-swap": "innerHTML"}
        )
        self.chosen_agency = selectors.agency_by_id(self._raw("agency_id")) if self._raw("agency_id") else None

    def _raw(self, name: str) -> str:
        value = self.data.get(self.add_prefix(name)) if self.is_bound else self.initial.get(name)
        value = str(value or "").strip()
        if name == "agency_id" and not value.isdigit():
            return ""
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("agency_search") and not cleaned.get("agency_id"):
            self.add_error("agency_search", _("Pilih instansi dari daftar saran, atau kosongkan isian ini."))
        if cleaned.get("agency_id") and self.chosen_agency is None:
            self.add_error("agency_search", _("Instansi tujuan tidak ditemukan."))
        if cleaned.get("kecamatan") and not cleaned.get("kabkota"):
            self.add_error("kabkota", _("Pilih kabupaten/kota terlebih dahulu."))
        if cleaned.get("kabkota") and not cleaned.get("provinsi"):
            self.add_error("provinsi", _("Pilih provinsi terlebih dahulu."))
        return cleaned

    def to_input(self) -> ReportInput:
        d = self.cleaned_data
        return ReportInput(
            kind=d["kind"],
            title=d["title"],
            body=d["body"],
            anonymous=d["anonymous"],
            confidential=d["confidential"],
            region_code=d.get("kecamatan") or d.get("kabkota") or d.get("provinsi") or "",
            agency_id=d.get("agency_id"),
            category=d.get("category"),
            incident_date=d.get("incident_date"),
            location=d.get("location", ""),
            lat=d.get("latitude"),
            lon=d.get("longitude"),
            contact=d.get("contact", ""),
            channel=Channel.WEB,
            attachments=d.get("attachments") or [],
        )


# Where a service's error keys land on the form.
REPORT_ERROR_FIELDS = {
    "region_code": "provinsi",
    "agency_id": "agency_search",
    "lat": "latitude",
    "lon": "longitude",
}


class TrackForm(forms.Form):
    tracking_id = forms.CharField(
        label=_("Nomor pelacakan"),
        max_length=20,
        error_messages={"required": _("Nomor pelacakan wajib diisi.")},
        widget=forms.TextInput(
            attrs={"placeholder": _("Contoh: 7KQ2M9XA"), "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    token = forms.CharField(
        label=_("Token tindak lanjut (opsional)"),
        required=False,
        max_length=400,
        help_text=_("Bagi pelapor tanpa akun: token dari halaman terima kasih, atau tempel seluruh tautannya."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_tracking_id(self):
        return self.cleaned_data["tracking_id"].strip().upper().lstrip("#")

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        # Accept the whole follow-up link as well as the bare token.
        if "token=" in token:
            token = token.split("token=", 1)[1].split("&", 1)[0].split("#", 1)[0]
        return token


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=_("Tanggapan Anda"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Isi pesan wajib diisi.")},
    )
    attachments = MultipleFileField(label=_("Lampiran (opsional)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = attachment_help()


class RateForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Penilaian"),
        coerce=int,
        choices=[(i, str(i)) for i in range(1, 6)],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Penilaian harus berupa angka 1 sampai 5."),
            "invalid_choice": _("Penilaian harus berupa angka 1 sampai 5."),
        },
    )
    comment = forms.CharField(
        label=_("Komentar (opsional)"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Cari laporan"), required=False, max_length=100)
    sebelum = forms.CharField(required=False, max_length=200)
