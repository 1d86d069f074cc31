"""Private files: what an upload really is (by its first bytes, not its name), the checks every
upload goes through, storing it under an unguessable name, marking it removed, and handing it
to the person allowed to read it. The rows are `core.models.StoredFile` subclasses."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from .errors import DomainError

MB = 1024 * 1024

# (leading bytes, MIME type, kind, extension)
SIGNATURES = [
    (b"%PDF-", "application/pdf", "pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "image", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "image", "jpg"),
    (b"GIF87a", "image/gif", "image", "gif"),
    (b"GIF89a", "image/gif", "image", "gif"),
]


def sniff(head: bytes) -> tuple[str, str, str] | None:
    """(MIME type, kind, extension) from a file's first bytes; None for anything else."""
    for signature, mime, kind, extension in SIGNATURES:
        if head.startswith(signature):
            return mime, kind, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "image", "webp"
    return None


# Markup a browser would render if it ever sniffed the file as a page: refused in the first
# kilobyte of any upload, whatever its leading bytes claim (a "%PDF-" line followed by HTML).
_MARKUP = re.compile(
    rb"<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|meta)\b", re.I
)
_EXTENSIONS = {mime: extension for _signature, mime, _kind, extension in SIGNATURES} | {
    "image/webp": "webp"
}


def download_name(original: str, content_type: str) -> str:
    """The name a private file is downloaded under: the original, but always with the extension
    of what the file really is ("report.pdf.html" holding a PDF downloads as "report.pdf.pdf")."""
    extension = _EXTENSIONS.get(content_type)
    name = Path(original or "file").name
    if extension is None or Path(name).suffix.lower() == f".{extension}":
        return name
    return f"{Path(name).stem or 'file'}.{extension}"


def private_name(prefix: str, filename: str) -> str:
    """The storage name of a private file, `<prefix>/<year>/<random>.<extension>`, for a model's
    `upload_to` function; the original name is kept on the row, never in the storage name."""
    suffix = Path(filename).suffix.lower()
    return f"{prefix}/{timezone.now():%Y}/{uuid.uuid4().hex}{suffix}"


@dataclass(frozen=True)
class CheckedUpload:
    upload: object
    name: str
    size: int
    sha256: str
    mime: str
    extension: str


def _read_at(upload, start: int, size: int) -> bytes:
    upload.seek(start)
    data = upload.read(size)
    upload.seek(0)
    return data if isinstance(data, bytes) else data.encode()


def _whole(kind: str, upload, size: int) -> bool:
    """More than the leading bytes: no page markup near the start, and a PDF that ends as a
    PDF does (its %%EOF marker in the last kilobyte)."""
    if _MARKUP.search(_read_at(upload, 0, 1024)):
        return False
    return kind != "pdf" or b"%%EOF" in _read_at(upload, max(size - 1024, 0), 1024)


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    for chunk in File(upload).chunks():
        digest.update(chunk if isinstance(chunk, bytes) else chunk.encode())
    upload.seek(0)
    return digest.hexdigest()


# What common files that are not accepted really are, by their first bytes, to name them.
_OTHER_KINDS = [
    (b"PK\x03\x04", lambda: _("a Word, Excel or other Office file (or a ZIP archive)")),
    (b"\xd0\xcf\x11\xe0", lambda: _("an older Word or Excel file (.doc, .xls)")),
    (b"{\\rtf", lambda: _("an RTF document")),
    (b"Rar!", lambda: _("a RAR archive")),
    (b"\x1f\x8b", lambda: _("a compressed (gzip) file")),
]


def _what_it_is(head: bytes, detected, accept: set[str]) -> str:
    """What a refused file really is, for the message ("a PNG image", "a web page", ...)."""
    if detected is not None:
        _mime, kind, extension = detected
        if kind in accept:  # it starts as one but is not whole, or carries a page
            return _("a damaged file, or one with a web page inside")
        if kind == "pdf":
            return _("a PDF")
        return _("a %(format)s image") % {"format": extension.upper().replace("JPG", "JPEG")}
    for signature, describe in _OTHER_KINDS:
        if head.startswith(signature):
            return describe()
    if _MARKUP.search(head):
        return _("a web page (HTML)")
    if head and all(byte in b"\t\n\r" or 32 <= byte < 127 or byte >= 128 for byte in head):
        return _("a text file")
    return _("a kind of file Loetrat does not recognise")


def _not_accepted(name: str, head: bytes, detected, accept: set[str], field: str) -> DomainError:
    what = _what_it_is(head, detected, accept)
    if accept == {"pdf"}:
        message = _(
            "%(name)s is %(what)s. Only PDF files are accepted here: save it as PDF and "
            "upload it again."
        )
    else:
        message = _(
            "%(name)s is %(what)s. Only PDF files and images (PNG, JPEG, GIF, WebP) are "
            "accepted here: save it as PDF and upload it again."
        )
    return DomainError(message % {"name": name, "what": what}, code="file_type", field=field)


def check_upload(
    upload, *, accept: Iterable[str] = ("pdf", "image"), max_mb: int, field: str = "file"
) -> CheckedUpload:
    """The upload once it is known to be a non-empty file of an accepted kind ("pdf", "image")
    within `max_mb`; otherwise a DomainError on `field` that names the file and the fix."""
    name = Path(getattr(upload, "name", "") or "file").name[:255]
    size = File(upload).size or 0
    if size == 0:
        raise DomainError(_("%(name)s is empty.") % {"name": name}, code="empty_file", field=field)
    accept = set(accept)
    head = _read_at(upload, 0, 1024)
    detected = sniff(head[:16])
    if detected is None or detected[1] not in accept:
        raise _not_accepted(name, head, detected, accept, field)
    if size > max_mb * MB:
        raise DomainError(
            _("%(name)s is %(size).1f MB; each file may be at most %(limit)s MB.")
            % {"name": name, "size": size / MB, "limit": max_mb},
            code="file_too_big",
            field=field,
        )
    if not _whole(detected[1], upload, size):
        raise _not_accepted(name, head, detected, accept, field)
    mime, _kind, extension = detected
    return CheckedUpload(upload, name, size, _sha256(upload), mime, extension)


def store_upload(record, checked: CheckedUpload, *, actor):
    """Fill a new StoredFile row from a checked upload, store the file and save the row."""
    record.original_name = checked.name
    record.content_type = checked.mime
    record.size = checked.size
    record.sha256 = checked.sha256
    record.uploaded_by = actor
    record.file.save(f"upload.{checked.extension}", File(checked.upload), save=False)
    record.save()
    return record


def mark_removed(record, *, actor) -> bool:
    """Take a stored file out of use (the row and the file stay for the record); False when it
    was removed already. Locks the row so that two removals record one."""
    locked = type(record)._default_manager.select_for_update().get(pk=record.pk)
    if locked.removed_at is not None:
        return False
    record.removed_at = timezone.now()
    record.removed_by = actor if getattr(actor, "is_authenticated", False) else None
    record.save(update_fields=["removed_at", "removed_by"])
    return True


def private_file_response(file, *, filename: str, content_type: str) -> FileResponse:
    """The file as a download that no shared cache keeps; 404 when storage has lost it."""
    try:
        handle = file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=download_name(filename, content_type),
        content_type=content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def private_download(content: bytes, *, filename: str, content_type: str) -> HttpResponse:
    """Generated content (a receipt, minutes, an export) as a download no shared cache keeps."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


# Uploads kept between a preview and its confirmation (an import checked, shown, then applied):
# stored under a random name that only the person's session knows, read back once, discarded.
STASH_DIR = "stash"


def stash_upload(content: bytes, *, kind: str, suffix: str) -> tuple[str, str]:
    """Keep `content` until it is confirmed; returns (token, storage name)."""
    token = uuid.uuid4().hex
    name = default_storage.save(f"{STASH_DIR}/{kind}/{token}{suffix.lower()}", ContentFile(content))
    return token, name


def stashed_content(name: str) -> bytes | None:
    """What was kept under `name`, or None once it is gone."""
    if not name or not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as stored:
        return stored.read()


def discard_stash(name: str) -> None:
    if name and default_storage.exists(name):
        default_storage.delete(name)


def stored_file_models() -> list:
    """Every model whose rows keep a private file (the StoredFile subclasses of all apps)."""
    from django.apps import apps

    from .models import StoredFile

    return [model for model in apps.get_models() if issubclass(model, StoredFile)]


def _walk(storage, directory: str):
    try:
        folders, files = storage.listdir(directory)
    except (FileNotFoundError, OSError):
        return
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for folder in folders:
        yield from _walk(storage, f"{directory}/{folder}" if directory else folder)


def file_check(*, older_than=None) -> tuple[list[str], list[str]]:
    """(rows whose file is missing, as "<model> <pk>"; stored files that no row names, in the
    models' storage roots and the stash). A file written inside a transaction that was rolled
    back is such an orphan; `older_than` (a datetime) leaves out files modified since, which may
    belong to a request still running."""
    storage = default_storage
    known, missing = set(), []
    for model in stored_file_models():
        for pk, name in model._default_manager.values_list("pk", "file"):
            known.add(name)
            if not name or not storage.exists(name):
                missing.append(f"{model._meta.label_lower} {pk}")
    orphans = []
    roots = [model.storage_root for model in stored_file_models() if model.storage_root]
    for root in [*roots, STASH_DIR]:
        for name in _walk(storage, root):
            if name in known:
                continue
            if older_than is not None:
                try:
                    if storage.get_modified_time(name) > older_than:
                        continue
                except (NotImplementedError, OSError):
                    pass
            orphans.append(name)
    return missing, orphans
