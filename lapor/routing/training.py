"""Training the routing classifier and keeping its versions.

The model is deliberately plain: TF-IDF over stemmed words (1–2 grams) and character 3–5 grams of the
normalised text (typos, glued words: "jalanrusak"), and two multinomial logistic regressions on those
features, one for the role of the agency (labels.py) and one for the top-level category. On a large
history (more than `LARGE` answered reports) the words are hashed instead of counted into a
vocabulary and the same log loss is fitted by SGD, so that a million reports retrain in minutes on
two cores. Probabilities are calibrated by temperature scaling on held-out reports (the expected
calibration error before and after is stored with each version), so "80 % sure" means right about
80 % of the time. A transformer would need hardware this project does not assume, and the hard
part of routing (which government, where) is decided by the rules and the gazetteer, not by finer
reading of the text.

Each training run stores a new `RoutingModel` version with its metrics and activates it; the router
picks the newest active version up at its next request.
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
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.pipeline import FeatureUnion, make_pipeline

from . import text as routing_text
from .corpus import Example, bootstrap_examples, history_examples
from .models import RoutingModel

logger = logging.getLogger(__name__)

HOLDOUT_SHARE = 0.2
MIN_CLASS_EXAMPLES = 2


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def scores(model, matrix) -> np.ndarray:
    """Per-class scores (logits) of a linear model, always one column per class."""
    z = model.decision_function(matrix)
    return np.column_stack([-z, z]) / 2 if z.ndim == 1 else z


@dataclass
class Classifier:
    """The fitted pieces; `predict` returns (role probabilities, category probabilities) per text.

    Role probabilities are the softmax of the model's scores divided by `temperature`, fitted on
    held-out reports so that "80 % sure" means right about 80 % of the time (temperature scaling).
    """

    features: FeatureUnion
    roles: LogisticRegression | SGDClassifier
    categories: LogisticRegression | SGDClassifier | None
    version: int | None = None
    temperature: float = 1.0

    def role_scores(self, texts: list[str]):
        matrix = self.features.transform([prepare(t) for t in texts])
        return matrix, scores(self.roles, matrix)

    def predict(self, texts: list[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        matrix, logits = self.role_scores(texts)
        role_p = softmax(logits, self.temperature)
        roles = [dict(zip(self.roles.classes_, row, strict=True)) for row in role_p]
        if self.categories is None:
            return roles, [{} for _ in texts]
        cat_p = softmax(scores(self.categories, matrix))
        return roles, [dict(zip(self.categories.classes_, row, strict=True)) for row in cat_p]

    def dumps(self) -> bytes:
        buffer = io.BytesIO()
        parts = {"features": self.features, "roles": self.roles, "categories": self.categories}
        joblib.dump({**parts, "temperature": self.temperature}, buffer)
        return buffer.getvalue()

    @classmethod
    def loads(cls, blob: bytes, version: int | None = None) -> "Classifier":
        parts = joblib.load(io.BytesIO(bytes(blob)))
        categories = _compact(parts["categories"]) if parts["categories"] is not None else None
        return cls(
            parts["features"], _compact(parts["roles"]), categories, version=version,
            temperature=parts.get("temperature", 1.0),
        )  # fmt: skip


def fit_temperature(logits: np.ndarray, truth: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of the held-out answers."""
    best, best_loss = 1.0, float("inf")
    rows = np.arange(len(truth))
    for temperature in np.geomspace(0.02, 5.0, 60):
        loss = -np.log(softmax(logits, temperature)[rows, truth] + 1e-12).mean()
        if loss < best_loss:
            best, best_loss = float(temperature), loss
    return best


def prepare(raw: str) -> str:
    """Stemmed words, then a separator, then the normalised words (for the character n-grams)."""
    return routing_text.stem(raw) + "\t" + routing_text.normalize(raw)


def _stemmed(prepared: str) -> str:
    return prepared.split("\t", 1)[0]


def _normalised(prepared: str) -> str:
    return prepared.split("\t", 1)[1]


LARGE = 50_000  # above this many examples: hashed word features and SGD (retraining in minutes)
CATEGORY_SAMPLE = 200_000


def _features(n_examples: int):
    if n_examples > LARGE:
        # A large history: hashed word 1-2 grams need no vocabulary pass over a million texts.
        return FeatureUnion(
            [
                (
                    "words",
                    make_pipeline(
                        HashingVectorizer(
                            preprocessor=_stemmed,
                            tokenizer=str.split,
                            token_pattern=None,
                            lowercase=False,
                            ngram_range=(1, 2),
                            n_features=2**18,
                            alternate_sign=False,
                            norm=None,
                            dtype=np.float32,
                        ),
                        TfidfTransformer(sublinear_tf=True),
                    ),
                )
            ]
        )
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
                min_df=1,
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
                min_df=2,
                max_features=300_000,
                dtype=np.float32,
            ),
        ),
    ]
    return FeatureUnion(parts)


def _regression(n_examples: int):
    """Multinomial logistic regression; on a large history, the same loss fitted by SGD.

    L-BFGS over a million reports and ~60 roles takes tens of minutes on two cores; stochastic
    gradient descent on the log loss (one-vs-rest, both cores) reaches the same kind of model in
    a few passes over the data. Its probabilities are checked like the small model's (the expected
    calibration error is stored with each version).
    """
    if n_examples > LARGE:
        return SGDClassifier(loss="log_loss", alpha=2e-7, max_iter=4, tol=None, n_jobs=2, random_state=13)
    return LogisticRegression(C=8.0, max_iter=300, tol=1e-3)


def _compact(model):
    """Weights stored so that scoring one text reads them in place: float32, laid out for X @ W.T.

    scikit-learn scores with `X @ coef_.T`; with the default layout scipy copies the whole weight
    matrix for every call (tens of MB on a large history), which made routing one report slow.
    """
    model.coef_ = np.asfortranarray(model.coef_, dtype=np.float32)
    model.intercept_ = np.asarray(model.intercept_, dtype=np.float32)
    return model


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
    if len(with_category) > CATEGORY_SAMPLE:
        # The category only labels the report for statistics: a sample of a large history is enough.
        with_category = sorted(random.Random(7).sample(with_category, CATEGORY_SAMPLE))
    categories = None
    if len({labelled[i].category for i in with_category}) >= 2:
        categories = _regression(len(labelled)).fit(
            matrix[with_category], [labelled[i].category for i in with_category]
        )
    return Classifier(features, _compact(roles), _compact(categories) if categories is not None else None)


def _calibration(probabilities: np.ndarray, truth: np.ndarray, known: np.ndarray) -> float:
    top = probabilities.argmax(axis=1)
    return expected_calibration_error(
        [float(p) for p in probabilities.max(axis=1)],
        [bool(k and t == a) for k, t, a in zip(known, truth, top, strict=True)],
    )


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


def holdout_metrics(examples: list[Example], seed: int = 13, share: float = HOLDOUT_SHARE) -> dict:
    """Train on the rest, measure on `share` of each role (roles with few examples stay in training)."""
    metrics, _model = fit_with_holdout(examples, seed=seed, share=share)
    return metrics


def fit_with_holdout(examples: list[Example], seed: int = 13, share: float = HOLDOUT_SHARE):
    """(metrics on the held-out part, the model fitted on the rest); ({}, None) when nothing is held out."""
    labelled = [e for e in examples if e.label]
    rng = random.Random(seed)
    by_label: dict[str, list[Example]] = {}
    for e in labelled:
        by_label.setdefault(e.label, []).append(e)
    train, test = [], []
    for items in by_label.values():
        rng.shuffle(items)
        cut = int(len(items) * share) if len(items) >= MIN_CLASS_EXAMPLES * 3 else 0
        test += items[:cut]
        train += items[cut:]
    if not test:
        return {}, None
    model = fit(train)
    _matrix, logits = model.role_scores([e.text for e in test])
    index = {label: i for i, label in enumerate(model.roles.classes_)}
    known = np.array([e.label in index for e in test])
    truth = np.array([index.get(e.label, 0) for e in test])
    if known.any():
        model.temperature = fit_temperature(logits[known], truth[known])
    raw_ece = _calibration(softmax(logits), truth, known)
    roles = [dict(zip(model.roles.classes_, row, strict=True)) for row in softmax(logits, model.temperature)]
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
        "expected_calibration_error_before_scaling": raw_ece,
        "temperature": round(model.temperature, 4),
    }, model


def train(examples: list[Example]) -> tuple[Classifier, dict]:
    """A calibrated model of `examples` and its held-out metrics."""
    if len(examples) > LARGE:
        # A large history: fit once on 98 % and keep that model, measured on the other 2 %.
        metrics, model = fit_with_holdout(examples, share=0.02)
        return model or fit(examples), metrics
    metrics, measured = fit_with_holdout(examples)
    model = fit(examples)
    # The temperature fitted on the held-out part carries over to the model of all examples.
    model.temperature = measured.temperature if measured is not None else 1.0
    return model, metrics


def train_and_store(*, include_history: bool = True, history_limit: int = 2_000_000, activate=True) -> RoutingModel:
    """Train on the bootstrap corpus plus the answered reports, store the next version, activate it."""
    started = time.monotonic()
    examples = bootstrap_examples()
    bootstrap_count = len(examples)
    if include_history:
        examples += list(history_examples(limit=history_limit))
    from_history = len(examples) - bootstrap_count
    model, metrics = train(examples)
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
