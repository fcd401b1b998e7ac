import type { ListMessages } from '../en/list';

export const list: ListMessages = {
  'list.settings': 'Ustawienia',
  'list.footer': 'Twoje zamówienia i dowody zostają na tym urządzeniu.',
  'list.loading': 'Wczytywanie…',
  'list.title': 'Zamówienia',
  'list.openMyOrders': 'Otwórz Moje zamówienia',
  'list.openMyOrders.newTab': 'Otwórz Moje zamówienia na AliExpress (nowa karta)',

  'list.filter.legend': 'Pokaż tylko',
  'list.filter.overdue': 'Po terminie ({count, number})',
  'list.filter.urgent': 'Pilne ({count, number})',
  'list.filter.soon': 'Wkrótce ({count, number})',
  'list.filter.upcoming': 'Nadchodzące ({count, number})',
  'list.search.label': 'Szukaj zamówień',
  'list.search.placeholder': 'Szukaj produktu, sklepu lub numeru zamówienia',
  'list.status.label': 'Status',
  'list.status.any': 'Dowolny status',
  'list.store.label': 'Sklep',
  'list.store.any': 'Dowolny sklep',
  'list.disputesOnly': 'Tylko spory',
  'list.noMatch': 'Żadne zamówienie nie pasuje do tych filtrów.',
  'list.empty.title': 'Nie ma jeszcze zamówień',
  'list.empty.text':
    'Otwórz Moje zamówienia na AliExpress: Buyer Guard odczyta zamówienia ze strony i pokaże tutaj ich terminy.',
  'list.count': '{count, plural, one {# zamówienie} few {# zamówienia} many {# zamówień} other {# zamówienia}}',

  'list.item.items': '{count, plural, one {# produkt} few {# produkty} many {# produktów} other {# produktu}}',
  'list.item.more': '+ {count, plural, one {# kolejny} few {# kolejne} many {# kolejnych} other {# kolejnego}}',
  'list.item.noTitle': 'Produkt jeszcze nieodczytany',
  'list.item.noStore': 'Sklep jeszcze nieodczytany',
  'list.item.dispute': 'Spór',
  'list.item.noDeadline': 'Brak terminu do pilnowania',
  'list.urgency.overdue': 'Po terminie',
  'list.urgency.urgent': 'Pilne',
  'list.urgency.soon': 'Wkrótce',
  'list.urgency.upcoming': 'Nadchodzące',
  'list.urgency.none': 'Bez pośpiechu',
  'list.chip.title': '{urgency} · {source}',

  'order.status.awaiting-payment': 'Oczekuje na płatność',
  'order.status.awaiting-shipment': 'Oczekuje na wysyłkę',
  'order.status.shipped': 'Wysłane',
  'order.status.delivered': 'Dostarczone',
  'order.status.completed': 'Zakończone',
  'order.status.closed': 'Zamknięte',
  'order.status.unknown': 'Status jeszcze nieodczytany',

  'list.page.order-list': 'Moje zamówienia',
  'list.page.order-detail': 'strona zamówienia',
  'list.page.tracking': 'strona śledzenia',
  'list.page.dispute': 'zwroty i refundacje',
  'list.page.unknown': 'strona AliExpress',
  'list.when.justNow': 'przed chwilą',
  'list.status.read':
    'Odczytano {when}: {page}, {count, plural, one {# zamówienie} few {# zamówienia} many {# zamówień} other {# zamówienia}}',
  'list.status.failed': 'Nie udało się odczytać ({when}): {page} — {reason}',
  'list.status.seen': 'Otwarto {when}: {page}',
  'list.status.none':
    'Nie odczytano jeszcze żadnej strony zamówień AliExpress. Otwórz Moje zamówienia na AliExpress, aby zacząć.',
  'list.status.error': 'Część działająca w tle Buyer Guard nie odpowiedziała: {error}',
  'list.status.noAnswer': 'Część działająca w tle Buyer Guard nie odpowiedziała. Zamknij to okno i otwórz je ponownie.',
  'list.failure.not-a-buyer-page': 'to nie jest strona zamówienia.',
  'list.failure.layout-not-recognised': 'jej układ jest dla Buyer Guard nowy.',
  'list.failure.not-signed-in': 'nie jesteś zalogowany.',
  'list.failure.empty': 'nie ma na niej zamówień.',
  'list.failure.verification-required':
    'AliExpress najpierw prosi o weryfikację, że nie jesteś robotem; zamówienia zostaną odczytane, gdy się pojawią.',

  'list.report.partly':
    '{count, plural, one {Nie udało się odczytać # informacji.} few {Nie udało się odczytać # informacji.} many {Nie udało się odczytać # informacji.} other {Nie udało się odczytać # informacji.}}',
  'list.report.save': 'Zapisz raport',
  'list.report.privacy':
    'Raport pokazuje, jak zbudowana jest strona, a nie Twoje zamówienia, nazwiska czy adresy. Nic nie jest wysyłane.',
  'list.report.none': 'Dla tej strony nie zachowano raportu: otwórz ją ponownie i odczekaj kilka sekund.',
  'list.report.failed': 'Nie udało się zapisać raportu.',

  'list.note.notStored': 'Buyer Guard nie mógł zapisać tego odczytu; wszystko zapisane wcześniej pozostało bez zmian.',
  'list.note.dropped':
    '{count, plural, one {# zamówienie nie zostało zapisane} few {# zamówienia nie zostały zapisane} many {# zamówień nie zostało zapisanych} other {# zamówienia nie zostało zapisane}}, bo strona podała wartość, której Buyer Guard nie może użyć (zamówienie {orderId}: {why}).',
  'list.note.shortened':
    '{count, plural, one {# tekst na stronie był dłuższy, niż przechowuje Buyer Guard, i został skrócony.} few {# teksty na stronie były dłuższe, niż przechowuje Buyer Guard, i zostały skrócone.} many {# tekstów na stronie było dłuższych, niż przechowuje Buyer Guard, i zostały skrócone.} other {# tekstu na stronie było dłuższe, niż przechowuje Buyer Guard, i zostały skrócone.}}',
  'list.note.tooManyReadings':
    'Ta strona zmieniała się szybciej, niż ktokolwiek może ją przeczytać: Buyer Guard wstrzymał odczyt na minutę. Nic z zapisanych danych nie przepadło; po przerwie odczyta stronę ponownie.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# nowe zamówienie nie zostało zapisane} few {# nowe zamówienia nie zostały zapisane} many {# nowych zamówień nie zostało zapisanych} other {# nowego zamówienia nie zapisano}}: w ciągu minuty strona pokazała więcej nowych zamówień, niż Buyer Guard przyjmuje z jednej strony. Nic z zapisanych danych nie przepadło; za minutę odczyta stronę ponownie.',
  'list.note.tooManyOrders':
    '{count, plural, one {# nowe zamówienie nie zostało zapisane} few {# nowe zamówienia nie zostały zapisane} many {# nowych zamówień nie zostało zapisanych} other {# nowego zamówienia nie zapisano}}: Buyer Guard przechowuje już tyle zamówień, ile może. Nic z zapisanych danych nie przepadło; usuń niepotrzebne zamówienia, aby zrobić miejsce.',
  'list.note.disagreement':
    'Zamówienie {orderId}: strona pokazuje {shown}, ale jej dane mówią {data} ({what}). Buyer Guard zachowuje wcześniejszą datę; sprawdź zamówienie na AliExpress.',

  'list.storage.title': 'Buyer Guard nie mógł zapisać: w tej przeglądarce zabrakło miejsca.',
  'list.storage.text':
    'Ostatnia zmiana (o {time}) nie została zapisana; wszystko zapisane wcześniej jest nienaruszone. Zwolnij miejsce na dysku lub usuń stare dowody i na wszelki wypadek wyeksportuj kopię zapasową.',

  'welcome.title': 'Witaj w Buyer Guard',
  'welcome.lead':
    'Buyer Guard towarzyszy Ci na stronach zamówień AliExpress, aby żaden zwrot pieniędzy nie przepadł przez przegapiony termin lub słabe dowody.',
  'welcome.does.title': 'Co robi',
  'welcome.does.read':
    'Odczytuje Twoje zamówienia, gdy otwierasz Moje zamówienia, zamówienie, jego śledzenie lub spór: status, odliczanie ochrony i każdą datę podaną na stronie.',
  'welcome.does.badge':
    'Umieszcza przy każdym zamówieniu plakietkę z najważniejszą datą; kliknięcie pokazuje, co zrobić dalej.',
  'welcome.does.remind': 'Przypomina, zanim minie termin, i prowadzi krok po kroku przez spór.',
  'welcome.does.evidence':
    'Zbiera zdjęcia, filmy i zrzuty ekranu jako dowody, sprawdzone pod kątem limitów formularza.',
  'welcome.device.title': 'Co zostaje na tym urządzeniu',
  'welcome.device.text':
    'Wszystko: Twoje zamówienia, terminy, notatki i dowody są przechowywane tylko w tej przeglądarce. Buyer Guard nie ma serwera ani konta i niczego nigdzie nie wysyła. W ustawieniach możesz wyeksportować kopię zapasową lub wszystko usunąć.',
  'welcome.start.title': 'Zacznij',
  'welcome.start.text':
    'Otwórz Moje zamówienia na AliExpress (po zalogowaniu). Buyer Guard odczyta zamówienia ze strony; potem kliknij jego ikonę na pasku narzędzi, aby je zobaczyć.',
};
