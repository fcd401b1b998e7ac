import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.title': 'Ustawienia Buyer Guard',
  'settings.about':
    'Wersja {version}. Buyer Guard przechowuje wszystkie dane w tym profilu przeglądarki i niczego nigdzie nie wysyła.',
  'settings.loading': 'Wczytywanie…',

  'settings.language.title': 'Język',
  'settings.language.label': 'Język Buyer Guard',
  'settings.language.auto': 'Jak w przeglądarce ({language})',
  'settings.language.note':
    'Teksty wysyłane do AliExpress (wiadomości do sprzedawcy, opisy sporów) pozostają po angielsku, jak wymaga platforma; wersja w Twoim języku jest obok.',

  'settings.reminders.title': 'Przypomnienia',
  'settings.reminders.enabled': 'Przypominaj mi, zanim minie termin',
  'settings.reminders.when': 'Przypominaj',
  'settings.reminders.daysBefore':
    '{count, plural, one {# dzień wcześniej} few {# dni wcześniej} many {# dni wcześniej} other {# dnia wcześniej}}',
  'settings.reminders.hoursBefore':
    '{count, plural, one {# godzinę wcześniej} few {# godziny wcześniej} many {# godzin wcześniej} other {# godziny wcześniej}}',
  'settings.quiet.title': 'Godziny ciszy',
  'settings.quiet.explain':
    'Przypomnienie wypadające w nocy czeka do końca godzin ciszy, ale nigdy dłużej niż do swojego terminu.',
  'settings.quiet.enabled': 'Nie przeszkadzaj w nocy',
  'settings.quiet.from': 'Od',
  'settings.quiet.until': 'Do',
  'settings.reminders.kinds': 'Przypominaj o',

  'settings.rules.title': 'Zasady i płatność',
  'settings.payment.label': 'Jak zwykle płacisz na AliExpress?',
  'settings.payment.unknown': 'Nie wiem albo różnie',
  'settings.payment.paypal': 'Przez PayPal',
  'settings.payment.card': 'Kartą bankową',
  'settings.payment.help':
    'Jeśli AliExpress nie zwróci pieniędzy, mogą jeszcze pomóc PayPal (w ciągu 180 dni) lub Twój bank (chargeback, zwykle w ciągu 180 dni): Buyer Guard pilnuje wtedy także tego terminu.',
  'settings.complaints.label': 'Który formularz skargi widzisz na AliExpress?',
  'settings.complaints.current': 'Obecny formularz',
  'settings.complaints.legacy': 'Starszy formularz z „Naruszeniem zasad handlowych”',
  'settings.timings.title': 'Terminy',
  'settings.timings.intro':
    'Buyer Guard używa najnowszych wartości publikowanych przez AliExpress. Zmieniaj je tylko wtedy, gdy strony, które widzisz, mówią co innego. Odliczanie lub data na stronie zamówienia zawsze mają pierwszeństwo.',
  'settings.rule.days': '{count, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  'settings.rule.recommended': '{value} (zalecane)',
  'settings.rule.details': 'Szczegóły',
  'settings.rule.detailLine': '{value}: {source}',
  'settings.rule.buyer-protection-max-days':
    'Jak długo najdłużej może trwać ochrona kupującego po wysyłce; używane tylko, gdy strona zamówienia nie pokazuje odliczania',
  'settings.rule.protection-after-delivery-days':
    'Ile ochrony zostaje, gdy śledzenie pokazuje „dostarczono”, a strona zamówienia tego nie podaje',
  'settings.rule.dispute-opens-after-shipping-days': 'Po jakim czasie od wysyłki możesz otworzyć spór',
  'settings.rule.seller-dispute-response-days': 'Ile czasu ma sprzedawca na odpowiedź na Twój spór',
  'settings.rule.escalation-auto-after-days':
    'Po jakim czasie bez porozumienia AliExpress sam się włącza (licząc od pierwszej odpowiedzi sprzedawcy)',
  'settings.rule.escalation-possible-after-days':
    'Po jakim czasie od otwarcia sporu możesz poprosić AliExpress o interwencję',
  'settings.rule.platform-decision-days': 'Ile czasu AliExpress potrzebuje na decyzję po interwencji',
  'settings.era.current': 'obecne zasady i strony pomocy AliExpress',
  'settings.era.help-centre-2020': 'strony pomocy AliExpress z lat ok. 2020–22',
  'settings.era.guide-2019': 'poradniki dla kupujących z 2019 roku',
  'settings.era.redesign-2017': 'przebudowa sporów z 2017 roku',
  'settings.era.legacy': 'starsze strony pomocy AliExpress (ok. 2012–16)',
  'settings.era.seller-side': 'zasady dla sprzedawców',
  'settings.era.regional': 'starsza wartość dla jednego kraju',
  'settings.era.regional.ru': 'starsza wartość dla Rosji',
  'settings.era.regional.br': 'starsza wartość dla Brazylii',
  'settings.era.one-guide': 'jeden poradnik dla kupujących, niepotwierdzony gdzie indziej',
  'settings.era.payment-provider': 'zasady operatora płatności',
  'settings.era.other-marketplace': 'zasada z innej platformy zakupowej',
  'settings.era.buyer-guard': 'wybór Buyer Guard (żadne źródło nie podaje wartości)',
  'settings.rule.note.protection-after-delivery-days':
    'Obecne strony pomocy nie podają liczby: resztę pokazuje strona. Krótsza wartość jest bezpieczna – wczesne działanie nic nie kosztuje, spóźnienie kosztuje zwrot pieniędzy.',
  'settings.rule.note.escalation-possible-after-days':
    'Zawsze decyduje przycisk „Eskaluj” na stronie sporu; tu ustawiasz tylko, kiedy Buyer Guard się go spodziewa.',

  'settings.data.title': 'Twoje dane',
  'settings.data.intro':
    'Wszystko zostaje w tym profilu przeglądarki. Kopia zapasowa to jedyna kopia gdzie indziej: przechowuj ją bezpiecznie.',
  'settings.data.exportJson': 'Eksportuj kopię zapasową (JSON)',
  'settings.data.exportZip': 'Eksportuj kopię z dowodami (ZIP)',
  'settings.data.exportCsv': 'Eksportuj zamówienia jako arkusz (CSV)',
  'settings.data.preparingJson': 'Przygotowywanie kopii zapasowej…',
  'settings.data.savedJson':
    'Kopia zapasowa zapisana (zamówienia, dziennik, ustawienia; pliki z dowodami wymagają ZIP).',
  'settings.data.preparingZip': 'Pakowanie kopii z dowodami…',
  'settings.data.savedZip': 'Kopia z dowodami zapisana.',
  'settings.data.preparingCsv': 'Zapisywanie arkusza…',
  'settings.data.savedCsv':
    '{count, plural, one {# zamówienie zapisano w arkuszu.} few {# zamówienia zapisano w arkuszu.} many {# zamówień zapisano w arkuszu.} other {# zamówienia zapisano w arkuszu.}}',
  'settings.import.title': 'Importuj kopię zapasową',
  'settings.import.merge': 'Dodaj do tego, co jest (wygrywa nowsza wersja zamówienia)',
  'settings.import.replace': 'Zastąp wszystko, co jest, kopią zapasową',
  'settings.import.file': 'Plik kopii zapasowej (.json lub .zip)',
  'settings.import.checking': 'Sprawdzanie {name}…',
  'settings.import.failed': 'Nic nie zostało zmienione. {error}',
  'settings.import.done':
    'Zaimportowano: {orders, plural, one {# zamówienie} few {# zamówienia} many {# zamówień} other {# zamówienia}}, {journal, plural, one {# wpis dziennika} few {# wpisy dziennika} many {# wpisów dziennika} other {# wpisu dziennika}} i {evidence, plural, one {# plik z dowodem} few {# pliki z dowodami} many {# plików z dowodami} other {# pliku z dowodami}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# link z kopii nie prowadził do AliExpress i został pominięty.} few {# linki z kopii nie prowadziły do AliExpress i zostały pominięte.} many {# linków z kopii nie prowadziło do AliExpress i zostały pominięte.} other {# linku z kopii nie prowadziło do AliExpress i zostały pominięte.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# plik z dowodem z kopii miał nazwę innego pliku tutaj: dodano go obok, plik tutaj się nie zmienił.} few {# pliki z dowodami z kopii miały nazwy innych plików tutaj: dodano je obok, pliki tutaj się nie zmieniły.} many {# plików z dowodami z kopii miało nazwy innych plików tutaj: dodano je obok, pliki tutaj się nie zmieniły.} other {# pliku z dowodami z kopii miało nazwy innych plików tutaj: dodano je obok, pliki tutaj się nie zmieniły.}}',
  'settings.import.error.empty': 'Plik jest pusty.',
  'settings.import.error.damagedZip': 'Plik jest uszkodzony: to nie jest czytelne archiwum ZIP.',
  'settings.import.error.tooBig': 'Archiwum po rozpakowaniu jest większe, niż Buyer Guard może zaimportować naraz.',
  'settings.import.error.lyingEntry': 'Plik jest uszkodzony: wpis archiwum zawiera więcej, niż podaje jego nagłówek.',
  'settings.import.error.zipWithoutBackup': 'Ten ZIP nie jest kopią zapasową Buyer Guard (nie zawiera {name}).',
  'settings.import.error.notJson':
    'Plik nie jest kopią zapasową Buyer Guard: to nie jest poprawny JSON (może być uszkodzony lub ucięty).',
  'settings.import.error.notBackup': 'Ten plik nie jest kopią zapasową Buyer Guard.',
  'settings.import.error.newer':
    'Ta kopia pochodzi z nowszej wersji Buyer Guard. Zaktualizuj rozszerzenie, a potem ją zaimportuj.',
  'settings.import.error.damaged': 'Kopia zapasowa jest uszkodzona ({detail}).',
  'settings.import.error.evidenceMissing': 'Kopia wymienia dowód „{name}”, ale brakuje jego pliku.',
  'settings.import.error.evidenceChecksum':
    'Dowód „{name}” nie zgadza się ze swoją sumą kontrolną: kopia jest uszkodzona.',
  'settings.import.error.uploadMissing': 'Pod tym identyfikatorem nic nie przesłano.',
  'settings.import.error.uploadIncomplete': 'Przesyłanie jest niepełne (dotarło {arrived} z {total} części).',
  'settings.delete.title': 'Usuń wszystkie dane',
  'settings.delete.label': 'Wpisz „{phrase}”, aby usunąć wszystkie zamówienia, wpisy dziennika i pliki z dowodami',
  'settings.delete.phrase': 'usuń wszystko',
  'settings.delete.button': 'Usuń wszystkie dane',
  'settings.delete.busy': 'Usuwanie…',
  'settings.delete.done': 'Wszystkie dane Buyer Guard na tym urządzeniu zostały usunięte.',

  'csv.orderId': 'Numer zamówienia',
  'csv.orderedOn': 'Data zamówienia',
  'csv.status': 'Status',
  'csv.statusText': 'Status (jak na stronie)',
  'csv.store': 'Sklep',
  'csv.items': 'Produkty',
  'csv.total': 'Suma',
  'csv.currency': 'Waluta',
  'csv.nextDeadline': 'Najbliższy termin',
  'csv.due': 'Termin (dzień lub chwila w UTC)',
  'csv.dueSource': 'Źródło terminu',
  'csv.dispute': 'Spór',
  'csv.trackingNumber': 'Numer przesyłki',
  'csv.carrier': 'Przewoźnik',
  'csv.lastSeen': 'Ostatnio widziane (UTC)',

  'settings.permissions.title': 'Co Buyer Guard może robić w Twojej przeglądarce',
  'settings.permissions.intro': 'Każde uprawnienie i po co jest potrzebne Buyer Guard. O nic więcej nie prosi.',
  'settings.permission.storage':
    'Przechowywać dane: Twoje zamówienia, terminy i dowody są zapisane w tej przeglądarce i nigdzie indziej.',
  'settings.permission.alarms': 'Budzić się przed terminem, aby żadne przypomnienie nie przepadło.',
  'settings.permission.notifications': 'Pokazywać przypomnienia: co mija, dla którego zamówienia i co zrobić dalej.',
  'settings.permission.activeTab':
    'Robić zrzut karty AliExpress, na której otworzono Buyer Guard, gdy poprosisz o to w miejscu na dowody.',
  'settings.permission.sidePanel': 'Otwierać przewodnik w panelu bocznym przeglądarki, obok strony AliExpress.',
  'settings.permission.sites':
    'Odczytywać otwierane przez Ciebie strony zamówień, śledzenia i sporów AliExpress (i nic więcej) oraz pokazywać na nich plakietki z terminami.',
};
