// Progressive enhancement: every page works without this script.
// 1. Tables marked data-sortable get sort buttons in their column headers (entity index: by prominence or name).
// 2. The timeline gets a filter by entity (lists only events that name the chosen entity).
(function () {
  'use strict';

  function cellValue(row, column, numeric) {
    var text = row.cells[column].textContent.trim();
    return numeric ? Number(text) || 0 : text.toLocaleLowerCase();
  }

  function sortTable(table, column, numeric, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, column, numeric), y = cellValue(b, column, numeric);
      var order = x < y ? -1 : x > y ? 1 : 0;
      if (descending) order = -order;
      return order || cellValue(a, 0, false).localeCompare(cellValue(b, 0, false));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
      if (index === column) cell.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else cell.removeAttribute('aria-sort');
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, column) {
      var numeric = cell.hasAttribute('data-numeric');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = cell.textContent;
      cell.textContent = '';
      cell.appendChild(button);
      button.addEventListener('click', function () {
        var descending = numeric ? cell.getAttribute('aria-sort') !== 'descending' : cell.getAttribute('aria-sort') === 'ascending';
        sortTable(table, column, numeric, descending);
      });
    });
  });

  var filter = document.getElementById('entity-filter');
  if (filter) {
    var select = filter.querySelector('select');
    var status = filter.querySelector('[role="status"]');
    filter.hidden = false;
    var apply = function () {
      var wanted = select.value;
      var shown = 0;
      Array.prototype.forEach.call(document.querySelectorAll('.events > .event'), function (event) {
        var match = !wanted || (' ' + event.getAttribute('data-entities') + ' ').indexOf(' ' + wanted + ' ') >= 0;
        event.hidden = !match;
        if (match) shown++;
      });
      // Hide days and months left empty.
      Array.prototype.forEach.call(document.querySelectorAll('.timeline-day'), function (day) {
        day.hidden = !day.querySelector('.event:not([hidden])');
      });
      Array.prototype.forEach.call(document.querySelectorAll('.timeline-month'), function (month) {
        month.hidden = !month.querySelector('.event:not([hidden])');
      });
      status.textContent = wanted ? shown + ' events name ' + select.options[select.selectedIndex].text : '';
      if (history.replaceState) history.replaceState(null, '', wanted ? '#entity=' + wanted : location.pathname);
    };
    select.addEventListener('change', apply);
    filter.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
    var hash = /^#entity=(.+)$/.exec(location.hash);
    if (hash) { select.value = decodeURIComponent(hash[1]); apply(); }
  }

  // 3. Search with Pagefind's JavaScript API: results with excerpts, filters by outlet and entity, order by date.
  var search = document.getElementById('search');
  if (search) {
    var form = search.querySelector('form');
    var input = document.getElementById('search-input');
    var outletSelect = document.getElementById('search-outlet');
    var entitySelect = document.getElementById('search-entity');
    var sortSelect = document.getElementById('search-sort');
    var searchStatus = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    // Pagefind stores addresses from the site root; the root here is wherever this copy of the site is served.
    var root = new URL(search.getAttribute('data-root'), location.href).pathname;
    var bundle = new URL(search.getAttribute('data-bundle'), location.href).href;
    var engine = null;
    var counter = 0;
    var fill = function (select, values) {
      Object.keys(values || {}).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (value) {
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value + ' (' + values[value] + ')';
        select.appendChild(option);
      });
    };
    var text = function (tag, className, content) {
      var element = document.createElement(tag);
      if (className) element.className = className;
      element.textContent = content;
      return element;
    };
    var run = function () {
      if (!engine) return;
      var id = ++counter;
      var term = input.value.trim();
      var filters = {};
      if (outletSelect.value) filters.outlet = outletSelect.value;
      if (entitySelect.value) filters.entity = entitySelect.value;
      var options = { filters: filters };
      if (sortSelect.value) options.sort = { date: sortSelect.value };
      var params = new URLSearchParams();
      if (term) params.set('q', term);
      if (outletSelect.value) params.set('outlet', outletSelect.value);
      if (entitySelect.value) params.set('entity', entitySelect.value);
      if (sortSelect.value) params.set('sort', sortSelect.value);
      if (history.replaceState) history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
      if (!term && !outletSelect.value && !entitySelect.value) { list.textContent = ''; searchStatus.textContent = ''; return; }
      engine.search(term || null, options).then(function (found) {
        return Promise.all(found.results.slice(0, 30).map(function (result) { return result.data(); })).then(function (pages) {
          if (id !== counter) return;
          list.textContent = '';
          pages.forEach(function (page) {
            var item = document.createElement('li');
            var link = text('a', 'title', page.meta.title || page.url);
            link.href = page.url;
            item.appendChild(link);
            if (page.meta.date || page.filters.outlet) item.appendChild(text('p', 'meta', [page.filters.outlet && page.filters.outlet[0], page.meta.date].filter(Boolean).join(' · ')));
            // Pagefind's excerpt is text from our own pages with <mark> around the hits; keep only those marks.
            var excerpt = document.createElement('p');
            excerpt.className = 'excerpt';
            // Decoded in an inert <template> (nothing in it loads or runs), then copied over as text.
            String(page.excerpt || '').split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
              var hit = /^<mark>(.*)<\/mark>$/.exec(part);
              var holder = document.createElement('template');
              holder.innerHTML = hit ? hit[1] : part;
              var plain = holder.content.textContent;
              excerpt.appendChild(hit ? text('mark', '', plain) : document.createTextNode(plain));
            });
            item.appendChild(excerpt);
            list.appendChild(item);
          });
          searchStatus.textContent = found.results.length + ' result' + (found.results.length === 1 ? '' : 's') + (found.results.length > 30 ? ', first 30 shown' : '');
        });
      });
    };
    import(bundle + 'pagefind.js').then(function (module) {
      engine = module;
      return engine.options({ baseUrl: root }).then(function () { return engine.filters(); });
    }).then(function (filters) {
      fill(outletSelect, filters.outlet);
      fill(entitySelect, filters.entity);
      form.hidden = false;
      var params = new URLSearchParams(location.search);
      input.value = params.get('q') || '';
      outletSelect.value = params.get('outlet') || '';
      entitySelect.value = params.get('entity') || '';
      sortSelect.value = params.get('sort') || '';
      var timer = null;
      input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
      [outletSelect, entitySelect, sortSelect].forEach(function (select) { select.addEventListener('change', run); });
      form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
      run();
    }).catch(function () {
      searchStatus.textContent = 'Search could not load. Browse the lists of articles and entities instead.';
    });
  }
})();
