"""Authority rules: loading them (data/authority.json → AuthorityRule) and finding them in a text."""

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from lapor.core import refcache

from .labels import make_label
from .models import AuthorityRule

RULES_FILE = Path(__file__).resolve().parent / "data" / "authority.json"
MAX_PHRASE_WORDS = 5


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


def _load_rules() -> list[Rule]:
    return [
        Rule(
            code=row.code,
            affair=row.affair,
            level=row.level,
            target=row.target,
            category_code=row.category.code if row.category_id else None,
            keywords=tuple(" ".join(k.lower().split()) for k in row.keywords if k and k.strip()),
        )
        for row in AuthorityRule.objects.filter(is_active=True).select_related("category")
    ]


_rules_cache = refcache.ProcessCache(_load_rules, models=[AuthorityRule])


def active_rules() -> list[Rule]:
    return _rules_cache.get()


def _index(rules: list[Rule]) -> dict[str, list[Rule]]:
    index: dict[str, list[Rule]] = {}
    for rule in rules:
        for phrase in rule.keywords:
            index.setdefault(phrase, []).append(rule)
    return index


def match_rules(normalised: str, rules: list[Rule] | None = None) -> list[RuleMatch]:
    """The rules whose phrases occur in the normalised text, strongest first.

    Scans word n-grams longest first and claims the words a phrase covers, so "rumah sakit umum
    daerah provinsi" counts for the provincial rule and not also for "rumah sakit umum daerah".
    """
    rules = active_rules() if rules is None else rules
    index = _index(rules)
    words = normalised.split()
    claimed = [False] * len(words)
    found: dict[str, RuleMatch] = {}
    for size in range(min(MAX_PHRASE_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            if any(claimed[start : start + size]):
                continue
            phrase = " ".join(words[start : start + size])
            hits = index.get(phrase)
            if not hits:
                continue
            for i in range(start, start + size):
                claimed[i] = True
            for rule in hits:
                match = found.setdefault(rule.code, RuleMatch(rule, [], 0.0))
                if phrase not in match.phrases:
                    match.phrases.append(phrase)
                    match.weight += size
    return sorted(found.values(), key=lambda m: m.weight, reverse=True)


def load_rules(path: Path = RULES_FILE) -> dict[str, int]:
    """Create the rules of the data file that are missing; never overwrite the national admin's edits."""
    from lapor.reports.models import Category

    entries = json.loads(path.read_text(encoding="utf-8"))["rules"]
    categories = dict(Category.objects.filter(parent__isnull=True).values_list("code", "pk"))
    existing = set(AuthorityRule.objects.values_list("code", flat=True))
    new = [
        AuthorityRule(
            code=e["code"],
            affair=e["affair"],
            level=e["level"],
            target=e.get("target", ""),
            category_id=categories.get(e.get("category") or ""),
            keywords=e["keywords"],
            basis=e.get("basis", ""),
        )
        for e in entries
        if e["code"] not in existing
    ]
    with transaction.atomic():
        AuthorityRule.objects.bulk_create(new)
    _rules_cache.clear()
    return {"created": len(new), "kept": len(existing & {e["code"] for e in entries})}
