// As-you-type suggestions under the header's search box: the WAI-ARIA APG "combobox with listbox popup"
// pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Without this script the box is a plain
// search form; with it, titles and other names of conditions and pages are offered while typing.
(function () {
  'use strict';

  var input = document.getElementById('site-search-q');
  if (!input || !window.fetch || !input.form) {
    return;
  }

  var row = input.parentNode;
  var listbox = document.createElement('ul');
  listbox.id = 'site-search-suggestions';
  listbox.className = 'site-search__suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Suggestions');
  listbox.hidden = true;
  row.appendChild(listbox);

  // Announces how many suggestions there are: a listbox that appears is not announced by itself.
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.form.appendChild(status);

  // HTML allows the combobox role on a text input, not a search input (the Nu Html Checker says so); the
  // form keeps its search landmark and phones keep their search key.
  input.type = 'text';
  input.setAttribute('inputmode', 'search');
  input.setAttribute('enterkeyhint', 'search');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  var items = [];
  var active = -1;
  var timer = 0;
  var controller = null;
  var lastQuery = '';

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open() {
    if (items.length > 0) {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  }

  function setActive(index) {
    var options = listbox.children;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }

    active = index;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(index) {
    if (items[index]) {
      window.location.assign(items[index].url);
    }
  }

  function render(suggestions) {
    items = suggestions;
    listbox.textContent = '';
    suggestions.forEach(function (s, i) {
      var option = document.createElement('li');
      option.id = 'site-search-suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'site-search__suggestion';
      option.textContent = s.title;
      if (s.alsoKnownAs) {
        var also = document.createElement('span');
        also.className = 'site-search__also';
        also.textContent = ' (also known as ' + s.alsoKnownAs + ')';
        option.appendChild(also);
      }

      option.addEventListener('click', function () { go(i); });
      listbox.appendChild(option);
    });

    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (suggestions.length === 0) {
      close();
      status.textContent = '';
    } else {
      open();
      status.textContent = suggestions.length === 1
        ? '1 suggestion. Use the down arrow to choose it.'
        : suggestions.length + ' suggestions. Use the up and down arrows to choose one.';
    }
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q === lastQuery) {
      open();
      return;
    }

    lastQuery = q;
    if (controller) {
      controller.abort();
    }

    if (q.length < 2) {
      render([]);
      return;
    }

    controller = new AbortController();
    fetch('/search/suggest?q=' + encodeURIComponent(q), { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (input.value.trim() === q) {
          render(suggestions);
        }
      })
      .catch(function () { /* aborted or offline: the form still works */ });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 120);
  });

  input.addEventListener('keydown', function (event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (listbox.hidden) {
          open();
          if (event.altKey) {
            return;
          }
        }

        if (items.length > 0) {
          setActive(active + 1 >= items.length ? 0 : active + 1);
        }

        break;
      case 'ArrowUp':
        event.preventDefault();
        if (listbox.hidden) {
          open();
        }

        if (items.length > 0) {
          setActive(active <= 0 ? items.length - 1 : active - 1);
        }

        break;
      case 'Enter':
        if (!listbox.hidden && active >= 0) {
          event.preventDefault();
          go(active);
        }

        break;
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          lastQuery = '';
          render([]);
        }

        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  // A click on an option must not blur the input first (that would close the list under the pointer).
  listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
  input.addEventListener('blur', close);
  input.addEventListener('focus', function () {
    if (input.value.trim() === lastQuery) {
      open();
    }
  });
}());
