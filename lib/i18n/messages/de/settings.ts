import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.title': 'Einstellungen von Buyer Guard',
  'settings.about':
    'Version {version}. Buyer Guard speichert alle Daten in diesem Browserprofil und sendet nichts irgendwohin.',
  'settings.loading': 'Wird geladen …',

  'settings.language.title': 'Sprache',
  'settings.language.label': 'Sprache von Buyer Guard',
  'settings.language.auto': 'Wie im Browser ({language})',
  'settings.language.note':
    'Texte, die du an AliExpress sendest (Nachrichten an den Verkäufer, Streitfallbeschreibungen), bleiben auf Englisch, wie die Plattform es verlangt; die Fassung in deiner Sprache steht daneben.',

  'settings.reminders.title': 'Erinnerungen',
  'settings.reminders.enabled': 'Mich erinnern, bevor eine Frist abläuft',
  'settings.reminders.when': 'Erinnern',
  'settings.reminders.daysBefore': '{count, plural, one {# Tag vorher} other {# Tage vorher}}',
  'settings.reminders.hoursBefore': '{count, plural, one {# Stunde vorher} other {# Stunden vorher}}',
  'settings.quiet.title': 'Ruhezeiten',
  'settings.quiet.explain':
    'Eine Erinnerung, die in die Nacht fällt, wartet bis zum Ende der Ruhezeit, aber nie über ihre Frist hinaus.',
  'settings.quiet.enabled': 'Nachts still bleiben',
  'settings.quiet.from': 'Von',
  'settings.quiet.until': 'Bis',
  'settings.reminders.kinds': 'Erinnern an',

  'settings.rules.title': 'Regeln und Zahlung',
  'settings.payment.label': 'Wie bezahlst du auf AliExpress meistens?',
  'settings.payment.unknown': 'Weiß ich nicht, oder unterschiedlich',
  'settings.payment.paypal': 'Mit PayPal',
  'settings.payment.card': 'Mit einer Bankkarte',
  'settings.payment.help':
    'Erstattet AliExpress nicht, können PayPal (innerhalb von 180 Tagen) oder deine Bank (eine Rückbuchung, meist innerhalb von 180 Tagen) noch helfen: Buyer Guard behält dann auch diese Frist im Blick.',
  'settings.complaints.label': 'Welches Beschwerdeformular siehst du auf AliExpress?',
  'settings.complaints.current': 'Das aktuelle Formular',
  'settings.complaints.legacy': 'Ein älteres Formular mit „Verstöße gegen die Handelsregeln“',
  'settings.timings.title': 'Fristen',
  'settings.timings.intro':
    'Buyer Guard nutzt die neuesten Werte, die AliExpress veröffentlicht. Ändere einen nur, wenn die Seiten, die du siehst, etwas anderes sagen. Ein Countdown oder ein Datum auf der Bestellseite hat immer Vorrang.',
  'settings.rule.days': '{count, plural, one {# Tag} other {# Tage}}',
  'settings.rule.recommended': '{value} (empfohlen)',
  'settings.rule.details': 'Details',
  'settings.rule.detailLine': '{value}: {source}',
  'settings.rule.buyer-protection-max-days':
    'Wie lange der Käuferschutz nach dem Versand höchstens dauern kann; nur genutzt, wenn die Bestellseite keinen Countdown zeigt',
  'settings.rule.protection-after-delivery-days':
    'Wie viel Schutz noch bleibt, wenn die Sendungsverfolgung „zugestellt“ meldet und die Bestellseite nichts dazu sagt',
  'settings.rule.dispute-opens-after-shipping-days': 'Wie lange nach dem Versand du einen Streitfall eröffnen kannst',
  'settings.rule.seller-dispute-response-days': 'Wie lange der Verkäufer Zeit hat, auf deinen Streitfall zu antworten',
  'settings.rule.escalation-auto-after-days':
    'Wie lange ohne Einigung, bis AliExpress von sich aus eingreift (ab der ersten Antwort des Verkäufers)',
  'settings.rule.escalation-possible-after-days':
    'Wie lange nach Eröffnung eines Streitfalls du AliExpress bitten kannst einzugreifen',
  'settings.rule.platform-decision-days':
    'Wie lange AliExpress für eine Entscheidung braucht, nachdem es eingegriffen hat',
  'settings.era.current': 'die aktuellen Regeln und Hilfeseiten von AliExpress',
  'settings.era.help-centre-2020': 'Hilfeseiten von AliExpress aus etwa 2020–22',
  'settings.era.guide-2019': 'Ratgeber für Käufer aus 2019',
  'settings.era.redesign-2017': 'die Neugestaltung der Streitfälle von 2017',
  'settings.era.legacy': 'ältere Hilfeseiten von AliExpress (etwa 2012–16)',
  'settings.era.seller-side': 'die Regeln für Verkäufer',
  'settings.era.regional': 'ein älterer Wert für ein einzelnes Land',
  'settings.era.regional.ru': 'ein älterer Wert für Russland',
  'settings.era.regional.br': 'ein älterer Wert für Brasilien',
  'settings.era.one-guide': 'ein einzelner Ratgeber, anderswo nicht bestätigt',
  'settings.era.payment-provider': 'die Regeln des Zahlungsanbieters',
  'settings.era.other-marketplace': 'eine Regel eines anderen Marktplatzes',
  'settings.era.buyer-guard': 'eine Wahl von Buyer Guard (keine Quelle nennt einen Wert)',
  'settings.rule.note.protection-after-delivery-days':
    'Die aktuellen Hilfeseiten nennen keine Zahl: Die Seite zeigt, was bleibt. Der kürzere Wert ist der sichere – früh handeln kostet nichts, zu spät handeln kostet die Erstattung.',
  'settings.rule.note.escalation-possible-after-days':
    'Die Schaltfläche „Eskalieren“ auf der Streitfallseite entscheidet immer; hier stellst du nur ein, wann Buyer Guard sie erwartet.',

  'settings.data.title': 'Deine Daten',
  'settings.data.intro':
    'Alles bleibt in diesem Browserprofil. Eine Sicherung ist die einzige Kopie anderswo: Bewahre sie gut auf.',
  'settings.data.exportJson': 'Sicherung exportieren (JSON)',
  'settings.data.exportZip': 'Sicherung mit Nachweisen exportieren (ZIP)',
  'settings.data.exportCsv': 'Bestellungen als Tabelle exportieren (CSV)',
  'settings.data.preparingJson': 'Sicherung wird vorbereitet …',
  'settings.data.savedJson':
    'Sicherung gespeichert (Bestellungen, Tagebuch, Einstellungen; die Nachweisdateien brauchen das ZIP).',
  'settings.data.preparingZip': 'Sicherung mit Nachweisen wird gepackt …',
  'settings.data.savedZip': 'Sicherung mit Nachweisen gespeichert.',
  'settings.data.preparingCsv': 'Tabelle wird geschrieben …',
  'settings.data.savedCsv':
    '{count, plural, one {# Bestellung in die Tabelle geschrieben.} other {# Bestellungen in die Tabelle geschrieben.}}',
  'settings.import.title': 'Sicherung importieren',
  'settings.import.merge': 'Zum Vorhandenen hinzufügen (die neuere Fassung einer Bestellung gewinnt)',
  'settings.import.replace': 'Alles Vorhandene durch die Sicherung ersetzen',
  'settings.import.file': 'Sicherungsdatei (.json oder .zip)',
  'settings.import.checking': '{name} wird geprüft …',
  'settings.import.failed': 'Nichts wurde geändert. {error}',
  'settings.import.done':
    'Importiert: {orders, plural, one {# Bestellung} other {# Bestellungen}}, {journal, plural, one {# Tagebucheintrag} other {# Tagebucheinträge}} und {evidence, plural, one {# Nachweisdatei} other {# Nachweisdateien}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# Link der Sicherung führte nicht zu AliExpress und wurde weggelassen.} other {# Links der Sicherung führten nicht zu AliExpress und wurden weggelassen.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# Nachweisdatei der Sicherung hatte den Namen einer anderen Datei hier: Sie wurde daneben hinzugefügt, die Datei hier ist unverändert.} other {# Nachweisdateien der Sicherung hatten die Namen anderer Dateien hier: Sie wurden daneben hinzugefügt, die Dateien hier sind unverändert.}}',
  'settings.import.error.empty': 'Die Datei ist leer.',
  'settings.import.error.damagedZip': 'Die Datei ist beschädigt: Sie ist kein lesbares ZIP-Archiv.',
  'settings.import.error.tooBig': 'Das Archiv entpackt sich zu mehr, als Buyer Guard auf einmal importieren kann.',
  'settings.import.error.lyingEntry':
    'Die Datei ist beschädigt: Ein Eintrag des Archivs enthält mehr, als sein Kopf angibt.',
  'settings.import.error.zipWithoutBackup': 'Dieses ZIP ist keine Buyer-Guard-Sicherung (es enthält kein {name}).',
  'settings.import.error.notJson':
    'Die Datei ist keine Buyer-Guard-Sicherung: Sie ist kein gültiges JSON (vielleicht beschädigt oder abgeschnitten).',
  'settings.import.error.notBackup': 'Diese Datei ist keine Buyer-Guard-Sicherung.',
  'settings.import.error.newer':
    'Diese Sicherung stammt von einer neueren Version von Buyer Guard. Aktualisiere die Erweiterung und importiere sie dann.',
  'settings.import.error.damaged': 'Die Sicherung ist beschädigt ({detail}).',
  'settings.import.error.evidenceMissing': 'Die Sicherung nennt den Nachweis „{name}“, aber seine Datei fehlt.',
  'settings.import.error.evidenceChecksum':
    'Der Nachweis „{name}“ passt nicht zu seiner Prüfsumme: Die Sicherung ist beschädigt.',
  'settings.import.error.uploadMissing': 'Unter dieser Kennung wurde nichts hochgeladen.',
  'settings.import.error.uploadIncomplete':
    'Der Upload ist unvollständig ({arrived} von {total} Teilen sind angekommen).',
  'settings.delete.title': 'Alle Daten löschen',
  'settings.delete.label': 'Gib „{phrase}“ ein, um alle Bestellungen, Tagebucheinträge und Nachweisdateien zu löschen',
  'settings.delete.phrase': 'alles löschen',
  'settings.delete.button': 'Alle Daten löschen',
  'settings.delete.busy': 'Wird gelöscht …',
  'settings.delete.done': 'Alle Daten von Buyer Guard auf diesem Gerät wurden gelöscht.',

  'csv.orderId': 'Bestellnummer',
  'csv.orderedOn': 'Bestelldatum',
  'csv.status': 'Status',
  'csv.statusText': 'Status (wie angezeigt)',
  'csv.store': 'Shop',
  'csv.items': 'Artikel',
  'csv.total': 'Summe',
  'csv.currency': 'Währung',
  'csv.nextDeadline': 'Nächste Frist',
  'csv.due': 'Fällig (ein Tag, oder ein Zeitpunkt in UTC)',
  'csv.dueSource': 'Quelle der Frist',
  'csv.dispute': 'Streitfall',
  'csv.trackingNumber': 'Sendungsnummer',
  'csv.carrier': 'Versanddienst',
  'csv.lastSeen': 'Zuletzt gesehen (UTC)',

  'settings.permissions.title': 'Was Buyer Guard in deinem Browser darf',
  'settings.permissions.intro': 'Jede Berechtigung und wozu Buyer Guard sie braucht. Mehr wird nicht verlangt.',
  'settings.permission.storage':
    'Daten speichern: Deine Bestellungen, Fristen und Nachweise bleiben in diesem Browser, nirgendwo sonst.',
  'settings.permission.alarms': 'Vor einer Frist aufwachen, damit keine Erinnerung verpasst wird.',
  'settings.permission.notifications':
    'Erinnerungen zeigen: was fällig ist, für welche Bestellung und was als Nächstes zu tun ist.',
  'settings.permission.activeTab':
    'Ein Bildschirmfoto des AliExpress-Tabs aufnehmen, auf dem du Buyer Guard geöffnet hast, wenn du im Nachweisbereich darum bittest.',
  'settings.permission.sidePanel': 'Den Leitfaden in der Seitenleiste des Browsers öffnen, neben der AliExpress-Seite.',
  'settings.permission.sites':
    'AliExpress-Seiten zu Bestellungen, Sendungsverfolgung und Streitfällen lesen, die du öffnest (und sonst nichts), und dort Abzeichen mit den Fristen zeigen.',
};
