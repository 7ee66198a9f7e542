from django import forms
from django.core.exceptions import ValidationError


def apply_service_errors(form: forms.Form, exc: ValidationError, field_map: dict | None = None) -> None:
    """Put a service's ValidationError onto the form, field by field (unknown fields at the top).

    Services name fields as the API does (`agency_id`); `field_map` maps them to the form's names.
    """
    field_map = field_map or {}
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for key, errors in exc.message_dict.items():
        name = field_map.get(key, key)
        if name not in form.fields:
            name = None
        for message in errors:
            form.add_error(name, message)
