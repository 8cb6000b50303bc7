(() => {
  const root = document.documentElement;
  const stored = localStorage.getItem('color-scheme');
  if (stored === 'light' || stored === 'dark') root.dataset.scheme = stored;
  const dark = () =>
    (root.dataset.scheme ??
      (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const sync = (button) => button.setAttribute('aria-pressed', String(dark()));
  document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll('[data-scheme-toggle]')) {
      button.hidden = false;
      sync(button);
      button.addEventListener('click', () => {
        root.dataset.scheme = dark() ? 'light' : 'dark';
        localStorage.setItem('color-scheme', root.dataset.scheme);
        sync(button);
      });
    }
  });
})();
