// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a rejected form, put the keyboard focus on the first field that needs fixing.
  const invalid = document.querySelector(".field--invalid input, .field--invalid select, .field--invalid textarea");
  if (invalid) {
    invalid.focus();
    return;
  }
  // A form-wide error (such as a wrong password) marks no field: focus the first field still empty,
  // so the person can type again at once without re-entering what was kept.
  const formError = document.querySelector("form .form-errors");
  if (formError) {
    const fields = formError.closest("form").querySelectorAll(
      "input:not([type=hidden]):not([type=submit]):not([type=checkbox]):not([type=radio]), textarea"
    );
    const empty = Array.from(fields).find((field) => !field.value);
    if (empty) empty.focus();
  }
});
