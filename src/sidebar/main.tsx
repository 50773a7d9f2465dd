import '../ui/base.css';
import './sidebar.css';
import { mountPage } from '../ui/mount-page';
import { App } from './app';

mountPage(App);
