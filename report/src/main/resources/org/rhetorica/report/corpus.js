(function () {
  'use strict';
  // Sorts a table by the column whose heading is clicked.
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headings = table.querySelectorAll('thead th');
    headings.forEach(function (heading, column) {
      heading.addEventListener('click', function () {
        var numeric = heading.classList.contains('n');
        // First click: numbers largest first, text A to Z; a second click reverses.
        var current = heading.getAttribute('aria-sort');
        var ascending = current ? current === 'descending' : !numeric;
        headings.forEach(function (other) { other.removeAttribute('aria-sort'); });
        heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var text = row.cells[column].textContent.trim();
          return numeric ? parseFloat(text) || 0 : text.toLowerCase();
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = numeric ? x - y : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
