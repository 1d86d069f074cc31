from django import forms
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField

from .scoring import DEFAULT_PERCENT_BANDS, maturity_maxima, to_decimal

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Criteria file (.json or .xlsx)"),
        help_text=_("A file exported from Loetrat, or the same layout filled in by hand."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".json", ".xlsx")):
            raise forms.ValidationError(_("Upload a .json or .xlsx file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


class CloneForm(forms.Form):
    label = forms.CharField(
        label=_("Label of the new draft"),
        max_length=32,
        help_text=_("Usually the year, e.g. 2567."),
    )


class PaperApprovalForm(forms.Form):
    """An approval given at a meeting held before the approval gate, recorded from paper."""

    approving_resolution = forms.CharField(
        label=_("Approving resolution"),
        max_length=400,
        help_text=_("The committee, meeting number and agenda item, e.g. อ.ก.พ.ร. ครั้งที่ 7/2565."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    meeting_day = ThaiDateField(label=_("Date of the meeting"))


class RetireForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)


class DiffForm(forms.Form):
    old = forms.ChoiceField(label=_("From version"))
    new = forms.ChoiceField(label=_("To version"))

    def __init__(self, *args, labels=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(label, label) for label in labels]
        self.fields["old"].choices = choices
        self.fields["new"].choices = choices


def _field_for(node, decimals: int):
    label = f"{node.code} {node.name_th}"
    points = to_decimal(node.points)
    if node.scale_type == "percent_band":
        bands = node.scale.get("bands") or DEFAULT_PERCENT_BANDS
        return {
            "": forms.TypedChoiceField(
                label=label,
                required=False,
                choices=[("", "—")] + [(str(p), f"{p}%") for p in range(0, 101, 5)],
                help_text=" · ".join(f"{b['key']}%: {b['label_th']}" for b in bands),
            )
        }
    if node.scale_type == "points_range":
        return {
            "": forms.DecimalField(
                label=label,
                required=False,
                min_value=0,
                max_value=points,
                decimal_places=decimals,
                help_text=_("0 to %(max)s points") % {"max": points},
            )
        }
    if node.scale_type == "ordinal":
        levels = node.scale["levels"]
        return {
            "": forms.ChoiceField(
                label=label,
                required=False,
                choices=[("", "—")]
                + [(str(n), f"{n} {level['label_th']}") for n, level in enumerate(levels, 1)],
            )
        }
    if node.scale_type == "maturity":
        levels = node.scale["levels"]
        maxima = maturity_maxima(levels, points)
        return {
            "": forms.MultipleChoiceField(
                label=label,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                choices=[
                    (
                        f"{level['label_th']} ({maximum})",
                        [(p["code"], f"{p['code']} {p['text_th']}") for p in level["practices"]],
                    )
                    for level, maximum in zip(levels, maxima, strict=True)
                ],
            )
        }
    return {
        "_target": forms.DecimalField(
            label=_("%(label)s: target") % {"label": label}, required=False
        ),
        "_results": forms.CharField(
            label=_("%(label)s: results by year") % {"label": label},
            required=False,
            help_text=_("Year: value, separated by commas, e.g. 2564: 80, 2565: 85, 2566: 92"),
        ),
    }


class TryScoringForm(forms.Form):
    """One field (or two, for results) per scored criterion, named after its code."""

    def __init__(self, *args, tree, **kwargs):
        super().__init__(*args, **kwargs)
        self.leaves = tree.scored_leaves()
        for node in self.leaves:
            for suffix, field in _field_for(node, tree.decimals).items():
                self.fields[f"c_{node.code}{suffix}"] = field

    def clean(self):
        data = super().clean()
        for node in self.leaves:
            if node.scale_type != "results":
                continue
            text = data.get(f"c_{node.code}_results") or ""
            pairs = [part.split(":", 1) for part in text.split(",") if part.strip()]
            if any(len(pair) != 2 for pair in pairs):
                self.add_error(
                    f"c_{node.code}_results", _("Write each result as year: value, e.g. 2566: 92.")
                )
        return data

    def inputs(self) -> dict:
        data, inputs = self.cleaned_data, {}
        for node in self.leaves:
            if node.scale_type == "results":
                text = data.get(f"c_{node.code}_results") or ""
                results = {
                    year.strip(): value.strip()
                    for year, value in (
                        part.split(":", 1) for part in text.split(",") if ":" in part
                    )
                }
                if results:
                    inputs[node.code] = {
                        "target": data.get(f"c_{node.code}_target"),
                        "results": results,
                    }
            else:
                value = data.get(f"c_{node.code}")
                if value not in (None, "", []):
                    inputs[node.code] = value
        return inputs
