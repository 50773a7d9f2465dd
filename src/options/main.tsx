import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { App } from './app';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
