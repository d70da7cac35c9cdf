import { ScreenHeading } from '@/components/screen-heading';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  screen: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** One per screen: a crash in one screen leaves the header, the other screens and stored data alone. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.screen} screen failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="error-panel" aria-labelledby="error-title">
        <ScreenHeading id="error-title">Something went wrong on the {this.props.screen} screen</ScreenHeading>
        <p>Your saved answers are untouched. Reloading usually helps.</p>
        <p className="error-detail">{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
