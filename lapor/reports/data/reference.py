"""The SP4N-LAPOR! category tree from `categories.json` (made by scripts/extract_categories.py)."""

import json
from pathlib import Path

from lapor.core.management.bulk import SyncCounts, sync_by_code

from ..models import Category

CATEGORIES_FILE = Path(__file__).resolve().parent / "categories.json"


def load_categories(path: Path = CATEGORIES_FILE) -> dict[str, SyncCounts]:
    """Create or update the two-level category tree; returns counts per level.

    Names and parents follow the file. `supervisory` (berkadar pengawasan) is set when a category
    is created and is the operators' to change afterwards, like `is_active`: a reload never
    overrides their configuration.
    """
    tree = json.loads(path.read_text(encoding="utf-8"))["categories"]
    keep = frozenset({"supervisory"})
    tops = {top["code"]: {"name": top["name"], "parent_id": None, "supervisory": top["supervisory"]} for top in tree}
    top_counts, ids = sync_by_code(Category, tops, create_only=keep)
    children = {
        child["code"]: {"name": child["name"], "parent_id": ids[top["code"]], "supervisory": child["supervisory"]}
        for top in tree
        for child in top["children"]
    }
    child_counts, _ids = sync_by_code(Category, children, create_only=keep)
    return {"kategori utama": top_counts, "subkategori": child_counts}
