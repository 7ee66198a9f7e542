"""The national admin edits the authority rules here (see lapor.core.admin_site for who gets in)."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lapor.reports.models import Category

from . import rules
from .models import AuthorityRule


class KeywordsField(forms.CharField):
    """The rule's phrases, one per line, as the admin reads and writes them."""

    widget = forms.Textarea(attrs={"rows": 12})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return rules.clean_keywords(value or "")


class AuthorityRuleForm(forms.ModelForm):
    keywords = KeywordsField(
        label=_("kata kunci"),
        help_text=_(
            "Satu frasa per baris, ditulis seperti warga menulisnya (“rsud”, “jalan nasional”, “kip kuliah”). "
            "Frasa yang lebih panjang mengalahkan kata di dalamnya."
        ),
    )

    class Meta:
        model = AuthorityRule
        fields = ["code", "affair", "level", "target", "category", "keywords", "basis", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Routing reads a rule's top-level category.
        self.fields["category"].queryset = Category.objects.filter(parent__isnull=True).order_by("name")

    def clean(self):
        data = super().clean()
        if "level" in data and "target" in data:
            try:
                rules.validate_target(data["level"], data.get("target") or "")
            except ValidationError as error:
                self.add_error(None, error)
        return data


@admin.register(AuthorityRule)
class AuthorityRuleAdmin(admin.ModelAdmin):
    form = AuthorityRuleForm
    list_display = ["code", "affair", "level", "target", "category", "keyword_count", "is_active", "edited_locally"]
    list_filter = ["level", "is_active", "edited_locally", "category"]
    search_fields = ["code", "affair", "target", "basis"]
    list_select_related = ["category"]
    readonly_fields = ["edited_locally", "updated_at"]

    @admin.display(description=_("kata kunci"))
    def keyword_count(self, obj):
        return len(obj.keywords or [])

    def get_readonly_fields(self, request, obj=None):
        # The code is how load_reference recognises a shipped rule; renaming it would orphan the edit.
        return [*self.readonly_fields, "code"] if obj is not None else self.readonly_fields

    def save_model(self, request, obj, form, change):
        rules.rule_save(obj)
