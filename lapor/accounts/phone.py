import phonenumbers


def normalize_phone(value: str) -> str | None:
    """Return a valid Indonesian phone number in E.164 (+62…), or None if `value` is not one."""
    if not value or not any(ch.isdigit() for ch in value):
        return None
    try:
        number = phonenumbers.parse(value, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
