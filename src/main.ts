import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './app.css';

// The first screen shows Arabic text (quotes, the article) in this face. Asked for now, its files load while
// the data does; found first by the first layout, they arrived in the middle of the first render, which was
// then laid out again. A face that fails to load leaves the fallback fonts, as it would have anyway.
document.fonts?.load('400 1em "Noto Naskh Arabic"', 'ع1').catch(() => undefined);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
