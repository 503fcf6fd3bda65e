/**
 * The page the build wrote (#prerender: the default view or a State's profile, as SVG) stays on
 * screen while the app starts behind it, unseen; when the app has drawn its first figure (or
 * has failed, to say so), the static page goes and the app shows in its place in one frame.
 */
export function takeOverStaticPage(
  prerendered: HTMLElement | null,
  app: HTMLElement,
  filters: string,
): void {
  if (!prerendered) return;
  // A page for other filters or another language (index.html?profile=BEL, a French browser)
  // would show the wrong figures until the app replaced them: it goes at once.
  const page = prerendered.querySelector('[data-static-filters]');
  if (page?.getAttribute('data-static-filters') !== filters) {
    prerendered.remove();
    return;
  }
  app.classList.add('app-starting');
  const observer = new MutationObserver(() => {
    const main = app.querySelector('main');
    if (!main) return;
    const failed = main.dataset.status === 'error';
    const drawn =
      main.dataset.ready === 'true' &&
      app.querySelector('section.view svg, [data-testid="profile-summary"] p') !== null;
    if (!failed && !drawn) return;
    observer.disconnect();
    prerendered.remove();
    app.classList.remove('app-starting');
  });
  observer.observe(app, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'data-status'],
  });
}
