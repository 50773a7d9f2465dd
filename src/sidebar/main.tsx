import { render } from 'preact';
import '../ui/base.css';
import './sidebar.css';
import { uiLanguage } from '../platform/i18n';
import { App } from './app';

// The page is shown in the browser's language (screen readers pick their voice from it).
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
