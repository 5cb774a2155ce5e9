// A print button: opens the browser's print dialog (the page has print styles).
document.querySelectorAll('.print-button').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
