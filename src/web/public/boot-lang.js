/* Provisional <html lang> before the app loads. Mirrors src/web/i18n/detect.ts; the app fixes it up on init. */
(function () {
  var SUPPORTED = ['en', 'zh-Hans', 'zh-Hant', 'de', 'vi'];
  function exact(tag) {
    if (!tag) return null;
    var lower = String(tag).toLowerCase();
    for (var i = 0; i < SUPPORTED.length; i++) if (SUPPORTED[i].toLowerCase() === lower) return SUPPORTED[i];
    return null;
  }
  function fromBrowser(tag) {
    var t = String(tag || '').toLowerCase();
    if (exact(t)) return exact(t);
    if (/^zh-(tw|hk|mo)\b/.test(t) || /^zh-hant\b/.test(t)) return 'zh-Hant';
    if (t === 'zh' || /^zh-/.test(t)) return 'zh-Hans';
    if (t === 'de' || /^de-/.test(t)) return 'de';
    if (t === 'vi' || /^vi-/.test(t)) return 'vi';
    if (t === 'en' || /^en-/.test(t)) return 'en';
    return null;
  }
  var lang = null;
  try {
    lang = exact(new URLSearchParams(window.location.search).get('lang'));
  } catch (e) {}
  if (!lang) {
    try {
      lang = exact(window.localStorage.getItem('innox.lang'));
    } catch (e) {}
  }
  if (!lang) {
    var list = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]) || [];
    for (var i = 0; i < list.length && !lang; i++) lang = fromBrowser(list[i]);
  }
  document.documentElement.lang = lang || 'en';
})();
