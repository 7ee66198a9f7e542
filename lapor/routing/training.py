"""Training the routing classifier and keeping its versions.

The model is deliberately plain: TF-IDF over stemmed words (1–2 grams) and character 3–5 grams of the
normalised text (typos, glued words: "jalanrusak"), and two multinomial logistic regressions on those
features, one for the role of the agency (labels.py) and one for the top-level category. Logistic
regression gives probabilities that are close to calibrated without a separate calibration step
(the expected calibration error is measured on held-out data and stored with each version), trains on
a million short texts in minutes on two cores, and predicts in well under a millisecond. A
transformer would need hardware this project does not assume, and the hard part of routing (which
government, where) is decided by the rules and the gazetteer, not by finer reading of the text.

Each training run stores a new `RoutingModel` version with its metrics and activates it; the router
picks the newest active version up within `REFERENCE_CACHE_SECONDS`.
"""

import io
import logging
import random
import time
from dataclasses import dataclass

import joblib
import numpy as np
from django.db import transaction
from django.db.models import Max
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from . import text as routing_text
from .corpus import Example, bootstrap_examples, history_examples
from .models import RoutingModel

logger = logging.getLogger(__name__)

HOLDOUT_SHARE = 0.2
MIN_CLASS_EXAMPLES = 2


@dataclass
class Classifier:
    """The fitted pieces; `predict` returns (role probabilities, category probabilities) per text."""

    features: FeatureUnion
    roles: LogisticRegression
    categories: LogisticRegression | None
    version: int | None = None

    def predict(self, texts: list[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        matrix = self.features.transform([prepare(t) for t in texts])
        role_p = self.roles.predict_proba(matrix)
        roles = [dict(zip(self.roles.classes_, row, strict=True)) for row in role_p]
        if self.categories is None:
            return roles, [{} for _ in texts]
        cat_p = self.categories.predict_proba(matrix)
        return roles, [dict(zip(self.categories.classes_, row, strict=True)) for row in cat_p]

    def dumps(self) -> bytes:
        buffer = io.BytesIO()
        joblib.dump({"features": self.features, "roles": self.roles, "categories": self.categories}, buffer)
        return buffer.getvalue()

    @classmethod
    def loads(cls, blob: bytes, version: int | None = None) -> "Classifier":
        parts = joblib.load(io.BytesIO(bytes(blob)))
        return cls(parts["features"], parts["roles"], parts["categories"], version=version)


def prepare(raw: str) -> str:
    """Stemmed words, then a separator, then the normalised words (for the character n-grams)."""
    return routing_text.stem(raw) + "\t" + routing_text.normalize(raw)


def _stemmed(prepared: str) -> str:
    return prepared.split("\t", 1)[0]


def _normalised(prepared: str) -> str:
    return prepared.split("\t", 1)[1]


LARGE = 50_000  # above this many examples: no character n-grams, fewer iterations (retraining in minutes)


def _features(n_examples: int) -> FeatureUnion:
    big = n_examples > LARGE
    parts = [
        (
            "words",
            TfidfVectorizer(
                preprocessor=_stemmed,
                tokenizer=str.split,
                token_pattern=None,
                lowercase=False,
                ngram_range=(1, 2),
                sublinear_tf=True,
                min_df=3 if big else 1,
                max_features=400_000,
                dtype=np.float32,
            ),
        ),
        (
            "chars",
            TfidfVectorizer(
                preprocessor=_normalised,
                analyzer="char_wb",
                ngram_range=(3, 5),
                sublinear_tf=True,
                min_df=5 if big else 2,
                max_features=300_000,
                dtype=np.float32,
            ),
        ),
    ]
    # With a large history the words carry enough; character n-grams would multiply the features.
    return FeatureUnion(parts[:1] if big else parts)


def _regression(n_examples: int) -> LogisticRegression:
    return LogisticRegression(C=8.0, max_iter=100 if n_examples > LARGE else 300, tol=1e-3)


def fit(examples: list[Example]) -> Classifier:
    """Fit on examples with a role; the category model on those that also have a category."""
    labelled = [e for e in examples if e.label]
    if len({e.label for e in labelled}) < 2:
        raise ValueError("Training needs examples of at least two agencies.")
    prepared = [prepare(e.text) for e in labelled]
    features = _features(len(labelled))
    matrix = features.fit_transform(prepared)
    roles = _regression(len(labelled)).fit(matrix, [e.label for e in labelled])
    with_category = [i for i, e in enumerate(labelled) if e.category]
    categories = None
    if len({labelled[i].category for i in with_category}) >= 2:
        categories = _regression(len(labelled)).fit(
            matrix[with_category], [labelled[i].category for i in with_category]
        )
    return Classifier(features, roles, categories)


def expected_calibration_error(confidences: list[float], correct: list[bool], bins: int = 10) -> float:
    """How far the stated confidence is from the accuracy actually reached, averaged over confidence bins."""
    if not confidences:
        return 0.0
    total, error = len(confidences), 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidences) if low < c <= high or (b == 0 and c == 0)]
        if members:
            accuracy = sum(correct[i] for i in members) / len(members)
            confidence = sum(confidences[i] for i in members) / len(members)
            error += len(members) / total * abs(accuracy - confidence)
    return round(error, 4)


def holdout_metrics(examples: list[Example], seed: int = 13) -> dict:
    """Train on 80 %, measure on the other 20 % (classes with too few examples stay in training)."""
    labelled = [e for e in examples if e.label]
    rng = random.Random(seed)
    by_label: dict[str, list[Example]] = {}
    for e in labelled:
        by_label.setdefault(e.label, []).append(e)
    train, test = [], []
    for items in by_label.values():
        rng.shuffle(items)
        cut = int(len(items) * HOLDOUT_SHARE) if len(items) >= MIN_CLASS_EXAMPLES * 3 else 0
        test += items[:cut]
        train += items[cut:]
    if not test:
        return {}
    model = fit(train)
    roles, _cats = model.predict([e.text for e in test])
    top1, top3, confidences, correct, level_ok = 0, 0, [], [], 0
    for example, probabilities in zip(test, roles, strict=True):
        ranked = sorted(probabilities, key=probabilities.get, reverse=True)
        hit = ranked[0] == example.label
        top1 += hit
        top3 += example.label in ranked[:3]
        level_ok += ranked[0].split("|")[0] == example.label.split("|")[0]
        confidences.append(float(probabilities[ranked[0]]))
        correct.append(hit)
    n = len(test)
    return {
        "holdout_examples": n,
        "role_top1": round(top1 / n, 4),
        "role_top3": round(top3 / n, 4),
        "level_accuracy": round(level_ok / n, 4),
        "expected_calibration_error": expected_calibration_error(confidences, correct),
    }


def train_and_store(*, include_history: bool = True, history_limit: int = 2_000_000, activate=True) -> RoutingModel:
    """Train on the bootstrap corpus plus the answered reports, store the next version, activate it."""
    started = time.monotonic()
    examples = bootstrap_examples()
    bootstrap_count = len(examples)
    if include_history:
        examples += list(history_examples(limit=history_limit))
    from_history = len(examples) - bootstrap_count
    metrics = holdout_metrics(examples) if len(examples) <= 200_000 else {}
    model = fit(examples)
    metrics.update(
        classes=len(model.roles.classes_),
        bootstrap_examples=bootstrap_count,
        history_examples=from_history,
        train_seconds=round(time.monotonic() - started, 1),
    )
    with transaction.atomic():
        version = (RoutingModel.objects.aggregate(v=Max("version"))["v"] or 0) + 1
        row = RoutingModel.objects.create(
            version=version,
            is_active=activate,
            examples=len(examples),
            from_history=from_history,
            metrics=metrics,
            blob=model.dumps(),
        )
        if activate:
            RoutingModel.objects.exclude(pk=row.pk).filter(is_active=True).update(is_active=False)
    logger.info("Routing model v%s trained on %s examples: %s", version, len(examples), metrics)
    return row
