/**
 * Dialog placement for small windows (1024×700 is the smallest supported): near the top, and the body
 * scrolls while the title and the buttons stay on screen.
 */
export const MODAL_FIT = {
  style: { top: 24 },
  styles: {
    body: { maxHeight: 'calc(100vh - 190px)', overflowY: 'auto' as const, overflowX: 'hidden' as const },
  },
};
