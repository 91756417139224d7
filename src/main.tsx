// First: sets <html data-theme> from the stored choice before anything renders.
import './app/theme.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';

// The app's code is running: public/boot-check.js no longer reports a failed start.
document.documentElement.setAttribute('data-bh-started', '');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
