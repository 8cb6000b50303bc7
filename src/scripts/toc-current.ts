/**
 * Marks the table-of-contents link of the section being read with aria-current="location".
 * The "section being read" is the last heading that has scrolled past the top third of the
 * viewport, which matches where the eye is on a long page.
 */
export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const targets = links
    .map((link) => ({
      link,
      heading: document.getElementById(decodeURIComponent(link.hash.slice(1))),
    }))
    .filter((t): t is { link: HTMLAnchorElement; heading: HTMLElement } => t.heading !== null);
  if (targets.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 3;
    let current = targets[0]!.heading;
    // A heading that is not drawn (the footnotes' when every footnote sits in the margin as a
    // sidenote) reports a top of 0 and would always count as read.
    for (const t of targets) {
      const box = t.heading.getClientRects()[0];
      if (box && box.top <= line) current = t.heading;
    }
    // By heading, not by link: a note with sidenotes has a second list under the navigation.
    for (const t of targets) {
      if (t.heading === current) t.link.setAttribute('aria-current', 'location');
      else t.link.removeAttribute('aria-current');
    }
  };
  addEventListener(
    'scroll',
    () => {
      frame ||= requestAnimationFrame(update);
    },
    { passive: true },
  );
  // Not update() here: reading positions now forces a layout of the rest of the page inside this
  // script's task (15–25 ms on the longest note, ×4 in Lighthouse's mobile simulation), which
  // then counts as blocking time. In the next frame, that layout is part of the first paint,
  // which needs it anyway.
  frame = requestAnimationFrame(update);
}
