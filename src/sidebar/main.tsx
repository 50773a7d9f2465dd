import { render } from 'preact';
import '../ui/base.css';
import './sidebar.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
