// The unit picker of the user form: typing in the search box asks the server for the matching
// units (name or credit code) and replaces the options, keeping the unit chosen so far.
(function () {
  var search = document.getElementById('unit-search');
  var select = document.getElementById('unitId');
  if (!search || !select) {
    return;
  }
  search.classList.remove('d-none');
  var timer;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = new URL(search.getAttribute('data-options-url'), window.location.origin);
      url.searchParams.set('q', search.value);
      if (select.value) {
        url.searchParams.set('chosen', select.value);
      }
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          return response.ok ? response.text() : Promise.reject(response.status);
        })
        .then(function (options) {
          var chosen = select.value;
          select.innerHTML = options;
          select.value = chosen;
          if (!chosen && select.options.length === 2) {
            select.selectedIndex = 1;
          }
        })
        .catch(function () { /* keep the current options */ });
    }, 250);
  });
})();
