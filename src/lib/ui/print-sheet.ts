/**
 * A print page (briefing note, deck) moved to the end of the body, outside the app's root, so
 * that its print styles can leave the rest of the page out (`body.<bodyClass> > :not(…)`).
 */
export function printSheet(node: HTMLElement, bodyClass: string) {
  document.body.appendChild(node);
  document.body.classList.add(bodyClass);
  node.focus();
  return {
    destroy() {
      document.body.classList.remove(bodyClass);
      node.remove();
    },
  };
}
