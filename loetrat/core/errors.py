"""Errors that services raise when a request breaks a business rule.

Views turn them into form errors or messages, and the API into a 4xx answer with the same code, so
one rule gives one explanation everywhere."""

from django.core.exceptions import PermissionDenied


class DomainError(Exception):
    """A refused operation: `code` is stable and machine-readable, `message` is for people."""

    status = 400

    def __init__(self, message, *, code: str = "invalid", field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.code = code
        self.field = field


class PermissionDeniedError(PermissionDenied):
    """A refusal because of who asks, not of what was asked. It is Django's `PermissionDenied`
    and not a `DomainError`, so a view that shows a rule's message beside its form lets it pass
    and the person gets the 403 page (the API: 403 with this code), as for any other refusal."""

    status = 403
    field = None

    def __init__(self, message, *, code: str = "forbidden"):
        super().__init__(str(message))
        self.message = message
        self.code = code


class ConflictError(DomainError):
    status = 409

    def __init__(self, message, *, code: str = "conflict", field: str | None = None):
        super().__init__(message, code=code, field=field)
