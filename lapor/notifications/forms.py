from django import forms
from django.utils.translation import gettext_lazy as _

from .models import OFFICER_KINDS, REPORTER_KINDS, Kind


class PreferencesForm(forms.Form):
    inapp_enabled = forms.BooleanField(label=_("Di aplikasi (lonceng)"), required=False)
    email_enabled = forms.BooleanField(label=_("Email"), required=False)
    sms_enabled = forms.BooleanField(label=_("SMS"), required=False)
    muted_kinds = forms.MultipleChoiceField(
        label=_("Jangan kirim email atau SMS untuk"),
        help_text=_("Notifikasi ini tetap tercatat di lonceng."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = list(REPORTER_KINDS)
        if user.memberships.exists():
            kinds += OFFICER_KINDS
        self.fields["muted_kinds"].choices = [(k.value, Kind(k).label) for k in kinds]
        if user.email:
            self.fields["email_enabled"].help_text = user.email
        else:
            self.fields["email_enabled"].help_text = _("Akun Anda belum memiliki alamat email.")
        if user.phone:
            self.fields["sms_enabled"].help_text = user.phone
        else:
            self.fields["sms_enabled"].disabled = True
            self.fields["sms_enabled"].help_text = _("Tambahkan nomor telepon ke akun Anda untuk menerima SMS.")
