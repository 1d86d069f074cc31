"""Uploaded and stored files: what a file really is (by its first bytes, not its name), and
handing a privately stored file to the person allowed to read it."""

from django.http import FileResponse, Http404

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


def private_file_response(file, *, filename: str, content_type: str) -> FileResponse:
    """The file as a download that no shared cache keeps; 404 when storage has lost it."""
    try:
        handle = file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response
