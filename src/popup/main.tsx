import '../ui/base.css';
import './popup.css';
import { mountPage } from '../ui/mount-page';
import { App } from './app';

mountPage(App);
