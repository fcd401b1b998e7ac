import type { PageMessages } from '../en/page';

export const page: PageMessages = {
  'page.badge.nothingDue': 'Śledzone — bez terminu',
  'page.badge.noDeadline': 'Dla tego zamówienia nie jest znany żaden termin.',
  'page.badge.overdue': 'Po terminie: {text}',
  'page.badge.action': 'Buyer Guard, zamówienie {orderId}: pokaż następny krok',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · zamówienie {orderId}',
  'page.panel.openGuide': 'Otwórz przewodnik',
  'page.panel.close': 'Zamknij',
  'page.panel.guideFailed': 'Nie udało się otworzyć przewodnika. Otwórz Buyer Guard z paska narzędzi przeglądarki.',
  'page.panel.notTracked.title': 'Jeszcze nie śledzone',
  'page.panel.notTracked.why': 'Buyer Guard nie zapisał jeszcze tego zamówienia.',
  'page.notice.notRead': 'Buyer Guard nie mógł odczytać tej strony: jej układ jest dla Buyer Guard nowy.',
  'page.notice.partlyRead':
    '{count, plural, one {Buyer Guard odczytał tę stronę, ale jednej informacji nie udało się odczytać.} few {Buyer Guard odczytał tę stronę, ale # informacji nie udało się odczytać.} many {Buyer Guard odczytał tę stronę, ale # informacji nie udało się odczytać.} other {Buyer Guard odczytał tę stronę, ale # informacji nie udało się odczytać.}}',
  'page.notice.privacy':
    'Raport pokazuje, jak zbudowana jest strona, a nie Twoje zamówienia, imiona czy adresy. Nic nie jest wysyłane.',
  'page.notice.save': 'Zapisz raport',
  'page.notice.dismiss': 'Odrzuć',
  'page.capture.tab-gone': 'Karta AliExpress jest zamknięta, więc nie ma czego uchwycić.',
  'page.capture.no-access':
    'Buyer Guard nie może uchwycić tej karty: zmieniła stronę, odkąd kliknięto na niej ikonę Buyer Guard, albo ikonę kliknięto na innej karcie.',
  'page.capture.not-marketplace': 'Ta karta nie pokazuje już strony AliExpress, więc Buyer Guard jej nie uchwyci.',
  'page.capture.capture-failed': 'Przeglądarka odmówiła zrobienia zrzutu karty.',
  'page.capture.withDetail': '{message} ({detail})',
};
