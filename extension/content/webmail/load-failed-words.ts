// The one message a webmail page can need before its page script is there (watch.ts), and after
// (the runner, messages.ts; the watcher's load-failed-notice.ts): the buttons could not be loaded into the editor. One constant per
// language: messages.ts reads them as plain names, which esbuild can still drop from bundles that
// do not use the tables (a property read would keep the whole table in the editor module).
export const LOAD_FAILED_FR = 'Les boutons {app} n’ont pas pu être chargés dans cet éditeur. Fermez l’événement et rouvrez-le pour réessayer.';
export const LOAD_FAILED_EN = 'The {app} buttons could not be loaded into this editor. Close the event and open it again to retry.';
export const LOAD_FAILED_DE = 'Die {app}-Schaltflächen konnten in diesem Editor nicht geladen werden. Schließen Sie den Termin und öffnen Sie ihn erneut, um es noch einmal zu versuchen.';
export const LOAD_FAILED_NL = 'De {app}-knoppen konden niet in deze editor worden geladen. Sluit de afspraak en open hem opnieuw om het nog eens te proberen.';
