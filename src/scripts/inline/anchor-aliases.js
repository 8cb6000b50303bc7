(() => {
  const map = JSON.parse(document.getElementById('anchor-aliases').textContent);
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id) || !map[id]) return;
    const target = new URL(map[id], location.href);
    target.search = location.search;
    location.replace(target.href);
  };
  follow();
  addEventListener('hashchange', follow);
})();
