import type { ListMessages } from '../en/list';

export const list: ListMessages = {
  'list.settings': 'Einstellungen',
  'list.footer': 'Deine Bestellungen und Nachweise bleiben auf diesem Gerät.',
  'list.loading': 'Wird geladen …',
  'list.title': 'Bestellungen',
  'list.openMyOrders': 'Meine Bestellungen öffnen',
  'list.openMyOrders.newTab': 'Meine Bestellungen auf AliExpress öffnen (neuer Tab)',

  'list.filter.legend': 'Nur zeigen',
  'list.filter.overdue': 'Überfällig ({count, number})',
  'list.filter.urgent': 'Dringend ({count, number})',
  'list.filter.soon': 'Bald ({count, number})',
  'list.filter.upcoming': 'Demnächst ({count, number})',
  'list.search.label': 'Bestellungen suchen',
  'list.search.placeholder': 'Artikel, Shop oder Bestellnummer suchen',
  'list.status.label': 'Status',
  'list.status.any': 'Jeder Status',
  'list.store.label': 'Shop',
  'list.store.any': 'Jeder Shop',
  'list.disputesOnly': 'Nur Streitfälle',
  'list.noMatch': 'Keine Bestellung passt zu diesen Filtern.',
  'list.empty.title': 'Noch keine Bestellungen',
  'list.empty.text':
    'Öffne Meine Bestellungen auf AliExpress: Buyer Guard liest deine Bestellungen auf der Seite und zeigt hier ihre Fristen.',
  'list.count': '{count, plural, one {# Bestellung} other {# Bestellungen}}',

  'list.item.items': '{count, plural, one {# Artikel} other {# Artikel}}',
  'list.item.more': '+ {count, plural, one {# weiterer} other {# weitere}}',
  'list.item.noTitle': 'Artikel noch nicht gelesen',
  'list.item.noStore': 'Shop noch nicht gelesen',
  'list.item.dispute': 'Streitfall',
  'list.item.noDeadline': 'Kein Datum im Blick',
  'list.urgency.overdue': 'Überfällig',
  'list.urgency.urgent': 'Dringend',
  'list.urgency.soon': 'Bald',
  'list.urgency.upcoming': 'Demnächst',
  'list.urgency.none': 'Keine Eile',
  'list.chip.title': '{urgency} · {source}',

  'order.status.awaiting-payment': 'Zahlung ausstehend',
  'order.status.awaiting-shipment': 'Versand ausstehend',
  'order.status.shipped': 'Versandt',
  'order.status.delivered': 'Zugestellt',
  'order.status.completed': 'Abgeschlossen',
  'order.status.closed': 'Geschlossen',
  'order.status.unknown': 'Status noch nicht gelesen',

  'list.page.order-list': 'Meine Bestellungen',
  'list.page.order-detail': 'die Bestellseite',
  'list.page.tracking': 'die Sendungsverfolgung',
  'list.page.dispute': 'Rücksendungen und Erstattungen',
  'list.page.unknown': 'eine AliExpress-Seite',
  'list.when.justNow': 'gerade eben',
  'list.status.read': 'Gelesen {when}: {page}, {count, plural, one {# Bestellung} other {# Bestellungen}}',
  'list.status.failed': '{page} konnte nicht gelesen werden ({when}): {reason}',
  'list.status.seen': 'Geöffnet {when}: {page}',
  'list.status.none':
    'Noch keine Bestellseite von AliExpress gelesen. Öffne Meine Bestellungen auf AliExpress, um zu beginnen.',
  'list.status.error': 'Der Hintergrunddienst von Buyer Guard hat nicht geantwortet: {error}',
  'list.status.noAnswer':
    'Der Hintergrunddienst von Buyer Guard hat nicht geantwortet. Schließe dieses Fenster und öffne es erneut.',
  'list.failure.not-a-buyer-page': 'Es ist keine Bestellseite.',
  'list.failure.layout-not-recognised': 'Ihr Aufbau ist für Buyer Guard neu.',
  'list.failure.not-signed-in': 'Du bist nicht angemeldet.',
  'list.failure.empty': 'Sie zeigt keine Bestellungen.',
  'list.failure.verification-required':
    'AliExpress verlangt zuerst seine Roboterprüfung; die Bestellungen werden gelesen, sobald sie erscheinen.',

  'list.report.partly':
    '{count, plural, one {Eine Angabe konnte nicht gelesen werden.} other {# Angaben konnten nicht gelesen werden.}}',
  'list.report.save': 'Bericht speichern',
  'list.report.privacy':
    'Der Bericht zeigt, wie die Seite aufgebaut ist, nicht deine Bestellungen, Namen oder Adressen. Es wird nichts gesendet.',
  'list.report.none': 'Für diese Seite wurde kein Bericht aufbewahrt: Öffne sie erneut und warte ein paar Sekunden.',
  'list.report.failed': 'Der Bericht konnte nicht gespeichert werden.',

  'list.note.notStored': 'Buyer Guard konnte diese Lesung nicht speichern; alles bisher Gespeicherte ist unverändert.',
  'list.note.dropped':
    '{count, plural, one {# Bestellung wurde} other {# Bestellungen wurden}} nicht übernommen, weil die Seite einen Wert lieferte, mit dem Buyer Guard nichts anfangen kann (Bestellung {orderId}: {why}).',
  'list.note.shortened':
    '{count, plural, one {# Text der Seite war länger, als Buyer Guard speichert, und wurde gekürzt.} other {# Texte der Seite waren länger, als Buyer Guard speichert, und wurden gekürzt.}}',
  'list.note.tooManyReadings':
    'Diese Seite hat sich schneller geändert, als jemand sie lesen kann: Buyer Guard hat eine Minute lang pausiert. Nichts Gespeichertes ging verloren; nach der Pause liest es die Seite erneut.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# neue Bestellung wurde} other {# neue Bestellungen wurden}} nicht übernommen: Die Seite zeigte in einer Minute mehr neue Bestellungen, als Buyer Guard von einer Seite übernimmt. Nichts Gespeichertes ging verloren; in einer Minute liest es die Seite erneut.',
  'list.note.tooManyOrders':
    '{count, plural, one {# neue Bestellung wurde} other {# neue Bestellungen wurden}} nicht übernommen: Buyer Guard speichert bereits so viele Bestellungen, wie es kann. Nichts Gespeichertes ging verloren; lösche Bestellungen, die du nicht mehr brauchst, um Platz zu schaffen.',
  'list.note.disagreement':
    'Bestellung {orderId}: Die Seite zeigt {shown}, ihre Daten sagen aber {data} ({what}). Buyer Guard behält das frühere Datum; prüfe die Bestellung auf AliExpress.',

  'list.storage.title': 'Buyer Guard konnte nicht speichern: Dieser Browser hat keinen Platz mehr.',
  'list.storage.text':
    'Die letzte Änderung (um {time}) wurde nicht gespeichert; alles zuvor Gespeicherte ist unversehrt. Schaffe Speicherplatz oder lösche alte Nachweise und exportiere sicherheitshalber eine Sicherung.',

  'welcome.title': 'Willkommen bei Buyer Guard',
  'welcome.lead':
    'Buyer Guard steht dir auf deinen AliExpress-Bestellseiten zur Seite, damit keine Erstattung an einer verpassten Frist oder an schwachen Nachweisen scheitert.',
  'welcome.does.title': 'Was es tut',
  'welcome.does.read':
    'Es liest deine Bestellungen, wenn du Meine Bestellungen, eine Bestellung, ihre Sendungsverfolgung oder einen Streitfall öffnest: Status, Countdown des Käuferschutzes und jedes Datum, das die Seite nennt.',
  'welcome.does.badge':
    'Es setzt neben jede Bestellung ein Abzeichen mit dem Datum, das zuerst zählt; ein Klick zeigt den nächsten Schritt.',
  'welcome.does.remind':
    'Es erinnert dich, bevor eine Frist abläuft, und führt dich Schritt für Schritt durch den Streitfall.',
  'welcome.does.evidence':
    'Es sammelt Fotos, Videos und Bildschirmfotos als Nachweise, geprüft nach den Grenzen des Formulars.',
  'welcome.device.title': 'Was auf diesem Gerät bleibt',
  'welcome.device.text':
    'Alles: Deine Bestellungen, Fristen, Notizen und Nachweise bleiben nur in diesem Browser. Buyer Guard hat keinen Server und kein Konto und sendet nichts irgendwohin. In den Einstellungen kannst du eine Sicherung exportieren oder alles löschen.',
  'welcome.start.title': 'Loslegen',
  'welcome.start.text':
    'Öffne Meine Bestellungen auf AliExpress (angemeldet). Buyer Guard liest die Bestellungen der Seite; klicke danach auf sein Symbol in der Symbolleiste, um sie zu sehen.',
};
