"""Indonesian by default, English on request: the switcher, Accept-Language, and a complete English catalogue.

The msgids are Indonesian (the source language); locale/en/LC_MESSAGES/django.po holds the English, and the
compiled django.mo is committed so that `make run` needs no gettext. The catalogue tests below fail when an
entry is untranslated or fuzzy, when the .mo is older than the .po, or when code or templates gained a string
that `make messages` has not yet brought into the .po.
"""

import ast
import re
from pathlib import Path

from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation.template import templatize

from lapor.testing import PASSWORD

PO_PATH = Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES" / "django.po"
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def english_client() -> Client:
    """A visitor who chose English with the header's language switcher."""
    client = Client()
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    return client


# --- Pages ----------------------------------------------------------------------------------------------


def test_the_home_page_is_indonesian_by_default_and_offers_the_switcher(client, cast):
    html = client.get("/").content.decode()
    assert '<html lang="id">' in html
    assert "Buat laporan" in html and "Lacak laporan" in html
    assert "File a report" not in html
    assert 'action="/i18n/setlang/"' in html and '<option value="en"' in html


def test_after_switching_to_english_the_home_page_is_english(cast):
    html = english_client().get("/").content.decode()
    assert '<html lang="en">' in html
    for text in ("File a report", "Report it!", "Track a report", "How a report is handled", "Log in", "Sign up"):
        assert text in html, text
    assert "Buat laporan" not in html and "Laporkan!" not in html


def test_after_switching_to_english_the_report_form_is_english(cast):
    html = english_client().get("/lapor/").content.decode()
    for text in (
        "Report title",
        "Report details",
        "Date of incident",
        "— Choose a province —",
        "Anonymous",
        "Confidential",
        "Send report",
    ):
        assert text in html, text
    assert "Judul laporan" not in html and "Kirim laporan" not in html


def test_after_switching_to_english_the_login_page_is_english(cast):
    html = english_client().get("/akun/masuk/").content.decode()
    for text in ("Log in", "Email, phone number or username", "Password", "No account yet?"):
        assert text in html, text
    assert "Kata sandi" not in html


def test_form_errors_follow_the_language_including_djangos_own(cast):
    indonesian = Client().post("/akun/masuk/", {"username": "", "password": ""}).content.decode()
    assert "Bidang ini tidak boleh kosong." in indonesian  # Django's own catalogue, in Indonesian
    english = english_client().post("/akun/masuk/", {"username": "", "password": ""}).content.decode()
    assert "This field is required." in english and "Bidang ini tidak boleh kosong." not in english
    wrong = english_client().post("/akun/masuk/", {"username": "pelapor", "password": "salah"}).content.decode()
    assert "Incorrect email/phone number or password." in wrong


def test_a_citizen_who_prefers_english_gets_english_after_logging_in(cast):
    cast.pelapor.language = "en"
    cast.pelapor.save(update_fields=["language"])
    client = Client()
    client.post("/akun/masuk/", {"username": "pelapor", "password": PASSWORD})
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html and "My reports" in html and "Log out" in html


def test_a_report_status_is_shown_in_english(cast):
    report, _token = cast.file(cast.pelapor, title="Lampu jalan padam di Nagoya")
    client = english_client()
    client.force_login(cast.pelapor)
    html = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Lampu jalan padam di Nagoya" in html  # the citizen's own words are never translated
    assert "Not yet verified" in html and "Timeline" in html and "Report submitted" in html


# --- API ------------------------------------------------------------------------------------------------


def test_api_errors_are_indonesian_by_default_and_english_on_accept_language(client, cast):
    indonesian = client.get("/api/v1/reports/NOPE0000")
    assert indonesian.status_code == 404 and indonesian["Content-Type"].startswith("application/problem+json")
    assert indonesian.json()["detail"] == "Laporan tidak ditemukan."

    english = client.get("/api/v1/reports/NOPE0000", **ENGLISH)
    assert english.status_code == 404 and english["Content-Type"].startswith("application/problem+json")
    assert english.json()["detail"] == "Report not found."
    assert english.json()["title"] == "Not found"


def test_api_validation_errors_are_english_on_accept_language(client, cast):
    response = client.post("/api/v1/reports", "{}", content_type="application/json", **ENGLISH)
    assert response.status_code == 422
    assert response.json()["errors"]["title"] == ["This field is required."]


# --- The catalogue --------------------------------------------------------------------------------------


def read_po(path: Path) -> list[dict]:
    """Entries of a .po file as dicts: msgid, msgid_plural, msgstr or msgstr[n], and `flags`. Header left out."""
    entries, entry, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if entry and "msgid" in entry:
                entries.append(entry)
            entry, field = None, None
            continue
        entry = entry if entry is not None else {"flags": set()}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[field] += ast.literal_eval(line)
        else:
            field, _space, value = line.partition(" ")
            entry[field] = ast.literal_eval(value)
    return [e for e in entries if e["msgid"]]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\(\w+\)[-+ #0-9.]*[a-z]", text))


CATALOGUE = read_po(PO_PATH)


def test_the_english_catalogue_has_no_untranslated_fuzzy_or_obsolete_entries():
    assert len(CATALOGUE) > 400
    problems = []
    for entry in CATALOGUE:
        translations = [value for key, value in entry.items() if key.startswith("msgstr")]
        if "fuzzy" in entry["flags"] or entry.get("obsolete"):
            problems.append(f"fuzzy/obsolete: {entry['msgid']!r}")
        if not translations or not all(translations):
            problems.append(f"untranslated: {entry['msgid']!r}")
        if "msgid_plural" in entry and set(entry) & {"msgstr[0]", "msgstr[1]"} != {"msgstr[0]", "msgstr[1]"}:
            problems.append(f"missing plural form: {entry['msgid']!r}")
        for value in translations:
            if placeholders(value) != placeholders(entry["msgid"]):
                problems.append(f"placeholders differ: {entry['msgid']!r} -> {value!r}")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_matches_the_po_file():
    """Run-time English equals the .po: fails when django.mo was not recompiled after editing the .po."""
    stale = []
    with translation.override("en"):
        for entry in CATALOGUE:
            if "msgid_plural" in entry:
                got = [translation.ngettext(entry["msgid"], entry["msgid_plural"], n) for n in (1, 2)]
                want = [entry["msgstr[0]"], entry["msgstr[1]"]]
            else:
                got, want = translation.gettext(entry["msgid"]), entry["msgstr"]
            if got != want:
                stale.append(f"{entry['msgid']!r}: {got!r} != {want!r}")
    assert not stale, "Run `make messages` (compilemessages) and commit django.mo:\n" + "\n".join(stale)


GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}
TEMPLATE_CALL = re.compile(r"\bn?gettext\(u('(?:[^'\\]|\\.)*')")


def msgids_in_python(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT_NAMES:
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                yield node.args[0].value


def msgids_in_template(path: Path):
    """The strings makemessages would take from a template, found with the same templatize() it uses."""
    for match in TEMPLATE_CALL.finditer(templatize(path.read_text(encoding="utf-8"), origin=str(path))):
        yield ast.literal_eval(match.group(1))


def test_every_string_marked_in_code_and_templates_is_in_the_catalogue():
    base = Path(settings.BASE_DIR)
    known = {entry["msgid"] for entry in CATALOGUE}
    found: dict[str, Path] = {}
    for path in [*base.glob("config/*.py"), *base.glob("lapor/**/*.py")]:
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for msgid in msgids_in_python(path):
            found.setdefault(msgid, path)
    for root in (base / "templates", *base.glob("lapor/*/templates")):
        for path in root.rglob("*"):
            if path.suffix in {".html", ".txt"}:
                for msgid in msgids_in_template(path):
                    found.setdefault(msgid, path)
    assert len(found) > 400
    missing = sorted(f"{path.relative_to(base)}: {msgid!r}" for msgid, path in found.items() if msgid not in known)
    assert not missing, "Run `make messages`, translate locale/en/LC_MESSAGES/django.po:\n" + "\n".join(missing)
