// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a rejected form, put the keyboard focus on the first field that needs fixing.
  const invalid = document.querySelector(".field--invalid input, .field--invalid select, .field--invalid textarea");
  if (invalid) invalid.focus();
});
