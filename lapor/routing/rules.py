"""Authority rules: loading them (data/authority.json → AuthorityRule) and finding them in a text."""

import json
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lapor.core import refcache

from .labels import make_label
from .models import AuthorityRule
from .text import normalize

RULES_FILE = Path(__file__).resolve().parent / "data" / "authority.json"


@dataclass(frozen=True)
class Rule:
    code: str
    affair: str
    level: str
    target: str
    category_code: str | None
    keywords: tuple[str, ...]

    @property
    def label(self) -> str:
        return make_label(self.level, self.target)


@dataclass
class RuleMatch:
    rule: Rule
    phrases: list[str]
    weight: float  # words matched: longer phrases say more
    # A phrase that narrows a shorter keyword ("rumah sakit umum daerah dari soetomo" inside the
    # regency's "rumah sakit umum daerah", "terminal tipe b" inside the city's "terminal") names one
    # facility or status; the router lets it count even where the model is sure of the generic role.
    refines: bool = False


def normalised_keywords(keywords) -> tuple[str, ...]:
    """Keywords as the text will read after `normalize`: "RSUD dr. Soetomo" and "rsud dr soetomo" both
    become "rumah sakit umum daerah dari soetomo", so a keyword written the way citizens write matches."""
    found = (normalize(k) for k in keywords if k and k.strip())
    return tuple(dict.fromkeys(k for k in found if k))


def _load_rules() -> list[Rule]:
    return [
        Rule(
            code=row.code,
            affair=row.affair,
            level=row.level,
            target=row.target,
            category_code=row.category.code if row.category_id else None,
            keywords=normalised_keywords(row.keywords),
        )
        for row in AuthorityRule.objects.filter(is_active=True).select_related("category")
    ]


_rules_cache = refcache.ProcessCache(_load_rules, models=[AuthorityRule])


def active_rules() -> list[Rule]:
    return _rules_cache.get()


@dataclass(frozen=True)
class _Index:
    phrases: dict[str, list[Rule]]
    longest: int  # words in the longest phrase
    refining: frozenset[str]  # phrases that contain a shorter phrase


_last_index: tuple[list[Rule], _Index] | None = None


def _refines(phrase: str, phrases: dict[str, list[Rule]]) -> bool:
    """Whether the phrase narrows a shorter keyword: "rsud dr soetomo" (a named hospital) inside "rsud"."""
    words = phrase.split()
    return any(
        " ".join(words[start : start + size]) in phrases
        for size in range(1, len(words))
        for start in range(len(words) - size + 1)
    )


def _index(rules: list[Rule]) -> _Index:
    """The phrases of the rules, kept while the same rule list is in use."""
    global _last_index
    cached = _last_index
    if cached is not None and cached[0] is rules:
        return cached[1]
    phrases: dict[str, list[Rule]] = {}
    for rule in rules:
        for phrase in rule.keywords:
            phrases.setdefault(phrase, []).append(rule)
    index = _Index(
        phrases,
        max((phrase.count(" ") + 1 for phrase in phrases), default=0),
        frozenset(p for p in phrases if " " in p and _refines(p, phrases)),
    )
    _last_index = (rules, index)
    return index


def match_rules(normalised: str, rules: list[Rule] | None = None) -> list[RuleMatch]:
    """The rules whose phrases occur in the normalised text, strongest first.

    Scans word n-grams longest first and claims the words a phrase covers, so "rumah sakit umum
    daerah provinsi" counts for the provincial rule and not also for "rumah sakit umum daerah", and a
    named facility ("rsud dr soetomo", the province's) outweighs the generic "rsud" (the regency's/city's).
    """
    rules = active_rules() if rules is None else rules
    index = _index(rules)
    words = normalised.split()
    claimed = [False] * len(words)
    found: dict[str, RuleMatch] = {}
    for size in range(min(index.longest, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            if any(claimed[start : start + size]):
                continue
            phrase = " ".join(words[start : start + size])
            hits = index.phrases.get(phrase)
            if not hits:
                continue
            for i in range(start, start + size):
                claimed[i] = True
            for rule in hits:
                match = found.setdefault(rule.code, RuleMatch(rule, [], 0.0))
                if phrase not in match.phrases:
                    match.phrases.append(phrase)
                    match.weight += size
                    match.refines = match.refines or phrase in index.refining
    return sorted(found.values(), key=lambda m: m.weight, reverse=True)


SHIPPED_FIELDS = ("affair", "level", "target", "category_id", "keywords", "basis")


def load_rules(path: Path = RULES_FILE) -> dict[str, int]:
    """Bring the rules up to the data file: create the missing ones, update the ones nobody edited, and
    never touch what the national admin changed (`edited_locally`) or rules that only exist here."""
    from lapor.reports.models import Category

    entries = json.loads(path.read_text(encoding="utf-8"))["rules"]
    categories = dict(Category.objects.filter(parent__isnull=True).values_list("code", "pk"))
    shipped = {
        e["code"]: AuthorityRule(
            code=e["code"],
            affair=e["affair"],
            level=e["level"],
            target=e.get("target", ""),
            category_id=categories.get(e.get("category") or ""),
            keywords=e["keywords"],
            basis=e.get("basis", ""),
        )
        for e in entries
    }
    counts = {"created": 0, "updated": 0, "unchanged": 0, "kept_edited": 0}
    with transaction.atomic():
        existing = {r.code: r for r in AuthorityRule.objects.select_for_update().filter(code__in=shipped)}
        changed = []
        for code, rule in shipped.items():
            current = existing.get(code)
            if current is None:
                continue
            if current.edited_locally:
                counts["kept_edited"] += 1
            elif all(getattr(current, f) == getattr(rule, f) for f in SHIPPED_FIELDS):
                counts["unchanged"] += 1
            else:
                for field in SHIPPED_FIELDS:
                    setattr(current, field, getattr(rule, field))
                changed.append(current)
        AuthorityRule.objects.bulk_update(changed, SHIPPED_FIELDS)
        new = [rule for code, rule in shipped.items() if code not in existing]
        AuthorityRule.objects.bulk_create(new)
    counts["created"], counts["updated"] = len(new), len(changed)
    _rules_cache.clear()
    return counts


# --- The national admin's edits -----------------------------------------------------------------

MAX_KEYWORD_LENGTH = 100


def clean_keywords(lines) -> list[str]:
    """One phrase per line (or a list), trimmed, lowercased, without repeats; refuses a phrase that
    would match nothing once the text is normalised (only punctuation, say)."""
    phrases = lines.splitlines() if isinstance(lines, str) else list(lines)
    cleaned: list[str] = []
    for phrase in phrases:
        phrase = " ".join(str(phrase).split()).lower()
        if not phrase:
            continue
        if len(phrase) > MAX_KEYWORD_LENGTH:
            raise ValidationError(
                _("Kata kunci “%(phrase)s…” terlalu panjang (paling banyak %(max)s karakter)."),
                params={"phrase": phrase[:30], "max": MAX_KEYWORD_LENGTH},
                code="keyword_too_long",
            )
        if not normalize(phrase):
            raise ValidationError(
                _("Kata kunci “%(phrase)s” tidak berisi kata yang bisa dicocokkan."),
                params={"phrase": phrase},
                code="keyword_empty",
            )
        if phrase not in cleaned:
            cleaned.append(phrase)
    if not cleaned:
        raise ValidationError(_("Isi paling sedikit satu kata kunci."), code="keywords_required")
    return cleaned


def validate_target(level: str, target: str) -> None:
    """The body a rule sends to must exist: a national body's code (top of its tree) for "pusat", or an
    OPD slug found under the regional governments of that level ("" for the government itself)."""
    from lapor.agencies.models import Agency

    if level == Agency.Level.PUSAT:
        if not target:
            raise ValidationError({"target": _("Untuk tingkat pusat, isi kode instansi pusat (misalnya “pln”).")})
        if not Agency.objects.filter(code=target, level=level, parent__isnull=True).exists():
            raise ValidationError({"target": _("Tidak ada instansi pusat dengan kode “%(code)s”.") % {"code": target}})
        return
    if not target:
        return
    prefix = "pemprov-" if level == Agency.Level.PROVINSI else "pemda-"
    if not Agency.objects.filter(code__startswith=prefix, code__endswith=f"-{target}", level=level).exists():
        raise ValidationError(
            {
                "target": _("Tidak ada perangkat daerah “%(slug)s” di pemerintah daerah tingkat %(level)s.")
                % {"slug": target, "level": Agency.Level(level).label}
            }
        )


def rule_save(rule: AuthorityRule) -> AuthorityRule:
    """Save the national admin's version of a rule; from now on `load_reference` leaves it alone."""
    rule.keywords = clean_keywords(rule.keywords)
    validate_target(rule.level, rule.target)
    rule.edited_locally = True
    rule.full_clean()
    rule.save()
    return rule
