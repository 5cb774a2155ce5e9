// The error page's "back" link goes back in history when there is one (the form keeps what was
// typed); without scripts it opens the page the user came from.
document.querySelectorAll('a[data-back]').forEach(function (link) {
  link.addEventListener('click', function (event) {
    if (history.length > 1) {
      event.preventDefault();
      history.back();
    }
  });
});
