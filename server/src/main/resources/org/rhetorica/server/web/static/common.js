// Shared by the workbench's pages. Every text from the corpus goes into the page as text
// (textContent, attributes), never as markup.
var Rhetorica = (function () {
  'use strict';

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /** GET or POST the API; rejects with the API's message on an error status. */
  function api(path, options) {
    return fetch(path, options).then(function (response) {
      return response.text().then(function (body) {
        var json = null;
        try { json = body ? JSON.parse(body) : null; } catch (e) { json = null; }
        if (!response.ok) {
          throw new Error(json && json.message ? json.message : response.status + ' ' + response.statusText);
        }
        return json;
      });
    });
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function number(value, digits) {
    return Number(value).toLocaleString('en', {maximumFractionDigits: digits || 0});
  }

  return {el: el, api: api, clear: clear, number: number};
})();
