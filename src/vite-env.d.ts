/// <reference types="svelte" />
/// <reference types="vite/client" />

// moment's locale modules register themselves on import and export nothing the app uses.
declare module 'moment/dist/locale/ar';
