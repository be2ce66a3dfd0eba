// Background entry (thin shell until the browser-extension issue fills it).
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => undefined);
