// The reader's theme and text size before the first paint, so nothing flashes. A classic script
// from a file (the site's policy runs no inline script); plain JavaScript, copied as it is (?url).
(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem('cong-theme');
    var dark = theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.dataset.theme = dark ? 'dark' : 'light';
    var scale = localStorage.getItem('cong-text-scale');
    // Through the CSSOM, which style-src 'self' allows (a style attribute it would not).
    if (scale) root.style.setProperty('--text-scale', scale);
  } catch (e) {}
})();
