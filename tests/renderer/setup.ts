import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Mantine reads media queries and observes element sizes; jsdom has neither.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
Object.defineProperty(window, 'getComputedStyle', { value: window.getComputedStyle.bind(window), writable: true });

afterEach(() => {
  cleanup();
});

// The app loads each area's screen (and the signed-in shell) lazily. In a test the first render
// would then wait for that module graph to be transformed, which on a busy machine outlasts
// findBy's one-second wait. Import them all up front, as the app's static imports did before;
// React.lazy still suspends, but only for a resolved import.
const screens = Object.values(
  import.meta.glob(['../../renderer/features/*/*Screen.tsx', '../../renderer/features/shell/SignedIn.tsx']),
);
if (screens.length < 12) throw new Error(`setup.ts found only ${screens.length} screens to preload: check the glob`);
await Promise.all(screens.map((load) => load()));
