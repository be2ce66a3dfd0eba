// The one message a webmail page can need before its page script is there (watch.ts), and after
// (the runner, messages.ts): the buttons could not be loaded into the editor.
import type { Lang } from '../../../shared/core/i18n/lang.ts';

export const LOAD_FAILED: Readonly<Record<Lang, string>> = {
  fr: 'Les boutons {app} n’ont pas pu être chargés dans cet éditeur. Fermez l’événement et rouvrez-le pour réessayer.',
  en: 'The {app} buttons could not be loaded into this editor. Close the event and open it again to retry.',
  de: 'Die {app}-Schaltflächen konnten in diesem Editor nicht geladen werden. Schließen Sie den Termin und öffnen Sie ihn erneut, um es noch einmal zu versuchen.',
  nl: 'De {app}-knoppen konden niet in deze editor worden geladen. Sluit de afspraak en open hem opnieuw om het nog eens te proberen.',
};
