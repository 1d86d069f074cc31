"""Handing a privately stored file to the person allowed to read it."""

from django.http import FileResponse, Http404


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
