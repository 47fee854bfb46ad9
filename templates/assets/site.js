// Progressive enhancement: every page works without this script.
// 1. Tables marked data-sortable get sort buttons in their column headers (entity index: by prominence or name).
// 2. The timeline gets a filter by entity (lists only events that name the chosen entity; on the overview of a
//    long timeline, only the months with such events, whose links then keep the filter).
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
      var has = function (element) {
        return !wanted || (' ' + element.getAttribute('data-entities') + ' ').indexOf(' ' + wanted + ' ') >= 0;
      };
      var periods = document.querySelectorAll('.timeline-period');
      var periodsShown = 0;
      Array.prototype.forEach.call(periods, function (period) {
        period.hidden = !has(period);
        if (!period.hidden) periodsShown++;
      });
      Array.prototype.forEach.call(document.querySelectorAll('.timeline-year'), function (year) {
        year.hidden = !year.querySelector('.timeline-period:not([hidden])');
      });
      // Links to other months keep the filter.
      Array.prototype.forEach.call(document.querySelectorAll('.timeline-period a, .period-nav a[rel]'), function (link) {
        link.hash = wanted ? 'entity=' + encodeURIComponent(wanted) : '';
      });
      Array.prototype.forEach.call(document.querySelectorAll('.events > .event'), function (event) {
        var match = has(event);
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
      var name = select.options[select.selectedIndex].text.replace(/ \(\d+\)$/, '');
      status.textContent = !wanted ? '' : periods.length ? periodsShown + ' of ' + periods.length + ' months have events naming ' + name : shown + ' events name ' + name;
      if (history.replaceState) history.replaceState(null, '', wanted ? '#entity=' + wanted : location.pathname);
    };
    select.addEventListener('change', apply);
    filter.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
    var hash = /^#entity=(.+)$/.exec(location.hash);
    if (hash) { select.value = decodeURIComponent(hash[1]); apply(); }
  }

  // 3. Search with Pagefind's JavaScript API: results with excerpts, filters by outlet and entity, order by date.
  // The index comes in parts (pagefind/parts.json), one Pagefind instance each; their results are merged here.
  var search = document.getElementById('search');
  if (search) {
    var form = search.querySelector('form');
    var input = document.getElementById('search-input');
    var outletSelect = document.getElementById('search-outlet');
    var entitySelect = document.getElementById('search-entity');
    var sortSelect = document.getElementById('search-sort');
    var searchStatus = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var SHOWN = 30;
    // Pagefind stores addresses from the site root; the root here is wherever this copy of the site is served.
    var root = new URL(search.getAttribute('data-root'), location.href).pathname;
    var bundle = new URL(search.getAttribute('data-bundle'), location.href).href;
    var engines = null;
    var counter = 0;
    var fill = function (select, values) {
      Object.keys(values || {}).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (value) {
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value + ' (' + values[value] + ')';
        select.appendChild(option);
      });
    };
    // Filter values of all parts, with their counts added up.
    var mergeFilters = function (all) {
      var merged = {};
      all.forEach(function (filters) {
        Object.keys(filters || {}).forEach(function (name) {
          var into = merged[name] || (merged[name] = {});
          Object.keys(filters[name]).forEach(function (value) { into[value] = (into[value] || 0) + filters[name][value]; });
        });
      });
      return merged;
    };
    // Best match: the parts are random samples of the archive, so their scores compare; ties keep part order.
    var byScore = function (lists) {
      var all = [];
      lists.forEach(function (results) { all = all.concat(results); });
      all.sort(function (a, b) { return (b.score || 0) - (a.score || 0); });
      return Promise.all(all.slice(0, SHOWN).map(function (result) { return result.data(); }));
    };
    // By date: dated pages first, newest or oldest first, then the rest by score: the same results as best match,
    // in another order. A part sorts its dated pages (and leaves the others out); a part without any dated page
    // ignores the order, which its first result shows. The parts' dated lists are merged head by head, so only
    // the pages shown are loaded.
    var byDate = function (all, sorted, direction) {
      var lists = sorted.map(function () { return []; });
      var next = sorted.map(function () { return 0; });
      var heads = sorted.map(function (results) { return results.length ? results[0].data() : null; });
      var shown = [];
      var later = function (a, b) { return direction === 'asc' ? a.meta.published < b.meta.published : a.meta.published > b.meta.published; };
      var merge = function () {
        if (shown.length >= SHOWN) return shown;
        return Promise.all(heads).then(function (pages) {
          var best = -1;
          pages.forEach(function (page, part) { if (page && (best < 0 || later(page, pages[best]))) best = part; });
          if (best < 0) return shown;
          shown.push(pages[best]);
          next[best] += 1;
          heads[best] = next[best] < lists[best].length ? lists[best][next[best]].data() : null;
          return merge();
        });
      };
      return Promise.all(heads).then(function (first) {
        first.forEach(function (page, part) {
          if (page && page.meta.published) lists[part] = sorted[part];
          else heads[part] = null;
        });
        return merge();
      }).then(function () {
        if (shown.length >= SHOWN) return shown;
        var dated = {};
        lists.forEach(function (results) { results.forEach(function (result) { dated[result.id] = true; }); });
        var rest = all.map(function (results) { return results.filter(function (result) { return !dated[result.id]; }); });
        return byScore(rest).then(function (pages) { return shown.concat(pages).slice(0, SHOWN); });
      });
    };
    var text = function (tag, className, content) {
      var element = document.createElement(tag);
      if (className) element.className = className;
      element.textContent = content;
      return element;
    };
    var show = function (pages, total) {
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
      searchStatus.textContent = total + ' result' + (total === 1 ? '' : 's') + (total > SHOWN ? ', first ' + SHOWN + ' shown' : '');
    };
    var run = function () {
      if (!engines) return;
      var id = ++counter;
      var term = input.value.trim();
      var filters = {};
      if (outletSelect.value) filters.outlet = outletSelect.value;
      if (entitySelect.value) filters.entity = entitySelect.value;
      var params = new URLSearchParams();
      if (term) params.set('q', term);
      if (outletSelect.value) params.set('outlet', outletSelect.value);
      if (entitySelect.value) params.set('entity', entitySelect.value);
      if (sortSelect.value) params.set('sort', sortSelect.value);
      if (history.replaceState) history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
      if (!term && !outletSelect.value && !entitySelect.value) { list.textContent = ''; searchStatus.textContent = ''; return; }
      var searches = engines.map(function (engine) {
        var unsorted = engine.search(term || null, { filters: filters });
        var sorted = sortSelect.value ? engine.search(term || null, { filters: filters, sort: { date: sortSelect.value } }) : null;
        return Promise.all([unsorted, sorted]);
      });
      Promise.all(searches).then(function (found) {
        var all = found.map(function (pair) { return pair[0].results; });
        var total = all.reduce(function (sum, results) { return sum + results.length; }, 0);
        var pages = sortSelect.value ? byDate(all, found.map(function (pair) { return pair[1].results; }), sortSelect.value) : byScore(all);
        return pages.then(function (shown) {
          if (id === counter) show(shown, total);
        });
      });
    };
    fetch(bundle + 'parts.json').then(function (response) {
      if (!response.ok) throw new Error('no search index');
      return response.json();
    }).then(function (index) {
      var parts = index.parts || [];
      if (!parts.length) return [];
      // A module of Pagefind's own per part (instances in one module share state that mixes up their indexes),
      // on the main thread: one web worker per part would cost more than the searches it runs.
      return Promise.all(parts.map(function (part) {
        return import(bundle + part + '/pagefind.js').then(function (module) {
          return module.createInstance({ basePath: bundle + part + '/', noWorker: true });
        });
      })).then(function (instances) {
        engines = instances;
        return Promise.all(engines.map(function (engine) { return engine.options({ baseUrl: root }).then(function () { return engine.filters(); }); }));
      });
    }).then(function (all) {
      engines = engines || [];
      var filters = mergeFilters(all);
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
    }).catch(function (error) {
      if (window.console) console.warn('Search could not load:', error);
      searchStatus.textContent = 'Search could not load. Browse the lists of articles and entities instead.';
    });
  }
})();
