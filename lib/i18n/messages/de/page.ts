import type { PageMessages } from '../en/page';

export const page: PageMessages = {
  'page.badge.nothingDue': 'Verfolgt — keine Frist',
  'page.badge.noDeadline': 'Für diese Bestellung ist keine Frist bekannt.',
  'page.badge.overdue': 'Überfällig: {text}',
  'page.badge.action': 'Buyer Guard, Bestellung {orderId}: nächsten Schritt zeigen',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · Bestellung {orderId}',
  'page.panel.openGuide': 'Ratgeber öffnen',
  'page.panel.close': 'Schließen',
  'page.panel.guideFailed':
    'Der Ratgeber ließ sich nicht öffnen. Öffnen Sie Buyer Guard über die Symbolleiste des Browsers.',
  'page.panel.notTracked.title': 'Noch nicht verfolgt',
  'page.panel.notTracked.why': 'Buyer Guard hat diese Bestellung noch nicht gespeichert.',
  'page.notice.notRead': 'Buyer Guard konnte diese Seite nicht lesen: Ihr Aufbau ist für Buyer Guard neu.',
  'page.notice.partlyRead':
    '{count, plural, one {Buyer Guard hat diese Seite gelesen, aber # Angabe war nicht lesbar.} other {Buyer Guard hat diese Seite gelesen, aber # Angaben waren nicht lesbar.}}',
  'page.notice.privacy':
    'Der Bericht zeigt, wie die Seite aufgebaut ist, nicht Ihre Bestellungen, Namen oder Adressen. Nichts wird gesendet.',
  'page.notice.save': 'Bericht speichern',
  'page.notice.dismiss': 'Ausblenden',
  'page.capture.tab-gone': 'Der AliExpress-Tab ist geschlossen, es gibt nichts aufzunehmen.',
  'page.capture.no-access':
    'Buyer Guard darf diesen Tab nicht aufnehmen: Er hat die Seite gewechselt, seit Sie dort auf das Buyer-Guard-Symbol geklickt haben, oder das Symbol wurde in einem anderen Tab geklickt.',
  'page.capture.not-marketplace':
    'Dieser Tab zeigt keine AliExpress-Seite mehr, daher nimmt Buyer Guard ihn nicht auf.',
  'page.capture.capture-failed': 'Der Browser hat die Aufnahme des Tabs verweigert.',
  'page.capture.withDetail': '{message} ({detail})',
};
