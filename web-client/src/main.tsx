import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './i18n';
import { loadConfig } from './config';
import { AuthProvider } from './auth/AuthContext';
import { App } from './app/App';

void loadConfig().then((config) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AuthProvider config={config}>
        <App />
      </AuthProvider>
    </StrictMode>,
  ),
);
