import pytest
from sklearn.linear_model import LogisticRegression, SGDClassifier

from lapor.routing import training
from lapor.routing.corpus import bootstrap_examples
from lapor.routing.models import RoutingModel

pytestmark = pytest.mark.django_db


def test_the_bootstrap_corpus_trains_a_stored_versioned_model_with_its_metrics():
    row = training.train_and_store(include_history=False)
    assert row.version == 1 and row.is_active and row.examples == len(bootstrap_examples()) >= 1000
    assert row.metrics["role_top1"] >= 0.8 and 0 <= row.metrics["expected_calibration_error"] < 0.2
    model = training.Classifier.loads(row.blob, version=row.version)
    assert isinstance(model.roles, LogisticRegression)
    (roles,), (categories,) = model.predict(["Listrik padam tiap malam di rumah kami, token juga error"])
    assert max(roles, key=roles.get) == "pusat|pln" and abs(sum(roles.values()) - 1) < 1e-3
    assert max(categories, key=categories.get) == "energi-dan-sumber-daya-alam"
    second = training.train_and_store(include_history=False)
    assert second.version == 2 and list(RoutingModel.objects.filter(is_active=True)) == [second]


def test_a_large_history_is_fitted_by_sgd_once_and_measured_on_a_held_out_share(monkeypatch):
    monkeypatch.setattr(training, "LARGE", 500)  # the bootstrap corpus stands in for a big history
    row = training.train_and_store(include_history=False)
    model = training.Classifier.loads(row.blob)
    assert isinstance(model.roles, SGDClassifier)
    assert len(model.features.transformer_list) == 1  # words only: no character n-grams at scale
    assert 0 < row.metrics["holdout_examples"] < 0.05 * row.examples
    (roles,), _ = model.predict(["Sertifikat tanah saya belum jadi sudah dua tahun di kantor BPN"])
    assert max(roles, key=roles.get) == "pusat|atrbpn"
