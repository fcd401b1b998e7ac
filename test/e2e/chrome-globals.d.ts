// Tests run code inside extension pages and the service worker, where `chrome` is global.
/// <reference types="chrome" />
