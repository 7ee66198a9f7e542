"""The cast every test can use: a small government tree and one person in each role.

KemenPANRB (national admin), Ombudsman RI (oversight), Pemprov Kepulauan Riau (parent) with
Pemkot Batam (agency admin, leadership) and its Dinas PUPR and Dinas Kesehatan (officers), and the
sibling Pemkot Tanjungpinang (another agency admin); two citizens.
"""

import pytest

from lapor.testing import Cast, build_cast


@pytest.fixture
def cast(db) -> Cast:
    return build_cast()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded attachments go to a throwaway directory, never into var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
