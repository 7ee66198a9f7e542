"""The router: which agency must answer this text, how sure we are, and why.

It combines four sources, each able to explain itself:

1. **Where**: the region the reporter chose, else the one their coordinates fall in, else the place
   names in the text (gazetteer), else the region of the agency the reporter picked. A role like
   "the Dinas Pendidikan of the province" needs it; without one, an affair of a province or a
   kab/kota is not sent to a national body but held for a verifier, who is told the region is missing.
2. **Rules** (AuthorityRule, UU 23/2014): phrases that name an affair whose level is fixed by law
   ("SMA" → provinsi, "jalan nasional" → pusat). The longest phrase wins over the words inside it.
3. **The model** (training.py): the probability of each role, learnt from the bootstrap corpus and
   from where reports were finally answered.
4. **The reporter's choice** of agency, kept when it is among the plausible roles.

The role probabilities are blended (rules count as much as the model when any rule fires) and the
router backs off from an OPD to its government when it is unsure which OPD: a complaint is better
sent to Pemerintah Kota Bandung, who dispose it, than to the wrong dinas.
"""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from lapor.agencies.models import Agency

from . import labels as L
from . import text as routing_text
from .rules import Rule, RuleMatch, match_rules
from .training import Classifier

RULE_WEIGHT = 1.0  # the rules count fully where the model has no idea, and fade as it grows sure
# ...except a precise phrase: one that narrows a generic keyword (a named provincial hospital inside
# "rsud", "terminal tipe b" inside "terminal") or one of several words ("jalan nasional", "kantor
# pertanahan"). The model, which generalises from the common words around it ("jalan rusak" is
# usually the regency's), keeps at most half the say; single words ("aplikasi") still fade.
PRECISE_RULE_SHARE = 0.5
# A report that needs a region is shown only the other bodies at least this likely.
NEEDS_REGION_FLOOR = 0.1


@dataclass
class Suggestion:
    agency: Agency
    label: str
    confidence: float
    reasons: list[str] = field(default_factory=list)

    def as_data(self) -> dict:
        return {
            "agency_id": self.agency.pk,
            "name": self.agency.name,
            "level": self.agency.level,
            "confidence": round(self.confidence, 3),
            "reasons": self.reasons,
        }


@dataclass
class Place:
    region_code: str | None
    # "reporter", "verifier" (trying a region for a report that names none), "coordinates", "text",
    # "agency" (the chosen agency's region), "none"
    source: str
    confidence: float
    matched: str = ""


@dataclass
class RoutingResult:
    agency: Agency | None
    level: str | None  # the agency's; without one, the level the affair belongs to
    category: str | None  # top-level category code
    confidence: float
    suggestions: list[Suggestion]
    place: Place
    rules: list[RuleMatch]
    explanation: dict
    seconds: float = 0.0
    kept_choice: bool = False


def locate(
    text: str, *, region_code: str | None = None, region_source="reporter", lat=None, lon=None, chosen_agency=None
) -> Place:
    from .gazetteer import get_gazetteer, region_for_point

    if region_code:
        return Place(region_code, region_source, 1.0)
    if lat is not None and lon is not None:
        found = region_for_point(float(lat), float(lon))
        if found:
            return Place(found, "coordinates", 0.95)
    match = get_gazetteer().resolve(text)
    if match is not None:
        # resolve() adds up agreeing mentions; one clear mention (score about 1) is as good as a choice.
        return Place(match.region_code, "text", min(1.0, float(match.score)), match.text)
    if chosen_agency is not None and chosen_agency.region_id:
        # A reporter who picked "Dinas Pendidikan Kota Bandung" and named no place means Bandung, even
        # when the affair turns out to be another body's.
        code = chosen_agency.region.code
        return Place(code, "agency", 0.9, chosen_agency.name)
    return Place(None, "none", 0.0)


def affair_level(blended: dict[str, float]) -> str | None:
    """The level of government the roles put the affair at, whether or not a region is known."""
    by_level: dict[str, float] = {}
    for label, p in blended.items():
        level = L.split_label(label)[0]
        by_level[level] = by_level.get(level, 0.0) + p
    return max(by_level, key=by_level.get) if by_level else None


def _blend(model_p: dict[str, float], rules: list[RuleMatch]) -> dict[str, float]:
    if not rules:
        return dict(model_p)
    weights: dict[str, float] = {}
    for match in rules:
        weights[match.rule.label] = weights.get(match.rule.label, 0.0) + match.weight
    total = sum(weights.values())
    # The rules weigh most where the model is unsure: a model that has learnt from officers'
    # answers (e.g. a new local app that the word "aplikasi" would send to Komdigi) overrules them.
    share = RULE_WEIGHT * (1 - max(model_p.values(), default=0.0))
    if any(match.refines or len(phrase.split()) > 1 for match in rules for phrase in match.phrases):
        share = max(share, PRECISE_RULE_SHARE)
    blended = {label: (1 - share) * p for label, p in model_p.items()}
    for label, weight in weights.items():
        blended[label] = blended.get(label, 0.0) + share * weight / total
    return blended


def _reasons(label: str, probability: float, rules: list[RuleMatch], place: Place, model: Classifier) -> list[str]:
    reasons = []
    for match in rules:
        if match.rule.label == label:
            reasons.append(
                _("Aturan kewenangan: %(affair)s (kata: %(words)s)")
                % {"affair": match.rule.affair, "words": ", ".join(match.phrases)}
            )
    level, _target = L.split_label(label)
    if level != L.PUSAT and place.region_code:
        if place.source == "text":
            reasons.append(_("Wilayah dari teks: “%(place)s”") % {"place": place.matched or place.region_code})
        elif place.source == "coordinates":
            reasons.append(_("Wilayah dari titik lokasi"))
        elif place.source == "agency":
            reasons.append(_("Wilayah dari instansi pilihan pelapor: %(agency)s") % {"agency": place.matched})
        elif place.source == "verifier":
            reasons.append(_("Wilayah yang dipilih verifikator"))
        else:
            reasons.append(_("Wilayah yang dipilih pelapor"))
    reasons.append(
        _("Model v%(version)s: %(percent)s%%") % {"version": model.version or 0, "percent": round(100 * probability)}
    )
    return reasons


def _top3(chosen, candidates, place: Place, level_p: dict, excluded: set) -> list[Suggestion]:
    """The choice, the likeliest answer at another level of government, and the choice's government.

    Alternatives that differ in level are what a verifier most often needs (SMP or SMA? jalan kota or
    jalan provinsi?); the government above a chosen OPD covers "right government, other dinas".
    """
    picked: list[Suggestion] = [chosen] if chosen else []
    seen = {s.agency.pk for s in picked}

    def take(suggestion):
        if suggestion is not None and suggestion.agency.pk not in seen and len(picked) < 3:
            picked.append(suggestion)
            seen.add(suggestion.agency.pk)

    if chosen is not None:
        level = chosen.agency.level
        other = next((c for c in candidates if c.agency.level != level and c.agency.pk not in seen), None)
        if other is not None:
            other_level, other_target = L.split_label(other.label)
            if other_target and other_level != L.PUSAT and other.confidence < settings.ROUTING_OPD_THRESHOLD:
                # Unsure which dinas at that level: its government, which covers them all.
                government = L.resolve(L.make_label(other_level), place.region_code)
                if government is not None and government.pk not in excluded:
                    other = Suggestion(government, L.make_label(other_level), level_p.get(other_level, 0.0))
        take(other)
        level_name, target = L.split_label(chosen.label)
        if target and level_name != L.PUSAT:
            government = L.resolve(L.make_label(level_name), place.region_code)
            if government is not None and government.pk not in excluded:
                take(Suggestion(government, L.make_label(level_name), level_p.get(level_name, 0.0) * place.confidence))
    for candidate in candidates:
        take(candidate)
    return picked


def route(
    text: str,
    *,
    model: Classifier,
    rules: list[Rule] | None = None,
    region_code: str | None = None,
    region_source: str = "reporter",
    lat=None,
    lon=None,
    chosen_agency: Agency | None = None,
    exclude_agency_ids=(),
) -> RoutingResult:
    started = time.perf_counter()
    place = locate(
        text, region_code=region_code, region_source=region_source, lat=lat, lon=lon, chosen_agency=chosen_agency
    )
    normalised = routing_text.normalize(text)
    fired = match_rules(normalised, rules)
    (model_p,), (category_p,) = model.predict([text])
    model_p = {str(label): float(p) for label, p in model_p.items()}
    category_p = {str(code): float(p) for code, p in category_p.items()}
    blended = _blend(model_p, fired)
    excluded = set(exclude_agency_ids)

    # Roles become agencies in this region; roles that cannot (no region) or were refused drop out.
    candidates: list[Suggestion] = []
    level_p: dict[str, float] = {}
    for label, p in sorted(blended.items(), key=lambda item: item[1], reverse=True):
        agency = L.resolve(label, place.region_code)
        if agency is None or agency.pk in excluded:
            continue
        region_factor = 1.0 if L.split_label(label)[0] == L.PUSAT else place.confidence
        level = L.split_label(label)[0]
        level_p[level] = level_p.get(level, 0.0) + float(p)
        candidates.append(Suggestion(agency, label, float(p) * region_factor))

    chosen: Suggestion | None = None
    kept = False
    if chosen_agency is not None and chosen_agency.pk not in excluded:
        chosen_label = L.label_of(chosen_agency)
        plausible = {c.label for c in candidates[:3]} | {
            L.make_label(L.split_label(c.label)[0]) for c in candidates[:1]
        }
        if chosen_label in plausible:
            p = blended.get(chosen_label, 0.0)
            chosen = Suggestion(chosen_agency, chosen_label, max(p, settings.ROUTING_AUTO_THRESHOLD))
            kept = True

    level_of_affair = affair_level(blended)
    # A province's or a kab/kota's affair whose government cannot be named (no region from the
    # reporter, the coordinates, the text or the chosen agency; or only the province for a kab/kota
    # affair): no other body is the answer, so nothing is chosen and the verification queue asks for
    # the region (the other candidates stay as suggestions).
    needs_region = (
        level_of_affair not in (None, L.PUSAT) and L.resolve(L.make_label(level_of_affair), place.region_code) is None
    )
    if chosen is None and candidates and not needs_region:
        best = candidates[0]
        level = L.split_label(best.label)[0]
        if L.split_label(best.label)[1] and best.confidence < settings.ROUTING_OPD_THRESHOLD:
            # Unsure which OPD: the government of that level, with the level's whole probability.
            government = L.resolve(L.make_label(level), place.region_code)
            if government is not None and government.pk not in excluded:
                region_factor = 1.0 if level == L.PUSAT else place.confidence
                confidence = level_p.get(level, best.confidence) * region_factor
                if confidence > best.confidence:
                    best = Suggestion(government, L.make_label(level), confidence)
        chosen = best

    if needs_region:
        # Only bodies that might really be the answer: a national body at 0 % beside an affair the
        # router knows to be regional would only invite a wrong forward.
        candidates = [c for c in candidates if c.confidence >= NEEDS_REGION_FLOOR]
    suggestions = _top3(chosen, candidates, place, level_p, excluded)
    for suggestion in suggestions:
        suggestion.reasons = _reasons(suggestion.label, blended.get(suggestion.label, 0.0), fired, place, model)

    top_category = max(category_p, key=category_p.get) if category_p else None
    winning_rule = next((m for m in fired if chosen and m.rule.label == chosen.label), None)
    if winning_rule and winning_rule.rule.category_code:
        top_category = winning_rule.rule.category_code
    explanation = {
        "model_version": model.version,
        "rule": winning_rule.rule.code if winning_rule else None,
        "words": winning_rule.phrases if winning_rule else [],
        "region": {"code": place.region_code, "source": place.source, "matched": place.matched},
        "role": chosen.label if chosen else None,
        "affair_level": level_of_affair,
        "needs_region": needs_region,
        "confidence": round(chosen.confidence, 3) if chosen else 0.0,
        "kept_reporter_choice": kept,
    }
    return RoutingResult(
        agency=chosen.agency if chosen else None,
        level=chosen.agency.level if chosen else level_of_affair,
        category=top_category,
        confidence=chosen.confidence if chosen else 0.0,
        suggestions=suggestions,
        place=place,
        rules=fired,
        explanation=explanation,
        seconds=time.perf_counter() - started,
        kept_choice=kept,
    )
