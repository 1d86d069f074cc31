"""The form engine: forms described as data (a list of fields), checked, read from what people
type (keeping malformed input in drafts) and shown as HTML with problems beside each field."""

from .kinds import FieldKind

__all__ = ["FieldKind"]
