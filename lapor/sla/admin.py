"""The national admin edits time limits and holiday corrections in the Django admin.

Policies are never changed in place: a saved form is the next version of its line (stage,
classification, agency), through `services.policy_revise`; a version already saved is read-only and
offers a link that opens the form pre-filled for the next one.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import construct_instance
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from lapor.agencies.models import Agency
from lapor.regions.models import Region

from . import services
from .models import CalendarOverride, EscalationRule, SlaPolicy


# Agencies and regions are named by their codes, which the national admin knows from the agency tree and
# Kemendagri's list, not by database ids; there are too many for a select.
def agency_code_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=Agency.objects.all(),
        to_field_name="code",
        required=False,
        label=_("instansi"),
        widget=forms.TextInput(attrs={"placeholder": "pemda-3273"}),
        help_text=_(
            "Kode instansi (misalnya “pemda-3273” untuk Pemerintah Kota Bandung). Kosongkan untuk semua instansi."
        ),
        error_messages={"invalid_choice": _("Tidak ada instansi dengan kode itu.")},
    )


def region_code_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=Region.objects.filter(level__in=[Region.Level.PROVINSI, Region.Level.KABUPATEN, Region.Level.KOTA]),
        to_field_name="code",
        required=False,
        label=_("wilayah"),
        widget=forms.TextInput(attrs={"placeholder": "51"}),
        help_text=_(
            "Kode wilayah Kemendagri: provinsi (“51” untuk Bali) atau kabupaten/kota (“32.73”). Kosongkan untuk seluruh Indonesia."
        ),
        error_messages={"invalid_choice": _("Tidak ada provinsi atau kabupaten/kota dengan kode itu.")},
    )


class SlaPolicyForm(forms.ModelForm):
    agency = agency_code_field()
    valid_from = forms.DateTimeField(
        label=_("berlaku sejak"),
        required=False,
        help_text=_("Kosongkan agar berlaku segera. Laporan yang sedang berjalan tetap memakai batas waktunya."),
    )

    class Meta:
        model = SlaPolicy
        fields = ["stage", "classification", "agency", "days", "unit", "valid_from", "is_active", "note"]

    def policy_input(self) -> services.PolicyInput:
        data = self.cleaned_data
        return services.PolicyInput(
            stage=data.get("stage"),
            classification=data.get("classification"),
            days=data.get("days"),
            unit=data.get("unit"),
            agency=data.get("agency"),
            valid_from=data.get("valid_from"),
            is_active=data.get("is_active", True),
            note=data.get("note") or "",
        )

    def clean(self):
        data = super().clean()
        if not self.errors:
            try:
                services.policy_validate(self.policy_input())
            except ValidationError as error:
                self.add_error(None, error)
        return data

    def _post_clean(self):
        # Only fill the instance (for the admin's log): the row itself is written by the service,
        # which picks the version; its validation runs in clean().
        self.instance = construct_instance(self, self.instance, self._meta.fields, self._meta.exclude)


@admin.register(SlaPolicy)
class SlaPolicyAdmin(admin.ModelAdmin):
    form = SlaPolicyForm
    list_display = ["stage", "classification", "scope", "days", "unit", "version", "valid_from", "is_active", "next"]
    list_filter = ["stage", "classification", "unit", "is_active", ("agency", admin.EmptyFieldListFilter)]
    search_fields = ["agency__name", "note"]
    list_select_related = ["agency"]
    ordering = ["stage", "classification", "agency__path", "-version"]

    @admin.display(description=_("berlaku untuk"))
    def scope(self, obj):
        return obj.agency.name if obj.agency_id else _("Nasional")

    @admin.display(description=_("ubah"))
    def next(self, obj):
        params = {
            "stage": obj.stage,
            "classification": obj.classification,
            "days": obj.days,
            "unit": obj.unit,
        }
        if obj.agency_id:
            params["agency"] = obj.agency.code
        url = reverse("admin:sla_slapolicy_add") + "?" + urlencode(params)
        return format_html('<a href="{}">{}</a>', url, _("Buat versi baru"))

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            return [*SlaPolicyForm.Meta.fields, "version", "created_by", "created_at"]
        return []

    def has_change_permission(self, request, obj=None):
        # Saved versions are history: viewable, never edited.
        return False if obj is not None else super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        created = services.policy_revise(form.policy_input(), user=request.user)
        obj.pk, obj.version, obj.valid_from, obj.days = created.pk, created.version, created.valid_from, created.days


class CalendarOverrideForm(forms.ModelForm):
    region = region_code_field()

    class Meta:
        model = CalendarOverride
        fields = ["date", "kind", "name", "region"]

    def override_input(self) -> services.OverrideInput:
        data = self.cleaned_data
        return services.OverrideInput(
            date=data.get("date"), kind=data.get("kind"), name=data.get("name") or "", region=data.get("region")
        )

    def clean(self):
        data = super().clean()
        if not self.errors:
            try:
                services.override_validate(self.override_input(), instance=self.instance)
            except ValidationError as error:
                self.add_error(None, error)
        return data

    def validate_unique(self):
        pass  # checked (with a clearer message) by services.override_validate


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    form = CalendarOverrideForm
    list_display = ["date", "kind", "name", "scope", "created_by"]
    list_filter = ["kind", ("region", admin.EmptyFieldListFilter)]
    search_fields = ["name", "region__name", "region__code"]
    list_select_related = ["region", "created_by"]
    date_hierarchy = "date"

    @admin.display(description=_("wilayah"))
    def scope(self, obj):
        return obj.region.full_name if obj.region_id else _("Seluruh Indonesia")

    def save_model(self, request, obj, form, change):
        saved = services.override_save(form.override_input(), instance=obj if change else None, user=request.user)
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        services.override_delete(obj)


@admin.register(EscalationRule)
class EscalationRuleAdmin(admin.ModelAdmin):
    """The national admin sets how many working days after a missed deadline each level is told."""

    list_display = ["level", "delay_days", "is_active", "updated_at"]
    list_editable = ["delay_days", "is_active"]
    readonly_fields = ["level"]

    def has_add_permission(self, request):
        return False  # the three levels are seeded; their audience is fixed in lapor.sla.sweeps

    def has_delete_permission(self, request, obj=None):
        return False
