(function () {
  'use strict';
  var R = Rhetorica;
  var form = document.getElementById('analyse-form');
  var status = document.getElementById('status');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file-input').files[0];
    var add = document.getElementById('add-input').checked;
    var request;
    if (file) {
      var data = new FormData();
      data.append('file', file);
      data.append('add', add ? 'true' : 'false');
      request = {method: 'POST', body: data};
    } else {
      var text = document.getElementById('text-input').value;
      if (!text.trim()) {
        status.textContent = 'Paste a text or choose a file first.';
        return;
      }
      request = {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({
        text: text,
        title: document.getElementById('title-input').value,
        source: document.getElementById('source-input').value,
        published: document.getElementById('published-input').value,
        add: add
      })};
    }
    status.textContent = 'Analysing…';
    document.getElementById('analyse-button').disabled = true;
    R.api('/api/analyse', request).then(function (answer) {
      location.href = answer.page;
    }).catch(function (error) {
      status.textContent = 'Not analysed: ' + error.message;
      document.getElementById('analyse-button').disabled = false;
    });
  });
})();
