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
    var hash = /^#entity=(.+)$/.exec(location.hash);
    if (hash) { select.value = decodeURIComponent(hash[1]); apply(); }
  }
})();
