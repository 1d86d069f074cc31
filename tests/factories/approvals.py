"""Making an object take effect in a test without holding a meeting: the approval recorded
the way an approval given on paper is."""

from loetrat.core.approvals import approval_grant


def approve(target, actor, reference: str = "มติ (ทดสอบ)"):
    """Approve `target` through core's approval registry and return it refreshed."""
    approval_grant(target=target, actor=actor, reference_th=reference)
    target.refresh_from_db()
    return target
