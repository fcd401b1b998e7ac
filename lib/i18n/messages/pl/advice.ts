import type { AdviceMessages } from '../en/advice';

/** Counts are declined through ICU plurals (dzień/dni, dnia), so a value changed by a rule still reads right. */
export const advice: AdviceMessages = {
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'według strony zamówienia',
  'advice.source.page-rule': 'według zasady podanej na stronie zamówienia',
  'advice.source.estimate': 'szacunek',
  'advice.refund.any': 'zwrotu pieniędzy',
  'advice.refund.full': 'pełnego zwrotu pieniędzy',
  'advice.refund.fullOf': 'pełnego zwrotu pieniędzy w wysokości {amount}',
  'advice.refund.partial': 'częściowego zwrotu pieniędzy',
  'advice.refund.partialOf': 'częściowego zwrotu pieniędzy w wysokości {amount}',
  'advice.refundRange': '{min}–{max} dni roboczych',
  'advice.listSeparator': '; ',

  'advice.account-question.title': 'Zapytaj obsługę klienta',
  'advice.account-question.why':
    'Pytania o konto i sprawy ogólne kieruj do obsługi klienta (asystent AI, czasem konsultant); przy problemach z zamówieniem niewiele pomoże — do tego służy spór.',
  'advice.report-misconduct.title': 'Zgłoś sprzedawcę',
  'advice.report-misconduct.why':
    'Nieuczciwe zachowanie sprzedawcy zgłaszasz w Centrum zgłoszeń (albo przez „Zgłoś produkt” na stronie produktu), kategoria „{category}”.',
  'advice.report-misconduct.offPlatform':
    'Nigdy nie płać poza platformą: płatności poza AliExpress nie są objęte Ochroną Kupującego.',
  'advice.report-misconduct.follow':
    'Rób zrzuty ekranu każdej wiadomości; zgłoszenia śledzisz w „Moich zgłoszeniach”, bez stałego terminu rozpatrzenia.',
  'advice.report-misconduct.followFixed':
    'Rób zrzuty ekranu każdej wiadomości; zgłoszenia śledzisz w „Moich zgłoszeniach”.',
  'advice.refund-in-transit.title': 'Poczekaj, aż zwrot dotrze',
  'advice.refund-in-transit.why':
    'Zwrot trafia na konto, z którego płaciłeś, w ciągu {range}; licząc od zwrotu, to do {date}. Bank może dodać kilka dni.',
  'advice.refund-overdue.title': 'Zapytaj obsługę klienta, gdzie jest zwrot',
  'advice.refund-overdue.why':
    'Zwrot zwykle dociera w ciągu {range}. Poproś obsługę klienta o numer referencyjny zwrotu, a potem sprawdź w banku.',
  'advice.refund-overdue.whyBy':
    'Zwrot zwykle dociera w ciągu {range} (tutaj do {date}). Poproś obsługę klienta o numer referencyjny zwrotu, a potem sprawdź w banku.',
  'advice.payment-problem.title': 'Skontaktuj się z obsługą klienta w sprawie płatności',
  'advice.payment-problem.why':
    'Błędy płatności i niezaksięgowane pieniądze załatwia obsługa klienta, a nie spór ze sprzedawcą. Przygotuj wyciąg z banku albo potwierdzenie płatności.',

  'advice.return-window-missed.title': 'Od razu zapytaj obsługę klienta o zwrot towaru',
  'advice.return-window-missed.why':
    'Uzgodniony zwrot trzeba było wysłać do {date}; potem pieniądze zwykle dostaje sprzedawca. Jeśli wysłałeś, od razu dodaj numer przesyłki do sporu; jeśli nie, zapytaj obsługę klienta, czy zwrot można jeszcze przyjąć.',
  'advice.ship-return.title': 'Wyślij zwrot i dodaj numer przesyłki',
  'advice.ship-return.why':
    'Uzgodniony zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}, inaczej pieniądze dostaje sprzedawca. Wyślij przesyłką ze śledzeniem, zachowaj potwierdzenie i wpisz numer przesyłki w sporze.',
  'advice.ship-return.whyBy':
    'Uzgodniony zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}, tutaj do {date}, inaczej pieniądze dostaje sprzedawca. Wyślij przesyłką ze śledzeniem, zachowaj potwierdzenie i wpisz numer przesyłki w sporze.',
  'advice.escalated-add-evidence.title': 'Dodaj do sporu brakujące dowody',
  'advice.escalated-add-evidence.why':
    'Platforma rozstrzyga na podstawie dowodów w sprawie, a dodawać je można do jej zamknięcia. Wciąż brakuje: {missing}.',
  'advice.escalated-wait.title': 'Poczekaj na decyzję platformy',
  'advice.escalated-wait.why':
    'Po eskalacji platforma wkracza w ciągu około {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}. Odpowiadaj szybko na jej pytania; dowody możesz dodawać do zamknięcia sprawy.',
  'advice.escalated-wait.whyAround':
    'Po eskalacji platforma wkracza w ciągu około {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} (tutaj około {date}). Odpowiadaj szybko na jej pytania; dowody możesz dodawać do zamknięcia sprawy.',
  'advice.offer-resend.title': 'Odrzuć propozycję i żądaj zwrotu pieniędzy',
  'advice.offer-resend.proposes':
    '{from, select, platform {Platforma proponuje} other {Sprzedawca proponuje}} {what, select, resend {ponowne wysłanie przedmiotu} other {coś innego niż zwrot pieniędzy}}.',
  'advice.offer-resend.why':
    'Przyjęcie propozycji typu „Wyślę ponownie” zamyka spór na dobre: jeśli nowa paczka nie dotrze, nie zostaje ci już żaden spór. Odrzuć ją i dalej żądaj {refund}; bez porozumienia wkroczy platforma.',
  'advice.offer-full-refund.title': 'Przyjmij pełny zwrot pieniędzy',
  'advice.offer-full-refund.why':
    '{from, select, platform {Platforma oferuje} other {Sprzedawca oferuje}} pełny zwrot pieniędzy — najwięcej, ile może dać spór. Przyjęcie zamyka spór; sprawdź, czy kwota to cała zapłacona cena.',
  'advice.offer-return-seller-pays.title': 'Przyjmij zwrot towaru z pełnym zwrotem pieniędzy',
  'advice.offer-return-seller-pays.why':
    'Odesłanie przedmiotu na koszt sprzedawcy oddaje ci całą cenę. Po uzgodnieniu zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}.',
  'advice.offer-return-buyer-pays.title':
    'Złóż kontrpropozycję: sprzedawca płaci za odesłanie albo zwrot pieniędzy bez odsyłania',
  'advice.offer-return-buyer-pays.why':
    'Odesłanie może kosztować nawet około {postage}, co może zjeść cały zwrot. Zażądaj {refund}, zatrzymując przedmiot, albo zaproponuj zwrot towaru na koszt sprzedawcy.',
  'advice.offer-partial-unclear.title': 'Zaproponuj zwrot, który potrafisz uzasadnić',
  'advice.offer-partial-unclear.why':
    'Oferty nie da się porównać z tym, co uzasadnia problem. Zaproponuj konkretną kwotę z uzasadnieniem; przyjęcie zamknęłoby spór.',
  'advice.offer-partial-unclear.whyRefund':
    'Oferty nie da się porównać z tym, co uzasadnia problem ({refund}). Zaproponuj konkretną kwotę z uzasadnieniem; przyjęcie zamknęłoby spór.',
  'advice.offer-fair.title': 'Przyjmij zwrot w wysokości {amount}',
  'advice.offer-fair.why':
    'Oferta jest co najmniej taka, jak uzasadnia problem ({refund}): {rationale} Przyjęcie zamyka spór.',
  'advice.offer-low.title': 'Zaproponuj {amount}',
  'advice.offer-low.why':
    '{offered} to mniej, niż uzasadnia problem ({refund}), ale niewiele: raz zaproponuj swoją kwotę z uzasadnieniem. Bez porozumienia wkroczy platforma.',
  'advice.offer-unreasonable.title': 'Odrzuć ofertę',
  'advice.offer-unreasonable.why':
    '{offered} to mniej niż połowa tego, co uzasadnia problem ({refund}). Nierozsądna kontroferta to powód do eskalacji: odrzuć ją i pozwól zdecydować platformie.',
  'advice.accepted-wait-refund.title': 'Poczekaj na zwrot pieniędzy',
  'advice.accepted-wait-refund.why':
    'Sprzedawca się zgodził; zwrot dociera w ciągu {range}. Jeśli do tego czasu nie dotrze, poproś obsługę klienta o numer referencyjny zwrotu.',
  'advice.accepted-wait-refund.whyBy':
    'Sprzedawca się zgodził; zwrot dociera w ciągu {range} (tutaj do {date}). Jeśli do tego czasu nie dotrze, poproś obsługę klienta o numer referencyjny zwrotu.',
  'advice.page-dispute-untracked.title': 'Śledź otwarty spór',
  'advice.page-dispute-untracked.inProgress': 'Trwa spór.',
  'advice.page-dispute-untracked.inProgressShown': 'Trwa spór („{status}”).',
  'advice.page-dispute-untracked.countdown': 'Odliczanie na stronie trwa do {date}.',
  'advice.page-dispute-untracked.noDates':
    'Jego terminów nie ma na tej stronie: sprzedawca ma zwykle {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} na odpowiedź, licząc od otwarcia sporu.',
  'advice.page-dispute-untracked.record':
    'Sprawdź na stronie sporu, czy sprzedawca odpowiedział, i zapisz w dzienniku, kiedy spór otwarto (data może być z przeszłości), żeby Buyer Guard mógł wyliczyć kolejne kroki i ci o nich przypomnieć.',
  'advice.opened-add-evidence.title': 'Dodaj teraz brakujące dowody',
  'advice.opened-add-evidence.why':
    'Gdy przedmiot dotarł, dowody są obowiązkowe, a dodawać je można do zamknięcia sprawy. Dodaj je teraz: {missing}.',
  'advice.opened-add-evidence.whyBy':
    'Gdy przedmiot dotarł, dowody są obowiązkowe, a dodawać je można do zamknięcia sprawy. Sprzedawca ma czas na odpowiedź do {date}; dodaj je wcześniej: {missing}.',
  'advice.opened-wait-seller.title': 'Poczekaj na odpowiedź sprzedawcy',
  'advice.opened-wait-seller.why':
    'Sprzedawca ma {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} na odpowiedź na spór, do {date}; jeśli nie odpowie, zaproponowany przez ciebie zwrot zostanie wykonany automatycznie.',
  'advice.seller-silent-auto-refund.title': 'Poczekaj na automatyczny zwrot',
  'advice.seller-silent-auto-refund.why':
    'Sprzedawca nie odpowiedział do {date}, więc zaproponowany przez ciebie zwrot powinien zostać wykonany automatycznie i dotrzeć w ciągu {max, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}}. Jeśli strona sporu pokazuje coś innego, eskaluj spór.',
  'advice.seller-silent-auto-refund.whyBy':
    'Sprzedawca nie odpowiedział do {date}, więc zaproponowany przez ciebie zwrot powinien zostać wykonany automatycznie i dotrzeć w ciągu {max, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}} (do {expected}). Jeśli strona sporu pokazuje coś innego, eskaluj spór.',
  'advice.negotiation-in-transit.title': 'Poczekaj, aż minie obiecany czas dostawy',
  'advice.negotiation-in-transit.why':
    'Sporu o „nieotrzymanie” nie eskaluje się, dopóki paczka jest w drodze w obiecanym czasie, tutaj do {date}.',
  'advice.negotiation-add-evidence.title': 'Dodaj brakujące dowody, zanim wkroczy platforma',
  'advice.negotiation-add-evidence.why':
    'Bez porozumienia platforma rozstrzyga na podstawie dowodów w sprawie; wciąż brakuje: {missing}. Dowody można dodawać do zamknięcia sprawy.',
  'advice.trigger.seller-rejected': 'Sprzedawca odrzucił spór.',
  'advice.trigger.no-agreement': 'Negocjacje nie doprowadziły do porozumienia.',
  'advice.escalate-now.title': 'Eskaluj spór do platformy',
  'advice.escalate-now.pageOffers': 'Strona sporu proponuje eskalację.',
  'advice.escalate-now.pageOffersAuto':
    'Strona sporu proponuje eskalację; bez porozumienia nastąpi ona automatycznie około {auto}.',
  'advice.escalate-now.since':
    'Eskalować można po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}} od otwarcia (od {date}).',
  'advice.escalate-now.sinceAuto':
    'Eskalować można po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}} od otwarcia (od {date}); bez porozumienia nastąpi to automatycznie około {auto}.',
  'advice.escalate-now.sooner': 'Eskalacja teraz szybciej przekaże sprawę platformie.',
  'advice.wait-for-escalation.title': 'Negocjuj dalej, aż eskalacja będzie możliwa',
  'advice.wait-for-escalation.expected': 'Opcja eskalacji powinna pojawić się od {date}.',
  'advice.wait-for-escalation.expectedAuto':
    'Opcja eskalacji powinna pojawić się od {date}; bez porozumienia eskalacja nastąpi automatycznie około {auto}.',
  'advice.wait-for-escalation.pageShows': 'Strona sporu pokaże, kiedy pojawi się opcja eskalacji.',
  'advice.wait-for-escalation.pageShowsAuto':
    'Strona sporu pokaże, kiedy pojawi się opcja eskalacji; bez porozumienia eskalacja nastąpi automatycznie około {auto}.',
  'advice.decided-wait-refund.title': 'Poczekaj na zwrot pieniędzy',
  'advice.decided-wait-refund.why':
    'Platforma zdecydowała {outcome, select, partial {o częściowym zwrocie} other {na twoją korzyść}}; zwrot dociera w ciągu {range}.',
  'advice.decided-wait-refund.whyBy':
    'Platforma zdecydowała {outcome, select, partial {o częściowym zwrocie} other {na twoją korzyść}}; zwrot dociera w ciągu {range}, tutaj do {date}.',
  'advice.decided-refund-overdue.why':
    'Platforma zdecydowała o zwrocie; powinien był dotrzeć w ciągu {max, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}} (do {expected}). Poproś obsługę klienta o numer referencyjny zwrotu, a potem sprawdź w banku.',
  'advice.decided-refund-overdue.whyOn':
    'Platforma zdecydowała o zwrocie {decided}; powinien był dotrzeć w ciągu {max, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}} (do {expected}). Poproś obsługę klienta o numer referencyjny zwrotu, a potem sprawdź w banku.',
  'advice.decision-appeal.title': 'Odwołaj się od decyzji',
  'advice.decision-appeal.why':
    'Strona sporu oferuje odwołanie od decyzji platformy. Odwołaj się z dowodami, których decyzja nie uwzględniła; starsze źródła nazywają decyzję ostateczną, więc skorzystaj, póki jest taka możliwość.',
  'advice.resolved-feedback.title': 'Oceń sprzedawcę',
  'advice.resolved-feedback.why':
    'Problem jest rozwiązany, a zwrot dotarł. Twoja ocena powie innym kupującym, jak sprzedawca sobie z tym poradził.',
  'advice.accepted-closed.title': 'Poczekaj na to, co obiecał sprzedawca',
  'advice.accepted-closed.why':
    'Przyjąłeś propozycję sprzedawcy, co zamknęło spór na dobre: nowego sporu o ten sam problem nie da się otworzyć. Jeśli sprzedawca nie dotrzyma ustaleń, zgłoś go; twój operator płatności może jeszcze pomóc.',
  'advice.reopen-dispute.title': 'Otwórz nowy spór',
  'advice.reopen-dispute.whyCancelled':
    'Spór anulowano w trakcie ochrony, więc dzień anulowania liczy się jako zakończenie zamówienia: nowy spór można otworzyć do {date} ({days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}). Problem nie jest rozwiązany, więc otwórz go wcześniej.',
  'advice.reopen-dispute.why':
    'Problem nie jest rozwiązany, a o ten sam produkt można się spierać ponownie; ostatni dzień na otwarcie sporu to {date}.',
  'advice.dispute-status-unknown.title': 'Otwórz stronę sporu',
  'advice.dispute-status-unknown.why':
    'Buyer Guard nie wie, na jakim etapie jest ta sprawa. Otwórz strony zamówienia i sporu, żeby można je było odczytać; wartości z samej strony zawsze mają pierwszeństwo przed szacunkami.',

  'advice.provider-dispute-lapsed.title': 'Sprawdź spór w PayPal: mógł zostać zamknięty',
  'advice.provider-dispute-lapsed.why':
    'Spór w PayPal trzeba zmienić w roszczenie w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}; tutaj termin minął {date}. Jeśli został zamknięty, zapytaj PayPal, czy można go otworzyć ponownie, i zapisz roszczenie w dzienniku, jeśli je złożyłeś.',
  'advice.provider-escalate-claim.title': 'Zmień spór w PayPal w roszczenie, jeśli sprzedawca nie zwróci pieniędzy',
  'advice.provider-escalate-claim.why':
    'Spór w PayPal zostanie zamknięty, jeśli nie zmienisz go w roszczenie w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} od otwarcia, tutaj do {date}. Jeśli sprzedawca do tego czasu nie zwróci pieniędzy, zmień go w Centrum rozwiązywania problemów PayPal; potem decyduje PayPal.',
  'advice.provider-decides.title.paypal': 'Poczekaj na decyzję PayPal',
  'advice.provider-decides.title.card': 'Poczekaj na decyzję banku',
  'advice.provider-decides.why.paypal':
    'O roszczeniu decyduje PayPal według własnych zasad i terminów. Szybko odpowiadaj na pytania; PayPal prosi o pakiet dowodów i historię sporu.',
  'advice.provider-decides.why.card':
    'O chargebacku decyduje twój bank według własnych zasad i terminów. Szybko odpowiadaj na pytania; bank prosi o pakiet dowodów i historię sporu.',
  'advice.chargeback.title.paypal': 'Poproś PayPal o zwrot (spór w PayPal)',
  'advice.chargeback.title.card': 'Poproś bank o chargeback',
  'advice.chargeback.why':
    'Została droga przez operatora płatności: jego termin mija {date} ({days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po płatności).',
  'advice.lost-chargeback.reason':
    'Platforma rozstrzygnęła na korzyść sprzedawcy, droga przez platformę się wyczerpała.',
  'advice.window-closed-chargeback.reason':
    'Ostatni dzień na otwarcie sporu minął {date}, droga przez platformę jest zamknięta.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'Ostatni dzień na otwarcie sporu minął {date} ({days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po końcu ochrony), droga przez platformę jest zamknięta.',
  'advice.lost-feedback.title': 'Wystaw sprzedawcy szczerą ocenę',
  'advice.lost-feedback.why':
    'Platforma rozstrzygnęła na korzyść sprzedawcy i nie wiadomo o otwartym terminie u operatora płatności. Szczera ocena ostrzeże innych kupujących; możesz też zgłosić sprzedawcę.',
  'advice.window-closed-feedback.title': 'Wystaw sprzedawcy szczerą ocenę',
  'advice.window-closed-feedback.why':
    'Ostatni dzień na otwarcie sporu minął {date} i nie wiadomo o otwartym terminie u operatora płatności. Twoja ocena ostrzeże innych kupujących.',
  'advice.window-closed-feedback.whyComplaint':
    'Ostatni dzień na otwarcie sporu minął {date} i nie wiadomo o otwartym terminie u operatora płatności. Twoja ocena ostrzeże innych kupujących; możliwe jest też zgłoszenie.',

  'advice.awaiting-payment.title': 'Nic do zrobienia, dopóki zamówienie nie jest opłacone',
  'advice.awaiting-payment.why': 'Ochrona Kupującego zaczyna się od opłaconego i wysłanego zamówienia.',
  'advice.order-closed.title': 'Nic do zrobienia',
  'advice.order-closed.why':
    'Zamówienie jest zamknięte. Jeśli pobrano pieniądze i ich nie zwrócono, zgłoś to jako problem ze zwrotem.',
  'advice.awaiting-shipment.title': 'Poczekaj, aż sprzedawca wyśle',
  'advice.awaiting-shipment.why': 'Spór można otworzyć dopiero po wysyłce (od {day}. dnia).',
  'advice.awaiting-shipment.shipBy': 'Sprzedawca musi wysłać do {date}.',
  'advice.awaiting-shipment.ask': 'Zapytaj sprzedawcę, jeśli trwa to dłużej, niż obiecał.',
  'advice.estimatedProtectionEnd':
    'To tylko najpóźniejszy możliwy koniec ({days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po wysyłce): otwórz stronę zamówienia, żeby Buyer Guard odczytał prawdziwe odliczanie.',
  'advice.in-transit-wait.title': 'Czekaj na paczkę',
  'advice.in-transit-wait.onItsWay': 'Zamówienie jest w drodze.',
  'advice.in-transit-wait.protection':
    'Ochrona Kupującego trwa do {date}; jeśli paczka nie dotrze {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} wcześniej, poproś sprzedawcę o przedłużenie ochrony.',
  'advice.in-transit-wait.tellUs': 'Jeśli nie dotrze, powiedz Buyer Guard, co się stało.',
  'advice.tracking-silent.title': 'Zapytaj sprzedawcę, gdzie jest paczka',
  'advice.tracking-silent.why':
    '{days, plural, one {Śledzenie nie zmieniło się od # dnia} few {Śledzenie nie zmieniło się od # dni} many {Śledzenie nie zmieniło się od # dni} other {Śledzenie nie zmieniło się od # dnia}} (ostatnia aktualizacja: {date}). Poproś sprzedawcę przez stronę zamówienia, żeby sprawdził to u przewoźnika, i zachowaj rozmowę jako dowód.',
  'advice.tracking-silent.prepareNow': 'Jeśli paczka się nie ruszy, otwórz spór „{reason}”: to już możliwe.',
  'advice.tracking-silent.prepareFrom':
    'Jeśli paczka się nie ruszy, otwórz spór „{reason}”: będzie to możliwe od {date}.',
  'advice.delivered-inspect.title': 'Sprawdź przedmiot, zanim skończy się ochrona',
  'advice.delivered-inspect.titleEnded': 'Sprawdź przedmiot',
  'advice.delivered-inspect.why':
    'Według śledzenia paczka została doręczona. Sprawdź przedmiot teraz: ochrona kończy się {date}, a potem zamówienie zakończy się automatycznie. Potwierdź odbiór dopiero, gdy wszystko jest w porządku.',
  'advice.delivered-inspect.whyEnded':
    'Według śledzenia paczka została doręczona. Sprawdź przedmiot teraz: ochrona mogła się już skończyć. Potwierdź odbiór dopiero, gdy wszystko jest w porządku.',
  'advice.completed-feedback.title': 'Wystaw ocenę',
  'advice.completed-feedback.complete': 'Zamówienie jest zakończone.',
  'advice.completed-feedback.tellUs':
    'Jeśli pojawi się problem, powiedz o nim Buyer Guard: wie, jak długo można jeszcze otworzyć spór.',
  'advice.completed-feedback.stillPossible': 'Jeśli pojawi się problem, spór można otworzyć do {date}.',
  'advice.completed-feedback.wasLast': 'Ostatni dzień na otwarcie sporu minął {date}.',
  'advice.status-unknown.title': 'Otwórz stronę zamówienia',
  'advice.status-unknown.why':
    'Buyer Guard nie odczytał jeszcze statusu tego zamówienia. Otwórz jego stronę na AliExpress, żeby odczytać odliczania; wartości z samej strony zawsze mają pierwszeństwo przed szacunkami.',
  'advice.extension-not-granted.title': 'Otwórz teraz spór „{reason}”',
  'advice.extension-not-granted.why':
    'Poprosiłeś o przedłużenie {hours, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}} temu lub dawniej i go nie przyznano; ochrona kończy się {date}. Otwórz spór wcześniej.',
  'advice.extension.fallbackDispute':
    'Jeśli nie zostanie przyznane w ciągu {hours, plural, one {# godziny} few {# godzin} many {# godzin} other {# godziny}}, otwórz spór „{reason}” przed końcem ochrony; przygotuj go już teraz.',
  'advice.extension.fallbackLater':
    'Jeśli nie zostanie przyznane, otwórz spór „{reason}”, gdy tylko strona zamówienia na to pozwoli.',
  'advice.extend-protection-late.title': 'Poproś teraz o przedłużenie i przygotuj spór',
  'advice.extend-protection-late.why':
    'Ochrona kończy się {date}, a paczki nie ma. Zwykle prosi się {earliest}–{latest} dni przed końcem, więc jest późno: poproś sprzedawcę o przedłużenie przez stronę zamówienia już teraz (sprzedawcy potrzebują do {hours, plural, one {# godziny} few {# godzin} many {# godzin} other {# godziny}}).',
  'advice.extend-protection.title': 'Poproś sprzedawcę o przedłużenie Ochrony Kupującego',
  'advice.extend-protection.why':
    'Paczka nie dotarła, a ochrona kończy się {date}. To dobry moment, żeby poprosić ({earliest}–{latest} dni przed końcem): złóż wniosek o przedłużenie na stronie zamówienia; zatwierdzić go może tylko sprzedawca, zwykle w ciągu {hours, plural, one {# godziny} few {# godzin} many {# godzin} other {# godziny}}.',
  'advice.protection-ending-open-dispute.title': 'Otwórz spór „{reason}” przed końcem ochrony',
  'advice.protection-ending-open-dispute.why':
    'Ochrona kończy się {date}: za blisko, by czekać na przedłużenie (sprzedawcy potrzebują do {hours, plural, one {# godziny} few {# godzin} many {# godzin} other {# godziny}}). Gdy się skończy, zamówienie się zakończy, a pieniądze trafią do sprzedawcy.',
  'advice.protection-before-opening.title': 'Poproś sprzedawcę o przedłużenie ochrony',
  'advice.protection-before-opening.why':
    'Ochrona kończy się {date}, zanim będzie można otworzyć spór (od {opens}). Poproś sprzedawcę przez stronę zamówienia o przedłużenie ochrony już teraz i zachowaj rozmowę jako dowód.',
  'advice.before-dispute-contact-seller.title': 'Napisz do sprzedawcy',
  'advice.before-dispute-contact-seller.why':
    'Spór będzie można otworzyć od {opens}. Do tego czasu napisz do sprzedawcy przez stronę zamówienia: sprzedawcy zwykle odpowiadają w ciągu {range} dni roboczych, a rozmowa przyda się później jako dowód.',
  'advice.wait-dispute-opens.title': 'Poczekaj, aż będzie można otworzyć spór',
  'advice.wait-dispute-opens.why': 'Napisałeś już do sprzedawcy. „Otwórz spór” będzie dostępne od {date}.',
  'advice.not-received-in-transit.title': 'Poczekaj, aż minie obiecany czas dostawy',
  'advice.not-received-in-transit.why':
    'Śledzenie pokazuje normalny postęp, a obiecany czas dostawy trwa do {date}; spór o „nieotrzymanie” będzie możliwy dopiero później.',
  'advice.dispute.protectionEnds':
    'Ochrona Kupującego kończy się {date}; wtedy zamówienie się zakończy, a pieniądze trafią do sprzedawcy.',
  'advice.dispute.lastDay': 'Ostatni dzień na otwarcie sporu to {date}.',
  'advice.open-dispute-urgent.title': 'Otwórz spór teraz: „{reason}”',
  'advice.open-dispute-urgent.short': 'Zostało mało czasu:',
  'advice.open-dispute-urgent.then':
    'Najpierw otwórz spór i żądaj {refund}; dowody możesz dodawać do zamknięcia sprawy.',
  'advice.contact-seller-first.title': 'Najpierw napisz do sprzedawcy',
  'advice.contact-seller-first.why':
    'Przy drobnym problemie sprzedawca to najszybsza droga: zwykle odpowiada w ciągu {range} dni roboczych. Poproś o wypłatę {refund}; jeśli nie dostaniesz uczciwej odpowiedzi, otwórz spór.',
  'advice.wait-seller-reply.title': 'Daj sprzedawcy czas na odpowiedź',
  'advice.wait-seller-reply.why':
    'Sprzedawcy zwykle odpowiadają w ciągu {days, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}}, tutaj do {date}. Bez uczciwej odpowiedzi otwórz spór.',
  'advice.collect-evidence.title': 'Zbierz dowody, potem otwórz spór',
  'advice.collect-evidence.why':
    'Gdy przedmiot dotarł, dowody są obowiązkowe, a spory przegrywa się przez brakujące albo niewyraźne dowody. Wciąż brakuje: {missing}.',
  'advice.open-dispute.title': 'Otwórz spór: „{reason}”',
  'advice.open-dispute.why':
    'Droga przez spór jest otwarta. Wybierz „{reason}”, zacznij od głównego problemu, załącz dowody i żądaj {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {Śledzenie nie zmieniło się od # dnia.} few {Śledzenie nie zmieniło się od # dni.} many {Śledzenie nie zmieniło się od # dni.} other {Śledzenie nie zmieniło się od # dnia.}}',

  'advice.option.open-dispute.title': 'Otworzyć spór',
  'advice.option.open-dispute.until': 'Możliwe do {date}.',
  'advice.option.open-dispute.now': 'Możliwe już teraz.',
  'advice.option.contact-seller.title': 'Napisać do sprzedawcy',
  'advice.option.contact-seller.why': 'Sprzedawcy zwykle odpowiadają w ciągu {range} dni roboczych.',
  'advice.option.escalate.title': 'Eskalować do platformy',
  'advice.option.escalate.why': 'Brak porozumienia ze sprzedawcą.',
  'advice.option.counter-offer.title': 'Złożyć kontrpropozycję',
  'advice.option.counter-offer.why': 'Zażądaj {refund} z uzasadnieniem.',
  'advice.option.accept-offer.title': 'Przyjąć propozycję',
  'advice.option.accept-offer.why': 'Zamyka spór na dobre.',
  'advice.option.escalate-claim.title': 'Zmienić spór w PayPal w roszczenie',
  'advice.option.escalate-claim.why': 'PayPal zamknie spór, jeśli nie zmienisz go w roszczenie do {date}.',
  'advice.option.add-evidence.title': 'Zebrać dowody',
  'advice.option.add-evidence.why': 'Zdjęcia, filmy i zrzuty ekranu według listy.',
  'advice.option.report-seller.title': 'Zgłosić sprzedawcę',
  'advice.option.report-seller.why': 'Centrum zgłoszeń: „{category}”.',
  'advice.option.chargeback.title.paypal': 'Spór w PayPal',
  'advice.option.chargeback.title.card': 'Chargeback w banku',
  'advice.option.chargeback.why': 'Możliwe do {date}; korzystaj tylko, gdy droga przez platformę zawiodła.',
  'advice.option.leave-feedback.title': 'Wystawić ocenę',
  'advice.option.leave-feedback.why': 'Powie innym kupującym, jak zachował się sprzedawca.',

  'warning.accept-offer.closes.title': 'Przyjęcie zamyka spór na dobre',
  'warning.accept-offer.closes.text':
    'Przyjęcie propozycji sprzedawcy (na przykład „Wyślę ponownie”) zamyka ten spór i nie da się go otworzyć ponownie: jeśli nowa paczka nie dotrze albo będzie miała ten sam problem, może nie zostać ci żaden spór. To najczęstszy sposób, w jaki kupujący tracą zwrot. Przyjmij tylko, jeśli masz pewność.',
  'warning.accept-offer.settles.title': 'Przyjęcie zamyka spór',
  'warning.accept-offer.settles.refund':
    'Przyjęcie kończy spór na warunkach: wypłata {refund}. Potem nie możesz żądać więcej, więc najpierw sprawdź kwotę.',
  'warning.accept-offer.settles.return':
    'Przyjęcie kończy spór zwrotem pieniędzy po odesłaniu przedmiotu (za odesłanie możesz zapłacić ty, a zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}). Potem nie możesz żądać więcej, więc najpierw sprawdź kwotę.',
  'warning.accept-offer.settles.returnOf':
    'Przyjęcie kończy spór zwrotem {amount} po odesłaniu przedmiotu (za odesłanie możesz zapłacić ty, a zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}). Potem nie możesz żądać więcej, więc najpierw sprawdź kwotę.',
  'warning.cancel-dispute.final.title': 'Anulowanie teraz oddaje pieniądze sprzedawcy',
  'warning.cancel-dispute.final.unknown':
    'Ochrona Kupującego się skończyła (albo jej koniec jest nieznany): jeśli anulujesz ten spór, pieniądze trafią do sprzedawcy i nie otworzysz nowego.',
  'warning.cancel-dispute.final.ended':
    'Ochrona Kupującego się skończyła ({date}): jeśli anulujesz ten spór, pieniądze trafią do sprzedawcy i nie otworzysz nowego.',
  'warning.cancel-dispute.restart.title': 'Anulowanie kończy ochronę dzisiaj',
  'warning.cancel-dispute.restart.text':
    'Jeśli anulujesz, dzisiejszy dzień stanie się datą zakończenia zamówienia: ochrona się skończy, a nowy spór otworzysz tylko do końca dnia {date} ({days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}).',
  'warning.confirm-receipt.notArrived.title': 'Nie potwierdzaj zamówienia, które nie dotarło',
  'warning.confirm-receipt.notArrived.text':
    'Potwierdzenie odbioru kończy Ochronę Kupującego. Sprzedawca, który prosi o potwierdzenie przed dotarciem przedmiotu, łamie zasady: możesz go zgłosić.',
  'warning.confirm-receipt.openProblem.title': 'Masz otwarty problem z tym zamówieniem',
  'warning.confirm-receipt.openProblem.text':
    'Potwierdzenie odbioru kończy Ochronę Kupującego; na otwarcie sporu zostanie tylko {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}. Najpierw rozwiąż problem.',
  'warning.confirm-receipt.check.title': 'Potwierdzenie kończy Ochronę Kupującego',
  'warning.confirm-receipt.check.text':
    'Najpierw dokładnie sprawdź przedmiot. Po potwierdzeniu zostaje {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} na otwarcie sporu.',
  'warning.let-window-lapse.title': 'Po upływie terminu spór nie będzie możliwy',
  'warning.let-window-lapse.unknown':
    'Ostatnia szansa na otwarcie sporu mija {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po końcu ochrony albo po potwierdzeniu odbioru. Potem droga przez platformę jest dla tego zamówienia zamknięta.',
  'warning.let-window-lapse.on':
    'Ostatnia szansa na otwarcie sporu mija {date}. Potem droga przez platformę jest dla tego zamówienia zamknięta.',
  'warning.let-window-lapse.passed':
    'Ostatnia szansa na otwarcie sporu minęła {date} (już po terminie). Potem droga przez platformę jest dla tego zamówienia zamknięta.',
  'warning.skip-return-shipping.title': 'Wyślij zwrot na czas',
  'warning.skip-return-shipping.text':
    'Uzgodniony zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}, inaczej pieniądze dostaje sprzedawca i zwrot przepada.',
  'warning.skip-return-shipping.textBy':
    'Uzgodniony zwrot trzeba wysłać w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} (do {date}), inaczej pieniądze dostaje sprzedawca i zwrot przepada.',
  'warning.file-chargeback.platformFirst.title': 'Najpierw przejdź drogę przez platformę',
  'warning.file-chargeback.platformFirst.text':
    'Chargeback złożony, gdy własna droga sporu na platformie jest jeszcze otwarta, może pozbawić cię jej ochrony (na niektórych platformach roszczenie staje się wtedy niedopuszczalne). Najpierw skorzystaj ze sporu; chargeback zostaw na wypadek, gdyby zawiódł.',
  'warning.file-chargeback.provider.title': 'Od teraz decyduje bank albo PayPal',
  'warning.file-chargeback.provider.text':
    'O chargebacku decyduje twój bank albo PayPal według własnych zasad i terminów. Trzymaj pod ręką pakiet dowodów i historię sporu na ich pytania.',

  'refund.missingShare': 'Brakuje {missing} z {quantity} szt., więc żądany zwrot to ich część ceny.',
  'refund.missingShareOf': 'Brakuje {missing} z {quantity} szt., więc żądany zwrot to ich część ceny ({amount}).',
  'refund.full':
    '{why, select, not_received {Zamówienie nigdy nie dotarło} all_missing {Z zamówienia nie dotarło nic} other {Przedmiot nie nadaje się do użytku}}, więc uczciwie jest żądać pełnego zwrotu pieniędzy.',
  'refund.fullOf':
    '{why, select, not_received {Zamówienie nigdy nie dotarło} all_missing {Z zamówienia nie dotarło nic} other {Przedmiot nie nadaje się do użytku}}, więc uczciwie jest żądać pełnego zwrotu pieniędzy ({amount}).',
  'refund.share': '{percent}% ceny',
  'refund.shareOf': '{percent}% ceny ({amount})',
  'refund.partialMinor':
    'Przedmiot da się używać mimo problemu, a za drobną wadę platforma zwykle przyznaje częściową rekompensatę; {share} to rozsądna propozycja, jeśli zatrzymujesz przedmiot.',
  'refund.partialAssumed':
    'Za wadę, przy której przedmiot nadaje się do użytku, platforma zwykle przyznaje częściową rekompensatę; {share} to rozsądna propozycja, jeśli zatrzymujesz przedmiot. Jeśli przedmiot nie nadaje się do użytku, uczciwie jest żądać pełnego zwrotu pieniędzy.',

  'rule.source': 'Źródło: {source}.',
  'rule.era.current': 'obecne zasady AliExpress',
  'rule.era.legacy': 'starsze strony pomocy AliExpress (ok. 2012–16)',
  'rule.era.seller-side': 'zasady AliExpress dla sprzedawców',
  'rule.era.one-guide': 'jeden poradnik dla kupujących (ok. 2020–22), niepotwierdzony gdzie indziej',
  'rule.era.payment-provider': 'zasady operatora płatności',
  'rule.buyer-protection-max-days':
    'Ochronę Kupującego sprzedawca ustala dla każdego zamówienia, a strona zamówienia pokazuje ją jako odliczanie; kończy się najpóźniej {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po wysyłce.',
  'rule.note.buyer-protection-max-days':
    'To najpóźniejszy możliwy koniec, a nie koniec tego zamówienia: otwórz stronę zamówienia, żeby Buyer Guard odczytał prawdziwe odliczanie.',
  'rule.protection-after-delivery-days':
    'Gdy śledzenie pokazuje doręczenie, strona zamówienia pokazuje, ile ochrony zostało; bez tego Buyer Guard zakłada, że może ona spaść do {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} po doręczeniu.',
  'rule.note.protection-after-delivery-days': 'Wcześniej jest bezpiecznie; później można stracić zwrot.',
  'rule.confirm-receipt-ends-protection':
    'Potwierdzenie odbioru kończy Ochronę Kupującego; zostaje tylko termin na otwarcie sporu.',
  'rule.cancelled-dispute-restarts-window':
    'Spór anulowany w trakcie ochrony czyni dzień anulowania dniem zakończenia zamówienia: nowy spór można otworzyć do końca {days}. dnia po nim.',
  'rule.cancel-after-protection-is-final':
    'Anulowanie sporu po końcu ochrony oddaje pieniądze sprzedawcy; nowego sporu nie da się otworzyć.',
  'rule.dispute-opens-after-shipping-days': '„Otwórz spór” jest dostępne od {days}. dnia po wysyłce przez sprzedawcę.',
  'rule.note.dispute-opens-after-shipping-days':
    'Sprzedawcom podaje się 10 dni; Buyer Guard przyjmuje późniejszy dzień, żeby nigdy nie odsyłać cię do przycisku, którego jeszcze nie ma.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'Gdy obiecany czas dostawy jest krótszy niż {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, spór można otworzyć zaraz po wysyłce.',
  'rule.dispute-window-days':
    'Ostatni dzień na otwarcie sporu przypada {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po końcu Ochrony Kupującego albo po „Potwierdź odbiór” — zależnie od tego, co było pierwsze.',
  'rule.seller-dispute-response-days':
    'Sprzedawca ma {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} na odpowiedź na spór; w przeciwnym razie zaproponowany przez ciebie zwrot jest wykonywany automatycznie.',
  'rule.escalation-possible-after-days':
    'Możesz eskalować spór do platformy po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}} od jego otwarcia.',
  'rule.note.escalation-possible-after-days': 'Zawsze decyduje przycisk na samej stronie sporu.',
  'rule.escalation-auto-after-days':
    'Bez porozumienia spór trafia automatycznie do platformy po około {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}} negocjacji.',
  'rule.return-ship-within-days':
    'Po zgodzie na zwrot musisz wysłać przedmiot w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}, inaczej pieniądze dostaje sprzedawca.',
  'rule.paypal-dispute-window-days':
    'Spór w PayPal trzeba otworzyć w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} od płatności.',
  'rule.card-chargeback-window-days':
    'Chargeback kartą jest zwykle możliwy w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} od płatności.',
  'rule.note.card-chargeback-window-days': 'Banki mają różne zasady: sprawdź w swoim.',
  'rule.paypal-escalate-to-claim-days':
    'Spór w PayPal trzeba zmienić w roszczenie w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} od otwarcia, inaczej zostanie zamknięty.',
  'rule.alternative': 'Ogólna zasada dałaby {date} ({rule}); dla tego zamówienia obowiązuje zasada z samej strony.',
  'rule.alternativeBare': 'Ogólna zasada dałaby {date}; dla tego zamówienia obowiązuje zasada z samej strony.',

  'problem.not-received': 'Nie dotarło (opóźnienie albo „doręczono”, a nic nie przyszło)',
  'problem.damaged': 'Dotarło uszkodzone',
  'problem.wrong-item': 'Inny przedmiot',
  'problem.missing-items': 'Brakuje przedmiotów',
  'problem.quality-problem': 'Słaba jakość',
  'problem.does-not-work': 'Nie działa / wadliwe',
  'problem.not-as-described': 'Niezgodne z opisem',
  'problem.counterfeit': 'Podróbka',
  'problem.size-colour-mismatch': 'Zły rozmiar, kolor lub model',
  'problem.empty-package': 'Pusta lub niekompletna paczka',
  'problem.different-shipping-method': 'Wysłane gorszą metodą wysyłki',
  'problem.payment-error': 'Płatność nie przeszła albo pobrano złą kwotę',
  'problem.money-not-credited': 'Zapłacone, a zamówienie widnieje jako nieopłacone',
  'problem.refund-not-received': 'Nie dostałem zwrotu',
  'problem.order-cancelled': 'Anulowane, bez zwrotu pieniędzy',
  'problem.pay-outside-platform': 'Sprzedawca chce zapłaty poza AliExpress',
  'problem.confirm-before-arrival': 'Sprzedawca chce potwierdzenia odbioru przed czasem',
  'problem.threats-or-rudeness': 'Sprzedawca grozi albo jest niegrzeczny',
  'problem.spam': 'Sprzedawca wysyła spam',
  'problem.phishing': 'Sprzedawca wysłał link phishingowy',
  'problem.inflated-price': 'Zawyżona cena',
  'problem.changed-quantity': 'Sprzedawca zmienił ilość',
  'problem.changed-shipping-cost': 'Koszt wysyłki inny niż w ofercie',
  'problem.fake-tracking': 'Fałszywy numer przesyłki',
  'problem.account-question': 'Pytanie o moje konto',
  'problem.group.order': 'Problem z zamówieniem',
  'problem.group.payment': 'Płatność lub zwrot',
  'problem.group.misconduct': 'Nieuczciwy sprzedawca',
  'problem.group.account': 'Konto',
  'problem.choice.not-received': 'Nie dotarło',
  'problem.choice.damaged': 'Dotarło uszkodzone',
  'problem.choice.not-as-described': 'Niezgodne z opisem',
  'problem.choice.missing-items': 'Brakuje przedmiotów',
  'problem.choice.offer': 'Sprzedawca złożył ofertę',
  'problem.choice.other': 'Coś innego',

  'formReason.not-received': 'Nie otrzymano',
  'formReason.damaged': 'Uszkodzony towar',
  'formReason.not-as-described': 'Niezgodny z opisem',
  'formReason.quality-problem': 'Problem z jakością',
  'formReason.missing-items': 'Problem z ilością',
  'formReason.wrong-item': 'Inny przedmiot',
  'formReason.does-not-work': 'Nie działa prawidłowo',
  'formReason.counterfeit': 'Podróbka',
  'formReason.size-colour-mismatch': 'Rozmiar/kolor/model niezgodny z zamówieniem',
  'formReason.empty-package': 'Niekompletna lub pusta paczka',
  'formReason.different-shipping-method': 'Użyto innej metody wysyłki',

  'evidence.tip.light':
    'Rób zdjęcia przy świetle dziennym lub mocnym świetle; na ciemnym zdjęciu czy filmie nie widać problemu.',
  'evidence.tip.focus': 'Trzymaj aparat nieruchomo i ustaw ostrość na problem; powtórz wszystko, co jest rozmazane.',
  'evidence.tip.short': 'Rób krótkie filmy na temat; duże filmy spakuj do zip przed wysłaniem.',
  'evidence.tip.originals': 'Zachowaj oryginalne pliki: Buyer Guard zapisuje odcisk (SHA-256) każdego z nich.',
  'evidence.order-page-screenshot.what': 'Zrzut ekranu strony szczegółów zamówienia',
  'evidence.order-page-screenshot.how':
    'Numer zamówienia, przedmiot, wybrany wariant, cena, data i status zamówienia widoczne na jednym zrzucie.',
  'evidence.listing-screenshot.what': 'Zrzut ekranu strony produktu z chwili zamówienia',
  'evidence.listing-screenshot.how':
    'Tytuł, zdjęcia, opis lub specyfikacja, na których się opierałeś, oraz wybrany wariant.',
  'evidence.listing-screenshot.how.inflated-price':
    'Podana cena (i każda przekreślona „cena pierwotna”) z widoczną datą.',
  'evidence.listing-screenshot.how.changed-shipping-cost': 'Koszt wysyłki do twojego kraju podany na stronie produktu.',
  'evidence.seller-chat-screenshot.what': 'Zrzuty ekranu twoich wiadomości ze sprzedawcą',
  'evidence.seller-chat-screenshot.how': 'Widoczne daty, nazwa sklepu i treść rozmowy; zachowaj każdy zrzut.',
  'evidence.label-weight-photo.what': 'Zdjęcie etykiety wysyłkowej z deklarowaną wagą i paczki na wadze',
  'evidence.label-weight-photo.how':
    'Etykieta czytelna (numer przesyłki i waga); wyświetlacz wagi i paczka na jednym zdjęciu.',
  'evidence.unboxing-video.what': 'Film z otwierania paczki',
  'evidence.unboxing-video.how': 'Jedno ciągłe ujęcie od zamkniętej paczki (widoczna etykieta) do zawartości.',
  'evidence.tracking-screenshot.what': 'Zrzut ekranu historii śledzenia',
  'evidence.tracking-screenshot.how':
    'Cała lista zdarzeń z datami: brak doręczenia, zatrzymana lub dziwna historia albo „doręczono” gdzie indziej.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Pokazuje, że przewoźnik nie zna numeru albo że należy on do innego miasta lub kraju.',
  'evidence.tracking-number.what': 'Numer przesyłki i przewoźnik',
  'evidence.tracking-number.how':
    'Ze strony śledzenia zamówienia; sprawdź też stronę przewoźnika i zrób zrzut tego, co pokazuje.',
  'evidence.customs-papers.what': 'Dokumenty celne, jeśli paczka utknęła w urzędzie celnym',
  'evidence.customs-papers.how': 'Zawiadomienie lub pismo z urzędu celnego, wszystkie strony, czytelnie.',
  'evidence.damage-photos.what': 'Zdjęcia uszkodzeń z kilku stron',
  'evidence.damage-photos.how':
    'Jedno zdjęcie całego przedmiotu, potem zbliżenie każdej uszkodzonej części; przy świetle dziennym, ostre.',
  'evidence.packaging-photos.what': 'Zdjęcia opakowania w stanie, w jakim dotarło',
  'evidence.packaging-photos.how':
    'Karton zewnętrzny i wypełnienie w środku, wszystkie zgniecione lub rozdarte miejsca, z widoczną etykietą wysyłkową.',
  'evidence.item-next-to-order.what': 'Otrzymany przedmiot obok szczegółów zamówienia',
  'evidence.item-next-to-order.how':
    'Przedmiot i strona zamówienia (na ekranie lub wydrukowana) na jednym zdjęciu, żeby różnica była oczywista.',
  'evidence.item-label-photo.what': 'Zdjęcie etykiety lub numeru modelu otrzymanego przedmiotu',
  'evidence.item-label-photo.what.does-not-work': 'Zdjęcie tabliczki znamionowej lub numeru seryjnego',
  'evidence.item-label-photo.how': 'Zbliżenie, czytelnie.',
  'evidence.contents-photo.what': 'Zdjęcie całej zawartości paczki rozłożonej obok siebie',
  'evidence.contents-photo.how':
    'Wszystko, co przyszło, policzone i rozłożone obok siebie, przy szczegółach zamówienia z zamówioną ilością.',
  'evidence.defect-video.what': 'Film pokazujący wadę',
  'evidence.defect-video.how':
    'Dobre światło, bez drgań; pokaż cały przedmiot, potem wadę z bliska; powiedz lub opisz, co jest nie tak.',
  'evidence.defect-photos.what': 'Zdjęcia wady z bliska',
  'evidence.defect-photos.how': 'Ostre, z czymś dla skali, jeśli to pomaga.',
  'evidence.not-working-video.what': 'Film z niedziałającym przedmiotem',
  'evidence.not-working-video.how':
    'Przygotuj go zgodnie z instrukcją (naładowany, podłączony, włączony) i pokaż usterkę w jednym ujęciu.',
  'evidence.differences-photos.what': 'Zdjęcia lub filmy każdej różnicy względem oferty',
  'evidence.differences-photos.how': 'Jedno zdjęcie na każdą różnicę; wymień różnice w opisie w tej samej kolejności.',
  'evidence.brand-details-photos.what': 'Zdjęcia logo, etykiet, numerów seryjnych i opakowania',
  'evidence.brand-details-photos.how':
    'Zbliżenia pokazujące, co świadczy o podróbce (błąd w nazwie marki, brak hologramu, zły format numeru seryjnego).',
  'evidence.ruler-photo.what': 'Przedmiot rozłożony obok linijki lub miarki',
  'evidence.ruler-photo.how':
    'Zmierz wymiar podany w tabeli rozmiarów (np. szerokość w klatce, długość), z czytelnymi cyframi na miarce.',
  'evidence.size-label-photo.what': 'Zdjęcie metki z rozmiarem',
  'evidence.size-label-photo.how': 'Zbliżenie, czytelnie.',
  'evidence.size-chart-screenshot.what': 'Zrzut ekranu tabeli rozmiarów z oferty i wybranego wariantu',
  'evidence.size-chart-screenshot.how': 'Widoczny wiersz twojego rozmiaru.',
  'evidence.package-photos.what': 'Zdjęcia paczki ze wszystkich stron, otwartej i pustej (lub niekompletnej)',
  'evidence.package-photos.how': 'Pokaż zamknięcia i wszelkie ślady otwierania oraz to, co było w środku.',
  'evidence.tracking-carrier-screenshot.what': 'Zrzut ekranu śledzenia z przewoźnikiem, którego faktycznie użyto',
  'evidence.tracking-carrier-screenshot.how': 'Widoczna nazwa przewoźnika i numer przesyłki.',
  'evidence.chosen-shipping-screenshot.what': 'Zrzut ekranu wybranej i opłaconej metody wysyłki',
  'evidence.chosen-shipping-screenshot.how': 'Ze szczegółów zamówienia: nazwa metody i koszt wysyłki.',
  'evidence.payment-record.what': 'Pozycja z wyciągu bankowego lub karty albo potwierdzenie płatności',
  'evidence.payment-record.how': 'Widoczna kwota, data i odbiorca; zakryj niezwiązane pozycje.',
  'evidence.payment-record.what.money-not-credited': 'Potwierdzenie płatności',
  'evidence.payment-record.how.money-not-credited':
    'Pozycja z wyciągu bankowego lub karty albo potwierdzenie płatności, z kwotą i datą.',
  'evidence.refund-record.what': 'Zrzut ekranu zwrotu na stronie zamówienia lub sporu',
  'evidence.refund-record.how': 'Widoczna kwota, data i status zwrotu.',
  'evidence.statement-without-refund.what': 'Wyciąg z konta lub karty od daty zwrotu',
  'evidence.statement-without-refund.how': 'Pokazuje, że zwrot nie dotarł; zakryj niezwiązane pozycje.',
  'evidence.cancellation-screenshot.what': 'Zrzut ekranu anulowanego zamówienia i statusu zwrotu',
  'evidence.cancellation-screenshot.how': 'Widoczny numer zamówienia, data anulowania i status zwrotu.',
  'evidence.misconduct-chat-screenshot.how': 'Wiadomość, jej data i nazwa sklepu na jednym zrzucie.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Zrzut ekranu wiadomości sprzedawcy z prośbą o zapłatę poza AliExpress',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Zrzut ekranu, na którym sprzedawca prosi o potwierdzenie odbioru przed dotarciem przedmiotu',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness': 'Zrzuty ekranu wiadomości z groźbami lub obraźliwych',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness': 'Każda wiadomość, z datami i nazwą sklepu.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Zrzuty ekranu wiadomości ze spamem',
  'evidence.misconduct-chat-screenshot.how.spam': 'Z datami i nazwą sklepu nadawcy.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Zrzut ekranu wiadomości lub linku phishingowego',
  'evidence.misconduct-chat-screenshot.how.phishing': 'Nie otwieraj linku; zrób zrzut wiadomości z datą i nadawcą.',
  'evidence.carrier-site-screenshot.what': 'Zrzut ekranu strony przewoźnika dla tego samego numeru',
  'evidence.carrier-site-screenshot.how': 'Widoczny numer i odpowiedź przewoźnika.',

  'complaint.ipr': 'Ochrona własności intelektualnej (podróbki)',
  'complaint.prohibited': 'Produkty zastrzeżone lub zakazane',
  'complaint.trading-rules': 'Naruszenia zasad handlu',
  'complaint.search-price-manipulation': 'Manipulacja ceną i kategorią / naruszenia związane z wyszukiwaniem',
  'complaint.other': 'Inne',
  'complaint.sub.weapons': 'Broń i materiały ofensywne',
  'complaint.sub.hazardous-chemicals': 'Łatwopalne, wybuchowe i niebezpieczne chemikalia',
  'complaint.sub.medical': 'Leki i wyroby medyczne',
  'complaint.sub.illegal-tools': 'Oprogramowanie, narzędzia lub urządzenia do nielegalnych celów',
  'complaint.sub.illicit-drugs': 'Nielegalne narkotyki, prekursory i akcesoria',
  'complaint.sub.adult': 'Materiały obsceniczne i dla dorosłych',
  'complaint.sub.human-parts-flora-fauna': 'Szczątki ludzkie, chronione rośliny i zwierzęta',
  'complaint.sub.other-prohibited': 'Inne zakazane',
  'complaint.sub.wrong-category': 'Zła kategoria',
  'complaint.sub.wrong-five-category-posting': 'Błędne wystawienie w pięciu kategoriach',
  'complaint.sub.incorrect-measuring-units': 'Błędne jednostki miary',
  'complaint.sub.prices-too-low': 'Za niskie ceny',
  'complaint.sub.sku-infringements': 'Naruszenia SKU',
  'complaint.sub.shipping-cost-mismatch': 'Rzeczywisty koszt wysyłki inny niż podany',
  'complaint.sub.duplicate-listings': 'Zduplikowane oferty',
  'complaint.sub.incorrect-category-title': 'Błędny tytuł kategorii',
  'complaint.sub.prices-too-high': 'Za wysokie ceny',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'Składają je właściciele praw przez osobne konto (dokumenty sprawdzane w ~{documents} dni robocze, zgłoszenie w ~{complaint}). Kupujący, który dostał podróbkę, otwiera spór z powodem „Podróbka”.',
  'complaint.note.trading-rules':
    'Płatność poza platformą, potwierdzenie odbioru przed dotarciem, groźby lub niegrzeczność.',
  'complaint.note.other':
    'Spam i phishing (phishing nie ma własnego formularza). Obraźliwą ocenę można zgłosić w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} od jej wystawienia.',
  'complaint.note.tradingOnNewForm':
    'Nowszy formularz zgłoszeń nie ma „Naruszeń zasad handlu”: zgłoś to w „Inne” i otwórz spór w sprawie każdego problemu z zamówieniem.',
  'complaint.note.fakeTrackingOnNewForm':
    'Nowszy formularz zgłoszeń nie ma „Naruszeń zasad handlu”: zgłoś to w „Inne” i otwórz spór w sprawie każdego problemu z zamówieniem. Fałszywy numer przesyłki to podstawa do sporu „Nie otrzymano”.',
  'complaint.note.pay-outside-platform': 'Prośba o zapłatę poza platformą narusza zasady handlu.',
  'complaint.note.confirm-before-arrival': 'Naciskanie na „Potwierdź odbiór” przed dotarciem narusza zasady handlu.',
  'complaint.note.threats-or-rudeness': 'Groźby i niegrzeczność naruszają zasady handlu.',
  'complaint.note.changed-quantity': 'Zmiana ilości po złożeniu zamówienia narusza zasady handlu.',
  'complaint.note.fake-tracking': 'Fałszywy numer przesyłki narusza zasady handlu; otwórz też spór „Nie otrzymano”.',
  'complaint.note.spam': 'Spam zgłasza się w „Inne”.',
  'complaint.note.phishing': 'Phishing nie ma własnego formularza: wybierz „Inne”.',
  'complaint.note.inflated-price': 'Zawyżona cena to manipulacja ceną.',
  'complaint.note.changed-shipping-cost': 'Wysyłka naliczona inaczej niż w ofercie.',
};
