(() => {
  const to = new URL(document.querySelector('meta[name="kb:redirect"]').content, location.href);
  if (location.hash) to.hash = location.hash;
  if (location.search) to.search = location.search;
  location.replace(to.href);
})();
