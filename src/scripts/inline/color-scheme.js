(() => {
  const stored = localStorage.getItem('color-scheme');
  if (stored === 'light' || stored === 'dark') document.documentElement.dataset.scheme = stored;
})();
