"""Checking attachments by their content and removing what they say about the reporter.

Images are decoded and re-encoded, which drops EXIF (GPS position, camera, owner) and any other
embedded metadata; PDFs are accepted by signature only. Nothing is trusted from the file name or
the declared content type.
"""

import hashlib
import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .models import Attachment

# Refuse decompression bombs instead of merely warning about them.
Image.MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


@dataclass
class CleanFile:
    name: str
    content: bytes
    content_type: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def _read(upload) -> bytes:
    if hasattr(upload, "chunks"):
        return b"".join(upload.chunks())
    return upload.read()


def _strip_image(raw: bytes) -> tuple[bytes, str] | None:
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            fmt = probe.format
            probe.verify()
        if fmt not in IMAGE_FORMATS:
            return None
        with Image.open(io.BytesIO(raw)) as img:
            # Apply the EXIF orientation before the EXIF block is dropped, so photos stay upright.
            img = ImageOps.exif_transpose(img)
            out = io.BytesIO()
            if fmt == "JPEG":
                img.convert("RGB").save(out, format="JPEG", quality=88, optimize=True)
            else:
                img.save(out, format=fmt)
            return out.getvalue(), IMAGE_FORMATS[fmt]
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        return None


def clean_upload(upload, *, field: str = "attachments") -> CleanFile:
    name = (getattr(upload, "name", "") or "lampiran").rsplit("/", 1)[-1][:200]
    size = getattr(upload, "size", None)
    limit_mb = settings.ATTACHMENT_MAX_BYTES / (1024 * 1024)
    if size is not None and size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            {field: _("Berkas %(name)s melebihi batas %(limit).0f MB.") % {"name": name, "limit": limit_mb}}
        )
    raw = _read(upload)
    if len(raw) > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            {field: _("Berkas %(name)s melebihi batas %(limit).0f MB.") % {"name": name, "limit": limit_mb}}
        )
    if not raw:
        raise ValidationError({field: _("Berkas %(name)s kosong.") % {"name": name}})
    if raw.startswith(b"%PDF-"):
        if b"%%EOF" not in raw[-2048:]:
            raise ValidationError({field: _("Berkas PDF %(name)s rusak atau tidak lengkap.") % {"name": name}})
        return CleanFile(name=name, content=raw, content_type="application/pdf")
    stripped = _strip_image(raw)
    if stripped is None:
        raise ValidationError(
            {
                field: _("Berkas %(name)s tidak didukung. Unggah gambar JPG, PNG, WEBP atau dokumen PDF.")
                % {"name": name}
            }
        )
    content, content_type = stripped
    return CleanFile(name=name, content=content, content_type=content_type)


def clean_uploads(uploads, *, field: str = "attachments") -> list[CleanFile]:
    uploads = [u for u in (uploads or []) if u]
    if len(uploads) > settings.ATTACHMENT_MAX_COUNT:
        raise ValidationError(
            {field: _("Paling banyak %(count)d lampiran.") % {"count": settings.ATTACHMENT_MAX_COUNT}}
        )
    return [clean_upload(u, field=field) for u in uploads]


def save_attachments(report, files: list[CleanFile], *, event=None, user=None) -> list[Attachment]:
    saved = []
    for f in files:
        attachment = Attachment(
            report=report,
            event=event,
            original_name=f.name,
            content_type=f.content_type,
            size=len(f.content),
            sha256=f.sha256,
            uploaded_by=user,
        )
        attachment.file.save(f.name, ContentFile(f.content), save=False)
        attachment.save()
        saved.append(attachment)
    return saved
