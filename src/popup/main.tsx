import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { App } from './app';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
