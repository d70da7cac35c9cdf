import 'react';

declare module 'react' {
  // Merged into React's own declaration, which needs the same type parameter, used there and not here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /** Element Timing: the browser reports when this element is presented, under this name (see lib/after-shown.ts). */
    elementtiming?: string;
  }
}
