"""Forms of the officers' workspace.

They parse and shape input only. Whether an action is allowed, and which fields it requires, is
decided by `reports.workflow.transition`; its ValidationError is shown on these forms' fields.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from lapor.accounts.officer_services import CREATABLE_ROLES
from lapor.agencies.models import Agency
from lapor.regions.models import Region
from lapor.reports.models import ArchiveReason, Category, Status
from lapor.reports.selectors import InboxFilters
from lapor.reports.workflow import TransitionInput

# --- Inbox filters --------------------------------------------------------------------------------

SORTS = {"tenggat": "deadline", "terbaru": "-created"}


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Semua yang berjalan")), *Status.choices]
    )
    category = forms.ModelChoiceField(
        label=_("Kategori"),
        required=False,
        queryset=Category.objects.filter(parent__isnull=True, is_active=True).order_by("name"),
        empty_label=_("Semua kategori"),
    )
    region = forms.ChoiceField(label=_("Provinsi"), required=False)
    overdue = forms.BooleanField(label=_("Hanya yang terlambat"), required=False)
    q = forms.CharField(
        label=_("Cari judul atau nomor"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Judul atau nomor pelacakan")}),
    )
    sort = forms.ChoiceField(
        label=_("Urutkan"),
        required=False,
        choices=[("tenggat", _("Tenggat terdekat")), ("terbaru", _("Terbaru"))],
    )

    field_order = ["q", "status", "category", "region", "sort", "overdue"]

    def __init__(self, *args, with_status: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        provinces = Region.objects.filter(level=Region.Level.PROVINSI).order_by("name").values_list("code", "name")
        self.fields["region"].choices = [("", _("Semua provinsi")), *provinces]
        if not with_status:
            del self.fields["status"]
        if self.is_bound and self.data.get("status") in (Status.CLOSED, Status.ARCHIVED):
            # Finished reports have no deadline and are listed newest first (InboxFilters); the select
            # says so instead of showing "deadline" for a list that is not in deadline order.
            self.data = self.data.copy()
            self.data["sort"] = "terbaru"

    def filters(self) -> InboxFilters:
        """The valid part of the input as selector filters; an invalid field is simply not applied."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        category = data.get("category")
        return InboxFilters(
            status=data.get("status") or "",
            category_id=category.pk if category else None,
            region_code=data.get("region") or "",
            overdue=bool(data.get("overdue")),
            text=(data.get("q") or "").strip(),
            sort=SORTS.get(data.get("sort") or "tenggat", "deadline"),
        )


class QueueFilterForm(InboxFilterForm):
    """The verification queue: the inbox filters without status, plus the national queue switch."""

    national = forms.BooleanField(label=_("Hanya antrean nasional (belum ada instansi)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, with_status=False, **kwargs)


def agency_select_choices(agencies) -> list[tuple]:
    """Options for an agency <select>, indented by depth below the shallowest one listed."""
    base = min((a.depth for a in agencies), default=0)
    return [("", _("— pilih dari daftar —"))] + [(a.pk, "\u2003" * (a.depth - base) + a.name) for a in agencies]


# --- Action forms ---------------------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


def _textarea(rows=4, required=False):
    attrs = {"rows": rows}
    if required:
        # A hint for the browser; the workflow is what enforces it.
        attrs["required"] = True
    return forms.Textarea(attrs=attrs)


class ActionForm(forms.Form):
    """Common to every action: the report version seen when the page was rendered."""

    action = ""
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, agency_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        if "agency_select" in self.fields:
            self.fields["agency_select"].choices = agency_select_choices(agency_choices)

    def transition_input(self) -> TransitionInput:
        data = self.cleaned_data
        agency_id = data.get("agency_id") or data.get("agency_select") or None
        return TransitionInput(
            agency_id=int(agency_id) if agency_id else None,
            message=data.get("message") or "",
            reason=data.get("reason") or "",
            days=data.get("days"),
        )

    def attachments(self) -> list:
        return self.cleaned_data.get("attachments") or []


class AgencyPickMixin(forms.Form):
    # Filled by the htmx search box; the select below is the fallback without JavaScript.
    agency_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    agency_select = forms.TypedChoiceField(label=_("atau pilih dari daftar"), required=False, coerce=int)


class VerifyForm(ActionForm, AgencyPickMixin):
    action = "verify"
    message = forms.CharField(
        label=_("Pesan (terlihat oleh pelapor)"), required=False, max_length=5000, widget=_textarea(3)
    )


class DisposeForm(ActionForm, AgencyPickMixin):
    action = "dispose"
    message = forms.CharField(
        label=_("Arahan disposisi (terlihat oleh pelapor)"), required=False, max_length=5000, widget=_textarea(3)
    )


class NotAuthorityForm(ActionForm, AgencyPickMixin):
    action = "not_authority"
    reason = forms.CharField(
        label=_("Alasan bukan wewenang"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"required": True}),
    )
    message = forms.CharField(label=_("Penjelasan tambahan"), required=False, max_length=5000, widget=_textarea(3))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency_select"].label = _("Instansi yang disarankan (opsional)")


class HoldForm(ActionForm):
    action = "hold"
    message = forms.CharField(
        label=_("Pesan untuk pelapor: apa yang perlu dilengkapi"),
        required=False,
        max_length=5000,
        widget=_textarea(3, required=True),
    )


class ResumeForm(ActionForm):
    action = "resume"
    message = forms.CharField(label=_("Catatan (opsional)"), required=False, max_length=5000, widget=_textarea(2))


class ArchiveForm(ActionForm):
    action = "archive"
    reason = forms.ChoiceField(label=_("Alasan arsip"), choices=[("", "—"), *ArchiveReason.choices], required=False)
    message = forms.CharField(label=_("Pesan untuk pelapor"), required=False, max_length=5000, widget=_textarea(3))


class MergeForm(ActionForm):
    action = "merge"
    duplicate_of = forms.CharField(
        label=_("Nomor laporan utama"),
        max_length=20,
        help_text=_("Laporan ini diarsipkan sebagai duplikat dan pelapornya mengikuti tindak lanjut laporan utama."),
    )
    message = forms.CharField(label=_("Pesan untuk pelapor"), required=False, max_length=5000, widget=_textarea(2))

    def transition_input(self) -> TransitionInput:
        data = super().transition_input()
        data.duplicate_of = self.cleaned_data["duplicate_of"]
        return data


class RespondForm(ActionForm):
    action = "respond"
    message = forms.CharField(
        label=_("Tindak lanjut (jawaban untuk pelapor)"),
        required=False,
        max_length=10000,
        widget=_textarea(5, required=True),
    )
    attachments = MultipleFileField(
        label=_("Lampiran"), required=False, help_text=_("Gambar JPG, PNG, WEBP atau PDF; boleh lebih dari satu.")
    )


class NoteForm(ActionForm):
    action = "note"
    message = forms.CharField(
        label=_("Catatan internal (hanya untuk petugas)"),
        required=False,
        max_length=5000,
        widget=_textarea(3, required=True),
    )


class CloseForm(ActionForm):
    action = "close"
    message = forms.CharField(label=_("Pesan penutup (opsional)"), required=False, max_length=5000, widget=_textarea(2))


class RequestExtensionForm(ActionForm):
    action = "request_extension"
    days = forms.IntegerField(label=_("Tambahan hari kerja"), min_value=1, max_value=365, required=False)
    reason = forms.CharField(
        label=_("Alasan (terlihat oleh pelapor bila disetujui)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"required": True}),
    )


class GrantExtensionForm(ActionForm):
    action = "grant_extension"
    days = forms.IntegerField(
        label=_("Hari kerja yang disetujui"),
        min_value=1,
        max_value=365,
        required=False,
        help_text=_("Kosongkan untuk menyetujui seluruh permintaan."),
    )


class RefuseExtensionForm(ActionForm):
    action = "refuse_extension"
    reason = forms.CharField(
        label=_("Alasan penolakan"), required=False, max_length=200, widget=forms.TextInput(attrs={"required": True})
    )


ACTION_FORMS: dict[str, type[ActionForm]] = {
    form.action: form
    for form in (
        VerifyForm,
        DisposeForm,
        NotAuthorityForm,
        HoldForm,
        ResumeForm,
        ArchiveForm,
        MergeForm,
        RespondForm,
        NoteForm,
        CloseForm,
        RequestExtensionForm,
        GrantExtensionForm,
        RefuseExtensionForm,
    )
}

ACTION_TITLES = {
    "verify": _("Verifikasi dan teruskan"),
    "dispose": _("Disposisi ke unit di bawah"),
    "not_authority": _("Bukan wewenang"),
    "hold": _("Tunda (minta kelengkapan)"),
    "resume": _("Lanjutkan verifikasi"),
    "archive": _("Arsipkan"),
    "merge": _("Gabungkan sebagai duplikat"),
    "respond": _("Tindak lanjut"),
    "note": _("Catatan internal"),
    "close": _("Tutup laporan"),
    "request_extension": _("Minta perpanjangan waktu"),
    "grant_extension": _("Setujui perpanjangan waktu"),
    "refuse_extension": _("Tolak perpanjangan waktu"),
}


# --- Officer management ---------------------------------------------------------------------------


class OfficialForm(forms.Form):
    username = forms.CharField(label=_("Nama pengguna"), max_length=150)
    full_name = forms.CharField(label=_("Nama lengkap"), max_length=150)
    email = forms.EmailField(
        label=_("Alamat email"), help_text=_("Tautan untuk mengatur kata sandi dikirim ke alamat ini.")
    )
    role = forms.ChoiceField(label=_("Peran"), choices=[(r.value, r.label) for r in CREATABLE_ROLES])
    agency_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    agency_select = forms.TypedChoiceField(label=_("Instansi"), required=False, coerce=int)

    def __init__(self, *args, agency_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency_select"].choices = agency_select_choices(agency_choices)

    def clean(self):
        data = super().clean()
        agency_id = data.get("agency_id") or data.get("agency_select")
        data["agency"] = Agency.objects.filter(pk=agency_id).first() if agency_id else None
        if data["agency"] is None and "agency_select" not in self.errors:
            self.add_error("agency_select", _("Pilih instansi."))
        return data
