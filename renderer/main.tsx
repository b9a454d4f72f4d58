import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { App, BootMessage } from './app/App';
import { PcoDatabase } from './db/database';
import { bridge } from '#bridge';
import './styles.css';

async function start(): Promise<void> {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root');
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<BootMessage />}>
        <App db={new PcoDatabase()} bridge={bridge} />
      </Suspense>
    </StrictMode>,
  );
}

void start();
