import '../ui/base.css';
import './options.css';
import { mountPage } from '../ui/mount-page';
import { App } from './app';

mountPage(App);
