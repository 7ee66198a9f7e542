#!/usr/bin/env python3
"""Build lapor/reports/data/categories.json from the SP4N-LAPOR! category taxonomy.

The source is section 11 of the project's domain research (`lapor-domain.md`), which records the
category tree hard-coded from lapor.go.id (38 top-level categories). Each line there reads

    - **TOP-LEVEL LABEL** (N): CHILD ONE; CHILD TWO; ...

The research flattened the sub-levels (a parent like "INFRASTRUKTUR JALAN" is followed by its own
children), and our Category model has two levels, so every label of a line becomes a child of its
top-level category, in the source's order.

Run it by hand when the research changes, and commit the output (the installed product reads the
JSON, never the research file):

    .venv/bin/python scripts/extract_categories.py [path/to/lapor-domain.md] [-o output.json]

The output is deterministic: same input, byte-identical JSON.
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from django.utils.text import slugify

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/research/lapor-domain.md")
DEFAULT_OUTPUT = ROOT / "lapor" / "reports" / "data" / "categories.json"
SOURCE_URL = (
    "https://github.com/masp222/SP4NLAPOR-Category-Classification-/blob/"
    "8fb2907db1339a406ed17d8033766b4ea5391059/classificationgemastik.ipynb"
)
CODE_MAX_LENGTH = 160  # Category.code

# Pengaduan "berkadar pengawasan" (about maladministration, corruption, or the political neutrality of
# civil servants) get 60 working days instead of 14. A child is supervisory when its top-level category is
# wholly about that, or when its own label names corruption, extortion (pungli) or abuse of power.
SUPERVISORY_PARENTS = frozenset({"NETRALITAS ASN", "POLITISASI ASN"})
SUPERVISORY_PHRASES = (
    "KORUPSI",
    "KOLUSI",
    "NEPOTISME",
    "PUNGUTAN LIAR",
    "PENYALAHGUNAAN WEWENANG",
    "PENYALAHGUNAAN DANA DESA",
    "PENYALAHGUNAAN BANTUAN",
    "PENYIMPANGAN TENDER",
)
SUPERVISORY_RULE = (
    "supervisory (berkadar pengawasan, 60 hari kerja) = every child of "
    + ", ".join(sorted(SUPERVISORY_PARENTS))
    + " (and those top-level categories themselves), plus any child whose label contains one of: "
    + ", ".join(SUPERVISORY_PHRASES)
    + ". These are the reports about maladministration, corruption, extortion and abuse of power that "
    "need an investigation rather than a service fix."
)

# Words kept in capitals when the ALL-CAPS source labels are turned into display names.
ACRONYMS = frozenset(
    """AHU APBD ASN BBM BIOCF BLSM BLT BPHN BPJS BPNT BPU BST BUMD CF COB CPNS CSIRT DTKS DTLST EPS FCPF FKRTL
    FKTP GTK HAM HCU HP ICCU ICU JDIH JPO KAI KB KC KIP KIS KITAP KITAS KK KKS KPJ KPR KPS KTP LAPOR! LPG MBG MI
    MLA NICU NIDN NIK NISN NPSN NUPTK PAUD PBI PBJ PBPU PDAM PDGS PICU PIPP PKH PMI PNS PPU REDD+ RI RO RS RST SARA
    SDM SEP SIKAP SIMBG SIOLA SIP SIPD SIPP SIRUP SK SLA SMS SRGI STR THR TK TKA TKI TPP UMKM VA WNA WNI""".split()
)
# Indonesian conjunctions and prepositions stay lower-case inside a name.
SMALL_WORDS = frozenset(
    "dan atau di ke dari yang yg untuk dengan pada oleh dalam atas bagi tentang kepada terhadap terkait".split()
)
SPECIAL_WORDS = {"DLL": "dll"}

LINE = re.compile(r"^- \*\*(?P<label>.+?)\*\* \((?P<meta>[^)]*(?:\([^)]*\)[^)]*)*)\)(?::\s*(?P<items>.*))?$")


def display_name(label: str) -> str:
    """Turn "DRAINASE (GORONG-GORONG/PARIT)" into "Drainase (Gorong-Gorong/Parit)"."""
    words = []
    for index, word in enumerate(label.split()):
        words.append(_word(word, first=index == 0))
    return " ".join(words)


def _word(word: str, *, first: bool) -> str:
    lead = re.match(r"^[(\"']*", word).group(0)
    trail = re.search(r"[),.;:\"']*$", word[len(lead) :]).group(0)
    core = word[len(lead) : len(word) - len(trail)]
    if not core:
        return word
    if core in SPECIAL_WORDS:
        return lead + SPECIAL_WORDS[core] + trail
    if not first and not lead and core.lower() in SMALL_WORDS:
        return lead + core.lower() + trail
    parts = re.split(r"([/-])", core)
    return lead + "".join(_part(p) for p in parts) + trail


def _part(part: str) -> str:
    if part in {"/", "-", ""}:
        return part
    if part in ACRONYMS or any(ch.isdigit() for ch in part) or (len(part) == 1 and part.isalpha()):
        return part
    return part[:1].upper() + part[1:].lower()


def slug(label: str) -> str:
    """A URL slug; separators such as "/" and "&" become hyphens instead of vanishing."""
    return slugify(re.sub(r"[/&+]", " ", label))


def _split_items(items: str) -> list[str]:
    return [item.strip() for item in items.split(";") if item.strip()]


def parse_section(markdown: str) -> list[dict]:
    """The top-level categories of section 11, each with its raw child labels and how complete it is."""
    match = re.search(r"^## 11\..*?$(?P<body>.*?)(?=^## |\Z)", markdown, flags=re.M | re.S)
    if match is None:
        raise ValueError("Section 11 (the category taxonomy) not found in the research file.")
    tops = []
    for raw in match.group("body").splitlines():
        line = raw.strip()
        if not line.startswith("- **"):
            continue
        m = LINE.match(line)
        if m is None:
            raise ValueError(f"Unrecognised category line: {line[:80]}")
        meta = m.group("meta")
        declared = re.match(r"^(\d+)", meta)
        items = _split_items(m.group("items") or "")
        truncated_note = ""
        if not items and "e.g." in meta:
            # "173 sub-labels; COVID-era, e.g. A, B, … rest": the research kept only examples.
            examples = meta.split("e.g.", 1)[1].split("…", 1)[0]
            items = [e.strip() for e in examples.split(",") if e.strip() and e.strip().upper() == e.strip()]
            truncated_note = "only examples were recorded"
        declared_count = int(declared.group(1)) if declared else 0
        truncated = bool(truncated_note) or "…" in line or len(items) < declared_count
        tops.append(
            {
                "label": m.group("label").strip(),
                "declared_children": declared_count,
                "listed_children": len(items),
                "truncated": truncated,
                "truncated_note": truncated_note or ("fewer labels listed than declared" if truncated else ""),
                "items": items,
            }
        )
    return tops


def build_tree(tops: list[dict]) -> list[dict]:
    """Deduplicate labels, give every node a slug code unique across the tree, and mark supervisory ones."""
    top_slugs = [slug(top["label"]) for top in tops]
    if len(set(top_slugs)) != len(top_slugs):
        raise ValueError("Two top-level categories share a slug.")
    children_by_top = []
    for top in tops:
        seen, children = set(), []
        for label in top["items"]:
            if label in seen:
                continue
            seen.add(label)
            children.append(label)
        children_by_top.append(children)
    # A child keeps its own slug unless that slug is used anywhere else in the tree; then every
    # holder of it is prefixed with its parent's slug, so codes do not depend on the order of lines.
    slug_uses = Counter(top_slugs)
    for children in children_by_top:
        slug_uses.update(slug(label) for label in children)

    tree, codes = [], set(top_slugs)
    for top, top_slug, children in zip(tops, top_slugs, children_by_top, strict=True):
        parent_supervisory = top["label"] in SUPERVISORY_PARENTS
        nodes = []
        for label in children:
            base = slug(label)
            code = base if slug_uses[base] == 1 else f"{top_slug}-{base}"
            code = code[:CODE_MAX_LENGTH].rstrip("-")
            if code in codes:
                raise ValueError(f"Duplicate category code {code!r}.")
            codes.add(code)
            supervisory = parent_supervisory or any(p in label for p in SUPERVISORY_PHRASES)
            nodes.append({"code": code, "name": display_name(label), "label": label, "supervisory": supervisory})
        entry = {
            "code": top_slug,
            "name": display_name(top["label"]),
            "label": top["label"],
            "supervisory": parent_supervisory,
            "declared_children": top["declared_children"],
            "truncated": top["truncated"],
        }
        if top["truncated"]:
            entry["truncated_note"] = top["truncated_note"]
        entry["children"] = nodes
        tree.append(entry)
    return tree


def build_document(markdown: str) -> dict:
    tree = build_tree(parse_section(markdown))
    return {
        "source": {
            "description": "SP4N-LAPOR! category taxonomy as shown on lapor.go.id (scraped in 2025).",
            "url": SOURCE_URL,
            "extracted_from": "research/lapor-domain.md section 11, by scripts/extract_categories.py",
        },
        "rules": {
            "levels": "Two levels. The source flattens deeper sub-levels into each top-level list; "
            "every label becomes a child of its top-level category, in the source's order.",
            "dedupe": "A label repeated under the same top-level category is kept once.",
            "codes": "Slug of the label; a slug used more than once in the tree is prefixed with "
            "its top-level category's slug.",
            "names": "Display names are the ALL-CAPS labels in title case (acronyms kept); "
            "'label' keeps the source text, misspellings included.",
            "truncated": "true when the research file recorded fewer labels than the source has "
            "(declared_children is the count the source gave); such lists are incomplete.",
            "supervisory": SUPERVISORY_RULE,
        },
        "counts": {
            "top_level": len(tree),
            "children": sum(len(t["children"]) for t in tree),
            "supervisory": sum(t["supervisory"] + sum(c["supervisory"] for c in t["children"]) for t in tree),
            "truncated_top_level": sum(t["truncated"] for t in tree),
        },
        "categories": tree,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    document = build_document(args.source.read_text(encoding="utf-8"))
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    counts = document["counts"]
    print(
        f"{args.output}: {counts['top_level']} top-level, {counts['children']} children, "
        f"{counts['supervisory']} supervisory, {counts['truncated_top_level']} truncated lists",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
